"""Text that leaves the application: to a terminal, or into a file a spreadsheet will open.

- `terminal_text`: control characters (ESC sequences that recolour or rewrite the screen),
  bidi overrides and zero-width characters are shown as visible escapes (`\\x1b`, `\\u202e`).
- `spreadsheet_cell`: a cell starting with `=`, `+`, `-`, `@`, tab or CR would be run as a
  formula by a spreadsheet (`=HYPERLINK(...)`): it gets a leading apostrophe (OWASP's advice),
  and tabs or line breaks inside become spaces so they cannot split the row.
"""

from __future__ import annotations

import unicodedata

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_KEPT = "\n\t"


def _needs_escape(ch: str) -> bool:
    if ch in _KEPT:
        return False
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs")


def terminal_text(text: str) -> str:
    if not any(_needs_escape(ch) for ch in text):
        return text
    out = []
    for ch in text:
        if _needs_escape(ch):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def spreadsheet_cell(value: str) -> str:
    if value.startswith(_FORMULA_STARTS):  # checked before the tabs and CRs are flattened
        value = "'" + value
    return value.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def tsv_row(cells) -> str:
    return "\t".join(spreadsheet_cell(str(cell)) for cell in cells)
