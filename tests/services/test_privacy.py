"""Retention purges, right of access and right to erasure (services.privacy), on a real file."""

from __future__ import annotations

import io
import json
import os
import stat
from datetime import date, datetime, timedelta

import pytest

from cli_support import AS_STAFF, add_staff, password_on_stdin
from educonnect_desktop.cli import main
from educonnect_desktop.messaging import outbox
from educonnect_desktop.services import privacy, self_registration as reg
from educonnect_desktop.services.privacy import PrivacyError, end_of_following_school_year, purge_expired
from educonnect_desktop.store.models import (
    Account, AccountState, AuditEvent, GuardianLink, JournalEntry, OneTimeSecret, OutboxMessage, OutboxStatus,
    Setting, database_proxy,
)

NOW = datetime(2026, 10, 1, 9, 0)


def person(first_name: str) -> Account:
    return Account.get(Account.first_name == first_name)


def journal_mentions(text: str) -> bool:
    return any(text in entry.payload for entry in JournalEntry.select())


@pytest.mark.parametrize("left_on, erased_after", [
    (date(2025, 3, 10), date(2026, 8, 31)),  # left during 2024-2025: kept through 2025-2026
    (date(2025, 8, 31), date(2026, 8, 31)),
    (date(2025, 9, 1), date(2027, 8, 31)),  # first day of 2025-2026
])
def test_the_end_of_the_following_school_year(left_on, erased_after):
    assert end_of_following_school_year(left_on) == erased_after


def test_messages_lose_their_seal_then_their_text_and_typed_contacts_go(demo_credentials):
    jean = person("Jean")
    with database_proxy.atomic():
        old = outbox.enqueue("password_reset", "sms", jean.mobile, {"code": "482913", "validity": "30 minutes"},
                             account=jean, clock=lambda: NOW - timedelta(days=40))
        notice = outbox.enqueue("password_changed", "email", "jean@example.org", account=jean,
                                clock=lambda: NOW - timedelta(days=40))
        fresh = outbox.enqueue("password_reset", "sms", jean.mobile, {"code": "112358", "validity": "30 minutes"},
                               account=jean, clock=lambda: NOW - timedelta(hours=2))
    # A number typed by someone who is not in the roster: no SMS goes to it (self-registration
    # sends only to declared guardians), so it is never stored in the outbox at all.
    reg.request_sms_code("Inconnu", "Quelqu'un", "06 99 99 99 99", sms_available=True,
                         clock=lambda: NOW - timedelta(days=10))
    assert not OutboxMessage.select().where(OutboxMessage.recipient == "+33699999999").exists()
    OutboxMessage.update(status=OutboxStatus.SENT).where(OutboxMessage.id == notice.id).execute()

    summary = purge_expired(NOW)
    old, notice, fresh = (OutboxMessage.get_by_id(m.id) for m in (old, notice, fresh))
    assert old.sealed is None and old.status == OutboxStatus.FAILED  # its code is long dead: not sent
    assert old.last_error == privacy.EXPIRED_BEFORE_SENDING
    assert notice.body_text == "" and notice.context is None  # done and a month old: text gone
    assert fresh.sealed is not None and fresh.body_text  # still useful: untouched
    assert not OutboxMessage.select().where(OutboxMessage.recipient == "+33699999999").exists()
    assert not OneTimeSecret.select().where(OneTimeSecret.subject == "+33699999999").exists()
    assert old.body_text == ""  # failed and a month old: its text goes too
    assert (summary.seals_dropped, summary.texts_purged, summary.typed_contacts_deleted) == (1, 2, 0)
    assert summary.secrets_deleted >= 1
    event = AuditEvent.select().where(AuditEvent.action == "privacy.purge").get()
    assert event.actor == privacy.SYSTEM_ACTOR
    # A second run finds nothing more to do, and says nothing.
    assert purge_expired(NOW).total == 0
    assert AuditEvent.select().where(AuditEvent.action == "privacy.purge").count() == 1


def test_a_pupil_who_left_is_disabled_then_erased_with_a_guardian_left_alone(demo_credentials):
    chloe, marc = person("Chloé"), person("Marc")  # Marc's only child
    lea, jean = person("Léa"), person("Jean")  # Jean keeps Hugo
    Account.update(left_at=date(2025, 3, 10)).where(Account.id.in_([chloe.id, lea.id])).execute()

    summary = purge_expired(datetime(2026, 8, 31, 12, 0))  # still the following school year: kept
    assert summary.pupils_disabled == 2 and summary.accounts_erased == 0
    assert person("Chloé").state == AccountState.DISABLED

    summary = purge_expired(datetime(2026, 9, 1, 8, 0))
    assert sorted(summary.erased) == sorted([chloe.identifier, marc.identifier, lea.identifier])
    assert not Account.select().where(Account.id.in_([chloe.id, marc.id, lea.id])).exists()
    assert Account.get_by_id(jean.id) and GuardianLink.select().where(GuardianLink.guardian == jean).count() == 1
    assert not journal_mentions("Chloé") and not journal_mentions("Marc")
    assert JournalEntry.select().where((JournalEntry.entity_uuid == chloe.uuid)
                                       & (JournalEntry.operation == "delete")).exists()
    erased = {e.target for e in AuditEvent.select().where(AuditEvent.action == "privacy.erased")}
    assert erased == {chloe.identifier, marc.identifier, lea.identifier}


def test_idle_failure_counters_go_and_live_ones_stay(demo_credentials):
    from educonnect_desktop.store.models import Throttle

    Throttle.create(key="lost_identifier:quelqu.un@exemple.fr", failures=2, window_start=NOW - timedelta(days=8))
    Throttle.create(key="login:j.dupont1", failures=6, window_start=NOW - timedelta(days=8),
                    locked_until=NOW + timedelta(minutes=5))
    Throttle.create(key="sms_code:+33699999999", failures=1, window_start=NOW - timedelta(hours=1))
    assert purge_expired(NOW).throttles_deleted == 1
    assert {t.key for t in Throttle.select()} == {"login:j.dupont1", "sms_code:+33699999999"}


def test_the_journal_is_pruned_after_its_delay_only_when_not_enrolled(demo_credentials):
    JournalEntry.update(at=NOW - timedelta(days=200)).execute()
    Setting.create(key=privacy.ENROLLED_SETTING, value="1")
    assert purge_expired(NOW).journal_pruned == 0  # the central server prunes on acknowledgement
    Setting.delete().where(Setting.key == privacy.ENROLLED_SETTING).execute()
    count = JournalEntry.select().count()
    assert count and purge_expired(NOW).journal_pruned == count
    assert JournalEntry.select().count() == 0


def test_export_gives_one_readable_private_file_about_the_family(demo_credentials, staff_actor, tmp_path):
    jean = person("Jean")
    path = privacy.export_family(jean.identifier, tmp_path / "dupont.json", actor=staff_actor)
    document = json.loads(path.read_text(encoding="utf-8"))
    names = [(p["Prénom"], p["Type de compte"]) for p in document["Personnes"]]
    assert names == [("Jean", "représentant légal"), ("Hugo", "élève"), ("Léa", "élève")]
    first = document["Personnes"][0]
    assert first["Téléphone portable"] == "+33600000001" and "Argon2id" in first["Mot de passe"]
    assert "$argon2" not in path.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    event = AuditEvent.select().where(AuditEvent.action == "privacy.exported").get()
    assert (event.actor, event.target) == ("s.secretariat1", jean.identifier)


def test_staff_accounts_and_unknown_identifiers_are_refused(demo_credentials, staff_actor, tmp_path):
    with pytest.raises(PrivacyError, match="personnel"):
        privacy.erase_family_account(staff_actor.identifier, actor=staff_actor)
    with pytest.raises(PrivacyError, match="Aucun compte"):
        privacy.export_family("personne.inconnue", tmp_path / "x.json", actor=staff_actor)


def test_a_bare_string_is_not_an_actor(demo_credentials, tmp_path):
    """A free string ("cli", a typo) must not reach the audit log as an author."""
    jean = person("Jean").identifier
    with pytest.raises(TypeError):
        privacy.export_family(jean, tmp_path / "x.json", actor="cli")
    with pytest.raises(TypeError):
        privacy.erase_family_account(jean, actor="cli")
    with pytest.raises(TypeError):
        purge_expired(NOW, actor="cli")
    assert not (tmp_path / "x.json").exists() and Account.get_or_none(Account.identifier == jean)


def test_the_cli_exports_and_erases_on_request(demo_credentials, db_path, tmp_path, capsys, monkeypatch):
    chloe, marc = person("Chloé"), person("Marc")
    out = io.StringIO()
    add_staff(db_path)
    password_on_stdin(monkeypatch)
    target = tmp_path / "famille.json"
    assert main(["--db", str(db_path), *AS_STAFF, "privacy", "export", marc.identifier, "-o", str(target)], out=out) == 0
    assert "Chloé" in target.read_text(encoding="utf-8")
    assert main(["--db", str(db_path), *AS_STAFF, "privacy", "erase", chloe.identifier], out=out) == 2
    assert "--confirmer" in capsys.readouterr().err
    assert Account.get_or_none(Account.id == chloe.id) is not None
    assert main(["--db", str(db_path), *AS_STAFF, "privacy", "erase", chloe.identifier, "--confirmer"], out=out) == 0
    assert f"Comptes effacés : {chloe.identifier}, {marc.identifier}." in out.getvalue()
    assert main(["--db", str(db_path), *AS_STAFF, "privacy", "purge"], out=out) == 0
    assert "Codes et liens scellés effacés" in out.getvalue()


def test_from_the_desk_only_an_active_staff_member_may_export_or_erase(demo_credentials, fast_hashing, tmp_path):
    from educonnect_desktop.services import setup, staff
    from educonnect_desktop.services.errors import ServiceError

    setup.create_first_administrator("Anne", "Martin", "Secr3tariat!", hashing=fast_hashing)
    session = staff.staff_login("a.martin1", "Secr3tariat!", hashing=fast_hashing)
    chloe = person("Chloé").identifier
    assert privacy.erasure_preview(session, chloe) == [f"Chloé Lefèvre ({chloe})",
                                                       f"Marc Lefèvre ({person('Marc').identifier})"]
    Account.update(state=AccountState.DISABLED).where(Account.identifier == "a.martin1").execute()
    with pytest.raises(ServiceError, match="n'est plus actif"):
        privacy.erase_for_staff(session, chloe)
    with pytest.raises(ServiceError, match="n'est plus actif"):
        privacy.export_for_staff(session, chloe, tmp_path / "x.json")
    assert Account.get_or_none(Account.identifier == chloe) is not None and not (tmp_path / "x.json").exists()


def test_the_erasure_delay_is_set_in_the_configuration(demo_credentials, db_path, tmp_path, monkeypatch):
    config = tmp_path / "poste.toml"
    out = io.StringIO()
    add_staff(db_path)
    password_on_stdin(monkeypatch)
    assert main(["--config", str(config), "config", "set", "privacy.left_school_years", "2"], out=out) == 0
    assert main(["--config", str(config), "config", "set", "privacy.left_school_years", "11"], out=out) == 2
    today = date.today()
    left_on = today - timedelta(days=500)  # erased with one school year of delay, kept with two
    assert end_of_following_school_year(left_on, 1) < today <= end_of_following_school_year(left_on, 2)
    chloe = person("Chloé")
    Account.update(left_at=left_on).where(Account.id == chloe.id).execute()
    assert main(["--db", str(db_path), "--config", str(config), *AS_STAFF, "privacy", "purge"], out=out) == 0
    assert Account.get_by_id(chloe.id).state == AccountState.DISABLED
    assert main(["--db", str(db_path), *AS_STAFF, "privacy", "purge"], out=out) == 0  # the default: one year
    assert Account.get_or_none(Account.id == chloe.id) is None


def test_old_migration_backups_are_deleted_recent_ones_kept(tmp_path, fast_hashing):
    from educonnect_desktop.store import open_database
    from educonnect_desktop.store.database import head_version

    path = tmp_path / "educonnect.sqlite"
    open_database(path, target=head_version() - 1).close()
    db = open_database(path)  # an upgrade: one backup, stamped now
    [recent] = path.parent.glob(path.name + ".v*.bak")
    old = recent.with_name(f"{path.name}.v{head_version() - 1}-20240101T000000.bak")
    old.write_bytes(recent.read_bytes())
    summary = purge_expired(datetime.utcnow())
    assert summary.backups_deleted == 1 and not old.exists() and recent.exists()
    db.close()
