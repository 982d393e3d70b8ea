"""Fuzzing the readers: whatever the bytes, a roster or the importer's own French error.

Each example mutates a real export (bytes flipped, cut, duplicated, inserted) or builds
one from scratch. No other exception may escape (no traceback for the person), each
example ends within hypothesis' deadline (no hang), and the memory a reading takes stays
bounded (traced, for the zip and XML cases).
"""

from __future__ import annotations

import io
import os
import tempfile
import tracemalloc
import zipfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from educonnect_desktop.errors import UserFacingError
from educonnect_desktop.importers import ImportFormatError, Roster, read_onde, read_siecle
from educonnect_desktop.services.legacy import _read_rows as read_aten_rows

DATA = Path(__file__).parent / "data"
TODAY = date(2024, 12, 1)
SAMPLES = {
    "eleves": (DATA / "ElevesSansAdresses.xml").read_bytes(),
    "responsables": (DATA / "ResponsablesAvecAdresses.xml").read_bytes(),
    "zip": (DATA / "export_siecle.zip").read_bytes(),
    "onde": (DATA / "onde_utf8_bom.csv").read_bytes(),
}
# The suite runs a fixed set of examples (derandomized: the same on every run, so a red build
# means a regression); `FUZZ_EXPLORE=2000 make test PYTEST_ARGS=tests/importers/test_fuzz_parsers.py`
# explores that many new random examples per test.
_EXPLORE = int(os.environ.get("FUZZ_EXPLORE", "0"))
FUZZ = settings(max_examples=_EXPLORE or 120, derandomize=not _EXPLORE, deadline=timedelta(seconds=5),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
MEMORY_CAP = 64 * 1024 * 1024  # traced bytes for one reading of a file of at most a few hundred KB


@st.composite
def mutated(draw, sample: bytes) -> bytes:
    data = bytearray(sample)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "duplicate", "truncate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at:at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(st.sampled_from([
                b"<", b">", b"&", b"\"", b"'", b"\0", b"\xff\xfe", b"\xc3", b"\xe9", b"]]>", b"<!--",
                b"<!DOCTYPE a [<!ENTITY x 'y'>]>", b"&x;", b"<ELEVE>", b"</ELEVE>", b"<PERSONNE>",
                b'encoding="koi8-r"', b'encoding="UTF-8"', b"PK\x03\x04", b";", b"\n", b"\r",
            ]))
        elif kind == "duplicate":
            end = min(len(data), at + draw(st.integers(1, 2048)))
            data[at:at] = data[at:end]
        else:
            del data[at:]
    return bytes(data)


def _write(data: bytes, name: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    path = folder / name
    path.write_bytes(data)
    return path


def _read_bounded(read, *args):
    tracemalloc.start()
    try:
        try:
            result = read(*args, today=TODAY)
        except ImportFormatError as error:
            assert error.message and isinstance(error.message, str)
            result = error
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_CAP, f"{peak / 1e6:.0f} MB"
    assert isinstance(result, (Roster, ImportFormatError))
    return result


@FUZZ
@given(mutated(SAMPLES["eleves"]), mutated(SAMPLES["responsables"]))
def test_siecle_xml_never_escapes_the_french_error(eleves, responsables):
    _read_bounded(read_siecle, [_write(eleves, "e.xml"), _write(responsables, "r.xml")])


@FUZZ
@given(st.binary(max_size=4096))
def test_siecle_random_bytes_after_an_xml_start(tail):
    _read_bounded(read_siecle, [_write(b"<?xml version='1.0'?><BEE_ELEVES>" + tail, "e.xml")])


@FUZZ
@given(mutated(SAMPLES["zip"]))
def test_zip_never_escapes_the_french_error(archive):
    _read_bounded(read_siecle, [_write(archive, "export.zip")])


@st.composite
def zips(draw) -> bytes:
    """Archives of a few members, XML or not, stored or deflated, with odd names."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for i in range(draw(st.integers(0, 4))):
            name = draw(st.sampled_from(["ElevesSansAdresses.xml", "a/b.xml", "__MACOSX/._x", "x.pdf",
                                         "../../evil.xml", "Thumbs.db", f"m{i}"]))
            content = draw(st.one_of(st.binary(max_size=512), mutated(SAMPLES["eleves"]),
                                     st.just(b"\0" * 300_000)))
            method = draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2]))
            z.writestr(zipfile.ZipInfo(f"{i}-{name}"), content, compress_type=method)
    return buffer.getvalue()


@FUZZ
@given(zips())
def test_generated_zips_never_escape_the_french_error(archive):
    _read_bounded(read_siecle, [_write(archive, "export.zip")])


@FUZZ
@given(mutated(SAMPLES["onde"]))
def test_onde_never_escapes_the_french_error(data):
    _read_bounded(read_onde, _write(data, "onde.csv"))


_CELLS = st.one_of(st.text(max_size=12), st.sampled_from(['"', '""', '"a;b"', "01/01/2016", "\n", "Non", "Autre"]))


@FUZZ
@given(st.lists(st.lists(_CELLS, max_size=14), max_size=30),
       st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "iso-8859-15", "utf-16"]))
def test_onde_built_from_cells_never_escapes_the_french_error(rows, encoding):
    header = "Nom élève;Prénom élève;Date naissance;INE;Nom responsable 1;Prénom responsable 1;Lien responsable 1"
    text = header + "\n" + "\n".join(";".join(row) for row in rows)
    _read_bounded(read_onde, _write(text.encode(encoding, errors="replace"), "onde.csv"))


@FUZZ
@given(st.one_of(st.binary(max_size=4096), mutated(b"login;password;siecle_id\nj.dupont;Secret-1;1001\n"
                                                   b"m.martin;\"Mot;de;passe\";1002\n")))
def test_aten_csv_never_escapes_the_french_error(data):
    try:
        rows = read_aten_rows(_write(data, "aten.csv"))
    except UserFacingError as error:
        assert error.message
    else:
        assert all(isinstance(line, int) and isinstance(cells, list) for line, cells in rows)
