"""Reading SIECLE exports: any mix of XML files and zip archives, into one Roster.

Files are recognised by their root element (BEE_ELEVES, BEE_RESPONSABLES), never by
their name. A students file alone, or a guardians file alone, is a valid roster.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.etree.ElementTree import Element

from .archives import LoadedFile, is_zip, read_plain, read_zip_members
from .errors import ImportFormatError
from .progress import CancelCheck, ProgressCallback, Ticker
from .records import LinkRecord, RejectedRow, Roster, RowWarning, StudentRecord
from .siecle_common import GUARDIANS_ROOT, STUDENTS_ROOT, ExportHeader, read_header
from .siecle_guardians import link_elements, parse_guardians, person_elements
from .siecle_students import parse_students, student_elements
from .xml_safety import looks_like_xml, parse_xml

_KINDS = {STUDENTS_ROOT: "d'élèves", GUARDIANS_ROOT: "de responsables"}


@dataclass(frozen=True)
class _Document:
    label: str
    root: Element
    header: ExportHeader


def read_siecle(
    paths: Sequence[Path | str],
    *,
    today: date,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Roster:
    if not paths:
        raise ImportFormatError("Aucun fichier n'a été choisi.")
    ticker = Ticker(progress, cancelled)
    warnings: list[RowWarning] = []
    documents = _load_documents([Path(p) for p in paths], ticker, warnings)
    students_doc = documents.get(STUDENTS_ROOT)
    guardians_doc = documents.get(GUARDIANS_ROOT)
    header = _merged_header(students_doc, guardians_doc, warnings)

    if students_doc is not None:
        ticker.total += len(student_elements(students_doc.root))
    if guardians_doc is not None:
        ticker.total += len(person_elements(guardians_doc.root)) + len(link_elements(guardians_doc.root))

    students: list[StudentRecord] = []
    guardians, links, rejected = [], [], []
    if students_doc is not None:
        student_part = parse_students(students_doc.root, students_doc.label, today=today, ticker=ticker)
        students, rejected = student_part.students, student_part.rejected
        warnings += student_part.warnings
    if guardians_doc is not None:
        guardian_part = parse_guardians(guardians_doc.root, guardians_doc.label, ticker=ticker)
        guardians, links = guardian_part.guardians, guardian_part.links
        rejected += guardian_part.rejected
        warnings += guardian_part.warnings
        if students_doc is not None:
            links = _links_to_known_students(links, students, rejected, guardians_doc.label)
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


def _load_documents(paths: list[Path], ticker: Ticker, warnings: list[RowWarning]) -> dict[str, _Document]:
    documents: dict[str, _Document] = {}
    for path in paths:
        ticker.check()
        if not path.is_file():
            raise ImportFormatError(f"{path.name} : fichier introuvable.")
        if is_zip(path):
            found = 0
            for member in read_zip_members(path):
                ticker.check()
                if not looks_like_xml(member.data):
                    continue
                root = parse_xml(member)
                if root.tag not in _KINDS:
                    warnings.append(RowWarning(member.label, "fichier", "ignoré : ce n'est pas un export SIECLE reconnu"))
                    continue
                _add(documents, member, root)
                found += 1
            if not found:
                raise ImportFormatError(
                    f"{path.name} : l'archive ne contient aucun export SIECLE reconnu "
                    "(ElevesSansAdresses.xml, ElevesAvecAdresses.xml ou ResponsablesAvecAdresses.xml)."
                )
        else:
            loaded = read_plain(path)
            if not looks_like_xml(loaded.data):
                raise ImportFormatError(f"{path.name} : ce n'est ni un fichier XML ni une archive zip.")
            root = parse_xml(loaded)
            if root.tag not in _KINDS:
                raise ImportFormatError(
                    f"{path.name} : ce n'est pas un export SIECLE (élément racine « {root.tag} », "
                    f"attendu {STUDENTS_ROOT} ou {GUARDIANS_ROOT})."
                )
            _add(documents, loaded, root)
    return documents


def _add(documents: dict[str, _Document], file: LoadedFile, root: Element) -> None:
    previous = documents.get(root.tag)
    if previous is not None:
        raise ImportFormatError(
            f"Deux fichiers {_KINDS[root.tag]} ont été fournis ({previous.label} et {file.label}) : "
            "n'en choisissez qu'un."
        )
    documents[root.tag] = _Document(file.label, root, read_header(root))


def _merged_header(
    students: _Document | None, guardians: _Document | None, warnings: list[RowWarning]
) -> ExportHeader:
    docs = [d for d in (students, guardians) if d is not None]
    first = docs[0].header
    for other in docs[1:]:
        if first.uai and other.header.uai and first.uai != other.header.uai:
            raise ImportFormatError(
                f"Les fichiers proviennent de deux établissements différents "
                f"({docs[0].label} : {first.uai}, {other.label} : {other.header.uai})."
            )
        if first.school_year and other.header.school_year and first.school_year != other.header.school_year:
            raise ImportFormatError(
                f"Les fichiers portent sur deux années scolaires différentes "
                f"({docs[0].label} : {first.school_year}, {other.label} : {other.header.school_year})."
            )
        if first.exported_on and other.header.exported_on and first.exported_on != other.header.exported_on:
            warnings.append(RowWarning(
                other.label, "PARAMETRES",
                f"exporté le {other.header.exported_on:%d/%m/%Y}, alors que {docs[0].label} "
                f"l'a été le {first.exported_on:%d/%m/%Y} : des liens peuvent manquer",
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
                f"RESPONSABLE_ELEVE ELEVE_ID={link.student_source_id}, PERSONNE_ID={link.guardian_source_id}",
                "lien vers un élève absent du fichier des élèves",
            ))
    return kept
