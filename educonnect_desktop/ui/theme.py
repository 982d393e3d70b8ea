"""The application's look: named colours, a palette and one style sheet, in two variants.

In the spirit of the French State's design system (DSFR): sober, "bleu France" for actions,
dark text on white, a focus ring that cannot be missed, generous targets at the kiosk. The
"high contrast" variant (white and yellow on black) is for people who need it
(`[ui] contrast = "high"` in the configuration). Every colour of the interface comes from here,
so that the contrast test (tests/ui/test_theme.py) checks every text/background pair, both
variants: at least 4.5:1 for text, 3:1 for a focus ring or a bar (WCAG 2.1 AA, RGAA 3.2, 3.3).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class Colours:
    text: str
    background: str
    surface: str  # buttons, fields
    action: str  # the primary colour: borders of buttons, focus ring, selection
    on_action: str  # text on a filled action
    muted: str  # disabled text
    error: str
    success: str
    warning_text: str
    warning_background: str
    strength: tuple[str, str, str, str, str]  # the strength meter's bar, from "Très faible" to "Très fort"


STANDARD = Colours(
    text="#161616", background="#ffffff", surface="#f6f6f6", action="#000091", on_action="#ffffff",
    muted="#666666", error="#ce0500", success="#18753c", warning_text="#5c4400", warning_background="#fff3cd",
    strength=("#ce0500", "#b34000", "#8a6100", "#18753c", "#0f5a2c"),
)
HIGH_CONTRAST = Colours(
    text="#ffffff", background="#000000", surface="#1e1e1e", action="#ffff00", on_action="#000000",
    muted="#c8c8c8", error="#ff8080", success="#7dff9a", warning_text="#ffff00", warning_background="#000000",
    strength=("#ff8080", "#ffb060", "#ffff00", "#7dff9a", "#ffffff"),
)
VARIANTS = {"standard": STANDARD, "high": HIGH_CONTRAST}

# Text drawn on a background: (what, text colour field, background colour field).
TEXT_PAIRS = (
    ("texte", "text", "background"), ("texte des champs et boutons", "text", "surface"),
    ("bouton principal", "on_action", "action"), ("texte désactivé", "muted", "background"),
    ("texte désactivé d'un bouton", "muted", "surface"), ("lien et bouton secondaire", "action", "background"),
    ("message d'erreur", "error", "background"), ("message de réussite", "success", "background"),
    ("avertissement", "warning_text", "warning_background"), ("sélection", "on_action", "action"),
)
# Shapes that must stand out from the background (focus ring, strength bar): 3:1.
SHAPE_PAIRS = (("anneau de focus", "action", "background"), ("anneau de focus sur un champ", "action", "surface"))

KIOSK_TARGET_PX = 44  # the smallest touch target at the kiosk (WCAG 2.5.5)

_current = STANDARD
_style_set = False


def current() -> Colours:
    return _current


def palette(colours: Colours) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: colours.background, QPalette.ColorRole.WindowText: colours.text,
        QPalette.ColorRole.Base: colours.surface, QPalette.ColorRole.AlternateBase: colours.background,
        QPalette.ColorRole.Text: colours.text, QPalette.ColorRole.Button: colours.surface,
        QPalette.ColorRole.ButtonText: colours.text, QPalette.ColorRole.Highlight: colours.action,
        QPalette.ColorRole.HighlightedText: colours.on_action, QPalette.ColorRole.Link: colours.action,
        QPalette.ColorRole.ToolTipBase: colours.surface, QPalette.ColorRole.ToolTipText: colours.text,
        QPalette.ColorRole.PlaceholderText: colours.muted,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours.muted))
    return p


def style_sheet(colours: Colours, *, kiosk: bool = False) -> str:
    """Borders and focus; the colours of text and backgrounds come from the palette."""
    target = f"min-height: {KIOSK_TARGET_PX}px;" if kiosk else ""
    touch = (f"QToolButton, QCheckBox, QRadioButton {{ min-height: {KIOSK_TARGET_PX}px; "
             f"min-width: {KIOSK_TARGET_PX}px; }}") if kiosk else ""
    # A focused widget trades padding for ring width: its size never changes, so nothing moves
    # when the focus does (and a layout sized before the focus came never squashes it).
    return touch + f"""
QPushButton {{ border: 1px solid {colours.action}; border-radius: 4px; padding: 3px 12px; {target} }}
QPushButton:default {{ background: {colours.action}; color: {colours.on_action}; }}
QPushButton:disabled {{ border-color: {colours.muted}; color: {colours.muted}; }}
QPushButton:focus {{ border: 3px solid {colours.action}; padding: 1px 10px; }}
QPushButton:default:focus {{ border-color: {colours.text}; }}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit, QTextEdit {{
    border: 1px solid {colours.muted}; border-radius: 3px; padding: 2px; {target} }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 3px solid {colours.action}; padding: 0px; }}
QCheckBox, QRadioButton {{ border: 1px solid transparent; padding: 2px; }}
QCheckBox:focus, QRadioButton:focus, QTableView:focus, QTreeView:focus, QListView:focus {{
    border: 3px solid {colours.action}; padding: 0px; }}
"""


STYLE = "Fusion"  # the same drawing on every OS, so that the palette is honoured


def application_arguments(program: str) -> list[str]:
    """The arguments to create the QApplication with: the style by Qt's own `-style` option.
    `setStyle` returns the QStyle, and wrapping it makes PySide6 build that class and its many
    enums (9-10 ms before the first paint, which the desktop does not wait for this way)."""
    global _style_set
    _style_set = True
    return [program, "-style", STYLE]


def apply(app, *, variant: str = "standard", kiosk: bool = False) -> Colours:
    """Give `app` the palette and style sheet of `variant`; returns its colours."""
    global _current, _style_set
    _current = VARIANTS.get(variant, STANDARD)
    if not _style_set:  # once, before the first window: replacing a style under live widgets crashes Qt
        app.setStyle(STYLE)
        _style_set = True
    app.setPalette(palette(_current))
    app.setStyleSheet(style_sheet(_current, kiosk=kiosk))
    return _current


def error_style() -> str:
    return f"color: {_current.error}; font-weight: bold;"


def success_style() -> str:
    return f"color: {_current.success};"


def warning_style(*, banner: bool = False) -> str:
    if banner:
        return (f"QLabel {{ background: {_current.warning_background}; color: {_current.warning_text}; "
                "padding: 6px; }")
    return f"color: {_current.warning_text}; font-weight: bold;"


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio of two sRGB colours given as #rrggbb."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
