"""Hidden names are replaced in every export format and in the protocol (its text and its canvas pictures) as
whole words, case-insensitively, by the one domain rule: "Anna" and "Ben" never break "Annahme" or "Benutzer"."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.operations.export_ops import export_workspace
from app.operations.protocol_ops import write_session_protocol
from app.reports.canvas_render import render_canvas_pdfs
from app.reports.dataset import build_dataset, privacy_of
from app.store.models import Canvas, Card, Comment, ConsentEvent, EventSession, Participant, SessionItem
from app.store.workspace_file import WorkspaceFile

TEXTS = ("Annahme der Benutzer: ANNA meint, Ben bringt Kuchen", "Anna Schulz und Anna fahren mit")


@pytest.fixture
def hidden_names(session_ws):
    """Anna and Ben without consent, Anna Schulz with consent; texts that contain their names and words that
    merely begin like them."""
    with WorkspaceFile.open(session_ws) as ws, ws.session() as s:
        anna = Participant(display_name="Anna", pseudonym="Teilnehmende 26")
        ben = Participant(display_name="Ben", pseudonym="Teilnehmende 3")
        schulz = Participant(display_name="Anna Schulz", pseudonym="Teilnehmende 4")
        s.add_all([anna, ben, schulz])
        s.flush()
        s.add(ConsentEvent(participant_id=schulz.id, purpose="name_in_protocol", given=True))
        canvas = s.scalars(select(Canvas)).first()
        card = Card(canvas_id=canvas.id, block_key="kanaele", text=TEXTS[0], x=1250, y=330, w=300, h=120)
        s.add(card)
        s.flush()
        s.add(Comment(target_type="card", target_id=card.id, canvas_id=canvas.id, text=TEXTS[1]))
        ev = s.scalars(select(EventSession)).first()
        s.add(SessionItem(session_id=ev.id, kind="next_step", text="Benutzerhandbuch", owner="ben"))
        ev.facilitators = "Quartiersbüro, Anna"
    return session_ws


def _check(text: str, *, names_allowed: bool) -> None:
    flat = " ".join(text.split())
    assert "Annahme der Benutzer" in flat and "Benutzerhandbuch" in flat
    assert "26hme" not in flat and "3utzer" not in flat
    assert "Teilnehmende 26 meint, Teilnehmende 3 bringt Kuchen" in flat
    assert "ANNA" not in flat and " Ben " not in flat
    if names_allowed:  # the consented "Anna Schulz" stays whole; the hidden "Anna" inside it is not cut out
        assert "Anna Schulz und Teilnehmende 26 fahren mit" in flat
    else:
        assert "Anna Schulz" not in flat and "Teilnehmende 4 und Teilnehmende 26 fahren mit" in flat


def test_the_dataset_rule_is_whole_words_and_case_insensitive(hidden_names):
    with WorkspaceFile.open(hidden_names, readonly=True) as ws, ws.session() as s:
        for with_names in (False, True):
            scrub = privacy_of(s, with_names=with_names).scrubber()
            _check("\n".join(scrub(t) for t in TEXTS) + " Benutzerhandbuch", names_allowed=with_names)
            data = build_dataset(s, with_names=with_names)
            _check(json.dumps(data, ensure_ascii=False), names_allowed=with_names)


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
@pytest.mark.parametrize("with_names", [False, True])
def test_every_export_format_replaces_whole_words_only(hidden_names, tmp_path, fmt, with_names):
    with WorkspaceFile.open(hidden_names, readonly=True) as ws:
        written = Path(export_workspace(ws, tmp_path / f"x.{fmt}", fmt, with_names=with_names).path)
    if fmt == "xlsx":
        book = openpyxl.load_workbook(written, read_only=True)
        text = "\n".join(str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row
                         if v is not None)
        book.close()
    elif fmt == "csv":
        text = "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(written.glob("*.csv")))
    else:
        text = written.read_text(encoding="utf-8")
    _check(text, names_allowed=with_names)


def test_the_protocol_text_and_its_canvas_picture_replace_whole_words_only(hidden_names, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) fehlt")
    with WorkspaceFile.open(hidden_names, readonly=True) as ws:
        with ws.session() as s:
            session_id = s.scalars(select(EventSession.id)).first()
        pdf = write_session_protocol(ws, session_id, tmp_path / "p.pdf", render_pictures=render_canvas_pdfs)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    _check(text, names_allowed=True)
    assert "Quartiersbüro, Teilnehmende 26" in " ".join(text.split())
    # the card is printed twice: in the list of the canvas and on its picture, both times with the pseudonym
    assert " ".join(text.split()).count("Teilnehmende 26 meint") >= 2
