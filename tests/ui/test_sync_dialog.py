"""The "Synchronisieren" dialog and the conflict panel on real workspace files: merge (also an encrypted package),
pack, prepare a laptop, review conflicts, and the conflict badge on the canvas."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from sqlalchemy import select

from app.operations import canvas_ops as ops
from app.operations.sync_ops import list_conflicts
from app.operations.transport_ops import needs_passphrase, pack_workspace
from app.store.models import Canvas, Card
from app.store.workspace_file import WorkspaceFile
from app.sync import package_crypto
from app.ui.canvas.canvas_page import CanvasPage
from app.ui.sync.conflicts_panel import ConflictsPanel
from app.ui.sync.sync_dialog import SyncDialog
from tests.canvas_fixtures import make_workspace


@pytest.fixture
def two_laptops(tmp_path):
    """Laptop A (open, like in the app) and a copy B; both change the same card at the same time."""
    ws, canvas_id = make_workspace(tmp_path, "a.werkstatt")
    card = ops.add_card(ws, canvas_id, "kanaele", "Aushang beim Bäcker", 100, 100)
    b = ws.save_as(tmp_path / "b.werkstatt")
    with ws.session() as s:
        s.get(Card, card.id).text = "Aushang in der Apotheke"
    with WorkspaceFile.open(b) as other, other.session() as s:
        s.get(Card, card.id).text = "Aushang im Gemeindehaus"  # later: wins
    yield ws, b, card.id, canvas_id
    ws.close()


def _dialog(qtbot, ws, **kwargs) -> SyncDialog:
    dialog = SyncDialog(ws, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def _run(qtbot, dialog: SyncDialog, button) -> None:
    button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)


def test_merging_an_encrypted_package_asks_the_passphrase_and_shows_the_conflict(two_laptops, qtbot, tmp_path,
                                                                                    monkeypatch):
    monkeypatch.setattr(package_crypto, "SCRYPT_N", 2**14)
    ws, b, card_id, _ = two_laptops
    with WorkspaceFile.open(b) as other:
        package = pack_workspace(other, tmp_path / "b.qwpaket", "Grüne Wiese 7").path
    assert needs_passphrase(package)
    changed = []
    dialog = _dialog(qtbot, ws, on_changed=lambda: changed.append(True))
    asked = []
    monkeypatch.setattr(dialog, "ask_secret", lambda title, label: asked.append(title) or "Grüne Wiese 7")
    dialog.merge_tab.add_sources([package])
    _run(qtbot, dialog, dialog.merge_tab.run_button)
    assert asked == ["Verschlüsseltes Paket"]
    assert "b.qwpaket: 0 neu, 1 geändert, 1 Konflikte" in dialog.summary.toPlainText()
    assert changed and dialog.tabs.currentWidget() is dialog.conflicts
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.conflicts)) == "Konflikte (1)"
    with ws.session() as s:
        assert s.get(Card, card_id).text == "Aushang im Gemeindehaus"


def test_a_wrong_passphrase_changes_nothing_and_says_so(two_laptops, qtbot, tmp_path, monkeypatch, message_boxes):
    monkeypatch.setattr(package_crypto, "SCRYPT_N", 2**14)
    ws, b, card_id, _ = two_laptops
    with WorkspaceFile.open(b) as other:
        package = pack_workspace(other, tmp_path / "b.qwpaket", "richtig").path
    dialog = _dialog(qtbot, ws)
    monkeypatch.setattr(dialog, "ask_secret", lambda title, label: "falsch")
    dialog.merge_tab.add_sources([package])
    _run(qtbot, dialog, dialog.merge_tab.run_button)
    assert message_boxes and message_boxes[-1][0] == "warning"
    with ws.session() as s:
        assert s.get(Card, card_id).text == "Aushang in der Apotheke"


def test_conflict_panel_groups_by_card_and_takes_the_other_value_as_a_stamped_edit(two_laptops, qtbot):
    ws, b, card_id, _ = two_laptops
    from app.operations.sync_ops import merge_sources

    merge_sources(ws, [b])
    panel = ConflictsPanel(ws)
    qtbot.addWidget(panel)
    group = panel.tree.topLevelItem(0)
    assert group.text(0) == "Karten: Aushang im Gemeindehaus"
    row = group.child(0)
    assert [row.text(1), row.text(2)] == ["Aushang im Gemeindehaus", "Aushang in der Apotheke"]
    assert "dieses Gerät" in row.text(3) and "Uhr" in row.text(3)
    resolved = []
    panel.resolved.connect(lambda: resolved.append(True))
    panel.tree.setCurrentItem(row)
    assert panel.take_button.isEnabled()
    panel.take_button.click()
    assert resolved and panel.tree.topLevelItemCount() == 0
    with ws.session() as s:
        card = s.get(Card, card_id)
        assert card.text == "Aushang in der Apotheke"
        assert card.stamps["text"].endswith(ws.device_id)  # an ordinary edit of this laptop: it syncs
    assert list_conflicts(ws) == []


def test_keeping_the_current_value_closes_the_conflict(two_laptops, qtbot):
    ws, b, card_id, _ = two_laptops
    from app.operations.sync_ops import merge_sources

    merge_sources(ws, [b])
    panel = ConflictsPanel(ws)
    qtbot.addWidget(panel)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(0))
    panel.keep_button.click()
    assert "Keine offenen Konflikte" in panel.summary.text()
    with ws.session() as s:
        assert s.get(Card, card_id).text == "Aushang im Gemeindehaus"


def test_a_conflicted_card_carries_a_badge_on_the_canvas(two_laptops, qtbot):
    ws, b, card_id, _ = two_laptops
    from app.operations.sync_ops import merge_sources

    merge_sources(ws, [b])
    page = CanvasPage(ws)
    qtbot.addWidget(page)
    item = page.scene.card_items[card_id]
    assert item.conflict
    assert "Konflikt" in item.tooltip_text()
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    page.scene.render(painter, QRectF(0, 0, 400, 300), item.sceneBoundingRect())  # paints the badge
    painter.end()
    assert item._look is not None and item._look.conflict


def test_pack_tab_writes_an_encrypted_package_only_when_both_passwords_match(two_laptops, qtbot, tmp_path,
                                                                             monkeypatch, message_boxes):
    monkeypatch.setattr(package_crypto, "SCRYPT_N", 2**14)
    ws, *_ = two_laptops
    dialog = _dialog(qtbot, ws)
    target = tmp_path / "a.qwpaket"
    dialog.pack_tab.target.setText(str(target))
    dialog.pack_tab.passphrase.setText("Lindenhof")
    dialog.pack_tab.repeat.setText("Lindenhoff")
    dialog.pack_tab.run_button.click()
    assert not target.exists() and message_boxes[-1][0] == "warning"
    dialog.pack_tab.repeat.setText("Lindenhof")
    _run(qtbot, dialog, dialog.pack_tab.run_button)
    assert target.exists() and needs_passphrase(target)
    assert "verschlüsselt" in dialog.summary.toPlainText()


def test_prepare_tab_makes_a_laptop_file_with_only_the_chosen_model(two_laptops, qtbot, tmp_path):
    ws, _b, _card, canvas_id = two_laptops
    from app.domain.templates import builtin_template_id

    other = ops.create_canvas(ws, builtin_template_id("kooperationsmodell"), "Fahrdienst")
    dialog = _dialog(qtbot, ws)
    tab = dialog.prepare_tab
    target = tmp_path / "laptop-1.werkstatt"
    tab.target.setText(str(target))
    tab.chosen.setChecked(True)
    for i in range(tab.canvas_list.count()):
        item = tab.canvas_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == other.id:
            item.setCheckState(Qt.CheckState.Unchecked)
    _run(qtbot, dialog, tab.run_button)
    assert "ist bereit" in dialog.summary.toPlainText()
    with WorkspaceFile.open(target, readonly=True) as laptop, laptop.session() as s:
        assert laptop.device_id != ws.device_id
        assert set(s.scalars(select(Canvas.id))) == {canvas_id}


def test_the_datei_menu_opens_the_sync_dialog(qtbot, tmp_path, monkeypatch):
    from app.ui.main_window import MainWindow
    from app.ui.sync import sync_dialog

    ws, _ = make_workspace(tmp_path)
    window = MainWindow(ws, "Schaffrath")
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(sync_dialog.SyncDialog, "exec", lambda self: opened.append(self) or 0)
    file_menu = window.menuBar().actions()[0].menu()
    (action,) = [a for a in file_menu.actions() if a.text().replace("&", "") == "Synchronisieren …"]
    action.trigger()
    assert opened and opened[0].ws is ws
    window.close()


@pytest.mark.parametrize("take_over", [True, False])
def test_a_foreign_workspace_is_refused_and_can_be_taken_over_as_new_records(tmp_path, qtbot, monkeypatch,
                                                                             take_over):
    ws, canvas_id = make_workspace(tmp_path, "master.werkstatt")
    foreign, foreign_canvas = make_workspace(tmp_path, "anderswo.werkstatt")  # created on its own
    card = ops.add_card(foreign, foreign_canvas, "kanaele", "Aushang im Hofladen", 100, 100)
    foreign.close()
    dialog = _dialog(qtbot, ws)
    asked = []
    monkeypatch.setattr(dialog, "ask_adoption", lambda names: asked.append(names) or take_over)
    dialog.merge_tab.add_sources([tmp_path / "anderswo.werkstatt"])
    _run(qtbot, dialog, dialog.merge_tab.run_button)
    qtbot.waitUntil(lambda: bool(asked) and not dialog.busy(), timeout=30_000)
    assert asked == ["anderswo.werkstatt"]
    with ws.session() as s:
        found = s.get(Card, card.id)
    if take_over:
        assert found is not None and found.text == "Aushang im Hofladen"
        assert dialog.summary.toPlainText().startswith("anderswo.werkstatt: ")
    else:
        assert found is None
        assert "gehört zu einer anderen Werkstatt" in dialog.summary.toPlainText()
