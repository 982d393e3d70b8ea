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
# The establishment's accounts through the covering index only: joining the account rows to
# check their kind read every student's row again (half of this query's time). The caller
# keeps the links whose student it read as a student.
_LINKS = (
    f"SELECT l.id, l.student_id, l.guardian_id, l.legal_level FROM {GuardianLink._meta.table_name} l "
    f"WHERE l.student_id IN (SELECT id FROM {Account._meta.table_name} WHERE establishment_id = ?)"
)


def student_rows(establishment_id: int) -> list[tuple]:
    """(id, eleve id, INE, last, usage, first, birth date ISO text, class, has left)."""
    return database_proxy.execute_sql(_STUDENTS, (establishment_id, AccountKind.STUDENT)).fetchall()


def guardian_rows(establishment_id: int) -> list[tuple]:
    """(id, personne id, last, usage, first, mobile, email, email state, pending e-mail, mobile confirmed)."""
    return database_proxy.execute_sql(_GUARDIANS, (establishment_id, AccountKind.GUARDIAN)).fetchall()


def account_link_rows(establishment_id: int) -> list[tuple]:
    """(link id, student id, guardian id, legal level) of the links whose `student_id` is an
    account of the establishment, whatever its kind (the caller filters)."""
    return database_proxy.execute_sql(_LINKS, (establishment_id,)).fetchall()
