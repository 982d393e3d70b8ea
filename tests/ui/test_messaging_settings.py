"""The administrator's messaging settings, typed at the keyboard, and a real test message.

The test e-mail reaches a real SMTP server (aiosmtpd) and the test SMS a real HTTP
gateway (pytest-httpserver), both on 127.0.0.1; the secrets land in the keyring (the
tests' in-memory backend), the settings in the TOML file, every change in the audit log.
"""

import asyncio
import tomllib

import pytest
import shiboken6
from PySide6.QtCore import Qt

from async_support import wait_for
from educonnect_desktop.config import AppConfig
from educonnect_desktop.secret_store import SMS_TOKEN, KeyringSecretStore
from educonnect_desktop.services import setup, staff
from educonnect_desktop.store.models import AuditEvent
from educonnect_desktop.ui.desk import Desk
from educonnect_desktop.ui.main_window import MainWindow
from smtp_support import local_smtp
from test_secretariat_workspace import ADMIN_PASSWORD, open_as_admin, school  # noqa: F401

TOKEN = "tok-settings-42"


@pytest.fixture
def settings_window(qtbot, loop, db, db_path, school, tmp_path, fast_hashing):
    config_path = tmp_path / "poste.toml"
    desk = Desk(hashing=fast_hashing, config=AppConfig(path=config_path), secrets=KeyringSecretStore())
    window = MainWindow(desk, db_path)
    qtbot.addWidget(window)
    window.resize(1300, 760)
    window.show()
    yield window, desk, config_path
    desk.close()


def press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def type_into(qtbot, edit, text) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


async def open_settings(qtbot, window):
    workspace = await open_as_admin(qtbot, window)
    press(qtbot, workspace.settings_button)
    dialog = workspace.open_dialog
    assert dialog.objectName() == "messagingSettingsDialog" and dialog.isVisible()
    await wait_for(lambda: dialog.finished_tasks >= 1)
    return workspace, dialog


def test_settings_send_a_real_test_email_and_sms(qtbot, loop, settings_window, httpserver):
    window, desk, config_path = settings_window
    httpserver.expect_request("/v1/sms", method="POST").respond_with_json({"id": "prov-1"}, status=202)

    async def scenario(smtp):
        workspace, dialog = await open_settings(qtbot, window)
        assert "Serveur SMTP non configuré" in dialog.status_label.text()
        type_into(qtbot, dialog.edits["smtp.host"], "127.0.0.1")
        type_into(qtbot, dialog.edits["smtp.port"], str(smtp.port))
        dialog.security_combo.setFocus()
        qtbot.keyClick(dialog.security_combo, Qt.Key.Key_End)  # "Sans chiffrement"
        type_into(qtbot, dialog.edits["smtp.from_address"], "secretariat@college-test.fr")
        type_into(qtbot, dialog.edits["sms.url"], httpserver.url_for("/v1/sms"))
        type_into(qtbot, dialog.secret_edits["sms.token"], TOKEN)
        type_into(qtbot, dialog.test_recipient, "anne.martin@college-test.fr")
        before = dialog.finished_tasks
        qtbot.keyClick(dialog.test_recipient, Qt.Key.Key_Return)
        await wait_for(lambda: dialog.finished_tasks > before, timeout=20)
        assert not dialog.error.isVisible(), dialog.error.text()
        assert "Message de test envoyé à a***@college-test.fr" in dialog.notice.text()
        assert [m["To"] for m in smtp.mailbox.messages] == ["anne.martin@college-test.fr"]
        assert "message de test" in smtp.mailbox.messages[0]["Subject"]

        dialog.test_channel.setFocus()
        qtbot.keyClick(dialog.test_channel, Qt.Key.Key_Down)  # SMS
        type_into(qtbot, dialog.test_recipient, "06 12 34 56 78")
        before = dialog.finished_tasks
        press(qtbot, dialog.test_button)
        await wait_for(lambda: dialog.finished_tasks > before, timeout=20)
        assert not dialog.error.isVisible(), dialog.error.text()
        request, _ = httpserver.log[-1]
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"
        assert request.get_json()["to"] == "+33612345678"
        assert "E-mails et SMS peuvent partir de ce poste." == dialog.status_label.text()
        assert dialog.secret_edits["sms.token"].text() == "", "a secret is never shown back"

    with local_smtp() as smtp:
        loop.run_until_complete(scenario(smtp))

    saved = tomllib.loads(config_path.read_text(encoding="utf-8"))
    assert saved["smtp"]["host"] == "127.0.0.1" and saved["smtp"]["security"] == "plain"
    assert TOKEN not in config_path.read_text(encoding="utf-8")
    assert KeyringSecretStore().get(SMS_TOKEN) == TOKEN
    assert desk.config.sms.url == httpserver.url_for("/v1/sms"), "the running desk uses the new settings"
    changes = {(e.actor, e.action, e.details)
               for e in AuditEvent.select().where(AuditEvent.action.startswith("config."))}
    assert ("a.martin1", "config.changed", '{"key": "smtp.host"}') in changes
    assert ("a.martin1", "config.secret_changed", '{"key": "sms.token"}') in changes
    assert all(TOKEN not in (e.details or "") for e in AuditEvent.select())
    tests = [(e.actor, e.outcome) for e in AuditEvent.select().where(AuditEvent.action == "messaging.test_sent")]
    assert tests == [("a.martin1", "success"), ("a.martin1", "success")]


def test_a_wrong_value_is_refused_in_french_and_nothing_is_written(qtbot, loop, settings_window):
    window, desk, config_path = settings_window

    async def scenario():
        workspace, dialog = await open_settings(qtbot, window)
        type_into(qtbot, dialog.edits["smtp.host"], "smtp.exemple.fr")
        type_into(qtbot, dialog.edits["smtp.port"], "abc")
        before = dialog.finished_tasks
        press(qtbot, dialog.save_button)
        await wait_for(lambda: dialog.finished_tasks > before)
        assert dialog.error.isVisible() and "smtp.port" in dialog.error.text()
        assert not config_path.exists(), "one wrong value writes nothing"

        type_into(qtbot, dialog.edits["smtp.port"], "2525")
        type_into(qtbot, dialog.test_recipient, "pas-une-adresse")
        before = dialog.finished_tasks
        press(qtbot, dialog.test_button)
        await wait_for(lambda: dialog.finished_tasks > before)
        assert "n'est pas valide" in dialog.error.text()

    loop.run_until_complete(scenario())


def test_the_service_refuses_a_secretary(db, fast_hashing, tmp_path):
    from educonnect_desktop.services.staff import PermissionDenied
    from educonnect_desktop.services.messaging_settings import save_settings

    setup.create_first_administrator("Anne", "Martin", ADMIN_PASSWORD, hashing=fast_hashing)
    admin = staff.staff_login("a.martin1", ADMIN_PASSWORD, hashing=fast_hashing)
    issued = staff.create_staff(admin, "Paul", "Durand", "secretariat", hashing=fast_hashing)
    secretary = staff.staff_login(issued.identifier, issued.provisional_password, hashing=fast_hashing)
    with pytest.raises(PermissionDenied, match="réservée aux administrateurs"):
        save_settings(secretary, tmp_path / "poste.toml", {"smtp.host": "smtp.exemple.fr"}, KeyringSecretStore())
    assert not (tmp_path / "poste.toml").exists()


def test_the_new_dialogs_are_named_and_labelled(qtbot, loop, desk, db, fast_hashing):
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

    from a11y_support import interactive_widgets
    from educonnect_desktop.ui.secretariat.legacy_import_dialog import LegacyImportDialog
    from educonnect_desktop.ui.secretariat.messaging_settings_dialog import MessagingSettingsDialog

    setup.create_first_administrator("Anne", "Martin", ADMIN_PASSWORD, hashing=fast_hashing)
    admin = staff.staff_login("a.martin1", ADMIN_PASSWORD, hashing=fast_hashing)
    for dialog_class, count in ((MessagingSettingsDialog, 12), (LegacyImportDialog, 4)):
        dialog = dialog_class(desk, admin)
        qtbot.addWidget(dialog)
        if isinstance(dialog, MessagingSettingsDialog):
            loop.run_until_complete(wait_for(lambda: dialog.finished_tasks >= 1))
        widgets = [w for w in interactive_widgets(dialog) if not isinstance(w.parentWidget(), QComboBox)
                   and not w.metaObject().className() in ("QListView", "QComboBoxPrivateContainer")
                   and not isinstance(w.parentWidget().parentWidget() if w.parentWidget() else None, QComboBox)]
        assert len(widgets) > count
        for widget in widgets:
            assert widget.objectName() and widget.accessibleName(), widget
        buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
        for edit in dialog.findChildren(QLineEdit):
            if not isinstance(edit.parentWidget(), QComboBox):
                assert edit in buddies, edit.objectName()


def test_closing_the_dialog_before_it_has_loaded_raises_nothing(qtbot, loop, settings_window):
    """Escape while the settings are still being read: the answer arrives to no widget."""
    window, desk, _ = settings_window

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        press(qtbot, workspace.settings_button)
        dialog = workspace.open_dialog
        assert dialog.finished_tasks == 0, "the test must close it before the first load is done"
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        await desk.call(lambda: None)  # the load's service call has answered by now
        await wait_for(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
        for _ in range(10):
            await asyncio.sleep(0.02)  # let the load's continuation run (pytest-qt fails on its exception)

    loop.run_until_complete(scenario())
