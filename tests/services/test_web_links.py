"""Links in e-mails only when a central server answers them; what the journal carries for it."""

import hashlib
import json

from educonnect_desktop.services import my_account, recovery, authentication
from educonnect_desktop.store.models import Account, EmailState, JournalEntry, OneTimeSecret, SecretKind

from enrollment_support import CENTRAL, mark_enrolled
from outbox_support import last_message, received_text


def _confirm(identifier, email):
    Account.update(email=email, email_state=EmailState.CONFIRMED).where(Account.identifier == identifier).execute()


def _web_link_entries():
    return [(e.operation, e.entity_uuid, json.loads(e.payload))
            for e in JournalEntry.select().where(JournalEntry.entity == "web_link").order_by(JournalEntry.id)]


def test_alone_the_reset_mail_carries_the_code_and_no_dead_link(demo_credentials, clock):
    _confirm("j.dupont1", "jean@example.org")
    recovery.start_password_reset("j.dupont1", "email", clock=clock)
    text = received_text(last_message("jean@example.org"))
    assert "saisissez ce code" in text and "http" not in text and "jeton" not in text
    assert not OneTimeSecret.select().where(OneTimeSecret.kind == SecretKind.TOKEN).exists()
    assert _web_link_entries() == []


def test_enrolled_the_link_points_at_the_server_and_only_its_hash_is_journaled(demo_credentials, clock):
    mark_enrolled()
    _confirm("j.dupont1", "jean@example.org")
    recovery.start_password_reset("j.dupont1", "email", clock=clock)
    text = received_text(last_message("jean@example.org"))
    first = text.split(f"{CENTRAL}/nouveau-mot-de-passe?jeton=")[1].split()[0]
    assert len(first) == 43
    jean = Account.get(Account.identifier == "j.dupont1")
    [(operation, uuid, payload)] = _web_link_entries()
    assert (operation, uuid) == ("insert", hashlib.sha256(first.encode()).hexdigest())
    assert payload["purpose"] == "password_reset" and payload["account"] == jean.uuid
    assert payload["expires_at"].startswith(str(clock().year))
    assert first not in json.dumps(payload)

    # A second request replaces the first link: its revocation travels too.
    recovery.start_password_reset("j.dupont1", "email", clock=clock)
    entries = _web_link_entries()
    assert [e[0] for e in entries] == ["insert", "delete", "insert"]
    assert entries[1][1] == uuid and entries[2][1] != uuid
    assert all(first not in e.payload for e in JournalEntry.select())


def test_enrolled_the_confirmation_link_names_the_address_it_confirms(demo_credentials, fast_hashing, clock):
    mark_enrolled()
    jean = demo_credentials["j.dupont1"]
    authentication.login("j.dupont1", jean.provisional_password, hashing=fast_hashing, clock=clock)
    from educonnect_desktop.services.session import session_for

    session = session_for(Account.get(Account.identifier == "j.dupont1"))
    preview = my_account.preview_email_change(session, "jean@example.org", "jean@example.org")
    my_account.send_email_change(session, preview, clock=clock)
    text = received_text(last_message("jean@example.org"))
    assert f"{CENTRAL}/confirmer-adresse?jeton=" in text
    [(operation, _uuid, payload)] = _web_link_entries()
    assert operation == "insert" and payload["purpose"] == "email_confirmation"
    assert payload["address"] == "jean@example.org"
