"""Blocks (the canvas areas) and cluster frames: views drawn below the cards."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.domain.card_amounts import BlockSum
from app.operations.canvas_data import BlockData, ClusterData

from .painting import Theme, block_header_height, cluster_heading_height, paint_block, paint_cluster

BLOCK_Z = -100.0
CLUSTER_Z = 1.0


class BlockItem(QGraphicsItem):
    def __init__(self, block: BlockData, theme: Theme, total: BlockSum | None = None) -> None:
        super().__init__()
        self.block = block
        self.total = total
        self._theme = theme
        self.setPos(block.x, block.y)
        self.setZValue(BLOCK_Z)
        self.setToolTip(f"{block.title}\n{block.question}")

    def set_total(self, total: BlockSum | None) -> None:
        if total != self.total:
            self.total = total
            self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def header_height(self) -> float:
        return block_header_height(self.block.title, self.block.question, self.block.w, self._theme)

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, self.block.w + 6, self.block.h + 6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        paint_block(painter, QRectF(0, 0, self.block.w, self.block.h), self.block.title, self.block.question,
                    self.block.color, self.total, self._theme, lod)


class ClusterItem(QGraphicsItem):
    """Frame around a cluster's cards; the scene tells it the cards' bounding rect after each change."""

    def __init__(self, cluster: ClusterData, theme: Theme) -> None:
        super().__init__()
        self.cluster = cluster
        self._theme = theme
        self._rect = QRectF()
        self.setZValue(CLUSTER_Z)
        self.setToolTip(cluster.title)

    def set_cluster(self, cluster: ClusterData) -> None:
        self.cluster = cluster
        self.setToolTip(cluster.title)
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def fit_cards(self, cards_rect: QRectF) -> None:
        """Frame the cards with a margin and room for the heading above them."""
        head = cluster_heading_height(self._theme)
        rect = cards_rect.adjusted(-12, -head - 6, 12, 12) if not cards_rect.isNull() else QRectF()
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._rect.isNull():
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        paint_cluster(painter, self._rect, self.cluster.title, self._theme, lod)
