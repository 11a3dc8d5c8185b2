"""Erasure reaches every byte: names of any alphabet, typed in any spelling into any free-text column, on the
laptop that erases and on one that learns of it only in a merge; afterwards neither workspace file nor its
write-ahead log holds the name, and the two laptops agree (``make test-extended`` runs many more examples)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.domain.name_matching import name_key
from app.domain.personal_data import REDACT_COLUMNS
from app.operations.privacy_ops import erase_participant
from app.operations.sync_ops import merge_sources
from app.store.models import Participant
from app.store.workspace_file import WorkspaceFile
from app.sync.canonical import canonical_dump
from tests.sync.erasure_fixtures import mention_everywhere
from tests.sync.helpers import copies, make_origin

from . import profile

SETTINGS = settings(max_examples=profile.ERASURE_EXAMPLES, deadline=None, derandomize=not profile.EXTENDED,
                    suppress_health_check=list(HealthCheck), database=None)

#: letters people in a German Quartier write names with (a name must hold one that is not ASCII, so that it
#: can never be a word of the file's own schema)
SPECIAL = "äöüßÄÖÜéèçğışİŞĞłńśźżąęÇŁŚŻабвгдеёжзийклмнопрстуфхцчшщыэюяأبتثجحخدرسشعفقلمنهوي中文字山田花子"
PLAIN = "abcdefghijklmnopqrstuvwxyz"
name_word = st.text(PLAIN + SPECIAL, min_size=3, max_size=9)


@st.composite
def names(draw) -> str:  # type: ignore[no-untyped-def]
    words = draw(st.lists(name_word, min_size=2, max_size=3, unique_by=lambda w: w.casefold()))
    name = draw(st.sampled_from([" ", "-"])).join(words)
    assume(any(ch in SPECIAL for ch in name) and len(name_key(name)) >= 2)
    return name


def _spellings(name: str) -> list[str]:
    """The name as people type it: as written, in capitals, in small letters, split over two lines; only
    spellings whose letters fold to the same name (Turkish dotless ı does not become i)."""
    out = []
    for v in (name, name.upper(), name.lower(), name.replace(" ", "\n", 1), name.replace(" ", ",  ", 1)):
        if name_key(v) == name_key(name) and v not in out:
            out.append(v)
    return out


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("erasure")
    origin = root / "origin.werkstatt"
    ids = make_origin(origin)
    a, b = copies(origin, ["a.werkstatt", "b.werkstatt"])
    return {"a": a, "b": b, **ids}


def _fresh(pristine, tmp: Path) -> tuple[Path, Path]:
    tmp.mkdir()
    return Path(shutil.copy(pristine["a"], tmp / "a.werkstatt")), Path(shutil.copy(pristine["b"], tmp / "b.werkstatt"))


def _type_in(path: Path, pid: str, name: str, spellings: list[str]) -> None:
    """The name in every free-text column (several spellings) and as the person's own name."""
    with WorkspaceFile.open(path) as ws, ws.session() as s:
        p = s.get(Participant, pid)
        p.display_name, p.notes = name, f"{name} kommt"
    mention_everywhere(path, pid, name=spellings[0], contact="kontakt@beispiel.invalid")
    con = sqlite3.connect(path)
    with con:
        for n, (table, cols) in enumerate(REDACT_COLUMNS.items()):
            spelling = spellings[n % len(spellings)]
            con.execute(f'UPDATE "{table}" SET "{cols[0]}" = ? WHERE "{cols[0]}" <> \'\'',  # noqa: S608
                        (f"laut {spelling}",))
    con.close()


def _bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


counter = iter(range(10**9))


@SETTINGS
@given(name=names())
def test_a_name_of_any_alphabet_leaves_no_byte_on_either_laptop(pristine, tmp_path_factory, name):
    spellings = _spellings(name)
    a, b = _fresh(pristine, tmp_path_factory.getbasetemp() / f"ex{next(counter)}")
    pid = pristine["participant"]
    _type_in(a, pid, name, spellings)
    merge_sources(b, [a])  # b holds the name too, in every spelling
    with WorkspaceFile.open(a) as ws:
        erase_participant(ws, pid, erased_by="Moderation")
        raw_open = _bytes(a)
    merge_sources(b, [a])
    for spelling in spellings:
        needle = spelling.encode("utf-8")
        assert needle not in raw_open, f"{spelling!r} is still in the open file or its log"
        assert needle not in _bytes(a) and needle not in _bytes(b), f"{spelling!r} is still in a file"
    merge_sources(a, [b])
    with WorkspaceFile.open(a, readonly=True) as wa, WorkspaceFile.open(b, readonly=True) as wb, \
            wa.engine.connect() as ca, wb.engine.connect() as cb:
        assert canonical_dump(ca) == canonical_dump(cb)
