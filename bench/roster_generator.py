"""Synthetic SIECLE exports of realistic size, for benchmarks and load tests.

    eleves, responsables = generate_siecle(students=1500, guardians=2800, seed=0)

Returns the bytes of an ElevesSansAdresses.xml and a ResponsablesAvecAdresses.xml,
encoded as SIECLE does (ISO-8859-15 by default). Families share their guardians
between siblings; each student has one or two legal guardians, and extra
non-legal contacts (RESP_LEGAL 0) make up the requested number of guardians.
Names carry accents, apostrophes and hyphens; a few students have left, a few
numbers are landlines or malformed, as in real exports.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from xml.sax.saxutils import escape, quoteattr

FAMILY_NAMES = (
    "MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON "
    "MICHEL LEFÈVRE LEROY ROUX DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT "
    "LAMBERT FONTAINE ROUSSEAU VINCENT MÜLLER FAURE ANDRÉ MERCIER BLANC GUÉRIN BOYER "
    "GARNIER CHEVALIER FRANÇOIS LEGRAND GAUTHIER GARCIA PERRIN ROBIN CLÉMENT MORIN "
    "NICOLAS HENRY ROUSSEL MATHIEU GAUTIER MASSON N'DIAYE DIALLO TRAORÉ NGUYEN "
    "D'ALMEIDA LE GALL LE BRETON DE LA FONTAINE BENSAÏD HADDAD COEURDEVEY ŒHLER "
    "SAINT-ANDRÉ MARTIN-LÉVÊQUE PELLETIER"
)
_FAMILY = tuple(
    part.replace("_", " ")
    for part in FAMILY_NAMES.replace("LE GALL", "LE_GALL").replace("LE BRETON", "LE_BRETON")
    .replace("DE LA FONTAINE", "DE_LA_FONTAINE").split()
)
GIRLS = tuple(
    "Léa Emma Chloé Manon Camille Inès Jade Louise Zoé Lina Éloïse Maëlle Anaïs Océane "
    "Clémence Héloïse Noémie Agathe Romane Sarah Aïcha Fatoumata Yasmine Marie-Ange Anne-Sophie "
    "Bérénice Léonie Capucine Margaux Célia".split()
)
BOYS = tuple(
    "Lucas Hugo Louis Gabriel Arthur Jules Raphaël Adam Nathan Théo Noé Mathéo Enzo Timéo "
    "Maël Gaël Loïc Jérôme Benoît Anaël Ibrahim Moussa Youssef Jean-Baptiste Pierre-Louis "
    "François Cédric Aurélien Joël Thibault".split()
)
ADULT_WOMEN = tuple("Isabelle Nathalie Sandrine Céline Valérie Stéphanie Aurélie Karima Sophie Hélène Fatima".split())
ADULT_MEN = tuple("Stéphane Laurent Frédéric Sébastien Éric Olivier Christophe Mamadou Karim Jérémie Hervé".split())
DOMAINS = ("exemple.fr", "courriel.fr", "messagerie.net", "fai-exemple.com")
LEVELS = ("6", "5", "4", "3")
DIVISIONS = "ABCDEFGH"
GROUPS = ("LV2 ESP", "LV2 ALL", "LATIN", "CHORALE")


@dataclass
class _Student:
    eleve_id: int
    family_name: str
    first_name: str
    sex: str
    born: date
    class_code: str
    groups: list[str]
    left_on: date | None
    ine: str


@dataclass
class _Person:
    personne_id: int
    civility: str
    family_name: str
    usage_name: str | None
    first_name: str
    mobile: str | None
    email: str | None
    links: list[tuple[int, int]] = field(default_factory=list)  # (eleve_id, resp_legal)


def _fold(text: str) -> str:
    text = text.replace("Œ", "OE").replace("œ", "oe")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalnum()).lower()


def _mobile(rnd: random.Random) -> str:
    # "06 1x", "07 8x": blocks that are valid French mobile ranges.
    head = rnd.choice(("06 1", "06 2", "06 7", "07 8", "07 5"))
    digits = f"{rnd.randrange(10)} " + " ".join(f"{rnd.randrange(100):02d}" for _ in range(3))
    return head + digits


def _families(students: int, guardians: int, rnd: random.Random) -> list[int]:
    """Number of children of each family: mostly one, some siblings, never more
    families than guardians (each family needs one)."""
    families = max(1, min(students, guardians, round(students / 1.12)))
    sizes = [1] * families
    for _ in range(students - families):
        sizes[rnd.randrange(families)] += 1
    return sizes


def generate_siecle(
    students: int = 1500,
    guardians: int = 2800,
    seed: int = 0,
    *,
    school_year: int = 2024,
    uai: str = "0751234A",
    encoding: str = "ISO-8859-15",
) -> tuple[bytes, bytes]:
    rnd = random.Random(seed)
    sizes = _families(students, guardians, rnd)
    start = date(school_year, 9, 2)
    eleve_id, personne_id = 1_200_000, 3_400_000
    all_students: list[_Student] = []
    all_people: list[_Person] = []
    family_people: list[list[_Person]] = []
    divisions_per_level = max(1, round(students / len(LEVELS) / 28))

    for size in sizes:
        name = rnd.choice(_FAMILY)
        children = []
        for _ in range(size):
            eleve_id += 1
            level = rnd.randrange(len(LEVELS))
            sex = rnd.choice("12")
            born = date(school_year - 11 - level, 1, 1) + timedelta(days=rnd.randrange(365))
            left_on = start + timedelta(days=rnd.randrange(1, 60)) if rnd.random() < 0.02 else None
            child = _Student(
                eleve_id, name, rnd.choice(BOYS if sex == "1" else GIRLS), sex, born,
                f"{LEVELS[level]} {DIVISIONS[rnd.randrange(divisions_per_level) % len(DIVISIONS)]}",
                [rnd.choice(GROUPS)] if rnd.random() < 0.5 else [],
                left_on,
                f"{rnd.randrange(10**10):010d}{rnd.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}",
            )
            children.append(child)
            all_students.append(child)
        people = []
        for rank, (civility, firsts) in enumerate((("MME", ADULT_WOMEN), ("M.", ADULT_MEN))):
            families_to_come = len(sizes) - len(family_people) - 1
            if rank == 1 and len(all_people) + families_to_come >= guardians:
                break  # keep one guardian for each family still to come
            personne_id += 1
            first = rnd.choice(firsts)
            family = name if rank == 1 or rnd.random() < 0.6 else rnd.choice(_FAMILY)
            usage = name if family != name else None
            person = _Person(
                personne_id, civility, family, usage, first,
                _mobile(rnd) if rnd.random() < 0.9 else rnd.choice((None, "01 45 67 89 10", "06 12")),
                f"{_fold(first)}.{_fold(family)}{rnd.randrange(100)}@{rnd.choice(DOMAINS)}"
                if rnd.random() < 0.85 else None,
            )
            person.links = [(c.eleve_id, rank + 1) for c in children]
            people.append(person)
            all_people.append(person)
        family_people.append(people)

    # Extra non-legal contacts (grand-parents, neighbours) up to the requested total.
    child_ids = []
    index = 0
    for size in sizes:
        child_ids.append([s.eleve_id for s in all_students[index:index + size]])
        index += size
    while len(all_people) < guardians:
        personne_id += 1
        family_index = rnd.randrange(len(sizes))
        first = rnd.choice(ADULT_WOMEN + ADULT_MEN)
        person = _Person(
            personne_id, "MME" if first in ADULT_WOMEN else "M.", rnd.choice(_FAMILY), None, first,
            _mobile(rnd) if rnd.random() < 0.7 else None, None,
        )
        person.links = [(eid, 0) for eid in child_ids[family_index]]
        all_people.append(person)

    header = _parameters(uai, school_year, start)
    return (
        _eleves_xml(all_students, header, encoding),
        _responsables_xml(all_people, header, encoding),
    )


def _parameters(uai: str, year: int, exported: date) -> str:
    return (
        f"<PARAMETRES><UAJ>{uai}</UAJ><ANNEE_SCOLAIRE>{year}</ANNEE_SCOLAIRE>"
        f"<DATE_EXPORT>{exported:%d/%m/%Y}</DATE_EXPORT></PARAMETRES>"
    )


def _el(tag: str, text: str | None) -> str:
    return f"<{tag}>{escape(text)}</{tag}>" if text is not None else ""


def _eleves_xml(students: list[_Student], header: str, encoding: str) -> bytes:
    out = [f'<?xml version="1.0" encoding="{encoding}"?>\n<BEE_ELEVES VERSION="3.1">', header, "<DONNEES><ELEVES>"]
    for s in students:
        out.append(
            f"<ELEVE ELEVE_ID={quoteattr(str(s.eleve_id))} ELENOET={quoteattr(str(s.eleve_id % 100000))}>"
            + _el("ID_NATIONAL", s.ine) + _el("NOM_DE_FAMILLE", s.family_name)
            + _el("NOM_USAGE", s.family_name) + _el("PRENOM", s.first_name)
            + _el("DATE_NAISS", f"{s.born:%d/%m/%Y}") + _el("CODE_SEXE", s.sex)
            + _el("DATE_SORTIE", f"{s.left_on:%d/%m/%Y}" if s.left_on else None)
            + "</ELEVE>\n"
        )
    out.append("</ELEVES><STRUCTURES>")
    for s in students:
        structures = [(s.class_code, "D")] + [(g, "G") for g in s.groups]
        out.append(
            f"<STRUCTURES_ELEVE ELEVE_ID={quoteattr(str(s.eleve_id))}>"
            + "".join(f"<STRUCTURE>{_el('CODE_STRUCTURE', c)}{_el('TYPE_STRUCTURE', t)}</STRUCTURE>"
                      for c, t in structures)
            + "</STRUCTURES_ELEVE>\n"
        )
    out.append("</STRUCTURES></DONNEES></BEE_ELEVES>\n")
    return "".join(out).encode(encoding)


def _responsables_xml(people: list[_Person], header: str, encoding: str) -> bytes:
    out = [f'<?xml version="1.0" encoding="{encoding}"?>\n<BEE_RESPONSABLES VERSION="3.1">', header,
           "<DONNEES><PERSONNES>"]
    for p in people:
        out.append(
            f"<PERSONNE PERSONNE_ID={quoteattr(str(p.personne_id))}>"
            + _el("LC_CIVILITE", p.civility) + _el("NOM_DE_FAMILLE", p.family_name)
            + _el("NOM_USAGE", p.usage_name) + _el("PRENOM", p.first_name)
            + _el("TEL_PORTABLE", p.mobile) + _el("MEL", p.email)
            + "</PERSONNE>\n"
        )
    out.append("</PERSONNES><RESPONSABLES>")
    for p in people:
        for eleve_id, level in p.links:
            out.append(
                "<RESPONSABLE_ELEVE>" + _el("ELEVE_ID", str(eleve_id)) + _el("PERSONNE_ID", str(p.personne_id))
                + _el("RESP_LEGAL", str(level)) + "</RESPONSABLE_ELEVE>\n"
            )
    out.append("</RESPONSABLES></DONNEES></BEE_RESPONSABLES>\n")
    return "".join(out).encode(encoding)


def keep_first_students(eleves: bytes, keep: int, encoding: str = "ISO-8859-15") -> bytes:
    """The same students file with only its first `keep` students: a truncated export."""
    import re

    text = eleves.decode(encoding)
    for dropped in re.findall(r"<ELEVE ELEVE_ID=.*?</ELEVE>\n", text, flags=re.DOTALL)[keep:]:
        text = text.replace(dropped, "", 1)
    return text.encode(encoding)
