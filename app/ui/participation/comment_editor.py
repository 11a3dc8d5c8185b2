"""Form to change one comment afterwards: text, stance, ELSI aspects, barrier with status and planned measure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.operations import comments_ops
from app.operations.errors import OperationRefused
from app.ui.vocabulary import tr_word

from .widgets import MIN_HIT_PX, MessageLine

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


class CommentEditor(QGroupBox):
    saved = Signal(str)  # comment id

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kommentar bearbeiten"), parent)
        self.ws = ws
        self.comment_id: str | None = None
        self.text_edit = QLineEdit()
        self.stance_box = QComboBox()
        for stance in comments_ops.STANCES:
            self.stance_box.addItem(tr_word(stance), stance)
        self.tag_checks: dict[str, QCheckBox] = {}
        tags = QHBoxLayout()
        for tag in comments_ops.ELSI_TAGS:
            self.tag_checks[tag] = QCheckBox(tr_word(tag))
            tags.addWidget(self.tag_checks[tag])
        self.barrier_check = QCheckBox(self.tr("Umsetzungsbarriere"))
        self.status_box = QComboBox()
        for status in comments_ops.BARRIER_STATUSES:
            self.status_box.addItem(tr_word(status), status)
        self.measure_edit = QLineEdit()
        self.measure_edit.setPlaceholderText(self.tr("geplante Maßnahme"))
        self.save_button = QPushButton(self.tr("Änderungen speichern"))
        self.save_button.setMinimumHeight(MIN_HIT_PX)
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine(points=12)
        form = QFormLayout(self)
        form.addRow(self.tr("Text"), self.text_edit)
        form.addRow(self.tr("Haltung"), self.stance_box)
        form.addRow(self.tr("Aspekte"), tags)
        form.addRow("", self.barrier_check)
        form.addRow(self.tr("Stand"), self.status_box)
        form.addRow(self.tr("Maßnahme"), self.measure_edit)
        form.addRow(self.save_button)
        form.addRow(self.message)
        self.barrier_check.toggled.connect(self._barrier_toggled)
        self.show_comment(None)

    def _barrier_toggled(self, on: bool) -> None:
        self.status_box.setEnabled(on and self.comment_id is not None)
        self.measure_edit.setEnabled(on and self.comment_id is not None)

    def show_comment(self, comment: comments_ops.CommentInfo | None) -> None:
        self.comment_id = comment.id if comment else None
        self.message.clear_message()
        for widget in (self.text_edit, self.stance_box, self.barrier_check, self.save_button,
                       *self.tag_checks.values()):
            widget.setEnabled(comment is not None)
        self.text_edit.setText(comment.text if comment else "")
        self.stance_box.setCurrentIndex(max(0, self.stance_box.findData(comment.stance if comment else "neutral")))
        for tag, check in self.tag_checks.items():
            check.setChecked(bool(comment and tag in comment.elsi_tags))
        self.barrier_check.setChecked(bool(comment and comment.barrier))
        status = comment.barrier_status if comment and comment.barrier_status else comments_ops.BARRIER_STATUSES[0]
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(status)))
        self.measure_edit.setText(comment.barrier_measure if comment else "")
        self._barrier_toggled(self.barrier_check.isChecked())

    def save(self) -> bool:
        if self.comment_id is None:
            return False
        barrier = self.barrier_check.isChecked()
        try:
            comments_ops.edit_comment(
                self.ws, self.comment_id, text=self.text_edit.text(), stance=self.stance_box.currentData(),
                elsi_tags=[t for t, c in self.tag_checks.items() if c.isChecked()], barrier=barrier,
                barrier_status=self.status_box.currentData() if barrier else "",
                barrier_measure=self.measure_edit.text() if barrier else "")
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            return False
        self.message.show_ok(self.tr("Gespeichert."))
        self.saved.emit(self.comment_id)
        return True
