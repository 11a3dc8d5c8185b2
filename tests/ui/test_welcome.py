"""Welcome screen: big buttons, recently opened files, creating a new workspace, the demo."""

from __future__ import annotations

import sys
import types

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPushButton

from app.store.workspace_file import WorkspaceFile
from app.ui.settings import MAX_RECENT, add_recent_file
from app.ui.welcome import WelcomeScreen
from tests.sample_workspace import make_workspace


def test_welcome_shows_the_three_big_buttons_and_an_empty_recent_hint(qtbot):
    screen = WelcomeScreen()
    qtbot.addWidget(screen)
    screen.show()
    texts = [b.text() for b in screen.findChildren(QPushButton) if b.objectName() == "bigButton"]
    assert texts == ["Neue Werkstatt …", "Öffnen …", "Demo öffnen"]
    assert all(b.isVisible() and b.isEnabled() for b in screen.findChildren(QPushButton))
    assert screen.no_recent_label.isVisible() and not screen.recent_hint.isVisible()
    assert screen.new_button.hasFocus() or screen.focusWidget() is screen.new_button


def test_each_button_asks_for_its_action(qtbot):
    screen = WelcomeScreen()
    qtbot.addWidget(screen)
    for button, signal in ((screen.new_button, screen.new_requested), (screen.open_button, screen.open_requested),
                           (screen.demo_button, screen.demo_requested)):
        with qtbot.waitSignal(signal, timeout=1000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_recent_list_shows_existing_files_newest_first_at_most_eight(qtbot, tmp_path):
    paths = [make_workspace(tmp_path / f"q{i}.werkstatt") for i in range(MAX_RECENT + 2)]
    for p in paths:
        add_recent_file(p)
    missing = tmp_path / "weg.werkstatt"
    make_workspace(missing)
    add_recent_file(missing)
    missing.unlink()
    screen = WelcomeScreen()
    qtbot.addWidget(screen)
    shown = screen.recent_paths()
    assert shown == [p.resolve() for p in reversed(paths)][:MAX_RECENT]
    assert missing.resolve() not in shown


def test_enter_and_double_click_on_a_recent_file_open_it(qtbot, tmp_path):
    first, second = make_workspace(tmp_path / "a.werkstatt"), make_workspace(tmp_path / "b.werkstatt")
    add_recent_file(first)
    add_recent_file(second)
    screen = WelcomeScreen()
    qtbot.addWidget(screen)
    screen.show()
    assert screen.recent_list.isVisible() and screen.recent_hint.isVisible()
    screen.recent_list.setFocus()
    with qtbot.waitSignal(screen.recent_chosen, timeout=1000) as blocker:
        qtbot.keyClick(screen.recent_list, Qt.Key.Key_Return)
    assert blocker.args == [str(second.resolve())]
    item = screen.recent_list.item(1)
    rect = screen.recent_list.visualItemRect(item)
    qtbot.mouseClick(screen.recent_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(screen.recent_chosen, timeout=1000) as blocker:
        qtbot.mouseDClick(screen.recent_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [str(first.resolve())]


def test_new_workspace_adds_the_suffix_and_stores_the_quartier(controller, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "Hüllen"), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Hüllen  ", True))
    assert controller.ask_new(controller.welcome)
    window = controller.main_window
    assert window is not None
    assert window.workspace.path == tmp_path / "Hüllen.werkstatt"
    assert window.windowTitle() == "QuartiersWerkstatt – Hüllen – Hüllen.werkstatt"
    assert not controller.welcome.isVisible()


def test_new_workspace_refuses_an_existing_file_and_changes_nothing(controller, tmp_path, monkeypatch,
                                                                     message_boxes):
    existing = tmp_path / "da.werkstatt"
    existing.write_text("wichtig")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    assert not controller.ask_new(None)
    assert existing.read_text() == "wichtig"
    assert controller.main_window is None
    assert "gibt es schon" in message_boxes[-1][2]


def test_cancelling_the_quartier_question_creates_no_file(controller, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.werkstatt"), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert not controller.ask_new(None)
    assert not (tmp_path / "x.werkstatt").exists()


def test_demo_without_the_demo_module_says_so_in_german(controller, monkeypatch, message_boxes):
    monkeypatch.setitem(sys.modules, "app.operations.demo", None)  # makes the import fail
    assert not controller.open_demo(controller.welcome)
    assert controller.main_window is None
    assert "noch nicht enthalten" in message_boxes[-1][2]


def test_demo_is_created_once_in_the_user_data_folder_and_opened(controller, monkeypatch, isolated_settings):
    calls = []

    def create_demo_workspace(path, seed=1):
        calls.append(path)
        WorkspaceFile.create(path, quartier="Schaffrath").close()

    fake = types.ModuleType("app.operations.demo")
    fake.create_demo_workspace = create_demo_workspace
    monkeypatch.setitem(sys.modules, "app.operations.demo", fake)
    assert controller.open_demo(None)
    assert controller.demo_path().is_relative_to(isolated_settings)
    assert controller.main_window.windowTitle().endswith("Schaffrath – Demo-Schaffrath.werkstatt")
    controller.main_window.close_to_welcome()
    assert controller.open_demo(None)
    assert len(calls) == 1
