"""The audit log becomes tamper-evident: each row keeps a hash chaining it to the previous one.

`chain` = SHA-256 of the previous row's `chain` and the row's canonical content (see
services/audit_chain.py). Rows written before this step have no link and are reported as
such by `educonnect audit verify`; the append-only triggers stay.
"""

VERSION = 10

STATEMENTS = [
    'ALTER TABLE "audit_event" ADD COLUMN "chain" VARCHAR(64)',
]
