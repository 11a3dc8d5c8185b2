"""Main window: every area shows its view with the workspace's rows; title, menus, state and lock handling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from app.store.errors import WorkspaceLocked
from app.store.workspace_file import WorkspaceFile
from app.ui import theme
from app.ui.help_dialogs import shortcut_rows
from app.ui.navigation import NAVIGATION
from app.ui.views.row_table import RowTableView
from tests.sample_workspace import fill_workspace, make_workspace
from tests.ui.widget_text import shown_texts

EXPECTED_ROW_TEXT = {
    "sessions": ["Dienstleisterkonferenz Frühjahr", "Dienstleisterkonferenz", "12.03.2025", "Bürgerhaus Schaffrath"],
    "canvases": ["Nachbarschaftshilfe Schaffrath", "Organisations-/Kooperationsmodell", "2", "aktiv"],
    "actors": ["Caritas-Pflegedienst", "Pflege", "Wohlfahrtsverband", "Partner", "ja"],
    "cooperation": ["Caritas-Pflegedienst", "Bäckerei Kötter", "gemeinsames Angebot", "vereinbart"],
    "financing": ["Einkaufshilfe mit §45b", "Nachbarschaftshilfe Schaffrath", "01.01.2025", "60"],
    "participants": ["Tulpe", "Bürger*innen"],
    "protocol": ["Dienstleisterkonferenz Frühjahr", "12.03.2025"],
}

#: full pages show fewer columns than the overview tables did; these texts must still be on them
EXPECTED_PAGE_TEXT = {
    "financing": ["Einkaufshilfe mit §45b"],
    "sessions": ["Dienstleisterkonferenz Frühjahr"],
    "canvases": ["Nachbarschaftshilfe Schaffrath (Version 2", "Organisations-/Kooperationsmodell"],
    "actors": ["Caritas-Pflegedienst", "Bäckerei Kötter"],
    "cooperation": ["Caritas-Pflegedienst", "Bäckerei Kötter"],
    "participants": ["Tulpe", "Bürger*innen"],
}


def shown_rows(view: RowTableView) -> list[list[str]]:
    model = view.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


@pytest.fixture
def filled(tmp_path):
    path = make_workspace(tmp_path / "schaffrath.werkstatt")
    fill_workspace(path)
    return path


def test_every_navigation_entry_shows_its_view_with_the_rows_of_the_file(controller, filled):
    controller.start(str(filled))
    window = controller.main_window
    assert window is not None and window.isVisible()
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "Sitzungen", "Modelle", "Akteure", "Kooperation", "Finanzierung", "Teilnehmende", "Protokoll"]
    for entry in NAVIGATION:
        window.select_area(entry.key)
        view = window.stack.currentWidget()
        assert view is window.view(entry.key)
        assert view.objectName() == f"view_{entry.key}"
        if isinstance(view, RowTableView):
            assert not view.showing_empty_hint
            rows = shown_rows(view)
        else:  # a full page: look for its expected texts anywhere on it
            rows = [shown_texts(view)]
        expected = EXPECTED_ROW_TEXT[entry.key] if isinstance(view, RowTableView) else \
            EXPECTED_PAGE_TEXT.get(entry.key, EXPECTED_ROW_TEXT[entry.key])
        assert any(all(any(text in cell for cell in row) for text in expected)
                   for row in rows), (entry.key, rows)
        flat = " ".join(" ".join(r) for r in rows)
        assert "Gelöschter Akteur" not in flat and "Abgesagter Termin" not in flat
        if entry.key != "participants":  # the roster itself is where the facilitator manages names
            assert "Erika" not in flat and "example.invalid" not in flat


def test_empty_workspace_shows_a_sentence_instead_of_an_empty_grid(controller, tmp_path, qtbot):
    from app.ui.views import overviews
    from app.ui.workspace_context import WorkspaceContext

    controller.start(str(make_workspace(tmp_path / "leer.werkstatt")))
    window = controller.main_window
    view = overviews.actors_view(WorkspaceContext(window.workspace))
    qtbot.addWidget(view)
    assert view.showing_empty_hint
    assert view.empty_label.text() == "Es sind noch keine Akteure erfasst."


def test_title_names_quartier_and_file_and_status_bar_says_saved_automatically(controller, filled):
    controller.start(str(filled))
    window = controller.main_window
    assert window.windowTitle() == "QuartiersWerkstatt – Schaffrath – schaffrath.werkstatt"
    assert "Automatisch gespeichert" in window.saved_label.text()
    assert "Speichern-Knopf" in window.saved_label.toolTip()


def test_window_holds_the_lock_and_releases_it_on_close(controller, filled):
    controller.start(str(filled))
    with pytest.raises(WorkspaceLocked):
        WorkspaceFile.open(filled)
    controller.main_window.close()
    assert controller.main_window is None
    WorkspaceFile.open(filled).close()


def test_close_returns_to_the_welcome_screen_with_the_file_in_recent(controller, filled):
    controller.start(str(filled))
    controller.main_window.close_to_welcome()
    assert controller.welcome.isVisible()
    assert controller.welcome.recent_paths() == [filled.resolve()]


def test_geometry_and_last_area_are_restored(controller, filled, qtbot):
    controller.start(str(filled))
    window = controller.main_window
    window.resize(720, 560)
    window.select_area("financing")
    qtbot.waitUntil(lambda: window.size() == QSize(720, 560))
    window.close_to_welcome()
    controller.open_path(filled, None)
    again = controller.main_window
    assert again is not window
    assert again.current_area() == "financing"
    assert again.stack.currentWidget() is again.view("financing")
    assert again.size() == QSize(720, 560)


def test_opening_another_file_replaces_the_window_and_releases_the_first(controller, filled, tmp_path):
    other = make_workspace(tmp_path / "hüllen.werkstatt", quartier="Hüllen")
    controller.start(str(filled))
    first = controller.main_window
    first.open_path_requested.emit(str(other))
    assert controller.main_window is not first
    assert controller.main_window.windowTitle().endswith("Hüllen – hüllen.werkstatt")
    assert not controller.welcome.isVisible()
    WorkspaceFile.open(filled).close()  # first lock released


def test_save_as_writes_a_copy_and_keeps_working_in_the_original(controller, filled, tmp_path, monkeypatch,
                                                                 message_boxes):
    controller.start(str(filled))
    window = controller.main_window
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "kopie"), ""))
    window.save_copy_as()
    copy = tmp_path / "kopie.werkstatt"
    with WorkspaceFile.open(copy) as ws:
        from app.operations.listing import list_sessions

        assert [r.title for r in list_sessions(ws)] == ["Dienstleisterkonferenz Frühjahr"]
        assert ws.device_id != window.workspace.device_id
    assert window.workspace.path == filled
    assert message_boxes[-1][0] == "information" and "kopie.werkstatt" in message_boxes[-1][2]


def test_save_as_refuses_an_existing_target(controller, filled, tmp_path, monkeypatch, message_boxes):
    controller.start(str(filled))
    target = tmp_path / "da.werkstatt"
    target.write_text("wichtig")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    controller.main_window.save_copy_as()
    assert target.read_text() == "wichtig"
    assert message_boxes[-1][0] == "warning" and "gibt es schon" in message_boxes[-1][2]


def test_shortcut_list_comes_from_the_menus(controller, filled):
    controller.start(str(filled))
    rows = dict(shortcut_rows(controller.main_window.menuBar()))

    def keys(text: str) -> str:  # "Strg+O" once Qt's German translation is loaded
        return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)

    assert rows["Datei → Öffnen"] == keys("Ctrl+O")
    assert rows["Ansicht → Akteure"] == keys("Ctrl+3")
    assert rows["Hilfe → Handbuch"] == "F1"
    assert rows["Hilfe → Tastenkürzel"] == keys("Shift+F1")
    assert rows["Datei → Speichern unter"] == keys("Ctrl+Shift+S")


def test_font_size_change_applies_to_the_app_and_is_remembered(controller, filled):
    controller.start(str(filled))
    before = theme.stored_point_size()
    try:
        controller.main_window.change_font_size(+2)
        assert QApplication.font().pointSize() == before + 2
        assert theme.stored_point_size() == before + 2
    finally:
        theme.apply_theme(QApplication.instance(), theme.store_point_size(before))
