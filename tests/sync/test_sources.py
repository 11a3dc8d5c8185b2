"""Merge sources are judged row by row: a package whose checksum was computed anew after tampering changes nothing."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import time

import pytest

from app.operations.sync_ops import merge_sources
from app.store.workspace_file import WorkspaceFile
from app.sync import package_crypto
from app.sync.errors import PackageError
from app.sync.package import _HEAD, ENCRYPTED, MAGIC, write_package

from .crafted import tamper
from .helpers import card_text, copies, dump, make_origin, set_card

PASS = "Quartier 2025!"
#: the child's peak resident memory in MB: VmHWM starts anew with exec (ru_maxrss would include the forked parent)
PEAK = ("def peak_mb():\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmHWM:'):\n"
        "            return int(line.split()[1]) // 1024\n")
ONE_CARD = "WHERE id = (SELECT id FROM cards ORDER BY id LIMIT 1)"

#: what someone can write into a snapshot with SQL, and what the refusal must name
DAMAGE = {
    "binary text": (f"UPDATE cards SET text = X'00FFFE41' {ONE_CARD}", "Binärdaten"),
    "invalid utf-8": (f"UPDATE cards SET text = CAST(X'41C328' AS TEXT) {ONE_CARD}", "UTF-8"),
    "invalid clock stamp": (f"UPDATE cards SET hlc = 'gestern abend' {ONE_CARD}", "Zeitstempel"),
    "invalid field stamp": (f"UPDATE cards SET stamps = json_set(stamps, '$.text', 'bald') {ONE_CARD}",
                            "Feldstempel"),
    "bad date": ("UPDATE workspace SET project_start = '2025-13-45'", "Datum"),
    "bad time": ("UPDATE vote_rounds SET opened_at = 'morgen früh'", "Zeitpunkt"),
    "bad json": (f"UPDATE cards SET stamps = '{{kaputt' {ONE_CARD}", "JSON"),
    "text in a number": (f"UPDATE cards SET x = 'links' {ONE_CARD}", "Zahl"),
    "bool that is no bool": (f"UPDATE cards SET deleted = 7 {ONE_CARD}", "ja/nein"),
    "stamp for an unknown column": (
        f"UPDATE cards SET stamps = json_set(stamps, '$.geheim', '000000000000001-000000-x') {ONE_CARD}",
        "unbekannte Spalte"),
    "unknown column": ("ALTER TABLE cards ADD COLUMN geheim TEXT", "unbekannte Spalte"),
    "list that is no list": ("UPDATE vote_rounds SET card_ids = '{\"a\": 1}'", "Liste"),
    "huge text": (f"UPDATE cards SET text = printf('%.300000c', 'x') {ONE_CARD}", "zu lang"),
}


@pytest.fixture
def pair(tmp_path):
    origin = tmp_path / "origin.werkstatt"
    ids = make_origin(origin)
    a, b = copies(origin, ["a.werkstatt", "b.werkstatt"])
    set_card(b, ids["cards"][0], text="vom Laptop B")
    return {"a": a, "b": b, **ids}


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_crafted_package_with_a_fresh_checksum_changes_nothing(pair, tmp_path, damage, encrypted):
    sql, named = DAMAGE[damage]
    passphrase = PASS if encrypted else None
    pkg = tmp_path / "b.qwpaket"
    write_package(pair["b"], pkg, passphrase, kdf_n=package_crypto.MIN_SCRYPT_N)
    crafted = tamper(pkg, tmp_path / "crafted.qwpaket", sql, passphrase)
    before = dump(pair["a"])
    with pytest.raises(PackageError) as info:
        merge_sources(pair["a"], [crafted], passphrase)
    message = str(info.value)
    assert named in message and "nichts" in message and "crafted.qwpaket" in message
    assert dump(pair["a"]) == before


def test_a_crafted_source_among_good_ones_stops_all_of_them(pair, tmp_path):
    good = tmp_path / "good.qwpaket"
    write_package(pair["b"], good)
    crafted = tamper(good, tmp_path / "crafted.qwpaket", DAMAGE["bad date"][0])
    before = dump(pair["a"])
    with pytest.raises(PackageError):
        merge_sources(pair["a"], [good, crafted], None)
    assert dump(pair["a"]) == before


def test_a_valid_change_with_a_fresh_checksum_merges(pair, tmp_path):
    """The check judges values, not the packer: a well-formed edit made with SQL is an edit like any other."""
    pkg = tmp_path / "b.qwpaket"
    write_package(pair["b"], pkg)
    stamp = "999999999999999-000000-11111111-2222-3333-4444-555555555555"
    card = pair["cards"][0]
    crafted = tamper(pkg, tmp_path / "crafted.qwpaket",
                     f"UPDATE cards SET text = 'per Hand', hlc = '{stamp}', "
                     f"stamps = json_set(stamps, '$.text', '{stamp}') WHERE id = '{card}'")
    merge_sources(pair["a"], [crafted], None)
    assert card_text(pair["a"], card) == "per Hand"


def test_a_damaged_workspace_is_not_packed(pair, tmp_path):
    import sqlite3

    con = sqlite3.connect(pair["b"])
    con.execute("UPDATE workspace SET project_start = '2025-02-30'")
    con.execute(f"UPDATE cards SET x = 'links' {ONE_CARD}")
    con.commit()
    con.close()
    with pytest.raises(PackageError, match="kein Paket geschrieben.*cards"):
        write_package(pair["b"], tmp_path / "b.qwpaket")
    assert not (tmp_path / "b.qwpaket").exists()


def _greedy_header(n: int, r: int, p: int, chunk: int = package_crypto.CHUNK_SIZE) -> bytes:
    params = package_crypto.new_params()
    params.update(n=n, r=r, p=p, chunk=chunk)
    blob = json.dumps(params, sort_keys=True).encode()
    return MAGIC + _HEAD.pack(ENCRYPTED, len(blob)) + blob + struct.pack(">I", 44) + os.urandom(44)


@pytest.mark.parametrize("n, r, p", [(2**20, 8, 1), (2**18, 8, 1), (2**17, 16, 1), (2**17, 8, 4), (2**14, 1, 1)])
def test_key_derivation_costs_are_capped_to_what_pack_writes(tmp_path, n, r, p):
    pkg = tmp_path / "gierig.qwpaket"
    pkg.write_bytes(_greedy_header(n, r, p))
    code = (PEAK + "import time\n"
            "from pathlib import Path\n"
            "from app.sync.errors import PackageError\n"
            "from app.sync.package import read_package\n"
            "t = time.perf_counter()\n"
            "try:\n"
            f"    read_package(Path({str(pkg)!r}), 'egal', Path({str(tmp_path / 'x.sqlite')!r}))\n"
            "except PackageError as exc:\n"
            "    print(str(exc))\n"
            "print(time.perf_counter() - t)\n"
            "print(peak_mb())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    message, seconds, peak = out.stdout.strip().splitlines()
    assert "Verschlüsselungsangaben" in message and "nichts" in message
    assert float(seconds) < 0.5  # refused before the key is derived
    assert int(peak) < 200  # MB


def test_a_package_announcing_more_than_it_holds_is_refused_before_copying(pair, tmp_path):
    pkg = tmp_path / "b.qwpaket"
    write_package(pair["b"], pkg)
    data = pkg.read_bytes()
    mode, size = _HEAD.unpack(data[len(MAGIC):len(MAGIC) + _HEAD.size])
    start = len(MAGIC) + _HEAD.size
    manifest = json.loads(data[start:start + size])
    for announced in (manifest["snapshot_size"] * 4, 2**50, -1):
        manifest["snapshot_size"] = announced
        blob = json.dumps(manifest).encode()
        crafted = tmp_path / "gross.qwpaket"
        crafted.write_bytes(MAGIC + _HEAD.pack(mode, len(blob)) + blob + data[start + size:])
        started = time.perf_counter()
        with pytest.raises(PackageError, match="nichts"):
            merge_sources(pair["a"], [crafted], None)
        assert time.perf_counter() - started < 2


def test_a_source_without_a_shared_table_is_refused(tmp_path):
    import sqlite3

    from app.sync.sources import refuse_damaged_rows

    target = tmp_path / "ohne.sqlite"
    WorkspaceFile.create(target).close()
    con = sqlite3.connect(target)
    con.execute("DROP TABLE votes")
    with pytest.raises(PackageError, match="votes: Tabelle fehlt"):
        refuse_damaged_rows(con, "ohne.sqlite")
    con.close()
