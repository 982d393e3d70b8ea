"""The personal part laid out once and refilled letter after letter is the one its HTML gives."""

import dataclasses
from datetime import date

import pytest
from educonnect_desktop.letters import content
from educonnect_desktop.letters.data import LetterData
from educonnect_desktop.letters.fonts import ensure_letter_fonts
from educonnect_desktop.letters.pdf import _BatchCache, _document, _writer
from educonnect_desktop.letters.refill import RefillableDocument, placeholders, same_as_html

WIDTH = 2000.0

STUDENT = LetterData(establishment_name="Collège Jean Moulin", establishment_uai="0751234A", first_name="Léa",
                     last_name="MARTIN", kind="student", class_code="4 B", identifier="l.martin",
                     provisional_password="Prov-12345678!", valid_until=date(2025, 1, 31),
                     services_url="https://educonnect.exemple.fr/activer")
GUARDIAN = dataclasses.replace(STUDENT, kind="guardian", class_code=None, first_name="Aïssatou",
                               last_name="N'DIAYE", identifier="a.ndiaye", children=("Léa MARTIN (4 B)",))


@pytest.fixture
def writer(qapp, tmp_path):
    ensure_letter_fonts()
    return _writer(tmp_path / "unused.pdf")


def fresh(letter, writer):
    return _document(content.personal_body_html(letter), WIDTH, writer)


def same_layout(refilled, expected):
    assert refilled.toHtml() == expected.toHtml()
    assert refilled.size() == expected.size()
    assert refilled.pageCount() == expected.pageCount()


def test_refilled_document_is_the_fresh_one_letter_after_letter(writer):
    batch = [STUDENT, dataclasses.replace(STUDENT, first_name="François", last_name="LEFÈVRE-ŒHLER",
                                          identifier="f.lefevre-oehler12", provisional_password="<&>\"'x"),
             dataclasses.replace(STUDENT, identifier="x" * 70, provisional_password="P" * 50,
                                 valid_until=date(2026, 6, 30)),
             dataclasses.replace(STUDENT, first_name="😀 Zoé")]  # outside the BMP: two UTF-16 units
    cache = _BatchCache(writer)
    for letter in batch:
        same_layout(cache.personal(letter, WIDTH), fresh(letter, writer))


def test_each_shape_has_its_own_layout(writer):
    cache = _BatchCache(writer)
    twins = dataclasses.replace(GUARDIAN, children=("Léa MARTIN (4 B)", "Noé MARTIN (6 A)"))
    no_class = dataclasses.replace(STUDENT, class_code=None)
    for letter in (STUDENT, GUARDIAN, twins, no_class, STUDENT, twins):
        same_layout(cache.personal(letter, WIDTH), fresh(letter, writer))


@pytest.mark.parametrize("text", ["", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00adb", "a\u00a0b"])
def test_texts_html_would_change_take_the_html_way(writer, text):
    assert not same_as_html(text)
    letter = dataclasses.replace(STUDENT, last_name=text)
    same_layout(_BatchCache(writer).personal(letter, WIDTH), fresh(letter, writer))


def test_a_missing_placeholder_is_refused(writer):
    with pytest.raises(ValueError):
        RefillableDocument(_document("<p>rien</p>", WIDTH, writer), 1)
    document = RefillableDocument(_document(f"<p>{placeholders(1)[0]}</p>", WIDTH, writer), 1)
    with pytest.raises(ValueError):
        document.fill(("a", "b"))


@pytest.mark.parametrize("html, inputs", [(content.header_html, content.header_inputs),
                                          (content.qr_caption_html, content.qr_caption_inputs),
                                          (content.common_body_html, content.common_body_inputs)])
def test_a_shared_part_reads_no_field_but_its_inputs(html, inputs):
    """A batch lays a shared part out once per value of its inputs: any other field must not show."""
    for letter in (STUDENT, GUARDIAN):
        others = {
            "establishment_name": "Lycée Autre", "establishment_uai": "0999999Z", "first_name": "Zoé",
            "last_name": "AUTRE", "kind": "guardian" if letter.kind == "student" else "student",
            "class_code": "3 C", "identifier": "z.autre9", "provisional_password": "Autre-000!",
            "valid_until": date(2030, 1, 1), "services_url": "https://autre.exemple.fr/",
            "children": ("Zoé AUTRE (3 C)",),
        }
        for name, value in others.items():
            changed = dataclasses.replace(letter, **{name: value})
            if inputs(changed) == inputs(letter):
                assert html(changed) == html(letter), name


def test_validity_is_written_day_month_year():
    for day in (date(2025, 1, 31), date(2024, 12, 1), date(999, 3, 4)):
        assert dataclasses.replace(STUDENT, valid_until=day).valid_until_text == day.strftime("%d/%m/%Y")
