"""Old ATEN accounts imported from the secretariat's import dialog, at the keyboard."""

import pytest
from PySide6.QtCore import Qt

from async_support import wait_for
from educonnect_desktop.services import setup, staff
from educonnect_desktop.store.models import AuditEvent, LegacyAccount
from educonnect_desktop.ui.secretariat.import_dialog import ImportDialog

PASSWORD = "Secr3tariat!"


@pytest.fixture
def import_dialog(qtbot, loop, desk, db, fast_hashing, tmp_path):
    admin = setup.create_first_administrator("Anne", "Martin", PASSWORD, hashing=fast_hashing)
    session = staff.staff_login(admin.identifier, PASSWORD, hashing=fast_hashing)
    dialog = ImportDialog(desk, session, None, choose_files=lambda parent, kind: [])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


async def analyse(qtbot, dialog, path) -> None:
    dialog.path_edit.setFocus()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.path_edit, str(path))
    before = dialog.finished_tasks
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    await wait_for(lambda: dialog.finished_tasks > before)


def test_aten_accounts_are_previewed_then_imported(qtbot, loop, import_dialog, tmp_path):
    csv = tmp_path / "aten.csv"
    csv.write_text("login;password;siecle_id\nadupont;Soleil-2010;1001\nbmartin;Lune-2011;1002\n"
                   "adupont;autre;1003\nincomplet;;\n", encoding="utf-8")

    async def scenario():
        press(qtbot, import_dialog.legacy_button)
        dialog = import_dialog.legacy_dialog
        assert dialog.isVisible() and dialog.windowTitle() == "Importer les anciens comptes ATEN"
        await analyse(qtbot, dialog, csv)
        text = dialog.summary.toPlainText()
        assert "Comptes à importer : 2" in text and "Lignes refusées (2) :" in text
        assert "identifiant « adupont » en double" in text
        assert LegacyAccount.select().count() == 0, "the preview writes nothing"
        assert dialog.import_button.hasFocus()
        before = dialog.finished_tasks
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
        await wait_for(lambda: dialog.finished_tasks > before)
        assert not dialog.error.isVisible(), dialog.error.text()
        text = dialog.summary.toPlainText()
        assert "Import terminé : 2 compte(s) enregistré(s)" in text and "Supprimez maintenant le fichier" in text

    loop.run_until_complete(scenario())
    assert {a.login for a in LegacyAccount.select()} == {"adupont", "bmartin"}
    assert all("Soleil" not in a.password_hash for a in LegacyAccount.select())
    event = AuditEvent.get(AuditEvent.action == "legacy.import")
    assert event.actor == "a.martin1"


def test_a_bad_file_gets_a_french_reason_and_nothing_changes(qtbot, loop, import_dialog, tmp_path):
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    wrong = tmp_path / "liste.csv"
    wrong.write_text("nom,prenom\nDupont,Jean\n", encoding="utf-8")

    async def scenario():
        press(qtbot, import_dialog.legacy_button)
        dialog = import_dialog.legacy_dialog
        await analyse(qtbot, dialog, binary)
        assert dialog.error.text() == "photo.csv n'est pas un fichier texte CSV (login;password;siecle_id)."
        assert not dialog.import_button.isEnabled()
        await analyse(qtbot, dialog, wrong)
        assert dialog.error.text().startswith("liste.csv ne contient aucune ligne utilisable")
        await analyse(qtbot, dialog, tmp_path / "absent.csv")
        assert dialog.error.text().startswith("Impossible de lire absent.csv")
        assert "Traceback" not in dialog.error.text()

    loop.run_until_complete(scenario())
    assert LegacyAccount.select().count() == 0
