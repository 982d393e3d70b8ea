"""`educonnect import siecle FILE...` and `educonnect import onde FILE`."""

from __future__ import annotations

import sys
from pathlib import Path

from ..core.labels import KIND_LABELS, label
from ..errors import UserFacingError
from ..services import roster_import
from ..services.roster_text import detail_lines, plural, result_lines
from ..services.import_letters import letters_for_import
from .common import authenticated_actor, fmt, load_cli_config, open_db
from .letters_cmds import prepare_printing, write_letters

LETTERS_REMINDER = ("Les mots de passe provisoires ne sont ni affichés ni conservés. Pour les imprimer dès "
                    "l'import, utilisez --letters FICHIER.pdf ; sinon « educonnect letters --class CLASSE "
                    "-o lettres.pdf » émet de nouveaux mots de passe sur les courriers.")


def register(subparsers) -> None:
    parser = subparsers.add_parser("import", help="importer les élèves et responsables (SIECLE, ONDE)")
    sub = parser.add_subparsers(dest="import_command", metavar="SOURCE")
    sub.required = True
    siecle = sub.add_parser("siecle", help="exports SIECLE : fichiers XML et/ou archives zip")
    siecle.add_argument("files", nargs="+", type=Path, metavar="FICHIER")
    onde = sub.add_parser("onde", help="export ONDE (écoles) : fichier CSV")
    onde.add_argument("files", nargs=1, type=Path, metavar="FICHIER")
    for command, kind in ((siecle, "siecle"), (onde, "onde")):
        command.add_argument("--uai", metavar="UAI",
                             help="code UAI de l'établissement (obligatoire si le fichier ne l'indique pas)")
        command.add_argument("--establishment-name", metavar="NOM",
                             help="nom de l'établissement s'il est créé par cet import")
        command.add_argument("--dry-run", action="store_true", help="afficher l'aperçu sans rien enregistrer")
        command.add_argument("--guardian-passwords", action="store_true",
                             help="donner aussi un mot de passe provisoire aux nouveaux responsables légaux")
        command.add_argument("--letters", type=Path, metavar="FICHIER.pdf",
                             help="écrire les courriers de notification des comptes créés (un PDF)")
        command.add_argument("--confirm-departures", action="store_true",
                             help="confirmer un import qui marque beaucoup d'élèves comme sortis "
                                  f"(plus de {roster_import.MASS_DEPARTURE_COUNT} et plus de "
                                  f"{round(100 * roster_import.MASS_DEPARTURE_SHARE)} %%)")
        command.add_argument("--show-passwords", action="store_true",
                             help="afficher les mots de passe provisoires (une seule fois)")
        command.set_defaults(handler=run_import, import_kind=kind)


def _hashing_progress():
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        print(f"\rMots de passe provisoires : {done}/{total}", end="" if done < total else "\n",
              file=sys.stderr, flush=True)

    return report


def run_import(args, out) -> int:
    config = load_cli_config(args)
    open_db(args, create=True)  # a school's first step may well be its roster
    if args.letters and not args.dry_run:
        prepare_printing(args.letters)  # fonts and file checked before any password is issued
    preview = roster_import.preview_import(args.files, kind=args.import_kind, uai=args.uai,
                                           establishment_name=args.establishment_name)
    print("Aperçu de l'import :", file=out)
    for line in preview.summary:
        print(f"  {line}", file=out)
    details = detail_lines(preview)
    if details:
        print("", file=out)
        for line in details:
            print(line, file=out)
    if args.dry_run:
        print("\nSimulation (--dry-run) : rien n'a été enregistré.", file=out)
        return 0
    if preview.establishment_name_missing:
        raise UserFacingError(f"L'établissement {preview.uai} n'existe pas encore dans la base : indiquez son nom "
                              "avec --establishment-name \"Nom de l'établissement\". Rien n'a été enregistré.")
    if preview.mass_departure and not args.confirm_departures:
        print(f"\n{preview.mass_departure}\nImport arrêté : rien n'a été enregistré. Relancez avec "
              "--confirm-departures si ces élèves sont vraiment partis.", file=sys.stderr)
        return 2  # refused as given, like any other input the CLI will not take
    actor = authenticated_actor(args)
    result = roster_import.apply_import(preview, actor=actor, provisional_for_guardians=args.guardian_passwords,
                                        progress=_hashing_progress(), confirm_departures=args.confirm_departures)
    print("\nImport terminé.", file=out)
    for line in result_lines(result):
        print(f"  {line}", file=out)
    with_password = [c for c in result.issued if c.provisional_password]
    if not with_password:
        return 0
    print(f"\n{plural(len(with_password), 'mot de passe provisoire', 'mots de passe provisoires')}, "
          f"valables jusqu'au {fmt(with_password[0].expires_at.date())}.", file=out)
    if args.letters:
        write_letters(letters_for_import(preview, result, config.services_url), args.letters, out, config)
    elif not args.show_passwords:
        print(LETTERS_REMINDER, file=out)
    if not args.show_passwords:
        return 0
    print("ATTENTION : mots de passe provisoires affichés une seule fois, ils ne sont conservés nulle part.",
          file=out)
    for cred in with_password:
        print("\t".join([cred.identifier, cred.provisional_password, label(KIND_LABELS, cred.kind),
                         cred.last_name, cred.first_name, cred.class_code or ""]), file=out)
    return 0
