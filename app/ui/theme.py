"""A calm, high-contrast light theme with large type, readable from the back of a room on a projector.

The base font size is a user setting ("ui/font_point_size") because rooms and projectors differ; every other
size in the style sheet is derived from it, so "Schrift größer" scales the whole app at once.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from app.ui.settings import app_settings

DEFAULT_POINT_SIZE = 13
MIN_POINT_SIZE = 10
MAX_POINT_SIZE = 24

ACCENT = "#1d4f91"
ACCENT_DARK = "#163d70"
TEXT = "#1a1a1a"
MUTED_TEXT = "#4a4a4a"
WINDOW = "#f3f2ee"
BASE = "#ffffff"
ALTERNATE = "#f0f4f9"
BORDER = "#9a9a9a"


def stored_point_size() -> int:
    try:
        size = int(app_settings().value("ui/font_point_size", DEFAULT_POINT_SIZE))
    except (TypeError, ValueError):
        size = DEFAULT_POINT_SIZE
    return max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))


def store_point_size(size: int) -> int:
    size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
    settings = app_settings()
    settings.setValue("ui/font_point_size", size)
    settings.sync()
    return size


def _palette() -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    for r, color in (
        (role.Window, WINDOW),
        (role.WindowText, TEXT),
        (role.Base, BASE),
        (role.AlternateBase, ALTERNATE),
        (role.Text, TEXT),
        (role.Button, "#e6e4de"),
        (role.ButtonText, TEXT),
        (role.Highlight, ACCENT),
        (role.HighlightedText, "#ffffff"),
        (role.ToolTipBase, "#fffbe6"),
        (role.ToolTipText, TEXT),
        (role.PlaceholderText, "#6b6b6b"),
        (role.Link, ACCENT),
    ):
        pal.setColor(r, QColor(color))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#8a8a8a"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#8a8a8a"))
    return pal


def style_sheet(pt: int) -> str:
    return f"""
    QLabel#pageTitle {{ font-size: {pt + 9}pt; font-weight: bold; color: {TEXT}; }}
    QLabel#pageHint {{ color: {MUTED_TEXT}; }}
    QLabel#emptyHint {{ color: {MUTED_TEXT}; font-size: {pt + 2}pt; padding: 24px; }}
    QLabel#welcomeTitle {{ font-size: {pt + 16}pt; font-weight: bold; color: {ACCENT_DARK}; }}
    QLabel#welcomeSubtitle {{ font-size: {pt + 3}pt; color: {MUTED_TEXT}; }}
    QLabel#sectionTitle {{ font-size: {pt + 3}pt; font-weight: bold; }}
    QListWidget#navigation {{
        background: #e7ebf1; border: none; border-right: 1px solid {BORDER}; font-size: {pt + 2}pt;
        outline: none;
    }}
    QListWidget#navigation::item {{ padding: 12px 18px; border-left: 6px solid transparent; color: {TEXT}; }}
    QListWidget#navigation::item:selected {{
        background: {ACCENT}; color: #ffffff; border-left: 6px solid #f2b705;
    }}
    QListWidget#navigation::item:hover:!selected {{ background: #d9dfe8; }}
    QListWidget#recentFiles {{ font-size: {pt + 1}pt; }}
    QListWidget#recentFiles::item {{ padding: 8px; }}
    QPushButton {{
        background: #e6e4de; border: 1px solid {BORDER}; border-radius: 6px; padding: 8px 18px; color: {TEXT};
    }}
    QPushButton:hover {{ background: #dcd9d1; }}
    QPushButton:focus {{ border: 3px solid {ACCENT}; }}
    QPushButton#bigButton {{
        font-size: {pt + 3}pt; padding: 16px 28px; min-width: 16em; text-align: left;
        background: {ACCENT}; color: #ffffff; border: 3px solid {ACCENT};
    }}
    QPushButton#bigButton:hover {{ background: {ACCENT_DARK}; }}
    QPushButton#bigButton:focus {{ border: 3px solid #f2b705; }}
    QTableView {{ gridline-color: #d0d0d0; selection-background-color: {ACCENT}; }}
    QTableView::item {{ padding: 0px 8px; }}
    QLineEdit {{ padding: 6px 8px; border: 1px solid {BORDER}; border-radius: 4px; background: {BASE}; }}
    QLineEdit:focus {{ border: 2px solid {ACCENT}; }}
    QHeaderView::section {{
        background: #e6e4de; padding: 6px 8px; border: none; border-bottom: 2px solid {BORDER};
        font-weight: bold;
    }}
    QStatusBar QLabel {{ padding: 2px 8px; }}
    QLabel#savedBadge {{ color: #1e6b34; font-weight: bold; }}
    """


def apply_theme(app: QApplication, point_size: int | None = None) -> int:
    """Apply style, palette, base font and style sheet; returns the point size used."""
    pt = stored_point_size() if point_size is None else point_size
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(_palette())
    font = QFont(app.font())
    font.setPointSize(pt)
    app.setFont(font)
    app.setStyleSheet(style_sheet(pt))
    return pt
