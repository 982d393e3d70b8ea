"""`educonnect privacy purge | export | erase`: retention, right of access, right to erasure."""

from __future__ import annotations

from pathlib import Path

from ..errors import UserFacingError
from ..services import privacy
from .common import authenticated_actor, open_db


def register(subparsers) -> None:
    parser = subparsers.add_parser("privacy", help="données personnelles : conservation, accès, effacement")
    sub = parser.add_subparsers(dest="privacy_command", metavar="ACTION")
    sub.required = True
    purge = sub.add_parser("purge", help="effacer ce qui a dépassé sa durée de conservation (pour cron)")
    purge.set_defaults(handler=run_purge)
    export = sub.add_parser("export", help="droit d'accès : les données d'une famille dans un fichier lisible")
    export.add_argument("identifier", metavar="IDENTIFIANT")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER.json")
    export.set_defaults(handler=run_export)
    erase = sub.add_parser("erase", help="droit à l'effacement : supprimer un compte (et, pour un élève, "
                                         "ses responsables sans autre enfant)")
    erase.add_argument("identifier", metavar="IDENTIFIANT")
    erase.add_argument("--confirmer", action="store_true", help="effacer vraiment (sans cette option : rien)")
    erase.set_defaults(handler=run_erase)


def run_purge(args, out) -> int:
    from .common import load_cli_config

    open_db(args)
    actor = authenticated_actor(args)
    summary = privacy.purge_expired(policy=privacy.policy_for(load_cli_config(args)), actor=actor)
    print(summary.describe(), file=out)
    return 0


def run_export(args, out) -> int:
    open_db(args)
    path = privacy.export_family(args.identifier, args.output, actor=authenticated_actor(args))
    print(f"Données de {args.identifier.strip().lower()} et de sa famille écrites dans {path} "
          "(fichier personnel : à remettre à la famille puis à supprimer).", file=out)
    return 0


def run_erase(args, out) -> int:
    open_db(args)
    if not args.confirmer:
        raise UserFacingError(f"L'effacement de {args.identifier} est définitif : relancez avec --confirmer.")
    erased = privacy.erase_family_account(args.identifier, actor=authenticated_actor(args))
    print(f"Comptes effacés : {', '.join(erased)}.", file=out)
    return 0
