"""French labels for the domain's codes, shared by the CLI and the UI."""

KIND_LABELS = {"student": "Élève", "guardian": "Représentant légal", "staff": "Personnel"}
STATE_LABELS = {
    "provisional": "Non activé", "active": "Activé", "locked": "Bloqué", "disabled": "Désactivé",
}
EMAIL_STATE_LABELS = {"none": "Aucune", "pending": "En attente de confirmation", "confirmed": "Confirmée"}
ROLE_LABELS = {"admin": "Administrateur", "secretariat": "Secrétariat"}


def label(table: dict[str, str], code: str | None) -> str:
    return table.get(code, code or "")
