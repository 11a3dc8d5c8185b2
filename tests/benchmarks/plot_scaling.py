"""``python -m tests.benchmarks.plot_scaling [bench.json] [docs/bench-scaling.png]``: the canvas measures against
the number of cards, on log-log axes with a line of linear growth for comparison, and the peer's figures.

Prints, per measure, the growth exponent between the smallest and the largest board (1 = linear, below 1 = better
than linear). Uses matplotlib (a development dependency).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

from tests.benchmarks.harness import ROOT

KINDS = (
    ("canvas_move", "Karte verschieben + Speichern (Median)"),
    ("canvas_move_p95", "Karte verschieben (p95)"),
    ("canvas_edit", "Text ändern + Speichern"),
    ("canvas_fit", "An Bildschirm anpassen"),
    ("canvas_render", "Alles zeichnen (100 %)"),
    ("canvas_load", "Öffnen bis gezeichnet"),
)
PEER_KINDS = {"canvas_move": "Excalidraw: verschieben", "canvas_fit": "Excalidraw: erstes Herauszoomen",
              "canvas_load": "Excalidraw: laden"}


def series(records: dict[str, dict], kind: str, key: str = "value") -> list[tuple[int, float]]:  # type: ignore[type-arg]
    points = []
    for name, r in records.items():
        prefix, _, size = name.rpartition("_")
        if prefix == kind and size.isdigit() and r.get(key):
            points.append((int(size), float(r[key])))
    return sorted(points)


def exponent(points: list[tuple[int, float]]) -> float | None:
    if len(points) < 2 or points[0][1] <= 0:
        return None
    (n0, v0), (n1, v1) = points[0], points[-1]
    return math.log(v1 / v0) / math.log(n1 / n0)


def plot(bench: Path, out: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    records = {r["name"]: r for r in json.loads(bench.read_text(encoding="utf-8"))}
    fig, (ax, mem) = plt.subplots(1, 2, figsize=(13, 5.5), gridspec_kw={"width_ratios": [2, 1]})
    lines = []
    for kind, label in KINDS:
        points = series(records, kind)
        if not points:
            continue
        k = exponent(points)
        lines.append(f"{kind}: {' · '.join(f'{n}: {v:.1f} ms' for n, v in points)}; exponent {k:.2f}")
        ax.plot([n for n, _ in points], [v for _, v in points], marker="o", label=f"{label} (Exponent {k:.2f})")
        peer_points = series(records, kind, "peer")
        if kind in PEER_KINDS and peer_points:
            ax.plot([n for n, _ in peer_points], [v for _, v in peer_points], linestyle="--", marker="x",
                    label=PEER_KINDS[kind])
    ns = [500, 10000]
    ax.plot(ns, [20.0, 400.0], color="grey", linestyle=":", label="linear (Steigung 1)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("Karten auf der Tafel")
    ax.set_ylabel("ms")
    ax.set_title("Tafel: Kosten je Größe (log-log)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    points = series(records, "memory_board")
    if points:
        mem.plot([n for n, _ in points], [v for _, v in points], marker="o", label="QuartiersWerkstatt (RSS)")
        lines.append(f"memory_board: {' · '.join(f'{n}: {v:.0f} MiB' for n, v in points)}; "
                     f"exponent {exponent(points):.2f}")
        peer_points = series(records, "memory_board", "peer")
        if peer_points:
            mem.plot([n for n, _ in peer_points], [v for _, v in peer_points], linestyle="--", marker="x",
                     label="Excalidraw/Chromium (PSS gesamt)")
        mem.axhline(300, color="red", linestyle=":", label="Ziel ≤ 300 MiB")
    mem.set_xscale("log")
    mem.set_xlabel("Karten auf der Tafel")
    mem.set_ylabel("MiB")
    mem.set_title("Speicher nach dem ersten Bild")
    mem.grid(True, which="both", alpha=0.3)
    mem.legend(fontsize=8)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    return lines


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    bench = Path(args[0]) if args else ROOT / "bench.json"
    out = Path(args[1]) if len(args) > 1 else ROOT / "docs" / "bench-scaling.png"
    for line in plot(bench, out):
        print(line)
    print(f"written: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
