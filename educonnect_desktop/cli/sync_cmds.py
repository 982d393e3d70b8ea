"""`educonnect sync enroll|run|status`: the optional sync with the académie's central server."""

from __future__ import annotations

import sys

from ..sync import engine
from ..sync.errors import Unreachable
from .common import authenticated_actor, fmt, open_db

EXIT_UNREACHABLE = 3


def register(subparsers) -> None:
    parser = subparsers.add_parser("sync", help="synchronisation avec le serveur central")
    sub = parser.add_subparsers(dest="sync_command", metavar="ACTION")
    sub.required = True
    enroll = sub.add_parser("enroll", help="inscrire ce poste avec le code donné par l'administrateur du serveur")
    enroll.add_argument("--server", required=True, metavar="URL")
    enroll.add_argument("--code", required=True, metavar="CODE")
    enroll.add_argument("--ca-file", metavar="FICHIER", help="certificat de l'autorité du serveur (PEM)")
    enroll.set_defaults(handler=run_enroll)
    sub.add_parser("run", help="envoyer puis recevoir les changements, une fois").set_defaults(handler=run_sync)
    sub.add_parser("status", help="serveur, dernière réussite, opérations en attente").set_defaults(
        handler=run_status)


def run_enroll(args, out) -> int:
    open_db(args)
    e = engine.enroll(args.server, args.code, actor=authenticated_actor(args), ca_file=args.ca_file)
    print(f"Poste « {e.workstation_name} » inscrit auprès de {e.server} pour l'établissement "
          f"{e.uai} ({e.establishment_name}).", file=out)
    return 0


def run_sync(args, out) -> int:
    open_db(args)
    try:
        report = engine.run()
    except Unreachable as exc:
        print(f"Erreur : {exc.message}", file=sys.stderr)
        return EXIT_UNREACHABLE
    print(f"Opérations envoyées : {report.sent}", file=out)
    print(f"Changements reçus : {report.received}" + (" (copie complète)" if report.snapshot else ""), file=out)
    print(f"Conflits : {len(report.conflicts)}", file=out)
    for line in report.conflicts:
        print(f"  {line}", file=out)
    for old, new in report.renamed.items():
        print(f"  Identifiant {old} renommé en {new} : réimprimez la lettre.", file=out)
    for made, existing in report.shared.items():
        print(f"  Responsable {made} : il a déjà le compte {existing} dans un autre établissement, qui donne "
              f"aussi accès à ses enfants d'ici ; ne lui remettez pas la lettre de {made}.", file=out)
    return 0


def run_status(args, out) -> int:
    open_db(args)
    s = engine.status()
    if s.enrollment is None:
        print("Ce poste n'est inscrit auprès d'aucun serveur central (synchronisation désactivée).", file=out)
        print(f"Opérations en attente : {s.waiting}", file=out)
        return 0
    e = s.enrollment
    print(f"Serveur : {e.server}", file=out)
    print(f"Poste : {e.workstation_name} — établissement {e.uai} ({e.establishment_name})", file=out)
    print(f"Dernière synchronisation réussie : {fmt(s.last_success)}", file=out)
    print(f"Opérations en attente : {s.waiting}", file=out)
    return 0
