"""A write-protected stick, for real (a tmpfs remounted read-only): a workspace on it opens read-only for check,
export, report, render and pack; whatever would write there is refused with one German line; nothing is left."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from tests.media import listing, read_only, tmpfs

from . import profile
from .disk_writers import (
    Source,
    assert_one_german_line,
    csv_complete,
    json_complete,
    make_source,
    package_complete,
    pdf_complete,
    png_complete,
    run,
    xlsx_complete,
)

pytestmark = pytest.mark.timeout(profile.TIMEOUT_S)
NAME = "Werkstatt #2 (Kopie?).werkstatt"  # "#" and "?" must not end the path


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Source:
    return make_source(tmp_path_factory.mktemp("quelle"))


@pytest.fixture
def stick(tmp_path, source):
    with tmpfs(tmp_path / "stick", "8m") as folder:
        shutil.copy(source.workspace, folder / NAME)
        with read_only(folder):
            yield folder


READERS = [
    ("check", lambda f, s, o: ["check", f], None),
    ("render", lambda f, s, o: ["render", f, "--canvas", s.canvas_id, "--out", o / "b.png"], ("b.png", png_complete)),
    ("report", lambda f, s, o: ["report", f, "--out", o / "p.pdf"], ("p.pdf", pdf_complete)),
    ("export-json", lambda f, s, o: ["export", f, "--format", "json", "--out", o / "d.json"],
     ("d.json", json_complete)),
    ("export-xlsx", lambda f, s, o: ["export", f, "--format", "xlsx", "--out", o / "d.xlsx"],
     ("d.xlsx", xlsx_complete)),
    ("export-csv", lambda f, s, o: ["export", f, "--format", "csv", "--out", o / "csv"], ("csv", csv_complete)),
    ("pack", lambda f, s, o: ["pack", f, "--out", o / "l.qwpaket"], ("l.qwpaket", package_complete)),
    ("export-person", lambda f, s, o: ["export-person", f, "--participant", s.participant_id, "--out",
                                       o / "a.json"], ("a.json", json_complete)),
    ("merge-from-stick", lambda f, s, o: ["merge", o / "m.werkstatt", f], ("m.werkstatt", None)),
]


@pytest.mark.parametrize("reader", READERS, ids=[r[0] for r in READERS])
def test_a_workspace_on_a_write_protected_stick_opens_read_only(tmp_path, source, stick, reader):
    _name, argv, output = reader
    out = tmp_path / "ausgabe"
    out.mkdir()
    code, stdout, err = run(argv(stick / NAME, source, out))
    assert code == 0, err
    assert listing(stick) == [NAME]
    if output is not None:
        name, complete = output
        assert (out / name).exists()
        if complete is not None:
            complete(out / name)
    else:
        assert "Ergebnis: in Ordnung" in stdout


WRITING = [
    ("import-actors", lambda f, s, o: ["import-actors", f, o / "liste.csv"]),
    ("erase", lambda f, s, o: ["erase", f, "--participant", s.participant_id]),
    ("merge-into-stick", lambda f, s, o: ["merge", f, s.package]),
    ("demo-on-stick", lambda f, s, o: ["demo", f.with_name("neu.werkstatt")]),
    ("render-to-stick", lambda f, s, o: ["render", s.workspace, "--canvas", s.canvas_id, "--out",
                                         f.with_name("b.png")]),
    ("report-to-stick", lambda f, s, o: ["report", s.workspace, "--out", f.with_name("p.pdf")]),
    ("export-to-stick", lambda f, s, o: ["export", s.workspace, "--format", "xlsx", "--out",
                                         f.with_name("d.xlsx")]),
    ("csv-to-stick", lambda f, s, o: ["export", s.workspace, "--format", "csv", "--out", f.with_name("csv")]),
    ("pack-to-stick", lambda f, s, o: ["pack", s.workspace, "--out", f.with_name("l.qwpaket")]),
    ("merge-new-master-on-stick", lambda f, s, o: ["merge", f.with_name("m.werkstatt"), s.package]),
]


@pytest.mark.parametrize("writer", WRITING, ids=[w[0] for w in WRITING])
def test_writing_to_a_write_protected_stick_is_refused_in_one_german_line(tmp_path, source, stick, writer):
    _name, argv = writer
    (tmp_path / "liste.csv").write_text("Name;Art\nBäckerei Klein;Handel\n", encoding="utf-8")
    code, _out, err = run(argv(stick / NAME, source, tmp_path))
    assert code == 1
    assert_one_german_line(err, "schreibgeschützt")
    assert listing(stick) == [NAME]


def test_opening_for_editing_on_a_write_protected_stick_says_how_to_edit(stick):
    from app.store.disk_errors import DiskError
    from app.store.workspace_file import WorkspaceFile

    with pytest.raises(DiskError, match="nur gelesen werden .*beschreibbaren Datenträger kopieren"):
        WorkspaceFile.open(stick / NAME)
    with WorkspaceFile.open(stick / NAME, readonly=True) as ws:
        assert ws.readonly
    assert listing(stick) == [NAME]


def test_a_copy_with_changes_still_in_its_log_is_not_shown_stale(tmp_path, source):
    """A file copied while it was open carries its last changes in -wal; on a write-protected stick SQLite cannot
    read them (it needs a -shm file), so the user is told instead of seeing an older state."""
    live = tmp_path / "offen.werkstatt"
    shutil.copy(source.workspace, live)
    con = sqlite3.connect(live)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("UPDATE cards SET text='zuletzt geändert' WHERE id=(SELECT id FROM cards LIMIT 1)")
    con.commit()
    with tmpfs(tmp_path / "stick", "8m") as stick:
        shutil.copy(live, stick / "offen.werkstatt")
        shutil.copy(live.with_name("offen.werkstatt-wal"), stick / "offen.werkstatt-wal")
        con.close()
        with read_only(stick):
            code, _out, err = run(["export", stick / "offen.werkstatt", "--format", "json", "--out",
                                   tmp_path / "d.json"])
            assert code == 1
            assert_one_german_line(err, "schreibgeschützt", "offen.werkstatt-wal")
            assert not (tmp_path / "d.json").exists()


def test_readers_leave_no_journal_files_next_to_the_workspace(tmp_path, source):
    path = tmp_path / "w.werkstatt"
    shutil.copy(source.workspace, path)
    for argv in (["check", path], ["export", path, "--format", "json", "--out", tmp_path / "d.json"],
                 ["pack", path, "--out", tmp_path / "l.qwpaket"]):
        assert run(argv)[0] == 0
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("w.werkstatt")) == ["w.werkstatt"]


def test_a_hash_or_question_mark_in_a_folder_name_is_part_of_the_path(tmp_path, source):
    folder = tmp_path / "Stick #1 ?neu"
    folder.mkdir()
    path = folder / "a #b.werkstatt"
    code, _out, err = run(["demo", path])
    assert code == 0, err
    assert run(["check", path])[0] == 0
    assert run(["import-actors", path, str(tmp_path / "fehlt.csv")])[0] == 1
    assert sorted(p.name for p in folder.iterdir()) == ["a #b.werkstatt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Stick #1 ?neu"]
