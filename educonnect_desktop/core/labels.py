"""French labels for the domain's codes, shared by the CLI and the UI."""

KIND_LABELS = {"student": "Élève", "guardian": "Représentant légal", "staff": "Personnel"}
STATE_LABELS = {
    "provisional": "Non activé", "active": "Activé", "locked": "Bloqué", "disabled": "Désactivé",
}
EMAIL_STATE_LABELS = {"none": "Aucune", "pending": "En attente de confirmation", "confirmed": "Confirmée"}
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
