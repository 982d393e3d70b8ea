"""Journey 1, driven like a parent at the workstation: "Créer mon compte" by SMS code."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

import pytest

from educonnect_desktop.messaging.outbox import delivered_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWizard

from a11y_support import assert_named_with_labelled_fields
from async_support import wait_for
from sms_support import deliver_sms, sms_gateway_sender
from wizard_driving import forward_button, go_forward, on_screen
from educonnect_desktop.flows.registration import RegistrationPage as Pages
from educonnect_desktop.services import authentication, demo, self_registration
from educonnect_desktop.store.models import Account, OneTimeSecret, OutboxMessage
from educonnect_desktop.ui.desk import Desk
from educonnect_desktop.ui.registration.wizard import RegistrationWizard

pytestmark = pytest.mark.timeout(60)

MOBILE = "06 00 00 00 01"  # Jean Dupont's, in the demo roster
E164 = "+33600000001"
CHILDREN = ("14/03/2012", "02/09/2010")
PASSWORD = "Tartine-Confiture-42"
@pytest.fixture
def sms_desk(db, fast_hashing):
    demo.load_demo(hashing=fast_hashing)
    desk = Desk(hashing=fast_hashing, sms_available=lambda: True)
    desk.check_sms().result(timeout=10)  # asked on the database thread, not the GUI's
    yield desk
    desk.close()


@pytest.fixture
def wizard(qtbot, loop, sms_desk):
    w = RegistrationWizard(sms_desk)
    qtbot.addWidget(w)
    w.show()
    return w


def last_code(recipient: str = E164) -> str:
    """The code as the parent reads it on the phone (newest SMS queued for the mobile)."""
    message = (OutboxMessage.select().where(OutboxMessage.recipient == recipient)
               .order_by(OutboxMessage.id.desc()).first())
    return re.search(r"\b(\d{6})\b", delivered_text(message.id)).group(1)


async def reach(wizard: RegistrationWizard, page: str) -> None:
    await wait_for(lambda: wizard.current_page_name() == page)


async def give_identity(qtbot, wizard: RegistrationWizard, mobile: str = MOBILE, first: str = "Jean") -> None:
    page = wizard.identity_page
    qtbot.keyClicks(page.last_name_edit, "DUPONT")
    qtbot.keyClicks(page.first_name_edit, first)
    qtbot.keyClicks(page.mobile_edit, mobile)
    assert forward_button(wizard).accessibleName() == "Recevoir mon code SMS"
    go_forward(qtbot, wizard)


def type_children(qtbot, wizard: RegistrationWizard, dates=CHILDREN) -> None:
    editor = wizard.code_page.children_dates
    for n, text in enumerate(dates):
        if n >= len(editor.rows):
            qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(editor.rows[n].edit, text)


async def submit_code(qtbot, wizard: RegistrationWizard, code: str) -> None:
    page = wizard.code_page
    qtbot.keyClicks(page.code_edit, code)
    go_forward(qtbot, wizard)
    await wait_for(lambda: not page.busy and page.task is not None and page.task.done())


def test_full_registration_with_the_code_received_from_the_sms_gateway(qtbot, loop, wizard, fast_hashing,
                                                                       httpserver):
    sender = sms_gateway_sender(httpserver)
    activated, finished = [], []
    wizard.account_activated.connect(activated.append)
    wizard.journey_finished.connect(lambda: finished.append(True))

    async def scenario():
        assert wizard.current_page_name() == Pages.IDENTITY
        assert not forward_button(wizard).isEnabled()
        await give_identity(qtbot, wizard)
        await reach(wizard, Pages.CODE)
        assert wizard.code_page.sent_label.text() == ("Si ce numéro est celui que vous avez donné à l'établissement, "
                                                    "un code a été envoyé au 06 ** ** ** 01, valable 30 minutes.")

        await deliver_sms(sender)
        [(request, _response)] = httpserver.log
        sms = json.loads(request.get_data())
        assert sms["to"] == E164
        code = re.search(r"\b(\d{6})\b", sms["text"]).group(1)
        assert code not in on_screen(wizard), "the code is never shown on screen"

        type_children(qtbot, wizard)
        code_page = wizard.code_page
        qtbot.keyClicks(code_page.code_edit, code[:3] + " " + code[3:])  # as some phones show it
        assert forward_button(wizard).objectName() == "wizardCommit"
        qtbot.keyClick(code_page.code_edit, Qt.Key.Key_Return)  # Enter alone moves on
        assert not forward_button(wizard).isEnabled(), "no second submit while the service answers"
        await reach(wizard, Pages.IDENTIFIER)

        page = wizard.identifier_page
        assert page.identifier_label.text() == "j.dupont1"
        assert page.identifier_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled(), "the code is spent"
        assert not forward_button(wizard).isEnabled()
        page.noted_check.setFocus()
        qtbot.keyClick(page.noted_check, Qt.Key.Key_Space)
        assert page.noted_check.isChecked()
        go_forward(qtbot, wizard)
        await reach(wizard, Pages.PASSWORD)

        field = wizard.password_page.field
        qtbot.keyClicks(field.password_edit, "Jean.Dupont-2024")
        qtbot.keyClicks(field.confirm_edit, "Jean.Dupont-2024")
        assert not field.is_acceptable(), "the person's names are refused"
        field.clear()
        qtbot.keyClicks(field.password_edit, PASSWORD)
        qtbot.keyClicks(field.confirm_edit, PASSWORD)
        assert field.is_acceptable()
        go_forward(qtbot, wizard)
        await reach(wizard, Pages.DONE)
        assert field.password() == "" and field.confirm_edit.text() == ""
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
        assert "Votre compte EduConnect est activé" in wizard.done_page.summary.text()
        assert "j.dupont1" in wizard.done_page.summary.text()
        assert [s.identifier for s in activated] == ["j.dupont1"]
        go_forward(qtbot, wizard)  # "Terminer"
        await wait_for(lambda: finished == [True])

    loop.run_until_complete(scenario())
    assert wizard.current_page_name() == Pages.IDENTITY and wizard.identity_page.last_name_edit.text() == ""
    assert wizard.flow.ticket is None and wizard.flow.identifier is None
    account = Account.get(Account.identifier == "j.dupont1")
    assert account.state == "active" and account.mobile_confirmed
    assert authentication.login("j.dupont1", PASSWORD, hashing=fast_hashing).identifier == "j.dupont1"


def test_wrong_code_stays_then_too_many_tries_then_a_resent_code_works(qtbot, loop, wizard):
    async def scenario():
        await give_identity(qtbot, wizard)
        await reach(wizard, Pages.CODE)
        code = last_code()
        wrong = "000000" if code != "000000" else "111111"
        type_children(qtbot, wizard)
        page = wizard.code_page
        await submit_code(qtbot, wizard, wrong)
        assert wizard.current_page_name() == Pages.CODE
        assert page.error.isVisible() and page.error.text() == "Code incorrect. Il vous reste 4 essais."
        assert page.code_edit.text() == "" and page.children_dates.texts() == list(CHILDREN)
        for _ in range(4):
            await submit_code(qtbot, wizard, wrong)
        assert page.error.text().startswith("Trop d'essais")
        await submit_code(qtbot, wizard, code)  # the right code no longer helps
        assert wizard.current_page_name() == Pages.CODE and page.error.isVisible()

        qtbot.mouseClick(page.resend_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: page.side_task.done())
        assert "un nouveau code a été envoyé au 06 ** ** ** 01" in page.sent_label.text()
        assert not page.error.isVisible()
        await submit_code(qtbot, wizard, last_code())
        await reach(wizard, Pages.IDENTIFIER)

    loop.run_until_complete(scenario())


def test_an_expired_code_is_refused(qtbot, loop, wizard):
    async def scenario():
        await give_identity(qtbot, wizard)
        await reach(wizard, Pages.CODE)
        OneTimeSecret.update(expires_at=datetime.utcnow() - timedelta(seconds=1)).execute()
        type_children(qtbot, wizard)
        await submit_code(qtbot, wizard, last_code())
        assert wizard.current_page_name() == Pages.CODE
        assert "expiré" in wizard.code_page.error.text()

    loop.run_until_complete(scenario())


@pytest.mark.parametrize("first_name, dates", [
    ("Jean", ("14/03/2012", "03/09/2010")),  # one date wrong
    ("Jean", ("14/03/2012",)),               # a child missing
])
def test_any_mismatch_gets_the_one_generic_message(qtbot, loop, wizard, first_name, dates):
    async def scenario():
        await give_identity(qtbot, wizard, first=first_name)
        await reach(wizard, Pages.CODE)
        type_children(qtbot, wizard, dates)
        await submit_code(qtbot, wizard, last_code())
        assert wizard.current_page_name() == Pages.CODE
        assert wizard.code_page.error.text() == self_registration.NOT_IDENTIFIED
        assert wizard.flow.identifier is None

    loop.run_until_complete(scenario())


def test_names_the_school_did_not_declare_get_the_same_screens_and_no_sms(qtbot, loop, wizard):
    async def scenario():
        await give_identity(qtbot, wizard, first="Jeanne")
        await reach(wizard, Pages.CODE)
        assert "un code a été envoyé au 06 ** ** ** 01" in wizard.code_page.sent_label.text()
        assert OutboxMessage.select().count() == 0  # nothing sent to a guardian nobody declared
        type_children(qtbot, wizard)
        await submit_code(qtbot, wizard, "123456")
        assert wizard.current_page_name() == Pages.CODE
        assert wizard.code_page.error.text() == "Code incorrect. Il vous reste 4 essais."

    loop.run_until_complete(scenario())


def test_children_fields_can_be_added_and_removed_and_must_be_readable(qtbot, loop, wizard):
    page = wizard.code_page
    editor = page.children_dates
    assert len(editor.rows) == 1 and not editor.rows[0].remove_button.isEnabled()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert [r.edit.objectName() for r in editor.rows] == ["childBirthDate1", "childBirthDate2", "childBirthDate3"]
    qtbot.keyClicks(editor.rows[0].edit, "14/03/2012")
    qtbot.keyClicks(editor.rows[1].edit, "31/02/2011")
    qtbot.keyClicks(editor.rows[2].edit, "02092010")
    assert editor.dates() is None and "Enfant 2 : La date « 31/02/2011 » n'existe pas" in editor.hint.text()
    qtbot.mouseClick(editor.rows[1].remove_button, Qt.MouseButton.LeftButton)
    assert editor.texts() == ["14/03/2012", "02092010"]
    assert editor.rows[1].edit.objectName() == "childBirthDate2"
    assert editor.rows[1].edit.accessibleName() == "Date de naissance de l'enfant 2"
    assert [d.isoformat() for d in editor.dates()] == ["2012-03-14", "2010-09-02"]


def test_resending_is_limited_by_the_service_and_its_message_shown(qtbot, loop, wizard):
    async def scenario():
        await give_identity(qtbot, wizard)
        await reach(wizard, Pages.CODE)
        page = wizard.code_page
        for _ in range(2):  # three codes an hour: the first and two more
            qtbot.mouseClick(page.resend_button, Qt.MouseButton.LeftButton)
            await wait_for(lambda: page.side_task.done())
            assert not page.error.isVisible()
        qtbot.mouseClick(page.resend_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: page.side_task.done())
        assert page.error.isVisible() and page.error.text().startswith("Trop de tentatives. Réessayez dans")
        assert page.resend_button.isEnabled()

    loop.run_until_complete(scenario())
    assert OutboxMessage.select().where(OutboxMessage.recipient == E164).count() == 3


def test_a_landline_is_refused_on_the_identity_page(qtbot, loop, wizard):
    async def scenario():
        await give_identity(qtbot, wizard, mobile="01 40 00 00 00")
        page = wizard.identity_page
        await wait_for(lambda: page.task is not None and page.task.done())
        assert wizard.current_page_name() == Pages.IDENTITY
        assert "portable" in page.error.text()

    loop.run_until_complete(scenario())
    assert OutboxMessage.select().count() == 0


def test_without_sms_service_the_wizard_points_to_the_letter(qtbot, loop, desk, fast_hashing):
    demo.load_demo(hashing=fast_hashing)
    wizard = RegistrationWizard(desk)  # the plain desk: no SMS gateway configured
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.current_page_name() == Pages.UNAVAILABLE
    page = wizard.unavailable_page
    assert "lettre remise par l'établissement" in page.message.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    with qtbot.waitSignal(wizard.letter_route_requested, timeout=1000):
        qtbot.mouseClick(page.letter_button, Qt.MouseButton.LeftButton)
    assert OutboxMessage.select().count() == 0


def test_cancel_wipes_every_field_and_ends_the_journey(qtbot, loop, wizard):
    finished = []
    wizard.journey_finished.connect(lambda: finished.append(True))

    async def scenario():
        await give_identity(qtbot, wizard)
        await reach(wizard, Pages.CODE)
        type_children(qtbot, wizard)
        qtbot.keyClicks(wizard.code_page.code_edit, "123")
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)

    loop.run_until_complete(scenario())
    assert finished == [True]
    assert wizard.current_page_name() == Pages.IDENTITY
    assert all(edit.text() == "" for edit in wizard.findChildren(QLineEdit))
    assert len(wizard.code_page.children_dates.rows) == 1
    assert wizard.code_page.sent_label.text() == "" and wizard.flow.mobile == ""


def test_back_from_the_code_page_keeps_the_typed_code_and_sends_no_new_one(qtbot, loop, wizard):
    async def scenario():
        await give_identity(qtbot, wizard)
        await reach(wizard, Pages.CODE)
        sent = OutboxMessage.select().where(OutboxMessage.recipient == E164).count()
        qtbot.keyClicks(wizard.code_page.code_edit, "123456")
        qtbot.keyClicks(wizard.code_page.children_dates.rows[0].edit, "14/03/2012")
        qtbot.keyClick(wizard.code_page.code_edit, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # < &Précédent
        await reach(wizard, Pages.IDENTITY)
        assert wizard.code_page.code_edit.text() == "123456", "Précédent does not drop the code silently"
        qtbot.keyClick(wizard.identity_page.mobile_edit, Qt.Key.Key_Return)  # same identity: forward again
        await reach(wizard, Pages.CODE)
        assert wizard.code_page.code_edit.text() == "123456"
        assert wizard.code_page.children_dates.texts() == ["14/03/2012"]
        assert OutboxMessage.select().where(OutboxMessage.recipient == E164).count() == sent, "no new SMS"

        qtbot.keyClick(wizard.code_page.code_edit, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        await reach(wizard, Pages.IDENTITY)
        edit = wizard.identity_page.first_name_edit
        edit.selectAll()
        qtbot.keyClicks(edit, "Jeanne")  # another identity: a new code, the old one typed is void
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        await reach(wizard, Pages.CODE)
        assert wizard.code_page.code_edit.text() == ""

    loop.run_until_complete(scenario())


def test_every_interactive_widget_is_named_and_every_field_has_a_labelled_buddy(qtbot, loop, wizard):
    wizard.code_page.children_dates.add_child()
    assert_named_with_labelled_fields(wizard, more_than=10)
