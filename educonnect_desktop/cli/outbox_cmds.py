"""`educonnect outbox list | show | send | retry | cancel`: the messages waiting to go out."""

from __future__ import annotations

import asyncio

from ..core.safe_text import tsv_row
from ..messaging import outbox
from ..messaging.channels import CHANNEL_LABELS
from ..messaging.delivery import DeliverySummary, build_senders, deliver_due
from ..messaging.outbox import STATUS_LABELS
from ..messaging.templates import KIND_LABELS
from ..secret_store import KeyringSecretStore
from ..store.models import OutboxStatus
from .output import MAX_ID, MAX_LIMIT, bounded_int
from .common import authenticated_actor, fmt, load_cli_config, open_db

EXIT_SOME_FAILED = 1
CONFIDENTIAL_NOTICE = "(confidentiel : contient un code ou un identifiant, non affiché)"


def register(subparsers) -> None:
    parser = subparsers.add_parser("outbox", help="messages (e-mails, SMS) en attente d'envoi")
    sub = parser.add_subparsers(dest="outbox_command", metavar="ACTION")
    sub.required = True
    lister = sub.add_parser("list", help="un message par ligne, le plus récent d'abord")
    lister.add_argument("--status", choices=OutboxStatus.ALL, action="append",
                        help="seulement les messages dans cet état (option répétable)")
    lister.add_argument("--limit", type=bounded_int(1, MAX_LIMIT), default=200, metavar="N")
    lister.set_defaults(handler=run_list)
    show = sub.add_parser("show", help="le détail d'un message")
    show.add_argument("message_id", type=bounded_int(1, MAX_ID), metavar="ID")
    show.set_defaults(handler=run_show)
    send = sub.add_parser("send", help="envoyer maintenant les messages dus")
    send.set_defaults(handler=run_send)
    retry = sub.add_parser("retry", help="remettre en file d'attente un message en échec ou annulé")
    retry.add_argument("message_id", type=bounded_int(1, MAX_ID), metavar="ID")
    retry.set_defaults(handler=run_retry)
    cancel = sub.add_parser("cancel", help="annuler l'envoi d'un message")
    cancel.add_argument("message_id", type=bounded_int(1, MAX_ID), metavar="ID")
    cancel.set_defaults(handler=run_cancel)


def _label(table: dict[str, str], key: str) -> str:
    return table.get(key, key)


def run_list(args, out) -> int:
    open_db(args)
    rows = outbox.list_messages(args.status, limit=args.limit)
    if not rows:
        print("Aucun message.", file=out)
        return 0
    print("\t".join(["N°", "Créé le", "Canal", "Type", "Destinataire", "État", "Essais",
                     "Prochain essai", "Dernière erreur"]), file=out)
    for row in rows:
        print(tsv_row([
            str(row.id), fmt(row.created_at), _label(CHANNEL_LABELS, row.channel), _label(KIND_LABELS, row.kind),
            row.recipient_masked, _label(STATUS_LABELS, row.status), f"{row.attempts}/{row.max_attempts}",
            fmt(row.next_attempt_at), row.last_error or "",
        ]), file=out)
    return 0


def run_show(args, out) -> int:
    open_db(args)
    m = outbox.get_message(args.message_id)
    lines = [
        ("Message n°", m.id), ("Canal", _label(CHANNEL_LABELS, m.channel)), ("Type", _label(KIND_LABELS, m.kind)),
        ("Destinataire", m.recipient_masked), ("Compte", m.account_identifier),
        ("État", _label(STATUS_LABELS, m.status)), ("Essais", f"{m.attempts}/{m.max_attempts}"),
        ("Prochain essai", m.next_attempt_at), ("Dernière erreur", m.last_error),
        ("Créé le", m.created_at), ("Envoyé le", m.sent_at), ("Objet", m.subject),
    ]
    for name, value in lines:
        if value is not None:
            print(f"{name} : {fmt(value)}", file=out)
    if m.confidential:
        print(f"Texte : {CONFIDENTIAL_NOTICE}", file=out)
    else:
        print("Texte :", file=out)
        print(m.body_text, file=out)
    return 0


def _merge(total: DeliverySummary, part: DeliverySummary) -> None:
    total.sent += part.sent
    total.retrying += part.retrying
    total.failed += part.failed
    total.deferred += part.deferred
    total.unavailable.update(part.unavailable)
    total.paused |= part.paused
    total.waiting = part.waiting


def run_send(args, out) -> int:
    config = load_cli_config(args)
    open_db(args)
    authenticated_actor(args)  # sending is a staff action (a cron job passes --as and the password)
    senders = build_senders(config, KeyringSecretStore())

    async def deliver_all() -> DeliverySummary:
        total = DeliverySummary()
        while True:
            part = await deliver_due(senders)
            _merge(total, part)
            if not part.more_due:
                return total

    summary = asyncio.run(deliver_all())
    print(summary.describe(), file=out)
    # A script (cron) must notice a definitive failure; retries and an offline channel are normal.
    return EXIT_SOME_FAILED if summary.failed else 0


def run_retry(args, out) -> int:
    open_db(args)
    m = outbox.retry(args.message_id, actor=authenticated_actor(args))
    print(f"Message n° {m.id} remis en file d'attente ({_label(KIND_LABELS, m.kind)}, "
          f"{m.recipient_masked}). Il partira au prochain envoi.", file=out)
    return 0


def run_cancel(args, out) -> int:
    open_db(args)
    m = outbox.cancel(args.message_id, actor=authenticated_actor(args))
    print(f"Message n° {m.id} annulé ({_label(KIND_LABELS, m.kind)}, {m.recipient_masked}).", file=out)
    return 0
