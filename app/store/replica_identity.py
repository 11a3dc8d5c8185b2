"""Is this file the one that was last opened for writing, or a copy of it? A copy is a new replica.

Every stamp a workspace writes names its device id. Two files that share a device id (one copied from the other
with ``cp``, a file manager, a backup tool or SQLite's backup API) would write stamps that collide or that a merge
takes for one history. So the file remembers where it was last opened for writing: the machine, the real path and
the file's (device, inode). A writer that finds anything else (the file was copied, moved, restored or carried to
another machine) takes a new device id before its first write. A needless new id costs nothing: it only means the
file's later edits carry another name.
"""

from __future__ import annotations

import hashlib
import json
import socket
import uuid
from functools import cache
from pathlib import Path

#: ``meta`` key of the writer's place, and the key that lists the device ids this file wrote under before.
IDENTITY_KEY = "writer_identity"
PREVIOUS_DEVICES_KEY = "previous_device_ids"
#: Where Linux keeps a machine id that survives reboots (systemd, then D-Bus).
MACHINE_ID_FILES = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))


@cache
def machine_id() -> str:
    """A stable id of this machine; without a machine-id file, a digest of host name and network address."""
    for candidate in MACHINE_ID_FILES:
        try:
            text = candidate.read_text(encoding="ascii", errors="replace").strip()
        except OSError:
            continue
        if text:
            return text
    fallback = f"{socket.gethostname()}|{uuid.getnode():012x}"
    return hashlib.sha256(fallback.encode("utf-8")).hexdigest()[:32]


def identity_text(real: Path, dev_ino: tuple[int, int]) -> str:
    """The place of a writer as stored in the file (stable JSON, so equal places compare equal as text)."""
    dev, ino = dev_ino
    return json.dumps({"machine": machine_id(), "path": str(real), "dev": dev, "ino": ino},
                      sort_keys=True, separators=(",", ":"))


def is_same_place(stored: str | None, current: str) -> bool:
    """True only when the stored place is exactly this one; a missing or unreadable place counts as a copy."""
    return bool(stored) and stored == current


def with_previous(previous: str | None, old_device: str) -> str:
    """The list of earlier device ids of this file plus ``old_device`` (newest last), as text for ``meta``."""
    ids = [d for d in (previous or "").split() if d]
    if old_device and old_device not in ids:
        ids.append(old_device)
    return " ".join(ids[-50:])
