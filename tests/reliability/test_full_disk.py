"""A full disk, for real (a small tmpfs filled to the last bytes): every writer ends with one German line or
with a complete file, never with a traceback, a truncated file reported as success, a stray temporary or lock
file, or a healthy workspace called damaged.

``make test-extended`` tries many more amounts of free space, so each writer fails at many different points.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.store.backup import integrity_ok
from tests.media import fill, listing, tmpfs, unfill

from . import profile
from .disk_writers import WRITERS, Source, Writer, assert_one_german_line, make_source, run

pytestmark = pytest.mark.timeout(profile.TIMEOUT_S)


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Source:
    return make_source(tmp_path_factory.mktemp("quelle"))


def _empty(folder: Path) -> None:
    for p in folder.iterdir():
        if p.name != "platzhalter.bin":
            shutil.rmtree(p) if p.is_dir() else p.unlink()


def _snapshot(path: Path) -> bytes | dict[str, bytes]:
    if path.is_dir():
        return {p.name: p.read_bytes() for p in sorted(path.iterdir())}
    return path.read_bytes()


@pytest.mark.parametrize("writer", WRITERS, ids=[w.name for w in WRITERS])
def test_every_writer_on_a_full_disk_says_so_or_writes_a_complete_file(tmp_path, source, writer: Writer):
    with tmpfs(tmp_path / "stick", "4m") as stick:
        for leave in profile.DISK_FREE_LEVELS:
            _empty(stick)
            fill(stick, leave)
            code, _out, err = run(writer.argv(source, stick))
            unfill(stick)
            if code == 0:
                assert err.strip() == "", err
                writer.complete(stick / writer.output)
                assert writer.output in listing(stick)
            else:
                assert_one_german_line(err, "Der Datenträger ist voll")
                assert listing(stick) == [], (leave, listing(stick))


@pytest.mark.parametrize("writer", [w for w in WRITERS if w.replaces], ids=[w.name for w in WRITERS if w.replaces])
def test_a_full_disk_never_replaces_a_good_file_by_a_truncated_one(tmp_path, source, writer: Writer):
    with tmpfs(tmp_path / "stick", "4m") as stick:
        assert run(writer.argv(source, stick))[0] == 0
        target = stick / writer.output
        before = _snapshot(target)
        for leave in profile.DISK_FREE_LEVELS[:3]:
            fill(stick, leave)
            code, _out, err = run(writer.argv(source, stick))
            unfill(stick)
            writer.complete(target)
            if code != 0:
                assert_one_german_line(err, "Der Datenträger ist voll")
                assert _snapshot(target) == before
            assert listing(stick) == [writer.output]


def test_a_merge_into_a_master_on_a_full_disk_changes_nothing_and_calls_nothing_damaged(tmp_path, source):
    from app.operations.demo import create_demo_workspace

    with tmpfs(tmp_path / "stick", "8m") as stick:
        master = stick / "master.werkstatt"
        shutil.copy(source.workspace, master)
        other = tmp_path / "laptop.werkstatt"
        create_demo_workspace(other, seed=7, size="large", cards=300)  # same workspace, more cards
        from app.store.workspace_file import WorkspaceFile

        WorkspaceFile.open(master).close()  # the copy claims its own device id while there is room
        before = master.read_bytes()
        for leave in profile.DISK_FREE_LEVELS:
            fill(stick, leave)
            code, _out, err = run(["merge", master, other])
            unfill(stick)
            if code == 0:
                break
            assert_one_german_line(err, "Der Datenträger ist voll")
            assert integrity_ok(master) and master.read_bytes() == before
            assert listing(stick) == ["master.werkstatt"]
            assert run(["check", master])[0] == 0
        code, out, err = run(["merge", master, other])
        assert code == 0, err
        assert run(["check", master])[0] == 0


def test_edits_on_a_full_disk_fail_cleanly_and_work_again_once_there_is_room(tmp_path, source):
    from app.operations.canvas_ops import load_board
    from app.operations.card_ops import add_card
    from app.store.disk_errors import DiskError
    from app.store.workspace_file import WorkspaceFile

    with tmpfs(tmp_path / "stick", "4m") as stick:
        path = stick / "werkstatt.werkstatt"
        shutil.copy(source.workspace, path)
        with WorkspaceFile.open(path) as ws:
            before = len(load_board(ws, source.canvas_id).cards)
            fill(stick, 0)
            for i in range(profile.FULL_DISK_EDITS):
                with pytest.raises(DiskError, match="Der Datenträger ist voll") as caught:
                    add_card(ws, source.canvas_id, "key_partners", f"Karte {i} " + "x" * 4000, 10, 10)
                assert "beschädigt" not in str(caught.value)
            unfill(stick)
            add_card(ws, source.canvas_id, "key_partners", "nach dem Aufräumen", 10, 10)
            assert len(load_board(ws, source.canvas_id).cards) == before + 1
        assert integrity_ok(path)


def test_opening_and_reading_a_healthy_file_on_a_full_disk(tmp_path, source):
    with tmpfs(tmp_path / "stick", "4m") as stick:
        path = stick / "werkstatt.werkstatt"
        shutil.copy(source.workspace, path)
        fill(stick, 0)
        code, out, err = run(["check", path])
        assert code == 0 and "Ergebnis: in Ordnung" in out, err
        code, _out, err = run(["export", path, "--format", "json", "--out", tmp_path / "d.json"])
        assert code == 0, err
        code, _out, err = run(["erase", path, "--participant", source.participant_id])
        assert code == 1
        assert_one_german_line(err, "Der Datenträger ist voll")
        assert listing(stick) == ["werkstatt.werkstatt"]
        unfill(stick)
        assert run(["check", path])[0] == 0


def test_the_backup_before_a_migration_on_a_full_disk_refuses_and_leaves_the_file(tmp_path, source):
    from alembic import command

    from app.store.engine import make_engine
    from app.store.migrations import _config

    old = tmp_path / "alt.werkstatt"
    shutil.copy(source.workspace, old)
    engine = make_engine(old)
    with engine.connect() as conn:
        command.downgrade(_config(conn), "0001_initial")
    engine.dispose()
    with tmpfs(tmp_path / "stick", "4m") as stick:
        path = stick / "alt.werkstatt"
        shutil.copy(old, path)
        before = path.read_bytes()
        fill(stick, 0)
        code, _out, err = run(["import-actors", path, str(tmp_path / "fehlt.csv")])
        assert code == 1
        assert_one_german_line(err, "Sicherungskopie", "Der Datenträger ist voll")
        assert path.read_bytes() == before
        assert listing(stick) == ["alt.werkstatt"]


def test_a_file_size_limit_is_reported_in_german(tmp_path, source):
    """RLIMIT_FSIZE (as on a FAT32 stick's 4 GB limit) needs no root: EFBIG in a child process."""
    import subprocess
    import sys

    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))\n"
        "from app.cli import run_cli\n"
        "sys.exit(run_cli(sys.argv[1:]))\n")
    out = tmp_path / "gross.png"
    done = subprocess.run([sys.executable, "-c", script, "render", str(source.workspace), "--canvas",
                           source.canvas_id, "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert_one_german_line(done.stderr, "zu groß")
    assert listing(tmp_path) == []
