"""The audit log in French for staff: action codes, detail keys and detail values.

The log stores codes (`auth.login`, `kind=guardian`) so that it stays stable and
searchable; the secretariat reads sentences. An unknown code is shown as it is rather
than hidden: a new action is never invisible, only not yet translated.
"""

from __future__ import annotations

from .labels import (CHANNEL_LABELS, EMAIL_STATE_LABELS, KIND_LABELS, MESSAGE_KIND_LABELS, ROLE_LABELS,
                     STATE_LABELS)
from .messages import QT_TRANSLATE_NOOP, joined

ACTION_LABELS = {
    "auth.login": QT_TRANSLATE_NOOP("AuditLabels", "Connexion"),
    "account.activated": QT_TRANSLATE_NOOP("AuditLabels", "Compte activé"),
    "account.charter_accepted": QT_TRANSLATE_NOOP("AuditLabels", "Charte acceptée"),
    "account.children_confirmed": QT_TRANSLATE_NOOP("AuditLabels", "Enfants confirmés"),
    "account.closed": QT_TRANSLATE_NOOP("AuditLabels", "Compte fermé"),
    "account.disabled": QT_TRANSLATE_NOOP("AuditLabels", "Compte désactivé"),
    "account.enabled": QT_TRANSLATE_NOOP("AuditLabels", "Compte réactivé"),
    "account.email_change_requested": QT_TRANSLATE_NOOP("AuditLabels", "Changement d'adresse e-mail demandé"),
    "account.email_confirmation_resent": QT_TRANSLATE_NOOP("AuditLabels", "Confirmation d'adresse e-mail renvoyée"),
    "account.email_confirmed": QT_TRANSLATE_NOOP("AuditLabels", "Adresse e-mail confirmée"),
    "account.mobile_change_requested": QT_TRANSLATE_NOOP("AuditLabels", "Changement de portable demandé"),
    "account.mobile_confirmed": QT_TRANSLATE_NOOP("AuditLabels", "Portable confirmé"),
    "account.password_changed": QT_TRANSLATE_NOOP("AuditLabels", "Mot de passe modifié"),
    "account.password_chosen": QT_TRANSLATE_NOOP("AuditLabels", "Mot de passe choisi"),
    "account.password_reset": QT_TRANSLATE_NOOP("AuditLabels", "Mot de passe réinitialisé"),
    "account.unlocked": QT_TRANSLATE_NOOP("AuditLabels", "Compte débloqué"),
    "children.link_reported": QT_TRANSLATE_NOOP("AuditLabels", "Lien avec un enfant signalé"),
    "children.link_reviewed": QT_TRANSLATE_NOOP("AuditLabels", "Lien signalé examiné"),
    "children.merge": QT_TRANSLATE_NOOP("AuditLabels", "Comptes fusionnés"),
    "config.changed": QT_TRANSLATE_NOOP("AuditLabels", "Réglage modifié"),
    "config.secret_changed": QT_TRANSLATE_NOOP("AuditLabels", "Secret modifié"),
    "database.key_exported": QT_TRANSLATE_NOOP("AuditLabels", "Clé de la base de données exportée"),
    "database.key_imported": QT_TRANSLATE_NOOP("AuditLabels", "Clé de la base de données importée"),
    "establishment.load_demo": QT_TRANSLATE_NOOP("AuditLabels", "Démonstration chargée"),
    "legacy.import": QT_TRANSLATE_NOOP("AuditLabels", "Anciens comptes ATEN importés"),
    "legacy.login": QT_TRANSLATE_NOOP("AuditLabels", "Connexion avec un ancien compte ATEN"),
    "letters.issued": QT_TRANSLATE_NOOP("AuditLabels", "Lettres éditées"),
    "link.removed": QT_TRANSLATE_NOOP("AuditLabels", "Lien élève – représentant retiré"),
    "link.set": QT_TRANSLATE_NOOP("AuditLabels", "Lien élève – représentant enregistré"),
    "outbox.attempt_failed": QT_TRANSLATE_NOOP("AuditLabels", "Envoi de message échoué (nouvel essai prévu)"),
    "outbox.cancel": QT_TRANSLATE_NOOP("AuditLabels", "Message annulé"),
    "outbox.failed": QT_TRANSLATE_NOOP("AuditLabels", "Message en échec"),
    "outbox.queued": QT_TRANSLATE_NOOP("AuditLabels", "Message mis en file d'attente"),
    "outbox.retry": QT_TRANSLATE_NOOP("AuditLabels", "Message remis en file d'attente"),
    "outbox.sent": QT_TRANSLATE_NOOP("AuditLabels", "Message envoyé"),
    "messaging.test_sent": QT_TRANSLATE_NOOP("AuditLabels", "Message de test envoyé"),
    "privacy.erased": QT_TRANSLATE_NOOP("AuditLabels", "Compte effacé (RGPD)"),
    "privacy.exported": QT_TRANSLATE_NOOP("AuditLabels", "Données d'une famille exportées (droit d'accès)"),
    "privacy.purge": QT_TRANSLATE_NOOP("AuditLabels", "Purge des données périmées"),
    "recovery.lost_identifier": QT_TRANSLATE_NOOP("AuditLabels", "Identifiant perdu"),
    "recovery.password_reset": QT_TRANSLATE_NOOP("AuditLabels", "Mot de passe réinitialisé (mot de passe perdu)"),
    "recovery.password_reset_requested": QT_TRANSLATE_NOOP("AuditLabels", "Mot de passe perdu : code demandé"),
    "recovery.reset_code": QT_TRANSLATE_NOOP("AuditLabels", "Mot de passe perdu : code saisi"),
    "registration.code_checked": QT_TRANSLATE_NOOP("AuditLabels", "Création de compte : code SMS vérifié"),
    "registration.code_requested": QT_TRANSLATE_NOOP("AuditLabels", "Création de compte : code SMS demandé"),
    "registration.identified": QT_TRANSLATE_NOOP("AuditLabels", "Création de compte : parent identifié"),
    "roster.import": QT_TRANSLATE_NOOP("AuditLabels", "Import SIECLE / ONDE"),
    "staff.create_first_admin": QT_TRANSLATE_NOOP("AuditLabels", "Premier administrateur créé"),
    "staff.created": QT_TRANSLATE_NOOP("AuditLabels", "Personnel ajouté"),
    "staff.permission_denied": QT_TRANSLATE_NOOP("AuditLabels", "Action refusée (droits insuffisants)"),
    "sync.conflict_resolved": QT_TRANSLATE_NOOP("AuditLabels", "Conflit de synchronisation tranché"),
    "sync.account_shared": QT_TRANSLATE_NOOP("AuditLabels",
                                             "Responsable rattaché au compte qu'il a dans un autre établissement"),
    "sync.enrolled": QT_TRANSLATE_NOOP("AuditLabels", "Poste inscrit auprès du serveur central"),
}

# The families of actions offered as a filter, in the order a secretary looks for them.
ACTION_FAMILIES = {
    "auth.": QT_TRANSLATE_NOOP("AuditLabels", "Connexions"),
    "account.": QT_TRANSLATE_NOOP("AuditLabels", "Comptes"),
    "children.": QT_TRANSLATE_NOOP("AuditLabels", "Enfants (signalements, fusions)"),
    "link.": QT_TRANSLATE_NOOP("AuditLabels", "Liens élève – représentant"),
    "recovery.": QT_TRANSLATE_NOOP("AuditLabels", "Identifiant ou mot de passe perdu"),
    "registration.": QT_TRANSLATE_NOOP("AuditLabels", "Création de compte par SMS"),
    "roster.": QT_TRANSLATE_NOOP("AuditLabels", "Imports SIECLE / ONDE"),
    "letters.": QT_TRANSLATE_NOOP("AuditLabels", "Lettres"),
    "outbox.": QT_TRANSLATE_NOOP("AuditLabels", "Messages"),
    "staff.": QT_TRANSLATE_NOOP("AuditLabels", "Personnel"),
    "legacy.": QT_TRANSLATE_NOOP("AuditLabels", "Anciens comptes ATEN"),
    "establishment.": QT_TRANSLATE_NOOP("AuditLabels", "Établissements"),
    "config.": QT_TRANSLATE_NOOP("AuditLabels", "Réglages"),
    "messaging.": QT_TRANSLATE_NOOP("AuditLabels", "Messages de test"),
    "sync.": QT_TRANSLATE_NOOP("AuditLabels", "Synchronisation"),
    "privacy.": QT_TRANSLATE_NOOP("AuditLabels", "Vie privée (export, effacement, purges)"),
    "database.": QT_TRANSLATE_NOOP("AuditLabels", "Base de données (clé de chiffrement)"),
}

DETAIL_LABELS = {
    "kind": QT_TRANSLATE_NOOP("AuditLabels", "type"),
    "role": QT_TRANSLATE_NOOP("AuditLabels", "rôle"),
    "reason": QT_TRANSLATE_NOOP("AuditLabels", "motif"),
    "channel": QT_TRANSLATE_NOOP("AuditLabels", "canal"),
    "count": QT_TRANSLATE_NOOP("AuditLabels", "nombre"),
    "establishment": QT_TRANSLATE_NOOP("AuditLabels", "établissement"),
    "uai": QT_TRANSLATE_NOOP("AuditLabels", "UAI"),
    "class_code": QT_TRANSLATE_NOOP("AuditLabels", "classe"),
    "state": QT_TRANSLATE_NOOP("AuditLabels", "état"),
    "previous_state": QT_TRANSLATE_NOOP("AuditLabels", "état précédent"),
    "message_id": QT_TRANSLATE_NOOP("AuditLabels", "message n°"),
    "fields": QT_TRANSLATE_NOOP("AuditLabels", "champs"),
    "source": QT_TRANSLATE_NOOP("AuditLabels", "origine"),
    "students": QT_TRANSLATE_NOOP("AuditLabels", "élèves"),
    "guardians": QT_TRANSLATE_NOOP("AuditLabels", "représentants légaux"),
    "file": QT_TRANSLATE_NOOP("AuditLabels", "fichier"),
    "version": QT_TRANSLATE_NOOP("AuditLabels", "version"),
    "attempts": QT_TRANSLATE_NOOP("AuditLabels", "essais"),
    "locked_until": QT_TRANSLATE_NOOP("AuditLabels", "bloqué jusqu'à"),
    "email_state": QT_TRANSLATE_NOOP("AuditLabels", "adresse e-mail"),
    "recipient_masked": QT_TRANSLATE_NOOP("AuditLabels", "destinataire"),
    "guardian": QT_TRANSLATE_NOOP("AuditLabels", "représentant"),
    "legal_level": QT_TRANSLATE_NOOP("AuditLabels", "niveau de responsabilité"),
    "updated": QT_TRANSLATE_NOOP("AuditLabels", "mis à jour"),
    "left": QT_TRANSLATE_NOOP("AuditLabels", "partis"),
    "links_added": QT_TRANSLATE_NOOP("AuditLabels", "liens ajoutés"),
    "links_changed": QT_TRANSLATE_NOOP("AuditLabels", "liens modifiés"),
    "links_removed": QT_TRANSLATE_NOOP("AuditLabels", "liens retirés"),
    "rejected": QT_TRANSLATE_NOOP("AuditLabels", "lignes refusées"),
    "provisional": QT_TRANSLATE_NOOP("AuditLabels", "mots de passe provisoires"),
    "key": QT_TRANSLATE_NOOP("AuditLabels", "réglage"),
    "conflict": QT_TRANSLATE_NOOP("AuditLabels", "conflit n°"),
    "kept": QT_TRANSLATE_NOOP("AuditLabels", "valeur gardée"),
    "identifier_made_here": QT_TRANSLATE_NOOP("AuditLabels", "identifiant créé sur ce poste"),
}

REASON_LABELS = {
    "already_used": QT_TRANSLATE_NOOP("AuditLabels", "déjà utilisé"),
    "bad_credentials": QT_TRANSLATE_NOOP("AuditLabels", "identifiant ou mot de passe incorrect"),
    "disabled": QT_TRANSLATE_NOOP("AuditLabels", "compte désactivé"),
    "merged": QT_TRANSLATE_NOOP("AuditLabels", "fusionné avec un autre compte"),
    "provisional_expired": QT_TRANSLATE_NOOP("AuditLabels", "mot de passe provisoire expiré"),
    "single_link": QT_TRANSLATE_NOOP("AuditLabels", "seul lien de l'élève"),
    "unmatched": QT_TRANSLATE_NOOP("AuditLabels", "aucun compte correspondant"),
    "wrong_current_password": QT_TRANSLATE_NOOP("AuditLabels", "mot de passe actuel incorrect"),
}

SOURCE_LABELS = {
    "letter": QT_TRANSLATE_NOOP("AuditLabels", "lettre"),
    "reset": QT_TRANSLATE_NOOP("AuditLabels", "réinitialisation"),
    "legacy": QT_TRANSLATE_NOOP("AuditLabels", "ancien compte ATEN"),
    "self_registration": QT_TRANSLATE_NOOP("AuditLabels", "création par SMS"),
    "siecle": QT_TRANSLATE_NOOP("AuditLabels", "SIECLE"),
    "onde": QT_TRANSLATE_NOOP("AuditLabels", "ONDE"),
    "csv": QT_TRANSLATE_NOOP("AuditLabels", "CSV"),
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
        return QT_TRANSLATE_NOOP("AuditLabels", "oui") if value else QT_TRANSLATE_NOOP("AuditLabels", "non")
    if isinstance(value, (list, tuple)):
        return joined(", ", [detail_value(key, v) for v in value])
    text = str(value)
    for table in _VALUE_TABLES.get(key, ()):
        if text in table:
            return table[text]
    return text


def details_text(details: dict) -> str:
    """`{"kind": "guardian", "count": 2}` -> "nombre : 2 ; type : Représentant légal"."""
    parts = [(DETAIL_LABELS.get(key, key), detail_value(key, value)) for key, value in details.items()]
    # The separator is a text too: French puts a space before ";", English does not.
    return joined(QT_TRANSLATE_NOOP("AuditLabels", " ; "), [QT_TRANSLATE_NOOP("AuditLabels", "{name} : {value}").format(name=name, value=value)
                          for name, value in sorted(parts)])
