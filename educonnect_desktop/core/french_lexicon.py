"""The French lexicon of the strength estimate: the most frequent words of French.

`resources/lexicon/fr_words.txt.gz` holds the 40,000 most frequent French words of
wordfreq (folded: lowercase ASCII letters), most frequent first, built by
`scripts/build_french_lexicon.py`; its data is CC BY-SA 4.0 (see the NOTICE beside it).
149 KiB on disk, read in about 7 ms, once, by `strength_matching.warm_up()` (the password
field runs it on its worker thread, never on the GUI thread). This is the only file
`core` reads: static data shipped with the code, like a module.

A corpus rank is not the rank of a word in an attacker's list: attackers try every
common word with the usual decorations ("Filou2022!"), so a word's cost grows much more
slowly than its corpus frequency. The estimate uses rank ** RANK_EXPONENT (rank 40,000
-> about 1,650 guesses), tuned on bench/strength_sets.py's tuning set.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib.resources import files

# Package data read through importlib.resources: the same in a checkout, a wheel and the bundle.
LEXICON_FILE = files("educonnect_desktop") / "resources" / "lexicon" / "fr_words.txt.gz"
RANK_EXPONENT = 0.7


@cache
def corpus_words() -> tuple[str, ...]:
    """The words, most frequent first; empty if the resource is missing (a broken install)."""
    try:
        data = gzip.decompress(LEXICON_FILE.read_bytes())
    except OSError:
        return ()
    return tuple(data.decode("ascii").split())


def scaled_ranks():
    """The guesses of the n-th word (n = 1, 2, ...): rank ** RANK_EXPONENT, at least 1."""
    n = 1
    while True:
        yield max(1, round(n**RANK_EXPONENT))
        n += 1
