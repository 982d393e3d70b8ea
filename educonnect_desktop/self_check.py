"""`educonnect-desktop --self-check` and `educonnect self-check`: is this installation whole?

Run on the frozen bundle by CI and by a school's IT after installing: each check names what
it found, and a failure says in French what is wrong, so a missing hidden import, data file
or font fails there instead of in front of a family. Nothing here changes the user's data:
the database is opened read-only (never created or migrated) and the test letter goes to a
temporary folder that is removed afterwards.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, TextIO

from . import APP_NAME, __version__

# What a bundle must carry for the keyring of each system (build.spec names them as hidden
# imports): the backend module and the libraries it needs at run time.
KEYRING_MODULES = {
    "linux": ("keyring.backends.SecretService", "secretstorage", "jeepney", "keyring.backends.kwallet"),
    "win32": ("keyring.backends.Windows", "win32ctypes.pywin32.win32cred"),
    "darwin": ("keyring.backends.macOS",),
}
QT_LANGUAGES = ("fr", "en", "ar")  # Qt's own texts (dialogs, context menus) shipped in the bundle
SAMPLE_IDENTIFIER = "z.lefevre7"
SAMPLE_NAME = "Lefèvre"


@dataclass(frozen=True)
class Check:
    label: str
    value: str
    ok: bool = True
    warning: bool = False  # worth saying, but the application works (no keyring: no SMS/SMTP secret)


def _platform() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def check_version() -> list[Check]:
    frozen = getattr(sys, "frozen", False)
    checks = []
    if __version__.startswith("0.0.0"):
        checks.append(Check("Version", "inconnue : les métadonnées du paquet educonnect-desktop manquent "
                                       "(installation ou paquet incomplet)", ok=False))
    else:
        checks.append(Check("Version", f"{APP_NAME} {__version__}" + (" (paquet autonome)" if frozen else "")))
    checks.append(Check("Python", sys.version.split()[0]))
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError as exc:
        checks.append(Check("Qt", f"PySide6 introuvable ({exc})", ok=False))
    else:
        checks.append(Check("Qt", f"Qt {qVersion()}, PySide6 {PySide6.__version__}"))
    return checks


class _KeyMissing(Exception):
    pass


def _schema_version(path: Path) -> int | None:
    """The schema version of an existing file, read only (no creation, no migration, no key made).

    An encrypted file (SQLCipher) is read with the key from the system keyring, as the
    application would open it.
    """
    from .store import encryption

    if encryption.file_state(path) == encryption.FileState.ENCRYPTED:
        from .secret_store import KeyringSecretStore
        from .store.keys import DatabaseKeys, load_master_key

        secrets = KeyringSecretStore()
        master = load_master_key(secrets, create=False)
        if master is None:
            raise _KeyMissing(encryption.key_missing_message(path, secrets))
        connection = encryption.connect(path, DatabaseKeys(master))
    else:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = connection.execute('SELECT MAX("version") FROM "schema_version"').fetchone()
    finally:
        connection.close()
    return row[0] if row else None


def check_database(db: Path | None, config_path: Path | None) -> list[Check]:
    from .config import load_config, resolve_database_path
    from .errors import UserFacingError
    from .store import head_version

    try:
        config = load_config(config_path)
        path = resolve_database_path(db, config)
    except UserFacingError as exc:
        return [Check("Configuration", exc.message, ok=False)]
    try:
        head = head_version()  # also proves the migrations were shipped
    except Exception as exc:  # a bundle without its migration modules
        return [Check("Base de données", f"{path} ; migrations introuvables ({exc})", ok=False)]
    checks = [Check("Base de données", str(path))]
    if not path.exists():
        checks.append(Check("Schéma", f"la base n'existe pas encore ; elle sera créée au premier démarrage "
                                      f"(schéma {head})"))
        return checks
    try:
        version = _schema_version(path)
    except _KeyMissing as exc:
        checks.append(Check("Schéma", str(exc), ok=False))
        return checks
    except UserFacingError as exc:  # a keyring holding something that is not a key
        checks.append(Check("Schéma", exc.message, ok=False))
        return checks
    except Exception as exc:  # sqlite3 / sqlcipher3 errors: not a database, or the wrong key
        checks.append(Check("Schéma", f"le fichier n'est pas une base EduConnect Desktop lisible ({exc})", ok=False))
        return checks
    if version is None:
        checks.append(Check("Schéma", "aucune version enregistrée : base vide ou abîmée", ok=False))
    elif version > head:
        checks.append(Check("Schéma", f"version {version}, plus récente que cette application (schéma {head}) : "
                                      "installez la version à jour de l'application", ok=False))
    elif version < head:
        checks.append(Check("Schéma", f"version {version} ; elle sera mise à jour vers {head} à la prochaine "
                                      "ouverture (une copie de sauvegarde est faite avant)"))
    else:
        checks.append(Check("Schéma", f"version {version} (à jour)"))
    return checks


def check_keyring() -> list[Check]:
    import importlib

    missing = []
    for name in KEYRING_MODULES.get(_platform(), ()):
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    if missing:
        return [Check("Trousseau", "modules absents de l'installation : " + ", ".join(missing), ok=False)]
    from .secret_store import KeyringSecretStore

    store = KeyringSecretStore()
    name = store.backend_name()
    if store.is_real_backend():
        return [Check("Trousseau", name)]
    return [Check("Trousseau", f"{name} : aucun trousseau système utilisable ; les mots de passe SMTP et le jeton "
                               "SMS ne pourront pas être enregistrés (déverrouillez ou installez un trousseau)",
                  warning=True)]


def check_lexicon() -> list[Check]:
    # Without it the strength meter still works but misses everyday French words: say so.
    from .core.french_lexicon import corpus_words

    words = corpus_words()
    if not words:
        return [Check("Lexique français", "absent de l'installation : l'indicateur de robustesse des mots de "
                      "passe ne reconnaîtra pas les mots courants", ok=False)]
    return [Check("Lexique français", f"{len(words)} mots")]


def check_modules_loaded_on_use() -> list[Check]:
    """What the application imports only when first used: a bundle that left one out would fail
    in front of a family (a journey, the strength meter) or of the secretariat."""
    from .core import passwords
    from .ui.start_screen import journey_loaders

    loaders = [*journey_loaders(), lambda: passwords.estimate_strength, lambda: passwords.warm_up]
    missing = []
    for load in loaders:
        try:
            load()
        except ImportError as exc:  # Python names the module it could not find
            missing.append(exc.name or str(exc))
    if missing:
        return [Check("Modules chargés à l'usage", "absents de l'installation : " + ", ".join(missing), ok=False)]
    return [Check("Modules chargés à l'usage", f"{len(loaders)} parties (parcours des familles, robustesse)")]


def check_fonts() -> list[Check]:
    from .letters.errors import FontsMissing
    from .letters.fonts import FONT_FILES, ensure_letter_fonts, find_font_files, search_dirs
    from .letters.qt_app import ensure_gui_application

    ensure_gui_application()  # Qt's font database needs one (offscreen when there is no screen)
    try:
        ensure_letter_fonts()
    except FontsMissing as exc:
        return [Check("Polices des lettres", exc.message, ok=False)]
    found = find_font_files(search_dirs())
    folders: dict[Path, list[str]] = {}
    for path in found:
        folders.setdefault(Path(path).parent, []).append(Path(path).name)
    names = " ; ".join(f"{', '.join(files)} ({folder})" for folder, files in folders.items())
    if len(found) < len(FONT_FILES):
        names += " (les autres fichiers DejaVu sont fournis par le système)"
    return [Check("Polices des lettres", names or "DejaVu fournie par le système")]


def qt_translations_dir() -> Path:
    from .ui.translations import translations_directory  # where the application loads them from

    return translations_directory()


def _loads(path: Path) -> bool:
    from PySide6.QtCore import QTranslator

    return QTranslator().load(str(path))


def check_translations() -> list[Check]:
    from .paths import resources_dir

    folder = qt_translations_dir()
    present = [lang for lang in QT_LANGUAGES if (folder / f"qtbase_{lang}.qm").is_file()]
    checks = []
    if "fr" not in present:
        checks.append(Check("Traductions de Qt", f"qtbase_fr.qm absent de {folder} : les boîtes de dialogue de Qt "
                                                 "seraient en anglais", ok=False))
    elif not _loads(folder / "qtbase_fr.qm"):
        checks.append(Check("Traductions de Qt", f"{folder / 'qtbase_fr.qm'} est illisible par Qt", ok=False))
    else:
        checks.append(Check("Traductions de Qt", f"{', '.join(present)} ({folder})"))
    own = resources_dir() / "translations"
    files = sorted((entry for entry in own.iterdir() if entry.name.endswith(".qm")),
                   key=lambda entry: entry.name) if own.is_dir() else []
    unreadable = [entry.name for entry in files if not _loads(Path(str(entry)))]
    if unreadable:
        checks.append(Check("Traductions de l'application", f"{', '.join(unreadable)} illisible(s) par Qt", ok=False))
    else:
        languages = [entry.name.rsplit(".", 1)[0] for entry in files]
        checks.append(Check("Traductions de l'application",
                            ", ".join(languages) if languages else "aucune : l'interface est en français (langue "
                                                                   "source)"))
    return checks


def check_templates() -> list[Check]:
    """Every message text renders (the templates are package data a bundle could lose)."""
    from .messaging.templates import KIND_CHANNELS, TemplateError, render

    # Placeholders a template may use; a template asking for another one fails here, loudly.
    sample = {"code": "123456", "link": "https://exemple.fr/lien", "identifier": SAMPLE_IDENTIFIER,
              "validity": "30 minutes", "first_name": "Zoé", "new_address": "z***@exemple.fr",
              "establishment": "Collège de vérification"}
    count = 0
    for kind, channels in KIND_CHANNELS.items():
        for channel in channels:
            try:
                render(kind, channel, sample)
            except TemplateError as exc:
                return [Check("Modèles de messages", f"{kind} ({channel}) : {exc}", ok=False)]
            count += 1
    return [Check("Modèles de messages", f"{count} textes (e-mails et SMS)")]


def _sample_letter():
    from .letters.data import LetterData

    return LetterData(
        establishment_name="Collège de vérification", establishment_uai="0000000A", first_name="Zoé",
        last_name=SAMPLE_NAME, kind="student", class_code="6 A", identifier=SAMPLE_IDENTIFIER,
        provisional_password="Verification-42", valid_until=date.today(),
        services_url="https://educonnect.education.gouv.fr")


def pdf_text_pypdf(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def pdf_text_pdftotext(path: Path) -> str | None:
    """poppler's reading, when this workstation has it (a second, independent reader)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    result = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=60)
    return result.stdout.decode("utf-8", "replace") if result.returncode == 0 else ""


def check_letter_pdf() -> list[Check]:
    """Write a real letter to a temporary file and read its text back.

    Qt writes a PDF without text (and without error) when fonts are missing, so reading the
    text layer is the only proof. pypdf ships in the bundle, so the check reads the same way
    on every workstation; poppler's pdftotext, when installed, must agree.
    """
    from .errors import UserFacingError
    from .letters.pdf import write_letters_pdf
    from .letters.qt_app import ensure_gui_application

    ensure_gui_application()
    folder = Path(tempfile.mkdtemp(prefix="educonnect-self-check-"))
    try:
        try:
            path = write_letters_pdf([_sample_letter()], folder / "lettre.pdf")
        except UserFacingError as exc:
            return [Check("Lettre PDF", exc.message, ok=False)]
        readers: list[tuple[str, Callable[[Path], str | None]]] = [("pypdf", pdf_text_pypdf),
                                                                    ("pdftotext", pdf_text_pdftotext)]
        used = []
        for name, read in readers:
            try:
                text = read(path)
            except Exception as exc:  # an unreadable PDF, or pypdf missing from the bundle
                return [Check("Lettre PDF", f"le PDF écrit n'a pas pu être relu avec {name} ({exc})", ok=False)]
            if text is None:
                continue
            if SAMPLE_IDENTIFIER not in text or SAMPLE_NAME not in text:
                return [Check("Lettre PDF", f"le PDF écrit ne contient pas le texte attendu (relu avec {name}) : "
                                            "les polices ne sont pas utilisables", ok=False)]
            used.append(name)
        return [Check("Lettre PDF", f"écrite et relue ({', '.join(used)})")]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_checks(db: Path | None = None, config_path: Path | None = None) -> list[Check]:
    checks = check_version()
    for step in (lambda: check_database(db, config_path), check_keyring, check_templates, check_lexicon,
                 check_modules_loaded_on_use, check_fonts, check_translations, check_letter_pdf):
        try:
            checks.extend(step())
        except Exception as exc:  # a broken installation must be reported, not crash the report
            checks.append(Check("Vérification", f"erreur inattendue : {type(exc).__name__} : {exc}", ok=False))
    return checks


def report(checks: list[Check], out: TextIO) -> int:
    """Print one line per check; 0 when nothing failed, 1 otherwise."""
    width = max(len(c.label) for c in checks)
    for check in checks:
        mark = "ÉCHEC" if not check.ok else ("ATTENTION" if check.warning else "OK")
        print(f"{'[' + mark + ']':11} {check.label.ljust(width)} : {check.value}", file=out)
    failures = [c for c in checks if not c.ok]
    if failures:
        print(f"Vérification échouée : {len(failures)} problème(s) ci-dessus.", file=out)
        return 1
    print("Installation vérifiée : tout est en ordre.", file=out)
    return 0


def main(db: Path | None = None, config_path: Path | None = None, out: TextIO | None = None) -> int:
    return report(run_checks(db, config_path), out or sys.stdout)
