"""The "Kooperation" page: links between actors, the network picture, key partners, networks, costs and
benefits, the Quartier's service catalogue with gaps and overlaps, and the compatibility matrix."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.operations import cooperation_ops
from app.operations.errors import OperationRefused
from app.store.workspace_file import WorkspaceFile

from .compatibility_tab import CompatibilityTab
from .cooperation_tabs import CatalogueTab, CostBenefitMatrixTab, KeyPartnersTab, NetworksTab
from .graph_view import LINK_TYPES, NetworkGraphWidget
from .link_dialog import AddLinkDialog
from .widgets import MessageLine, item, setup_table

STATUS_COLORS = {"potenziell": "", "vereinbart": "#fff3c4", "aktiv": "#d9f2d9"}


class LinksTab(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.link_type = QComboBox()
        self.link_type.addItem(self.tr("Alle Arten"), "")
        for t in LINK_TYPES:
            self.link_type.addItem(t, t)
        self.link_type.currentIndexChanged.connect(self.refresh)
        add = QPushButton(self.tr("Verbindung hinzufügen …"))
        add.clicked.connect(self.add_link)
        remove = QPushButton(self.tr("Entfernen"))
        remove.clicked.connect(self.remove_link)
        self.table = QTableWidget()
        setup_table(self.table, [self.tr("Akteur"), self.tr("Akteur"), self.tr("Art"), self.tr("Stand"),
                                 self.tr("Beschreibung"), self.tr("Kompatibilität")])
        self.message = MessageLine()
        top = QHBoxLayout()
        top.addWidget(self.link_type)
        top.addStretch()
        top.addWidget(add)
        top.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        rows = cooperation_ops.list_links(self.ws, link_type=self.link_type.currentData() or "")
        self.table.setRowCount(len(rows))
        for r, x in enumerate(rows):
            compat = x.override_verdict or x.compatibility
            for c, v in enumerate((x.actor_a, x.actor_b, x.link_type, x.status, x.description, compat)):
                self.table.setItem(r, c, item(v, data=x.id, color=STATUS_COLORS.get(x.status, "") if c == 3 else ""))
        self.table.resizeColumnsToContents()

    def make_dialog(self) -> AddLinkDialog:
        return AddLinkDialog(self.ws, self)

    def add_link(self) -> None:
        dialog = self.make_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        try:
            cooperation_ops.add_link(self.ws, v["actor_a_id"], v["actor_b_id"], link_type=v["link_type"],
                                     status=v["status"], description=v["description"])
        except OperationRefused as exc:
            self.message.error(str(exc))
            return
        self.message.info(self.tr("Verbindung gespeichert."))
        self.refresh()

    def remove_link(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            cooperation_ops.remove_link(self.ws, self.table.item(r, 0).data(Qt.ItemDataRole.UserRole))
            self.refresh()


class CooperationPage(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.links = LinksTab(ws)
        self.graph = NetworkGraphWidget(ws)
        self.key_partners = KeyPartnersTab(ws)
        self.networks = NetworksTab(ws)
        self.cost_benefit = CostBenefitMatrixTab(ws)
        self.catalogue = CatalogueTab(ws)
        self.compatibility = CompatibilityTab(ws)
        self.tabs = QTabWidget()
        for widget, title in ((self.links, self.tr("Verbindungen")), (self.graph, self.tr("Netzwerkbild")),
                              (self.key_partners, self.tr("Schlüsselpartner")), (self.networks, self.tr("Netzwerke")),
                              (self.cost_benefit, self.tr("Kosten/Nutzen")),
                              (self.catalogue, self.tr("Angebote im Quartier")),
                              (self.compatibility, self.tr("Kompatibilität"))):
            self.tabs.addTab(widget, title)
        self.tabs.currentChanged.connect(self._refresh_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self._refresh_current(0)

    def _refresh_current(self, index: int) -> None:
        """Only the visible tab is computed (the graph layout and the matrix are the costly ones)."""
        widget = self.tabs.widget(index)
        if widget is self.graph:
            self.graph.reload()
        elif hasattr(widget, "refresh"):
            widget.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._refresh_current(self.tabs.currentIndex())
