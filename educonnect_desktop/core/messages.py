"""Texts the lower layers hand to a person, in French, translatable by the window.

The core and the services do not know Qt (the CLI speaks French, the tests read French), yet a
refusal they raise or a label they name reaches the window, which may be in English or Arabic.
So a text they write is a `Text`: a `str` holding the French sentence as it always was, which
also remembers its source (the msgid, with `{name}` placeholders), its translation context and
its parameters. `ui.translations.translated()` looks the source up in Qt's catalogues at display
time and fills the parameters in (translated too when they are `Text`); everything else (the CLI,
the logs, the tests, `==`) sees the French `str`.

`QT_TRANSLATE_NOOP("Context", "source")` is the marker `pyside6-lupdate` collects from plain
Python modules (`make translations` reads `core/`, `store/`, `services/`, `messaging/`,
`importers/`, `sync/`, `letters/` and `secret_store.py` too). Its first two arguments must be
literals for lupdate to see them. The contexts say who reads the text:

- `FamilyMessages`: shown on the families' screens (login, activation, registration, recovery,
  "Mon compte"), so translated into every shipped language, Arabic included;
- `StaffMessages`: the secretariat's refusals, and `Labels` / `AuditLabels`: the codes' names
  the secretariat reads; English only (the secretariat stays in French in Arabic).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

FAMILY = "FamilyMessages"
STAFF = "StaffMessages"
LABELS = "Labels"
AUDIT = "AuditLabels"
CONTEXTS = (FAMILY, STAFF, LABELS, AUDIT)


class Text(str):
    """A French text that knows how to be translated (see the module's docstring).

    `format(**params)` fills named placeholders and keeps the text translatable; `+` with a
    plain `str` keeps the `Text` part translatable (the plain part stays as it is). Any other
    `str` method gives a plain French `str`, which the window shows untranslated.
    """

    context: str | None
    source: str
    params: Mapping[str, object]
    parts: tuple[str, ...]
    forms: tuple[Text, Text] | tuple[()]  # (one, many) of a `counted` text; else empty

    def __new__(cls, context: str | None, source: str, params: Mapping[str, object] | None = None,
                parts: tuple[str, ...] = ()) -> Text:
        params = dict(params or {})
        if parts:
            french = "".join(parts)
        else:
            french = source.format(**params) if params else source
        text = super().__new__(cls, french)
        text.context, text.source, text.params, text.parts, text.forms = context, source, params, parts, ()
        return text

    def format(self, *args: object, **params: object) -> Text:  # type: ignore[override]
        if args or self.parts:
            raise TypeError("a Text takes named parameters only, before any concatenation")
        return Text(self.context, self.source, {**self.params, **params})

    def __add__(self, other: str) -> Text:  # type: ignore[override]
        if not isinstance(other, str):
            return NotImplemented
        return concatenation(self, other)

    def __radd__(self, other: str) -> Text:
        if not isinstance(other, str):
            return NotImplemented
        return concatenation(other, self)

    def __reduce__(self):
        return (Text, (self.context, self.source, self.params, self.parts))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # noqa: N802 - the name lupdate looks for
    return Text(context, source)


def counted(count: int, one: Text, many: Text, **params: object) -> Text:
    """`one` or `many` (each with a `{count}` placeholder, and `params`' own) filled with `count`, as
    French chooses (0 and 1 take `one`); the window chooses again by the rule of its language (`forms`)."""
    forms = (one.format(count=count, **params), many.format(count=count, **params))
    text = forms[0] if count <= 1 else forms[1]
    text = Text(text.context, text.source, text.params)
    text.forms = forms
    return text


def concatenation(*parts: str) -> Text:
    """Texts side by side, each translated on its own ("A. " + "B.")."""
    flat: list[str] = []
    for part in parts:
        flat.extend(part.parts if isinstance(part, Text) and part.parts else (part,))
    return Text(None, "", None, tuple(flat))


def joined(separator: str, parts: Iterable[str]) -> Text:
    """`separator.join(parts)` that keeps each part translatable."""
    items: list[str] = []
    for part in parts:
        if items:
            items.append(separator)
        items.append(part)
    return concatenation(*items) if items else Text(None, "")


# --- a Text kept in the database -----------------------------------------------------------
# A text the lower layers store to show later (an outbox row's last error) loses what makes it
# translatable once it is a column's French `str`. Its `stored()` form sits beside that French
# in its own column; `restored()` gives the `Text` back, or the plain French when the stored
# form is missing (an older row) or unreadable (the French is never lost).

_STORED_VERSION = 1


def stored(text: str | None) -> str | None:
    """JSON of `text` when it is a `Text`; None for a plain `str` (its French says it all)."""
    import json

    if not isinstance(text, Text):
        return None
    return json.dumps({"v": _STORED_VERSION, "text": _to_record(text)}, ensure_ascii=False,
                      separators=(",", ":"))


def restored(french: str | None, stored_form: str | None) -> str | None:
    """The `Text` that `stored()` wrote, if it still reads as the same French; else `french`."""
    if french is None or not stored_form:
        return french
    import json

    try:
        record = json.loads(stored_form)
        if record.get("v") != _STORED_VERSION:
            return french
        text = _from_record(record["text"])
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        return french
    # A placeholder that no longer fills the same way (a source changed since) shows the French.
    return text if isinstance(text, Text) and str(text) == french else french


def _to_record(value: object) -> object:
    if isinstance(value, Text):
        record: dict[str, object] = {"c": value.context, "s": value.source}
        if value.params:
            record["p"] = {name: _to_record(item) for name, item in value.params.items()}
        if value.parts:
            record["parts"] = [_to_record(part) for part in value.parts]
        if value.forms:
            record["forms"] = [_to_record(form) for form in value.forms]
        return {"t": record}
    if value is None or isinstance(value, (int, float, bool)):
        return value
    return str(value)  # a plain str, or a date, a path...: as French wrote it


def _from_record(value: object) -> object:
    if isinstance(value, dict):
        record = value["t"]
        context = record["c"]
        if context is not None and context not in CONTEXTS:
            raise ValueError(context)
        params = {str(name): _from_record(item) for name, item in (record.get("p") or {}).items()}
        parts = tuple(_from_record(part) for part in record.get("parts") or ())
        text = Text(context, str(record["s"]), params, parts)
        forms = tuple(_from_record(form) for form in record.get("forms") or ())
        if forms:
            if len(forms) != 2 or not all(isinstance(form, Text) for form in forms):
                raise ValueError("forms")
            text.forms = forms
        return text
    if isinstance(value, list):
        raise ValueError("list")
    return value
