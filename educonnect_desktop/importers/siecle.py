"""Reading SIECLE exports: any mix of XML files and zip archives, into one Roster.

Files are recognised by their root element (BEE_ELEVES, BEE_RESPONSABLES), never by
their name. A students file alone, or a guardians file alone, is a valid roster.
Each file is streamed (`xml_safety.stream_records`): memory holds the records read so far,
never the XML tree. Progress is given in bytes read over the files' sizes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..core.messages import QT_TRANSLATE_NOOP
from .archives import ExportFile, is_zip, plain_file, zip_members
from .errors import FILE_NOT_FOUND, ImportFormatError
from .fields import shown
from .progress import CancelCheck, ProgressCallback, Ticker
from .records import LinkRecord, RejectedRow, Roster, RowWarning, StudentRecord
from .siecle_common import GUARDIANS_ROOT, STUDENTS_ROOT, ExportHeader, read_header
from .siecle_guardians import LINK_PATH, PERSON_PATH, GuardiansPart, GuardiansReader
from .siecle_students import STRUCTURE_PATH, STUDENT_PATH, StudentsPart, StudentsReader
from .text_sanity import refuse_mis_decoded
from .xml_safety import check_encoding, looks_like_xml, stream_records

# Which file came twice: one sentence each (the kind's words change with the language).
_KINDS = {
    STUDENTS_ROOT: QT_TRANSLATE_NOOP("StaffMessages", "Deux fichiers d'élèves ont été fournis ({first} et {second}) : n'en choisissez qu'un."),
    GUARDIANS_ROOT: QT_TRANSLATE_NOOP("StaffMessages", "Deux fichiers de responsables ont été fournis ({first} et {second}) : "
                      "n'en choisissez qu'un."),
}
_HEADER_PATH = ("PARAMETRES",)


@dataclass(frozen=True)
class _Document:
    label: str
    header: ExportHeader
    part: StudentsPart | GuardiansPart


def read_siecle(
    paths: Sequence[Path | str],
    *,
    today: date,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Roster:
    if not paths:
        raise ImportFormatError(QT_TRANSLATE_NOOP("StaffMessages", "Aucun fichier n'a été choisi."))
    ticker = Ticker(progress, cancelled)
    warnings: list[RowWarning] = []
    documents = _read_documents([Path(p) for p in paths], ticker, warnings, today)
    students_doc = documents.get(STUDENTS_ROOT)
    guardians_doc = documents.get(GUARDIANS_ROOT)
    header = _merged_header(students_doc, guardians_doc, warnings)

    students: list[StudentRecord] = []
    guardians, links, rejected = [], [], []
    if students_doc is not None:
        student_part = students_doc.part
        students, rejected = student_part.students, student_part.rejected
        warnings += student_part.warnings
    if guardians_doc is not None:
        guardian_part = guardians_doc.part
        guardians, links = guardian_part.guardians, guardian_part.links
        rejected += guardian_part.rejected
        warnings += guardian_part.warnings
        if students_doc is not None:
            links = _links_to_known_students(links, students, rejected, guardians_doc.label)
    refuse_mis_decoded(
        [(students_doc.label if students_doc else "", (s.last_name, s.first_name, s.usage_name)) for s in students]
        + [(guardians_doc.label if guardians_doc else "", (g.last_name, g.first_name, g.usage_name))
           for g in guardians]
    )
    ticker.finish()
    return Roster(
        uai=header.uai,
        school_year=header.school_year,
        exported_on=header.exported_on,
        students=tuple(students),
        guardians=tuple(guardians),
        links=tuple(links),
        rejected=tuple(rejected),
        warnings=tuple(warnings),
        source="siecle",
        includes_students=students_doc is not None,
        includes_guardians=guardians_doc is not None,
    )


def _read_documents(
    paths: list[Path], ticker: Ticker, warnings: list[RowWarning], today: date
) -> dict[str, _Document]:
    files: list[tuple[ExportFile, Path | None]] = []
    for path in paths:
        ticker.check()
        if not path.is_file():
            raise ImportFormatError(FILE_NOT_FOUND.format(file=path.name))
        if is_zip(path):
            members = [m for m in zip_members(path) if looks_like_xml(m.head())]
            if not members:
                raise _no_export_in(path)
            files += [(m, path) for m in members]
        else:
            plain = plain_file(path)
            if not looks_like_xml(plain.head()):
                raise ImportFormatError(QT_TRANSLATE_NOOP(
                    "StaffMessages", "{file} : ce n'est ni un fichier XML ni une archive zip.")
                                        .format(file=path.name))
            files.append((plain, None))
    # Each file is read twice (encoding check, then parsing): the bar counts both passes.
    ticker.total = 2 * sum(f.size for f, _ in files)
    documents: dict[str, _Document] = {}
    found_in: dict[Path, int] = {}
    for file, archive in files:
        document = _read_one(file, ticker, warnings, today, in_archive=archive is not None)
        if document is None:
            continue
        root, doc = document
        previous = documents.get(root)
        if previous is not None:
            raise ImportFormatError(_KINDS[root].format(first=previous.label, second=doc.label))
        documents[root] = doc
        if archive is not None:
            found_in[archive] = found_in.get(archive, 0) + 1
    for path in paths:
        if path.is_file() and is_zip(path) and not found_in.get(path):
            raise _no_export_in(path)
    return documents


def _read_one(file: ExportFile, ticker: Ticker, warnings: list[RowWarning], today: date,
              *, in_archive: bool) -> tuple[str, _Document] | None:
    verdict = check_encoding(file, on_read=ticker.advance)
    if verdict.warning:
        warnings.append(RowWarning(file.label, QT_TRANSLATE_NOOP("StaffMessages", "fichier"), verdict.warning))
    header = ExportHeader(None, None, None)
    reader: StudentsReader | GuardiansReader | None = None

    def keep_header(element) -> None:
        nonlocal header
        header = read_header(element)

    def choose(root: str):
        nonlocal reader
        if root not in _KINDS:
            raise _NotAnExport(root)
        if root == STUDENTS_ROOT:
            reader = StudentsReader(file.label, today=today)
            handlers = {STUDENT_PATH: reader.student, STRUCTURE_PATH: reader.structure}
        else:
            reader = GuardiansReader(file.label)
            handlers = {PERSON_PATH: reader.person, LINK_PATH: reader.link}
        # No count per record: reading the file's bytes (`ticker.advance`, every 64 KiB, about
        # 350 records) already reports progress and looks at the cancel button.
        return {_HEADER_PATH: keep_header, **handlers}

    try:
        with file.open(on_read=ticker.advance) as stream:
            stream_records(file, stream, verdict.parse_as, choose)
    except _NotAnExport as other:
        if in_archive:
            warnings.append(RowWarning(file.label, QT_TRANSLATE_NOOP("StaffMessages", "fichier"),
                                        QT_TRANSLATE_NOOP(
                                            "StaffMessages", "ignoré : ce n'est pas un export SIECLE reconnu")))
            return None
        raise ImportFormatError(QT_TRANSLATE_NOOP("StaffMessages",
            "{file} : ce n'est pas un export SIECLE (élément racine « {root} », attendu {students} ou {guardians})."
        ).format(file=file.label, root=other.root, students=STUDENTS_ROOT, guardians=GUARDIANS_ROOT)) from None
    root = STUDENTS_ROOT if isinstance(reader, StudentsReader) else GUARDIANS_ROOT
    return root, _Document(file.label, header, reader.finish())


class _NotAnExport(Exception):
    """Raised from inside the parser at the root's start: no need to read further."""

    def __init__(self, root: str) -> None:
        super().__init__(root)
        self.root = root


def _no_export_in(path: Path) -> ImportFormatError:
    return ImportFormatError(QT_TRANSLATE_NOOP("StaffMessages",
        "{file} : l'archive ne contient aucun export SIECLE reconnu "
        "(ElevesSansAdresses.xml, ElevesAvecAdresses.xml ou ResponsablesAvecAdresses.xml).").format(file=path.name))


def _merged_header(
    students: _Document | None, guardians: _Document | None, warnings: list[RowWarning]
) -> ExportHeader:
    docs = [d for d in (students, guardians) if d is not None]
    first = docs[0].header
    for other in docs[1:]:
        if first.uai and other.header.uai and first.uai != other.header.uai:
            raise ImportFormatError(QT_TRANSLATE_NOOP("StaffMessages",
                "Les fichiers proviennent de deux établissements différents "
                "({first} : {first_uai}, {other} : {other_uai})."
            ).format(first=docs[0].label, first_uai=first.uai, other=other.label, other_uai=other.header.uai))
        if first.school_year and other.header.school_year and first.school_year != other.header.school_year:
            raise ImportFormatError(QT_TRANSLATE_NOOP("StaffMessages",
                "Les fichiers portent sur deux années scolaires différentes "
                "({first} : {first_year}, {other} : {other_year})."
            ).format(first=docs[0].label, first_year=first.school_year, other=other.label,
                     other_year=other.header.school_year))
        if first.exported_on and other.header.exported_on and first.exported_on != other.header.exported_on:
            warnings.append(RowWarning(
                other.label, "PARAMETRES",
                QT_TRANSLATE_NOOP("StaffMessages", "exporté le {date}, alors que {first} l'a été le {first_date} : des liens peuvent manquer")
                .format(date=f"{other.header.exported_on:%d/%m/%Y}", first=docs[0].label,
                        first_date=f"{first.exported_on:%d/%m/%Y}"),
            ))
    return ExportHeader(
        uai=next((d.header.uai for d in docs if d.header.uai), None),
        school_year=next((d.header.school_year for d in docs if d.header.school_year), None),
        exported_on=next((d.header.exported_on for d in docs if d.header.exported_on), None),
    )


def _links_to_known_students(
    links: list[LinkRecord], students: list[StudentRecord], rejected: list[RejectedRow], label: str
) -> list[LinkRecord]:
    """Links whose student is in the students file; others are rejected."""
    present = {s.source_id for s in students}
    rejected_students = {r.source_id for r in rejected if r.source_id is not None}
    kept = []
    for link in links:
        if link.student_source_id in present:
            kept.append(link)
        elif link.student_source_id not in rejected_students:
            rejected.append(RejectedRow(
                label,
                f"RESPONSABLE_ELEVE ELEVE_ID={shown(link.student_source_id)}, "
                f"PERSONNE_ID={shown(link.guardian_source_id)}",
                QT_TRANSLATE_NOOP("StaffMessages", "lien vers un élève absent du fichier des élèves"),
            ))
    return kept
