"""Saving a canvas as a picture from the canvas view: the chosen format, the same drawing code, atomic."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from app.operations import canvas_ops as ops
from app.ui.canvas.picture_export import export_canvas_picture, write_canvas_picture
from tests.canvas_fixtures import make_workspace


@pytest.fixture
def picture_board(tmp_path):
    ws, canvas_id = make_workspace(tmp_path)
    ops.add_card(ws, canvas_id, "schluesselpartner", "Bäckerei Größe liefert", 60, 300)
    ops.add_card(ws, canvas_id, "zielgruppen", "Geheimtipp Zwiebelkuchen", 1950, 300, private=True)
    yield ws, canvas_id
    ws.close()


def _answer(monkeypatch, path, chosen_filter: str = "") -> list:
    asked: list = []

    def fake(parent, title, start, filters, *args, **kwargs):
        asked.append((title, start, filters))
        return str(path), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_svg_picture_keeps_text_and_hides_face_down_cards(qtbot, picture_board, tmp_path, monkeypatch):
    ws, canvas_id = picture_board
    asked = _answer(monkeypatch, tmp_path / "leinwand.svg")
    out = export_canvas_picture(None, ws, canvas_id)
    assert out == tmp_path / "leinwand.svg"
    svg = out.read_text(encoding="utf-8")
    assert "Schlüsselpartner" in svg and "Bäckerei Größe" in svg
    assert "Zwiebelkuchen" not in svg and "verdeckte Karte" in svg
    assert "PNG" in asked[0][2] and "SVG" in asked[0][2] and "PDF" in asked[0][2]
    assert asked[0][1].endswith("Einkaufsbegleitung (Version 1).png")


def test_name_without_suffix_gets_the_chosen_format(qtbot, picture_board, tmp_path, monkeypatch):
    ws, canvas_id = picture_board
    _answer(monkeypatch, tmp_path / "bild", "PNG-Bild (*.png)")
    out = export_canvas_picture(None, ws, canvas_id)
    assert out == tmp_path / "bild.png"
    assert QImage(str(out)).width() > 1000


def test_cancelled_dialog_writes_nothing(qtbot, picture_board, tmp_path, monkeypatch):
    ws, canvas_id = picture_board
    _answer(monkeypatch, "")
    assert export_canvas_picture(None, ws, canvas_id) is None
    assert list(tmp_path.glob("*.png")) == []


def test_failed_render_keeps_the_old_picture_and_leaves_no_temporary_file(qtbot, picture_board, tmp_path, monkeypatch):
    ws, canvas_id = picture_board
    target = tmp_path / "leinwand.pdf"
    target.write_bytes(b"%PDF alt")

    from app.reports import canvas_render
    from app.store import atomic_file

    real_write = atomic_file.write_bytes_atomically

    def half_written(path, data):  # the disk fills up after half the picture
        def write(tmp):
            tmp.write_bytes(data[: len(data) // 2])
            raise OSError(28, "No space left on device", str(tmp))

        return atomic_file.write_with(path, write)

    monkeypatch.setattr(canvas_render, "write_bytes_atomically", half_written)
    with pytest.raises(OSError, match="Der Datenträger ist voll"):
        write_canvas_picture(ws, canvas_id, target)
    monkeypatch.setattr(canvas_render, "write_bytes_atomically", real_write)
    assert target.read_bytes() == b"%PDF alt"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []



def test_canvas_page_menu_saves_the_open_board_as_a_picture(qtbot, picture_board, tmp_path, monkeypatch):
    from app.ui.canvas.canvas_page import CanvasPage

    ws, canvas_id = picture_board
    _answer(monkeypatch, tmp_path / "aus-dem-menue.png")
    page = CanvasPage(ws)
    qtbot.addWidget(page)
    page.open_canvas(canvas_id)
    action = next(a for a in page.canvas_menu.actions() if a.text().startswith("Als Bild speichern"))
    action.trigger()
    image = QImage(str(tmp_path / "aus-dem-menue.png"))
    assert not image.isNull() and image.width() > 500
