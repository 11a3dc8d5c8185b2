"""The two toolbars above the board: card work (new, delete, colour, group, actors, amount, private, reveal)
and looking (search and filters, zoom, fit, presentation). They act on whichever board is open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMenu, QSpinBox, QToolBar, QToolButton, QWidget

from app.domain.card_look import CARD_PALETTE, GROUP_COLORS, CardFilter

from .canvas_view import PRESENTATION_TEXT_PX


def tr(text: str) -> str:
    return QCoreApplication.translate("BoardToolbar", text)


def color_icon(color: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class BoardToolbars(QWidget):
    """Holds both toolbars; emits what the user asked for, the page does it on the open board."""

    filter_changed = Signal(object)  # CardFilter
    author_changed = Signal(object)  # participant id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = QToolBar(tr("Karten"), self)
        self.looking = QToolBar(tr("Ansicht"), self)
        self.actions: dict[str, QAction] = {}

    def add(self, bar: QToolBar, key: str, text: str, slot: Callable[[], object], shortcut: str = "",
            tip: str = "", checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setCheckable(checkable)
        if shortcut:
            action.setToolTip(f"{tip or text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        elif tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        bar.addAction(action)
        self.actions[key] = action
        return action

    def add_menu_button(self, bar: QToolBar, text: str, menu: QMenu) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(button)
        return button

    def color_menu(self, on_color: Callable[[str], None], on_group: Callable[[], None]) -> QMenu:
        menu = QMenu(self)
        for color, name in CARD_PALETTE:
            menu.addAction(color_icon(color), QCoreApplication.translate("CardPalette", name),
                           lambda c=color: on_color(c))
        menu.addSeparator()
        menu.addAction(tr("Nach Gruppe der Verfasser*in"), on_group)
        return menu

    def build_search(self) -> None:
        bar = self.looking
        bar.addWidget(QLabel(tr(" Suche: ")))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Text auf Karten …"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        bar.addWidget(self.search)
        self.color_filter = QComboBox(self)
        self.color_filter.addItem(tr("alle Farben"), "")
        for color, name in CARD_PALETTE:
            self.color_filter.addItem(color_icon(color), QCoreApplication.translate("CardPalette", name), color)
        bar.addWidget(self.color_filter)
        self.group_filter = QComboBox(self)
        self.group_filter.addItem(tr("alle Gruppen"), "")
        for group, color in GROUP_COLORS.items():
            self.group_filter.addItem(color_icon(color), group, group)
        bar.addWidget(self.group_filter)
        self.match_label = QLabel("")
        bar.addWidget(self.match_label)
        self.search.textChanged.connect(self._emit_filter)
        self.color_filter.currentIndexChanged.connect(self._emit_filter)
        self.group_filter.currentIndexChanged.connect(self._emit_filter)

    def current_filter(self) -> CardFilter:
        return CardFilter(text=self.search.text(), color=self.color_filter.currentData() or "",
                          group=self.group_filter.currentData() or "")

    def _emit_filter(self, *_args: object) -> None:
        self.filter_changed.emit(self.current_filter())

    def show_matches(self, count: int | None) -> None:
        self.match_label.setText("" if count is None else tr(" {0} Treffer ").format(count))

    def build_author(self) -> None:
        self.cards.addWidget(QLabel(tr(" Karte von: ")))
        self.author = QComboBox(self)
        self.author.setToolTip(tr("Wessen Beitrag wird aufgeschrieben? Die Karte bekommt die Farbe der Gruppe."))
        self.author.addItem(tr("– ohne Angabe –"), None)
        self.cards.addWidget(self.author)
        self.author.currentIndexChanged.connect(lambda _i: self.author_changed.emit(self.author.currentData()))

    def build_text_size(self) -> QSpinBox:
        self.text_px = QSpinBox(self)
        self.text_px.setRange(16, 72)
        self.text_px.setValue(PRESENTATION_TEXT_PX)
        self.text_px.setSuffix(" px")
        self.text_px.setToolTip(tr("Schriftgröße der Karten in der Präsentation (auf dem Bildschirm)"))
        self.looking.addWidget(QLabel(tr(" Schrift: ")))
        self.looking.addWidget(self.text_px)
        return self.text_px
