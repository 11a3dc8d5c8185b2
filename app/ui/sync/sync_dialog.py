""""Synchronisieren" (Datei menu): merge packages, make a package, sync with the hub, prepare a laptop, and review
conflicts. Slow work runs off the GUI thread with a progress bar; afterwards a German summary says what came in
(new, changed, conflicts) and the window's pages reload.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.operations.actors_ops import list_actors
from app.operations.canvas_board import list_canvases
from app.operations.sync_ops import MergeResult, PartialMerge, merge_sources, prepare_laptop
from app.operations.transport_ops import (
    PackResult,
    hub_address,
    needs_passphrase,
    pack_workspace,
    sync_with_password,
)
from app.store.workspace_file import WorkspaceFile
from app.ui.background import BackgroundTask

from .conflicts_panel import ConflictsPanel
from .sync_tabs import HubTab, MergeTab, PackTab, PrepareTab
from .sync_texts import summary_counts, tally_text


class SyncDialog(QDialog):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None,
                 on_changed: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Synchronisieren"))
        self.ws = ws
        self.on_changed = on_changed
        self.task: BackgroundTask | None = None
        self._after_task: Callable[[], None] | None = None
        self.last_result: Any = None
        stem = ws.path.stem
        self.merge_tab = MergeTab()
        self.pack_tab = PackTab(ws.path.with_name(f"{stem}.qwpaket"))
        self.hub_tab = HubTab(hub_address(ws))
        self.prepare_tab = PrepareTab(
            ws.path.with_name(f"{stem}-Laptop.werkstatt"),
            [(c.id, f"{c.title} (V{c.version})") for c in list_canvases(ws)],
            [(a.id, a.name) for a in list_actors(ws)])
        self.conflicts = ConflictsPanel(ws)
        self.conflicts.resolved.connect(self._changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.merge_tab, self.tr("Pakete zusammenführen"))
        self.tabs.addTab(self.pack_tab, self.tr("Paket erstellen"))
        self.tabs.addTab(self.hub_tab, self.tr("Mit Server abgleichen"))
        self.tabs.addTab(self.prepare_tab, self.tr("Laptop vorbereiten"))
        self.tabs.addTab(self.conflicts, self.conflicts_title())
        self.merge_tab.run_button.clicked.connect(lambda: self.start_merge())
        self.pack_tab.run_button.clicked.connect(self.start_pack)
        self.hub_tab.run_button.clicked.connect(self.start_hub)
        self.prepare_tab.run_button.clicked.connect(self.start_prepare)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.cancel_button = QPushButton(self.tr("Abbre&chen"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("Ergebnis"))
        self.summary.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(close)
        self.resize(900, 640)

    def conflicts_title(self) -> str:
        count = len(self.conflicts.conflicts)
        return self.tr("Konflikte ({n})").format(n=count) if count else self.tr("Konflikte")

    # ------------------------------------------------------------------ running work
    def busy(self) -> bool:
        return self.task is not None

    def _run(self, label: str, work: Callable[..., Any], on_done: Callable[[Any], None], *,
             cancellable: bool = False) -> None:
        if self.busy():
            return
        self.summary.clear()
        self.status.setText(label)
        self.progress.setRange(0, 100 if cancellable else 0)  # no steps to count: a busy bar
        self.progress.setValue(0)
        self.cancel_button.setEnabled(cancellable)
        self.tabs.setEnabled(False)
        task = BackgroundTask(work, self)
        task.progressed.connect(lambda p, text: (self.progress.setValue(p), self.status.setText(text)))
        task.succeeded.connect(lambda result: self._succeeded(result, on_done))
        task.failed.connect(self._failed)
        task.done.connect(self._finished)
        self.task = task
        task.start()

    def _succeeded(self, result: Any, on_done: Callable[[Any], None]) -> None:
        self.last_result = result
        on_done(result)

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Nicht geklappt."))
        self.summary.setPlainText(message)
        QMessageBox.warning(self, self.tr("Synchronisieren"), message)

    def _finished(self) -> None:
        self.task = None
        self.progress.setRange(0, 100)
        self.progress.setValue(100)
        self.cancel_button.setEnabled(False)
        self.tabs.setEnabled(True)
        after, self._after_task = self._after_task, None
        if after is not None:
            after()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Wird nach der laufenden Quelle angehalten …"))

    def reject(self) -> None:
        if self.busy():
            return  # a merge is one transaction per source: let the running one finish
        super().reject()

    def ask_secret(self, title: str, label: str) -> str | None:
        """A password typed now (hidden); None when the user cancels."""
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def _changed(self) -> None:
        self.conflicts.refresh()
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), self.conflicts_title())
        if self.on_changed is not None:
            self.on_changed()

    # ------------------------------------------------------------------ merge
    def start_merge(self, sources: list[Path] | None = None, *, adopt: bool = False) -> None:
        """Merge the listed sources; ``adopt`` takes independently created workspaces over as new records (asked
        for after such a source was refused)."""
        sources = list(sources) if sources is not None else self.merge_tab.paths()
        if not sources:
            QMessageBox.information(self, self.tr("Zusammenführen"),
                                    self.tr("Bitte zuerst Pakete oder Werkstatt-Dateien hinzufügen."))
            return
        passphrase = None
        if any(needs_passphrase(p) for p in sources):
            passphrase = self.ask_secret(self.tr("Verschlüsseltes Paket"),
                                         self.tr("Passwort für die verschlüsselten Pakete:"))
            if passphrase is None:
                return
        ws = self.ws

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            try:
                return merge_sources(ws, sources, passphrase, progress=progress, cancelled=cancelled, adopt=adopt)
            except PartialMerge as refused:  # what was merged stays merged: show it with the refusal
                return refused

        self._run(self.tr("Wird zusammengeführt …"), work,
                  lambda result: self._merged(result, len(sources)), cancellable=True)

    def _merged(self, result: MergeResult | PartialMerge, wanted: int) -> None:
        refused = result if isinstance(result, PartialMerge) else None
        summaries = refused.merged if refused is not None else result.summaries  # type: ignore[union-attr]
        lines = []
        counts = [summary_counts(s) for s in summaries]
        for s, (n, c, k) in zip(summaries, counts, strict=True):
            lines.append(self.tr("{source}: {tally}").format(source=s.source, tally=tally_text(n, c, k)))
        new, changed, conflicts = (sum(column) for column in zip(*counts, strict=True)) if counts else (0, 0, 0)
        if summaries or refused is None:
            lines.append(self.tr("Zusammen: {tally}").format(tally=tally_text(new, changed, conflicts)))
        if refused is not None:
            lines.append(str(refused))
        elif len(summaries) < wanted:
            lines.append(self.tr("Abgebrochen: {done} von {wanted} Quellen wurden übernommen, die übrigen nicht.")
                         .format(done=len(summaries), wanted=wanted))
        self.status.setText(self.tr("Zusammengeführt.") if refused is None else self.tr("Nicht alles zusammengeführt."))
        self.summary.setPlainText("\n".join(lines))
        self._changed()
        if conflicts:
            self.tabs.setCurrentWidget(self.conflicts)
        if refused is not None and refused.foreign:
            foreign = refused.foreign
            self._after_task = lambda: self.offer_adoption(foreign)  # once this merge has finished

    def offer_adoption(self, foreign: list[Path]) -> None:
        """A source created independently of this workspace was refused: offer to take its content over as new
        records (templates and categories matched)."""
        if self.ask_adoption(", ".join(p.name for p in foreign)):
            self.start_merge(foreign, adopt=True)

    def ask_adoption(self, names: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Andere Werkstatt"),
                          self.tr("{names} wurde nicht mit »Laptop vorbereiten« aus dieser Werkstatt angelegt, "
                                  "sondern unabhängig davon. Solche Dateien werden nicht einfach "
                                  "zusammengeführt.\n\nSollen ihre Inhalte trotzdem als neue Einträge übernommen "
                                  "werden? Vorlagen und Kategorien werden den vorhandenen zugeordnet, nicht "
                                  "verdoppelt.").format(names=names), parent=self)
        adopt = box.addButton(self.tr("Als neue Einträge übernehmen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Nicht übernehmen"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is adopt

    # ------------------------------------------------------------------ pack
    def start_pack(self) -> None:
        target = Path(self.pack_tab.target.text().strip())
        passphrase = self.pack_tab.passphrase.text()
        if passphrase != self.pack_tab.repeat.text():
            QMessageBox.warning(self, self.tr("Paket erstellen"),
                                self.tr("Die beiden Passwörter stimmen nicht überein."))
            return
        if not target.name:
            return
        ws = self.ws
        self._run(self.tr("Paket wird erstellt …"),
                  lambda progress, cancelled: pack_workspace(ws, target, passphrase or None), self._packed)

    def _packed(self, result: PackResult) -> None:
        kind = self.tr("verschlüsselt") if result.encrypted else self.tr("unverschlüsselt")
        self.status.setText(self.tr("Paket erstellt."))
        self.summary.setPlainText(self.tr("Paket {name} geschrieben: {rows} Einträge, {kind}.")
                                  .format(name=result.path.name, rows=result.rows, kind=kind))

    # ------------------------------------------------------------------ hub
    def start_hub(self) -> None:
        address = self.hub_tab.address.text().strip()
        if not address:
            QMessageBox.information(self, self.tr("Server"), self.tr("Bitte die Adresse des Servers eintragen."))
            return
        password = self.ask_secret(self.tr("Server-Passwort"),
                                   self.tr("Passwort für den Server (wird nicht gespeichert):"))
        if password is None:
            return
        ws = self.ws
        self._run(self.tr("Abgleich mit dem Server …"),
                  lambda progress, cancelled: sync_with_password(ws, address, password), self._synced)

    def _synced(self, result: Any) -> None:
        self.status.setText(self.tr("Abgleich fertig."))
        self.summary.setPlainText("\n".join([
            self.tr("Gesendet: {tally}").format(tally=tally_text(*summary_counts(result.pushed))),
            self.tr("Geholt: {tally}").format(tally=tally_text(*summary_counts(result.pulled))),
        ]))
        self._changed()

    # ------------------------------------------------------------------ prepare a laptop
    def start_prepare(self) -> None:
        tab = self.prepare_tab
        target = Path(tab.target.text().strip())
        if target.exists():
            QMessageBox.warning(self, self.tr("Laptop vorbereiten"),
                                self.tr("Die Datei {name} gibt es schon; bitte einen neuen Namen wählen.")
                                .format(name=target.name))
            return
        if tab.chosen.isChecked() and not (tab.checked(tab.canvas_list) or not tab.canvas_list.count()):
            QMessageBox.warning(self, self.tr("Laptop vorbereiten"), self.tr("Bitte mindestens ein Modell wählen."))
            return
        canvases, actors = tab.selection()
        ws = self.ws
        self._run(self.tr("Laptop-Datei wird erstellt …"),
                  lambda progress, cancelled: prepare_laptop(ws, target, canvases, actors), self._prepared)

    def _prepared(self, result: Any) -> None:
        self.status.setText(self.tr("Laptop-Datei erstellt."))
        lines = [self.tr("{name} ist bereit (eigene Gerätekennung). Nach der Veranstaltung unter »Pakete "
                         "zusammenführen« zurückholen.").format(name=result.path.name)]
        for label, count in result.left_out.items():
            lines.append(self.tr("nicht mitgenommen: {count} {what}").format(count=count, what=label))
        self.summary.setPlainText("\n".join(lines))


def open_sync_dialog(window: QMainWindow) -> None:
    """From the Datei menu: the dialog on the window's workspace; pages reload after a merge or resolution."""
    context = getattr(window, "context", None)

    def reload_pages() -> None:
        if context is not None:
            context.data_changed.emit("")
        stack = getattr(window, "stack", None)
        page = stack.currentWidget() if stack is not None else None
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    dialog = SyncDialog(window.workspace, window, on_changed=reload_pages)  # type: ignore[attr-defined]
    dialog.exec()
