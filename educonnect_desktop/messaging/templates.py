"""French message texts, rendered from `resources/templates/` with safe substitution.

`string.Template` only replaces `$name` placeholders: a value can never run code or
reach an attribute, and in HTML every value is escaped first. A missing value is a
programming error (`TemplateError`), never a message sent with a hole in it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from string import Template
from typing import Any, Mapping

from ..core.labels import MESSAGE_KIND_LABELS
from ..core.text import clean_name
from ..paths import resources_dir
from .channels import Channel


class MessageKind:
    ACTIVATION_CODE = "activation_code"
    LOST_IDENTIFIER = "lost_identifier"
    PASSWORD_RESET = "password_reset"
    EMAIL_CONFIRMATION = "email_confirmation"
    OLD_ADDRESS_NOTICE = "old_address_notice"
    PASSWORD_CHANGED = "password_changed"
    MOBILE_CONFIRMATION = "mobile_confirmation"
    ALL = (ACTIVATION_CODE, LOST_IDENTIFIER, PASSWORD_RESET, EMAIL_CONFIRMATION,
           OLD_ADDRESS_NOTICE, PASSWORD_CHANGED, MOBILE_CONFIRMATION)


# Which channels each kind exists on.
KIND_CHANNELS: dict[str, tuple[str, ...]] = {
    MessageKind.ACTIVATION_CODE: (Channel.SMS,),
    MessageKind.LOST_IDENTIFIER: (Channel.EMAIL, Channel.SMS),
    MessageKind.PASSWORD_RESET: (Channel.EMAIL, Channel.SMS),
    MessageKind.EMAIL_CONFIRMATION: (Channel.EMAIL,),
    MessageKind.OLD_ADDRESS_NOTICE: (Channel.EMAIL,),
    MessageKind.PASSWORD_CHANGED: (Channel.EMAIL, Channel.SMS),
    MessageKind.MOBILE_CONFIRMATION: (Channel.SMS,),
}

# Kinds carrying a code, a link or an identifier: their text is never shown to staff
# lists or to the person at the kiosk (they prove who receives them).
CONFIDENTIAL_KINDS = frozenset({
    MessageKind.ACTIVATION_CODE, MessageKind.LOST_IDENTIFIER, MessageKind.PASSWORD_RESET,
    MessageKind.EMAIL_CONFIRMATION, MessageKind.MOBILE_CONFIRMATION,
})

KIND_LABELS = MESSAGE_KIND_LABELS  # shared with the audit log's labels (core.labels)

DEFAULT_ESTABLISHMENT = "Votre établissement"
SUBJECT_PREFIX = "Objet :"


class TemplateError(ValueError):
    pass


@dataclass(frozen=True)
class RenderedMessage:
    subject: str | None  # e-mail only
    text: str
    html: str | None  # e-mail only


def templates_dir() -> Path:
    return resources_dir() / "templates"


def format_validity(duration: timedelta) -> str:
    """ "30 minutes", "1 heure", "24 heures", "7 jours": how long a code or link works."""
    minutes = int(duration.total_seconds() // 60)
    if minutes < 1:
        raise ValueError("a validity shorter than a minute makes no sense")
    for size, one, many in ((1440, "jour", "jours"), (60, "heure", "heures"), (1, "minute", "minutes")):
        if minutes % size == 0:
            count = minutes // size
            return f"{count} {one if count == 1 else many}"
    raise AssertionError("unreachable")


@lru_cache(maxsize=64)
def _load(path: Path) -> Template | None:
    try:
        return Template(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def _values(template: Template, context: Mapping[str, Any], where: str) -> dict[str, str]:
    values = {}
    for name in template.get_identifiers():
        value = context.get(name)
        if value is None or value == "":
            raise TemplateError(f"{where}: no value for ${name}")
        # One line, no control or bidi character: a name with CR/LF (an establishment's, from a
        # roster) can neither cut the subject line nor add a header or a forged paragraph.
        values[name] = clean_name(str(value))
    return values


def render(kind: str, channel: str, context: Mapping[str, Any], *,
           directory: Path | None = None) -> RenderedMessage:
    """Render `kind` for `channel`; `context` holds the placeholders' values.

    `establishment` defaults to a neutral wording; a `link` must be an http(s) address (absent
    or None: the text without a link).
    """
    if kind not in KIND_CHANNELS:
        raise TemplateError(f"unknown message kind {kind!r}")
    if channel not in KIND_CHANNELS[kind]:
        raise TemplateError(f"no {channel} message for kind {kind!r}")
    link = context.get("link")
    if link is not None and not str(link).startswith(("https://", "http://")):
        raise TemplateError("a link must be an http(s) address")
    context = {"establishment": DEFAULT_ESTABLISHMENT, **context}
    base = directory or templates_dir()
    if channel == Channel.SMS:
        template = _require(base / f"{kind}.sms.txt")
        text = template.substitute(_values(template, context, f"{kind}.sms"))
        return RenderedMessage(None, " ".join(text.split()), None)

    # A kind that may carry a link has two texts: with it (`KIND.link.email.*`) and, when no
    # server can answer a link, with the code alone (`KIND.email.*`): never a dead link.
    stem = f"{kind}.link" if link is not None and _load(base / f"{kind}.link.email.txt") is not None else kind
    template = _require(base / f"{stem}.email.txt")
    rendered = template.substitute(_values(template, context, f"{stem}.email.txt"))
    first, _, body = rendered.partition("\n")
    if not first.startswith(SUBJECT_PREFIX):
        raise TemplateError(f"{kind}.email.txt must start with '{SUBJECT_PREFIX} ...'")
    subject = " ".join(first[len(SUBJECT_PREFIX):].split())
    html_body = None
    html_template = _load(base / f"{stem}.email.html")
    if html_template is not None:
        escaped = {k: html.escape(v, quote=True)
                   for k, v in _values(html_template, context, f"{stem}.email.html").items()}
        html_body = html_template.substitute(escaped)
    return RenderedMessage(subject, body.strip("\n") + "\n", html_body)


def _require(path: Path) -> Template:
    template = _load(path)
    if template is None:
        raise TemplateError(f"missing template {path}")
    return template


__all__ = [
    "MessageKind", "KIND_CHANNELS", "CONFIDENTIAL_KINDS", "KIND_LABELS", "RenderedMessage",
    "TemplateError", "render", "format_validity", "templates_dir",
]
