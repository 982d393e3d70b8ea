"""Qt session helpers shared by the UI tests and the central server's window tests: a qasync
loop on pytest-qt's QApplication, and a staff login typed like a person does."""

import asyncio

import pytest
import qasync
from PySide6.QtCore import Qt

from async_support import wait_for


@pytest.fixture
def loop(qapp):
    event_loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.close()
    asyncio.set_event_loop(None)


async def log_in(qtbot, window, identifier, password):
    """Type the credentials, press Enter, wait for the answer."""
    panel = window.staff_view.login_panel
    attempts = panel.attempts
    panel.identifier_edit.setText(identifier)
    qtbot.keyClicks(panel.password_edit, password)
    qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
    await wait_for(lambda: panel.attempts == attempts + 1)
