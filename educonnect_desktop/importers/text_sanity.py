"""Refusing a roster whose names look mis-decoded ("LÃ©a" for "Léa").

Such names come from a file that was converted twice, or saved in UTF-8 by a tool
that believed it was Latin-1. Written to the accounts, every accented name would
be wrong on every letter: the import stops and says why instead. The pattern is
what UTF-8 bytes of accented letters look like once read as Latin-1 / Windows-1252:
"Ã" or "Â" or "Å" followed by a character from the upper half of those encodings.
No French name contains such a pair.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain
from operator import itemgetter

from ..core.messages import QT_TRANSLATE_NOOP
from .errors import ImportFormatError

_CP1252_UPPER = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(f"[ÃÂÅ][\u0080-\u00bf{_CP1252_UPPER}]|â€")
_EXAMPLES = 3


def looks_mis_decoded(text: str) -> bool:
    return _MOJIBAKE.search(text) is not None


def refuse_mis_decoded(names: Iterable[tuple[str, Iterable[str | None]]]) -> None:
    """`names`: (file label, the names of one person). Raises on the first few bad ones."""
    names = list(names)
    # One search over all the names at once (the usual case: nothing found), joined without a
    # Python step per name.
    if not _MOJIBAKE.search("\n".join(filter(None, chain.from_iterable(map(itemgetter(1), names))))):
        return
    found: list[tuple[str, str]] = []
    count = 0
    for label, parts in names:
        for part in parts:
            if part and looks_mis_decoded(part):
                count += 1
                if len(found) < _EXAMPLES:
                    found.append((label, part))
                break
    if not count:
        return
    label = found[0][0]
    examples = ", ".join(f"« {name} »" for _, name in found)
    raise ImportFormatError(QT_TRANSLATE_NOOP("StaffMessages",
        "{file} : {count} nom(s) semblent mal décodés ({examples}) : le fichier a sans doute été "
        "converti deux fois ou enregistré dans un autre encodage que celui qu'il déclare. "
        "Import arrêté : rien n'a été enregistré. Réexportez le fichier depuis le logiciel d'origine."
    ).format(file=label, count=count, examples=examples))
