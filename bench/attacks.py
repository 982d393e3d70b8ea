"""Rerun the attacks of issue 10 against a fresh database and print: attack, held or not.

    .venv/bin/python bench/attacks.py [--no-readme] [--tries N]

Each attack runs on a real SQLite file in a temporary folder, through the services and the
CLI as an attacker would use them. "non testé ici" marks the items another branch delivers
(a copy of the database, encryption, file permissions, privacy, the importers' memory and
encodings); they are listed so that the table names every attack of the issue.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
from contextlib import redirect_stderr
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "support")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_report import machine_lines, replace_section  # noqa: E402
from outbox_support import last_code, last_message, received_text  # noqa: E402
from timing_support import interleaved  # noqa: E402

from educonnect_desktop.cli import main  # noqa: E402
from educonnect_desktop.core import throttle as policy  # noqa: E402
from educonnect_desktop.core.hashing import HashParameters, PasswordHashing  # noqa: E402
from educonnect_desktop.messaging.templates import render  # noqa: E402
from educonnect_desktop.services import (account_admin, audit_chain, authentication, children, demo,  # noqa: E402
                                         legacy, recovery, self_registration, setup, staff, throttling)
from educonnect_desktop.store import open_database  # noqa: E402
from educonnect_desktop.store.models import Account, AuditEvent, EmailState, OutboxMessage, Throttle  # noqa: E402

FAST = PasswordHashing(HashParameters(time_cost=1, memory_cost=1024, parallelism=1))
ADMIN_PASSWORD = "Admin-Tres-Solide-7"
NOT_HERE = None  # an attack another branch answers
TRIES = 20


class Clock:
    def __init__(self) -> None:
        self.now = datetime.utcnow().replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


class World:
    """A fresh database with the demo school, an administrator and confirmed contacts."""

    count = 0

    def __init__(self, folder: Path) -> None:
        World.count += 1
        self.path = folder / f"monde-{World.count}" / "educonnect.sqlite"
        self.path.parent.mkdir()
        self.db = open_database(self.path)
        self.demo = {c.identifier: c for c in demo.load_demo(hashing=FAST)}
        setup.create_first_administrator("Anne", "Martin", ADMIN_PASSWORD, hashing=FAST)
        Account.update(email="lea@example.org", email_state=EmailState.CONFIRMED).where(
            Account.identifier == "l.dupont1").execute()
        self.clock = Clock()

    def admin(self):
        return staff.staff_login("a.martin1", ADMIN_PASSWORD, hashing=FAST, clock=self.clock)

    def code_for(self, recipient: str) -> str:
        """The code as the recipient reads it (the stored row keeps only a redacted text)."""
        return last_code(recipient)

    def close(self) -> None:
        self.db.close()


def refused(call: Callable[[], object]) -> Exception | None:
    try:
        call()
    except Exception as exc:  # the attack's refusal is what we look at
        return exc
    return None


def _minutes(exc: Exception | None) -> int:
    import re

    match = re.search(r"(\d+) minute", getattr(exc, "message", str(exc)))
    return int(match.group(1)) if match else 0


# -- Throttling ------------------------------------------------------------------------------------

def owner_locked_out(w: World) -> tuple[bool, str]:
    for _ in range(20):  # wrong guesses every 3 minutes for an hour
        refused(lambda: authentication.login("l.dupont1", "mauvais", hashing=FAST, clock=w.clock))
        w.clock.advance(minutes=3)
    recovery.start_password_reset("l.dupont1", "email", clock=w.clock)
    token = recovery.verify_reset_code("l.dupont1", w.code_for("lea@example.org"), clock=w.clock)
    recovery.finish_password_reset(token, "Tartine-Confiture-42", hashing=FAST, clock=w.clock)
    ok = refused(lambda: authentication.login("l.dupont1", "Tartine-Confiture-42", hashing=FAST,
                                              clock=w.clock)) is None
    return ok, "recovery by the confirmed e-mail, then login at once" if ok else "owner still locked out"


def family_guesses_lock_staff(w: World) -> tuple[bool, str]:
    for _ in range(8):
        refused(lambda: authentication.login("a.martin1", "mauvais", hashing=FAST, clock=w.clock))
    ok = refused(w.admin) is None
    return ok, "8 family-login failures on a.martin1, staff login still works" if ok else "staff locked"


def spent_sms_caps(w: World) -> tuple[bool, str]:
    for n in range(policy.SMS_WORKSTATION.limit):
        refused(lambda: self_registration.request_sms_code("Martin", "Paul", f"06 12 34 56 {n:02d}",
                                                           sms_available=True, clock=w.clock))
    exc = refused(lambda: self_registration.request_sms_code("Dupont", "Jean", "06 00 00 00 01",
                                                             sms_available=True, clock=w.clock))
    wait = _minutes(exc)
    return wait <= 10, f"a genuine parent waits {wait} min (was about 60)"


def clock_corrected(w: World) -> tuple[bool, str]:
    real = w.clock.now
    w.clock.now = real + timedelta(days=1)
    for _ in range(10):
        refused(lambda: authentication.login("l.dupont1", "mauvais", hashing=FAST, clock=w.clock))
        w.clock.advance(minutes=16)
    w.clock.now = real
    wait = _minutes(refused(lambda: authentication.login("l.dupont1", "mauvais", hashing=FAST, clock=w.clock)))
    return wait <= 15, f"wait after the correction: {wait} min (was 1,500)"


def concurrent_threads(w: World) -> tuple[bool, str]:
    checked: list[int] = []
    barrier = threading.Barrier(12)

    def attempt() -> None:
        barrier.wait()
        exc = refused(lambda: authentication.login("m.lefevre1", "mauvais", hashing=FAST, clock=w.clock))
        if isinstance(exc, authentication.InvalidCredentials):
            checked.append(1)

    threads = [threading.Thread(target=attempt) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return len(checked) <= policy.TARGET.free, f"12 simultaneous guesses, {len(checked)} checked"


def spraying(w: World) -> tuple[bool, str]:
    tried = 0
    for n in range(200):
        exc = refused(lambda: authentication.login(f"x.personne{n}", "Azerty123", hashing=FAST, clock=w.clock))
        if isinstance(exc, throttling.Throttled):
            break
        tried += 1
    return tried < 200, f"slowed after {tried} guesses on as many accounts (1 minute)"


def merge_on_attacker_key(w: World) -> tuple[bool, str]:
    jean = authentication.login("j.dupont1", w.demo["j.dupont1"].provisional_password, hashing=FAST, clock=w.clock)
    sophie = authentication.login("s.dupont1", w.demo["s.dupont1"].provisional_password, hashing=FAST,
                                  clock=w.clock)
    for _ in range(5):
        refused(lambda: children.merge_other_account(jean, "c.lefevre1", "mauvais", hashing=FAST, clock=w.clock))
    exc = refused(lambda: children.merge_other_account(sophie, "c.lefevre1", "mauvais", hashing=FAST,
                                                       clock=w.clock))
    ok = isinstance(exc, throttling.Throttled)
    return ok, "a second attacker account is throttled on the target" if ok else "fresh guesses per attacker"


def merge_confirms_password(w: World) -> tuple[bool, str]:
    jean = authentication.login("j.dupont1", w.demo["j.dupont1"].provisional_password, hashing=FAST, clock=w.clock)
    right = refused(lambda: children.merge_other_account(jean, "m.lefevre1", w.demo["m.lefevre1"].provisional_password,
                                                         hashing=FAST, clock=w.clock))
    wrong = refused(lambda: children.merge_other_account(jean, "m.lefevre1", "mauvais", hashing=FAST,
                                                         clock=w.clock))
    ok = str(right) == str(wrong)
    return ok, "names differ / wrong password: the same answer" if ok else "different answers"


def sms_to_any_number(w: World) -> tuple[bool, str]:
    before = OutboxMessage.select().count()
    self_registration.request_sms_code("Inconnu", "Quelqu'un", "06 99 88 77 66", sms_available=True, clock=w.clock)
    sent = OutboxMessage.select().count() - before
    return sent == 0, f"{sent} SMS to a number nobody declared"


def raw_throttle_keys(w: World) -> tuple[bool, str]:
    refused(lambda: authentication.login("MonMotDePasse-Secret9", "x", hashing=FAST, clock=w.clock))
    refused(lambda: self_registration.request_sms_code("Dupont", "Jean", "06 00 00 00 01", sms_available=True,
                                                       clock=w.clock))
    keys = " ".join(t.key for t in Throttle.select())
    leaked = [v for v in ("MonMotDePasse", "+33600000001", "l.dupont1") if v.lower() in keys.lower()]
    return not leaked, "keys are HMAC-SHA256 labels" if not leaked else f"clear: {leaked}"


def staff_unlock(w: World) -> tuple[bool, str]:
    for _ in range(6):
        refused(lambda: authentication.login("h.dupont1", "mauvais", hashing=FAST, clock=w.clock))
    account_admin.unlock(w.admin(), "h.dupont1")
    ok = refused(lambda: authentication.login("h.dupont1", w.demo["h.dupont1"].provisional_password,
                                              hashing=FAST, clock=w.clock)) is None
    return ok, "staff unlock lets the owner in at once" if ok else "still locked"


def reset_link_after_code(w: World) -> tuple[bool, str]:
    """i10-data's fix, replayed: once the code path was used, the link sent with it is dead."""
    recovery.start_password_reset("l.dupont1", "email", clock=w.clock)
    import re

    text = received_text(last_message("lea@example.org"))
    link_token = re.search(r"jeton=([A-Za-z0-9_-]+)", text).group(1)
    token = recovery.verify_reset_code("l.dupont1", last_code("lea@example.org"), clock=w.clock)
    recovery.finish_password_reset(token, "Tartine-Confiture-42", hashing=FAST, clock=w.clock)
    exc = refused(lambda: recovery.finish_password_reset(link_token, "Autre-Mot2passe-99", hashing=FAST,
                                                         clock=w.clock))
    return exc is not None, "the link is refused after the code path" if exc else "the link still works"


# -- Timing ----------------------------------------------------------------------------------------

def _timing(first, second, clock: str = "wall") -> tuple[bool, str]:
    a, b = interleaved(first, second, tries=TRIES, setup=lambda: Throttle.delete().execute(), clock=clock)
    low, high = sorted((a.median, b.median))
    ratio = high / low if low else float("inf")
    return ratio <= 1.10, f"medians {a.median * 1000:.1f} / {b.median * 1000:.1f} ms ({clock}), ratio {ratio:.2f}"


def timing_login(w: World):
    Account.update(password_hash=PasswordHashing().hash("Vrai-Mot2passe")).where(
        Account.identifier == "l.dupont1").execute()
    return _timing(lambda: authentication.login("l.dupont1", "Faux-Mot2passe"),
                   lambda: authentication.login("x.inconnu1", "Faux-Mot2passe"), clock="cpu")


def timing_legacy(w: World):
    path = w.path.with_suffix(".csv")
    path.write_text("login;password;siecle_id\njdupont;vieuxMDP;P1001\n", encoding="utf-8")
    legacy.import_legacy_csv(path, actor=w.admin().actor)
    return _timing(lambda: legacy.verify_legacy("jdupont", "mauvais"),
                   lambda: legacy.verify_legacy("inconnu", "mauvais"), clock="cpu")


def timing_lost_identifier(w: World):
    return _timing(lambda: recovery.lost_identifier_by_email("lea@example.org"),
                   lambda: recovery.lost_identifier_by_email("personne@example.org"))


def timing_lost_password(w: World):
    return _timing(lambda: recovery.start_password_reset("l.dupont1", "email"),
                   lambda: recovery.start_password_reset("h.dupont1", "email"))


def timing_reset_code(w: World):
    recovery.start_password_reset("l.dupont1", "email")
    return _timing(lambda: recovery.verify_reset_code("l.dupont1", "000000"),
                   lambda: recovery.verify_reset_code("x.inconnu1", "000000"))


def timing_registration(w: World):
    return _timing(lambda: self_registration.request_sms_code("Dupont", "Jean", "06 00 00 00 01", sms_available=True),
                   lambda: self_registration.request_sms_code("Martin", "Paul", "06 12 34 56 78", sms_available=True))


# -- Bad input -------------------------------------------------------------------------------------

def huge_identifier(w: World):
    def size():
        return sum(len((e.target or "") + (e.details or "")) for e in AuditEvent.select())

    before = size()
    refused(lambda: authentication.login("x" * 5 * 1024 * 1024, "x", hashing=FAST, clock=w.clock))
    grown = size() - before
    return grown < 1000, f"audit grew by {grown} bytes (was 24 MB)"


def names_with_bidi(w: World):
    cred = staff.create_staff(w.admin(), "Lé\u202ea\u200b", "Roux\x1b[31m", "secretariat", hashing=FAST,
                              clock=w.clock)
    a = Account.get(Account.identifier == cred.identifier)
    clean = not any(ch in a.first_name + a.last_name for ch in "\u202e\u200b\x1b")
    return clean, f"stored as {a.first_name!r} {a.last_name!r}"


def _cli(w: World, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(ADMIN_PASSWORD + "\n" * 2)
    try:
        with redirect_stderr(err):
            try:
                code = main(["--db", str(w.path), *args], out=out)
            except SystemExit as exc:
                code = exc.code
    finally:
        sys.stdin = old_stdin
    return code, out.getvalue(), err.getvalue()


def formula_and_terminal(w: World):
    Account.create(kind="student", identifier="x.piege1", first_name="\x1b[2JLéa",
                   last_name='=HYPERLINK("http://pirate.example")')
    _, out, _ = _cli(w, "accounts", "list")
    line = next(line for line in out.splitlines() if line.startswith("x.piege1"))
    ok = "\x1b" not in line and "\t'=HYPERLINK" in line
    return ok, "formula quoted, escape shown as \\x1b" if ok else line


def subject_injection(w: World):
    message = render("password_changed", "email", {"establishment": "Collège\r\nBcc: x@pirate.example",
                                                   "first_name": "Léa", "identifier": "l.dupont1"})
    ok = "\n" not in message.subject and "\nBcc" not in message.text
    return ok, "CR/LF flattened in the subject"


def cli_huge_integer(w: World):
    code, _, err = _cli(w, "audit", "list", "--limit", "9" * 40)
    return code == 2 and "Traceback" not in err, f"exit {code}, French argument error"


def cli_broken_pipe(w: World):
    w.db.close()
    process = subprocess.Popen([sys.executable, "-m", "educonnect_desktop", "--db", str(w.path), "audit", "list",
                                "--limit", "100000"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode()
    code = process.wait(timeout=60)
    w.db = open_database(w.path)
    return "Traceback" not in err, f"exit {code}, {err.strip()[:60] or 'nothing on stderr'}"


def cli_binary_legacy(w: World):
    path = w.path.with_suffix(".png")
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + os.urandom(2048))
    code, _, err = _cli(w, "--as", "a.martin1", "legacy", "import", str(path))
    return code == 2 and "Traceback" not in err, f"exit {code}: {err.strip()[:60]}"


def cli_unknown_encoding(w: World):
    path = w.path.with_name("enc.xml")
    path.write_text('<?xml version="1.0" encoding="x-inconnu"?><BEE_ELEVES/>', encoding="ascii")
    code, _, err = _cli(w, "import", "siecle", str(path), "--dry-run")
    return code == 2 and "encodage" in err, f"exit {code}: {err.strip()[:60]}"


def foreign_database(w: World):
    other = w.path.with_name("autre.db")
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.commit()
    raw.close()
    digest = hashlib.sha256(other.read_bytes()).hexdigest()
    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        code = main(["--db", str(other), "accounts", "list"], out=out)
    same = hashlib.sha256(other.read_bytes()).hexdigest() == digest
    open_database(w.path)
    return code == 2 and same, "refused, file unchanged" if same else "file modified"


def migration_backups(w: World):
    broken = w.path.with_name("v3.sqlite")
    shutil.copy(ROOT / "tests" / "data" / "schema_v3.sqlite", broken)
    raw = sqlite3.connect(broken)
    raw.execute('ALTER TABLE "guardian_link" ADD COLUMN "review_offered" INTEGER')
    raw.commit()
    raw.close()
    for _ in range(3):
        with redirect_stderr(io.StringIO()):
            main(["--db", str(broken), "accounts", "list"], out=io.StringIO())
    backups = list(broken.parent.glob("v3.sqlite*.bak"))
    open_database(w.path)
    return not backups, f"{len(backups)} backup(s) after 3 failed starts"


# -- Who did what ----------------------------------------------------------------------------------

def cli_as_nobody(w: World):
    code, _, err = _cli(w, "outbox", "cancel", "1")
    return code == 2 and "--as" in err, "a state-changing command without --as is refused"


def refused_admin_audited(w: World):
    cred = staff.create_staff(w.admin(), "Paul", "Bernard", "secretariat", hashing=FAST, clock=w.clock)
    secretary = staff.staff_login(cred.identifier, cred.provisional_password, hashing=FAST, clock=w.clock)
    refused(lambda: account_admin.set_disabled(secretary, "a.martin1", True))
    ok = AuditEvent.select().where(AuditEvent.action == "staff.permission_denied").exists()
    return ok, "staff.permission_denied recorded" if ok else "not audited"


def config_audited(w: World):
    config = w.path.with_name("poste.toml")
    code, _, err = _cli(w, "--config", str(config), "--as", "a.martin1", "config", "set", "smtp.host", "smtp.x.fr")
    ok = code == 0 and AuditEvent.select().where(AuditEvent.action == "config.set").exists()
    return ok, "config.set recorded with the staff member" if ok else err.strip()[:60]


def audit_tampering(w: World):
    w.db.close()
    copy = w.path.with_name("copie.sqlite")
    shutil.copy(w.path, copy)
    raw = sqlite3.connect(copy)
    raw.execute('DROP TRIGGER "audit_event_no_update"')
    raw.execute("UPDATE audit_event SET actor = 'personne' WHERE id = 2")
    raw.commit()
    raw.close()
    open_database(copy)
    report = audit_chain.verify()
    w.db = open_database(w.path)
    return report.broken_at == 2, f"audit verify: first broken link n° {report.broken_at}"


ATTACKS: list[tuple[str, str, Callable[[World], tuple[bool, str]] | None]] = [
    ("Copie de la base", "textes de l'outbox, liens et codes dans une copie (tests/services/test_database_copies.py)",
     NOT_HERE),
    ("Copie de la base", "lien de réinitialisation encore valable après le code", reset_link_after_code),
    ("Copie de la base", "fichiers privés (0600) : base, WAL, sauvegardes, PDF", NOT_HERE),
    ("Copie de la base", "chiffrement au repos (SQLCipher, tests/store/test_encryption.py)", NOT_HERE),
    ("Limitation", "attaquant qui bloque le titulaire (récupération par contact confirmé)", owner_locked_out),
    ("Limitation", "échecs « famille » sur un identifiant du personnel", family_guesses_lock_staff),
    ("Limitation", "plafonds SMS du poste épuisés par un attaquant", spent_sms_caps),
    ("Limitation", "horloge avancée d'un jour puis corrigée", clock_corrected),
    ("Limitation", "tentatives simultanées depuis 12 fils", concurrent_threads),
    ("Limitation", "pulvérisation : quelques essais sur beaucoup de comptes", spraying),
    ("Limitation", "« ajouter des élèves » compté sur la clé de l'attaquant", merge_on_attacker_key),
    ("Limitation", "refus « noms différents » qui confirme le mot de passe", merge_confirms_password),
    ("Limitation", "SMS d'inscription envoyé à n'importe quel numéro", sms_to_any_number),
    ("Limitation", "clés de limitation en clair (identifiant, portable, mot de passe)", raw_throttle_keys),
    ("Limitation", "déblocage par le secrétariat", staff_unlock),
    ("Temps de réponse", "connexion (hachage par défaut)", timing_login),
    ("Temps de réponse", "connexion ancien compte ATEN", timing_legacy),
    ("Temps de réponse", "identifiant perdu", timing_lost_identifier),
    ("Temps de réponse", "mot de passe perdu (contact confirmé ou non)", timing_lost_password),
    ("Temps de réponse", "code de réinitialisation (en attente ou non)", timing_reset_code),
    ("Temps de réponse", "inscription par SMS (responsable déclaré ou non)", timing_registration),
    ("Entrées", "identifiant de 5 Mo à la connexion", huge_identifier),
    ("Entrées", "caractères de contrôle, bidi, largeur nulle dans un nom", names_with_bidi),
    ("Entrées", "formule tableur et séquence d'échappement dans la liste TSV", formula_and_terminal),
    ("Entrées", "CR/LF dans le nom de l'établissement (objet du courriel)", subject_injection),
    ("Entrées", "entier géant en option de la ligne de commande", cli_huge_integer),
    ("Entrées", "« | head » sur une longue liste", cli_broken_pipe),
    ("Entrées", "fichier binaire donné à « legacy import »", cli_binary_legacy),
    ("Entrées", "encodage XML inconnu", cli_unknown_encoding),
    ("Entrées", "base SQLite d'une autre application", foreign_database),
    ("Entrées", "sauvegardes laissées par chaque migration ratée", migration_backups),
    ("Entrées", "fichier UTF-8 déclaré ISO-8859-15", NOT_HERE),
    ("Entrées", "CSV ONDE à guillemet non fermé", NOT_HERE),
    ("Entrées", "zip de 12 Mo à gros membres non XML (mémoire)", NOT_HERE),
    ("Entrées", "SIECLE de 199 Mio en simulation (mémoire)", NOT_HERE),
    ("Entrées", "import qui marquerait beaucoup d'élèves partis", NOT_HERE),
    ("Entrées", "fuzzing des lecteurs SIECLE, ONDE, ATEN, zip", NOT_HERE),
    ("Qui a fait quoi", "commande qui modifie sans nommer de membre du personnel", cli_as_nobody),
    ("Qui a fait quoi", "action d'administration refusée", refused_admin_audited),
    ("Qui a fait quoi", "modification de la configuration", config_audited),
    ("Qui a fait quoi", "ligne du journal d'audit modifiée à la main", audit_tampering),
    ("Vie privée", "purges, export et effacement d'une famille", NOT_HERE),
]


def run(tries: int) -> list[str]:
    global TRIES
    TRIES = tries
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for family, attack, check in ATTACKS:
            if check is None:
                rows.append((family, attack, "non testé ici",
                             "livré et testé par une autre branche (i10-data, i14-speed)"))
                continue
            world = World(folder)
            try:
                held, detail = check(world)
            except Exception as exc:  # an attack that crashes the application did not hold
                held, detail = False, f"{type(exc).__name__}: {exc}"[:80]
            finally:
                world.close()
            rows.append((family, attack, "tenue" if held else "NON TENUE", detail))
            print(f"{rows[-1][2]:<14} {attack}", file=sys.stderr)
    width = max(len(r[1]) for r in rows)
    lines = [f"{'famille':<17} {'attaque':<{width}} {'résultat':<14} détail",
             "-" * (width + 60)]
    lines += [f"{f:<17} {a:<{width}} {r:<14} {d}" for f, a, r, d in rows]
    return lines


def main_bench() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-readme", action="store_true", help="print only, leave bench/README.md alone")
    parser.add_argument("--tries", type=int, default=TRIES, help="timing tries of each kind")
    options = parser.parse_args()
    load_before = os.getloadavg()[0]
    table = run(options.tries)
    print("\n".join(table))
    if not options.no_readme:
        replace_section("Attacks of issue 10 (bench/attacks.py)", [
            *machine_lines(), f"Load average before: {load_before:.2f}; timing rows: {options.tries} interleaved "
            "tries of each kind (wall time where the design is a fixed floor, thread CPU time where it is "
            "the same work on both branches).", "", "```", *table, "```"])


if __name__ == "__main__":
    main_bench()
