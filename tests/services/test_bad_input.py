"""Bad input at the service boundary: bounded lengths, clean names, one-line message values."""

from __future__ import annotations

import pytest

from educonnect_desktop.messaging.templates import render
from educonnect_desktop.services import authentication, recovery, setup, staff
from educonnect_desktop.services.authentication import InvalidCredentials
from educonnect_desktop.services.credentials import SecretRejected
from educonnect_desktop.store.models import Account, AuditEvent, Throttle

FIVE_MB = "x" * (5 * 1024 * 1024)


def _stored_bytes() -> int:
    rows = [(e.target or "") + (e.details or "") for e in AuditEvent.select()]
    return sum(len(r) for r in rows) + sum(len(t.key) for t in Throttle.select())


def test_a_5_mb_identifier_or_password_adds_nothing_and_gets_the_usual_answer(demo_credentials, fast_hashing,
                                                                             clock):
    before = _stored_bytes()
    for identifier, password in ((FIVE_MB, "x"), ("l.dupont1", FIVE_MB)):
        with pytest.raises(InvalidCredentials, match="Identifiant ou mot de passe incorrect"):
            authentication.login(identifier, password, hashing=fast_hashing, clock=clock)
    assert _stored_bytes() - before < 1000
    assert recovery.start_password_reset(FIVE_MB, "email", clock=clock).message == recovery.RESET_SENT_IF_MATCHED
    with pytest.raises(SecretRejected):
        recovery.verify_reset_code("l.dupont1", FIVE_MB, clock=clock)
    assert _stored_bytes() - before < 1000


def test_names_typed_by_staff_lose_control_and_bidi_characters(db, fast_hashing):
    admin_cred = setup.create_first_administrator("Anne\u202e", "Mar\u200btin\x1b[31m", "Admin-Tres-Solide-7",
                                                  hashing=fast_hashing)
    stored = Account.get(Account.identifier == admin_cred.identifier)
    assert (stored.first_name, stored.last_name) == ("Anne", "Martin")
    admin = staff.staff_login(admin_cred.identifier, "Admin-Tres-Solide-7", hashing=fast_hashing)
    with pytest.raises(Exception, match="trop long"):
        staff.create_staff(admin, "A" * 500, "Roux", "secretariat", hashing=fast_hashing)


def test_an_establishment_name_with_cr_lf_cannot_cut_the_subject():
    message = render("password_changed", "email",
                     {"establishment": "Collège\r\nBcc: pirate@exemple.fr\r\n\r\nFaux texte", "first_name": "Léa",
                      "identifier": "l.dupont1"})
    assert "\n" not in message.subject and "\r" not in message.subject
    assert "Bcc: pirate@exemple.fr" in message.subject  # kept as text on the one line, never a header
    assert "\nBcc:" not in message.text
