"""Full-text search over accounts (names and identifier), kept in step by triggers.

`remove_diacritics 2` lets "lefevre" find "Lefèvre"; the identifier splits on "."
so "dupont" finds "j.dupont1". The secretariat's table stays instant at 100,000 accounts.
"""

VERSION = 5

STATEMENTS = [
    """CREATE VIRTUAL TABLE "account_fts" USING fts5(
        identifier, first_name, last_name, usage_name,
        content='account', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2 tokenchars '-'")""",
    """CREATE TRIGGER "account_fts_insert" AFTER INSERT ON "account" BEGIN
        INSERT INTO account_fts(rowid, identifier, first_name, last_name, usage_name)
        VALUES (new.id, new.identifier, new.first_name, new.last_name, new.usage_name);
    END""",
    """CREATE TRIGGER "account_fts_delete" AFTER DELETE ON "account" BEGIN
        INSERT INTO account_fts(account_fts, rowid, identifier, first_name, last_name, usage_name)
        VALUES ('delete', old.id, old.identifier, old.first_name, old.last_name, old.usage_name);
    END""",
    """CREATE TRIGGER "account_fts_update" AFTER UPDATE OF identifier, first_name, last_name, usage_name
        ON "account" BEGIN
        INSERT INTO account_fts(account_fts, rowid, identifier, first_name, last_name, usage_name)
        VALUES ('delete', old.id, old.identifier, old.first_name, old.last_name, old.usage_name);
        INSERT INTO account_fts(rowid, identifier, first_name, last_name, usage_name)
        VALUES (new.id, new.identifier, new.first_name, new.last_name, new.usage_name);
    END""",
    "INSERT INTO account_fts(account_fts) VALUES ('rebuild')",
    'CREATE INDEX "account_kind_last_name" ON "account" ("kind", "last_name", "first_name")',
    'CREATE INDEX "account_last_name" ON "account" ("last_name", "first_name", "identifier")',
]
