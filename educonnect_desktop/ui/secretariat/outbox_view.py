"""The outbox for staff: every e-mail and SMS, its state, "Renvoyer" and "Annuler".

Recipients are masked; confidential messages (codes, links, identifiers) never show their
text: the service already leaves it out (`OutboxEntry.body_text` is None), the pane only
says so. The list refreshes itself every 10 seconds while it is visible, without waiting.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QTreeWidgetItem, QVBoxLayout, QWidget)
from qasync import asyncSlot

from ...errors import UserFacingError
from ...messaging import outbox
from ...core.labels import CHANNEL_LABELS
from ...core.local_time import local_time
from ...messaging.templates import KIND_LABELS
from ...services.staff import StaffSession
from ..translations import translated
from ..widgets import caption
from ..widgets import named
from ..wizard_support import error_label
from .audit_view import records_tree, tree_rows

REFRESH_MS = 10_000
RETRYABLE = ("queued", "failed", "cancelled")
CANCELLABLE = ("queued", "failed")


class OutboxView(QWidget):
    def __init__(self, desk, staff: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxView")
        self.desk = desk
        self.staff = staff
        self.busy = False
        self.refreshes = 0  # counts every refresh that ended (tests wait on it)
        self.entries: dict[int, outbox.OutboxEntry] = {}
        self._refresh_again = False

        self.status_combo = named(QComboBox(), "outboxStatusCombo", self.tr("Filtrer par statut"))
        self.status_combo.addItem(self.tr("Tous les statuts"), None)
        for status, text in outbox.STATUS_LABELS.items():
            self.status_combo.addItem(translated(text), status)
        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.counts_label = named(QLabel(), "outboxCountsLabel", self.tr("Nombre de messages par statut"))
        self.counts_label.setWordWrap(True)
        self.tree = records_tree("outboxTree", self.tr("Messages de la file d'envoi"), [
            self.tr("N°"), self.tr("Date"), self.tr("Canal"), self.tr("Destinataire"), self.tr("Type"),
            self.tr("Statut"), self.tr("Essais"), self.tr("Prochain essai"), self.tr("Dernière erreur")])
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.retry_button = named(QPushButton(self.tr("&Renvoyer")), "outboxRetryButton",
                                  self.tr("Renvoyer le message sélectionné"))
        self.cancel_button = named(QPushButton(self.tr("A&nnuler l'envoi")), "outboxCancelButton",
                                   self.tr("Annuler l'envoi du message sélectionné"))
        self.refresh_button = named(QPushButton(self.tr("Ac&tualiser")), "outboxRefreshButton",
                                    self.tr("Actualiser la liste des messages"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.message_text = named(QPlainTextEdit(), "outboxMessageText", self.tr("Texte du message sélectionné"))
        self.message_text.setReadOnly(True)
        self.message_text.setTabChangesFocus(True)
        self.notice = named(QLabel(), "outboxNotice", self.tr("Information"))
        self.notice.setWordWrap(True)
        self.error = error_label("outboxError")

        top = QHBoxLayout()
        top.addWidget(caption(self.tr("&Statut :"), self.status_combo))
        top.addWidget(self.status_combo)
        top.addWidget(self.counts_label, 1)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.notice, 1)
        actions.addWidget(self.retry_button)
        actions.addWidget(self.cancel_button)
        pane = QGroupBox(self.tr("Voir le message"))
        pane.setObjectName("outboxMessagePane")
        pane_layout = QVBoxLayout(pane)
        pane_layout.addWidget(self.message_text)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(caption(self.tr("Messa&ges (du plus récent au plus ancien) :"), self.tree))
        layout.addWidget(self.tree, 3)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(pane, 2)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._update_actions()

    # -- visibility drives the periodic refresh ---------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._timer.start()
        self.refresh()

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    # -- reading ------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None

    def select(self, message_id: int) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == message_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def rows(self) -> list[list[str]]:
        return tree_rows(self.tree)

    @asyncSlot()
    async def refresh(self) -> None:
        if self.busy:
            self._refresh_again = True  # the status filter changed, or the timer ticked, meanwhile
            return
        self._refresh_again = False
        status = self.status_combo.currentData()
        try:
            async with self._working(clear=False):
                entries = await self.desk.call(outbox.list_messages, [status] if status else None)
                counts = await self.desk.call(outbox.count_by_status)
                self._show(entries, counts)
        finally:
            self.refreshes += 1
        if self._refresh_again:
            await self.refresh()

    def _show(self, entries: list[outbox.OutboxEntry], counts: dict[str, int]) -> None:
        keep = self.selected_id()
        self.entries = {e.id: e for e in entries}
        self.tree.clear()
        self.tree.addTopLevelItems([self._item(e) for e in entries])
        for column in range(self.tree.columnCount() - 1):
            self.tree.resizeColumnToContents(column)
        if keep is None or not self.select(keep):
            self._selection_changed()
        self.counts_label.setText(" · ".join(self.tr("{0} : {1}").format(translated(outbox.STATUS_LABELS[status]), counts.get(status, 0))
                                             for status in outbox.STATUS_LABELS))

    def _item(self, e: outbox.OutboxEntry) -> QTreeWidgetItem:
        item = QTreeWidgetItem([
            str(e.id), local_time(e.created_at), translated(CHANNEL_LABELS.get(e.channel, e.channel)), e.recipient_masked,
            translated(KIND_LABELS.get(e.kind, e.kind)), translated(outbox.STATUS_LABELS.get(e.status, e.status)),
            f"{e.attempts}/{e.max_attempts}", local_time(e.next_attempt_at) if e.next_attempt_at else "—",
            translated(e.last_error or ""),
        ])
        item.setData(0, Qt.ItemDataRole.UserRole, e.id)
        item.setToolTip(8, translated(e.last_error or ""))
        return item

    def _selection_changed(self) -> None:
        entry = self.entries.get(self.selected_id()) if self.selected_id() is not None else None
        if entry is None:
            self.message_text.setPlainText(self.tr("Sélectionnez un message pour le voir."))
        elif entry.confidential or entry.body_text is None:
            self.message_text.setPlainText(self.tr(
                "Message confidentiel (code, lien ou identifiant) : son texte n'est pas affiché."))
        else:
            subject = self.tr("Objet : {0}\n\n").format(entry.subject) if entry.subject else ""
            self.message_text.setPlainText(subject + entry.body_text)
        self._update_actions()

    def _update_actions(self) -> None:
        entry = self.entries.get(self.selected_id()) if self.selected_id() is not None else None
        self.retry_button.setEnabled(not self.busy and entry is not None and entry.status in RETRYABLE)
        self.cancel_button.setEnabled(not self.busy and entry is not None and entry.status in CANCELLABLE)
        self.refresh_button.setEnabled(not self.busy)

    # -- acting ------------------------------------------------------------------------------
    @asyncSlot()
    async def retry_selected(self) -> None:
        await self._act(outbox.retry, self.tr("Message n° {0} remis dans la file d'envoi."))

    @asyncSlot()
    async def cancel_selected(self) -> None:
        await self._act(outbox.cancel, self.tr("Envoi du message n° {0} annulé."))

    async def _act(self, action, done_text: str) -> None:
        message_id = self.selected_id()
        if self.busy or message_id is None:
            return
        async with self._working(clear=True):
            await self.desk.call(action, message_id, actor=self.staff.actor)
            self.notice.setText(done_text.format(message_id))
            self.notice.setAccessibleDescription(self.notice.text())
        await self.refresh()

    @asynccontextmanager
    async def _working(self, *, clear: bool) -> AsyncIterator[None]:
        """Controls greyed out during the call; a French error is shown, not raised."""
        self.busy = True
        for widget in (self.retry_button, self.cancel_button, self.refresh_button):
            widget.setEnabled(False)
        if clear:
            self.error.hide()
            self.notice.clear()
        try:
            yield
        except UserFacingError as exc:
            self.error.setText(translated(exc.message))
            self.error.setAccessibleDescription(translated(exc.message))
            self.error.show()
        finally:
            self.busy = False
            self._update_actions()
