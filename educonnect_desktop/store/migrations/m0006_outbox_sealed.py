"""Outbox messages keep their secret values sealed, not their rendered text.

`context` holds the template's non-secret values (JSON); `sealed` the code and link,
encrypted with the outbox key from the keyring, dropped once sent. The texts already
stored of confidential messages no longer waiting (they carry codes and links in clear)
are wiped; waiting ones are sent as they are, then wiped.
"""

VERSION = 6

STATEMENTS = [
    'ALTER TABLE "outbox_message" ADD COLUMN "context" TEXT',
    'ALTER TABLE "outbox_message" ADD COLUMN "sealed" TEXT',
    """UPDATE "outbox_message" SET "body_text" = '', "body_html" = NULL
       WHERE "confidential" = 1 AND "status" IN ('sent', 'failed', 'cancelled')""",
]
