"""DSGVO on the participants page: erase a person after a confirmation that names what happens; export Art. 15."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtWidgets import QDialog, QFileDialog

from app.domain.consent import PURPOSES
from app.operations import comments_ops, consent_ops, participants_ops
from app.ui.participation.erasure_dialog import ErasureDialog
from app.ui.participation.participants_page import ParticipantsPage


def _page(qtbot, board) -> tuple[ParticipantsPage, str]:  # type: ignore[no-untyped-def]
    anna = participants_ops.quick_add(board.ws, "Anna Schulz")
    consent_ops.record_consent(board.ws, anna.id, PURPOSES[0], True, recorded_by="Moderation",
                               note="sagt Anna Schulz am Eingang")
    comments_ops.add_comment(board.ws, "card", board.card_ids[0], "Gute Idee", author_id=anna.id)
    page = ParticipantsPage(board.ws)
    qtbot.addWidget(page)
    page.select_participant(anna.id)
    return page, anna.id


def _answer(monkeypatch, accept: bool, seen: list[ErasureDialog]) -> None:
    """The erasure dialog is modal: record it and answer as the facilitator would."""

    def answer(dialog: ErasureDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ErasureDialog, "exec", answer)


def test_erase_asks_first_and_cancel_keeps_everything(qtbot, board, monkeypatch):
    page, anna = _page(qtbot, board)
    assert page.erase_button.isEnabled()
    seen: list[ErasureDialog] = []
    _answer(monkeypatch, False, seen)
    assert not page.erase_selected()
    dialog = seen[-1]
    assert dialog.windowTitle() == "Person löschen (DSGVO)"
    text = dialog.intro.text()
    for words in ("»Anna Schulz«", "Name, Kontaktangaben, Notizen", "bleibt erhalten", "»gelöscht«",
                  "alle Kopien", "nicht rückgängig", "[Name gelöscht]"):
        assert words in text
    assert not dialog.erase_button.isDefault()
    assert participants_ops.list_participants(board.ws)[0].display_name == "Anna Schulz"


def test_erase_confirmed_blanks_the_person_keeps_the_comment_and_leaves_no_trace_in_the_file(
        qtbot, board, monkeypatch):
    page, anna = _page(qtbot, board)
    _answer(monkeypatch, True, [])
    assert page.erase_selected()
    person = participants_ops.list_participants(board.ws)[0]
    assert person.erased and person.display_name == ""
    assert page.table.item(0, 0).text() == "(gelöscht)"
    assert not page.erase_button.isEnabled()
    con = sqlite3.connect(board.ws.path)
    assert con.execute("SELECT count(*) FROM comments WHERE text='Gute Idee' AND deleted=0").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM erasure_records WHERE participant_id=?", (anna,)).fetchone()[0] == 1
    con.close()
    raw = board.ws.path.read_bytes() + b"".join(
        p.read_bytes() for p in board.ws.path.parent.glob(board.ws.path.name + "-wal"))
    assert b"Anna Schulz" not in raw


def test_export_person_writes_the_chosen_json_file(qtbot, board, tmp_path, monkeypatch):
    page, anna = _page(qtbot, board)
    target = tmp_path / "auskunft"
    seen: list[str] = []

    def choose(_parent, title, suggestion, _filter):  # type: ignore[no-untyped-def]
        seen.append(suggestion)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    written = page.export_selected()
    assert written == tmp_path / "auskunft.json"
    assert seen[0].endswith("Auskunft-Anna-Schulz.json")
    data = json.loads(written.read_text(encoding="utf-8"))
    assert "Anna Schulz" in json.dumps(data, ensure_ascii=False)
    assert "Gute Idee" in json.dumps(data, ensure_ascii=False)


def test_export_cancelled_writes_nothing(qtbot, board, tmp_path, monkeypatch):
    page, _anna = _page(qtbot, board)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert page.export_selected() is None
