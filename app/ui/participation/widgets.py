"""Small widgets shared by the participation pages: large type for the projector, and a message line that says
in words whether something worked (never by colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from app.ui import theme

#: Smallest height of anything one clicks on at the shared screen (touch and shaky hands).
MIN_HIT_PX = 48


def set_point_size(widget: QWidget, points: int, *, bold: bool = False) -> None:
    font = widget.font()
    font.setPointSize(theme.scaled(points))
    font.setBold(bold)
    widget.setFont(font)


def compact_combo(box: QComboBox, characters: int = 14) -> QComboBox:
    """Keep a combo box from growing to its longest entry, so a row of controls fits a 1920 px screen."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    return box


class MessageLine(QLabel):
    """One line of feedback: "Nicht angenommen: …" on a light red ground, or a plain confirmation.

    Empty, it collapses, unless ``keep_space`` (on the shared screen the cards must not jump while people click).
    """

    def __init__(self, parent: QWidget | None = None, *, points: int = 16, keep_space: bool = False) -> None:
        super().__init__(parent)
        self.keep_space = keep_space
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_point_size(self, points, bold=True)
        self.setMinimumHeight(MIN_HIT_PX)
        self.kind = ""
        self.clear_message()

    def show_refusal(self, message: str) -> None:
        self.kind = "refusal"
        self.setVisible(True)
        self.setText(self.tr("Nicht angenommen: %1").replace("%1", message))
        self.setStyleSheet("QLabel { background: #fde2e1; color: #7a0d0a; border: 2px solid #b3261e;"
                           " border-radius: 6px; padding: 8px; }")

    def show_ok(self, message: str) -> None:
        self.kind = "ok"
        self.setVisible(True)
        self.setText(message)
        self.setStyleSheet("QLabel { background: #e3f1e5; color: #174d22; border: 2px solid #2e7d32;"
                           " border-radius: 6px; padding: 8px; }")

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.setStyleSheet("QLabel { padding: 8px; }")
        if not self.keep_space:
            self.setVisible(False)


class WrappingButton(QPushButton):
    """A big button whose text wraps over several lines (a card text can be long)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, points: int = 20) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        set_point_size(self.label, points)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.label)
        self.setMinimumHeight(max(MIN_HIT_PX, 72))
        self.setAccessibleName(text.replace("\n", " "))  # the text is on a child label, not the button
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = self.layout().sizeHint()
        return QSize(max(hint.width(), 220), max(hint.height(), 72))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        return max(72, self.layout().heightForWidth(width))

    def set_label_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text.replace("\n", " "))

    def text_shown(self) -> str:
        return self.label.text()
