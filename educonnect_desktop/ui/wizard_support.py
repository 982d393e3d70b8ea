"""Pieces shared by the wizards: pages whose "Suivant" waits for a service, error display."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget, QWizard, QWizardPage

from ..errors import UserFacingError
from .keyboard import ReadingOrderFocus, enter_scope, first_usable, focus_first
from . import theme
from .translations import translated
from .widgets import message_label, named


def error_label(object_name: str) -> QLabel:
    return message_label(object_name, "Message d'erreur", theme.error_style())


class AsyncPage(QWizardPage):
    """A page whose "Suivant" runs `submit()` (a coroutine) before moving on.

    `validatePage` refuses at once and starts `submit()`; when it succeeds the page lets
    the wizard go next, when it raises a `UserFacingError` its French message is shown
    on the page. The GUI thread never waits for the service.
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(f"{name}Page")
        self.error = error_label(f"{name}Error")
        self._accepted = False
        self.busy = False
        self.task: asyncio.Task | None = None

    async def submit(self) -> None:  # override
        return None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleDescription(message)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def validatePage(self) -> bool:
        if self._accepted:
            self._accepted = False
            return True
        if not self.busy:
            self.busy = True
            self.clear_error()
            self._set_buttons_enabled(False)
            self.task = asyncio.ensure_future(self._run())
        return False

    async def _run(self) -> None:
        try:
            await self.submit()
        except UserFacingError as exc:
            self.show_error(translated(exc.message))
            return
        finally:
            self.busy = False
            self._set_buttons_enabled(True)
        self._accepted = True
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next() if not self.isFinalPage() else wizard.accept()

    def _set_buttons_enabled(self, enabled: bool) -> None:
        wizard = self.wizard()
        if wizard is None:
            return
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.BackButton):
            button = wizard.button(which)
            if button is not None:
                button.setEnabled(enabled if which != QWizard.WizardButton.NextButton else
                                  enabled and self.isComplete())


_FORWARD = (QWizard.WizardButton.CommitButton, QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton)


class KeyboardWizard(ReadingOrderFocus, QWizard):
    """The families' wizards: the keyboard rules of `keyboard.py` on every page.

    Enter in a field presses the page's forward button (Valider, Suivant, Terminer), never
    Annuler or Précédent; on a page whose "Terminer" leaves (`finish_leaves = True`, e.g.
    "Se déconnecter"), Enter in a field does nothing and no button is the default. Each page
    opens on its first widget in reading order, or on what its `opening_focus()` names.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        enter_scope(self, self._forward_button)
        self.currentIdChanged.connect(self._page_opened)

    def _forward_button(self, _focused: QWidget | None) -> QAbstractButton | None:
        button = first_usable(self.button(which) for which in _FORWARD)
        if button is self.button(QWizard.WizardButton.FinishButton) and self._finish_leaves():
            return None
        return button

    def _finish_leaves(self) -> bool:
        return bool(getattr(self.currentPage(), "finish_leaves", False))

    def _page_opened(self, _page_id: int) -> None:
        self.setOption(QWizard.WizardOption.NoDefaultButton, self._finish_leaves())
        self.focus_current_page()

    def focus_current_page(self) -> None:
        page = self.currentPage()
        if page is None or not page.isVisible():
            return
        opening = getattr(page, "opening_focus", None)
        target = opening() if opening is not None else None
        if target is not None and target.isVisible() and target.isEnabled():
            target.setFocus()
        else:
            focus_first(page)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_current_page()


def name_wizard_buttons(wizard: QWizard) -> None:
    """Stable names for the wizard's own buttons (tests and screen readers)."""
    labels = {
        QWizard.WizardButton.BackButton: ("wizardBack", QCoreApplication.translate("WizardButtons", "< &Précédent"),
                                          QCoreApplication.translate("WizardButtons", "Précédent")),
        QWizard.WizardButton.NextButton: ("wizardNext", QCoreApplication.translate("WizardButtons", "&Suivant >"),
                                          QCoreApplication.translate("WizardButtons", "Suivant")),
        QWizard.WizardButton.FinishButton: ("wizardFinish", QCoreApplication.translate("WizardButtons", "&Terminer"),
                                            QCoreApplication.translate("WizardButtons", "Terminer")),
        # No Alt+letter: Escape already cancels, and "&A" is wanted by fields ("&Adresse e-mail").
        QWizard.WizardButton.CancelButton: ("wizardCancel", QCoreApplication.translate("WizardButtons", "Annuler"),
                                            QCoreApplication.translate("WizardButtons", "Annuler")),
    }
    for which, (object_name, text, accessible) in labels.items():
        wizard.setButtonText(which, text)
        named(wizard.button(which), object_name, accessible)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
