"""An import that would mark many pupils as left stops until someone confirms it."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from educonnect_desktop.services.roster_import import (
    MASS_DEPARTURE_COUNT, MASS_DEPARTURE_SHARE, MassDeparture, apply_import, preview_import,
)
from educonnect_desktop.store.models import Account, AccountKind

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from roster_generator import generate_siecle, keep_first_students as export_without  # noqa: E402

TODAY = date(2024, 12, 1)


@pytest.fixture
def school(db, fast_hashing, tmp_path, staff_actor):
    eleves, _ = generate_siecle(students=60, guardians=100, seed=5)
    first = tmp_path / "first.xml"
    first.write_bytes(eleves)
    apply_import(preview_import([first], establishment_name="Collège Test", today=TODAY), actor=staff_actor,
                 hashing=fast_hashing)
    return eleves


def present() -> int:
    return Account.select().where((Account.kind == AccountKind.STUDENT) & Account.left_at.is_null()).count()


def test_a_truncated_export_stops_and_says_why(school, fast_hashing, tmp_path, staff_actor):
    before = present()
    truncated = tmp_path / "truncated.xml"
    truncated.write_bytes(export_without(school, 20))
    preview = preview_import([truncated], today=TODAY)
    leaving = preview.counts.left_students
    assert leaving > MASS_DEPARTURE_COUNT and leaving > MASS_DEPARTURE_SHARE * before
    assert preview.mass_departure and f"marquerait {leaving} élèves sur {before}" in preview.mass_departure
    assert preview.summary[0] == preview.mass_departure
    with pytest.raises(MassDeparture) as caught:
        apply_import(preview, actor=staff_actor, hashing=fast_hashing)
    assert "rien n'a été enregistré" in caught.value.message
    assert present() == before

    apply_import(preview, actor=staff_actor, hashing=fast_hashing, confirm_departures=True)
    assert present() == before - leaving


def test_a_few_departures_need_no_confirmation(school, fast_hashing, tmp_path, staff_actor):
    before = present()
    export = tmp_path / "export.xml"
    export.write_bytes(export_without(school, before - 3))
    preview = preview_import([export], today=TODAY)
    assert 0 < preview.counts.left_students <= MASS_DEPARTURE_COUNT and preview.mass_departure is None
    apply_import(preview, actor=staff_actor, hashing=fast_hashing)
    assert present() == before - preview.counts.left_students
