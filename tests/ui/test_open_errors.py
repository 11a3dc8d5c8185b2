"""A file that cannot be opened is explained in German and changes nothing: no window, no altered file."""

from __future__ import annotations

import hashlib
import sqlite3

from app.store.workspace_file import WorkspaceFile
from tests.sample_workspace import make_workspace


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_foreign_text_file_shows_a_message_and_no_main_window(controller, tmp_path, message_boxes):
    foreign = tmp_path / "einkaufsliste.werkstatt"
    foreign.write_text("Milch, Brot, Äpfel\n", encoding="utf-8")
    before = digest(foreign)
    controller.start(str(foreign))
    assert controller.main_window is None
    assert controller.welcome.isVisible()
    (kind, title, text), = message_boxes
    assert kind == "warning" and title == "Datei kann nicht geöffnet werden"
    assert "keine Werkstatt-Datei" in text
    assert digest(foreign) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "settings") == ["einkaufsliste.werkstatt"]


def test_database_of_another_program_is_refused(controller, tmp_path, message_boxes):
    other = tmp_path / "fremd.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = digest(other)
    assert not controller.open_path(other, None)
    assert "anderen Programms" in message_boxes[-1][2]
    assert digest(other) == before


def test_file_open_elsewhere_is_refused_with_the_lock_message(controller, tmp_path, message_boxes):
    path = make_workspace(tmp_path / "a.werkstatt")
    with WorkspaceFile.open(path):
        assert not controller.open_path(path, None)
    assert controller.main_window is None
    assert "bereits in einem anderen Fenster" in message_boxes[-1][2]


def test_failed_open_keeps_the_current_window_as_it_was(controller, tmp_path, message_boxes):
    good = make_workspace(tmp_path / "gut.werkstatt")
    controller.start(str(good))
    window = controller.main_window
    missing = tmp_path / "fehlt.werkstatt"
    assert not controller.open_path(missing, window)
    assert controller.main_window is window and window.isVisible()
    assert "gibt es nicht" in message_boxes[-1][2]
