"""The secretariat's accounts table: instant search and filters, fetched one page at a time."""

from __future__ import annotations

import re
from dataclasses import dataclass

from peewee import JOIN

from ..core.text import fold
from ..store.models import Account, Establishment
from ..store.search import account_ids_matching
from .accounts import summary_of
from .dto import AccountSummary

_WORD = re.compile(r"[a-z0-9-]+")


@dataclass(frozen=True)
class AccountFilter:
    text: str = ""
    kind: str | None = None
    class_code: str | None = None
    state: str | None = None


def _fts_query(text: str) -> str | None:
    """Each typed word becomes a prefix term; every word must match (names or identifier)."""
    words = _WORD.findall(fold(text).replace(".", " "))
    return " ".join(f'"{word}"*' for word in words) or None


def _filtered(flt: AccountFilter):
    query = Account.select()
    match = _fts_query(flt.text)
    if match is not None:
        query = query.where(Account.id.in_(account_ids_matching(match)))
    if flt.kind:
        query = query.where(Account.kind == flt.kind)
    if flt.class_code:
        query = query.where(Account.class_code == flt.class_code)
    if flt.state:
        query = query.where(Account.state == flt.state)
    return query


def count_accounts(flt: AccountFilter) -> int:
    return _filtered(flt).count()


def search_accounts(flt: AccountFilter, *, offset: int = 0, limit: int = 200) -> list[AccountSummary]:
    query = (_filtered(flt).select(Account, Establishment.uai)
             .join(Establishment, JOIN.LEFT_OUTER, on=(Account.establishment == Establishment.id))
             .order_by(Account.last_name, Account.first_name, Account.identifier)
             .offset(offset).limit(limit))
    return [summary_of(a, a.establishment.uai if a.establishment_id else None) for a in query]


def class_codes() -> list[str]:
    rows = (Account.select(Account.class_code).where(Account.class_code.is_null(False))
            .distinct().order_by(Account.class_code))
    return [r.class_code for r in rows]
