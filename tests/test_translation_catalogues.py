"""The application's translation catalogues (resources/translations) against the code.

- every user-facing string of `ui/` is written through `tr()` (or `QCoreApplication.translate`
  / `QT_TRANSLATE_NOOP`), with a literal lupdate can collect;
- the committed `.ts` files hold exactly the strings lupdate finds today, and the `.qm` files
  are what lrelease makes of them (`make translations` was run);
- English is complete; Arabic is complete on the families' screens;
- the lower layers (core, services, messaging) mark what they show a person with
  `QT_TRANSLATE_NOOP` (core.messages), and the window shows it through `translated()`;
- a translation keeps its source's placeholders ({0}, %1), its & mnemonic and its markup.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET  # our own files, written by lupdate
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

import educonnect_desktop

PACKAGE = Path(educonnect_desktop.__file__).parent
UI = PACKAGE / "ui"
CATALOGUES = PACKAGE / "resources" / "translations"
SHIPPED = ("en", "ar")
# The families' screens (Arabic must cover them); the secretariat may fall back to French.
FAMILY_SCREENS = ("start_screen.py", "kiosk.py", "password_field.py", "strength_advice.py", "code_field.py",
                  "wizard_support.py", "login/", "registration/", "legacy/", "recovery/", "my_account/")
QT_BIN = Path(sys.executable).parent
# The lower layers whose QT_TRANSLATE_NOOP texts lupdate reads too (`make translations`).
LOWER_LAYERS = tuple(PACKAGE / name for name in ("core", "store", "services", "messaging", "importers",
                                                         "sync", "letters"))
LOWER_MODULES = (PACKAGE / "secret_store.py",)  # the keyring's refusals, shown by messaging and sync


@dataclass(frozen=True)
class Message:
    context: str
    filename: str  # relative to ui/
    source: str
    translation: str
    finished: bool


def read_catalogue(language: str) -> list[Message]:
    root = ET.parse(CATALOGUES / f"educonnect_{language}.ts").getroot()
    messages = []
    for context in root.findall("context"):
        name = context.findtext("name")
        filename = ""
        for message in context.findall("message"):
            for location in message.findall("location"):
                # -locations relative: the file is named once, then only line offsets follow
                filename = location.get("filename", filename)
            translation = message.find("translation")
            messages.append(Message(name, filename.split("/ui/", 1)[-1], message.findtext("source"),
                                    translation.text or "", translation.get("type") is None))
    return messages


def is_family_screen(filename: str) -> bool:
    return filename.startswith(FAMILY_SCREENS)


# -- every user-facing string goes through tr() ---------------------------------------------

# Qt calls that put their text arguments in front of a person.
TEXT_SETTERS = {
    "setText", "setToolTip", "setAccessibleName", "setAccessibleDescription", "setWindowTitle",
    "setPlaceholderText", "setTitle", "setSubTitle", "setButtonText", "setStatusTip", "setWhatsThis",
    "addTab", "insertTab", "setTabText", "setTabToolTip", "setHeaderLabels", "setHorizontalHeaderLabels", "setFormat",
    "addItem", "addItems", "setLabelText", "setInformativeText", "setDetailedText", "setSuffix", "setPrefix",
    "setSpecialValueText", "addButton", "addAction", "addMenu", "showMessage", "setHtml", "setPlainText",
    "setNameFilter", "setNameFilters", "critical", "warning", "information", "question", "about",
}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "QMenu",
                "QMessageBox", "QFileDialog", "caption"}
# Helpers of ours whose first arguments are object names, not text: which argument is text.
NAMED_HELPERS = {"named": (2, 3), "action_button": (0, 2), "value_label": (1,)}
WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
LOGGERS = {"log", "logger", "logging"}


def _literal_texts(node: ast.AST):
    """Text written straight into a call: a str constant, an f-string, a + or `if` of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        yield "".join(part.value for part in node.values if isinstance(part, ast.Constant))
    elif isinstance(node, ast.BinOp):
        yield from _literal_texts(node.left)
        yield from _literal_texts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literal_texts(node.body)
        yield from _literal_texts(node.orelse)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _literal_texts(element)


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        if isinstance(func.value, ast.Name) and func.value.id in LOGGERS:
            return None  # log messages are for developers
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def untranslated_strings(tree: ast.AST):
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        if name in NAMED_HELPERS:
            arguments = [node.args[i] for i in NAMED_HELPERS[name] if i < len(node.args)]
        elif name in TEXT_SETTERS or name in TEXT_WIDGETS:
            arguments = list(node.args)
        else:
            continue
        arguments += [keyword.value for keyword in node.keywords]
        for argument in arguments:
            for text in _literal_texts(argument):
                if WORD.search(text):
                    yield node.lineno, name, text


def ui_trees():
    for path in sorted(UI.rglob("*.py")):
        yield path.relative_to(UI), ast.parse(path.read_text(encoding="utf-8"))


def test_user_facing_strings_go_through_tr():
    found = [f"{path}:{line}: {name}({text!r})" for path, tree in ui_trees()
             for line, name, text in untranslated_strings(tree)]
    assert not found, "\n".join(found)


def test_the_scan_catches_a_string_outside_tr():
    tree = ast.parse('label = QLabel("Bonjour")\nbutton.setToolTip("Envoyer " + code)\n'
                     'named(edit, "loginIdentifier", "Identifiant")\nok = QLabel(self.tr("Bonjour"))\n'
                     'log.warning("not found %s", name)\nnamed(edit, "x", self.tr("Nom"))\n')
    assert [(line, text) for line, _name, text in untranslated_strings(tree)] == [
        (1, "Bonjour"), (2, "Envoyer "), (3, "Identifiant")]


# Arguments of tr() / translate() that are not literals. The lower layers' texts (core.messages.Text)
# are translated by `translations.translated`, which looks up their own context and source.
DYNAMIC_TR = {
    ("translations.py", "text.source"),
    # the arguments below are QT_TRANSLATE_NOOP-marked constants: lupdate saw them
    ("secretariat/account_details.py", "_LEVELS[level]"),
    ("secretariat/account_details.py", "caption"), ("secretariat/accounts_model.py", "self.COLUMNS[section]"),
    ("secretariat/staff_tab.py", "c"), ("secretariat/workspace.py", "SOON"),
    ("secretariat/messaging_settings_dialog.py", "text"), ("code_field.py", "refusal"),
    ("strength_advice.py", "sentence"), ("secretariat/conflicts_tab.py", "c"),
}


def test_tr_is_given_a_literal_that_lupdate_can_collect():
    """`self.tr(variable)` is invisible to lupdate: the string would never be translated."""
    found = []
    for path, tree in ui_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called_name(node) in ("tr", "translate"):
                arguments = node.args[1:] if _called_name(node) == "translate" else node.args
                literal = arguments and isinstance(arguments[0], ast.Constant)
                if not literal and (str(path), ast.unparse(arguments[0]) if arguments else "") not in DYNAMIC_TR:
                    found.append(f"{path}:{node.lineno}: {ast.unparse(node)}")
                # x.tr() takes x's class as its context, which lupdate cannot know
                func = node.func
                if (_called_name(node) == "tr" and isinstance(func, ast.Attribute)
                        and not (isinstance(func.value, ast.Name) and func.value.id == "self")):
                    found.append(f"{path}:{node.lineno}: {ast.unparse(node)} (use QCoreApplication.translate)")
    assert not found, "\n".join(found)


# -- the catalogues match the code ----------------------------------------------------------

def _tool(name: str) -> Path:
    tool = QT_BIN / name
    if not tool.exists():
        found = shutil.which(name)
        if found is None:
            pytest.fail(f"{name} not found (it comes with PySide6)")
        tool = Path(found)
    return tool


def test_the_catalogues_hold_what_lupdate_finds_and_the_qm_files_are_built_from_them(tmp_path):
    sources = sorted([str(path) for folder in (UI, *LOWER_LAYERS) for path in folder.rglob("*.py")]
                     + [str(path) for path in LOWER_MODULES])
    for language in SHIPPED:
        committed = CATALOGUES / f"educonnect_{language}.ts"
        fresh = tmp_path / committed.name
        shutil.copy(committed, fresh)
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-source-language", "fr",
                        "-target-language", language, *sources, "-ts", str(fresh)], check=True)
        keys = lambda path: sorted((m.context, m.source) for m in read_catalogue_at(path))  # noqa: E731
        assert keys(fresh) == keys(committed), f"run `make translations`: {committed.name} is out of date"
        built = tmp_path / f"educonnect_{language}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(committed), "-qm", str(built)],
                       check=True)
        assert built.read_bytes() == (CATALOGUES / built.name).read_bytes(), (
            f"run `make translations`: {built.name} is not built from {committed.name}")


def read_catalogue_at(path: Path) -> list[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return [Message(context.findtext("name"), "", message.findtext("source"), "", True)
            for context in root.findall("context") for message in context.findall("message")]


# -- complete where shipped -----------------------------------------------------------------

def test_english_is_complete():
    missing = [(m.context, m.source) for m in read_catalogue("en") if not (m.finished and m.translation)]
    assert not missing, missing
    assert len(read_catalogue("en")) > 700  # the whole interface, not a sample


def test_arabic_is_complete_on_the_families_screens():
    messages = read_catalogue("ar")
    family = [m for m in messages if is_family_screen(m.filename) or m.context == "FamilyMessages"]
    assert {m.filename.split("/")[0] for m in family} >= {"start_screen.py", "login", "registration", "legacy",
                                                          "recovery", "my_account", "password_field.py", "kiosk.py"}
    missing = [(m.filename, m.source) for m in family if not (m.finished and m.translation)]
    assert not missing, missing
    assert all(re.search("[\u0600-\u06ff]", m.translation) for m in family if WORD.search(m.source)
               and not re.fullmatch(r"[\w.@ ]+", m.source)), "Arabic text, not a copy of the French"


def test_nothing_is_left_unfinished_with_a_text_in_a_shipped_language():
    """An unfinished entry lupdate guessed from another context is not shipped: say so, or finish it."""
    for language in SHIPPED:
        guessed = [(m.context, m.source) for m in read_catalogue(language) if not m.finished and m.translation
                   and (is_family_screen(m.filename) or m.context == "FamilyMessages")]
        assert not guessed, (language, guessed)


# -- placeholders, mnemonics, markup --------------------------------------------------------

PLACEHOLDER = re.compile(r"\{\w*\}|%L?\d+|%n")
TAG = re.compile(r"</?\w+[^>]*>")


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


def mismatch(source: str, translation: str) -> str | None:
    if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(translation)):
        return "placeholders"
    if mnemonics(source) != mnemonics(translation):
        return "& mnemonic"
    if Counter(TAG.findall(source)) != Counter(TAG.findall(translation)):
        return "markup"
    if source.count("\n") != translation.count("\n"):
        return "line breaks"
    return None


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_keep_placeholders_mnemonics_and_markup(language):
    wrong = [(m.context, m.source, m.translation, problem) for m in read_catalogue(language)
             if m.finished and (problem := mismatch(m.source, m.translation))]
    assert not wrong, wrong


def test_the_placeholder_check_sees_a_difference():
    assert mismatch("Bonjour {0} {1}", "Hello {0}") == "placeholders"
    assert mismatch("Se &connecter", "Sign in") == "& mnemonic"
    assert mismatch("<b>{0}</b>", "{0}") == "markup"
    assert mismatch("Aller &à %1", "Go &to %1") is None


# -- texts the lower layers own, spelt out again for lupdate -------------------------------

def _tr_literals_of(path: Path, method: str) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    [function] = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name == method]
    return [node.args[0].value for node in ast.walk(function)
            if isinstance(node, ast.Call) and _called_name(node) == "tr"]


def test_the_ui_copies_of_core_and_service_texts_are_the_same_french():
    from educonnect_desktop.core.strength import STRENGTH_LABELS
    from educonnect_desktop.services.children import SINGLE_LINK

    assert tuple(_tr_literals_of(UI / "password_field.py", "strength_labels")) == STRENGTH_LABELS
    assert _tr_literals_of(UI / "my_account" / "child_card.py", "single_link_rule") == [SINGLE_LINK]


# Placeholders that carry the "&" mnemonic itself: an isolate around them would take the underline.
MNEMONIC_PLACEHOLDERS = {("BirthDatesEditor", "Enfant {0}{1} :"), ("ChildrenPage", "{0}{1} — date de naissance :")}
FSI, PDI = "\u2068", "\u2069"  # first strong isolate ... pop directional isolate


def test_right_to_left_translations_isolate_their_placeholders():
    """In Arabic a value such as the class "3 A" or an e-mail address shows reversed ("A 3")
    unless it is isolated from the text around it."""
    loose = [(m.context, m.translation) for m in read_catalogue("ar")
             if m.finished and (m.context, m.source) not in MNEMONIC_PLACEHOLDERS
             and len(re.findall(r"\{\w*\}", m.translation)) != len(re.findall(FSI + r"\{\w*\}" + PDI, m.translation))]
    assert not loose, loose


def test_every_password_advice_of_the_core_is_marked_for_translation():
    from educonnect_desktop.core import strength_feedback
    from educonnect_desktop.ui.strength_advice import ADVICE

    tree = ast.parse(Path(strength_feedback.__file__).read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    sentences = {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
                 and id(node) not in docstrings and node.value.endswith(".")}
    assert sentences == set(ADVICE)


# -- texts of the lower layers (core.messages) ----------------------------------------------

# Two words at least, with an accent or a French little word (not SQL, not a code).
FRENCH_PROSE = re.compile(r"(?=.*[a-zà-ÿ]{2,}[ ’'][a-zà-ÿ]{2,})(?=.*([éèêëàâùûçôîï]|\b(le|la|les|de|du|des|un|une|est|et|"
                          r"vous|votre|pas|ce|cette|aucun|aucune|ne|en|au|aux|sur|pour)\b))", re.IGNORECASE | re.DOTALL)
# Module constants of the lower layers that stay French on purpose, with why.
KEPT_FRENCH = {
    ("core/strength.py", "STRENGTH_LABELS"): "spelt out for lupdate in ui/password_field.py (tested above)",
    ("core/sync_merge.py", "RULES"): "the central server's conflict records, read there in French",
    ("services/demo.py", "DEMO_NAME"): "data: the demo establishment's name",
    ("services/demo.py", "_STUDENTS"): "data: the demo's names",
    ("services/demo.py", "SETUP_ACTOR"): "data: an actor's name written into the audit log",
    ("services/privacy.py", "SYSTEM_ACTOR"): "data: an actor's name written into the audit log",
    ("services/messaging_settings.py", "TEST_SUBJECT"): "an e-mail: e-mails stay French",
    ("services/messaging_settings.py", "TEST_TEXT"): "an e-mail: e-mails stay French",
    ("messaging/templates.py", "DEFAULT_ESTABLISHMENT"): "letters and e-mails stay French",
    ("services/privacy.py", "_LABELS"): "the family's data export, a document like a letter",
    ("services/privacy.py", "_KIND_LABELS"): "the family's data export, a document like a letter",
    ("services/roster_apply.py", "_RETURNED"): "a field name of the diff: roster_text.FIELD_NAMES names it",
    ("sync/incoming.py", "ERASED_ELSEWHERE_ACTOR"): "data: an actor's name written into the audit log",
    ("sync/incoming.py", "SHARED_ELSEWHERE_ACTOR"): "data: an actor's name written into the audit log",
    ("letters/content.py", "SECURITY_ADVICE"): "letters stay French: the advice printed on them",
    ("importers/onde_columns.py", "STUDENT_COLUMNS"): "data: ONDE's own column headers, matched in the file",
    ("importers/onde_columns.py", "GUARDIAN_COLUMNS"): "data: ONDE's own column headers, matched in the file",
}


def _user_facing_error_names() -> set[str]:
    import importlib
    import pkgutil

    from educonnect_desktop.errors import UserFacingError

    for layer in LOWER_LAYERS:
        for info in pkgutil.iter_modules([str(layer)]):
            importlib.import_module(f"educonnect_desktop.{layer.name}.{info.name}")
    for module in LOWER_MODULES:
        importlib.import_module(f"educonnect_desktop.{module.stem}")
    names, todo = set(), [UserFacingError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _unmarked_french(node: ast.AST):
    """French literals under `node`, except those inside QT_TRANSLATE_NOOP("Context", "...")."""
    if isinstance(node, ast.Call) and _called_name(node) == "QT_TRANSLATE_NOOP":
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and FRENCH_PROSE.search(node.value):
        yield node.value
    for child in node.values if isinstance(node, ast.Dict) else ast.iter_child_nodes(node):  # keys are codes
        yield from _unmarked_french(child)


def unmarked_lower_layer_texts(tree: ast.AST, path: str, errors: set[str]):
    """A refusal raised to a person, or a module constant of French text, not marked for translation."""
    for statement in tree.body if isinstance(tree, ast.Module) else ():
        if isinstance(statement, (ast.Assign, ast.AnnAssign)):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if statement.value is not None and names and (path, names[0]) not in KEPT_FRENCH:
                for text in _unmarked_french(statement.value):
                    yield statement.lineno, names[0], text
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        func = node.func
        is_super_init = (name == "__init__" and isinstance(func, ast.Attribute)
                         and (isinstance(func.value, ast.Call) or ast.unparse(func.value) in errors))
        if name in errors or is_super_init:
            for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
                for text in _unmarked_french(argument):
                    yield node.lineno, name, text


def lower_layer_trees():
    for path in [path for layer in LOWER_LAYERS for path in sorted(layer.rglob("*.py"))] + list(LOWER_MODULES):
        yield path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def test_the_lower_layers_mark_the_texts_they_show_a_person():
    """A refusal of the services, a label of the core: marked with QT_TRANSLATE_NOOP, or French forever."""
    errors = _user_facing_error_names()
    found = [f"{path}:{line}: {name}: {text!r}" for path, tree in lower_layer_trees()
             for line, name, text in unmarked_lower_layer_texts(tree, path, errors)
             if not path.startswith(("core/strength_feedback.py", "core/french_"))]
    assert not found, "\n".join(found)


def test_the_lower_layer_scan_catches_an_unmarked_text():
    tree = ast.parse('A = "Bonjour tout le monde"\nB = {"x": QT_TRANSLATE_NOOP("Labels", "Élève")}\n'
                     'def f():\n    raise InvalidInput(f"Aucun compte « {x} ».")\n'
                     'def g():\n    raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Aucun « {x} »."))\n'
                     'class E(InvalidInput):\n    def __init__(self):\n        super().__init__("Déjà fait")\n'
                     'raise ValueError("pas pour une personne")\n')
    assert [(line, text) for line, _name, text in unmarked_lower_layer_texts(tree, "x.py", {"InvalidInput"})] == [
        (1, "Bonjour tout le monde"), (4, "Aucun compte « "), (9, "Déjà fait")]


def _marked_texts() -> dict[tuple[str, str], str]:
    """Every QT_TRANSLATE_NOOP text of the lower layers: (context, source) -> where."""
    found = {}
    for path, tree in lower_layer_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called_name(node) == "QT_TRANSLATE_NOOP":
                context, source = (ast.literal_eval(argument) for argument in node.args)
                found[(context, source)] = f"{path}:{node.lineno}"
    return found


def test_every_lower_layer_text_is_translated_where_it_is_shown():
    """English for every context; Arabic for FamilyMessages, what the families' screens show."""
    from educonnect_desktop.core.messages import CONTEXTS, FAMILY

    marked = _marked_texts()
    assert {context for context, _source in marked} == set(CONTEXTS)
    assert len(marked) > 250
    for language, contexts in (("en", set(CONTEXTS)), ("ar", {FAMILY})):
        done = {(m.context, m.source) for m in read_catalogue(language) if m.finished and m.translation}
        missing = [f"{where}: {key}" for key, where in marked.items() if key[0] in contexts and key not in done]
        assert not missing, (language, missing)


def test_the_labels_the_window_shows_are_texts_it_can_translate():
    """Each table of labels the window shows holds `Text`: a plain str there would stay French."""
    from educonnect_desktop.core import audit_labels, labels
    from educonnect_desktop.core.messages import Text
    from educonnect_desktop.core.passwords import check_policy
    from educonnect_desktop.messaging import outbox

    tables = [getattr(labels, name) for name in dir(labels) if name.endswith(("_LABELS", "_TITLES"))]
    tables += [getattr(audit_labels, name) for name in ("ACTION_LABELS", "ACTION_FAMILIES", "DETAIL_LABELS",
                                                        "REASON_LABELS", "SOURCE_LABELS")]
    tables.append(outbox.STATUS_LABELS)
    plain = [text for table in tables for text in table.values() if not isinstance(text, Text)]
    assert not plain and len(tables) >= 14
    policy = check_policy("a")
    assert all(isinstance(text, Text) for text in (*policy.messages, *(c.label for c in policy.criteria)))


# -- the window translates what the lower layers hand it ------------------------------------

def test_every_service_message_shown_by_the_window_goes_through_translated():
    """`exc.message` reaches a widget only through `translations.translated()`."""
    found = []
    for path, tree in ui_trees():
        wrapped = {id(argument) for node in ast.walk(tree)
                   if isinstance(node, ast.Call) and _called_name(node) == "translated" for argument in node.args}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr == "message" and isinstance(node.value, ast.Name)
                    and node.value.id == "exc" and id(node) not in wrapped):
                found.append(f"{path}:{node.lineno}")
    allowed = {"secretariat/sync_controller.py", "space_hint.py"}  # logged, or re-raised still a Text
    assert not [place for place in found if place.split(":")[0] not in allowed], found
