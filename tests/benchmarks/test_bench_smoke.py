"""The benchmark harness runs end to end in smoke mode and writes bench.json in the agreed shape.

No timing is asserted: the machine is shared and timings vary; only the structure is the contract. Every
registered measure runs (tiny boards, few samples); only the merge may be skipped, until the sync engine is part
of the app.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.benchmarks.harness import MEASURES, ROOT
from tests.benchmarks.run import MEASURE_MODULES  # noqa: F401  (registers every measure)

KEYS = {"name", "value", "unit", "baseline", "ratio", "target", "note", "peer", "peer_ratio"}
MAY_SKIP = {"merge_10x5000"}
CANVAS = ("canvas_move", "canvas_move_p95", "canvas_edit", "canvas_fit", "canvas_render", "canvas_load",
          "memory_board")


def test_every_canvas_measure_exists_at_every_size():
    for size in (500, 2000, 5000, 10000):
        for kind in CANVAS:
            assert f"{kind}_{size}" in MEASURES
    assert {"startup_board_2000", "durable_edit_commit", "demo_large_create", "merge_10x5000"} <= set(MEASURES)
    assert {"protocol_workshop", "export_csv_100k", "export_xlsx_100k"} <= set(MEASURES)


def test_smoke_run_writes_one_well_formed_record_per_measure(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, "-m", "tests.benchmarks.run", "--smoke", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "baseline" in done.stdout.splitlines()[0]
    records = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(records, list)
    assert [r["name"] for r in records] == list(MEASURES)
    for r in records:
        assert KEYS <= set(r), r
        assert isinstance(r["unit"], str) and r["unit"]
        assert isinstance(r["target"], str)
        if r["value"] is None:
            # a measure that cannot run says why instead of reporting a number
            assert r["name"] in MAY_SKIP, r
            assert r["note"].startswith("skipped:"), r
            assert r["baseline"] is None and r["ratio"] is None
        else:
            assert r["value"] > 0 and r["baseline"] > 0, r
            assert abs(r["ratio"] - r["value"] / r["baseline"]) <= 0.01 * r["ratio"] + 0.01
        # smoke boards are tiny: setting them beside the peer's 5,000 notes would mislead
        assert r["peer"] is None and r["peer_ratio"] is None, r
