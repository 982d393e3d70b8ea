"""Numbered schema steps of the central PostgreSQL database (plain SQL, never edited once shipped).

Each step runs in one transaction with its row in `schema_version`. Plain SQL rather than an ORM:
the server's hot paths are row locks (`SELECT ... FOR UPDATE`), `ON CONFLICT` and JSONB, which
read best as the SQL they are (docs/sync.md, "Why plain SQL").
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, tuple[str, ...]]] = [
    (1, "initial", (
        """CREATE TABLE establishment (
            id BIGSERIAL PRIMARY KEY,
            uai TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            -- The change counter: every row change of this establishment takes the next value
            -- while holding this row's lock, so versions commit in order (the pull cursor).
            change_counter BIGINT NOT NULL DEFAULT 0,
            -- Tombstones at or below this version may have been pruned: an older cursor re-snapshots.
            retained_from BIGINT NOT NULL DEFAULT 0,
            created_at TIMESTAMPTZ NOT NULL DEFAULT now())""",
        """CREATE TABLE workstation (
            id UUID PRIMARY KEY,
            establishment_id BIGINT NOT NULL REFERENCES establishment(id),
            name TEXT NOT NULL UNIQUE,
            credential_hash TEXT,
            enrolled_at TIMESTAMPTZ,
            revoked_at TIMESTAMPTZ,
            last_seq BIGINT NOT NULL DEFAULT 0,
            last_seen_at TIMESTAMPTZ,
            app_version TEXT,
            schema_version INTEGER,
            created_at TIMESTAMPTZ NOT NULL DEFAULT now())""",
        """CREATE TABLE enrollment_code (
            code_hash TEXT PRIMARY KEY,
            workstation_id UUID NOT NULL REFERENCES workstation(id) ON DELETE CASCADE,
            expires_at TIMESTAMPTZ NOT NULL,
            used_at TIMESTAMPTZ)""",
        """CREATE TABLE access_token (
            token_hash TEXT PRIMARY KEY,
            workstation_id UUID NOT NULL REFERENCES workstation(id) ON DELETE CASCADE,
            expires_at TIMESTAMPTZ NOT NULL)""",
        "CREATE INDEX access_token_expiry ON access_token (expires_at)",
        """CREATE TABLE account (
            uuid TEXT PRIMARY KEY,
            establishment_id BIGINT NOT NULL REFERENCES establishment(id),
            identifier TEXT NOT NULL UNIQUE,
            fields JSONB NOT NULL,
            field_versions JSONB NOT NULL DEFAULT '{}',
            version BIGINT NOT NULL,
            created_by UUID REFERENCES workstation(id))""",
        "CREATE INDEX account_feed ON account (establishment_id, version)",
        """CREATE TABLE guardian_link (
            uuid TEXT PRIMARY KEY,
            establishment_id BIGINT NOT NULL REFERENCES establishment(id),
            guardian_uuid TEXT NOT NULL REFERENCES account(uuid),
            student_uuid TEXT NOT NULL REFERENCES account(uuid),
            fields JSONB NOT NULL,
            field_versions JSONB NOT NULL DEFAULT '{}',
            version BIGINT NOT NULL,
            deleted BOOLEAN NOT NULL DEFAULT false)""",
        "CREATE INDEX guardian_link_feed ON guardian_link (establishment_id, version)",
        """CREATE UNIQUE INDEX guardian_link_pair ON guardian_link (guardian_uuid, student_uuid)
            WHERE NOT deleted""",
        """CREATE TABLE applied_operation (
            workstation_id UUID NOT NULL REFERENCES workstation(id),
            seq BIGINT NOT NULL,
            name TEXT NOT NULL,
            actor TEXT,
            app_version TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            status TEXT NOT NULL,
            received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            PRIMARY KEY (workstation_id, seq))""",
        """CREATE TABLE sync_conflict (
            id BIGSERIAL PRIMARY KEY,
            establishment_id BIGINT NOT NULL REFERENCES establishment(id),
            workstation_id UUID REFERENCES workstation(id),
            seq BIGINT,
            entity TEXT NOT NULL,
            entity_uuid TEXT NOT NULL,
            field TEXT,
            server_value JSONB,
            incoming_value JSONB,
            rule TEXT NOT NULL,
            status TEXT NOT NULL,  -- open / auto / resolved
            created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            resolved_at TIMESTAMPTZ,
            resolved_by TEXT,
            resolution TEXT)""",
        "CREATE INDEX sync_conflict_open ON sync_conflict (establishment_id, status)",
        """CREATE TABLE number_lease (
            start BIGINT PRIMARY KEY,
            size INTEGER NOT NULL,
            workstation_id UUID NOT NULL REFERENCES workstation(id),
            leased_at TIMESTAMPTZ NOT NULL DEFAULT now())""",
        """CREATE TABLE identifier_alias (
            old_identifier TEXT PRIMARY KEY,
            account_uuid TEXT NOT NULL REFERENCES account(uuid),
            created_at TIMESTAMPTZ NOT NULL DEFAULT now())""",
        """CREATE TABLE server_audit (
            id BIGSERIAL PRIMARY KEY,
            at TIMESTAMPTZ NOT NULL DEFAULT now(),
            actor TEXT,
            action TEXT NOT NULL,
            target TEXT,
            details JSONB)""",
    )),
    (2, "account erasure", (
        # An erased account (right to erasure, retention) stays as a tombstone: its uuid and a
        # version for the workstations to pull, nothing that names the person.
        "ALTER TABLE account ADD COLUMN deleted BOOLEAN NOT NULL DEFAULT false",
        # The pull sends each account's former identifiers with it (accepted at login).
        "CREATE INDEX identifier_alias_account ON identifier_alias (account_uuid)",
    )),
    (3, "web links", (
        # A link e-mailed by a workstation to a family: only the token's SHA-256 is known here.
        """CREATE TABLE web_link (
            token_hash TEXT PRIMARY KEY,
            establishment_id BIGINT NOT NULL REFERENCES establishment(id),
            workstation_id UUID REFERENCES workstation(id),
            account_uuid TEXT NOT NULL REFERENCES account(uuid),
            purpose TEXT NOT NULL,
            address TEXT,
            expires_at TIMESTAMPTZ NOT NULL,
            used_at TIMESTAMPTZ,
            created_at TIMESTAMPTZ NOT NULL DEFAULT now())""",
        "CREATE INDEX web_link_account ON web_link (account_uuid, purpose) WHERE used_at IS NULL",
        # Counters of the pages' throttles (per IP, per link), shared by every server process.
        """CREATE TABLE web_throttle (
            key TEXT PRIMARY KEY,
            window_start TIMESTAMPTZ NOT NULL,
            hits INTEGER NOT NULL)""",
        # Server-wide secrets (the key of the forms' anti-CSRF tokens), made once at first start.
        """CREATE TABLE server_secret (
            name TEXT PRIMARY KEY,
            value BYTEA NOT NULL)""",
    )),
    (4, "guardians shared by schools", (
        # A guardian with children in two schools is one account (central/sharing.py): it lives in
        # its home establishment's feed (account.version, that school's counter) and is seen by
        # each other school through a view whose version comes from that school's counter, so
        # every school's cursor stays gap-free. `deleted`: the school no longer sees it.
        "ALTER TABLE account ADD COLUMN shared BOOLEAN NOT NULL DEFAULT false",
        """CREATE TABLE account_view (
            account_uuid TEXT NOT NULL REFERENCES account(uuid),
            establishment_id BIGINT NOT NULL REFERENCES establishment(id),
            version BIGINT NOT NULL,
            deleted BOOLEAN NOT NULL DEFAULT false,
            PRIMARY KEY (account_uuid, establishment_id))""",
        "CREATE INDEX account_view_feed ON account_view (establishment_id, version)",
        # The account a school's workstation made for a guardian the server recognised as one
        # it already had: that school's later changes to it land on the shared account.
        """CREATE TABLE account_merge (
            merged_uuid TEXT PRIMARY KEY,
            account_uuid TEXT NOT NULL REFERENCES account(uuid),
            establishment_id BIGINT NOT NULL REFERENCES establishment(id),
            created_at TIMESTAMPTZ NOT NULL DEFAULT now())""",
        "CREATE INDEX account_merge_account ON account_merge (account_uuid, establishment_id)",
        # The identity match reads guardians by mobile or address.
        """CREATE INDEX account_guardian_mobile ON account ((fields->>'mobile'))
            WHERE fields->>'kind' = 'guardian' AND NOT deleted""",
        """CREATE INDEX account_guardian_email ON account (lower(fields->>'email'))
            WHERE fields->>'kind' = 'guardian' AND NOT deleted""",
    )),
]


def head() -> int:
    return MIGRATIONS[-1][0]
