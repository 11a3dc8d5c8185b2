"""Tabs of the cooperation page: key partners, networks with members, cost/benefit matrix, service catalogue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.operations import cooperation_ops
from app.operations.actors_ops import key_partners, list_actors
from app.operations.cost_benefit_ops import overview_matrix
from app.operations.errors import OperationRefused
from app.operations.services_ops import catalogue, gaps, overlaps
from app.store.workspace_file import WorkspaceFile

from .widgets import MessageLine, euro, item, setup_table


class KeyPartnersTab(QTableWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        setup_table(self, [self.tr("Schlüsselpartner"), self.tr("Kategorie"), self.tr("Art"), self.tr("Status"),
                           self.tr("Ansprechperson"), self.tr("Telefon"), self.tr("Netzwerke")])

    def refresh(self) -> None:
        rows = key_partners(self.ws)
        self.setRowCount(len(rows))
        for r, a in enumerate(rows):
            for c, v in enumerate((a.name, a.category, a.kind, a.outreach_status, a.contact_person, a.phone,
                                   ", ".join(a.networks))):
                self.setItem(r, c, item(v, data=a.id, color=a.color if c == 1 and a.category else ""))
        self.resizeColumnsToContents()


class NetworksTab(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.networks = QListWidget()
        self.networks.currentRowChanged.connect(self._show_members)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name des Netzwerks, z. B. Netzwerk 60+ Schaffrath"))
        add_net = QPushButton(self.tr("Netzwerk anlegen"))
        add_net.clicked.connect(self.add_network)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Netzwerke")))
        left.addWidget(self.networks, 1)
        left.addWidget(self.new_name)
        left.addWidget(add_net)
        self.members = QTableWidget()
        setup_table(self.members, [self.tr("Mitglied"), self.tr("Rolle")])
        self.actor = QComboBox()
        self.role = QLineEdit(self.tr("Mitglied"))
        add_member = QPushButton(self.tr("Aufnehmen"))
        add_member.clicked.connect(self.add_member)
        remove_member = QPushButton(self.tr("Entfernen"))
        remove_member.clicked.connect(self.remove_member)
        self.coordinator = QLabel()
        right = QVBoxLayout()
        right.addWidget(self.coordinator)
        right.addWidget(self.members, 1)
        row = QHBoxLayout()
        for w in (self.actor, self.role, add_member, remove_member):
            row.addWidget(w)
        right.addLayout(row)
        self.message = MessageLine()
        right.addWidget(self.message)
        lw, rw = QWidget(), QWidget()
        lw.setLayout(left)
        rw.setLayout(right)
        split = QSplitter()
        split.addWidget(lw)
        split.addWidget(rw)
        split.setSizes([300, 600])
        QVBoxLayout(self).addWidget(split)
        self.rows: list[cooperation_ops.NetworkRow] = []

    def refresh(self) -> None:
        current = self.networks.currentRow()
        self.rows = cooperation_ops.list_networks(self.ws)
        self.networks.blockSignals(True)
        self.networks.clear()
        for n in self.rows:
            it = QListWidgetItem(self.tr("%1 (%2 Mitglieder)").replace("%1", n.name).replace("%2", str(len(n.members))))
            it.setData(Qt.ItemDataRole.UserRole, n.id)
            self.networks.addItem(it)
        self.networks.blockSignals(False)
        self.actor.clear()
        for a in list_actors(self.ws):
            self.actor.addItem(a.name, a.id)
        self.networks.setCurrentRow(min(max(current, 0), len(self.rows) - 1))
        self._show_members(self.networks.currentRow())

    def _show_members(self, row: int) -> None:
        net = self.rows[row] if 0 <= row < len(self.rows) else None
        members = net.members if net else ()
        self.coordinator.setText(self.tr("Koordination: %1").replace("%1", net.coordinator or "–") if net else "")
        self.members.setRowCount(len(members))
        for r, m in enumerate(members):
            self.members.setItem(r, 0, item(m.actor_name, data=m.membership_id))
            self.members.setItem(r, 1, item(m.role))
        self.members.resizeColumnsToContents()

    def _run(self, action, *args) -> None:  # type: ignore[no-untyped-def]
        try:
            action(self.ws, *args)
        except OperationRefused as exc:
            self.message.error(str(exc))
            return
        self.message.clear_message()
        self.refresh()

    def add_network(self) -> None:
        self._run(cooperation_ops.create_network, self.new_name.text())
        self.new_name.clear()

    def add_member(self) -> None:
        it = self.networks.currentItem()
        if it and self.actor.currentData():
            self._run(cooperation_ops.add_member, it.data(Qt.ItemDataRole.UserRole), self.actor.currentData(),
                      self.role.text())

    def remove_member(self) -> None:
        r = self.members.currentRow()
        if r >= 0:
            self._run(cooperation_ops.remove_member, self.members.item(r, 0).data(Qt.ItemDataRole.UserRole))


class CostBenefitMatrixTab(QWidget):
    """Categories × dimensions: sum of cost weights / sum of benefit weights, written out as "K 6 · N 5"."""

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.table = QTableWidget()
        note = QLabel(self.tr("Je Zelle: Summe der Gewichte der Kosten (K) und des Nutzens (N) aus Sicht der "
                              "Akteure. Einträge erfassen Sie beim Akteur im Reiter »Kosten/Nutzen«."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        m = overview_matrix(self.ws)
        self.table.setColumnCount(len(m.dimensions))
        self.table.setHorizontalHeaderLabels(list(m.dimensions))
        self.table.setRowCount(len(m.categories))
        self.table.setVerticalHeaderLabels([name for _id, name in m.categories])
        for r, (cid, _name) in enumerate(m.categories):
            for c, dim in enumerate(m.dimensions):
                cost, benefit = m.cell(cid, dim)
                text = f"K {cost} · N {benefit}" if cost or benefit else "–"
                color = "" if cost == benefit else ("#ffe3e3" if cost > benefit else "#e3f5e3")
                self.table.setItem(r, c, item(text, color=color))
        self.table.resizeColumnsToContents()


class CatalogueTab(QWidget):
    """The Quartier's one combined catalogue, with the gaps (unserved needs) and overlaps (pooling chances)."""

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.table = QTableWidget()
        setup_table(self.table, [self.tr("Kategorie"), self.tr("Angebot"), self.tr("Anbieter"), self.tr("Zielgruppe"),
                                 self.tr("Preis"), self.tr("Finanzierung"), self.tr("Erreichbarkeit")])
        self.gaps = QTableWidget()
        setup_table(self.gaps, [self.tr("Bedarf (Karte)"), self.tr("Canvas"), self.tr("Feld")])
        self.overlaps = QTableWidget()
        setup_table(self.overlaps, [self.tr("Kategorie"), self.tr("Anbieter"), self.tr("Angebote")])
        gaps_box = QGroupBox(self.tr("Lücken: Bedarfe ohne passendes Angebot"))
        gl = QVBoxLayout(gaps_box)
        hint = QLabel(self.tr("Karten aus »Zielgruppen« und »Wertangebot« der Kooperationsmodelle, zu denen kein "
                              "Angebot ein gemeinsames Stichwort hat (Name, Kategorie oder Zielgruppe)."))
        hint.setWordWrap(True)
        gl.addWidget(hint)
        gl.addWidget(self.gaps)
        ov_box = QGroupBox(self.tr("Überschneidungen: mehrere Anbieter in einer Kategorie – Ressourcen bündeln?"))
        QVBoxLayout(ov_box).addWidget(self.overlaps)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(gaps_box)
        bottom.addWidget(ov_box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        QVBoxLayout(self).addWidget(split)

    def refresh(self) -> None:
        rows = catalogue(self.ws)
        self.table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            price = euro(s.price_cents) + (f" {s.price_unit}" if s.price_unit else "")
            for c, v in enumerate((s.category, s.name, s.actor_name, s.target_group, price, s.financing,
                                   s.accessibility)):
                self.table.setItem(r, c, item(v))
        self.table.resizeColumnsToContents()
        g = gaps(self.ws)
        self.gaps.setRowCount(len(g))
        for r, gap in enumerate(g):
            for c, v in enumerate((gap.text, gap.canvas_title, gap.block_key)):
                self.gaps.setItem(r, c, item(v))
        self.gaps.resizeColumnsToContents()
        o = overlaps(self.ws)
        self.overlaps.setRowCount(len(o))
        for r, ov in enumerate(o):
            for c, v in enumerate((ov.category, ", ".join(ov.actor_names), ", ".join(ov.service_names))):
                self.overlaps.setItem(r, c, item(v))
        self.overlaps.resizeColumnsToContents()
