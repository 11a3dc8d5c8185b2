"""Write a small table as CSV (UTF-8 with BOM, ";" – what German Excel opens directly) or XLSX, atomically.

The file appears complete or not at all: we write a temporary file in the target folder and move it into place
with ``os.replace``. Every text cell passes the formula guard, because names and notes come from other people.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

from app.domain.cell_guard import neutralise, spreadsheet_cell
from app.store.atomic_file import write_with


def _atomic_write(target: Path, write: Callable[[Path], object]) -> Path:
    return write_with(target, write)


def write_csv(target: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            w.writerow([neutralise(h) for h in header])
            for row in rows:
                w.writerow([neutralise("" if v is None else v) for v in row])

    return _atomic_write(target, write)


def write_xlsx(target: Path, header: Sequence[str], rows: Sequence[Sequence[object]], *, title: str = "Liste"
               ) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    def write(tmp: Path) -> None:
        wb = Workbook()
        ws = wb.active
        ws.title = title[:31]
        ws.append([spreadsheet_cell(h) for h in header])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([spreadsheet_cell("" if v is None else v) for v in row])
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(10, width + 2), 50)
        ws.freeze_panes = "A2"
        wb.save(tmp)

    return _atomic_write(target, write)
