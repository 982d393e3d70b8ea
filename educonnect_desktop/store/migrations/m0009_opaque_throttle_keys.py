"""Throttle keys become keyed hashes (services/opaque.py): the raw keys kept so far named
identifiers, mobiles and whatever was typed into an identifier field, so they are dropped.
Counters are short-lived (minutes to a day): forgetting them costs nothing lasting.
"""

VERSION = 9

STATEMENTS = [
    'DELETE FROM "throttle"',
]
