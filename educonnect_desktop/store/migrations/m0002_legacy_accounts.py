"""Legacy ATEN accounts for the transition journey; students who left the establishment."""

VERSION = 2

STATEMENTS = [
    """CREATE TABLE "legacy_account" ("id" INTEGER NOT NULL PRIMARY KEY,
        "login" VARCHAR(255) NOT NULL, "password_hash" VARCHAR(255) NOT NULL,
        "siecle_id" VARCHAR(255) NOT NULL, "used_at" DATETIME, "imported_at" DATETIME NOT NULL)""",
    'CREATE UNIQUE INDEX "legacy_account_login" ON "legacy_account" ("login")',
    'CREATE INDEX "legacy_account_siecle_id" ON "legacy_account" ("siecle_id")',
    'ALTER TABLE "account" ADD COLUMN "left_at" DATE',
]
