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
