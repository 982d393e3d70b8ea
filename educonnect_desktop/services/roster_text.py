"""The import preview and result in French sentences, shared by the CLI and the UI.

What the window shows (the preview's summary, the result, the changed fields) is made of
`core.messages.Text`, so the window translates it; the preview's details are read at the command
line only.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..core.messages import QT_TRANSLATE_NOOP, Text, counted, joined
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


# Counted words of the summary, one source per French form (core.messages.counted).
NEW = (QT_TRANSLATE_NOOP("StaffMessages", "{count} nouveau"), QT_TRANSLATE_NOOP("StaffMessages", "{count} nouveaux"))
CHANGED = (QT_TRANSLATE_NOOP("StaffMessages", "{count} modifié"), QT_TRANSLATE_NOOP("StaffMessages", "{count} modifiés"))
UNCHANGED = (QT_TRANSLATE_NOOP("StaffMessages", "{count} inchangé"),
             QT_TRANSLATE_NOOP("StaffMessages", "{count} inchangés"))
LEFT = (QT_TRANSLATE_NOOP("StaffMessages", "{count} sorti de l'établissement"),
        QT_TRANSLATE_NOOP("StaffMessages", "{count} sortis de l'établissement"))
REMOVED = (QT_TRANSLATE_NOOP("StaffMessages", "{count} supprimé"),
           QT_TRANSLATE_NOOP("StaffMessages", "{count} supprimés"))


def _counts(*parts: tuple[int, tuple[Text, Text]]) -> Text:
    """"7 nouveaux, 1 modifié, ...": each count worded by the rule of the window's language."""
    return joined(", ", [counted(count, *forms) for count, forms in parts])


def _export_line(preview: ImportPreview) -> Text:
    roster = preview.roster
    onde = roster.source == "onde"
    exported_on = f"{roster.exported_on:%d/%m/%Y}" if roster.exported_on else None
    if exported_on and roster.school_year:
        line = (QT_TRANSLATE_NOOP("StaffMessages", "Export ONDE du {date}, année scolaire {year} ({files}).") if onde
                else QT_TRANSLATE_NOOP("StaffMessages", "Export SIECLE du {date}, année scolaire {year} ({files})."))
    elif exported_on:
        line = (QT_TRANSLATE_NOOP("StaffMessages", "Export ONDE du {date} ({files}).") if onde
                else QT_TRANSLATE_NOOP("StaffMessages", "Export SIECLE du {date} ({files})."))
    elif roster.school_year:
        line = (QT_TRANSLATE_NOOP("StaffMessages", "Export ONDE, année scolaire {year} ({files}).") if onde
                else QT_TRANSLATE_NOOP("StaffMessages", "Export SIECLE, année scolaire {year} ({files})."))
    else:
        line = (QT_TRANSLATE_NOOP("StaffMessages", "Export ONDE ({files}).") if onde
                else QT_TRANSLATE_NOOP("StaffMessages", "Export SIECLE ({files})."))
    params = {"date": exported_on, "year": roster.school_year, "files": ", ".join(preview.files)}
    return line.format(**{key: value for key, value in params.items() if "{" + key + "}" in line.source})


def summary_lines(preview: ImportPreview) -> list[str]:
    """The preview's summary, for the window and the command line (`Text`: the window translates it)."""
    c, roster = preview.counts, preview.roster
    name = preview.establishment_name or QT_TRANSLATE_NOOP("StaffMessages", "nom à indiquer")
    school = (QT_TRANSLATE_NOOP("StaffMessages", "Établissement {uai} — {name} (existant).")
              if preview.establishment_exists
              else QT_TRANSLATE_NOOP("StaffMessages", "Établissement {uai} — {name} (nouveau : il sera créé)."))
    lines = [school.format(uai=preview.uai, name=name), _export_line(preview)]
    if preview.mass_departure:
        lines.insert(0, preview.mass_departure)
    if roster.includes_students:
        lines.append(QT_TRANSLATE_NOOP("StaffMessages", "Élèves : {counts}.").format(counts=_counts(
            (c.new_students, NEW), (c.changed_students, CHANGED), (c.unchanged_students, UNCHANGED),
            (c.left_students, LEFT))))
    if c.ignored_left:
        lines.append(counted(
            c.ignored_left,
            QT_TRANSLATE_NOOP("StaffMessages", "{count} élève déjà sorti de l'établissement : aucun compte créé."),
            QT_TRANSLATE_NOOP("StaffMessages", "{count} élèves déjà sortis de l'établissement : aucun compte créé.")))
    if roster.includes_guardians:
        lines.append(QT_TRANSLATE_NOOP("StaffMessages", "Responsables légaux : {counts}.").format(counts=_counts(
            (c.new_guardians, NEW), (c.changed_guardians, CHANGED), (c.unchanged_guardians, UNCHANGED))))
        lines.append(QT_TRANSLATE_NOOP("StaffMessages", "Liens élève–responsable : {counts}.").format(counts=_counts(
            (c.new_links, NEW), (c.changed_links, CHANGED), (c.removed_links, REMOVED))))
    if c.contacts_without_account:
        lines.append(counted(
            c.contacts_without_account,
            QT_TRANSLATE_NOOP("StaffMessages", "{count} personne sans compte : autres contacts, ou responsables "
                                               "d'élèves sortis seulement."),
            QT_TRANSLATE_NOOP("StaffMessages", "{count} personnes sans compte : autres contacts, ou responsables "
                                               "d'élèves sortis seulement.")))
    if preview.kept_contacts:
        lines.append(counted(
            len(preview.kept_contacts),
            QT_TRANSLATE_NOOP("StaffMessages", "{count} responsable : coordonnées données par la famille conservées."),
            QT_TRANSLATE_NOOP("StaffMessages", "{count} responsables : coordonnées données par la famille conservées.")))
    if c.rejected:
        lines.append(counted(c.rejected, QT_TRANSLATE_NOOP("StaffMessages", "{count} ligne refusée (voir le détail)."),
                             QT_TRANSLATE_NOOP("StaffMessages", "{count} lignes refusées (voir le détail).")))
    if c.warnings:
        lines.append(counted(c.warnings, QT_TRANSLATE_NOOP("StaffMessages", "{count} avertissement."),
                             QT_TRANSLATE_NOOP("StaffMessages", "{count} avertissements.")))
    if not preview.has_changes:
        lines.append(QT_TRANSLATE_NOOP("StaffMessages", "Aucun changement : la base est déjà à jour."))
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
