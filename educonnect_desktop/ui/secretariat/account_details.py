"""What the secretariat reads about the selected account (display only, no service call)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ...core.labels import ADDRESS_STATE_LABELS, KIND_LABELS, NEW_ADDRESS_WAITING, ROLE_LABELS, STATE_LABELS, label
from ...services.dto import AccountDetails, LinkedPerson
from ..my_account.section import value_label
from ..translations import translated
from .accounts_model import local_time

# Helpers outside a widget: QCoreApplication.translate with the "AccountDetails" context.
_LEVELS = {1: QT_TRANSLATE_NOOP("AccountDetails", "Responsable légal 1"),
           2: QT_TRANSLATE_NOOP("AccountDetails", "Responsable légal 2"),
           0: QT_TRANSLATE_NOOP("AccountDetails", "Autre contact")}


def legal_level_text(level: int) -> str:
    if level in _LEVELS:
        return QCoreApplication.translate("AccountDetails", _LEVELS[level])
    return QCoreApplication.translate("AccountDetails", "Niveau {0}").format(level)


def linked_text(person: LinkedPerson) -> str:
    """ "Jean Dupont (j.dupont1) — Responsable légal 1, non validé"."""
    flags = [legal_level_text(person.legal_level)]
    if person.reported_wrong:
        flags.append(QCoreApplication.translate("AccountDetails", "signalé comme erroné"))
    elif not person.validated:
        flags.append(QCoreApplication.translate("AccountDetails", "non validé"))
    return QCoreApplication.translate("AccountDetails", "{0} {1} ({2}) — {3}").format(
        person.first_name, person.last_name, person.identifier, ", ".join(flags))


def email_text(details: AccountDetails) -> str:
    """ "x@y (confirmée)", "x@y (non confirmée)" or "Aucune": the address first, then its state."""
    if details.email:
        state = translated(label(ADDRESS_STATE_LABELS, details.summary.email_state))
        text = f"{details.email} ({state})"
    else:
        text = QCoreApplication.translate("AccountDetails", "Aucune")
    if details.pending_email:
        text += " — " + QCoreApplication.translate("AccountDetails", "{0} : {1}").format(
            translated(NEW_ADDRESS_WAITING), details.pending_email)
    return text


def state_text(details: AccountDetails) -> str:
    """The account's state, and a lock left by too many failed attempts (with its end)."""
    text = translated(label(STATE_LABELS, details.summary.state))
    if details.locked_until is not None:
        day, _, hour = local_time(details.locked_until).partition(" ")
        text += " — " + QCoreApplication.translate(
            "AccountDetails", "bloqué après trop d'essais infructueux, jusqu'au {0} à {1} (« Débloquer » le libère)"
        ).format(day, hour)
    return text


def provisional_text(details: AccountDetails) -> str:
    if not details.must_change_password:
        return QCoreApplication.translate("AccountDetails", "Mot de passe choisi par la personne")
    if details.provisional_expires_at is None:
        return QCoreApplication.translate("AccountDetails", "Mot de passe provisoire")
    return QCoreApplication.translate("AccountDetails", "Mot de passe provisoire valable jusqu'au {0}").format(
        local_time(details.provisional_expires_at)[:10])


class AccountDetailsView(QWidget):
    """Label rows; `show_details(None)` says nothing is selected."""

    _ROWS = (
        ("name", QT_TRANSLATE_NOOP("AccountDetailsView", "Nom")),
        ("identifier", QT_TRANSLATE_NOOP("AccountDetailsView", "Identifiant")),
        ("kind", QT_TRANSLATE_NOOP("AccountDetailsView", "Type")),
        ("class", QT_TRANSLATE_NOOP("AccountDetailsView", "Classe")),
        ("establishment", QT_TRANSLATE_NOOP("AccountDetailsView", "Établissement")),
        ("state", QT_TRANSLATE_NOOP("AccountDetailsView", "État")),
        ("email", QT_TRANSLATE_NOOP("AccountDetailsView", "E-mail")),
        ("password", QT_TRANSLATE_NOOP("AccountDetailsView", "Mot de passe")),
        ("last_login", QT_TRANSLATE_NOOP("AccountDetailsView", "Dernière connexion")),
        ("guardians", QT_TRANSLATE_NOOP("AccountDetailsView", "Représentants légaux")),
        ("students", QT_TRANSLATE_NOOP("AccountDetailsView", "Élèves")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountDetailsView")
        self.placeholder = QLabel(self.tr("Sélectionnez un compte dans la liste."))
        self.placeholder.setObjectName("accountDetailsPlaceholder")
        self.placeholder.setWordWrap(True)
        self.values: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        # A narrow panel puts a long value (the links) under its caption, at full width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.placeholder)
        for key, caption in self._ROWS:
            value = value_label(f"detail_{key}", self.tr(caption))
            caption_label = QLabel(self.tr("{0} :").format(self.tr(caption)))
            caption_label.setBuddy(value)
            self.values[key], self._captions[key] = value, caption_label
            form.addRow(caption_label, value)
        for key in ("guardians", "students"):
            self.values[key].setTextFormat(Qt.TextFormat.RichText)
        self.show_details(None)

    def show_details(self, details: AccountDetails | None) -> None:
        self.placeholder.setVisible(details is None)
        if details is None:
            for key in self.values:
                self._set(key, None)
            return
        s = details.summary
        name = f"{s.first_name} {s.last_name}"
        if details.usage_name:
            name += self.tr(" (nom d'usage : {0})").format(details.usage_name)
        kind = translated(label(KIND_LABELS, s.kind))
        if details.staff_role:
            kind += f" — {translated(label(ROLE_LABELS, details.staff_role))}"
        self._set("name", name)
        self._set("identifier", s.identifier)
        self._set("kind", kind)
        self._set("class", s.class_code)
        self._set("establishment", details.establishment_name)
        self._set("state", state_text(details))
        self._set("email", email_text(details))
        self._set("password", provisional_text(details))
        self._set("last_login", local_time(s.last_login_at) or self.tr("Jamais"))
        self._set("guardians", _people(details.guardians) if s.kind == "student" else None)
        self._set("students", _people(details.students) if s.kind == "guardian" else None)

    def _set(self, key: str, text: str | None) -> None:
        visible = text is not None
        self.values[key].setText(text or "")
        self.values[key].setVisible(visible)
        self._captions[key].setVisible(visible)

    def text(self) -> str:
        """Everything shown, one line per row (tests, copy to clipboard)."""
        return "\n".join(f"{caption}: {self.values[key].text()}" for key, caption in self._ROWS
                         if self.values[key].isVisibleTo(self))


def _people(people: tuple[LinkedPerson, ...]) -> str:
    if not people:
        return "Aucun"
    return "<br>".join(escape(linked_text(p)) for p in people)

