"""Local persistence: peewee models on SQLite, migrations, database opening."""

from .database import DatabaseError, DatabaseTooNew, head_version, migrate, open_database

__all__ = ["DatabaseError", "DatabaseTooNew", "head_version", "migrate", "open_database"]
