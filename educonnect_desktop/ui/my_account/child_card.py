"""One linked student, as EduConnect shows them, and "Je ne suis pas le représentant légal"."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ...services import children
from ...services.home import ChildCard
from ...services.session import Session
from ..desk import Desk
from .section import Section, action_button, button_row, value_label, section_action


def child_name(child: ChildCard) -> str:
    """First name and the family name's initial only: "Léa D."."""
    return f"{child.first_name} {child.initial}"


class ChildCardBox(Section):
    """Initial, first name, birth date, establishment, class; the report asks to confirm inline."""

    link_reported = Signal(object)  # ChildCard

    def __init__(self, desk: Desk, session: Session, child: ChildCard, index: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(child_name(child), f"childCard{index}", desk, session, parent)
        self.child = child
        born = child.birth_date.strftime("%d/%m/%Y") if child.birth_date else "—"
        school = child.establishment.name if child.establishment else "—"
        lines = (self.tr("Date de naissance : {0}").format(born),
                 self.tr("Établissement : {0}").format(school),
                 self.tr("Classe : {0}").format(child.class_code or "—"))
        self.details = value_label(f"childCardDetails{index}", child_name(child))
        self.details.setText("\n".join(lines))
        self.setAccessibleName(", ".join((child_name(child), *lines)))

        self.report_button = action_button(self.tr("Je ne suis pas le représentant légal de cet élève"),
                                           f"reportNotGuardianButton{index}",
                                           self.tr("Je ne suis pas le représentant légal de {0}")
                                           .format(child_name(child)))
        self.report_button.clicked.connect(self.ask_confirmation)

        self.confirmation = QFrame()
        self.confirmation.setObjectName(f"reportConfirmation{index}")
        self.confirmation.setFrameShape(QFrame.Shape.StyledPanel)
        question = value_label(f"reportQuestion{index}", self.tr("Confirmation demandée"))
        # The rule first, as EduConnect words it: the promise below only holds with two links.
        question.setText(self.tr("{0}\nVous confirmez ne pas être le représentant légal de {1} ? Si un autre "
                                 "représentant légal lui est rattaché, cet élève ne sera plus rattaché à "
                                 "votre compte ; sinon, adressez-vous à l'établissement.")
                         .format(self.single_link_rule(), child_name(child)))
        self.confirm_button = action_button(self.tr("Confirmer"), f"reportConfirmButton{index}",
                                            self.tr("Confirmer : je ne suis pas le représentant légal de {0}")
                                            .format(child_name(child)))
        self.cancel_button = action_button(self.tr("Annuler"), f"reportCancelButton{index}",
                                           self.tr("Annuler le signalement"))
        self.confirm_button.clicked.connect(self.report)
        self.cancel_button.clicked.connect(self.cancel)
        confirmation = QVBoxLayout(self.confirmation)
        confirmation.addWidget(question)
        confirmation.addLayout(button_row(self.cancel_button, self.confirm_button))
        self.confirmation.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addLayout(button_row(self.report_button, leading=True))
        layout.addWidget(self.confirmation)
        layout.addWidget(self.error)

    def single_link_rule(self) -> str:
        """`children.SINGLE_LINK`, spelt out here so lupdate sees it (a test keeps both equal)."""
        return self.tr("S'il y a un seul lien responsable-élève, l'action ne sera pas prise en compte.")

    def controls(self) -> Iterable[QWidget]:
        return (self.report_button, self.confirm_button, self.cancel_button)

    def ask_confirmation(self) -> None:
        self.clear_messages()
        self.confirmation.show()
        self.cancel_button.setFocus()  # the harmless choice first

    def cancel(self) -> None:
        self.confirmation.hide()
        self.report_button.setFocus()

    @section_action
    async def report(self) -> None:
        if self.busy:
            return
        async with self.working():
            await self.desk.call(children.report_not_legal_guardian, self.session, self.child.identifier)
            self.confirmation.hide()
            self.link_reported.emit(self.child)
            return
        # Refused (e.g. the student's only link): the message stays on the card.
        self.confirmation.hide()
        self.report_button.setFocus()
