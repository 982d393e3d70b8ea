"""Wire types of the sync protocol, shared by the workstation (`sync/`) and the server (`central/`).

Pure: dataclasses and constants, no I/O, no Qt, no peewee, no FastAPI. The server hands these
dataclasses to FastAPI (which validates them and writes `/openapi.json` from them); the
workstation builds and reads them as plain JSON through `to_wire` / `from_wire`.
See docs/sync.md for the protocol itself.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

# Version 1 is the first protocol. The server accepts the current version and the previous
# one (none before 1); anything older is told, in French, to update (HTTP 426).
PROTOCOL_VERSION = 1
ACCEPTED_PROTOCOLS = frozenset({PROTOCOL_VERSION, PROTOCOL_VERSION - 1}) - {0}
PROTOCOL_HEADER = "X-EduConnect-Protocol"
SCHEMA_HEADER = "X-EduConnect-Schema"
APP_HEADER = "X-EduConnect-App"

# Bounds: a push carries at most this many operations, a pull page at most this many rows.
MAX_OPS_PER_PUSH = 500
MAX_ROWS_PER_PAGE = 2000

# The entities that travel, and the columns of each that travel. Everything else stays on the
# workstation: one-time codes, tokens, outbox texts, throttle counters, audit, secrets.
ACCOUNT = "account"
LINK = "guardian_link"
ESTABLISHMENT = "establishment"
SYNCED_ENTITIES = (ACCOUNT, LINK)

ACCOUNT_FIELDS = (
    "kind", "identifier", "first_name", "last_name", "usage_name", "birth_date", "class_code",
    "state", "staff_role", "password_hash", "provisional_expires_at", "must_change_password",
    "charter_accepted_at", "email", "email_state", "pending_email", "mobile", "mobile_confirmed",
    "siecle_eleve_id", "siecle_personne_id", "ine", "last_login_at", "left_at", "created_at",
    "updated_at", "in_school",
)
LINK_FIELDS = ("guardian", "student", "legal_level", "reported_wrong", "validated", "review_offered",
               "created_at")
# A link e-mailed to a family (password reset, address confirmation), announced to the server so
# its pages can check it: the change's `uuid` is the SHA-256 of the 256-bit token (never the token
# itself); `insert` announces it, `delete` revokes it. Pushed only, never pulled (docs/sync.md).
WEB_LINK = "web_link"
WEB_LINK_FIELDS = ("purpose", "account", "expires_at", "address")
WEB_LINK_PURPOSES = ("password_reset", "email_confirmation")
FIELDS = {ACCOUNT: ACCOUNT_FIELDS, LINK: LINK_FIELDS, WEB_LINK: WEB_LINK_FIELDS}

# Never accepted on the wire, whatever a client sends (defence in depth for the server logs too).
FORBIDDEN_FIELDS = frozenset({"secret_hash", "body_text", "body_html", "code", "token", "id"})

INSERT, UPDATE, DELETE = "insert", "update", "delete"


@dataclass
class Change:
    """One row changed by an operation: the columns it set, on top of the version it saw."""

    entity: str
    uuid: str
    action: str  # insert / update / delete
    base_version: int | None = None  # the server version the workstation had; None for a new row
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class Operation:
    """One service call on one workstation (`account.create`, `link.remove`, ...)."""

    seq: int  # per workstation, 1, 2, 3... without gaps
    name: str
    actor: str | None
    app_version: str
    schema_version: int
    changes: list[Change] = field(default_factory=list)


@dataclass
class PushRequest:
    operations: list[Operation]


@dataclass
class OperationResult:
    seq: int
    status: str  # applied / duplicate / conflict
    conflicts: list[str] = field(default_factory=list)  # French, one line per conflict recorded
    renamed: dict[str, str] = field(default_factory=dict)  # old identifier -> new one
    # A new guardian the server already had in another school: identifier made here -> the
    # shared account's identifier (the family keeps its own; docs/sync.md, "Shared guardians").
    shared: dict[str, str] = field(default_factory=dict)


@dataclass
class PushResponse:
    acknowledged_through: int  # every seq up to this one is on the server, exactly once
    # Only the operations worth telling about: duplicates, conflicts, renamed identifiers.
    results: list[OperationResult] = field(default_factory=list)


@dataclass
class Row:
    entity: str
    uuid: str
    version: int
    deleted: bool = False
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class PullResponse:
    rows: list[Row]
    next_cursor: int
    complete: bool  # True: nothing newer than next_cursor was committed when this page was read


@dataclass
class EnrollRequest:
    code: str
    # The schools this workstation already holds (demo left out): a code of another school is
    # refused before it is spent, so the secretariat can still use it on the right machine.
    accepted_uais: list[str] = field(default_factory=list)


@dataclass
class EstablishmentInfo:
    uai: str
    name: str


@dataclass
class EnrollResponse:
    workstation_id: str
    workstation_name: str
    credential: str  # shown once; the server keeps only its hash
    establishment: EstablishmentInfo


@dataclass
class TokenRequest:
    workstation_id: str
    credential: str


@dataclass
class TokenResponse:
    access_token: str
    expires_in: int  # seconds


@dataclass
class LeaseResponse:
    start: int  # numbers start .. start + size - 1 are this workstation's, for every name stem
    size: int


@dataclass
class StatusResponse:
    workstation_name: str
    establishment: EstablishmentInfo
    acknowledged_seq: int
    server_cursor: int
    protocol_version: int


@dataclass
class ConflictItem:
    """An open conflict of the workstation's establishment, as the secretariat's tab shows it."""

    id: int
    entity: str  # account / guardian_link
    identifier: str | None  # the account's identifier (a link: its guardian's)
    display_name: str | None  # "NOM Prénom" of that account
    field: str | None
    server_value: Any
    incoming_value: Any
    rule: str  # French: what the server decided and why a person must choose
    workstation: str | None  # the workstation that sent the incoming value
    created_at: str  # ISO 8601, server time


@dataclass
class ConflictsResponse:
    conflicts: list[ConflictItem]


@dataclass
class ResolveRequest:
    keep: Literal["server", "incoming"]
    actor: str  # identifier of the staff member who chose, on the workstation


@dataclass
class ResolveResponse:
    id: int
    resolution: str


@dataclass
class ErrorBody:
    """Every refusal: a French message a person can read, and a machine-readable code."""

    code: str
    message: str
    expected_seq: int | None = None


# Error codes (ErrorBody.code)
ERR_AUTH = "auth"
ERR_REVOKED = "revoked"
ERR_GAP = "sequence_gap"
ERR_CURSOR_TOO_OLD = "cursor_too_old"
ERR_TOO_OLD = "client_too_old"
ERR_INVALID = "invalid"
ERR_ENROLL = "enrollment_refused"
ERR_WRONG_SCHOOL = "wrong_establishment"
ERR_NOT_FOUND = "not_found"


def to_wire(obj: Any) -> Any:
    """A dataclass tree as JSON-ready dicts and lists."""
    if dataclasses.is_dataclass(obj):
        return {f.name: to_wire(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [to_wire(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_wire(v) for k, v in obj.items()}
    return obj


def _known(cls, data: dict) -> dict:
    """The keys this version knows: a newer server may add some, which an older workstation ignores."""
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def pull_response_from_wire(data: dict) -> PullResponse:
    return PullResponse(rows=[Row(**_known(Row, r)) for r in data["rows"]], next_cursor=data["next_cursor"],
                        complete=data["complete"])


def push_response_from_wire(data: dict) -> PushResponse:
    return PushResponse(acknowledged_through=data["acknowledged_through"],
                        results=[OperationResult(**_known(OperationResult, r)) for r in data.get("results", [])])


def conflicts_from_wire(data: dict) -> list[ConflictItem]:
    return [ConflictItem(**_known(ConflictItem, c)) for c in data["conflicts"]]
