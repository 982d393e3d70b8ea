"""The recovery journeys' navigation, walked without any widget."""

import pytest

from educonnect_desktop.flows.recovery import (LostIdentifierFlow, LostIdentifierPage, LostPasswordFlow,
                                               LostPasswordPage, RecoveryChannel, offered_channels)
from educonnect_desktop.services.recovery import SENT_IF_MATCHED, RecoveryAnswer
from educonnect_desktop.services.session import Session

ANSWER = RecoveryAnswer(SENT_IF_MATCHED)


def walk(flow) -> list[str]:
    pages = [flow.start_page()]
    while (following := flow.next_page(pages[-1])) is not None:
        pages.append(following)
    return pages


def test_sms_is_offered_only_with_an_sms_service():
    assert offered_channels(True) == (RecoveryChannel.EMAIL, RecoveryChannel.SMS)
    assert offered_channels(False) == (RecoveryChannel.EMAIL,)


def test_lost_identifier_goes_channel_address_answer():
    flow = LostIdentifierFlow(sms_available=True)
    assert walk(flow) == [LostIdentifierPage.CHANNEL, LostIdentifierPage.ADDRESS, LostIdentifierPage.SENT]
    assert flow.channel == RecoveryChannel.EMAIL  # the default choice
    flow.choose_channel(RecoveryChannel.SMS)
    flow.answered("06 00 00 00 01", ANSWER)
    assert flow.channel == RecoveryChannel.SMS and flow.answer == ANSWER


def test_lost_identifier_refuses_sms_without_an_sms_service():
    flow = LostIdentifierFlow(sms_available=False)
    with pytest.raises(ValueError):
        flow.choose_channel(RecoveryChannel.SMS)
    with pytest.raises(ValueError):
        flow.choose_channel("pigeon")
    assert flow.channel == RecoveryChannel.EMAIL


def test_lost_password_goes_request_code_password_done():
    flow = LostPasswordFlow()
    assert walk(flow) == [LostPasswordPage.REQUEST, LostPasswordPage.CODE, LostPasswordPage.PASSWORD,
                          LostPasswordPage.DONE]
    assert flow.user_inputs() == ()
    flow.requested("l.dupont1", RecoveryChannel.EMAIL, ANSWER)
    flow.code_verified("secret-token")
    assert (flow.identifier, flow.answer, flow.ticket) == ("l.dupont1", ANSWER, "secret-token")


def test_the_password_must_not_contain_the_identifier_and_nothing_is_looked_up():
    flow = LostPasswordFlow(sms_available=True)
    flow.requested("J.Dupont1", RecoveryChannel.SMS, ANSWER)
    assert flow.user_inputs() == ("J.Dupont1",)


def test_lost_password_sms_needs_an_sms_service():
    with pytest.raises(ValueError):
        LostPasswordFlow(sms_available=False).requested("j.dupont1", RecoveryChannel.SMS, ANSWER)


def test_flows_never_print_secrets_or_contacts():
    identifier_flow = LostIdentifierFlow(sms_available=True)
    identifier_flow.answered("lea@exemple.fr", ANSWER)
    password_flow = LostPasswordFlow()
    password_flow.requested("l.dupont1", RecoveryChannel.EMAIL, ANSWER)
    password_flow.code_verified("secret-token")
    password_flow.session = Session("uuid", "l.dupont1", "student", "Léa", "Dupont", ())
    assert "lea@exemple.fr" not in repr(identifier_flow)
    assert "secret-token" not in repr(password_flow) and "has_ticket=True" in repr(password_flow)
