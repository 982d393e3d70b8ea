"""The status bar's sentence for each state of the sync, as a secretary reads it."""

from datetime import datetime, timedelta, timezone

from educonnect_desktop.ui.secretariat.sync_status_text import Problem, SyncView, describe

NOW = datetime(2026, 12, 2, 15, 0, tzinfo=timezone.utc)
NAIVE = NOW.replace(tzinfo=None)  # what the workstation stores


def line(**fields) -> str:
    return describe(SyncView(**fields), NOW)[0]


def test_each_state_reads_at_a_glance():
    enrolled = {"enrolled": True, "server": "https://central:8470"}
    assert line() == "Synchronisation : non configurée"
    assert line(**enrolled, running=True, first_sync=True) == "Première synchronisation en cours…"
    assert line(**enrolled, running=True) == "Synchronisation en cours…"
    assert line(**enrolled, last_success=NAIVE - timedelta(seconds=20)) == "Synchronisé à l'instant"
    assert line(**enrolled, last_success=NAIVE - timedelta(minutes=2)) == "Synchronisé il y a 2 min"
    assert line(**enrolled, last_success=NAIVE - timedelta(hours=3), waiting=1) == \
        "Synchronisé il y a 3 h — 1 modification en attente"
    assert line(**enrolled, last_success=NAIVE - timedelta(days=2)) == "Synchronisé il y a 2 jours"
    assert line(**enrolled, problem=Problem.OFFLINE, waiting=12) == "Hors ligne — 12 modifications en attente"
    assert line(**enrolled, problem=Problem.OFFLINE) == "Hors ligne"
    assert line(**enrolled, problem=Problem.TOO_OLD, message="mettez l'application à jour") == \
        "Mise à jour nécessaire"
    assert line(**enrolled, problem=Problem.ERROR) == "Synchronisation impossible"
    assert line(**enrolled, waiting=3) == "Pas encore synchronisé — 3 modifications en attente"
    assert line(**enrolled, last_success=NAIVE, conflicts=[1, 2, 3]) == \
        "Synchronisé à l'instant · 3 conflits à traiter"
    assert line(**enrolled, last_success=NAIVE, conflicts=[1]) == "Synchronisé à l'instant · 1 conflit à traiter"


def test_the_explanation_says_where_and_why():
    _line, detail = describe(SyncView(enrolled=True, server="https://central:8470", problem=Problem.TOO_OLD,
                                      message="Mettez l'application à jour.",
                                      last_success=NAIVE - timedelta(minutes=5)), NOW)
    assert detail == ("Serveur central : https://central:8470. Dernière synchronisation réussie il y a 5 min. "
                      "Mettez l'application à jour.")
    _line, detail = describe(SyncView(enrolled=True, server="https://c", problem=Problem.OFFLINE), NOW)
    assert "conservé" in detail
