"""`educonnect audit list` (the newest audit events first) and `audit verify` (the hash chain)."""

from __future__ import annotations

import argparse

from ..core.audit_labels import ACTION_FAMILIES, action_label, details_text
from ..core.local_time import local_time_seconds
from ..core.safe_text import tsv_row
from ..services import audit_chain, audit_log
from .common import open_db
from .output import MAX_LIMIT, bounded_int


def register(subparsers) -> None:
    parser = subparsers.add_parser("audit", help="journal d'audit")
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION")
    sub.required = True
    families = "\n".join(f"  {code:<16}{name}" for code, name in ACTION_FAMILIES.items())
    lister = sub.add_parser("list", help="les événements, du plus récent au plus ancien",
                            description="Le journal d'audit, du plus récent au plus ancien : date et heure "
                                        "locales, auteur, action, compte concerné, résultat, détails.",
                            epilog=f"Types d'action pour --action (début du code) :\n{families}",
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    lister.add_argument("--limit", type=bounded_int(1, MAX_LIMIT), default=50, metavar="N")
    lister.add_argument("--actor", metavar="IDENTIFIANT", help="auteur de l'action")
    lister.add_argument("--target", metavar="IDENTIFIANT", help="compte concerné")
    lister.add_argument("--action", metavar="PRÉFIXE",
                        help="type d'action : début de son code (ex. auth., account.password)")
    lister.add_argument("--failures", action="store_true", help="seulement les échecs")
    lister.set_defaults(handler=run_list)
    verify = sub.add_parser("verify", help="vérifier que le journal n'a pas été modifié (chaîne d'empreintes)")
    verify.set_defaults(handler=run_verify)


def run_list(args, out) -> int:
    open_db(args)
    entries = audit_log.list_audit(limit=max(1, args.limit), actor=args.actor, target=args.target,
                                   action_prefix=args.action, failures_only=args.failures)
    # In French as in the secretariat's audit view; the codes stay what --action filters on.
    for e in entries:
        print(tsv_row([local_time_seconds(e.at), e.actor or "—", action_label(e.action), e.target or "—",
                       "succès" if e.outcome == "success" else "échec", details_text(e.details)]), file=out)
    if not entries:
        print("Aucun événement.", file=out)
    return 0


EXIT_TAMPERED = 1


def run_verify(args, out) -> int:
    open_db(args)
    report = audit_chain.verify()
    if report.unchained:
        print(f"{report.unchained} événement(s) antérieur(s) à la chaîne d'empreintes (non vérifiables).",
              file=out)
    if not report.intact:
        print(f"Journal d'audit MODIFIÉ : le lien de l'événement n° {report.broken_at} est rompu "
              f"({report.checked} événement(s) vérifié(s) avant lui). Conservez une copie du fichier et "
              "prévenez le responsable de la sécurité.", file=out)
        return EXIT_TAMPERED
    print(f"Journal d'audit intact : {report.checked} événement(s) vérifié(s).", file=out)
    if report.head:
        print(f"Empreinte du dernier événement : {report.head}", file=out)
    return 0
