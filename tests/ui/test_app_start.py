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
