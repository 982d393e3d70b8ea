"""core.messages: a French str that remembers how to be translated."""

from __future__ import annotations

import json
import pickle

import pytest

from educonnect_desktop.core.messages import (
    QT_TRANSLATE_NOOP, Text, concatenation, counted, joined, restored, stored,
)
from educonnect_desktop.errors import UserFacingError


def test_a_text_is_the_french_string_and_remembers_its_source():
    text = QT_TRANSLATE_NOOP("FamilyMessages", "Aucun compte « {identifier} ».").format(identifier="l.dupont1")
    assert text == "Aucun compte « l.dupont1 »." and isinstance(text, str) and isinstance(text, Text)
    assert (text.context, text.source, text.params) == ("FamilyMessages", "Aucun compte « {identifier} ».",
                                                        {"identifier": "l.dupont1"})
    assert f"{text}" == "Aucun compte « l.dupont1 »." and text.upper() == "AUCUN COMPTE « L.DUPONT1 »."
    assert {text: 1}["Aucun compte « l.dupont1 »."] == 1


def test_a_text_without_parameters_keeps_its_braces_as_they_are():
    assert QT_TRANSLATE_NOOP("StaffMessages", "{0} : {1}") == "{0} : {1}"


def test_joining_and_adding_keep_each_part():
    a = QT_TRANSLATE_NOOP("FamilyMessages", "Identifiant ou mot de passe incorrect.")
    b = QT_TRANSLATE_NOOP("FamilyMessages", "Réessayez.")
    added = a + " " + b
    assert added == "Identifiant ou mot de passe incorrect. Réessayez." and added.parts == (a, " ", b)
    assert ("Note : " + a).parts == ("Note : ", a)
    assert joined(" ; ", [a, b]) == "Identifiant ou mot de passe incorrect. ; Réessayez."
    assert joined(", ", []) == "" and concatenation(a) == a
    with pytest.raises(TypeError):
        added.format(x=1)  # a concatenation has no source of its own to fill
    with pytest.raises(TypeError):
        a.format("positional")


def test_an_error_keeps_its_text_and_a_copy_survives_pickling():
    text = QT_TRANSLATE_NOOP("FamilyMessages", "Code incorrect. Il vous reste {left} essais.").format(left=3)
    error = UserFacingError(text)
    assert error.message is text and str(error) == "Code incorrect. Il vous reste 3 essais."
    copy = pickle.loads(pickle.dumps(text))
    assert copy == text and copy.source == text.source and copy.params == {"left": 3}


def test_a_counted_text_takes_the_french_form_and_keeps_both():
    one = QT_TRANSLATE_NOOP("StaffMessages", "{count} élève")
    many = QT_TRANSLATE_NOOP("StaffMessages", "{count} élèves")
    assert [counted(n, one, many) for n in (0, 1, 2)] == ["0 élève", "1 élève", "2 élèves"]
    zero = counted(0, one, many)
    assert zero.forms == ("0 élève", "0 élèves") and zero.forms[1].params == {"count": 0}


def _same(a: Text, b: Text) -> bool:
    """Equal French, and equal all the way down to what the window translates."""
    if not (isinstance(a, Text) and isinstance(b, Text)):
        return a == b and type(a) is type(b)
    return (str(a) == str(b) and (a.context, a.source) == (b.context, b.source)
            and a.params.keys() == b.params.keys() and all(_same(a.params[k], b.params[k]) for k in a.params)
            and len(a.parts) == len(b.parts) and all(_same(x, y) for x, y in zip(a.parts, b.parts))
            and len(a.forms) == len(b.forms) and all(_same(x, y) for x, y in zip(a.forms, b.forms)))


def test_a_stored_text_comes_back_translatable_with_its_parts_parameters_and_forms():
    reason = QT_TRANSLATE_NOOP("StaffMessages", "Serveur {host} injoignable ({detail}).").format(
        host="127.0.0.1:25", detail=QT_TRANSLATE_NOOP("StaffMessages", "délai dépassé"))
    given_up = counted(3, QT_TRANSLATE_NOOP("StaffMessages", "{reason} Abandon après {count} tentative."),
                       QT_TRANSLATE_NOOP("StaffMessages", "{reason} Abandon après {count} tentatives."), reason=reason)
    both = concatenation(given_up, " — ", QT_TRANSLATE_NOOP("StaffMessages", "Vérifiez le serveur."))
    for text in (reason, given_up, both):
        back = restored(str(text), stored(text))
        assert _same(back, text), (text, back)
    assert str(given_up) == "Serveur 127.0.0.1:25 injoignable (délai dépassé). Abandon après 3 tentatives."


def test_a_plain_or_missing_stored_form_leaves_the_french_as_it_is():
    assert stored("Erreur écrite à la main") is None and stored(None) is None
    assert restored("Erreur écrite à la main", None) == "Erreur écrite à la main"
    assert restored(None, None) is None


@pytest.mark.parametrize("damaged", [
    "{not json", "[]", "{}", '{"v": 99, "text": {}}', '{"v": 1, "text": {"t": {"c": "Ailleurs", "s": "x"}}}',
    '{"v": 1, "text": {"t": {"c": "StaffMessages", "s": "{missing}"}}}',
    '{"v": 1, "text": {"t": {"c": "StaffMessages", "s": "autre chose"}}}',  # not the stored French
    '{"v": 1, "text": {"t": {"c": "StaffMessages", "s": "x", "forms": [1]}}}',
])
def test_a_damaged_stored_form_shows_the_french_column_and_never_raises(damaged):
    assert type(restored("Le message n'a pas pu partir.", damaged)) is str


def test_the_stored_form_is_json_holding_no_more_than_the_text():
    text = QT_TRANSLATE_NOOP("StaffMessages", "Erreur interne ({error}).").format(error="KeyError")
    assert json.loads(stored(text)) == {"v": 1, "text": {"t": {"c": "StaffMessages", "s": "Erreur interne ({error}).",
                                                                "p": {"error": "KeyError"}}}}
