"""The secretariat's accounts table: instant search and filters, fetched one page at a time."""

from __future__ import annotations

import re
from dataclasses import dataclass

from peewee import JOIN

from ..core.text import fold
from ..store.models import Account, Establishment
from ..store.search import account_ids_matching
from .accounts import french_name_order, summary_of
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
    # No join here: joined, SQLite sorts every match through the Python collation instead
    # of walking the French-order index (measured: 60 ms instead of 20 ms at 20,000 matches).
    page = list(_filtered(flt).order_by(*french_name_order()).offset(offset).limit(limit))
    ids = {a.establishment_id for a in page if a.establishment_id}
    uais = dict(Establishment.select(Establishment.id, Establishment.uai)
                .where(Establishment.id.in_(ids)).tuples()) if ids else {}
    return [summary_of(a, uais.get(a.establishment_id)) for a in page]


@dataclass(frozen=True)
class ClassChoice:
    class_code: str
    establishment_uai: str | None
    establishment_name: str | None


def class_choices() -> list[ClassChoice]:
    """Each class of each establishment (a "5 B" in two schools is two classes)."""
    rows = (Account.select(Account.class_code, Establishment.uai, Establishment.name)
            .join(Establishment, JOIN.LEFT_OUTER, on=(Account.establishment == Establishment.id))
            .where(Account.class_code.is_null(False))
            .distinct().order_by(Account.class_code, Establishment.name).tuples())
    return [ClassChoice(code, uai, name) for code, uai, name in rows]


def class_codes() -> list[str]:
    rows = (Account.select(Account.class_code).where(Account.class_code.is_null(False))
            .distinct().order_by(Account.class_code))
    return [r.class_code for r in rows]
