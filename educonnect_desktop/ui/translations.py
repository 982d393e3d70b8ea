"""The interface's language: our own catalogues and Qt's, and the reading direction.

Our strings are written in French (the source language); `resources/translations/`
holds the application's catalogues for the other languages (`educonnect_<lang>.qm`,
built from the `.ts` files by `make translations`, see docs/translations.md). Qt's
built-in widgets (file dialogs, context menus, standard buttons) speak English unless
their own catalogue (`qtbase_<lang>.qm`, shipped with PySide6) is installed too.

`set_language` swaps both at once and sets the reading direction (Arabic reads right to
left). The workstation and the kiosk start in `default_language(config)`: the `[ui]
language` setting, else the system's language when we have it, else French.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resources_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "fr"
LANGUAGES = ("fr", "en", "ar")  # the ones with an application catalogue (French: the source)
RIGHT_TO_LEFT = frozenset({"ar"})
# Each language named in itself: the person who needs the button cannot read the others.
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ar": "العربية"}
CATALOGUES = ("qtbase",)  # qtbase covers QtWidgets' dialogs, menus and buttons
APP_CATALOGUE = "educonnect"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def translated(text: str) -> str:
    """A text of the core or the services (`core.messages.Text`) in the window's language.

    Qt's catalogues are looked up now, at display time, with the text's context; its
    parameters are filled in after, themselves translated when they are `Text` (a label
    inside a sentence). A plain `str` (a name, a file, a text nobody marked) is shown as it is.
    """
    from ..core.messages import Text  # here: the first window is painted before the core loads

    if not isinstance(text, Text):
        return text
    if text.forms and _current != SOURCE_LANGUAGE:
        # French says "0 élève"; English (and the Arabic we write) take the singular for 1 only.
        text = text.forms[0] if text.forms[0].params.get("count") == 1 else text.forms[1]
    if text.parts:
        return "".join(translated(part) for part in text.parts)
    shown = QCoreApplication.translate(text.context, text.source) if text.context else text.source
    if text.params:
        shown = shown.format(**{name: translated(value) if isinstance(value, str) else value
                                for name, value in text.params.items()})
    return shown


def translations_directory() -> Path:
    """Qt's own catalogues (PySide6's folder, or the bundle's copy of it)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def application_translations_directory() -> Path:
    # A real directory in a checkout, a wheel and the bundle alike (see paths.resources_dir).
    return Path(str(resources_dir() / "translations"))


def qt_translation_files() -> list[Path]:
    """Qt's catalogue files for the languages we offer (for the installer's spec file)."""
    directory = translations_directory()
    return [directory / f"{name}_{language}.qm" for language in LANGUAGES for name in CATALOGUES]


def application_translation_file(language: str) -> Path:
    return application_translations_directory() / f"{APP_CATALOGUE}_{language}.qm"


def system_language() -> str:
    """The system's language when we offer it, else French."""
    code = QLocale.system().name().split("_", 1)[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def default_language(config=None) -> str:
    """The `[ui] language` setting when there is one, else the system's language."""
    configured = getattr(getattr(config, "ui", None), "language", None)
    return configured or system_language()


def current_language() -> str:
    return _current


def set_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Put the interface in `language`; return the translators now installed.

    Every widget receives a LanguageChange event (Qt sends it when a translator comes or
    goes); the families' start screen rebuilds itself on it. A missing catalogue is logged
    and skipped: French is better than no window.
    """
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(language)
    qt_directory = str(translations_directory())
    for name in CATALOGUES:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", qt_directory):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("Qt translation %s_%s not found in %s", name, language, qt_directory)
    if language != SOURCE_LANGUAGE:
        own = application_translation_file(language)
        translator = QTranslator(app)
        if translator.load(str(own)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("application translation %s not found", own)
    QLocale.setDefault(locale)
    # Only a QApplication has widgets to mirror. Left alone when already right: the `Qt`
    # namespace (all its enums built on first access, 25-30 ms) then waits for the first paint.
    if hasattr(app, "setLayoutDirection") and app.isRightToLeft() != (language in RIGHT_TO_LEFT):
        from PySide6.QtCore import Qt

        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    _current = language
    return list(_installed)


def install_qt_translations(app: QCoreApplication) -> list[QTranslator]:
    """The start-up state: French, Qt's dialogs and menus included (the kiosk too)."""
    return set_language(app, SOURCE_LANGUAGE)
