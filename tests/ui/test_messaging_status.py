"""Saying the true thing about SMS and e-mail: the family sees "indisponible", staff see why.

A workstation with an SMS gateway configured but no usable keyring used to tell families
"aucun service d'envoi de SMS n'y est configuré" while `educonnect config show` said
"SMS : configurés". Now both tell the truth, each to whom it concerns.
"""

import os
import subprocess
import sys

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt

from async_support import wait_for
from educonnect_desktop.config import AppConfig, SmsConfig, SmtpConfig
from educonnect_desktop.messaging.channel_status import ChannelState
from educonnect_desktop.secret_store import SMS_TOKEN, KeyringSecretStore
from educonnect_desktop.services import demo
from educonnect_desktop.ui.desk import Desk
from educonnect_desktop.ui.registration.wizard import RegistrationWizard
from test_secretariat_workspace import open_as_admin, school  # noqa: F401

GATEWAY = SmsConfig(url="https://sms.exemple.fr/v1")
MAIL = SmtpConfig(host="smtp.exemple.fr", from_address="secretariat@exemple.fr", username="secretariat")


@pytest.fixture
def keyringless_desk(db, fast_hashing):
    """SMS and SMTP configured, but the keyring is the "fail" backend (a headless session)."""
    secrets = KeyringSecretStore(backend=keyring.backends.fail.Keyring())
    desk = Desk(hashing=fast_hashing, config=AppConfig(smtp=MAIL, sms=GATEWAY), secrets=secrets)
    yield desk
    desk.close()


def test_the_statuses_tell_apart_unconfigured_unreadable_missing_and_ready(db, fast_hashing):
    store = KeyringSecretStore()
    cases = {
        "nothing": (AppConfig(), ChannelState.NOT_CONFIGURED),
        "no keyring": (AppConfig(sms=GATEWAY), None),
        "token missing": (AppConfig(sms=GATEWAY), ChannelState.SECRET_MISSING),
    }
    for name, (config, expected) in cases.items():
        secrets = KeyringSecretStore(backend=keyring.backends.fail.Keyring()) if expected is None else store
        desk = Desk(hashing=fast_hashing, config=config, secrets=secrets)
        status = desk.channel_statuses()["sms"]
        desk.close()
        assert status.state == (expected or ChannelState.SECRET_UNREADABLE), name
        assert not status.available and status.reason
    store.set(SMS_TOKEN, "jeton")
    desk = Desk(hashing=fast_hashing, config=AppConfig(sms=GATEWAY), secrets=store)
    assert desk.check_sms().result(timeout=10) is True  # asked on the database thread
    assert desk.channel_statuses()["sms"].available and desk.sms_available()
    desk.close()


def test_the_family_reads_indisponible_without_a_false_reason(qtbot, loop, keyringless_desk, fast_hashing):
    demo.load_demo(hashing=fast_hashing)
    wizard = RegistrationWizard(keyringless_desk)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.current_page_name() == "unavailable"
    text = wizard.unavailable_page.message.text()
    assert "indisponible" in text
    assert "configuré" not in text and "trousseau" not in text, "no staff reason, no false reason"


def test_staff_see_why_in_the_workspace(qtbot, loop, school, keyringless_desk, db_path):
    from educonnect_desktop.ui.main_window import MainWindow

    window = MainWindow(keyringless_desk, db_path)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        label = workspace.messaging_status
        await wait_for(lambda: label.checks >= 1)
        assert label.isVisible()
        assert "SMS indisponibles" in label.text() and "E-mails indisponibles" in label.text()
        assert "keyring.backends.fail.Keyring" in label.text(), "the reason: no usable keyring"
        workspace.logout_button.setFocus()
        qtbot.keyClick(workspace.logout_button, Qt.Key.Key_Space)
        await window.staff_view.settle()

    loop.run_until_complete(scenario())


def test_config_show_says_the_secret_is_unreadable(tmp_path):
    path = tmp_path / "poste.toml"
    path.write_text('[sms]\nurl = "https://sms.exemple.fr/v1"\n', encoding="utf-8")
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    result = subprocess.run([sys.executable, "-m", "educonnect_desktop", "--config", str(path), "config", "show"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    sms_line = next(line for line in result.stdout.splitlines() if line.startswith("SMS :"))
    assert sms_line.startswith("SMS : configurés, mais le secret est illisible"), sms_line
    assert "keyring.backends.fail.Keyring" in sms_line
    email_line = next(line for line in result.stdout.splitlines() if line.startswith("E-mails :"))
    assert email_line == "E-mails : non configurés (ils restent en attente)"
