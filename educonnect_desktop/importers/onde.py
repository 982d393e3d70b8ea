"""Reading the ONDE student export of primary schools (CSV, ";"-separated).

The columns understood are listed in `onde_columns`. Legal level of guardian n:
legal unless its "Autorité parentale" says "Non" or its "Lien" is "Autre" /
"Personne à contacter"; legal guardians get 1 then 2 in column order, others 0.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from ..core.messages import QT_TRANSLATE_NOOP
from . import fields
from .archives import plain_file
from .errors import FILE_NOT_FOUND, ImportFormatError
from .limits import MAX_CSV_BYTES, MAX_STUDENTS, too_many
from .fields import UNREADABLE_LEFT_ON, FieldProblem, quoted, shown
from .onde_columns import ColumnMap, header_key, map_columns
from .onde_keys import GuardianMerger, student_key
from .progress import CancelCheck, ProgressCallback, Ticker
from .records import GuardianRecord, LinkRecord, RejectedRow, Roster, RowWarning, StudentRecord
from .text_sanity import refuse_mis_decoded

_SEXES = {"m": "M", "masculin": "M", "g": "M", "garcon": "M", "1": "M",
          "f": "F", "feminin": "F", "fille": "F", "2": "F"}
_NOT_LEGAL_RELATIONS = {"autre", "autre lien", "personne a contacter", "contact", "tiers"}
_NO = {"non", "n", "0", "false", "faux"}
# Latin-9 letters that cp1252 decodes as fractions or currency signs.
_LATIN9_TELLS = set("¤¦¨´¸¼½¾")


def read_onde(
    path: Path | str,
    *,
    today: date,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Roster:
    path = Path(path)
    if not path.is_file():
        raise ImportFormatError(FILE_NOT_FOUND.format(file=path.name))
    ticker = Ticker(progress, cancelled)
    ticker.check()
    label = path.name
    rows = _rows(decode(plain_file(path, max_bytes=MAX_CSV_BYTES).read_all()), label)
    header_line, headers = next(rows, (0, None))
    if headers is None:
        raise ImportFormatError(QT_TRANSLATE_NOOP("StaffMessages", "{file} : le fichier est vide.").format(file=label))
    refuse_mis_decoded([(label, headers)])  # else "colonnes absentes" would hide the real cause
    columns = map_columns(headers, label)
    body = list(rows)
    if len(body) > MAX_STUDENTS:
        raise too_many(label, QT_TRANSLATE_NOOP("StaffMessages", "lignes"), MAX_STUDENTS)
    ticker.total = len(body)
    reader = _Reader(label, columns, today)
    for line, row in body:
        ticker.step()
        reader.row(line, row)
    roster = reader.roster()
    refuse_mis_decoded([(label, (s.last_name, s.first_name, s.usage_name)) for s in roster.students]
                       + [(label, (g.last_name, g.first_name, g.usage_name)) for g in roster.guardians])
    ticker.finish()
    return roster


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, else Latin-9."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("iso-8859-15")  # every byte is defined there
    if _LATIN9_TELLS.intersection(text):
        # "C½ur" is Latin-9 read as cp1252: "Cœur" is far likelier in a roster.
        return data.decode("iso-8859-15")
    return text


def _rows(text: str, label: str):
    """(line number, cells) of non-blank rows; the header first.

    An unbalanced quote makes the csv module read on to the next closing quote,
    swallowing the following lines into one cell: every pupil after it would look
    absent, i.e. as having left. Such a cell (a line break followed by more
    separators) is refused with the line where the quote was opened.
    """
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for cells in reader:
            if any(_swallowed_lines(cell, delimiter) for cell in cells):
                raise _unbalanced_quote(label, start)
            if any(cell.strip() for cell in cells):
                yield start, cells
            start = reader.line_num + 1
    except csv.Error as exc:
        if "end of data" in str(exc) or "EOF" in str(exc):
            raise _unbalanced_quote(label, start) from None
        raise ImportFormatError(QT_TRANSLATE_NOOP("StaffMessages", "{file}, ligne {line} : CSV illisible ({detail}).")
                               .format(file=label, line=start, detail=str(exc))) from None


def _swallowed_lines(cell: str, delimiter: str) -> bool:
    if "\n" not in cell and "\r" not in cell:
        return False
    after_break = cell.replace("\r", "\n").split("\n", 1)[1]
    return delimiter in after_break


def _unbalanced_quote(label: str, line: int) -> ImportFormatError:
    return ImportFormatError(QT_TRANSLATE_NOOP("StaffMessages",
        "{file}, ligne {line} : guillemet ouvert et jamais refermé, la suite du fichier serait lue "
        "comme une seule case (et tous les élèves suivants comme sortis). Import arrêté : corrigez "
        "cette ligne ou réexportez le fichier depuis ONDE.").format(file=label, line=line))


def _line(line: int) -> str:
    return QT_TRANSLATE_NOOP("StaffMessages", "ligne {line}").format(line=line)


class _Reader:
    def __init__(self, label: str, columns: ColumnMap, today: date) -> None:
        self.label, self.columns, self.today = label, columns, today
        self.students: list[StudentRecord] = []
        self.rejected: list[RejectedRow] = []
        self.warnings: list[RowWarning] = []
        self.merger = GuardianMerger()
        self.raw_links: list[tuple[str, int, int]] = []  # student key, guardian handle, level
        self.lines_by_key: dict[str, int] = {}

    def cell(self, row: list[str], index: int | None) -> str | None:
        if index is None or index >= len(row):
            return None
        return fields.clean(row[index])

    def row(self, line: int, row: list[str]) -> None:
        student = self._student(row, line)
        if student is None:
            return
        if student.source_id in self.lines_by_key:
            first = self.lines_by_key[student.source_id]
            reason = (QT_TRANSLATE_NOOP("StaffMessages", "INE en double avec la ligne {line}") if student.ine
                      else QT_TRANSLATE_NOOP(
                          "StaffMessages", "élève en double avec la ligne {line} (mêmes nom, prénom et date de naissance)"))
            reason = reason.format(line=first)
            named = _line(line) + f" ({student.last_name} {student.first_name})"
            self.rejected.append(RejectedRow(self.label, named, reason, student.source_id))
            return
        self.lines_by_key[student.source_id] = line
        self.students.append(student)
        rank = 0
        for guardian_columns in self.columns.guardians:
            guardian = self._guardian(row, guardian_columns, line)
            if guardian is None:
                continue
            handle = self.merger.add(guardian, student.source_id)
            if self._is_legal(row, guardian_columns):
                rank += 1
                level = min(rank, 2)
            else:
                level = 0
            self.raw_links.append((student.source_id, handle, level))

    def _student(self, row: list[str], line: int) -> StudentRecord | None:
        col = self.columns.student
        last, first = self.cell(row, col["last_name"]), self.cell(row, col["first_name"])

        def named(last=last, first=first) -> str:  # only for a message: a translatable text costs µs
            names = " ".join(n for n in (last, first) if n)
            return _line(line) + f" ({shown(names)})" if names else _line(line)

        try:
            last = fields.required_name(last, fields.LAST_NAME)
            first = fields.required_name(first, fields.FIRST_NAME)
            born = fields.birth_date(self.cell(row, col["birth_date"]), self.today)
        except FieldProblem as problem:
            self.rejected.append(RejectedRow(self.label, named(), problem.reason, self._key_if_known(row)))
            return None
        try:
            ine = fields.ine(self.cell(row, col.get("ine")))
        except FieldProblem as problem:
            self.warnings.append(RowWarning(self.label, named(), problem.reason))
            ine = None
        left_on = None
        if (text := self.cell(row, col.get("left_on"))) is not None:
            try:
                left_on = fields.parse_date(text)
            except ValueError:
                self.warnings.append(RowWarning(self.label, named(), UNREADABLE_LEFT_ON.format(value=quoted(text))))
        return StudentRecord(
            source_id=student_key(ine, last, first, born),
            elenoet=None,
            ine=ine,
            last_name=last,
            usage_name=fields.usage_name(last, self.cell(row, col.get("usage_name"))),
            first_name=first,
            birth_date=born,
            sex=_SEXES.get(header_key(self.cell(row, col.get("sex")) or "")),
            class_code=self.cell(row, col.get("class_code")) or self.cell(row, col.get("level")),
            left=left_on is not None and left_on < self.today,
            left_on=left_on,
        )

    def _key_if_known(self, row: list[str]) -> str | None:
        """The key of a rejected row, so the diff does not take it for a departure."""
        try:
            ine = fields.ine(self.cell(row, self.columns.student.get("ine")))
        except FieldProblem:
            return None
        return student_key(ine, "", "", date.min) if ine else None

    def _guardian(self, row: list[str], col: dict[str, int], line: int) -> GuardianRecord | None:
        last, first = self.cell(row, col.get("last_name")), self.cell(row, col.get("first_name"))
        if last is None and first is None:
            return None  # no such guardian on this row

        def named(last=last, first=first) -> str:
            return _line(line) + QT_TRANSLATE_NOOP("StaffMessages", ", responsable {name}").format(
                name=shown(" ".join(n for n in (last, first) if n)))
        try:
            last = fields.required_name(last, fields.GUARDIAN_LAST_NAME)
            first = fields.required_name(first, fields.GUARDIAN_FIRST_NAME)
        except FieldProblem as problem:
            self.rejected.append(RejectedRow(self.label, named(), problem.reason))
            return None
        contacts = {}
        for name, clean in (("mobile", fields.mobile), ("email", fields.email)):
            try:
                contacts[name] = clean(self.cell(row, col.get(name)))
            except FieldProblem as problem:
                self.warnings.append(RowWarning(self.label, named(), problem.reason))
                contacts[name] = None
        return GuardianRecord(
            source_id="",  # given by GuardianMerger.finish
            civility=fields.civility(self.cell(row, col.get("civility"))),
            last_name=last,
            usage_name=fields.usage_name(last, self.cell(row, col.get("usage_name"))),
            first_name=first,
            **contacts,
        )

    def _is_legal(self, row: list[str], col: dict[str, int]) -> bool:
        authority = header_key(self.cell(row, col.get("authority")) or "")
        relation = header_key(self.cell(row, col.get("relation")) or "")
        return authority not in _NO and relation not in _NOT_LEGAL_RELATIONS

    def roster(self) -> Roster:
        guardians, keys = self.merger.finish()
        links: dict[tuple[str, str], LinkRecord] = {}
        for student, handle, level in self.raw_links:
            links.setdefault((student, keys[handle]), LinkRecord(student, keys[handle], level))
        return Roster(
            uai=None,
            school_year=None,
            exported_on=None,
            students=tuple(self.students),
            guardians=tuple(guardians),
            links=tuple(links.values()),
            rejected=tuple(self.rejected),
            warnings=tuple(self.warnings),
            source="onde",
        )
