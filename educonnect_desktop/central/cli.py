"""`educonnect-central`: the central server's administration and `serve`.

Bad input ends with a French message on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Sequence, TextIO

from ..console import FrenchArgumentParser, run_handler
from ..errors import UserFacingError
from . import admin
from .db import connect, database_url, migrate, require_schema

_Parser = FrenchArgumentParser


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name (container): still a real, stable actor
        return "cli"


def _command_group(sub, name: str, help_text: str):
    """A command whose action word (`add`, `list`...) is required."""
    group = sub.add_parser(name, help=help_text).add_subparsers(dest="sub", metavar="ACTION", parser_class=_Parser)
    group.required = True
    return group


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="educonnect-central", description="Serveur central EduConnect (PostgreSQL).")
    p.add_argument("--database-url", metavar="URL",
                   help="base PostgreSQL (par défaut : variable EDUCONNECT_CENTRAL_DATABASE_URL)")
    sub = p.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)
    sub.required = True
    sub.add_parser("migrate", help="créer ou mettre à jour le schéma").set_defaults(handler=run_migrate)
    serve = sub.add_parser("serve", help="lancer le serveur HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470)
    serve.add_argument("--tls-cert", metavar="FICHIER")
    serve.add_argument("--tls-key", metavar="FICHIER")
    serve.add_argument("--workers", type=int, default=1, help="processus (sans état, sur la même base)")
    serve.set_defaults(handler=run_serve)

    est = _command_group(sub, "establishment", "établissements")
    add = est.add_parser("add", help="ajouter un établissement")
    add.add_argument("uai", metavar="UAI")
    add.add_argument("name", metavar="NOM")
    add.set_defaults(handler=run_establishment_add)
    est.add_parser("list", help="lister les établissements").set_defaults(handler=run_establishment_list)

    ws = _command_group(sub, "workstation", "postes")
    enroll = ws.add_parser("enroll", help="préparer l'inscription d'un poste (code à usage unique, 24 h)")
    enroll.add_argument("--establishment", required=True, metavar="UAI")
    enroll.add_argument("--name", required=True, metavar="NOM")
    enroll.set_defaults(handler=run_workstation_enroll)
    ws.add_parser("list", help="lister les postes").set_defaults(handler=run_workstation_list)
    revoke = ws.add_parser("revoke", help="révoquer un poste (refusé aussitôt)")
    revoke.add_argument("name", metavar="NOM")
    revoke.set_defaults(handler=run_workstation_revoke)

    acc = _command_group(sub, "accounts", "comptes")
    lst = acc.add_parser("list", help="un compte par ligne, identifiant en premier")
    lst.add_argument("--establishment", required=True, metavar="UAI")
    lst.set_defaults(handler=run_accounts_list)

    con = _command_group(sub, "conflicts", "conflits à trancher")
    cl = con.add_parser("list", help="les conflits ouverts (--all : aussi ceux réglés)")
    cl.add_argument("--establishment", metavar="UAI")
    cl.add_argument("--all", action="store_true")
    cl.set_defaults(handler=run_conflicts_list)
    cr = con.add_parser("resolve", help="trancher un conflit")
    cr.add_argument("id", type=int, metavar="NUMÉRO")
    cr.add_argument("--keep", required=True, choices=("server", "incoming"))
    cr.set_defaults(handler=run_conflicts_resolve)

    ch = _command_group(sub, "changes", "historique des changements")
    pr = ch.add_parser("prune", help="oublier les suppressions anciennes (les postes en retard reprennent une copie)")
    pr.add_argument("--establishment", required=True, metavar="UAI")
    pr.set_defaults(handler=run_prune)
    return p


def _db(args):
    conn = connect(database_url(args.database_url))
    require_schema(conn)
    return conn


def run_migrate(args, out) -> int:
    conn = connect(database_url(args.database_url))
    before, after = migrate(conn)
    print(f"Schéma central : version {before} -> {after}." if after != before
          else f"Schéma central déjà à jour (version {after}).", file=out)
    return 0


def run_serve(args, out) -> int:
    from .server import serve

    if bool(args.tls_cert) != bool(args.tls_key):
        raise UserFacingError("Indiquez à la fois --tls-cert et --tls-key.")
    for path in filter(None, (args.tls_cert, args.tls_key)):
        if not os.access(path, os.R_OK):
            raise UserFacingError(f"Fichier TLS illisible : {path}.")
    if not 0 < args.port < 65536 or args.workers < 1:
        raise UserFacingError("Indiquez un port entre 1 et 65535 et au moins un processus.")
    url = database_url(args.database_url)
    require_schema(connect(url))
    serve(url, host=args.host, port=args.port, tls_cert=args.tls_cert, tls_key=args.tls_key, workers=args.workers)
    return 0


def run_establishment_add(args, out) -> int:
    admin.add_establishment(_db(args), args.uai, args.name, actor=_actor())
    print(f"Établissement {args.uai.strip().upper()} ajouté.", file=out)
    return 0


def run_establishment_list(args, out) -> int:
    rows = admin.list_establishments(_db(args))
    for r in rows:
        print(f"{r['uai']}\t{r['name']}\t{r['workstations']} poste(s)\t{r['accounts']} compte(s)", file=out)
    if not rows:
        print("Aucun établissement.", file=out)
    return 0


def run_workstation_enroll(args, out) -> int:
    code = admin.enroll_workstation(_db(args), args.establishment, args.name, actor=_actor())
    print(f"Code d'inscription du poste « {' '.join(args.name.split())} » (valable 24 h, une seule fois) :", file=out)
    print(code, file=out)
    return 0


def _when(value) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else "—"


def run_workstation_list(args, out) -> int:
    rows = admin.list_workstations(_db(args))
    for r in rows:
        state = "révoqué" if r["revoked_at"] else ("inscrit" if r["enrolled_at"] else "en attente d'inscription")
        print(f"{r['name']}\t{r['uai']}\t{state}\topération {r['last_seq']}\tvu le {_when(r['last_seen_at'])}",
              file=out)
    if not rows:
        print("Aucun poste.", file=out)
    return 0


def run_workstation_revoke(args, out) -> int:
    admin.revoke_workstation(_db(args), args.name, actor=_actor())
    print(f"Poste « {args.name.strip()} » révoqué.", file=out)
    return 0


def run_accounts_list(args, out) -> int:
    rows = admin.list_accounts(_db(args), args.establishment)
    for r in rows:
        f = r["fields"]
        print("\t".join([r["identifier"], f.get("kind") or "", f.get("last_name") or "", f.get("first_name") or "",
                         f.get("class_code") or "", f.get("state") or ""]), file=out)
    if not rows:
        print("Aucun compte.", file=out)
    return 0


def run_conflicts_list(args, out) -> int:
    rows = admin.list_conflicts(_db(args), uai=args.establishment, everything=args.all)
    for c in rows:
        print("\t".join([str(c.id), c.uai, c.status, c.identifier or c.entity, c.field or "—",
                         f"serveur : {admin.dumps(c.server_value)}", f"reçu : {admin.dumps(c.incoming_value)}",
                         c.rule, c.workstation or "—"]), file=out)
    if not rows:
        print("Aucun conflit ouvert." if not args.all else "Aucun conflit.", file=out)
    return 0


def run_conflicts_resolve(args, out) -> int:
    admin.resolve_conflict(_db(args), args.id, args.keep, actor=_actor())
    print(f"Conflit {args.id} tranché ({'valeur du serveur' if args.keep == 'server' else 'valeur reçue'}).",
          file=out)
    return 0


def run_prune(args, out) -> int:
    n = admin.prune_tombstones(_db(args), args.establishment, actor=_actor())
    print(f"{n} suppression(s) oubliée(s).", file=out)
    return 0


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    return run_handler(args.handler, args, out)
