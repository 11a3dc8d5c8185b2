"""The board as a QGraphicsScene that FOLLOWS the BoardModel: one item per card, updated from the model's signals.

The scene never writes to the workspace. A finished drag or resize is reported as a signal; the editor turns it
into one undo command, which changes the model, which moves the items to where the model says.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from app.operations.canvas_data import CardData, ClusterData

from . import occlusion
from .block_item import BlockItem, ClusterItem
from .board_model import BoardModel
from .card_item import CardItem
from .painting import NORMAL_THEME, Theme

BOARD_MARGIN = 40.0


class BoardScene(QGraphicsScene):
    #: [(card_id, old QPointF, new QPointF)] when a drag of one or many cards ends
    move_finished = Signal(list)
    #: card_id, old w, old h, new w, new h
    resize_finished = Signal(str, float, float, float, float)
    card_double_clicked = Signal(str)
    empty_double_clicked = Signal(QPointF)

    def __init__(self, model: BoardModel, theme: Theme = NORMAL_THEME, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.model = model
        self.theme = theme
        self.card_items: dict[str, CardItem] = {}
        self.block_items: dict[str, BlockItem] = {}
        self.cluster_items: dict[str, ClusterItem] = {}
        self._drag_start: dict[str, QPointF] = {}
        self._cluster_members: dict[str, set[str]] = {}
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._build()
        model.card_added.connect(self._on_card_added)
        model.card_changed.connect(self._on_card_changed)
        model.card_removed.connect(self._on_card_removed)
        model.cluster_added.connect(self._on_cluster_added)
        model.cluster_changed.connect(self._on_cluster_changed)
        model.cluster_removed.connect(self._on_cluster_removed)
        model.sums_changed.connect(self._on_sums_changed)
        model.filter_changed.connect(self.apply_filter)
        model.board_reset.connect(self._rebuild)
        model.badges_changed.connect(self._apply_badges)

    # ------------------------------------------------------------------ building
    def board_rect(self) -> QRectF:
        b = self.model.board
        return QRectF(0, 0, b.width, b.height)

    def _build(self) -> None:
        self.setBackgroundBrush(QBrush(QColor(self.theme.background)))
        self.setSceneRect(self.board_rect().adjusted(-BOARD_MARGIN, -BOARD_MARGIN, BOARD_MARGIN, BOARD_MARGIN))
        for block in self.model.board.blocks:
            item = BlockItem(block, self.theme, self.model.sums.get(block.key))
            self.block_items[block.key] = item
            self.addItem(item)
        for cluster in self.model.clusters.values():
            self._on_cluster_added(cluster)
        for card in self.model.cards.values():
            self._add_card_item(card)
        for cid in self.cluster_items:
            self._refit_cluster(cid)
        self.apply_filter()  # also decides which cards lie hidden under others

    def _rebuild(self) -> None:
        self.clear()
        self.card_items.clear()
        self.block_items.clear()
        self.cluster_items.clear()
        self._cluster_members.clear()
        self._build()

    def _add_card_item(self, card: CardData) -> CardItem:
        item = CardItem(card, self.theme, self.model.actor_names)
        self.card_items[card.id] = item
        item.set_badges(self.model.dot_counts.get(card.id, 0), self.model.comment_counts.get(card.id, 0),
                        conflict=card.id in self.model.conflict_ids)
        if card.cluster_id:
            self._cluster_members.setdefault(card.cluster_id, set()).add(card.id)
        self.addItem(item)
        return item

    # ------------------------------------------------------------------ following the model
    def _on_card_added(self, card: CardData) -> None:
        item = self._add_card_item(card)
        self._mark(item)
        if card.cluster_id:
            self._refit_cluster(card.cluster_id)
        self._recover(item.sceneBoundingRect())

    def _on_card_changed(self, card: CardData) -> None:
        item = self.card_items.get(card.id)
        if item is None:
            self._on_card_added(card)
            return
        old_cluster = item.card.cluster_id
        was = item.sceneBoundingRect()
        item.set_card(card)
        if old_cluster != card.cluster_id:
            if old_cluster:
                self._cluster_members.get(old_cluster, set()).discard(card.id)
            if card.cluster_id:
                self._cluster_members.setdefault(card.cluster_id, set()).add(card.id)
        self._mark(item)
        for cid in {old_cluster, card.cluster_id} - {None}:
            self._refit_cluster(cid)  # type: ignore[arg-type]
        self._recover(was.united(item.sceneBoundingRect()))

    def _on_card_removed(self, card_id: str) -> None:
        item = self.card_items.pop(card_id, None)
        if item is not None:
            cluster_id = item.card.cluster_id
            was = item.sceneBoundingRect()
            self.removeItem(item)
            self._recover(was)
            if cluster_id:
                self._cluster_members.get(cluster_id, set()).discard(card_id)
                self._refit_cluster(cluster_id)

    def _on_cluster_added(self, cluster: ClusterData) -> None:
        item = ClusterItem(cluster, self.theme)
        self.cluster_items[cluster.id] = item
        self.addItem(item)
        self._refit_cluster(cluster.id)

    def _on_cluster_changed(self, cluster: ClusterData) -> None:
        item = self.cluster_items.get(cluster.id)
        if item is None:
            self._on_cluster_added(cluster)
        else:
            item.set_cluster(cluster)
            self._refit_cluster(cluster.id)

    def _on_cluster_removed(self, cluster_id: str) -> None:
        item = self.cluster_items.pop(cluster_id, None)
        if item is not None:
            self.removeItem(item)

    def _on_sums_changed(self, sums: dict) -> None:  # type: ignore[type-arg]
        for key, item in self.block_items.items():
            item.set_total(sums.get(key))

    def _apply_badges(self) -> None:
        dots, comments = self.model.dot_counts, self.model.comment_counts
        for card_id, item in self.card_items.items():
            item.set_badges(dots.get(card_id, 0), comments.get(card_id, 0),
                            conflict=card_id in self.model.conflict_ids)

    def _refit_cluster(self, cluster_id: str) -> None:
        frame = self.cluster_items.get(cluster_id)
        if frame is None:
            return
        rect = QRectF()
        for card_id in self._cluster_members.get(cluster_id, ()):
            item = self.card_items.get(card_id)
            if item is not None:
                rect = rect.united(item.mapRectToScene(item.card_rect()))
        frame.fit_cards(rect)

    # ------------------------------------------------------------------ look
    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setBackgroundBrush(QBrush(QColor(theme.background)))
        for item in self.block_items.values():
            item.set_theme(theme)
        for item in self.card_items.values():
            item.set_theme(theme)
        for cid, frame in self.cluster_items.items():
            frame.set_theme(theme)
            self._refit_cluster(cid)
        occlusion.recompute_all(self.card_items.values())  # another type size: cards may have grown

    def set_cache_enabled(self, enabled: bool) -> None:
        """Item caches are pixmaps: wrong for SVG and PDF, where text must stay text.

        On screen the board runs without item caches, too: measured with 5,000 cards, a device cache per card
        overflows Qt's pixmap cache and repaints slower than plain painting (see tests/benchmarks/canvas_perf.py).
        """
        self.set_cache_mode(QGraphicsItem.CacheMode.DeviceCoordinateCache if enabled
                            else QGraphicsItem.CacheMode.NoCache)

    def set_cache_mode(self, mode: QGraphicsItem.CacheMode) -> None:
        for item in [*self.card_items.values(), *self.block_items.values()]:
            item.setCacheMode(mode)

    def apply_filter(self) -> None:
        for item in self.card_items.values():
            self._mark(item)
        occlusion.recompute_all(self.card_items.values())  # dimmed cards are translucent: they cover nothing

    def _items_at(self, area: QRectF | QPointF) -> list[QGraphicsItem]:
        """Items whose bounding rect touches ``area``, from the scene's index (no Python shape per item)."""
        if isinstance(area, QPointF):
            area = QRectF(area.x() - 0.5, area.y() - 0.5, 1.0, 1.0)
        return self.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect)

    def _recover(self, area: QRectF) -> None:
        """A card appeared, changed or went away in ``area``: decide again what lies hidden there."""
        occlusion.recompute_around(self._items_at, area)

    def _mark(self, item: CardItem) -> None:
        if self.model.card_filter.is_empty():
            item.set_marks(highlighted=False, dimmed=False)
            return
        hit = self.model.matches(item.card)
        item.set_marks(highlighted=hit, dimmed=not hit)

    # ------------------------------------------------------------------ queries for the editor
    def selected_card_ids(self) -> list[str]:
        return [i.card_id for i in self.selectedItems() if isinstance(i, CardItem)]

    def card_item_at(self, pos: QPointF) -> CardItem | None:
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    def select_only(self, card_ids: list[str]) -> None:
        self.clearSelection()
        for cid in card_ids:
            item = self.card_items.get(cid)
            if item is not None:
                item.setSelected(True)

    # ------------------------------------------------------------------ gestures
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._drag_start = {}
        if event.button() == Qt.MouseButton.LeftButton:
            grabber = self.mouseGrabberItem()
            if isinstance(grabber, CardItem):
                moving = [i for i in self.selectedItems() if isinstance(i, CardItem)] + [grabber]
                occlusion.uncover_under(self._items_at, moving)  # what they hide shows while they move
            if isinstance(grabber, CardItem) and not grabber.resizing():
                self._drag_start = {i.card_id: i.pos() for i in self.selectedItems() if isinstance(i, CardItem)}

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or not self._drag_start:
            return
        moved = []
        for cid, start in self._drag_start.items():
            item = self.card_items.get(cid)
            if item is not None and item.pos() != start:
                moved.append((cid, QPointF(start), QPointF(item.pos())))
        self._drag_start = {}
        if moved:
            self.move_finished.emit(moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.card_item_at(event.scenePos())
            if item is not None:
                self.card_double_clicked.emit(item.card_id)
            else:
                self.empty_double_clicked.emit(event.scenePos())
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
