"""One establishment's students and guardians as plain rows, read with raw SQL.

An import preview compares every account of the establishment with the export: with
16,000 accounts, building a peewee row (and converting each column through its field)
cost more than parsing the export. These queries return sqlite3 tuples; dates come
back as ISO text and are converted by the caller only where needed.
"""

from __future__ import annotations

from .models import Account, AccountKind, GuardianLink, database_proxy

_STUDENTS = (
    f"SELECT id, siecle_eleve_id, ine, last_name, usage_name, first_name, birth_date, class_code, "
    f"left_at IS NOT NULL FROM {Account._meta.table_name} "
    "WHERE establishment_id = ? AND kind = ? ORDER BY id"
)
_GUARDIANS = (
    f"SELECT id, siecle_personne_id, last_name, usage_name, first_name, mobile, email, email_state, "
    f"pending_email, mobile_confirmed FROM {Account._meta.table_name} "
    "WHERE establishment_id = ? AND kind = ? ORDER BY id"
)
_LINKS = (
    f"SELECT l.id, l.student_id, l.guardian_id, l.legal_level FROM {GuardianLink._meta.table_name} l "
    f"JOIN {Account._meta.table_name} s ON s.id = l.student_id WHERE s.establishment_id = ? AND s.kind = ?"
)


def student_rows(establishment_id: int) -> list[tuple]:
    """(id, eleve id, INE, last, usage, first, birth date ISO text, class, has left)."""
    return database_proxy.execute_sql(_STUDENTS, (establishment_id, AccountKind.STUDENT)).fetchall()


def guardian_rows(establishment_id: int) -> list[tuple]:
    """(id, personne id, last, usage, first, mobile, email, email state, pending e-mail, mobile confirmed)."""
    return database_proxy.execute_sql(_GUARDIANS, (establishment_id, AccountKind.GUARDIAN)).fetchall()


def student_link_rows(establishment_id: int) -> list[tuple]:
    """(link id, student id, guardian id, legal level) of the establishment's students."""
    return database_proxy.execute_sql(_LINKS, (establishment_id, AccountKind.STUDENT)).fetchall()
