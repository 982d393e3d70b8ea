"""Sync: each journal entry knows its operation (one service call), its name, actor and sequence
number once sent; `sync_shadow` remembers the server version of each synced row."""

VERSION = 8

STATEMENTS = [
    'ALTER TABLE "journal_entry" ADD COLUMN "op_key" VARCHAR(255)',
    'ALTER TABLE "journal_entry" ADD COLUMN "op_name" VARCHAR(255)',
    'ALTER TABLE "journal_entry" ADD COLUMN "op_actor" VARCHAR(255)',
    'ALTER TABLE "journal_entry" ADD COLUMN "sync_seq" INTEGER',
    'CREATE INDEX "journal_entry_sync_seq" ON "journal_entry" ("sync_seq")',
    """CREATE TABLE "sync_shadow" ("entity" VARCHAR(255) NOT NULL, "uuid" VARCHAR(255) NOT NULL,
        "version" INTEGER NOT NULL, "password_hash" VARCHAR(255), PRIMARY KEY ("entity", "uuid"))""",
]
