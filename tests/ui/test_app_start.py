"""Starting the window on a database the keyring cannot open: a French message, no traceback."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from educonnect_desktop.secret_store import MemorySecretStore
from educonnect_desktop.store import open_database
from educonnect_desktop.ui.app import parse_args, run_window


def test_an_encrypted_database_without_its_key_says_so_in_french(qapp, loop, tmp_path):
    path = tmp_path / "educonnect.sqlite"
    open_database(path, secrets=MemorySecretStore()).close()  # encrypted with a key this session lacks
    seen = []

    def read_and_close_the_message():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, read_and_close_the_message)
            return
        seen.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Return)  # the person presses Enter

    QTimer.singleShot(20, read_and_close_the_message)
    assert loop.run_until_complete(run_window(parse_args(["--db", str(path)]))) == 2
    assert len(seen) == 1
    assert "est chiffrée" in seen[0] and "trousseau système" in seen[0] and "Traceback" not in seen[0]


def _main_window_of(path, qtbot):
    """The window run_window made for `path`, handed to qtbot so that it is deleted with the test."""
    from educonnect_desktop.ui.main_window import MainWindow

    [window] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and str(path) in w.database_label.text()]
    qtbot.addWidget(window)
    return window


def test_a_database_left_clear_for_want_of_a_keyring_is_said_in_the_window(qapp, qtbot, loop, tmp_path):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    path = tmp_path / "educonnect.sqlite"
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        assert loop.run_until_complete(run_window(parse_args(["--db", str(path), "--quit-after-show"]))) == 0
    finally:
        keyring.set_keyring(previous)
    warning = _main_window_of(path, qtbot).unencrypted_warning
    assert warning.objectName() == "unencryptedWarning" and warning.accessibleName()
    assert not warning.isHidden() and "n'est pas chiffrée" in warning.text() and "trousseau" in warning.text()


def test_an_encrypted_database_shows_no_such_warning(qapp, qtbot, loop, tmp_path):
    path = tmp_path / "educonnect.sqlite"
    assert loop.run_until_complete(run_window(parse_args(["--db", str(path), "--quit-after-show"]))) == 0
    assert _main_window_of(path, qtbot).unencrypted_warning.isHidden()
