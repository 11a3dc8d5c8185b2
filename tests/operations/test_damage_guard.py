"""A tampered workspace: ``check`` names the damage; ``report``, ``render`` and ``export`` end with one German line."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import run_cli
from app.operations.damage_guard import DamagedWorkspace, damage_explained
from app.operations.demo import create_demo_workspace

DAMAGE = {
    "binary card text": "UPDATE cards SET text = X'00FF41'",
    "text in a position": "UPDATE cards SET x = 'links'",
    "impossible session date": "UPDATE sessions SET date = '2025-13-45'",
    "bad comment time": "UPDATE comments SET created_at = 'gestern'",
    "tags that are no list": "UPDATE comments SET elsi_tags = '{\"a\": 1}'",
    "invalid utf-8": "UPDATE cards SET text = CAST(X'41C328' AS TEXT)",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.werkstatt"
    create_demo_workspace(path)
    return path


def damaged(demo: Path, folder: Path, sql: str) -> Path:
    path = folder / "kaputt.werkstatt"
    shutil.copy(demo, path)
    con = sqlite3.connect(path)
    con.execute(sql)
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_check_report_render_and_export_never_crash_on_a_damaged_file(demo, tmp_path, capsys, damage):
    path = damaged(demo, tmp_path, DAMAGE[damage])
    canvas = sqlite3.connect(path).execute("SELECT title FROM canvases ORDER BY title LIMIT 1").fetchone()[0]
    assert run_cli(["check", str(path)]) == 1
    out = capsys.readouterr()
    assert "Ergebnis: FEHLER" in out.out and "Traceback" not in out.err
    table = DAMAGE[damage].split()[1]
    assert f"    - {table} " in out.out
    commands = {
        "report": ["report", str(path), "--out", str(tmp_path / "p.pdf")],
        "render": ["render", str(path), "--canvas", canvas, "--out", str(tmp_path / "c.png")],
        "export-xlsx": ["export", str(path), "--format", "xlsx", "--out", str(tmp_path / "e.xlsx")],
        "export-json": ["export", str(path), "--format", "json", "--out", str(tmp_path / "e.json")],
    }
    for name, argv in commands.items():
        code = run_cli(argv)
        out = capsys.readouterr()
        assert "Traceback" not in out.err, name
        if code == 0:  # a reader that never touches the damaged value may finish
            continue
        assert code == 1 and out.err.startswith("Fehler: "), (name, out.err)
        assert "beschädigt" in out.err and "werkstatt check" in out.err, (name, out.err)
        assert len(out.err.strip().splitlines()) == 1, (name, out.err)


def test_report_of_a_damaged_session_is_refused_and_writes_nothing(demo, tmp_path, capsys):
    path = damaged(demo, tmp_path, DAMAGE["binary card text"])
    assert run_cli(["report", str(path), "--out", str(tmp_path / "p.pdf")]) == 1
    err = capsys.readouterr().err
    assert "cards" in err and "Binärdaten" in err
    assert not (tmp_path / "p.pdf").exists()


def test_a_real_bug_is_not_blamed_on_a_healthy_file(demo):
    with pytest.raises(ZeroDivisionError), damage_explained(demo):
        _ = 1 / 0


def test_a_failure_on_a_damaged_file_names_the_damage(demo, tmp_path):
    path = damaged(demo, tmp_path, DAMAGE["text in a position"])
    with pytest.raises(DamagedWorkspace, match="cards .*: x – Zahl erwartet"), damage_explained(path):
        raise TypeError("float expected")
