"""Turn a failure caused by a damaged or tampered workspace file into one German sentence.

Reading every row before every report would cost time on every healthy file. Instead the readers run as usual;
when one fails with something that is not the app's own refusal, the file is examined row by row
(``store.row_check``). Damage found: the user learns where it is and that ``werkstatt check`` lists it all, and
nothing was written. No damage found: the failure is a real bug and travels on unchanged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.store.errors import WorkspaceError
from app.store.row_check import RowProblem, find_problems, summary


class DamagedWorkspace(WorkspaceError):
    """The workspace holds values this program cannot have written; nothing was produced from it."""


@contextmanager
def damage_explained(path: Path) -> Iterator[None]:
    """Run the block; a failure of a damaged file becomes a ``DamagedWorkspace`` naming the damage."""
    try:
        yield
    except (WorkspaceError, KeyboardInterrupt, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - examined below and re-raised unless the file explains it
        problems = find_damage_safely(Path(path))
        if not problems:
            raise
        raise DamagedWorkspace(
            f"Die Werkstatt-Datei {Path(path).name} enthält ungültige Einträge (verändert oder beschädigt); es wurde "
            f"nichts geschrieben. Gefunden: {summary(problems)} – »werkstatt check {Path(path).name}« listet alle "
            "auf.") from exc


def find_damage_safely(path: Path) -> list[RowProblem]:
    """The first problems of a workspace file's rows (empty for a healthy file or one SQLite cannot read)."""
    try:
        con = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        return find_problems(con, limit=4)
    except sqlite3.DatabaseError:
        return []
    finally:
        con.close()
