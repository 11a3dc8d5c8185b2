"""Accessibility: names for every control, a visible focus frame, font scale everywhere, high contrast, the
board read out card by card, large hit targets in presentation mode, and agreement shown by more than colour."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableWidget, QWidget

from app.ui import theme
from app.ui.accessible_names import derived_name, name_unnamed_widgets, needs_name
from app.ui.canvas.painting import CONTRAST_THEME, NORMAL_THEME
from app.ui.navigation import NAVIGATION
from app.ui.participation.widgets import set_point_size


def open_demo(controller, demo_path, qtbot):
    controller.start(str(demo_path))
    window = controller.main_window
    qtbot.waitActive(window)
    return window


def test_every_control_on_every_page_has_an_accessible_name(controller, demo_path, qtbot):
    window = open_demo(controller, demo_path, qtbot)
    unnamed: list[str] = []
    for entry in NAVIGATION:
        window.select_area(entry.key)
        page = window.stack.currentWidget()
        unnamed += [f"{entry.key}: {type(w).__name__} in {type(w.parentWidget()).__name__}"
                    for w in page.findChildren(QWidget) if needs_name(w)]
    assert unnamed == []


def test_names_come_from_the_label_beside_the_placeholder_or_the_table_headings(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    row = QHBoxLayout(root)
    box = QComboBox()
    row.addWidget(QLabel("Leinwand:"))
    row.addWidget(box)
    edit = QLineEdit()
    edit.setPlaceholderText("Suchen …")
    row.addWidget(edit)
    table = QTableWidget(0, 2)
    table.setHorizontalHeaderLabels(["Name", "Status"])
    row.addWidget(table)
    assert derived_name(box) == "Leinwand"
    assert derived_name(edit) == "Suchen …"
    assert derived_name(table) == "Tabelle: Name, Status"
    assert name_unnamed_widgets(root) == []
    assert box.accessibleName() == "Leinwand"


def test_focused_line_edit_has_a_3px_frame_in_the_accent_colour(qtbot, qapp):
    theme.apply_theme(qapp, theme.DEFAULT_POINT_SIZE, contrast=False)
    root = QWidget()
    qtbot.addWidget(root)
    layout = QHBoxLayout(root)
    first, second = QLineEdit(), QLineEdit()
    layout.addWidget(first)
    layout.addWidget(second)
    root.show()
    qtbot.waitActive(root)
    second.setFocus()
    qtbot.waitUntil(lambda: second.hasFocus())
    image = second.grab().toImage()
    y = image.height() // 2
    frame = [QColor(image.pixel(x, y)).name() for x in range(theme.FOCUS_FRAME_PX)]
    assert frame == [QColor(theme.ACCENT).name()] * theme.FOCUS_FRAME_PX
    unfocused = first.grab().toImage()
    assert QColor(unfocused.pixel(2, y)).name() != QColor(theme.ACCENT).name()


def test_focus_rule_covers_every_kind_of_control_in_both_looks():
    for sheet in (theme.style_sheet(13), theme.contrast_style_sheet(13)):
        for selector in theme.FOCUS_SELECTORS:
            assert f"{selector}:focus" in sheet


def test_font_scale_175_grows_base_font_fixed_sizes_and_canvas_text(controller, demo_path, qtbot, qapp):
    window = open_demo(controller, demo_path, qtbot)
    window.view_settings["scale_175"].trigger()
    assert qapp.font().pointSize() == round(theme.DEFAULT_POINT_SIZE * 1.75)
    assert abs(theme.font_scale_percent() - 175) <= 3  # whole points: 23 pt is 177 %
    label = QLabel("x")
    set_point_size(label, 16)
    assert label.font().pointSize() == 28
    window.select_area("canvases")
    scene = window.stack.currentWidget().scene
    assert scene.theme.card_text_px == round(NORMAL_THEME.card_text_px * 1.75)
    assert window.view_settings["scale_175"].isChecked()  # the rebuilt menu shows the choice
    window.view_settings["scale_100"].trigger()
    assert qapp.font().pointSize() == theme.DEFAULT_POINT_SIZE


def test_font_scale_is_kept_between_100_and_200_percent():
    assert theme.store_font_scale(400) == 2 * theme.DEFAULT_POINT_SIZE
    assert theme.store_font_scale(50) == theme.DEFAULT_POINT_SIZE
    assert theme.store_font_scale(150) == round(1.5 * theme.DEFAULT_POINT_SIZE)


def test_high_contrast_is_black_on_white_everywhere_including_the_board(controller, demo_path, qtbot, qapp):
    window = open_demo(controller, demo_path, qtbot)
    window.view_settings["contrast"].trigger()
    assert theme.high_contrast()
    assert qapp.palette().window().color().name() == "#ffffff"
    assert qapp.palette().windowText().color().name() == "#000000"
    window.select_area("canvases")
    assert window.stack.currentWidget().scene.theme.name == CONTRAST_THEME.name
    window.view_settings["contrast"].trigger()
    assert not theme.high_contrast()
    assert QApplication.instance().palette().window().color().name() == theme.WINDOW


def test_board_reads_out_the_selected_card(controller, demo_path, qtbot):
    window = open_demo(controller, demo_path, qtbot)
    window.select_area("canvases")
    page = window.stack.currentWidget()
    card = next(c for c in page.model.cards.values() if not c.private and c.text.strip())
    assert "Keine Karte ausgewählt" in page.view.accessibleDescription()
    page.scene.card_items[card.id].setSelected(True)
    assert card.text.strip() in page.view.accessibleDescription()
    interface = QAccessible.queryAccessibleInterface(page.view)
    assert card.text.strip() in interface.text(QAccessible.Text.Description)
    assert page.view.accessibleName().startswith("Leinwand")


def test_cards_in_presentation_mode_are_hit_targets_of_at_least_44_px(controller, demo_path, qtbot):
    window = open_demo(controller, demo_path, qtbot)
    window.select_area("canvases")
    page = window.stack.currentWidget()
    page.start_presentation()
    presentation = page.presentation
    qtbot.waitUntil(lambda: presentation.isVisible())
    view = presentation.view
    sizes = [view.mapFromScene(item.sceneBoundingRect()).boundingRect().size()
             for item in page.scene.card_items.values()]
    assert sizes and min(min(s.width(), s.height()) for s in sizes) >= 44
    presentation.close()
