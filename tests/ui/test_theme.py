"""The look (ui/theme.py): contrast of every colour pair, a visible focus ring, kiosk targets,
and layouts that hold at twice the text size, in both variants (offscreen, real widgets)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from keyboard_support import enter, tab_to
from educonnect_desktop.ui import theme

UI = Path(__file__).resolve().parents[2] / "educonnect_desktop" / "ui"
VARIANTS = sorted(theme.VARIANTS)


@pytest.fixture
def themed(qapp):
    """Apply a variant (and optionally the kiosk's targets) to the application; undone after."""
    palette, sheet, font = qapp.palette(), qapp.styleSheet(), qapp.font()

    def apply(variant: str, *, kiosk: bool = False, text_scale: float = 1.0):
        colours = theme.apply(qapp, variant=variant, kiosk=kiosk)
        if text_scale != 1.0:
            bigger = QFont(font)
            bigger.setPointSizeF(font.pointSizeF() * text_scale)
            qapp.setFont(bigger)
        return colours

    yield apply
    theme.apply(qapp)  # back to the standard colours for the module state
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_text_and_background_pair_reaches_4_5_to_1(variant):
    colours = theme.VARIANTS[variant]
    ratios = {what: theme.contrast_ratio(getattr(colours, fg), getattr(colours, bg))
              for what, fg, bg in theme.TEXT_PAIRS}
    assert {what: round(r, 2) for what, r in ratios.items() if r < 4.5} == {}
    shapes = {what: theme.contrast_ratio(getattr(colours, fg), getattr(colours, bg))
              for what, fg, bg in theme.SHAPE_PAIRS}
    shapes.update({f"barre de robustesse {n}": theme.contrast_ratio(c, colours.surface)
                   for n, c in enumerate(colours.strength)})
    assert {what: round(r, 2) for what, r in shapes.items() if r < 3.0} == {}


def test_the_contrast_formula_matches_the_wcag_reference_values():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_every_colour_of_the_interface_comes_from_the_theme():
    """A colour written anywhere else would escape the contrast test above."""
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|Qt\.GlobalColor\.(?!transparent)\w+|\b(?:color|background)\s*:")
    offenders = [f"{path.relative_to(UI)}:{n}" for path in UI.rglob("*.py") if path.name != "theme.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if literal.search(line) and "theme." not in line]
    assert offenders == []


def _ring_colour(widget: QWidget) -> str:
    """The third pixel from the left edge, half-way down: inside a 3 px ring, past a 1 px border."""
    image = widget.grab().toImage()
    return image.pixelColor(2, image.height() // 2).name()


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_focus_ring_is_drawn_in_the_action_colour(qtbot, themed, variant):
    colours = themed(variant)
    form = QWidget()
    layout = QVBoxLayout(form)
    field, button = QLineEdit(), QPushButton("Valider")
    layout.addWidget(field)
    layout.addWidget(button)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert (_ring_colour(field), _ring_colour(button)) != (colours.action, colours.action)
    assert _ring_colour(field) == colours.action and _ring_colour(button) != colours.action
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # the person moves on with Tab
    qtbot.waitUntil(button.hasFocus)
    assert _ring_colour(button) == colours.action and _ring_colour(field) != colours.action


def test_kiosk_targets_are_at_least_44_pixels_high(qtbot, loop, desk, themed):
    from educonnect_desktop.ui.kiosk import KioskWindow

    themed("standard", kiosk=True)
    window = KioskWindow(desk)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    screen = window.start_screen
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab_to(qtbot, screen.login_button)
    enter(qtbot)  # the first journey's fields too, opened as a family would
    qtbot.waitUntil(lambda: screen.wizard is not None and screen.wizard.isVisible())
    targets = [w for w in window.findChildren(QWidget) if isinstance(w, (QAbstractButton, QLineEdit))
               and w.isVisible()]
    assert targets
    small = {f"{w.objectName() or type(w).__name__}: {w.height()} px" for w in targets
             if w.height() < theme.KIOSK_TARGET_PX}
    assert small == set()


def _clipped(root: QWidget) -> list[str]:
    """Visible one-line texts wider than the room their widget has (measured, not pixels)."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QPushButton) and widget.text():
            needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + 16
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() \
                and widget.textFormat() != Qt.TextFormat.RichText and "<" not in widget.text():
            needed = max(widget.fontMetrics().horizontalAdvance(line.replace("&", ""))
                         for line in widget.text().splitlines())
        else:
            continue
        if needed > widget.contentsRect().width():
            problems.append(f"{widget.objectName() or type(widget).__name__} « {widget.text()[:40]} » "
                            f"{needed} > {widget.contentsRect().width()} px")
    return problems


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_families_screens_hold_at_twice_the_text_size(qtbot, loop, desk, themed, variant):
    from educonnect_desktop.ui.start_screen import StartScreen

    themed(variant, text_scale=2.0)
    screen = StartScreen(desk)
    qtbot.addWidget(screen)
    screen.resize(1280, 900)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    assert _clipped(screen) == []
    tab_to(qtbot, screen.activate_button)
    enter(qtbot)
    assert _clipped(screen) == []
    tab_to(qtbot, screen.letter_button)
    enter(qtbot)
    qtbot.waitUntil(lambda: screen.wizard is not None and screen.wizard.isVisible())
    assert _clipped(screen) == []
    assert QApplication.font().pointSizeF() > 0 and QColor(theme.current().text).isValid()


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_focus_ring_moves_nothing(qtbot, themed, variant):
    """The ring takes the padding's room: a field that gains the focus keeps its size, so a
    layout computed before (the staff login after an error) never squashes it."""
    from PySide6.QtWidgets import QCheckBox

    themed(variant)
    form = QWidget()
    layout = QVBoxLayout(form)
    widgets = [QLineEdit(), QPushButton("Valider"), QCheckBox("J'accepte")]
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    for widget in widgets:
        before = widget.sizeHint()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        assert widget.sizeHint() == before, type(widget).__name__
