"""The background worker: plain asyncio, and inside a qasync (Qt) loop without blocking it."""

from __future__ import annotations

import asyncio
import gc
import re
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from werkzeug import Response

from educonnect_desktop.core.clock import utc_now
from educonnect_desktop.messaging import outbox
from educonnect_desktop.messaging.channels import Channel
from educonnect_desktop.messaging.delivery import RetryPolicy
from educonnect_desktop.messaging.sms_gateway import SmsGatewaySender
from educonnect_desktop.messaging.smtp import SmtpSender
from educonnect_desktop.messaging.templates import MessageKind
from educonnect_desktop.messaging.worker import DeliveryWorker
from educonnect_desktop.store.models import OutboxMessage, OutboxStatus
from messaging_helpers import sms_config

pytestmark = pytest.mark.timeout(30)

REPO = Path(__file__).resolve().parents[2]


async def until(predicate, *, limit: float = 10.0) -> None:
    """Wait for a condition without asserting on time (the limit only avoids hanging)."""
    for _ in range(int(limit / 0.02)):
        if predicate():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not reached")


def queue_notice(guardian, channel=Channel.EMAIL):
    recipient = guardian.email if channel == Channel.EMAIL else guardian.mobile
    return outbox.enqueue(MessageKind.PASSWORD_CHANGED, channel, recipient, account=guardian)


def test_the_worker_sends_a_message_when_woken(guardian, smtp_server, secrets):
    summaries = []

    async def scenario():
        worker = DeliveryWorker(lambda: {Channel.EMAIL: SmtpSender(smtp_server.config(), secrets)},
                                interval=30, on_summary=summaries.append)
        worker.start()
        await until(lambda: worker.passes >= 1)  # first pass: nothing to send
        queue_notice(guardian)
        worker.wake()
        await until(lambda: sum(s.sent for s in summaries) == 1)
        await worker.stop()
        assert not worker.running

    asyncio.run(scenario())
    assert OutboxMessage.get().status == OutboxStatus.SENT
    assert sum(s.sent for s in summaries) == 1


def test_a_channel_in_trouble_rests_before_the_next_try(guardian, gateway, secrets, clock):
    gateway.expect_request("/v1/sms").respond_with_data("", status=503)
    for _ in range(2):
        outbox.enqueue(MessageKind.PASSWORD_CHANGED, Channel.SMS, guardian.mobile, account=guardian, clock=clock)
    worker = DeliveryWorker({Channel.SMS: SmsGatewaySender(sms_config(gateway), secrets)}, clock=clock,
                            policy=RetryPolicy(base=timedelta(seconds=30)))

    async def scenario():
        first = await worker.run_once()
        assert first.retrying == 1 and len(gateway.log) == 1
        second = await worker.run_once()  # the other message is due, but the gateway rests
        assert second.attempted == 0 and len(gateway.log) == 1
        assert second.unavailable[Channel.SMS].startswith("nouvel essai après 08:00:30")
        clock.advance(seconds=31)
        third = await worker.run_once()
        assert third.retrying == 1 and len(gateway.log) == 2
        assert worker.resting()[Channel.SMS] == clock.now + timedelta(seconds=60)  # backoff grows

    asyncio.run(scenario())


def test_the_retention_purge_runs_at_start_then_hourly_off_the_loop_thread(guardian, clock):
    """The app passes `privacy.purge_expired`: database work on a worker thread, never the GUI's."""
    from educonnect_desktop.services import privacy

    runs = []

    def purge():
        runs.append(threading.get_ident())
        return privacy.purge_expired(clock())

    with_text = queue_notice(guardian)
    OutboxMessage.update(status=OutboxStatus.SENT, created_at=clock.now - timedelta(days=60)).where(
        OutboxMessage.id == with_text.id).execute()
    worker = DeliveryWorker({}, clock=clock, interval=0.05, housekeeping=purge)

    async def scenario():
        loop_thread = threading.get_ident()
        worker.start()
        await until(lambda: len(runs) == 1)
        await asyncio.sleep(0.3)  # several passes: still one purge within the hour
        assert len(runs) == 1 and runs[0] != loop_thread
        clock.advance(hours=1, seconds=1)
        await until(lambda: len(runs) == 2)
        await worker.stop()

    asyncio.run(scenario())
    assert OutboxMessage.get_by_id(with_text.id).body_text == ""


def test_stopping_during_a_send_gives_the_message_back(guardian, gateway, secrets):
    arrived = threading.Event()

    def hang(request):
        arrived.set()
        gateway.hang_release.wait(10)
        return Response("", status=200)

    gateway.expect_request("/v1/sms").respond_with_handler(hang)
    row = queue_notice(guardian, Channel.SMS)

    async def scenario():
        worker = DeliveryWorker({Channel.SMS: SmsGatewaySender(sms_config(gateway), secrets)})
        worker.start()
        await until(arrived.is_set)
        await worker.stop()

    asyncio.run(scenario())
    row = OutboxMessage.get_by_id(row.id)
    assert row.status == OutboxStatus.QUEUED and row.attempts == 0
    assert row.next_attempt_at <= utc_now()
    assert "interrompu" in row.last_error


def test_the_worker_runs_in_a_qasync_loop_without_blocking_qt(qapp, guardian, gateway, secrets):
    """The gateway holds the request until a Qt timer releases it: if the send blocked the
    loop, no Qt timer could fire, the client would time out and the message would not be sent."""
    import qasync
    from PySide6.QtCore import QTimer

    arrived = threading.Event()

    def held(request):
        arrived.set()
        gateway.hang_release.wait(10)
        return Response("", status=200)

    gateway.expect_request("/v1/sms").respond_with_handler(held)
    queue_notice(guardian, Channel.SMS)
    ticks = []

    def tick():
        ticks.append(1)
        if arrived.is_set():
            gateway.hang_release.set()

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    worker = DeliveryWorker({Channel.SMS: SmsGatewaySender(sms_config(gateway, timeout=8), secrets)})

    async def scenario():
        worker.start()
        await until(lambda: worker.last_summary is not None and worker.last_summary.sent == 1)
        await worker.stop()

    try:
        loop.run_until_complete(scenario())
    finally:
        timer.stop()
        asyncio.set_event_loop(None)
        loop.close()
        # Collect qasync's Qt timers here, on the GUI thread: left to a later garbage
        # collection they could be destroyed from a server thread (a Qt warning).
        del timer, loop
        gc.collect()
    assert OutboxMessage.get().status == OutboxStatus.SENT
    assert ticks  # Qt kept running while the request was in flight


def test_messaging_imports_no_qt():
    code = ("import sys; import educonnect_desktop.messaging.worker, educonnect_desktop.messaging.delivery, "
            "educonnect_desktop.messaging.outbox; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qasync', 'shiboken6')]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, timeout=30)
    qt_import = re.compile(r"^\s*(from|import)\s+(PySide6|qasync|shiboken6)\b", re.MULTILINE)
    for source in (REPO / "educonnect_desktop" / "messaging").glob("*.py"):
        assert not qt_import.search(source.read_text(encoding="utf-8")), source.name
