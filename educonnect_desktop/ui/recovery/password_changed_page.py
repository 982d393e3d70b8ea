""""Votre mot de passe a été modifié": the shared "done" page, with recovery's words."""

from __future__ import annotations

import html
from collections.abc import Callable

from ...flows.recovery import LostPasswordFlow
from ..registration.done_page import DonePage


class PasswordChangedPage(DonePage):
    def __init__(self, flow: Callable[[], LostPasswordFlow]) -> None:
        super().__init__(flow)
        self.setObjectName("passwordChangedPage")
        self.setTitle(self.tr("Votre mot de passe a été modifié"))
        self.summary.setObjectName("passwordChangedSummary")
        self.summary.setAccessibleName(self.tr("Votre mot de passe a été modifié"))

    def initializePage(self) -> None:
        flow = self._flow()
        identifier = flow.session.identifier if flow.session else (flow.identifier or "")
        self.summary.setText(self.tr(
            "<p>Votre mot de passe a été modifié.</p>"
            "<p>Votre identifiant : <b>{0}</b></p>"
            "<p>Connectez-vous désormais avec ce nouveau mot de passe. Si une adresse e-mail confirmée "
            "est associée à votre compte, un message vous y informe aussi de ce changement.</p>"
        ).format(html.escape(identifier)))
        self.summary.setAccessibleDescription(self.tr("Votre identifiant : {0}").format(identifier))
        self.summary.setFocus()
