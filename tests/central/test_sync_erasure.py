"""The right to erasure through the sync: a family erased at one workstation is erased on the
server (a tombstone that names nobody) and at every other workstation of the school."""

from __future__ import annotations

import random
import string
from datetime import date

import pytest

from central_support import add_school, central_cli
from educonnect_desktop.store.models import Account, AccountKind, AuditEvent, GuardianLink, SyncShadow

pytestmark = [pytest.mark.postgres]


def _family(desk, uai: str) -> tuple[str, str, str]:
    """A pupil and her only guardian, linked, made on `desk` as the roster import would (journaled)."""
    from educonnect_desktop.services import audit
    from educonnect_desktop.store.models import Establishment, database_proxy

    last = "Efface" + "".join(random.choices(string.ascii_lowercase, k=8))
    desk.use()
    school = Establishment.get(Establishment.uai == uai)
    with database_proxy.atomic():
        pupil = Account.create(kind=AccountKind.STUDENT, identifier=f"l.{last.lower()}1", first_name="Léa",
                               last_name=last, birth_date=date(2013, 5, 4), establishment=school, class_code="6 A")
        parent = Account.create(kind=AccountKind.GUARDIAN, identifier=f"j.{last.lower()}1", first_name="Jean",
                                last_name=last, establishment=school, mobile="+33612345678")
        link = GuardianLink.create(guardian=parent, student=pupil, legal_level=1)
        for row in (pupil, parent, link):
            audit.journal(row, "insert")
        audit.record("roster.import", actor=desk.admin, students=1, guardians=1)
    return last, pupil.identifier, parent.identifier


def _erase(desk, identifier: str) -> list[str]:
    from educonnect_desktop.services import privacy

    actor = desk.staff().actor
    return privacy.erase_family_account(identifier, actor=actor)


def _erased_at_a_seen_by_b(desks, new_uai, central_url, names: tuple[str, str]):
    """Two workstations of a new school; a family made at the first, synced by both, then
    erased at the first and synced there. Returns (a, b, uai, family name, pupil)."""
    uai = new_uai()
    add_school(central_url, uai)
    a, b = desks(uai, names[0]), desks(uai, names[1])
    last, pupil, _parent = _family(a, uai)
    a.sync()
    b.sync()
    a.use()
    _erase(a, pupil)
    a.sync()
    return a, b, uai, last, pupil


def _server_mentions(conn, text: str) -> list[str]:
    """Every server table whose rows mention `text` anywhere (names, identifiers, values)."""
    tables = ("account", "guardian_link", "identifier_alias", "sync_conflict")
    return [t for t in tables if conn.execute(f"SELECT count(*) AS n FROM {t} x WHERE x::text ILIKE %s",
                                              (f"%{text}%",)).fetchone()["n"]]


def test_a_family_erased_at_one_workstation_is_erased_everywhere(desks, new_uai, central_url, central_conn):
    uai = new_uai()
    add_school(central_url, uai)
    a, b = desks(uai, "Avril"), desks(uai, "Blaise")
    last, pupil, parent = _family(a, uai)
    a.sync()
    b.sync()
    assert {pupil, parent} <= {v[0] for v in b.accounts().values()}

    a.use()
    assert sorted(_erase(a, pupil)) == sorted([pupil, parent])  # the guardian had no other child
    report = a.sync()
    assert report.sent >= 1 and not report.conflicts
    assert _server_mentions(central_conn, last) == []  # a tombstone that names nobody
    listing = central_cli(central_url, "accounts", "list", "--establishment", uai).stdout
    assert pupil not in listing and "effacé" not in listing

    b.sync()
    b.use()
    assert not Account.select().where(Account.last_name == last).exists()
    assert not GuardianLink.select().join(Account, on=GuardianLink.student == Account.id).where(
        Account.last_name == last).exists()
    erased = AuditEvent.select().where(AuditEvent.action == "privacy.erased")
    assert {e.target for e in erased} == {pupil, parent}
    assert all(e.actor.startswith("serveur central") for e in erased)
    assert a.accounts() == b.accounts()


def test_a_change_made_offline_after_the_erasure_brings_nobody_back(desks, new_uai, central_url, central_conn):
    from educonnect_desktop.services import audit
    from educonnect_desktop.store.models import database_proxy

    _a, b, _uai, last, pupil = _erased_at_a_seen_by_b(desks, new_uai, central_url, ("Aube", "Brume"))
    b.use()  # b, offline, corrects the pupil's first name before it hears of the erasure
    account = Account.get(Account.identifier == pupil)
    account.first_name = "Léane"
    account.save()
    with database_proxy.atomic():
        audit.journal(account, "update", ["first_name"])
        audit.record("account.renamed", actor=b.admin, target=pupil)
    report = b.sync()
    assert report.conflicts and "effacement l'emporte" in report.conflicts[0]
    assert _server_mentions(central_conn, last) == [] and _server_mentions(central_conn, "Léane") == []
    b.use()
    assert not Account.select().where(Account.last_name == last).exists()


def test_a_workstation_whose_cursor_is_too_old_learns_the_erasure_from_the_new_snapshot(
        desks, new_uai, central_url):
    _a, b, uai, last, _pupil = _erased_at_a_seen_by_b(desks, new_uai, central_url, ("Ancre", "Bouée"))
    # The server forgets its tombstones: b's cursor is now too old, b takes a new snapshot.
    assert central_cli(central_url, "changes", "prune", "--establishment", uai).returncode == 0
    report = b.sync()
    assert report.snapshot
    b.use()
    assert not Account.select().where(Account.last_name == last).exists()
    assert not SyncShadow.select().where(SyncShadow.uuid.not_in([a.uuid for a in Account.select()])
                                         & (SyncShadow.entity == "account")).exists()


def test_an_erasure_while_its_creation_waits_unsent_does_not_stall_the_sync(desks, new_uai, central_url,
                                                                           central_conn):
    import httpx

    from educonnect_desktop.sync.errors import Unreachable

    uai = new_uai()
    add_school(central_url, uai)
    a = desks(uai, "Attente")
    a.faults.before = lambda request: (_ for _ in ()).throw(httpx.ConnectTimeout("down", request=request))
    last, pupil, _parent = _family(a, uai)
    with pytest.raises(Unreachable):
        a.sync()  # the family's operation is numbered, then the server is out of reach
    a.use()
    _erase(a, pupil)  # erased before its creation ever reached the server
    a.faults.before = None
    a.sync()
    a.sync()
    a.use()
    from educonnect_desktop.store.models import JournalEntry

    assert JournalEntry.select().count() == 0  # every number acknowledged: nothing stalled
    assert _server_mentions(central_conn, last) == []
