"""Crafted packages: a real package, its snapshot changed with SQL, then packed again with a checksum computed anew.

This is what someone who knows the format can do; the checksum then proves nothing, so the rows themselves must
be judged. Encrypted ones are sealed again with the same passphrase (a colleague who knows it).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

from app.sync import package_crypto
from app.sync.package import _HEAD, ENCRYPTED, MAGIC, PLAIN, Manifest, read_package


def seal(snapshot: Path, manifest: Manifest, out: Path, passphrase: str | None = None) -> None:
    """Write ``snapshot`` as a package at ``out`` with a manifest whose checksum and size fit it."""
    body = snapshot.read_bytes()
    manifest = dataclasses.replace(manifest, snapshot_sha256=hashlib.sha256(body).hexdigest(),
                                   snapshot_size=len(body))
    with open(out, "wb") as fh:
        if passphrase is None:
            header = manifest.to_json()
            fh.write(MAGIC + _HEAD.pack(PLAIN, len(header)) + header + body)
            return
        params = package_crypto.new_params(package_crypto.MIN_SCRYPT_N)
        header_json = json.dumps(params, sort_keys=True).encode("utf-8")
        header = MAGIC + _HEAD.pack(ENCRYPTED, len(header_json)) + header_json
        fh.write(header)
        key = package_crypto.derive_key(passphrase, params)
        first = struct.pack(">I", len(manifest.to_json())) + manifest.to_json() + body
        chunks = [first[i:i + package_crypto.CHUNK_SIZE] for i in range(0, len(first), package_crypto.CHUNK_SIZE)]
        package_crypto.write_encrypted(fh, header, params, key, iter(chunks))


def tamper(package: Path, out: Path, change: Callable[[sqlite3.Connection], None] | str,
           passphrase: str | None = None) -> Path:
    """``package`` with its snapshot changed by ``change`` (SQL text or a function), sealed again at ``out``."""
    snapshot = out.with_suffix(".snapshot")
    manifest = read_package(package, passphrase, snapshot)
    con = sqlite3.connect(snapshot)
    try:
        if isinstance(change, str):
            con.executescript(change)
        else:
            change(con)
        con.commit()
    finally:
        con.close()
    seal(snapshot, manifest, out, passphrase)
    snapshot.unlink()
    return out
