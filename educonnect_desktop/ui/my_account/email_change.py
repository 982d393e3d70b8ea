""""Modifier mon adresse e-mail": the address twice, then a confirmation screen before "Envoyer".

The panel only shows and collects; the e-mail section calls the services when the
panel asks (`preview_requested`, `send_requested`). The confirmation screen is
embedded here, never a separate window, so it works in kiosk mode too.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...services.my_account import EmailChangePreview
from ..widgets import caption, left_to_right
from ..widgets import named
from .section import action_button, button_row, value_label, wipe

MAX_ADDRESS = 254


class EmailChangePanel(QWidget):
    inputs_changed = Signal()
    preview_requested = Signal()
    send_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailChangePanel")
        self.preview: EmailChangePreview | None = None
        self.open_button = action_button(self.tr("Modifier mon adresse e-mai&l"), "emailChangeOpenButton",
                                         self.tr("Modifier mon adresse e-mail"))
        self.open_button.clicked.connect(self.open_form)

        # Step 1: the new address, twice.
        self.form = QWidget()
        self.form.setObjectName("emailChangeForm")
        self.new_edit = left_to_right(named(QLineEdit(), "newEmailEdit", self.tr("Nouvelle adresse e-mail")))
        self.confirm_edit = left_to_right(named(QLineEdit(), "newEmailConfirmEdit",
                                  self.tr("Confirmation de la nouvelle adresse e-mail")))
        for edit in (self.new_edit, self.confirm_edit):
            edit.setMaxLength(MAX_ADDRESS)
            edit.setPlaceholderText(self.tr("prenom.nom@exemple.fr"))
            edit.textChanged.connect(self.inputs_changed)
        self.continue_button = action_button(self.tr("Continuer"), "emailChangeContinueButton",
                                             self.tr("Continuer vers la vérification"))
        self.cancel_button = action_button(self.tr("Annuler"), "emailChangeCancelButton",
                                           self.tr("Annuler la modification de l'adresse"))
        self.continue_button.clicked.connect(self._request_preview)
        self.cancel_button.clicked.connect(self.close_form)
        fields = QFormLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addRow(caption(self.tr("&Nouvelle adresse :"), self.new_edit), self.new_edit)
        fields.addRow(caption(self.tr("Con&firmation de l'adresse :"), self.confirm_edit), self.confirm_edit)
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addLayout(fields)
        form.addLayout(button_row(self.cancel_button, self.continue_button))

        # Step 2: who, from which address, to which — then "Envoyer".
        self.confirmation = QFrame()
        self.confirmation.setObjectName("emailChangeConfirmation")
        self.confirmation.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(self.tr("<b>Vérifiez avant l'envoi</b>"))
        self.identifier_label = value_label("emailChangeIdentifier", self.tr("Identifiant"))
        self.old_label = value_label("emailChangeOldAddress", self.tr("Ancienne adresse"))
        self.new_label = value_label("emailChangeNewAddress", self.tr("Nouvelle adresse"))
        self.explanation = value_label("emailChangeExplanation", self.tr("Ce qui sera envoyé"))
        self.send_button = action_button(self.tr("Envo&yer"), "emailChangeSendButton",
                                         self.tr("Envoyer l'e-mail de validation"))
        self.back_button = action_button(self.tr("C&hanger l'adresse"), "emailChangeBackButton",
                                         self.tr("Changer l'adresse"))
        self.send_button.clicked.connect(self.send_requested)
        self.back_button.clicked.connect(self._back_to_form)
        summary = QFormLayout()
        summary.addRow(self.tr("Identifiant :"), self.identifier_label)
        summary.addRow(self.tr("Ancienne adresse :"), self.old_label)
        summary.addRow(self.tr("Nouvelle adresse :"), self.new_label)
        confirmation = QVBoxLayout(self.confirmation)
        confirmation.addWidget(title)
        confirmation.addLayout(summary)
        confirmation.addWidget(self.explanation)
        confirmation.addLayout(button_row(self.back_button, self.send_button))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(button_row(self.open_button, leading=True))
        layout.addWidget(self.form)
        layout.addWidget(self.confirmation)
        self.close_form()

    # -- what the section reads and drives ------------------------------------------------
    def typed_addresses(self) -> tuple[str, str]:
        return self.new_edit.text(), self.confirm_edit.text()

    def controls(self) -> Iterable[QWidget]:
        return (self.open_button, self.new_edit, self.confirm_edit, self.continue_button, self.cancel_button,
                self.send_button, self.back_button)

    def update_actions(self, busy: bool) -> None:
        self.continue_button.setEnabled(not busy and all(t.strip() for t in self.typed_addresses()))

    def show_preview(self, preview: EmailChangePreview) -> None:
        self.preview = preview
        self.identifier_label.setText(preview.identifier)
        self.old_label.setText(preview.old_address or self.tr("Aucune"))
        self.new_label.setText(preview.new_address)
        if preview.old_address:
            text = self.tr("Un e-mail de validation sera envoyé à la nouvelle adresse, et un e-mail "
                           "d'information à l'ancienne. L'ancienne adresse reste utilisée tant que la "
                           "nouvelle n'est pas confirmée.")
        else:
            text = self.tr("Un e-mail de validation sera envoyé à cette adresse.")
        self.explanation.setText(text)
        self.form.hide()
        self.confirmation.show()
        self.send_button.setFocus()

    def open_form(self) -> None:
        self.open_button.hide()
        self.confirmation.hide()
        self.form.show()
        self.new_edit.setFocus()

    def close_form(self) -> None:
        self.preview = None
        wipe(self.new_edit, self.confirm_edit)
        self.form.hide()
        self.confirmation.hide()
        self.open_button.show()

    # -- internal -------------------------------------------------------------------------
    def _request_preview(self) -> None:
        if self.continue_button.isEnabled():
            self.preview_requested.emit()

    def _back_to_form(self) -> None:
        self.preview = None
        self.confirmation.hide()
        self.form.show()
        self.new_edit.setFocus()
