"""Per-field conflict rules of the sync (docs/sync.md, "Conflict rules"), pure functions.

A change arrives with the server version its workstation had seen (`base_version`). A field is
*concurrent* when the server changed it after that version (its field version is newer).
Non-concurrent fields are applied as sent. Concurrent ones follow the rule of their group,
decided by what the values say (confirmed, state order) or by the server's order of arrival,
never by a device clock. Every concurrent field yields a `FieldConflict`: `open` ones wait for a
person (the server keeps its value until then), `auto` ones record what the rule decided.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

OPEN, AUTO = "open", "auto"

# Which fields move together: a group is decided as one (an address and its state).
EMAIL_GROUP = ("email", "email_state", "pending_email")
MOBILE_GROUP = ("mobile", "mobile_confirmed")
PASSWORD_GROUP = ("password_hash", "must_change_password", "provisional_expires_at")
# Facts about the person: two different corrections need a person to choose.
IDENTITY_FIELDS = frozenset({
    "kind", "first_name", "last_name", "usage_name", "birth_date", "class_code", "staff_role",
    "siecle_eleve_id", "siecle_personne_id", "ine", "left_at", "legal_level", "in_school",
})
# Concurrent state changes: the more restrictive state wins (a secretariat's "disable" is not
# undone by a family's activation on another workstation).
STATE_RANK = {"provisional": 0, "active": 1, "locked": 2, "disabled": 3}
# Server-owned or informational: applied in the server's order of arrival without a record.
SERVER_ORDER_SILENT = frozenset({"updated_at", "created_at", "last_login_at", "review_offered",
                                 "reported_wrong", "validated", "guardian", "student"})

RULES = {
    "password": "le changement de mot de passe arrivé le dernier au serveur l'emporte",
    "email": "l'adresse confirmée l'emporte",
    "mobile": "le portable confirmé l'emporte",
    "state": "l'état le plus restrictif l'emporte (désactivé > verrouillé > actif > provisoire)",
    "identity": "deux corrections différentes : une personne doit choisir",
    "charter": "la première acceptation de la charte est conservée",
}


@dataclass(frozen=True)
class FieldConflict:
    field: str
    server_value: Any
    incoming_value: Any
    rule: str
    status: str  # open / auto
    kept: str  # "server" or "incoming"


def _concurrent(name: str, base_version: int | None, field_versions: Mapping[str, int]) -> bool:
    return base_version is not None and field_versions.get(name, 0) > base_version


def _confirmed(group: tuple[str, ...], values: Mapping[str, Any]) -> bool:
    if group is EMAIL_GROUP:
        return values.get("email_state") == "confirmed"
    return bool(values.get("mobile_confirmed"))


def merge_fields(current: Mapping[str, Any], field_versions: Mapping[str, int], base_version: int | None,
                 incoming: Mapping[str, Any]) -> tuple[dict[str, Any], list[FieldConflict]]:
    """The fields to write and the conflicts to record, for one incoming row change."""
    write: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    done: set[str] = set()

    def note(name, rule, status, kept):
        conflicts.append(FieldConflict(name, current.get(name), incoming.get(name), RULES[rule], status, kept))

    for group, rule in ((EMAIL_GROUP, "email"), (MOBILE_GROUP, "mobile"), (PASSWORD_GROUP, "password")):
        sent = [n for n in group if n in incoming]
        if not sent:
            continue
        done.update(group)
        changed = [n for n in sent if incoming[n] != current.get(n)]
        if not changed:
            continue
        if not any(_concurrent(n, base_version, field_versions) for n in group):
            write.update({n: incoming[n] for n in sent})
            continue
        if rule == "password":
            write.update({n: incoming[n] for n in sent})
            note(changed[0], rule, AUTO, "incoming")
            continue
        mine, theirs = _confirmed(group, current), _confirmed(group, {**current, **incoming})
        if theirs and not mine:
            write.update({n: incoming[n] for n in sent})
            note(changed[0], rule, AUTO, "incoming")
        elif mine and not theirs:
            note(changed[0], rule, AUTO, "server")
        elif mine and theirs:
            note(changed[0], rule, OPEN, "server")  # two confirmed addresses: a person chooses
        else:
            write.update({n: incoming[n] for n in sent})
            note(changed[0], rule, AUTO, "incoming")

    for name, value in incoming.items():
        if name in done or value == current.get(name):
            continue
        if not _concurrent(name, base_version, field_versions) or name in SERVER_ORDER_SILENT:
            write[name] = value
        elif name == "state":
            keep_incoming = STATE_RANK.get(value, 0) >= STATE_RANK.get(current.get(name), 0)
            if keep_incoming:
                write[name] = value
            note(name, "state", AUTO, "incoming" if keep_incoming else "server")
        elif name == "charter_accepted_at":
            if current.get(name) is None:
                write[name] = value
            note(name, "charter", AUTO, "server" if current.get(name) is not None else "incoming")
        elif name == "identifier":
            continue  # server-owned after creation
        else:
            note(name, "identity", OPEN, "server")
    return write, conflicts
