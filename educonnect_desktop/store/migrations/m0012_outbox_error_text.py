"""An outbox row's last error is kept translatable: `last_error` stays the French sentence (the
command line and an auditor's SQL read it), `last_error_text` holds the same sentence as
`core.messages.stored()` writes it, so the outbox tab of an English window shows it in English.
Older rows have none and show their French."""

VERSION = 12

STATEMENTS = [
    'ALTER TABLE "outbox_message" ADD COLUMN "last_error_text" TEXT',
]
