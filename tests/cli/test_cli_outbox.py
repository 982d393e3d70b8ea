"""`educonnect outbox ...` and `educonnect config ...` against real local servers."""

from __future__ import annotations

import email
import email.policy
import gc
import io
import json
import os
import socket
import subprocess
import sys

import pytest
from aiosmtpd.controller import Controller

from cli_support import AS_STAFF, PASSWORD_LINE, STAFF_ID, add_staff
from educonnect_desktop.cli import main
from educonnect_desktop.messaging import outbox
from educonnect_desktop.messaging.channels import Channel
from educonnect_desktop.messaging.templates import MessageKind
from educonnect_desktop.store.models import (
    Account, AccountKind, AuditEvent, Establishment, OutboxMessage, OutboxStatus,
)

pytestmark = pytest.mark.timeout(60)

TOKEN = "tok_cli_5e6f7a8b9c"


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread():
    """Qt objects left in cycles by GUI tests must not be collected in our server threads."""
    if "PySide6.QtCore" in sys.modules:
        gc.collect()


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 OK"


@pytest.fixture
def smtp_inbox():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    inbox.port = port
    yield inbox
    controller.stop()


@pytest.fixture(autouse=True)
def _restore_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", sys.stdin)


@pytest.fixture
def db(db_path):
    """Opened as the CLI opens it (the system keyring, here the tests' in-memory one): the codes
    sealed by this process are opened by the CLI's, as on a real workstation."""
    from educonnect_desktop.secret_store import KeyringSecretStore
    from educonnect_desktop.store import open_database

    database = open_database(db_path, secrets=KeyringSecretStore())
    yield database
    database.close()


@pytest.fixture
def queued(db):
    school = Establishment.create(uai="0930001Z", name="Lycée Jean Jaurès")
    parent = Account.create(kind=AccountKind.GUARDIAN, identifier="p.durand", first_name="Paul",
                            last_name="Durand", establishment=school, email="paul.durand@exemple.fr",
                            mobile="+33698765432")
    code = outbox.enqueue(MessageKind.ACTIVATION_CODE, Channel.SMS, parent.mobile,
                          {"code": "908172", "validity": "30 minutes"}, account=parent)
    notice = outbox.enqueue(MessageKind.PASSWORD_CHANGED, Channel.EMAIL, parent.email, account=parent)
    return code, notice


STAFF_ACTIONS = ("send", "retry", "cancel")


def cli(*args, db=None, stdin=None, monkeypatch=None):
    out = io.StringIO()
    staff_action = "outbox" in args and any(a in STAFF_ACTIONS for a in args)
    if staff_action:  # a staff member names themself; the password comes first on standard input
        add_staff(db)
        stdin = PASSWORD_LINE + (stdin or "")
        args = (*AS_STAFF, *args)
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)  # restored by the autouse fixture below
    argv = (["--db", str(db)] if db else []) + list(args)
    code = main(argv, out=out)
    return code, out.getvalue()


def write_config(path, smtp_port=None, sms_url=None):
    lines = []
    if smtp_port:
        lines += ["[smtp]", 'host = "127.0.0.1"', f"port = {smtp_port}", 'security = "plain"',
                  'from_address = "Lycée Jean Jaurès <secretariat@lycee-test.fr>"', "timeout = 5"]
    if sms_url:
        lines += ["[sms]", f'url = "{sms_url}"', "timeout = 5"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_list_shows_masked_recipients_and_never_a_code(queued, db_path):
    rc, text = cli("outbox", "list", db=db_path)
    assert rc == 0
    header, notice_line, code_line = text.splitlines()
    assert header.startswith("N°\tCréé le\tCanal\tType\tDestinataire\tÉtat")
    assert "\tSMS\tcode d'activation\t06 ** ** ** 32\ten attente\t0/8\t" in code_line
    assert "\te-mail\tmot de passe modifié\tp***@exemple.fr\ten attente\t" in notice_line
    assert "908172" not in text and "+33698765432" not in text

    rc, text = cli("outbox", "list", "--status", "failed", db=db_path)
    assert (rc, text) == (0, "Aucun message.\n")


def test_show_hides_the_text_of_a_confidential_message(queued, db_path):
    code, notice = queued
    rc, text = cli("outbox", "show", str(code.id), db=db_path)
    assert rc == 0 and "908172" not in text and "confidentiel" in text and "Compte : p.durand" in text
    rc, text = cli("outbox", "show", str(notice.id), db=db_path)
    assert rc == 0 and "Objet : [Lycée Jean Jaurès] Le mot de passe" in text and "Bonjour Paul," in text


def test_send_without_configuration_keeps_everything_queued(queued, db_path, tmp_path):
    rc, text = cli("--config", str(write_config(tmp_path / "empty.toml")), "outbox", "send", db=db_path)
    assert rc == 0
    assert "Envoyés : 0" in text and "en attente : 2" in text
    assert "E-mail indisponible : Serveur SMTP non configuré (smtp.host)." in text
    assert "SMS indisponible : Passerelle SMS non configurée (sms.url)." in text
    assert {m.status for m in OutboxMessage.select()} == {OutboxStatus.QUEUED}


def test_send_delivers_to_the_smtp_server_and_the_gateway(queued, db_path, tmp_path, smtp_inbox, httpserver,
                                                         monkeypatch):
    httpserver.expect_request("/sms", method="POST").respond_with_data("", status=201)
    config = write_config(tmp_path / "school.toml", smtp_port=smtp_inbox.port, sms_url=httpserver.url_for("/sms"))
    monkeypatch.setenv("EDUCONNECT_CONFIG", str(config))  # the environment names the file this time
    rc, text = cli("config", "set-secret", "sms", stdin=TOKEN + "\n", monkeypatch=monkeypatch)
    assert rc == 0 and "Jeton de la passerelle SMS enregistré dans le trousseau système" in text
    assert TOKEN not in config.read_text(encoding="utf-8")

    rc, text = cli("outbox", "send", db=db_path)
    assert rc == 0, text
    assert text.startswith("Envoyés : 2 ; nouvel essai prévu : 0 ; en échec définitif : 0 ; en attente : 0.")
    [mail] = smtp_inbox.messages
    assert mail["Subject"] == "[Lycée Jean Jaurès] Le mot de passe de votre compte EduConnect a changé"
    [(request, _)] = httpserver.log
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert json.loads(request.get_data())["text"].startswith("Lycée Jean Jaurès : votre code d'activation")

    rc, text = cli("outbox", "list", "--status", "sent", db=db_path)
    assert text.count("\tenvoyé\t") == 2


def test_send_exits_non_zero_when_a_message_fails_for_good(queued, db_path, tmp_path, smtp_inbox, httpserver,
                                                          monkeypatch):
    httpserver.expect_request("/sms", method="POST").respond_with_data("numéro refusé", status=422)
    config = write_config(tmp_path / "school.toml", smtp_port=smtp_inbox.port, sms_url=httpserver.url_for("/sms"))
    monkeypatch.setenv("EDUCONNECT_CONFIG", str(config))
    cli("config", "set-secret", "sms", stdin=TOKEN + "\n", monkeypatch=monkeypatch)
    rc, text = cli("outbox", "send", db=db_path)
    assert rc == 1, text
    assert "en échec définitif : 1" in text and len(smtp_inbox.messages) == 1


def test_retry_and_cancel(queued, db_path):
    code, notice = queued
    rc, text = cli("outbox", "cancel", str(notice.id), db=db_path)
    assert rc == 0 and text == f"Message n° {notice.id} annulé (mot de passe modifié, p***@exemple.fr).\n"
    rc, text = cli("outbox", "retry", str(notice.id), db=db_path)
    assert rc == 0 and "remis en file d'attente" in text
    assert OutboxMessage.get_by_id(notice.id).status == OutboxStatus.QUEUED
    actors = {(e.action, e.actor) for e in AuditEvent.select().where(AuditEvent.action.startswith("outbox."))}
    assert {("outbox.cancel", STAFF_ID), ("outbox.retry", STAFF_ID)} <= actors


def test_errors_are_french_lines_without_traceback(queued, db_path, capsys):
    rc, _ = cli("outbox", "retry", "999", db=db_path)
    assert rc == 2 and capsys.readouterr().err == "Erreur : Aucun message n° 999 dans la file d'envoi.\n"
    OutboxMessage.update(status=OutboxStatus.SENT).execute()
    rc, _ = cli("outbox", "cancel", str(queued[0].id), db=db_path)
    assert rc == 2 and "déjà été envoyé" in capsys.readouterr().err


def test_config_set_show_and_secrets(tmp_path, monkeypatch):
    path = tmp_path / "poste.toml"
    for key, value in (("smtp.host", "smtp.exemple.fr"), ("smtp.security", "starttls"),
                       ("smtp.username", "secretariat@exemple.fr"),
                       ("smtp.from_address", "secretariat@exemple.fr"), ("sms.url", "https://sms.exemple.fr/v1")):
        rc, text = cli("--config", str(path), "config", "set", key, value)
        assert rc == 0 and text == f"{key} enregistré dans {path}.\n"
    rc, text = cli("--config", str(path), "config", "show")
    assert "smtp.host = smtp.exemple.fr" in text and "smtp.port = 587 (par défaut)" in text
    assert "Mot de passe SMTP : absent du trousseau" in text

    rc, text = cli("--config", str(path), "config", "set-secret", "smtp", stdin="p@ss-Wörd\n", monkeypatch=monkeypatch)
    assert rc == 0
    rc, text = cli("--config", str(path), "config", "show")
    assert "Mot de passe SMTP : enregistré dans le trousseau" in text and "p@ss-Wörd" not in text
    assert "p@ss-Wörd" not in path.read_text(encoding="utf-8")
    rc, text = cli("--config", str(path), "config", "delete-secret", "smtp")
    assert rc == 0 and "absent du trousseau" in cli("--config", str(path), "config", "show")[1]

    rc, _ = cli("--config", str(path), "config", "set-secret", "sms", stdin="", monkeypatch=monkeypatch)
    assert rc == 2


def test_headless_machine_gets_a_clear_error_and_no_plain_text_fallback(tmp_path):
    path = tmp_path / "poste.toml"
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    result = subprocess.run([sys.executable, "-m", "educonnect_desktop", "--config", str(path), "config",
                             "set-secret", "smtp"], input="motdepasse\n", capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 2
    assert result.stderr == ("Erreur : Aucun trousseau système disponible (backend : keyring.backends.fail.Keyring). "
                             "Installez ou déverrouillez un trousseau (GNOME Keyring, KWallet...).\n")
    assert not path.exists()
    assert "motdepasse" not in result.stdout + result.stderr
