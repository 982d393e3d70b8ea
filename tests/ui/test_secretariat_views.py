"""Secretariat screens driven like staff at the workstation: import, outbox, audit log, letters."""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QPlainTextEdit

from async_support import wait_for
from educonnect_desktop.config import SmsConfig, SmtpConfig
from educonnect_desktop.messaging import outbox
from educonnect_desktop.messaging.delivery import deliver_due
from educonnect_desktop.messaging.sms_gateway import SmsGatewaySender
from educonnect_desktop.messaging.smtp import SmtpSender
from educonnect_desktop.secret_store import SMS_TOKEN, MemorySecretStore
from educonnect_desktop.services import audit_log, roster_import, setup
from educonnect_desktop.services.authentication import InvalidCredentials
from educonnect_desktop.services.staff import staff_login
from educonnect_desktop.store.models import Account, AccountKind, OutboxMessage, database_proxy
from educonnect_desktop.ui.secretariat import audit_view as audit_module
from educonnect_desktop.ui.secretariat.audit_view import AuditView
from educonnect_desktop.ui.secretariat.class_letters_dialog import ClassLettersDialog
from educonnect_desktop.ui.secretariat.import_dialog import FILES, PREVIEW, RESULT, ImportDialog
from educonnect_desktop.ui.secretariat.outbox_view import OutboxView
from educonnect_desktop.ui.translations import set_language
from keyboard_support import focused, key, tab_to
from smtp_support import free_port

pytestmark = pytest.mark.timeout(60)

DATA = Path(__file__).parents[1] / "importers" / "data"
SIECLE = [DATA / "ElevesSansAdresses.xml", DATA / "ResponsablesAvecAdresses.xml"]
PASSWORD = "Tournesol#Violet42"
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


@pytest.fixture
def staff(db, fast_hashing):
    admin = setup.create_first_administrator("Sophie", "Martin", PASSWORD, hashing=fast_hashing)
    return staff_login(admin.identifier, PASSWORD, hashing=fast_hashing)


@pytest.fixture
def keep(qtbot):
    """qtbot holds weak references only: the test keeps its widgets alive here."""
    widgets = []

    def keeping(widget):
        widgets.append(widget)
        qtbot.addWidget(widget)
        widget.show()
        return widget

    yield keeping
    widgets.clear()


def run(loop, scenario) -> None:
    loop.run_until_complete(scenario())


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


async def finish(dialog, action) -> None:
    """Start a dialog action and wait until its task ended, whatever the outcome."""
    before = dialog.finished_tasks
    action()
    await wait_for(lambda: dialog.finished_tasks > before)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def screen_texts(widget) -> str:
    """Every text a person could read in the dialog."""
    parts = [label.text() for label in widget.findChildren(QLabel)]
    parts += [edit.toPlainText() for edit in widget.findChildren(QPlainTextEdit)]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount(QModelIndex())):
            column = 0
            while (cell := model.index(row, column)).isValid():
                parts.append(str(cell.data() or ""))
                column += 1
    return "\n".join(parts)


def family_accounts() -> int:
    return Account.select().where(Account.kind != AccountKind.STAFF).count()


def import_dialog(desk, staff, keep, files, tmp_path) -> ImportDialog:
    dialog = keep(ImportDialog(desk, staff, None, choose_files=lambda parent, kind: list(files),
                               choose_pdf=lambda parent, suggested: tmp_path / suggested))
    dialog.files_page.name_edit.setText("Collège Jean Moulin")  # a new establishment needs its name
    return dialog


# -- import ------------------------------------------------------------------------------------

@needs_pdftotext
def test_import_previews_imports_and_prints_letters(qtbot, loop, desk, staff, keep, tmp_path):
    async def scenario():
        dialog = import_dialog(desk, staff, keep, SIECLE, tmp_path)
        assert not dialog.analyse_button.isEnabled(), "no file yet"
        click(qtbot, dialog.files_page.add_button)
        assert [p.name for p in dialog.files_page.paths()] == [p.name for p in SIECLE]
        await finish(dialog, lambda: click(qtbot, dialog.analyse_button))
        assert dialog.step() == PREVIEW and not dialog.error.isVisible()
        pane = dialog.preview_pane
        new = pane.rows("new")
        assert len(new) == 15 and ["Élève", "N'DIAYE", "Aïssatou", "3 A, né(e) le 12/03/2011"] in new
        assert pane.tabText(1) == "Nouveaux (15)" and pane.tabText(4) == "Refusés (6)"
        assert ["ElevesSansAdresses.xml", "ELEVE_ID=1006 (D'ALMEIDA Noé)",
                "date de naissance illisible « 31/02/2011 »"] in pane.rows("rejected")
        assert any("déjà sorti" in row[2] for row in pane.rows("left"))
        assert "Élèves : 7 nouveaux" in pane.summary.toPlainText()
        assert family_accounts() == 0, "the preview writes nothing"

        qtbot.mouseClick(dialog.guardians_check, Qt.MouseButton.LeftButton)
        assert dialog.guardians_check.isChecked()
        await finish(dialog, lambda: click(qtbot, dialog.import_button))
        assert dialog.step() == RESULT, dialog.error.text()
        assert family_accounts() == 15
        issued = dialog._result.issued
        passwords = [c.provisional_password for c in issued]
        assert len(passwords) == 15 and all(passwords)
        assert "Comptes créés : 7 élèves, 8 responsables ; 15 mots de passe provisoires." in \
            dialog.result_text.toPlainText()
        shown = screen_texts(dialog)
        assert not any(p in shown for p in passwords), "provisional passwords never on screen"

        await finish(dialog, lambda: click(qtbot, dialog.print_button))
        assert dialog.letters_path == tmp_path / "lettres-0751234A.pdf" and dialog.letters_path.exists()
        text = pdf_text(dialog.letters_path)
        assert "a.ndiaye1" in text and "f.ndiaye1" in text and passwords[0] in text
        assert "Aïssatou N'DIAYE (3 A)" in text, "a guardian's letter names the children"
        assert "15 lettre(s) enregistrée(s)" in dialog.letters_notice.text()
        assert not any(p in screen_texts(dialog) for p in passwords)
        dialog.close()
        assert dialog._result is None, "passwords dropped with the dialog"

    run(loop, scenario)


def test_cancelling_the_import_writes_nothing(qtbot, loop, desk, staff, keep, tmp_path):
    async def scenario():
        dialog = import_dialog(desk, staff, keep, SIECLE, tmp_path)
        dialog.files_page.add_files()
        await finish(dialog, dialog.analyse)
        assert dialog.step() == PREVIEW
        gate = threading.Event()
        holding = asyncio.ensure_future(desk.call(gate.wait))  # the database thread is busy for now
        before = dialog.finished_tasks
        click(qtbot, dialog.import_button)
        await wait_for(lambda: dialog.progress.isVisible())
        assert not dialog.import_button.isEnabled() and not dialog.close_button.isEnabled()
        click(qtbot, dialog.progress.cancel_button)
        gate.set()
        await holding
        await wait_for(lambda: dialog.finished_tasks > before)
        assert dialog.error.text() == "Import annulé : rien n'a été enregistré."
        assert dialog.step() == PREVIEW and dialog.import_button.isEnabled()
        assert family_accounts() == 0

    run(loop, scenario)


def test_escape_while_reading_cancels_instead_of_closing(qtbot, loop, desk, staff, keep, tmp_path):
    async def scenario():
        dialog = import_dialog(desk, staff, keep, SIECLE, tmp_path)
        dialog.files_page.add_files()
        gate = threading.Event()
        holding = asyncio.ensure_future(desk.call(gate.wait))
        before = dialog.finished_tasks
        dialog.analyse()
        await wait_for(lambda: dialog.busy)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible(), "Échap cancels the work, the window stays"
        gate.set()
        await holding
        await wait_for(lambda: dialog.finished_tasks > before)
        assert dialog.error.text() == "Import annulé : aucune donnée n'a été lue."
        assert dialog.step() == FILES

    run(loop, scenario)


@pytest.mark.parametrize("name, message", [
    ("ResponsablesAvecAdresses_malforme.xml",
     "ResponsablesAvecAdresses_malforme.xml, ligne 12 : balise mal fermée"),
    ("billion_laughs.xml", "billion_laughs.xml : le fichier contient une déclaration d'entités (DTD) refusée"),
])
def test_a_bad_file_shows_the_french_error_and_writes_nothing(qtbot, loop, desk, staff, keep, tmp_path,
                                                               name, message):
    async def scenario():
        dialog = import_dialog(desk, staff, keep, [DATA / "ElevesSansAdresses.xml", DATA / name], tmp_path)
        dialog.files_page.add_files()
        await finish(dialog, lambda: click(qtbot, dialog.analyse_button))
        assert dialog.error.isVisible() and dialog.error.text().startswith(message)
        assert dialog.step() == FILES and dialog.analyse_button.isEnabled()
        assert family_accounts() == 0

    run(loop, scenario)


def test_an_onde_file_dropped_on_the_dialog(qtbot, loop, desk, staff, keep, tmp_path):
    async def scenario():
        dialog = import_dialog(desk, staff, keep, [], tmp_path)
        page = dialog.files_page
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(DATA / "onde_utf8_bom.csv"))])
        event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        page.dropEvent(event)
        assert page.kind() == "onde" and [p.name for p in page.paths()] == ["onde_utf8_bom.csv"]
        assert page.uai_edit.isEnabled()
        await finish(dialog, dialog.analyse)
        assert "précisez son code UAI" in dialog.error.text(), "ONDE names no establishment"
        qtbot.keyClicks(page.uai_edit, "0751234A")
        await finish(dialog, dialog.analyse)
        assert dialog.step() == PREVIEW
        assert dialog.preview_pane.tabText(1) == "Nouveaux (11)"

    run(loop, scenario)


def test_a_second_export_previews_changes_and_departures(staff_actor, qtbot, loop, desk, staff, keep, tmp_path,
                                                         fast_hashing):
    roster_import.apply_import(roster_import.preview_import(SIECLE, establishment_name="Collège Jean Moulin"),
                               actor=staff_actor, hashing=fast_hashing)
    export = (DATA / "ElevesSansAdresses.xml").read_bytes()
    export = export.replace(b'<STRUCTURES_ELEVE ELEVE_ID="1001"><STRUCTURE><CODE_STRUCTURE>3 A<',
                            b'<STRUCTURES_ELEVE ELEVE_ID="1001"><STRUCTURE><CODE_STRUCTURE>4 A<')
    export = re.sub(rb'<ELEVE ELEVE_ID="1004".*?</ELEVE>', b"", export, flags=re.DOTALL)
    (tmp_path / "ElevesSansAdresses.xml").write_bytes(export)

    async def scenario():
        dialog = import_dialog(desk, staff, keep, [tmp_path / "ElevesSansAdresses.xml"], tmp_path)
        dialog.files_page.add_files()
        await finish(dialog, dialog.analyse)
        pane = dialog.preview_pane
        assert pane.rows("changed") == [["Élève", "N'DIAYE Aïssatou", "classe « 3 A » → « 4 A »"]]
        assert ["DURAND François", "4 C", "absent de l'export"] in pane.rows("left")
        assert pane.rows("new") == [] and pane.tabText(2) == "Modifiés (1)"

    run(loop, scenario)


def test_many_departures_wait_for_a_keyboard_confirmation(qtbot, loop, desk, staff, keep, tmp_path, fast_hashing):
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from roster_generator import generate_siecle, keep_first_students

    eleves, _ = generate_siecle(students=40, guardians=60, seed=7)
    (tmp_path / "full.xml").write_bytes(eleves)
    (tmp_path / "cut.xml").write_bytes(keep_first_students(eleves, 10))
    roster_import.apply_import(roster_import.preview_import([tmp_path / "full.xml"], establishment_name="Collège Test"),
                               actor=staff.actor,
                               hashing=fast_hashing)

    async def scenario():
        dialog = import_dialog(desk, staff, keep, [tmp_path / "cut.xml"], tmp_path)
        dialog.files_page.add_files()
        await finish(dialog, dialog.analyse)
        assert dialog.step() == PREVIEW
        check = dialog.departures_check
        assert check.isVisible() and not check.isChecked()
        assert "comme sortis" in dialog.preview_pane.summary.toPlainText()
        assert not dialog.import_button.isEnabled(), "nothing is written before the confirmation"
        check.setFocus()
        qtbot.keyClick(check, Qt.Key.Key_Space)
        assert check.isChecked() and dialog.import_button.isEnabled()
        await finish(dialog, lambda: click(qtbot, dialog.import_button))
        assert dialog.step() == RESULT, dialog.error.text()

    run(loop, scenario)


# -- outbox ------------------------------------------------------------------------------------

def queue_messages() -> tuple[int, int]:
    with database_proxy.atomic():
        notice = outbox.enqueue("password_changed", "email", "parent.dupont@example.fr",
                                {"first_name": "Jeanne", "identifier": "j.dupont1", "establishment": "Collège Test"})
        code = outbox.enqueue("activation_code", "sms", "+33612345678",
                              {"code": "482913", "validity": "15 minutes", "establishment": "Collège Test"})
    return notice.id, code.id


def test_outbox_lists_shows_and_acts_on_messages(staff_actor, qtbot, loop, desk, staff, keep):
    notice_id, code_id = queue_messages()

    async def scenario():
        view = keep(OutboxView(desk, staff))
        await wait_for(lambda: view.refreshes >= 1)
        rows = view.rows()
        assert [r[0] for r in rows] == [str(code_id), str(notice_id)], "newest first"
        sms = rows[0]
        assert sms[2] == "SMS" and "+33612345678" not in sms[3] and sms[3].endswith("78")
        assert sms[4] == "code d'activation" and sms[5] == "en attente" and sms[6] == "0/8"
        assert "parent.dupont@example.fr" not in view.rows()[1][3]
        assert "en attente : 2" in view.counts_label.text()

        assert view.select(code_id)
        assert "confidentiel" in view.message_text.toPlainText()
        assert "482913" not in screen_texts(view)
        view.select(notice_id)
        assert "Le mot de passe de votre compte EduConnect (j.dupont1)" in view.message_text.toPlainText()

        before = view.refreshes
        click(qtbot, view.cancel_button)
        await wait_for(lambda: view.refreshes > before)
        assert view.rows()[1][5] == "annulé" and view.selected_id() == notice_id
        assert not view.cancel_button.isEnabled() and view.retry_button.isEnabled()
        before = view.refreshes
        click(qtbot, view.retry_button)
        await wait_for(lambda: view.refreshes > before)
        assert view.rows()[1][5] == "en attente"
        assert f"Message n° {notice_id} remis dans la file d'envoi." == view.notice.text()

        outbox.cancel(notice_id, actor=staff_actor)  # someone else, meanwhile
        before = view.refreshes
        click(qtbot, view.cancel_button)
        await wait_for(lambda: view.refreshes > before)
        assert view.error.text() == f"Le message n° {notice_id} est déjà annulé."

        view.status_combo.setCurrentIndex(view.status_combo.findData("cancelled"))
        await wait_for(lambda: [r[0] for r in view.rows()] == [str(notice_id)])

    run(loop, scenario)
    assert OutboxMessage.get_by_id(notice_id).status == "cancelled"
    actions = [e.action for e in audit_log.list_audit(action_prefix="outbox.", actor=staff.identifier)]
    assert actions == ["outbox.retry", "outbox.cancel"], "newest first; the refused cancel is not an action"


def test_the_outbox_says_why_messages_were_not_sent_in_english(qtbot, qapp, loop, desk, staff, keep, httpserver):
    """The reasons come from the senders (core.messages.Text), are stored with the row and read back
    from the database (migration 12), so a window in English shows them in English."""
    httpserver.expect_request("/v1/sms").respond_with_data("panne du fournisseur", status=500)
    with database_proxy.atomic():
        mail = outbox.enqueue("password_changed", "email", "parent.dupont@example.fr",
                              {"first_name": "Jeanne", "identifier": "j.dupont1", "establishment": "Collège Test"})
        sms = outbox.enqueue("activation_code", "sms", "+33612345678",
                             {"code": "482913", "validity": "15 minutes", "establishment": "Collège Test"},
                             max_attempts=1)
    secrets = MemorySecretStore({SMS_TOKEN: "jeton-de-test"})
    closed = free_port()  # nothing listens there: the SMTP server is unreachable
    senders = {
        "email": SmtpSender(SmtpConfig(host="127.0.0.1", port=closed, security="plain",
                                       from_address="ne-pas-repondre@example.fr", timeout=5.0), secrets),
        "sms": SmsGatewaySender(SmsConfig(url=httpserver.url_for("/v1/sms"), timeout=5.0), secrets),
    }
    summary = asyncio.run(deliver_due(senders))
    assert summary.failed == 1 and "email" in summary.unavailable
    stored = {row.id: row.last_error for row in OutboxMessage.select()}
    assert stored[mail.id].startswith(f"Serveur SMTP 127.0.0.1:{closed} injoignable"), stored
    assert stored[sms.id].endswith("Abandon après 1 tentative."), stored

    set_language(qapp, "en")
    try:
        async def scenario():
            view = keep(OutboxView(desk, staff))
            await wait_for(lambda: view.refreshes >= 1)
            errors = {int(row[0]): row[8] for row in view.rows()}
            assert errors[mail.id].startswith(f"SMTP server 127.0.0.1:{closed} unreachable"), errors
            assert errors[sms.id] == ("SMS gateway temporarily unavailable (HTTP 500: panne du fournisseur). "
                                      "Given up after 1 attempt."), errors
            assert not [text for text in errors.values() if re.search(r"injoignable|Abandon|tentative", text)]

        run(loop, scenario)
    finally:
        set_language(qapp, "fr")


# -- audit log ---------------------------------------------------------------------------------

def test_audit_lists_newest_first_filters_and_pages(qtbot, loop, desk, staff, keep, fast_hashing, monkeypatch):
    with pytest.raises(InvalidCredentials):
        staff_login(staff.identifier, "pas le bon", hashing=fast_hashing)
    queue_messages()
    monkeypatch.setattr(audit_module, "PAGE_SIZE", 2)

    async def scenario():
        view = keep(AuditView(desk, staff))
        await wait_for(lambda: view.loaded_pages >= 1)
        queued = "Message mis en file d'attente"
        assert [r[2] for r in view.rows()] == [queued, queued], "newest first, in French"
        assert view.more_button.isEnabled()
        before = view.loaded_pages
        click(qtbot, view.more_button)
        await wait_for(lambda: view.loaded_pages > before)
        assert [r[2] for r in view.rows()] == [queued, queued, "Connexion", "Connexion"]
        assert view.rows()[2][4] == "échec"
        assert "motif : identifiant ou mot de passe incorrect" in view.rows()[2][5]

        view.failures_check.setChecked(True)
        before = view.loaded_pages
        click(qtbot, view.apply_button)
        await wait_for(lambda: view.loaded_pages > before)
        assert [(r[2], r[3], r[4]) for r in view.rows()] == [("Connexion", staff.identifier, "échec")]
        assert not view.more_button.isEnabled()

        view.failures_check.setChecked(False)
        qtbot.keyClicks(view.action_combo.lineEdit(), "staff.")
        before = view.loaded_pages
        qtbot.keyClick(view.action_combo.lineEdit(), Qt.Key.Key_Return)
        await wait_for(lambda: view.loaded_pages > before)
        assert [r[2] for r in view.rows()] == ["Premier administrateur créé"]

    run(loop, scenario)


# -- letters -----------------------------------------------------------------------------------

@needs_pdftotext
def test_class_letters_write_a_pdf_with_new_passwords(staff_actor, qtbot, loop, desk, staff, keep, tmp_path,
                                                      fast_hashing):
    preview = roster_import.preview_import(SIECLE, establishment_name="Collège Jean Moulin")
    roster_import.apply_import(preview, actor=staff_actor, hashing=fast_hashing)
    output = tmp_path / "classe.pdf"

    asked = []

    def choose_pdf(parent, suggested):
        asked.append(suggested)
        return output

    async def scenario():
        dialog = keep(ClassLettersDialog(desk, staff, None, choose_pdf=choose_pdf))
        await wait_for(lambda: dialog.classes_loaded)
        assert [dialog.class_combo.itemText(i) for i in range(1, dialog.class_combo.count())] == \
            ["3 A", "3 B", "4 C", "5 E", "6 B"]
        assert "NOUVEAU mot de passe provisoire" in dialog.findChild(QLabel, "classLettersWarning").text()
        assert not dialog.generate_button.isEnabled()

        qtbot.keyClicks(dialog.identifiers_edit, "personne.inconnue9")
        checks = dialog.summary_checks
        await wait_for(lambda: dialog.summary_checks > checks)
        assert dialog.error.text() == "Aucun compte n'a l'identifiant « personne.inconnue9 »."
        dialog.generate_button.setFocus()
        qtbot.keyClick(dialog.generate_button, Qt.Key.Key_Space)
        await wait_for(lambda: dialog.summary_checks > checks and not dialog.busy)
        await asyncio.sleep(0.1)
        assert asked == [], "the unknown identifier is reported before the save dialog"
        assert not output.exists()

        dialog.identifiers_edit.selectAll()
        qtbot.keyClicks(dialog.identifiers_edit, "f.durand1")
        dialog.class_combo.setFocus()
        qtbot.keyClick(dialog.class_combo, Qt.Key.Key_Down)  # "3 A"
        assert dialog.class_code() == "3 A"
        checks = dialog.summary_checks
        await wait_for(lambda: dialog.summary_checks > checks)
        summary = dialog.summary_label.text()
        assert "de la classe 3 A" in summary and "1 compte(s) désigné(s)" in summary, summary
        await finish(dialog, lambda: click(qtbot, dialog.generate_button))
        assert not dialog.error.isVisible(), dialog.error.text()
        assert dialog.written_path == output and str(output) in dialog.result_label.text()

    run(loop, scenario)
    text = pdf_text(output)
    assert all(identifier in text for identifier in ("a.ndiaye1", "l.martin1", "f.durand1"))
    assert "l.martin2" not in text, "3 B is another class"


def test_the_import_preview_says_why_rows_are_refused_in_english(qtbot, qapp, loop, desk, staff, keep, tmp_path):
    """The reasons come from the importers (core.messages.Text): the window shows them in its language."""
    set_language(qapp, "en")
    try:
        async def scenario():
            dialog = import_dialog(desk, staff, keep, SIECLE, tmp_path)
            dialog.activateWindow()
            await wait_for(lambda: QApplication.activeWindow() is dialog and focused() is not None)
            tab_to(qtbot, dialog.files_page.add_button)
            key(qtbot, Qt.Key.Key_Space)
            assert [p.name for p in dialog.files_page.paths()] == [p.name for p in SIECLE]
            tab_to(qtbot, dialog.analyse_button)
            await finish(dialog, lambda: key(qtbot, Qt.Key.Key_Space))
            assert dialog.step() == PREVIEW, dialog.error.text()
            pane = dialog.preview_pane
            rejected, warnings = pane.rows("rejected"), pane.rows("warnings")
            assert ["ElevesSansAdresses.xml", "ELEVE_ID=1006 (D'ALMEIDA Noé)",
                    "unreadable date of birth “31/02/2011”"] in rejected, rejected
            assert not [row for row in rejected + warnings if FRENCH_WORDS.search(row[1] + " " + row[2])], \
                (rejected, warnings)
            assert ["ElevesSansAdresses.xml", "ELEVE_ID=1007 (BERNARD)", "first name missing"] in rejected
            assert ["ResponsablesAvecAdresses.xml", "PERSONNE_ID=2003 (MARTIN Sophie)",
                    "the number “01 45 67 89 10” is not a mobile, ignored"] in warnings
            assert pane.tabText(4) == "Rejected (6)", pane.tabText(4)
            summary = pane.summary.toPlainText()
            assert "Pupils: 7 new, " in summary and "6 lines rejected (see the details)." in summary, summary
            assert not FRENCH_WORDS.search(summary) and "Élèves" not in summary, summary
            left = pane.rows("left")
            assert left and not [row for row in left if FRENCH_WORDS.search(row[2])], left

        run(loop, scenario)
    finally:
        set_language(qapp, "fr")


FRENCH_WORDS = re.compile(r"\b(manquante?|illisible|ignorée?|double|absente?|sans|responsable|ligne|sorti)\b")


def test_the_enrollment_dialog_refuses_an_unreachable_server_in_english(qtbot, qapp, loop, db, fast_hashing,
                                                                        staff, keep):
    """The window words the refusal itself, in its language; nothing answers at that address."""
    from central_support import free_port
    from educonnect_desktop.secret_store import MemorySecretStore
    from educonnect_desktop.ui.desk import Desk
    from educonnect_desktop.ui.secretariat.enroll_dialog import EnrollDialog
    from educonnect_desktop.ui.secretariat.sync_controller import SyncController
    from educonnect_desktop.ui.secretariat.tracked_desk import TrackedDesk
    from keyboard_support import enter, type_into

    set_language(qapp, "en")
    desk = Desk(hashing=fast_hashing, secrets=MemorySecretStore())
    controller = SyncController(TrackedDesk(desk))
    try:
        async def scenario():
            dialog = keep(EnrollDialog(controller, staff))
            assert dialog.windowTitle() == "Enroll this workstation with the central server"
            dialog.activateWindow()
            await wait_for(lambda: QApplication.activeWindow() is dialog and focused() is dialog.server_edit)
            server = f"http://127.0.0.1:{free_port()}"
            type_into(qtbot, dialog.server_edit, server)
            type_into(qtbot, dialog.code_edit, "AAAA-BBBB-CCCC-DDDD")
            enter(qtbot)
            await wait_for(lambda: dialog.attempts == 1, timeout=30)
            assert dialog.isVisible() and dialog.error.text() == (
                f"The central server ({server}) is not answering. Check the address (for example "
                "https://central.ac-academie.fr:8470) and this workstation's network connection, then try again.")
            assert focused() is dialog.server_edit, "back to the field to correct"
            # A refusal of the lower layers, shown as it comes: English too.
            type_into(qtbot, dialog.server_edit, "ftp://central", replace=True)
            enter(qtbot)
            await wait_for(lambda: dialog.attempts == 2, timeout=30)
            assert dialog.error.text() == "Invalid server address: “ftp://central” (expected: https://server:8470)."

        run(loop, scenario)
    finally:
        controller.stop()
        desk.close()
        set_language(qapp, "fr")
