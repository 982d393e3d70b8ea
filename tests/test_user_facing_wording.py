"""One spelling for e-mail in everything a person reads: "e-mail" ("adresse e-mail").

Scans the French strings of the application (string literals that read as French, with
the mnemonic "&" removed; docstrings are for developers and left out) and the message
templates. "mail", "email", "courriel" or "mél" on their own are refused.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import educonnect_desktop

PACKAGE = Path(educonnect_desktop.__file__).parent
TEMPLATES = PACKAGE.parent / "resources" / "templates"
FRENCH = re.compile(r"\b(votre|vous|adresse|le|la|les|de|du|un|une|à|est|été|pas|aucune?|mon|ma)\b", re.I)
OTHER_SPELLINGS = re.compile(r"(?<![\w-])(e?mails?|courriels?|mél)(?![\w-])", re.I)
# Names of columns in files other programs write (ONDE exports): data, not our wording.
# The page title of the EduConnect guide, kept word for word so families recognise the page.
NOT_OURS = {"Adresse mail responsable {n}", "Mise à jour de l'adresse mail"}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def french_strings():
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
                    and node.value not in NOT_OURS and " " in node.value and FRENCH.search(node.value)):
                yield f"{path.relative_to(PACKAGE)}:{node.lineno}", node.value.replace("&", "")


def test_user_facing_strings_spell_e_mail_one_way():
    wrong = [(where, text) for where, text in french_strings() if OTHER_SPELLINGS.search(text)]
    assert not wrong, wrong


def test_message_templates_spell_e_mail_one_way():
    wrong = []
    for path in sorted(TEMPLATES.glob("*.txt")) + sorted(TEMPLATES.glob("*.html")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if OTHER_SPELLINGS.search(line):
                wrong.append(f"{path.name}:{number}: {line}")
    assert not wrong, wrong


def test_the_scan_sees_the_strings_it_checks():
    texts = [text for _where, text in french_strings()]
    assert any("adresse e-mail" in text for text in texts)
    assert OTHER_SPELLINGS.search("Renvoyer un email") and not OTHER_SPELLINGS.search("un e-mail")
