"""The recovery journeys, driven like a person at the workstation: "Identifiant perdu" and
"Mot de passe perdu", with codes read from what a real SMTP server or SMS gateway received."""

from __future__ import annotations

import ast
import json
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from educonnect_desktop.messaging.outbox import delivered_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWizard

from a11y_support import assert_named_with_labelled_fields
from async_support import wait_for
from educonnect_desktop.flows.recovery import LostIdentifierPage, LostPasswordPage
from educonnect_desktop.services import authentication, demo, recovery
from educonnect_desktop.store.models import Account, EmailState, OneTimeSecret, OutboxMessage
from educonnect_desktop.ui.desk import Desk
from educonnect_desktop.ui.recovery.identifier_wizard import LostIdentifierWizard
from educonnect_desktop.ui.recovery.password_wizard import LostPasswordWizard
from educonnect_desktop.ui.start_screen import StartScreen
from smtp_support import local_smtp
from sms_support import deliver_sms, sms_gateway_sender
from wizard_driving import forward_button, go_forward, on_screen

pytestmark = pytest.mark.timeout(60)

LEA_EMAIL = "lea.dupont@exemple.fr"  # the student l.dupont1, confirmed below
MOBILE, E164 = "06 00 00 00 01", "+33600000001"  # the guardian j.dupont1, confirmed below
NEW_PASSWORD = "Tartine-Confiture-42"
BACK = QWizard.WizardButton.BackButton


@pytest.fixture
def roster(db, fast_hashing):
    """The demo establishment, with Léa's e-mail and Jean's mobile confirmed."""
    demo.load_demo(hashing=fast_hashing)
    Account.update(email=LEA_EMAIL, email_state=EmailState.CONFIRMED).where(
        Account.identifier == "l.dupont1").execute()
    Account.update(mobile=E164, mobile_confirmed=True).where(Account.identifier == "j.dupont1").execute()


@pytest.fixture
def sms_desk(roster, fast_hashing):
    desk = Desk(hashing=fast_hashing, sms_available=lambda: True)
    desk.check_sms().result(timeout=10)  # asked on the database thread, not the GUI's
    yield desk
    desk.close()


@pytest.fixture
def smtp():
    with local_smtp() as server:
        yield server


def shown(qtbot, wizard: QWizard) -> QWizard:
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


@pytest.fixture
def identifier_wizard(qtbot, loop, sms_desk):
    return shown(qtbot, LostIdentifierWizard(sms_desk))


@pytest.fixture
def password_wizard(qtbot, loop, sms_desk):
    return shown(qtbot, LostPasswordWizard(sms_desk))


def queued_code(recipient: str) -> str:
    """The code of the newest message queued for `recipient`, as the person would read it."""
    message = (OutboxMessage.select().where(OutboxMessage.recipient == recipient)
               .order_by(OutboxMessage.id.desc()).first())
    return re.search(r"^\s*(\d{6})\s*$", delivered_text(message.id), re.MULTILINE).group(1)  # alone on its line


async def reach(wizard, page: str) -> None:
    await wait_for(lambda: wizard.current_page_name() == page)


async def settled(page) -> None:
    await wait_for(lambda: page.task is not None and page.task.done() and not page.busy)


def choose_sms(qtbot, choice) -> None:
    """Arrow keys move between the radio buttons, as in any radio group."""
    choice.email_radio.setFocus()
    qtbot.keyClick(choice.email_radio, Qt.Key.Key_Down)
    assert choice.sms_radio.isChecked() and choice.sms_radio.hasFocus()


async def ask_identifier(qtbot, wizard: LostIdentifierWizard, address: str, by_sms: bool = False) -> None:
    """Choose the channel with the keyboard alone, type the address, Enter."""
    choice = wizard.channel_page.choice
    assert choice.email_radio.hasFocus() and choice.email_radio.isChecked()
    if by_sms:
        choose_sms(qtbot, choice)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    await reach(wizard, LostIdentifierPage.ADDRESS)
    page = wizard.address_page
    assert page.address_edit.hasFocus()
    qtbot.keyClicks(page.address_edit, address)
    qtbot.keyClick(page.address_edit, Qt.Key.Key_Return)
    await settled(page)


async def to_sent_page(qtbot, wizard: LostIdentifierWizard, address: str, by_sms: bool = False) -> None:
    await ask_identifier(qtbot, wizard, address, by_sms)
    await reach(wizard, LostIdentifierPage.SENT)


async def request_code(qtbot, wizard: LostPasswordWizard, identifier: str, by_sms: bool = False) -> None:
    page = wizard.request_page
    qtbot.keyClicks(page.identifier_edit, identifier)
    if by_sms:
        choose_sms(qtbot, page.choice)
    assert forward_button(wizard).accessibleName() == "Recevoir un code"
    qtbot.keyClick(page.identifier_edit, Qt.Key.Key_Return)
    await settled(page)


async def to_code_page(qtbot, wizard: LostPasswordWizard, identifier: str = "l.dupont1",
                       by_sms: bool = False):
    await request_code(qtbot, wizard, identifier, by_sms)
    await reach(wizard, LostPasswordPage.CODE)
    return wizard.code_page


async def type_code(qtbot, wizard: LostPasswordWizard, code: str) -> None:
    page = wizard.code_page
    qtbot.keyClicks(page.code_edit, code)
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    await settled(page)


async def choose_password(qtbot, wizard: LostPasswordWizard, password: str = NEW_PASSWORD) -> None:
    field = wizard.password_page.field
    qtbot.keyClicks(field.password_edit, password)
    qtbot.keyClicks(field.confirm_edit, password)
    assert field.is_acceptable()
    go_forward(qtbot, wizard)
    await reach(wizard, LostPasswordPage.DONE)


async def new_code(qtbot, page) -> None:
    qtbot.mouseClick(page.new_code_button, Qt.MouseButton.LeftButton)
    await wait_for(lambda: page.side_task.done())


def wrong_than(code: str) -> str:
    return "000000" if code != "000000" else "111111"


# -- Identifiant perdu -------------------------------------------------------------------------

def test_lost_identifier_by_email_arrives_and_an_unknown_address_sees_the_same_screen(
        qtbot, loop, identifier_wizard, smtp):
    wizard = identifier_wizard
    finished = []
    wizard.journey_finished.connect(lambda: finished.append(True))

    async def scenario():
        assert wizard.current_page_name() == LostIdentifierPage.CHANNEL
        await to_sent_page(qtbot, wizard, "personne@exemple.fr")
        unknown_screen = on_screen(wizard)
        wizard.reset()
        assert wizard.current_page_name() == LostIdentifierPage.CHANNEL
        assert wizard.address_page.address_edit.text() == "" and wizard.sent_page.answer.text() == ""

        await to_sent_page(qtbot, wizard, "Lea.Dupont@Exemple.fr")
        answer = wizard.sent_page.answer
        assert answer.message.text() == recovery.SENT_IF_MATCHED
        assert answer.advice.text() == recovery.CONTACT_ESTABLISHMENT
        assert on_screen(wizard) == unknown_screen.replace("personne@exemple.fr", "Lea.Dupont@Exemple.fr")
        assert "l.dupont1" not in on_screen(wizard).lower() and "Léa" not in on_screen(wizard)
        assert not wizard.button(BACK).isEnabled(), "the request is made: no going back"
        await smtp.deliver()
        [mail] = smtp.mailbox.messages  # nothing was sent to the unknown address
        assert mail["To"] == LEA_EMAIL and "l.dupont1" in mail.get_body(("plain",)).get_content()
        go_forward(qtbot, wizard)  # "Terminer"
        await wait_for(lambda: finished == [True])

    loop.run_until_complete(scenario())
    assert wizard.current_page_name() == LostIdentifierPage.CHANNEL and wizard.flow.answer is None


def test_lost_identifier_by_sms_through_the_gateway_for_a_parent(qtbot, loop, identifier_wizard, httpserver):
    sender = sms_gateway_sender(httpserver)

    async def scenario():
        await to_sent_page(qtbot, identifier_wizard, MOBILE, by_sms=True)
        assert identifier_wizard.address_page.address_edit.accessibleName() == "Téléphone portable"
        await deliver_sms(sender)
        [(request, _response)] = httpserver.log
        sms = json.loads(request.get_data())
        assert sms["to"] == E164 and "j.dupont1" in sms["text"]

    loop.run_until_complete(scenario())


def test_lost_identifier_requests_are_limited_and_bad_addresses_refused(qtbot, loop, identifier_wizard):
    wizard = identifier_wizard

    async def scenario():
        await ask_identifier(qtbot, wizard, "01 40 00 00 00", by_sms=True)
        page = wizard.address_page
        assert wizard.current_page_name() == LostIdentifierPage.ADDRESS and "portable" in page.error.text()
        wizard.reset()
        for _ in range(3):  # three requests an hour for one address
            await to_sent_page(qtbot, wizard, "personne@exemple.fr")
            wizard.reset()
        await ask_identifier(qtbot, wizard, "personne@exemple.fr")
        assert wizard.current_page_name() == LostIdentifierPage.ADDRESS
        assert page.error.isVisible() and page.error.text().startswith("Trop de tentatives. Réessayez dans")
        assert page.address_edit.hasFocus()

    loop.run_until_complete(scenario())


# -- Mot de passe perdu ------------------------------------------------------------------------

def test_lost_password_by_email_from_the_mail_received_then_login(qtbot, loop, password_wizard, smtp,
                                                                  fast_hashing):
    wizard = password_wizard
    changed, finished = [], []
    wizard.password_changed.connect(changed.append)
    wizard.journey_finished.connect(lambda: finished.append(True))

    async def scenario():
        assert wizard.current_page_name() == LostPasswordPage.REQUEST
        page = await to_code_page(qtbot, wizard)
        assert page.answer.message.text() == recovery.RESET_SENT_IF_MATCHED
        assert page.answer.advice.text() == recovery.CONTACT_ESTABLISHMENT
        assert not wizard.button(BACK).isEnabled()
        code = await smtp.code_for(LEA_EMAIL)
        assert code not in on_screen(wizard)
        qtbot.mouseClick(page.nothing_button, Qt.MouseButton.LeftButton)
        assert page.help.isVisible() and "établissement" in page.help.text()

        await type_code(qtbot, wizard, code[:3] + " " + code[3:])
        await reach(wizard, LostPasswordPage.PASSWORD)
        assert not wizard.button(BACK).isEnabled(), "the code is spent"
        field = wizard.password_page.field
        qtbot.keyClicks(field.password_edit, "l.dupont1-Tartine!")
        qtbot.keyClicks(field.confirm_edit, "l.dupont1-Tartine!")
        assert not field.is_acceptable(), "the identifier is refused in the password"
        field.clear()
        await choose_password(qtbot, wizard)
        assert field.password() == ""
        assert not wizard.button(BACK).isEnabled()
        summary = wizard.done_page.summary.text()
        assert "Votre mot de passe a été modifié" in summary and "l.dupont1" in summary
        assert [s.identifier for s in changed] == ["l.dupont1"]
        await smtp.deliver()
        assert "a changé" in smtp.mailbox.to(LEA_EMAIL)[-1]["Subject"]
        go_forward(qtbot, wizard)  # "Terminer"
        await wait_for(lambda: finished == [True])

    loop.run_until_complete(scenario())
    assert wizard.current_page_name() == LostPasswordPage.REQUEST and wizard.flow.ticket is None
    assert authentication.login("l.dupont1", NEW_PASSWORD, hashing=fast_hashing).identifier == "l.dupont1"


def test_lost_password_by_sms_through_the_gateway_for_a_parent(qtbot, loop, password_wizard, httpserver,
                                                               fast_hashing):
    sender = sms_gateway_sender(httpserver)
    wizard = password_wizard

    async def scenario():
        await to_code_page(qtbot, wizard, "J.Dupont1", by_sms=True)
        await deliver_sms(sender)
        [(request, _response)] = httpserver.log
        sms = json.loads(request.get_data())
        assert sms["to"] == E164
        await type_code(qtbot, wizard, re.search(r"\b(\d{6})\b", sms["text"]).group(1))
        await reach(wizard, LostPasswordPage.PASSWORD)
        await choose_password(qtbot, wizard)
        assert "j.dupont1" in wizard.done_page.summary.text()

    loop.run_until_complete(scenario())
    assert authentication.login("j.dupont1", NEW_PASSWORD, hashing=fast_hashing).identifier == "j.dupont1"


def test_an_unknown_identifier_sees_the_same_screen_and_nothing_is_sent(qtbot, loop, password_wizard):
    wizard = password_wizard

    async def scenario():
        await to_code_page(qtbot, wizard)
        known = wizard.code_page.answer.text()
        wizard.reset()
        await to_code_page(qtbot, wizard, "z.inconnu9")
        assert wizard.code_page.answer.text() == known
        await type_code(qtbot, wizard, "123456")
        assert wizard.current_page_name() == LostPasswordPage.CODE and wizard.code_page.error.isVisible()

    loop.run_until_complete(scenario())
    assert OutboxMessage.select().where(OutboxMessage.kind == "password_reset").count() == 1


def test_wrong_codes_get_one_answer_then_the_checks_lock(qtbot, loop, password_wizard):
    wizard = password_wizard

    async def scenario():
        page = await to_code_page(qtbot, wizard)
        code = queued_code(LEA_EMAIL)
        await type_code(qtbot, wizard, wrong_than(code))
        assert wizard.current_page_name() == LostPasswordPage.CODE
        assert page.error.text().startswith("Code incorrect ou expiré")
        assert page.code_edit.text() == "" and page.code_edit.hasFocus()
        for _ in range(4):
            await type_code(qtbot, wizard, wrong_than(code))
        assert page.error.text().startswith("Code incorrect ou expiré")
        await type_code(qtbot, wizard, code)  # the right code no longer helps
        assert wizard.current_page_name() == LostPasswordPage.CODE and page.error.isVisible()

    loop.run_until_complete(scenario())


def test_an_expired_code_is_refused_and_a_new_one_works(qtbot, loop, password_wizard):
    wizard = password_wizard

    async def scenario():
        page = await to_code_page(qtbot, wizard)
        OneTimeSecret.update(expires_at=datetime.utcnow() - timedelta(seconds=1)).execute()
        await type_code(qtbot, wizard, queued_code(LEA_EMAIL))
        assert wizard.current_page_name() == LostPasswordPage.CODE and "expiré" in page.error.text()
        await new_code(qtbot, page)
        assert page.info.isVisible() and not page.error.isVisible()
        await type_code(qtbot, wizard, queued_code(LEA_EMAIL))
        await reach(wizard, LostPasswordPage.PASSWORD)

    loop.run_until_complete(scenario())


def test_reset_requests_are_limited_to_three_an_hour(qtbot, loop, password_wizard):
    wizard = password_wizard

    async def scenario():
        page = await to_code_page(qtbot, wizard)
        for _ in range(2):
            await new_code(qtbot, page)
            assert not page.error.isVisible()
        await new_code(qtbot, page)
        assert page.error.text().startswith("Trop de tentatives. Réessayez dans")
        assert page.new_code_button.isEnabled()
        wizard.reset()
        await request_code(qtbot, wizard, "l.dupont1")
        assert wizard.current_page_name() == LostPasswordPage.REQUEST
        assert wizard.request_page.error.text().startswith("Trop de tentatives")

    loop.run_until_complete(scenario())
    assert OutboxMessage.select().where(OutboxMessage.recipient == LEA_EMAIL).count() == 3


# -- Both --------------------------------------------------------------------------------------

def test_reset_and_cancel_wipe_every_field_and_return_to_the_start(qtbot, loop, identifier_wizard,
                                                                   password_wizard):
    finished = []
    password_wizard.journey_finished.connect(lambda: finished.append(True))

    async def scenario():
        page = await to_code_page(qtbot, password_wizard, by_sms=True)
        qtbot.keyClicks(page.code_edit, "123")
        qtbot.mouseClick(page.nothing_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(password_wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
        await wait_for(lambda: finished == [True])

        identifier_wizard.channel_page.choice.sms_radio.setChecked(True)
        go_forward(qtbot, identifier_wizard)
        await reach(identifier_wizard, LostIdentifierPage.ADDRESS)
        qtbot.keyClicks(identifier_wizard.address_page.address_edit, MOBILE)
        identifier_wizard.reset()

    loop.run_until_complete(scenario())
    for wizard, start in ((password_wizard, LostPasswordPage.REQUEST),
                          (identifier_wizard, LostIdentifierPage.CHANNEL)):
        assert wizard.current_page_name() == start
        assert all(edit.text() == "" for edit in wizard.findChildren(QLineEdit))
    code_page = password_wizard.code_page
    assert code_page.answer.text() == "" and not code_page.help.isVisible() and code_page.help.text() == ""
    assert password_wizard.request_page.choice.email_radio.isChecked()
    assert identifier_wizard.channel_page.choice.email_radio.isChecked()
    assert password_wizard.flow.identifier is None and identifier_wizard.flow.answer is None


def test_sms_is_greyed_out_without_an_sms_service(qtbot, loop, desk):
    for wizard in (LostIdentifierWizard(desk), LostPasswordWizard(desk)):
        shown(qtbot, wizard)
        choice = (wizard.channel_page if isinstance(wizard, LostIdentifierWizard) else wizard.request_page).choice
        assert choice.email_radio.isChecked() and not choice.sms_radio.isEnabled()
        assert choice.unavailable_note.isVisible()


def test_every_interactive_widget_is_named_and_every_field_has_a_labelled_buddy(qtbot, loop, sms_desk):
    for wizard in (LostIdentifierWizard(sms_desk), LostPasswordWizard(sms_desk)):
        shown(qtbot, wizard)
        assert_named_with_labelled_fields(wizard, more_than=5)


def test_start_screen_routes_to_the_recovery_wizards(qtbot, loop, sms_desk):
    screen = StartScreen(sms_desk)
    qtbot.addWidget(screen)
    screen.show()
    for button, journey, kind in ((screen.lost_identifier_button, "lost_identifier", LostIdentifierWizard),
                                  (screen.lost_password_button, "lost_password", LostPasswordWizard)):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert screen.current_journey == journey and isinstance(screen.wizard, kind)
        screen.wizard.reject()  # "Annuler" comes back to the start screen
        assert screen.current_journey is None and screen.home_page.isVisible()


def test_the_recovery_pages_reach_the_database_only_through_services():
    import educonnect_desktop.ui.recovery as package

    for module in Path(package.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = ([node.module or ""] if isinstance(node, ast.ImportFrom)
                     else [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            for name in names:
                assert "store" not in name.split(".") and "peewee" not in name, module.name
