"""Roster import, preview then apply, against a real SQLite file and the importer fixtures."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from educonnect_desktop.core.clock import add_months
from educonnect_desktop.importers import ImportCancelled, ImportFormatError
from educonnect_desktop.services import audit, demo, setup
from educonnect_desktop.services.errors import InvalidInput
from educonnect_desktop.services.roster_import import (
    ApplyCancelled, StalePreview, apply_import, preview_import,
)
from educonnect_desktop.store.models import (
    Account, AuditEvent, Establishment, GuardianLink, JournalEntry, database_proxy,
)

DATA = Path(__file__).resolve().parents[1] / "importers" / "data"
TODAY = date(2024, 12, 1)
SIECLE = [DATA / "ElevesSansAdresses.xml", DATA / "ResponsablesAvecAdresses.xml"]
SCHOOL = "Collège Jean Moulin"  # a new establishment is created under the name staff give
STUDENTS = {"a.ndiaye1", "l.martin1", "l.martin2", "f.durand1", "m.saint-andre1", "t.moreau1", "i.roux1",
            "l.moreau1"}
GUARDIANS = {"f.ndiaye1", "m.ndiaye1", "s.martin1", "e.martin1", "h.durand1", "j.oehler1", "b.saint-andre1",
             "k.moreau1", "v.martin1"}


ACTOR = {}


@pytest.fixture(autouse=True)
def _actor(staff_actor):
    """Every import here is made by a logged-in secretariat member (the staff_actor fixture)."""
    ACTOR["staff"] = staff_actor
    ROW_BASELINE[:] = _counts()
    yield
    ACTOR.clear()


ROW_BASELINE: list[int] = []


def _counts() -> list[int]:
    return [model.select().count() for model in (Establishment, Account, GuardianLink, JournalEntry, AuditEvent)]


def rows() -> tuple[int, ...]:
    """What the test's actions added (the staff member and their login are already there)."""
    return tuple(n - base for n, base in zip(_counts(), ROW_BASELINE))


def identifiers(kind: str | None = None) -> set[str]:
    query = Account.select(Account.identifier)
    if kind:
        query = query.where(Account.kind == kind)
    return {a.identifier for a in query}


def account(identifier: str) -> Account:
    return Account.get(Account.identifier == identifier)


def do_import(paths, hashing, *, today=TODAY, **options):
    kind = options.pop("kind", "siecle")
    uai = options.pop("uai", None)
    preview = preview_import(paths, kind=kind, uai=uai, establishment_name=SCHOOL, today=today)
    return preview, apply_import(preview, actor=ACTOR["staff"], hashing=hashing, **options)


def edited(tmp_path: Path, name: str, *replacements: tuple[str, str], drop: str | None = None,
           encoding="utf-8") -> Path:
    """A copy of a fixture with some text replaced and the lines starting with `drop` removed."""
    text = (DATA / name).read_bytes().decode(encoding)
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    if drop:
        text = "".join(line for line in text.splitlines(keepends=True) if not line.startswith(drop))
    target = tmp_path / name
    target.write_bytes(text.encode(encoding))
    return target


def test_first_import_creates_students_and_legal_guardians(db, fast_hashing):
    preview = preview_import(SIECLE, establishment_name=SCHOOL, today=TODAY)
    assert rows() == (0, 0, 0, 0, 0)  # the preview writes nothing
    assert (preview.uai, preview.establishment_exists) == ("0751234A", False)
    assert (preview.counts.new_students, preview.counts.new_guardians, preview.counts.new_links) == (8, 9, 10)
    assert preview.counts.contacts_without_account == 2 and preview.counts.ignored_left == 1
    assert any("8 nouveaux" in line for line in preview.summary)

    result = apply_import(preview, actor=ACTOR["staff"], hashing=fast_hashing)
    school = Establishment.get()
    assert (school.uai, school.name) == ("0751234A", SCHOOL)
    # Accents, apostrophes, hyphens, Œ, the usage name (DURAND), homonyms numbered in export order.
    assert identifiers("student") == STUDENTS
    assert identifiers("guardian") == GUARDIANS
    assert account("l.martin1").siecle_eleve_id == "1002" and account("l.martin2").siecle_eleve_id == "1003"
    francois = account("f.durand1")
    assert (francois.last_name, francois.usage_name, francois.class_code, francois.ine) == (
        "LEFÈVRE-ŒHLER", "DURAND", "4 C", "1234567893D")
    assert all(a.state == "provisional" and a.establishment_id == school.id for a in Account.select().where(Account.kind != "staff"))
    # Left before today, duplicate INE, impossible birth date: no account.
    assert not Account.select().where(Account.siecle_eleve_id.in_(["1005", "1006", "1007", "1008"])).exists()
    assert "INE en double avec l'élève ELEVE_ID=1002" in "\n".join(str(r) for r in preview.diff.rejected)
    # Non-legal contact, and the guardian of a student who left: no account.
    assert not Account.select().where(Account.siecle_personne_id.in_(["2007", "2009"])).exists()
    levels = {(l.student.identifier, l.guardian.identifier): l.legal_level for l in GuardianLink.select()}
    assert levels[("a.ndiaye1", "f.ndiaye1")] == 1 and levels[("a.ndiaye1", "m.ndiaye1")] == 2
    assert levels[("t.moreau1", "k.moreau1")] == 1 and levels[("l.moreau1", "k.moreau1")] == 1
    assert account("f.ndiaye1").mobile == "+33612345678" and account("f.ndiaye1").email_state == "none"
    assert (result.students_created, result.guardians_created, result.links_added) == (8, 9, 10)
    assert result.establishment_created and result.rejected == preview.counts.rejected


def test_students_get_working_provisional_passwords_valid_three_months(db, fast_hashing):
    moment = datetime(2024, 11, 30, 9, 0)
    preview, result = do_import(SIECLE, fast_hashing, clock=lambda: moment)
    given = {c.identifier: c for c in result.issued}
    assert set(given) == STUDENTS | GUARDIANS
    for identifier in STUDENTS:
        stored = account(identifier)
        password = given[identifier].provisional_password
        assert fast_hashing.verify(stored.password_hash, password)
        assert stored.provisional_expires_at == add_months(moment, 3) == given[identifier].expires_at
        assert stored.must_change_password
    # Guardians without a password activate with their mobile (self-registration).
    assert all(given[g].provisional_password is None and account(g).password_hash is None for g in GUARDIANS)
    # The plain passwords reach neither the audit log nor the journal.
    logged = " ".join(e.details or "" for e in AuditEvent.select()) + " ".join(
        e.payload for e in JournalEntry.select())
    assert "password_hash" not in logged and "$argon2" not in logged
    assert not any(given[i].provisional_password in logged for i in STUDENTS)
    event = AuditEvent.get(AuditEvent.action == "roster.import")
    details = json.loads(event.details)
    assert event.actor == "s.secretariat1"
    assert (details["students"], details["guardians"], details["provisional"], details["uai"]) == (8, 9, 8, "0751234A")


def test_secretariat_chooses_which_guardians_get_a_password(db, fast_hashing):
    _, result = do_import(SIECLE, fast_hashing, provisional_for_guardians={"2001", "2005"})
    with_password = {c.identifier for c in result.issued if c.provisional_password}
    assert with_password == STUDENTS | {"f.ndiaye1", "h.durand1"}
    assert fast_hashing.verify(account("h.durand1").password_hash,
                               next(c.provisional_password for c in result.issued if c.identifier == "h.durand1"))


def test_all_guardians_can_get_a_password(db, fast_hashing):
    _, result = do_import(SIECLE, fast_hashing, provisional_for_guardians=True)
    assert result.passwords_issued == len(STUDENTS) + len(GUARDIANS)
    assert all(a.password_hash for a in Account.select().where(Account.kind != "staff"))


@pytest.mark.parametrize("files", [
    ["ElevesSansAdresses.xml", "ResponsablesAvecAdresses.xml"],  # ISO-8859-15, RESP_LEGAL
    ["ElevesAvecAdresses.xml", "ResponsablesAvecAdresses_niveau.xml"],  # UTF-8, NIVEAU_RESPONSABILITE
    ["export_siecle.zip"],
    ["ElevesSansAdresses_2015.xml", "ResponsablesAvecAdresses.xml"],  # NOM, before 2016
])
def test_every_siecle_variant_imports_then_reimports_without_change(db, fast_hashing, files):
    paths = [DATA / f for f in files]
    do_import(paths, fast_hashing)
    assert {"a.ndiaye1", "l.martin1", "l.martin2", "m.saint-andre1"} <= identifiers("student")
    before = rows()
    preview, result = do_import(paths, fast_hashing)
    assert not preview.has_changes
    assert "Aucun changement : la base est déjà à jour." in preview.summary
    assert (result.students_created, result.students_updated, result.guardians_updated, result.links_added,
            result.links_changed, result.links_removed, result.issued) == (0, 0, 0, 0, 0, 0, ())
    # Only the import event itself is new; no journal entry, no account, no link.
    assert rows() == (*before[:4], before[4] + 1)


def test_pre_2016_export_has_no_usage_name(db, fast_hashing):
    do_import([DATA / "ElevesSansAdresses_2015.xml"], fast_hashing)
    assert "f.lefevre-oehler1" in identifiers("student")
    assert identifiers("guardian") == set()  # a students file alone


def test_niveau_responsabilite_gives_accounts_to_legal_guardians_only(db, fast_hashing):
    do_import([DATA / "ElevesAvecAdresses.xml", DATA / "ResponsablesAvecAdresses_niveau.xml"], fast_hashing)
    levels = {(l.student.identifier, l.guardian.identifier): l.legal_level for l in GuardianLink.select()}
    assert levels == {("a.ndiaye1", "f.ndiaye1"): 1, ("a.ndiaye1", "m.ndiaye1"): 2,
                      ("f.durand1", "j.oehler1"): 1, ("m.saint-andre1", "b.saint-andre1"): 1}
    # Hélène (délégation) and Josiane (personne en charge) are contacts: no account.
    assert identifiers("guardian") == {"f.ndiaye1", "m.ndiaye1", "j.oehler1", "b.saint-andre1"}


@pytest.mark.parametrize("name", ["onde_cp1252.csv", "onde_utf8_bom.csv"])
def test_onde_needs_an_establishment_then_imports_and_reimports(db, fast_hashing, name):
    path = DATA / name
    with pytest.raises(InvalidInput, match="--uai"):
        preview_import(path, kind="onde", establishment_name=SCHOOL, today=TODAY)
    with pytest.raises(InvalidInput, match="UAI"):
        preview_import(path, kind="onde", uai="75", establishment_name=SCHOOL, today=TODAY)
    preview, result = do_import(path, fast_hashing, kind="onde", uai="0751234a")
    assert Establishment.get().uai == "0751234A"
    assert identifiers("student") == {"a.ndiaye1", "i.ndiaye1", "l.martin1", "l.martin2", "c.durand1"}
    # Two Sophie MARTIN without any contact cannot be told apart: two accounts, two identifiers.
    assert {"s.martin1", "s.martin2", "f.ndiaye1", "m.ndiaye1", "p.martin1", "h.lefevre1"} == identifiers("guardian")
    assert any("INE en double" in str(r) for r in preview.diff.rejected)
    assert account("a.ndiaye1").siecle_eleve_id.startswith("onde-e-")
    # The only establishment is taken when --uai is left out.
    before = rows()
    again, _ = do_import(path, fast_hashing, kind="onde")
    assert not again.has_changes and rows()[:4] == before[:4]


def test_onde_without_uai_ignores_the_demo_establishment(db, fast_hashing):
    demo.load_demo(hashing=fast_hashing)
    with pytest.raises(InvalidInput, match="--uai"):
        preview_import(DATA / "onde_cp1252.csv", kind="onde", establishment_name=SCHOOL, today=TODAY)


def test_identifiers_never_collide_with_existing_accounts(db, fast_hashing):
    setup.create_first_administrator("Léa", "Martin", "Secr3tariat!", hashing=fast_hashing)
    do_import(SIECLE, fast_hashing)
    assert {a.identifier for a in Account.select().where(Account.siecle_eleve_id.in_(["1002", "1003"]))} == {
        "l.martin2", "l.martin3"}


@pytest.mark.parametrize("name, message", [
    ("ResponsablesAvecAdresses_malforme.xml", "ResponsablesAvecAdresses_malforme.xml, ligne"),
    ("billion_laughs.xml", "billion_laughs.xml : le fichier contient une déclaration d'entités"),
    ("external_entity.xml", "external_entity.xml : le fichier contient une déclaration d'entités"),
])
def test_malformed_or_hostile_files_are_refused_before_anything_is_written(db, fast_hashing, name, message):
    do_import(SIECLE, fast_hashing)
    before = rows()
    with pytest.raises(ImportFormatError) as info:
        preview_import([DATA / "ElevesSansAdresses.xml", DATA / name], establishment_name=SCHOOL, today=TODAY)
    assert message in info.value.message
    assert "root:" not in info.value.message  # /etc/passwd was never read
    assert rows() == before


def test_newer_export_updates_renumbers_and_flags_departures_without_duplicates(db, fast_hashing, tmp_path):
    do_import([DATA / "ElevesAvecAdresses.xml", DATA / "ResponsablesAvecAdresses_niveau.xml"], fast_hashing)
    lea = account("l.martin2")
    fatou = account("f.ndiaye1")
    fatou.mobile, fatou.mobile_confirmed = "+33600000009", True  # confirmed by the family at the kiosk
    fatou.save()
    ids_before = {a.identifier: a.id for a in Account.select()}

    eleves = edited(
        tmp_path, "ElevesAvecAdresses.xml",
        # 1002 changes class; 1003 is renumbered 5003 (same INE); 1012 is no longer in the export.
        ('<STRUCTURES_ELEVE ELEVE_ID="1002"><STRUCTURE><CODE_STRUCTURE>3 A',
         '<STRUCTURES_ELEVE ELEVE_ID="1002"><STRUCTURE><CODE_STRUCTURE>4 A'),
        ('ELEVE_ID="1003"', 'ELEVE_ID="5003"'),
        drop='<ELEVE ELEVE_ID="1012"',
    )
    responsables = edited(
        tmp_path, "ResponsablesAvecAdresses_niveau.xml",
        ("<TEL_PORTABLE>06 12 34 56 78</TEL_PORTABLE><MEL>fatou.ndiaye@exemple.fr</MEL>",
         "<TEL_PORTABLE>06 99 88 77 66</TEL_PORTABLE><MEL>fatou@nouveau.fr</MEL>"),
        ("<PRENOM>Moussa</PRENOM>", "<PRENOM>Moussa Ibrahima</PRENOM>"),
    )
    preview = preview_import([eleves, responsables], establishment_name=SCHOOL, today=TODAY)
    changed = {ch.record.source_id: ch.fields for ch in preview.diff.changed_students}
    assert changed == {"1002": ("classe",), "5003": ("identifiant de l'export",)}
    assert [(d.existing.source_id, d.reason) for d in preview.diff.left_students] == [("1012", "absent de l'export")]
    assert {ch.record.source_id: ch.fields for ch in preview.diff.changed_guardians} == {
        "2001": ("e-mail",), "2002": ("prénom",)}
    assert [(ch.record.source_id, kept) for ch, kept in preview.kept_contacts] == [("2001", ("portable",))]
    result = apply_import(preview, actor=ACTOR["staff"], hashing=fast_hashing)

    assert {a.identifier: a.id for a in Account.select()} == ids_before  # no duplicate, no deletion
    assert (result.students_updated, result.guardians_updated, result.students_left) == (2, 2, 1)
    assert account("l.martin1").class_code == "4 A"
    assert account("l.martin2").siecle_eleve_id == "5003" and account("l.martin2").id == lea.id
    assert account("l.moreau1").left_at == TODAY
    fatou = account("f.ndiaye1")
    assert (fatou.mobile, fatou.email) == ("+33600000009", "fatou@nouveau.fr")  # confirmed mobile kept
    assert account("m.ndiaye1").first_name == "Moussa Ibrahima"
    # Each change journaled once, with only the changed columns.
    entry = JournalEntry.select().where(JournalEntry.entity_uuid == account("l.martin1").uuid).order_by(
        JournalEntry.id.desc()).get()
    assert set(json.loads(entry.payload)) == {"class_code", "updated_at"}
    # Importing the newer export again changes nothing.
    before = rows()
    again, _ = do_import([eleves, responsables], fast_hashing)
    assert not again.has_changes and rows()[:4] == before[:4]


def test_student_leaving_on_a_date_is_flagged_kept_and_disabled_at_once(db, fast_hashing):
    do_import(SIECLE, fast_hashing)
    links = GuardianLink.select().count()
    preview, result = do_import(SIECLE, fast_hashing, today=date(2025, 7, 1))
    assert [d.reason for d in preview.diff.left_students] == ["sorti de l'établissement le 30/06/2025"]
    maelle = account("m.saint-andre1")
    # Kept (links too) until the retention purge erases it; no longer able to log in (RGPD art. 5).
    assert maelle.left_at == date(2025, 6, 30) and maelle.state == "disabled"
    assert GuardianLink.select().count() == links and result.students_left == 1
    again, _ = do_import(SIECLE, fast_hashing, today=date(2025, 7, 1))
    assert not again.has_changes


def test_cancel_during_hashing_writes_nothing(db, fast_hashing):
    preview = preview_import(SIECLE, establishment_name=SCHOOL, today=TODAY)
    stop = []
    with pytest.raises(ApplyCancelled) as info:
        apply_import(preview, actor=ACTOR["staff"], hashing=fast_hashing, provisional_for_guardians=True,
                     progress=lambda done, total: stop.append(done), cancelled=lambda: bool(stop))
    assert isinstance(info.value, ImportCancelled) and "rien n'a été enregistré" in info.value.message
    assert stop and rows() == (0, 0, 0, 0, 0)
    # The same preview can still be applied afterwards.
    apply_import(preview, actor=ACTOR["staff"], hashing=fast_hashing)
    assert identifiers("student") == STUDENTS


def test_a_change_between_preview_and_apply_asks_for_a_new_preview(db, fast_hashing):
    do_import(SIECLE, fast_hashing)
    preview = preview_import(SIECLE, establishment_name=SCHOOL, today=date(2025, 7, 1))
    Account.update(class_code="6 Z").where(Account.identifier == "l.martin1").execute()
    before = rows()
    with pytest.raises(StalePreview, match="refaites l'aperçu"):
        apply_import(preview, actor=ACTOR["staff"], hashing=fast_hashing)
    assert rows() == before and account("m.saint-andre1").left_at is None


@pytest.mark.parametrize("change", ["link level", "e-mail given", "mobile confirmed", "name"])
def test_each_thing_the_diff_reads_makes_the_preview_stale(db, fast_hashing, change):
    do_import(SIECLE, fast_hashing)
    preview = preview_import(SIECLE, establishment_name=SCHOOL, today=TODAY)
    guardian = Account.get(Account.identifier == "f.ndiaye1")
    if change == "link level":
        link = GuardianLink.select().where(GuardianLink.guardian == guardian).first()
        GuardianLink.update(legal_level=0 if link.legal_level else 1).where(GuardianLink.id == link.id).execute()
    elif change == "e-mail given":
        Account.update(pending_email="famille@exemple.fr").where(Account.id == guardian.id).execute()
    elif change == "mobile confirmed":
        Account.update(mobile_confirmed=True).where(Account.id == guardian.id).execute()
    else:
        Account.update(first_name="Fatou-Binta").where(Account.id == guardian.id).execute()
    with pytest.raises(StalePreview):
        apply_import(preview, actor=ACTOR["staff"], hashing=fast_hashing)


def test_a_preview_leaves_no_cycle_for_the_paused_collector(db, fast_hashing):
    """preview_import pauses the cyclic collector (core.gc_pause): reference counting alone
    must free what it made, or memory would wait for the next collection."""
    import gc

    do_import(SIECLE, fast_hashing)
    gc.collect()
    gc.disable()
    try:
        preview = preview_import(SIECLE, establishment_name=SCHOOL, today=TODAY)
        assert not gc.isenabled()  # left as the caller had it
        assert gc.collect() == 0
    finally:
        gc.enable()
    assert preview.counts.new_students == 0


def test_two_previews_of_a_new_establishment_apply_once(db, fast_hashing):
    first, second = (preview_import(SIECLE, establishment_name=SCHOOL, today=TODAY),
                     preview_import(SIECLE, establishment_name=SCHOOL, today=TODAY))
    apply_import(first, actor=ACTOR["staff"], hashing=fast_hashing)
    before = rows()
    with pytest.raises(StalePreview):
        apply_import(second, actor=ACTOR["staff"], hashing=fast_hashing)
    assert rows() == before


def test_an_error_during_the_writes_rolls_everything_back(db, fast_hashing, monkeypatch):
    preview = preview_import(SIECLE, establishment_name=SCHOOL, today=TODAY)

    def broken(action, **details):
        raise RuntimeError("disque plein")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        apply_import(preview, actor=ACTOR["staff"], hashing=fast_hashing)
    assert rows() == (0, 0, 0, 0, 0)
    assert not database_proxy.in_transaction()


def test_activity_elsewhere_does_not_invalidate_the_preview(db, fast_hashing):
    do_import(SIECLE, fast_hashing)
    preview = preview_import(SIECLE, establishment_name=SCHOOL, today=date(2025, 7, 1))
    Account.update(last_login_at=datetime(2024, 12, 2), state="active").where(
        Account.identifier == "a.ndiaye1").execute()
    apply_import(preview, actor=ACTOR["staff"], hashing=fast_hashing)
    assert account("m.saint-andre1").left_at == date(2025, 6, 30)


def test_renumbered_student_keeps_its_links_and_links_follow_the_export(db, fast_hashing, tmp_path):
    do_import(SIECLE, fast_hashing)
    eleves = edited(tmp_path, "ElevesSansAdresses.xml", ('ELEVE_ID="1003"', 'ELEVE_ID="5003"'),
                    encoding="iso-8859-15")
    responsables = edited(
        tmp_path, "ResponsablesAvecAdresses.xml",
        ("<ELEVE_ID>1003</ELEVE_ID>", "<ELEVE_ID>5003</ELEVE_ID>"),
        ("<ELEVE_ID>1001</ELEVE_ID><PERSONNE_ID>2002</PERSONNE_ID><RESP_LEGAL>2",
         "<ELEVE_ID>1001</ELEVE_ID><PERSONNE_ID>2002</PERSONNE_ID><RESP_LEGAL>0"),
        drop="<RESPONSABLE_ELEVE><ELEVE_ID>1002</ELEVE_ID><PERSONNE_ID>2004</PERSONNE_ID>",
        encoding="iso-8859-15",
    )
    preview, result = do_import([eleves, responsables], fast_hashing)
    assert [(c.link.student_source_id, c.link.guardian_source_id, c.previous_level)
            for c in preview.diff.changed_links] == [("1001", "2002", 2)]
    assert preview.diff.removed_links == (("1002", "2004", 2),)
    assert (result.links_added, result.links_changed, result.links_removed) == (0, 1, 1)
    levels = {(l.student.identifier, l.guardian.identifier): l.legal_level for l in GuardianLink.select()}
    assert levels[("l.martin2", "v.martin1")] == 1  # 1003, now 5003: same account, same link
    assert levels[("a.ndiaye1", "m.ndiaye1")] == 0
    assert ("l.martin1", "e.martin1") not in levels
    assert account("e.martin1").kind == "guardian"  # the account stays, only the link goes
    delete = JournalEntry.select().where(JournalEntry.operation == "delete").get()
    assert delete.entity == "guardian_link"
    again, _ = do_import([eleves, responsables], fast_hashing)
    assert not again.has_changes


def test_a_guardians_file_alone_links_to_students_already_imported(db, fast_hashing):
    do_import([DATA / "ElevesSansAdresses.xml"], fast_hashing)
    assert identifiers("guardian") == set() and GuardianLink.select().count() == 0
    preview, result = do_import([DATA / "ResponsablesAvecAdresses.xml"], fast_hashing)
    assert identifiers("guardian") == GUARDIANS and result.links_added == 10
    assert preview.counts.left_students == 0  # a guardians file says nothing about who left
    again, _ = do_import([DATA / "ResponsablesAvecAdresses.xml"], fast_hashing)
    assert not again.has_changes


def test_a_student_back_in_the_establishment_is_no_longer_flagged(db, fast_hashing):
    do_import(SIECLE, fast_hashing)
    do_import(SIECLE, fast_hashing, today=date(2025, 7, 1))
    assert account("m.saint-andre1").left_at is not None and account("m.saint-andre1").state == "disabled"
    preview, result = do_import(SIECLE, fast_hashing)  # an export where the exit date is still to come
    assert [c.fields for c in preview.diff.changed_students] == [("retour dans l'établissement",)]
    assert account("m.saint-andre1").left_at is None and result.students_updated == 1
    assert account("m.saint-andre1").state == "provisional"  # can log in again with its letter


def test_an_account_made_by_hand_is_matched_by_name_and_keeps_its_links(db, fast_hashing):
    do_import(SIECLE, fast_hashing)
    Account.update(siecle_eleve_id=None, ine=None).where(Account.identifier == "l.martin1").execute()
    links = GuardianLink.select().count()
    preview, result = do_import(SIECLE, fast_hashing)
    assert [c.fields for c in preview.diff.changed_students] == [("INE", "identifiant de l'export")]
    assert (preview.diff.left_students, preview.diff.new_links, preview.diff.changed_links) == ((), (), ())
    assert (result.students_created, result.links_added, result.links_changed) == (0, 0, 0)
    assert GuardianLink.select().count() == links
    assert (account("l.martin1").siecle_eleve_id, account("l.martin1").ine) == ("1002", "1234567891B")
    again, _ = do_import(SIECLE, fast_hashing)
    assert not again.has_changes


def test_a_new_establishment_without_a_name_is_refused_not_invented(db, fast_hashing):
    from educonnect_desktop.services.roster_import import EstablishmentNameRequired

    preview = preview_import(SIECLE, today=TODAY)
    assert preview.establishment_name_missing
    assert "nom à indiquer" in preview.summary[0]
    with pytest.raises(EstablishmentNameRequired, match="indiquez son nom"):
        apply_import(preview, actor=ACTOR["staff"], hashing=fast_hashing)
    assert rows()[:2] == (0, 0)
