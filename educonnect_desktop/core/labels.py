"""French labels for the domain's codes, shared by the CLI and the UI.

Each is a `core.messages.Text`: the CLI prints the French, the window translates it
(`ui.translations.translated`, context "Labels").
"""

from .messages import QT_TRANSLATE_NOOP, concatenation

KIND_LABELS = {
    "student": QT_TRANSLATE_NOOP("Labels", "Élève"),
    "guardian": QT_TRANSLATE_NOOP("Labels", "Représentant légal"),
    "staff": QT_TRANSLATE_NOOP("Labels", "Personnel"),
}
STATE_LABELS = {
    "provisional": QT_TRANSLATE_NOOP("Labels", "Non activé"),
    "active": QT_TRANSLATE_NOOP("Labels", "Activé"),
    "locked": QT_TRANSLATE_NOOP("Labels", "Bloqué"),
    "disabled": QT_TRANSLATE_NOOP("Labels", "Désactivé"),
}
EMAIL_STATE_LABELS = {
    "none": QT_TRANSLATE_NOOP("Labels", "Aucune"),
    "pending": QT_TRANSLATE_NOOP("Labels", "En attente de confirmation"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmée"),
}
# The state of an address that is there (imported, sent a confirmation, confirmed): "none"
# with an address means imported but never confirmed, not "no address".
ADDRESS_STATE_LABELS = {
    "none": QT_TRANSLATE_NOOP("Labels", "non confirmée"),
    "pending": QT_TRANSLATE_NOOP("Labels", "en attente de confirmation"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "confirmée"),
}
NEW_ADDRESS_WAITING = QT_TRANSLATE_NOOP("Labels", "nouvelle adresse en attente de confirmation")
# The same, opening a sentence (the accounts table's column).
ADDRESS_STATE_TITLES = {**EMAIL_STATE_LABELS, "none": QT_TRANSLATE_NOOP("Labels", "Non confirmée")}
ROLE_LABELS = {
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrateur"),
    "secretariat": QT_TRANSLATE_NOOP("Labels", "Secrétariat"),
}
CHANNEL_LABELS = {
    "email": QT_TRANSLATE_NOOP("Labels", "e-mail"),
    "sms": QT_TRANSLATE_NOOP("Labels", "SMS"),
}
MESSAGE_KIND_LABELS = {
    "activation_code": QT_TRANSLATE_NOOP("Labels", "code d'activation"),
    "lost_identifier": QT_TRANSLATE_NOOP("Labels", "identifiant oublié"),
    "password_reset": QT_TRANSLATE_NOOP("Labels", "réinitialisation du mot de passe"),
    "email_confirmation": QT_TRANSLATE_NOOP("Labels", "confirmation d'adresse e-mail"),
    "old_address_notice": QT_TRANSLATE_NOOP("Labels", "avis à l'ancienne adresse"),
    "password_changed": QT_TRANSLATE_NOOP("Labels", "mot de passe modifié"),
    "mobile_confirmation": QT_TRANSLATE_NOOP("Labels", "confirmation du portable"),
}


# Synced fields as a secretary names them (the conflicts tab).
FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("Labels", "Prénom"),
    "last_name": QT_TRANSLATE_NOOP("Labels", "Nom"),
    "birth_date": QT_TRANSLATE_NOOP("Labels", "Date de naissance"),
    "class_code": QT_TRANSLATE_NOOP("Labels", "Classe"),
    "ine": QT_TRANSLATE_NOOP("Labels", "INE"),
    "siecle_eleve_id": QT_TRANSLATE_NOOP("Labels", "Identifiant SIECLE de l'élève"),
    "usage_name": QT_TRANSLATE_NOOP("Labels", "Nom d'usage"),
    "siecle_personne_id": QT_TRANSLATE_NOOP("Labels", "Identifiant SIECLE de la personne"),
    "left_at": QT_TRANSLATE_NOOP("Labels", "Date de départ"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Type de compte"),
    "staff_role": QT_TRANSLATE_NOOP("Labels", "Rôle"),
    "email": QT_TRANSLATE_NOOP("Labels", "Adresse e-mail"),
    "email_state": QT_TRANSLATE_NOOP("Labels", "État de l'adresse e-mail"),
    "pending_email": QT_TRANSLATE_NOOP("Labels", "Nouvelle adresse e-mail"),
    "mobile": QT_TRANSLATE_NOOP("Labels", "Portable"),
    "mobile_confirmed": QT_TRANSLATE_NOOP("Labels", "Portable confirmé"),
    "state": QT_TRANSLATE_NOOP("Labels", "État du compte"),
    "legal_level": QT_TRANSLATE_NOOP("Labels", "Niveau de responsabilité"),
    "identifier": QT_TRANSLATE_NOOP("Labels", "Identifiant"),
}


def label(table: dict[str, str], code: str | None) -> str:
    return table.get(code, code or "")


def email_state_text(has_email: bool, email_state: str, new_address_waiting: bool) -> str:
    """An account's e-mail in a few words: "Aucune", "Non confirmée", "Confirmée — nouvelle adresse…"."""
    if has_email:
        text = ADDRESS_STATE_TITLES.get(email_state) or (email_state or "")[:1].upper() + (email_state or "")[1:]
    else:
        text = EMAIL_STATE_LABELS["none"]
    return concatenation(text, " — ", NEW_ADDRESS_WAITING) if new_address_waiting else text
