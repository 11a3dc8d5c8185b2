"""Edges of the command line: mistyped folders, foreign hub drivers, newer files, no display."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import run_cli
from tests.sync.helpers import make_origin

ROOT = Path(__file__).resolve().parents[1]


def _err_line(capsys) -> str:  # type: ignore[no-untyped-def]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("Fehler: ") and "Traceback" not in err[0]
    return err[0]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("w") / "werkstatt.werkstatt"
    make_origin(path)
    return path


def test_merge_into_a_folder_that_does_not_exist_creates_nothing(tmp_path, workspace, capsys):
    target = tmp_path / "Werkstat" / "master.werkstatt"  # a typo in the folder
    assert run_cli(["merge", str(target), str(workspace)]) == 1
    line = _err_line(capsys)
    assert "Den Ordner" in line and "gibt es nicht" in line
    assert list(tmp_path.iterdir()) == []


def test_merge_into_a_folder_is_refused(tmp_path, workspace, capsys):
    assert run_cli(["merge", str(tmp_path), str(workspace)]) == 1
    assert "ist ein Ordner" in _err_line(capsys)
    assert list(tmp_path.iterdir()) == []


def test_a_merge_that_merges_nothing_leaves_no_new_master(tmp_path, capsys):
    broken = tmp_path / "kaputt.qwpaket"
    broken.write_bytes(b"QWPAKET1" + b"\0" * 10)
    assert run_cli(["merge", str(tmp_path / "neu.werkstatt"), str(broken)]) == 1
    _err_line(capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kaputt.qwpaket"]


@pytest.mark.parametrize("url", ["postgresql+nosuchdriver://u@h/db", "postgresql+psycopg2://u@h/db",
                                 "postgresql+asyncpg://u@h/db", "postgresql://u@h:keinport/db",
                                 "mysql+pymysql://u@h/db", "://kaputt"])
def test_a_hub_address_with_an_unknown_driver_is_a_german_line(tmp_path, workspace, capsys, url):
    assert run_cli(["hub", "init", url]) == 1
    line = _err_line(capsys)
    assert "Can't load plugin" not in line and "invalid literal" not in line
    assert run_cli(["sync", str(workspace), "--hub", url]) == 1
    _err_line(capsys)


def test_pack_refuses_a_file_written_by_a_newer_version(tmp_path, workspace, capsys):
    newer = tmp_path / "neuer.werkstatt"
    newer.write_bytes(workspace.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num='9999_aus_der_zukunft'")
    con.commit()
    con.close()
    before = newer.read_bytes()
    assert run_cli(["pack", str(newer), "--out", str(tmp_path / "p.qwpaket")]) == 1
    assert "neueren Version" in _err_line(capsys)
    assert not (tmp_path / "p.qwpaket").exists() and newer.read_bytes() == before


@pytest.mark.parametrize("command", ["report", "render"])
def test_headless_commands_draw_offscreen_even_when_the_environment_asks_for_a_display(tmp_path, command):
    """QT_QPA_PLATFORM=xcb with no DISPLAY used to abort inside Qt (exit 134)."""
    demo = tmp_path / "demo.werkstatt"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    run = [sys.executable, "-m", "app"]
    subprocess.run([*run, "demo", str(demo)], check=True, env=env, cwd=ROOT, capture_output=True, timeout=120)
    con = sqlite3.connect(demo)
    canvas = con.execute("SELECT id FROM canvases LIMIT 1").fetchone()[0]
    con.close()
    out = tmp_path / ("p.pdf" if command == "report" else "b.png")
    argv = [str(demo), "--out", str(out)] + (["--canvas", canvas] if command == "render" else [])
    done = subprocess.run([*run, command, *argv], env=env, cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 1000
