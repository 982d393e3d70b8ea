"""`educonnect self-check`: the installation check shared with `educonnect-desktop --self-check`."""

from __future__ import annotations


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "self-check", help="vérifier l'installation (versions, base, trousseau, polices, traductions, PDF)")
    parser.set_defaults(handler=run_self_check)


def run_self_check(args, out) -> int:
    from ..self_check import main

    return main(args.db, args.config, out)
