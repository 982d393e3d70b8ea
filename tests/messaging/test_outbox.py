"""The outbox table: queueing in the caller's transaction, listing, staff actions, claiming."""

from __future__ import annotations

import json
import threading
from datetime import timedelta

import pytest

from educonnect_desktop.core.contact import InvalidEmail, NotAMobile
from educonnect_desktop.messaging import outbox
from educonnect_desktop.messaging.channels import Channel
from educonnect_desktop.messaging.templates import MessageKind
from educonnect_desktop.store.models import AuditEvent, OutboxMessage, OutboxStatus, database_proxy

pytestmark = pytest.mark.timeout(30)

CODE_CONTEXT = {"code": "482913", "validity": "30 minutes"}


def audits(action: str) -> list[dict]:
    return [json.loads(e.details or "{}") | {"actor": e.actor, "target": e.target, "outcome": e.outcome}
            for e in AuditEvent.select().where(AuditEvent.action == action).order_by(AuditEvent.id)]


def test_enqueue_renders_french_text_with_the_establishment(guardian, clock):
    row = outbox.enqueue(MessageKind.ACTIVATION_CODE, Channel.SMS, guardian.mobile, CODE_CONTEXT,
                         account=guardian, clock=clock)
    assert row.status == OutboxStatus.QUEUED and row.attempts == 0
    assert row.recipient == "+33612345678"
    assert outbox.delivered_text(row.id).startswith(
        "Collège Victor Hugo : votre code d'activation EduConnect est 482913.")
    # The stored row holds only a redacted text and the sealed code.
    assert "482913" not in row.body_text and "482913" not in row.context and row.sealed
    assert row.confidential is True
    assert row.next_attempt_at == clock.now
    [event] = audits("outbox.queued")
    assert event["target"] == "c.martin" and event["channel"] == "sms"
    assert event["recipient_masked"] == "06 ** ** ** 78"
    assert "482913" not in json.dumps(event)


def test_the_message_is_part_of_the_callers_transaction(guardian, clock):
    """A service that fails after queueing leaves no message behind (and vice versa)."""
    with pytest.raises(RuntimeError):
        with database_proxy.atomic():
            guardian.mobile_confirmed = True
            guardian.save()
            outbox.enqueue(MessageKind.MOBILE_CONFIRMATION, Channel.SMS, guardian.mobile, CODE_CONTEXT,
                           account=guardian, clock=clock)
            raise RuntimeError("the service failed after queueing")
    assert OutboxMessage.select().count() == 0
    assert AuditEvent.select().where(AuditEvent.action == "outbox.queued").count() == 0

    with database_proxy.atomic():
        outbox.enqueue(MessageKind.MOBILE_CONFIRMATION, Channel.SMS, guardian.mobile, CODE_CONTEXT,
                       account=guardian, clock=clock)
    assert OutboxMessage.select().count() == 1


def test_recipients_are_normalised_and_checked(db, clock):
    row = outbox.enqueue(MessageKind.PASSWORD_CHANGED, Channel.SMS, "06 12 34 56 78",
                         {"first_name": "Léa", "identifier": "l.dupont", "establishment": "Lycée Test"}, clock=clock)
    assert row.recipient == "+33612345678"
    assert row.confidential is False  # a notice carries no code
    with pytest.raises(NotAMobile):
        outbox.enqueue(MessageKind.ACTIVATION_CODE, Channel.SMS, "01 42 00 00 00", CODE_CONTEXT, clock=clock)
    with pytest.raises(InvalidEmail):
        outbox.enqueue(MessageKind.PASSWORD_CHANGED, Channel.EMAIL, "pas-une-adresse",
                       {"first_name": "Léa", "identifier": "l.dupont"}, clock=clock)


def test_listing_never_shows_a_confidential_text(guardian, clock):
    outbox.enqueue(MessageKind.ACTIVATION_CODE, Channel.SMS, guardian.mobile, CODE_CONTEXT,
                   account=guardian, clock=clock)
    outbox.enqueue(MessageKind.PASSWORD_CHANGED, Channel.EMAIL, guardian.email, account=guardian, clock=clock)
    notice, code = outbox.list_messages()  # newest first
    assert code.body_text is None and code.confidential
    assert code.recipient_masked == "06 ** ** ** 78" and code.account_identifier == "c.martin"
    assert notice.body_text and "vient d'être modifié" in notice.body_text
    assert notice.recipient_masked == "c***@exemple.fr"
    assert outbox.get_message(code.id).body_text is None
    assert [m.id for m in outbox.list_messages([OutboxStatus.SENT])] == []


def test_retry_and_cancel_follow_the_allowed_transitions_and_are_audited(staff_actor, guardian, clock):
    row = outbox.enqueue(MessageKind.PASSWORD_CHANGED, Channel.EMAIL, guardian.email, account=guardian,
                         clock=clock)
    cancelled = outbox.cancel(row.id, actor=staff_actor)
    assert cancelled.status == OutboxStatus.CANCELLED
    with pytest.raises(outbox.InvalidTransition, match="déjà annulé"):
        outbox.cancel(row.id, actor=staff_actor)
    again = outbox.retry(row.id, actor=staff_actor, clock=clock)
    assert again.status == OutboxStatus.QUEUED and again.attempts == 0
    [cancel_event] = audits("outbox.cancel")
    [retry_event] = audits("outbox.retry")
    assert cancel_event["actor"] == "s.secretariat1" and cancel_event["previous_state"] == "queued"
    assert retry_event["previous_state"] == "cancelled" and retry_event["message_id"] == row.id

    OutboxMessage.update(status=OutboxStatus.SENT).where(OutboxMessage.id == row.id).execute()
    with pytest.raises(outbox.InvalidTransition, match="déjà été envoyé"):
        outbox.retry(row.id, actor=staff_actor)
    with pytest.raises(outbox.InvalidTransition, match="déjà été envoyé"):
        outbox.cancel(row.id, actor=staff_actor)
    with pytest.raises(outbox.MessageNotFound, match="n° 999"):
        outbox.retry(999, actor=staff_actor)


def test_claiming_takes_each_due_message_once_and_counts_the_attempt(staff_actor, guardian, clock):
    first = outbox.enqueue(MessageKind.PASSWORD_CHANGED, Channel.EMAIL, guardian.email, account=guardian,
                           clock=clock)
    clock.advance(seconds=1)
    second = outbox.enqueue(MessageKind.PASSWORD_CHANGED, Channel.SMS, guardian.mobile, account=guardian,
                            clock=clock)
    assert outbox.claim_next([Channel.SMS, Channel.EMAIL], now=clock.now - timedelta(seconds=5)) is None
    a = outbox.claim_next(Channel.ALL, now=clock.now)
    b = outbox.claim_next(Channel.ALL, now=clock.now)
    assert (a.id, b.id) == (first.id, second.id) and a.attempt == 1
    assert outbox.claim_next(Channel.ALL, now=clock.now) is None  # both are leased
    row = OutboxMessage.get_by_id(first.id)
    assert row.status == OutboxStatus.SENDING and row.attempts == 1
    assert row.next_attempt_at == clock.now + outbox.DEFAULT_LEASE
    with pytest.raises(outbox.InvalidTransition, match="en cours d'envoi"):
        outbox.cancel(first.id, actor=staff_actor)


def test_only_the_asked_channels_are_claimed(guardian, clock):
    outbox.enqueue(MessageKind.PASSWORD_CHANGED, Channel.SMS, guardian.mobile, account=guardian, clock=clock)
    assert outbox.claim_next([Channel.EMAIL], now=clock.now) is None
    assert outbox.claim_next([], now=clock.now) is None
    assert outbox.claim_next([Channel.SMS], now=clock.now) is not None


def test_an_expired_lease_is_claimed_again_then_failed_when_out_of_attempts(guardian, clock):
    row = outbox.enqueue(MessageKind.PASSWORD_CHANGED, Channel.EMAIL, guardian.email, account=guardian,
                         max_attempts=2, clock=clock)
    assert outbox.claim_next(Channel.ALL, now=clock.now).attempt == 1
    clock.advance(minutes=6)  # the process that claimed it died; its lease is over
    assert outbox.claim_next(Channel.ALL, now=clock.now).attempt == 2
    clock.advance(minutes=6)
    assert outbox.claim_next(Channel.ALL, now=clock.now) is None
    row = OutboxMessage.get_by_id(row.id)
    assert row.status == OutboxStatus.FAILED and "interrompu" in row.last_error
    assert audits("outbox.failed")[0]["outcome"] == "failure"


def test_counts_and_next_due(guardian, clock):
    assert outbox.next_due_at(Channel.ALL) is None
    outbox.enqueue(MessageKind.PASSWORD_CHANGED, Channel.EMAIL, guardian.email, account=guardian, clock=clock)
    assert outbox.next_due_at([Channel.EMAIL]) == clock.now
    assert outbox.next_due_at([Channel.SMS]) is None
    assert outbox.count_by_status()[OutboxStatus.QUEUED] == 1
    assert outbox.waiting_count() == 1


def test_concurrent_claimers_never_take_the_same_message(guardian, clock):
    """Four claimers, each on its own SQLite connection (as the GUI and the CLI would be)."""
    ids = [outbox.enqueue(MessageKind.PASSWORD_CHANGED, Channel.EMAIL, guardian.email, account=guardian,
                          clock=clock).id for _ in range(30)]
    claimed: list[int] = []
    errors: list[BaseException] = []

    def claimer():
        try:  # peewee gives every thread its own connection to the same file
            while (message := outbox.claim_next(Channel.ALL, now=clock.now)) is not None:
                claimed.append(message.id)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            database_proxy.close()

    threads = [threading.Thread(target=claimer) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert errors == []
    assert sorted(claimed) == ids  # each message exactly once
    assert {m.status for m in OutboxMessage.select()} == {OutboxStatus.SENDING}
