"""A calm, high-contrast light theme with large type, readable from the back of a room on a projector.

The base font size is a user setting ("ui/font_point_size") because rooms and projectors differ; every other
size in the style sheet is derived from it, so "Schrift größer" scales the whole app at once. The font scale
(Ansicht → Schriftgröße, 100–200 %) is the same setting seen as a share of the default size; widgets that set
their own size (charts, headings, the canvas) ask ``scaled()`` so they grow with it.

A second look, "Hoher Kontrast" ("ui/high_contrast"), is pure black on white with thick borders for people
who see poorly. In both, the widget with the keyboard focus has a 3 px frame.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from app.ui.settings import app_settings

DEFAULT_POINT_SIZE = 13
MIN_POINT_SIZE = 10
MAX_POINT_SIZE = 2 * DEFAULT_POINT_SIZE  # 200 %
FONT_SCALES = (100, 125, 150, 175, 200)
FOCUS_FRAME_PX = 3

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


def font_scale() -> float:
    """The font scale as a factor (1.0 = 100 %), derived from the stored base point size."""
    return stored_point_size() / DEFAULT_POINT_SIZE


def font_scale_percent() -> int:
    return round(100 * font_scale())


def store_font_scale(percent: int) -> int:
    """Store a font scale (100–200 %) as the base point size; returns the point size stored."""
    percent = max(100, min(200, int(percent)))
    return store_point_size(round(DEFAULT_POINT_SIZE * percent / 100))


def scaled(points: float) -> int:
    """A fixed point size of some widget (a chart title, a heading) grown by the user's font scale."""
    return max(1, round(points * font_scale()))


def high_contrast() -> bool:
    value = app_settings().value("ui/high_contrast", False)
    return value in (True, "true", "1", 1)


def store_high_contrast(on: bool) -> None:
    settings = app_settings()
    settings.setValue("ui/high_contrast", bool(on))
    settings.sync()


_CONTRAST_PALETTE = (
    ("Window", "#ffffff"), ("WindowText", "#000000"), ("Base", "#ffffff"), ("AlternateBase", "#ffffff"),
    ("Text", "#000000"), ("Button", "#ffffff"), ("ButtonText", "#000000"), ("Highlight", "#000000"),
    ("HighlightedText", "#ffffff"), ("ToolTipBase", "#ffffff"), ("ToolTipText", "#000000"),
    ("PlaceholderText", "#333333"), ("Link", "#0000cc"),
)


def _contrast_palette() -> QPalette:
    pal = QPalette()
    for name, color in _CONTRAST_PALETTE:
        pal.setColor(getattr(QPalette.ColorRole, name), QColor(color))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#555555"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#555555"))
    return pal


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
    QHeaderView::section {{
        background: #e6e4de; padding: 6px 8px; border: none; border-bottom: 2px solid {BORDER};
        font-weight: bold;
    }}
    QStatusBar QLabel {{ padding: 2px 8px; }}
    QLabel#savedBadge {{ color: #1e6b34; font-weight: bold; }}
    {focus_rules(ACCENT)}
    """


#: widgets that take the keyboard focus and get the visible focus frame
FOCUS_SELECTORS = (
    "QAbstractButton", "QLineEdit", "QComboBox", "QAbstractSpinBox", "QAbstractItemView", "QTextEdit",
    "QPlainTextEdit", "QGraphicsView", "QTabBar", "QSlider", "QDateEdit",
)


def focus_rules(color: str) -> str:
    """A clear 3 px frame on whatever has the keyboard focus, so one always sees where typing goes."""
    selectors = ", ".join(f"{name}:focus" for name in FOCUS_SELECTORS)
    return f"{selectors} {{ border: {FOCUS_FRAME_PX}px solid {color}; }}"


def contrast_style_sheet(pt: int) -> str:
    """Black on white, thick black borders, bold headings; the focus frame is a thick orange-red."""
    return f"""
    * {{ color: #000000; }}
    QWidget {{ background: #ffffff; }}
    QLabel#pageTitle {{ font-size: {pt + 9}pt; font-weight: bold; }}
    QLabel#welcomeTitle {{ font-size: {pt + 16}pt; font-weight: bold; }}
    QLabel#welcomeSubtitle {{ font-size: {pt + 3}pt; }}
    QLabel#sectionTitle {{ font-size: {pt + 3}pt; font-weight: bold; }}
    QLabel#emptyHint {{ font-size: {pt + 2}pt; padding: 24px; }}
    QListWidget#navigation {{ border: none; border-right: 3px solid #000000; font-size: {pt + 2}pt; }}
    QListWidget#navigation::item {{ padding: 12px 18px; border-left: 8px solid transparent; }}
    QListWidget#navigation::item:selected {{ background: #000000; color: #ffffff; border-left: 8px solid #ffd400; }}
    QPushButton, QToolButton {{ border: 2px solid #000000; border-radius: 4px; padding: 8px 18px; }}
    QPushButton:hover, QToolButton:hover {{ background: #e8e8e8; }}
    QPushButton#bigButton {{ font-size: {pt + 3}pt; padding: 16px 28px; min-width: 16em; text-align: left;
        background: #000000; color: #ffffff; }}
    QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit {{ border: 2px solid #000000; padding: 6px; }}
    QTableView {{ gridline-color: #000000; selection-background-color: #000000; selection-color: #ffffff; }}
    QHeaderView::section {{ background: #ffffff; border: none; border-bottom: 3px solid #000000; padding: 6px;
        font-weight: bold; }}
    QTabBar::tab:selected {{ border-bottom: 4px solid #000000; font-weight: bold; }}
    {focus_rules("#d9480f")}
    """


def apply_theme(app: QApplication, point_size: int | None = None, contrast: bool | None = None) -> int:
    """Apply style, palette, base font and style sheet; returns the point size used."""
    pt = stored_point_size() if point_size is None else point_size
    contrast = high_contrast() if contrast is None else contrast
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(_contrast_palette() if contrast else _palette())
    font = QFont(app.font())
    font.setPointSize(pt)
    app.setFont(font)
    app.setStyleSheet(contrast_style_sheet(pt) if contrast else style_sheet(pt))
    return pt
