"""One throttle table for everything guessable (logins, codes, recovery, per workstation).

Keyed by a string such as `login:j.dupont1`, it works the same for identifiers that do not
exist, so lockouts never reveal whether an account exists. It replaces the per-account
counters of the first schema.
"""

VERSION = 3

STATEMENTS = [
    """CREATE TABLE "throttle" ("key" VARCHAR(255) NOT NULL PRIMARY KEY,
        "failures" INTEGER NOT NULL, "window_start" DATETIME NOT NULL,
        "locked_until" DATETIME)""",
    'ALTER TABLE "account" DROP COLUMN "failed_attempts"',
    'ALTER TABLE "account" DROP COLUMN "locked_until"',
]
