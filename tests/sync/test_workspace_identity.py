"""A workspace created on its own is refused by merge and sync, with a message that tells the two files apart."""

from __future__ import annotations

import re

import pytest

from app.domain.hlc import Stamp
from app.operations.sync_ops import PartialMerge, merge_sources, prepare_laptop
from app.store.workspace_file import WorkspaceFile
from app.sync.errors import SourceRefused
from app.sync.workspace_identity import foreign_workspace_message, origin_of

from .helpers import dump, make_origin, set_card


def _clock(start: float):  # type: ignore[no-untyped-def]
    return lambda: start


def test_two_files_with_the_same_quartier_name_are_told_apart_by_creation_time_and_device(tmp_path):
    master, other = tmp_path / "master.werkstatt", tmp_path / "anderer-laptop.werkstatt"
    make_origin(master, wall=_clock(1_700_000_000.0))       # 14.11.2023
    make_origin(other, wall=_clock(1_710_000_000.0))        # 09.03.2024, same Quartier "Schaffrath"
    before = dump(master)
    with pytest.raises(SourceRefused) as caught:
        merge_sources(master, [other])
    assert caught.value.foreign == [other]
    text = str(caught.value)
    assert "anderer-laptop.werkstatt" in text and "Beide heißen »Schaffrath«" in text
    assert "14.11.2023" in text and "09.03.2024" in text
    with WorkspaceFile.open(master, readonly=True) as a, WorkspaceFile.open(other, readonly=True) as b:
        assert f"Gerät {a.device_id[:8]}" in text and f"Gerät {b.device_id[:8]}" in text
    assert "werkstatt prepare" in text and "--adopt" in text
    assert "\n" not in text
    assert dump(master) == before


def test_a_laptop_prepared_from_the_master_is_merged(tmp_path):
    master = tmp_path / "master.werkstatt"
    ids = make_origin(master)
    laptop = prepare_laptop(master, tmp_path / "laptop.werkstatt").path
    set_card(laptop, ids["cards"][0], text="vom Laptop")
    summaries = merge_sources(master, [laptop]).summaries
    assert summaries[0].changed_rows == 1


def test_with_two_sources_the_refusal_names_exactly_what_was_merged(tmp_path):
    master = tmp_path / "master.werkstatt"
    ids = make_origin(master)
    good = prepare_laptop(master, tmp_path / "gut.werkstatt").path
    set_card(good, ids["cards"][1], text="aus dem guten Laptop")
    foreign = tmp_path / "fremd.werkstatt"
    make_origin(foreign)
    with pytest.raises(PartialMerge) as caught:
        merge_sources(master, [foreign, good])
    text = str(caught.value)
    assert re.search(r"Zusammengeführt: gut\.werkstatt; nicht zusammengeführt: fremd\.werkstatt\.", text), text
    assert [s.source for s in caught.value.merged] == ["gut.werkstatt"]
    assert caught.value.foreign == [foreign]
    from .helpers import card_text

    assert card_text(master, ids["cards"][1]) == "aus dem guten Laptop"


def test_the_command_line_prints_what_was_merged_and_one_error_line(tmp_path, capsys):
    from app.cli import run_cli

    master = tmp_path / "master.werkstatt"
    make_origin(master)
    good = prepare_laptop(master, tmp_path / "gut.werkstatt").path
    foreign = tmp_path / "fremd.werkstatt"
    make_origin(foreign)
    assert run_cli(["merge", str(master), str(good), str(foreign)]) == 1
    out, err = capsys.readouterr()
    assert "Quelle gut.werkstatt" in out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Fehler: Die Quelle fremd.werkstatt gehört zu einer anderen")
    assert lines[0].endswith("Zusammengeführt: gut.werkstatt; nicht zusammengeführt: fremd.werkstatt.")


def test_origin_is_the_oldest_field_stamp():
    early = Stamp(1_000, 0, "geraet-a").encode()
    late = Stamp(9_000, 3, "geraet-b").encode()
    origin = origin_of({"id": "w1", "quartier": "Q", "stamps": {"quartier": late, "city": early,
                                                                 "quartier@seen": "kaputt"}})
    assert origin.created_ms == 1_000 and origin.device == "geraet-a"
    assert origin_of({"id": "w2", "stamps": {"city": "kein Stempel"}}).created_ms is None


def test_different_names_are_said_too():
    a = origin_of({"id": "a" * 36, "quartier": "Nord", "stamps": {}})
    b = origin_of({"id": "b" * 36, "quartier": "Süd", "stamps": {}})
    text = foreign_workspace_message("x.qwpaket", a, b)
    assert "»Nord«" in text and "»Süd«" in text and "zu unbekannter Zeit" in text
