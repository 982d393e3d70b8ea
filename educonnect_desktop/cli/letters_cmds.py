"""`educonnect letters` and `educonnect accounts reset`: new provisional passwords, printed to a PDF.

Passwords are never printed on the terminal: they exist only in the PDF. Fonts and the
output file are checked before any password changes, so a printing problem does not
leave people with a password nobody can read.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..core.identifiers import normalize_identifier
from ..core.labels import KIND_LABELS, label
from ..errors import UserFacingError
from ..services import letters
from .common import authenticated_actor, load_cli_config, open_db



def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "letters", help="imprimer des lettres de notification (nouveaux mots de passe provisoires, PDF)")
    parser.add_argument("identifiers", nargs="*", metavar="IDENTIFIANT")
    parser.add_argument("--class", dest="class_code", metavar="CLASSE",
                        help="les élèves de la classe, par ordre alphabétique")
    parser.add_argument("--uai", metavar="UAI",
                        help="l'établissement de la classe, quand plusieurs établissements ont la même")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER.pdf")
    parser.set_defaults(handler=run_letters)


def add_reset_parser(accounts_sub) -> None:
    """`accounts reset IDENTIFIER`, registered by `accounts_cmds` beside `list` and `show`."""
    reset = accounts_sub.add_parser(
        "reset", help="réinitialiser le mot de passe (nouvelle lettre, compte débloqué)")
    reset.add_argument("identifier", metavar="IDENTIFIANT")
    reset.add_argument("-o", "--output", type=Path, default=None, metavar="FICHIER.pdf",
                       help="par défaut : lettre-IDENTIFIANT.pdf dans le dossier courant")
    reset.set_defaults(handler=run_reset)


def prepare_printing(output: Path) -> None:
    # Qt is loaded only by the commands that print.
    from ..letters.fonts import ensure_letter_fonts
    from ..letters.pdf import check_output
    from ..letters.qt_app import ensure_gui_application

    ensure_gui_application()
    ensure_letter_fonts()
    check_output(output)


def write_letters(issued, output: Path, out, config) -> None:
    from ..letters.pdf import write_letters_pdf

    path = write_letters_pdf(issued, output, family_language=config.letters.family_language)
    count = len(issued)
    print(f"{count} lettre{'s' if count > 1 else ''} écrite{'s' if count > 1 else ''} : {path}", file=out)


def run_letters(args, out) -> int:
    if not args.identifiers and not args.class_code:
        raise UserFacingError("Indiquez une classe (--class) ou au moins un identifiant.")
    config = load_cli_config(args)
    open_db(args)
    actor = authenticated_actor(args)
    prepare_printing(args.output)
    issued = letters.issue_letters(args.identifiers, class_code=args.class_code,
                                   establishment_uai=args.uai.strip().upper() if args.uai else None, actor=actor,
                                   services_url=config.services_url)
    write_letters(issued, args.output, out, config)
    return 0


def run_reset(args, out) -> int:
    config = load_cli_config(args)
    open_db(args)
    actor = authenticated_actor(args)
    safe_name = re.sub(r"[^a-z0-9.-]", "_", normalize_identifier(args.identifier))
    output = args.output or Path(f"lettre-{safe_name}.pdf")
    prepare_printing(output)
    letter = letters.reset_password(args.identifier, actor=actor, services_url=config.services_url)
    print(f"Mot de passe réinitialisé : {letter.identifier} ({label(KIND_LABELS, letter.kind)} "
          f"{letter.full_name}), valable jusqu'au {letter.valid_until_text}.", file=out)
    write_letters([letter], output, out, config)
    return 0
