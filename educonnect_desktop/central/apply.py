"""Replaying pushed operations on the server: idempotent, scoped, ruled per field.

One push = one PostgreSQL transaction that records every `(workstation, seq)` it applies together
with the effects, so a replayed batch is acknowledged without effect. The establishment's row is
locked for the whole transaction: its `change_counter` hands out row versions, which therefore
commit in increasing order per establishment; this is what lets the pull cursor never skip.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg.types.json import Jsonb

from ..core.identifiers import identifier_stem, make_identifier, normalize_identifier
from ..core.sync_merge import AUTO, OPEN, FieldConflict, merge_fields
from ..protocol import (ACCOUNT, DELETE, FIELDS, FORBIDDEN_FIELDS, INSERT, LINK, UPDATE, WEB_LINK, Change,
                        Operation, OperationResult, PushResponse)
from . import link_rules, sharing

# Values never copied into the conflicts list (it is read by people, and exported).
MASKED_FIELDS = frozenset({"password_hash"})
LEGAL_LEVELS = (1, 2)


class SequenceGap(Exception):
    def __init__(self, expected: int) -> None:
        super().__init__(expected)
        self.expected = expected


class InvalidBatch(Exception):
    pass


@dataclass
class Workstation:
    id: object
    name: str
    establishment_id: int
    uai: str


class Feed:
    """Establishments' version counters, each locked until the transaction ends.

    The writer's own establishment is locked at once; another one (a guardian shared with another
    school, central/sharing.py) when a version of it is first needed. Two pushes locking two
    schools in opposite orders are a deadlock PostgreSQL breaks by failing one, which the push
    endpoint replays (idempotent)."""

    def __init__(self, conn: psycopg.Connection, establishment_id: int) -> None:
        self.conn, self.establishment_id = conn, establishment_id
        self.counters: dict[int, int] = {}
        self.starts: dict[int, int] = {}
        self._lock(establishment_id)

    def _lock(self, establishment_id: int) -> None:
        counter = self.conn.execute("SELECT change_counter FROM establishment WHERE id = %s FOR UPDATE",
                                    (establishment_id,)).fetchone()["change_counter"]
        self.counters[establishment_id] = self.starts[establishment_id] = counter

    def next(self, establishment_id: int | None = None) -> int:
        est = self.establishment_id if establishment_id is None else establishment_id
        if est not in self.counters:
            self._lock(est)
        self.counters[est] += 1
        return self.counters[est]

    def flush(self) -> None:
        for est, counter in self.counters.items():
            if counter != self.starts[est]:
                self.conn.execute("UPDATE establishment SET change_counter = %s WHERE id = %s", (counter, est))
                self.starts[est] = counter


class _Batch:
    """What one push reads once for all its operations: the accounts it touches (locked), the
    identifiers it wants; and the account INSERTs it defers to a single `executemany`."""

    def __init__(self, conn, operations: list[Operation], establishment_id: int) -> None:
        self.conn = conn
        mentioned = list({uuid for op in operations for c in op.changes for uuid in _account_uuids(c)})
        # Guardians this school made that the server merged into another school's account.
        self.merged = sharing.merged_uuids(conn, establishment_id, mentioned)
        uuids = list({self.merged.get(c.uuid, c.uuid) for op in operations for c in op.changes if c.entity == ACCOUNT})
        self.accounts = {r["uuid"]: r for r in conn.execute(
            "SELECT * FROM account WHERE uuid = ANY(%s) FOR UPDATE", (uuids,)).fetchall()} if uuids else {}
        self.seen_here = sharing.visible_here(conn, establishment_id, [
            u for u, r in self.accounts.items() if r["establishment_id"] != establishment_id])
        new_guardians = [c.fields for op in operations for c in op.changes if c.entity == ACCOUNT
                         and c.action == INSERT and c.uuid not in self.accounts and c.uuid not in self.merged
                         and c.fields.get("kind") == "guardian"]
        self.elsewhere = sharing.candidates(conn, establishment_id, new_guardians) if new_guardians else []
        wanted = list({normalize_identifier(str(c.fields["identifier"])) for op in operations for c in op.changes
                       if c.entity == ACCOUNT and c.action == INSERT and isinstance(c.fields.get("identifier"), str)})
        self.taken = {r["identifier"] for r in conn.execute(
            "SELECT identifier FROM account WHERE identifier = ANY(%(w)s) UNION "
            "SELECT old_identifier FROM identifier_alias WHERE old_identifier = ANY(%(w)s)", {"w": wanted}
        ).fetchall()} if wanted else set()
        self.inserts: list[tuple] = []

    def flush(self) -> None:
        if self.inserts:
            copy_rows(self.conn, "account (uuid, establishment_id, identifier, fields, field_versions, version, "
                      "created_by)", self.inserts)
            self.inserts = []


def copy_rows(conn, table_and_columns: str, rows: list[tuple]) -> None:
    """Plain inserts of many rows in one COPY: a push's new accounts and its idempotency records
    are most of its writes, and COPY costs a fraction of one INSERT per row (bench/bench_sync.py)."""
    with conn.cursor() as cur, cur.copy(f"COPY {table_and_columns} FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


class _Op:
    """The effects of one operation, with what it recorded."""

    def __init__(self, conn, feed: Feed, ws: Workstation, op: Operation, batch: _Batch) -> None:
        self.conn, self.feed, self.ws, self.op, self.batch = conn, feed, ws, op, batch
        self.result = OperationResult(seq=op.seq, status="applied")

    def conflict(self, entity: str, uuid: str, rule: str, status: str, *, field: str | None = None,
                 server_value=None, incoming_value=None) -> None:
        if field in MASKED_FIELDS:
            server_value = incoming_value = None
        self.batch.flush()
        self.conn.execute(
            """INSERT INTO sync_conflict (establishment_id, workstation_id, seq, entity, entity_uuid, field,
               server_value, incoming_value, rule, status) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)""",
            (self.ws.establishment_id, self.ws.id, self.op.seq, entity, uuid, field,
             Jsonb(server_value), Jsonb(incoming_value), rule, status))
        self.result.conflicts.append(f"{entity} {field or ''} : {rule}".replace("  ", " "))
        if status == OPEN:
            self.result.status = "conflict"

    def refuse(self, change: Change, why: str) -> None:
        """An operation the server cannot apply: kept in the conflicts list for a person, never lost."""
        shown = {k: v for k, v in change.fields.items() if k not in MASKED_FIELDS}
        self.conflict(change.entity, change.uuid, f"opération refusée : {why}", OPEN,
                      incoming_value={"action": change.action, "fields": shown})

    def run(self) -> None:
        for change in self.op.changes:
            change = _translated(change, self.batch.merged)
            problem = _shape_problem(change)
            if problem:
                self.refuse(change, problem)
            elif change.entity == ACCOUNT:
                self.account(change)
            elif change.entity == WEB_LINK:
                self.batch.flush()  # a link refers to its account: it must be written first
                link_rules.apply_change(self, change)
            else:
                self.batch.flush()  # a link refers to accounts: they must be written first
                self.link(change)

    # -- accounts ---------------------------------------------------------------------------
    def _row(self, table: str, uuid: str):
        return self.conn.execute(f"SELECT * FROM {table} WHERE uuid = %s FOR UPDATE", (uuid,)).fetchone()

    def account(self, change: Change) -> None:
        row = self.batch.accounts.get(change.uuid)
        here = self.ws.establishment_id
        guest = row is not None and row["establishment_id"] != here  # seen here through a view
        if guest and change.uuid not in self.batch.seen_here:
            if _left_view(self.conn, change.uuid, here):
                row = {**row, "deleted": True}
            else:
                self.refuse(change, "ce compte appartient à un autre établissement")
                return
        if row is not None and row["deleted"]:
            if change.action != DELETE:  # changed offline after the erasure: nothing comes back
                self.conflict(ACCOUNT, change.uuid, "compte effacé entre-temps (droit à l'effacement ou durée "
                              "de conservation) : l'effacement l'emporte", AUTO)
            return
        if change.action == DELETE:
            if row is None:  # it never reached the server: nothing to erase
                return
            self.batch.flush()
            if guest:
                sharing.leave(self.conn, self.feed, row, here)
                self.batch.seen_here.discard(change.uuid)
                self.audit("account.share_ended", row["identifier"])
            elif (others := sharing.live_views(self.conn, row["uuid"])):
                sharing.move_home(self.conn, self.feed, row, others[0])  # other schools still need it
                self.audit("account.home_moved", row["identifier"], to_establishment=others[0])
            else:
                self.erase_account(row)
            return
        if row is None:
            if change.action != INSERT or not change.fields.get("identifier"):
                self.refuse(change, "compte inconnu du serveur")
                return
            existing = sharing.match(self.batch.elsewhere, change.fields) if change.fields.get("kind") == "guardian" \
                else None
            if existing is not None:
                self.join_shared(change, existing)
            else:
                self.insert_account(change)
            return
        self.batch.flush()
        if guest:  # what the other school's import wrote about itself stays its own
            change = Change(ACCOUNT, change.uuid, change.action, change.base_version,
                            {k: v for k, v in change.fields.items() if k not in sharing.SCHOOL_FIELDS})
        self.merge(ACCOUNT, row, change)

    def join_shared(self, change: Change, account) -> None:
        """A new guardian of this school is one the server has in another school: one account."""
        self.batch.flush()
        here = self.ws.establishment_id
        sharing.share(self.conn, self.feed, account, here, change.uuid)
        wanted = normalize_identifier(str(change.fields["identifier"]))
        if wanted != account["identifier"]:  # the letter printed here names it: never given to anyone else
            self.conn.execute("INSERT INTO identifier_alias (old_identifier, account_uuid) VALUES (%s, %s) "
                              "ON CONFLICT DO NOTHING", (wanted, account["uuid"]))
            self.batch.taken.add(wanted)
        self.batch.merged[change.uuid] = account["uuid"]
        self.batch.accounts[account["uuid"]] = account
        self.batch.seen_here.add(account["uuid"])
        self.batch.elsewhere = [r for r in self.batch.elsewhere if r["uuid"] != account["uuid"]]
        fill = sharing.fill_from(account, change.fields)
        if fill:
            self.merge(ACCOUNT, account, Change(ACCOUNT, account["uuid"], UPDATE, account["version"], fill))
        else:
            sharing.touch_views(self.conn, self.feed, account)  # this school's first version of it
        self.conflict(ACCOUNT, account["uuid"], sharing.SHARED_RULE, AUTO, field="identifier",
                      server_value=account["identifier"], incoming_value=wanted)
        self.result.shared[wanted] = account["identifier"]
        # Who made another school's family visible here, and from which workstation: an auditor's question.
        self.audit("account.shared", account["identifier"], identifier_made_here=wanted,
                   home_establishment=account["establishment_id"])

    def audit(self, action: str, target: str, **details) -> None:
        self.conn.execute("INSERT INTO server_audit (actor, action, target, details) VALUES (%s, %s, %s, %s)",
                          (self.op.actor, action, target, Jsonb({"workstation": self.ws.name, "seq": self.op.seq,
                                                                 "establishment": self.ws.uai, **details})))

    def insert_account(self, change: Change) -> None:
        fields = dict(change.fields)
        wanted = normalize_identifier(str(fields["identifier"]))
        identifier = wanted
        if wanted in self.batch.taken:
            self.batch.flush()
            identifier = _free_identifier(self.conn, fields, self.ws.id)
            self.result.renamed[wanted] = identifier
            self.conflict(ACCOUNT, change.uuid, "identifiant déjà pris sur un autre poste : compte renommé, "
                          "lettre à réimprimer (l'ancien identifiant reste accepté jusqu'à l'expiration de la lettre)",
                          AUTO, field="identifier", server_value=identifier, incoming_value=wanted)
        fields["identifier"] = identifier
        version = self.feed.next()
        # No field version yet: a field unchanged since creation can never be concurrent (whoever
        # has the row saw its creation), so an empty map means the same as "all at `version`".
        versions: dict[str, int] = {}
        self.batch.inserts.append((change.uuid, self.ws.establishment_id, identifier, Jsonb(fields), Jsonb(versions),
                                   version, self.ws.id))
        self.batch.taken.add(identifier)
        # A later change of this batch to the same account finds it (and merges on top of it).
        self.batch.accounts[change.uuid] = {"uuid": change.uuid, "establishment_id": self.ws.establishment_id,
                                            "identifier": identifier, "fields": fields, "field_versions": versions,
                                            "version": version, "deleted": False}
        if identifier != wanted:
            self.batch.flush()
            self.conn.execute("INSERT INTO identifier_alias (old_identifier, account_uuid) VALUES (%s, %s) "
                              "ON CONFLICT DO NOTHING", (wanted, change.uuid))

    def erase_account(self, row) -> None:
        """Right to erasure, decided at a workstation of the account's own establishment: the row
        becomes a tombstone (uuid, version), its links are removed, and nothing the server keeps
        beside it names the person any more (aliases, values in the conflicts list)."""
        self.batch.flush()
        uuid = row["uuid"]
        version = self.feed.next()
        self.conn.execute("UPDATE account SET deleted = true, identifier = %s, fields = '{}', field_versions = '{}', "
                          "version = %s WHERE uuid = %s", (f"~effacé-{uuid}", version, uuid))
        for link in self.conn.execute("SELECT uuid FROM guardian_link WHERE (guardian_uuid = %(u)s OR "
                                      "student_uuid = %(u)s) AND NOT deleted FOR UPDATE", {"u": uuid}).fetchall():
            self.conn.execute("UPDATE guardian_link SET deleted = true, fields = '{}', version = %s WHERE uuid = %s",
                              (self.feed.next(), link["uuid"]))
        self.conn.execute("DELETE FROM identifier_alias WHERE account_uuid = %s", (uuid,))
        self.conn.execute("DELETE FROM account_merge WHERE account_uuid = %s", (uuid,))
        self.conn.execute("DELETE FROM web_link WHERE account_uuid = %s", (uuid,))  # they hold an address
        self.conn.execute("UPDATE sync_conflict SET server_value = NULL, incoming_value = NULL WHERE entity_uuid = %s",
                          (uuid,))
        row.update(deleted=True, identifier=f"~effacé-{uuid}", fields={}, field_versions={}, version=version)

    # -- links ------------------------------------------------------------------------------
    def link(self, change: Change) -> None:
        row = self._row("guardian_link", change.uuid)
        fields = dict(change.fields)
        if row is None and change.action == INSERT:
            guardian, student = fields.get("guardian"), fields.get("student")
            owners = self.conn.execute(
                "SELECT uuid, fields->>'kind' AS kind FROM account a WHERE uuid IN (%(g)s, %(s)s) AND NOT deleted "
                "AND (establishment_id = %(e)s OR EXISTS (SELECT 1 FROM account_view v WHERE v.account_uuid = a.uuid "
                "AND v.establishment_id = %(e)s AND NOT v.deleted))",
                {"g": guardian, "s": student, "e": self.ws.establishment_id}).fetchall()
            kinds = {r["uuid"]: r["kind"] for r in owners}
            if kinds.get(guardian) != "guardian" or kinds.get(student) != "student":
                self.refuse(change, "le lien relie des comptes inconnus de cet établissement")
                return
            same_pair = self.conn.execute(
                "SELECT * FROM guardian_link WHERE guardian_uuid = %s AND student_uuid = %s AND NOT deleted FOR UPDATE",
                (guardian, student)).fetchone()
            if same_pair is not None:  # the same link made on two workstations: one link
                self.merge(LINK, same_pair, Change(LINK, same_pair["uuid"], UPDATE, same_pair["version"], fields))
                return
            self.insert_link(change.uuid, fields)
            return
        if row is None and isinstance(fields.get("guardian"), str) and isinstance(fields.get("student"), str):
            # Made on this workstation, merged by the server into the same pair's link before it pulled.
            row = self.conn.execute(
                "SELECT * FROM guardian_link WHERE guardian_uuid = %s AND student_uuid = %s AND NOT deleted "
                "AND establishment_id = %s FOR UPDATE",
                (fields["guardian"], fields["student"], self.ws.establishment_id)).fetchone()
            if row is not None:
                change = Change(LINK, row["uuid"], change.action, change.base_version, fields)
        if row is None or row["establishment_id"] != self.ws.establishment_id:
            if change.action == DELETE and row is None:
                return  # removing what never reached the server: nothing to do
            self.refuse(change, "lien inconnu de cet établissement")
            return
        if row["deleted"]:
            if change.action != DELETE:
                self.conflict(LINK, change.uuid, "lien supprimé entre-temps : la suppression l'emporte", AUTO,
                              incoming_value={k: v for k, v in fields.items() if k not in ("guardian", "student")})
            return
        if change.action == DELETE:
            self.conn.execute("UPDATE guardian_link SET deleted = true, version = %s WHERE uuid = %s",
                              (self.feed.next(), change.uuid))
            return
        self.merge(LINK, row, change)

    def _legal_level_allowed(self, student: str, exclude: str | None) -> bool:
        count = self.conn.execute(
            """SELECT count(*) AS n FROM guardian_link WHERE student_uuid = %s AND NOT deleted AND uuid <> %s
               AND (fields->>'legal_level')::int IN (1, 2)""", (student, exclude or "")).fetchone()["n"]
        return count < 2

    def insert_link(self, uuid: str, fields: dict) -> None:
        if fields.get("legal_level") in LEGAL_LEVELS and not self._legal_level_allowed(fields["student"], None):
            self.conflict(LINK, uuid, "plus de deux responsables légaux : lien gardé comme autre contact, "
                          "à corriger par une personne", OPEN, field="legal_level", server_value=0,
                          incoming_value=fields["legal_level"])
            fields["legal_level"] = 0
        version = self.feed.next()
        self.conn.execute(
            """INSERT INTO guardian_link (uuid, establishment_id, guardian_uuid, student_uuid, fields, field_versions,
               version) VALUES (%s, %s, %s, %s, %s, '{}', %s)""",
            (uuid, self.ws.establishment_id, fields["guardian"], fields["student"], Jsonb(fields), version))

    # -- both -------------------------------------------------------------------------------
    def merge(self, entity: str, row, change: Change) -> None:
        incoming = {k: v for k, v in change.fields.items() if k not in ("identifier", "guardian", "student")}
        write, conflicts = merge_fields(row["fields"], row["field_versions"], change.base_version, incoming)
        if entity == LINK and write.get("legal_level") in LEGAL_LEVELS \
                and not self._legal_level_allowed(row["student_uuid"], row["uuid"]):
            self.conflict(LINK, row["uuid"], "plus de deux responsables légaux : niveau inchangé, à corriger "
                          "par une personne", OPEN, field="legal_level",
                          server_value=row["fields"].get("legal_level"), incoming_value=write.pop("legal_level"))
        for c in conflicts:
            self._record(entity, row["uuid"], c)
        if write:
            version = write_row(self.conn, entity, row, write, self.feed)
            if entity == ACCOUNT:
                link_rules.kill_links_made_pointless(self.conn, row["uuid"], row["fields"], write)
            # The batch's cached row stays the truth for a later change of the same batch.
            row["fields"] = {**row["fields"], **write}
            row["field_versions"] = {**row["field_versions"], **{k: version for k in write}}
            row["version"] = version

    def _record(self, entity: str, uuid: str, c: FieldConflict) -> None:
        self.conflict(entity, uuid, c.rule, c.status, field=c.field, server_value=c.server_value,
                      incoming_value=c.incoming_value)


def write_row(conn, entity: str, row, write: dict, feed: Feed) -> int:
    """A new version of the row, from its own establishment's counter (an account shared with
    other schools also gets a new version of each school's view of it). Returns the version."""
    table = "account" if entity == ACCOUNT else "guardian_link"
    version = feed.next(row["establishment_id"])
    versions = {k: version for k in write}
    conn.execute(f"UPDATE {table} SET fields = fields || %s, field_versions = field_versions || %s, version = %s "
                 "WHERE uuid = %s", (Jsonb(write), Jsonb(versions), version, row["uuid"]))
    if entity == ACCOUNT:
        sharing.touch_views(conn, feed, row)
    return version


def set_fields(conn, establishment_id: int, entity: str, uuid: str, write: dict) -> None:
    """A server-side change (a conflict resolved by a person): a new version like any other."""
    table = "account" if entity == ACCOUNT else "guardian_link"
    row = conn.execute(f"SELECT * FROM {table} WHERE uuid = %s FOR UPDATE", (uuid,)).fetchone()
    if row is None:
        return
    feed = Feed(conn, establishment_id)
    write_row(conn, entity, row, write, feed)
    feed.flush()


def _account_uuids(change: Change) -> list[str]:
    if change.entity == ACCOUNT:
        return [change.uuid]
    names = ("guardian", "student") if change.entity == LINK else ("account",) if change.entity == WEB_LINK else ()
    return [change.fields[n] for n in names if isinstance(change.fields.get(n), str)]


def _translated(change: Change, merged: dict[str, str]) -> Change:
    """A change naming a guardian merged into another school's account names that account."""
    if not merged:
        return change
    if change.entity == ACCOUNT:
        return Change(ACCOUNT, merged[change.uuid], change.action, change.base_version, change.fields) \
            if change.uuid in merged else change
    names = ("guardian", "student") if change.entity == LINK else ("account",) if change.entity == WEB_LINK else ()
    if not any(change.fields.get(n) in merged for n in names):
        return change
    fields = {k: (merged.get(v, v) if k in names and isinstance(v, str) else v) for k, v in change.fields.items()}
    return Change(change.entity, change.uuid, change.action, change.base_version, fields)


def _left_view(conn, account_uuid: str, establishment_id: int) -> bool:
    """The school saw this account and erased it meanwhile (the account lives on elsewhere)."""
    return conn.execute("SELECT 1 FROM account_view WHERE account_uuid = %s AND establishment_id = %s AND deleted",
                        (account_uuid, establishment_id)).fetchone() is not None


def _shape_problem(change: Change) -> str | None:
    if change.entity not in FIELDS:
        return f"type de donnée inconnu « {change.entity[:40]} »"
    if change.action not in (INSERT, UPDATE, DELETE):
        return f"action inconnue « {change.action[:40]} »"
    unknown = set(change.fields) - set(FIELDS[change.entity])
    if unknown & FORBIDDEN_FIELDS:
        return "champ secret refusé"
    if unknown:
        return f"champs inconnus : {', '.join(sorted(unknown))[:200]}"
    if change.entity == ACCOUNT and change.action == INSERT:
        for name in ("kind", "identifier", "first_name", "last_name"):
            if not isinstance(change.fields.get(name), str) or not change.fields.get(name):
                return f"champ « {name} » manquant"
    if change.entity == LINK and change.action == INSERT:
        if not isinstance(change.fields.get("guardian"), str) or not isinstance(change.fields.get("student"), str):
            return "lien sans ses deux comptes"
        if change.fields.get("legal_level") not in (0, 1, 2):
            return "niveau de responsabilité invalide"
    return None


def _free_identifier(conn, fields: dict, workstation_id) -> str:
    """The smallest free `p.nom<n>` outside the numbers leased to other workstations."""
    first, last = str(fields.get("first_name") or ""), str(fields.get("usage_name") or fields.get("last_name") or "")
    stem = identifier_stem(first, last)
    taken = {r["identifier"] for r in conn.execute(
        "SELECT identifier FROM account WHERE identifier LIKE %s UNION SELECT old_identifier FROM identifier_alias "
        "WHERE old_identifier LIKE %s", (stem + "%", stem + "%")).fetchall()}
    leases = conn.execute("SELECT start, size FROM number_lease WHERE workstation_id <> %s",
                          (workstation_id,)).fetchall()

    def unusable(candidate: str) -> bool:
        if candidate in taken:
            return True
        digits = candidate[len(candidate.rstrip("0123456789")):]
        n = int(digits) if digits else 0
        return any(lease["start"] <= n < lease["start"] + lease["size"] for lease in leases)

    return make_identifier(first, last, unusable)


def push(conn: psycopg.Connection, ws: Workstation, operations: list[Operation]) -> PushResponse:
    """Apply a batch of operations in one transaction (see the module's docstring)."""
    operations = sorted(operations, key=lambda o: o.seq)
    for a, b in zip(operations, operations[1:]):
        if b.seq != a.seq + 1:
            raise InvalidBatch("les numéros d'opération d'un envoi doivent se suivre")
    with conn.transaction():
        last = conn.execute("SELECT last_seq FROM workstation WHERE id = %s FOR UPDATE",
                            (ws.id,)).fetchone()["last_seq"]
        if not operations:
            return PushResponse(acknowledged_through=last)
        if operations[0].seq > last + 1:
            raise SequenceGap(last + 1)
        feed = Feed(conn, ws.establishment_id)
        fresh = [op for op in operations if op.seq > last]
        batch = _Batch(conn, fresh, ws.establishment_id)
        results, records = [], []
        for op in operations:
            if op.seq <= last:
                results.append(OperationResult(seq=op.seq, status="duplicate"))
                continue
            applied = _Op(conn, feed, ws, op, batch)
            applied.run()
            records.append((ws.id, op.seq, op.name[:100], (op.actor or None) and op.actor[:100], op.app_version[:40],
                            op.schema_version, applied.result.status))
            results.append(applied.result)
        batch.flush()
        if records:  # (workstation, seq) recorded in the transaction of the effects
            copy_rows(conn, "applied_operation (workstation_id, seq, name, actor, app_version, schema_version, status)",
                      records)
        feed.flush()
        through = max(last, operations[-1].seq)
        conn.execute("UPDATE workstation SET last_seq = %s, last_seen_at = now(), app_version = %s, "
                     "schema_version = %s WHERE id = %s",
                     (through, operations[-1].app_version[:40], operations[-1].schema_version, ws.id))
    # Plain successes are implied by `acknowledged_through`: only what needs telling travels back.
    notable = [r for r in results if r.status != "applied" or r.conflicts or r.renamed]
    return PushResponse(acknowledged_through=through, results=notable)
