"""Reading a passphrase from a file (never from the command line, where it would end up in the shell history)."""

from __future__ import annotations

from pathlib import Path

from app.store.errors import WorkspaceError


def read_passphrase(path: str | None) -> str | None:
    if path is None:
        return None
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise WorkspaceError(f"Die Passwortdatei {p} gibt es nicht.") from None
    except UnicodeDecodeError:
        raise WorkspaceError(f"Die Passwortdatei {p.name} ist keine Textdatei (UTF-8).") from None
    passphrase = text.rstrip("\r\n")
    if not passphrase:
        raise WorkspaceError(f"Die Passwortdatei {p.name} ist leer.")
    return passphrase
