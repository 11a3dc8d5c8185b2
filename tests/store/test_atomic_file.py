"""The one atomic writer: a file appears complete or not at all, nothing is left behind, errors are German."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.store.atomic_file import (
    atomic_folder,
    atomic_path,
    write_bytes_atomically,
    write_text_atomically,
    write_with,
)
from app.store.disk_errors import DiskError
from tests.media import fill, listing, tmpfs, unfill


class Boom(Exception):
    pass


def test_a_new_file_gets_the_permissions_of_any_new_file(tmp_path):
    old = os.umask(0o022)
    try:
        write_text_atomically(tmp_path / "a.txt", "hallo")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == 0o644
    assert listing(tmp_path) == ["a.txt"]


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("alt")
    target.chmod(0o640)
    write_text_atomically(target, "neu")
    assert target.read_text() == "neu" and stat.S_IMODE(target.stat().st_mode) == 0o640


@settings(max_examples=40, deadline=None)
@given(old=st.binary(max_size=300), new=st.binary(max_size=300), fail_after=st.integers(0, 3))
def test_a_failing_writer_leaves_the_old_file_and_no_temporary_file(tmp_path_factory, old, new, fail_after):
    folder = tmp_path_factory.mktemp("a")
    target = folder / "ziel.bin"
    target.write_bytes(old)

    def write(tmp: Path) -> None:
        with open(tmp, "wb") as fh:
            for i, byte in enumerate(new):
                if i == fail_after:
                    raise Boom()
                fh.write(bytes([byte]))
        if len(new) <= fail_after:
            raise Boom()

    with pytest.raises(Boom):
        write_with(target, write)
    assert target.read_bytes() == old
    assert listing(folder) == ["ziel.bin"]


def test_an_injected_full_disk_is_reported_in_german_and_cleaned_up(tmp_path, monkeypatch):
    target = tmp_path / "bild.png"
    target.write_bytes(b"altes Bild")

    def full(tmp: Path) -> None:
        tmp.write_bytes(b"halb")
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp))

    with pytest.raises(DiskError, match="»bild.png« kann nicht geschrieben werden: Der Datenträger ist voll"):
        write_with(target, full)
    assert target.read_bytes() == b"altes Bild" and listing(tmp_path) == ["bild.png"]


def test_a_missing_folder_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(DiskError, match="Den Ordner .*fehlt gibt es nicht"):
        write_bytes_atomically(tmp_path / "fehlt" / "x.bin", b"x")
    assert not (tmp_path / "fehlt").exists()


def test_replace_false_never_writes_over_a_file_that_appeared_meanwhile(tmp_path):
    target = tmp_path / "neu.werkstatt"
    with pytest.raises(DiskError, match="gibt es schon"), atomic_path(target, replace=False) as tmp:
        tmp.write_bytes(b"meins")
        target.write_bytes(b"fremd")
    assert target.read_bytes() == b"fremd" and listing(tmp_path) == ["neu.werkstatt"]


def test_a_folder_is_swapped_in_only_when_complete(tmp_path):
    target = tmp_path / "export"
    target.mkdir()
    (target / "alt.csv").write_text("alt")
    with pytest.raises(Boom), atomic_folder(target) as tmp:
        (tmp / "neu.csv").write_text("neu")
        raise Boom()
    assert listing(target) == ["alt.csv"] and listing(tmp_path) == ["export"]
    with atomic_folder(target) as tmp:
        (tmp / "neu.csv").write_text("neu")
    assert listing(target) == ["neu.csv"] and listing(tmp_path) == ["export"]


def test_a_real_full_disk_keeps_the_old_file_and_leaves_nothing(tmp_path):
    with tmpfs(tmp_path / "stick", "1m") as stick:
        target = stick / "daten.json"
        write_text_atomically(target, "{\"alt\": true}")
        fill(stick, 0)
        with pytest.raises(DiskError, match="Der Datenträger ist voll"):
            write_bytes_atomically(target, b"x" * 300_000)
        assert target.read_text() == "{\"alt\": true}"
        assert listing(stick) == ["daten.json"]
        unfill(stick)
        write_bytes_atomically(target, b"x" * 300_000)
        assert target.stat().st_size == 300_000
