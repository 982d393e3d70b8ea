"""What is typed into an identifier field is stored only if it is an existing identifier."""

import pytest

from educonnect_desktop.secret_store import MemorySecretStore
from educonnect_desktop.services import authentication, recovery, typed_identifier
from educonnect_desktop.services.authentication import InvalidCredentials
from educonnect_desktop.services.credentials import SecretRejected
from educonnect_desktop.store import open_database
from educonnect_desktop.store.models import AuditEvent

SLIP = "Ma-Fille-Lea-2012!"  # a password typed into the identifier field


def stored_text() -> str:
    return " ".join(f"{e.actor} {e.target} {e.details}" for e in AuditEvent.select())


def test_a_password_typed_as_identifier_never_reaches_the_audit_log(demo_credentials, fast_hashing, clock):
    with pytest.raises(InvalidCredentials):
        authentication.login(SLIP, "Ma-Fille-Lea-2012!", hashing=fast_hashing, clock=clock)
    with pytest.raises(SecretRejected):
        recovery.verify_reset_code(SLIP, "123456", clock=clock)
    assert SLIP.lower() not in stored_text().lower()
    labels = {e.target for e in AuditEvent.select().where(AuditEvent.action.in_(["auth.login", "recovery.reset_code"]))}
    # One stable opaque label for the same typing: failures stay countable and correlated.
    assert labels == {typed_identifier.label(SLIP)} and labels.pop().startswith("saisie:")


def test_an_existing_identifier_is_kept_as_it_is(demo_credentials, fast_hashing, clock):
    with pytest.raises(InvalidCredentials):
        authentication.login("j.dupont1", "pas le bon", hashing=fast_hashing, clock=clock)
    event = AuditEvent.select().where(AuditEvent.action == "auth.login").order_by(AuditEvent.id.desc()).get()
    assert event.target == "j.dupont1"
    assert typed_identifier.stored_form("j.dupont1") == "j.dupont1"
    assert typed_identifier.stored_form(None) is None


def test_labels_are_keyed_by_the_keyring_when_there_is_one(tmp_path):
    open_database(tmp_path / "a.sqlite")
    clear_label = typed_identifier.label(SLIP)
    open_database(tmp_path / "b.sqlite")  # another database: another salt
    assert typed_identifier.label(SLIP) != clear_label
    secrets = MemorySecretStore()
    open_database(tmp_path / "c.sqlite", secrets=secrets)
    keyed = typed_identifier.label(SLIP)
    open_database(tmp_path / "d.sqlite", secrets=secrets)  # same workstation key
    assert typed_identifier.label(SLIP) == keyed and keyed not in (clear_label,)
    assert len(keyed) == len("saisie:") + 16
