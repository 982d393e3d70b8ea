"""A guardian with children in two schools of the académie: one account, seen by both schools,
each with only its own links (docs/sync.md, "Guardians shared by two schools")."""

from __future__ import annotations

import random
import string
from datetime import date

import pytest

from central_support import add_school, central_cli, rename_offline
from educonnect_desktop.store.models import Account, AccountKind, AuditEvent, GuardianLink, IdentifierAlias

pytestmark = [pytest.mark.postgres]

PASSWORD = "Rentree-2026-Bleue"


def _unique(prefix: str) -> str:
    return prefix + "".join(random.choices(string.ascii_lowercase, k=8))


def _family(desk, uai: str, *, parent: tuple[str, str], mobile: str | None, email: str | None = None,
            child: str, password: str | None = None) -> tuple[str, str]:
    """A pupil and a guardian, linked, made on `desk` as the school's roster import makes them
    (journaled, audited under its administrator). Returns (guardian identifier, pupil identifier)."""
    from educonnect_desktop.services import audit
    from educonnect_desktop.store.identifier_lease import candidate_numbers
    from educonnect_desktop.core.identifiers import make_identifier
    from educonnect_desktop.store.models import Establishment, database_proxy

    desk.use()
    school = Establishment.get(Establishment.uai == uai)
    first, last = parent

    def identifier(f: str, l: str) -> str:
        taken = {a.identifier for a in Account.select(Account.identifier)}
        return make_identifier(f, l, taken.__contains__, numbers=candidate_numbers())

    with database_proxy.atomic():
        pupil = Account.create(kind=AccountKind.STUDENT, identifier=identifier(child, last), first_name=child,
                               last_name=last, birth_date=date(2014, 3, 9), establishment=school, class_code="5 B")
        guardian = Account.create(
            kind=AccountKind.GUARDIAN, identifier=identifier(first, last), first_name=first, last_name=last,
            establishment=school, mobile=mobile, email=email, siecle_personne_id=f"P-{uai}",
            password_hash=desk.hashing.hash(password) if password else None,
            state="active" if password else "provisional", must_change_password=not password)
        link = GuardianLink.create(guardian=guardian, student=pupil, legal_level=1)
        for row in (pupil, guardian, link):
            audit.journal(row, "insert")
        audit.record("roster.import", actor=desk.admin, students=1, guardians=1)
    return guardian.identifier, pupil.identifier


def _two_schools(desks, new_uai, central_url, names=("Amont", "Aval")):
    first_uai, second_uai = new_uai(), new_uai()
    add_school(central_url, first_uai, "Collège Jean Moulin")
    add_school(central_url, second_uai, "École Jules Ferry")
    return (desks(first_uai, names[0]), first_uai), (desks(second_uai, names[1]), second_uai)


def _children_here(desk, guardian_identifier: str) -> set[str]:
    desk.use()
    guardian = Account.get(Account.identifier == guardian_identifier)
    return {link.student.first_name for link in GuardianLink.select().where(GuardianLink.guardian == guardian)}


def test_a_guardian_with_children_in_two_schools_has_one_account_seen_by_both(desks, new_uai, central_url,
                                                                             central_conn):
    from educonnect_desktop.services.authentication import login

    (a, a_uai), (b, b_uai) = _two_schools(desks, new_uai, central_url)
    last = _unique("Partage")
    parent_a, _ = _family(a, a_uai, parent=("Hélène", last), mobile="+33611223344", child="Inès",
                          password=PASSWORD)
    a.sync()
    # The second school's import writes the name its own way (case, accents) with the same mobile.
    parent_b, _ = _family(b, b_uai, parent=("HELENE", last.upper()), mobile="+33611223344", child="Noé")
    report = b.sync()

    assert report.shared == {parent_b: parent_a}
    assert any("déjà connu dans un autre établissement" in line for line in report.conflicts)
    rows = central_conn.execute("SELECT uuid FROM account WHERE fields->>'kind' = 'guardian' "
                                "AND lower(fields->>'last_name') = lower(%s)", (last,)).fetchall()
    assert len(rows) == 1, "one account for the family, not one per school"
    # Each school sees the one account, with its own child only.
    a.sync()
    assert _children_here(a, parent_a) == {"Inès"}
    assert _children_here(b, parent_a) == {"Noé"}
    b.use()
    assert not Account.select().where(Account.first_name == "Inès").exists(), "the other school's pupil stays there"
    assert not Account.select().where(Account.identifier == parent_b).exists()
    # The family logs in at the second school with the identifier and password it already had.
    session = login(parent_a, PASSWORD, hashing=b.hashing)
    assert session.identifier == parent_a
    # The identifier the second school made is never given to someone else, and named the same account.
    assert IdentifierAlias.get(IdentifierAlias.old_identifier == parent_b).account.identifier == parent_a
    told = AuditEvent.get((AuditEvent.action == "sync.account_shared") & (AuditEvent.target == parent_a))
    assert parent_b in told.details
    for uai in (a_uai, b_uai):
        assert parent_a in central_cli(central_url, "accounts", "list", "--establishment", uai).stdout
    audit = central_conn.execute("SELECT actor, details FROM server_audit WHERE action = 'account.shared' "
                                 "AND target = %s", (parent_a,)).fetchone()
    assert audit["actor"] == b.admin and audit["details"]["establishment"] == b_uai


def test_a_change_at_either_school_reaches_the_other(desks, new_uai, central_url):
    """The account changes in the home school's feed and in each view: both schools pull it, and
    the base versions stay comparable (no false conflict)."""
    from educonnect_desktop.services import my_account
    from educonnect_desktop.services.authentication import login

    (a, a_uai), (b, b_uai) = _two_schools(desks, new_uai, central_url, ("Rive", "Berge"))
    last = _unique("Change")
    parent, _ = _family(a, a_uai, parent=("Marc", last), mobile=None, email=f"{last}@example.org", child="Léo",
                        password=PASSWORD)
    a.sync()
    _family(b, b_uai, parent=("Marc", last), mobile="+33677889900", email=f"{last.upper()}@example.org",
            child="Zoé")
    b.sync()
    a.sync()
    a.use()  # the second school knew the mobile, the first did not: the account has it now
    assert Account.get(Account.identifier == parent).mobile == "+33677889900"

    b.use()  # at the second school, the family changes its password in "Mon compte"
    session = login(parent, PASSWORD, hashing=b.hashing)
    my_account.change_password(session, PASSWORD, "Nouveau-Mot-2-Passe", hashing=b.hashing)
    assert b.sync().conflicts == []
    a.sync()
    login(parent, "Nouveau-Mot-2-Passe", hashing=a.hashing)

    rename_offline([(a, "Marc-Antoine")], parent)  # and at the first school, the secretariat corrects it
    assert a.sync().conflicts == []
    b.sync()
    b.use()
    assert Account.get(Account.identifier == parent).first_name == "Marc-Antoine"
    assert _children_here(b, parent) == {"Zoé"} and _children_here(a, parent) == {"Léo"}


def test_the_same_name_without_the_same_mobile_or_address_is_another_person(desks, new_uai, central_url,
                                                                           central_conn):
    (a, a_uai), (b, b_uai) = _two_schools(desks, new_uai, central_url, ("Nord", "Sud"))
    last = _unique("Homonyme")
    _family(a, a_uai, parent=("Paul", last), mobile="+33600000001", child="Ana")
    a.sync()
    _family(b, b_uai, parent=("Paul", last), mobile="+33600000002", child="Eva")
    assert b.sync().shared == {}
    count = central_conn.execute("SELECT count(*) AS n FROM account WHERE fields->>'last_name' = %s "
                                 "AND fields->>'kind' = 'guardian'", (last,)).fetchone()["n"]
    assert count == 2


def test_the_school_that_only_sees_the_account_erases_its_part_only(desks, new_uai, central_url, central_conn):
    """The second school's pupil leaves and is erased there (with the guardian, who has no other
    child there): the family's account and its first school's link live on."""
    from educonnect_desktop.services import privacy
    from educonnect_desktop.services.authentication import login

    (a, a_uai), (b, b_uai) = _two_schools(desks, new_uai, central_url, ("Haut", "Bas"))
    last = _unique("Depart")
    parent, _ = _family(a, a_uai, parent=("Rose", last), mobile="+33655443322", child="Tom", password=PASSWORD)
    a.sync()
    _, pupil_b = _family(b, b_uai, parent=("Rose", last), mobile="+33655443322", child="Lou")
    b.sync()
    b.use()
    erased = privacy.erase_family_account(pupil_b, actor=b.staff().actor)
    assert parent in erased
    b.sync()
    a.sync()
    assert _children_here(a, parent) == {"Tom"}
    login(parent, PASSWORD, hashing=a.hashing)
    b.use()
    assert not Account.select().where(Account.last_name == last).exists()
    # Nothing the second school pushes later about the account brings it back there.
    assert b.sync().conflicts == []
    b.use()
    assert not Account.select().where(Account.last_name == last).exists()


def test_the_home_school_erasing_moves_the_account_to_the_school_that_still_needs_it(
        desks, new_uai, central_url, central_conn):
    from educonnect_desktop.services import privacy
    from educonnect_desktop.services.authentication import login

    (a, a_uai), (b, b_uai) = _two_schools(desks, new_uai, central_url, ("Est", "Ouest"))
    last = _unique("Demenage")
    parent, pupil_a = _family(a, a_uai, parent=("Yves", last), mobile="+33644556677", child="Max",
                              password=PASSWORD)
    a.sync()
    _family(b, b_uai, parent=("Yves", last), mobile="+33644556677", child="Léa")
    b.sync()
    a.use()
    assert parent in privacy.erase_family_account(pupil_a, actor=a.staff().actor)
    a.sync()
    b.sync()
    a.use()
    assert not Account.select().where(Account.last_name == last).exists()
    assert _children_here(b, parent) == {"Léa"}
    login(parent, PASSWORD, hashing=b.hashing)
    home = central_conn.execute("SELECT e.uai FROM account JOIN establishment e ON e.id = account.establishment_id "
                                "WHERE identifier = %s", (parent,)).fetchone()["uai"]
    assert home == b_uai
    assert central_conn.execute("SELECT actor FROM server_audit WHERE action = 'account.home_moved' AND target = %s",
                                (parent,)).fetchone()["actor"] == a.admin
    rename_offline([(b, "Yves-Marie")], parent)  # the school that keeps it changes it: no false conflict
    assert b.sync().conflicts == []
    a.sync()
    a.use()
    assert not Account.select().where(Account.last_name == last).exists()
