"""A family of an enrolled workstation's school, made through the real services: an ONDE import
with provisional passwords, then the guardian's first login (charter, password, children, e-mail
confirmed with the code the outbox holds)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

ONDE = Path(__file__).resolve().parents[1] / "importers" / "data" / "onde_utf8_bom.csv"
FATOU_CHILDREN = [date(2017, 5, 12), date(2015, 2, 3)]  # Awa and Ibrahim N'DIAYE in the ONDE sample
FAMILY_PASSWORD = "Tartine-Confiture-42"


def family_with_confirmed_email(desk, uai: str, email: str) -> str:
    """Fatou N'DIAYE's identifier, active, password FAMILY_PASSWORD, `email` confirmed."""
    from educonnect_desktop.services import authentication, first_login
    from educonnect_desktop.services.roster_import import apply_import, preview_import

    from outbox_support import last_code

    actor = desk.staff().actor
    preview = preview_import(ONDE, kind="onde", uai=uai, establishment_name="École de test")
    result = apply_import(preview, actor=actor, provisional_for_guardians=True, hashing=desk.hashing)
    fatou = next(c for c in result.issued if c.first_name == "Fatou" and c.provisional_password)
    session = authentication.login(fatou.identifier, fatou.provisional_password, hashing=desk.hashing)
    session = first_login.accept_charter(session)
    session = first_login.choose_password(session, FAMILY_PASSWORD, hashing=desk.hashing)
    session = first_login.confirm_children(session, FATOU_CHILDREN)
    session = first_login.give_email(session, email, email)
    first_login.confirm_email(session, last_code(email))
    return fatou.identifier
