"""What the workstation remembers about its enrollment, in the database's `setting` table.

The credential itself lives only in the OS keyring (`secret_store`), never in the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..store.models import Setting

PREFIX = "sync."
CREDENTIAL_SECRET = "sync-credential"


def credential_name(workstation_id: str) -> str:
    """The keyring entry of this enrollment (two databases on one machine keep their own)."""
    return f"{CREDENTIAL_SECRET}-{workstation_id}"


@dataclass
class Enrollment:
    server: str
    workstation_id: str
    workstation_name: str
    uai: str
    establishment_name: str
    ca_file: str | None


def get(key: str, default: str | None = None) -> str | None:
    row = Setting.get_or_none(Setting.key == PREFIX + key)
    return row.value if row is not None else default


def put(key: str, value: str | int | None) -> None:
    if value is None:
        Setting.delete().where(Setting.key == PREFIX + key).execute()
        return
    Setting.insert(key=PREFIX + key, value=str(value)).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: str(value)}).execute()


def enrollment() -> Enrollment | None:
    server = get("server")
    if server is None:
        return None
    return Enrollment(server, get("workstation_id"), get("workstation_name"), get("uai"),
                      get("establishment_name"), get("ca_file"))


def save_enrollment(e: Enrollment) -> None:
    for key in ("server", "workstation_id", "workstation_name", "uai", "establishment_name", "ca_file"):
        put(key, getattr(e, key))
    # `sync.enrolled` (services.privacy.ENROLLED_SETTING): the retention purge then leaves the
    # journal alone; it is pruned only up to what the server acknowledged.
    put("enrolled", 1)


def int_value(key: str, default: int = 0) -> int:
    value = get(key)
    return int(value) if value is not None else default
