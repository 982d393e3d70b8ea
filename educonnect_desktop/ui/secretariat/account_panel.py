"""The selected account: its details and the secretariat's actions on it.

Every action goes through the desk off the GUI thread; the buttons are greyed out
while it runs, a refusal shows its French message, and afterwards the details are read
again and `account_changed` tells the table to refresh the row.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget
from qasync import asyncSlot

from ...errors import UserFacingError
from ...services import account_admin, accounts
from ...services.dto import AccountDetails, AccountSummary
from ...services.staff import StaffSession
from ..my_account.section import Section, action_button, button_row
from ..translations import translated
from ..widgets import named
from .account_details import AccountDetailsView
from .dialogs import PathProvider, choose_pdf_path, confirm
from .privacy_actions import PrivacyActions

LETTER_KINDS = ("student", "guardian")


class AccountPanel(Section):
    account_changed = Signal(object)  # AccountSummary

    def __init__(self, desk, staff: StaffSession, parent: QWidget | None = None, *,
                 path_provider: PathProvider = choose_pdf_path) -> None:
        super().__init__(self.tr("Compte sélectionné"), "accountPanel", desk, staff, parent)
        self.path_provider = path_provider
        self.details: AccountDetails | None = None
        self._wanted: str | None = None  # the identifier last asked for (a newer click wins)
        self.view = AccountDetailsView()
        self.reset_button = action_button(self.tr("Réi&nitialiser le mot de passe"), "resetPasswordButton",
                                          self.tr("Réinitialiser le mot de passe"))
        self.unlock_button = action_button(self.tr("Dé&bloquer"), "unlockButton", self.tr("Débloquer le compte"))
        self.disable_button = action_button(self.tr("Dé&sactiver"), "disableButton", self.tr("Désactiver le compte"))
        self.links_button = action_button(self.tr("Corri&ger les liens…"), "linksButton",
                                          self.tr("Corriger les liens entre élèves et représentants légaux"))
        # The details scroll when a family has many links: nothing is cut off at the bottom.
        self.details_scroll = named(QScrollArea(), "accountDetailsScroll", self.tr("Détails du compte"))
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_scroll.setWidget(self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.details_scroll, 1)
        layout.addLayout(button_row(self.reset_button, self.unlock_button, leading=True))
        layout.addLayout(button_row(self.disable_button, self.links_button, leading=True))
        self.privacy = PrivacyActions(self)  # export and erasure (RGPD), in their own module
        layout.addLayout(button_row(*self.privacy.buttons(), leading=True))
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.links_button.clicked.connect(self.edit_links)
        self.update_actions()

    # -- showing ------------------------------------------------------------------------
    def controls(self):
        return (self.reset_button, self.unlock_button, self.disable_button, self.links_button,
                *self.privacy.buttons())

    def update_actions(self, *_args: object) -> None:
        d = self.details
        free = d is not None and not self.busy
        kind = d.summary.kind if d else None
        disabled = d is not None and d.summary.state == "disabled"
        mine = d is not None and d.summary.identifier == self.session.identifier
        staff_target = kind == "staff"
        self.reset_button.setEnabled(free and kind in LETTER_KINDS and not disabled)
        self.unlock_button.setEnabled(free and not disabled)
        self.disable_button.setEnabled(free and not mine and (not staff_target or self.session.is_admin))
        self.links_button.setEnabled(free and kind in LETTER_KINDS)
        self.privacy.update_actions(free, kind)
        text, name = ((self.tr("&Réactiver"), self.tr("Réactiver le compte")) if disabled
                      else (self.tr("Dé&sactiver"), self.tr("Désactiver le compte")))
        self.disable_button.setText(text)
        self.disable_button.setAccessibleName(name)

    @asyncSlot(str)
    async def show_account(self, identifier: str) -> None:
        """Read the account's details (empty identifier: nothing selected)."""
        if not identifier and self.details is None and self._wanted is None:
            return  # already empty (e.g. the account was just erased): keep the last outcome shown
        self._wanted = identifier or None
        self.clear_messages()
        if not identifier:
            self._show(None)
            return
        try:
            details = await self.desk.call(accounts.show_account, identifier)
        except UserFacingError as exc:
            if self._wanted == identifier:
                self._show(None)
                self.show_error(translated(exc.message))
            return
        if self._wanted == identifier:
            self._show(details)

    def forget_account(self) -> None:
        """The account no longer exists (erased): show nothing."""
        self._wanted = None
        self._show(None)

    def _show(self, details: AccountDetails | None) -> None:
        self.details = details
        self.view.show_details(details)
        self.update_actions()

    async def _refresh(self) -> None:
        """After an action: read the account again and tell the table."""
        details = await self.desk.call(accounts.show_account, self.details.summary.identifier)
        if self._wanted == details.summary.identifier:
            self._show(details)
        self.account_changed.emit(details.summary)

    # -- actions ------------------------------------------------------------------------
    @asyncSlot()
    async def reset_password(self) -> None:
        if self.busy or self.details is None:
            return
        s: AccountSummary = self.details.summary
        if not await confirm(self, self.tr("Réinitialiser le mot de passe"), self.tr(
                "Un nouveau mot de passe provisoire va être créé pour {0} {1} ({2}). L'ancien mot de passe "
                "ne fonctionnera plus. La lettre à lui remettre sera enregistrée en PDF.").format(
                s.first_name, s.last_name, s.identifier), self.tr("Réinitialiser")):
            return
        path = await self.path_provider(self, f"lettre-{s.identifier}.pdf")
        if path is None:
            return
        async with self.working():
            from ...services import letters
            from .import_letters import prepare_output

            prepare_output(path)  # fonts and a writable file, before the password changes
            letter = await self.desk.call(letters.reset_password, s.identifier, actor=self.session.actor)
            written = await self._write_letter(letter, path)
            await self._refresh()
            if written is not None:
                self.show_notice(self.tr("Mot de passe réinitialisé. Lettre enregistrée : {0}").format(written))

    async def _write_letter(self, letter, path: Path) -> Path | None:
        """On a worker thread. The password is already changed: a failure here must say so."""
        from .import_letters import write_pdf
        from .import_progress import ProgressTracker

        try:
            return await self.desk.track(write_pdf([letter], path, ProgressTracker(),
                                                   family_language=self.desk.config.letters.family_language))
        except (UserFacingError, OSError) as exc:
            message = translated(exc.message) if isinstance(exc, UserFacingError) else str(exc)
            self.show_error(self.tr("Le mot de passe a été réinitialisé, mais la lettre n'a pas pu être "
                                    "enregistrée : {0} Réinitialisez-le à nouveau pour obtenir une lettre.")
                            .format(message))
            return None

    @asyncSlot()
    async def unlock(self) -> None:
        if self.busy or self.details is None:
            return
        identifier = self.details.summary.identifier
        async with self.working():
            await self.desk.call(account_admin.unlock, self.session, identifier)
            await self._refresh()
            self.show_notice(self.tr("Compte débloqué : {0} peut à nouveau se connecter.").format(identifier))

    @asyncSlot()
    async def toggle_disabled(self) -> None:
        if self.busy or self.details is None:
            return
        s = self.details.summary
        disable = s.state != "disabled"
        if disable and not await confirm(self, self.tr("Désactiver le compte"), self.tr(
                "Le compte {0} {1} ({2}) ne pourra plus se connecter tant qu'il n'est pas réactivé.").format(
                s.first_name, s.last_name, s.identifier), self.tr("Désactiver")):
            return
        async with self.working():
            await self.desk.call(account_admin.set_disabled, self.session, s.identifier, disable)
            await self._refresh()
            self.show_notice(self.tr("Compte désactivé.") if disable else self.tr("Compte réactivé."))

    def edit_links(self) -> None:
        if self.busy or self.details is None:
            return
        from .links_dialog import LinksDialog

        self.links_dialog = LinksDialog(self.desk, self.session, self.details, self)
        self.links_dialog.changed.connect(self._links_changed)
        self.links_dialog.open()

    def _links_changed(self, details: AccountDetails) -> None:
        if self._wanted == details.summary.identifier:
            self._show(details)
        self.account_changed.emit(details.summary)
