"""The import preview: new / changed / left students, guardians and links."""

from __future__ import annotations

import dataclasses
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from educonnect_desktop.importers import (
    ExistingGuardian,
    ExistingStudent,
    read_onde,
    read_siecle,
)
from educonnect_desktop.importers.diff import diff

DATA = Path(__file__).parent / "data"
TODAY = date(2024, 12, 1)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from roster_generator import generate_siecle  # noqa: E402


def existing_student(record, **changes) -> ExistingStudent:
    student = ExistingStudent(
        source_id=record.source_id, ine=record.ine, last_name=record.last_name,
        usage_name=record.usage_name, first_name=record.first_name, birth_date=record.birth_date,
        class_code=record.class_code, left=record.left,
    )
    return dataclasses.replace(student, **changes)


def existing_guardian(record, **changes) -> ExistingGuardian:
    guardian = ExistingGuardian(
        source_id=record.source_id, last_name=record.last_name, usage_name=record.usage_name,
        first_name=record.first_name, mobile=record.mobile, email=record.email,
    )
    return dataclasses.replace(guardian, **changes)


def imported(roster):
    """What the database would hold after importing `roster` as previewed."""
    students = [existing_student(s) for s in roster.students if not s.left]
    guardians = [existing_guardian(g) for g in roster.guardians]
    kept = {s.source_id for s in students}
    links = {(l.student_source_id, l.guardian_source_id, l.legal_level) for l in roster.links
             if l.student_source_id in kept or not roster.includes_students}
    return students, guardians, links


@pytest.fixture(scope="module")
def roster():
    return read_siecle([DATA / "ElevesSansAdresses.xml", DATA / "ResponsablesAvecAdresses.xml"], today=TODAY)


def by_id(records):
    return {r.source_id: r for r in records}


def test_first_import_creates_everything_but_departed_students(roster):
    result = diff(roster, [], [], set())
    assert {s.source_id for s in result.new_students} == {s.source_id for s in roster.students if not s.left}
    assert [s.source_id for s in result.ignored_left] == ["1005"]
    assert result.new_guardians == roster.guardians
    created = {s.source_id for s in result.new_students}
    assert result.new_links == tuple(l for l in roster.links if l.student_source_id in created)
    assert {l.student_source_id for l in result.new_links} == created - {"1011"}  # 1011's guardian was rejected
    assert result.left_students == () and result.removed_links == ()
    assert result.rejected == roster.rejected


@pytest.mark.parametrize(
    "files",
    [
        ["ElevesSansAdresses.xml", "ResponsablesAvecAdresses.xml"],
        ["ElevesAvecAdresses.xml", "ResponsablesAvecAdresses_niveau.xml"],
        ["export_siecle.zip"],
        ["ResponsablesAvecAdresses.xml"],
        ["onde_cp1252.csv"],
    ],
)
def test_diffing_a_roster_against_its_own_import_changes_nothing(files):
    if files[0].endswith(".csv"):
        roster = read_onde(DATA / files[0], today=TODAY)
    else:
        roster = read_siecle([DATA / f for f in files], today=TODAY)
    students, guardians, links = imported(roster)
    result = diff(roster, students, guardians, links)
    assert not result.has_changes, result
    assert result.unchanged_students == len(roster.students) - len(result.ignored_left)
    assert result.unchanged_guardians == len(roster.guardians)


def test_generated_roster_is_idempotent():
    eleves, responsables = generate_siecle(students=400, guardians=750, seed=7)
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "e.xml").write_bytes(eleves)
        (Path(folder) / "r.xml").write_bytes(responsables)
        roster = read_siecle([Path(folder) / "e.xml", Path(folder) / "r.xml"], today=TODAY)
    assert not diff(roster, *imported(roster)).has_changes


def test_changed_fields_are_named_in_french(roster):
    students, guardians, links = imported(roster)
    students = [existing_student(s, class_code="4 A", last_name="NDIAYE") if s.source_id == "1001" else s
                for s in students]
    guardians = [existing_guardian(g, mobile="+33600000000", email=None) if g.source_id == "2001" else g
                 for g in guardians]
    result = diff(roster, students, guardians, links)
    (student_change,) = result.changed_students
    assert (student_change.record.source_id, student_change.fields) == ("1001", ("nom", "classe"))
    (guardian_change,) = result.changed_guardians
    assert guardian_change.fields == ("portable", "e-mail")


def test_empty_contact_in_export_never_erases_one(roster):
    students, guardians, links = imported(roster)
    # 2003 has no usable mobile in the export; the database has one from the kiosk.
    guardians = [existing_guardian(g, mobile="+33612121212") if g.source_id == "2003" else g for g in guardians]
    assert diff(roster, students, guardians, links).changed_guardians == ()


def test_renumbered_student_is_matched_by_ine(roster):
    students, guardians, links = imported(roster)
    students = [existing_student(s, source_id="OLD-1002") if s.source_id == "1002" else s for s in students]
    links = {("OLD-1002" if s == "1002" else s, g, level) for s, g, level in links}
    result = diff(roster, students, guardians, links)
    assert result.new_students == () and result.left_students == ()
    (change,) = result.changed_students
    assert change.existing.source_id == "OLD-1002"
    assert change.fields == ("identifiant de l'export",)
    assert result.new_links == () and result.removed_links == ()


def test_hand_made_account_is_matched_by_names_and_birth_date(roster):
    students, guardians, links = imported(roster)
    students = [existing_student(s, source_id=None, ine=None) if s.source_id == "1010" else s for s in students]
    result = diff(roster, students, guardians, links)
    (change,) = result.changed_students
    assert change.record.source_id == "1010" and change.fields == ("identifiant de l'export",)


def test_homonyms_are_never_matched_by_names(roster):
    lea = by_id(roster.students)["1002"]
    twin = existing_student(lea, source_id=None, ine=None)
    result = diff(roster, [twin, dataclasses.replace(twin)], [], set())
    assert "1002" in {s.source_id for s in result.new_students}


def test_conflicting_ine_blocks_a_name_match(roster):
    theo = existing_student(by_id(roster.students)["1012"], source_id=None, ine="9999999999Z")
    result = diff(roster, [theo], [], set())
    assert "1012" in {s.source_id for s in result.new_students}


def test_student_absent_from_the_export_has_left(roster):
    students, guardians, links = imported(roster)
    gone = ExistingStudent("0999", None, "ROBIN", None, "Hugo", date(2011, 1, 1), "3 A", left=False)
    hand_made = ExistingStudent(None, None, "BLANC", None, "Zoé", date(2011, 1, 1), "3 A", left=False)
    rejected = ExistingStudent("1006", None, "D'ALMEIDA", None, "Noé", date(2011, 2, 28), "3 A", left=False)
    result = diff(roster, [*students, gone, hand_made, rejected], guardians, links)
    assert [(d.existing.source_id, d.record, d.reason) for d in result.left_students] == [
        ("0999", None, "absent de l'export")
    ]


def test_student_marked_left_in_the_export(roster):
    chloe = by_id(roster.students)["1005"]
    result = diff(roster, [existing_student(chloe, left=False)], [], set())
    (departure,) = result.left_students
    assert departure.record == chloe and departure.reason == "sorti de l'établissement le 15/10/2024"


def test_returning_student(roster):
    theo = by_id(roster.students)["1010"]
    (change,) = diff(roster, [existing_student(theo, left=True)], [], set()).changed_students
    assert change.fields == ("retour dans l'établissement",)


def test_guardians_file_alone_reports_no_departure(roster):
    guardians_only = read_siecle([DATA / "ResponsablesAvecAdresses.xml"], today=TODAY)
    students, guardians, links = imported(roster)
    result = diff(guardians_only, students, guardians, links)
    assert result.left_students == () and result.removed_links == ()
    assert result.new_links == ()  # 9999 is nobody's account: nothing to link


def test_students_file_alone_keeps_links(roster):
    students_only = read_siecle([DATA / "ElevesSansAdresses.xml"], today=TODAY)
    students, guardians, links = imported(roster)
    result = diff(students_only, students, guardians, links)
    assert not result.has_changes


def test_link_changes(roster):
    students, guardians, links = imported(roster)
    links = set(links)
    links.discard(("1001", "2002", 2))
    links.discard(("1002", "2004", 2))
    links.add(("1002", "2004", 0))
    links.add(("1001", "2007", 1))  # no longer in the export
    result = diff(roster, students, guardians, links)
    assert [(l.student_source_id, l.guardian_source_id) for l in result.new_links] == [("1001", "2002")]
    assert [(c.link.guardian_source_id, c.link.legal_level, c.previous_level) for c in result.changed_links] == [
        ("2004", 2, 0)
    ]
    assert result.removed_links == (("1001", "2007", 1),)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_any_subset_already_imported(roster, data):
    """Whatever part of the roster is already there, the rest is new and nothing else moves."""
    present = [s for s in roster.students if not s.left]
    subset = data.draw(st.lists(st.sampled_from(present), unique_by=lambda s: s.source_id))
    result = diff(roster, [existing_student(s) for s in subset], [], set())
    assert {s.source_id for s in result.new_students} == {s.source_id for s in present} - {
        s.source_id for s in subset}
    assert result.changed_students == ()
    assert result.unchanged_students == len(subset)
    assert result.left_students == ()
