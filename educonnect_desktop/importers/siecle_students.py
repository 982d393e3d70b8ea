"""The students file of SIECLE (ElevesSansAdresses.xml / ElevesAvecAdresses.xml)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from xml.etree.ElementTree import Element

from ..core.messages import QT_TRANSLATE_NOOP
from . import fields
from .fields import UNREADABLE_LEFT_ON, FieldProblem, quoted, shown
from .limits import MAX_STUDENTS, too_many
from .records import RejectedRow, RowWarning, StudentRecord
from .siecle_common import family_name, fields_of, value

# TYPE_STRUCTURE "D" is the division (the class); "G" are groups (options, LV2...).
_DIVISION = "D"
_SEXES = {"1": "M", "2": "F"}


@dataclass
class StudentsPart:
    students: list[StudentRecord] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)


STUDENT_PATH = ("DONNEES", "ELEVES", "ELEVE")
STRUCTURE_PATH = ("DONNEES", "STRUCTURES", "STRUCTURES_ELEVE")


class StudentsReader:
    """Fed the ELEVE and STRUCTURES_ELEVE elements one by one, in any order."""

    def __init__(self, label: str, *, today: date) -> None:
        self.label, self.today = label, today
        self.part = StudentsPart()
        self._classes: dict[str, str] = {}
        self._seen_ids: set[str] = set()
        self._by_ine: dict[str, str] = {}

    def student(self, element: Element) -> None:
        part, label = self.part, self.label
        record = _student(element, label, self.today, part)
        if record is None:
            return
        if record.source_id in self._seen_ids:
            part.rejected.append(RejectedRow(label, _where_record(record), QT_TRANSLATE_NOOP(
                "StaffMessages", "ELEVE_ID en double"), record.source_id))
            return
        if record.ine is not None and record.ine in self._by_ine:
            reason = QT_TRANSLATE_NOOP(
                "StaffMessages", "INE en double avec l'élève ELEVE_ID={id}").format(id=self._by_ine[record.ine])
            part.rejected.append(RejectedRow(label, _where_record(record), reason, record.source_id))
            return
        self._seen_ids.add(record.source_id)
        if record.ine is not None:
            self._by_ine[record.ine] = record.source_id
        part.students.append(record)
        if len(part.students) > MAX_STUDENTS:
            raise too_many(label, QT_TRANSLATE_NOOP("StaffMessages", "élèves"), MAX_STUDENTS)

    def structure(self, holder: Element) -> None:
        """ELEVE_ID -> code of the division, from DONNEES/STRUCTURES."""
        attribute = holder.get("ELEVE_ID")
        eleve_id = fields.clean(attribute) if attribute else value(holder, "ELEVE_ID")
        if eleve_id is None:
            return
        divisions = [
            code
            for structure in holder if structure.tag == "STRUCTURE"
            if ((values := fields_of(structure)).get("TYPE_STRUCTURE") or "").upper() == _DIVISION
            and (code := values.get("CODE_STRUCTURE"))
        ]
        if not divisions:
            return
        if len(set(divisions)) > 1:
            self.part.warnings.append(RowWarning(
                self.label, f"ELEVE_ID={shown(eleve_id)}",
                QT_TRANSLATE_NOOP("StaffMessages", "plusieurs classes ({classes}) : {kept} retenue").format(
                    classes=shown(", ".join(divisions)), kept=quoted(divisions[0])),
            ))
        if eleve_id not in self._classes and len(self._classes) >= MAX_STUDENTS:
            raise too_many(self.label, QT_TRANSLATE_NOOP("StaffMessages", "élèves dans les structures"), MAX_STUDENTS)
        self._classes.setdefault(eleve_id, divisions[0])

    def finish(self) -> StudentsPart:
        """The classes, known only once STRUCTURES (after ELEVES) has been read."""
        classes = self._classes
        for student in self.part.students:
            if (code := classes.get(student.source_id)) is not None:
                # Set on the frozen record as its own __init__ does: it has not left this reader
                # yet, and building each student a second time cost a tenth of reading it.
                object.__setattr__(student, "class_code", code)
        return self.part


def _where_record(record: StudentRecord) -> str:
    return _where(record.source_id, record.last_name, record.first_name)


def _where(eleve_id: str | None, last: str | None, first: str | None) -> str:
    names = shown(" ".join(n for n in (last, first) if n))
    where = f"ELEVE_ID={shown(eleve_id)}" if eleve_id else QT_TRANSLATE_NOOP("StaffMessages", "ELEVE sans ELEVE_ID")
    return where + f" ({names})" if names else where


def _student(element: Element, label: str, today: date, part: StudentsPart) -> StudentRecord | None:
    values = fields_of(element)
    get = values.get
    attribute = element.get("ELEVE_ID")
    eleve_id = fields.clean(attribute) if attribute else get("ELEVE_ID")
    last, first = family_name(values), get("PRENOM")
    # Made only for a message: quoting names cost a fifth of reading a clean file.
    where = partial(_where, eleve_id, last, first)
    try:
        if eleve_id is None:
            raise FieldProblem(QT_TRANSLATE_NOOP("StaffMessages", "identifiant ELEVE_ID manquant"))
        last = fields.required_name(last, fields.LAST_NAME)
        first = fields.required_name(first, fields.FIRST_NAME)
        born = fields.birth_date(get("DATE_NAISS"), today)
    except FieldProblem as problem:
        part.rejected.append(RejectedRow(label, where(), problem.reason, eleve_id))
        return None
    try:
        ine = fields.ine(get("ID_NATIONAL"))
    except FieldProblem as problem:
        part.warnings.append(RowWarning(label, where(), problem.reason))
        ine = None
    left_on = _exit_date(get("DATE_SORTIE"), label, where, part)
    return StudentRecord(
        source_id=eleve_id,
        elenoet=fields.clean(attribute) if (attribute := element.get("ELENOET")) else get("ELENOET"),
        ine=ine,
        last_name=last,
        usage_name=fields.usage_name(last, get("NOM_USAGE")),
        first_name=first,
        birth_date=born,
        sex=_SEXES.get(get("CODE_SEXE") or ""),
        class_code=None,  # from STRUCTURES, in `finish`
        # Strictly before today: on its exit day the student still attends.
        left=left_on is not None and left_on < today,
        left_on=left_on,
    )


def _exit_date(text: str | None, label: str, where: Callable[[], str], part: StudentsPart) -> date | None:
    if text is None:
        return None
    try:
        return fields.parse_date(text)
    except ValueError:
        part.warnings.append(RowWarning(label, where(), UNREADABLE_LEFT_ON.format(value=quoted(text))))
        return None
