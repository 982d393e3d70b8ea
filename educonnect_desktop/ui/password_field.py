"""A password entry with live rule checklist, strength meter, advice and confirmation."""

from __future__ import annotations

import functools
import logging
import threading
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.passwords import MAX_LENGTH, PolicyResult, Strength, check_policy, estimate_strength, warm_up
from . import theme
from .strength_advice import advice_text
from .translations import translated
from .widgets import left_to_right, named

log = logging.getLogger(__name__)

Estimator = Callable[..., Strength]

# Quiet time after the last keystroke before the strength estimate starts.
STRENGTH_DELAY_MS = 120
_MET, _UNMET, _OPTIONAL = "\u2713", "\u2717", "\u25cb"  # ✓ ✗ ○

# Rows always shown; the others (personal data, maximum length) only while unmet.
_ALWAYS_SHOWN = ("length", "classes", "lower", "upper", "digit", "special")
_CLASS_KEYS = ("lower", "upper", "digit", "special")


class _StrengthRelay(QObject):
    """Carries estimates from the worker thread to the GUI thread (queued signal).

    Parentless and referenced by the worker's closure, so the worker never emits on a
    deleted object; `closed` (under `lock`) stops emissions once the field is gone.
    """

    ready = Signal(int, object)  # generation, Strength | None

    def __init__(self) -> None:
        super().__init__()
        self.lock = threading.Lock()
        self.closed = False

    def deliver(self, generation: int, result: Strength | None) -> None:
        with self.lock:
            if self.closed:
                return
            try:
                self.ready.emit(generation, result)
            except RuntimeError:  # Qt already torn down at exit
                pass


def _estimate_in_worker(relay: _StrengthRelay, estimator: Estimator, generation: int,
                        text: str, user_inputs: tuple[str, ...]) -> None:
    try:
        result = estimator(text, user_inputs=user_inputs)
    except Exception:  # never let a bad estimate kill the worker or the field
        log.exception("strength estimate failed")
        result = None
    relay.deliver(generation, result)


def _shutdown(relay: _StrengthRelay, executor: ThreadPoolExecutor, *_args: object) -> None:
    """On the field's destruction: no more deliveries, no more work, don't wait."""
    with relay.lock:
        relay.closed = True
    executor.shutdown(wait=False, cancel_futures=True)


def _eye_icon(colour: QColor, slashed: bool) -> QIcon:
    size = 20
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1.6))
    painter.drawEllipse(QRectF(2, 5.5, 16, 9))
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(10, 10), 2.6, 2.6)
    if slashed:
        painter.setPen(QPen(colour, 2))
        painter.drawLine(QPointF(3, 17), QPointF(17, 3))
    painter.end()
    return QIcon(pixmap)


class PasswordField(QWidget):
    """Choose a password: field, show/hide button, confirmation, live feedback.

    The EduConnect rule (`check_policy`) is checked synchronously on every keystroke
    (a fraction of a millisecond). The strength estimate can take several
    milliseconds, so it runs on a single worker thread once typing pauses
    (`strength_delay_ms`); only the result for the current text is ever shown.
    No asyncio loop is needed.

    In a wizard page::

        class ChoosePasswordPage(QWizardPage):
            def __init__(self, parent=None):
                super().__init__(parent)
                self.field = PasswordField(self)
                self.field.acceptable_changed.connect(lambda _ok: self.completeChanged.emit())
                QVBoxLayout(self).addWidget(self.field)

            def initializePage(self):
                self.field.set_user_inputs((identifier, first_name, last_name, birth_date))

            def isComplete(self):
                return self.field.is_acceptable()

            def cleanupPage(self):
                self.field.clear()
    """

    acceptable_changed = Signal(bool)
    strength_changed = Signal(object)  # Strength | None (empty password)

    def __init__(self, parent: QWidget | None = None, *, user_inputs: Sequence[str] = (),
                 estimator: Estimator = estimate_strength,
                 strength_delay_ms: int = STRENGTH_DELAY_MS) -> None:
        super().__init__(parent)
        self.setObjectName("passwordField")
        self._user_inputs: tuple[str, ...] = tuple(str(i) for i in user_inputs)
        self._children: tuple[tuple[str, int | None], ...] = ()
        self._forbidden: tuple[str, ...] = ()
        self._forbidden_message = ""
        self._estimator = estimator
        self._policy: PolicyResult = check_policy("")
        self._strength: Strength | None = None
        self._acceptable = False
        self._generation = 0        # bumped on every change of text or inputs
        self._in_flight = False     # one estimate at a time; newer text waits for it
        self._closed = False
        self._row_state: dict[str, tuple[str, bool]] = {}

        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="password-strength")
        self._relay = _StrengthRelay()
        self._relay.ready.connect(self._on_strength_ready, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(functools.partial(_shutdown, self._relay, self._executor))
        self._executor.submit(warm_up)  # build the word lists before the first estimate

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(max(0, strength_delay_ms))
        self._debounce.timeout.connect(self._start_estimate)

        self._build()
        self._refresh()

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        self.password_edit = self._line_edit("passwordEdit", self.tr("Mot de passe"))
        self.confirm_edit = self._line_edit("passwordConfirmEdit", self.tr("Confirmation du mot de passe"))
        text_colour = self.palette().color(QPalette.ColorRole.ButtonText)
        self._icons = (_eye_icon(text_colour, False), _eye_icon(text_colour, True))
        self.reveal_button = named(QToolButton(), "passwordRevealButton", "")
        self.reveal_button.setCheckable(True)
        self.reveal_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reveal_button.toggled.connect(self._set_revealed)
        self._set_revealed(False)

        self._rows: dict[str, QLabel] = {}
        checklist = QVBoxLayout()
        checklist.setSpacing(2)
        for criterion in self._policy.criteria:
            label = named(QLabel(), f"criterion_{criterion.key}", translated(criterion.label))
            indent = 16 if criterion.key in _CLASS_KEYS else 0
            label.setContentsMargins(indent, 0, 0, 0)
            self._rows[criterion.key] = label
            checklist.addWidget(label)

        self.strength_bar = named(QProgressBar(), "strengthBar", self.tr("Robustesse du mot de passe"))
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setMaximumHeight(10)
        self.strength_label = named(QLabel(), "strengthLabel", self.tr("Robustesse du mot de passe"))
        self.strength_label.setMinimumWidth(80)
        self.advice_label = named(QLabel(), "strengthAdvice", self.tr("Conseils pour le mot de passe"))
        self.advice_label.setWordWrap(True)
        self.match_label = named(QLabel(), "passwordMatchLabel", self.tr("Correspondance des mots de passe"))
        self.forbidden_label = named(QLabel(), "passwordForbiddenLabel", self.tr("Mot de passe refusé"))
        self.forbidden_label.setWordWrap(True)
        self._set_colour(self.forbidden_label, theme.current().error)
        # EduConnect's rule is the rule: a weak password that meets it may be chosen, once
        # the person has said so.
        self.weak_check = named(QCheckBox(self.tr("Ce mot de passe est faible : je le choisis &quand même")),
                                "passwordWeakConfirm", self.tr("Je choisis quand même ce mot de passe faible"))
        self.weak_check.hide()
        self.weak_check.toggled.connect(self._refresh)

        entry = QHBoxLayout()
        entry.setContentsMargins(0, 0, 0, 0)
        entry.addWidget(self.password_edit, 1)
        entry.addWidget(self.reveal_button)
        strength = QHBoxLayout()
        strength.addWidget(self.strength_bar, 1)
        strength.addWidget(self.strength_label)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        password_caption = QLabel(self.tr("&Mot de passe :"))
        password_caption.setBuddy(self.password_edit)
        form.addRow(password_caption, entry)
        form.addRow("", checklist)
        form.addRow(self.tr("Robustesse :"), strength)
        form.addRow("", self.advice_label)
        confirm_caption = QLabel(self.tr("C&onfirmation :"))
        confirm_caption.setBuddy(self.confirm_edit)
        form.addRow(confirm_caption, self.confirm_edit)
        form.addRow("", self.match_label)
        form.addRow("", self.forbidden_label)
        form.addRow("", self.weak_check)

        QWidget.setTabOrder(self.password_edit, self.reveal_button)
        QWidget.setTabOrder(self.reveal_button, self.confirm_edit)
        self.setFocusProxy(self.password_edit)

        self.password_edit.textChanged.connect(self._on_password_changed)
        self.confirm_edit.textChanged.connect(self._refresh)

    def _line_edit(self, object_name: str, accessible_name: str) -> QLineEdit:
        edit = left_to_right(named(QLineEdit(), object_name, accessible_name))
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(MAX_LENGTH)
        return edit

    # -- public API ---------------------------------------------------------------------
    def password(self) -> str:
        return self.password_edit.text()

    def is_acceptable(self) -> bool:
        """Policy met, confirmation identical, not empty, not a forbidden password."""
        return self._acceptable

    def policy(self) -> PolicyResult:
        """The rule check of the current password (updated on every keystroke)."""
        return self._policy

    def strength(self) -> Strength | None:
        """The strength shown (None while the field is empty)."""
        return self._strength

    def set_user_inputs(self, user_inputs: Sequence[str]) -> None:
        """Names, identifier and birth date of the person: refused in the password."""
        self._user_inputs = tuple(str(i) for i in user_inputs)
        self._on_password_changed()

    def set_children(self, children: Sequence[tuple[str, int | None]]) -> None:
        """A guardian's children (first name, birth year): the feedback says when it sees them."""
        self._children = tuple(children)
        self._on_password_changed()

    def is_weak(self) -> bool:
        """The estimate says "Très faible" or "Faible" (unknown while it is computed)."""
        return self._strength is not None and self._strength.score <= 1

    def set_forbidden(self, passwords: Sequence[str], message: str = "") -> None:
        """Passwords that must not be chosen (e.g. the provisional one), and why."""
        self._forbidden = tuple(unicodedata.normalize("NFC", p) for p in passwords if p)
        self._forbidden_message = message or self.tr("Ce mot de passe ne peut pas être utilisé.")
        self._refresh()

    def clear(self) -> None:
        """Wipe both fields and all feedback, and hide the password again."""
        self.reveal_button.setChecked(False)
        self.weak_check.setChecked(False)
        # setText, unlike clear(), also empties the undo history.
        self.confirm_edit.setText("")
        self.password_edit.setText("")

    # -- reveal -------------------------------------------------------------------------
    def _set_revealed(self, revealed: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)
        text = self.tr("Masquer le mot de passe") if revealed else self.tr("Afficher le mot de passe")
        self.reveal_button.setAccessibleName(text)
        self.reveal_button.setToolTip(text)
        self.reveal_button.setIcon(self._icons[1 if revealed else 0])

    # -- synchronous feedback (every keystroke) -----------------------------------------
    def _on_password_changed(self, *_args: object) -> None:
        self._generation += 1
        if self.password_edit.text():
            self._debounce.start()
        else:
            self._debounce.stop()
            self._show_strength(None)
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        password, confirm = self.password_edit.text(), self.confirm_edit.text()
        policy = self._policy = check_policy(password, user_inputs=self._user_inputs)
        classes_met = policy.criterion("classes").met
        for criterion in policy.criteria:
            key = criterion.key
            if criterion.met:
                state = _MET
            elif key in _CLASS_KEYS and classes_met:
                state = _OPTIONAL  # three kinds already: this one is not needed
            else:
                state = _UNMET
            visible = key in _ALWAYS_SHOWN or not criterion.met
            if self._row_state.get(key) == (state, visible):
                continue
            self._row_state[key] = (state, visible)
            self._show_row(self._rows[key], translated(criterion.label), state, visible)

        matches = password == confirm
        if not confirm:
            self.match_label.clear()
        elif matches:
            self._set_colour(self.match_label, theme.current().success)
            self.match_label.setText(f"{_MET} " + self.tr("Les mots de passe correspondent"))
        else:
            self._set_colour(self.match_label, theme.current().error)
            self.match_label.setText(f"{_UNMET} " + self.tr("Les mots de passe ne correspondent pas"))

        forbidden = unicodedata.normalize("NFC", password) in self._forbidden
        self.forbidden_label.setText(self._forbidden_message if forbidden else "")
        self.forbidden_label.setVisible(forbidden)

        weak = policy.ok and self.is_weak()
        self.weak_check.setVisible(weak)
        if not weak and self.weak_check.isChecked():
            self.weak_check.setChecked(False)  # asked again if it becomes weak again
        acceptable = (bool(password) and policy.ok and matches and not forbidden
                      and (not weak or self.weak_check.isChecked()))
        if acceptable != self._acceptable:
            self._acceptable = acceptable
            self.acceptable_changed.emit(acceptable)

    def _show_row(self, label: QLabel, text: str, state: str, visible: bool) -> None:
        label.setText(f"{state} {text}")
        status = {_MET: self.tr("respecté"), _UNMET: self.tr("non respecté"),
                  _OPTIONAL: self.tr("facultatif")}[state]
        label.setAccessibleName(f"{text} : {status}")
        self._set_colour(label, {_MET: theme.current().success, _UNMET: theme.current().error}.get(state))
        label.setVisible(visible)

    @staticmethod
    def _set_colour(label: QLabel, colour: str | None) -> None:
        palette = QPalette()  # empty: inherit the parent's colours
        if colour is not None:
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        label.setPalette(palette)

    # -- asynchronous strength estimate -------------------------------------------------
    def _start_estimate(self) -> None:
        if self._in_flight or self._closed or not self.password_edit.text():
            return  # a running estimate restarts us when it ends
        self._in_flight = True
        estimator = (functools.partial(self._estimator, children=self._children) if self._children
                     else self._estimator)
        self._executor.submit(_estimate_in_worker, self._relay, estimator, self._generation,
                              self.password_edit.text(), self._user_inputs)

    def _on_strength_ready(self, generation: int, result: Strength | None) -> None:
        """GUI thread: apply the estimate if it is for the current text, else re-run."""
        self._in_flight = False
        if generation != self._generation:
            if not self._debounce.isActive():
                self._start_estimate()
            return
        if result is not None and self.password_edit.text():
            self._show_strength(result)

    def strength_labels(self) -> tuple[str, ...]:
        """`core.strength.STRENGTH_LABELS`, spelt out here so lupdate sees them (a test keeps both equal)."""
        return (self.tr("Très faible"), self.tr("Faible"), self.tr("Moyen"), self.tr("Fort"), self.tr("Très fort"))

    def _show_strength(self, strength: Strength | None) -> None:
        previous = self._strength
        self._strength = strength
        if strength is None:
            self.strength_bar.setValue(0)
            self.strength_label.clear()
            self.advice_label.clear()
            self.strength_bar.setAccessibleDescription("")
        else:
            if previous is None or previous.score != strength.score:
                self.strength_bar.setValue(strength.score)
                self.strength_bar.setStyleSheet(
                    "QProgressBar { border: 1px solid palette(mid); border-radius: 3px; }"
                    f"QProgressBar::chunk {{ background-color: {theme.current().strength[strength.score]}; }}")
            label = self.strength_labels()[strength.score]
            self.strength_label.setText(label)
            self.strength_bar.setFormat(label)
            self.strength_bar.setAccessibleDescription(self.tr("Robustesse : {0}").format(label))
            advice = filter(None, (strength.warning, *strength.suggestions))
            self.advice_label.setText("\n".join(advice_text(sentence) for sentence in advice))
        if strength != previous:
            self._refresh()  # a weak estimate asks for a confirmation
            self.strength_changed.emit(strength)

    def shutdown(self) -> None:
        """Stop the worker now (also done automatically when the widget is destroyed)."""
        self._closed = True
        self._debounce.stop()
        _shutdown(self._relay, self._executor)
