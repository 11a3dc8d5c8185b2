"""Fuzzed transport packages (plain and encrypted): merged, or refused the app's own way, master unchanged."""

from __future__ import annotations

import itertools
import json
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.operations.sync_ops import merge_sources
from app.store.workspace_file import WorkspaceFile
from app.sync.package import MAGIC, read_package, write_package

from . import profile
from .crash_loop import make_crash_workspace
from .untrusted import fingerprint, run_bounded

FUZZ = settings(max_examples=profile.FUZZ_EXAMPLES, deadline=None, derandomize=not profile.EXTENDED,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])
PASSPHRASE = "Rosen im Quartier 2025"
_counter = itertools.count()


@pytest.fixture(scope="module")
def packages(tmp_path_factory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("pakete")
    origin, _canvas, _round = make_crash_workspace(folder)
    with WorkspaceFile.open(origin) as ws:
        laptop = ws.save_as(folder / "laptop.werkstatt")
    plain, secret = folder / "plain.qwpaket", folder / "secret.qwpaket"
    write_package(laptop, plain)
    write_package(laptop, secret, PASSPHRASE, kdf_n=2**14)
    master = WorkspaceFile.open(origin)
    yield {"folder": folder, "plain": plain.read_bytes(), "secret": secret.read_bytes(), "master": master}
    master.close()


MANIFEST_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20),
                            st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5),
                                                                                 st.integers(), max_size=3))


@st.composite
def damaged(draw, plain: bytes, secret: bytes) -> bytes:  # type: ignore[no-untyped-def]
    data = draw(st.sampled_from([plain, secret]))
    how = draw(st.sampled_from(["flip_head", "flip_body", "truncate", "header_json", "garbage", "length"]))
    where = st.floats(0, 1, exclude_max=True)
    if how == "flip_head":
        out = bytearray(data)
        for at, mask in draw(st.lists(st.tuples(st.integers(0, min(400, len(out) - 1)), st.integers(1, 255)),
                                      min_size=1, max_size=4)):
            out[at] ^= mask
        return bytes(out)
    if how == "flip_body":
        out = bytearray(data)
        for at, mask in draw(st.lists(st.tuples(where, st.integers(1, 255)), min_size=1, max_size=4)):
            out[int(at * len(out))] ^= mask
        return bytes(out)
    if how == "truncate":
        return data[:int(draw(where) * len(data))]
    if how == "garbage":
        return MAGIC + draw(st.binary(max_size=600))
    mode, size = struct.unpack(">BI", data[len(MAGIC):len(MAGIC) + 5])
    rest = data[len(MAGIC) + 5 + size:]
    if how == "length":
        return data[:len(MAGIC)] + struct.pack(">BI", draw(st.integers(0, 255)), draw(st.integers(0, 2**32 - 1))) \
            + data[len(MAGIC) + 5:]
    header = json.loads(data[len(MAGIC) + 5:len(MAGIC) + 5 + size])
    key = draw(st.sampled_from(sorted(header)))
    header[key] = draw(MANIFEST_VALUES)
    blob = json.dumps(header).encode()
    return data[:len(MAGIC)] + struct.pack(">BI", mode, len(blob)) + blob + rest


@pytest.mark.timeout(profile.TIMEOUT_S)
@FUZZ
@given(data=st.data())
def test_damaged_packages_are_refused_cleanly_and_change_nothing(packages, data):
    folder, master = Path(str(packages["folder"])), packages["master"]
    blob = data.draw(damaged(packages["plain"], packages["secret"]))
    path = folder / f"fremd-{next(_counter)}.qwpaket"
    path.write_bytes(blob)
    passphrase = data.draw(st.sampled_from([PASSPHRASE, PASSPHRASE, None, "falsch"]))
    before = fingerprint(master.path)
    unpacked = folder / "auspack.sqlite"
    run_bounded(lambda: read_package(path, passphrase, unpacked), seconds=10, megabytes=200)
    outcome = run_bounded(lambda: merge_sources(master, [path], passphrase), seconds=20, megabytes=200)
    if not outcome.accepted:
        assert fingerprint(master.path) == before, "a refused package changed the master"
    path.unlink()
    unpacked.unlink(missing_ok=True)
