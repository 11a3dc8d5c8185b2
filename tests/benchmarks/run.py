"""``python -m tests.benchmarks.run [--smoke] [--out bench.json] [--only NAME ...]``: run every measure."""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.harness import MEASURES, BenchContext, format_table, run_measures, write_json

#: importing a module registers its measures; the table follows this order
MEASURE_MODULES = ("startup", "edit_commit", "workspace_size", "canvas_measures", "memory", "merge",
                   "protocol_perf", "export_perf")
for _module in MEASURE_MODULES:
    importlib.import_module(f"tests.benchmarks.{_module}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.run",
                                     description="Benchmarks with baselines measured in the same run.")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes and fewer samples (checks the harness)")
    parser.add_argument("--out", default="bench.json", help="where to write the results (default: bench.json)")
    parser.add_argument("--only", nargs="*", choices=sorted(MEASURES), help="run only these measures")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="werkstatt-bench-") as tmp:
        ctx = BenchContext(workdir=Path(tmp), smoke=args.smoke)
        results = run_measures(ctx, args.only)
    print(format_table(results))
    write_json(results, Path(args.out))
    print(f"\n{len(results)} measures written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
