"""The accounts table sorted in French order (the `fr` collation, `core.collation`).

The name indexes are rebuilt with `COLLATE fr`, so the secretariat's table walks an index
in French order instead of sorting 100,000 rows in Python. The collation is registered by
`store.database.open_database` on every connection before this runs.
"""

VERSION = 7

STATEMENTS = [
    'DROP INDEX IF EXISTS "account_kind_last_name"',
    'DROP INDEX IF EXISTS "account_last_name"',
    'CREATE INDEX "account_kind_name_fr" ON "account" '
    '("kind", "last_name" COLLATE fr, "first_name" COLLATE fr, "identifier")',
    'CREATE INDEX "account_name_fr" ON "account" ("last_name" COLLATE fr, "first_name" COLLATE fr, "identifier")',
]
