"""The import preview and result in French sentences, shared by the CLI and the UI.

What the window shows (the result, the changed fields) is made of `core.messages.Text`, so the
window translates it; the preview's summary and details are read at the command line only.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..core.messages import QT_TRANSLATE_NOOP, counted, joined
from ..importers import Change

if TYPE_CHECKING:
    from .roster_import import ImportPreview, ImportResult

# French field name of the diff -> attribute of the record / the existing account.
FIELD_ATTRIBUTES = {
    "nom": "last_name", "nom d'usage": "usage_name", "prénom": "first_name",
    "date de naissance": "birth_date", "classe": "class_code", "INE": "ine",
    "identifiant de l'export": "source_id", "portable": "mobile", "e-mail": "email",
}


# The same field names as the window reads them (the diff names fields in French).
FIELD_NAMES = {
    "nom": QT_TRANSLATE_NOOP("StaffMessages", "nom"), "nom d'usage": QT_TRANSLATE_NOOP("StaffMessages", "nom d'usage"),
    "prénom": QT_TRANSLATE_NOOP("StaffMessages", "prénom"),
    "date de naissance": QT_TRANSLATE_NOOP("StaffMessages", "date de naissance"),
    "classe": QT_TRANSLATE_NOOP("StaffMessages", "classe"), "INE": QT_TRANSLATE_NOOP("StaffMessages", "INE"),
    "identifiant de l'export": QT_TRANSLATE_NOOP("StaffMessages", "identifiant de l'export"),
    "portable": QT_TRANSLATE_NOOP("StaffMessages", "portable"), "e-mail": QT_TRANSLATE_NOOP("StaffMessages", "e-mail"),
    "retour dans l'établissement": QT_TRANSLATE_NOOP("StaffMessages", "retour dans l'établissement"),
}


def plural(count: int, singular: str, plural_form: str) -> str:
    return f"{count} {singular if count <= 1 else plural_form}"


def shown(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def person(record) -> str:
    return f"{record.usage_name or record.last_name} {record.first_name}"


def summary_lines(preview: ImportPreview) -> list[str]:
    c, roster = preview.counts, preview.roster
    state = "existant" if preview.establishment_exists else "nouveau : il sera créé"
    name = preview.establishment_name or "nom à indiquer"
    lines = [f"Établissement {preview.uai} — {name} ({state})."]
    if preview.mass_departure:
        lines.insert(0, preview.mass_departure)
    export = "Export ONDE" if roster.source == "onde" else "Export SIECLE"
    if roster.exported_on:
        export += f" du {roster.exported_on:%d/%m/%Y}"
    if roster.school_year:
        export += f", année scolaire {roster.school_year}"
    lines.append(f"{export} ({', '.join(preview.files)}).")
    if roster.includes_students:
        lines.append("Élèves : " + ", ".join([
            plural(c.new_students, "nouveau", "nouveaux"), plural(c.changed_students, "modifié", "modifiés"),
            plural(c.unchanged_students, "inchangé", "inchangés"),
            plural(c.left_students, "sorti de l'établissement", "sortis de l'établissement"),
        ]) + ".")
    if c.ignored_left:
        lines.append(plural(c.ignored_left, "élève déjà sorti de l'établissement : aucun compte créé.",
                            "élèves déjà sortis de l'établissement : aucun compte créé."))
    if roster.includes_guardians:
        lines.append("Responsables légaux : " + ", ".join([
            plural(c.new_guardians, "nouveau", "nouveaux"), plural(c.changed_guardians, "modifié", "modifiés"),
            plural(c.unchanged_guardians, "inchangé", "inchangés"),
        ]) + ".")
        lines.append("Liens élève–responsable : " + ", ".join([
            plural(c.new_links, "nouveau", "nouveaux"), plural(c.changed_links, "modifié", "modifiés"),
            plural(c.removed_links, "supprimé", "supprimés"),
        ]) + ".")
    if c.contacts_without_account:
        lines.append(plural(c.contacts_without_account, "personne sans compte", "personnes sans compte")
                     + " : autres contacts, ou responsables d'élèves sortis seulement.")
    if preview.kept_contacts:
        lines.append(plural(len(preview.kept_contacts),
                            "responsable : coordonnées données par la famille conservées.",
                            "responsables : coordonnées données par la famille conservées."))
    if c.rejected:
        lines.append(plural(c.rejected, "ligne refusée (voir le détail).", "lignes refusées (voir le détail)."))
    if c.warnings:
        lines.append(plural(c.warnings, "avertissement.", "avertissements."))
    if not preview.has_changes:
        lines.append("Aucun changement : la base est déjà à jour.")
    return lines


def changed_fields(change: Change) -> str:
    """« classe « 3 A » → « 4 A » ; prénom « … » → « … » »: each changed field, old → new."""
    parts = []
    for name in change.fields:
        attribute = FIELD_ATTRIBUTES.get(name)
        if attribute is None:
            parts.append(FIELD_NAMES.get(name, name))
        else:
            old, new = getattr(change.existing, attribute), getattr(change.record, attribute)
            parts.append(QT_TRANSLATE_NOOP("StaffMessages", "{field} « {old} » → « {new} »").format(
                field=FIELD_NAMES.get(name, name), old=shown(old), new=shown(new)))
    return joined(QT_TRANSLATE_NOOP("StaffMessages", " ; "), parts)


def _change(change: Change) -> str:
    return f"  ~ {person(change.record)} : {changed_fields(change)}"


def detail_lines(preview: ImportPreview) -> list[str]:
    """One line per student, guardian, link change, rejected row and warning."""
    d = preview.diff
    sections: list[tuple[str, list[str]]] = [
        ("Nouveaux élèves", [f"  + {person(s)}, né(e) le {s.birth_date:%d/%m/%Y}, classe {shown(s.class_code)}"
                             for s in d.new_students]),
        ("Élèves modifiés", [_change(ch) for ch in d.changed_students]),
        ("Élèves sortis de l'établissement (comptes conservés, marqués sortis)",
         [f"  - {person(dep.existing)} ({shown(dep.existing.class_code)}) : {dep.reason}"
          for dep in d.left_students]),
        ("Élèves déjà sortis, non importés", [f"  · {person(s)}" for s in d.ignored_left]),
        ("Nouveaux responsables légaux", [f"  + {(g.civility + ' ') if g.civility else ''}{person(g)}"
                                          for g in d.new_guardians]),
        ("Responsables modifiés", [_change(ch) for ch in d.changed_guardians]),
        ("Sans compte (autres contacts, responsables d'élèves sortis)", [f"  · {person(g)}" for g in preview.contacts_without_account]),
        ("Coordonnées données par la famille, conservées",
         [f"  = {person(ch.record)} : {', '.join(fields)}" for ch, fields in preview.kept_contacts]),
        ("Liens supprimés", [f"  - élève {s} – responsable {g}" for s, g, _ in d.removed_links]),
        ("Lignes refusées", [f"  ! {row}" for row in d.rejected]),
        ("Avertissements", [f"  ? {warning}" for warning in preview.roster.warnings]),
    ]
    lines: list[str] = []
    for title, items in sections:
        if items:
            lines.append(f"{title} ({len(items)}) :")
            lines.extend(items)
    return lines


def result_lines(result: ImportResult) -> list[str]:
    lines = []
    if result.establishment_created:
        lines.append(QT_TRANSLATE_NOOP("StaffMessages", "Établissement {uai} créé.").format(uai=result.uai))
    students = QT_TRANSLATE_NOOP("StaffMessages", "{count} élève"), QT_TRANSLATE_NOOP("StaffMessages", "{count} élèves")
    guardians = (QT_TRANSLATE_NOOP("StaffMessages", "{count} responsable"),
                 QT_TRANSLATE_NOOP("StaffMessages", "{count} responsables"))
    lines.append(QT_TRANSLATE_NOOP("StaffMessages", "Comptes créés : {students}, {guardians} ; {passwords}.").format(
        students=counted(result.students_created, *students), guardians=counted(result.guardians_created, *guardians),
        passwords=counted(result.passwords_issued, QT_TRANSLATE_NOOP("StaffMessages", "{count} mot de passe provisoire"),
                          QT_TRANSLATE_NOOP("StaffMessages", "{count} mots de passe provisoires"))))
    lines.append(QT_TRANSLATE_NOOP("StaffMessages", "Comptes mis à jour : {students}, {guardians} ; {left}.").format(
        students=counted(result.students_updated, *students), guardians=counted(result.guardians_updated, *guardians),
        left=counted(result.students_left, QT_TRANSLATE_NOOP("StaffMessages", "{count} élève marqué sorti"),
                     QT_TRANSLATE_NOOP("StaffMessages", "{count} élèves marqués sortis"))))
    lines.append(QT_TRANSLATE_NOOP("StaffMessages", "Liens élève–responsable : {added}, {changed}, {removed}.").format(
        added=counted(result.links_added, QT_TRANSLATE_NOOP("StaffMessages", "{count} ajouté"),
                      QT_TRANSLATE_NOOP("StaffMessages", "{count} ajoutés")),
        changed=counted(result.links_changed, QT_TRANSLATE_NOOP("StaffMessages", "{count} modifié"),
                        QT_TRANSLATE_NOOP("StaffMessages", "{count} modifiés")),
        removed=counted(result.links_removed, QT_TRANSLATE_NOOP("StaffMessages", "{count} supprimé"),
                        QT_TRANSLATE_NOOP("StaffMessages", "{count} supprimés"))))
    if result.rejected:
        lines.append(counted(result.rejected, QT_TRANSLATE_NOOP("StaffMessages", "{count} ligne refusée, non importée."),
                             QT_TRANSLATE_NOOP("StaffMessages", "{count} lignes refusées, non importées.")))
    return lines
