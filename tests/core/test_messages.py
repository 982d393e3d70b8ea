"""core.messages: a French str that remembers how to be translated."""

from __future__ import annotations

import pickle

import pytest

from educonnect_desktop.core.messages import QT_TRANSLATE_NOOP, Text, concatenation, counted, joined
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
