"""Class letters when two establishments share a class name: never one batch mixing both."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from async_support import wait_for
from educonnect_desktop.services import setup, staff
from educonnect_desktop.services.errors import InvalidInput
from educonnect_desktop.services.letters import issue_letters, preview_letters
from educonnect_desktop.store.models import Account, Establishment, database_proxy
from educonnect_desktop.ui.secretariat.class_letters_dialog import ClassLettersDialog


@pytest.fixture
def two_schools(db):
    now = datetime.utcnow()
    rows = []
    for uai, name, count in (("0751111A", "Collège Voltaire", 3), ("0752222B", "Lycée Hugo", 2)):
        school = Establishment.create(uai=uai, name=name)
        rows += [dict(uuid=f"{uai}-{i}", kind="student", identifier=f"e.{uai.lower()}{i}", first_name="Léa",
                      last_name=f"Nom{i}", class_code="5 B", state="provisional", establishment=school.id,
                      created_at=now, updated_at=now) for i in range(count)]
    with database_proxy.atomic():
        Account.insert_many(rows).execute()


def test_the_service_refuses_a_class_of_two_schools_without_its_establishment(staff_actor, two_schools, fast_hashing):
    with pytest.raises(InvalidInput, match="existe dans plusieurs établissements"):
        preview_letters(class_code="5 B")
    assert preview_letters(class_code="5 B", establishment_uai="0752222B").class_students == 2
    letters = issue_letters(class_code="5 B", establishment_uai="0751111A", actor=staff_actor,
                            hashing=fast_hashing)
    assert {letter.identifier for letter in letters} == {"e.0751111a0", "e.0751111a1", "e.0751111a2"}


def test_the_dialog_names_each_class_with_its_establishment(qtbot, loop, desk, two_schools, fast_hashing):
    admin = setup.create_first_administrator("Anne", "Martin", "Secr3tariat!", hashing=fast_hashing)
    session = staff.staff_login(admin.identifier, "Secr3tariat!", hashing=fast_hashing)
    dialog = ClassLettersDialog(desk, session, None, choose_pdf=lambda parent, suggested: None)
    qtbot.addWidget(dialog)
    dialog.show()

    async def scenario():
        await wait_for(lambda: dialog.classes_loaded)
        items = [dialog.class_combo.itemText(i) for i in range(1, dialog.class_combo.count())]
        assert items == ["5 B — Collège Voltaire", "5 B — Lycée Hugo"]
        dialog.class_combo.setFocus()
        qtbot.keyClick(dialog.class_combo, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.class_combo, Qt.Key.Key_Down)
        checks = dialog.summary_checks
        await wait_for(lambda: dialog.summary_checks > checks)
        assert dialog.summary_label.text() == ("Lettres prévues : 2 lettre(s) — 2 élève(s) de la classe 5 B "
                                               "(Lycée Hugo).")

    loop.run_until_complete(scenario())
