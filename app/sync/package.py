"""Transport packages ("Pakete"): a consistent snapshot of a workspace plus a manifest, optionally encrypted.

Layout: ``QWPAKET1`` | mode (0 plain, 1 encrypted) | header length (4 bytes) | header (JSON) | body.
Plain: the header is the manifest and the body the snapshot. Encrypted: the header holds only the scrypt
parameters, salt and nonce prefix; the body (manifest length, manifest, snapshot) is AES-256-GCM encrypted and
authenticated, so a lost USB stick reveals nothing, not even the device or the table counts.

A snapshot is made with the SQLite backup API, cleared of local settings (meta except the device id), vacuumed,
integrity-checked and fsynced; the package is written to a temporary file and renamed, so a crash never leaves
half a package under the final name.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from app import __version__
from app.store.atomic_file import atomic_stream, require_folder
from app.store.backup import integrity_ok
from app.store.disk_errors import german_disk_errors
from app.store.engine import APPLICATION_ID, connect_read, read_application_id
from app.store.migrations import current_revision
from app.store.models import SYNC_MODELS
from app.store.row_check import find_problems, summary
from app.store.workspace_file import refuse_foreign

from . import package_crypto
from .errors import PackageError, PassphraseRequired

MAGIC = b"QWPAKET1"
FORMAT_VERSION = 1
PLAIN, ENCRYPTED = 0, 1
PACKAGE_SUFFIX = ".qwpaket"
_HEAD = struct.Struct(">BI")
_MAX_HEADER = 1 << 16
#: Bounds of what a package may announce: far above any real Quartier's data, far below a full disk.
MAX_SNAPSHOT_BYTES = 4 * 2**30
MAX_ROWS_PER_TABLE = 10_000_000
_DAMAGED = "Das Paket {name} ist beschädigt oder manipuliert; es wurde nichts geändert."
_TRUNCATED = "Das Paket {name} ist unvollständig (abgeschnitten); es wurde nichts geändert."


@dataclass(frozen=True)
class Manifest:
    device_id: str
    schema_revision: str
    counts: dict[str, int]
    snapshot_sha256: str
    snapshot_size: int
    created_at: str
    app_version: str
    format_version: int = FORMAT_VERSION

    def well_typed(self) -> bool:
        """A manifest from elsewhere may hold any JSON: every field must have its type before it is used."""
        texts = (self.device_id, self.schema_revision, self.snapshot_sha256, self.created_at, self.app_version)
        return (all(isinstance(t, str) for t in texts) and type(self.snapshot_size) is int
                and type(self.format_version) is int and isinstance(self.counts, dict)
                and all(isinstance(k, str) and type(v) is int for k, v in self.counts.items()))

    def to_json(self) -> bytes:
        return json.dumps(self.__dict__, sort_keys=True, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes, name: str) -> Manifest:
        try:
            raw: dict[str, Any] = json.loads(data.decode("utf-8"))
            manifest = cls(**raw)
        except (ValueError, TypeError):
            raise PackageError(_DAMAGED.format(name=name)) from None
        if not manifest.well_typed():
            raise PackageError(_DAMAGED.format(name=name))
        if not 0 < manifest.snapshot_size <= MAX_SNAPSHOT_BYTES or len(manifest.counts) > 200 \
                or any(not 0 <= v <= MAX_ROWS_PER_TABLE for v in manifest.counts.values()):
            raise PackageError(_DAMAGED.format(name=name))
        if manifest.format_version != FORMAT_VERSION:
            raise PackageError(f"Das Paket {name} hat ein unbekanntes Format (Version {manifest.format_version}); "
                               "bitte aktualisieren Sie QuartiersWerkstatt.")
        return manifest


def is_package(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(MAGIC)) == MAGIC


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def make_snapshot(workspace: Path, target: Path) -> Manifest:
    """A consistent, checked copy of ``workspace`` at ``target`` without local settings; returns its manifest."""
    refuse_foreign(workspace)
    src = connect_read(workspace)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
        dst.execute("PRAGMA secure_delete=ON")
        dst.execute("DELETE FROM meta WHERE key <> 'device_id'")
        dst.commit()
        dst.execute("VACUUM")
        problems = find_problems(dst, limit=4)
        if problems:  # a package is read by other laptops: damage must not travel
            raise PackageError(f"Die Werkstatt-Datei {workspace.name} enthält ungültige Einträge; es wurde kein "
                               f"Paket geschrieben. Gefunden: {summary(problems)} – »werkstatt check« listet alle "
                               "auf.")
        device = dst.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()
        counts = {m.__tablename__: dst.execute(  # type: ignore[attr-defined]
            f'SELECT count(*) FROM "{m.__tablename__}"').fetchone()[0] for m in SYNC_MODELS}  # type: ignore[attr-defined]
    finally:
        dst.close()
        src.close()
    if not integrity_ok(target):
        raise PackageError("Die Momentaufnahme der Werkstatt-Datei ist beschädigt; es wurde kein Paket geschrieben.")
    _fsync_file(target)
    return Manifest(device_id=device[0] if device else "", schema_revision=current_revision(target) or "",
                    counts=counts, snapshot_sha256=_sha256(target), snapshot_size=target.stat().st_size,
                    created_at=datetime.now(UTC).isoformat(timespec="seconds"), app_version=__version__)


def _file_chunks(path: Path, first: bytes) -> Iterator[bytes]:
    buffer = first
    with open(path, "rb") as fh:
        while True:
            block = fh.read(package_crypto.CHUNK_SIZE)
            if not block:
                break
            buffer += block
            while len(buffer) >= package_crypto.CHUNK_SIZE:
                yield buffer[:package_crypto.CHUNK_SIZE]
                buffer = buffer[package_crypto.CHUNK_SIZE:]
    yield buffer


def write_package(workspace: Path, out: Path, passphrase: str | None = None,
                  *, kdf_n: int | None = None) -> Manifest:
    """Pack ``workspace`` into ``out`` (replaced atomically if it exists)."""
    out = Path(out)
    if out.resolve() == Path(workspace).resolve():
        raise PackageError("Das Paket darf die Werkstatt-Datei nicht überschreiben.")
    refuse_newer_schema(Path(workspace))
    require_folder(out)
    workdir = Path(tempfile.mkdtemp(prefix="qw-pack-"))
    try:
        snapshot = workdir / "snapshot.sqlite"
        with german_disk_errors(snapshot):
            manifest = make_snapshot(Path(workspace), snapshot)
        with atomic_stream(out, "wb") as fh:
            if passphrase is None:
                header = manifest.to_json()
                fh.write(MAGIC + _HEAD.pack(PLAIN, len(header)) + header)
                with open(snapshot, "rb") as src:
                    shutil.copyfileobj(src, fh, 1 << 20)
            else:
                params = package_crypto.new_params(kdf_n or package_crypto.SCRYPT_N)
                header_json = json.dumps(params, sort_keys=True).encode("utf-8")
                header = MAGIC + _HEAD.pack(ENCRYPTED, len(header_json)) + header_json
                fh.write(header)
                body = manifest.to_json()
                key = package_crypto.derive_key(passphrase, params)
                package_crypto.write_encrypted(fh, header, params, key,
                                               _file_chunks(snapshot, struct.pack(">I", len(body)) + body))
        return manifest
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def refuse_newer_schema(workspace: Path) -> None:
    """A file written by a newer version is not packed: its package would carry a schema nobody here knows."""
    from app.store.errors import NewerWorkspace
    from app.store.migrations import check_version

    refuse_foreign(workspace)
    try:
        check_version(workspace)
    except NewerWorkspace:
        raise PackageError(
            f"Die Datei {workspace.name} wurde mit einer neueren Version von QuartiersWerkstatt geschrieben; "
            "bitte packen Sie sie mit dieser neueren Version oder aktualisieren Sie zuerst dieses Programm. "
            "Es wurde kein Paket geschrieben.") from None


def read_package(package: Path, passphrase: str | None, target: Path) -> Manifest:
    """Unpack (and decrypt) ``package`` into the snapshot file ``target``; verified against its manifest."""
    name = package.name
    with open(package, "rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise PackageError(f"Die Datei {name} ist kein Paket von QuartiersWerkstatt.")
        head = fh.read(_HEAD.size)
        if len(head) < _HEAD.size:
            raise PackageError(_TRUNCATED.format(name=name))
        mode, size = _HEAD.unpack(head)
        if mode not in (PLAIN, ENCRYPTED) or size > _MAX_HEADER:
            raise PackageError(_DAMAGED.format(name=name))
        header_json = fh.read(size)
        if len(header_json) < size:
            raise PackageError(_TRUNCATED.format(name=name))
        if mode == PLAIN:
            manifest = Manifest.from_json(header_json, name)
            body = os.fstat(fh.fileno()).st_size - fh.tell()
            if body < manifest.snapshot_size:  # judged before a byte is copied
                raise PackageError(_TRUNCATED.format(name=name))
            if body != manifest.snapshot_size:
                raise PackageError(_DAMAGED.format(name=name))
            with open(target, "wb") as out:
                shutil.copyfileobj(fh, out, 1 << 20)
        else:
            if passphrase is None:
                raise PassphraseRequired(f"Das Paket {name} ist verschlüsselt; bitte das Passwort angeben "
                                         "(--passphrase-file).")
            try:
                params = json.loads(header_json.decode("utf-8"))
            except ValueError:
                raise PackageError(_DAMAGED.format(name=name)) from None
            if not isinstance(params, dict):
                raise PackageError(_DAMAGED.format(name=name))
            header = MAGIC + head + header_json
            manifest = _decrypt_body(fh, header, params, passphrase, target, name)
    _verify_snapshot(target, manifest, name)
    return manifest


def _decrypt_body(fh: BinaryIO, header: bytes, params: dict[str, Any], passphrase: str, target: Path,
                  name: str) -> Manifest:
    buffer = b""
    manifest: Manifest | None = None
    written = 0
    with open(target, "wb") as out:
        for plain in package_crypto.read_encrypted(fh, header, params, passphrase):
            if manifest is not None:
                written += len(plain)
                if written > manifest.snapshot_size:  # more than announced: stop before the disk fills
                    raise PackageError(_DAMAGED.format(name=name))
                out.write(plain)
                continue
            buffer += plain
            if len(buffer) < 4:
                continue
            (length,) = struct.unpack(">I", buffer[:4])
            if length > _MAX_HEADER:
                raise PackageError(_DAMAGED.format(name=name))
            if len(buffer) < 4 + length:
                continue
            manifest = Manifest.from_json(buffer[4:4 + length], name)
            written = len(buffer) - 4 - length
            if written > manifest.snapshot_size:
                raise PackageError(_DAMAGED.format(name=name))
            out.write(buffer[4 + length:])
    if manifest is None:
        raise PackageError(_DAMAGED.format(name=name))
    return manifest


def _verify_snapshot(snapshot: Path, manifest: Manifest, name: str) -> None:
    size = snapshot.stat().st_size
    if size < manifest.snapshot_size:
        raise PackageError(_TRUNCATED.format(name=name))
    if size != manifest.snapshot_size or _sha256(snapshot) != manifest.snapshot_sha256:
        raise PackageError(_DAMAGED.format(name=name))
    if read_application_id(snapshot) != APPLICATION_ID or not integrity_ok(snapshot):
        raise PackageError(_DAMAGED.format(name=name))
