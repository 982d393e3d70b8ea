"""Accessibility checks shared by the wizard tests: names and labelled fields."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

_CONTAINERS = ("QWidget", "QGroupBox", "QFrame", "QWizard")


def interactive_widgets(top: QWidget) -> list[QWidget]:
    """Widgets a person can focus, containers and labels left out."""
    return [w for w in top.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(w, QLabel)
            and not w.metaObject().className().startswith(_CONTAINERS)]


def assert_named_with_labelled_fields(top: QWidget, *, more_than: int) -> None:
    """Every interactive widget has an objectName and an accessible name; every field a buddy label."""
    interactive = interactive_widgets(top)
    assert len(interactive) > more_than
    for widget in interactive:
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
    buddies = {label.buddy() for label in top.findChildren(QLabel) if label.buddy() is not None}
    for edit in top.findChildren(QLineEdit):
        assert edit in buddies, edit.objectName()
