"""Detail tabs of one actor beyond the master data: services, costs/benefits, and where the actor appears."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.operations.categories_ops import list_categories
from app.operations.cooperation_ops import where_appears
from app.operations.cost_benefit_ops import add_item, list_items, remove_item
from app.operations.errors import OperationRefused
from app.operations.services_ops import ServiceForm, remove_service, save_service, services_of
from app.store.workspace_file import WorkspaceFile

from .widgets import MessageLine, euro, fill_category_combo, item, setup_table

CB_DIMENSIONS = ("Zeit", "Geld", "Kundschaft", "Ansehen", "Wissen", "Vernetzung", "Risiko")


class ServicesTab(QWidget):
    changed = Signal()

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor_id = ""
        self.table = QTableWidget()
        setup_table(self.table, [self.tr("Angebot"), self.tr("Kategorie"), self.tr("Zielgruppe"), self.tr("Preis"),
                                 self.tr("Finanzierung")])
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Angebot, z. B. Einkaufsbegleitung"))
        self.category = QComboBox()
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("Zielgruppe"))
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("Preis in €"))
        self.price.setMaximumWidth(90)
        add = QPushButton(self.tr("Angebot hinzufügen"))
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("Entfernen"))
        remove.clicked.connect(self.remove)
        form = QHBoxLayout()
        for w in (self.name, self.category, self.target, self.price, add, remove):
            form.addWidget(w)
        self.message = MessageLine()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)

    def show_actor(self, actor_id: str) -> None:
        self.actor_id = actor_id
        fill_category_combo(self.category, list_categories(self.ws), first=self.tr("(Kategorie des Akteurs)"))
        self.message.clear_message()
        self.refresh()

    def refresh(self) -> None:
        rows = services_of(self.ws, self.actor_id) if self.actor_id else []
        self.table.setRowCount(len(rows))
        for r, sv in enumerate(rows):
            for c, v in enumerate((sv.name, sv.category, sv.target_group,
                                   euro(sv.price_cents) + (f" {sv.price_unit}" if sv.price_unit else ""),
                                   sv.financing)):
                self.table.setItem(r, c, item(v, data=sv.id))
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        cents = None
        if self.price.text().strip():
            try:
                cents = int(Decimal(self.price.text().strip().replace(".", "").replace(",", ".")) * 100)
            except InvalidOperation:
                self.message.error(self.tr("Der Preis ist keine Zahl."))
                return
        try:
            save_service(self.ws, ServiceForm(actor_id=self.actor_id, name=self.name.text(),
                                              category_id=self.category.currentData(),
                                              target_group=self.target.text().strip(), price_cents=cents))
        except OperationRefused as exc:
            self.message.error(str(exc))
            return
        self.name.clear()
        self.target.clear()
        self.price.clear()
        self.message.clear_message()
        self.refresh()
        self.changed.emit()

    def remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        remove_service(self.ws, self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
        self.refresh()
        self.changed.emit()


class CostBenefitTab(QWidget):
    """Costs and benefits of taking part, for this actor."""

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor_id = ""
        self.table = QTableWidget()
        setup_table(self.table, [self.tr("Art"), self.tr("Dimension"), self.tr("Gewicht"), self.tr("Notiz")])
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Kosten"), "cost")
        self.kind.addItem(self.tr("Nutzen"), "benefit")
        self.dimension = QComboBox()
        self.dimension.addItems(CB_DIMENSIONS)
        self.weight = QSpinBox()
        self.weight.setRange(1, 5)
        self.weight.setValue(3)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("z. B. Personal für Konferenzen"))
        add = QPushButton(self.tr("Hinzufügen"))
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("Entfernen"))
        remove.clicked.connect(self.remove)
        form = QHBoxLayout()
        for w in (self.kind, self.dimension, QLabel(self.tr("Gewicht 1–5")), self.weight, self.note, add, remove):
            form.addWidget(w)
        self.message = MessageLine()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)

    def show_actor(self, actor_id: str) -> None:
        self.actor_id = actor_id
        self.refresh()

    def refresh(self) -> None:
        rows = list_items(self.ws, actor_id=self.actor_id) if self.actor_id else []
        self.table.setRowCount(len(rows))
        for r, e in enumerate(rows):
            kind = self.tr("Kosten") if e.kind == "cost" else self.tr("Nutzen")
            for c, v in enumerate((kind, e.dimension, e.weight, e.note)):
                self.table.setItem(r, c, item(v, data=e.id, color="#ffe3e3" if e.kind == "cost" else "#e3f5e3"))

    def add(self) -> None:
        try:
            add_item(self.ws, actor_id=self.actor_id, kind=self.kind.currentData(),
                     dimension=self.dimension.currentText(), weight=self.weight.value(), note=self.note.text())
        except OperationRefused as exc:
            self.message.error(str(exc))
            return
        self.note.clear()
        self.refresh()

    def remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            remove_item(self.ws, self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
            self.refresh()


class AppearancesTab(QTextBrowser):
    """Where does this actor appear: canvas cards, participants, networks, cooperation links."""

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws

    def show_actor(self, actor_id: str) -> None:
        if not actor_id:
            self.clear()
            return
        ap = where_appears(self.ws, actor_id)
        parts = []

        def section(title: str, lines: list[str]) -> None:
            parts.append(f"<h3>{title}</h3>")
            parts.append("<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>" if lines
                         else "<p>" + self.tr("– keine –") + "</p>")

        esc = _escape
        section(self.tr("Karten auf Canvas"), [f"{esc(c[1])} / {esc(c[2])}: {esc(c[3])}" for c in ap.cards])
        section(self.tr("Teilnehmende"), [esc(p[1]) for p in ap.participants])
        section(self.tr("Netzwerke"), [f"{esc(n[1])} ({esc(n[2])})" for n in ap.networks])
        section(self.tr("Kooperationen"), [f"{esc(x[1])}: {esc(x[2])}, {esc(x[3])}" for x in ap.links])
        self.setHtml("".join(parts))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
