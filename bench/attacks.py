"""Rerun the attacks of issue 10 against a fresh database and print: attack, held or not.

    .venv/bin/python bench/attacks.py [--no-readme] [--tries N]

Each attack runs on a real SQLite file in a temporary folder, through the services, the CLI
and the importers (on generated files) as an attacker would use them. Memory is measured
as the importers' tests do: traced allocations for a preview, the peak resident memory of
a subprocess for the largest SIECLE files. The encryption row uses an in-memory keyring
backend, installed for that row only; every other row runs on a clear database (no
keyring), the worst case for what a copy of the file holds.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import importlib.util
import io
import json
import os
import random
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
import zipfile
from contextlib import redirect_stderr
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "support")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
from bench_report import machine_lines, replace_section  # noqa: E402
from outbox_support import last_code, last_message, received_text  # noqa: E402
from roster_generator import generate_siecle, keep_first_students  # noqa: E402
from smtp_support import local_smtp  # noqa: E402
from timing_support import interleaved  # noqa: E402

from educonnect_desktop.cli import main  # noqa: E402
from educonnect_desktop.core import throttle as policy  # noqa: E402
from educonnect_desktop.core.hashing import HashParameters, PasswordHashing  # noqa: E402
from educonnect_desktop.errors import UserFacingError  # noqa: E402
from educonnect_desktop.importers import ImportFormatError, archives, read_onde, read_siecle  # noqa: E402
from educonnect_desktop.importers import limits as import_limits  # noqa: E402
from educonnect_desktop.importers.text_sanity import looks_mis_decoded  # noqa: E402
from educonnect_desktop.messaging.templates import render  # noqa: E402
from educonnect_desktop.secret_store import KeyringSecretStore  # noqa: E402
from educonnect_desktop.services import (account_admin, audit_chain, authentication, children,  # noqa: E402
                                         credentials, demo, email_confirmation, legacy, my_account, privacy,
                                         recovery, roster_import, self_registration, setup, staff, throttling)
from educonnect_desktop.store import head_version, open_database  # noqa: E402
from educonnect_desktop.store.database import _backup  # noqa: E402
from educonnect_desktop.store.keys import CLEAR  # noqa: E402
from educonnect_desktop.store.models import (Account, AccountKind, AuditEvent, EmailState,  # noqa: E402
                                             OneTimeSecret, OutboxMessage, Throttle, database_proxy)

FAST = PasswordHashing(HashParameters(time_cost=1, memory_cost=1024, parallelism=1))
ADMIN_PASSWORD = "Admin-Tres-Solide-7"
TRIES = 20
TODAY = date(2024, 12, 1)
ONDE_HEADER = "Nom élève;Prénom élève;Date naissance;INE"


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
    match = re.search(r"(\d+) minute", getattr(exc, "message", str(exc)))
    return int(match.group(1)) if match else 0


# -- Copy of the database --------------------------------------------------------------------------

CODE = re.compile(rb"(?<!\d)\d{6}(?!\d)")
TOKEN_RUN = re.compile(rb"[A-Za-z0-9_-]{43,}")
HEX = re.compile(r"[0-9a-f]+")
MOBILE, E164 = "06 00 00 00 01", "+33600000001"
JEAN_CHILDREN = [date(2012, 3, 14), date(2010, 9, 2)]


def _text_values(path: Path) -> list[bytes]:
    """Every text or blob value of every table, as `sqlite3` reads a copied file (read-only)."""
    try:
        raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.DatabaseError:
        return []
    values: list[bytes] = []
    try:
        tables = [name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    except sqlite3.DatabaseError:
        tables = []  # the -wal, -shm, lock file: only their raw bytes
    for table in tables:
        try:
            rows = raw.execute(f'SELECT * FROM "{table}"').fetchall()
        except sqlite3.DatabaseError:
            continue  # a virtual table whose module plain sqlite3 lacks
        values += [v.encode("utf-8", "surrogatepass") if isinstance(v, str) else v
                   for row in rows for v in row if isinstance(v, (str, bytes))]
    raw.close()
    return values


class Thief:
    """`cp` of every file beside the live database (file, -wal, -shm, backups), moment after moment."""

    def __init__(self, w: World) -> None:
        self.w, self.moments = w, 0
        self.loot = b""

    def copy(self, moment: str) -> tuple[set[str], set[str]]:
        """The codes and tokens this copy holds, in its raw bytes and in its text columns."""
        self.moments += 1
        target = self.w.path.parent / "butin" / f"{self.moments:02d}-{moment}"
        target.mkdir(parents=True)
        for source in self.w.path.parent.glob(self.w.path.name + "*"):
            shutil.copyfile(source, target / source.name)
        pieces = [p.read_bytes() for p in sorted(target.iterdir())]
        pieces += [v for p in sorted(target.iterdir()) for v in _text_values(p)]
        blob = b"\n".join(pieces)
        self.loot += blob
        tokens = set()
        for run in TOKEN_RUN.findall(blob):  # a token may hide inside a longer run
            text = run.decode()
            tokens.update(text[i:i + 43] for i in range(len(text) - 42))
        return {m.decode() for m in CODE.findall(blob)}, tokens


class Attempts:
    """Each harvested code and token through the real services, on the workstation as it is now."""

    def __init__(self, w: World) -> None:
        self.w, self.codes, self.tokens, self.worked, self.tried = w, set(), set(), [], 0
        password = "Nouveau-Vole-2024!"
        self.token_steps = [
            ("lien de réinitialisation", lambda t: recovery.finish_password_reset(t, password, hashing=FAST,
                                                                                  clock=w.clock)),
            ("ticket d'inscription", lambda t: self_registration.complete_registration(t, password, hashing=FAST,
                                                                                       clock=w.clock)),
            ("lien de confirmation", lambda t: credentials.find_token(email_confirmation.PURPOSE, t, w.clock())),
        ]

    def run(self, found: tuple[set[str], set[str]], code_steps=()) -> None:
        # Every code step opens with the copy that follows its request: a value already in an
        # earlier copy existed before the secret now pending was made, and cannot be it.
        codes, tokens = found[0] - self.codes, found[1] - self.tokens
        self.codes |= codes
        self.tokens |= tokens
        # A link token is URL-safe base64: an all-hex window (a hash of the audit chain) is none.
        tokens = {t for t in tokens if not HEX.fullmatch(t)}
        tries = [(c, s) for c in sorted(codes) for s in code_steps] + \
                [(t, s) for t in sorted(tokens) for s in self.token_steps]
        # On a clone of the live file at this moment, so that the refused tries (audited) do not
        # fill the next copies with values of their own.
        clone = self.w.path.with_name("clone.sqlite")
        for leftover in clone.parent.glob(clone.name + "*"):
            leftover.unlink()
        # Through the standard sqlite3 module, the live connection's own library: a second SQLite
        # library in the process (sqlcipher3, as copy_database uses) would delete the live WAL on close.
        source, target = sqlite3.connect(self.w.path), sqlite3.connect(clone)
        source.backup(target)
        target.close()
        source.close()
        scratch = open_database(clone)
        scratch.educonnect_keys = self.w.db.educonnect_keys  # the outbox key lives in this process only
        try:
            for value, (name, step) in tries:
                # Fresh counters before every try: the attacker's best case, no limit ends the attack early.
                Throttle.delete().execute()
                OneTimeSecret.update(attempts=0).execute()
                self.tried += 1
                if refused(lambda: step(value)) is None:
                    self.worked.append(f"{name} {value}")
        finally:
            scratch.close()
            database_proxy.initialize(self.w.db)


def outbox_codes_in_a_copy(w: World) -> tuple[bool, str]:
    thief, attack = Thief(w), Attempts(w)
    passwords = {c.provisional_password for c in w.demo.values() if c.provisional_password}
    registration = ("code d'inscription", lambda c: self_registration.verify_registration(
        "Dupont", "Jean", MOBILE, c, JEAN_CHILDREN, clock=w.clock))
    reset = ("code de réinitialisation", lambda c: recovery.verify_reset_code("j.dupont1", c, clock=w.clock))

    self_registration.request_sms_code("Dupont", "Jean", MOBILE, sms_available=True, clock=w.clock)
    attack.run(thief.copy("inscription-sms-en-attente"), [registration])
    ticket = self_registration.verify_registration("Dupont", "Jean", MOBILE, w.code_for(E164), JEAN_CHILDREN,
                                                   clock=w.clock)
    passwords.add("Tartine-Confiture-42")
    self_registration.complete_registration(ticket.ticket, "Tartine-Confiture-42", hashing=FAST, clock=w.clock)
    attack.run(thief.copy("inscrit"), [registration])

    recovery.start_password_reset("j.dupont1", "sms", clock=w.clock)
    attack.run(thief.copy("code-sms-en-attente"), [reset])
    token = recovery.verify_reset_code("j.dupont1", w.code_for(E164), clock=w.clock)
    attack.run(thief.copy("code-sms-saisi"))
    passwords.add("Brioche-Vanille-77")
    session = recovery.finish_password_reset(token, "Brioche-Vanille-77", hashing=FAST, clock=w.clock)

    preview = my_account.preview_email_change(session, "jean.dupont@exemple.fr", "jean.dupont@exemple.fr")
    my_account.send_email_change(session, preview, clock=w.clock)
    confirm = ("code de confirmation", lambda c: my_account.confirm_email_code(session, c, clock=w.clock))
    attack.run(thief.copy("confirmation-en-attente"), [confirm])
    email_code = w.code_for("jean.dupont@exemple.fr")
    with local_smtp() as smtp:  # a real SMTP server: the message leaves the outbox as "sent"
        asyncio.run(smtp.deliver())
    attack.run(thief.copy("confirmation-envoyee"), [confirm])
    my_account.confirm_email_code(session, email_code, clock=w.clock)

    recovery.start_password_reset("j.dupont1", "email", clock=w.clock)
    w.db.close()  # copy_database's sqlcipher3 would delete the WAL of a clear file open in this process
    _backup(w.path, head_version(), CLEAR)  # what a schema upgrade leaves beside the file
    w.db = open_database(w.path)
    attack.run(thief.copy("lien-courriel-en-attente"), [reset])
    link = re.search(r"jeton=([A-Za-z0-9_-]{43})", received_text(last_message("jean.dupont@exemple.fr"))).group(1)
    passwords.add("Gaufre-Sucre-Glace-31")
    recovery.finish_password_reset(link, "Gaufre-Sucre-Glace-31", hashing=FAST, clock=w.clock)
    attack.run(thief.copy("lien-utilise"), [reset])

    readable = sorted(p for p in passwords if p.encode() in thief.loot)
    ok = not attack.worked and not readable
    return ok, (f"{thief.moments} copies, {len(attack.codes)} codes et {len(attack.tokens)} jetons relevés, "
                f"{attack.tried} essais : {len(attack.worked)} réussi ; {len(readable)}/{len(passwords)} "
                f"mots de passe lisibles" + (f" ({', '.join(attack.worked[:2])})" if attack.worked else ""))


def _mode(path: Path) -> str:
    return oct(stat.S_IMODE(path.stat().st_mode))[2:] if path.exists() else "absent"


def private_files(w: World) -> tuple[bool, str]:
    previous = os.umask(0)  # a careless umask: privacy must not depend on the user's settings
    try:
        fresh = w.path.parent / "nouveau-dossier" / "educonnect.sqlite"
        db = open_database(fresh)
        demo.load_demo(hashing=FAST)
        files = [fresh, fresh.with_name(fresh.name + "-wal"), fresh.with_name(fresh.name + "-shm")]
        modes = {p.name: _mode(p) for p in files}  # while open: the WAL and SHM go at close
        db.close()
        upgraded = w.path.with_name("ancienne.sqlite")
        open_database(upgraded, target=head_version() - 1).close()
        open_database(upgraded).close()
        files += sorted(upgraded.parent.glob(upgraded.name + ".v*.bak"))
        w.db.close()
        w.db = open_database(w.path)
        config, pdf = w.path.with_name("poste.toml"), w.path.with_name("lettres.pdf")
        _cli(w, "--config", str(config), "--as", "a.martin1", "config", "set", "smtp.host", "smtp.exemple.fr")
        _cli(w, "--as", "a.martin1", "letters", "--class", "3 A", "-o", str(pdf))
        export = privacy.export_for_staff(w.admin(), "j.dupont1", w.path.with_name("famille.json"))
        files += [config, pdf, export]
    finally:
        os.umask(previous)
    modes.update({p.name: _mode(p) for p in files[3:]})
    folder = _mode(fresh.parent)
    shared = {name: mode for name, mode in modes.items() if mode != "600"}
    ok = not shared and folder == "700" and len(modes) == 7
    return ok, (f"umask 000 : {len(modes)} fichiers en 600 (base, -wal, -shm, sauvegarde, poste.toml, PDF, "
                f"export), dossier en {folder}" if ok else f"dossier {folder}, {shared or 'fichier manquant'}")


def _memory_keyring():
    """The suite's in-memory keyring backend (tests/conftest.py): a real backend, unlike the fail one here."""
    spec = importlib.util.spec_from_file_location("suite_conftest", ROOT / "tests" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.InMemoryKeyring()


def encryption_at_rest(w: World) -> tuple[bool, str]:
    previous = keyring.get_keyring()
    keyring.set_keyring(_memory_keyring())
    path = w.path.with_name("chiffree.sqlite")
    try:
        db = open_database(path, secrets=KeyringSecretStore())
        demo.load_demo(hashing=FAST)
        Account.create(kind="student", identifier="z.quatremarre1", first_name="Zéphyrine", last_name="Quatremarre")
        encrypted = db.educonnect_keys.encrypted
        stolen = w.path.with_name("volee")
        stolen.mkdir()
        for source in path.parent.glob(path.name + "*"):  # while open: file, -wal and -shm
            shutil.copyfile(source, stolen / source.name)
        db.close()
        keyring.set_keyring(_memory_keyring())  # the thief's machine: another, empty keyring
        code, _, err = _cli(w, "accounts", "list", db=stolen / path.name)
    finally:
        keyring.set_keyring(previous)
        w.db.close()
        w.db = open_database(w.path)
    blob = b"".join(p.read_bytes() for p in stolen.iterdir())
    clear = [name for name in (b"Quatremarre", b"z.quatremarre1", b"j.dupont1", b"SQLite format 3") if name in blob]
    try:
        sqlite3.connect(stolen / path.name).execute("SELECT * FROM account").fetchall()
        plain = "lisible par sqlite3"
    except sqlite3.DatabaseError as exc:
        plain = str(exc)
    ok = encrypted and not clear and plain == "file is not a database" and code == 2
    return ok, (f"sqlite3 : « {plain} », {len(blob) // 1024} Kio sans nom ni identifiant, CLI sans la clé : "
                f"exit {code}" if ok else f"chiffrée={encrypted}, sqlite3 : {plain}, en clair : {clear}, exit {code}")


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


def _cli(w: World, *args: str, db: Path | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(ADMIN_PASSWORD + "\n" * 2)
    try:
        with redirect_stderr(err):
            try:
                code = main(["--db", str(db or w.path), *args], out=out)
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


def _students_left() -> int:
    return Account.select().where((Account.kind == AccountKind.STUDENT) & Account.left_at.is_null(False)).count()


def _siecle_names(path: Path) -> set[tuple[str, str]]:
    return {(s.last_name, s.first_name) for s in read_siecle([path], today=TODAY).students}


def utf8_declared_latin9(w: World):
    eleves, _ = generate_siecle(students=80, guardians=150, seed=7)  # ISO-8859-15, as SIECLE writes it
    honest, liar = w.path.with_name("honnete.xml"), w.path.with_name("ElevesSansAdresses.xml")
    honest.write_bytes(eleves)
    liar.write_bytes(eleves.decode("iso-8859-15").encode("utf-8"))  # the declaration still says ISO-8859-15
    try:
        names = _siecle_names(liar)
    except ImportFormatError as exc:
        return "encodage" in exc.message, f"refusé : {exc.message[:70]}"
    mangled = [n for n in names if looks_mis_decoded(" ".join(n))]
    _, out, _ = _cli(w, "import", "siecle", str(liar), "--dry-run")
    ok = names == _siecle_names(honest) and not mangled and "lu en UTF-8" in out
    accented = sum(1 for n in names if any(ord(ch) > 127 for ch in "".join(n)))
    return ok, (f"{len(names)} noms identiques au fichier honnête ({accented} accentués), aucun « Ã© », "
                "l'aperçu dit « lu en UTF-8 »" if ok else f"{len(mangled)} noms mal décodés, ex. {mangled[:1]}")


def onde_unclosed_quote(w: World):
    rows = [f"DURAND-{a}{b};Léa;{day:02d}/01/2016;" for day, (a, b) in enumerate(
        [(a, b) for a in "ABC" for b in "ABCDEFGHIJ"], start=1)]
    first = w.path.with_name("onde.csv")
    first.write_text(ONDE_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    code, _, err = _cli(w, "--as", "a.martin1", "import", "onde", str(first), "--uai", "0751234A",
                        "--establishment-name", "École des essais")
    if code != 0:
        return False, f"premier import refusé : {err.strip()[:60]}"
    rows[4] = 'MARTIN;"Léa;01/01/2016;'  # line 6: a lax reader swallows the 25 pupils below into one cell
    broken = w.path.with_name("onde-guillemet.csv")
    broken.write_text(ONDE_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    code, _, err = _cli(w, "--as", "a.martin1", "import", "onde", str(broken), "--uai", "0751234A",
                        "--confirm-departures")
    left, pupils = _students_left(), Account.select().where(Account.last_name.startswith("DURAND-")).count()
    ok = code == 2 and "ligne 6" in err and "guillemet" in err and left == 0 and pupils == 30
    return ok, f"exit {code} : {err.strip()[:55]}… ; {left} élève sur {pupils} marqué sorti"


def _non_xml_zip(path: Path) -> None:
    rnd = random.Random(0)
    eleves, responsables = generate_siecle(students=200, guardians=380, seed=2)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(3):  # incompressible: 4 MB each in the zip
            z.writestr(f"scan-{i}.pdf", b"%PDF-1.4\n" + rnd.randbytes(4 * 1024 * 1024))
        for i in range(3):  # 60 MB each once decompressed
            z.writestr(f"journal-{i}.bin", b"\0" * (60 * 1024 * 1024))
        z.writestr("ElevesSansAdresses.xml", eleves)
        z.writestr("ResponsablesAvecAdresses.xml", responsables)


def zip_with_big_members(w: World):
    archive = w.path.with_name("export.zip")
    _non_xml_zip(archive)
    tracemalloc.start()
    try:
        code, out, err = _cli(w, "import", "siecle", str(archive), "--dry-run")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    ceiling = 20  # MB, the importers' own test: the members cost their first bytes only
    counted = [re.search(pattern, out) for pattern in (r"Élèves : (\d+) nouveaux", r"(\d+) élèves déjà sortis")]
    pupils = sum(int(m.group(1)) for m in counted if m)
    ok = code == 0 and pupils == 200 and peak < ceiling * 1e6
    return ok, (f"zip de {archive.stat().st_size / 1e6:.1f} Mo, {pupils} élèves lus, pic tracé "
                f"{peak / 1e6:.1f} Mo (plafond {ceiling})" + ("" if code == 0 else f" : {err.strip()[:40]}"))


# The peak resident memory of the reading process: VmHWM, since ru_maxrss would carry the
# parent's peak over the fork and exec.
_MEASURE = """
import re, sys
from datetime import date
from pathlib import Path
from educonnect_desktop.importers import ImportFormatError, read_siecle
try:
    answer = len(read_siecle([sys.argv[1]], today=date(2024, 12, 1)).students)
except ImportFormatError as exc:
    answer = exc.message.replace(" ", "_")
peak_kb = int(re.search(r"VmHWM:\\s+(\\d+)", Path("/proc/self/status").read_text()).group(1))
print(answer, peak_kb // 1024)
"""


def _read_in_a_subprocess(path: Path) -> tuple[str, int]:
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    if done.returncode:
        raise RuntimeError(done.stderr.strip().splitlines()[-1])
    answer, peak = done.stdout.split()
    return answer.replace("_", " "), int(peak)


def _padded_siecle(path: Path, size: int) -> None:
    """As many students as the cap allows, each padded with an address up to `size` bytes in all."""
    students = import_limits.MAX_STUDENTS
    eleves, _ = generate_siecle(students=students, guardians=students, seed=4, encoding="UTF-8")
    room = (size - len(eleves) - 4096) // students
    padding = b"<ADRESSE><LIGNE1>" + b"x" * max(0, room - 40) + b"</LIGNE1></ADRESSE>"
    path.write_bytes(eleves.replace(b"</ELEVE>\n", padding + b"</ELEVE>\n"))


def siecle_199_mib(w: World):
    ceiling = 300  # MB, the importers' memory test
    huge, largest = w.path.with_name("Eleves199.xml"), w.path.with_name("ElevesMax.xml")
    _padded_siecle(huge, 199 * 2 ** 20)
    refusal, huge_peak = _read_in_a_subprocess(huge)
    huge.unlink()
    _padded_siecle(largest, archives.MAX_MEMBER_BYTES)
    count, peak = _read_in_a_subprocess(largest)
    size = largest.stat().st_size
    ok = "trop volumineux" in refusal and count.isdigit() and int(count) > 0.9 * import_limits.MAX_STUDENTS \
        and max(peak, huge_peak) < ceiling
    return ok, (f"199 Mio refusé ({huge_peak} Mo) ; le plus gros accepté, {size / 2 ** 20:.0f} Mio et {count} "
                f"élèves : pic {peak} Mo (plafond {ceiling})" if ok else f"199 Mio : {refusal[:40]} ; {count}, {peak} Mo")


def mass_departure(w: World):
    eleves, _ = generate_siecle(students=60, guardians=100, seed=5)
    first, truncated = w.path.with_name("complet.xml"), w.path.with_name("tronque.xml")
    first.write_bytes(eleves)
    roster_import.apply_import(roster_import.preview_import([first], establishment_name="Collège Test", today=TODAY),
                               actor=w.admin().actor, hashing=FAST)
    before = _students_left()
    truncated.write_bytes(keep_first_students(eleves, 20))  # a cut export: 40 pupils missing
    code, _, err = _cli(w, "--as", "a.martin1", "import", "siecle", str(truncated))
    left = _students_left() - before
    ok = code != 0 and "marquerait" in err and "rien n'a été enregistré" in err and left == 0
    return ok, f"exit {code} : « {err.strip()[:60]}… », {left} élève marqué sorti"


def _mutated(rnd: random.Random, sample: bytes) -> bytes:
    data = bytearray(sample)
    for _ in range(rnd.randint(1, 6)):
        at, kind = rnd.randrange(max(len(data), 1)), rnd.choice(["flip", "cut", "insert", "duplicate", "truncate"])
        if kind == "flip" and data:
            data[at] = rnd.randrange(256)
        elif kind == "cut":
            del data[at:at + rnd.randint(1, 64)]
        elif kind == "insert":
            data[at:at] = rnd.choice(FUZZ_PIECES)
        elif kind == "duplicate":
            data[at:at] = data[at:at + rnd.randint(1, 2048)]
        else:
            del data[at:]
    return bytes(data)


FUZZ_PIECES = [b"<", b">", b"&", b"\"", b"\0", b"\xff\xfe", b"\xc3", b"\xe9", b"]]>", b"<!--",
               b"<!DOCTYPE a [<!ENTITY x 'y'>]>", b"&x;", b"<ELEVE>", b"</ELEVE>", b"<PERSONNE>",
               b'encoding="koi8-r"', b"PK\x03\x04", b";", b"\n", b"\r"]


def fuzzing(w: World, per_parser: int = 400):
    data = ROOT / "tests" / "importers" / "data"
    aten = b"login;password;siecle_id\nj.dupont;Secret-1;1001\nm.martin;\"Mot;de;passe\";1002\n"
    readers = {
        "SIECLE": ("ElevesSansAdresses.xml", (data / "ElevesSansAdresses.xml").read_bytes(),
                   lambda p: read_siecle([p], today=TODAY)),
        "responsables": ("ResponsablesAvecAdresses.xml", (data / "ResponsablesAvecAdresses.xml").read_bytes(),
                         lambda p: read_siecle([p], today=TODAY)),
        "zip": ("export.zip", (data / "export_siecle.zip").read_bytes(), lambda p: read_siecle([p], today=TODAY)),
        "ONDE": ("onde.csv", (data / "onde_utf8_bom.csv").read_bytes(), lambda p: read_onde(p, today=TODAY)),
        "ATEN": ("aten.csv", aten, legacy._read_rows),
    }
    rnd, slowest, refusals, escaped = random.Random(10), 0.0, 0, []
    folder = w.path.with_name("fuzz")
    folder.mkdir()
    for label, (name, sample, read) in readers.items():
        for _ in range(per_parser):
            path = folder / name
            path.write_bytes(_mutated(rnd, sample))
            start = time.perf_counter()
            try:
                read(path)
            except UserFacingError as exc:  # ImportFormatError and the ATEN reader's refusal
                refusals += bool(exc.message)
            except Exception as exc:  # what the person would see as a traceback
                escaped.append(f"{label}: {type(exc).__name__}")
            slowest = max(slowest, time.perf_counter() - start)
    total = per_parser * len(readers)
    ok = not escaped and slowest < 5
    return ok, (f"{total} fichiers mutés ({per_parser} × SIECLE, responsables, zip, ONDE, ATEN), {refusals} refus "
                f"en français, 0 autre exception, le plus lent {slowest:.2f} s" if ok
                else f"{len(escaped)} exceptions ({escaped[:2]}), le plus lent {slowest:.2f} s")


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


# -- Privacy ---------------------------------------------------------------------------------------

def privacy_rights(w: World):
    secretary = w.admin()
    recovery.start_password_reset("l.dupont1", "email", clock=w.clock)  # a code left waiting, then forgotten
    exported = privacy.export_for_staff(secretary, "m.lefevre1", w.path.with_name("lefevre.json"))
    people = [p["Prénom"] for p in json.loads(exported.read_text(encoding="utf-8"))["Personnes"]]
    erased = privacy.erase_for_staff(secretary, "c.lefevre1")
    gone = not Account.select().where(Account.identifier.in_(erased)).exists()
    audited = {e.action for e in AuditEvent.select().where(AuditEvent.actor == "a.martin1")
               if e.action in ("privacy.exported", "privacy.erased")}
    later = w.clock.now + timedelta(days=40)
    summary = privacy.purge_expired(later, actor="a.martin1")
    sealed = OutboxMessage.select().where(OutboxMessage.sealed.is_null(False)).count()
    texts = OutboxMessage.select().where(OutboxMessage.body_text != "").count()
    codes = OneTimeSecret.select().where(OneTimeSecret.expires_at < later - timedelta(days=7)).count()
    ok = (people == ["Marc", "Chloé"] and sorted(erased) == ["c.lefevre1", "m.lefevre1"] and gone
          and len(audited) == 2 and sealed == texts == codes == 0 and summary.total > 0)
    return ok, (f"export de {len(people)} personnes, {len(erased)} comptes effacés et audités ; purge à J+40 : "
                f"sceaux {summary.seals_dropped}, textes {summary.texts_purged}, codes {summary.secrets_deleted} "
                f"effacés, {sealed + texts + codes} restant")


ATTACKS: list[tuple[str, str, Callable[[World], tuple[bool, str]]]] = [
    ("Copie de la base", "textes de l'outbox, liens et codes dans une copie", outbox_codes_in_a_copy),
    ("Copie de la base", "lien de réinitialisation encore valable après le code", reset_link_after_code),
    ("Copie de la base", "fichiers privés (0600) : base, WAL, sauvegardes, PDF", private_files),
    ("Copie de la base", "chiffrement au repos (SQLCipher, clé dans le trousseau)", encryption_at_rest),
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
    ("Entrées", "fichier UTF-8 déclaré ISO-8859-15", utf8_declared_latin9),
    ("Entrées", "CSV ONDE à guillemet non fermé", onde_unclosed_quote),
    ("Entrées", "zip de 12 Mo à gros membres non XML (mémoire)", zip_with_big_members),
    ("Entrées", "SIECLE de 199 Mio en simulation (mémoire)", siecle_199_mib),
    ("Entrées", "import qui marquerait beaucoup d'élèves partis", mass_departure),
    ("Entrées", "fuzzing des lecteurs SIECLE, ONDE, ATEN, zip", fuzzing),
    ("Qui a fait quoi", "commande qui modifie sans nommer de membre du personnel", cli_as_nobody),
    ("Qui a fait quoi", "action d'administration refusée", refused_admin_audited),
    ("Qui a fait quoi", "modification de la configuration", config_audited),
    ("Qui a fait quoi", "ligne du journal d'audit modifiée à la main", audit_tampering),
    ("Vie privée", "purges, export et effacement d'une famille", privacy_rights),
]


def run(tries: int) -> list[str]:
    global TRIES
    TRIES = tries
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for family, attack, check in ATTACKS:
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
