""""Mon compte" driven like a person at the workstation, against the real services and servers."""

from __future__ import annotations

import asyncio
import json
import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QScrollArea, QWidget

from async_support import wait_for
from mnemonic_support import mnemonics
from educonnect_desktop.services import authentication, demo
from educonnect_desktop.services import children as children_service
from educonnect_desktop.services.children import SINGLE_LINK
from educonnect_desktop.store.models import Account, AccountKind, EmailState, GuardianLink
from educonnect_desktop.ui.my_account import MyAccountView
from educonnect_desktop.ui.my_account.section import Section
from sms_support import deliver_sms, sms_gateway_sender
from smtp_support import local_smtp

pytestmark = pytest.mark.timeout(60)

NEW_PASSWORD = "Tournesol#Violet42"


@pytest.fixture
def provisional(db, fast_hashing):
    """identifier -> provisional password of the demo establishment."""
    return {c.identifier: c.provisional_password for c in demo.load_demo(hashing=fast_hashing)}


@pytest.fixture
def open_view(qtbot, loop, desk, provisional, fast_hashing):
    """Log `identifier` in (as the login wizard does) and show "Mon compte" at 800×600."""
    views = []  # qtbot only keeps weak references: the test holds the views

    async def opening(identifier: str) -> MyAccountView:
        session = authentication.login(identifier, provisional[identifier], hashing=fast_hashing)
        view = MyAccountView(desk, session)
        views.append(view)
        qtbot.addWidget(view)
        view.resize(800, 600)
        view.show()
        await wait_for(lambda: view.loaded)
        return view

    yield opening
    views.clear()


def run(loop, scenario) -> None:
    loop.run_until_complete(scenario())


async def press(qtbot, section: Section, button: QAbstractButton) -> None:
    """Click like a person, then wait for the section's service call to end."""
    before = section.finished_actions
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    await wait_for(lambda: section.finished_actions > before)


async def enter(qtbot, section: Section, widget: QWidget) -> None:
    """The same with the keyboard only: Enter in a field or on a focused button."""
    before = section.finished_actions
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    await wait_for(lambda: section.finished_actions > before)


def error_of(section: Section) -> str:
    return section.error.text() if section.error.isVisible() else ""


def notice_of(section: Section) -> str:
    return section.notice.text() if section.notice.isVisible() else ""


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setText("")
    qtbot.keyClicks(edit, text)


# -- Mes informations: password --------------------------------------------------------------

def test_change_password_rechecks_the_current_one(qtbot, loop, open_view, provisional, fast_hashing):
    async def scenario():
        view = await open_view("j.dupont1")
        section = view.information_tab.password_section
        assert view.information_tab.identifier_label.text() == "Identifiant : j.dupont1"
        assert section.form.isHidden()
        qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
        assert section.current_edit.hasFocus()

        qtbot.keyClicks(section.current_edit, "pas-le-bon")
        qtbot.keyClicks(section.new_field.password_edit, NEW_PASSWORD)
        assert not section.submit_button.isEnabled(), "confirmation still missing"
        qtbot.keyClicks(section.new_field.confirm_edit, NEW_PASSWORD)
        await press(qtbot, section, section.submit_button)
        assert error_of(section) == "Le mot de passe actuel est incorrect."
        assert (section.current_edit.text(), section.new_field.password()) == ("", ""), "secrets wiped"
        assert section.current_edit.hasFocus()

        qtbot.keyClicks(section.current_edit, provisional["j.dupont1"])
        qtbot.keyClicks(section.new_field.password_edit, NEW_PASSWORD)
        qtbot.keyClicks(section.new_field.confirm_edit, NEW_PASSWORD)
        await enter(qtbot, section, section.submit_button)
        assert notice_of(section) == "Votre mot de passe a été modifié."
        assert not error_of(section) and section.form.isHidden()
        assert section.current_edit.text() == "" and section.new_field.password() == ""
        assert section.open_button.hasFocus()

    run(loop, scenario)
    assert authentication.login("j.dupont1", NEW_PASSWORD, hashing=fast_hashing).identifier == "j.dupont1"


def test_current_password_check_is_throttled(qtbot, loop, open_view):
    async def scenario():
        section = (await open_view("s.dupont1")).information_tab.password_section
        section.open_form()
        for _ in range(6):
            qtbot.keyClicks(section.current_edit, "mauvais")
            qtbot.keyClicks(section.new_field.password_edit, NEW_PASSWORD)
            qtbot.keyClicks(section.new_field.confirm_edit, NEW_PASSWORD)
            await press(qtbot, section, section.submit_button)
        assert error_of(section).startswith("Trop de tentatives. Réessayez dans")

    run(loop, scenario)


# -- Mes informations: e-mail ----------------------------------------------------------------

def test_email_from_none_to_pending_to_confirmed_with_the_code_received(qtbot, loop, open_view):
    async def scenario():
        view = await open_view("l.dupont1")  # a student: no mobile, no "Mes enfants"
        assert view.tabs.count() == 1 and view.tabs.tabText(0) == "Mes &informations"
        assert view.information_tab.mobile_section.isHidden()
        section = view.information_tab.email_section
        change = section.change
        assert section.status_label.text() == "Aucune adresse e-mail"
        assert section.waiting.isHidden()

        with local_smtp() as smtp:
            qtbot.mouseClick(change.open_button, Qt.MouseButton.LeftButton)
            assert change.new_edit.hasFocus()
            qtbot.keyClicks(change.new_edit, "lea@example.org")
            qtbot.keyClicks(change.confirm_edit, "lea@example.org")
            await enter(qtbot, section, change.confirm_edit)
            assert change.confirmation.isVisible() and change.form.isHidden()
            assert (change.identifier_label.text(), change.old_label.text(), change.new_label.text()) == (
                "l.dupont1", "Aucune", "lea@example.org")
            assert not smtp.mailbox.messages and section.status_label.text() == "Aucune adresse e-mail"

            await press(qtbot, section, change.send_button)
            assert section.status_label.text() == ("Une adresse e-mail est en attente de confirmation : "
                                                   "lea@example.org")
            assert section.waiting.isVisible() and change.confirmation.isHidden()
            assert section.code_edit.hasFocus()

            await press(qtbot, section, section.resend_button)
            assert "nouvel e-mail de validation a été envoyé" in notice_of(section)
            code = await smtp.code_for("lea@example.org")
            assert len(smtp.mailbox.to("lea@example.org")) == 2

            wrong = "000000" if code != "000000" else "111111"
            qtbot.keyClicks(section.code_edit, wrong)
            await enter(qtbot, section, section.code_edit)
            assert error_of(section) and section.code_edit.text() == ""
            qtbot.keyClicks(section.code_edit, code[:3] + " " + code[3:])
            await press(qtbot, section, section.confirm_button)

        assert notice_of(section) == "Votre adresse e-mail est confirmée."
        assert section.status_label.text() == "Adresse e-mail confirmée : lea@example.org"
        assert section.waiting.isHidden() and section.pending_label.isHidden()
        assert Account.get(Account.identifier == "l.dupont1").email_state == EmailState.CONFIRMED

    run(loop, scenario)


def test_change_of_a_confirmed_address_notifies_the_old_one(qtbot, loop, open_view):
    Account.update(email="jean@example.org", email_state=EmailState.CONFIRMED).where(
        Account.identifier == "j.dupont1").execute()
    changes = []

    async def scenario():
        view = await open_view("j.dupont1")
        view.information_changed.connect(changes.append)
        section = view.information_tab.email_section
        change = section.change
        assert section.status_label.text() == "Adresse e-mail confirmée : jean@example.org"
        with local_smtp() as smtp:
            change.open_form()
            qtbot.keyClicks(change.new_edit, "jean.dupont@example.org")
            qtbot.keyClicks(change.confirm_edit, "jean.dupon@example.org")
            await press(qtbot, section, change.continue_button)
            assert error_of(section) == "Les deux adresses e-mail ne correspondent pas."
            assert change.form.isVisible()
            retype(qtbot, change.confirm_edit, "jean.dupont@example.org")
            await press(qtbot, section, change.continue_button)
            assert (change.identifier_label.text(), change.old_label.text(), change.new_label.text()) == (
                "j.dupont1", "jean@example.org", "jean.dupont@example.org")
            assert "e-mail d'information à l'ancienne" in change.explanation.text()

            await press(qtbot, section, change.send_button)
            # The confirmed address stays in use until the new one is confirmed.
            assert section.status_label.text() == "Adresse e-mail confirmée : jean@example.org"
            assert section.pending_label.isVisible()
            assert "jean.dupont@example.org" in section.pending_label.text()
            code = await smtp.code_for("jean.dupont@example.org")
            [notice] = smtp.mailbox.to("jean@example.org")
            assert "Demande de changement" in notice["Subject"] and "jean.dupont@example.org" not in notice.as_string()
            notice_text = notice.get_body(("plain",)).get_content()
            assert "a été remplacée" not in notice_text, "nothing is replaced before the confirmation"
            assert "tant que cette nouvelle adresse n'est pas confirmée" in notice_text
            assert Account.get(Account.identifier == "j.dupont1").email == "jean@example.org"

            qtbot.keyClicks(section.code_edit, code)
            await enter(qtbot, section, section.code_edit)
        assert section.status_label.text() == "Adresse e-mail confirmée : jean.dupont@example.org"
        assert section.pending_label.isHidden() and section.waiting.isHidden()
        assert changes[-1].email == "jean.dupont@example.org"

    run(loop, scenario)


# -- Mes informations: mobile (guardians) ----------------------------------------------------

async def sms_code(sender, httpserver, to: str) -> str:
    """Deliver the outbox (on the delivery worker's own thread), read the code the gateway got."""
    await deliver_sms(sender)
    sms = json.loads(httpserver.log[-1][0].get_data())
    assert sms["to"] == to
    return re.search(r"\b(\d{6})\b", sms["text"]).group(1)


def test_mobile_change_confirmed_with_the_code_sent_by_sms(qtbot, loop, open_view, httpserver):
    sender = sms_gateway_sender(httpserver)

    async def scenario():
        section = (await open_view("j.dupont1")).information_tab.mobile_section
        assert section.isVisible()
        assert section.status_label.text() == "Numéro de portable (non confirmé) : 06 00 00 00 01"
        qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
        assert section.number_edit.hasFocus() and section.code_box.isHidden()
        qtbot.keyClicks(section.number_edit, "01 23 45 67 89")
        await enter(qtbot, section, section.number_edit)
        assert "pas un numéro de portable" in error_of(section)

        retype(qtbot, section.number_edit, "06 11 00 00 01")
        await press(qtbot, section, section.request_button)
        assert "06 ** ** ** 01" in section.sent_label.text() and section.code_box.isVisible()
        assert section.code_edit.hasFocus()
        code = await sms_code(sender, httpserver, "+33611000001")
        sms_text = json.loads(httpserver.log[-1][0].get_data())["text"]
        validity = re.search(r"valable (\d+ \w+)", sms_text).group(1)
        assert f"valable {validity}" in section.sent_label.text(), "the screen says what the SMS says"
        assert section.status_label.text().endswith("06 00 00 00 01"), "unchanged until confirmed"

        qtbot.keyClicks(section.code_edit, "000000" if code != "000000" else "111111")
        await enter(qtbot, section, section.code_edit)
        assert error_of(section) and section.code_edit.text() == ""
        qtbot.keyClicks(section.code_edit, code)
        await press(qtbot, section, section.confirm_button)
        assert notice_of(section) == "Votre numéro de portable a été confirmé."
        assert section.status_label.text() == "Numéro de portable confirmé : 06 11 00 00 01"
        assert section.form.isHidden() and section.number_edit.text() == ""

    run(loop, scenario)


# -- Mes enfants ----------------------------------------------------------------------------

def card_lines(view: MyAccountView) -> list[str]:
    return [f"{card.title()}\n{card.details.text()}" for card in view.children_tab.cards]


def test_children_cards_and_merging_another_account(qtbot, loop, open_view, provisional, fast_hashing):
    school = Account.get(Account.identifier == "l.dupont1").establishment
    other = Account.create(kind=AccountKind.GUARDIAN, identifier="j.dupont2", first_name="JEAN",
                           last_name="Dupont", establishment=school, state="provisional",
                           password_hash=fast_hashing.hash("Provisoire-7x"))
    zoe = Account.create(kind=AccountKind.STUDENT, identifier="z.dupont1", first_name="Zoé", last_name="Dupont",
                         establishment=school, class_code="CM2")
    GuardianLink.create(guardian=other, student=zoe, legal_level=1)
    changed = []

    async def scenario():
        view = await open_view("j.dupont1")
        view.children_changed.connect(lambda: changed.append(True))
        assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == ["Mes &informations", "Mes &enfants"]
        view.show_children_tab()
        tab, merge = view.children_tab, view.children_tab.merge_section
        lines = card_lines(view)
        assert len(lines) == 2 and {line.split("\n")[0] for line in lines} == {"Léa D.", "Hugo D."}
        assert all(re.search(r"Date de naissance : \d\d/\d\d/\d{4}\nÉtablissement : .+\nClasse : ", line)
                   for line in lines)
        assert "dupont" not in "".join(lines).lower(), "the family name's initial only"

        qtbot.keyClicks(merge.identifier_edit, "j.dupont2")
        qtbot.keyClicks(merge.password_edit, "mauvais")
        await enter(qtbot, merge, merge.password_edit)
        assert error_of(merge) == children_service.MERGE_REFUSED
        assert merge.password_edit.text() == "" and merge.password_edit.hasFocus()

        retype(qtbot, merge.identifier_edit, "m.lefevre1")
        qtbot.keyClicks(merge.password_edit, provisional["m.lefevre1"])
        await press(qtbot, merge, merge.submit_button)
        # Different names: the same answer as a wrong password, which it must not confirm.
        assert error_of(merge) == children_service.MERGE_REFUSED and len(tab.cards) == 2

        retype(qtbot, merge.identifier_edit, "J.Dupont2")
        qtbot.keyClicks(merge.password_edit, "Provisoire-7x")
        await press(qtbot, merge, merge.submit_button)
        assert notice_of(merge) == "Les élèves de j.dupont2 ont été ajoutés ; ce compte est fermé."
        assert (merge.identifier_edit.text(), merge.password_edit.text()) == ("", "")
        await wait_for(lambda: len(tab.cards) == 3)
        assert "Zoé D.\nDate de naissance : —\n" in "\n".join(card_lines(view))
        assert changed
        area = view.tabs.currentWidget()

        def notice_in_sight() -> bool:
            top = merge.notice.mapTo(area.viewport(), QPoint(0, 0)).y()
            return 0 <= top and top + merge.notice.height() <= area.viewport().height()

        assert area.widget().height() > area.viewport().height(), "the tab scrolls at 800×600"
        await wait_for(notice_in_sight)  # the success message is scrolled to where the person looks

    run(loop, scenario)
    assert Account.get(Account.identifier == "j.dupont2").state == "disabled"


def test_not_the_legal_guardian_with_two_guardians_and_with_a_single_link(qtbot, loop, open_view):
    async def scenario():
        jean = await open_view("j.dupont1")
        jean.show_children_tab()
        [lea] = [card for card in jean.children_tab.cards if card.child.identifier == "l.dupont1"]
        assert lea.report_button.text() == "Je ne suis pas le représentant légal de cet élève"
        qtbot.mouseClick(lea.report_button, Qt.MouseButton.LeftButton)
        assert lea.confirmation.isVisible() and lea.cancel_button.hasFocus()
        qtbot.keyClick(lea.cancel_button, Qt.Key.Key_Return)  # changed my mind
        assert lea.confirmation.isHidden() and len(jean.children_tab.cards) == 2

        qtbot.mouseClick(lea.report_button, Qt.MouseButton.LeftButton)
        await press(qtbot, lea, lea.confirm_button)
        tab = jean.children_tab
        await wait_for(lambda: len(tab.cards) == 1)
        assert [card.child.first_name for card in tab.cards] == ["Hugo"]
        assert tab.notice.text() == "Léa D. n'est plus rattaché(e) à votre compte."

        marc = await open_view("m.lefevre1")  # Chloé's only guardian
        marc.show_children_tab()
        [chloe] = marc.children_tab.cards
        chloe.report_button.setFocus()
        qtbot.keyClick(chloe.report_button, Qt.Key.Key_Space)
        question = chloe.findChild(QLabel, "reportQuestion1").text()
        assert question.startswith(SINGLE_LINK), "the single-link rule is said before asking"
        assert "sinon, adressez-vous à l'établissement" in question
        await press(qtbot, chloe, chloe.confirm_button)
        assert error_of(chloe) == SINGLE_LINK
        assert chloe.confirmation.isHidden() and len(marc.children_tab.cards) == 1

    run(loop, scenario)


# -- every widget: named, captioned, legible at 800×600 ---------------------------------------

def open_every_form(view: MyAccountView) -> None:
    info = view.information_tab
    info.password_section.open_form()
    info.email_section.change.open_form()
    info.email_section.waiting.show()
    info.mobile_section.open_form()
    info.mobile_section.code_box.show()
    for card in view.children_tab.cards:
        card.ask_confirmation()
    for section in (info.password_section, info.email_section, view.children_tab.merge_section):
        section.show_error("Un message d'erreur assez long pour devoir passer à la ligne dans la fenêtre, "
                           "comme ceux que renvoient les services en français.")


def clipped(widget: QWidget) -> bool:
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.height() < widget.heightForWidth(widget.width())
    hint = widget.minimumSizeHint()
    return widget.width() < hint.width() or widget.height() < hint.height()


def focus_chain(view: MyAccountView) -> list[QWidget]:
    """The widgets Tab visits, from the tab bar round to it again."""
    start = widget = view.tabs.tabBar()
    visited = []
    while (widget := widget.nextInFocusChain()) is not start and len(visited) < 500:
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            visited.append(widget)
    return visited


def reading_order(view: MyAccountView, widgets: list[QWidget]) -> bool:
    """Top to bottom, and left to right on a row."""
    places = [(w.mapTo(view, w.rect().center()).y(), w.mapTo(view, w.rect().center()).x()) for w in widgets]
    return all(b[0] > a[0] + 3 or (abs(b[0] - a[0]) <= 3 and b[1] > a[1]) for a, b in zip(places, places[1:]))


def test_renders_at_800_by_600_without_clipped_text_and_every_control_is_named(qtbot, loop, open_view):
    async def scenario():
        view = await open_view("j.dupont1")
        open_every_form(view)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            area: QScrollArea = view.tabs.currentWidget()
            await asyncio.sleep(0.05)  # let the layouts settle
            content = area.widget()
            assert content.minimumSizeHint().width() <= area.viewport().width(), content.objectName()
            shown = [w for w in content.findChildren(QWidget) if w.isVisible()
                     and isinstance(w, (QLabel, QAbstractButton, QLineEdit))]
            assert shown
            assert not [w.objectName() or w.text() for w in shown if clipped(w)]
            visited = [w for w in focus_chain(view) if w is not view.tabs]
            assert len(visited) > 5 and reading_order(view, visited), [w.objectName() for w in visited]
            keys = mnemonics(shown) + ["i", "e"]  # and the tabs' "Mes &informations", "Mes &enfants"
            assert len(keys) == len(set(keys)), sorted(keys)

        buddies = {label.buddy() for label in view.findChildren(QLabel) if label.buddy() is not None}
        for widget in view.findChildren(QWidget):
            if isinstance(widget, (QAbstractButton, QLineEdit)) and widget.objectName() != "qt_tabwidget_tabbar":
                assert widget.objectName() and widget.accessibleName(), widget
                assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()
            if isinstance(widget, QLineEdit):
                assert widget in buddies, f"{widget.objectName()} has no caption"

    run(loop, scenario)
