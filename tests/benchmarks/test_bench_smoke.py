"""The benchmark harness runs end to end in smoke mode and writes bench.json in the agreed shape.

No timing is asserted: the machine is shared and timings vary; only the structure is the contract.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.benchmarks.harness import ROOT

KEYS = {"name", "value", "unit", "baseline", "ratio", "target"}
EXPECTED = {"startup_main_window", "durable_edit_commit", "demo_large_create"}
EXPECTED |= {"protocol_workshop", "export_csv_100k", "export_xlsx_100k"}


def test_smoke_run_writes_one_well_formed_record_per_measure(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, "-m", "tests.benchmarks.run", "--smoke", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=280)
    assert done.returncode == 0, done.stderr
    assert "baseline" in done.stdout.splitlines()[0]
    records = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(records, list)
    assert {r["name"] for r in records} == EXPECTED
    for r in records:
        assert KEYS <= set(r), r
        assert isinstance(r["unit"], str) and r["unit"]
        assert isinstance(r["target"], str)
        if r["value"] is None:
            # a measure that cannot run says why instead of reporting a number
            assert r["note"].startswith("skipped:"), r
            assert r["baseline"] is None and r["ratio"] is None
        else:
            assert r["value"] > 0 and r["baseline"] > 0
            assert abs(r["ratio"] - r["value"] / r["baseline"]) <= 0.01 * r["ratio"] + 0.01
    by_name = {r["name"]: r for r in records}
    assert by_name["durable_edit_commit"]["value"] is not None
    assert by_name["demo_large_create"]["value"] is not None
