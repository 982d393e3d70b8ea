"""Who acts: a value that only authentication makes, never a free string.

Services that change state on behalf of staff take an `Actor` and write its identifier to
the audit log. The seal below is private to this module and handed out only through
`authenticated()`, which `services.staff.staff_login` calls after the password was proved
(tests/services/test_actors.py checks that nothing else calls it). Python cannot forbid a
determined caller, but a typo or a leftover `actor="cli"` now fails loudly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_SEAL = object()


@dataclass(frozen=True)
class Actor:
    identifier: str
    role: str
    _seal: object = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._seal is not _SEAL:
            raise TypeError("an Actor is made by authentication (services.staff.staff_login), not by hand")


def authenticated(identifier: str, role: str) -> Actor:
    """For `staff_login` only: the actor of a staff member whose password was just checked."""
    return Actor(identifier, role, _SEAL)


def actor_identifier(actor: Actor) -> str:
    """The identifier to audit; refuses anything but an authenticated Actor (e.g. a bare string)."""
    if not isinstance(actor, Actor):
        raise TypeError(f"expected an authenticated Actor, got {type(actor).__name__}")
    return actor.identifier
