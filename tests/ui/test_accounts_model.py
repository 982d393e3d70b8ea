"""The accounts table: pages fetched lazily through the desk, filters, instant search."""

import asyncio
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from async_support import wait_for
from educonnect_desktop.services import demo, setup, staff
from educonnect_desktop.services.account_search import AccountFilter
from educonnect_desktop.store.models import Account, database_proxy
from educonnect_desktop.ui.secretariat.accounts_model import PAGE_SIZE, AccountsModel, count_text
from educonnect_desktop.ui.secretariat.accounts_tab import AccountsTab

MANY = 450


@pytest.fixture
def many_accounts(db):
    """450 students "Zoé Nom000…" in class "4 C", inserted in one statement."""
    now = datetime.utcnow()
    rows = [dict(uuid=f"uuid-{i}", kind="student", identifier=f"z.nom{i:03d}", first_name="Zoé",
                 last_name=f"Nom{i:03d}", class_code="4 C", state="provisional", created_at=now, updated_at=now)
            for i in range(MANY)]
    with database_proxy.atomic():
        Account.insert_many(rows).execute()
    return MANY


def test_count_text_uses_french_grouping_and_plural():
    assert count_text(0) == "0 compte"
    assert count_text(1) == "1 compte"
    assert count_text(1234).replace("\u202f", " ").replace("\xa0", " ") == "1 234 comptes"


def test_only_the_first_page_is_loaded_until_the_view_scrolls(qtbot, loop, desk, many_accounts):
    model = AccountsModel(desk)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()

    async def scenario():
        model.set_filter(AccountFilter())
        assert model.is_loading() and not model.canFetchMore(), "one page at a time"
        await model.settle()
        assert model.total == MANY
        await asyncio.sleep(0.1)  # the view had every chance to ask for more
        assert model.rowCount() == PAGE_SIZE
        assert model.canFetchMore()
        assert model.data(model.index(0, 1)) == "Nom000"
        assert model.headerData(7, Qt.Orientation.Horizontal) == "Dernière connexion"

        view.scrollToBottom()  # the view asks for the next page itself
        await wait_for(lambda: model.rowCount() == 2 * PAGE_SIZE)
        while model.canFetchMore():
            model.fetchMore()
            await model.settle()
        assert model.rowCount() == MANY
        assert model.data(model.index(MANY - 1, 3)) == f"z.nom{MANY - 1:03d}"
        assert model.data(model.index(0, 0)) == "Élève" and model.data(model.index(0, 5)) == "Non activé"

    loop.run_until_complete(scenario())


def test_a_new_filter_discards_the_pages_of_the_old_one(qtbot, loop, desk, many_accounts, fast_hashing):
    demo.load_demo(hashing=fast_hashing)
    model = AccountsModel(desk)
    pages = []
    model.page_loaded.connect(pages.append)

    async def scenario():
        model.set_filter(AccountFilter())  # its first page is still on its way...
        model.set_filter(AccountFilter(text="lefevre"))  # ...when the person types
        await model.settle()
        assert pages == [2], "the unfiltered page was thrown away"
        assert {model.summary(r).identifier for r in range(model.rowCount())} == {"c.lefevre1", "m.lefevre1"}
        assert model.total == 2 and not model.canFetchMore()

        model.set_filter(AccountFilter(text="zoe nom44"))  # accent-less, prefix of every word
        await model.settle()
        assert model.rowCount() == 10 and model.total == 10
        model.set_filter(AccountFilter(kind="guardian", text="dupont"))
        await model.settle()
        assert [model.summary(r).first_name for r in range(model.rowCount())] == ["Jean", "Sophie"]

    loop.run_until_complete(scenario())


def test_search_field_filters_after_a_pause_and_enter_moves_to_the_table(qtbot, loop, desk, many_accounts,
                                                                          fast_hashing):
    setup.create_first_administrator("Anne", "Martin", "Secr3tariat!", hashing=fast_hashing)
    demo.load_demo(hashing=fast_hashing)
    admin = staff.staff_login("a.martin1", "Secr3tariat!", hashing=fast_hashing)
    tab = AccountsTab(desk, admin)
    qtbot.addWidget(tab)
    tab.resize(1000, 500)
    tab.show()

    async def scenario():
        tab.start()
        await wait_for(lambda: tab.class_combo.count() == 5)  # "Toutes", 3 A, 4 C, 5 B, 6 A
        await tab.model.settle()
        assert tab.count_label.text().replace("\u202f", " ") == f"{MANY + 13} comptes"

        qtbot.keyClicks(tab.search_edit, "chloe lefe")
        assert tab.model.current_filter().text == "", "not on every keystroke"
        await wait_for(lambda: tab.model.current_filter().text == "chloe lefe")
        await tab.model.settle()
        assert tab.count_label.text() == "1 compte"

        qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
        assert tab.focusWidget() is tab.table
        await wait_for(lambda: tab.panel.details is not None)
        assert tab.panel.details.summary.identifier == "c.lefevre1"
        assert "Marc Lefèvre (m.lefevre1)" in tab.panel.view.text()
        tab.activateWindow()
        await wait_for(lambda: QApplication.activeWindow() is tab)
        qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert tab.focusWidget() is tab.search_edit and tab.search_edit.selectedText() == "chloe lefe"

        tab.search_edit.setText("")
        tab.class_combo.setCurrentIndex(tab.class_combo.findData("4 C"))
        await wait_for(lambda: tab.model.total == MANY)
        tab.state_combo.setCurrentIndex(tab.state_combo.findData("active"))
        await wait_for(lambda: tab.model.total == 0)
        assert tab.count_label.text() == "0 compte"
        assert tab.panel.details is None, "the selection went with the rows"

    loop.run_until_complete(scenario())
