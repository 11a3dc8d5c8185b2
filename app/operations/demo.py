"""Create the demo workspace "Schaffrath": a realistic, reproducible Quartier to try every view with.

The same seed gives the same content and the same ids: ids come from ``random.Random(seed)``, the device id is
derived from the seed, and the hybrid logical clock reads a fixed wall clock, so two demos with the same seed
export to the same JSON. ``size="large"`` adds thousands of synthetic cards for benchmarks.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from app.domain.hlc import HybridLogicalClock
from app.store.atomic_file import atomic_path
from app.store.engine import settle_wal
from app.store.errors import WorkspaceError
from app.store.models import Workspace
from app.store.seed import seed_builtin_templates, seed_default_categories, seed_financing_sources
from app.store.workspace_file import WorkspaceFile

from .demo_content.builder import DemoBuilder
from .demo_content.canvases import build_canvases
from .demo_content.financing import build_financing
from .demo_content.inventory import build_inventory
from .demo_content.large import build_large
from .demo_content.participation import build_participation
from .demo_content.people_texts import CITY, QUARTIER
from .demo_content.sessions import build_sessions

SIZES = ("normal", "large")
DEFAULT_LARGE_CARDS = 2_000
MAX_CARDS = 100_000
#: The demo's "now": the afternoon of the citizen workshop, which is still running.
DEMO_WALL_CLOCK = datetime(2025, 4, 9, 14, 45, tzinfo=UTC).timestamp()


def demo_device_id(seed: int) -> str:
    return str(uuid.UUID(int=random.Random(f"geraet:{seed}").getrandbits(128), version=4))


def create_demo_workspace(path: Path, seed: int = 1, size: str = "normal", cards: int | None = None,
                          canvases: int = 1) -> None:
    """Write a new demo workspace file at ``path``; refuses to overwrite anything."""
    if size not in SIZES:
        raise ValueError(f"Unbekannte Größe »{size}«; möglich sind: {', '.join(SIZES)}.")
    if cards is not None and not 0 <= cards <= MAX_CARDS:
        raise ValueError(f"Die Zahl der Karten muss zwischen 0 und {MAX_CARDS} liegen.")
    if canvases < 1:
        raise ValueError("Es muss mindestens eine Leinwand geben.")
    p = Path(path)
    if p.exists():
        raise WorkspaceError(f"Die Datei {p.name} gibt es schon; die Demo überschreibt keine Datei.")
    # built under a temporary name next to the target and renamed when complete: a full disk or a crash never
    # leaves half a demo (nor its lock or journal files) under the real name
    with atomic_path(p, replace=False, reserve=False) as tmp:
        _build_demo(tmp, seed, size, cards, canvases)
        settle_wal(tmp)


def _build_demo(p: Path, seed: int, size: str, cards: int | None, canvases: int) -> None:
    ws = WorkspaceFile.create(p, seed=False)
    try:
        device = demo_device_id(seed)
        ws.set_setting("device_id", device)
        ws.device_id = device
        clock = HybridLogicalClock(device, wall=lambda: DEMO_WALL_CLOCK)
        ws.clock = clock
        with ws.session() as s:
            s.info["clock"] = clock  # this session only: the fixed clock makes the stamps reproducible
            b = DemoBuilder(s=s, seed=seed, clock=clock)
            b.add(Workspace(quartier=QUARTIER, city=CITY, project_start=date(2024, 9, 1),
                            description="Quartier Schaffrath in Gelsenkirchen: Versorgung und Dienstleistungen "
                                        "für ein selbstständiges Leben im Alter – Demo-Werkstatt."))
            seed_builtin_templates(s)
            seed_default_categories(s)
            seed_financing_sources(s)
            build_inventory(b)
            build_sessions(b)
            build_canvases(b)
            build_participation(b)
            build_financing(b)
            if size == "large":
                build_large(b, DEFAULT_LARGE_CARDS if cards is None else cards, canvases)
    finally:
        ws.close()
