"""Benchmark harness: a registry of measures, each compared with a baseline measured in the same run.

Absolute times differ from laptop to laptop; the ratio to a baseline taken on the same machine a moment earlier
does not. Every measure takes the median of at least five samples after a warm-up, prints one row of a table and
ends up in ``bench.json`` as ``{name, value, unit, baseline, ratio, target, note, peer, peer_ratio}``; ``peer`` is
the figure of the same operation in the peer comparison (see ``peer_figures``) where one exists. A measure that
cannot run here says why in ``note`` and leaves the numbers empty; it never reports an invented number.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _sig(x: float, digits: int = 4) -> float:
    return float(f"{x:.{digits}g}")


@dataclass(frozen=True)
class BenchContext:
    workdir: Path
    smoke: bool = False

    @property
    def repeats(self) -> int:
        return 3 if self.smoke else 5

    @property
    def warmup(self) -> int:
        return 1


@dataclass(frozen=True)
class BenchResult:
    name: str
    value: float | None
    unit: str
    baseline: float | None
    ratio: float | None
    target: str
    note: str = ""
    peer: float | None = None
    peer_ratio: float | None = None

    @classmethod
    def compare(cls, name: str, value: float, baseline: float, unit: str, target: str,
                note: str = "", peer: float | None = None) -> BenchResult:
        ratio = value / baseline if baseline > 0 else None
        peer_ratio = round(value / peer, 3) if peer else None
        # significant digits, not decimals: a 0.6 µs baseline must not round to a number the ratio contradicts
        return cls(name, _sig(value), unit, _sig(baseline), None if ratio is None else round(ratio, 2),
                   target, note, peer, peer_ratio)

    @classmethod
    def skipped(cls, name: str, unit: str, target: str, reason: str) -> BenchResult:
        return cls(name, None, unit, None, None, target, f"skipped: {reason}")


Measure = Callable[[BenchContext], BenchResult]
MEASURES: dict[str, Measure] = {}
#: called once after all measures ran (measures that share an expensive set-up keep it open until then)
CLEANUPS: list[Callable[[], None]] = []


def measure(name: str) -> Callable[[Measure], Measure]:
    """Register a measure under a stable name (the name is the key in bench.json)."""

    def register(fn: Measure) -> Measure:
        MEASURES[name] = fn
        return fn

    return register


def median_seconds(sample: Callable[[], float | None], *, repeats: int, warmup: int) -> float:
    """Median of ``repeats`` samples after ``warmup`` discarded ones. A sample returns its own duration in
    seconds, or None to be timed from the outside."""
    times: list[float] = []
    for i in range(warmup + repeats):
        start = time.perf_counter()
        own = sample()
        took = own if own is not None else time.perf_counter() - start
        if i >= warmup:
            times.append(took)
    return statistics.median(times)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def paired_samples(value: Callable[[], float | None], baseline: Callable[[], float | None], *, repeats: int,
                   warmup: int, block: int = 1) -> tuple[list[float], list[float]]:
    """Like ``median_pair`` but returns every sample of both sides (for a p95)."""
    samples: tuple[list[float], list[float]] = ([], [])
    while len(samples[0]) < repeats:
        for side, fn in enumerate((value, baseline)):
            for i in range(warmup + block):
                start = time.perf_counter()
                own = fn()
                took = own if own is not None else time.perf_counter() - start
                if i >= warmup:
                    samples[side].append(took)
    return samples


def median_pair(value: Callable[[], float | None], baseline: Callable[[], float | None], *, repeats: int,
                warmup: int, block: int = 1) -> tuple[float, float]:
    """Medians of a measure and its baseline, taken in alternating blocks so that both see the same machine
    load (the machine is shared; a burst of load must not land on one side of the ratio only).

    ``block`` samples of one side run back to back after ``warmup`` discarded ones, then the other side's: a
    durable commit right after a commit to another file pays for that file's fsync too, so single alternation
    would measure the disk's journal rather than the code.
    """
    mine, base = paired_samples(value, baseline, repeats=repeats, warmup=warmup, block=block)
    return statistics.median(mine), statistics.median(base)


def run_measures(ctx: BenchContext, names: list[str] | None = None) -> list[BenchResult]:
    results = []
    try:
        for name, fn in MEASURES.items():
            if names and name not in names:
                continue
            print(f"… {name}", file=sys.stderr, flush=True)
            try:
                results.append(fn(ctx))
            except Exception as exc:  # a broken measure must not hide the others
                results.append(BenchResult(name, None, "", None, None, "", f"failed: {type(exc).__name__}: {exc}"))
    finally:
        for cleanup in CLEANUPS:
            cleanup()
    return results


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}".rstrip("0").rstrip(".")


def format_table(results: list[BenchResult]) -> str:
    rows = [("name", "value", "unit", "baseline", "ratio", "target", "peer", "÷peer", "note")]
    for r in results:
        rows.append((r.name, _fmt(r.value), r.unit, _fmt(r.baseline),
                     "—" if r.ratio is None else f"{r.ratio:.2f}×", r.target, _fmt(r.peer),
                     "—" if r.peer_ratio is None else f"{r.peer_ratio:.2f}×", r.note))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def write_json(results: list[BenchResult], path: Path) -> None:
    path.write_text(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
