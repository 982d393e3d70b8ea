"""The person's home after login: welcome, identifier, children cards, establishment choice."""

from __future__ import annotations

import asyncio
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
    QWizard, QWizardPage,
)

from ...errors import UserFacingError
from ...flows.login import LoginPage as Pages
from ...services import home as home_service
from ...services.dto import EstablishmentInfo
from ...services.home import ChildCard, Home
from ..keyboard import focus_first
from ..translations import translated
from ..widgets import named
from ..wizard_support import error_label
from ..widgets import caption
from .context import LoginContext


class HomePage(QWizardPage):
    """Last page: nothing to submit, its "Terminer" button logs out."""

    step = Pages.HOME
    finish_leaves = True  # "Se déconnecter": Enter in a field must never press it
    establishment_chosen = Signal(str)  # UAI

    def __init__(self, context: LoginContext) -> None:
        super().__init__()
        self.setObjectName("homePage")
        self.context = context
        self.home: Home | None = None
        self.cards: list[QFrame] = []
        self.prepare_task: asyncio.Task | None = None
        self.setTitle(self.tr("Accueil"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Se &déconnecter"))
        self.error = error_label("homeError")

        self.welcome = QLabel()
        self.welcome.setObjectName("homeWelcome")
        self.welcome.setTextFormat(Qt.TextFormat.RichText)
        self.identity = QLabel()
        self.identity.setObjectName("homeIdentity")
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.establishment_combo = named(QComboBox(), "establishmentChooser",
                                         self.tr("Choisissez l'établissement"))
        named(self.establishment_combo.view(), "establishmentChooserList", self.tr("Établissements"))
        # As EduConnect: "il vous sera demandé de choisir un établissement", nothing chosen for you.
        self.establishment_combo.setPlaceholderText(self.tr("Choisissez un établissement"))
        self.establishment_combo.currentIndexChanged.connect(self._on_establishment_changed)
        self.chooser_caption = caption(self.tr("&Choisissez l'établissement :"), self.establishment_combo)
        chooser = QHBoxLayout()
        chooser.addWidget(self.chooser_caption)
        chooser.addWidget(self.establishment_combo, 1)
        self._chooser = QWidget()
        self._chooser.setLayout(chooser)
        self._chooser.hide()

        self.children_title = QLabel(self.tr("<b>Vos enfants</b>"))
        self.children_title.hide()
        self._cards_box = QWidget()
        self._cards = QVBoxLayout(self._cards_box)
        self._cards.setContentsMargins(0, 0, 0, 0)
        self._cards.addStretch(1)
        self.cards_area = QScrollArea()
        self.cards_area.setWidgetResizable(True)
        self.cards_area.setWidget(self._cards_box)
        self.cards_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cards_area.hide()

        self.my_account_button = named(QPushButton(self.tr("&Mon compte")), "myAccountButton",
                                       self.tr("Mon compte : mot de passe, adresse e-mail, enfants"))
        self.my_account_button.setAutoDefault(False)
        self.my_account_button.clicked.connect(self.open_my_account)
        self.back_button = named(QPushButton(self.tr("< &Retour à l'accueil")), "backToHomeButton",
                                 self.tr("Retour à l'accueil"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(lambda: self.close_my_account())
        self.my_account = None  # MyAccountView while "Mon compte" is open

        # "Mon compte" opens inside the page (a kiosk never opens a second window).
        self._home_view = QWidget()
        self._account_view = QWidget()
        self._account_layout = QVBoxLayout(self._account_view)
        self._account_layout.setContentsMargins(0, 0, 0, 0)
        self._account_layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._stack = QStackedWidget()
        self._stack.addWidget(self._home_view)
        self._stack.addWidget(self._account_view)
        QVBoxLayout(self).addWidget(self._stack)

        layout = QVBoxLayout(self._home_view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.welcome)
        layout.addWidget(self.identity)
        layout.addWidget(self.my_account_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._chooser)
        layout.addWidget(self.children_title)
        layout.addWidget(self.cards_area, 1)
        layout.addWidget(self.error)
        layout.addStretch(0)

    # -- loading --------------------------------------------------------------------------
    def initializePage(self) -> None:
        self.error.hide()
        if not self.context.has_session:  # a reset restarted the wizard meanwhile
            return
        self.prepare_task = asyncio.ensure_future(self._prepare())

    async def _prepare(self) -> None:
        try:
            home = await self.context.desk.call(home_service.home, self.context.session)
        except UserFacingError as exc:
            self.error.setText(translated(exc.message))
            self.error.show()
            return
        self.show_home(home)

    def show_home(self, home: Home) -> None:
        """Fill the page (also used to show it on its own)."""
        self.home = home
        self.welcome.setText(self.tr("<h2>Bienvenue {0} {1}</h2>").format(
            escape(home.first_name), escape(home.last_name.upper())))
        lines = [self.tr("Votre identifiant : {0}").format(home.identifier)]
        if not home.children:  # a student: their own establishment and class
            if home.establishments:
                lines.append(self.tr("Établissement : {0}").format(home.establishments[0].name))
            class_code = getattr(home, "class_code", None)
            if class_code:
                lines.append(self.tr("Classe : {0}").format(class_code))
        self.identity.setText("\n".join(lines))

        self.establishment_combo.blockSignals(True)
        self.establishment_combo.clear()
        for school in home.establishments:
            self.establishment_combo.addItem(school.name, school.uai)
        self.establishment_combo.setCurrentIndex(-1 if home.must_choose_establishment or not home.establishments
                                                 else 0)
        self.establishment_combo.blockSignals(False)
        self._chooser.setVisible(home.must_choose_establishment)
        self.children_title.setVisible(bool(home.children))
        self.cards_area.setVisible(bool(home.children))
        self._show_cards()
        if home.must_choose_establishment:
            self.establishment_combo.setFocus()

    # -- establishment choice -------------------------------------------------------------
    def chosen_establishment(self) -> EstablishmentInfo | None:
        if self.home is None or not self.home.establishments:
            return None
        index = self.establishment_combo.currentIndex()
        if index < 0:
            return None if self.home.must_choose_establishment else self.home.establishments[0]
        return self.home.establishments[index]

    def _on_establishment_changed(self, _index: int) -> None:
        self._show_cards()
        chosen = self.chosen_establishment()
        if chosen is not None:
            self.establishment_chosen.emit(chosen.uai)

    def shown_children(self) -> list[ChildCard]:
        """The children of the chosen establishment (all of them when there is only one)."""
        if self.home is None:
            return []
        chosen = self.chosen_establishment()
        if not self.home.must_choose_establishment:
            return list(self.home.children)
        if chosen is None:
            return []  # the establishment is chosen first
        return [c for c in self.home.children if c.establishment and c.establishment.uai == chosen.uai]

    def _show_cards(self) -> None:
        for frame in self.cards:
            self._cards.removeWidget(frame)
            frame.hide()
            frame.deleteLater()
        self.cards = [self._card(child, index) for index, child in enumerate(self.shown_children(), start=1)]
        for position, frame in enumerate(self.cards):
            self._cards.insertWidget(position, frame)  # before the final stretch

    def _card(self, child: ChildCard, index: int) -> QFrame:
        """First name and initial, birth date, class, establishment (as EduConnect shows them)."""
        born = child.birth_date.strftime("%d/%m/%Y") if child.birth_date else "—"
        school = child.establishment.name if child.establishment else "—"
        lines = (f"<b>{escape(child.first_name)} {escape(child.initial)}</b>",
                 self.tr("Date de naissance : {0}").format(born),
                 self.tr("Classe : {0}").format(escape(child.class_code or "—")),
                 escape(school))
        frame = QFrame()
        frame.setObjectName(f"childCard{index}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAccessibleName(", ".join((f"{child.first_name} {child.initial}", born,
                                           child.class_code or "", school)))
        label = QLabel("<br>".join(lines))
        label.setObjectName(f"childCardText{index}")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(frame).addWidget(label)
        return frame

    def card_texts(self) -> list[str]:
        return [frame.findChild(QLabel).text() for frame in self.cards]

    # -- "Mon compte" -----------------------------------------------------------------------
    def open_my_account(self) -> None:
        from ..my_account import MyAccountView

        self.close_my_account()
        self.my_account = MyAccountView(self.context.desk, self.context.session)
        self._account_layout.addWidget(self.my_account, 1)
        self._stack.setCurrentWidget(self._account_view)
        self.setTitle(self.tr("Mon compte"))
        focus_first(self._account_view)

    def close_my_account(self, reload: bool = True) -> None:
        """Back to the home page; whatever was typed in "Mon compte" is wiped."""
        view, self.my_account = self.my_account, None
        if view is not None:
            view.clear()
            self._account_layout.removeWidget(view)
            view.hide()
            view.deleteLater()
            if reload and self.context.has_session:
                self.prepare_task = asyncio.ensure_future(self._prepare())  # names or children may have changed
        self._stack.setCurrentWidget(self._home_view)
        self.setTitle(self.tr("Accueil"))
        if view is not None:
            self.my_account_button.setFocus()

    def clear(self) -> None:
        self.close_my_account(reload=False)
        if self.prepare_task is not None and not self.prepare_task.done():
            self.prepare_task.cancel()
        self.home = None
        self.welcome.clear()
        self.identity.clear()
        self.establishment_combo.clear()
        self._chooser.hide()
        self.children_title.hide()
        self.cards_area.hide()
        self._show_cards()
        self.error.hide()

    def cleanupPage(self) -> None:
        self.clear()
