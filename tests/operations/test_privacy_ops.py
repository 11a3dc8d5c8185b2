"""Erasure removes a person's data everywhere, also from free pages; the Art. 15 export shows all of it."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.operations.errors import OperationRefused
from app.operations.privacy_ops import erase_participant, export_person
from app.store.models import Canvas, CanvasTemplate, Card, ConsentEvent, ErasureRecord, Participant
from app.store.workspace_file import WorkspaceFile

ROOT = Path(__file__).resolve().parents[2]
NAME = "Wilhelmine Zabelschmidt"
CONTACT = "wilhelmine@beispiel.invalid"


@pytest.fixture
def ws_with_person(tmp_path):
    path = tmp_path / "a.werkstatt"
    with WorkspaceFile.create(path) as ws, ws.session() as s:
        p = Participant(display_name=NAME, pseudonym="Teilnehmende 3", contact=CONTACT,
                        notes=f"{NAME} bringt Kuchen", stakeholder_group="Bürger*innen")
        s.add(p)
        s.flush()
        s.add(ConsentEvent(participant_id=p.id, purpose="name_in_protocol", given=True,
                           recorded_at=datetime(2026, 11, 1), note=f"mündlich von {NAME}"))
        tpl = s.scalars(select(CanvasTemplate)).first()
        cv = Canvas(title="Modell", template_id=tpl.id)
        s.add(cv)
        s.flush()
        s.add(Card(canvas_id=cv.id, block_key="wertangebot", text="Mittagstisch im Bürgercafé", author_id=p.id))
        pid = p.id
    return path, pid


def test_erase_blanks_personal_data_keeps_content_and_records_the_erasure(ws_with_person):
    path, pid = ws_with_person
    with WorkspaceFile.open(path) as ws:
        erase_participant(ws, pid, erased_by="Moderation")
        with ws.session() as s:
            p = s.get(Participant, pid)
            assert (p.display_name, p.contact, p.notes, p.pseudonym, p.erased) == ("", "", "", "gelöscht", True)
            card = s.scalars(select(Card).where(Card.author_id == pid)).one()
            assert card.text == "Mittagstisch im Bürgercafé"
            assert s.scalars(select(ErasureRecord)).one().participant_id == pid
            assert s.scalars(select(ConsentEvent)).one().note == ""
        # while the workspace is still open: neither the file nor its write-ahead log holds the old values
        raw = path.read_bytes()
        wal = path.with_name(path.name + "-wal")
        raw += wal.read_bytes() if wal.exists() else b""
        for secret in (NAME, CONTACT):
            assert secret.encode() not in raw, f"{secret} still in the file"


def test_unknown_person_is_refused(ws_with_person):
    path, _pid = ws_with_person
    with WorkspaceFile.open(path) as ws, pytest.raises(OperationRefused):
        erase_participant(ws, "00000000-0000-0000-0000-000000000000")


def test_export_person_lists_everything_about_them(ws_with_person, tmp_path):
    path, pid = ws_with_person
    out = tmp_path / "auskunft.json"
    with WorkspaceFile.open(path, readonly=True) as ws:
        export_person(ws, pid, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["person"]["display_name"] == NAME
    assert data["einwilligungen"][0]["purpose"] == "name_in_protocol"
    assert data["karten"][0]["text"] == "Mittagstisch im Bürgercafé"


def test_cli_erase_and_export_person(ws_with_person, tmp_path):
    path, pid = ws_with_person
    run = lambda *a: subprocess.run([sys.executable, "-m", "app", *a], cwd=ROOT, capture_output=True,  # noqa: E731
                                    text=True, timeout=120)
    r = run("erase", str(path), "--participant", pid)
    assert r.returncode == 0, r.stderr
    r = run("export-person", str(path), "--participant", pid, "--out", str(tmp_path / "p.json"))
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "p.json").read_text())["person"]["erased"] is True
    bad = run("erase", str(path), "--participant", "nope")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr and "gibt es nicht" in bad.stderr


# ---------------------------------------------------------------- a facilitator on the roster, erased everywhere
@pytest.fixture(scope="module")
def demo_erased(tmp_path_factory):
    """The demo workspace with one of its two facilitators (who is on the roster) erased."""
    import sqlite3

    from app.operations.demo import create_demo_workspace

    path = tmp_path_factory.mktemp("demo") / "demo.werkstatt"
    create_demo_workspace(path, seed=1)
    con = sqlite3.connect(path)
    pid, name = con.execute("SELECT id, display_name FROM participants WHERE stakeholder_group = "
                            "'Wissenschaft/Moderation' AND display_name IN (SELECT recorded_by FROM votes)"
                            ).fetchone()
    mentions = con.execute("SELECT count(*) FROM sessions WHERE facilitators LIKE ?", (f"%{name}%",)).fetchone()[0]
    con.close()
    assert mentions, "the demo's facilitator must be named in the sessions"
    with WorkspaceFile.open(path) as ws:
        result = erase_participant(ws, pid, erased_by="Moderation")
        before_close = path.read_bytes() + b"".join(p.read_bytes() for p in path.parent.glob(path.name + "-wal"))
    return path, pid, name, result, before_close


def test_a_facilitator_on_the_roster_is_erased_from_every_session_and_every_record(demo_erased):
    import sqlite3

    path, pid, name, result, before_close = demo_erased
    assert result.records_cleaned > 0 and result.file_scrubbed
    assert name.encode() not in before_close  # also while the file is open (file and write-ahead log)
    con = sqlite3.connect(path)
    facilitators = [f for (f,) in con.execute("SELECT facilitators FROM sessions")]
    recorded = {r for (r,) in con.execute("SELECT recorded_by FROM votes UNION SELECT recorded_by FROM "
                                          "consent_events")}
    con.close()
    assert facilitators and all("[Name gelöscht]" in f and name not in f for f in facilitators)
    assert name not in recorded and "[Name gelöscht]" in recorded
    assert name.encode() not in path.read_bytes()


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
def test_no_export_names_the_erased_facilitator(demo_erased, tmp_path, fmt):
    import openpyxl

    from app.operations.export_ops import export_workspace

    path, _pid, name, _result, _raw = demo_erased
    with WorkspaceFile.open(path, readonly=True) as ws:
        written = export_workspace(ws, tmp_path / f"export.{fmt}", fmt, with_names=True).path
    if fmt == "xlsx":
        book = openpyxl.load_workbook(written, read_only=True)
        text = "\n".join(str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row)
        book.close()
    elif fmt == "csv":
        text = "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(Path(written).glob("*.csv")))
    else:
        text = Path(written).read_text(encoding="utf-8")
    assert "[Name gelöscht]" in text  # the facilitator lists are in the export, with the name replaced
    assert name not in text


def test_no_protocol_names_the_erased_facilitator(demo_erased, tmp_path):
    import shutil

    from app.operations.protocol_ops import write_session_protocol
    from app.reports.canvas_render import render_canvas_pdfs
    from app.store.models import EventSession

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) fehlt")
    path, _pid, name, _result, _raw = demo_erased
    with WorkspaceFile.open(path, readonly=True) as ws:
        with ws.session() as s:
            sessions = list(s.scalars(select(EventSession.id)))
        for n, sid in enumerate(sessions):
            pdf = write_session_protocol(ws, sid, tmp_path / f"p{n}.pdf", render_pictures=render_canvas_pdfs)
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
            assert "Moderation" in text
            assert name not in text, f"protocol of session {n} names the erased facilitator"
