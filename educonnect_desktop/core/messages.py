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


def counted(count: int, one: Text, many: Text) -> Text:
    """`one` or `many` (each with a `{count}` placeholder) filled with `count`, as French chooses
    (0 and 1 take `one`); the window chooses again by the rule of its language (`forms`)."""
    forms = (one.format(count=count), many.format(count=count))
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
