"""The figures of the peer comparison: Excalidraw 0.18.1 in headless Chromium on this machine (run of 2026-11-26,
median of 7 runs per size; software rendering, 2 cores), for the same sticky-note scene as ``peer_scene``.

Kept here as data so ``make bench`` can set each of our figures beside the peer's on any machine; when the
harness's own results file is at hand (``../shared/peers/excalidraw/results-*.json`` next to the repository),
``test_peer_figures`` checks that these numbers are the ones in it.
"""

from __future__ import annotations

from pathlib import Path

from tests.benchmarks.harness import ROOT

RESULTS_DIR = ROOT.parent / "shared" / "peers" / "excalidraw"
RESULTS_FILE = "results-2026-11-26.json"

#: per number of notes: the peer's figure for each of our measures, and the key it comes from in the results
PEER: dict[int, dict[str, float]] = {
    500: {"move_median_renderedMs": 4.8, "move_p95_renderedMs": 9.7, "overview_zoomOut_first_ms": 114.0,
          "overview_zoomOut_repeat_ms": 33.1, "load_ms": 32.6, "convert_ms": 30.7,
          "renderer_rss_MiB_after_load": 238.9, "chromium_total_pss_MiB_after_load": 495.1},
    2000: {"move_median_renderedMs": 7.5, "move_p95_renderedMs": 16.4, "overview_zoomOut_first_ms": 593.1,
           "overview_zoomOut_repeat_ms": 44.2, "load_ms": 37.7, "convert_ms": 117.5,
           "renderer_rss_MiB_after_load": 267.6, "chromium_total_pss_MiB_after_load": 526.1},
    5000: {"move_median_renderedMs": 13.6, "move_p95_renderedMs": 22.9, "overview_zoomOut_first_ms": 1090.4,
           "overview_zoomOut_repeat_ms": 66.0, "load_ms": 52.9, "convert_ms": 287.7,
           "renderer_rss_MiB_after_load": 325.7, "chromium_total_pss_MiB_after_load": 582.6},
}


def peer(n: int, key: str) -> float | None:
    return PEER.get(n, {}).get(key)


def peer_load(n: int) -> float | None:
    """From element data to a painted board: building the elements (incl. text wrapping) plus loading them."""
    figures = PEER.get(n)
    return None if figures is None else round(figures["convert_ms"] + figures["load_ms"], 1)


def results_path() -> Path:
    return RESULTS_DIR / RESULTS_FILE
