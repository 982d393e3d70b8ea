"""Bad files get a French answer, a bounded memory, and never a half-right roster (issue 10)."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import tracemalloc
import zipfile
from datetime import date
from pathlib import Path

import pytest

from educonnect_desktop.importers import ImportFormatError, read_onde, read_siecle
from educonnect_desktop.importers import archives, limits
from educonnect_desktop.importers.text_sanity import looks_mis_decoded

DATA = Path(__file__).parent / "data"
TODAY = date(2024, 12, 1)
ELEVES = DATA / "ElevesSansAdresses.xml"
ONDE_HEADER = "Nom élève;Prénom élève;Date naissance;INE"
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from roster_generator import generate_siecle  # noqa: E402


def refusal(*args, reader=read_siecle, **kwargs) -> str:
    with pytest.raises(ImportFormatError) as caught:
        reader(*args, today=TODAY, **kwargs)
    return caught.value.message


def latin9_as_utf8() -> bytes:
    """The sample export re-encoded in UTF-8 while still declaring ISO-8859-15."""
    return ELEVES.read_bytes().decode("iso-8859-15").encode("utf-8")


# -- encodings -----------------------------------------------------------------------------

def test_utf8_file_declaring_latin9_is_read_as_utf8_and_says_so(tmp_path):
    liar = tmp_path / "ElevesSansAdresses.xml"
    liar.write_bytes(latin9_as_utf8())
    assert b'encoding="ISO-8859-15"' in liar.read_bytes()
    roster = read_siecle([liar], today=TODAY)
    names = {s.source_id: (s.last_name, s.first_name) for s in roster.students}
    assert names["1004"] == ("LEFÈVRE-ŒHLER", "François")
    assert not any(looks_mis_decoded(" ".join(n)) for n in names.values())
    notes = [w.message for w in roster.warnings if w.location == "fichier"]
    assert any("se déclare en ISO-8859-15" in n and "lu en UTF-8" in n for n in notes)


def test_same_file_in_a_zip_is_read_the_same(tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("ElevesSansAdresses.xml", latin9_as_utf8())
    roster = read_siecle([archive], today=TODAY)
    assert {s.source_id: s.first_name for s in roster.students}["1004"] == "François"


def test_latin9_file_declaring_utf8_is_refused_with_its_line(tmp_path):
    liar = tmp_path / "ElevesSansAdresses.xml"
    data = ELEVES.read_bytes().replace(b'encoding="ISO-8859-15"', b'encoding="UTF-8"')
    liar.write_bytes(data)
    first_bad = next(i for i, b in enumerate(data) if b >= 0x80)
    line = data.count(b"\n", 0, first_bad) + 1
    assert f"ElevesSansAdresses.xml, ligne {line} : le fichier n'est pas encodé en UTF-8" in refusal([liar])


@pytest.mark.parametrize("encoding", ["X-MARTIEN-7", "koi8-r", "UTF-32", "utf-7", "\u00e9\u00e9"])
def test_unknown_or_foreign_encoding_is_refused_in_french(tmp_path, encoding):
    path = tmp_path / "ElevesSansAdresses.xml"
    path.write_bytes(ELEVES.read_bytes().replace(b'encoding="ISO-8859-15"',
                                                 f'encoding="{encoding}"'.encode("utf-8")))
    message = refusal([path])
    assert "encodage" in message and "réexportez" in message


def test_utf16_file_is_refused_in_french(tmp_path):
    path = tmp_path / "ElevesSansAdresses.xml"
    path.write_bytes(ELEVES.read_bytes().decode("iso-8859-15").replace("ISO-8859-15", "UTF-16").encode("utf-16"))
    assert "UTF-16" in refusal([path])


def test_names_converted_twice_stop_the_import(tmp_path):
    """UTF-8 bytes read as Latin-1 and saved again as UTF-8: valid, but every accent is wrong."""
    doubled = ELEVES.read_bytes().decode("iso-8859-15").encode("utf-8").decode("latin-1")
    path = tmp_path / "ElevesSansAdresses.xml"
    path.write_bytes(doubled.replace("ISO-8859-15", "UTF-8").encode("utf-8"))
    message = refusal([path])
    assert "semblent mal décodés" in message and "Ã" in message and "rien n'a été enregistré" in message


def test_onde_names_converted_twice_stop_the_import(tmp_path):
    path = tmp_path / "onde.csv"
    text = f"{ONDE_HEADER}\nMARTIN;Léa;01/01/2016;\nDUPONT;Jérôme;02/02/2016;\n"
    path.write_bytes(text.encode("utf-8").decode("cp1252").encode("utf-8"))
    assert "semblent mal décodés" in refusal(path, reader=read_onde)


@pytest.mark.parametrize("text, bad", [
    ("LÃ©a", True), ("FranÃ§ois", True), ("CÅ“ur", True), ("Ã‰lodie", True), ("lâ€™école", True),
    ("Léa", False), ("ÇA", False), ("Ãngela", False), ("ÂNE", False), ("Œhler", False), ("Åsa", False),
])
def test_mis_decoded_text_is_recognised(text, bad):
    assert looks_mis_decoded(text) is bad


# -- ONDE unbalanced quote --------------------------------------------------------------------

def test_onde_unbalanced_quote_is_refused_with_its_line(tmp_path):
    rows = [f"ÉLÈVE{i};Prénom;01/01/2016;" for i in range(30)]
    rows[4] = 'MARTIN;"Léa;01/01/2016;'  # line 6 with the header
    path = tmp_path / "onde.csv"
    path.write_text(ONDE_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    message = refusal(path, reader=read_onde)
    assert message.startswith("onde.csv, ligne 6 : guillemet ouvert et jamais refermé")


def test_onde_quote_closed_far_below_is_refused_too(tmp_path):
    rows = [f"ÉLÈVE{i};Prénom;01/01/2016;" for i in range(30)]
    rows[2] = 'MARTIN;"Léa;01/01/2016;'
    rows[20] = 'DUPONT;Paul";01/01/2016;'
    path = tmp_path / "onde.csv"
    path.write_text(ONDE_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert "ligne 4 : guillemet ouvert" in refusal(path, reader=read_onde)


def test_onde_quoted_cell_with_a_line_break_only_is_accepted(tmp_path):
    path = tmp_path / "onde.csv"
    path.write_text(f'{ONDE_HEADER}\n"MARTIN\nDURAND";Léa;01/01/2016;\nDUPONT;Paul;01/01/2016;\n', encoding="utf-8")
    roster = read_onde(path, today=TODAY)
    assert [s.last_name for s in roster.students] == ["MARTIN DURAND", "DUPONT"]


# -- sizes and shapes -----------------------------------------------------------------------

def test_plain_file_over_the_size_limit_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(archives, "MAX_MEMBER_BYTES", 1000)
    assert "trop volumineux" in refusal([ELEVES]) and "Mo acceptés" in refusal([ELEVES])


def test_onde_over_its_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("educonnect_desktop.importers.onde.MAX_CSV_BYTES", 100)
    assert "trop volumineux" in refusal(DATA / "onde_utf8_bom.csv", reader=read_onde)


def test_too_many_students_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("educonnect_desktop.importers.siecle_students.MAX_STUDENTS", 50)
    eleves, _ = generate_siecle(students=60, guardians=100, seed=1)
    (tmp_path / "e.xml").write_bytes(eleves)
    assert "plus de 50 élèves" in refusal([tmp_path / "e.xml"])


_LAUGHS = (b"<!DOCTYPE BEE_ELEVES [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>"
           b"<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>]>")
_ONE_STUDENT = (b'<BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID="1"><NOM_DE_FAMILLE>&c;</NOM_DE_FAMILLE>'
                b"<PRENOM>Lea</PRENOM><DATE_NAISS>01/01/2012</DATE_NAISS></ELEVE></ELEVES></DONNEES></BEE_ELEVES>")


@pytest.mark.parametrize("before", [b"", b"<!--" + b"x" * 200_000 + b"-->", b"<!--" + b"x" * 65_530 + b"-->"])
def test_dtd_is_refused_wherever_its_chunk_starts(tmp_path, before):
    """defusedxml reads the prolog before the C parser (xml_safety.stream_records): a DTD after a
    comment of several chunks, or cut by a chunk's end, is refused before any entity is read."""
    path = tmp_path / "e.xml"
    path.write_bytes(b'<?xml version="1.0" encoding="UTF-8"?>' + before + _LAUGHS + _ONE_STUDENT)
    assert "déclaration d'entités (DTD) refusée pour des raisons de sécurité" in refusal([path])


@pytest.mark.parametrize("where", [b"<ELEVES>", b"<ELEVE ELEVE_ID=\"1\">", b"</BEE_ELEVES>"])
def test_dtd_after_the_root_start_is_malformed_xml(tmp_path, where):
    path = tmp_path / "e.xml"
    path.write_bytes(_ONE_STUDENT.replace(where, where + _LAUGHS, 1))
    assert refusal([path]).startswith("e.xml, ligne 1 : ")


def test_entity_without_dtd_is_undefined(tmp_path):
    path = tmp_path / "e.xml"
    path.write_bytes(_ONE_STUDENT)
    assert refusal([path]) == "e.xml, ligne 1 : entité non définie."


def test_deep_nesting_is_refused(tmp_path):
    path = tmp_path / "e.xml"
    path.write_bytes(b"<BEE_ELEVES>" + b"<a>" * 5000 + b"</a>" * 5000 + b"</BEE_ELEVES>")
    assert "imbriqués trop profondément" in refusal([path])


def test_huge_record_is_refused(tmp_path):
    path = tmp_path / "e.xml"
    path.write_bytes(b"<BEE_ELEVES><DONNEES><ELEVES><ELEVE>" + b"<X/>" * 100_000
                     + b"</ELEVE></ELEVES></DONNEES></BEE_ELEVES>")
    assert "anormalement grand" in refusal([path])


def test_huge_value_costs_nothing_more_than_its_reading(tmp_path):
    path = tmp_path / "e.xml"
    name = b"A" * 2_000_000
    path.write_bytes(b'<BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID="1"><NOM_DE_FAMILLE>' + name
                     + b"</NOM_DE_FAMILLE><PRENOM>Lea</PRENOM><DATE_NAISS>01/01/2012</DATE_NAISS>"
                       b"</ELEVE></ELEVES></DONNEES></BEE_ELEVES>")
    roster = read_siecle([path], today=TODAY)
    # Cut at MAX_FIELD_CHARS while read, then refused as a name far past the names' limit.
    assert not roster.students
    assert len(roster.rejected) == 1 and roster.rejected[0].location.startswith("ELEVE_ID=1")
    assert "trop long" in roster.rejected[0].reason
    # The message names the row without echoing the value: one short line, not 2 MB.
    assert len(roster.rejected[0].location) < 100 and roster.rejected[0].location.endswith("…)")


@pytest.mark.parametrize("reader", ["siecle", "onde"])
def test_messages_quote_values_from_the_file_short_and_printable(tmp_path, reader):
    long_name, bad_date = "\u202eZ" * 5_000, "3" * 100_000  # a bidi override, and a "date" of 100 kB
    if reader == "siecle":
        path = tmp_path / "e.xml"
        path.write_text(f'<BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID="{"9" * 50_000}"><NOM_DE_FAMILLE>{long_name}'
                        f"</NOM_DE_FAMILLE><PRENOM>Lea</PRENOM><DATE_NAISS>{bad_date}</DATE_NAISS>"
                        "</ELEVE></ELEVES></DONNEES></BEE_ELEVES>", encoding="utf-8")
        roster = read_siecle([path], today=TODAY)
    else:
        path = tmp_path / "onde.csv"
        path.write_text(f"{ONDE_HEADER}\n{long_name};Lea;{bad_date};\n", encoding="utf-8")
        roster = read_onde(path, today=TODAY)
    [row] = roster.rejected
    for text in (row.location, row.reason):
        assert len(text) < 200, text[:300]
        assert "\u202e" not in text and "\n" not in text


def test_zip_members_that_are_not_xml_are_skipped_without_being_decompressed(tmp_path):
    """Several large non-XML members (a 12 MB zip): they cost their first bytes only."""
    rnd = random.Random(0)
    archive = tmp_path / "export.zip"
    eleves, responsables = generate_siecle(students=200, guardians=380, seed=2)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(3):  # incompressible: 4 MB each in the zip
            z.writestr(f"scan-{i}.pdf", b"%PDF-1.4\n" + rnd.randbytes(4 * 1024 * 1024))
        for i in range(3):  # very compressible: 60 MB each once decompressed
            z.writestr(f"journal-{i}.bin", b"\0" * (60 * 1024 * 1024))
        z.writestr("ElevesSansAdresses.xml", eleves)
        z.writestr("ResponsablesAvecAdresses.xml", responsables)
    assert archive.stat().st_size > 12 * 1024 * 1024
    tracemalloc.start()
    try:
        roster = read_siecle([archive], today=TODAY)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(roster.students) == 200
    assert peak < 20 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


def test_zip_member_lying_about_its_size_is_stopped_while_read(tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("ElevesSansAdresses.xml", b"<BEE_ELEVES>" + b" " * (30 * 1024 * 1024) + b"</BEE_ELEVES>")
    data = bytearray(archive.read_bytes())
    # Make both headers claim 1 KB: the count while reading must stop it anyway.
    local = data.index(b"PK\x03\x04")
    data[local + 22:local + 26] = (1024).to_bytes(4, "little")
    central = data.index(b"PK\x01\x02")
    data[central + 24:central + 28] = (1024).to_bytes(4, "little")
    archive.write_bytes(bytes(data))
    message = refusal([archive])
    assert "anormalement volumineux" in message or "décompression impossible" in message


# -- memory ceiling ------------------------------------------------------------------------

CEILING_MB = 300

# The peak resident memory of the reading process (VmHWM: ru_maxrss would carry the
# parent's peak over the fork and exec).
_MEASURE = textwrap.dedent("""
    import re, sys
    from datetime import date
    from pathlib import Path
    from educonnect_desktop.importers import read_siecle
    roster = read_siecle([sys.argv[1]], today=date(2024, 12, 1))
    peak_kb = int(re.search(r"VmHWM:\\s+(\\d+)", Path("/proc/self/status").read_text()).group(1))
    print(len(roster.students), peak_kb // 1024)
""")


def _largest_accepted_file(path: Path) -> int:
    """As many students as the cap allows, padded (addresses...) up to the size limit."""
    students = limits.MAX_STUDENTS
    eleves, _ = generate_siecle(students=students, guardians=students, seed=4, encoding="UTF-8")
    head, tail = eleves.split(b"</ELEVE>\n", 1)
    record_room = (archives.MAX_MEMBER_BYTES - len(eleves) - 4096) // students
    padding = b"<ADRESSE><LIGNE1>" + b"x" * max(0, record_room - 40) + b"</LIGNE1></ADRESSE>"
    eleves = eleves.replace(b"</ELEVE>\n", padding + b"</ELEVE>\n")
    path.write_bytes(eleves)
    return len(eleves)


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak memory from /proc")
def test_memory_stays_under_the_ceiling_for_the_largest_accepted_file(tmp_path):
    path = tmp_path / "ElevesAvecAdresses.xml"
    size = _largest_accepted_file(path)
    assert archives.MAX_MEMBER_BYTES * 0.9 < size <= archives.MAX_MEMBER_BYTES
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    count, peak_mb = map(int, done.stdout.split())
    assert count > limits.MAX_STUDENTS * 0.9
    assert peak_mb < CEILING_MB, f"{peak_mb} MB for a {size / 2**20:.0f} MiB file"


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak memory from /proc")
def test_memory_stays_under_the_ceiling_for_text_between_records(tmp_path):
    """ElementTree's C builder keeps a text until the next tag (xml_safety.stream_records): the
    largest run of text the size limit allows, between two records, stays under the ceiling."""
    path = tmp_path / "ElevesSansAdresses.xml"
    filler = b" " * (archives.MAX_MEMBER_BYTES - 4096)
    path.write_bytes(b'<BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID="1"><NOM_DE_FAMILLE>DURAND</NOM_DE_FAMILLE>'
                     b"<PRENOM>Lea</PRENOM><DATE_NAISS>01/01/2012</DATE_NAISS></ELEVE>" + filler
                     + b"</ELEVES></DONNEES></BEE_ELEVES>")
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    count, peak_mb = map(int, done.stdout.split())
    assert count == 1
    assert peak_mb < CEILING_MB, f"{peak_mb} MB for {len(filler) / 2**20:.0f} MiB of text between records"
