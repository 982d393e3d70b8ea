"""`educonnect legacy import FILE`: the old ATEN directory, for the transition journey."""

from __future__ import annotations

from pathlib import Path

from ..services import legacy
from .common import authenticated_actor, open_db


def register(subparsers) -> None:
    parser = subparsers.add_parser("legacy", help="anciens comptes ATEN / ATEN-élève")
    sub = parser.add_subparsers(dest="legacy_command", metavar="ACTION")
    sub.required = True
    importer = sub.add_parser("import", help="importer un fichier CSV login;password;siecle_id")
    importer.add_argument("file", type=Path, metavar="FICHIER")
    importer.set_defaults(handler=run_import)


def run_import(args, out) -> int:
    open_db(args)
    result = legacy.import_legacy_csv(args.file, actor=authenticated_actor(args))
    print(f"Anciens comptes importés : {result.imported} ; déjà utilisés (ignorés) : {result.already_used}.",
          file=out)
    for reason in result.rejected:
        print(f"  Ligne refusée — {reason}", file=out)
    print(result.reminder, file=out)
    return 0
