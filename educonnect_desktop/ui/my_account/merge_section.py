""""Ajouter des élèves depuis un autre compte": the other account's identifier and password."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ...core.passwords import MAX_LENGTH
from ...services import children
from ...services.session import Session
from ..desk import Desk
from ..space_hint import hinting_spaces
from ..widgets import caption, left_to_right, named
from .section import Section, action_button, button_row, value_label, wipe, section_action


class MergeSection(Section):
    merged = Signal(object)  # MergeResult

    def __init__(self, desk: Desk, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ajouter des élèves depuis un autre compte"), "merge", desk, session, parent)
        intro = value_label("mergeIntro", self.tr("Explications"))
        intro.setText(self.tr(
            "Vous avez reçu un autre identifiant pour un autre enfant (par exemple d'un autre "
            "établissement) ? Saisissez-le avec son mot de passe : le mot de passe provisoire remis par "
            "l'établissement de cet enfant, ou le mot de passe actuel si ce compte a déjà été activé. Les "
            "élèves seront ajoutés à ce compte-ci et l'autre compte sera fermé. Les deux comptes doivent "
            "porter les mêmes nom et prénom."))
        self.identifier_edit = left_to_right(named(QLineEdit(), "mergeIdentifierEdit", self.tr("Identifiant de l'autre compte")))
        self.identifier_edit.setMaxLength(64)
        self.identifier_edit.setPlaceholderText(self.tr("p.nom2"))
        self.password_edit = left_to_right(named(QLineEdit(), "mergePasswordEdit", self.tr("Mot de passe de l'autre compte")))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(MAX_LENGTH)
        self.submit_button = action_button(self.tr("Ajouter les élè&ves"), "mergeSubmitButton",
                                           self.tr("Ajouter les élèves de l'autre compte"))
        for edit in (self.identifier_edit, self.password_edit):
            edit.textChanged.connect(self.update_actions)
        self.enter_map.add(self.submit_button, self.identifier_edit, self.password_edit)
        self.submit_button.clicked.connect(self.submit)

        form = QFormLayout()
        form.addRow(caption(self.tr("Identifian&t de l'autre compte :"), self.identifier_edit),
                    self.identifier_edit)
        form.addRow(caption(self.tr("Mot de &passe de l'autre compte :"), self.password_edit), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(button_row(self.submit_button))
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        self.update_actions()

    def controls(self) -> Iterable[QWidget]:
        return (self.identifier_edit, self.password_edit, self.submit_button)

    def update_actions(self, *_args: object) -> None:
        self.submit_button.setEnabled(not self.busy and bool(self.identifier_edit.text().strip())
                                      and bool(self.password_edit.text()))

    def clear(self) -> None:
        wipe(self.identifier_edit, self.password_edit)

    @section_action
    async def submit(self) -> None:
        if self.busy or not self.submit_button.isEnabled():
            return
        identifier, password = self.identifier_edit.text(), self.password_edit.text()
        wipe(self.password_edit)
        async with self.working():
            with hinting_spaces(password):
                result = await self.desk.call(children.merge_other_account, self.session, identifier, password)
            self.clear()
            self.show_notice(self.tr("Les élèves de {0} ont été ajoutés ; ce compte est fermé.")
                             .format(result.closed_identifier))
            self.merged.emit(result)
            self.focus_after(self.identifier_edit)
            return
        self.password_edit.setFocus()
