"""Packages: consistent, verified snapshots; encrypted ones reveal nothing; damage changes nothing."""

from __future__ import annotations

import os
import sqlite3

import pytest

from app.operations.sync_ops import merge_sources
from app.store.workspace_file import WorkspaceFile
from app.sync import package_crypto
from app.sync.errors import PackageError, PassphraseRequired, WrongPassphrase
from app.sync.package import read_package, write_package

from .helpers import card_text, copies, dump, make_origin, set_card

FAST_KDF = 2**14  # the minimum a reader accepts; keeps the tests quick


@pytest.fixture
def pair(tmp_path):
    origin = tmp_path / "origin.werkstatt"
    ids = make_origin(origin)
    a, b = copies(origin, ["a.werkstatt", "b.werkstatt"])
    set_card(b, ids["cards"][0], text="vom Laptop B")
    with WorkspaceFile.open(b) as ws:
        ws.set_setting("pin_hash", "geheim-pin-hash")
        ws.set_setting("hub:x:url", "postgresql://hub")
    return {"a": a, "b": b, **ids}


def test_plain_package_holds_a_verified_snapshot_and_a_manifest(pair, tmp_path):
    pkg = tmp_path / "b.qwpaket"
    manifest = write_package(pair["b"], pkg)
    assert manifest.counts["cards"] == 3 and manifest.schema_revision and manifest.device_id
    out = tmp_path / "unpacked.sqlite"
    assert read_package(pkg, None, out) == manifest
    con = sqlite3.connect(out)
    keys = [r[0] for r in con.execute("SELECT key FROM meta")]
    con.close()
    assert keys == ["device_id"]  # local settings (PIN, hub addresses) do not travel
    assert not list(tmp_path.glob(".*.tmp"))


def test_merging_a_package_equals_merging_the_file(pair, tmp_path):
    pkg = tmp_path / "b.qwpaket"
    write_package(pair["b"], pkg, "Quartier 2025!", kdf_n=FAST_KDF)
    m1, m2 = tmp_path / "m1.werkstatt", tmp_path / "m2.werkstatt"
    merge_sources(m1, [pair["a"], pkg], "Quartier 2025!")
    merge_sources(m2, [pair["a"], pair["b"]])
    assert dump(m1) == dump(m2)
    assert card_text(m1, pair["cards"][0]) == "vom Laptop B"


def test_encrypted_package_reveals_neither_data_nor_manifest(pair, tmp_path):
    pkg = tmp_path / "b.qwpaket"
    manifest = write_package(pair["b"], pkg, "richtig", kdf_n=FAST_KDF)
    data = pkg.read_bytes()
    for secret in (b"Schaffrath", b"Erna", b"vom Laptop B", manifest.device_id.encode(), b"cards", b"SQLite"):
        assert secret not in data


@pytest.mark.parametrize("damage", ["wrong passphrase", "no passphrase", "truncated", "flipped byte",
                                    "header changed", "last chunk cut", "plain flipped", "plain truncated"])
def test_damaged_or_locked_package_changes_nothing(pair, tmp_path, damage):
    pkg = tmp_path / "b.qwpaket"
    encrypted = not damage.startswith("plain")
    package_crypto_chunk = package_crypto.CHUNK_SIZE
    write_package(pair["b"], pkg, "richtig" if encrypted else None, kdf_n=FAST_KDF)
    data = bytearray(pkg.read_bytes())
    passphrase: str | None = "richtig" if encrypted else None
    expected: type[Exception] = PackageError
    if damage == "wrong passphrase":
        passphrase, expected = "falsch", WrongPassphrase
    elif damage == "no passphrase":
        passphrase, expected = None, PassphraseRequired
    elif damage in ("truncated", "plain truncated"):
        del data[len(data) // 2:]
    elif damage in ("flipped byte", "plain flipped"):
        data[len(data) // 2] ^= 0x01
    elif damage == "header changed":
        text = bytes(data)
        at = text.index(b'"r": 8')
        data[at:at + 6] = b'"r": 9'
    elif damage == "last chunk cut":
        assert len(data) < package_crypto_chunk  # one chunk: cut its tag off
        del data[-16:]
    pkg.write_bytes(bytes(data))
    before = dump(pair["a"])
    with pytest.raises(expected) as info:
        merge_sources(pair["a"], [pkg], passphrase)
    assert "nichts" in str(info.value) or "Passwort" in str(info.value)
    assert dump(pair["a"]) == before
    leftovers = [p for p in os.listdir(tmp_path) if p.startswith("qw-")]
    assert leftovers == []


def test_repacking_replaces_the_old_package_atomically(pair, tmp_path):
    pkg = tmp_path / "b.qwpaket"
    write_package(pair["a"], pkg)
    first = pkg.read_bytes()
    write_package(pair["b"], pkg)
    assert pkg.read_bytes() != first
    header = pkg.read_bytes()[13:13 + 2000]
    assert b"snapshot_sha256" in header  # the manifest of a plain package is readable
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("field, value", [("nonce", None), ("nonce", "zz" * 8), ("salt", 5), ("salt", "ab"),
                                          ("chunk", [1]), ("chunk", "viel"), ("chunk", 2**40)])
def test_encrypted_header_with_malformed_parameters_is_refused_in_german(tmp_path, field, value):
    """Found by the package fuzzer: a non-hex nonce or salt escaped as an English ValueError."""
    import json
    import struct

    from app.sync.package import MAGIC

    ws_path = tmp_path / "a.werkstatt"
    WorkspaceFile.create(ws_path).close()
    pkg = tmp_path / "a.qwpaket"
    write_package(ws_path, pkg, "Passwort 123", kdf_n=2**14)
    data = pkg.read_bytes()
    mode, size = struct.unpack(">BI", data[len(MAGIC):len(MAGIC) + 5])
    header = json.loads(data[len(MAGIC) + 5:len(MAGIC) + 5 + size])
    header[field] = value
    blob = json.dumps(header).encode()
    pkg.write_bytes(MAGIC + struct.pack(">BI", mode, len(blob)) + blob + data[len(MAGIC) + 5 + size:])
    with pytest.raises(PackageError, match="Verschlüsselungsangaben"):
        read_package(pkg, "Passwort 123", tmp_path / "out.sqlite")


@pytest.mark.parametrize("field, value", [("snapshot_size", None), ("snapshot_sha256", 7), ("counts", [1]),
                                          ("counts", {"cards": "drei"}), ("device_id", None)])
def test_plain_manifest_with_wrong_types_is_refused_in_german(tmp_path, field, value):
    """Found by the package fuzzer: ``snapshot_size: null`` ended in a TypeError while verifying."""
    import json
    import struct

    from app.sync.package import MAGIC

    ws_path = tmp_path / "a.werkstatt"
    WorkspaceFile.create(ws_path).close()
    pkg = tmp_path / "a.qwpaket"
    write_package(ws_path, pkg)
    data = pkg.read_bytes()
    mode, size = struct.unpack(">BI", data[len(MAGIC):len(MAGIC) + 5])
    header = json.loads(data[len(MAGIC) + 5:len(MAGIC) + 5 + size])
    header[field] = value
    blob = json.dumps(header).encode()
    pkg.write_bytes(MAGIC + struct.pack(">BI", mode, len(blob)) + blob + data[len(MAGIC) + 5 + size:])
    with pytest.raises(PackageError, match="beschädigt"):
        read_package(pkg, None, tmp_path / "out.sqlite")
