"""Letters for the accounts an import just created: their provisional passwords are returned once."""

from __future__ import annotations

from ..letters.data import LetterData
from .credentials import DEFAULT_SERVICES_URL
from .letters import letter_date
from .roster_import import ImportPreview, ImportResult


def letters_for_import(preview: ImportPreview, result: ImportResult, services_url: str | None) -> list[LetterData]:
    """One letter per account the import created with a provisional password.

    `result.issued` lists the new students then the new guardians, in the preview's order;
    a guardian's letter names the students the export links them to.
    """
    d = preview.diff
    sources = [s.source_id for s in d.new_students] + [g.source_id for g in d.new_guardians]
    if len(sources) != len(result.issued):
        sources = [None] * len(result.issued)  # not the expected order: letters without children
    children = _children_by_guardian(preview)
    letters = []
    for credential, source_id in zip(result.issued, sources):
        if not credential.provisional_password:
            continue
        letters.append(LetterData(
            establishment_name=preview.establishment_name, establishment_uai=preview.uai,
            first_name=credential.first_name, last_name=credential.last_name, kind=credential.kind,
            class_code=credential.class_code, identifier=credential.identifier,
            provisional_password=credential.provisional_password,
            valid_until=letter_date(credential.expires_at), services_url=services_url or DEFAULT_SERVICES_URL,
            children=children.get(source_id, ()) if credential.kind == "guardian" else (),
        ))
    return letters


def _children_by_guardian(preview: ImportPreview) -> dict[str, tuple[str, ...]]:
    students = {s.source_id: s for s in preview.roster.students if not s.left}
    found: dict[str, list[str]] = {}
    for link in preview.roster.links:
        student = students.get(link.student_source_id)
        if student is None:
            continue
        name = f"{student.first_name} {student.last_name}" + (f" ({student.class_code})" if student.class_code else "")
        found.setdefault(link.guardian_source_id, []).append(name)
    return {guardian: tuple(sorted(names)) for guardian, names in found.items()}
