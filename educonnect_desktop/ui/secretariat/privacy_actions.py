"""The families' rights in the account panel: export a family's data, erase an account.

Kept apart from `account_panel.py` (which only places the buttons): both actions go
through `services.privacy` on the desk's thread, refused unless the staff member is still
an active secretariat or administrator account, and audited with their identifier.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from ...services import privacy
from ..my_account.section import action_button
from .dialogs import confirm

FAMILY_KINDS = ("student", "guardian")


class PrivacyActions(QObject):
    accounts_erased = Signal()  # the table must drop the erased rows

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.export_button = action_button(self.tr("E&xporter les données…"), "exportDataButton",
                                           self.tr("Exporter les données de la famille (droit d'accès)"))
        self.erase_button = action_button(self.tr("Effacer le c&ompte…"), "eraseAccountButton",
                                          self.tr("Effacer le compte (droit à l'effacement)"))
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.erase)

    def buttons(self):
        return (self.export_button, self.erase_button)

    def update_actions(self, free: bool, kind: str | None) -> None:
        for button in self.buttons():
            button.setEnabled(free and kind in FAMILY_KINDS)

    def _identifier(self) -> str | None:
        panel = self.panel
        if panel.busy or panel.details is None:
            return None
        return panel.details.summary.identifier

    @asyncSlot()
    async def export(self) -> None:
        identifier = self._identifier()
        if identifier is None:
            return
        path = await self.panel.path_provider(self.panel, f"donnees-{identifier}.json")
        if path is None:
            return
        async with self.panel.working():
            written = await self.panel.desk.call(privacy.export_for_staff, self.panel.session, identifier, path)
            self.panel.show_notice(self.tr("Données de la famille enregistrées : {0}. Ce fichier est personnel : "
                                           "remettez-le à la famille puis supprimez-le.").format(written))

    @asyncSlot()
    async def erase(self) -> None:
        identifier = self._identifier()
        if identifier is None:
            return
        people: list[str] = []
        async with self.panel.working():
            people = await self.panel.desk.call(privacy.erasure_preview, self.panel.session, identifier)
        if not people:  # refused: the message is shown
            return
        if not await confirm(self.panel, self.tr("Effacer le compte"), self.tr(
                "Effacement définitif (droit à l'effacement) de : {0}. Les comptes, leurs liens, leurs codes et "
                "leurs messages seront supprimés ; le journal d'audit gardera seulement la trace de "
                "l'effacement.").format(", ".join(people)), self.tr("Effacer définitivement")):
            return
        async with self.panel.working():
            erased = await self.panel.desk.call(privacy.erase_for_staff, self.panel.session, identifier)
            self.panel.forget_account()
            self.accounts_erased.emit()
            self.panel.show_notice(self.tr("Comptes effacés : {0}.").format(", ".join(erased)))
