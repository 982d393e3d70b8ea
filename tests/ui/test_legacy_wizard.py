"""Journey 3, driven like a person at the workstation: from an old ATEN account to EduConnect."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWizard

from a11y_support import assert_named_with_labelled_fields
from async_support import wait_for
from educonnect_desktop.flows.registration import LegacyPage as Pages
from educonnect_desktop.services import authentication, demo, legacy
from educonnect_desktop.store.models import Account, LegacyAccount
from educonnect_desktop.ui.legacy.wizard import LegacyWizard
from wizard_driving import forward_button, go_forward

pytestmark = pytest.mark.timeout(60)

OLD_PASSWORD = "Ancien-Mdp-2019"  # meets today's rules, so only "different from the old one" refuses it
NEW_PASSWORD = "Tartine-Confiture-42"


@pytest.fixture
def legacy_directory(staff_actor, db, fast_hashing, tmp_path):
    """The demo roster, and the old directory imported from CSV by the secretariat."""
    demo.load_demo(hashing=fast_hashing)
    Account.update(siecle_personne_id="P1001").where(Account.identifier == "j.dupont1").execute()
    path = tmp_path / "aten.csv"
    path.write_text(f"login;password;siecle_id\njdupont;{OLD_PASSWORD};P1001\norphan;Xyz-12345;P9999\n",
                    encoding="utf-8")
    assert legacy.import_legacy_csv(path, actor=staff_actor, hashing=fast_hashing).imported == 2


@pytest.fixture
def wizard(qtbot, loop, desk, legacy_directory):
    w = LegacyWizard(desk)
    qtbot.addWidget(w)
    w.show()
    return w


async def log_in_with_old_account(qtbot, wizard: LegacyWizard, login: str, password: str) -> None:
    page = wizard.credentials_page
    qtbot.keyClicks(page.login_edit, login)
    qtbot.keyClicks(page.password_edit, password)
    go_forward(qtbot, wizard)
    await wait_for(lambda: page.task is not None and page.task.done())


def test_old_account_becomes_an_educonnect_account_once_and_never_again(qtbot, loop, wizard, fast_hashing):
    finished = []
    wizard.journey_finished.connect(lambda: finished.append(True))

    async def scenario():
        assert wizard.current_page_name() == Pages.CREDENTIALS
        await log_in_with_old_account(qtbot, wizard, "JDupont", OLD_PASSWORD)
        await wait_for(lambda: wizard.current_page_name() == Pages.IDENTIFIER)
        assert wizard.credentials_page.password_edit.text() == ""
        assert wizard.identifier_page.identifier_label.text() == "j.dupont1"
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
        assert not forward_button(wizard).isEnabled()
        wizard.identifier_page.noted_check.setChecked(True)
        go_forward(qtbot, wizard)
        await wait_for(lambda: wizard.current_page_name() == Pages.PASSWORD)

        page = wizard.password_page
        assert page.title() == "Choisir mon mot de passe"
        field = page.field
        qtbot.keyClicks(field.password_edit, OLD_PASSWORD)
        qtbot.keyClicks(field.confirm_edit, OLD_PASSWORD)
        assert not field.is_acceptable()
        assert field.forbidden_label.text() == ("Choisissez un mot de passe différent de celui de votre "
                                                "ancien compte.")
        field.clear()
        qtbot.keyClicks(field.password_edit, NEW_PASSWORD)
        qtbot.keyClicks(field.confirm_edit, NEW_PASSWORD)
        go_forward(qtbot, wizard)
        await wait_for(lambda: wizard.current_page_name() == Pages.DONE)
        assert field.password() == ""
        summary = wizard.done_page.summary.text()
        assert "j.dupont1" in summary and "ancien compte ne peut plus" in summary
        go_forward(qtbot, wizard)  # "Terminer"
        await wait_for(lambda: finished == [True])
        assert wizard.current_page_name() == Pages.CREDENTIALS
        assert wizard.password_page.field.forbidden_label.text() == ""

        # The same old account a second time: refused on the first page.
        assert not wizard.isVisible()
        wizard.show()
        await log_in_with_old_account(qtbot, wizard, "jdupont", OLD_PASSWORD)
        assert wizard.current_page_name() == Pages.CREDENTIALS
        assert wizard.credentials_page.error.text().startswith("Cet ancien compte a déjà servi")

    loop.run_until_complete(scenario())
    assert LegacyAccount.get(LegacyAccount.login == "jdupont").used_at is not None
    assert authentication.login("j.dupont1", NEW_PASSWORD, hashing=fast_hashing).identifier == "j.dupont1"


@pytest.mark.parametrize("login, password, message", [
    ("jdupont", "mauvais", legacy.BAD_LEGACY),
    ("inconnu", OLD_PASSWORD, legacy.BAD_LEGACY),
    ("orphan", "Xyz-12345", "Nous ne retrouvons pas votre compte EduConnect : adressez-vous à l'établissement."),
])
def test_refused_old_credentials_keep_the_first_page_with_the_reason(qtbot, loop, wizard, login, password,
                                                                     message):
    async def scenario():
        await log_in_with_old_account(qtbot, wizard, login, password)
        page = wizard.credentials_page
        assert wizard.current_page_name() == Pages.CREDENTIALS
        assert page.error.isVisible() and page.error.text() == message
        assert page.password_edit.text() == "" and page.login_edit.text() == login
        assert wizard.flow.ticket is None

    loop.run_until_complete(scenario())


def test_cancel_wipes_the_old_password_and_ends_the_journey(qtbot, loop, wizard):
    finished = []
    wizard.journey_finished.connect(lambda: finished.append(True))
    qtbot.keyClicks(wizard.credentials_page.login_edit, "jdupont")
    qtbot.keyClicks(wizard.credentials_page.password_edit, OLD_PASSWORD)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert finished == [True]
    assert all(edit.text() == "" for edit in wizard.findChildren(QLineEdit))


def test_every_interactive_widget_is_named_and_every_field_has_a_labelled_buddy(qtbot, loop, wizard):
    assert_named_with_labelled_fields(wizard, more_than=6)
