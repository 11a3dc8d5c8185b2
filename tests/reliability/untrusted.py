"""What every importer must do with a file from elsewhere: accept it, or refuse it the app's own way.

The app's own way is one of its error types with a complete German sentence, within a bounded time and memory,
and with the workspace unchanged. Anything else (a KeyError, a decimal.Overflow, a raw sqlite3 error, a minute of
work or a gigabyte of memory for a 100 KB file) is a finding.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import time
import traceback
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.operations.errors import OperationRefused
from app.store.errors import WorkspaceError

_GERMAN = re.compile(r"\b(die|der|das|ist|nicht|keine?|bitte|wurde|datei|zeile|paket|werkstatt)\b", re.I)

#: tables whose content an importer could change
WATCHED_TABLES = ("actors", "services", "subject_categories", "participants", "cards", "comments", "votes",
                  "canvases", "consent_events", "erasure_records")


def own_error_types() -> tuple[type[BaseException], ...]:
    types: list[type[BaseException]] = [OperationRefused, WorkspaceError, ValueError]
    try:
        from app.sync.errors import PackageError, SyncError  # type: ignore[attr-defined]

        types += [PackageError, SyncError]
    except ImportError:
        try:
            from app.sync.errors import PackageError

            types.append(PackageError)
        except ImportError:
            pass
    return tuple(types)


def looks_german(message: str) -> bool:
    return bool(message.strip()) and bool(_GERMAN.search(message))


@dataclass
class Outcome:
    accepted: bool
    error: BaseException | None
    seconds: float
    peak_mb: float


def run_bounded(action: Callable[[], object], *, seconds: float = 10.0, megabytes: float = 100.0) -> Outcome:
    """Run one import of one input; raise AssertionError unless it succeeded or refused the app's own way."""
    tracemalloc.start()
    started = time.perf_counter()
    error: BaseException | None = None
    try:
        action()
    except Exception as exc:  # noqa: BLE001 - judged below
        error = exc
    finally:
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    outcome = Outcome(error is None, error, elapsed, peak / 2**20)
    if error is not None:
        detail = "".join(traceback.format_exception(error))[-3000:]
        assert isinstance(error, own_error_types()), f"not the app's own refusal:\n{detail}"
        assert looks_german(str(error)), f"refusal without a German sentence: {error!r}"
    assert elapsed <= seconds, f"took {elapsed:.1f} s (limit {seconds} s)"
    assert outcome.peak_mb <= megabytes, f"needed {outcome.peak_mb:.0f} MB (limit {megabytes} MB)"
    return outcome


def fingerprint(path: Path) -> dict[str, tuple[int, str | None]]:
    """Row count and newest clock stamp per watched table: any write changes one of them."""
    con = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    try:
        return {t: con.execute(f'SELECT count(*), max(hlc) FROM "{t}"').fetchone() for t in WATCHED_TABLES}
    finally:
        con.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
