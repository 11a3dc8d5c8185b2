"""Resident memory of a fresh app process whose board has painted (half a second after the first paint), against
a bare PySide6 window process; at each board size of the peer scene.

RSS counts shared libraries in full, so it is the stricter figure; the peer's figure is the total proportional
set size (PSS) of all Chromium processes. Our PSS is in the note.
"""

from __future__ import annotations

import statistics

from tests.benchmarks.board_setup import SIZES, cards_for, close_board, workspace_path
from tests.benchmarks.harness import BenchContext, BenchResult, measure
from tests.benchmarks.peer_figures import peer
from tests.benchmarks.startup import LaunchFailed, app_window_available, launch, launch_env

UNIT = "MiB"


def memory_mib(env: dict[str, str], *args: str) -> tuple[float, float, int]:
    _took, line = launch(env, *args, "--memory")
    parts = line.split()
    if len(parts) != 4 or parts[0] != "MEMORY":
        raise LaunchFailed(f"unexpected answer {line!r}")
    return int(parts[1]) / 1024, int(parts[2]) / 1024, int(parts[3])


def register(size: int) -> None:
    name = f"memory_board_{size}"
    target = "≤ 300 MiB" if size == 10000 else "scaling"

    @measure(name)
    def memory_board(ctx: BenchContext) -> BenchResult:
        if not app_window_available():
            return BenchResult.skipped(name, UNIT, target, "main window not available")
        close_board()
        workspace = workspace_path(ctx, size)
        env = launch_env(ctx.workdir)
        try:
            repeats = 1 if ctx.smoke else ctx.repeats  # memory hardly varies; smoke only checks the wiring
            if not ctx.smoke:
                memory_mib(env, "board", str(workspace))  # warm-up: byte-code caches
            ours = [memory_mib(env, "board", str(workspace)) for _ in range(repeats)]
            bare = [memory_mib(env, "bare") for _ in range(repeats)]
        except LaunchFailed as exc:
            return BenchResult.skipped(name, UNIT, target, f"board not available ({exc})")
        cards = {c for _r, _p, c in ours}
        rss = statistics.median(r for r, _p, _c in ours)
        pss = statistics.median(p for _r, p, _c in ours)
        return BenchResult.compare(
            name, rss, statistics.median(r for r, _p, _c in bare), UNIT, target,
            f"{cards_for(ctx, size)} cards ({'/'.join(map(str, sorted(cards)))} on the board); RSS; "
            f"PSS {pss:.0f} MiB; peer: Chromium total PSS", None if ctx.smoke else peer(size, "chromium_total_pss_MiB_after_load"))


for _size in SIZES:
    register(_size)
