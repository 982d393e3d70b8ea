"""`educonnect accounts list`, `accounts show IDENTIFIER` (and `accounts reset`, in letters_cmds)."""

from __future__ import annotations

from ..core.labels import KIND_LABELS, ROLE_LABELS, STATE_LABELS, email_state_text, label
from ..core.safe_text import tsv_row
from ..services import accounts
from ..store.models import AccountKind, AccountState
from .common import fmt, open_db
from .letters_cmds import add_reset_parser


def register(subparsers) -> None:
    parser = subparsers.add_parser("accounts", help="consulter les comptes")
    sub = parser.add_subparsers(dest="accounts_command", metavar="ACTION")
    sub.required = True
    lister = sub.add_parser("list", help="un compte par ligne, avec son identifiant")
    lister.add_argument("--kind", choices=AccountKind.ALL)
    lister.add_argument("--class", dest="class_code", metavar="CLASSE")
    lister.add_argument("--state", choices=AccountState.ALL)
    lister.set_defaults(handler=run_list)
    show = sub.add_parser("show", help="le détail d'un compte")
    show.add_argument("identifier", metavar="IDENTIFIANT")
    show.set_defaults(handler=run_show)
    add_reset_parser(sub)


def run_list(args, out) -> int:
    open_db(args)
    rows = accounts.list_accounts(kind=args.kind, class_code=args.class_code, state=args.state)
    for row in rows:
        print(tsv_row([row.identifier, label(KIND_LABELS, row.kind), row.last_name, row.first_name,
                       row.class_code or "", label(STATE_LABELS, row.state)]), file=out)
    if not rows:
        print("Aucun compte.", file=out)
    return 0


def run_show(args, out) -> int:
    open_db(args)
    d = accounts.show_account(args.identifier)
    s = d.summary
    lines = [
        ("Identifiant", s.identifier), ("Type", label(KIND_LABELS, s.kind)),
        ("Nom", s.last_name), ("Nom d'usage", d.usage_name), ("Prénom", s.first_name),
        ("Date de naissance", d.birth_date), ("Établissement", d.establishment_name),
        ("Classe", s.class_code), ("État", label(STATE_LABELS, s.state)),
        ("Rôle", label(ROLE_LABELS, d.staff_role) if d.staff_role else None),
        ("Mot de passe provisoire valable jusqu'au", d.provisional_expires_at),
        ("Charte acceptée", d.charter_accepted),
        ("Adresse e-mail", d.email),
        ("État de l'adresse e-mail", email_state_text(s.has_email, s.email_state, s.new_email_waiting)),
        ("Portable", d.mobile), ("Portable confirmé", d.mobile_confirmed if d.mobile else None),
        ("INE", d.ine), ("Dernière connexion", s.last_login_at), ("Créé le", d.created_at),
    ]
    for name, value in lines:
        if value is not None:
            print(f"{name} : {fmt(value)}", file=out)
    for title, people in (("Représentants légaux", d.guardians), ("Élèves rattachés", d.students)):
        if people:
            print(f"{title} :", file=out)
            for p in people:
                print(f"  {p.identifier}  {p.first_name} {p.last_name}  (niveau {p.legal_level})", file=out)
    return 0
