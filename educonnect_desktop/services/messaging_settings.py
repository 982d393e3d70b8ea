"""The administrator's settings for sending messages: read, change (audited), test.

Settings go to the workstation's TOML file through `config.set_value` (the same checks
as `educonnect config set`); the SMTP password and the SMS gateway token go to the
system keyring only. Every change is audited with the administrator as actor, naming
the key, never a secret's value. "Envoyer un message de test" really sends, through the
configured SMTP server or SMS gateway, straight away (not through the outbox: the
person waits for the answer, and a test never stays queued).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from ..config import AppConfig, ConfigError, load_config, set_value
from ..core.clock import utc_now
from ..core.contact import mask_email, mask_phone, normalize_email, require_mobile
from ..core.messages import QT_TRANSLATE_NOOP
from ..messaging.channels import Channel, DeliveryError, OutgoingMessage
from ..messaging.delivery import build_senders
from ..secret_store import SMS_TOKEN, SMTP_PASSWORD, SecretStore
from ..store.models import StaffRole, database_proxy
from . import audit
from .errors import InvalidInput
from .staff import StaffSession, require

# The keys this dialog edits, in the order it shows them.
SETTING_KEYS = ("smtp.host", "smtp.port", "smtp.security", "smtp.username", "smtp.from_address",
                "sms.url", "services_url")
SECRET_NAMES = {"smtp.password": SMTP_PASSWORD, "sms.token": SMS_TOKEN}

TEST_SUBJECT = "EduConnect Desktop : message de test"
TEST_TEXT = ("Ceci est un message de test envoyé depuis les réglages d'EduConnect Desktop. "
             "Si vous le recevez, l'envoi des {what} fonctionne sur ce poste.")


class SendTestFailed(InvalidInput):
    """The server or gateway refused, or could not be reached: its reason, in French."""


def current_values(config: AppConfig) -> dict[str, str]:
    """What the dialog shows: every setting as text ("" when not set)."""
    smtp, sms = config.smtp, config.sms
    values = {
        "smtp.host": smtp.host, "smtp.port": smtp.port, "smtp.security": smtp.security,
        "smtp.username": smtp.username, "smtp.from_address": smtp.from_address,
        "sms.url": sms.url, "services_url": config.services_url,
    }
    return {key: "" if value is None else str(value) for key, value in values.items()}


@dataclass(frozen=True)
class SettingsSaved:
    config: AppConfig
    changed: tuple[str, ...]  # keys written (settings and secrets), for the dialog's message


def save_settings(staff: StaffSession, config_path: Path | str | None, values: Mapping[str, str],
                  secrets: SecretStore, new_secrets: Mapping[str, str] | None = None) -> SettingsSaved:
    """Write the settings that changed and the secrets typed; audit each change. Admins only.

    Every value is checked before anything is written, so a wrong port leaves the file
    as it was. An empty value removes the setting. Runs off the GUI thread (keyring).
    """
    require(staff, StaffRole.ADMIN)
    before = current_values(load_config(config_path, missing_ok=True))
    changes = {key: values[key].strip() for key in SETTING_KEYS
               if key in values and values[key].strip() != before.get(key, "")}
    _check_all(changes)
    path = config_path
    for key, value in changes.items():
        path = set_value(config_path, key, value or None)
    typed = {name: value for name, value in (new_secrets or {}).items() if value}
    for name, value in typed.items():
        secrets.set(SECRET_NAMES[name], value)
    with database_proxy.atomic():
        require(staff, StaffRole.ADMIN)
        for key in changes:
            audit.record("config.changed", actor=staff.identifier, key=key)
        for name in typed:
            audit.record("config.secret_changed", actor=staff.identifier, key=name)
    return SettingsSaved(load_config(path, missing_ok=True), tuple(changes) + tuple(typed))


def _check_all(changes: Mapping[str, str]) -> None:
    """`set_value`'s checks on a scratch file, so one wrong value writes nothing at all."""
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "check.toml"
        for key, value in changes.items():
            if value:
                try:
                    set_value(target, key, value)
                except ConfigError as exc:
                    raise InvalidInput(exc.message) from None


def send_test_message(staff: StaffSession, config: AppConfig, secrets: SecretStore, channel: str,
                      recipient: str) -> str:
    """Send one test e-mail or SMS now; returns the masked recipient. Admins only.

    Blocking (network): run it off the GUI thread. A refusal raises `SendTestFailed`
    with the server's or the gateway's reason.
    """
    require(staff, StaffRole.ADMIN)
    if channel == Channel.EMAIL:
        address = normalize_email(recipient)
        masked, what = mask_email(address), "e-mails"
    elif channel == Channel.SMS:
        phone = require_mobile(recipient)
        address, masked, what = phone.e164, mask_phone(phone.e164), "SMS"
    else:
        raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Canal inconnu : {channel}.").format(channel=channel))
    sender = build_senders(config, secrets)[channel]
    reason = sender.unavailable_reason()
    if reason:
        raise SendTestFailed(reason)
    message = OutgoingMessage(id=0, channel=channel, recipient=address,
                              subject=TEST_SUBJECT if channel == Channel.EMAIL else None,
                              body_text=TEST_TEXT.format(what=what), body_html=None, kind="test",
                              created_at=utc_now(), attempt=1)
    try:
        asyncio.run(sender.send(message))
    except DeliveryError as exc:
        with database_proxy.atomic():
            audit.record("messaging.test_sent", actor=staff.identifier, outcome="failure", channel=channel,
                         recipient_masked=masked)
        raise SendTestFailed(QT_TRANSLATE_NOOP("StaffMessages", "Le message de test n'est pas parti : {reason}").format(reason=exc.reason)) from None
    with database_proxy.atomic():
        audit.record("messaging.test_sent", actor=staff.identifier, channel=channel, recipient_masked=masked)
    return masked
