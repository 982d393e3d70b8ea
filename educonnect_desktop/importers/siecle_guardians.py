"""The guardians file of SIECLE (ResponsablesAvecAdresses.xml): persons and links.

Legal level of a link:
- older exports give RESP_LEGAL: 1 and 2 are the two legal guardians, 0 is not legal;
- newer ones give NIVEAU_RESPONSABILITE: 1 "responsable légal", 2 "personne en
  charge", 3 "délégation". Only 1 is legal; as it carries no rank, the legal
  guardians of a student get 1 then 2 in the file's order.
RESP_LEGAL wins when both are present, since it also carries the rank.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from xml.etree.ElementTree import Element

from ..core.messages import QT_TRANSLATE_NOOP
from . import fields
from .fields import FieldProblem, quoted, shown
from .limits import MAX_LINKS, MAX_PERSONS, too_many
from .records import GuardianRecord, LinkRecord, RejectedRow, RowWarning
from .siecle_common import family_name, fields_of


@dataclass
class GuardiansPart:
    guardians: list[GuardianRecord] = field(default_factory=list)
    links: list[LinkRecord] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)


PERSON_PATH = ("DONNEES", "PERSONNES", "PERSONNE")
LINK_PATH = ("DONNEES", "RESPONSABLES", "RESPONSABLE_ELEVE")

# What a link needs, read off its element: (ELEVE_ID, PERSONNE_ID, RESP_LEGAL, NIVEAU_RESPONSABILITE).
_RawLink = tuple[str | None, str | None, str | None, str | None]


class GuardiansReader:
    """Fed the PERSONNE and RESPONSABLE_ELEVE elements one by one, in any order."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.part = GuardiansPart()
        self._rejected_persons: set[str] = set()
        self._known: set[str] = set()
        self._links: list[_RawLink] = []

    def person(self, element: Element) -> None:
        part = self.part
        values = fields_of(element)
        record = _person(element, values, self.label, part)
        if record is None:
            if pid := _person_id(element, values):
                self._rejected_persons.add(pid)
        elif record.source_id in self._known:
            part.rejected.append(RejectedRow(self.label, _where(record.source_id, record), QT_TRANSLATE_NOOP(
                "StaffMessages", "PERSONNE_ID en double")))
        else:
            self._known.add(record.source_id)
            part.guardians.append(record)
            if len(part.guardians) > MAX_PERSONS:
                raise too_many(self.label, QT_TRANSLATE_NOOP("StaffMessages", "responsables"), MAX_PERSONS)

    def link(self, element: Element) -> None:
        get = fields_of(element).get
        self._links.append((get("ELEVE_ID"), get("PERSONNE_ID"), get("RESP_LEGAL"), get("NIVEAU_RESPONSABILITE")))
        if len(self._links) > MAX_LINKS:
            raise too_many(self.label, QT_TRANSLATE_NOOP(
                "StaffMessages", "liens entre élèves et responsables"), MAX_LINKS)

    def finish(self) -> GuardiansPart:
        """The links, once every person is known (persons come first in real exports)."""
        _links(self._links, self.label, self._known, self._rejected_persons, self.part)
        return self.part


def _person_id(element: Element, values: dict[str, str | None]) -> str | None:
    attribute = element.get("PERSONNE_ID")
    return fields.clean(attribute) if attribute else values.get("PERSONNE_ID")


def _where(pid: str | None, record: GuardianRecord | None = None, last: str | None = None,
           first: str | None = None) -> str:
    if record is not None:
        last, first = record.last_name, record.first_name
    names = " ".join(n for n in (last, first) if n)
    where = f"PERSONNE_ID={shown(pid)}" if pid else QT_TRANSLATE_NOOP("StaffMessages", "PERSONNE sans PERSONNE_ID")
    names = shown(names)
    return where + f" ({names})" if names else where


def _person(element: Element, values: dict[str, str | None], label: str,
            part: GuardiansPart) -> GuardianRecord | None:
    pid = _person_id(element, values)
    get = values.get
    last, first = family_name(values), get("PRENOM")
    # Made only for a message: quoting names cost a fifth of reading a clean file.
    where = partial(_where, pid, None, last, first)
    try:
        if pid is None:
            raise FieldProblem(QT_TRANSLATE_NOOP("StaffMessages", "identifiant PERSONNE_ID manquant"))
        last = fields.required_name(last, fields.LAST_NAME)
        first = fields.required_name(first, fields.FIRST_NAME)
    except FieldProblem as problem:
        part.rejected.append(RejectedRow(label, where(), problem.reason))
        return None
    try:
        mobile = fields.mobile(get("TEL_PORTABLE"))
    except FieldProblem as problem:
        part.warnings.append(RowWarning(label, where(), problem.reason))
        mobile = None
    try:
        email = fields.email(get("MEL"))
    except FieldProblem as problem:
        part.warnings.append(RowWarning(label, where(), problem.reason))
        email = None
    return GuardianRecord(
        source_id=pid,
        civility=fields.civility(get("LC_CIVILITE")),
        last_name=last,
        usage_name=fields.usage_name(last, get("NOM_USAGE")),
        first_name=first,
        mobile=mobile,
        email=email,
    )


def _links(
    raw_links: list[_RawLink], label: str, known: set[str], rejected_persons: set[str], part: GuardiansPart,
) -> None:
    seen: set[tuple[str, str]] = set()
    legal_count: dict[str, int] = {}
    for eleve_id, pid, resp_legal, niveau in raw_links:
        if eleve_id is None or pid is None:
            part.rejected.append(RejectedRow(label, _link_where(eleve_id, pid), QT_TRANSLATE_NOOP(
                "StaffMessages", "lien incomplet (ELEVE_ID ou PERSONNE_ID manquant)")))
            continue
        if pid in rejected_persons:
            continue  # the person's own rejection already tells the story
        if pid not in known:
            part.rejected.append(RejectedRow(label, _link_where(eleve_id, pid), QT_TRANSLATE_NOOP(
                "StaffMessages", "lien vers une personne absente du fichier")))
            continue
        if (eleve_id, pid) in seen:
            continue
        level = 1 if resp_legal == "1" else 2 if resp_legal == "2" else (  # the usual values first
            _legal_level(resp_legal, niveau, label, _link_where(eleve_id, pid), part))
        if level is None:
            continue
        if level == -1:  # legal, rank to be given in file order
            level = min(legal_count.get(eleve_id, 0) + 1, 2)
        if level > 0:
            legal_count[eleve_id] = legal_count.get(eleve_id, 0) + 1
        seen.add((eleve_id, pid))
        part.links.append(LinkRecord(eleve_id, pid, level))


def _link_where(eleve_id: str | None, pid: str | None) -> str:
    """Made only for a message: an f-string for each of 12,000 links was a tenth of their reading."""
    return f"RESPONSABLE_ELEVE ELEVE_ID={eleve_id}, PERSONNE_ID={pid}"


def _legal_level(resp_legal: str | None, level: str | None, label: str, where: str,
                 part: GuardiansPart) -> int | None:
    """1 or 2 from RESP_LEGAL, -1 for "legal, rank unknown", 0 not legal, None unreadable."""
    if resp_legal is not None:
        if resp_legal in ("0", "1", "2"):
            return int(resp_legal)
        part.rejected.append(RejectedRow(label, where, QT_TRANSLATE_NOOP(
            "StaffMessages", "RESP_LEGAL illisible {value}").format(value=quoted(resp_legal))))
        return None
    if level == "1":
        return -1
    if level in ("2", "3"):
        return 0
    if level is None:
        part.rejected.append(RejectedRow(label, where, QT_TRANSLATE_NOOP(
            "StaffMessages", "ni RESP_LEGAL ni NIVEAU_RESPONSABILITE")))
    else:
        part.rejected.append(RejectedRow(label, where, QT_TRANSLATE_NOOP(
            "StaffMessages", "NIVEAU_RESPONSABILITE illisible {value}").format(value=quoted(level))))
    return None
