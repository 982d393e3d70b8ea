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


def azerty_column_walks() -> tuple[str, ...]:
    """Column walks of AZERTY and their chains ("&aqw", "1aqw2zsx", "zsxedc"), short first.

    People walk down (or up) a column, then the next one: "1aqw2zsx" is the French
    "1qaz2wsx", one of the most used passwords. zxcvbn's walk pricing sees two walks with
    a turn between them and overrates it; as a list, a chain costs its rank.
    """
    columns = []
    for index in range(10):  # the columns under the ten digit keys
        keys = [_ROWS[row][index + (1 if row == 3 else 0)] for row in range(4)]
        columns.append(keys)
    walks: dict[str, None] = {}
    for length in (1, 2, 3):
        for start in range(10 - length + 1):
            chain = columns[start : start + length]
            for top in (0, 1):  # the digit key as typed: unshifted (&) or shifted (1)
                for down in (True, False):
                    for with_top in (True, False):
                        parts = []
                        for keys in chain:
                            column = ([keys[0][top]] if with_top else []) + [k[0] for k in keys[1:]]
                            parts.append("".join(column if down else column[::-1]))
                        walks.setdefault("".join(parts), None)
    for row in _ROWS:  # stretches of a row, both ways: "ertyuiop", "mlkjhgf", "é\"'("
        for keys in (row, [k[1] + k[0] for k in row]):
            line = "".join(k[0] for k in keys)
            for length in range(4, len(line) + 1):
                for start in range(len(line) - length + 1):
                    piece = line[start : start + length]
                    walks.setdefault(piece, None)
                    walks.setdefault(piece[::-1], None)
    return tuple(w.lower() for w in sorted(walks, key=len) if len(w) >= 3)
