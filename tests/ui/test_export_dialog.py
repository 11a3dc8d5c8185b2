"""The "Exportieren …" dialog of the Protokoll page: off the GUI thread, with progress, cancel and no leftovers."""

from __future__ import annotations

import openpyxl

from app.store.workspace_file import WorkspaceFile
from app.ui.protocol.export_dialog import ExportDialog
from app.ui.protocol.protocol_page import ProtocolPage
from tests.reports.conftest import OPEN_NAME, SECRET_NAME, session_ws  # noqa: F401 (fixture)


def _choose(dialog: ExportDialog, fmt: str) -> None:
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))


def test_dialog_writes_a_pseudonymised_workbook_in_the_background(qtbot, session_ws, tmp_path):  # noqa: F811
    with WorkspaceFile.open(session_ws, readonly=True) as ws:
        dialog = ExportDialog(ws)
        qtbot.addWidget(dialog)
        _choose(dialog, "xlsx")
        assert dialog.target_edit.text().endswith(".xlsx")
        target = tmp_path / "daten.xlsx"
        dialog.target_edit.setText(str(target))
        task = dialog.start()
        assert task is not None and not dialog.progress.isHidden() and not dialog.export_button.isEnabled()
        with qtbot.waitSignal(task.done, timeout=30_000):
            pass
        qtbot.waitUntil(lambda: dialog.open_button.isEnabled())
        assert dialog.result_path == target and "pseudonymisiert" in dialog.status.text()
        wb = openpyxl.load_workbook(target)
        names = [c.value for row in wb["Teilnehmende"].iter_rows() for c in row]
        assert SECRET_NAME not in names and OPEN_NAME not in names


def test_with_names_box_names_only_people_with_consent(qtbot, session_ws, tmp_path):  # noqa: F811
    with WorkspaceFile.open(session_ws, readonly=True) as ws:
        dialog = ExportDialog(ws)
        qtbot.addWidget(dialog)
        _choose(dialog, "csv")
        dialog.target_edit.setText(str(tmp_path / "ordner"))
        dialog.names_box.setChecked(True)
        task = dialog.start()
        with qtbot.waitSignal(task.done, timeout=30_000):
            pass
        text = (tmp_path / "ordner" / "02_Teilnehmende.csv").read_text(encoding="utf-8-sig")
        assert OPEN_NAME in text and SECRET_NAME not in text


def test_cancel_leaves_nothing_behind(qtbot, session_ws, tmp_path):  # noqa: F811
    with WorkspaceFile.open(session_ws, readonly=True) as ws:
        dialog = ExportDialog(ws)
        qtbot.addWidget(dialog)
        _choose(dialog, "xlsx")
        dialog.target_edit.setText(str(tmp_path / "abbruch.xlsx"))
        task = dialog.start()
        task.cancel()
        with qtbot.waitSignal(task.done, timeout=30_000):
            pass
        qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
        assert not (tmp_path / "abbruch.xlsx").exists()
        assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []
        assert "Abgebrochen" in dialog.status.text()


def test_protocol_page_opens_the_export_dialog(qtbot, session_ws):  # noqa: F811
    with WorkspaceFile.open(session_ws, readonly=True) as ws:
        page = ProtocolPage(ws)
        qtbot.addWidget(page)
        assert page.export_button.text() == "Exportieren …"
        dialog = page.open_export_dialog()
        assert dialog.isVisible() and dialog.names_box.text() == "mit Namen (nur mit Einwilligung)"
        assert not dialog.names_box.isChecked()
        dialog.close()
