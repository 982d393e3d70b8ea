"""The access log without the families' link tokens.

uvicorn logs each request's path with its query string, and a link's token travels there
(`?jeton=…`): the token is masked before the line is written, so logs never hold a usable link.
"""

from __future__ import annotations

import logging
import re

_TOKEN = re.compile(r"(jeton=)[^&\s\"]*")


class MaskLinkTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_TOKEN.sub(r"\1[masqué]", a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.msg, str):
            record.msg = _TOKEN.sub(r"\1[masqué]", record.msg)
        return True


def install() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, MaskLinkTokens) for f in access.filters):
        access.addFilter(MaskLinkTokens())
