"""The password field: live checklist, off-thread strength, confirmation, reveal button."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from educonnect_desktop.core.passwords import MAX_LENGTH, Strength, estimate_strength
from educonnect_desktop.ui.password_field import PasswordField

MET, UNMET = "\u2713", "\u2717"
STRONG = "Vq7#mZ!t2pLx9&Rw"


def type_text(widget: QWidget, text: str) -> None:
    """Key by key, with the text in the event so accented letters go through too."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def make_field(qtbot, **kwargs) -> PasswordField:
    field = PasswordField(**kwargs)
    qtbot.addWidget(field)
    field.show()
    return field


@pytest.fixture
def field(qtbot):
    return make_field(qtbot, strength_delay_ms=10)


def row(field: PasswordField, key: str):
    return field.findChild(QWidget, f"criterion_{key}")


def state(field: PasswordField, key: str) -> str:
    return row(field, key).text()[0]


def strength_settled(field: PasswordField, expected_text: str) -> bool:
    expected = estimate_strength(expected_text, user_inputs=field._user_inputs)
    return field.strength() == expected and field.strength_label.text() == expected.label


def test_checklist_follows_each_keystroke(field, qtbot):
    for key in ("length", "lower", "upper", "digit", "special", "classes"):
        assert state(field, key) == UNMET
    steps = [("a", "lower"), ("B", "upper"), ("3", "digit"), ("!", "special")]
    for ch, key in steps:
        qtbot.keyClicks(field.password_edit, ch)
        assert state(field, key) == MET
        assert field.policy().criterion(key).met
        assert "non respecté" not in row(field, key).accessibleName()
    assert state(field, "classes") == MET
    assert state(field, "length") == UNMET
    qtbot.keyClicks(field.password_edit, "wxyz")
    assert state(field, "length") == MET
    assert row(field, "length").text().endswith("Au moins 8 caractères")
    qtbot.keyClick(field.password_edit, Qt.Key.Key_Backspace)
    assert state(field, "length") == UNMET
    assert "non respecté" in row(field, "length").accessibleName()


def test_three_kinds_make_the_fourth_optional(field, qtbot):
    qtbot.keyClicks(field.password_edit, "abcDEF12")
    assert field.policy().ok
    assert state(field, "special") not in (MET, UNMET)
    assert "facultatif" in row(field, "special").accessibleName()


def test_accented_letters_count_as_letters(field):
    type_text(field.password_edit, "éÀ")
    assert field.password() == "éÀ"
    assert state(field, "lower") == MET
    assert state(field, "upper") == MET
    assert state(field, "special") == UNMET


def test_personal_rule_shows_only_when_broken(field, qtbot):
    field.set_user_inputs(("j.dupont1", "Jean", "Dupont", "12/03/2011"))
    assert row(field, "personal").isHidden()
    qtbot.keyClicks(field.password_edit, "Dupont2011!")
    assert not row(field, "personal").isHidden()
    assert state(field, "personal") == UNMET
    qtbot.keyClicks(field.confirm_edit, "Dupont2011!")
    assert not field.policy().ok
    assert not field.is_acceptable()
    qtbot.waitUntil(lambda: field.strength() is not None)
    assert field.strength().score <= 1


def test_weak_password_is_very_weak(qtbot):
    field = make_field(qtbot)  # default debounce
    qtbot.keyClicks(field.password_edit, "azerty")
    qtbot.waitUntil(lambda: field.strength_label.text() == "Très faible")
    bar = field.strength_bar
    assert bar.value() == 0
    assert "Très faible" in bar.accessibleDescription()
    assert field.advice_label.text()


def test_long_random_password_is_strong(field, qtbot):
    qtbot.keyClicks(field.password_edit, STRONG)
    qtbot.waitUntil(lambda: field.strength_label.text() in ("Fort", "Très fort"))
    assert field.strength_bar.value() >= 3
    assert field.strength_label.text() in field.strength_bar.accessibleDescription()


def test_stale_estimates_are_never_shown(qtbot):
    release = threading.Event()
    started = threading.Event()
    asked: list[str] = []

    def slow_estimator(text, *, user_inputs=()):
        asked.append(text)
        if text == "a":
            started.set()
            release.wait(5)
        return Strength(len(text) % 5, f"estimate of {text}", "", ())

    field = make_field(qtbot, estimator=slow_estimator, strength_delay_ms=0)
    shown: list[object] = []
    field.strength_changed.connect(shown.append)
    qtbot.keyClicks(field.password_edit, "a")
    qtbot.waitUntil(started.is_set)
    qtbot.keyClicks(field.password_edit, "bc")  # while "a" is still being estimated
    release.set()
    qtbot.waitUntil(lambda: bool(shown))
    assert [s.label for s in shown] == ["estimate of abc"]
    assert field.strength_label.text() == field.strength_labels()[len("abc") % 5]  # the label of its score
    assert asked == ["a", "abc"]  # "ab" was never worth starting


def test_fast_typing_ends_on_the_final_text(field, qtbot):
    qtbot.keyClicks(field.password_edit, "azerty")
    qtbot.keyClicks(field.password_edit, STRONG)
    final = "azerty" + STRONG
    qtbot.waitUntil(lambda: strength_settled(field, final))
    qtbot.wait(50)  # anything still queued would be older: it must not replace it
    assert strength_settled(field, final)


def test_emptying_the_field_resets_the_meter(field, qtbot):
    qtbot.keyClicks(field.password_edit, "azerty")
    qtbot.waitUntil(lambda: field.strength() is not None)
    field.password_edit.clear()
    assert field.strength() is None
    assert field.strength_label.text() == ""
    assert field.advice_label.text() == ""
    qtbot.wait(50)
    assert field.strength() is None


def test_match_indicator(field, qtbot):
    assert field.match_label.text() == ""
    qtbot.keyClicks(field.password_edit, STRONG)
    qtbot.keyClicks(field.confirm_edit, STRONG[:5])
    assert "Les mots de passe ne correspondent pas" in field.match_label.text()
    qtbot.keyClicks(field.confirm_edit, STRONG[5:])
    assert "Les mots de passe correspondent" in field.match_label.text()
    qtbot.keyClicks(field.password_edit, "x")
    assert "ne correspondent pas" in field.match_label.text()


def test_eye_reveals_and_hides_both_fields(field, qtbot):
    eye = field.reveal_button
    assert eye.isCheckable()
    assert eye.accessibleName() == "Afficher le mot de passe"
    for edit in (field.password_edit, field.confirm_edit):
        assert edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(eye, Qt.MouseButton.LeftButton)
    assert eye.accessibleName() == "Masquer le mot de passe"
    for edit in (field.password_edit, field.confirm_edit):
        assert edit.echoMode() == QLineEdit.EchoMode.Normal
    eye.setFocus()
    qtbot.keyClick(eye, Qt.Key.Key_Space)
    assert eye.accessibleName() == "Afficher le mot de passe"
    assert field.confirm_edit.echoMode() == QLineEdit.EchoMode.Password


def test_tab_order_and_names(field):
    chain, widget = [], field.password_edit
    while len(chain) < 3:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(field):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == [field.password_edit, field.reveal_button, field.confirm_edit]
    for name in ("passwordEdit", "passwordRevealButton", "passwordConfirmEdit", "strengthBar",
                 "strengthLabel", "strengthAdvice", "passwordMatchLabel", "criterion_length",
                 "criterion_lower", "criterion_upper", "criterion_digit", "criterion_special",
                 "criterion_classes", "criterion_personal"):
        child = field.findChild(QWidget, name)
        assert child is not None, name
        assert child.accessibleName(), name
    assert field.password_edit.maxLength() == MAX_LENGTH == field.confirm_edit.maxLength()


def test_acceptable_needs_policy_and_matching_confirmation(field, qtbot):
    seen: list[bool] = []
    field.acceptable_changed.connect(seen.append)
    qtbot.keyClicks(field.password_edit, STRONG)
    assert not field.is_acceptable()
    with qtbot.waitSignal(field.acceptable_changed, timeout=1000) as blocker:
        qtbot.keyClicks(field.confirm_edit, STRONG)
    assert blocker.args == [True]
    assert field.is_acceptable()
    assert field.password() == STRONG
    qtbot.keyClick(field.confirm_edit, Qt.Key.Key_Backspace)
    assert not field.is_acceptable()
    assert seen == [True, False]


def test_policy_failure_is_not_acceptable_even_if_confirmed(field, qtbot):
    qtbot.keyClicks(field.password_edit, "abcdefgh")
    qtbot.keyClicks(field.confirm_edit, "abcdefgh")
    assert not field.is_acceptable()


def test_forbidden_password(field, qtbot):
    message = "Le nouveau mot de passe doit être différent du mot de passe provisoire."
    field.set_forbidden(["Kp7!mzQa2x"], message)
    assert field.forbidden_label.isHidden()
    qtbot.keyClicks(field.password_edit, "Kp7!mzQa2x")
    qtbot.keyClicks(field.confirm_edit, "Kp7!mzQa2x")
    assert field.policy().ok
    assert not field.is_acceptable()
    assert field.forbidden_label.text() == message
    assert not field.forbidden_label.isHidden()
    qtbot.keyClicks(field.password_edit, "y")
    qtbot.keyClicks(field.confirm_edit, "y")
    assert field.is_acceptable()
    assert field.forbidden_label.isHidden()


def test_clear_wipes_fields_and_feedback(field, qtbot):
    qtbot.keyClicks(field.password_edit, STRONG)
    qtbot.keyClicks(field.confirm_edit, STRONG)
    field.reveal_button.setChecked(True)
    qtbot.waitUntil(lambda: field.strength() is not None)
    assert field.is_acceptable()
    with qtbot.waitSignal(field.acceptable_changed, timeout=1000) as blocker:
        field.clear()
    assert blocker.args == [False]
    assert field.password() == "" and field.confirm_edit.text() == ""
    assert field.strength() is None and field.strength_label.text() == ""
    assert field.match_label.text() == ""
    assert state(field, "length") == UNMET
    assert field.password_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.wait(50)
    assert field.strength() is None


def test_family_name_is_refused(field, qtbot):
    qtbot.keyClicks(field.password_edit, "Martin#2024x")
    qtbot.keyClicks(field.confirm_edit, "Martin#2024x")
    assert field.is_acceptable()
    with qtbot.waitSignal(field.acceptable_changed, timeout=1000):
        field.set_user_inputs(("l.martin", "Léa", "Martin", "2011-03-12"))
    assert not field.is_acceptable()
    assert state(field, "personal") == UNMET
    qtbot.waitUntil(lambda: strength_settled(field, "Martin#2024x"))
    assert field.strength().score <= 1


def test_paste_of_256_characters_and_no_more(field, qtbot):
    text = ("aB3!xY7?" * 40)[:MAX_LENGTH]
    QGuiApplication.clipboard().setText(text + "zzzz")
    field.password_edit.paste()
    assert field.password() == text  # truncated to maxLength
    QGuiApplication.clipboard().setText(text)
    field.confirm_edit.paste()
    assert field.is_acceptable()
    qtbot.keyClicks(field.password_edit, "q")
    assert len(field.password()) == MAX_LENGTH
    assert field.password() == text
    qtbot.waitUntil(lambda: strength_settled(field, text))


def test_destroyed_while_estimating(qtbot):
    release = threading.Event()
    started = threading.Event()

    def slow_estimator(text, *, user_inputs=()):
        started.set()
        release.wait(5)
        return Strength(0, "Très faible", "", ())

    field = PasswordField(estimator=slow_estimator, strength_delay_ms=0)
    executor = field._executor
    qtbot.keyClicks(field.password_edit, "a")
    qtbot.waitUntil(started.is_set)
    field.deleteLater()
    qtbot.wait(10)
    release.set()
    executor.shutdown(wait=True)  # the worker ends on its own
    qtbot.wait(10)  # and its late result reaches no one


EXIT_SCRIPT = """
import sys
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from educonnect_desktop.ui.password_field import PasswordField

app = QApplication([])
field = PasswordField(strength_delay_ms=0)
field.show()
QTest.keyClicks(field.password_edit, "Vq7#mZ!t2pLx9&Rw" * 8)
app.processEvents()
print("typed", flush=True)
sys.exit(0)  # the widget is still alive and an estimate may be running
"""


def test_worker_does_not_keep_the_process_alive(tmp_path):
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", EXIT_SCRIPT], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "typed" in done.stdout


def test_feedback_names_a_childs_first_name_and_birth_year(field, qtbot):
    field.set_children((("Hugo", 2010), ("Léa", 2012)))
    qtbot.keyClicks(field.password_edit, "Hugo2010!")
    qtbot.waitUntil(lambda: field.strength() is not None)
    assert "contient le prénom et l'année de naissance d'un enfant" in field.advice_label.text()
    field.clear()
    qtbot.keyClicks(field.password_edit, "Lea-Soleil#77")
    qtbot.waitUntil(lambda: field.strength() is not None)
    assert "contient le prénom d'un enfant" in field.advice_label.text()


def test_a_weak_password_that_meets_the_rule_asks_for_a_confirmation(field, qtbot):
    weak = "Hugo2010!"  # meets EduConnect's rule, estimated "Faible"
    qtbot.keyClicks(field.password_edit, weak)
    qtbot.keyClicks(field.confirm_edit, weak)
    qtbot.waitUntil(lambda: field.strength() is not None)
    assert field.policy().ok and field.strength().label == "Faible"
    assert field.weak_check.isVisible() and not field.is_acceptable()
    field.weak_check.setFocus()
    qtbot.keyClick(field.weak_check, Qt.Key.Key_Space)
    assert field.is_acceptable(), "the rule is the rule: allowed once confirmed"
    field.clear()
    qtbot.keyClicks(field.password_edit, STRONG)
    qtbot.keyClicks(field.confirm_edit, STRONG)
    qtbot.waitUntil(lambda: field.strength() is not None and field.strength().score > 1)
    assert field.is_acceptable() and not field.weak_check.isVisible()
