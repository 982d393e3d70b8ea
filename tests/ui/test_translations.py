"""Qt's own widgets speak French once `install_qt_translations` ran (as `educonnect-desktop` does)."""

import pytest
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMenu

from educonnect_desktop.ui import app as app_module
from educonnect_desktop.ui.translations import qt_translation_files


@pytest.fixture
def french(qapp):
    translators = app_module.prepare_application(qapp)
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_catalogue_ships_with_pyside6():
    assert all(path.is_file() for path in qt_translation_files()), qt_translation_files()


def test_standard_buttons_read_in_french(qtbot, french):
    assert french, "qtbase_fr.qm was loaded"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Annuler", "Enregistrer"}


def test_a_line_edit_context_menu_reads_in_french(qtbot, french):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit, "j.dupont1")
    # The keyboard's context-menu key reaches the widget as this event (the platform sends it).
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, edit.rect().center(),
                              edit.mapToGlobal(edit.rect().center()))
    QApplication.sendEvent(edit, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    menu = QApplication.activePopupWidget()
    seen = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    menu.close()
    assert "Copier" in seen and "Coller" in seen and "Tout sélectionner" in seen, seen
