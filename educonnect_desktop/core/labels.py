"""French labels for the domain's codes, shared by the CLI and the UI."""

KIND_LABELS = {"student": "Élève", "guardian": "Représentant légal", "staff": "Personnel"}
STATE_LABELS = {
    "provisional": "Non activé", "active": "Activé", "locked": "Bloqué", "disabled": "Désactivé",
}
EMAIL_STATE_LABELS = {"none": "Aucune", "pending": "En attente de confirmation", "confirmed": "Confirmée"}
# The state of an address that is there (imported, sent a confirmation, confirmed): "none"
# with an address means imported but never confirmed, not "no address".
ADDRESS_STATE_LABELS = {"none": "non confirmée", "pending": "en attente de confirmation", "confirmed": "confirmée"}
NEW_ADDRESS_WAITING = "nouvelle adresse en attente de confirmation"
ROLE_LABELS = {"admin": "Administrateur", "secretariat": "Secrétariat"}
CHANNEL_LABELS = {"email": "e-mail", "sms": "SMS"}
MESSAGE_KIND_LABELS = {
    "activation_code": "code d'activation",
    "lost_identifier": "identifiant oublié",
    "password_reset": "réinitialisation du mot de passe",
    "email_confirmation": "confirmation d'adresse e-mail",
    "old_address_notice": "avis à l'ancienne adresse",
    "password_changed": "mot de passe modifié",
    "mobile_confirmation": "confirmation du portable",
}


def label(table: dict[str, str], code: str | None) -> str:
    return table.get(code, code or "")


def email_state_text(has_email: bool, email_state: str, new_address_waiting: bool) -> str:
    """An account's e-mail in a few words: "Aucune", "Non confirmée", "Confirmée — nouvelle adresse…"."""
    if has_email:
        state = label(ADDRESS_STATE_LABELS, email_state)
        text = state[:1].upper() + state[1:]
    else:
        text = "Aucune"
    return f"{text} — {NEW_ADDRESS_WAITING}" if new_address_waiting else text
