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


# Synced fields as a secretary names them (the conflicts tab).
FIELD_LABELS = {
    "first_name": "Prénom", "last_name": "Nom", "birth_date": "Date de naissance", "class_code": "Classe",
    "ine": "INE", "siecle_eleve_id": "Identifiant SIECLE de l'élève", "usage_name": "Nom d'usage",
    "siecle_personne_id": "Identifiant SIECLE de la personne", "left_at": "Date de départ",
    "kind": "Type de compte", "staff_role": "Rôle", "email": "Adresse e-mail", "email_state": "État de l'adresse e-mail",
    "pending_email": "Nouvelle adresse e-mail", "mobile": "Portable", "mobile_confirmed": "Portable confirmé",
    "state": "État du compte", "legal_level": "Niveau de responsabilité", "identifier": "Identifiant",
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
