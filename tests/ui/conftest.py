"""Qt fixtures: a qasync loop on pytest-qt's QApplication, a Desk on a real database."""

import gc

import pytest

from educonnect_desktop.ui.desk import Desk
from qt_session_support import loop  # noqa: F401  (a fixture)


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread():
    """Qt objects left in reference cycles must die here, on the GUI thread.

    Otherwise the garbage collector may run them down later in whichever thread happens
    to allocate (the desk's database thread, the strength worker), and Qt complains
    ("QObject::~QObject: Timers cannot be stopped from another thread").
    """
    yield
    gc.collect()


@pytest.fixture(autouse=True, scope="session")
def _the_applications_look(qapp):
    """Every GUI test sees the widgets as people do: with the application's theme (ui/theme.py)."""
    from educonnect_desktop.ui import theme

    theme.apply(qapp)


@pytest.fixture
def desk(db, fast_hashing):
    d = Desk(hashing=fast_hashing)
    yield d
    d.close()
