"""ONDE CSV reading: encodings, header matching, synthesised keys, guardian merging."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from educonnect_desktop.importers import ImportFormatError, read_onde
from educonnect_desktop.importers.onde import decode

DATA = Path(__file__).parent / "data"
TODAY = date(2024, 12, 1)
HEADER = "Nom élève;Prénom élève;Date naissance;INE"


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "onde.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture(scope="module")
def roster():
    return read_onde(DATA / "onde_cp1252.csv", today=TODAY)


def named(records, last, first):
    return [r for r in records if (r.last_name, r.first_name) == (last, first)]


def test_cp1252_and_utf8_bom_read_the_same(roster):
    utf8 = read_onde(DATA / "onde_utf8_bom.csv", today=TODAY)
    assert (utf8.students, utf8.guardians, utf8.links) == (roster.students, roster.guardians, roster.links)
    assert [(r.location, r.reason) for r in utf8.rejected] == [(r.location, r.reason) for r in roster.rejected]
    assert roster.source == "onde" and roster.uai is None


def test_students(roster):
    assert len(roster.students) == 5
    (awa,) = named(roster.students, "N'DIAYE", "Awa")
    assert (awa.ine, awa.birth_date, awa.sex, awa.class_code) == ("0987654321Z", date(2017, 5, 12), "F", "CP A")
    (chloe,) = named(roster.students, "LEFÈVRE", "Chloé")
    assert (chloe.usage_name, chloe.sex, chloe.class_code) == ("DURAND", "F", "CE2-CM1")
    assert len(named(roster.students, "MARTIN", "Léa")) == 2  # homonyms, two birth dates


def test_rejected_rows(roster):
    assert [(r.location, r.reason) for r in roster.rejected] == [
        ("ligne 6 (CŒURDEVEY Zoé)", "date de naissance illisible « 31/02/2016 »"),
        ("ligne 8 (PETIT)", "prénom manquant"),
        ("ligne 9 (NGUYEN Minh)", "INE en double avec la ligne 2"),
    ]


def test_siblings_share_one_guardian(roster):
    (fatou,) = named(roster.guardians, "N'DIAYE", "Fatou")
    # The second row brought the e-mail the first one lacked.
    assert (fatou.mobile, fatou.email, fatou.civility) == ("+33611223344", "fatou@exemple.fr", "Mme")
    children = {l.student_source_id for l in roster.links if l.guardian_source_id == fatou.source_id}
    assert children == {s.source_id for s in roster.students if s.last_name == "N'DIAYE"}


def test_namesakes_without_contact_stay_apart(roster):
    sophies = named(roster.guardians, "MARTIN", "Sophie")
    assert len(sophies) == 2 and sophies[0].source_id != sophies[1].source_id


def test_legal_levels(roster):
    levels = {
        (g.first_name, l.legal_level)
        for l in roster.links
        for g in roster.guardians
        if g.source_id == l.guardian_source_id
    }
    assert ("Moussa", 2) in levels and ("Hélène", 1) in levels
    assert ("Josiane", 0) in levels  # "Lien responsable 2" = Autre


def test_landline_is_a_warning(roster):
    (josiane,) = named(roster.guardians, "GARÇON", "Josiane")
    assert josiane.mobile is None
    assert [str(w) for w in roster.warnings] == [
        "onde_cp1252.csv, ligne 7, responsable GARÇON Josiane : "
        "le numéro « 01 45 67 89 10 » n'est pas un portable, ignoré"
    ]


def test_keys_are_stable_and_do_not_leak_personal_data(roster):
    again = read_onde(DATA / "onde_cp1252.csv", today=TODAY)
    assert [s.source_id for s in again.students] == [s.source_id for s in roster.students]
    assert [g.source_id for g in again.guardians] == [g.source_id for g in roster.guardians]
    for record in (*roster.students, *roster.guardians):
        assert record.source_id.startswith(("onde-e-", "onde-r-"))
        assert "0987654321Z" not in record.source_id and "33611" not in record.source_id


def test_student_key_follows_ine_then_names(tmp_path):
    first = read_onde(write(tmp_path, f"{HEADER}\nMARTIN;Léa;01/01/2016;1111111111A\nROUX;Inès;02/02/2016;\n"),
                      today=TODAY)
    renamed = read_onde(write(tmp_path, f"{HEADER}\nMARTIN-ROUX;Léa;01/01/2016;1111111111A\nRoux;Ines;02/02/2016;\n",
                              name="b.csv"), today=TODAY)
    # Same INE: same key despite the new name; no INE: folded names and birth date.
    assert [s.source_id for s in first.students] == [s.source_id for s in renamed.students]


def test_headers_match_without_case_or_accents(tmp_path):
    path = write(tmp_path, "NOM ELEVE;prenom_eleve;DATE DE NAISSANCE;Sexe\nPETIT;Jules;05/05/2016;Masculin\n")
    (jules,) = read_onde(path, today=TODAY).students
    assert (jules.last_name, jules.first_name, jules.sex) == ("PETIT", "Jules", "M")


def test_missing_required_columns_are_named(tmp_path):
    with pytest.raises(ImportFormatError) as caught:
        read_onde(write(tmp_path, "Nom élève;Prénom élève;Classe\nPETIT;Jules;CP\n"), today=TODAY)
    assert caught.value.message.startswith("onde.csv : colonne obligatoire absente : « Date naissance ».")
    with pytest.raises(ImportFormatError) as caught:
        read_onde(write(tmp_path, "Nom;Classe\nPETIT;CP\n"), today=TODAY)
    assert "colonnes obligatoires absentes : « Prénom élève », « Date naissance »" in caught.value.message


def test_comma_separated_file_is_understood(tmp_path):
    path = write(tmp_path, "Nom élève,Prénom élève,Date naissance\nPETIT,Jules,05/05/2016\n")
    assert len(read_onde(path, today=TODAY).students) == 1


def test_latin9_oe_is_not_read_as_one_half(tmp_path):
    path = write(tmp_path, f"{HEADER}\nCŒURDEVEY;Zoé;01/01/2016;\n", encoding="iso-8859-15")
    assert read_onde(path, today=TODAY).students[0].last_name == "CŒURDEVEY"


def test_decode_prefers_utf8():
    assert decode("é".encode("utf-8-sig")) == "é"
    assert decode("œ".encode("cp1252")) == "œ"
    assert decode("œ".encode("iso-8859-15")) == "œ"


def test_authority_column_and_exit_date(tmp_path):
    text = (
        "Nom élève;Prénom élève;Date naissance;Date sortie;"
        "Nom responsable 1;Prénom responsable 1;Autorité parentale responsable 1;"
        "Nom responsable 2;Prénom responsable 2;Autorité parentale responsable 2\n"
        "PETIT;Jules;05/05/2016;30/11/2024;PETIT;Jean;Non;PETIT;Anne;Oui\n"
    )
    roster = read_onde(write(tmp_path, text), today=TODAY)
    assert roster.students[0].left and roster.students[0].left_on == date(2024, 11, 30)
    assert sorted(l.legal_level for l in roster.links) == [0, 1]


def test_empty_file(tmp_path):
    with pytest.raises(ImportFormatError) as caught:
        read_onde(write(tmp_path, ""), today=TODAY)
    assert caught.value.message == "onde.csv : le fichier est vide."


def test_guardian_without_first_name_is_rejected_but_student_kept(tmp_path):
    text = "Nom élève;Prénom élève;Date naissance;Nom responsable 1;Prénom responsable 1\nPETIT;Jules;05/05/2016;PETIT;\n"
    roster = read_onde(write(tmp_path, text), today=TODAY)
    assert len(roster.students) == 1 and roster.guardians == ()
    assert roster.rejected[0].reason == "prénom du responsable manquant"


def test_cancel(tmp_path):
    from educonnect_desktop.importers import ImportCancelled

    with pytest.raises(ImportCancelled):
        read_onde(DATA / "onde_utf8_bom.csv", today=TODAY, cancelled=lambda: True)
    calls = []
    read_onde(DATA / "onde_utf8_bom.csv", today=TODAY, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(8, 8)]
