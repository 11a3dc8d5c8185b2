"""The pack and merge commands: German output, one German line on errors, no tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.cli import run_cli
from app.sync import package_crypto

from .helpers import card_text, copies, make_origin, set_card

ROOT = Path(__file__).resolve().parents[2]


def test_pack_then_merge_with_passphrase_file(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(package_crypto, "SCRYPT_N", 2**14)
    origin = tmp_path / "o.werkstatt"
    ids = make_origin(origin)
    (b,) = copies(origin, ["b.werkstatt"])
    set_card(b, ids["cards"][0], text="über USB")
    secret = tmp_path / "passwort.txt"
    secret.write_text("Grüne Wiese 7\n", encoding="utf-8")
    pkg = tmp_path / "b.qwpaket"
    assert run_cli(["pack", str(b), "--out", str(pkg), "--passphrase-file", str(secret)]) == 0
    assert "verschlüsselt" in capsys.readouterr().out
    master = tmp_path / "master.werkstatt"
    assert run_cli(["merge", str(master), str(pkg), "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr().out
    assert "Neue Werkstatt-Datei angelegt" in out and "Zusammengeführt: 1 Quelle(n)" in out
    assert card_text(master, ids["cards"][0]) == "über USB"


def test_wrong_passphrase_is_one_german_line_without_traceback(tmp_path):
    origin = tmp_path / "o.werkstatt"
    make_origin(origin)
    right, wrong = tmp_path / "r.txt", tmp_path / "w.txt"
    right.write_text("richtig")
    wrong.write_text("falsch")
    pkg = tmp_path / "o.qwpaket"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                              timeout=120)

    assert cli("pack", str(origin), "--out", str(pkg), "--passphrase-file", str(right)).returncode == 0
    done = cli("merge", str(tmp_path / "m.werkstatt"), str(pkg), "--passphrase-file", str(wrong))
    assert done.returncode == 1
    assert done.stderr.startswith("Fehler: Das Passwort passt nicht") and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "m.werkstatt").exists()


def test_merge_of_a_missing_source_says_so_in_german(tmp_path, capsys):
    assert run_cli(["merge", str(tmp_path / "m.werkstatt"), str(tmp_path / "fehlt.qwpaket")]) == 1
    assert "gibt es nicht" in capsys.readouterr().err
