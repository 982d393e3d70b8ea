"""The durable outbox: every e-mail and SMS is a row before it is anything else.

A service calls `enqueue` inside its own transaction, so the message is committed
together with the change that caused it (a code stored, an address changed), or not
at all. Delivery happens later (`delivery.deliver_due`), from the GUI's worker or
`educonnect outbox send`.

Status transitions::

    queued --claim--> sending --accepted--> sent
      ^  ^              |  |
      |  +--transient---+  +--permanent / last attempt--> failed --retry--> queued
      +---unavailable---+                                   |
    queued / failed --cancel--> cancelled --retry--> queued

A claimed row keeps `status = sending` and, in `next_attempt_at`, the end of its lease.
If the process dies while sending (crash, power cut, killed), the lease expires and the
next run claims the row again: nothing is lost. The price is at-least-once delivery: a
message whose server accepted it just before the crash is sent a second time (e-mails
carry a stable Message-ID and SMS a stable reference so receivers can drop duplicates).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Iterable, Mapping

from peewee import JOIN, fn

from ..core.actor import Actor, actor_identifier
from ..core.clock import Clock, utc_now
from ..core.contact import mask_email, mask_phone, normalize_email, require_mobile
from ..core.messages import QT_TRANSLATE_NOOP, counted, restored
from ..errors import UserFacingError
from ..services import audit
from ..store.models import Account, Establishment, OutboxMessage, OutboxStatus, database_proxy
from . import sealing
from .channels import Channel, OutgoingMessage, shorten
from .templates import CONFIDENTIAL_KINDS, DEFAULT_ESTABLISHMENT, TemplateError, render

log = logging.getLogger(__name__)

DEFAULT_MAX_ATTEMPTS = 8
DEFAULT_LEASE = timedelta(minutes=5)  # far longer than any send's timeout

STATUS_LABELS = {
    OutboxStatus.QUEUED: QT_TRANSLATE_NOOP("Labels", "en attente"),
    OutboxStatus.SENDING: QT_TRANSLATE_NOOP("Labels", "envoi en cours"),
    OutboxStatus.SENT: QT_TRANSLATE_NOOP("Labels", "envoyé"),
    OutboxStatus.FAILED: QT_TRANSLATE_NOOP("Labels", "échec"),
    OutboxStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "annulé"),
}


class OutboxError(UserFacingError):
    pass


class MessageNotFound(OutboxError):
    pass


class InvalidTransition(OutboxError):
    pass


@dataclass(frozen=True)
class OutboxEntry:
    """One message as staff may see it: no text for confidential messages."""

    id: int
    channel: str
    kind: str
    status: str
    recipient: str
    recipient_masked: str
    subject: str | None
    body_text: str | None  # None when confidential
    confidential: bool
    attempts: int
    max_attempts: int
    next_attempt_at: datetime | None  # None once sent, failed or cancelled
    last_error: str | None
    account_identifier: str | None
    created_at: datetime
    sent_at: datetime | None


def _write_transaction():
    """BEGIN IMMEDIATE: take the write lock before reading, so that the GUI and the CLI
    working on the same file wait for each other (busy_timeout) instead of failing on a
    stale read (SQLITE_BUSY_SNAPSHOT). Inside a caller's transaction it is a savepoint."""
    return database_proxy.atomic("IMMEDIATE")


def mask_recipient(channel: str, recipient: str) -> str:
    return mask_phone(recipient) if channel == Channel.SMS else mask_email(recipient)


def _normalized_recipient(channel: str, recipient: str) -> str:
    if channel == Channel.EMAIL:
        return normalize_email(recipient)
    if channel == Channel.SMS:
        return require_mobile(recipient).e164
    raise ValueError(f"unknown channel {channel!r}")


def _establishment_name(account: Account | None) -> str:
    if account is not None and account.establishment_id is not None:
        return account.establishment.name
    first = Establishment.select(Establishment.name).order_by(Establishment.id).first()
    return first.name if first else DEFAULT_ESTABLISHMENT


def enqueue(kind: str, channel: str, recipient: str, context: Mapping[str, Any] | None = None, *,
            account: Account | None = None, actor: str | None = None,
            max_attempts: int = DEFAULT_MAX_ATTEMPTS, clock: Clock = utc_now) -> OutboxMessage:
    """Render the French template of `kind` for `channel` and queue it.

    Call it inside the service's transaction (`with database_proxy.atomic():`), after the
    change that the message reports. `context` gives the template's values (`code`,
    `link`, `identifier`, `first_name`, `validity`...); `establishment` defaults to the
    account's establishment. Confidentiality follows the kind (codes are confidential).
    """
    # A None value is a value not given (a link when no central server answers links).
    values = {k: v for k, v in (context or {}).items() if v is not None}
    if account is not None:
        values.setdefault("first_name", account.first_name)
        values.setdefault("identifier", account.identifier)
    if "establishment" not in values:
        values["establishment"] = _establishment_name(account)
    render(kind, channel, values)  # a missing value fails now, in the service's transaction
    public, secret = sealing.split(values)
    # Only the redacted text is stored; the real one is rendered when the message is sent.
    rendered = render(kind, channel, sealing.redacted(values))
    return enqueue_raw(
        channel=channel, recipient=recipient, kind=kind, body_text=rendered.text,
        subject=rendered.subject, body_html=rendered.html, account=account, actor=actor,
        confidential=kind in CONFIDENTIAL_KINDS, max_attempts=max_attempts, clock=clock,
        _context=public, _secret=secret,
    )


def enqueue_raw(*, channel: str, recipient: str, kind: str, body_text: str, subject: str | None = None,
                body_html: str | None = None, account: Account | None = None, actor: str | None = None,
                confidential: bool = True, max_attempts: int = DEFAULT_MAX_ATTEMPTS,
                clock: Clock = utc_now, _context: Mapping[str, Any] | None = None,
                _secret: Mapping[str, str] | None = None) -> OutboxMessage:
    """Queue an already written message (prefer `enqueue`, which uses the templates).

    The text is stored as given: never pass one carrying a code, a link or a password
    (`enqueue` seals those and stores only a redacted text)."""
    if channel not in Channel.ALL:
        raise ValueError(f"unknown channel {channel!r}")
    if not kind or not body_text.strip():
        raise ValueError("a message needs a kind and a text")
    if channel == Channel.EMAIL and not subject:
        raise ValueError("an e-mail needs a subject")
    if max_attempts < 1:
        raise ValueError("max_attempts must be at least 1")
    address = _normalized_recipient(channel, recipient)
    now = clock()
    with database_proxy.atomic():
        message = OutboxMessage.create(
            channel=channel, recipient=address, subject=subject if channel == Channel.EMAIL else None,
            body_text=body_text, body_html=body_html if channel == Channel.EMAIL else None, kind=kind,
            status=OutboxStatus.QUEUED, attempts=0, max_attempts=max_attempts, next_attempt_at=now,
            account=account, confidential=confidential, created_at=now,
            context=json.dumps(dict(_context), ensure_ascii=False, sort_keys=True, default=str)
            if _context is not None else None,
            sealed=sealing.seal(_secret, _associated(kind, address)) if _secret else None,
        )
        audit.record("outbox.queued", actor=actor, target=account.identifier if account else None,
                     message_id=message.id, kind=kind, channel=channel,
                     recipient_masked=mask_recipient(channel, address))
    return message


# --- what staff see ---------------------------------------------------------------------

def _entry(row: OutboxMessage, account_identifier: str | None) -> OutboxEntry:
    pending = row.status in (OutboxStatus.QUEUED, OutboxStatus.SENDING)
    return OutboxEntry(
        id=row.id, channel=row.channel, kind=row.kind, status=row.status, recipient=row.recipient,
        recipient_masked=mask_recipient(row.channel, row.recipient), subject=row.subject,
        body_text=None if row.confidential else row.body_text, confidential=row.confidential,
        attempts=row.attempts, max_attempts=row.max_attempts,
        next_attempt_at=row.next_attempt_at if pending else None,
        last_error=restored(row.last_error, row.last_error_text),
        account_identifier=account_identifier, created_at=row.created_at, sent_at=row.sent_at,
    )


def list_messages(statuses: Iterable[str] | None = None, *, limit: int | None = 500) -> list[OutboxEntry]:
    """Newest first."""
    query = (OutboxMessage.select(OutboxMessage, Account.identifier)
             .join(Account, join_type=JOIN.LEFT_OUTER, on=(OutboxMessage.account == Account.id))
             .order_by(OutboxMessage.id.desc()))
    wanted = list(statuses) if statuses is not None else None
    if wanted is not None:
        query = query.where(OutboxMessage.status.in_(wanted))
    if limit is not None:
        query = query.limit(limit)
    rows = []
    for row in query.objects():
        rows.append(_entry(row, getattr(row, "identifier", None)))
    return rows


def get_message(message_id: int) -> OutboxEntry:
    row = _row(message_id)
    return _entry(row, row.account.identifier if row.account_id else None)


def count_by_status() -> dict[str, int]:
    counts = {status: 0 for status in OutboxStatus.ALL}
    for status, number in (OutboxMessage.select(OutboxMessage.status, fn.COUNT(OutboxMessage.id))
                           .group_by(OutboxMessage.status).tuples()):
        counts[status] = number
    return counts


def _row(message_id: int) -> OutboxMessage:
    row = OutboxMessage.get_or_none(OutboxMessage.id == message_id)
    if row is None:
        raise MessageNotFound(QT_TRANSLATE_NOOP("StaffMessages", "Aucun message n° {message_id} dans la file d'envoi.").format(message_id=message_id))
    return row


def _target(row: OutboxMessage) -> str | None:
    return row.account.identifier if row.account_id else None


# --- staff actions --------------------------------------------------------------------------

def retry(message_id: int, *, actor: Actor, clock: Clock = utc_now) -> OutboxEntry:
    """Queue a failed or cancelled message again, with a fresh count of attempts."""
    with _write_transaction():
        row = _row(message_id)
        if row.status == OutboxStatus.SENT:
            raise InvalidTransition(QT_TRANSLATE_NOOP("StaffMessages", "Le message n° {message_id} a déjà été envoyé.").format(message_id=message_id))
        if row.status == OutboxStatus.SENDING:
            raise InvalidTransition(QT_TRANSLATE_NOOP("StaffMessages", "Le message n° {message_id} est en cours d'envoi.").format(message_id=message_id))
        previous = row.status
        row.status, row.attempts, row.next_attempt_at = OutboxStatus.QUEUED, 0, clock()
        row.save()
        audit.record("outbox.retry", actor=actor_identifier(actor), target=_target(row), message_id=row.id, kind=row.kind,
                     channel=row.channel, previous_state=previous)
    return get_message(message_id)


def cancel(message_id: int, *, actor: Actor) -> OutboxEntry:
    with _write_transaction():
        row = _row(message_id)
        if row.status == OutboxStatus.SENT:
            raise InvalidTransition(QT_TRANSLATE_NOOP("StaffMessages", "Le message n° {message_id} a déjà été envoyé.").format(message_id=message_id))
        if row.status == OutboxStatus.SENDING:
            raise InvalidTransition(QT_TRANSLATE_NOOP(
                "StaffMessages", "Le message n° {message_id} est en cours d'envoi : réessayez dans quelques minutes."
            ).format(message_id=message_id))
        if row.status == OutboxStatus.CANCELLED:
            raise InvalidTransition(QT_TRANSLATE_NOOP("StaffMessages", "Le message n° {message_id} est déjà annulé.").format(message_id=message_id))
        previous = row.status
        row.status = OutboxStatus.CANCELLED
        row.save()
        audit.record("outbox.cancel", actor=actor_identifier(actor), target=_target(row), message_id=row.id, kind=row.kind,
                     channel=row.channel, previous_state=previous)
    return get_message(message_id)


# --- delivery side (used by `delivery`) -----------------------------------------------------

def _associated(kind: str, recipient: str) -> str:
    """Binds a seal to its message: a sealed code moved to another row does not open."""
    return f"{kind}|{recipient}"


def _texts(row: OutboxMessage) -> tuple[str | None, str, str | None]:
    """(subject, text, html) to send: rendered now, in memory, from the stored values and
    the unsealed secrets. Raises `sealing.SealBroken` when the seal cannot be opened."""
    if row.context is None:  # queued before migration 6, or written by enqueue_raw
        return row.subject, row.body_text, row.body_html
    values = json.loads(row.context)
    if row.sealed:
        values.update(sealing.unseal(row.sealed, _associated(row.kind, row.recipient)))
    try:
        rendered = render(row.kind, row.channel, values)
    except TemplateError as exc:  # its code or link was purged: nothing usable to send any more
        raise sealing.SealBroken(str(exc)) from exc
    return rendered.subject, rendered.text, rendered.html


def delivered_text(message_id: int) -> str:
    """The text the recipient receives (rendered in memory with the unsealed code and link):
    what a sender hands to its server. Never stored, never shown to staff."""
    return _texts(_row(message_id))[1]


def _snapshot(row: OutboxMessage) -> OutgoingMessage:
    subject, text, html = _texts(row)
    return OutgoingMessage(
        id=row.id, channel=row.channel, recipient=row.recipient, subject=subject,
        body_text=text, body_html=html, kind=row.kind, created_at=row.created_at,
        attempt=row.attempts + 1,  # the row as read before the claim counted this attempt
    )


SEAL_LOST = QT_TRANSLATE_NOOP(
    "StaffMessages", "Le code ou le lien de ce message n'a pas pu être conservé (trousseau système absent ou "
                     "changé) : la personne doit en demander un nouveau.")
INTERRUPTED = QT_TRANSLATE_NOOP(
    "StaffMessages", "Envoi interrompu à chaque tentative (arrêt de l'application pendant l'envoi).")


def _given_up(reason: str, attempts: int) -> str:
    return counted(attempts, QT_TRANSLATE_NOOP("StaffMessages", "{reason} Abandon après {count} tentative."),
                   QT_TRANSLATE_NOOP("StaffMessages", "{reason} Abandon après {count} tentatives."), reason=reason)


def _due(channels: Iterable[str], now: datetime):
    return (OutboxMessage.select()
            .where(OutboxMessage.status.in_([OutboxStatus.QUEUED, OutboxStatus.SENDING])
                   & (OutboxMessage.next_attempt_at <= now)
                   & OutboxMessage.channel.in_(list(channels)))
            .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id))


def claim_next(channels: Iterable[str], *, now: datetime, lease: timedelta = DEFAULT_LEASE,
               lost: list[int] | None = None) -> OutgoingMessage | None:
    """Take the next due message of `channels` for sending, or None.

    Due means queued and past its `next_attempt_at`, or left `sending` by a run that died
    (lease expired). The update is a compare-and-set on the row, so two processes (the GUI
    and the CLI) never claim the same message. The attempt is counted here, before sending:
    a message that crashes the sender every time still ends up `failed`.
    """
    channels = list(channels)
    if not channels:
        return None
    while True:
        with _write_transaction():
            row = _due(channels, now).first()
            if row is None:
                return None
            if row.status == OutboxStatus.SENDING:
                if row.attempts >= row.max_attempts:
                    _fail_interrupted(row)
                    continue
                log.warning("outbox message %d: previous send interrupted (lease expired), sending again", row.id)
            changed = (OutboxMessage
                       .update(status=OutboxStatus.SENDING, attempts=OutboxMessage.attempts + 1,
                               next_attempt_at=now + lease)
                       .where((OutboxMessage.id == row.id) & (OutboxMessage.status == row.status)
                              & (OutboxMessage.attempts == row.attempts)
                              & (OutboxMessage.next_attempt_at == row.next_attempt_at))
                       .execute())
            if changed == 1:
                try:
                    return _snapshot(row)
                except sealing.SealBroken:
                    row = _row(row.id)
                    _mark_failed(row, SEAL_LOST)
                    if lost is not None:  # failed for good: the caller counts it
                        lost.append(row.id)
                    continue
        # Another process took it between our read and our write: look again.


def _fail_interrupted(row: OutboxMessage) -> None:
    reason = INTERRUPTED
    changed = OutboxMessage.update(status=OutboxStatus.FAILED, **OutboxMessage.last_error_columns(reason)).where(
        (OutboxMessage.id == row.id) & (OutboxMessage.status == OutboxStatus.SENDING)).execute()
    if changed:
        audit.record("outbox.failed", actor=None, target=_target(row), outcome="failure",
                     message_id=row.id, kind=row.kind, channel=row.channel, attempts=row.attempts, reason=reason)


def _claimed(message: OutgoingMessage):
    return (OutboxMessage.id == message.id) & (OutboxMessage.status == OutboxStatus.SENDING)


def mark_sent(message: OutgoingMessage, *, now: datetime) -> None:
    with _write_transaction():
        row = _row(message.id)
        # The seal goes with the sending: from now on the row holds no code or link at all.
        OutboxMessage.update(status=OutboxStatus.SENT, sent_at=now, sealed=None,
                             **OutboxMessage.last_error_columns(None)).where(OutboxMessage.id == message.id).execute()
        audit.record("outbox.sent", actor=None, target=_target(row), message_id=row.id, kind=row.kind,
                     channel=row.channel, attempts=row.attempts,
                     recipient_masked=mask_recipient(row.channel, row.recipient))


def reschedule(message: OutgoingMessage, reason: str, *, next_attempt_at: datetime) -> str:
    """A transient failure: back to the queue for `next_attempt_at`, or `failed` after the
    last allowed attempt. Returns the new status."""
    reason = shorten(reason)
    with _write_transaction():
        row = _row(message.id)
        if row.attempts >= row.max_attempts:
            _mark_failed(row, _given_up(reason, row.attempts))
            return OutboxStatus.FAILED
        OutboxMessage.update(status=OutboxStatus.QUEUED, next_attempt_at=next_attempt_at,
                             **OutboxMessage.last_error_columns(reason)).where(_claimed(message)).execute()
        audit.record("outbox.attempt_failed", actor=None, target=_target(row), outcome="failure",
                     message_id=row.id, kind=row.kind, channel=row.channel, attempts=row.attempts,
                     reason=reason)
        return OutboxStatus.QUEUED


def mark_failed(message: OutgoingMessage, reason: str) -> None:
    """A permanent failure: no more attempts."""
    with _write_transaction():
        _mark_failed(_row(message.id), shorten(reason))


def _mark_failed(row: OutboxMessage, reason: str) -> None:
    OutboxMessage.update(status=OutboxStatus.FAILED, **OutboxMessage.last_error_columns(reason)).where(
        OutboxMessage.id == row.id).execute()
    audit.record("outbox.failed", actor=None, target=_target(row), outcome="failure", message_id=row.id,
                 kind=row.kind, channel=row.channel, attempts=row.attempts, reason=reason)


def release(message: OutgoingMessage, reason: str, *, now: datetime) -> None:
    """The channel could not be used: back to the queue as it was, this attempt not counted."""
    OutboxMessage.update(status=OutboxStatus.QUEUED, attempts=OutboxMessage.attempts - 1,
                         next_attempt_at=now, **OutboxMessage.last_error_columns(shorten(reason))).where(
        _claimed(message)).execute()


def next_due_at(channels: Iterable[str]) -> datetime | None:
    """When the next queued (or leased) message of `channels` becomes due, if any."""
    channels = list(channels)
    if not channels:
        return None
    return (OutboxMessage.select(OutboxMessage.next_attempt_at)
            .where(OutboxMessage.status.in_([OutboxStatus.QUEUED, OutboxStatus.SENDING])
                   & OutboxMessage.channel.in_(channels))
            .order_by(OutboxMessage.next_attempt_at).scalar())


def waiting_count(channels: Iterable[str] | None = None) -> int:
    query = OutboxMessage.select().where(
        OutboxMessage.status.in_([OutboxStatus.QUEUED, OutboxStatus.SENDING]))
    if channels is not None:
        query = query.where(OutboxMessage.channel.in_(list(channels)))
    return query.count()


__all__ = [
    "enqueue", "enqueue_raw", "delivered_text", "list_messages", "get_message", "count_by_status", "retry", "cancel",
    "claim_next", "mark_sent", "reschedule", "mark_failed", "release", "next_due_at", "waiting_count",
    "mask_recipient", "OutboxEntry", "OutboxError", "MessageNotFound", "InvalidTransition",
    "STATUS_LABELS", "DEFAULT_MAX_ATTEMPTS", "DEFAULT_LEASE",
]
