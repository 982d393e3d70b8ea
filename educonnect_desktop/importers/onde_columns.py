"""Which column of an ONDE CSV holds what.

Headers are compared folded (no case, no accents, punctuation as spaces), so
"Prénom élève", "PRENOM ELEVE" and "prenom_eleve" are the same column. Each
field accepts a few wordings met in exports; the first one is the name shown in
error messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.messages import QT_TRANSLATE_NOOP
from ..core.text import fold
from .errors import ImportFormatError

STUDENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "last_name": ("Nom élève", "Nom de famille élève", "Nom de famille", "Nom"),
    "usage_name": ("Nom d'usage élève", "Nom usage élève", "Nom d'usage"),
    "first_name": ("Prénom élève", "Prénom"),
    "birth_date": ("Date naissance", "Date de naissance", "Date naissance élève", "Date de naissance élève"),
    "sex": ("Sexe", "Sexe élève"),
    "ine": ("INE", "INE élève", "Identifiant national élève"),
    "level": ("Niveau",),
    "class_code": ("Classe", "Libellé classe"),
    "left_on": ("Date sortie", "Date de sortie", "Date radiation", "Date de radiation"),
}
REQUIRED = ("last_name", "first_name", "birth_date")

# "{n}" is the number of the guardian (1, 2, ...).
GUARDIAN_COLUMNS: dict[str, tuple[str, ...]] = {
    "civility": ("Civilité responsable {n}",),
    "last_name": ("Nom responsable {n}", "Nom de famille responsable {n}"),
    "usage_name": ("Nom d'usage responsable {n}",),
    "first_name": ("Prénom responsable {n}",),
    "mobile": ("Téléphone portable responsable {n}", "Portable responsable {n}", "Tél. portable responsable {n}"),
    "email": ("Courriel responsable {n}", "Email responsable {n}", "Mél responsable {n}", "Adresse mail responsable {n}"),
    "relation": ("Lien responsable {n}", "Lien de parenté responsable {n}"),
    "authority": ("Autorité parentale responsable {n}",),
}

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_GUARDIAN_NUMBER = re.compile(r"^nom responsable (\d+)$")


def header_key(text: str) -> str:
    return " ".join(_NON_ALNUM.sub(" ", fold(text)).split())


@dataclass(frozen=True)
class ColumnMap:
    student: dict[str, int]  # field -> column index, only for columns present
    guardians: tuple[dict[str, int], ...]  # one per guardian number, in order


def map_columns(headers: list[str], label: str) -> ColumnMap:
    positions: dict[str, int] = {}
    for index, header in enumerate(headers):
        positions.setdefault(header_key(header), index)
    student = _find(STUDENT_COLUMNS, positions, {})
    missing = [STUDENT_COLUMNS[f][0] for f in REQUIRED if f not in student]
    if missing:
        names = ", ".join(f"« {m} »" for m in missing)
        refusal = (QT_TRANSLATE_NOOP(
            "StaffMessages", "{file} : colonnes obligatoires absentes : {names}. Vérifiez qu'il s'agit bien de l'export "
                     "des élèves d'ONDE (fichier CSV séparé par des points-virgules).") if len(missing) > 1 else
                   QT_TRANSLATE_NOOP(
                       "StaffMessages", "{file} : colonne obligatoire absente : {names}. Vérifiez qu'il s'agit bien de l'export "
                     "des élèves d'ONDE (fichier CSV séparé par des points-virgules)."))
        raise ImportFormatError(refusal.format(file=label, names=names))
    numbers = sorted(int(m.group(1)) for key in positions if (m := _GUARDIAN_NUMBER.match(key)))
    guardians = tuple(_find(GUARDIAN_COLUMNS, positions, {"n": str(n)}) for n in numbers)
    return ColumnMap(student, guardians)


def _find(spec: dict[str, tuple[str, ...]], positions: dict[str, int], values: dict[str, str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for field_name, wordings in spec.items():
        for wording in wordings:
            index = positions.get(header_key(wording.format(**values)))
            if index is not None:
                found[field_name] = index
                break
    return found
