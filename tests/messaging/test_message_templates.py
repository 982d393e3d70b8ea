"""French templates: every kind renders, values are escaped, links always come with a code."""

from __future__ import annotations

from datetime import timedelta

import pytest

from educonnect_desktop.messaging.channels import Channel
from educonnect_desktop.messaging.templates import (
    CONFIDENTIAL_KINDS, KIND_CHANNELS, KIND_LABELS, MessageKind, TemplateError, format_validity, render,
)

CONTEXT = {
    "establishment": "Collège Victor Hugo", "first_name": "Léa", "identifier": "l.martin12",
    "code": "123456", "link": "https://services.exemple.fr/confirmer?t=abc&u=1", "validity": "30 minutes",
    "new_address": "l***@exemple.fr",
}

# GSM 03.38 basic alphabet: anything else turns an SMS into UCS-2 (70 characters instead of 160).
GSM7 = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
           "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")


@pytest.mark.parametrize("kind,channel", [(k, c) for k, cs in KIND_CHANNELS.items() for c in cs])
def test_every_kind_renders_in_french_with_the_establishment(kind, channel):
    message = render(kind, channel, CONTEXT)
    assert "$" not in message.text
    if channel == Channel.SMS:
        assert message.subject is None and message.html is None
        assert message.text.startswith("Collège Victor Hugo : ")
        assert len(message.text) <= 160 and set(message.text) <= GSM7, message.text
    else:
        assert message.subject.startswith("[Collège Victor Hugo] ")
        assert message.text.startswith("Bonjour Léa,\n")
        assert "Collège Victor Hugo" in message.text
        assert message.html and "<html lang=\"fr\">" in message.html


@pytest.mark.parametrize("kind", [k for k, cs in KIND_CHANNELS.items() if Channel.EMAIL in cs])
def test_an_email_with_a_link_also_carries_the_code(kind):
    message = render(kind, Channel.EMAIL, CONTEXT)
    if CONTEXT["link"] in message.text:
        assert "123456" in message.text and "123456" in message.html
        assert "saisissez ce code dans l'application" in message.text


def test_values_are_escaped_in_html_and_never_interpreted():
    hostile = dict(CONTEXT, first_name="<script>alert(1)</script>", establishment="École \"A&B\" ${code}")
    message = render(MessageKind.PASSWORD_RESET, Channel.EMAIL, hostile)
    assert "<script>" not in message.html and "&lt;script&gt;" in message.html
    assert "École &quot;A&amp;B&quot; ${code}" in message.html
    assert "${code}" in message.subject  # substituted once, as plain text
    assert 'href="https://services.exemple.fr/confirmer?t=abc&amp;u=1"' in message.html


def test_mistakes_are_programming_errors():
    with pytest.raises(TemplateError, match=r"\$code"):
        render(MessageKind.ACTIVATION_CODE, Channel.SMS, {"validity": "30 minutes"})
    with pytest.raises(TemplateError, match="no email message"):
        render(MessageKind.ACTIVATION_CODE, Channel.EMAIL, CONTEXT)
    with pytest.raises(TemplateError, match="unknown message kind"):
        render("newsletter", Channel.EMAIL, CONTEXT)
    with pytest.raises(TemplateError, match="http"):
        render(MessageKind.EMAIL_CONFIRMATION, Channel.EMAIL, dict(CONTEXT, link="javascript:alert(1)"))


def test_without_an_establishment_the_wording_stays_neutral():
    context = {k: v for k, v in CONTEXT.items() if k != "establishment"}
    assert render(MessageKind.MOBILE_CONFIRMATION, Channel.SMS, context).text.startswith("Votre établissement : ")


def test_kinds_are_described():
    assert set(KIND_LABELS) == set(MessageKind.ALL) == set(KIND_CHANNELS)
    assert MessageKind.PASSWORD_CHANGED not in CONFIDENTIAL_KINDS
    assert MessageKind.ACTIVATION_CODE in CONFIDENTIAL_KINDS


@pytest.mark.parametrize("duration,text", [
    (timedelta(minutes=30), "30 minutes"), (timedelta(minutes=1), "1 minute"), (timedelta(hours=1), "1 heure"),
    (timedelta(hours=24), "1 jour"), (timedelta(hours=48), "2 jours"), (timedelta(minutes=90), "90 minutes"),
])
def test_format_validity(duration, text):
    assert format_validity(duration) == text


@pytest.mark.parametrize("kind", [MessageKind.PASSWORD_RESET, MessageKind.EMAIL_CONFIRMATION])
def test_without_a_link_the_email_carries_the_code_alone(kind):
    """No central server to answer a link: the text has no dead link and no word about one."""
    message = render(kind, Channel.EMAIL, {k: v for k, v in CONTEXT.items() if k != "link"})
    for body in (message.text, message.html):
        assert "123456" in body and "lien" not in body and "http" not in body
    with_link = render(kind, Channel.EMAIL, CONTEXT)
    assert CONTEXT["link"] in with_link.text and "ouvrez ce lien dans votre navigateur" in with_link.text
