"""Local persistence: peewee models on SQLite, migrations, database opening."""

from .database import DatabaseError, DatabaseTooNew, head_version, migrate, open_database
from .errors import DatabaseKeyMissing

__all__ = ["DatabaseError", "DatabaseKeyMissing", "DatabaseTooNew", "head_version", "migrate", "open_database"]
