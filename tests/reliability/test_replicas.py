"""Reliability classes of issue 14 (items 1, 2 and 4) in the long profile:

- copied files are new replicas and no edit is lost: the copied-files model (plain copies of an open file, skewed
  clocks, deletes decided by the facilitator, merges in any order), also with copies that share a device id;
- one writer per file, whatever the path: processes race for one file through a symlink, a hard link, ``..`` and
  the plain path at the same moment, and exactly one gets it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from app.store.workspace_file import WorkspaceFile
from tests.sync.copy_replicas import T0_MS, steps
from tests.sync.helpers import make_origin
from tests.sync.test_copy_property import run_example

from . import profile

ROOT = Path(__file__).resolve().parents[2]
_settings = settings(max_examples=profile.COPY_EXAMPLES, deadline=None, database=None, derandomize=True,
                     phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("replica-origin")
    ids = make_origin(folder / "werkstatt.werkstatt", cards=3, wall=lambda: (T0_MS - 3_600_000) / 1000)
    return folder / "werkstatt.werkstatt", ids["cards"]


@pytest.mark.timeout(profile.TIMEOUT_S)
@settings(parent=_settings)
@given(ops=steps)
def test_copies_lose_nothing_in_the_long_profile(pristine, ops):
    run_example(pristine, ops, legacy=False)


@pytest.mark.timeout(profile.TIMEOUT_S)
@settings(parent=_settings)
@given(ops=steps)
def test_copies_sharing_a_device_id_keep_every_value_in_the_long_profile(pristine, ops):
    run_example(pristine, ops, legacy=True)


_RACER = """
import sys, time
from app.store.errors import WorkspaceLocked
from app.store.workspace_file import WorkspaceFile
start = float(sys.argv[2])
while time.time() < start:
    time.sleep(0.001)
try:
    ws = WorkspaceFile.open(sys.argv[1])
except WorkspaceLocked:
    print("gesperrt", flush=True)
    sys.exit(0)
print("offen", flush=True)
time.sleep(1.5)
ws.close()
"""


@pytest.mark.timeout(profile.TIMEOUT_S)
def test_processes_racing_through_different_paths_get_one_writer(tmp_path):
    p = tmp_path / "werkstatt.werkstatt"
    WorkspaceFile.create(p).close()
    (tmp_path / "sub").mkdir()
    link = tmp_path / "link.werkstatt"
    link.symlink_to(p)
    hard = tmp_path / "sub" / "hart.werkstatt"
    os.link(p, hard)
    paths = [p, link, hard, tmp_path / "sub" / ".." / p.name]
    for race in range(profile.LOCK_RACES):
        start = time.time() + 2.0  # every racer has started its interpreter by then
        procs = [subprocess.Popen([sys.executable, "-c", _RACER, str(path), str(start)], cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for path in paths]
        results = [proc.communicate(timeout=120) for proc in procs]
        said = sorted(out.strip() for out, _err in results)
        assert said == ["gesperrt"] * (len(paths) - 1) + ["offen"], (race, said, [e for _o, e in results])
