"""What the recovery services answered: the same message and advice for everyone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...services.recovery import RecoveryAnswer
from ..translations import translated
from ..widgets import named


class AnswerView(QWidget):
    """The answer's message, then its advice (contact the establishment), both readable by keyboard."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.setObjectName(f"{prefix}Answer")
        self.message = self._label(f"{prefix}AnswerMessage", self.tr("Réponse à votre demande"))
        self.advice = self._label(f"{prefix}AnswerAdvice", self.tr("Sans adresse ni portable confirmé"))
        self.advice.setStyleSheet("font-style: italic;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.advice)

    @staticmethod
    def _label(object_name: str, accessible_name: str) -> QLabel:
        label = named(QLabel(), object_name, accessible_name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return label

    def show_answer(self, answer: RecoveryAnswer | None) -> None:
        for label, text in ((self.message, answer.message if answer else ""),
                            (self.advice, answer.advice if answer else "")):
            label.setText(translated(text))
            label.setAccessibleDescription(translated(text))

    def text(self) -> str:
        return "\n".join(label.text() for label in (self.message, self.advice) if label.text())

    def focus_message(self) -> None:
        """The message is what a screen reader should read first."""
        self.message.setFocus()

    def clear(self) -> None:
        self.show_answer(None)
