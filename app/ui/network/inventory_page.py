"""The "Akteure" page: the inventory with filters and search, the actor's details and outreach log,
the follow-up list, the outreach funnel, the import of existing lists and the invitation list export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.operations.actors_ops import ActorFilter, list_actors
from app.operations.categories_ops import list_categories
from app.operations.cooperation_ops import list_networks
from app.operations.errors import OperationRefused
from app.operations.outreach_ops import export_invitation_list
from app.store.disk_errors import user_message
from app.store.workspace_file import WorkspaceFile

from .actor_extras import AppearancesTab, CostBenefitTab, ServicesTab
from .actor_form import OUTREACH_STATUSES, ActorFormWidget
from .categories_dialog import CategoriesDialog
from .import_dialog import ImportDialog
from .outreach_widgets import DueContactsWidget, FunnelWidget, OutreachLogWidget
from .widgets import MessageLine, fill_category_combo, item, setup_table

#: table column -> sort key of the operations (None: not sortable)
_C = "InventoryPage"
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP(_C, "Name")),
    ("category", QT_TRANSLATE_NOOP(_C, "Kategorie")),
    ("kind", QT_TRANSLATE_NOOP(_C, "Art")),
    ("outreach_status", QT_TRANSLATE_NOOP(_C, "Status")),
    ("key_partner", QT_TRANSLATE_NOOP(_C, "Schlüsselpartner")),
    ("city", QT_TRANSLATE_NOOP(_C, "Ort")),
    (None, QT_TRANSLATE_NOOP(_C, "Ansprechperson")),
    (None, QT_TRANSLATE_NOOP(_C, "Telefon")),
    (None, QT_TRANSLATE_NOOP(_C, "Netzwerke")),
)


class InventoryPage(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.sort_by = "name"
        self.descending = False
        # filter bar
        self.category = QComboBox()
        self.kind = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("Alle Status"), "")
        for s in OUTREACH_STATUSES:
            self.status.addItem(s, s)
        self.key_partner = QComboBox()
        self.key_partner.addItem(self.tr("Schlüsselpartner: alle"), None)
        self.key_partner.addItem(self.tr("nur Schlüsselpartner"), True)
        self.key_partner.addItem(self.tr("ohne Schlüsselpartner"), False)
        self.network = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen: Name, Ort, Ansprechperson …"))
        self.search.setClearButtonEnabled(True)
        for combo in (self.category, self.kind, self.status, self.key_partner, self.network):
            combo.currentIndexChanged.connect(self.refresh_table)
        self.search.textChanged.connect(self.refresh_table)
        filters = QHBoxLayout()
        for w in (self.category, self.kind, self.status, self.key_partner, self.network):
            filters.addWidget(w)
        filters.addWidget(self.search, 1)
        # actions
        new = QPushButton(self.tr("Neuer Akteur"))
        new.clicked.connect(self.new_actor)
        imp = QPushButton(self.tr("Liste importieren …"))
        imp.clicked.connect(self.open_import)
        inv = QPushButton(self.tr("Einladungsliste exportieren …"))
        inv.clicked.connect(self.export_invitations)
        cats = QPushButton(self.tr("Kategorien …"))
        cats.clicked.connect(self.edit_categories)
        self.count_label = QLabel()
        actions = QHBoxLayout()
        for w in (new, imp, inv, cats):
            actions.addWidget(w)
        actions.addStretch()
        actions.addWidget(self.count_label)
        self.message = MessageLine()
        # table + details
        self.table = QTableWidget()
        setup_table(self.table, [self.tr(label) for _key, label in COLUMNS])
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by_column)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.form = ActorFormWidget(ws)
        self.form.saved.connect(self._saved)
        self.log = OutreachLogWidget(ws)
        self.log.logged.connect(lambda _id: self.refresh_all())
        self.services = ServicesTab(ws)
        self.costs = CostBenefitTab(ws)
        self.appearances = AppearancesTab(ws)
        self.details = QTabWidget()
        self.details.addTab(self.form, self.tr("Stammdaten"))
        self.details.addTab(self.log, self.tr("Kontakte"))
        self.details.addTab(self.services, self.tr("Angebote"))
        self.details.addTab(self.costs, self.tr("Kosten/Nutzen"))
        self.details.addTab(self.appearances, self.tr("Vorkommen"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([900, 600])
        inventory = QWidget()
        inv_layout = QVBoxLayout(inventory)
        inv_layout.addLayout(filters)
        inv_layout.addLayout(actions)
        inv_layout.addWidget(self.message)
        inv_layout.addWidget(split, 1)
        # page tabs
        self.due = DueContactsWidget(ws)
        self.due.open_actor.connect(self.show_actor)
        self.funnel = FunnelWidget(ws)
        self.tabs = QTabWidget()
        self.tabs.addTab(inventory, self.tr("Bestand"))
        self.tabs.addTab(self.due, self.tr("Fällige Kontakte"))
        self.tabs.addTab(self.funnel, self.tr("Trichter"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self.refresh_all()

    # ------------------------------------------------------------------ data
    def refresh_all(self) -> None:
        from app.operations.actors_ops import known_kinds

        fill_category_combo(self.category, list_categories(self.ws), first=self.tr("Alle Kategorien"))
        self._fill(self.kind, self.tr("Alle Arten"), [(k, k) for k in known_kinds(self.ws)])
        self._fill(self.network, self.tr("Alle Netzwerke"), [(n.name, n.id) for n in list_networks(self.ws)])
        self.form.reload_choices()
        self.refresh_table()
        self.due.refresh()
        self.funnel.refresh()

    @staticmethod
    def _fill(combo: QComboBox, first: str, entries: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(first, None)
        for label, data in entries:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def current_filter(self) -> ActorFilter:
        return ActorFilter(category_id=self.category.currentData(), kind=self.kind.currentData() or "",
                           outreach_status=self.status.currentData() or "",
                           key_partner=self.key_partner.currentData(), network_id=self.network.currentData(),
                           search=self.search.text(), sort_by=self.sort_by, descending=self.descending)

    def refresh_table(self) -> None:
        selected = self.selected_actor_id()
        rows = list_actors(self.ws, self.current_filter())
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            values = (a.name, a.category, a.kind, a.outreach_status, self.tr("ja") if a.key_partner else "",
                      a.city, a.contact_person, a.phone, ", ".join(a.networks))
            for c, v in enumerate(values):
                self.table.setItem(r, c, item(v, data=a.id, color=a.color if c == 1 and a.category else ""))
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        self.count_label.setText(self.tr("%n Akteur(e)", "", len(rows)))
        if selected:
            self.select_actor(selected)

    def selected_actor_id(self) -> str:
        row = self.table.currentRow()
        it = self.table.item(row, 0) if row >= 0 else None
        return it.data(Qt.ItemDataRole.UserRole) if it else ""

    def select_actor(self, actor_id: str) -> bool:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == actor_id:
                self.table.selectRow(r)
                return True
        return False

    def _selection_changed(self) -> None:
        self._show_details(self.selected_actor_id())

    def _show_details(self, actor_id: str) -> None:
        self.form.show_actor(actor_id)
        self.log.show_actor(actor_id)
        self.services.show_actor(actor_id)
        self.costs.show_actor(actor_id)
        self.appearances.show_actor(actor_id)
        for i in range(1, self.details.count()):
            self.details.setTabEnabled(i, bool(actor_id))

    def show_actor(self, actor_id: str) -> None:
        """Open an actor from elsewhere (the follow-up list): clear filters that would hide it."""
        self.tabs.setCurrentIndex(0)
        if not self.select_actor(actor_id):
            for combo in (self.category, self.kind, self.status, self.key_partner, self.network):
                combo.setCurrentIndex(0)
            self.search.clear()
            self.select_actor(actor_id)
        self.details.setCurrentWidget(self.log)

    def _sort_by_column(self, column: int) -> None:
        key = COLUMNS[column][0]
        if key is None:
            return
        self.descending = not self.descending if key == self.sort_by else False
        self.sort_by = key
        self.table.horizontalHeader().setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder)
        self.refresh_table()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.due:
            self.due.refresh()
        elif self.tabs.widget(index) is self.funnel:
            self.funnel.refresh()

    # ------------------------------------------------------------------ actions
    def new_actor(self) -> None:
        self.table.clearSelection()
        self._show_details("")
        self.details.setCurrentWidget(self.form)

    def _saved(self, actor_id: str) -> None:
        self.refresh_all()
        self.select_actor(actor_id)

    def open_import(self) -> None:
        dialog = ImportDialog(self.ws, self)
        if dialog.exec() and dialog.result_ is not None:
            r = dialog.result_
            self.message.info(self.tr("Import abgeschlossen: %1 neu, %2 zusammengeführt, %3 übersprungen.")
                              .replace("%1", str(r.created)).replace("%2", str(r.merged))
                              .replace("%3", str(len(r.skipped))))
            self.refresh_all()

    def export_invitations(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Einladungsliste speichern"), "Einladungsliste.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV für Serienbriefe (*.csv)"))
        if name:
            self.export_invitations_to(Path(name))

    def export_invitations_to(self, target: Path) -> None:
        """Everyone shown in the table (the current filter) who has not declined."""
        ids = [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.table.rowCount())
               if self.table.item(r, 3).text() != "abgesagt"]
        try:
            n = export_invitation_list(self.ws, target, actor_ids=ids)
        except (OperationRefused, OSError) as exc:
            self.message.error(user_message(exc))
            return
        self.message.info(self.tr("%1 Einladungen gespeichert in %2.").replace("%1", str(n))
                          .replace("%2", target.name))

    def edit_categories(self) -> None:
        CategoriesDialog(self.ws, self).exec()
        self.refresh_all()
