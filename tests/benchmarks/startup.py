"""Start to a painted main window with the demo workspace, against a bare PySide6 window: both fresh processes."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.harness import ROOT, BenchContext, BenchResult, measure, median_pair

LAUNCHER = Path(__file__).resolve().parent / "launchers" / "first_paint.py"
NAME, UNIT, TARGET = "startup_main_window", "ms", "ratio ≤ 3"


class LaunchFailed(RuntimeError):
    pass


def app_window_available() -> bool:
    try:
        return (importlib.util.find_spec("app.ui.main_window") is not None
                and importlib.util.find_spec("app.ui.application") is not None)
    except ImportError:
        return False


def time_to_first_paint(*args: str, timeout: float = 60.0) -> float:
    """Seconds from starting a fresh process until it reports its first painted main window."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WERKSTATT_NO_USER_SETTINGS": "1",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
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
        raise LaunchFailed("no main window painted in time") from None
    if line.strip() != "PAINTED":
        err = (proc.stderr.read() if proc.stderr else "").strip().splitlines()
        raise LaunchFailed(f"exit {proc.returncode}: {err[-1] if err else 'no main window painted'}")
    return took


@measure(NAME)
def startup_main_window(ctx: BenchContext) -> BenchResult:
    if not app_window_available():
        return BenchResult.skipped(NAME, UNIT, TARGET, "main window not available")
    from app.operations.demo import create_demo_workspace

    workspace = ctx.workdir / "start.werkstatt"
    if not workspace.exists():
        create_demo_workspace(workspace, seed=1)
    try:
        # the app's warm-up launch comes first: it fails fast when the app cannot show its window yet
        app, bare = median_pair(lambda: time_to_first_paint("app", str(workspace)),
                                lambda: time_to_first_paint("bare"), repeats=ctx.repeats, warmup=ctx.warmup)
    except LaunchFailed as exc:
        return BenchResult.skipped(NAME, UNIT, TARGET, f"main window not available ({exc})")
    return BenchResult.compare(NAME, app * 1000, bare * 1000, UNIT, TARGET,
                               note="baseline: bare PySide6 window, fresh process, offscreen")
