"""Inventory files from elsewhere: read by their real content, or refused within a second and little memory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from app.domain.actor_import_parse import ImportFileError
from app.domain.table_file import MAX_COLUMNS, read_table

PEAK = ("def peak_mb():\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmHWM:'):\n"
        "            return int(line.split()[1]) // 1024\n")
ROWS = [["Name", "PLZ", "Ort"], ["Bäckerei Kötter", "45894", "Gelsenkirchen"], ["Apotheke am Markt", "45894", "GE"]]


def _workbook(path: Path, stray: str | None, where: str = "XFD1048576") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in ROWS:
        ws.append(row)
    ws[where] = stray
    ws[where].font = Font(bold=True)  # a formatted cell is written even when it is empty
    wb.save(path)
    return path


def _measured(path: Path) -> tuple[str, float, int]:
    """Read ``path`` in a fresh interpreter: (outcome, seconds, peak resident memory in MB)."""
    code = (PEAK + "import time\n"
            "from pathlib import Path\n"
            "from app.domain.actor_import_parse import ImportFileError\n"
            "from app.domain.table_file import read_table\n"
            "t = time.perf_counter()\n"
            "try:\n"
            f"    rows = read_table(Path({str(path)!r}))\n"
            "    print(repr(rows))\n"
            "except ImportFileError as exc:\n"
            "    print('refused: ' + str(exc))\n"
            "print(time.perf_counter() - t)\n"
            "print(peak_mb())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    outcome, seconds, mb = out.stdout.strip().splitlines()
    return outcome, float(seconds), int(mb)


def test_an_empty_formatted_cell_at_xfd1048576_leaves_the_real_content(tmp_path):
    outcome, seconds, mb = _measured(_workbook(tmp_path / "leer.xlsx", None))
    assert outcome == repr(ROWS)
    assert seconds < 2.0 and mb < 200  # well under a second on an idle machine


def test_a_stray_value_at_xfd1048576_is_refused_naming_the_cell(tmp_path):
    outcome, seconds, mb = _measured(_workbook(tmp_path / "streu.xlsx", "x"))
    assert outcome.startswith("refused: ") and "XFD1048576" in outcome
    assert seconds < 2.0 and mb < 200  # well under a second on an idle machine


@pytest.mark.parametrize("where", ["A20002", f"{openpyxl.utils.get_column_letter(MAX_COLUMNS + 1)}2"])
def test_a_value_just_outside_the_limits_is_refused(tmp_path, where):
    with pytest.raises(ImportFileError, match=where):
        read_table(_workbook(tmp_path / "knapp.xlsx", "x", where))


def test_values_inside_the_limits_keep_their_rows_and_columns(tmp_path):
    rows = read_table(_workbook(tmp_path / "innen.xlsx", "Notiz", "E5"))
    assert rows[:3] == [r + ["", ""] for r in ROWS]
    assert rows[3] == [""] * 5 and rows[4] == ["", "", "", "", "Notiz"]


def test_many_formatted_empty_cells_far_right_cost_nothing(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in ROWS:
        ws.append(row)
    for r in range(1, 3000):
        ws.cell(row=r, column=16384).font = Font(italic=True)
    wb.save(tmp_path / "breit.xlsx")
    outcome, seconds, mb = _measured(tmp_path / "breit.xlsx")
    assert outcome == repr(ROWS)
    assert seconds < 2.0 and mb < 200
