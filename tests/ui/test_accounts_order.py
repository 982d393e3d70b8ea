"""The accounts table in French order, and which establishment when there are several."""

from datetime import datetime
from functools import cmp_to_key

from PySide6.QtCore import Qt

from async_support import wait_for
from educonnect_desktop.core.collation import compare_french
from educonnect_desktop.services import setup, staff
from educonnect_desktop.store.models import Account, Establishment, database_proxy
from educonnect_desktop.ui.secretariat.accounts_model import AccountsModel
from educonnect_desktop.ui.secretariat.accounts_tab import AccountsTab

NAMES = ["BERNARD", "Benali", "Émile", "Eric", "éLISE", "Zoé", "de Gaulle", "DUPONT", "Dupont", "Œuvray"]


def add_students(names, school=None):
    now = datetime.utcnow()
    rows = [dict(uuid=f"u-{i}-{name}", kind="student", identifier=f"s.x{i}-{len(name)}", first_name="Léa",
                 last_name=name, state="provisional", created_at=now, updated_at=now,
                 establishment=school.id if school else None) for i, name in enumerate(names)]
    with database_proxy.atomic():
        Account.insert_many(rows).execute()


def test_the_collation_ignores_case_and_accents():
    ordered = sorted(NAMES, key=cmp_to_key(compare_french))
    assert ordered == ["Benali", "BERNARD", "de Gaulle", "DUPONT", "Dupont", "éLISE", "Émile", "Eric", "Œuvray",
                       "Zoé"]


def staff_session(fast_hashing):
    admin = setup.create_first_administrator("Anne", "Martin", "Secr3tariat!", hashing=fast_hashing)
    return staff.staff_login(admin.identifier, "Secr3tariat!", hashing=fast_hashing)


def column(model, col):
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_the_table_lists_bernard_after_benali(qtbot, loop, desk, db, fast_hashing):
    session = staff_session(fast_hashing)
    add_students(NAMES)
    tab = AccountsTab(desk, session)
    qtbot.addWidget(tab)
    tab.show()

    async def scenario():
        tab.start()
        await wait_for(lambda: tab.model.rowCount() == len(NAMES) + 1)
        await tab.model.settle()
        qtbot.keyClicks(tab.search_edit, "e")  # a search keeps the same order
        qtbot.keyClick(tab.search_edit, Qt.Key.Key_Backspace)
        qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
        await tab.model.settle()
        names = [n for n in column(tab.model, 1) if n != "Martin"]
        assert names.index("Benali") < names.index("BERNARD") < names.index("de Gaulle") < names.index("Eric")
        assert names.index("éLISE") < names.index("Émile") < names.index("Eric") < names.index("Zoé")
        assert tab.table.isColumnHidden(AccountsModel.ESTABLISHMENT_COLUMN), "one establishment: no column"

    loop.run_until_complete(scenario())


def test_several_establishments_show_an_establishment_column(qtbot, loop, desk, db, fast_hashing):
    session = staff_session(fast_hashing)
    add_students(["Benali"], Establishment.create(uai="0751111A", name="Collège Voltaire"))
    add_students(["Bernard"], Establishment.create(uai="0752222B", name="Lycée Hugo"))
    tab = AccountsTab(desk, session)
    qtbot.addWidget(tab)
    tab.resize(1400, 500)
    tab.show()

    async def scenario():
        tab.start()
        await wait_for(lambda: not tab.table.isColumnHidden(AccountsModel.ESTABLISHMENT_COLUMN))
        await tab.model.settle()
        header = tab.model.headerData(AccountsModel.ESTABLISHMENT_COLUMN, Qt.Orientation.Horizontal)
        assert header == "Établissement"
        schools = dict(zip(column(tab.model, 1), column(tab.model, AccountsModel.ESTABLISHMENT_COLUMN)))
        assert schools["Benali"] == "Collège Voltaire" and schools["Bernard"] == "Lycée Hugo"

    loop.run_until_complete(scenario())
