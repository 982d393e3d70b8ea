"""Guards against a Qt binding whose virtual-call glue corrupts reference counts.

PySide6 6.12.0 released one reference to `True` every time Qt called a Python override
of `QWizardPage.isComplete`; after a few thousand calls the interpreter aborted
("bool_dealloc"). pyproject.toml excludes that release; this test fails on any binding
that has the same defect, before it can crash a real session.
"""

import sys

from PySide6.QtWidgets import QWizard, QWizardPage


class _CompletePage(QWizardPage):
    def isComplete(self) -> bool:
        return True


def test_qt_calling_a_python_bool_override_keeps_reference_counts(qtbot):
    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = _CompletePage()
    wizard.addPage(page)
    wizard.addPage(QWizardPage())
    wizard.show()
    before = sys.getrefcount(True)
    for _ in range(50):
        page.completeChanged.emit()  # QWizard calls isComplete() from C++
    assert sys.getrefcount(True) - before >= 0
