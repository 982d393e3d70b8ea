"""Driving a QWizard the way a person does: its visible forward button, what is on screen."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget, QWizard

FORWARD = (QWizard.WizardButton.CommitButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton)


def forward_button(wizard: QWizard) -> QAbstractButton:
    return next(b for b in map(wizard.button, FORWARD) if b.isVisible())


def go_forward(qtbot, wizard: QWizard) -> None:
    button = forward_button(wizard)
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def on_screen(wizard: QWizard) -> str:
    texts = [w.text() for w in wizard.findChildren(QLabel) + wizard.findChildren(QLineEdit)]
    return "\n".join(texts + [w.accessibleDescription() for w in wizard.findChildren(QWidget)])
