"""The preview's records model formats only the rows a person sees."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from educonnect_desktop.ui.secretariat.records_model import RecordsModel


def test_a_huge_list_is_formatted_only_where_shown(qtbot):
    calls = []

    def format_row(n: int):
        calls.append(n)
        return (f"Nom {n}", f"Prénom {n}", "3 A")

    model = RecordsModel(("Nom", "Prénom", "Classe"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    model.set_segments([(range(60_000), format_row), ((), format_row), (range(40_000), lambda n: (f"R{n}", "", ""))])
    qtbot.wait(20)
    assert model.rowCount() == 100_000
    assert 0 < len(calls) < 500, "only the rows on screen are formatted"

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    assert view.currentIndex().row() == 99_999
    assert model.index(99_999, 0).data() == "R39999"
    assert model.row_texts(59_999) == ("Nom 59999", "Prénom 59999", "3 A")
    assert len(calls) < 1_000

    model.clear()
    assert model.rowCount() == 0
