"""A logged-in staff member for tests: services that change data take their `Actor`."""

from __future__ import annotations

STAFF_ACTOR_PASSWORD = "Secretariat-Solide-42"


def make_staff_actor(hashing):
    """A real secretariat member (s.secretariat1) in the bound database, logged in: their Actor."""
    from educonnect_desktop.services import staff
    from educonnect_desktop.store.models import Account, AccountKind, AccountState, StaffRole

    Account.create(kind=AccountKind.STAFF, identifier="s.secretariat1", first_name="Sam", last_name="Secretariat",
                   staff_role=StaffRole.SECRETARIAT, state=AccountState.ACTIVE, must_change_password=False,
                   password_hash=hashing.hash(STAFF_ACTOR_PASSWORD))
    return staff.staff_login("s.secretariat1", STAFF_ACTOR_PASSWORD, hashing=hashing).actor
