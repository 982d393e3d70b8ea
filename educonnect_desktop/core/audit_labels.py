"""The audit log in French for staff: action codes, detail keys and detail values.

The log stores codes (`auth.login`, `kind=guardian`) so that it stays stable and
searchable; the secretariat reads sentences. An unknown code is shown as it is rather
than hidden: a new action is never invisible, only not yet translated.
"""

from __future__ import annotations

from .labels import (CHANNEL_LABELS, EMAIL_STATE_LABELS, KIND_LABELS, MESSAGE_KIND_LABELS, ROLE_LABELS,
                     STATE_LABELS)

ACTION_LABELS = {
    "auth.login": "Connexion",
    "account.activated": "Compte activé",
    "account.charter_accepted": "Charte acceptée",
    "account.children_confirmed": "Enfants confirmés",
    "account.closed": "Compte fermé",
    "account.disabled": "Compte désactivé",
    "account.enabled": "Compte réactivé",
    "account.email_change_requested": "Changement d'adresse e-mail demandé",
    "account.email_confirmation_resent": "Confirmation d'adresse e-mail renvoyée",
    "account.email_confirmed": "Adresse e-mail confirmée",
    "account.mobile_change_requested": "Changement de portable demandé",
    "account.mobile_confirmed": "Portable confirmé",
    "account.password_changed": "Mot de passe modifié",
    "account.password_chosen": "Mot de passe choisi",
    "account.password_reset": "Mot de passe réinitialisé",
    "account.unlocked": "Compte débloqué",
    "children.link_reported": "Lien avec un enfant signalé",
    "children.link_reviewed": "Lien signalé examiné",
    "children.merge": "Comptes fusionnés",
    "config.changed": "Réglage modifié",
    "config.secret_changed": "Secret modifié",
    "database.key_exported": "Clé de la base de données exportée",
    "database.key_imported": "Clé de la base de données importée",
    "establishment.load_demo": "Démonstration chargée",
    "legacy.import": "Anciens comptes ATEN importés",
    "legacy.login": "Connexion avec un ancien compte ATEN",
    "letters.issued": "Lettres éditées",
    "link.removed": "Lien élève – représentant retiré",
    "link.set": "Lien élève – représentant enregistré",
    "outbox.attempt_failed": "Envoi de message échoué (nouvel essai prévu)",
    "outbox.cancel": "Message annulé",
    "outbox.failed": "Message en échec",
    "outbox.queued": "Message mis en file d'attente",
    "outbox.retry": "Message remis en file d'attente",
    "outbox.sent": "Message envoyé",
    "messaging.test_sent": "Message de test envoyé",
    "privacy.erased": "Compte effacé (RGPD)",
    "privacy.exported": "Données d'une famille exportées (droit d'accès)",
    "privacy.purge": "Purge des données périmées",
    "recovery.lost_identifier": "Identifiant perdu",
    "recovery.password_reset": "Mot de passe réinitialisé (mot de passe perdu)",
    "recovery.password_reset_requested": "Mot de passe perdu : code demandé",
    "recovery.reset_code": "Mot de passe perdu : code saisi",
    "registration.code_checked": "Création de compte : code SMS vérifié",
    "registration.code_requested": "Création de compte : code SMS demandé",
    "registration.identified": "Création de compte : parent identifié",
    "roster.import": "Import SIECLE / ONDE",
    "staff.create_first_admin": "Premier administrateur créé",
    "staff.created": "Personnel ajouté",
    "staff.permission_denied": "Action refusée (droits insuffisants)",
    "sync.conflict_resolved": "Conflit de synchronisation tranché",
    "sync.account_shared": "Responsable rattaché au compte qu'il a dans un autre établissement",
    "sync.enrolled": "Poste inscrit auprès du serveur central",
}

# The families of actions offered as a filter, in the order a secretary looks for them.
ACTION_FAMILIES = {
    "auth.": "Connexions",
    "account.": "Comptes",
    "children.": "Enfants (signalements, fusions)",
    "link.": "Liens élève – représentant",
    "recovery.": "Identifiant ou mot de passe perdu",
    "registration.": "Création de compte par SMS",
    "roster.": "Imports SIECLE / ONDE",
    "letters.": "Lettres",
    "outbox.": "Messages",
    "staff.": "Personnel",
    "legacy.": "Anciens comptes ATEN",
    "establishment.": "Établissements",
    "config.": "Réglages",
    "messaging.": "Messages de test",
    "sync.": "Synchronisation",
    "privacy.": "Vie privée (export, effacement, purges)",
    "database.": "Base de données (clé de chiffrement)",
}

DETAIL_LABELS = {
    "kind": "type", "role": "rôle", "reason": "motif", "channel": "canal", "count": "nombre",
    "establishment": "établissement", "uai": "UAI", "class_code": "classe", "state": "état",
    "previous_state": "état précédent", "message_id": "message n°", "fields": "champs", "source": "origine",
    "students": "élèves", "guardians": "représentants légaux", "file": "fichier", "version": "version",
    "attempts": "essais", "locked_until": "bloqué jusqu'à", "email_state": "adresse e-mail",
    "recipient_masked": "destinataire", "guardian": "représentant", "legal_level": "niveau de responsabilité",
    "updated": "mis à jour", "left": "partis", "links_added": "liens ajoutés", "links_changed": "liens modifiés",
    "links_removed": "liens retirés", "rejected": "lignes refusées", "provisional": "mots de passe provisoires",
    "key": "réglage", "conflict": "conflit n°", "kept": "valeur gardée",
    "identifier_made_here": "identifiant créé sur ce poste",
}

REASON_LABELS = {
    "already_used": "déjà utilisé",
    "bad_credentials": "identifiant ou mot de passe incorrect",
    "disabled": "compte désactivé",
    "merged": "fusionné avec un autre compte",
    "provisional_expired": "mot de passe provisoire expiré",
    "single_link": "seul lien de l'élève",
    "unmatched": "aucun compte correspondant",
    "wrong_current_password": "mot de passe actuel incorrect",
}

SOURCE_LABELS = {
    "letter": "lettre", "reset": "réinitialisation", "legacy": "ancien compte ATEN",
    "self_registration": "création par SMS", "siecle": "SIECLE", "onde": "ONDE", "csv": "CSV",
}

# Which table names a detail's value (a `kind` may be an account's or a message's).
_VALUE_TABLES = {
    "kind": (KIND_LABELS, MESSAGE_KIND_LABELS),
    "role": (ROLE_LABELS,),
    "reason": (REASON_LABELS,),
    "channel": (CHANNEL_LABELS,),
    "state": (STATE_LABELS,),
    "previous_state": (STATE_LABELS,),
    "email_state": (EMAIL_STATE_LABELS,),
    "source": (SOURCE_LABELS,),
}


def action_label(code: str) -> str:
    return ACTION_LABELS.get(code, code)


def detail_value(key: str, value: object) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, (list, tuple)):
        return ", ".join(detail_value(key, v) for v in value)
    text = str(value)
    for table in _VALUE_TABLES.get(key, ()):
        if text in table:
            return table[text]
    return text


def details_text(details: dict) -> str:
    """`{"kind": "guardian", "count": 2}` -> "nombre : 2 ; type : Représentant légal"."""
    parts = [(DETAIL_LABELS.get(key, key), detail_value(key, value)) for key, value in details.items()]
    return " ; ".join(f"{name} : {value}" for name, value in sorted(parts))
