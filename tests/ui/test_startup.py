"""What the desktop does before its first window shows (see bench/README.md, "Start-up").

The GUI runs in a subprocess, as a person starts it: a fresh interpreter, the real
`educonnect-desktop` entry point, `--quit-after-show`. An event filter installed by the
test (not by the application) takes a snapshot of `sys.modules` at the first paint of a
window, so the assertion is about what was really loaded, not about time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

SPY = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from educonnect_desktop.ui import theme

    app = QApplication(theme.application_arguments(sys.argv[0]))  # as `main` makes it

    class FirstPaintSpy(QObject):
        modules = None
        window = None
        shown = []

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Show and watched.isWidgetType() and watched.isWindow():
                self.shown.append(type(watched).__name__)
            if (self.modules is None and event.type() == QEvent.Type.Paint and watched.isWidgetType()
                    and watched.isWindow()):
                self.modules = sorted(name for name, module in sys.modules.items() if module is not None)
                self.window = watched
            return False

    spy = FirstPaintSpy()
    app.installEventFilter(spy)
    from educonnect_desktop.ui.app import main

    code = main(sys.argv[1:])
    window = spy.window
    print(json.dumps({"code": code, "modules": spy.modules, "window": type(window).__name__, "shown": spy.shown,
                      "attached": bool(getattr(window, "attached", False)),
                      "staff_view_in_window": getattr(window, "staff_view", None) is not None
                                              and window.isAncestorOf(window.staff_view)}))
""")

# Needed later (a journey, a message to send, a password typed), never for the first paint.
# psycopg: peewee would import the central server's driver if it is installed (never needed here).
DEFERRED = ("phonenumbers", "email_validator", "httpx", "aiosmtplib", "zxcvbn", "keyring", "pypdf", "psycopg",
            "educonnect_desktop.messaging", "educonnect_desktop.core.strength", "educonnect_desktop.core.contact",
            "educonnect_desktop.ui.password_field", "educonnect_desktop.ui.my_account.view",
            "educonnect_desktop.ui.login.wizard", "educonnect_desktop.ui.registration",
            "educonnect_desktop.ui.recovery", "educonnect_desktop.ui.secretariat.workspace")
# The main window is painted in its opening state before these too: the event loop and its
# Qt bridge, the database layer, the services and the widgets built inside the window after
# the paint (the staff login, the first start); tomllib waits for a configuration file.
AFTER_THE_PAINT = ("asyncio", "qasync", "concurrent.futures", "peewee", "sqlcipher3", "argon2", "tomllib",
                   "tomli_w", "educonnect_desktop.store", "educonnect_desktop.services", "educonnect_desktop.core",
                   "educonnect_desktop.secret_store", "educonnect_desktop.ui.desk",
                   "educonnect_desktop.ui.secretariat", "educonnect_desktop.ui.first_run",
                   "educonnect_desktop.ui.credentials_view", "educonnect_desktop.ui.keyboard",
                   "educonnect_desktop.ui.kiosk", "educonnect_desktop.ui.start_screen")


def _among(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return sorted(name for name in modules if name in names or name.startswith(tuple(f"{n}." for n in names)))


def _environment(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    for name in ("PYTHON_KEYRING_BACKEND", "EDUCONNECT_CONFIG", "EDUCONNECT_DB"):
        env.pop(name, None)
    return env


def _create_administrator(tmp_path) -> None:
    init = subprocess.run([sys.executable, "-m", "educonnect_desktop", "--db", str(tmp_path / "start.sqlite"),
                           "init", "--first-name", "Anne", "--last-name", "Martin"],
                          input="Secretariat-Demo-42\n", capture_output=True, text=True, timeout=60,
                          env=_environment(tmp_path))
    assert init.returncode == 0, init.stderr


def run_until_first_paint(tmp_path, *args: str) -> dict:
    result = subprocess.run([sys.executable, "-c", SPY, "--db", str(tmp_path / "start.sqlite"),
                             "--quit-after-show", *args],
                            capture_output=True, text=True, timeout=90, env=_environment(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "first-paint-monotonic" in result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("with_admin", [False, True], ids=["empty database", "staff login"])
def test_the_first_window_shows_before_the_heavy_modules_load(tmp_path, with_admin):
    if with_admin:
        _create_administrator(tmp_path)
    report = run_until_first_paint(tmp_path)
    assert report["code"] == 0
    modules = report["modules"]
    assert modules, "no window was painted"
    assert "educonnect_desktop.ui.main_window" in modules  # the snapshot is of the real start
    assert _among(modules, DEFERRED) == []
    assert _among(modules, AFTER_THE_PAINT) == []


# PySide6 builds a class, with all its enums, on first access: the `Qt` namespace costs 25-30 ms,
# QStyle (wrapping what `setStyle` returns) 9-10 ms, QMessageBox 2-3 ms. No event filter on the
# whole application here: PySide6 would wrap every object it is shown (the style included).
BUILT_AT_PAINT = textwrap.dedent("""
    import json, sys
    from PySide6 import QtCore, QtWidgets

    import educonnect_desktop.ui.first_show as first_show
    from educonnect_desktop.ui.app import main

    EXPENSIVE = {"Qt": QtCore, "QStyle": QtWidgets, "QMessageBox": QtWidgets}
    lazy = all(name not in vars(module) for name, module in EXPENSIVE.items())
    seen = {}
    wait = first_show.wait_for_first_paint

    def wait_and_look(window, **options):
        wait(window, **options)
        seen["built"] = sorted(name for name, module in EXPENSIVE.items() if name in vars(module))

    first_show.wait_for_first_paint = wait_and_look
    code = main(sys.argv[1:])
    print(json.dumps({"code": code, "lazy": lazy, **seen}))
""")


def test_the_first_paint_builds_none_of_the_expensive_pyside_classes_that_can_wait(tmp_path):
    result = subprocess.run([sys.executable, "-c", BUILT_AT_PAINT, "--db", str(tmp_path / "start.sqlite"),
                             "--quit-after-show"], capture_output=True, text=True, timeout=90,
                            env=_environment(tmp_path))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    if report["lazy"]:  # a PySide6 that builds every class at import leaves nothing to check
        assert report["built"] == []


def test_the_first_painted_window_is_the_main_window_the_person_then_uses(tmp_path):
    """No splash screen replaced later: the window painted first is the one the staff login
    and the overview are built into, and no other window shows during the start."""
    report = run_until_first_paint(tmp_path)
    assert report["window"] == "MainWindow"
    assert report["shown"] == ["MainWindow"]
    assert report["attached"] and report["staff_view_in_window"]


# The kiosk paints its start screen before the same modules, its own three aside.
KIOSK_PAINT = ("educonnect_desktop.ui.kiosk", "educonnect_desktop.ui.start_screen", "educonnect_desktop.ui.keyboard")


def test_the_kiosk_is_painted_before_the_services_and_the_journeys_load(tmp_path):
    report = run_until_first_paint(tmp_path, "--kiosk")
    assert report["code"] == 0
    modules = report["modules"]
    assert "educonnect_desktop.ui.kiosk" in modules
    assert report["window"] == "KioskWindow" and report["shown"] == ["KioskWindow"]
    assert _among(modules, DEFERRED) == []
    assert _among(modules, tuple(name for name in AFTER_THE_PAINT if name not in KIOSK_PAINT)) == []


def test_a_keyring_that_never_answers_does_not_hold_the_window(tmp_path):
    """Opening the database reads its key from the keyring: the window is painted first."""
    support = Path(__file__).resolve().parent.parent / "support"
    env = {**_environment(tmp_path), "PYTHON_KEYRING_BACKEND": "blocking_keyring.BlockingKeyring",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(support), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen([sys.executable, "-m", "educonnect_desktop.ui.app", "--db",
                                str(tmp_path / "start.sqlite"), "--quit-after-show"],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(process.stderr), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not any("first-paint-monotonic" in line for line in lines):
            assert process.poll() is None, "".join(lines)  # still waiting for the keyring, window shown
            time.sleep(0.1)
        assert any("first-paint-monotonic" in line for line in lines), "".join(lines)
        assert process.poll() is None  # the database is still waiting for its key
    finally:
        process.kill()
        process.wait(timeout=30)


def test_the_application_ends_cleanly_on_an_encrypted_database(tmp_path):
    """With a working keyring the database is encrypted (sqlcipher3); its connections live in
    worker threads, and ending the application must not abort the interpreter."""
    support = Path(__file__).resolve().parent.parent / "support"
    env = {**_environment(tmp_path), "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
           "EDUCONNECT_TEST_KEYRING": str(tmp_path / "keyring.json"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(support), os.environ.get("PYTHONPATH")]))}
    database = tmp_path / "start.sqlite"
    for _ in range(2):  # created encrypted, then opened again with its key
        result = subprocess.run([sys.executable, "-m", "educonnect_desktop.ui.app", "--db", str(database),
                                 "--quit-after-show"], capture_output=True, text=True, timeout=90, env=env)
        assert result.returncode == 0 and "Fatal Python error" not in result.stderr, result.stderr
    assert not database.read_bytes().startswith(b"SQLite format 3")  # it really was encrypted


PERSON = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    seen = {}

    def once_the_login_shows():
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
        ready = (windows and windows[0].attached and windows[0].pages.currentWidget() is windows[0].staff_view
                 and windows[0].staff_view.currentWidget() is windows[0].staff_view.login_panel)
        if not ready:
            QTimer.singleShot(20, once_the_login_shows)
            return
        focus = QApplication.focusWidget()
        seen["focus"] = focus.objectName() if focus is not None else None
        QTest.keyClick(focus or windows[0], Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(0, once_the_login_shows)
    from educonnect_desktop.ui.app import main

    code = main(sys.argv[1:])
    print(json.dumps({"code": code, **seen}))
""")


def test_once_ready_the_focus_is_in_the_staff_login_and_ctrl_q_ends_the_program(tmp_path):
    """The window painted early, the rest built inside it: the person then types as before."""
    _create_administrator(tmp_path)
    result = subprocess.run([sys.executable, "-c", PERSON, "--db", str(tmp_path / "start.sqlite")],
                            capture_output=True, text=True, timeout=90, env=_environment(tmp_path))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"code": 0, "focus": "staffLoginIdentifier"}


CLOSED_AT_ONCE = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    class CloseAtFirstPaint(QObject):
        shown = []

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Show and watched.isWidgetType() and watched.isWindow():
                self.shown.append(type(watched).__name__)
            if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.isWindow():
                QTimer.singleShot(0, watched.close)  # the person closes it before the rest is built
            return False

    spy = CloseAtFirstPaint()
    app.installEventFilter(spy)
    from educonnect_desktop.ui.app import main

    code = main(sys.argv[1:])
    print(json.dumps({"code": code, "shown": spy.shown}))
""")


def test_a_window_closed_during_the_start_ends_the_program_without_offering_the_first_start(tmp_path):
    result = subprocess.run([sys.executable, "-c", CLOSED_AT_ONCE, "--db", str(tmp_path / "start.sqlite")],
                            capture_output=True, text=True, timeout=90, env=_environment(tmp_path))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"code": 0, "shown": ["MainWindow"]}  # no first start dialog after the window went
