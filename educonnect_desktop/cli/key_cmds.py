"""`educonnect key export | import`: a copy of the database key, kept away from the workstation.

The database is encrypted with a key that lives only in the system keyring. A reinstalled
workstation, a new user session or a lost keyring would make it unreadable: the
administrator saves the key once (a file on a USB key locked in a drawer, a password
manager) and restores it into the keyring when needed. The key file opens the database:
it is written 0600 and should never stay on the workstation.
"""

from __future__ import annotations

import base64
from pathlib import Path

from ..errors import UserFacingError
from ..private_files import write_private_bytes
from ..secret_store import KeyringSecretStore, MemorySecretStore
from ..services import audit
from ..store import open_database
from ..store.keys import DATABASE_KEY, KEY_BYTES
from ..store.models import database_proxy
from .common import authenticated_actor, database_path, open_db

HEADER = ("# EduConnect Desktop : clé de chiffrement de la base de données. "
          "Ce fichier ouvre la base : rangez-le hors du poste.")


def register(subparsers) -> None:
    parser = subparsers.add_parser("key", help="sauvegarder ou restaurer la clé de chiffrement de la base")
    sub = parser.add_subparsers(dest="key_command", metavar="ACTION")
    sub.required = True
    export = sub.add_parser("export", help="écrire la clé du trousseau dans un fichier (à ranger hors du poste)")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER")
    export.set_defaults(handler=run_export)
    restore = sub.add_parser("import", help="remettre dans le trousseau une clé sauvegardée")
    restore.add_argument("file", type=Path, metavar="FICHIER")
    restore.add_argument("--remplacer", action="store_true",
                         help="remplacer une autre clé déjà présente dans le trousseau")
    restore.set_defaults(handler=run_import)


def run_export(args, out) -> int:
    database = open_db(args)  # proves that the keyring's key opens this database
    actor = authenticated_actor(args).identifier  # the key opens everything: a named staff member only
    if not database.educonnect_keys.encrypted:
        raise UserFacingError("Cette base n'est pas chiffrée (aucun trousseau système utilisable) : il n'y a pas "
                              "de clé à sauvegarder.")
    key = KeyringSecretStore().get(DATABASE_KEY)
    try:
        write_private_bytes(args.output, f"{HEADER}\n{key}\n".encode("utf-8"))
    except OSError as exc:
        raise UserFacingError(f"Impossible d'écrire le fichier {args.output} : {exc.strerror or exc}.") from None
    with database_proxy.atomic():
        audit.record("database.key_exported", actor=actor, file=args.output.name)
    print(f"Clé enregistrée dans {args.output}. Rangez ce fichier hors du poste (il ouvre la base) et "
          "supprimez-le d'ici.", file=out)
    return 0


def _read_key(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UserFacingError(f"Impossible de lire le fichier de clé {path} : {getattr(exc, 'strerror', None) or exc}.") \
            from None
    keys = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    try:
        valid = len(keys) == 1 and len(base64.b64decode(keys[0], validate=True)) == KEY_BYTES
    except ValueError:
        valid = False
    if not valid:
        raise UserFacingError(f"{path} n'est pas un fichier de clé EduConnect Desktop.")
    return keys[0]


def run_import(args, out) -> int:
    key = _read_key(args.file)
    path = database_path(args)
    # The key must open this database before it goes into the keyring.
    database = open_database(path, create=False, secrets=MemorySecretStore({DATABASE_KEY: key}))
    actor = authenticated_actor(args).identifier  # a staff member of the database this key opens
    keyring = KeyringSecretStore()
    keyring.ensure_available()
    present = keyring.get(DATABASE_KEY)
    if present not in (None, key) and not args.remplacer:
        database.close()
        raise UserFacingError("Le trousseau contient déjà une autre clé de base de données (peut-être celle d'une "
                              "autre base) : relancez avec --remplacer pour la remplacer.")
    keyring.set(DATABASE_KEY, key)
    with database_proxy.atomic():
        audit.record("database.key_imported", actor=actor, file=args.file.name)
    print("Clé restaurée dans le trousseau système : la base s'ouvre de nouveau.", file=out)
    return 0

