"""The layer rules of GUIDE.md are import-linter contracts in pyproject.toml; a wrong arrow fails here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    exe = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(exe), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout


def test_domain_imports_neither_qt_nor_sqlalchemy():
    for f in (ROOT / "app" / "domain").rglob("*.py"):
        text = f.read_text(encoding="utf-8")
        assert "PySide6" not in text and "sqlalchemy" not in text, f
