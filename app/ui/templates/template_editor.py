"""The template editor: the board drawn to scale, blocks added, moved, resized and renamed, checked, then saved.

Every edit is one command on the editor's own undo stack; nothing is written until "Speichern", which goes through
``app.operations.template_ops`` (a refused template changes nothing). A built-in template is never changed: what
the facilitator edits is saved as a new, own template.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QResizeEvent, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGraphicsScene,
    QGraphicsView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.templates import TemplateDef, validate_template
from app.operations.template_ops import (
    TemplateRefused,
    free_template_key,
    load_template,
    save_custom_template,
)
from app.ui.canvas.comparison_table import readable_font
from app.ui.templates.block_item import BlockItem
from app.ui.templates.template_commands import (
    AddBlockCommand,
    ChangeBlockCommand,
    ChangeTemplateCommand,
    RemoveBlockCommand,
)
from app.ui.templates.template_draft import (
    BLOCK_COLOURS,
    DEFAULT_BLOCK_H,
    DEFAULT_BLOCK_W,
    GRID,
    BlockDraft,
    TemplateDraft,
    slug,
)

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


class BoardScene(QGraphicsScene):
    """The white board with a light 20-unit grid (a stronger line every 100 units) drawn behind the blocks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = QRectF()

    def set_board(self, width: float, height: float) -> None:
        self.board = QRectF(0, 0, width, height)
        self.setSceneRect(self.board.adjusted(-40, -40, 40, 40))
        self.update()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor("#d9d7d0"))
        painter.fillRect(self.board, QColor("#ffffff"))
        for step, colour in ((GRID, "#f0f0f0"), (GRID * 5, "#dcdcdc")):
            painter.setPen(QPen(QColor(colour), 1))
            x = self.board.left()
            while x <= self.board.right():
                painter.drawLine(int(x), int(self.board.top()), int(x), int(self.board.bottom()))
                x += step
            y = self.board.top()
            while y <= self.board.bottom():
                painter.drawLine(int(self.board.left()), int(y), int(self.board.right()), int(y))
                y += step
        painter.setPen(QPen(QColor("#5c6b7a"), 3))
        painter.drawRect(self.board)


class BoardView(QGraphicsView):
    """Always shows the whole board, scaled to the space it has."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        scene = self.scene()
        if scene is not None:
            self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class TemplateEditor(QDialog):
    def __init__(self, ws: WorkspaceFile, template_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.saved_template_id: str | None = None
        self.setFont(readable_font(self.font()))
        self.undo_stack = QUndoStack(self)
        self.template_id, definition, note = self._start(template_id)
        self.draft = TemplateDraft(definition, keys_locked=template_id is not None, parent=self)
        self.items: dict[int, BlockItem] = {}
        self._current: int | None = None
        self.setWindowTitle(self.tr("Vorlage bearbeiten: {name}").format(name=definition.name))

        self.scene = BoardScene(self)
        self.scene.set_board(definition.width, definition.height)
        self.view = BoardView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(640, 420)
        self._build_side(note)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.side, 2)

        self.draft.block_added.connect(self._on_block_added)
        self.draft.block_changed.connect(self._on_block_changed)
        self.draft.block_removed.connect(self._on_block_removed)
        self.draft.template_changed.connect(self._on_template_changed)
        self.scene.selectionChanged.connect(self._on_selection_changed)
        for uid in self.draft.blocks:
            self._on_block_added(uid)
        self._on_template_changed()
        self._show_block(None)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected)
        self.resize(1400, 860)

    def _start(self, template_id: str | None) -> tuple[str | None, TemplateDef, str]:
        """Which template to save to (None = a new one), what to edit, and a note for the facilitator."""
        if template_id is None:
            key = free_template_key(self._ws, "eigene_vorlage")
            return None, TemplateDef(key, self.tr("Neue Vorlage"), "", 2400, 1400), ""
        info = load_template(self._ws, template_id)
        if not info.builtin:
            return template_id, info.definition, ""
        copy = replace(info.definition, name=self.tr("{name} (Kopie)").format(name=info.name),
                       key=free_template_key(self._ws, f"{info.key}_kopie"))
        return None, copy, self.tr("Diese Vorlage wird mitgeliefert und bleibt unverändert. "
                                   "Ihre Änderungen werden als neue, eigene Vorlage gespeichert.")

    # ------------------------------------------------------------------ side form
    def _build_side(self, note: str) -> None:
        self.side = QWidget()
        self.side.setMaximumWidth(560)
        side = QVBoxLayout(self.side)
        if note:
            info = QLabel(note)
            info.setWordWrap(True)
            side.addWidget(info)
        tpl = QGroupBox(self.tr("Vorlage"))
        form = QFormLayout(tpl)
        self.name_edit = QLineEdit(self.draft.name)
        self.description_edit = QLineEdit(self.draft.description)
        self.width_spin, self.height_spin = QSpinBox(), QSpinBox()
        for spin, value in ((self.width_spin, self.draft.width), (self.height_spin, self.draft.height)):
            spin.setRange(int(GRID * 10), 10_000)
            spin.setSingleStep(int(GRID))
            spin.setValue(int(value))
            spin.editingFinished.connect(self._commit_template_fields)
        self.name_edit.editingFinished.connect(self._commit_template_fields)
        self.description_edit.editingFinished.connect(self._commit_template_fields)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Beschreibung:"), self.description_edit)
        form.addRow(self.tr("Breite:"), self.width_spin)
        form.addRow(self.tr("Höhe:"), self.height_spin)
        side.addWidget(tpl)

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Bereich hinzufügen"))
        self.delete_button = QPushButton(self.tr("Bereich löschen"))
        self.add_button.clicked.connect(self.add_block)
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        side.addLayout(row)

        self.block_box = QGroupBox(self.tr("Gewählter Bereich"))
        bform = QFormLayout(self.block_box)
        self.title_edit = QLineEdit()
        self.question_edit = QPlainTextEdit()
        self.question_edit.setFixedHeight(110)
        self.question_edit.installEventFilter(self)
        self.colour_box = QComboBox()
        names = (self.tr("Blau"), self.tr("Grün"), self.tr("Lila"), self.tr("Orange"), self.tr("Türkis"),
                 self.tr("Grau"), self.tr("Rosa"), self.tr("Gelb"))
        for colour, name in zip(BLOCK_COLOURS, names, strict=True):
            self.colour_box.addItem(name, colour)
            self.colour_box.setItemData(self.colour_box.count() - 1, QColor(colour), Qt.ItemDataRole.DecorationRole)
        self.geometry_label = QLabel()
        self.title_edit.editingFinished.connect(self._commit_block_fields)
        self.colour_box.activated.connect(lambda _i: self._commit_block_fields())
        bform.addRow(self.tr("Titel:"), self.title_edit)
        bform.addRow(self.tr("Leitfrage:"), self.question_edit)
        bform.addRow(self.tr("Farbe:"), self.colour_box)
        bform.addRow(self.tr("Lage:"), self.geometry_label)
        side.addWidget(self.block_box)
        hint = QLabel(self.tr("Ziehen verschiebt einen Bereich, die Ecke unten rechts ändert die Größe "
                              "(Raster 20). Doppelklick: Titel bearbeiten."))
        hint.setWordWrap(True)
        side.addWidget(hint)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        side.addWidget(self.problems, 1, Qt.AlignmentFlag.AlignTop)

        buttons = QHBoxLayout()
        undo = self.undo_stack.createUndoAction(self, self.tr("Rückgängig"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Wiederholen"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo, redo])
        self.undo_button, self.redo_button = QPushButton(self.tr("Rückgängig")), QPushButton(self.tr("Wiederholen"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Abbrechen"))
        cancel.clicked.connect(self.reject)
        for b in (self.add_button, self.delete_button, self.undo_button, self.redo_button, cancel, self.save_button):
            b.setAutoDefault(False)  # Return ends a text edit; it must not add a block or save
        for b in (self.undo_button, self.redo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        side.addLayout(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.question_edit and event.type() == QEvent.Type.FocusOut:
            self._commit_block_fields()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ user actions → commands
    def add_block(self) -> int:
        self._commit_pending()
        self.undo_stack.beginMacro(self.tr("Bereich hinzufügen"))
        spot = self.draft.free_spot()
        if spot is None:  # the board is full: make it taller by one block, in the same undo step
            bottom = max((b.y + b.h for b in self.draft.blocks.values()), default=0.0)
            spot = (GRID, bottom + GRID)
            height = max(self.draft.height, bottom + DEFAULT_BLOCK_H + 2 * GRID)
            self.undo_stack.push(ChangeTemplateCommand(self.draft, {"height": height}, self.tr("Fläche vergrößern")))
        uid = self.draft.new_uid()
        title = self.tr("Neuer Bereich")
        colour = BLOCK_COLOURS[len(self.draft.blocks) % len(BLOCK_COLOURS)]
        block = BlockDraft(uid, self.draft.free_key(slug(title)), title, "", spot[0], spot[1], DEFAULT_BLOCK_W,
                           DEFAULT_BLOCK_H, colour)
        self.undo_stack.push(AddBlockCommand(self.draft, block, self.tr("Bereich hinzufügen")))
        self.undo_stack.endMacro()
        self.select_block(uid)
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        return uid

    def delete_selected(self) -> None:
        if self._current is None:
            return
        uid = self._current
        self._current = None
        self.undo_stack.push(RemoveBlockCommand(self.draft, uid, self.tr("Bereich löschen")))
        self._show_block(None)

    def select_block(self, uid: int) -> None:
        self.scene.clearSelection()
        self.items[uid].setSelected(True)

    def _move_or_resize(self, uid: int, geometry: dict[str, float]) -> None:
        self.undo_stack.push(ChangeBlockCommand(self.draft, uid, dict(geometry), self.tr("Bereich verschieben")))

    def _activate(self, uid: int) -> None:
        self.select_block(uid)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _commit_block_fields(self) -> None:
        if self._current is None or self._current not in self.draft.blocks:
            return
        block = self.draft.block(self._current)
        values = {"title": self.title_edit.text().strip(), "question": self.question_edit.toPlainText().strip(),
                  "color": self.colour_box.currentData() or block.color}
        changed = {k: v for k, v in values.items() if getattr(block, k) != v}
        if changed:
            self.undo_stack.push(ChangeBlockCommand(self.draft, self._current, changed,
                                                    self.tr("Bereich bearbeiten")))

    def _commit_template_fields(self) -> None:
        values: dict[str, object] = {"name": self.name_edit.text().strip(),
                                     "description": self.description_edit.text().strip(),
                                     "width": float(self.width_spin.value()),
                                     "height": float(self.height_spin.value())}
        if self.template_id is None and values["name"] != self.draft.name and values["name"]:
            values["key"] = free_template_key(self._ws, slug(str(values["name"])))
        changed = {k: v for k, v in values.items() if getattr(self.draft, k) != v}
        if changed:
            self.undo_stack.push(ChangeTemplateCommand(self.draft, changed, self.tr("Vorlage bearbeiten")))

    def _commit_pending(self) -> None:
        self._commit_block_fields()
        self._commit_template_fields()

    def save(self) -> bool:
        self._commit_pending()
        try:
            self.saved_template_id = save_custom_template(self._ws, self.draft.to_definition(), self.template_id)
        except TemplateRefused as refused:
            self._show_problems(refused.messages, refused=True)
            return False
        self.template_id = self.saved_template_id
        self.accept()
        return True

    # ------------------------------------------------------------------ draft → view
    def _on_block_added(self, uid: int) -> None:
        item = BlockItem(self.draft.block(uid), self.scene.board, self._move_or_resize, self._activate)
        self.items[uid] = item
        self.scene.addItem(item)

    def _on_block_changed(self, uid: int) -> None:
        self.items[uid].sync(self.draft.block(uid))
        if uid == self._current:
            self._show_block(uid)

    def _on_block_removed(self, uid: int) -> None:
        item = self.items.pop(uid)
        self.scene.removeItem(item)
        if self._current == uid:
            self._show_block(None)

    def _on_template_changed(self) -> None:
        d = self.draft
        if self.scene.board.size().toTuple() != (d.width, d.height):
            self.scene.set_board(d.width, d.height)
            for item in self.items.values():
                item.set_board(self.scene.board)
            self.view.fit()
        for widget, value in ((self.name_edit, d.name), (self.description_edit, d.description)):
            if widget.text() != value:
                widget.setText(value)
        self.width_spin.setValue(int(d.width))
        self.height_spin.setValue(int(d.height))
        self._show_problems(validate_template(d.to_definition()))

    def _on_selection_changed(self) -> None:
        selected = [i for i in self.scene.selectedItems() if isinstance(i, BlockItem)]
        uid = selected[0].uid if selected else None
        if uid != self._current:
            self._commit_block_fields()
            self._show_block(uid)

    def _show_block(self, uid: int | None) -> None:
        self._current = uid
        self.block_box.setEnabled(uid is not None)
        self.delete_button.setEnabled(uid is not None)
        if uid is None:
            self.title_edit.clear()
            self.question_edit.clear()
            self.geometry_label.setText(self.tr("Kein Bereich gewählt."))
            return
        b = self.draft.block(uid)
        if self.title_edit.text() != b.title:
            self.title_edit.setText(b.title)
        if self.question_edit.toPlainText() != b.question:
            self.question_edit.setPlainText(b.question)
        index = self.colour_box.findData(b.color)
        if index < 0:  # a colour from a shipped or imported template that the list does not offer
            self.colour_box.addItem(self.tr("Bisherige Farbe"), b.color)
            index = self.colour_box.count() - 1
            self.colour_box.setItemData(index, QColor(b.color or "#f4f4f4"), Qt.ItemDataRole.DecorationRole)
        self.colour_box.setCurrentIndex(index)
        self.geometry_label.setText(self.tr("x {x:.0f}, y {y:.0f}, {w:.0f} × {h:.0f}").format(
            x=b.x, y=b.y, w=b.w, h=b.h))

    def _show_problems(self, messages: list[str], *, refused: bool = False) -> None:
        if not messages:
            self.problems.setText(self.tr("✓ Die Vorlage ist vollständig und kann gespeichert werden."))
            self.problems.setStyleSheet("color: #1b5e20;")
            return
        head = self.tr("Nicht gespeichert – bitte zuerst beheben:") if refused else self.tr("Noch zu beheben:")
        self.problems.setText("\n".join([head, *(f"• {m}" for m in messages)]))
        self.problems.setStyleSheet("color: #8a1c1c;")
