"""`educonnect audit list`: the newest audit events first."""

from __future__ import annotations

from ..services import audit_log
from .common import fmt, open_db


def register(subparsers) -> None:
    parser = subparsers.add_parser("audit", help="journal d'audit")
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION")
    sub.required = True
    lister = sub.add_parser("list", help="les événements, du plus récent au plus ancien")
    lister.add_argument("--limit", type=int, default=50, metavar="N")
    lister.add_argument("--actor", metavar="IDENTIFIANT", help="auteur de l'action")
    lister.add_argument("--target", metavar="IDENTIFIANT", help="compte concerné")
    lister.add_argument("--action", metavar="PRÉFIXE", help="type d'action (ex. auth., account.)")
    lister.add_argument("--failures", action="store_true", help="seulement les échecs")
    lister.set_defaults(handler=run_list)


def run_list(args, out) -> int:
    open_db(args)
    entries = audit_log.list_audit(limit=max(1, args.limit), actor=args.actor, target=args.target,
                                   action_prefix=args.action, failures_only=args.failures)
    for e in entries:
        details = " ".join(f"{k}={v}" for k, v in sorted(e.details.items()))
        print("\t".join([fmt(e.at), e.actor or "—", e.action, e.target or "—",
                         "succès" if e.outcome == "success" else "échec", details]), file=out)
    if not entries:
        print("Aucun événement.", file=out)
    return 0
