"""The full-text index of accounts (migration 5), as a subquery services can filter with."""

from __future__ import annotations

from peewee import SQL


def account_ids_matching(match: str) -> SQL:
    """Ids of accounts whose names or identifier match an FTS5 query (bound, never interpolated)."""
    return SQL("(SELECT rowid FROM account_fts WHERE account_fts MATCH ?)", (match,))
