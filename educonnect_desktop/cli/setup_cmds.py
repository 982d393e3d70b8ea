"""`educonnect init`, `demo` and `version`."""

from __future__ import annotations

from .. import __version__
from ..core.labels import KIND_LABELS, label
from ..services import demo, setup
from ..store import head_version
from .common import actor_if_staff_exists, fmt, open_db, read_secret


def register(subparsers) -> None:
    init = subparsers.add_parser("init", help="créer la base de données et le premier administrateur")
    init.add_argument("--first-name", required=True, metavar="PRÉNOM")
    init.add_argument("--last-name", required=True, metavar="NOM")
    init.set_defaults(handler=run_init)

    demo_parser = subparsers.add_parser("demo", help="charger un établissement de démonstration")
    demo_parser.set_defaults(handler=run_demo)

    version = subparsers.add_parser("version", help="afficher la version")
    version.set_defaults(handler=run_version)


def run_init(args, out) -> int:
    from ..store.encryption import describe

    database = open_db(args, create=True)
    if setup.has_administrator():
        print("La base de données est déjà initialisée (un administrateur existe).", file=out)
        return 0
    password = read_secret("Mot de passe de l'administrateur : ", confirm=True)
    admin = setup.create_first_administrator(args.first_name, args.last_name, password)
    print(f"Base de données prête. Administrateur créé : {admin.identifier}", file=out)
    print(describe(database.educonnect_keys), file=out)
    return 0


def run_demo(args, out) -> int:
    open_db(args, create=True)
    actor = actor_if_staff_exists(args)  # a fresh database has nobody to name yet
    issued = demo.load_demo(actor=actor)
    print(f"{demo.DEMO_NAME} — comptes de DÉMONSTRATION (mots de passe provisoires affichés une seule fois) :",
          file=out)
    for cred in issued:
        print(f"  {label(KIND_LABELS, cred.kind):<20} {cred.first_name} {cred.last_name:<20} "
              f"{cred.class_code or '':<5} {cred.identifier:<24} {cred.provisional_password}", file=out)
    if issued:
        print(f"Mots de passe provisoires valables jusqu'au {fmt(issued[0].expires_at)}.", file=out)
    return 0


def run_version(args, out) -> int:
    print(f"EduConnect Desktop {__version__} (schéma de base {head_version()})", file=out)
    return 0
