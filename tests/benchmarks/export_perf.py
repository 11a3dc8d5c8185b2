"""CSV and XLSX export of 100,000 rows against pandas writing the same frame directly (target ≤ 1.5×).

Both sides get the same typed rows (a card table: text, ids, coordinates, yes/no, € amounts). Ours converts
every cell (German numbers and dates, € format, the formula guard) and writes atomically; pandas writes the
frame as it is (``to_csv`` with ``;`` and decimal comma, ``to_excel`` with openpyxl). The warm-up is a small
table through both, so a 100,000-row workbook is not written twice just to be thrown away.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime

from tests.benchmarks.harness import BenchContext, BenchResult, measure, median_pair

TARGET = "≤ 1.5× pandas"
BLOCKS = ("schluesselpartner", "wertangebot", "zielgruppen", "kanaele", "kostenstruktur")


def card_rows(n: int, seed: int = 1) -> list[dict]:
    rnd = random.Random(seed)
    return [{"id": str(uuid.UUID(int=rnd.getrandbits(128))), "canvas_id": "leinwand-1",
             "block_key": BLOCKS[i % len(BLOCKS)], "text": f"Karte {i}: Einkaufsbegleitung dienstags, Größe {i % 7}",
             "color": "#ffec99", "x": float(i % 40 * 210), "y": float(i // 40 * 130), "w": 200.0, "h": 120.0,
             "z": float(i), "cluster_id": None, "private": i % 13 == 0, "author_id": "teilnehmende-1",
             "amount_cents": (i * 37) % 500_000 if i % 3 == 0 else None, "amount_period": "month"}
            for i in range(n)]


def _measure(ctx: BenchContext, name: str, fmt: str) -> BenchResult:
    import pandas as pd

    from app.reports.export_tables import write_csv_folder, write_xlsx_workbook

    n = 2_000 if ctx.smoke else 100_000
    rows, small = card_rows(n), card_rows(200)
    frame, small_frame = pd.DataFrame(rows), pd.DataFrame(small)
    counter = iter(range(1_000_000))
    moment = datetime(2026, 3, 14, 18, 0)

    def ours(data: list[dict]) -> None:
        target = ctx.workdir / f"{fmt}-{next(counter)}"
        if fmt == "csv":
            write_csv_folder({"cards": data}, target, with_names=False, exported_at=moment)
        else:
            write_xlsx_workbook({"cards": data}, target.with_suffix(".xlsx"), with_names=False, exported_at=moment)

    def theirs(df) -> None:  # type: ignore[no-untyped-def]
        target = ctx.workdir / f"pandas-{next(counter)}.{fmt}"
        if fmt == "csv":
            df.to_csv(target, sep=";", decimal=",", encoding="utf-8-sig", index=False)
        else:
            df.to_excel(target, index=False, engine="openpyxl")

    ours(small)  # warm-up: imports and caches of both sides
    theirs(small_frame)
    repeats = ctx.repeats
    value, baseline = median_pair(lambda: ours(rows), lambda: theirs(frame), repeats=repeats, warmup=0)
    verdict = "ok" if value <= 1.5 * baseline else "MISSED"
    return BenchResult.compare(name, value, baseline, "s", TARGET,
                               note=f"{verdict}; {n} rows × 15 columns; baseline: pandas writes the same frame")


@measure("export_csv_100k")
def export_csv(ctx: BenchContext) -> BenchResult:
    return _measure(ctx, "export_csv_100k", "csv")


@measure("export_xlsx_100k")
def export_xlsx(ctx: BenchContext) -> BenchResult:
    return _measure(ctx, "export_xlsx_100k", "xlsx")
