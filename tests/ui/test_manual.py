"""The offline manual for facilitators: reachable from the Hilfe menu and by F1, complete, and without dead links."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextBrowser

from app.store.workspace_file import WorkspaceFile
from app.ui.manual_dialog import ManualDialog, manual_path

CHAPTERS = [
    "Eine Konferenz vorbereiten",
    "Eine Sitzung moderieren",
    "Abstimmen",
    "Das Protokoll drucken",
    "Die Laptops zusammenführen",
    "Datenschutz",
]
SUB_CHAPTERS = [
    "Werkstatt anlegen", "Akteure importieren", "Einladungsliste", "Laptop vorbereiten",
    "Die Leinwand", "Karten per Tastatur", "Privat schreiben und aufdecken", "Präsentationsmodus",
    "Runde anlegen", "Am Bildschirm abstimmen", "Vertretung", "Auf Papier", "Ergebnisse",
    "Abschnitte", "Kurzprotokoll", "Namen nur mit Einwilligung",
    "Paket schreiben und zusammenführen", "Abgleich über einen Hub",
]


class _Links(HTMLParser):
    """Link targets, anchor names and picture sources of the manual, as written in the file."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.anchors: set[str] = set()
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "a" and "href" in values:
            self.hrefs.append(values["href"])
        if tag == "a" and "name" in values:
            self.anchors.add(values["name"])
        if "id" in values:
            self.anchors.add(values["id"])
        if tag == "img":
            self.images.append(values.get("src", ""))


def _parsed() -> _Links:
    links = _Links()
    links.feed(manual_path().read_text(encoding="utf-8"))
    return links


def _anchor_names_qt_knows(browser: QTextBrowser) -> set[str]:
    names: set[str] = set()
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            names.update(it.fragment().charFormat().anchorNames())
            it += 1
        block = block.next()
    return names


def _wait_for_key_focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Shortcuts fire only in the window the window system has given the keyboard to."""
    qtbot.waitActive(widget)
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is widget.windowHandle())


@pytest.fixture
def workspace_file(tmp_path) -> Path:
    path = tmp_path / "hilfe.werkstatt"
    WorkspaceFile.create(path, quartier="Schaffrath").close()
    return path


def test_every_internal_link_of_the_manual_points_to_an_existing_target() -> None:
    links = _parsed()
    assert links.hrefs, "the manual has a table of contents"
    for href in links.hrefs:
        assert not href.startswith(("http:", "https:", "//")), f"the manual must work offline: {href}"
        target, _, anchor = href.partition("#")
        if target:
            assert (manual_path().parent / target).exists(), f"link to a missing file: {href}"
        if anchor:
            assert anchor in links.anchors, f"link to a missing chapter: {href}"
    for source in links.images:
        assert (manual_path().parent / source).exists(), f"missing picture: {source}"


def test_manual_names_every_chapter_in_its_table_of_contents_and_as_a_heading(qtbot) -> None:
    dialog = ManualDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for heading in CHAPTERS + SUB_CHAPTERS:
        assert text.count(heading) >= 2, f"chapter missing from contents or body: {heading}"
    # Qt itself found every anchor the links use, so a click really jumps there
    assert {href.lstrip("#") for href in _parsed().hrefs} <= _anchor_names_qt_knows(dialog.browser)


def test_hilfe_menu_opens_the_manual_with_its_chapters(controller, workspace_file, qtbot) -> None:
    controller.start(str(workspace_file))
    window = controller.main_window
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Hilfe")
    entry = next(a for a in help_menu.actions() if a.text().replace("&", "") == "Handbuch")
    assert entry.shortcut().toString() == "F1"
    entry.trigger()
    dialog = window.findChild(ManualDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert all(chapter in text for chapter in CHAPTERS)
    entry.trigger()  # a second F1 brings the same window forward instead of stacking copies
    assert len(window.findChildren(ManualDialog)) == 1


def test_f1_opens_the_manual_in_the_main_window(controller, workspace_file, qtbot) -> None:
    controller.start(str(workspace_file))
    window = controller.main_window
    _wait_for_key_focus(qtbot, window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F1)  # through the window system, as a real key press
    qtbot.waitUntil(lambda: window.manual is not None and window.manual.isVisible())


def test_welcome_screen_offers_demo_new_workspace_and_the_manual(controller, qtbot) -> None:
    welcome = controller.welcome
    assert welcome.demo_button.text() == "Demo öffnen"
    assert welcome.new_button.text().startswith("Neue Werkstatt")
    welcome.show()
    _wait_for_key_focus(qtbot, welcome)
    QTest.keyClick(welcome.windowHandle(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: welcome.manual is not None and welcome.manual.isVisible())
    assert "Eine Konferenz vorbereiten" in welcome.manual.browser.toPlainText()


def test_contents_button_jumps_back_to_the_table_of_contents(qtbot) -> None:
    dialog = ManualDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.browser.verticalScrollBar()
    dialog.show_chapter("datenschutz")
    qtbot.waitUntil(lambda: bar.value() > 0)
    dialog.contents_button.click()
    qtbot.waitUntil(lambda: bar.value() == 0)
