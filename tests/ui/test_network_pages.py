"""The network pages offscreen: filtering the inventory, logging a call, adding a link, overriding a verdict."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.domain.categories import category_id
from app.operations import actors_ops, cooperation_ops, outreach_ops
from app.operations.actors_ops import ActorForm
from app.store.workspace_file import WorkspaceFile
from app.ui.network.cooperation_page import CooperationPage
from app.ui.network.inventory_page import InventoryPage


@pytest.fixture
def ws(tmp_path):
    w = WorkspaceFile.create(tmp_path / "q.werkstatt", quartier="Schaffrath")
    for name, path, kp, kind in (("Tagespflege Rosenhügel", "Pflege/Tagespflege", True, "Wohlfahrtsverband"),
                                 ("Pflegedienst Nord", "Pflege", False, "privates Unternehmen"),
                                 ("Bürgerbus e.V.", "Mobilität/Bürgerbus", True, "Verein"),
                                 ("Bäckerei Kaya", "Nahversorgung / Einzelhandel/Bäckerei", False,
                                  "privates Unternehmen")):
        actors_ops.save_actor(w, ActorForm(name=name, category_id=category_id(path), key_partner=kp, kind=kind))
    yield w
    w.close()


def names_in(page: InventoryPage) -> list[str]:
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def test_inventory_filters_by_category_with_sub_categories_key_partner_and_search(qtbot, ws):
    page = InventoryPage(ws)
    qtbot.addWidget(page)
    assert len(names_in(page)) == 4
    page.category.setCurrentIndex(page.category.findData(category_id("Pflege")))
    assert sorted(names_in(page)) == ["Pflegedienst Nord", "Tagespflege Rosenhügel"]
    page.key_partner.setCurrentIndex(page.key_partner.findData(True))
    assert names_in(page) == ["Tagespflege Rosenhügel"]
    page.category.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "bus")
    assert names_in(page) == ["Bürgerbus e.V."]
    page.search.clear()
    page.key_partner.setCurrentIndex(0)
    page.table.horizontalHeader().sectionClicked.emit(0)  # same column again: descending
    assert names_in(page)[0] == "Tagespflege Rosenhügel"
    assert page.table.item(0, 1).text() == "Pflege › Tagespflege"  # category as text, not colour only


def test_logging_a_call_shows_it_in_the_log_and_updates_status_and_follow_ups(qtbot, ws):
    page = InventoryPage(ws)
    qtbot.addWidget(page)
    assert page.select_actor(next(a.id for a in actors_ops.list_actors(ws) if a.name == "Bäckerei Kaya"))
    log = page.log
    log.channel.setCurrentText("Telefon")
    qtbot.keyClicks(log.by_whom, "Jana")
    qtbot.keyClicks(log.result, "kommt zur Konferenz")
    log.status_after.setCurrentIndex(log.status_after.findData("interessiert"))
    qtbot.keyClicks(log.next_step, "Einladung schicken")
    log.has_due.setChecked(True)
    log.due_date.setDate(log.contact_date.date())
    qtbot.mouseClick(log.log_button, Qt.MouseButton.LeftButton)
    assert log.table.rowCount() == 1
    assert log.table.item(0, 3).text() == "kommt zur Konferenz"
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "Bäckerei Kaya")
    assert page.table.item(row, 3).text() == "interessiert"
    assert page.due.table.rowCount() == 1 and page.due.table.item(0, 0).text() == "Bäckerei Kaya"
    assert [s.count for s in outreach_ops.funnel(ws) if s.status == "interessiert"] == [1]


def test_refused_contact_shows_german_message_and_logs_nothing(qtbot, ws):
    page = InventoryPage(ws)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    page.log.has_due.setChecked(True)  # a due date without a next step
    qtbot.mouseClick(page.log.log_button, Qt.MouseButton.LeftButton)
    assert "nächster Schritt" in page.log.message.text()
    assert page.log.table.rowCount() == 0


def test_adding_a_cooperation_link_through_the_dialog(qtbot, ws, monkeypatch):
    page = CooperationPage(ws)
    qtbot.addWidget(page)
    ids = {a.name: a.id for a in actors_ops.list_actors(ws)}

    def fake_exec(dialog: QDialog) -> int:
        dialog.actor_a.setCurrentIndex(dialog.actor_a.findData(ids["Tagespflege Rosenhügel"]))
        dialog.actor_b.setCurrentIndex(dialog.actor_b.findData(ids["Bürgerbus e.V."]))
        dialog.link_type.setCurrentText("Überleitung")
        dialog.status.setCurrentText("aktiv")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("app.ui.network.link_dialog.AddLinkDialog.exec", fake_exec)
    page.links.add_link()
    assert page.links.table.rowCount() == 1
    assert [page.links.table.item(0, c).text() for c in range(4)] == [
        "Tagespflege Rosenhügel", "Bürgerbus e.V.", "Überleitung", "aktiv"]
    page.tabs.setCurrentWidget(page.graph)
    texts = {i.text() for i in page.graph.scene.items() if hasattr(i, "text")}
    assert {"Bürgerbus e.V.", "Mobilität", "Tagespflege Rosenhügel", "Pflege", "Überleitung"} <= texts
    page.links.add_link()  # the same link again is refused in German, nothing added
    assert "schon eine Verbindung" in page.links.message.text()
    assert page.links.table.rowCount() == 1


def test_compatibility_override_needs_a_reason_and_is_stored_on_the_link(qtbot, ws):
    ids = {a.name: a.id for a in actors_ops.list_actors(ws)}
    cooperation_ops.add_link(ws, ids["Bäckerei Kaya"], ids["Bürgerbus e.V."], link_type="gemeinsames Angebot")
    page = CooperationPage(ws)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.compatibility)
    tab = page.compatibility
    assert tab.table.rowCount() == 1
    tab.table.selectRow(0)
    assert "§45a" in tab.reasons.toPlainText()
    tab.level.setCurrentText("kompatibel")
    tab.override()
    assert "Begründung" in tab.message.text()
    tab.reason.setText("Bürgerbus wird 2026 anerkannt")  # QTest.keyClicks types ASCII only
    tab.override()
    link = cooperation_ops.list_links(ws)[0]
    assert (link.override_verdict, link.override_reason) == ("kompatibel", "Bürgerbus wird 2026 anerkannt")
    assert tab.table.item(0, 2).text().startswith("kompatibel")


def test_catalogue_and_matrix_tabs_fill_without_errors(qtbot, ws):
    outreach_ops.log_contact(ws, actors_ops.list_actors(ws)[0].id, channel="Brief", contact_date=date(2025, 1, 2))
    page = CooperationPage(ws)
    qtbot.addWidget(page)
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
    assert page.cost_benefit.table.rowCount() == 9
    assert page.key_partners.rowCount() == 2


def test_import_dialog_asks_for_unknown_columns_previews_errors_and_imports_all_or_nothing(qtbot, ws, tmp_path):
    from app.ui.network.import_dialog import ImportDialog

    f = tmp_path / "liste.csv"
    f.write_bytes("Name;PLZ;Kürzel;Ansprechpartner/in\nKiosk Eck;45894;k;Frau Ay\nFalsch;12;f;\n".encode("cp1252"))
    dialog = ImportDialog(ws)
    qtbot.addWidget(dialog)
    dialog.load_file(f)
    assert "»Kürzel«" in dialog.message.text() and not dialog.import_button.isEnabled()
    combo = dialog.mapping.cellWidget(2, 1)
    combo.setCurrentIndex(combo.findData("ignore"))
    assert dialog.preview.rowCount() == 2
    assert dialog.preview.item(1, 3).text() == "Die PLZ »12« hat nicht fünf Ziffern."
    assert not dialog.import_button.isEnabled()  # all or nothing
    dialog.skip_errors.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.do_import()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Kiosk Eck" in [a.name for a in actors_ops.list_actors(ws)]
    assert "Falsch" not in [a.name for a in actors_ops.list_actors(ws)]
    kiosk = next(a for a in actors_ops.list_actors(ws) if a.name == "Kiosk Eck")
    assert kiosk.contact_person == "Frau Ay"
