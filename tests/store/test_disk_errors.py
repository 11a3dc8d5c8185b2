"""Every OS and SQLite complaint about a disk becomes one German sentence: no errno text, no temporary names."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import exc as sa_exc

from app.store.atomic_file import temp_path_for
from app.store.disk_errors import (
    DiskError,
    disk_condition,
    disk_error,
    os_error_sentence,
    shown_name,
    sqlite_disk_sentence,
    user_message,
)

ENGLISH = ("No space", "Read-only file system", "Permission denied", "No such file", "Errno", "Input/output",
           "Disk quota", "File too large", "database or disk is full", "readonly database", "unable to open")


def _clean(text: str) -> None:
    assert text and text.strip() == text and "\n" not in text
    for english in ENGLISH:
        assert english.lower() not in text.lower(), text
    assert ".tmp" not in text and "beschädigt" not in text, text


@given(code=st.sampled_from(sorted(errno.errorcode)),
       name=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)
       .filter(lambda n: "/" not in n and n not in (".", "..")))
def test_every_errno_becomes_german_without_the_system_text_or_a_temporary_name(tmp_path_factory, code, name):
    folder = Path("/nonexistent-folder-for-the-test")
    target = folder / name
    raised = OSError(code, os.strerror(code), str(temp_path_for(target)))
    sentence = os_error_sentence(raised, target)
    _clean(sentence)
    if os.strerror(code) and not os.strerror(code).startswith("Unknown error"):
        assert os.strerror(code) not in sentence


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "Der Datenträger ist voll"),
    (errno.EDQUOT, "Speicherplatz"),
    (errno.EFBIG, "zu groß"),
    (errno.EROFS, "schreibgeschützt"),
    (errno.EACCES, "Keine Berechtigung"),
    (errno.EIO, "Lese- oder Schreibfehler"),
])
def test_the_disk_conditions_are_named_for_what_they_are(tmp_path, code, words):
    sentence = os_error_sentence(OSError(code, os.strerror(code)), tmp_path / "protokoll.pdf")
    assert words in sentence and "»protokoll.pdf«" in sentence
    _clean(sentence)


def test_a_missing_folder_is_named():
    sentence = os_error_sentence(FileNotFoundError(errno.ENOENT, "No such file or directory"),
                                 Path("/gibt/es/nicht/x.pdf"))
    assert sentence == "Den Ordner /gibt/es/nicht gibt es nicht."


def test_a_temporary_name_is_shown_as_its_target():
    target = Path("/irgendwo/Bericht März.pdf")
    assert shown_name(temp_path_for(target)) == "Bericht März.pdf"
    assert shown_name(Path(str(temp_path_for(target)) + "-journal")) == "Bericht März.pdf"
    raised = OSError(errno.ENOSPC, "No space left on device", str(temp_path_for(target)))
    assert "»Bericht März.pdf«" in user_message(raised)


@pytest.mark.parametrize(("message", "words"), [
    ("database or disk is full", "Der Datenträger ist voll"),
    ("attempt to write a readonly database", "schreibgeschützt"),
])
def test_sqlite_disk_errors_are_never_called_damage(tmp_path, message, words):
    wrapped = sa_exc.OperationalError("INSERT …", {}, sqlite3.OperationalError(message))
    sentence = sqlite_disk_sentence(wrapped, tmp_path / "w.werkstatt")
    assert sentence is not None and words in sentence
    _clean(sentence)
    assert isinstance(disk_condition(wrapped), DiskError)


def test_sqlite_errors_about_content_are_left_to_the_caller(tmp_path):
    assert sqlite_disk_sentence(sqlite3.DatabaseError("file is not a database"), tmp_path / "x") is None
    assert disk_error(ValueError("kein Plattenfehler")) is None
    assert disk_condition(OSError(errno.ECONNREFUSED, "Connection refused")) is None


def test_a_disk_error_is_an_os_error_too_and_keeps_its_german_text():
    exc = DiskError("Der Datenträger ist voll.", errno.ENOSPC)
    assert isinstance(exc, OSError) and exc.errno == errno.ENOSPC
    assert user_message(exc) == "Der Datenträger ist voll."
    assert disk_error(exc) is exc
