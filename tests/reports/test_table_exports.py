"""CSV and XLSX exports: German, typed, pseudonymised, guarded against formulas, complete or not at all."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.operations.demo import create_demo_workspace
from app.operations.export_ops import ExportCancelled, export_workspace, resolve_target
from app.reports import export_tables
from app.reports.export_tables import EUR_FORMAT, README
from app.reports.protocol.data import participant_labels
from app.store.models import Canvas, Card, Participant
from app.store.workspace_file import WorkspaceFile

from .conftest import OPEN_NAME, SECRET_NAME

ROOT = Path(__file__).resolve().parents[2]
MOMENT = datetime(2026, 11, 20, 9, 0)


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, for German Excel"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def csv_table(folder: Path, title: str) -> list[dict[str, str]]:
    (path,) = [p for p in folder.glob("*.csv") if p.stem.split("_", 1)[1] == title]
    header, *rows = read_csv(path)
    return [dict(zip(header, r, strict=True)) for r in rows]


def everything_in(path: Path) -> str:
    """All text of an export: every CSV file, every XML part of a workbook, or the JSON document."""
    if path.is_dir():
        return "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(path.iterdir()))
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    return path.read_text(encoding="utf-8")


def export(ws_path: Path, out: Path, fmt: str, **kw) -> Path:
    with WorkspaceFile.open(ws_path, readonly=True) as ws:
        return export_workspace(ws, out, fmt, exported_at=MOMENT, **kw).path


def test_csv_folder_is_german_excel_ready(session_ws, tmp_path):
    folder = export(session_ws, tmp_path / "export", "csv")
    assert folder == tmp_path / "export" and (folder / README).exists()
    names = sorted(p.name for p in folder.glob("*.csv"))
    assert names[:3] == ["01_Sitzungen.csv", "02_Teilnehmende.csv", "03_Akteure.csv"]
    sessions = csv_table(folder, "Sitzungen")
    assert sessions[0]["Datum"] == "19.11.2026" and sessions[0]["Titel"].startswith("Dienstleisterkonferenz")
    cards = {r["Text"]: r for r in csv_table(folder, "Karten")}
    assert cards["Entlastungsbetrag §45b"]["Betrag (€)"] == "3930,00"
    assert cards["Bäckerei Größe liefert Brötchen"]["verdeckt"] == "nein"
    assert "Bäckerei Größe liefert Brötchen" in (folder / "05_Karten.csv").read_text(encoding="utf-8-sig")


def test_xlsx_read_back_has_sheets_german_headers_types_and_number_formats(session_ws, tmp_path):
    path = export(session_ws, tmp_path / "daten.xlsx", "xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:5] == ["Sitzungen", "Teilnehmende", "Akteure", "Leinwände", "Karten"]
    assert wb.sheetnames[-1] == "Über diesen Export"

    def rows(sheet: str) -> list[dict]:
        header, *body = list(wb[sheet].iter_rows())
        return [{h.value: c for h, c in zip(header, r, strict=True)} for r in body]

    session = rows("Sitzungen")[0]
    assert session["Datum"].value == datetime(2026, 11, 19) and session["Datum"].number_format == "DD.MM.YYYY"
    money = next(r for r in rows("Karten") if r["Text"].value == "Entlastungsbetrag §45b")["Betrag (€)"]
    assert money.value == Decimal("3930") and money.number_format == EUR_FORMAT
    assert money.data_type == "n"
    vote_round = rows("Abstimmungsrunden")[0]
    assert vote_round["Punkte je Person"].value == 5 and vote_round["anonym"].value is False
    assert isinstance(vote_round["geöffnet um"].value, datetime)
    assert rows("Stimmen")[0]["Punkte"].data_type == "n"
    assert wb["Karten"].freeze_panes == "A2"


def test_default_exports_never_name_a_participant_without_consent(session_ws, tmp_path):
    for fmt, out in (("csv", tmp_path / "c"), ("xlsx", tmp_path / "x.xlsx"), ("json", tmp_path / "j.json")):
        text = everything_in(export(session_ws, out, fmt))
        assert SECRET_NAME not in text, fmt
        assert OPEN_NAME not in text, fmt  # pseudonymised by default: no names at all
        assert "Teilnehmende 1" in text


def test_with_names_only_people_who_consented_are_named(session_ws, tmp_path):
    for fmt, out in (("csv", tmp_path / "c"), ("xlsx", tmp_path / "x.xlsx"), ("json", tmp_path / "j.json")):
        text = everything_in(export(session_ws, out, fmt, with_names=True))
        assert OPEN_NAME in text and SECRET_NAME not in text, fmt


def test_demo_exports_hide_every_name_without_consent(tmp_path):
    path = tmp_path / "demo.werkstatt"
    create_demo_workspace(path)
    with WorkspaceFile.open(path, readonly=True) as ws, ws.session() as s:
        labels = participant_labels(s)
        people = [(p.display_name, labels[p.id][0] == p.display_name) for p in s.scalars(select(Participant))]
    hidden = [n for n, shown in people if n and not shown]
    assert hidden
    for fmt, out in (("csv", tmp_path / "c"), ("xlsx", tmp_path / "x.xlsx"), ("json", tmp_path / "j.json")):
        for with_names in (False, True):
            text = everything_in(export(path, out, fmt, with_names=with_names))
            for name in hidden:
                assert name not in text, (fmt, with_names, name)


def test_anonymous_votes_carry_no_voter_in_csv(session_ws, tmp_path):
    with WorkspaceFile.open(session_ws) as ws, ws.session() as s:
        from app.store.models import VoteRound

        s.scalars(select(VoteRound)).one().anonymous = True
    votes = csv_table(export(session_ws, tmp_path / "c", "csv"), "Stimmen")
    assert votes and all(v["Teilnehmende (Kennung)"] == "" for v in votes)


GUARD_CASES = [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+49 209 123", "'+49 209 123"),
    ("-2+3", "'-2+3"),
    ("@SUMME(A1)", "'@SUMME(A1)"),
    ("\tTabulator", "'\tTabulator"),
    ("\rWagenrücklauf", "'\rWagenrücklauf"),
    ("Größe = 3", "Größe = 3"),
    ("normaler Text", "normaler Text"),
]


@pytest.mark.parametrize(("typed", "expected"), GUARD_CASES)
def test_formula_guard_neutralises_every_text_cell_in_csv_and_xlsx(session_ws, tmp_path, typed, expected):
    with WorkspaceFile.open(session_ws) as ws, ws.session() as s:
        canvas = s.scalars(select(Canvas)).first()
        s.add(Card(canvas_id=canvas.id, block_key="kanaele", text=typed, color=typed, x=1, y=1, w=200, h=120))
    cards = csv_table(export(session_ws, tmp_path / "c", "csv"), "Karten")
    row = next(r for r in cards if r["Text"].lstrip("'") == typed)
    assert row["Text"] == expected and row["Farbe"] == expected
    wb = openpyxl.load_workbook(export(session_ws, tmp_path / "x.xlsx", "xlsx"))
    header = [c.value for c in wb["Karten"][1]]
    values = [dict(zip(header, (c.value for c in r), strict=True)) for r in wb["Karten"].iter_rows(min_row=2)]
    xml = str.maketrans({"\r": "\n"})  # XML reads a carriage return back as a line feed
    cell = next(v for v in values if (v["Text"] or "").lstrip("'") == typed.translate(xml))
    assert cell["Text"] == expected.translate(xml) and cell["Farbe"] == expected.translate(xml)
    assert all(c.data_type != "f" for r in wb["Karten"].iter_rows() for c in r)  # no formula anywhere


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_crash_mid_write_leaves_no_file_and_keeps_the_previous_export(session_ws, tmp_path, monkeypatch, fmt):
    out = tmp_path / ("export" if fmt == "csv" else "export.xlsx")
    export(session_ws, out, fmt)
    before = everything_in(out)
    calls = {"n": 0}
    real = export_tables.csv_rows if fmt == "csv" else export_tables._append_rows

    def crash_on_fifth_table(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError("Datenträger voll")
        return real(*args, **kwargs)

    monkeypatch.setattr(export_tables, "csv_rows" if fmt == "csv" else "_append_rows", crash_on_fifth_table)
    with pytest.raises(OSError, match="Datenträger voll"):
        export(session_ws, out, fmt)
    assert everything_in(out) == before  # the earlier export is untouched
    fresh = tmp_path / ("neu" if fmt == "csv" else "neu.xlsx")
    calls["n"] = 0
    with pytest.raises(OSError):
        export(session_ws, fresh, fmt)
    assert not fresh.exists()
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_a_cancelled_export_leaves_nothing_behind(session_ws, tmp_path, fmt):
    out = tmp_path / ("c" if fmt == "csv" else f"x.{fmt}")
    asked = {"n": 0}

    def cancel_after_a_while() -> bool:
        asked["n"] += 1
        return asked["n"] > 3

    with pytest.raises(ExportCancelled):
        export(session_ws, out, fmt, cancelled=cancel_after_a_while if fmt != "json" else lambda: True)
    assert not out.exists()
    assert _leftovers(tmp_path) == []


def test_an_existing_folder_gets_a_new_export_folder_inside(session_ws, tmp_path):
    documents = tmp_path / "Dokumente"
    documents.mkdir()
    (documents / "Brief.odt").write_text("privat")
    target = resolve_target(documents, "csv", "Schaffrath", date(2026, 11, 20))
    assert target == documents / "Werkstatt-Export_Schaffrath_2026-11-20"
    assert resolve_target(documents, "xlsx", "Schaffrath", date(2026, 11, 20)).name.endswith(".xlsx")
    assert resolve_target(tmp_path / "daten", "xlsx", "Schaffrath", date(2026, 11, 20)).name == "daten.xlsx"
    folder = export(session_ws, documents, "csv")
    assert folder.parent == documents and (documents / "Brief.odt").read_text() == "privat"
    again = export(session_ws, folder, "csv")  # an earlier export is replaced as a whole
    assert again == folder
    with pytest.raises(ValueError, match="gibt es nicht"):
        resolve_target(tmp_path / "fehlt" / "x.xlsx", "xlsx", "Schaffrath", date(2026, 11, 20))


def test_export_command_writes_each_format(session_ws, tmp_path):
    for fmt, out in (("csv", tmp_path / "c"), ("xlsx", tmp_path / "x.xlsx"), ("json", tmp_path / "j.json")):
        done = subprocess.run([sys.executable, "-m", "app", "export", str(session_ws), "--format", fmt, "--out",
                               str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "pseudonymisiert" in done.stdout and out.exists()
    assert json.loads((tmp_path / "j.json").read_text(encoding="utf-8"))["meta"]["pseudonymised"] is True
    bad = subprocess.run([sys.executable, "-m", "app", "export", str(session_ws), "--format", "ods", "--out",
                          str(tmp_path / "x.ods")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr and "csv" in bad.stderr


CONTROL_TEXT = "Zeile eins\x0bZeile zwei (Word)\x00 NUL \x1b ESC"


def test_control_characters_export_to_xlsx_visibly_and_to_csv_and_json_unchanged(session_ws, tmp_path, capsys):
    from app.cli import run_cli

    with WorkspaceFile.open(session_ws) as ws, ws.session() as s:
        canvas = s.scalars(select(Canvas)).first()
        s.add(Card(canvas_id=canvas.id, block_key="kanaele", text=CONTROL_TEXT, x=1, y=1, w=200, h=120))
        s.add(Card(canvas_id=canvas.id, block_key="kanaele", text="=\x0bFORMEL", x=1, y=1, w=200, h=120))
    assert run_cli(["export", str(session_ws), "--format", "xlsx", "--out", str(tmp_path / "x.xlsx")]) == 0
    assert "2 Zellen enthielten Steuerzeichen" in capsys.readouterr().out
    wb = openpyxl.load_workbook(tmp_path / "x.xlsx")
    cells = {c.value for row in wb["Karten"].iter_rows(min_row=2) for c in row if isinstance(c.value, str)}
    assert "Zeile eins␋Zeile zwei (Word)␀ NUL ␛ ESC" in cells and "'=␋FORMEL" in cells
    info = " ".join(str(c.value) for row in wb["Über diesen Export"].iter_rows() for c in row if c.value)
    assert "2 Zellen enthielten Steuerzeichen" in info
    cards = csv_table(export(session_ws, tmp_path / "c", "csv"), "Karten")
    assert any(r["Text"] == CONTROL_TEXT for r in cards)
    doc = json.loads(export(session_ws, tmp_path / "j.json", "json").read_text(encoding="utf-8"))
    assert any(c["text"] == CONTROL_TEXT for c in doc["cards"])


def test_small_table_xlsx_holds_control_characters_visibly(tmp_path):
    from app.reports.table_export import write_xlsx

    write_xlsx(tmp_path / "l.xlsx", ["Name", "Notiz"], [["Bäckerei\x0bKötter", "+49\x00"]])
    ws = openpyxl.load_workbook(tmp_path / "l.xlsx").active
    assert [c.value for c in ws[2]] == ["Bäckerei␋Kötter", "'+49␀"]
