"""Staff login, and the same panel again when the workspace is locked.

`StaffLoginPanel(desk)` asks an identifier and a password; `StaffLoginPanel(desk,
lock=True)` is the "Session verrouillée" panel: the identifier is the locked staff
member's, only the password is asked, and "Changer d'utilisateur" gives up the session.
Both check the password with `staff.staff_login` (same throttling and messages as the
families' login) and emit `logged_in(StaffSession, password)`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget
from qasync import asyncSlot

from ...core.identifiers import normalize_identifier
from ...core.passwords import MAX_LENGTH
from ...errors import UserFacingError
from ...services import staff as staff_service
from ...services.staff import StaffSession
from ..desk import Desk
from ..translations import translated
from ..widgets import caption
from ..my_account.section import action_button, button_row
from ..widgets import named
from ..wizard_support import error_label


class StaffLoginPanel(QWidget):
    logged_in = Signal(object, str)  # StaffSession, the password typed (for a forced change)
    switch_user = Signal()  # lock panel only: "Changer d'utilisateur"
    families_requested = Signal()

    def __init__(self, desk: Desk, *, lock: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._lock = lock
        self.busy = False
        self.attempts = 0  # finished attempts, refused or not (tests wait on it)
        prefix = "unlock" if lock else "staffLogin"
        self.setObjectName(f"{prefix}Panel")
        title = self.tr("Session verrouillée") if lock else self.tr("Espace du secrétariat")
        self.title = named(QLabel(f"<h2>{title}</h2>"), f"{prefix}Title", title)
        self.intro = named(QLabel(), f"{prefix}Intro", self.tr("Consigne"))
        self.intro.setWordWrap(True)
        if not lock:
            self.intro.setText(self.tr("Connectez-vous avec votre identifiant et votre mot de passe du personnel."))
        self.identifier_edit = named(QLineEdit(), f"{prefix}Identifier", self.tr("Identifiant"))
        self.identifier_edit.setMaxLength(64)
        self.identifier_edit.setReadOnly(lock)
        self.password_edit = named(QLineEdit(), f"{prefix}Password", self.tr("Mot de passe"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(MAX_LENGTH)
        self.error = error_label(f"{prefix}Error")
        text = self.tr("&Déverrouiller") if lock else self.tr("Se &connecter")
        self.submit_button = action_button(text, f"{prefix}Button", text.replace("&", ""))
        self.switch_button = action_button(self.tr("C&hanger d'utilisateur"), "switchUserButton",
                                           self.tr("Changer d'utilisateur"))
        self.families_button = action_button(self.tr("Ouvrir l'accueil des &familles"),
                                             f"{prefix}FamiliesButton", self.tr("Ouvrir l'accueil des familles"))
        # Hidden, never shown: setVisible(True) on a widget without a parent yet opens it as a
        # window of its own for an instant (a second window flashing while the start builds this).
        (self.families_button if lock else self.switch_button).hide()

        form = QFormLayout()
        form.addRow(caption(self.tr("&Identifiant :"), self.identifier_edit), self.identifier_edit)
        form.addRow(caption(self.tr("&Mot de passe :"), self.password_edit), self.password_edit)
        box = QWidget()
        box.setMaximumWidth(480)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addLayout(button_row(self.switch_button, self.submit_button))
        inner.addSpacing(24)
        inner.addLayout(button_row(self.families_button, leading=True))
        # Centred by stretches, not by an alignment flag: an aligned widget gets its bare size
        # hint, so wrapped text is clipped and the fields squash when the error line appears.
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

        for edit in (self.identifier_edit, self.password_edit):
            edit.textChanged.connect(self._update)
            edit.returnPressed.connect(self.submit)
        self.submit_button.clicked.connect(self.submit)
        self.switch_button.clicked.connect(self.switch_user)
        self.families_button.clicked.connect(self.families_requested)
        self._update()

    def set_locked(self, staff: StaffSession, *, idle: bool) -> None:
        """Lock panel: whose session is locked, and why (inactivity, or locked by hand)."""
        self.identifier_edit.setText(staff.identifier)
        why = (self.tr("La session de {0} {1} a été verrouillée après une période d'inactivité.") if idle
               else self.tr("La session de {0} {1} est verrouillée."))
        self.intro.setText(why.format(staff.first_name, staff.last_name) + " "
                           + self.tr("Saisissez votre mot de passe pour la reprendre."))
        self.reset()

    def reset(self) -> None:
        """Wipe the password and the message; the identifier of a login panel too."""
        self.password_edit.setText("")
        if not self._lock:
            self.identifier_edit.setText("")
        self.error.clear()
        self.error.hide()
        self._update()

    def focus_first_field(self) -> None:
        (self.password_edit if self._lock or self.identifier_edit.text() else self.identifier_edit).setFocus()

    def _update(self, *_args: object) -> None:
        ready = bool(self.identifier_edit.text().strip() and self.password_edit.text())
        self.submit_button.setEnabled(ready and not self.busy)

    @asyncSlot()
    async def submit(self) -> None:
        if self.busy or not self.submit_button.isEnabled():
            return
        identifier = normalize_identifier(self.identifier_edit.text())
        password = self.password_edit.text()
        self.password_edit.setText("")  # retyped after a refusal, not needed after a success
        self.busy = True
        self.error.hide()
        self._update()
        try:
            staff = await self._desk.call(staff_service.staff_login, identifier, password)
        except UserFacingError as exc:
            self.error.setText(translated(exc.message))
            self.error.setAccessibleDescription(translated(exc.message))
            self.error.show()
            self.password_edit.setFocus()
            return
        finally:
            self.busy = False
            self.attempts += 1
            self._update()
        self.logged_in.emit(staff, password)
