"""The "Modelle" page: pick or create a canvas, then work on its board with the toolbars or the keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.card_look import CardFilter
from app.operations import canvas_ops as ops
from app.operations import comments_ops
from app.operations.sync_ops import conflicted_records

from .accessible_board import announce_cards
from .board_editor import BoardEditor
from .board_gestures import BoardGestures
from .board_model import BoardModel, same_board
from .board_scene import BoardScene
from .board_toolbar import BoardToolbars
from .board_vote_bar import BoardVoteBar
from .canvas_tools import CanvasTools
from .canvas_view import CanvasView
from .card_comments import CardCommentsSide
from .card_dialogs import ActorPickerDialog, AmountDialog, NewCanvasDialog
from .card_menu import build_card_menu
from .painting import board_theme
from .presentation import PresentationWindow, presentation_screen

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


class CanvasPage(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.model: BoardModel | None = None
        self.scene: BoardScene | None = None
        self.editor: BoardEditor | None = None
        self.view: CanvasView | None = None
        self.presentation: PresentationWindow | None = None
        self._authors: dict[str, tuple[str, str]] = {}
        self.voting = False
        self.tools = CanvasTools(self)
        self.gestures = BoardGestures(self, self)

        self.picker = QComboBox()
        self.picker.setMinimumWidth(320)
        self.picker.activated.connect(lambda _i: self.open_canvas(self.picker.currentData()))
        new_button = QPushButton(self.tr("Neue Leinwand …"))
        new_button.clicked.connect(self.new_canvas)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Leinwand:")))
        top.addWidget(self.picker)
        top.addWidget(new_button)
        self._build_canvas_buttons(top)
        top.addStretch(1)

        self.bars = BoardToolbars(self)
        self._build_actions()
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Noch keine Leinwand geöffnet. Wählen Sie oben eine aus oder legen Sie mit "
                                    "»Neue Leinwand …« eine an."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        self.status = QLabel("")
        self.vote_bar = BoardVoteBar(ws, self)
        self.vote_bar.hide()
        self.vote_bar.counts_changed.connect(self._show_dots)
        self.comments = CardCommentsSide(ws, self)
        self.comments.hide()
        self.comments.counts_changed.connect(lambda: self._refresh_comment_counts())
        self.split = QSplitter()
        self.split.addWidget(self.stack)
        self.split.addWidget(self.comments)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bars.cards)
        layout.addWidget(self.bars.looking)
        layout.addWidget(self.vote_bar)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.status)
        self.refresh_canvases()
        self._load_authors()
        if self.picker.count():
            self.open_canvas(self.picker.itemData(0))

    # ------------------------------------------------------------------ toolbars
    def _build_actions(self) -> None:
        b = self.bars
        cards = b.cards
        b.add(cards, "new", self.tr("Neue Karte"), self.new_card, "N", self.tr("Neue Karte im aktuellen Bereich"))
        b.add(cards, "delete", self.tr("Löschen"), lambda: self._with_editor(lambda e: e.delete_selected()), "Del")
        b.add(cards, "undo", self.tr("Rückgängig"), lambda: self._with_editor(lambda e: e.undo_stack.undo()),
              "Ctrl+Z")
        b.add(cards, "redo", self.tr("Wiederholen"), lambda: self._with_editor(lambda e: e.undo_stack.redo()),
              "Ctrl+Y")
        cards.addSeparator()
        b.add_menu_button(cards, self.tr("Farbe"), b.color_menu(
            lambda c: self._with_editor(lambda e: e.set_color(c)),
            lambda: self._with_editor(lambda e: e.color_by_group())))
        b.add(cards, "cluster", self.tr("Gruppe bilden …"), self.cluster_selected)
        b.add(cards, "actors", self.tr("Akteure …"), self.link_actors)
        b.add(cards, "amount", self.tr("Betrag …"), self.edit_amount)
        b.add(cards, "comment", self.tr("Kommentieren"), self.comment_selected, "C",
              self.tr("Kommentare zur ausgewählten Karte an der Seite zeigen und schnell erfassen"))
        cards.addSeparator()
        private = b.add(cards, "private", self.tr("Privat schreiben"), lambda: None, checkable=True,
                        tip=self.tr("Neue Karten erscheinen verdeckt, bis sie aufgedeckt werden"))
        private.toggled.connect(self._set_private_mode)
        self.reveal_menu = QMenu(self)
        self.reveal_menu.aboutToShow.connect(self._fill_reveal_menu)
        b.add_menu_button(cards, self.tr("Aufdecken"), self.reveal_menu)
        b.build_author()
        b.author_changed.connect(self._set_author)

        looking = b.looking
        b.build_search()
        b.filter_changed.connect(self._set_filter)
        looking.addSeparator()
        b.add(looking, "zoom_out", self.tr("Verkleinern"), lambda: self._with_view(lambda v: v.zoom_by(0.8)), "-")
        b.add(looking, "zoom_in", self.tr("Vergrößern"), lambda: self._with_view(lambda v: v.zoom_by(1.25)), "+")
        b.add(looking, "fit", self.tr("An Bildschirm anpassen"), lambda: self._with_view(lambda v: v.fit_to_screen()),
              "0")
        looking.addSeparator()
        b.add(looking, "present", self.tr("Präsentation"), self.start_presentation, "F5")
        b.add(looking, "vote", self.tr("Abstimmen"), lambda: None, checkable=True,
              tip=self.tr("Punkte vergeben durch Antippen der Karten auf der Tafel")).toggled.connect(self.set_voting)
        b.build_text_size().valueChanged.connect(self._presentation_text_px)

    def _build_canvas_buttons(self, row: QHBoxLayout) -> None:
        t = self.tools
        self.version_button = QPushButton(self.tr("Als neue Version sichern"))
        self.version_button.setToolTip(self.tr("Den jetzigen Stand als nächste Version weiterführen; der bisherige "
                                               "bleibt unverändert zum Vergleichen"))
        self.version_button.clicked.connect(t.save_new_version)
        row.addWidget(self.version_button)
        self.canvas_menu = QMenu(self)
        self.canvas_menu.addAction(self.tr("Versionen vergleichen …"), lambda: t.compare(sessions=False))
        self.canvas_menu.addAction(self.tr("Sitzungen vergleichen …"), lambda: t.compare(sessions=True))
        self.canvas_menu.addSeparator()
        self.canvas_menu.addAction(self.tr("Vorlage bearbeiten …"), lambda: t.edit_template(new=False))
        self.canvas_menu.addAction(self.tr("Neue Vorlage …"), lambda: t.edit_template(new=True))
        self.canvas_menu.addSeparator()
        self.canvas_menu.addAction(self.tr("Als Bild speichern (PNG, SVG, PDF) …"), self.export_picture)
        more = QToolButton(self)
        more.setText(self.tr("Vergleichen und Vorlagen"))
        more.setMenu(self.canvas_menu)
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        row.addWidget(more)

    def export_picture(self) -> None:
        from app.ui.canvas.picture_export import export_canvas_picture

        if self.model is not None:
            export_canvas_picture(self, self.ws, self.model.canvas_id)

    def _with_editor(self, action) -> None:  # type: ignore[no-untyped-def]
        if self.editor is not None:
            action(self.editor)

    def _with_view(self, action) -> None:  # type: ignore[no-untyped-def]
        if self.view is not None:
            action(self.view)

    def say(self, text: str) -> None:
        self.status.setText(text)

    # ------------------------------------------------------------------ canvases
    def refresh_canvases(self, select: str | None = None) -> None:
        self.picker.clear()
        for c in ops.list_canvases(self.ws):
            label = self.tr("{0} (Version {1}, {2} Karten) – {3}").format(c.title, c.version, c.card_count,
                                                                        c.template_name)
            self.picker.addItem(label, c.id)
        if select is not None:
            self.picker.setCurrentIndex(max(0, self.picker.findData(select)))

    def _load_authors(self) -> None:
        self._authors = {a.id: (a.name, a.detail) for a in ops.list_author_choices(self.ws)}
        combo = self.bars.author
        while combo.count() > 1:
            combo.removeItem(1)
        for pid, (name, group) in self._authors.items():
            combo.addItem(f"{name} ({group})" if group else name, pid)

    def new_canvas(self) -> None:
        dialog = NewCanvasDialog(ops.list_templates(self.ws), self)
        preferred = dialog.template.findData(self.tools.preferred_template_id)
        if preferred >= 0:
            dialog.template.setCurrentIndex(preferred)
        if dialog.exec():
            template_id, title = dialog.values()
            summary = ops.create_canvas(self.ws, template_id, title)
            self.refresh_canvases(select=summary.id)
            self.open_canvas(summary.id)

    def open_canvas(self, canvas_id: str) -> None:
        if self.presentation is not None:
            self.presentation.close()
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
        self.model = BoardModel.load(self.ws, canvas_id, self)
        self.scene = BoardScene(self.model, board_theme(), parent=self)
        self.editor = BoardEditor(self.model, self.scene, self)
        self.editor.message.connect(self.say)
        self.editor.private_mode = self.bars.actions["private"].isChecked()
        self._set_author(self.bars.author.currentData())
        self.view = CanvasView(self.scene, self.editor)
        self.gestures.attach(self.view)
        announce_cards(self.scene, self.view)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.picker.setCurrentIndex(max(0, self.picker.findData(canvas_id)))
        self._set_filter(self.bars.current_filter())
        self.vote_bar.set_canvas(canvas_id)
        self._show_dots(self.vote_bar.dot_counts())
        self._refresh_comment_counts()
        self.comments.hide()
        self.view.fit_to_screen()
        self.view.setFocus()
        self.say(self.tr("Tipp: N = neue Karte, Enter = bearbeiten, Pfeiltasten = von Karte zu Karte, "
                         "Entf = löschen, Strg+Z = rückgängig."))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._with_view(lambda v: v.fit_to_screen())

    # ------------------------------------------------------------------ card actions
    def new_card(self) -> None:
        if self.editor is not None and self.view is not None:
            self.view.setFocus()
            centre = self.view.mapToScene(self.view.viewport().rect().center())
            self.editor.start_new_card(self.editor.current_block(centre))

    def _selected(self) -> list[str]:
        return self.scene.selected_card_ids() if self.scene is not None else []

    def _need_one(self) -> str | None:
        selected = self._selected()
        if len(selected) != 1:
            self.say(self.tr("Bitte genau eine Karte auswählen."))
            return None
        return selected[0]

    def cluster_selected(self) -> None:
        if self.editor is None or not self._selected():
            self.say(self.tr("Bitte zuerst die Karten auswählen, die zusammengehören."))
            return
        title, ok = QInputDialog.getText(self, self.tr("Gruppe bilden"), self.tr("Überschrift der Gruppe:"))
        if ok and title.strip():
            self.editor.cluster_selected(title)

    def link_actors(self) -> None:
        card_id = self._need_one()
        if card_id is None or self.editor is None or self.model is None:
            return
        card = self.model.cards[card_id]
        dialog = ActorPickerDialog(ops.list_actor_choices(self.ws), card.actor_ids, self)
        if not dialog.exec():
            return
        wanted = dialog.checked_ids()
        stack = self.editor.undo_stack
        stack.beginMacro(self.tr("Akteure verknüpfen"))
        for actor_id in sorted(wanted - set(card.actor_ids)):
            self.editor.link_actor(card_id, actor_id, dialog.names.get(actor_id, ""))
        for actor_id in sorted(set(card.actor_ids) - wanted):
            self.editor.link_actor(card_id, actor_id, "", link=False)
        stack.endMacro()

    def edit_amount(self) -> None:
        card_id = self._need_one()
        if card_id is None or self.editor is None or self.model is None:
            return
        card = self.model.cards[card_id]
        dialog = AmountDialog(card.amount_cents, card.amount_period, self)
        if dialog.exec():
            cents, period = dialog.result_value
            self.editor.set_amount(card_id, cents, period)

    def _set_private_mode(self, on: bool) -> None:
        self._with_editor(lambda e: setattr(e, "private_mode", on))
        self.say(self.tr("Privat schreiben: neue Karten erscheinen verdeckt.") if on else "")

    def _set_author(self, author_id: str | None) -> None:
        if self.editor is not None:
            self.editor.author_id = author_id
            self.editor.author_group = self._authors.get(author_id, ("", None))[1] if author_id else None

    def _fill_reveal_menu(self) -> None:
        self.reveal_menu.clear()
        if self.model is None:
            return
        hidden = [c for c in self.model.cards.values() if c.private]
        if not hidden:
            self.reveal_menu.addAction(self.tr("Keine verdeckten Karten")).setEnabled(False)
            return
        self.reveal_menu.addAction(self.tr("Alle aufdecken ({0})").format(len(hidden)), lambda: self._reveal(None))
        per_author: dict[str, int] = {}
        for c in hidden:
            if c.author_id:
                per_author[c.author_id] = per_author.get(c.author_id, 0) + 1
        if per_author:
            self.reveal_menu.addSeparator()
        for author_id, count in per_author.items():
            name = self._authors.get(author_id, (self.tr("unbekannt"), ""))[0]
            self.reveal_menu.addAction(self.tr("Nur {0} ({1})").format(name, count),
                                       lambda a=author_id: self._reveal(a))

    def _reveal(self, author_id: str | None) -> None:
        if self.editor is not None:
            self.say(self.tr("{0} Karten aufgedeckt.").format(self.editor.reveal(author_id)))

    def _set_filter(self, flt: CardFilter) -> None:
        if self.model is None:
            return
        self.model.set_filter(flt)
        self.bars.show_matches(None if flt.is_empty() else len(self.model.matching_ids()))

    # ------------------------------------------------------------------ presentation
    def start_presentation(self) -> None:
        if self.scene is None or self.editor is None:
            return
        if self.presentation is not None:
            self.presentation.close()
            return
        screen, separate = presentation_screen(self.window())
        self.presentation = PresentationWindow(self.scene, self.editor, self.bars.text_px.value())
        self.presentation.closed.connect(self._presentation_closed)
        self.presentation.show_on(screen)
        if separate:
            self.say(self.tr("Präsentation auf „{0}“; die Bedienung bleibt hier.").format(screen.name()))
        else:
            self.say(self.tr("Nur ein Bildschirm gefunden: die Präsentation füllt diesen Bildschirm. "
                             "Esc beendet sie, Strg+Plus/Minus ändert die Schrift."))

    def _presentation_closed(self) -> None:
        self.presentation = None
        self._with_view(lambda v: v.fit_to_screen())

    def _presentation_text_px(self, px: int) -> None:
        if self.presentation is not None:
            self.presentation.set_text_px(px)

    # ------------------------------------------------------------------ refresh after other pages
    def refresh(self) -> None:
        """Shown again: other pages (or a merge) may have changed cards, names, comments or votes.

        The board is rebuilt only when what the workspace holds differs from what it shows.
        """
        current = self.model.canvas_id if self.model is not None else None
        self.refresh_canvases(select=current)
        author = self.bars.author.currentData()
        self._load_authors()
        self.bars.author.setCurrentIndex(max(0, self.bars.author.findData(author)))
        if current is None or self.picker.findData(current) < 0:
            if self.picker.count():
                self.open_canvas(self.picker.itemData(0))
            return
        if self.model is not None and self.editor is not None and self.editor.pending is None:
            fresh = ops.load_board(self.ws, current)
            if not same_board(fresh, self.model.snapshot()):
                self.model.reload(fresh)
        self.vote_bar.reload_rounds()
        self._refresh_comment_counts()

    # ------------------------------------------------------------------ comments on cards
    def _refresh_comment_counts(self) -> None:
        if self.model is not None:
            self.model.set_badges(comments=comments_ops.comment_counts(self.ws, self.model.canvas_id),
                                  conflicts=conflicted_records(self.ws, "cards"))

    def comment_selected(self) -> None:
        card_id = self._need_one()
        if card_id is None or self.model is None:
            return
        self.comments.show_card(card_id, self.model.cards[card_id].text)

    def card_menu(self, card_id: str) -> QMenu:
        return build_card_menu(self, card_id)

    # ------------------------------------------------------------------ voting on the board
    def set_voting(self, on: bool) -> None:
        """"Abstimmen": cards are touched to vote (not moved or edited); the points appear once allowed."""
        if on and self.editor is not None:
            self.editor.commit_edit()
        self.voting = on
        self.vote_bar.setVisible(on)
        self.bars.cards.setEnabled(not on)
        if on:
            self.vote_bar.reload_rounds()
        self._show_dots(self.vote_bar.dot_counts() if on else {})
        self.say(self.tr("Abstimmen: wählen, wer abstimmt, dann Karten antippen (oder mit den Pfeiltasten wählen "
                         "und Enter drücken).") if on else "")
        if self.view is not None:
            self.view.setFocus()
            # the bar took (or gave back) height: show the whole board again once the layout has settled
            QTimer.singleShot(0, lambda: self._with_view(lambda v: v.fit_to_screen()))

    def vote_on(self, card_id: str) -> bool:
        return self.voting and self.vote_bar.vote_for(card_id)

    def _show_dots(self, counts: dict[str, int]) -> None:
        if self.model is not None:
            self.model.set_badges(dots=counts if self.voting else {})

