"""SMS through a real HTTP gateway on 127.0.0.1 (pytest-httpserver): accepted, retried, timed out, failed."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import pytest
from werkzeug import Response

from educonnect_desktop.messaging import outbox
from educonnect_desktop.messaging.channels import Channel
from educonnect_desktop.messaging.delivery import RetryPolicy, deliver_due
from educonnect_desktop.messaging.sms_gateway import SmsGatewaySender
from educonnect_desktop.messaging.templates import MessageKind
from educonnect_desktop.secret_store import MemorySecretStore
from educonnect_desktop.store.models import AuditEvent, OutboxMessage, OutboxStatus
from messaging_helpers import SMS_TOKEN_VALUE, sms_config

pytestmark = pytest.mark.timeout(30)

CONTEXT = {"code": "582017", "validity": "30 minutes"}
POLICY = RetryPolicy(base=timedelta(seconds=30), cap=timedelta(hours=1))


def deliver(sender, clock, policy=POLICY):
    return asyncio.run(deliver_due({Channel.SMS: sender}, clock=clock, policy=policy))


def queue_code(guardian, clock, max_attempts=8):
    return outbox.enqueue(MessageKind.ACTIVATION_CODE, Channel.SMS, guardian.mobile, CONTEXT, account=guardian,
                          max_attempts=max_attempts, clock=clock)


def test_the_gateway_receives_the_documented_json_with_the_bearer_token(guardian, clock, gateway, secrets):
    gateway.expect_request("/v1/sms", method="POST").respond_with_json({"id": "prov-1"}, status=202)
    row = queue_code(guardian, clock)
    summary = deliver(SmsGatewaySender(sms_config(gateway), secrets), clock)
    assert summary.sent == 1

    [(request, response)] = gateway.log
    assert request.headers["Authorization"] == f"Bearer {SMS_TOKEN_VALUE}"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["Idempotency-Key"] == f"educonnect-{row.id}-20250902080000"
    body = json.loads(request.get_data())
    assert body == {
        "to": "+33612345678",
        "text": "Collège Victor Hugo : votre code d'activation EduConnect est 582017. "
                "Il est valable 30 minutes. Ne le communiquez à personne.",
        "reference": f"educonnect-{row.id}-20250902080000",
    }
    assert "582017" not in OutboxMessage.get_by_id(row.id).body_text
    assert OutboxMessage.get_by_id(row.id).status == OutboxStatus.SENT


def test_http_500_is_retried_with_backoff_then_failed_with_the_reason(staff_actor, guardian, clock, gateway, secrets):
    gateway.expect_request("/v1/sms").respond_with_data("panne du fournisseur", status=500)
    row = queue_code(guardian, clock, max_attempts=3)
    sender = SmsGatewaySender(sms_config(gateway), secrets)

    first = deliver(sender, clock)
    assert (first.sent, first.retrying, first.failed) == (0, 1, 0)
    after_one = OutboxMessage.get_by_id(row.id)
    assert after_one.status == OutboxStatus.QUEUED and after_one.attempts == 1
    assert after_one.next_attempt_at == clock.now + timedelta(seconds=30)
    assert after_one.last_error == "Passerelle SMS momentanément indisponible (HTTP 500 : panne du fournisseur)."

    assert deliver(sender, clock).attempted == 0  # not due yet: the gateway is left alone
    clock.advance(seconds=30)
    assert deliver(sender, clock).retrying == 1
    assert OutboxMessage.get_by_id(row.id).next_attempt_at == clock.now + timedelta(seconds=60)  # doubled
    clock.advance(seconds=60)
    last = deliver(sender, clock)
    assert (last.retrying, last.failed) == (0, 1)

    failed = OutboxMessage.get_by_id(row.id)
    assert failed.status == OutboxStatus.FAILED and failed.attempts == 3
    assert failed.last_error == ("Passerelle SMS momentanément indisponible (HTTP 500 : panne du fournisseur). "
                                 "Abandon après 3 tentatives.")
    assert len(gateway.log) == 3
    assert len({req.headers["Idempotency-Key"] for req, _ in gateway.log}) == 1  # same key every time
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.action.startswith("outbox."))]
    assert actions == ["outbox.queued", "outbox.attempt_failed", "outbox.attempt_failed", "outbox.failed"]

    outbox.retry(row.id, actor=staff_actor, clock=clock)  # staff fixed the provider's account
    gateway.clear()
    gateway.expect_request("/v1/sms").respond_with_data("", status=200)
    assert deliver(sender, clock).sent == 1


def test_a_failure_then_a_success(guardian, clock, gateway, secrets):
    gateway.expect_oneshot_request("/v1/sms").respond_with_data("", status=503, headers={"Retry-After": "120"})
    gateway.expect_request("/v1/sms").respond_with_data("", status=200)
    row = queue_code(guardian, clock)
    sender = SmsGatewaySender(sms_config(gateway), secrets)
    assert deliver(sender, clock).retrying == 1
    assert OutboxMessage.get_by_id(row.id).next_attempt_at == clock.now + timedelta(seconds=120)  # Retry-After
    clock.advance(seconds=120)
    assert deliver(sender, clock).sent == 1
    assert OutboxMessage.get_by_id(row.id).attempts == 2


def test_a_hanging_gateway_times_out_and_is_retried(guardian, clock, gateway, secrets):
    def hang(request):
        gateway.hang_release.wait(10)  # far longer than the client's timeout; released at teardown
        return Response("trop tard", status=200)

    gateway.expect_request("/v1/sms").respond_with_handler(hang)
    row = queue_code(guardian, clock)
    summary = deliver(SmsGatewaySender(sms_config(gateway, timeout=0.5), secrets), clock)
    assert summary.retrying == 1 and Channel.SMS in summary.paused
    row = OutboxMessage.get_by_id(row.id)
    assert row.status == OutboxStatus.QUEUED and row.attempts == 1
    assert row.last_error == "La passerelle SMS n'a pas répondu à temps (0.5 s)."


def test_one_gateway_failure_sets_the_channel_aside_for_the_pass(guardian, clock, gateway, secrets):
    gateway.expect_request("/v1/sms").respond_with_data("", status=502)
    for _ in range(3):
        queue_code(guardian, clock)
    summary = deliver(SmsGatewaySender(sms_config(gateway), secrets), clock)
    assert summary.retrying == 1 and summary.waiting == 3
    assert len(gateway.log) == 1  # the two others did not spend an attempt on a broken gateway
    assert sorted(r.attempts for r in OutboxMessage.select()) == [0, 0, 1]


def test_a_4xx_answer_is_permanent(guardian, clock, gateway, secrets):
    gateway.expect_request("/v1/sms").respond_with_json({"error": "numéro invalide"}, status=422)
    row = queue_code(guardian, clock)
    assert deliver(SmsGatewaySender(sms_config(gateway), secrets), clock).failed == 1
    row = OutboxMessage.get_by_id(row.id)
    assert row.status == OutboxStatus.FAILED and row.attempts == 1
    assert row.last_error.startswith("SMS refusé par la passerelle (HTTP 422")


def test_a_refused_token_keeps_messages_queued(guardian, clock, gateway, secrets):
    gateway.expect_request("/v1/sms").respond_with_data("bad token", status=401)
    queue_code(guardian, clock)
    summary = deliver(SmsGatewaySender(sms_config(gateway), secrets), clock)
    assert summary.deferred == 1 and "refuse le jeton" in summary.unavailable[Channel.SMS]
    row = OutboxMessage.get()
    assert row.status == OutboxStatus.QUEUED and row.attempts == 0


def test_no_token_in_the_keyring_means_not_ready_and_no_request(guardian, clock, gateway):
    queue_code(guardian, clock)
    summary = deliver(SmsGatewaySender(sms_config(gateway), MemorySecretStore()), clock)
    assert "set-secret sms" in summary.unavailable[Channel.SMS]
    assert gateway.log == [] and OutboxMessage.get().attempts == 0


def test_an_unreachable_gateway_keeps_messages_queued(guardian, clock, secrets):
    from educonnect_desktop.config import SmsConfig
    from messaging_helpers import free_port

    queue_code(guardian, clock)
    config = SmsConfig(url=f"http://127.0.0.1:{free_port()}/v1/sms", timeout=2)
    summary = deliver(SmsGatewaySender(config, secrets), clock)
    assert summary.deferred == 1 and "injoignable" in summary.unavailable[Channel.SMS]
    assert OutboxMessage.get().attempts == 0


def test_backoff_doubles_from_the_base_and_is_capped():
    policy = RetryPolicy()
    assert [policy.delay(n).total_seconds() for n in range(1, 9)] == [30, 60, 120, 240, 480, 960, 1920, 3600]
    assert policy.delay(500) == timedelta(hours=1)
