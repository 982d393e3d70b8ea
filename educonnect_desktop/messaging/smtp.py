"""E-mail delivery through a real SMTP server (aiosmtplib, asynchronous).

Security modes: `plain` (no encryption: only for a relay on the local network),
`starttls` (port 587, upgrade after connecting) and `tls` (port 465, encrypted from
the first byte). Authentication is optional: when `username` is set, the password is
read from the secret store (system keyring) at send time, and it is refused over
`plain`. The password is never logged nor stored anywhere else.
"""

from __future__ import annotations

import logging
import ssl
from email.message import EmailMessage
from email.utils import formatdate, parseaddr

import aiosmtplib

from ..config import SmtpConfig
from ..core.messages import QT_TRANSLATE_NOOP
from ..secret_store import SMTP_PASSWORD, SecretStore, SecretStoreError
from .channel_status import OK, ChannelState, ChannelStatus, secret_status
from .channels import Channel, ChannelUnavailable, OutgoingMessage, PermanentError, TransientError, shorten

log = logging.getLogger(__name__)

UNREACHABLE = QT_TRANSLATE_NOOP("StaffMessages", "Serveur SMTP {host}:{port} injoignable ({detail}).")


def build_email(message: OutgoingMessage, from_address: str) -> EmailMessage:
    email = EmailMessage()
    email["From"] = from_address
    email["To"] = message.recipient
    email["Subject"] = message.subject or ""
    email["Date"] = formatdate(localtime=True)
    domain = parseaddr(from_address)[1].rpartition("@")[2] or "educonnect.invalid"
    # Stable across retries: a duplicate after a crash can be recognised (at-least-once).
    email["Message-ID"] = f"<{message.reference}@{domain}>"
    email["Auto-Submitted"] = "auto-generated"
    email["X-Auto-Response-Suppress"] = "All"
    email.set_content(message.body_text)
    if message.body_html:
        email.add_alternative(message.body_html, subtype="html")
    return email


def _smtp_reason(exc: aiosmtplib.SMTPResponseException) -> str:
    return f"{exc.code} {_detail(exc.message)}"


def _detail(value: object) -> str:
    return shorten(value, 200).rstrip(".")


class SmtpSender:
    channel = Channel.EMAIL

    def __init__(self, config: SmtpConfig, secrets: SecretStore, *,
                 tls_context: ssl.SSLContext | None = None) -> None:
        self.config = config
        self.secrets = secrets
        self.tls_context = tls_context  # default: system CAs, plus smtp.ca_file when set

    def status(self) -> ChannelStatus:
        c = self.config
        if not c.host:
            return ChannelStatus(ChannelState.NOT_CONFIGURED,
                                 QT_TRANSLATE_NOOP("StaffMessages", "Serveur SMTP non configuré (smtp.host)."))
        wrong = self._misconfiguration()
        if wrong:
            return ChannelStatus(ChannelState.MISCONFIGURED, wrong)
        if not c.username:
            return OK
        return secret_status(self.secrets, SMTP_PASSWORD,
                             QT_TRANSLATE_NOOP(
                                 "StaffMessages", "Mot de passe SMTP absent du trousseau système : enregistrez-le avec "
                                 "« educonnect config set-secret smtp » ou dans les réglages de l'envoi des messages."))

    def _misconfiguration(self) -> str | None:
        c = self.config
        if not c.from_address:
            return QT_TRANSLATE_NOOP("StaffMessages", "Adresse d'expédition non configurée (smtp.from_address).")
        if not parseaddr(c.from_address)[1]:
            return QT_TRANSLATE_NOOP("StaffMessages", "Adresse d'expédition incorrecte : {address}.").format(
                address=c.from_address)
        if c.ca_file is not None and not c.ca_file.is_file():
            return QT_TRANSLATE_NOOP(
                "StaffMessages", "Fichier d'autorité de certification introuvable : {file} (smtp.ca_file).").format(
                file=str(c.ca_file))
        if c.username and c.security == "plain":
            return QT_TRANSLATE_NOOP(
                "StaffMessages", "Authentification SMTP refusée sans chiffrement : choisissez smtp.security = "
                "\"starttls\" ou \"tls\".")
        return None

    def unavailable_reason(self) -> str | None:
        return self.status().reason

    def _password(self) -> str | None:
        if not self.config.username:
            return None
        try:
            password = self.secrets.get(SMTP_PASSWORD)
        except SecretStoreError as exc:
            raise ChannelUnavailable(exc.message) from None
        if not password:
            raise ChannelUnavailable(QT_TRANSLATE_NOOP(
                "StaffMessages", "Mot de passe SMTP absent du trousseau système."))
        return password

    async def send(self, message: OutgoingMessage) -> None:
        reason = self.unavailable_reason()
        if reason:
            raise ChannelUnavailable(reason)
        c = self.config
        email = build_email(message, c.from_address)
        sender = parseaddr(c.from_address)[1]
        password = self._password()
        context = self.tls_context
        if context is None and c.ca_file is not None and c.security != "plain":
            context = ssl.create_default_context()
            try:
                context.load_verify_locations(cafile=str(c.ca_file))
            except (ssl.SSLError, OSError) as exc:
                raise ChannelUnavailable(QT_TRANSLATE_NOOP(
                    "StaffMessages", "Fichier d'autorité de certification {file} illisible ({detail}).")
                                         .format(file=str(c.ca_file), detail=_detail(exc))) from None
        try:
            await aiosmtplib.send(
                email, sender=sender, recipients=[message.recipient],
                hostname=c.host, port=c.effective_port,
                username=c.username, password=password,
                use_tls=c.security == "tls", start_tls=c.security == "starttls",
                tls_context=context, timeout=c.timeout,
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            refusals = exc.recipients
            detail = "; ".join(_smtp_reason(r) for r in refusals) or QT_TRANSLATE_NOOP("StaffMessages", "refus")
            if refusals and all(r.code >= 500 for r in refusals):
                raise PermanentError(QT_TRANSLATE_NOOP(
                    "StaffMessages", "Adresse refusée par le serveur SMTP ({detail}).").format(detail=detail)) from None
            raise TransientError(QT_TRANSLATE_NOOP(
                "StaffMessages", "Adresse temporairement refusée par le serveur SMTP ({detail}).").format(
                detail=detail), channel_wide=False) from None
        except aiosmtplib.SMTPDataError as exc:
            if exc.code >= 500:
                raise PermanentError(QT_TRANSLATE_NOOP(
                    "StaffMessages", "Message refusé par le serveur SMTP ({detail}).").format(
                    detail=_smtp_reason(exc))) from None
            raise TransientError(QT_TRANSLATE_NOOP(
                "StaffMessages", "Message temporairement refusé par le serveur SMTP ({detail}).").format(
                detail=_smtp_reason(exc)), channel_wide=False) from None
        except aiosmtplib.SMTPAuthenticationError as exc:
            raise ChannelUnavailable(QT_TRANSLATE_NOOP(
                "StaffMessages", "Authentification SMTP refusée ({detail}) : vérifiez "
                "smtp.username et le mot de passe du trousseau.").format(detail=_smtp_reason(exc))) from None
        except aiosmtplib.SMTPConnectTimeoutError:
            raise ChannelUnavailable(QT_TRANSLATE_NOOP(
                "StaffMessages", "Serveur SMTP {host}:{port} injoignable (pas de réponse en {seconds} s).").format(
                host=c.host, port=c.effective_port, seconds=f"{c.timeout:g}")) from None
        except aiosmtplib.SMTPConnectError as exc:
            raise ChannelUnavailable(UNREACHABLE.format(host=c.host, port=c.effective_port,
                                                        detail=_detail(exc))) from None
        except aiosmtplib.SMTPTimeoutError:
            raise TransientError(QT_TRANSLATE_NOOP(
                "StaffMessages", "Le serveur SMTP n'a pas répondu à temps ({seconds} s).").format(
                seconds=f"{c.timeout:g}")) from None
        except aiosmtplib.SMTPNotSupported as exc:
            raise ChannelUnavailable(QT_TRANSLATE_NOOP(
                "StaffMessages", "Le serveur SMTP ne permet pas ce qui est configuré ({detail}) : "
                "vérifiez smtp.security et smtp.username.").format(detail=_detail(exc))) from None
        except aiosmtplib.SMTPResponseException as exc:
            raise TransientError(QT_TRANSLATE_NOOP(
                "StaffMessages", "Réponse inattendue du serveur SMTP ({detail}).").format(
                detail=_smtp_reason(exc))) from None
        except aiosmtplib.SMTPException as exc:
            raise TransientError(QT_TRANSLATE_NOOP(
                "StaffMessages", "Erreur SMTP : {detail}.").format(detail=_detail(exc))) from None
        except ssl.SSLError as exc:
            raise ChannelUnavailable(QT_TRANSLATE_NOOP(
                "StaffMessages", "Connexion chiffrée impossible avec {host} : {detail}.").format(
                host=c.host, detail=_detail(exc))) from None
        except OSError as exc:
            raise ChannelUnavailable(UNREACHABLE.format(host=c.host, port=c.effective_port,
                                                        detail=_detail(exc))) from None
        log.info("e-mail %d (%s) accepted by %s", message.id, message.kind, c.host)


__all__ = ["SmtpSender", "build_email"]
