"""Administrator's dialog: SMTP server, SMS gateway, "Services en ligne" address, test message.

Reading and writing the settings file, the keyring and the network all run off the GUI
thread (`desk.call`). Secrets are typed into password fields that are never filled back:
an empty field keeps the secret already in the keyring. "Envoyer un message de test"
saves what was typed first, then really sends through the configured server or gateway
and says in French what happened. The status at the top says whether each channel can
send now, and why not (the reason staff need, never shown to families).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)
import shiboken6
from qasync import asyncSlot

from ...errors import UserFacingError
from ...messaging.channels import Channel
from ...services import messaging_settings
from ...services.staff import StaffSession
from ..translations import translated
from ..widgets import caption, named
from ..wizard_support import error_label
from .messaging_status import status_lines
from .tracked_desk import SessionClosed

SECURITY_CHOICES = (
    ("starttls", QT_TRANSLATE_NOOP("MessagingSettingsDialog", "STARTTLS (port 587)")),
    ("tls", QT_TRANSLATE_NOOP("MessagingSettingsDialog", "TLS implicite (port 465)")),
    ("plain", QT_TRANSLATE_NOOP("MessagingSettingsDialog", "Sans chiffrement (réseau local seulement)")),
)


class MessagingSettingsDialog(QDialog):
    def __init__(self, desk, staff: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messagingSettingsDialog")
        self.setWindowTitle(self.tr("Configuration de l'envoi des messages"))
        self.desk = desk
        self.staff = staff
        self.busy = False
        self.finished_tasks = 0  # every load, save or test that ended (tests wait on it)

        def edit(name: str, accessible: str, placeholder: str = "", secret: bool = False) -> QLineEdit:
            line = named(QLineEdit(), name, accessible)
            line.setPlaceholderText(placeholder)
            line.setMaxLength(300)
            if secret:
                line.setEchoMode(QLineEdit.EchoMode.Password)
            return line

        self.edits = {
            "smtp.host": edit("settingsSmtpHost", self.tr("Serveur SMTP"), self.tr("ex. smtp.ac-academie.fr")),
            "smtp.port": edit("settingsSmtpPort", self.tr("Port SMTP"), self.tr("par défaut selon la sécurité")),
            "smtp.username": edit("settingsSmtpUser", self.tr("Utilisateur SMTP"),
                                  self.tr("vide si le serveur n'en demande pas")),
            "smtp.from_address": edit("settingsSmtpFrom", self.tr("Adresse d'expédition"),
                                      self.tr("ex. Collège Jean Moulin <ce.0751234a@ac-paris.fr>")),
            "sms.url": edit("settingsSmsUrl", self.tr("Adresse de la passerelle SMS"),
                            self.tr("https://… (fournie par votre prestataire SMS)")),
            "services_url": edit("settingsServicesUrl", self.tr("Adresse des Services en ligne"),
                                 self.tr("imprimée sur les lettres, ex. https://educonnect.education.gouv.fr")),
        }
        self.security_combo = named(QComboBox(), "settingsSmtpSecurity", self.tr("Sécurité de la connexion SMTP"))
        for code, text in SECURITY_CHOICES:
            self.security_combo.addItem(self.tr(text), code)
        self.secret_edits = {
            "smtp.password": edit("settingsSmtpPassword", self.tr("Mot de passe SMTP"), secret=True),
            "sms.token": edit("settingsSmsToken", self.tr("Jeton de la passerelle SMS"), secret=True),
        }
        self.status_label = named(QLabel(), "settingsStatusLabel", self.tr("État de l'envoi des messages"))
        self.status_label.setWordWrap(True)
        self.notice = named(QLabel(), "settingsNotice", self.tr("Résultat"))
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.error = error_label("settingsError")

        self.test_channel = named(QComboBox(), "settingsTestChannel", self.tr("Canal du message de test"))
        self.test_channel.addItem(self.tr("E-mail"), Channel.EMAIL)
        self.test_channel.addItem(self.tr("SMS"), Channel.SMS)
        self.test_recipient = edit("settingsTestRecipient", self.tr("Destinataire du message de test"),
                                   self.tr("votre adresse e-mail ou votre portable"))
        self.test_button = named(QPushButton(self.tr("Envoyer un message de &test")), "settingsTestButton",
                                 self.tr("Envoyer un message de test"))
        self.save_button = named(QPushButton(self.tr("&Enregistrer")), "settingsSaveButton", self.tr("Enregistrer"))
        self.save_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = named(buttons.addButton(QDialogButtonBox.StandardButton.Close), "settingsCloseButton",
                                  self.tr("Fermer"))
        for button in (self.test_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        self.save_button.setAutoDefault(True)

        smtp_box = QGroupBox(self.tr("E-mails (serveur SMTP)"))
        smtp = QFormLayout(smtp_box)
        for text, widget in ((self.tr("&Serveur :"), self.edits["smtp.host"]),
                             (self.tr("P&ort :"), self.edits["smtp.port"]),
                             (self.tr("Sécu&rité :"), self.security_combo),
                             (self.tr("&Utilisateur :"), self.edits["smtp.username"]),
                             (self.tr("Mot de &passe :"), self.secret_edits["smtp.password"]),
                             (self.tr("E&xpéditeur :"), self.edits["smtp.from_address"])):
            smtp.addRow(caption(text, widget), widget)
        sms_box = QGroupBox(self.tr("SMS (passerelle HTTP)"))
        sms = QFormLayout(sms_box)
        for text, widget in ((self.tr("&Adresse :"), self.edits["sms.url"]),
                             (self.tr("&Jeton :"), self.secret_edits["sms.token"])):
            sms.addRow(caption(text, widget), widget)
        letters = QFormLayout()
        letters.addRow(caption(self.tr("Services en &ligne :"), self.edits["services_url"]), self.edits["services_url"])
        test_box = QGroupBox(self.tr("Message de test"))
        test = QHBoxLayout(test_box)
        test.addWidget(caption(self.tr("&Canal :"), self.test_channel))
        test.addWidget(self.test_channel)
        test.addWidget(caption(self.tr("&Destinataire :"), self.test_recipient))
        test.addWidget(self.test_recipient, 1)
        test.addWidget(self.test_button)
        hint = QLabel(self.tr("Les secrets (mot de passe SMTP, jeton SMS) sont enregistrés dans le trousseau du "
                              "système, jamais dans le fichier de configuration. Laissez leur champ vide pour "
                              "garder le secret déjà enregistré."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(smtp_box)
        layout.addWidget(sms_box)
        layout.addLayout(letters)
        layout.addWidget(hint)
        layout.addWidget(test_box)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.send_test)
        self.test_recipient.returnPressed.connect(self.send_test)
        buttons.rejected.connect(self.reject)
        self.load()

    # -- state ----------------------------------------------------------------------------
    def controls(self) -> Iterable[QWidget]:
        return (*self.edits.values(), *self.secret_edits.values(), self.security_combo, self.test_channel,
                self.test_recipient, self.test_button, self.save_button)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in self.controls():
            widget.setEnabled(not busy)

    def values(self) -> dict[str, str]:
        typed = {key: line.text() for key, line in self.edits.items()}
        typed["smtp.security"] = self.security_combo.currentData()
        return typed

    def _config_path(self) -> Path | None:
        return self.desk.config.path

    def _show_values(self, values: dict[str, str]) -> None:
        for key, line in self.edits.items():
            line.setText(values.get(key, ""))
        index = self.security_combo.findData(values.get("smtp.security") or "starttls")
        self.security_combo.setCurrentIndex(max(index, 0))

    def _say(self, notice: str | None = None, error: str | None = None) -> None:
        self.notice.setText(notice or "")
        self.notice.setAccessibleDescription(notice or "")
        self.notice.setVisible(bool(notice))
        self.error.setText(error or "")
        self.error.setAccessibleDescription(error or "")
        self.error.setVisible(bool(error))

    def _alive(self) -> bool:
        # A closed dialog is deleted: its fields may go before the dialog's own wrapper does.
        return shiboken6.isValid(self) and shiboken6.isValid(self.save_button)

    async def _task(self, work):
        """Run `work` (a coroutine) with the controls greyed out; a French message on refusal."""
        if self.busy or not self._alive():
            work.close()
            return None
        self._set_busy(True)
        try:
            return await work
        except SessionClosed:
            return None
        except UserFacingError as exc:
            if self._alive():
                self._say(error=translated(exc.message))
            return None
        except RuntimeError:
            if self._alive():
                raise
            return None  # closed while the work ran: what it did is done, its answer has nowhere to go
        finally:
            if self._alive():
                self._set_busy(False)
            self.finished_tasks += 1

    async def _refresh_status(self) -> None:
        lines = status_lines(await self.desk.messaging_statuses())
        text = "\n".join(lines) if lines else self.tr("E-mails et SMS peuvent partir de ce poste.")
        self.status_label.setText(text)
        self.status_label.setAccessibleDescription(text)

    # -- actions --------------------------------------------------------------------------
    @asyncSlot()
    async def load(self) -> None:
        async def work():
            from ...config import load_config

            config = await self.desk.call(load_config, self._config_path(), missing_ok=True)
            self._show_values(messaging_settings.current_values(config))
            await self._refresh_status()

        await self._task(work())

    async def _save(self) -> bool:
        secrets = {name: line.text() for name, line in self.secret_edits.items()}
        saved = await self.desk.call(messaging_settings.save_settings, self.staff, self._config_path(),
                                     self.values(), self.desk.secret_store(), secrets)
        self.desk.set_config(saved.config)  # the delivery worker and the letters read it from the desk
        for line in self.secret_edits.values():
            line.clear()  # typed once, kept only in the keyring
        await self._refresh_status()
        return bool(saved.changed)

    @asyncSlot()
    async def save(self) -> None:
        async def work():
            changed = await self._save()
            self._say(self.tr("Réglages enregistrés.") if changed else self.tr("Aucun changement à enregistrer."))

        await self._task(work())

    @asyncSlot()
    async def send_test(self) -> None:
        channel, recipient = self.test_channel.currentData(), self.test_recipient.text()

        async def work():
            await self._save()
            self._say(self.tr("Envoi du message de test…"))
            masked = await self.desk.call(messaging_settings.send_test_message, self.staff, self.desk.config,
                                          self.desk.secret_store(), channel, recipient)
            self._say(self.tr("Message de test envoyé à {0}. Vérifiez qu'il est bien arrivé.").format(masked))

        await self._task(work())
