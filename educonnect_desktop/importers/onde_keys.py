"""Stable keys for ONDE rows, which carry no ELEVE_ID / PERSONNE_ID.

Student: from the INE when the row has one, otherwise from the folded family
name, first name and birth date. Guardian: from the folded names and the mobile
(or, failing that, the e-mail), so the father listed on two siblings' rows is
one guardian. Keys are hashed: they end up in logs and the audit trail, where
a phone number or an INE has no business being.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date

from ..core.text import fold_letters
from .records import GuardianRecord


def _digest(prefix: str, *parts: str) -> str:
    return prefix + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def student_key(ine: str | None, last_name: str, first_name: str, born: date) -> str:
    if ine:
        return _digest("onde-e-", "ine", ine)
    return _digest("onde-e-", "nom", fold_letters(last_name), fold_letters(first_name), born.isoformat())


@dataclass
class _Candidate:
    record: GuardianRecord  # with a provisional source_id
    names: tuple[str, str]
    fallback: str  # the key of the first student, for a guardian with no contact at all


class GuardianMerger:
    """Collects the guardians of every row, merging the same person seen twice.

    Same folded names and at least one equal contact (mobile or e-mail), and no
    contradicting one: same person. Same names without any contact cannot be told
    apart from a namesake, so they stay separate.
    """

    def __init__(self) -> None:
        self._candidates: list[_Candidate] = []
        self._by_names: dict[tuple[str, str], list[int]] = {}

    def add(self, record: GuardianRecord, student_key: str) -> int:
        """Returns a handle, turned into the final source_id by `finish`."""
        names = (fold_letters(record.last_name), fold_letters(record.first_name))
        for handle in self._by_names.get(names, ()):
            candidate = self._candidates[handle]
            if _same_person(candidate.record, record):
                candidate.record = _completed(candidate.record, record)
                return handle
        self._candidates.append(_Candidate(record, names, student_key))
        self._by_names.setdefault(names, []).append(len(self._candidates) - 1)
        return len(self._candidates) - 1

    def finish(self) -> tuple[list[GuardianRecord], list[str]]:
        """Final records and, per handle, their source_id."""
        records, keys = [], []
        used: set[str] = set()
        for candidate in self._candidates:
            contact = candidate.record.mobile or candidate.record.email
            key = (_digest("onde-r-", *candidate.names, contact) if contact
                   else _digest("onde-r-", *candidate.names, "eleve", candidate.fallback))
            if key in used:  # namesakes sharing a mobile but not an e-mail
                key = _digest("onde-r-", key, candidate.record.email or "", str(len(used)))
            used.add(key)
            keys.append(key)
            records.append(replace(candidate.record, source_id=key))
        return records, keys


def _same_person(a: GuardianRecord, b: GuardianRecord) -> bool:
    shared = False
    for x, y in ((a.mobile, b.mobile), (a.email and a.email.lower(), b.email and b.email.lower())):
        if x and y:
            if x != y:
                return False
            shared = True
    return shared


def _completed(kept: GuardianRecord, other: GuardianRecord) -> GuardianRecord:
    """Fill what the first row left empty from the sibling's row."""
    return replace(
        kept,
        civility=kept.civility or other.civility,
        usage_name=kept.usage_name or other.usage_name,
        mobile=kept.mobile or other.mobile,
        email=kept.email or other.email,
    )
