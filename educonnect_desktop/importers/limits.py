"""How much an export may hold: beyond this it is not a school's export, and is refused.

The caps bound the memory of a reading whatever the file holds (see docs/import.md,
"Taille et mémoire"): the records kept are small, and the XML is streamed.
"""

from __future__ import annotations

from ..core.messages import QT_TRANSLATE_NOOP
from .errors import ImportFormatError

# The largest French secondary establishments have about 6,000 students.
MAX_STUDENTS = 20_000
MAX_PERSONS = 60_000  # guardians and other contacts
MAX_LINKS = 120_000
# A SIECLE record (ELEVE, PERSONNE...) has some tens of elements; a crafted one could
# have millions, each costing far more in memory than in the file.
MAX_ELEMENTS_PER_RECORD = 2_000
MAX_DEPTH = 32
# No value of an export is that long; cut before any processing so that a huge text
# node costs nothing more than its reading.
MAX_FIELD_CHARS = 10_000
# ONDE and ATEN files are read whole: a 2,000-pupil ONDE file weighs about 1 MB.
MAX_CSV_BYTES = 20 * 1024 * 1024


def too_many(label: str, what: str, limit: int) -> ImportFormatError:
    return ImportFormatError(QT_TRANSLATE_NOOP("StaffMessages",
        "{file} : plus de {limit} {what} ; ce n'est pas l'export d'un seul établissement (fichier refusé)."
    ).format(file=label, limit=f"{limit:,}".replace(",", "\u202f"), what=what))
