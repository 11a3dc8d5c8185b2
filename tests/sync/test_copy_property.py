"""Property: random edit sequences on an original and its copies (plain file copies, skewed clocks), merged in any
order, lose nothing and converge (model in ``copy_replicas``)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from .copy_replicas import T0_MS, World, steps
from .helpers import make_origin

EXAMPLES = int(os.environ.get("WERKSTATT_COPY_EXAMPLES") or (50 if os.environ.get("CI") == "true" else 20))


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("copy-origin")
    ids = make_origin(folder / "werkstatt.werkstatt", cards=3, wall=lambda: (T0_MS - 3_600_000) / 1000)
    return folder / "werkstatt.werkstatt", ids["cards"]


def run_example(pristine: tuple[Path, list[str]], ops: list[tuple], *, legacy: bool) -> None:  # type: ignore[type-arg]
    origin, cards = pristine
    folder = Path(tempfile.mkdtemp(prefix="qw-copies-"))
    try:
        start = folder / "original" / origin.name
        start.parent.mkdir()
        shutil.copyfile(origin, start)
        world = World(folder, cards, legacy)
        world.open(start, T0_MS)
        try:
            for op in ops:
                world.step(op)
            world.check(folder)
        finally:
            world.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


#: shrinking a failure of this model costs many minutes; set WERKSTATT_COPY_SHRINK=1 to shrink one
_PHASES = list(Phase) if os.environ.get("WERKSTATT_COPY_SHRINK") == "1" else [Phase.explicit, Phase.generate]
_settings = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True, phases=_PHASES,
                     suppress_health_check=list(HealthCheck))


@pytest.mark.timeout(1800)
@_settings
@given(ops=steps)
def test_copies_edited_anywhere_and_merged_in_any_order_lose_nothing(pristine, ops):
    run_example(pristine, ops, legacy=False)


@pytest.mark.timeout(1800)
@_settings
@given(ops=steps)
def test_copies_sharing_a_device_id_still_keep_every_value_and_converge(pristine, ops):
    """Files copied by an older version keep the original's device id: the merge must not take their histories
    for one (stamp collisions are conflicts, every value is kept)."""
    run_example(pristine, ops, legacy=True)

