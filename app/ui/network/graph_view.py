"""The actor network as a picture: nodes carry the actor's name AND category name (colour is only a help),
edges show the link type in their tooltip and the status by line style. Positions come from the operations,
computed once for the whole network, so the picture does not jump when filtering."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsEllipseItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.operations.categories_ops import list_categories
from app.operations.cooperation_ops import NetworkGraph, network_graph
from app.store.workspace_file import WorkspaceFile
from app.ui import theme

from .widgets import fill_category_combo

LINK_TYPES = ("Schnittstelle", "Überleitung", "gemeinsames Angebot", "geteilte Ressourcen", "gemeinsame Finanzierung")
STATUS_STYLES = {"potenziell": Qt.PenStyle.DashLine, "vereinbart": Qt.PenStyle.DashDotLine,
                 "aktiv": Qt.PenStyle.SolidLine}
NODE_R = 14.0
MIN_SCALE = 0.8


class NetworkGraphWidget(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.graph: NetworkGraph | None = None
        self.category = QComboBox()
        self.link_type = QComboBox()
        self.link_type.addItem(self.tr("Alle Verbindungsarten"), "")
        for t in LINK_TYPES:
            self.link_type.addItem(t, t)
        self.only_linked = QCheckBox(self.tr("nur verbundene Akteure"))
        self.only_linked.setChecked(True)
        for w in (self.category, self.link_type):
            w.currentIndexChanged.connect(self.refresh)
        self.only_linked.toggled.connect(self.refresh)
        legend = QLabel(self.tr("Linien: durchgezogen = aktiv, Strich-Punkt = vereinbart, gestrichelt = potenziell. "
                                "Unter jedem Namen steht die Kategorie."))
        legend.setWordWrap(True)
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        top = QHBoxLayout()
        top.addWidget(self.category)
        top.addWidget(self.link_type)
        top.addWidget(self.only_linked)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(legend)
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        fill_category_combo(self.category, list_categories(self.ws), first=self.tr("Alle Kategorien"))
        self.refresh()

    def refresh(self) -> None:
        self.graph = network_graph(self.ws, category_id=self.category.currentData(),
                                   link_type=self.link_type.currentData() or "",
                                   only_linked=self.only_linked.isChecked())
        self.scene.clear()
        pos = {n.id: (n.x, n.y) for n in self.graph.nodes}
        for e in self.graph.edges:
            (x1, y1), (x2, y2) = pos[e.a], pos[e.b]
            pen = QPen(QColor("#444444"), 2.0, STATUS_STYLES.get(e.status, Qt.PenStyle.SolidLine))
            line = self.scene.addLine(x1, y1, x2, y2, pen)
            line.setToolTip(f"{e.link_type} ({e.status})")
            line.setZValue(0)
            label = QGraphicsSimpleTextItem(e.link_type)
            label.setBrush(QBrush(QColor("#555555")))
            f = QFont()
            f.setPointSizeF(theme.scaled(8))
            f.setItalic(True)
            label.setFont(f)
            br = label.boundingRect()
            label.setPos((x1 + x2) / 2 - br.width() / 2, (y1 + y2) / 2 - br.height() / 2)
            label.setZValue(1)
            self.scene.addItem(label)
        bold = QFont()
        bold.setBold(True)
        bold.setPointSizeF(theme.scaled(10))
        small = QFont()
        small.setPointSizeF(theme.scaled(9))
        for n in self.graph.nodes:
            dot = QGraphicsEllipseItem(QRectF(n.x - NODE_R, n.y - NODE_R, 2 * NODE_R, 2 * NODE_R))
            dot.setBrush(QBrush(QColor(n.color)))
            dot.setPen(QPen(QColor("#222222"), 1.5))
            dot.setToolTip(f"{n.name}\n{n.category}")
            dot.setZValue(2)
            self.scene.addItem(dot)
            y = n.y + NODE_R + 2
            for text, font in ((n.name, bold), (n.category, small)):
                t = QGraphicsSimpleTextItem(text)
                t.setFont(font)
                t.setBrush(QBrush(QColor("#000000")))
                br = t.boundingRect()
                t.setPos(n.x - br.width() / 2, y)
                t.setZValue(4)
                # a pale plate behind the text keeps it readable where a line passes
                plate = self.scene.addRect(QRectF(n.x - br.width() / 2 - 2, y, br.width() + 4, br.height()),
                                           QPen(Qt.PenStyle.NoPen), QBrush(QColor(255, 255, 255, 220)))
                plate.setZValue(3)
                self.scene.addItem(t)
                y += br.height()
        rect = self.scene.itemsBoundingRect().adjusted(-40, -40, 40, 40)
        self.scene.setSceneRect(rect)
        self._fit()

    def _fit(self) -> None:
        """Show everything, but never shrink names below legibility: then scroll instead."""
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        scale = self.view.transform().m11()
        if scale < MIN_SCALE or scale > 1.0:
            self.view.resetTransform()
            self.view.scale(min(max(scale, MIN_SCALE), 1.0), min(max(scale, MIN_SCALE), 1.0))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.scene.items():
            self._fit()
