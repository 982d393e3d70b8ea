"""The login wizard driven like a person would: keyboard, "Suivant", the code read from a real mail."""

from __future__ import annotations

import ast
from dataclasses import fields
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget, QWizard

from async_support import wait_for
from educonnect_desktop.core.clock import utc_now
from educonnect_desktop.services import demo
from educonnect_desktop.services.dto import EstablishmentInfo
from educonnect_desktop.services.home import ChildCard, Home
from educonnect_desktop.store.models import Account, Establishment
from educonnect_desktop.ui.login import LoginWizard
from educonnect_desktop.ui.login.charter_page import CharterPage
from educonnect_desktop.ui.login.children_page import ChildrenPage
from educonnect_desktop.ui.login.context import LoginContext
from educonnect_desktop.ui.login.email_confirmation_page import EmailConfirmationPage
from educonnect_desktop.ui.login.email_page import EmailPage
from educonnect_desktop.ui.login.home_page import HomePage
from educonnect_desktop.ui.login.login_page import LoginPage
from educonnect_desktop.ui.login.new_password_page import NewPasswordPage
from smtp_support import local_smtp

pytestmark = pytest.mark.timeout(60)

NEW_PASSWORD = "Tournesol#Violet42"
BAD_CREDENTIALS = "Identifiant ou mot de passe incorrect."


@pytest.fixture
def provisional(db, fast_hashing):
    """identifier -> provisional password of the demo establishment."""
    return {c.identifier: c.provisional_password for c in demo.load_demo(hashing=fast_hashing)}


@pytest.fixture
def smtp():
    with local_smtp() as server:
        yield server


@pytest.fixture
def wizard(qtbot, loop, desk):
    w = LoginWizard(desk)
    qtbot.addWidget(w)
    w.show()
    return w


# -- driving helpers ---------------------------------------------------------------------

def next_button(wizard: QWizard) -> QAbstractButton:
    button = wizard.findChild(QAbstractButton, "wizardNext")
    assert button is wizard.button(QWizard.WizardButton.NextButton)
    return button


def shown(widget: QWidget) -> bool:
    return not widget.isHidden()


async def press_next(qtbot, wizard, expected: str) -> None:
    """Click "Suivant" once it is enabled and wait for the page the flow should show."""
    button = next_button(wizard)
    await wait_for(lambda: button.isEnabled() and button.isVisible())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    await wait_for(lambda: wizard.current_name() == expected)
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible(), "forward only"


async def press_next_refused(qtbot, wizard, message: str) -> None:
    """Click "Suivant", expect the page to stay with `message` shown."""
    page, name = wizard.currentPage(), wizard.current_name()
    button = next_button(wizard)
    await wait_for(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    await wait_for(lambda: shown(page.error) and not page.busy)
    assert message in page.error.text()
    assert wizard.current_name() == name


def type_login(qtbot, wizard, identifier: str, password: str) -> None:
    page = wizard.login_page
    page.identifier_edit.clear()
    qtbot.keyClicks(page.identifier_edit, identifier)
    qtbot.keyClicks(page.password_edit, password)


async def login(qtbot, wizard, identifier: str, password: str, expected: str) -> None:
    assert wizard.current_name() == "login"
    type_login(qtbot, wizard, identifier, password)
    await press_next(qtbot, wizard, expected)
    assert wizard.login_page.password_edit.text() == "", "the typed password is wiped at once"


async def accept_charter(qtbot, wizard, expected: str = "password") -> None:
    page = wizard.charter_page
    assert "charte" in page.text.toPlainText().lower()
    assert page.text.isReadOnly()
    assert not next_button(wizard).isEnabled(), "the charter must be accepted first"
    page.accept_check.setFocus()
    qtbot.keyClick(page.accept_check, Qt.Key.Key_Space)  # keyboard alone
    assert page.accept_check.isChecked()
    await press_next(qtbot, wizard, expected)


async def choose_password(qtbot, wizard, provisional_password: str, expected: str) -> None:
    field = wizard.new_password_page.field
    qtbot.keyClicks(field.password_edit, provisional_password)
    qtbot.keyClicks(field.confirm_edit, provisional_password)
    assert not field.is_acceptable()
    assert "différent du mot de passe provisoire" in field.forbidden_label.text()
    assert not next_button(wizard).isEnabled()
    field.clear()
    qtbot.keyClicks(field.password_edit, NEW_PASSWORD)
    qtbot.keyClicks(field.confirm_edit, NEW_PASSWORD)
    assert field.is_acceptable()
    await press_next(qtbot, wizard, expected)
    assert field.password() == "" and field.confirm_edit.text() == "", "cleared after success"
    assert wizard.context.provisional_password is None, "not kept once replaced"


async def type_children(qtbot, wizard, dates: list[str]) -> None:
    page = wizard.children_page
    await wait_for(lambda: len(page.fields) == len(dates))
    for field, text in zip(page.fields, dates):
        field.clear()
        qtbot.keyClicks(field, text)


async def give_email(qtbot, wizard, address: str) -> None:
    page = wizard.email_page
    assert "récupérer votre identifiant ou votre mot de passe" in page.findChild(QLabel, "emailIntro").text()
    qtbot.keyClicks(page.email_edit, address)
    qtbot.keyClicks(page.confirm_edit, address)
    await press_next(qtbot, wizard, "email_confirmation")


async def confirm_code(qtbot, wizard, code: str) -> None:
    qtbot.keyClicks(wizard.email_confirmation_page.code_edit, code)
    await press_next(qtbot, wizard, "home")


async def walk_to_email(qtbot, wizard, identifier, password, children=()):
    await login(qtbot, wizard, identifier, password, "charter")
    await accept_charter(qtbot, wizard)
    await choose_password(qtbot, wizard, password, "children" if children else "email")
    if children:
        await type_children(qtbot, wizard, list(children))
        await press_next(qtbot, wizard, "email")


async def finish(qtbot, wizard) -> None:
    """"Se déconnecter": the journey ends, the wizard is back on an empty login page."""
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert button.objectName() == "wizardFinish"
    assert "déconnecter" in button.text()
    with qtbot.waitSignal(wizard.journey_finished, timeout=2000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wizard.show()  # the kiosk shows it again for the next person
    assert wizard.current_name() == "login"
    assert wizard.login_page.identifier_edit.text() == ""
    assert wizard.flow.session is None


def home_text(wizard) -> str:
    page = wizard.home_page
    return "\n".join([page.welcome.text(), page.identity.text(), *page.card_texts()])


# -- journeys ------------------------------------------------------------------------------

def test_guardian_first_login_to_home_with_the_code_from_a_real_mail(qtbot, wizard, loop, provisional, smtp):
    async def scenario():
        await walk_to_email(qtbot, wizard, "j.dupont1", provisional["j.dupont1"],
                            children=("02/09/2010", "14/03/2012"))  # any order
        await give_email(qtbot, wizard, "jean.dupont@exemple.fr")
        intro = wizard.email_confirmation_page.intro.text()
        assert "j***@exemple.fr" in intro and "jean.dupont" not in intro
        code = await smtp.code_for("jean.dupont@exemple.fr")
        await confirm_code(qtbot, wizard, code)
        await wait_for(lambda: wizard.home_page.home is not None)

        text = home_text(wizard)
        assert "Bienvenue Jean DUPONT" in text and "j.dupont1" in text
        assert [card.count("D.") for card in wizard.home_page.card_texts()] == [1, 1]
        assert "Hugo D." in text and "02/09/2010" in text and "3 A" in text
        assert "Léa D." in text and "14/03/2012" in text and "6 A" in text
        assert "Collège de démonstration (DÉMO)" in text
        assert not shown(wizard.home_page._chooser), "one establishment: nothing to choose"
        await finish(qtbot, wizard)

    loop.run_until_complete(scenario())


def test_student_first_login_then_a_second_login_goes_straight_home(qtbot, wizard, loop, provisional, smtp):
    async def scenario():
        await walk_to_email(qtbot, wizard, "l.dupont1", provisional["l.dupont1"])
        await give_email(qtbot, wizard, "lea.dupont@exemple.fr")
        await confirm_code(qtbot, wizard, await smtp.code_for("lea.dupont@exemple.fr"))
        await wait_for(lambda: wizard.home_page.home is not None)
        text = home_text(wizard)
        assert "Bienvenue Léa DUPONT" in text and "l.dupont1" in text
        assert "Établissement : Collège de démonstration (DÉMO)" in text
        if "class_code" in {f.name for f in fields(Home)}:  # shown once the home service gives it
            assert "Classe : 6 A" in text
        assert wizard.home_page.card_texts() == []
        await finish(qtbot, wizard)

        await login(qtbot, wizard, "L.Dupont1 ", NEW_PASSWORD, "home")
        await wait_for(lambda: wizard.home_page.home is not None)
        assert "Bienvenue Léa DUPONT" in home_text(wizard)

    loop.run_until_complete(scenario())


# -- errors on the pages -------------------------------------------------------------------

def test_wrong_password_and_unknown_identifier_get_the_same_message(qtbot, wizard, loop, provisional):
    async def scenario():
        page = wizard.login_page
        type_login(qtbot, wizard, "l.dupont1", "pas-le-bon")
        qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)  # Enter = "Se connecter"
        await wait_for(lambda: shown(page.error) and not page.busy)
        assert page.error.text() == BAD_CREDENTIALS
        assert wizard.current_name() == "login"
        assert page.identifier_edit.text() == "l.dupont1" and page.password_edit.text() == ""

        type_login(qtbot, wizard, "personne.inconnue9", "pas-le-bon")
        await press_next_refused(qtbot, wizard, BAD_CREDENTIALS)
        assert page.error.text() == BAD_CREDENTIALS

    loop.run_until_complete(scenario())


def test_login_is_throttled_after_five_failures(qtbot, wizard, loop, provisional):
    async def scenario():
        for _ in range(5):
            type_login(qtbot, wizard, "l.dupont1", "pas-le-bon")
            await press_next_refused(qtbot, wizard, BAD_CREDENTIALS)
        type_login(qtbot, wizard, "l.dupont1", provisional["l.dupont1"])  # even the right one waits
        await press_next_refused(qtbot, wizard, "Trop de tentatives. Réessayez dans 1 minute.")

    loop.run_until_complete(scenario())


def test_expired_provisional_password_sends_to_the_establishment(qtbot, wizard, loop, provisional):
    (Account.update(provisional_expires_at=utc_now() - timedelta(days=1))
     .where(Account.identifier == "l.dupont1").execute())

    async def scenario():
        type_login(qtbot, wizard, "l.dupont1", provisional["l.dupont1"])
        await press_next_refused(qtbot, wizard, "a expiré")
        assert "Adressez-vous à l'établissement" in wizard.login_page.error.text()

    loop.run_until_complete(scenario())


def test_wrong_children_birth_dates_keep_the_guardian_on_the_page(qtbot, wizard, loop, provisional):
    async def scenario():
        await login(qtbot, wizard, "s.dupont1", provisional["s.dupont1"], "charter")
        await accept_charter(qtbot, wizard)
        await choose_password(qtbot, wizard, provisional["s.dupont1"], "children")
        page = wizard.children_page
        await type_children(qtbot, wizard, ["14/03/2012", "14/03"])
        assert not next_button(wizard).isEnabled(), "an incomplete date is not sent"
        await type_children(qtbot, wizard, ["14/03/2012", "03/09/2010"])
        await press_next_refused(qtbot, wizard, "ne correspondent pas aux élèves")
        text = page.findChild(QLabel, "childrenIntro").text()
        assert "2 élèves" in text and "2010" not in text and "2012" not in text, "never the expected dates"
        await type_children(qtbot, wizard, ["31/02/2012", "02/09/2010"])
        await press_next_refused(qtbot, wizard, "La date « 31/02/2012 » n'existe pas")  # not a format error
        labels = [page._form.labelForField(field).text() for field in page.fields]
        assert labels == ["&1. Hugo D. — date de naissance :", "&2. Léa D. — date de naissance :"], (
            "each field names its child")
        await type_children(qtbot, wizard, ["14/03/2012", "02/09/2010"])
        await press_next(qtbot, wizard, "email")

    loop.run_until_complete(scenario())


def test_wrong_email_code_then_a_resent_mail(qtbot, wizard, loop, provisional, smtp):
    async def scenario():
        await walk_to_email(qtbot, wizard, "l.dupont1", provisional["l.dupont1"])
        page = wizard.email_page
        qtbot.keyClicks(page.email_edit, "lea.dupont@exemple.fr")
        qtbot.keyClicks(page.confirm_edit, "lea.dupond@exemple.fr")
        await press_next_refused(qtbot, wizard, "ne correspondent pas")
        page.confirm_edit.clear()
        qtbot.keyClicks(page.confirm_edit, "lea.dupont@exemple.fr")
        await press_next(qtbot, wizard, "email_confirmation")

        first = await smtp.code_for("lea.dupont@exemple.fr")
        wrong = f"{(int(first) + 1) % 1_000_000:06d}"
        confirmation = wizard.email_confirmation_page
        qtbot.keyClicks(confirmation.code_edit, wrong)
        await press_next_refused(qtbot, wizard, "Code incorrect. Il vous reste 4 essais.")

        qtbot.mouseClick(confirmation.resend_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: shown(confirmation.info))
        assert "nouvel e-mail" in confirmation.info.text()
        second = await smtp.code_for("lea.dupont@exemple.fr")
        assert len(smtp.mailbox.to("lea.dupont@exemple.fr")) == 2
        if second != first:  # one chance in a million that they are equal
            qtbot.keyClicks(confirmation.code_edit, first)
            await press_next_refused(qtbot, wizard, "Code incorrect")
            confirmation.code_edit.clear()
        await confirm_code(qtbot, wizard, second)

    loop.run_until_complete(scenario())


def test_postponed_email_is_asked_again_at_the_next_login(qtbot, wizard, loop, provisional, smtp):
    async def scenario():
        await walk_to_email(qtbot, wizard, "l.dupont1", provisional["l.dupont1"])
        qtbot.mouseClick(wizard.email_page.later_button, Qt.MouseButton.LeftButton)  # "Plus tard"
        await wait_for(lambda: wizard.current_name() == "home")
        await finish(qtbot, wizard)

        await login(qtbot, wizard, "l.dupont1", NEW_PASSWORD, "email")  # asked again
        await give_email(qtbot, wizard, "lea.dupont@exemple.fr")
        qtbot.mouseClick(wizard.email_confirmation_page.later_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: wizard.current_name() == "home")
        await finish(qtbot, wizard)

        await login(qtbot, wizard, "l.dupont1", NEW_PASSWORD, "email_confirmation")
        await wait_for(lambda: "l***@exemple.fr" in wizard.email_confirmation_page.intro.text())
        await confirm_code(qtbot, wizard, await smtp.code_for("lea.dupont@exemple.fr"))

    loop.run_until_complete(scenario())


def test_guardian_with_children_in_two_establishments_chooses_one(qtbot, wizard, loop, provisional):
    lycee = Establishment.create(uai="0751234A", name="Lycée Victor Hugo")
    Account.update(establishment=lycee, class_code="2nde 4").where(Account.identifier == "h.dupont1").execute()
    chosen = []
    wizard.establishment_chosen.connect(chosen.append)

    async def scenario():
        await walk_to_email(qtbot, wizard, "j.dupont1", provisional["j.dupont1"],
                            children=("14/03/2012", "02/09/2010"))
        qtbot.mouseClick(wizard.email_page.later_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: wizard.home_page.home is not None)
        page = wizard.home_page
        assert shown(page._chooser)
        combo = page.establishment_combo
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "Collège de démonstration (DÉMO)", "Lycée Victor Hugo"]
        assert combo.currentIndex() == -1 and page.chosen_establishment() is None, "nothing pre-selected"
        assert combo.hasFocus() and page.card_texts() == [] and chosen == []
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # keyboard alone
        assert len(page.card_texts()) == 1 and "Léa D." in page.card_texts()[0]
        chosen.clear()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert page.chosen_establishment().uai == "0751234A"
        assert chosen == ["0751234A"]
        [card] = page.card_texts()
        assert "Hugo D." in card and "2nde 4" in card and "Lycée Victor Hugo" in card

    loop.run_until_complete(scenario())


# -- the wizard itself ---------------------------------------------------------------------

def test_cancel_wipes_everything_and_ends_the_journey(qtbot, wizard, loop, provisional):
    async def scenario():
        await login(qtbot, wizard, "l.dupont1", provisional["l.dupont1"], "charter")
        await accept_charter(qtbot, wizard)
        qtbot.keyClicks(wizard.new_password_page.field.password_edit, "Moitie-tape")
        with qtbot.waitSignal(wizard.journey_finished, timeout=2000):
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
        assert wizard.new_password_page.field.password() == ""
        assert not wizard.charter_page.accept_check.isChecked()
        assert wizard.context.provisional_password is None and wizard.flow.session is None
        assert wizard.current_name() == "login"
        assert "Tournesol" not in repr(wizard.context)

    loop.run_until_complete(scenario())


def test_reset_goes_back_to_an_empty_login_page(qtbot, wizard, loop, provisional):
    async def scenario():
        await login(qtbot, wizard, "l.dupont1", provisional["l.dupont1"], "charter")
        wizard.reset()
        assert wizard.current_name() == "login" and wizard.flow.session is None
        assert wizard.context.provisional_password is None
        await login(qtbot, wizard, "l.dupont1", provisional["l.dupont1"], "charter")  # starts afresh

    loop.run_until_complete(scenario())


def test_activation_route_speaks_of_the_letter(qtbot, loop, desk):
    w = LoginWizard(desk, activation=True)
    qtbot.addWidget(w)
    w.show()
    assert w.login_page.title() == "J'ai reçu une lettre de l'établissement"
    assert "mot de passe provisoire" in w.login_page.intro.text()
    assert w.login_page.password_edit.accessibleName() == "Mot de passe provisoire"
    plain = LoginWizard(desk)
    qtbot.addWidget(plain)
    assert plain.login_page.title() == "Je dispose d'un compte EduConnect"


def _sample_home(kind: str = "guardian") -> Home:
    college = EstablishmentInfo("0999999X", "Collège de démonstration (DÉMO)", True)
    lycee = EstablishmentInfo("0751234A", "Lycée Victor Hugo", False)
    children = (ChildCard("l.dupont1", "Léa", "D.", date(2012, 3, 14), "6 A", college),
                ChildCard("h.dupont1", "Hugo", "D.", date(2010, 9, 2), "2nde 4", lycee))
    return Home("Jean", "Dupont", "j.dupont1", kind, (college, lycee), children)


def standalone_pages(desk):
    context = LoginContext(desk)
    pages = [LoginPage(context), LoginPage(LoginContext(desk, activation=True)), CharterPage(context),
             NewPasswordPage(context), ChildrenPage(context), EmailPage(context),
             EmailConfirmationPage(context), HomePage(context)]
    pages[4].set_count(2)
    pages[6].show_address("jean.dupont@exemple.fr")
    pages[7].show_home(_sample_home())
    return pages


def test_each_page_can_be_shown_on_its_own(qtbot, loop, desk):
    pages = standalone_pages(desk)
    for page in pages:
        qtbot.addWidget(page)
        page.show()
        assert page.isVisible() and page.title()
    children, confirmation, home = pages[4], pages[6], pages[7]
    assert [f.objectName() for f in children.fields] == ["childBirthDate1", "childBirthDate2"]
    assert "j***@exemple.fr" in confirmation.intro.text()
    assert shown(home._chooser) and home.card_texts() == [], "the establishment is chosen first"
    home.establishment_combo.setCurrentIndex(0)
    assert len(home.card_texts()) == 1


def test_every_interactive_widget_is_named_and_labelled(qtbot, loop, desk):
    wizard = LoginWizard(desk)
    qtbot.addWidget(wizard)
    wizard.children_page.set_count(2)
    wizard.home_page.show_home(_sample_home())
    widgets = wizard.findChildren(QWidget)
    for widget in widgets:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QLabel):
            continue
        if widget.metaObject().className().startswith(("QScrollBar", "QStackedWidget", "QWidget",
                                                      "QFrame", "QScrollArea", "QWizardPage")):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own internals (e.g. the combo's view)
            continue
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
    buddies = {label.buddy() for label in wizard.findChildren(QLabel) if label.buddy() is not None}
    for edit in (wizard.login_page.identifier_edit, wizard.login_page.password_edit,
                 wizard.email_page.email_edit, wizard.email_page.confirm_edit,
                 wizard.email_confirmation_page.code_edit, *wizard.children_page.fields,
                 wizard.home_page.establishment_combo, wizard.charter_page.text):
        assert edit in buddies, edit.objectName()


def test_the_pages_reach_the_database_only_through_services():
    import educonnect_desktop.ui.login as package

    for module in Path(package.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert "store" not in (node.module or "").split("."), module.name
                assert "peewee" not in (node.module or ""), module.name
            elif isinstance(node, ast.Import):
                assert not any("peewee" in a.name or ".store" in a.name for a in node.names), module.name


def test_a_reported_link_is_offered_once_for_revalidation(qtbot, loop, wizard, provisional, fast_hashing):
    from educonnect_desktop.services import authentication, children, first_login

    session = authentication.login("j.dupont1", provisional["j.dupont1"], hashing=fast_hashing)
    session = first_login.accept_charter(session)
    session = first_login.choose_password(session, NEW_PASSWORD, hashing=fast_hashing)
    session = first_login.confirm_children(session, [date(2012, 3, 14), date(2010, 9, 2)])
    Account.update(email="jean@example.org", email_state="confirmed").where(
        Account.identifier == "j.dupont1").execute()
    children.report_not_legal_guardian(session, "l.dupont1")

    async def scenario():
        await login(qtbot, wizard, "j.dupont1", NEW_PASSWORD, "links_review")
        page = wizard.links_review_page
        await wait_for(lambda: len(page.checks) == 1)
        check = page.checks["l.dupont1"]
        assert "Léa" in check.text() and check.accessibleName()
        check.setFocus()
        qtbot.keyClick(check, Qt.Key.Key_Space)
        assert check.isChecked()
        await press_next(qtbot, wizard, "home")
        await wait_for(lambda: wizard.home_page.home is not None)
        assert {c.identifier for c in wizard.home_page.shown_children()} == {"l.dupont1", "h.dupont1"}

    loop.run_until_complete(scenario())


def test_mon_compte_opens_inside_the_home_page_and_comes_back(qtbot, loop, wizard, provisional, fast_hashing):
    from educonnect_desktop.services import authentication, first_login

    session = authentication.login("l.dupont1", provisional["l.dupont1"], hashing=fast_hashing)
    session = first_login.accept_charter(session)
    first_login.choose_password(session, NEW_PASSWORD, hashing=fast_hashing)
    Account.update(email="lea@example.org", email_state="confirmed").where(
        Account.identifier == "l.dupont1").execute()

    async def scenario():
        await login(qtbot, wizard, "l.dupont1", NEW_PASSWORD, "home")
        page = wizard.home_page
        await wait_for(lambda: page.home is not None)
        qtbot.mouseClick(page.my_account_button, Qt.MouseButton.LeftButton)
        assert page.my_account is not None and page.my_account.isVisible()
        await wait_for(lambda: page.my_account.loaded)
        assert "l.dupont1" in " ".join(label.text() for label in page.my_account.findChildren(QLabel))
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
        assert page.my_account is None and page.my_account_button.isVisible()
        wizard.reset()
        assert wizard.current_name() == "login"

    loop.run_until_complete(scenario())
