"""Packages and the hub as user actions of the "Synchronisieren" dialog: pack the open workspace, tell whether a
package needs a passphrase, and sync with a hub whose password is asked each time and never stored."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.store.workspace_file import WorkspaceFile
from app.sync.hub import HubSyncResult, hub_url, safe_url, sync_with_hub
from app.sync.package import ENCRYPTED, MAGIC, write_package

#: The last hub address used by this workspace, without password (a local setting, not synced).
HUB_ADDRESS_SETTING = "sync:hub_address"


@dataclass(frozen=True)
class PackResult:
    path: Path
    rows: int
    encrypted: bool


def pack_workspace(ws: WorkspaceFile, out: Path, passphrase: str | None = None) -> PackResult:
    """A transport package of the open workspace (a consistent snapshot even while it is open)."""
    manifest = write_package(ws.path, Path(out), passphrase or None)
    return PackResult(Path(out), sum(manifest.counts.values()), bool(passphrase))


def needs_passphrase(path: Path) -> bool:
    """True for an encrypted package (a workspace file or a plain package needs none)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(MAGIC) + 1)
    except OSError:
        return False
    return head.startswith(MAGIC) and len(head) > len(MAGIC) and head[len(MAGIC)] == ENCRYPTED


def hub_address(ws: WorkspaceFile) -> str:
    return ws.get_setting(HUB_ADDRESS_SETTING) or ""


def sync_with_password(ws: WorkspaceFile, address: str, password: str = "") -> HubSyncResult:
    """Sync with the hub at ``address``; ``password`` is used for this connection only. The address is remembered
    without any password."""
    url = hub_url(address.strip())
    if password:
        url = url.set(password=password)
    result = sync_with_hub(ws, url.render_as_string(hide_password=False))
    ws.set_setting(HUB_ADDRESS_SETTING, safe_url(url))
    return result
