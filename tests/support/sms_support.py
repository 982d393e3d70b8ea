"""A real HTTP SMS gateway on 127.0.0.1 (pytest-httpserver) for the GUI tests."""

import asyncio

from educonnect_desktop.config import SmsConfig
from educonnect_desktop.messaging.channels import Channel
from educonnect_desktop.messaging.delivery import deliver_due
from educonnect_desktop.messaging.sms_gateway import SmsGatewaySender
from educonnect_desktop.secret_store import SMS_TOKEN, MemorySecretStore


def sms_gateway_sender(httpserver) -> SmsGatewaySender:
    httpserver.expect_request("/v1/sms", method="POST").respond_with_json({"id": "prov-1"}, status=202)
    return SmsGatewaySender(SmsConfig(url=httpserver.url_for("/v1/sms"), timeout=5.0),
                            MemorySecretStore({SMS_TOKEN: "tok_test"}))


async def deliver_sms(sender: SmsGatewaySender) -> None:
    """What the delivery worker does, on its own thread and event loop."""
    summary = await asyncio.get_running_loop().run_in_executor(
        None, lambda: asyncio.run(deliver_due({Channel.SMS: sender})))
    assert summary.sent == 1, summary.describe()
