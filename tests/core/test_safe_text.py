"""Names cleaned of invisible characters; text made safe for terminals and spreadsheets."""

from hypothesis import given, strategies as st

from educonnect_desktop.core.safe_text import spreadsheet_cell, terminal_text, tsv_row
from educonnect_desktop.core.text import clean_name


def test_clean_name_removes_control_bidi_and_zero_width_characters():
    assert clean_name("Lé\u200ba\u202e DU\u0000PONT\x1b[31m") == "Léa DUPONT"
    assert clean_name("\x1b[2J\x1b[1;31mLéa\x1b[0m \x1bcMartin") == "Léa Martin"
    assert clean_name("  Jean-\u200dPierre\r\n O'Brien\u2028 ") == "Jean-Pierre O'Brien"
    assert clean_name("Zoé Œhler") == "Zoé Œhler"  # letters, accents and ligatures stay
    assert clean_name("Ze\u0301lie") == "Zélie"  # NFC: one form for the same name


@given(st.text())
def test_clean_name_never_keeps_an_invisible_or_control_character(text):
    import unicodedata

    cleaned = clean_name(text)
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs") for ch in cleaned)
    assert cleaned == clean_name(cleaned)


def _clean_name_by_definition(text):
    """clean_name character by character, as documented (its fast path must agree): a terminal
    escape sequence (ESC [ parameters final, or ESC and one character) goes whole, then each
    removed character."""
    import re
    import unicodedata

    text = re.sub(r"\x1b\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|\x1b[\x40-\x7e]", "", unicodedata.normalize("NFC", text))
    kept = "".join(" " if ch in "\t\r\n" else ch for ch in text
                   if ch in "\t\r\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp"))
    return " ".join(kept.split())


@given(st.text() | st.lists(st.sampled_from(["Léa", " ", "  ", "\t", "\u00a0", "\u3000", "\u200b", "\x1c",
                                             "e\u0301", "\u2028", "\ue000", "Œ", "\x85", "-", "\x1b", "[31m",
                                             "@", "["])).map("".join))
def test_clean_name_fast_path_agrees_with_the_definition(text):
    assert clean_name(text) == _clean_name_by_definition(text)


def test_terminal_text_shows_escape_sequences_instead_of_running_them():
    assert terminal_text("Léa\x1b[2J\u202eevil\u200b\n") == "Léa\\x1b[2J\\u202eevil\\u200b\n"
    assert terminal_text("ordinaire\tcolonne\n") == "ordinaire\tcolonne\n"


def test_spreadsheet_cells_starting_like_a_formula_are_neutralised():
    for value in ("=HYPERLINK(\"http://x\")", "+33", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert spreadsheet_cell(value).startswith("'")
    assert spreadsheet_cell("Dupont") == "Dupont"
    assert tsv_row(["a\tb", "=1+1", "c\nd"]) == "a b\t'=1+1\tc d"
