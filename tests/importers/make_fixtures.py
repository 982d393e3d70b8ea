"""Writes the hand-made SIECLE / ONDE fixtures of tests/importers/data.

Run: .venv/bin/python tests/importers/make_fixtures.py
The files are committed; this script says how they were made (and with which
encoding, which a text editor would hide). Every name and number is invented.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

DATA = Path(__file__).parent / "data"

PARAMETRES = """<PARAMETRES>
<UAJ>0751234A</UAJ>
<ANNEE_SCOLAIRE>2024</ANNEE_SCOLAIRE>
<DATE_EXPORT>02/09/2024</DATE_EXPORT>
<HORODATAGE>02/09/2024 08:15:00</HORODATAGE>
</PARAMETRES>"""

# (ELEVE_ID, INE, NOM_DE_FAMILLE, NOM_USAGE, PRENOM, DATE_NAISS, CODE_SEXE, DATE_SORTIE)
STUDENTS = [
    ("1001", "1234567890A", "N'DIAYE", "N'DIAYE", "Aïssatou", "12/03/2011", "2", ""),
    ("1002", "1234567891B", "MARTIN", "", "Léa", "05/06/2011", "2", ""),
    ("1003", "1234567892C", "MARTIN", "", "Léa", "17/10/2010", "2", ""),
    ("1004", "1234567893D", "LEFÈVRE-ŒHLER", "DURAND", "François", "01/01/2012", "1", ""),
    ("1005", "1234567894E", "GARÇON", "", "Chloé", "22/02/2012", "2", "15/10/2024"),
    ("1006", "1234567895F", "D'ALMEIDA", "", "Noé", "31/02/2011", "1", ""),
    ("1007", "1234567896G", "BERNARD", "", "", "04/04/2011", "1", ""),
    ("1008", "1234567891B", "PETIT", "", "Jules", "08/08/2011", "1", ""),
    ("1009", "1234567897H", "SAINT-ANDRÉ", "", "Maëlle", "09/09/2011", "2", "30/06/2025"),
    ("1010", "", "MOREAU", "", "Théo", "14/07/2012", "1", ""),
    ("1011", "12AB", "ROUX", "", "Inès", "20/11/2011", "2", ""),
    ("1012", "1234567898J", "MOREAU", "", "Lina", "03/04/2013", "2", ""),
]
# ELEVE_ID -> [(CODE_STRUCTURE, TYPE_STRUCTURE)]
STRUCTURES = {
    "1001": [("3 A", "D"), ("LV2 ESP", "G")],
    "1002": [("3 A", "D")],
    "1003": [("3 B", "D")],
    "1004": [("4 C", "D")],
    "1005": [("4 C", "D")],
    "1009": [("3  A", "D"), ("LATIN", "G")],
    "1010": [("5 E", "D")],
    "1011": [("LATIN", "G")],
    "1012": [("6 B", "D")],
}

# (PERSONNE_ID, LC_CIVILITE, NOM_DE_FAMILLE, NOM_USAGE, PRENOM, TEL_PORTABLE, MEL)
PERSONS = [
    ("2001", "MME", "N'DIAYE", "", "Fatou", "06 12 34 56 78", "fatou.ndiaye@exemple.fr"),
    ("2002", "M.", "N'DIAYE", "", "Moussa", "+33 7 81 23 45 67", ""),
    ("2003", "MME", "MARTIN", "", "Sophie", "01 45 67 89 10", "Sophie.Martin@Exemple.FR"),
    ("2004", "M.", "MARTIN", "", "Éric", "06 12", "pas-une-adresse"),
    ("2005", "MME", "LEFÈVRE", "DURAND", "Hélène", "06.98.76.54.32", "helene.durand@exemple.fr"),
    ("2006", "M.", "ŒHLER", "", "Jérôme", "0781223344", ""),
    ("2007", "MME", "GARÇON", "", "Céline", "", "celine.garcon@exemple.fr"),
    ("2008", "M.", "SAINT-ANDRÉ", "", "Benoît", "06 22 33 44 55", ""),
    ("2009", "MME", "SAINT-ANDRÉ", "", "Josiane", "", ""),
    ("2010", "M.", "BERNARD", "", "", "06 33 44 55 66", ""),
    ("2012", "M.", "MOREAU", "", "Karim", "07 55 44 33 22", "karim.moreau@exemple.fr"),
    ("2013", "MME", "MARTIN", "", "Valérie", "", ""),
]
# (ELEVE_ID, PERSONNE_ID, level)
LINKS = [
    ("1001", "2001", "1"), ("1001", "2002", "2"),
    ("1002", "2003", "1"), ("1002", "2004", "2"),
    ("1003", "2013", "1"),
    ("1004", "2005", "1"), ("1004", "2006", "2"),
    ("1005", "2007", "1"),
    ("1009", "2008", "1"), ("1009", "2009", "0"),
    ("1010", "2012", "1"), ("1012", "2012", "1"),
    ("9999", "2001", "1"),  # a student missing from the students file
    ("1010", "2999", "2"),  # a person missing from the file
    ("1006", "2005", "1"),  # a rejected student: dropped quietly
    ("1011", "2010", "1"),  # a rejected person: dropped quietly
]
# The same persons' links, newer format: 1 legal, 2 "personne en charge", 3 "délégation".
LINKS_NIVEAU = [
    ("1001", "2001", "1"), ("1001", "2002", "1"),
    ("1004", "2005", "3"), ("1004", "2006", "1"),
    ("1009", "2009", "2"), ("1009", "2008", "1"),
]


def _el(tag: str, text: str) -> str:
    return f"<{tag}>{text}</{tag}>" if text else f"<{tag}/>"


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def eleves_xml(encoding: str, *, old_names: bool = False, addresses: bool = False) -> str:
    out = [f'<?xml version="1.0" encoding="{encoding}"?>', '<BEE_ELEVES VERSION="3.1">', PARAMETRES,
           "<DONNEES>", "<ELEVES>"]
    for eid, ine, nom, usage, prenom, naiss, sexe, sortie in STUDENTS:
        names = (_el("NOM", _xml_text(nom)) if old_names
                 else _el("NOM_DE_FAMILLE", _xml_text(nom)) + _el("NOM_USAGE", _xml_text(usage)))
        out.append(
            f'<ELEVE ELEVE_ID="{eid}" ELENOET="{int(eid) - 500}">'
            + _el("ID_NATIONAL", ine) + names + _el("PRENOM", _xml_text(prenom))
            + _el("DATE_NAISS", naiss) + _el("CODE_SEXE", sexe)
            + (_el("DATE_SORTIE", sortie) if sortie else "")
            + (_el("ADRESSE_ID", str(int(eid) + 7000)) if addresses else "")
            + "</ELEVE>"
        )
    out += ["</ELEVES>", "<STRUCTURES>"]
    for eid, structures in STRUCTURES.items():
        out.append(f'<STRUCTURES_ELEVE ELEVE_ID="{eid}">' + "".join(
            f"<STRUCTURE>{_el('CODE_STRUCTURE', code)}{_el('TYPE_STRUCTURE', kind)}</STRUCTURE>"
            for code, kind in structures) + "</STRUCTURES_ELEVE>")
    out += ["</STRUCTURES>"]
    if addresses:
        out += ["<ADRESSES>", '<ADRESSE ADRESSE_ID="8001"><LIGNE1_ADRESSE>12 rue de l\'Œuvre</LIGNE1_ADRESSE>'
                "<CODE_POSTAL>75011</CODE_POSTAL><LIBELLE_POSTAL>PARIS</LIBELLE_POSTAL></ADRESSE>", "</ADRESSES>"]
    out += ["</DONNEES>", "</BEE_ELEVES>", ""]
    return "\n".join(out)


def responsables_xml(encoding: str, links: list[tuple[str, str, str]], level_tag: str) -> str:
    out = [f'<?xml version="1.0" encoding="{encoding}"?>', '<BEE_RESPONSABLES VERSION="3.1">', PARAMETRES,
           "<DONNEES>", "<PERSONNES>"]
    for pid, civ, nom, usage, prenom, tel, mel in PERSONS:
        out.append(
            f'<PERSONNE PERSONNE_ID="{pid}">' + _el("LC_CIVILITE", civ)
            + _el("NOM_DE_FAMILLE", _xml_text(nom)) + _el("NOM_USAGE", _xml_text(usage))
            + _el("PRENOM", _xml_text(prenom)) + _el("TEL_PERSONNEL", "")
            + _el("TEL_PORTABLE", tel) + _el("MEL", mel) + "</PERSONNE>"
        )
    out += ["</PERSONNES>", "<RESPONSABLES>"]
    for eid, pid, level in links:
        out.append("<RESPONSABLE_ELEVE>" + _el("ELEVE_ID", eid) + _el("PERSONNE_ID", pid)
                   + _el(level_tag, level) + _el("CODE_PARENTE", "10") + "</RESPONSABLE_ELEVE>")
    out += ["</RESPONSABLES>", "</DONNEES>", "</BEE_RESPONSABLES>", ""]
    return "\n".join(out)


ONDE_HEADER = (
    "Nom élève;Nom d'usage élève;Prénom élève;Date naissance;Sexe;INE;Niveau;Classe;"
    "Civilité responsable 1;Nom responsable 1;Prénom responsable 1;Téléphone portable responsable 1;"
    "Courriel responsable 1;Lien responsable 1;"
    "Civilité responsable 2;Nom responsable 2;Prénom responsable 2;Téléphone portable responsable 2;"
    "Courriel responsable 2;Lien responsable 2"
)
ONDE_ROWS = [
    "N'DIAYE;;Awa;12/05/2017;F;0987654321Z;CP;CP A;Mme;N'DIAYE;Fatou;06 11 22 33 44;;Mère;"
    "M.;N'DIAYE;Moussa;07 81 23 45 67;;Père",
    "N'DIAYE;;Ibrahim;03/02/2015;M;;CE2;CE2-CM1;Mme;N'DIAYE;Fatou;06 11 22 33 44;fatou@exemple.fr;Mère;;;;;;",
    "MARTIN;;Léa;01/01/2016;F;;CE1;CE1;Mme;MARTIN;Sophie;;;Mère;M.;MARTIN;Paul;;;Père",
    "MARTIN;;Léa;02/02/2016;F;;CE1;CE1;Mme;MARTIN;Sophie;;;Mère;;;;;;",
    "CŒURDEVEY;;Zoé;31/02/2016;F;;CP;CP A;Mme;CŒURDEVEY;Anne;;;Mère;;;;;;",
    "LEFÈVRE;DURAND;Chloé;15/09/2014;Féminin;;CM1;CE2-CM1;Mme;LEFÈVRE;Hélène;06 98 76 54 32;"
    "helene@exemple.fr;Mère;Mme;GARÇON;Josiane;01 45 67 89 10;;Autre",
    "PETIT;;;05/05/2016;M;;CE1;CE1;M.;PETIT;Jean;;;Père;;;;;;",
    "NGUYEN;;Minh;06/06/2017;M;0987654321Z;CP;CP A;M.;NGUYEN;Bao;06 55 44 33 22;;Père;;;;;;",
]

MALFORMED = """<?xml version="1.0" encoding="UTF-8"?>
<BEE_RESPONSABLES VERSION="3.1">
<PARAMETRES>
<UAJ>0751234A</UAJ>
<ANNEE_SCOLAIRE>2024</ANNEE_SCOLAIRE>
</PARAMETRES>
<DONNEES>
<PERSONNES>
<PERSONNE PERSONNE_ID="2001">
<NOM_DE_FAMILLE>N'DIAYE</NOM_DE_FAMILLE>
<PRENOM>Fatou
</PERSONNE>
</PERSONNES>
</DONNEES>
</BEE_RESPONSABLES>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE BEE_ELEVES [
<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID="1"><NOM>&lol9;</NOM></ELEVE></ELEVES></DONNEES></BEE_ELEVES>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE BEE_ELEVES [
<!ENTITY secret SYSTEM "file:///etc/passwd">
]>
<BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID="1"><NOM>&secret;</NOM></ELEVE></ELEVES></DONNEES></BEE_ELEVES>
"""


def _zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 9, 2, 8, 15, 0))  # reproducible bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def main() -> None:
    DATA.mkdir(exist_ok=True)
    files = {
        "ElevesSansAdresses.xml": eleves_xml("ISO-8859-15").encode("iso-8859-15"),
        "ElevesAvecAdresses.xml": eleves_xml("UTF-8", addresses=True).encode("utf-8"),
        "ElevesSansAdresses_2015.xml": eleves_xml("ISO-8859-15", old_names=True).encode("iso-8859-15"),
        "ResponsablesAvecAdresses.xml":
            responsables_xml("ISO-8859-15", LINKS, "RESP_LEGAL").encode("iso-8859-15"),
        "ResponsablesAvecAdresses_niveau.xml":
            responsables_xml("UTF-8", LINKS_NIVEAU, "NIVEAU_RESPONSABILITE").encode("utf-8"),
        "ResponsablesAvecAdresses_malforme.xml": MALFORMED.encode("utf-8"),
        "billion_laughs.xml": BILLION_LAUGHS.encode("ascii"),
        "external_entity.xml": EXTERNAL_ENTITY.encode("ascii"),
        "onde_cp1252.csv": ("\r\n".join([ONDE_HEADER, *ONDE_ROWS]) + "\r\n").encode("cp1252"),
        "onde_utf8_bom.csv": ("\n".join([ONDE_HEADER, *ONDE_ROWS]) + "\n").encode("utf-8-sig"),
    }
    for name, data in files.items():
        (DATA / name).write_bytes(data)
    _zip(DATA / "export_siecle.zip", {
        "export/ElevesSansAdresses.xml": files["ElevesSansAdresses.xml"],
        "export/ResponsablesAvecAdresses.xml": files["ResponsablesAvecAdresses.xml"],
        "export/LISEZMOI.txt": "Export SIECLE du 02/09/2024\n".encode("utf-8"),
    })


if __name__ == "__main__":
    main()
