"""French AZERTY keyboard as an adjacency graph, in zxcvbn's format.

zxcvbn only knows QWERTY and Dvorak, so `azertyuiop` or `wxcvbn` would look
random to it. Each character maps to its key's six neighbours in the order
zxcvbn expects: left, upper-left, upper-right, right, lower-right, lower-left.
A neighbour is the string "unshifted + shifted" of that key, or None.
"""

from __future__ import annotations

# Keys as "unshifted shifted" pairs, row by row. Dead keys (^ ¨) and the
# superscript ² key are left out: nobody walks over them.
_ROWS = (
    ("&1", "é2", '"3', "'4", "(5", "-6", "è7", "_8", "ç9", "à0", ")°", "=+"),
    ("aA", "zZ", "eE", "rR", "tT", "yY", "uU", "iI", "oO", "pP", "$£"),
    ("qQ", "sS", "dD", "fF", "gG", "hH", "jJ", "kK", "lL", "mM", "ù%", "*µ"),
    ("<>", "wW", "xX", "cC", "vV", "bB", "nN", ",?", ";.", ":/", "!§"),
)

# Horizontal position of each row's first key, in half-key units: rows are
# staggered by half a key, so a key's upper neighbours sit at x-1 and x+1.
_ROW_OFFSETS = (2, 3, 4, 3)


def _build_graph() -> dict[str, list[str | None]]:
    position = {}
    for row, (keys, offset) in enumerate(zip(_ROWS, _ROW_OFFSETS)):
        for column, key in enumerate(keys):
            position[(row, offset + 2 * column)] = key

    graph: dict[str, list[str | None]] = {}
    for (row, x), key in position.items():
        neighbours = [
            position.get((row, x - 2)),
            position.get((row - 1, x - 1)),
            position.get((row - 1, x + 1)),
            position.get((row, x + 2)),
            position.get((row + 1, x + 1)),
            position.get((row + 1, x - 1)),
        ]
        for char in key:
            graph[char] = neighbours
    return graph


AZERTY_GRAPH = _build_graph()

# Characters typed with Shift on AZERTY: digits are among them.
AZERTY_SHIFTED = frozenset(key[1] for row in _ROWS for key in row)
