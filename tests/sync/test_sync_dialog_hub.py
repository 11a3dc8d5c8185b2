"""The "Mit Server abgleichen" tab against a real PostgreSQL hub: two laptops see each other's work, the password
is asked each time and stored nowhere; an unreachable server leaves the file as it was."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from app.operations.sync_ops import merge_sources
from app.operations.transport_ops import HUB_ADDRESS_SETTING
from app.store.workspace_file import WorkspaceFile
from app.sync.hub import init_hub
from app.ui.sync.sync_dialog import SyncDialog

from .helpers import card_text, copies, dump, make_origin, set_card


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: shown.append(args[2]))
    return shown


def _sync(qtbot, path, address, password):
    with WorkspaceFile.open(path) as ws:
        dialog = SyncDialog(ws)
        qtbot.addWidget(dialog)
        asked = []
        dialog.ask_secret = lambda title, label: asked.append(title) or password  # type: ignore[method-assign]
        dialog.hub_tab.address.setText(address)
        dialog.hub_tab.run_button.click()
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
        text = dialog.summary.toPlainText()
        dialog.close()
    assert asked == ["Server-Passwort"]
    return text


def test_two_laptops_see_each_others_work_through_the_hub_dialog(qtbot, tmp_path, pg_url):
    init_hub(pg_url)
    origin = tmp_path / "origin.werkstatt"
    ids = make_origin(origin)
    a, b = copies(origin, ["a.werkstatt", "b.werkstatt"])
    set_card(a, ids["cards"][0], text="vom Laptop A")
    # trust authentication ignores the password, so it shows only that a typed password is never stored
    address = make_url(pg_url).set(password="geheim-123").render_as_string(hide_password=False)
    assert "Gesendet: " in _sync(qtbot, a, address, "geheim-123")
    text = _sync(qtbot, b, pg_url, "")
    assert "Geholt: 0 neu, 1 geändert, 0 Konflikte" in text
    assert card_text(b, ids["cards"][0]) == "vom Laptop A"
    for path in (a, b):
        raw = path.read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob(path.name + "-*"))
        assert b"geheim-123" not in raw
    con = sqlite3.connect(a)
    stored = dict(con.execute("SELECT key, value FROM meta"))[HUB_ADDRESS_SETTING]
    con.close()
    assert "geheim" not in stored and stored.startswith("postgresql")


def test_an_unreachable_server_changes_nothing_and_says_so(qtbot, tmp_path, no_message_boxes):
    origin = tmp_path / "origin.werkstatt"
    make_origin(origin)
    before = dump(origin)
    _sync(qtbot, origin, "postgresql://niemand@127.0.0.1:1/keine", "x")
    assert any("nicht erreichbar" in m for m in no_message_boxes)
    assert dump(origin) == before


def test_cancelling_between_sources_keeps_the_merged_ones_and_skips_the_rest(tmp_path):
    origin = tmp_path / "origin.werkstatt"
    ids = make_origin(origin)
    a, b, c = copies(origin, ["a.werkstatt", "b.werkstatt", "c.werkstatt"])
    set_card(b, ids["cards"][0], text="von B")
    set_card(c, ids["cards"][1], text="von C")
    asked = []
    with WorkspaceFile.open(a) as ws:
        result = merge_sources(ws, [b, c], cancelled=lambda: bool(asked.append(1)) or len(asked) > 1)
    assert [s.source for s in result.summaries] == ["b.werkstatt"]
    assert card_text(a, ids["cards"][0]) == "von B" and card_text(a, ids["cards"][1]) == "Karte 1"
