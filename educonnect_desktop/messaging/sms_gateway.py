"""SMS delivery through an HTTP JSON gateway, so a school can plug in its provider.

The contract (also in docs/messaging.md)::

    POST <sms.url>
    Authorization: Bearer <token from the system keyring>
    Content-Type: application/json
    Idempotency-Key: educonnect-<id>-<timestamp>     (same value on every retry)

    {"to": "+33612345678", "text": "…", "reference": "educonnect-<id>-<timestamp>"}

Any 2xx answer means "accepted" (its body is ignored). 408, 425, 429 and 5xx are
retried later (a `Retry-After` in seconds is honoured); 401 and 403 mean the token is
refused (messages wait until it is fixed); any other 4xx rejects the message for good.

The token is read at send time and never logged; it is scrubbed from any error text.
httpx logs the request line at INFO, never the headers.
"""

from __future__ import annotations

import logging

import httpx

from .. import __version__
from ..config import SmsConfig
from ..core.messages import QT_TRANSLATE_NOOP
from ..secret_store import SMS_TOKEN, SecretStore, SecretStoreError
from .channel_status import ChannelState, ChannelStatus, secret_status
from .channels import Channel, ChannelUnavailable, OutgoingMessage, PermanentError, TransientError, shorten

log = logging.getLogger(__name__)

RETRYABLE_STATUSES = frozenset({408, 425, 429})
MAX_RETRY_AFTER = 3600.0
NOT_CONFIGURED = QT_TRANSLATE_NOOP("StaffMessages", "Passerelle SMS non configurée (sms.url).")


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "").strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    return None


class SmsGatewaySender:
    channel = Channel.SMS

    def __init__(self, config: SmsConfig, secrets: SecretStore, *,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.config = config
        self.secrets = secrets
        self.transport = transport

    def status(self) -> ChannelStatus:
        if not self.config.url:
            return ChannelStatus(ChannelState.NOT_CONFIGURED, NOT_CONFIGURED)
        return secret_status(self.secrets, SMS_TOKEN,
                             QT_TRANSLATE_NOOP(
                                 "StaffMessages", "Jeton de la passerelle SMS absent du trousseau système : "
                                 "enregistrez-le avec « educonnect config set-secret sms » ou dans les réglages "
                                 "de l'envoi des messages."))

    def unavailable_reason(self) -> str | None:
        return self.status().reason

    def _token(self) -> str:
        try:
            token = self.secrets.get(SMS_TOKEN)
        except SecretStoreError as exc:
            raise ChannelUnavailable(exc.message) from None
        if not token:
            raise ChannelUnavailable(QT_TRANSLATE_NOOP(
                "StaffMessages", "Jeton de la passerelle SMS absent du trousseau système."))
        return token

    async def send(self, message: OutgoingMessage) -> None:
        if not self.config.url:
            raise ChannelUnavailable(NOT_CONFIGURED)
        token = self._token()

        def clean(text: object) -> str:
            return shorten(str(text).replace(token, "***"), 200)

        headers = {
            "Authorization": f"Bearer {token}",
            "Idempotency-Key": message.reference,
            "User-Agent": f"EduConnect-Desktop/{__version__}",
        }
        payload = {"to": message.recipient, "text": message.body_text, "reference": message.reference}
        try:
            async with httpx.AsyncClient(transport=self.transport, timeout=self.config.timeout,
                                         follow_redirects=False) as client:
                response = await client.post(self.config.url, json=payload, headers=headers)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise ChannelUnavailable(QT_TRANSLATE_NOOP("StaffMessages", "Passerelle SMS injoignable ({detail}).")
                                     .format(detail=clean(exc) or type(exc).__name__)) from None
        except httpx.TimeoutException:
            raise TransientError(
                QT_TRANSLATE_NOOP("StaffMessages", "La passerelle SMS n'a pas répondu à temps ({seconds} s).").format(
                    seconds=f"{self.config.timeout:g}")) from None
        except httpx.HTTPError as exc:
            raise TransientError(QT_TRANSLATE_NOOP(
                "StaffMessages", "Erreur de communication avec la passerelle SMS ({detail}).").format(
                detail=f"{type(exc).__name__} {clean(exc)}")) from None
        status = response.status_code
        if 200 <= status < 300:
            log.info("SMS %d (%s) accepted by the gateway (HTTP %d)", message.id, message.kind, status)
            return
        detail = (QT_TRANSLATE_NOOP("StaffMessages", "HTTP {status} : {answer}").format(
            status=status, answer=clean(response.text)) if response.text.strip() else f"HTTP {status}")
        if 300 <= status < 400:
            raise ChannelUnavailable(QT_TRANSLATE_NOOP(
                "StaffMessages", "La passerelle SMS redirige ailleurs ({detail}) : vérifiez sms.url.").format(
                detail=detail))
        if status in (401, 403):
            raise ChannelUnavailable(QT_TRANSLATE_NOOP(
                "StaffMessages", "La passerelle SMS refuse le jeton ({detail}) : "
                "vérifiez-le avec « educonnect config set-secret sms ».").format(detail=detail))
        if status >= 500 or status in RETRYABLE_STATUSES:
            raise TransientError(QT_TRANSLATE_NOOP(
                "StaffMessages", "Passerelle SMS momentanément indisponible ({detail}).").format(detail=detail),
                                 retry_after=_retry_after(response))
        raise PermanentError(QT_TRANSLATE_NOOP(
            "StaffMessages", "SMS refusé par la passerelle ({detail}).").format(detail=detail))


__all__ = ["SmsGatewaySender", "RETRYABLE_STATUSES"]
