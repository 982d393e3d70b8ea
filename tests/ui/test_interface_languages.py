"""The families' screens in English and Arabic: chosen with the keyboard, read right to left;
and what the services say (refusals, labels: `core.messages.Text`) in the window's language.

Real widgets offscreen with the real catalogues (resources/translations/*.qm); the
language row is reached with Tab and pressed with Space or Enter, as a person would.
"""

from __future__ import annotations

import asyncio
import io
import re
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from cli_support import AS_STAFF, add_staff, password_on_stdin
from educonnect_desktop.cli import main as cli
from educonnect_desktop.config import ConfigError, load_config, parse_config
from educonnect_desktop.ui import translations
from async_support import wait_for
from educonnect_desktop.core.audit_labels import ACTION_FAMILIES, details_text
from educonnect_desktop.core.labels import KIND_LABELS, STATE_LABELS, email_state_text
from educonnect_desktop.core.messages import QT_TRANSLATE_NOOP
from educonnect_desktop.services import demo
from educonnect_desktop.services.authentication import BAD_CREDENTIALS
from educonnect_desktop.ui.kiosk import KioskWindow
from educonnect_desktop.ui.translations import current_language, default_language, set_language, translated
from keyboard_support import check_screen, enter, focused, key, tab_to

ARABIC = "\u0600-\u06ff"
FSI, PDI = "\u2068", "\u2069"


@pytest.fixture
def workstation_in_french(qapp):
    set_language(qapp, "fr")
    yield
    set_language(qapp, "fr")  # whatever a test did, the next one starts in French


@pytest.fixture
def kiosk(qtbot, loop, desk, workstation_in_french):
    window = KioskWindow(desk, inactivity_ms=60_000)
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.allow_close = True


def plain(text: str) -> str:
    return text.replace("&", "")


def test_a_family_switches_the_kiosk_to_english_then_arabic_with_the_keyboard(qtbot, loop, kiosk, tmp_path):
    screen = kiosk.start_screen
    bar = screen.findChild(QWidget, "languageBar")
    english = screen.findChild(QPushButton, "language_en_button")
    arabic = screen.findChild(QPushButton, "language_ar_button")
    assert bar.accessibleName() == "Langue" and english.accessibleName() == "English"
    assert plain(screen.login_button.text()) == "Je dispose d'un compte EduConnect"

    tab_to(qtbot, english)
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: plain(screen.login_button.text()) == "I have an EduConnect account", timeout=3000)
    assert current_language() == "en"
    assert plain(screen.activate_button.text()) == "I do not have an EduConnect account"
    assert screen.login_button.accessibleName() == "I have an EduConnect account"
    assert bar.accessibleName() == "Language"
    assert kiosk.windowTitle() == "EduConnect — families' desk"
    assert screen.windowTitle() == "EduConnect — families' desk"  # its title as the workstation's window
    assert focused() is english, "the person stays on the button they pressed"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight

    tab_to(qtbot, arabic)
    enter(qtbot)
    qtbot.waitUntil(lambda: screen.isRightToLeft(), timeout=3000)
    qtbot.waitUntil(lambda: plain(screen.login_button.text()) == "لديّ حساب EduConnect", timeout=3000)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert kiosk.windowTitle() == "EduConnect — استقبال العائلات"
    assert focused() is arabic
    check_screen(qtbot, screen, opens_on=arabic)  # Tab in reading order, right to left; Alt+letters unique

    # The letter route, by keyboard, to the page with the identifier field.
    tab_to(qtbot, screen.activate_button)
    enter(qtbot)
    assert focused() is screen.letter_button
    check_screen(qtbot, screen)
    enter(qtbot)
    wizard = screen.wizard
    identifier = wizard.findChild(QLineEdit, "loginIdentifier")
    password = wizard.findChild(QLineEdit, "loginPassword")
    qtbot.waitUntil(identifier.isVisible, timeout=3000)
    assert wizard.isRightToLeft(), "the page itself is mirrored"
    for field in (identifier, password):
        assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight and not field.isRightToLeft()
    assert wizard.currentPage().title() == "تلقيت رسالة من المؤسسة"
    caption = next(label for label in wizard.currentPage().findChildren(QLabel) if label.buddy() is identifier)
    assert caption.text() == "ال&معرّف:"
    window = kiosk.window()
    assert caption.mapTo(window, QPoint(0, 0)).x() > identifier.mapTo(window, QPoint(0, 0)).x(), (
        "right to left: the caption stands to the right of its field")
    assert focused() is identifier, "the page opens on its first field, as in French"
    check_screen(qtbot, wizard)
    qtbot.keyClicks(identifier, "p.nom1")
    assert identifier.cursorRect().x() > 0 and identifier.text() == "p.nom1"
    assert_nothing_clipped(wizard.currentPage())

    shot = tmp_path / "kiosk-arabic.png"  # docs/screenshots/ has the ones `make screenshots` takes
    assert kiosk.grab().save(str(shot))
    image = kiosk.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
    assert image.width() >= 800 and len(colours) > 10, "a drawn page, not a blank window"

    # The next family: back to the workstation's language, the typed identifier gone.
    screen.reset()
    assert current_language() == "fr" and not screen.isRightToLeft()
    qtbot.waitUntil(lambda: plain(screen.login_button.text()) == "Je dispose d'un compte EduConnect", timeout=3000)
    assert kiosk.windowTitle() == "EduConnect — accueil des familles"
    assert focused() is screen.login_button
    assert screen.wizard is None


def assert_nothing_clipped(root: QWidget) -> None:
    """Every visible one-line label and button is wide enough for its text."""
    short = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QPushButton) or (isinstance(widget, QLabel) and not widget.wordWrap()
                                                and widget.textFormat() != Qt.TextFormat.RichText):
            if widget.width() < widget.minimumSizeHint().width():
                short.append((widget.objectName(), widget.width(), widget.minimumSizeHint().width()))
    assert not short, short


def test_a_familys_language_leaves_with_the_families_window(qtbot, loop, desk, workstation_in_french):
    """At a workstation, the families' window is its own window: closed, the secretary's screens are
    back in the workstation's language, whatever the family chose."""
    from educonnect_desktop.ui.start_screen import StartScreen

    families = StartScreen(desk)
    qtbot.addWidget(families)
    families.show()
    families.activateWindow()
    qtbot.waitUntil(families.isActiveWindow)
    tab_to(qtbot, families.findChild(QPushButton, "language_ar_button"))
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: current_language() == "ar", timeout=3000)
    families.close()
    assert current_language() == "fr" and QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    families.show()  # opened again for the next family: the start screen in French
    assert plain(families.login_button.text()) == "Je dispose d'un compte EduConnect"


def test_the_language_buttons_are_named_and_reachable(kiosk):
    for code, name in (("fr", "Français"), ("en", "English"), ("ar", "العربية")):
        button = kiosk.start_screen.findChild(QPushButton, f"language_{code}_button")
        assert button.text() == name == button.accessibleName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert kiosk.start_screen.findChild(QPushButton, "language_fr_button").font().bold(), "the current one"


def test_the_language_row_is_hidden_during_a_journey(qtbot, kiosk):
    screen = kiosk.start_screen
    screen.start_journey("login")
    assert not screen.language_bar.isVisible()
    screen.end_journey()
    assert screen.language_bar.isVisible()


def test_secretariat_screens_fall_back_to_french_in_arabic(qapp, workstation_in_french):
    from PySide6.QtCore import QCoreApplication

    set_language(qapp, "ar")
    assert QCoreApplication.translate("StartScreen", "Identifiant perdu") == "المعرّف المفقود"
    assert QCoreApplication.translate("AuditView", "Toutes les actions") == "Toutes les actions"
    set_language(qapp, "en")
    assert QCoreApplication.translate("AuditView", "Toutes les actions") == "All actions"


def test_qt_own_dialogs_follow_the_language(qtbot, qapp, workstation_in_french):
    from PySide6.QtWidgets import QDialogButtonBox

    set_language(qapp, "ar")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert re.search(f"[{ARABIC}]", box.buttons()[0].text())
    assert QLocale().language() == QLocale.Language.Arabic


# -- which language at start ----------------------------------------------------------------

def test_the_setting_wins_over_the_system_language(tmp_path):
    config = parse_config('[ui]\nlanguage = "ar"\n', tmp_path / "c.toml")
    assert config.ui.language == "ar" and default_language(config) == "ar"
    assert default_language(parse_config("", tmp_path / "c.toml")) == translations.system_language()


@pytest.mark.parametrize(("system", "expected"), [("en_GB", "en"), ("ar_MA", "ar"), ("fr_FR", "fr"),
                                                  ("de_DE", "fr"), ("C", "fr")])
def test_the_system_language_when_offered_else_french(monkeypatch, system, expected):
    monkeypatch.setattr(translations.QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert translations.system_language() == expected


def test_an_unknown_language_is_refused_in_french(tmp_path):
    with pytest.raises(ConfigError) as refused:
        parse_config('[ui]\nlanguage = "de"\n', tmp_path / "c.toml")
    assert "valeur attendue : fr, en ou ar" in refused.value.message


def test_config_set_ui_language(db_path, tmp_path, monkeypatch):
    config = tmp_path / "poste.toml"
    out = io.StringIO()
    add_staff(db_path)
    password_on_stdin(monkeypatch)
    assert cli(["--db", str(db_path), "--config", str(config), *AS_STAFF, "config", "set", "ui.language", "EN"],
               out=out) == 0
    assert load_config(config).ui.language == "en"
    assert cli(["--db", str(db_path), "--config", str(config), *AS_STAFF, "config", "set", "ui.language", "de"],
               out=out) == 2
    assert load_config(config).ui.language == "en", "nothing half-done"
    shown = io.StringIO()
    assert cli(["--config", str(config), "config", "show"], out=shown) == 0
    assert "ui.language = en" in shown.getvalue()



def test_the_password_field_speaks_english_strength_and_advice_included(qtbot, qapp, workstation_in_french):
    from educonnect_desktop.ui.password_field import PasswordField

    set_language(qapp, "en")
    field = PasswordField(strength_delay_ms=0)  # the real estimator, on its worker thread
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.password_edit, "azerty")
    qtbot.waitUntil(lambda: field.strength_label.text() == "Very weak", timeout=5000)
    advice = field.advice_label.text()
    assert advice and not re.search(r"\b(les|est|vous|votre|des)\b", advice), advice
    assert "Add a word or two" in advice or "Avoid" in advice or "easy to guess" in advice, advice


def test_the_kiosk_starts_in_the_configured_language(qapp, loop, tmp_path, workstation_in_french):
    from PySide6.QtCore import QTimer

    from educonnect_desktop.ui.app import parse_args, run_window

    config = tmp_path / "poste.toml"
    config.write_text('[ui]\nlanguage = "ar"\n', encoding="utf-8")
    seen = {}

    def look_at_the_kiosk():  # while run_window shows it (it is gone once run_window returns)
        kiosks = [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow) and w.isVisible()]
        if not kiosks:
            QTimer.singleShot(5, look_at_the_kiosk)
            return
        screen = kiosks[0].start_screen
        seen.update(text=plain(screen.login_button.text()), rtl=screen.isRightToLeft(),
                    next_family=screen.workstation_language)
        kiosks[0].allow_close = True

    QTimer.singleShot(0, look_at_the_kiosk)
    args = parse_args(["--db", str(tmp_path / "educonnect.sqlite"), "--config", str(config), "--kiosk",
                       "--quit-after-show"])
    assert loop.run_until_complete(run_window(args)) == 0
    assert seen == {"text": "لديّ حساب EduConnect", "rtl": True, "next_family": "ar"}


# -- what the services say (core.messages.Text), read in the window's language ------------

@pytest.fixture
def provisional(db, fast_hashing):
    return {c.identifier: c.provisional_password for c in demo.load_demo(hashing=fast_hashing)}


def choose_language(qtbot, kiosk, language: str) -> None:
    button = kiosk.start_screen.findChild(QPushButton, f"language_{language}_button")
    tab_to(qtbot, button)
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: current_language() == language, timeout=3000)


async def refused_login(qtbot, kiosk, password: str):
    """From the start screen, "I have an account", "l.dupont1", Tab, the password, Enter; after a
    refusal the identifier stays and the focus is back in the (emptied) password field."""
    screen = kiosk.start_screen
    if screen.wizard is None:
        tab_to(qtbot, screen.login_button)
        enter(qtbot)
        await wait_for(lambda: screen.wizard is not None and screen.wizard.current_name() == "login")
        await wait_for(lambda: focused() is screen.wizard.login_page.identifier_edit)
        qtbot.keyClicks(focused(), "l.dupont1")
        key(qtbot, Qt.Key.Key_Tab)
    page = screen.wizard.login_page
    assert focused() is page.password_edit and page.identifier_edit.text() == "l.dupont1"
    qtbot.keyClicks(focused(), password)
    enter(qtbot)  # Enter = "Se connecter"; the previous refusal is hidden at once
    await wait_for(lambda: page.error.isVisible() and not page.busy)
    return page.error.text(), page


def test_a_wrong_password_is_refused_in_english(qtbot, loop, kiosk, provisional):
    choose_language(qtbot, kiosk, "en")

    async def scenario():
        error, page = await refused_login(qtbot, kiosk, "pas-le-bon")
        assert error == "Incorrect identifier or password."
        assert page.error.accessibleDescription() == error, "a screen reader reads the same sentence"
        error, _page = await refused_login(qtbot, kiosk, "pas-le-bon ")
        assert error == ("Incorrect identifier or password. "
                         "Note: the password you typed begins or ends with a space.")

    loop.run_until_complete(scenario())
    assert BAD_CREDENTIALS == "Identifiant ou mot de passe incorrect.", "the services still speak French"


def test_a_family_reads_the_refusal_and_the_wait_in_arabic(qtbot, loop, kiosk, provisional):
    choose_language(qtbot, kiosk, "ar")

    async def scenario():
        for _ in range(5):  # five free failures (core.throttle.TARGET), then a minute's wait
            error, _page = await refused_login(qtbot, kiosk, "pas-le-bon")
            assert error == "المعرّف أو كلمة المرور غير صحيحة."
        error, page = await refused_login(qtbot, kiosk, "pas-le-bon")
        assert error == f"محاولات كثيرة جداً. أعد المحاولة بعد {FSI}1{PDI} دقيقة."
        assert page.isRightToLeft() and page.password_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight

    loop.run_until_complete(scenario())


def test_the_secretariat_labels_are_english_in_english_and_french_in_arabic(qapp, workstation_in_french):
    guardian, waiting = KIND_LABELS["guardian"], email_state_text(True, "pending", True)
    details = details_text({"kind": "guardian", "reason": "bad_credentials", "count": 2})
    set_language(qapp, "en")
    assert translated(guardian) == "Legal guardian" and translated(STATE_LABELS["locked"]) == "Blocked"
    assert translated(waiting) == "Awaiting confirmation — new address awaiting confirmation"
    assert translated(details) == "reason: incorrect identifier or password; count: 2; type: Legal guardian", (
        "in the French order of the names")
    assert translated(ACTION_FAMILIES["auth."]) == "Sign-ins"
    set_language(qapp, "ar")  # the secretariat stays in French in Arabic
    assert translated(guardian) == "Représentant légal"
    assert translated(details) == ("motif : identifiant ou mot de passe incorrect ; nombre : 2 ; "
                                   "type : Représentant légal")
    set_language(qapp, "fr")
    assert translated(details) == details


def test_counts_follow_the_rule_of_the_window_language(qapp, workstation_in_french):
    from educonnect_desktop.services.roster_text import result_lines

    lines = result_lines(SimpleNamespace(establishment_created=False, uai="0751234A", students_created=0,
                                         guardians_created=1, passwords_issued=2, students_updated=0,
                                         guardians_updated=0, students_left=0, links_added=0, links_changed=0,
                                         links_removed=0, rejected=0))
    assert lines[0] == "Comptes créés : 0 élève, 1 responsable ; 2 mots de passe provisoires."
    set_language(qapp, "en")
    assert translated(lines[0]) == "Accounts created: 0 pupils, 1 guardian; 2 temporary passwords."


def test_the_sync_status_reads_in_english(qapp, workstation_in_french):
    from datetime import datetime, timedelta, timezone

    from educonnect_desktop.ui.secretariat.sync_status_text import SyncView, describe

    now = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
    view = SyncView(enrolled=True, server="https://central.example", last_success=now - timedelta(minutes=5),
                    waiting=2, conflicts=[object()])
    line, detail = describe(view, now)
    assert line == "Synchronisé il y a 5 min — 2 modifications en attente · 1 conflit à traiter"
    set_language(qapp, "en")
    assert translated(line) == "Synced 5 min ago — 2 changes waiting · 1 conflict to settle"
    assert translated(detail) == "Central server: https://central.example. Last successful sync 5 min ago."


def test_a_text_nobody_translated_shows_its_french_filled_in(qapp, workstation_in_french):
    set_language(qapp, "en")
    unknown = QT_TRANSLATE_NOOP("StaffMessages", "Phrase inconnue « {x} ».").format(x="y")
    assert translated(unknown) == "Phrase inconnue « y »." and translated("texte brut") == "texte brut"


def test_the_kiosk_started_from_the_command_line_names_its_school_above_the_menu(
        qapp, loop, tmp_path, workstation_in_french):
    """`educonnect-desktop --kiosk` on a school's database: once it is open, the start screen's
    header names the school (not the demo one), above the first button."""
    from PySide6.QtCore import QTimer

    from educonnect_desktop.services import demo
    from educonnect_desktop.store import open_database
    from educonnect_desktop.store.models import Establishment
    from educonnect_desktop.ui.app import parse_args, run_window

    path = tmp_path / "educonnect.sqlite"
    database = open_database(path)
    Establishment.create(uai="0999999X", name=demo.DEMO_NAME, is_demo=True)
    Establishment.create(uai="0751234A", name="Collège Jean Moulin")
    database.close()
    seen = {}

    def look_at_the_kiosk():  # while run_window shows it (it is gone once run_window returns)
        kiosks = [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow) and w.isVisible()]
        header = kiosks[0].start_screen.school_header if kiosks else None
        if header is None or header.isHidden():
            QTimer.singleShot(5, look_at_the_kiosk)
            return
        screen = kiosks[0].start_screen
        button_top = screen.login_button.mapTo(screen, screen.login_button.rect().topLeft()).y()
        seen.update(text=header.text(), above=header.geometry().bottom() < button_top,
                    named=bool(header.accessibleName()), focus=QApplication.focusWidget() is screen.login_button)
        kiosks[0].allow_close = True
        kiosks[0].close()

    QTimer.singleShot(0, look_at_the_kiosk)
    args = parse_args(["--db", str(path), "--kiosk"])
    assert loop.run_until_complete(asyncio.wait_for(run_window(args), timeout=30)) == 0
    assert seen == {"text": "Collège Jean Moulin", "above": True, "named": True, "focus": True}, seen
