"""The families' screens with the keyboard alone: every page checked, every journey completed.

Key events only (Tab, Shift+Tab, typing, Enter, Space, Escape), sent to whatever has the
focus, in a real window on the start screen as at the workstation; real services, real
SMTP server and SMS gateway. On every page `check_screen` checks the keyboard rules
(first field focused, Tab in reading order, Enter in a field never leaves, Enter and Space
press a focused button).
"""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from async_support import wait_for
from educonnect_desktop.services import authentication, demo
from educonnect_desktop.ui.start_screen import StartScreen
from keyboard_support import assert_unique_mnemonics, check_screen, enter, focused, key, tab_to, type_into
from my_account_driving import fill_password_change
from sms_support import deliver_sms, sms_gateway_sender
from smtp_support import local_smtp

pytestmark = pytest.mark.timeout(90)

NEW_PASSWORD = "Tournesol#Violet42"


@pytest.fixture
def provisional(db, fast_hashing):
    return {c.identifier: c.provisional_password for c in demo.load_demo(hashing=fast_hashing)}


@pytest.fixture
def smtp():
    with local_smtp() as server:
        yield server


def open_screen(qtbot, desk) -> StartScreen:
    screen = StartScreen(desk)
    qtbot.addWidget(screen)
    screen.resize(820, 760)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    return screen


@pytest.fixture
def screen(qtbot, loop, desk):
    return open_screen(qtbot, desk)


async def on_page(wizard: QWizard, name: str, ready=lambda page: True) -> None:
    """Wait for the page `name`, loaded, then check the keyboard rules on it."""
    try:
        await wait_for(lambda: _current(wizard) == name and ready(wizard.currentPage())
                       and not getattr(wizard.currentPage(), "busy", False))
    except AssertionError:
        page = wizard.currentPage()
        error = getattr(page, "error", None)
        raise AssertionError(f"still on {_current(wizard)!r} (want {name!r}), focus on "
                             f"{focused() and focused().objectName()!r}, message: "
                             f"{error.text() if error is not None else ''!r}") from None


def _current(wizard: QWizard) -> str | None:
    for attribute in ("current_name", "current_page_name"):
        if hasattr(wizard, attribute):
            return getattr(wizard, attribute)()
    return None


# -- the start and choice screens ---------------------------------------------------------

def test_start_and_choice_screens_open_focused_and_react_to_enter_and_space(qtbot, screen):
    assert focused() is screen.login_button, "the start screen opens on its first button"
    check_screen(qtbot, screen)
    tab_to(qtbot, screen.activate_button)
    key(qtbot, Qt.Key.Key_Space)
    assert screen.activation_page.isVisible()
    assert focused() is screen.letter_button
    check_screen(qtbot, screen)
    tab_to(qtbot, screen.findChild(type(screen.letter_button), "startActivationBackButton"))
    enter(qtbot)
    assert screen.home_page.isVisible() and focused() is screen.login_button
    tab_to(qtbot, screen.lost_password_button)
    enter(qtbot)
    assert screen.current_journey == "lost_password"
    key(qtbot, Qt.Key.Key_Escape)  # leaving a journey is Escape or "Annuler", never Enter
    assert screen.current_journey is None and focused() is screen.login_button


# -- journey: letter activation with the first-login steps ----------------------------------

def test_letter_activation_with_first_login_steps_by_keyboard_alone(qtbot, loop, screen, provisional, smtp,
                                                                     fast_hashing):
    async def scenario():
        tab_to(qtbot, screen.activate_button)
        enter(qtbot)
        enter(qtbot)  # "J'ai reçu une lettre" is focused
        wizard = screen.wizard
        assert screen.current_journey == "letter"

        await on_page(wizard, "login")
        check_screen(qtbot, wizard)
        page = wizard.login_page
        assert focused() is page.identifier_edit
        qtbot.keyClicks(focused(), "j.dupont1")
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is page.password_edit, "Tab after the identifier goes to the password"
        qtbot.keyClicks(focused(), provisional["j.dupont1"])
        enter(qtbot)

        await on_page(wizard, "charter")
        check_screen(qtbot, wizard)
        tab_to(qtbot, wizard.charter_page.accept_check)
        key(qtbot, Qt.Key.Key_Space)
        enter(qtbot)

        await on_page(wizard, "password")
        check_screen(qtbot, wizard)
        field = wizard.new_password_page.field
        type_into(qtbot, field.password_edit, NEW_PASSWORD)
        type_into(qtbot, field.confirm_edit, NEW_PASSWORD)
        await wait_for(field.is_acceptable)
        enter(qtbot)

        await on_page(wizard, "children", lambda page: len(page.fields) == 2)
        check_screen(qtbot, wizard)
        type_into(qtbot, wizard.children_page.fields[0], "14/03/2012")
        type_into(qtbot, wizard.children_page.fields[1], "02/09/2010")
        enter(qtbot)

        await on_page(wizard, "email")
        check_screen(qtbot, wizard)
        type_into(qtbot, wizard.email_page.email_edit, "jean.dupont@exemple.fr")
        type_into(qtbot, wizard.email_page.confirm_edit, "jean.dupont@exemple.fr")
        enter(qtbot)

        await on_page(wizard, "email_confirmation")
        check_screen(qtbot, wizard)
        code = await smtp.code_for("jean.dupont@exemple.fr")
        type_into(qtbot, wizard.email_confirmation_page.code_edit, code)
        enter(qtbot)

        await on_page(wizard, "home", lambda page: page.home is not None)
        check_screen(qtbot, wizard)
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        tab_to(qtbot, finish)  # "Se déconnecter" only when it is the focused button
        enter(qtbot)
        await wait_for(lambda: screen.current_journey is None)
        assert focused() is screen.login_button

    loop.run_until_complete(scenario())
    assert authentication.login("j.dupont1", NEW_PASSWORD, hashing=fast_hashing).pending_steps == ()


# -- "Mon compte" inside the home page --------------------------------------------------------

def _activated(provisional, fast_hashing, identifier: str = "j.dupont1", email: str = "jean@exemple.fr"):
    """An account whose first-login steps are done, with a confirmed address."""
    from datetime import date

    from educonnect_desktop.services import first_login
    from educonnect_desktop.store.models import Account

    session = authentication.login(identifier, provisional[identifier], hashing=fast_hashing)
    session = first_login.accept_charter(session)
    session = first_login.choose_password(session, NEW_PASSWORD, hashing=fast_hashing)
    if identifier == "j.dupont1":
        first_login.confirm_children(session, [date(2012, 3, 14), date(2010, 9, 2)])
    Account.update(email=email, email_state="confirmed").where(Account.identifier == identifier).execute()


async def log_in_to_home(qtbot, screen, identifier: str, password: str) -> QWizard:
    assert focused() is screen.login_button
    enter(qtbot)
    wizard = screen.wizard
    await on_page(wizard, "login")
    qtbot.keyClicks(focused(), identifier)
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), password)
    enter(qtbot)
    await on_page(wizard, "home", lambda page: page.home is not None)
    return wizard


async def open_my_account(qtbot, wizard):
    home = wizard.home_page
    tab_to(qtbot, home.my_account_button)
    enter(qtbot)
    assert home.my_account is not None and home.title() == "Mon compte"
    await wait_for(lambda: home.my_account.loaded)
    return home.my_account


def test_mon_compte_password_change_by_keyboard_never_logs_out(qtbot, loop, screen, provisional, fast_hashing):
    _activated(provisional, fast_hashing)
    other = "Marguerite#Bleue77"

    async def scenario():
        wizard = await log_in_to_home(qtbot, screen, "j.dupont1", NEW_PASSWORD)
        assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible(), (
            "no Annuler that would log out without saying so: Se déconnecter says it")
        view = await open_my_account(qtbot, wizard)
        check_screen(qtbot, wizard)
        section = view.information_tab.password_section
        tab_to(qtbot, section.open_button)
        enter(qtbot)
        assert focused() is section.current_edit
        check_screen(qtbot, wizard, opens_on=section.current_edit)
        qtbot.keyClicks(focused(), NEW_PASSWORD)
        enter(qtbot)  # incomplete form: Enter does nothing, and above all does not log out
        assert screen.current_journey == "login" and wizard.current_name() == "home"
        assert section.current_edit.text() == NEW_PASSWORD, "nothing typed is lost"
        field = section.new_field
        type_into(qtbot, field.password_edit, "Hugo2010!")  # Jean's son Hugo, born in 2010
        await wait_for(lambda: field.strength() is not None)
        assert "contient le prénom et l'année de naissance d'un enfant" in field.advice_label.text()
        type_into(qtbot, field.password_edit, other, replace=True)
        type_into(qtbot, field.confirm_edit, other)
        await wait_for(section.submit_button.isEnabled)
        before = section.finished_actions
        enter(qtbot)  # in the confirmation field: "Enregistrer le mot de passe"
        await wait_for(lambda: section.finished_actions > before)
        assert section.notice.text() == "Votre mot de passe a été modifié."
        assert screen.current_journey == "login" and wizard.current_name() == "home", "still logged in"

    loop.run_until_complete(scenario())
    assert authentication.login("j.dupont1", other, hashing=fast_hashing).identifier == "j.dupont1"


def test_leaving_mon_compte_while_a_change_is_under_way_raises_nothing(qtbot, loop, screen, provisional,
                                                                      fast_hashing):
    """Enter in the last field, then Escape at once: the answer lands on deleted widgets."""
    _activated(provisional, fast_hashing)
    other = "Marguerite#Bleue77"

    async def scenario():
        wizard = await log_in_to_home(qtbot, screen, "j.dupont1", NEW_PASSWORD)
        view = await open_my_account(qtbot, wizard)
        await fill_password_change(qtbot, view.information_tab.password_section, NEW_PASSWORD, other)
        enter(qtbot)  # "Enregistrer": the service call starts...
        key(qtbot, Qt.Key.Key_Escape)  # ...and the person leaves before it answers
        await wait_for(lambda: screen.current_journey is None)
        await asyncio.sleep(0.3)  # the answer, if any, arrives now: nothing may raise
        assert focused() is screen.login_button

    loop.run_until_complete(scenario())


def test_mon_compte_email_change_with_the_code_by_keyboard(qtbot, loop, screen, provisional, fast_hashing, smtp):
    _activated(provisional, fast_hashing)

    async def scenario():
        wizard = await log_in_to_home(qtbot, screen, "j.dupont1", NEW_PASSWORD)
        view = await open_my_account(qtbot, wizard)
        section = view.information_tab.email_section
        change = section.change
        tab_to(qtbot, change.open_button)
        enter(qtbot)
        assert focused() is change.new_edit
        check_screen(qtbot, wizard, opens_on=change.new_edit)
        qtbot.keyClicks(focused(), "jean.nouveau@exemple.fr")
        type_into(qtbot, change.confirm_edit, "jean.nouveau@exemple.fr")
        before = section.finished_actions
        enter(qtbot)  # "Continuer"
        await wait_for(lambda: section.finished_actions > before)
        assert change.confirmation.isVisible() and focused() is change.send_button
        before = section.finished_actions
        enter(qtbot)  # "Envoyer" is focused
        await wait_for(lambda: section.finished_actions > before)
        assert focused() is section.code_edit
        check_screen(qtbot, wizard, opens_on=section.code_edit)  # the code field, "Renvoyer": Alt+R once
        code = await smtp.code_for("jean.nouveau@exemple.fr")
        qtbot.keyClicks(focused(), code)
        before = section.finished_actions
        enter(qtbot)
        await wait_for(lambda: section.finished_actions > before)
        assert section.notice.text() == "Votre adresse e-mail est confirmée."
        assert "jean.nouveau@exemple.fr" in section.status_label.text()
        assert wizard.current_name() == "home"
        key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # "Mes &enfants"
        assert view.tabs.currentWidget().widget() is view.children_tab
        await wait_for(lambda: len(view.children_tab.cards) == 2)
        check_screen(qtbot, wizard, opens_on=focused())
        tab_to(qtbot, wizard.home_page.back_button)
        enter(qtbot)
        assert wizard.home_page.my_account is None and focused() is wizard.home_page.my_account_button

    loop.run_until_complete(scenario())


# -- journeys started from the activation choice and the recovery buttons ---------------------

def sms_screen(qtbot, fast_hashing):
    from educonnect_desktop.ui.desk import Desk

    desk = Desk(hashing=fast_hashing, sms_available=lambda: True)
    desk.check_sms().result(timeout=10)  # asked on the database thread, as the window does once shown
    return desk, open_screen(qtbot, desk)


async def sms_code(sender, httpserver, to: str) -> str:
    """Deliver the outbox to the real SMS gateway on 127.0.0.1; the code as the phone shows it."""
    import json
    import re

    await deliver_sms(sender)
    sms = json.loads(httpserver.log[-1][0].get_data())
    assert sms["to"] == to
    return re.search(r"\b(\d{6})\b", sms["text"]).group(1)


async def note_identifier(qtbot, wizard) -> None:
    await on_page(wizard, "identifier")
    check_screen(qtbot, wizard)
    tab_to(qtbot, wizard.identifier_page.noted_check)
    key(qtbot, Qt.Key.Key_Space)
    enter(qtbot)


async def choose_password_and_finish(qtbot, screen, wizard, password: str) -> None:
    await on_page(wizard, "password")
    check_screen(qtbot, wizard)
    field = wizard.password_page.field
    qtbot.keyClicks(focused(), password)
    type_into(qtbot, field.confirm_edit, password)
    await wait_for(field.is_acceptable)
    enter(qtbot)
    await on_page(wizard, "done")
    check_screen(qtbot, wizard)
    tab_to(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    enter(qtbot)
    await wait_for(lambda: screen.current_journey is None)


def test_sms_self_registration_by_keyboard_alone(qtbot, loop, provisional, fast_hashing, httpserver):
    desk, screen = sms_screen(qtbot, fast_hashing)
    sender = sms_gateway_sender(httpserver)

    async def scenario():
        tab_to(qtbot, screen.activate_button)
        enter(qtbot)
        tab_to(qtbot, screen.registration_button)
        enter(qtbot)
        wizard = screen.wizard
        await on_page(wizard, "identity")
        check_screen(qtbot, wizard)
        qtbot.keyClicks(focused(), "DUPONT")
        key(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "Jean")
        key(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "06 00 00 00 01")
        enter(qtbot)

        await on_page(wizard, "code")
        page = wizard.code_page
        editor = page.children_dates
        check_screen(qtbot, wizard)
        qtbot.keyClicks(focused(), await sms_code(sender, httpserver, "+33600000001"))
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is editor.rows[0].edit, "after the code, the first birth date"
        qtbot.keyClicks(focused(), "14/03/2012")
        tab_to(qtbot, editor.add_button)
        key(qtbot, Qt.Key.Key_Space)  # "Ajouter un enfant": the new field has the focus
        assert focused() is editor.rows[1].edit
        qtbot.keyClicks(focused(), "02/09/2010")
        qtbot.wait(20)  # the new row is shown once the layout has run
        check_screen(qtbot, wizard, opens_on=focused())
        enter(qtbot)

        await note_identifier(qtbot, wizard)
        await choose_password_and_finish(qtbot, screen, wizard, "Tartine-Confiture-42")

    loop.run_until_complete(scenario())
    desk.close()
    assert authentication.login("j.dupont1", "Tartine-Confiture-42", hashing=fast_hashing)


def test_lost_identifier_by_keyboard_alone(qtbot, loop, screen, provisional, smtp):
    from educonnect_desktop.store.models import Account, EmailState

    Account.update(email="lea.dupont@exemple.fr", email_state=EmailState.CONFIRMED).where(
        Account.identifier == "l.dupont1").execute()

    async def scenario():
        tab_to(qtbot, screen.lost_identifier_button)
        enter(qtbot)
        wizard = screen.wizard
        await on_page(wizard, "channel")
        check_screen(qtbot, wizard)
        enter(qtbot)  # "Par e-mail" is chosen and focused
        await on_page(wizard, "address")
        check_screen(qtbot, wizard)
        qtbot.keyClicks(focused(), "lea.dupont@exemple.fr")
        enter(qtbot)
        await on_page(wizard, "sent")
        check_screen(qtbot, wizard)
        await smtp.deliver()
        [mail] = smtp.mailbox.to("lea.dupont@exemple.fr")
        assert "l.dupont1" in mail.get_body(("plain",)).get_content()
        tab_to(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
        enter(qtbot)
        await wait_for(lambda: screen.current_journey is None)

    loop.run_until_complete(scenario())


def test_lost_password_by_code_by_keyboard_alone(qtbot, loop, screen, provisional, smtp, fast_hashing):
    from educonnect_desktop.store.models import Account, EmailState

    Account.update(email="lea.dupont@exemple.fr", email_state=EmailState.CONFIRMED).where(
        Account.identifier == "l.dupont1").execute()

    async def scenario():
        tab_to(qtbot, screen.lost_password_button)
        enter(qtbot)
        wizard = screen.wizard
        await on_page(wizard, "request")
        check_screen(qtbot, wizard)
        qtbot.keyClicks(focused(), "l.dupont1")
        enter(qtbot)
        await on_page(wizard, "code")
        assert wizard.code_page.validity.text() == "Le code reçu est valable 1 heure.", "as the e-mail says"
        check_screen(qtbot, wizard, opens_on=wizard.code_page.code_edit)
        qtbot.keyClicks(focused(), await smtp.code_for("lea.dupont@exemple.fr"))
        enter(qtbot)
        await choose_password_and_finish(qtbot, screen, wizard, "Tartine-Confiture-42")

    loop.run_until_complete(scenario())
    assert authentication.login("l.dupont1", "Tartine-Confiture-42", hashing=fast_hashing)


def test_aten_legacy_transition_by_keyboard_alone(qtbot, loop, screen, provisional, fast_hashing, tmp_path):
    from actor_support import make_staff_actor

    from educonnect_desktop.services import legacy
    from educonnect_desktop.store.models import Account

    Account.update(siecle_personne_id="P1001").where(Account.identifier == "j.dupont1").execute()
    path = tmp_path / "aten.csv"
    path.write_text("login;password;siecle_id\njdupont;Ancien-Mot-2019;P1001\n", encoding="utf-8")
    assert legacy.import_legacy_csv(path, actor=make_staff_actor(fast_hashing), hashing=fast_hashing).imported == 1

    async def scenario():
        tab_to(qtbot, screen.activate_button)
        enter(qtbot)
        tab_to(qtbot, screen.legacy_button)
        enter(qtbot)
        wizard = screen.wizard
        await on_page(wizard, "credentials")
        check_screen(qtbot, wizard)
        qtbot.keyClicks(focused(), "jdupont")
        key(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "Ancien-Mot-2019")
        enter(qtbot)
        await note_identifier(qtbot, wizard)
        await choose_password_and_finish(qtbot, screen, wizard, "Tartine-Confiture-42")

    loop.run_until_complete(scenario())
    assert authentication.login("j.dupont1", "Tartine-Confiture-42", hashing=fast_hashing)


# -- saying the true thing -----------------------------------------------------------------------

def test_a_space_around_the_provisional_password_is_a_slip_on_the_letter_route(qtbot, loop, screen, provisional):
    async def scenario():
        tab_to(qtbot, screen.activate_button)
        enter(qtbot)
        enter(qtbot)  # "J'ai reçu une lettre"
        wizard = screen.wizard
        await on_page(wizard, "login")
        qtbot.keyClicks(focused(), " l.dupont1 ")
        key(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), provisional["l.dupont1"] + " ")  # copied with the space after it
        enter(qtbot)
        await on_page(wizard, "charter")

    loop.run_until_complete(scenario())


def test_a_space_around_a_refused_password_is_pointed_out_on_the_login_route(qtbot, loop, screen, provisional):
    async def scenario():
        enter(qtbot)  # "Je dispose d'un compte EduConnect"
        wizard = screen.wizard
        await on_page(wizard, "login")
        qtbot.keyClicks(focused(), "l.dupont1")
        key(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "pas-le-bon ")
        enter(qtbot)
        page = wizard.login_page
        await wait_for(lambda: page.error.isVisible() and not page.busy)
        assert page.error.text() == ("Identifiant ou mot de passe incorrect. Attention : votre saisie du mot "
                                     "de passe commence ou se termine par une espace.")
        assert focused() is page.password_edit

    loop.run_until_complete(scenario())


def test_a_pasted_reset_link_is_said_not_to_be_a_code(qtbot, loop, screen, provisional, smtp):
    from PySide6.QtGui import QGuiApplication

    from enrollment_support import mark_enrolled
    from educonnect_desktop.store.models import Account, EmailState

    Account.update(email="lea.dupont@exemple.fr", email_state=EmailState.CONFIRMED).where(
        Account.identifier == "l.dupont1").execute()
    mark_enrolled()  # the mail carries a link only from a workstation enrolled with a central server

    async def scenario():
        tab_to(qtbot, screen.lost_password_button)
        enter(qtbot)
        wizard = screen.wizard
        await on_page(wizard, "request")
        qtbot.keyClicks(focused(), "l.dupont1")
        enter(qtbot)
        await on_page(wizard, "code")
        await smtp.deliver()
        [mail] = smtp.mailbox.to("lea.dupont@exemple.fr")
        body = mail.get_body(("plain",)).get_content()
        link = next(word for word in body.split() if "://" in word)
        page = wizard.code_page
        QGuiApplication.clipboard().setText(link)
        key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert page.code_edit.text() == "", "the link's digits are not taken for a code"
        assert page.error.text() == ("Vous avez collé un lien, pas un code : saisissez le code à 6 chiffres "
                                     "indiqué dans le même message.")
        code = await smtp.code_for("lea.dupont@exemple.fr")
        QGuiApplication.clipboard().setText(f" {code[:3]} {code[3:]}\n")  # a code pasted with spaces goes in
        key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert page.code_edit.text() == code
        enter(qtbot)
        await on_page(wizard, "password")

    loop.run_until_complete(scenario())


# -- the first start -------------------------------------------------------------------------------

def test_first_start_by_keyboard_enter_creates_and_never_quits(qtbot, loop, desk):
    from educonnect_desktop.services import accounts
    from educonnect_desktop.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(desk)
    qtbot.addWidget(dialog)
    rejected = []
    dialog.rejected.connect(lambda: rejected.append(True))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    async def scenario():
        assert focused() is dialog.first_name
        check_screen(qtbot, dialog)
        qtbot.keyClicks(focused(), "Anne")
        enter(qtbot)  # incomplete: nothing happens, above all not "Quitter"
        assert not rejected and dialog.isVisible() and dialog.first_name.text() == "Anne"
        key(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "Martin")
        key(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "Secr3tariat!")
        key(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "Secr3tariat!")
        enter(qtbot)  # "Créer"
        await wait_for(lambda: dialog.admin_identifier is not None)
        assert not rejected and "a.martin1" in dialog.result_label.text()
        assert focused() is dialog._done_button
        enter(qtbot)

    loop.run_until_complete(scenario())
    assert dialog.result() == dialog.DialogCode.Accepted and not rejected
    assert accounts.overview().staff == 1


def test_without_sms_service_the_registration_page_points_to_the_letter_by_keyboard(qtbot, loop, screen):
    tab_to(qtbot, screen.activate_button)
    enter(qtbot)
    tab_to(qtbot, screen.registration_button)
    enter(qtbot)
    wizard = screen.wizard
    assert wizard.current_page_name() == "unavailable"
    check_screen(qtbot, wizard)
    assert focused() is wizard.unavailable_page.letter_button
    enter(qtbot)
    assert screen.current_journey == "letter"
    assert focused() is screen.wizard.login_page.identifier_edit
