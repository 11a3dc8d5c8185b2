"""Every command that writes a file, with a check that what it wrote is complete: the full-disk and read-only
tests run each of them against real media."""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.cli import run_cli


@dataclass(frozen=True)
class Source:
    """A demo workspace and what the commands need from it (on an ordinary disk)."""

    workspace: Path
    canvas_id: str
    participant_id: str
    package: Path
    passphrase_file: Path


@dataclass(frozen=True)
class Writer:
    name: str
    output: str  # file or folder name the command writes into the target folder
    argv: Callable[[Source, Path], list[str]]
    complete: Callable[[Path], None]
    replaces: bool = True  # a second run replaces the first output (else: refused or a new entry)


def run(argv: list[str]) -> tuple[int, str, str]:
    """The command line in this process: exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run_cli([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


def png_complete(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(b"IEND\xaeB`\x82"), path


def svg_complete(path: Path) -> None:
    assert ET.parse(path).getroot().tag.endswith("svg")


def pdf_complete(path: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(path, strict=True)
    assert len(reader.pages) >= 1
    assert path.read_bytes().rstrip().endswith(b"%%EOF")


def xlsx_complete(path: Path) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames
    wb.close()


def json_complete(path: Path) -> None:
    assert json.loads(path.read_text(encoding="utf-8"))


def csv_complete(path: Path) -> None:
    names = sorted(p.name for p in path.iterdir())
    assert any(n.endswith(".csv") for n in names) and not any(n.startswith(".") for n in names), names
    for p in path.iterdir():
        p.read_text(encoding="utf-8-sig")


def workspace_complete(path: Path) -> None:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM workspace").fetchone()[0] == 1
    finally:
        con.close()


def package_complete(path: Path) -> None:
    import tempfile

    from app.sync.package import read_package

    with tempfile.TemporaryDirectory() as folder:
        passphrase = "geheim" if "verschluesselt" in path.name else None
        read_package(path, passphrase, Path(folder) / "s.sqlite")


WRITERS = [
    Writer("demo", "neu.werkstatt", lambda s, d: ["demo", d / "neu.werkstatt"], workspace_complete, False),
    Writer("render-png", "bild.png", lambda s, d: ["render", s.workspace, "--canvas", s.canvas_id, "--out",
                                                  d / "bild.png"], png_complete),
    Writer("render-svg", "bild.svg", lambda s, d: ["render", s.workspace, "--canvas", s.canvas_id, "--out",
                                                  d / "bild.svg"], svg_complete),
    Writer("render-pdf", "bild.pdf", lambda s, d: ["render", s.workspace, "--canvas", s.canvas_id, "--out",
                                                  d / "bild.pdf"], pdf_complete),
    Writer("report", "protokoll.pdf", lambda s, d: ["report", s.workspace, "--out", d / "protokoll.pdf"],
           pdf_complete),
    Writer("export-json", "daten.json", lambda s, d: ["export", s.workspace, "--format", "json", "--out",
                                                     d / "daten.json"], json_complete),
    Writer("export-xlsx", "daten.xlsx", lambda s, d: ["export", s.workspace, "--format", "xlsx", "--out",
                                                     d / "daten.xlsx"], xlsx_complete),
    Writer("export-csv", "csv", lambda s, d: ["export", s.workspace, "--format", "csv", "--out", d / "csv"],
           csv_complete, False),
    Writer("pack", "laptop.qwpaket", lambda s, d: ["pack", s.workspace, "--out", d / "laptop.qwpaket"],
           package_complete),
    Writer("pack-encrypted", "verschluesselt.qwpaket",
           lambda s, d: ["pack", s.workspace, "--out", d / "verschluesselt.qwpaket", "--passphrase-file",
                         s.passphrase_file], package_complete),
    Writer("merge-new-master", "master.werkstatt", lambda s, d: ["merge", d / "master.werkstatt", s.package],
           workspace_complete, False),
    Writer("export-person", "auskunft.json", lambda s, d: ["export-person", s.workspace, "--participant",
                                                         s.participant_id, "--out", d / "auskunft.json"],
           json_complete),
]


def make_source(folder: Path) -> Source:
    from app.operations.demo import create_demo_workspace

    workspace = folder / "quelle.werkstatt"
    create_demo_workspace(workspace, seed=7)
    con = sqlite3.connect(workspace)
    try:
        canvas_id = con.execute("SELECT id FROM canvases WHERE deleted=0 ORDER BY title LIMIT 1").fetchone()[0]
        participant_id = con.execute("SELECT id FROM participants WHERE deleted=0 LIMIT 1").fetchone()[0]
    finally:
        con.close()
    package = folder / "quelle.qwpaket"
    assert run(["pack", workspace, "--out", package])[0] == 0
    passphrase_file = folder / "passwort.txt"
    passphrase_file.write_text("geheim\n", encoding="utf-8")
    return Source(workspace, canvas_id, participant_id, package, passphrase_file)


ENGLISH = ("Errno", "No space", "Read-only file system", "Traceback", "Permission denied", "disk I/O",
           "database or disk is full", "readonly database")


def assert_one_german_line(err: str, *must: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith("Fehler: "), line
    for english in ENGLISH:
        assert english not in line, line
    assert ".tmp" not in line and "beschädigt" not in line, line
    for words in must:
        assert words in line, line
