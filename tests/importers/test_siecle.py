"""SIECLE XML / zip reading: fields, encodings, rejections, security, progress."""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from educonnect_desktop.core.contact import normalize_phone
from educonnect_desktop.errors import UserFacingError
from educonnect_desktop.importers import ImportCancelled, ImportFormatError, read_siecle
from educonnect_desktop.importers import archives, fields

DATA = Path(__file__).parent / "data"
TODAY = date(2024, 12, 1)
ELEVES = DATA / "ElevesSansAdresses.xml"
RESPONSABLES = DATA / "ResponsablesAvecAdresses.xml"

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from roster_generator import generate_siecle  # noqa: E402


def by_id(records):
    return {r.source_id: r for r in records}


@pytest.fixture(scope="module")
def roster():
    return read_siecle([ELEVES, RESPONSABLES], today=TODAY)


def test_header(roster):
    assert (roster.uai, roster.school_year, roster.exported_on) == ("0751234A", "2024-2025", date(2024, 9, 2))
    assert roster.source == "siecle" and roster.includes_students and roster.includes_guardians


def test_latin9_names_decoded(roster):
    student = by_id(roster.students)["1004"]
    assert student.last_name == "LEFÈVRE-ŒHLER"
    assert student.usage_name == "DURAND"
    assert student.first_name == "François"
    assert by_id(roster.guardians)["2006"].last_name == "ŒHLER"


def test_student_fields(roster):
    student = by_id(roster.students)["1001"]
    assert student.ine == "1234567890A"
    assert student.elenoet == "501"
    assert student.last_name == "N'DIAYE"
    assert student.usage_name is None  # same as the family name
    assert student.birth_date == date(2011, 3, 12)
    assert student.sex == "F"
    assert student.class_code == "3 A"  # the division, not the LV2 ESP group


def test_classes(roster):
    students = by_id(roster.students)
    assert students["1009"].class_code == "3 A"  # "3  A" collapsed
    assert students["1011"].class_code is None  # only a group
    assert students["1003"].class_code == "3 B"


def test_homonyms_are_two_students(roster):
    leas = [s for s in roster.students if (s.last_name, s.first_name) == ("MARTIN", "Léa")]
    assert sorted(s.birth_date for s in leas) == [date(2010, 10, 17), date(2011, 6, 5)]


def test_exit_dates(roster):
    students = by_id(roster.students)
    assert students["1005"].left and students["1005"].left_on == date(2024, 10, 15)
    assert not students["1009"].left and students["1009"].left_on == date(2025, 6, 30)
    assert not students["1001"].left and students["1001"].left_on is None


@pytest.mark.parametrize(("today", "left"), [(date(2024, 10, 15), False), (date(2024, 10, 16), True)])
def test_student_still_attends_on_exit_day(today, left):
    roster = read_siecle([ELEVES], today=today)
    assert by_id(roster.students)["1005"].left is left


def test_rejected_students(roster):
    reasons = {r.source_id: r.reason for r in roster.rejected if r.file == "ElevesSansAdresses.xml"}
    assert reasons == {
        "1006": "date de naissance illisible « 31/02/2011 »",
        "1007": "prénom manquant",
        "1008": "INE en double avec l'élève ELEVE_ID=1002",
    }
    assert "1008" not in by_id(roster.students)
    rejected = next(r for r in roster.rejected if r.source_id == "1006")
    assert str(rejected) == (
        "ElevesSansAdresses.xml, ELEVE_ID=1006 (D'ALMEIDA Noé) : date de naissance illisible « 31/02/2011 »"
    )


def test_malformed_ine_is_a_warning(roster):
    assert by_id(roster.students)["1011"].ine is None
    assert any("INE « 12AB » mal formé" in str(w) for w in roster.warnings)


def test_guardian_fields(roster):
    guardians = by_id(roster.guardians)
    assert guardians["2001"].civility == "Mme"
    assert guardians["2001"].mobile == "+33612345678"
    assert guardians["2002"].civility == "M."
    assert guardians["2002"].mobile == "+33781234567"
    assert guardians["2005"].mobile == "+33698765432"
    assert guardians["2005"].usage_name == "DURAND"
    assert guardians["2006"].mobile == "+33781223344"
    assert guardians["2003"].email == "Sophie.Martin@exemple.fr"  # the domain is lowercased


def test_landline_and_invalid_contacts_become_warnings(roster):
    guardians = by_id(roster.guardians)
    assert guardians["2003"].mobile is None
    assert guardians["2004"].mobile is None and guardians["2004"].email is None
    messages = [str(w) for w in roster.warnings if "PERSONNE_ID=200" in w.location]
    assert any("« 01 45 67 89 10 » n'est pas un portable" in m for m in messages)
    assert any("« 06 12 » invalide" in m for m in messages)
    assert any("« pas-une-adresse » invalide" in m for m in messages)


def test_links_with_resp_legal(roster):
    links = {(l.student_source_id, l.guardian_source_id): l.legal_level for l in roster.links}
    assert links == {
        ("1001", "2001"): 1, ("1001", "2002"): 2,
        ("1002", "2003"): 1, ("1002", "2004"): 2,
        ("1003", "2013"): 1,
        ("1004", "2005"): 1, ("1004", "2006"): 2,
        ("1005", "2007"): 1,
        ("1009", "2008"): 1, ("1009", "2009"): 0,
        ("1010", "2012"): 1, ("1012", "2012"): 1,  # siblings share their father
    }


def test_rejected_guardians_and_links(roster):
    reasons = sorted((r.location, r.reason) for r in roster.rejected if r.file == "ResponsablesAvecAdresses.xml")
    assert reasons == [
        ("PERSONNE_ID=2010 (BERNARD)", "prénom manquant"),
        ("RESPONSABLE_ELEVE ELEVE_ID=1010, PERSONNE_ID=2999", "lien vers une personne absente du fichier"),
        ("RESPONSABLE_ELEVE ELEVE_ID=9999, PERSONNE_ID=2001", "lien vers un élève absent du fichier des élèves"),
    ]


def test_niveau_responsabilite_only_level_1_is_legal():
    roster = read_siecle([ELEVES, DATA / "ResponsablesAvecAdresses_niveau.xml"], today=TODAY)
    links = {(l.student_source_id, l.guardian_source_id): l.legal_level for l in roster.links}
    assert links == {
        ("1001", "2001"): 1, ("1001", "2002"): 2,  # two legal guardians, ranked in file order
        ("1004", "2005"): 0, ("1004", "2006"): 1,  # 3 = délégation
        ("1009", "2009"): 0, ("1009", "2008"): 1,  # 2 = personne en charge
    }


def test_utf8_variant_gives_the_same_students(roster):
    utf8 = read_siecle([DATA / "ElevesAvecAdresses.xml"], today=TODAY)
    assert utf8.students == roster.students
    assert not utf8.includes_guardians and utf8.links == ()


def test_pre_2016_export_with_nom_only(roster):
    old = read_siecle([DATA / "ElevesSansAdresses_2015.xml"], today=TODAY)
    expected = {s.source_id: s.last_name for s in roster.students}
    assert {s.source_id: s.last_name for s in old.students} == expected
    assert all(s.usage_name is None for s in old.students)


def test_guardians_file_alone():
    roster = read_siecle([RESPONSABLES], today=TODAY)
    assert roster.students == () and not roster.includes_students
    assert len(roster.guardians) == 11
    # Without the students file, no link can be said to point to an unknown student.
    assert ("9999", "2001") in {(l.student_source_id, l.guardian_source_id) for l in roster.links}


def test_zip_with_both_files(roster):
    zipped = read_siecle([DATA / "export_siecle.zip"], today=TODAY)
    assert zipped.students == roster.students
    assert zipped.guardians == roster.guardians
    assert zipped.links == roster.links
    assert zipped.rejected[0].file == "ElevesSansAdresses.xml (archive export_siecle.zip)"


def test_zip_and_plain_file_mixed(tmp_path):
    archive = tmp_path / "eleves.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("ElevesSansAdresses.xml", ELEVES.read_bytes())
        out.writestr("autre.xml", b"<?xml version='1.0'?><CATALOGUE/>")
    roster = read_siecle([RESPONSABLES, archive], today=TODAY)
    assert len(roster.students) == 9 and len(roster.guardians) == 11
    assert any("autre.xml" in w.file and "ignoré" in w.message for w in roster.warnings)


def test_file_named_wrongly_is_recognised_by_its_root(tmp_path):
    misnamed = tmp_path / "export.txt"
    misnamed.write_bytes(RESPONSABLES.read_bytes())
    assert read_siecle([misnamed], today=TODAY).guardians


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return path


def _format_error(paths) -> str:
    with pytest.raises(ImportFormatError) as caught:
        read_siecle(paths, today=TODAY)
    assert isinstance(caught.value, UserFacingError)
    return caught.value.message


def test_zip_without_siecle_file(tmp_path):
    archive = _zip(tmp_path / "photos.zip", {"a.txt": b"bonjour", "b.xml": b"<CATALOGUE/>"})
    message = _format_error([archive])
    assert message.startswith("photos.zip : l'archive ne contient aucun export SIECLE reconnu")


def test_wrong_root_element(tmp_path):
    other = tmp_path / "catalogue.xml"
    other.write_bytes(b"<?xml version='1.0'?><CATALOGUE/>")
    assert _format_error([other]) == (
        "catalogue.xml : ce n'est pas un export SIECLE (élément racine « CATALOGUE », "
        "attendu BEE_ELEVES ou BEE_RESPONSABLES)."
    )


def test_not_xml_at_all(tmp_path):
    pdf = tmp_path / "courrier.pdf"
    pdf.write_bytes(b"%PDF-1.4 ...")
    assert "ni un fichier XML ni une archive zip" in _format_error([pdf])


def test_missing_file(tmp_path):
    assert _format_error([tmp_path / "absent.xml"]) == "absent.xml : fichier introuvable."


def test_no_file():
    assert _format_error([]) == "Aucun fichier n'a été choisi."


def test_two_students_files_are_refused():
    message = _format_error([ELEVES, DATA / "ElevesAvecAdresses.xml"])
    assert message.startswith("Deux fichiers d'élèves ont été fournis")


def test_files_of_two_establishments_are_refused(tmp_path):
    other = tmp_path / "ResponsablesAvecAdresses.xml"
    other.write_bytes(RESPONSABLES.read_bytes().replace(b"0751234A", b"0931234Z"))
    assert "deux établissements différents" in _format_error([ELEVES, other])


def test_malformed_xml_names_file_and_line():
    assert _format_error([DATA / "ResponsablesAvecAdresses_malforme.xml"]) == (
        "ResponsablesAvecAdresses_malforme.xml, ligne 12 : balise mal fermée "
        "(la balise fermante ne correspond pas à la balise ouverte)."
    )


def test_truncated_xml(tmp_path):
    cut = tmp_path / "ElevesSansAdresses.xml"
    cut.write_bytes(ELEVES.read_bytes()[:2000])
    message = _format_error([cut])
    assert message.startswith("ElevesSansAdresses.xml, ligne ")


@pytest.mark.parametrize("name", ["billion_laughs.xml", "external_entity.xml"])
def test_entities_are_refused(name):
    assert _format_error([DATA / name]) == (
        f"{name} : le fichier contient une déclaration d'entités (DTD) refusée pour des raisons de sécurité."
    )


def test_dtd_inside_a_zip_is_refused_too(tmp_path):
    archive = _zip(tmp_path / "export.zip", {"ElevesSansAdresses.xml": (DATA / "billion_laughs.xml").read_bytes()})
    assert "refusée pour des raisons de sécurité" in _format_error([archive])


def test_latin9_file_declared_utf8(tmp_path):
    liar = tmp_path / "ElevesSansAdresses.xml"
    liar.write_bytes(ELEVES.read_bytes().replace(b'encoding="ISO-8859-15"', b'encoding="UTF-8"'))
    message = _format_error([liar])
    assert "n'est pas encodé en UTF-8 comme il le déclare" in message and ", ligne " in message


def test_zip_bomb_is_refused(tmp_path):
    archive = _zip(tmp_path / "bombe.zip", {"ElevesSansAdresses.xml": b"<a>" + b" " * 20_000_000 + b"</a>"})
    assert "anormalement volumineux" in _format_error([archive])


def test_member_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(archives, "MAX_MEMBER_BYTES", 1000)
    archive = _zip(tmp_path / "export.zip", {"ElevesSansAdresses.xml": ELEVES.read_bytes()})
    assert "anormalement volumineux" in _format_error([archive])


def test_damaged_zip(tmp_path):
    broken = tmp_path / "export.zip"
    broken.write_bytes((DATA / "export_siecle.zip").read_bytes()[:300])
    assert "endommagée" in _format_error([broken])


def test_progress_and_cancel(tmp_path):
    eleves, responsables = generate_siecle(students=300, guardians=560, seed=3)
    (tmp_path / "e.xml").write_bytes(eleves)
    (tmp_path / "r.xml").write_bytes(responsables)
    calls = []
    roster = read_siecle([tmp_path / "e.xml", tmp_path / "r.xml"], today=TODAY,
                         progress=lambda done, total: calls.append((done, total)))
    assert len(roster.students) == 300 and len(roster.guardians) == 560
    assert len(calls) > 5
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert calls[-1][0] == calls[-1][1]

    asked = iter([False, False, False, True])
    with pytest.raises(ImportCancelled) as caught:
        read_siecle([tmp_path / "e.xml", tmp_path / "r.xml"], today=TODAY, cancelled=lambda: next(asked, True))
    assert caught.value.message.startswith("Import annulé")


def test_generated_roster_is_clean(tmp_path):
    eleves, responsables = generate_siecle(students=600, guardians=1120, seed=0)
    archive = _zip(tmp_path / "export.zip", {"ElevesSansAdresses.xml": eleves, "ResponsablesAvecAdresses.xml": responsables})
    roster = read_siecle([archive], today=TODAY)
    assert (len(roster.students), len(roster.guardians), roster.rejected) == (600, 1120, ())
    legal = {}
    for link in roster.links:
        legal.setdefault(link.student_source_id, []).append(link.legal_level)
    assert all(1 in levels and len([x for x in levels if x]) <= 2 for levels in legal.values())
    assert len(legal) == 600


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_date_round_trip(day):
    assert fields.parse_date(f"{day:%d/%m/%Y}") == day
    assert fields.parse_date(f"{day.day}/{day.month}/{day.year}") == day


@given(st.text(max_size=20))
def test_unreadable_dates_raise_value_error_only(text):
    try:
        fields.parse_date(text)
    except ValueError:
        pass


@settings(max_examples=200)
@given(st.one_of(st.from_regex(r"0[1-9]( ?[0-9]{2}){4}", fullmatch=True),
                 st.from_regex(r"(\+33|0033) ?[1-9]( ?[0-9]{2}){4}", fullmatch=True)))
def test_mobile_fast_path_agrees_with_normalize_phone(text):
    fields.clear_caches()
    try:
        expected = normalize_phone(text)
    except UserFacingError:
        expected = None
    try:
        got = fields.mobile(text)
    except fields.FieldProblem:
        got = None
    assert got == (expected.e164 if expected and expected.is_mobile else None)


_LABEL = st.from_regex(r"[A-Za-z0-9]([A-Za-z0-9-]{0,8}[A-Za-z0-9])?", fullmatch=True)


@settings(max_examples=300)
@given(st.from_regex(r"[A-Za-z0-9_%+.-]{1,20}", fullmatch=True), st.lists(_LABEL, min_size=1, max_size=3),
       st.sampled_from(["fr", "com", "FR", "test", "local", "c", "info", "x1", "museum"]))
def test_email_fast_path_agrees_with_email_validator(local, labels, tld):
    from educonnect_desktop.core.contact import InvalidEmail, normalize_email

    address = f"{local}@{'.'.join(labels)}.{tld}"
    try:
        expected = normalize_email(address)
    except InvalidEmail:
        expected = None
    fields.clear_caches()
    try:
        got = fields.email(address)
    except fields.FieldProblem:
        got = None
    assert got == expected


def test_zip_member_label_uses_base_name(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.writestr("dossier/sous/ElevesSansAdresses.xml", ELEVES.read_bytes())
    archive = tmp_path / "x.zip"
    archive.write_bytes(buffer.getvalue())
    roster = read_siecle([archive], today=TODAY)
    assert roster.rejected[0].file == "ElevesSansAdresses.xml (archive x.zip)"
