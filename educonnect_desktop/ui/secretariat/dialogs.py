"""Questions asked without blocking the event loop: a confirmation, a file to write.

Both open window-modal dialogs with `open()` (never `exec()`, which would nest an event
loop inside a coroutine) and await the answer. The dialogs are children of `parent`, so
the workspace can hide them while it is locked and reject them at logout.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Awaitable, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ..widgets import named

# (parent, suggested file name) -> chosen path, or None when the person cancels.
PathProvider = Callable[[QWidget, str], Awaitable[Path | None]]


def _answer(dialog: QDialog) -> asyncio.Future:
    future = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    return future


async def confirm(parent: QWidget, title: str, text: str, accept_text: str) -> bool:
    box = named(QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent),
                "confirmDialog", title)
    accept = named(box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole), "confirmAcceptButton", accept_text)
    cancel = named(box.addButton(QCoreApplication.translate("Dialogs", "Annuler"), QMessageBox.ButtonRole.RejectRole), "confirmCancelButton",
                   QCoreApplication.translate("Dialogs", "Annuler"))
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    answer = _answer(box)
    box.open()
    try:
        await answer
        return box.clickedButton() is accept
    finally:
        box.deleteLater()


async def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Qt's own file dialog (not the system one): same look everywhere, drivable by tests.
    A suggested `.json` name asks for a data export file instead of a letter."""
    if suggested.endswith(".json"):
        title, name_filter, suffix = QCoreApplication.translate("Dialogs", "Enregistrer les données"), QCoreApplication.translate("Dialogs", "Données (*.json)"), "json"
    else:
        title, name_filter, suffix = QCoreApplication.translate("Dialogs", "Enregistrer la lettre"), QCoreApplication.translate("Dialogs", "Documents PDF (*.pdf)"), "pdf"
    dialog = named(QFileDialog(parent, title, str(Path.home() / suggested), name_filter),
                   "letterFileDialog" if suffix == "pdf" else "exportFileDialog", title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    return await chosen_file(dialog)


async def chosen_file(dialog: QFileDialog) -> Path | None:
    """Open `dialog` window-modal (the event loop keeps running) and give the file chosen, if any."""
    answer = _answer(dialog)
    dialog.open()
    try:
        if await answer != QDialog.DialogCode.Accepted.value or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
