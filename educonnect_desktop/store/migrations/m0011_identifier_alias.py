"""An identifier the central server renamed (a clash between workstations) stays accepted at
login until the letter that carried it expires."""

VERSION = 11

STATEMENTS = [
    """CREATE TABLE "identifier_alias" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "old_identifier" VARCHAR(255) NOT NULL UNIQUE,
        "account_id" INTEGER NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
        "valid_until" DATETIME NOT NULL)""",
    'CREATE INDEX "identifier_alias_account_id" ON "identifier_alias" ("account_id")',
]
