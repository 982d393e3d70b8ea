"""The workstation's password rule and strength estimate, applied to a server-side account row.

Same code as the desktop (core/passwords.check_policy, core/strength): a family gets the same
rule and the same French advice at home as at the school's workstation.
"""

from __future__ import annotations

from datetime import date

from ...core.hashing import PasswordHashing
from ...core.passwords import check_policy
from ...core.strength import Strength, estimate_strength
from .pages import FieldErrors

MISMATCH = "Les deux mots de passe ne correspondent pas."
SAME_AS_CURRENT = "Le nouveau mot de passe doit être différent de l'actuel (ou du mot de passe provisoire)."
EMPTY = "Saisissez un nouveau mot de passe."


def user_inputs(identifier: str, fields: dict) -> tuple[str, ...]:
    """As services/credentials.user_inputs: the person's own data, refused in a password."""
    inputs = [identifier, fields.get("first_name") or "", fields.get("last_name") or ""]
    if fields.get("usage_name"):
        inputs.append(fields["usage_name"])
    if fields.get("birth_date"):
        try:
            inputs.append(date.fromisoformat(str(fields["birth_date"])[:10]).strftime("%d/%m/%Y"))
        except ValueError:
            pass
    return tuple(i for i in inputs if i)


def check(identifier: str, fields: dict, password: str, confirmation: str,
          hashing: PasswordHashing) -> tuple[FieldErrors, Strength]:
    """The refusals per field (empty when the password may be set) and its strength."""
    inputs = user_inputs(identifier, fields)
    strength = estimate_strength(password, user_inputs=inputs)
    errors = FieldErrors()
    if not password:
        errors.add("password", EMPTY)
        return errors, strength
    for message in check_policy(password, user_inputs=inputs).messages:
        errors.add("password", message)
    current = fields.get("password_hash")
    if not errors and current and hashing.verify(current, password):
        errors.add("password", SAME_AS_CURRENT)
    if password != confirmation:
        errors.add("confirmation", MISMATCH)
    return errors, strength
