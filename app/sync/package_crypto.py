"""Encrypted body of a package: AES-256-GCM in 1 MiB chunks, key from the passphrase with scrypt.

Each chunk is authenticated together with the package header (which holds the scrypt parameters, the salt and the
nonce prefix), its index and a "last chunk" flag, so a changed header, reordered, altered or missing chunks and a
cut-off file are all detected. A small key-check record in front tells a wrong passphrase apart from damage.
"""

from __future__ import annotations

import os
import struct
import unicodedata
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .errors import PackageError, WrongPassphrase

#: scrypt cost: 2^17 x 8 (128 MiB, about 0.3 s here), the usual recommendation for interactive use.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
CHUNK_SIZE = 1 << 20
#: A header from elsewhere may ask for any cost: n = 2^20 with r = 16 would take 2 GiB and seconds before a wrong
#: passphrase could even be told. Only what ``pack`` itself writes is accepted (smaller n only for fast tests).
MIN_SCRYPT_N, MAX_SCRYPT_N = 2**14, SCRYPT_N
_KEY_CHECK_INDEX = 0xFFFFFFFF
_KEY_CHECK_TEXT = b"QuartiersWerkstatt-Paket"
_LEN = struct.Struct(">I")


def new_params(n: int = SCRYPT_N) -> dict[str, object]:
    return {"kdf": "scrypt", "n": n, "r": SCRYPT_R, "p": SCRYPT_P,
            "salt": os.urandom(16).hex(), "nonce": os.urandom(8).hex(), "chunk": CHUNK_SIZE}


def _hex_of(value: object, size: int) -> bool:
    if not isinstance(value, str) or len(value) != 2 * size:
        return False
    try:
        bytes.fromhex(value)
    except ValueError:
        return False
    return True


def derive_key(passphrase: str, params: dict[str, object]) -> bytes:
    n, r, p, chunk = params.get("n"), params.get("r"), params.get("p"), params.get("chunk", CHUNK_SIZE)
    ok = (params.get("kdf") == "scrypt" and type(n) is int and type(r) is int and type(p) is int
          and MIN_SCRYPT_N <= n <= MAX_SCRYPT_N and n & (n - 1) == 0 and r == SCRYPT_R and p == SCRYPT_P
          # a header from elsewhere may hold anything: salt, nonce prefix and chunk size are checked here, once
          and _hex_of(params.get("salt"), 16) and _hex_of(params.get("nonce"), 8)
          and type(chunk) is int and chunk == CHUNK_SIZE)
    if not ok:
        raise PackageError("Das Paket hat ungültige Verschlüsselungsangaben; es ist beschädigt oder manipuliert. "
                           "Es wurde nichts geändert.")
    salt = bytes.fromhex(str(params["salt"]))
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret)


def _nonce(params: dict[str, object], index: int) -> bytes:
    return bytes.fromhex(str(params["nonce"])) + index.to_bytes(4, "big")


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + index.to_bytes(8, "big") + (b"\x01" if last else b"\x00")


def write_encrypted(out: BinaryIO, header: bytes, params: dict[str, object], key: bytes,
                    chunks: Iterator[bytes]) -> None:
    """Write the key check and the chunks of ``chunks`` (which must yield at least one chunk)."""
    aes = AESGCM(key)
    check = aes.encrypt(_nonce(params, _KEY_CHECK_INDEX), _KEY_CHECK_TEXT, header)
    out.write(_LEN.pack(len(check)) + check)
    index = 0
    pending = next(chunks)
    for following in chunks:
        sealed = aes.encrypt(_nonce(params, index), pending, _aad(header, index, False))
        out.write(_LEN.pack(len(sealed)) + sealed)
        index += 1
        pending = following
    sealed = aes.encrypt(_nonce(params, index), pending, _aad(header, index, True))
    out.write(_LEN.pack(len(sealed)) + sealed)


def _read_record(src: BinaryIO, limit: int) -> bytes | None:
    head = src.read(4)
    if not head:
        return None
    if len(head) < 4:
        raise PackageError("Das Paket ist unvollständig (abgeschnitten); es wurde nichts geändert.")
    (size,) = _LEN.unpack(head)
    if size > limit:
        raise PackageError("Das Paket ist beschädigt oder manipuliert; es wurde nichts geändert.")
    data = src.read(size)
    if len(data) < size:
        raise PackageError("Das Paket ist unvollständig (abgeschnitten); es wurde nichts geändert.")
    return data


def read_encrypted(src: BinaryIO, header: bytes, params: dict[str, object], passphrase: str) -> Iterator[bytes]:
    """Yield the plaintext chunks; raises WrongPassphrase or PackageError before yielding anything doubtful."""
    key = derive_key(passphrase, params)
    aes = AESGCM(key)
    limit = int(params.get("chunk", CHUNK_SIZE)) + 16  # type: ignore[call-overload]  (checked by derive_key)
    check = _read_record(src, 64)
    if check is None:
        raise PackageError("Das Paket ist unvollständig (abgeschnitten); es wurde nichts geändert.")
    try:
        if aes.decrypt(_nonce(params, _KEY_CHECK_INDEX), check, header) != _KEY_CHECK_TEXT:
            raise InvalidTag
    except InvalidTag:
        raise WrongPassphrase("Das Passwort passt nicht zu diesem Paket (oder das Paket wurde verändert); "
                              "es wurde nichts geändert.") from None
    index = 0
    current = _read_record(src, limit)
    if current is None:
        raise PackageError("Das Paket ist unvollständig (abgeschnitten); es wurde nichts geändert.")
    while True:
        following = _read_record(src, limit)
        last = following is None
        try:
            yield aes.decrypt(_nonce(params, index), current, _aad(header, index, last))
        except InvalidTag:
            if last:
                raise PackageError("Das Paket ist unvollständig oder wurde verändert; es wurde nichts geändert.") \
                    from None
            raise PackageError("Das Paket wurde verändert oder ist beschädigt; es wurde nichts geändert.") from None
        if last:
            return
        current = following
        index += 1
