"""A logged-in administrator for the benches: services that change data take an authenticated Actor.

The account is made with cheap hashing: its login is set-up, not what a bench measures.
"""

from __future__ import annotations

from educonnect_desktop.core.hashing import HashParameters, PasswordHashing
from educonnect_desktop.services import setup, staff

_PASSWORD = "Chronometre-Solide-42"
_CHEAP = PasswordHashing(HashParameters(time_cost=1, memory_cost=1024, parallelism=1))


def bench_administrator():
    """The first administrator of the bound (empty) database, logged in: their Actor."""
    identifier = setup.create_first_administrator("Mesure", "Banc", _PASSWORD, hashing=_CHEAP).identifier
    return staff.staff_login(identifier, _PASSWORD, hashing=_CHEAP).actor
