""""Mot de passe perdu": identifier + channel -> code received -> new password -> done.

The code goes only to a confirmed e-mail address or, for a parent, a confirmed mobile;
the screens say the same thing whether or not the identifier exists.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...flows.recovery import LostPasswordFlow, LostPasswordPage
from ...services import recovery
from ..desk import Desk
from ..registration.flow_wizard import FlowWizard
from ..registration.password_page import ChoosePasswordPage
from .password_changed_page import PasswordChangedPage
from .request_page import RequestPage
from .reset_code_page import ResetCodePage


class LostPasswordWizard(FlowWizard):
    """`journey_finished` when it ends (finished or cancelled, fields already wiped);
    `password_changed(Session)` once the new password is set; `reset()` wipes and restarts."""

    password_changed = Signal(object)
    flow: LostPasswordFlow

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setObjectName("lostPasswordWizard")
        self.setWindowTitle(self.tr("Mot de passe perdu — EduConnect"))
        self.request_page = RequestPage(desk, self.current_flow)
        self.code_page = ResetCodePage(desk, self.current_flow)
        self.password_page = ChoosePasswordPage(desk, recovery.finish_password_reset, self.current_flow,
                                                lambda: self.flow.user_inputs())
        self.password_page.setTitle(self.tr("Choisir un nouveau mot de passe"))
        self.password_page.password_set.connect(self.password_changed)
        self.done_page = PasswordChangedPage(self.current_flow)
        for name, page in ((LostPasswordPage.REQUEST, self.request_page),
                           (LostPasswordPage.CODE, self.code_page),
                           (LostPasswordPage.PASSWORD, self.password_page),
                           (LostPasswordPage.DONE, self.done_page)):
            self.add_page(name, page)

    def new_flow(self) -> LostPasswordFlow:  # type: ignore[override]
        return LostPasswordFlow(sms_available=self.desk.sms_available())

    def start_page(self) -> str:
        return LostPasswordPage.REQUEST
