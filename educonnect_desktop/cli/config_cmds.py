"""`educonnect config show | set | unset | set-secret | delete-secret`.

Settings go to the TOML file; the SMTP password and the SMS gateway token go to the
system keyring only.
"""

from __future__ import annotations

import sys

from ..config import SETTABLE_KEYS, load_config, resolve_config_path, set_value
from ..secret_store import SMS_TOKEN, SMTP_PASSWORD, KeyringSecretStore, SecretStoreError
from ..errors import UserFacingError
from ..messaging.channel_status import ChannelState, ChannelStatus
from ..messaging.channels import Channel
from ..messaging.delivery import build_senders
from ..services import configuration_audit
from .common import actor_if_staff_exists, load_cli_config, open_db, read_secret

SECRETS = {
    "smtp": (SMTP_PASSWORD, "Mot de passe SMTP"),
    "sms": (SMS_TOKEN, "Jeton de la passerelle SMS"),
}


def register(subparsers) -> None:
    parser = subparsers.add_parser("config", help="réglages du poste (SMTP, passerelle SMS...)")
    sub = parser.add_subparsers(dest="config_command", metavar="ACTION")
    sub.required = True
    show = sub.add_parser("show", help="afficher la configuration (sans les secrets)")
    show.set_defaults(handler=run_show)
    setter = sub.add_parser("set", help="modifier un réglage, par exemple : config set smtp.host smtp.exemple.fr")
    setter.add_argument("key", metavar="CLÉ", help=", ".join(SETTABLE_KEYS))
    setter.add_argument("value", metavar="VALEUR")
    setter.set_defaults(handler=run_set)
    unset = sub.add_parser("unset", help="retirer un réglage")
    unset.add_argument("key", metavar="CLÉ", help=", ".join(SETTABLE_KEYS))
    unset.set_defaults(handler=run_unset)
    secret = sub.add_parser("set-secret", help="enregistrer le mot de passe SMTP ou le jeton SMS dans le trousseau")
    secret.add_argument("which", choices=sorted(SECRETS))
    secret.set_defaults(handler=run_set_secret)
    delete = sub.add_parser("delete-secret", help="retirer un secret du trousseau")
    delete.add_argument("which", choices=sorted(SECRETS))
    delete.set_defaults(handler=run_delete_secret)


def _secret_state(store: KeyringSecretStore, name: str) -> str:
    try:
        return "enregistré dans le trousseau" if store.get(name) else "absent du trousseau"
    except SecretStoreError as exc:
        return f"inconnu — {exc.message}"


def run_show(args, out) -> int:
    config = load_cli_config(args)
    path, _ = resolve_config_path(args.config)
    print(f"Fichier : {path}" + ("" if path.exists() else " (absent : rien n'est configuré)"), file=out)
    smtp, sms = config.smtp, config.sms
    rows = [
        ("services_url", config.services_url),
        ("database.path", config.database_path),
        ("smtp.host", smtp.host),
        ("smtp.port", smtp.port if smtp.port else (f"{smtp.effective_port} (par défaut)" if smtp.host else None)),
        ("smtp.security", smtp.security),
        ("smtp.username", smtp.username),
        ("smtp.from_address", smtp.from_address),
        ("smtp.timeout", f"{smtp.timeout:g} s"),
        ("smtp.ca_file", smtp.ca_file),
        ("sms.url", sms.url),
        ("sms.timeout", f"{sms.timeout:g} s"),
        ("privacy.left_school_years", config.privacy.left_school_years),
        ("ui.language", config.ui.language or "(langue du système)"),
        ("letters.family_language", config.letters.family_language or "(lettres en français seulement)"),
    ]
    for key, value in rows:
        print(f"{key} = {value if value is not None else '—'}", file=out)
    store = KeyringSecretStore()
    backend = store.backend_name()
    if store.is_real_backend():
        print(f"Trousseau : {backend}", file=out)
    else:
        print(f"Trousseau : {backend} — indisponible : les secrets ne peuvent pas y être enregistrés", file=out)
    if smtp.username:
        print(f"Mot de passe SMTP : {_secret_state(store, SMTP_PASSWORD)}", file=out)
    if sms.url:
        print(f"Jeton SMS : {_secret_state(store, SMS_TOKEN)}", file=out)
    statuses = {channel: sender.status() for channel, sender in build_senders(config, store).items()}
    print(f"E-mails : {channel_state_text(statuses[Channel.EMAIL])}", file=out)
    print(f"SMS : {channel_state_text(statuses[Channel.SMS])}", file=out)
    for warning in config.warnings:
        print(f"Attention : {warning}", file=out)
    return 0


def _config_actor(args):
    """Who changes the workstation's configuration: `--as`, once a database with staff exists.

    Before `init` there is nobody to name (the database path itself may be what is being set).
    """
    try:
        open_db(args)
    except UserFacingError:
        if getattr(args, "as_identifier", None):
            raise
        return None
    return actor_if_staff_exists(args)


def _audit(actor, action: str, key: str) -> None:
    if actor is None:
        print("Remarque : aucune base de données avec un compte du personnel, modification non journalisée.",
              file=sys.stderr)
        return
    configuration_audit.record_change(actor, action, key)
def channel_state_text(status: ChannelStatus) -> str:
    """ "prêts", "non configurés", or "configurés mais <raison>": what `config show` says per channel."""
    if status.available:
        return "configurés et prêts à partir"
    if not status.configured:
        return "non configurés (ils restent en attente)"
    if status.state == ChannelState.SECRET_UNREADABLE:
        return f"configurés, mais le secret est illisible (ils restent en attente) : {status.reason}"
    return f"configurés, mais indisponibles (ils restent en attente) : {status.reason}"


def run_set(args, out) -> int:
    actor = _config_actor(args)
    path = set_value(args.config, args.key, args.value)
    load_config(path)  # the file we wrote must read back
    _audit(actor, "config.set", args.key)
    print(f"{args.key} enregistré dans {path}.", file=out)
    return 0


def run_unset(args, out) -> int:
    actor = _config_actor(args)
    path = set_value(args.config, args.key, None)
    _audit(actor, "config.unset", args.key)
    print(f"{args.key} retiré de {path}.", file=out)
    return 0


def run_set_secret(args, out) -> int:
    name, label = SECRETS[args.which]
    store = KeyringSecretStore()
    store.ensure_available()  # before asking: no point typing a secret that cannot be kept
    actor = _config_actor(args)  # the staff password first, then the secret (two lines in a script)
    value = read_secret(f"{label} : ")
    if not value:
        raise UserFacingError(f"{label} vide : rien n'a été enregistré.")
    store.set(name, value)
    _audit(actor, "config.secret_set", args.which)
    print(f"{label} enregistré dans le trousseau système ({store.backend_name()}).", file=out)
    return 0


def run_delete_secret(args, out) -> int:
    name, label = SECRETS[args.which]
    store = KeyringSecretStore()
    store.ensure_available()
    actor = _config_actor(args)
    store.delete(name)
    _audit(actor, "config.secret_deleted", args.which)
    print(f"{label} retiré du trousseau système.", file=out)
    return 0
