"""Shared helpers for services that create or look up accounts."""

from __future__ import annotations

from datetime import datetime

from ..core.clock import add_months, utc_now
from ..core.identifiers import identifier_stem, make_identifier, normalize_identifier
from ..core.messages import QT_TRANSLATE_NOOP
from ..store.identifier_lease import candidate_numbers
from ..store.models import Account
from .errors import NotFound

# A notification letter (identifier + provisional password) is valid three months.
PROVISIONAL_VALIDITY_MONTHS = 3


def provisional_expiry(now: datetime | None = None) -> datetime:
    return add_months(now or utc_now(), PROVISIONAL_VALIDITY_MONTHS)


def allocate_identifier(first_name: str, last_name: str, reserved: set[str] | None = None) -> str:
    """A free identifier, asking the database once for every identifier with the same stem."""
    stem = identifier_stem(first_name, last_name)
    taken = {row.identifier for row in Account.select(Account.identifier)
             .where(Account.identifier.startswith(stem))}
    if reserved:
        taken |= reserved
    return make_identifier(first_name, last_name, taken.__contains__, candidate_numbers())


def get_account(identifier: str) -> Account:
    account = Account.get_or_none(Account.identifier == normalize_identifier(identifier))
    if account is None:
        raise NotFound(QT_TRANSLATE_NOOP("StaffMessages", "Aucun compte n'a l'identifiant « {identifier} »."
                                         ).format(identifier=identifier.strip()))
    return account
