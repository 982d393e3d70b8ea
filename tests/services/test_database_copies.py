"""A copy of the database, its WAL and its backups, taken at any moment, gives no way in.

A thief copies the files as `cp` would, while the application runs, at several moments of
real journeys: letters printed, a parent's self-registration by SMS, first login with the
e-mail confirmation, an e-mail change, lost password by SMS code and by e-mail link, a
roster import with its letters. From every copy the test takes every 6-digit number,
every string shaped like a link token, and looks for every password the journeys used;
then it tries each code and token through the real services, on a clone of the real
workstation at that same moment (fresh counters: the attacker's best case). Nothing found
may log in or complete a step.

Two workstations: one with a system keyring (the database is encrypted with SQLCipher and
codes and links are sealed with a key the copy does not hold) and one without any keyring
(the file stays in clear: the sealing and the purge alone must hold).
"""

from __future__ import annotations

import asyncio
import re
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from educonnect_desktop.messaging.outbox import delivered_text
from educonnect_desktop.secret_store import MemorySecretStore
from educonnect_desktop.services import (
    authentication, demo, first_login, my_account, recovery, self_registration as reg,
)
from educonnect_desktop.services.credentials import SecretRejected
from educonnect_desktop.services.errors import ServiceError
from educonnect_desktop.services.roster_import import apply_import, preview_import
from educonnect_desktop.store import DatabaseKeyMissing, open_database
from educonnect_desktop.store.database import _backup, head_version
from educonnect_desktop.store.encryption import copy_database
from educonnect_desktop.store.models import OutboxMessage, database_proxy
from enrollment_support import mark_enrolled
from outbox_support import FrozenClock
from smtp_support import local_smtp

pytestmark = pytest.mark.timeout(300)

DATA = Path(__file__).resolve().parents[1] / "importers" / "data"
SIECLE = [DATA / "ElevesSansAdresses.xml", DATA / "ResponsablesAvecAdresses.xml"]
MOBILE, E164 = "06 00 00 00 01", "+33600000001"
CHILDREN = [date(2012, 3, 14), date(2010, 9, 2)]
CODE = re.compile(rb"(?<!\d)\d{6}(?!\d)")
TOKEN_RUN = re.compile(rb"[A-Za-z0-9_-]{43,}")
LINK_TOKEN = re.compile(r"jeton=([A-Za-z0-9_-]{43})")


class Thief:
    """Raw copies of every file of the database (file, -wal, -shm, backups), as they are now."""

    def __init__(self, db_path: Path, loot: Path) -> None:
        self.db_path, self.loot = db_path, loot
        self.copies: dict[str, list[Path]] = {}

    def copy(self, moment: str) -> None:
        target = self.loot / f"{len(self.copies):02d}-{moment}"
        target.mkdir(parents=True)
        taken = []
        for source in sorted(self.db_path.parent.glob(self.db_path.name + "*")):
            shutil.copyfile(source, target / source.name)
            taken.append(target / source.name)
        self.copies[moment] = taken

    def bytes_of(self, moment: str) -> bytes:
        return b"\n".join(path.read_bytes() for path in self.copies[moment])

    def all_bytes(self) -> bytes:
        return b"\n".join(self.bytes_of(moment) for moment in self.copies)


def codes_in(blob: bytes) -> set[str]:
    return {match.decode() for match in CODE.findall(blob)}


def tokens_in(blob: bytes) -> set[str]:
    """Every 43-character window of every URL-safe run: a token may hide inside a longer one."""
    found = set()
    for run in TOKEN_RUN.findall(blob):
        text = run.decode()
        found.update(text[i:i + 43] for i in range(len(text) - 42))
    return found


class Workstation:
    """The real database with the collaborators the app passes (keyring or none)."""

    def __init__(self, db_path: Path, secrets, hashing, clock) -> None:
        self.path, self.secrets, self.hashing, self.clock = db_path, secrets, hashing, clock
        self.db = open_database(db_path, secrets=secrets)
        self.known_secrets: set[str] = set()  # every code, token and password the journeys used

    def read(self, message: OutboxMessage) -> str:
        """What the recipient reads (rendered in memory from the sealed values)."""
        text = delivered_text(message.id)
        self.known_secrets.update(re.findall(r"(?<!\d)\d{6}(?!\d)", text))
        self.known_secrets.update(LINK_TOKEN.findall(text))
        return text

    def last_message(self, recipient: str) -> str:
        row = (OutboxMessage.select().where(OutboxMessage.recipient == recipient)
               .order_by(OutboxMessage.id.desc()).first())
        return self.read(row)

    def code_for(self, recipient: str) -> str:
        return re.search(r"(?<!\d)(\d{6})(?!\d)", self.last_message(recipient)).group(1)

    def link_token_for(self, recipient: str) -> str:
        return LINK_TOKEN.search(self.last_message(recipient)).group(1)

    def try_on_a_clone(self, moment: str, attempts) -> list[str]:
        """Run `attempts` (callables) on a clone of the live database; the names of those that worked."""
        clone = self.path.with_name(f"clone-{moment}.sqlite")
        worked = []
        keys = self.db.educonnect_keys
        for batch_start in range(0, len(attempts), 4):  # 4 tries per clone: under every per-code limit
            for leftover in clone.parent.glob(clone.name + "*"):
                leftover.unlink()
            copy_database(self.path, clone, keys)
            scratch = open_database(clone, secrets=self.secrets)
            # Without a keyring the outbox key lives in this process only: the clone shares it.
            scratch.educonnect_keys = keys
            try:
                for name, attempt in attempts[batch_start:batch_start + 4]:
                    try:
                        attempt()
                    except (ServiceError, SecretRejected):
                        continue
                    worked.append(name)
            finally:
                scratch.close()
                database_proxy.initialize(self.db)
        return worked


def attacks(thief: Thief, station: Workstation, moment: str, code_steps, *, token_steps=()):
    """Every code and token found in this moment's copies, through every step open at that moment."""
    blob = thief.bytes_of(moment)
    attempts = []
    for code in sorted(codes_in(blob)):
        for step_name, step in code_steps:
            attempts.append((f"{step_name}({code})", lambda step=step, code=code: step(code)))
    for token in sorted(tokens_in(blob)):
        for step_name, step in token_steps:
            attempts.append((f"{step_name}({token})", lambda step=step, token=token: step(token)))
    return station.try_on_a_clone(moment, attempts)


def token_steps(station: Workstation):
    new_password = "Nouveau-Volé-2024!"
    return [
        ("reset link", lambda t: recovery.finish_password_reset(t, new_password, hashing=station.hashing,
                                                                clock=station.clock)),
        ("registration ticket", lambda t: reg.complete_registration(t, new_password, hashing=station.hashing,
                                                                     clock=station.clock)),
    ]


@pytest.fixture(params=["keyring", "no-keyring"])
def station(request, db_path, fast_hashing):
    secrets = MemorySecretStore() if request.param == "keyring" else None
    clock = FrozenClock(datetime.utcnow().replace(microsecond=0))
    workstation = Workstation(db_path, secrets, fast_hashing, clock)
    mark_enrolled()  # so the e-mails carry links too (their token hashes wait in the journal)
    yield workstation
    workstation.db.close()


def test_copies_taken_during_real_journeys_open_nothing(station, db_path, tmp_path):
    thief = Thief(db_path, tmp_path / "loot")
    hashing, clock = station.hashing, station.clock
    steps_worked: dict[str, list[str]] = {}

    # 1. The secretariat prints the demo letters (provisional passwords on paper only).
    issued = demo.load_demo(hashing=hashing)
    station.known_secrets.update(c.provisional_password for c in issued if c.provisional_password)
    thief.copy("letters")

    # 2. A parent registers by SMS: the code waits in the outbox (no SMS gateway yet).
    reg.request_sms_code("Dupont", "Jean", MOBILE, sms_available=True, clock=clock)
    thief.copy("registration-code-queued")
    steps_worked["registration"] = attacks(thief, station, "registration-code-queued", [
        ("registration code", lambda c: reg.verify_registration("Dupont", "Jean", MOBILE, c, CHILDREN,
                                                                 clock=clock)),
    ], token_steps=token_steps(station))
    ticket = reg.verify_registration("Dupont", "Jean", MOBILE, station.code_for(E164), CHILDREN, clock=clock)
    station.known_secrets.add(ticket.ticket)
    jean_password = "Tartine-Confiture-42"
    station.known_secrets.add(jean_password)
    reg.complete_registration(ticket.ticket, jean_password, hashing=hashing, clock=clock)
    thief.copy("registered")

    # 3. Lost password by SMS code.
    recovery.start_password_reset("j.dupont1", "sms", clock=clock)
    thief.copy("reset-sms-queued")
    reset_code_step = ("reset code", lambda c: recovery.verify_reset_code("j.dupont1", c, clock=clock))
    steps_worked["reset by sms"] = attacks(thief, station, "reset-sms-queued", [reset_code_step],
                                           token_steps=token_steps(station))
    reset_ticket = recovery.verify_reset_code("j.dupont1", station.code_for(E164), clock=clock)
    station.known_secrets.add(reset_ticket)
    thief.copy("reset-code-typed")
    steps_worked["reset ticket"] = attacks(thief, station, "reset-code-typed", [],
                                           token_steps=token_steps(station))
    jean_password = "Brioche-Vanille-77"
    station.known_secrets.add(jean_password)
    recovery.finish_password_reset(reset_ticket, jean_password, hashing=hashing, clock=clock)

    # 4. Jean gives an e-mail address
    # in Mon compte: code and link sent by e-mail to a real SMTP server, then delivered.
    session = authentication.login("j.dupont1", jean_password, hashing=hashing, clock=clock)
    preview = my_account.preview_email_change(session, "jean.dupont@exemple.fr", "jean.dupont@exemple.fr")
    my_account.send_email_change(session, preview, clock=clock)
    thief.copy("email-confirmation-queued")
    email_step = ("e-mail code", lambda c: my_account.confirm_email_code(session, c, clock=clock))
    steps_worked["e-mail queued"] = attacks(thief, station, "email-confirmation-queued", [email_step],
                                            token_steps=token_steps(station))
    email_code = station.code_for("jean.dupont@exemple.fr")
    with local_smtp() as smtp:
        asyncio.run(smtp.deliver())
    thief.copy("email-confirmation-sent")
    steps_worked["e-mail sent"] = attacks(thief, station, "email-confirmation-sent", [email_step],
                                          token_steps=token_steps(station))
    my_account.confirm_email_code(session, email_code, clock=clock)

    # 5. A letter account's first login (Léa, a pupil): provisional password, then her own.
    lea = next(c for c in issued if c.identifier == "l.dupont1")
    lea_session = authentication.login("l.dupont1", lea.provisional_password, hashing=hashing, clock=clock)
    first_login.accept_charter(lea_session, clock=clock)
    station.known_secrets.add("Cerise-Bleue-Nuit-9")
    first_login.choose_password(lea_session, "Cerise-Bleue-Nuit-9", hashing=hashing, clock=clock)
    thief.copy("letter-activated")

    # 6. Lost password by e-mail link, the link used; and a migration backup taken meanwhile.
    recovery.start_password_reset("j.dupont1", "email", clock=clock)
    _backup(db_path, head_version(), station.db.educonnect_keys)  # what a schema upgrade leaves
    thief.copy("reset-email-queued")
    steps_worked["reset by e-mail"] = attacks(thief, station, "reset-email-queued", [reset_code_step],
                                              token_steps=token_steps(station))
    link_token = station.link_token_for("jean.dupont@exemple.fr")
    station.known_secrets.add("Gaufre-Sucre-Glace-31")
    recovery.finish_password_reset(link_token, "Gaufre-Sucre-Glace-31", hashing=hashing, clock=clock)
    thief.copy("reset-by-link-done")
    steps_worked["after the link"] = attacks(thief, station, "reset-by-link-done", [reset_code_step],
                                             token_steps=token_steps(station))

    # 7. A roster import printing the new accounts' letters.
    from actor_support import make_staff_actor

    imported = apply_import(preview_import(SIECLE, today=date(2024, 12, 1), establishment_name="Collège des copies"),
                            actor=make_staff_actor(hashing),
                            hashing=hashing)
    station.known_secrets.update(c.provisional_password for c in imported.issued if c.provisional_password)
    thief.copy("import-with-letters")

    assert steps_worked == {name: [] for name in steps_worked}
    loot = thief.all_bytes()
    for secret in sorted(station.known_secrets):
        assert secret.encode() not in loot, f"{secret!r} is readable in a copy"
    if station.secrets is not None:
        # Encrypted at rest: no name, no identifier, no address in any copy; without the
        # keyring the copy does not even open.
        for clear in (b"Dupont", b"j.dupont1", b"jean.dupont@exemple.fr", b"+33600000001", b"SQLite format 3"):
            assert clear not in loot
        stolen = thief.copies["import-with-letters"][0]
        with pytest.raises(DatabaseKeyMissing, match="trousseau"):
            open_database(stolen, secrets=MemorySecretStore())
        database_proxy.initialize(station.db)
