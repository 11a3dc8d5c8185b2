"""Start to a painted board with a 2,000-card workspace, against a bare PySide6 window start: both fresh processes.

The workspace holds the peer scene's 2,000 notes on one board; the settings say the window opens on the boards
("Modelle"), as it does for a facilitator who worked there last. Both processes run with byte-code caching on
(``PYTHONDONTWRITEBYTECODE`` removed), as an installed app does; the warm-up launch writes the caches.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.board_setup import close_board, workspace_path
from tests.benchmarks.harness import ROOT, BenchContext, BenchResult, measure, median_pair

LAUNCHER = Path(__file__).resolve().parent / "launchers" / "first_paint.py"
NAME, UNIT, TARGET = "startup_board_2000", "ms", "ratio ≤ 3"


class LaunchFailed(RuntimeError):
    pass


def app_window_available() -> bool:
    try:
        return (importlib.util.find_spec("app.ui.main_window") is not None
                and importlib.util.find_spec("app.ui.application") is not None)
    except ImportError:
        return False


def launch_env(workdir: Path) -> dict[str, str]:
    settings = workdir / "settings"
    settings.mkdir(exist_ok=True)
    (settings / "settings.ini").write_text("[main_window]\narea=canvases\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WERKSTATT_NO_USER_SETTINGS": "1",
           "WERKSTATT_SETTINGS_DIR": str(settings),
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def launch(env: dict[str, str], *args: str, timeout: float = 90.0) -> tuple[float, str]:
    """Seconds from starting a fresh launcher process until its first line, and that line."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(LAUNCHER), *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        took = time.perf_counter() - start
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise LaunchFailed("nothing painted in time") from None
    if not line.strip():
        err = (proc.stderr.read() if proc.stderr else "").strip().splitlines()
        raise LaunchFailed(f"exit {proc.returncode}: {err[-1] if err else 'nothing painted'}")
    return took, line.strip()


def time_to_first_paint(env: dict[str, str], *args: str) -> float:
    took, line = launch(env, *args)
    if line != "PAINTED":
        raise LaunchFailed(f"unexpected answer {line!r}")
    return took


@measure(NAME)
def startup_board(ctx: BenchContext) -> BenchResult:
    if not app_window_available():
        return BenchResult.skipped(NAME, UNIT, TARGET, "main window not available")
    close_board()  # the workspace file is locked while a board of it is open here
    workspace = workspace_path(ctx, 2000)
    env = launch_env(ctx.workdir)
    try:
        # the app's warm-up launch comes first: it fails fast when the app cannot show its board yet
        app, bare = median_pair(lambda: time_to_first_paint(env, "board", str(workspace)),
                                lambda: time_to_first_paint(env, "bare"), repeats=ctx.repeats, warmup=ctx.warmup)
    except LaunchFailed as exc:
        return BenchResult.skipped(NAME, UNIT, TARGET, f"board not available ({exc})")
    return BenchResult.compare(NAME, app * 1000, bare * 1000, UNIT, TARGET,
                               note="fresh processes, offscreen; baseline: bare PySide6 window")
