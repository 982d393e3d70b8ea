"""Enroll, run one sync (push then pull), and report the status.

The order is the safety: every pending operation is pushed (and acknowledged) before anything is
pulled, and the pulled pages are applied only once the server says the checkpoint is complete.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from ..core.actor import Actor, actor_identifier
from ..core.clock import utc_now
from ..core.messages import QT_TRANSLATE_NOOP
from ..protocol import (ERR_CURSOR_TOO_OLD, ERR_GAP, MAX_OPS_PER_PUSH, MAX_ROWS_PER_PAGE, EnrollRequest,
                        PushRequest, Row, pull_response_from_wire, push_response_from_wire, to_wire)
from ..secret_store import KeyringSecretStore, SecretStore
from ..store import identifier_lease
from ..store.models import database_proxy
from . import incoming, outgoing, state
from .errors import AlreadyEnrolled, NotEnrolled, Refused, SyncError
from .transport import Transport, check_server_url

log = logging.getLogger(__name__)

PUSH_BATCH = 200
PULL_PAGE = 1000
MAX_APPLY_ATTEMPTS = 3


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    conflicts: list[str] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)
    # Identifier made here -> the account the guardian already had in another school.
    shared: dict[str, str] = field(default_factory=dict)
    snapshot: bool = False


def enroll(server: str, code: str, *, actor: Actor, ca_file: str | None = None,
           secrets: SecretStore | None = None, transport: Transport | None = None) -> state.Enrollment:
    """Enroll this workstation; `actor` is the administrator who does it (checked before the
    single-use code is spent, since enrolling decides which server the school's data goes to)."""
    from ..services import audit
    from ..services.staff import audit_refusal
    from ..store.models import StaffRole

    who = actor_identifier(actor)
    if actor.role != StaffRole.ADMIN:
        audit_refusal(actor, "role")
        raise SyncError(QT_TRANSLATE_NOOP(
            "StaffMessages", "L'inscription du poste auprès du serveur central est réservée aux administrateurs."))
    server = check_server_url(server)
    if state.enrollment() is not None:
        raise AlreadyEnrolled()
    secrets = secrets or KeyringSecretStore()
    if isinstance(secrets, KeyringSecretStore):
        secrets.ensure_available()  # before spending the single-use code
    t = transport or Transport(server, schema_version=outgoing.schema_version(), ca_file=ca_file)
    try:
        data = t.anonymous("POST", "/v1/enroll", to_wire(EnrollRequest(code=code.strip(),
                                                                       accepted_uais=incoming.own_schools())))
    finally:
        if transport is None:
            t.close()
    secrets.set(state.credential_name(data["workstation_id"]), data["credential"])
    e = state.Enrollment(server, data["workstation_id"], data["workstation_name"], data["establishment"]["uai"],
                         data["establishment"]["name"], ca_file)
    with database_proxy.atomic():
        state.save_enrollment(e)
        incoming.ensure_school(e.uai, e.establishment_name)  # the import then knows this school
        outgoing.baseline()  # what exists before enrollment travels as operations too
    # Its own transaction: the first audit action of one names its journal operation, and the
    # baseline's operations must keep theirs.
    with database_proxy.atomic():
        audit.record("sync.enrolled", actor=who, uai=e.uai, establishment=e.establishment_name)
    lease = transport_for(e, secrets)
    try:  # numbers for identifiers made offline; taken at the first sync if the server is gone already
        lease_numbers(lease)
    except SyncError as exc:
        log.info("sync: no identifier lease at enrollment (%s)", exc.message)
    finally:
        lease.close()
    return e


def transport_for(e: state.Enrollment, secrets: SecretStore | None = None, **options) -> Transport:
    secrets = secrets or KeyringSecretStore()

    def credential() -> tuple[str, str]:
        secret = secrets.get(state.credential_name(e.workstation_id))
        if not secret:
            raise SyncError(QT_TRANSLATE_NOOP(
                "StaffMessages", "L'identifiant secret du poste est absent du trousseau : inscrivez ce poste à nouveau."))
        return e.workstation_id, secret

    return Transport(e.server, schema_version=outgoing.schema_version(), ca_file=e.ca_file, credential=credential,
                     **options)


def push_all(t: Transport, e: state.Enrollment, report: SyncReport) -> None:
    outgoing.baseline()
    outgoing.number_pending(e.uai)
    while True:
        batch = outgoing.pending_batch(min(PUSH_BATCH, MAX_OPS_PER_PUSH))
        if not batch:
            return
        try:
            data = t.call("POST", "/v1/push", to_wire(PushRequest(operations=batch)))
        except Refused as exc:
            if exc.code == ERR_GAP and exc.expected_seq and exc.expected_seq > batch[0].seq:
                # The server already has these (our acknowledgement was lost): clear them, go on.
                outgoing.acknowledge(exc.expected_seq - 1, batch)
                continue
            raise
        response = push_response_from_wire(data)
        outgoing.acknowledge(response.acknowledged_through, batch)
        duplicates = sum(1 for r in response.results if r.status == "duplicate")
        report.sent += sum(1 for op in batch if op.seq <= response.acknowledged_through) - duplicates
        for r in response.results:
            report.conflicts.extend(r.conflicts)
            report.renamed.update(r.renamed)
            report.shared.update(r.shared)
        if response.acknowledged_through < batch[-1].seq:
            raise SyncError(QT_TRANSLATE_NOOP(
                "StaffMessages", "Le serveur n'a pas tout accusé : synchronisation à reprendre."))


def pull_all(t: Transport, e: state.Enrollment, report: SyncReport) -> None:
    cursor = state.int_value("cursor")
    rows: list[Row] = []
    while True:
        try:
            data = t.call("GET", "/v1/pull", params={"cursor": cursor, "limit": min(PULL_PAGE, MAX_ROWS_PER_PAGE)})
        except Refused as exc:
            if exc.code != ERR_CURSOR_TOO_OLD:
                raise
            log.info("sync: cursor %d too old, taking a new snapshot", cursor)
            cursor, rows, report.snapshot = 0, [], True
            continue
        page = pull_response_from_wire(data)
        rows.extend(page.rows)
        snapshot_start = state.int_value("cursor") == 0 or report.snapshot
        cursor = page.next_cursor
        if page.complete:
            break
    report.received += incoming.apply_rows(rows, e.uai, e.establishment_name, cursor, snapshot=snapshot_start)


def run(*, secrets: SecretStore | None = None, transport: Transport | None = None) -> SyncReport:
    e = state.enrollment()
    if e is None:
        raise NotEnrolled()
    t = transport or transport_for(e, secrets)
    report = SyncReport()
    try:
        if identifier_lease.leased_block() is None:
            lease_numbers(t)
        for _attempt in range(MAX_APPLY_ATTEMPTS):
            push_all(t, e, report)
            try:
                pull_all(t, e, report)
                break
            except incoming.LocalWorkPending:
                continue  # someone worked here meanwhile: push that too, then pull again
        else:
            raise SyncError(QT_TRANSLATE_NOOP(
                "StaffMessages", "Le poste travaille sans arrêt : la réception reprendra à la prochaine synchronisation."))
    finally:
        if transport is None:
            t.close()
    with database_proxy.atomic():
        state.put("last_success", utc_now().isoformat(timespec="seconds"))
    return report


@dataclass
class SyncStatus:
    enrollment: state.Enrollment | None
    last_success: datetime | None
    waiting: int
    cursor: int


def status() -> SyncStatus:
    last = state.get("last_success")
    return SyncStatus(state.enrollment(), datetime.fromisoformat(last) if last else None,
                      outgoing.waiting_count(), state.int_value("cursor"))


def lease_numbers(t: Transport) -> tuple[int, int]:
    """A block of identifier numbers for accounts made here, online or not (docs/sync.md)."""
    data = t.call("POST", "/v1/identifiers/lease")
    with database_proxy.atomic():
        identifier_lease.save_block(data["start"], data["size"])
    return data["start"], data["size"]
