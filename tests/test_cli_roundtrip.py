"""demo → check → export through the real command line (fresh processes, real files), and its refusals."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAIN_TABLES = ("sessions", "participants", "actors", "canvases", "cards", "vote_rounds", "votes", "comments")


def werkstatt(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1744200000", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two demos with seed 1, one with seed 2, each exported; plus a named export of the first."""
    d = tmp_path_factory.mktemp("demos")
    out: dict[str, Path] = {}
    for name, seed in (("a", "1"), ("b", "1"), ("c", "2")):
        ws = d / f"{name}.werkstatt"
        done = werkstatt("demo", str(ws), "--seed", seed)
        assert done.returncode == 0, done.stderr
        out[name] = ws
        exported = werkstatt("export", str(ws), "--format", "json", "--out", str(d / f"{name}.json"))
        assert exported.returncode == 0, exported.stderr
        out[f"{name}.json"] = d / f"{name}.json"
    named = werkstatt("export", str(out["a"]), "--format", "json", "--out", str(d / "a_names.json"), "--with-names")
    assert named.returncode == 0, named.stderr
    out["a_names.json"] = d / "a_names.json"
    return out


def load(p: Path) -> dict:
    return json.loads(p.read_text(encoding="utf-8"))


def test_demo_passes_check_and_sqlite_integrity(demos):
    checked = werkstatt("check", str(demos["a"]))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Ergebnis: in Ordnung" in checked.stdout
    con = sqlite3.connect(demos["a"])
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def test_export_has_every_main_table_filled_with_records_that_have_ids(demos):
    doc = load(demos["a.json"])
    for table in MAIN_TABLES:
        assert doc[table], table
        assert all(isinstance(r["id"], str) and r["id"] for r in doc[table]), table
    for table in ("agenda_phases", "consent_events", "outreach_contacts", "financing_models", "revenue_lines",
                  "cost_lines", "networks", "services", "clusters", "card_actor_links", "measurements"):
        assert doc[table], table
    assert doc["meta"]["pseudonymised"] is True
    assert doc["meta"]["schema_revision"]
    assert doc["meta"]["app_version"]
    datetime.fromisoformat(doc["meta"]["exported_at"])


def test_same_seed_gives_a_byte_identical_export(demos):
    assert demos["a.json"].read_bytes() == demos["b.json"].read_bytes()


def test_different_seeds_give_different_ids_and_content(demos):
    a, c = load(demos["a.json"]), load(demos["c.json"])
    for table in ("cards", "participants", "actors", "votes"):
        assert not {r["id"] for r in a[table]} & {r["id"] for r in c[table]}, table
    assert [r["name"] for r in a["actors"]] != [r["name"] for r in c["actors"]]


def _display_names(ws: Path) -> dict[str, str]:
    con = sqlite3.connect(ws)
    try:
        return dict(con.execute("SELECT id, display_name FROM participants WHERE deleted = 0"))
    finally:
        con.close()


def _consenting(ws: Path) -> set[str]:
    """Independent reading of the consent events: latest name_in_protocol event per participant decides."""
    con = sqlite3.connect(ws)
    try:
        rows = con.execute("SELECT participant_id, given, recorded_at, hlc FROM consent_events "
                           "WHERE deleted = 0 AND purpose = 'name_in_protocol' ORDER BY recorded_at, hlc").fetchall()
    finally:
        con.close()
    latest: dict[str, int] = {}
    for pid, given, _at, _hlc in rows:
        latest[pid] = given
    return {pid for pid, given in latest.items() if given}


def test_default_export_contains_no_participant_name_anywhere(demos):
    text = demos["a.json"].read_text(encoding="utf-8")
    names = _display_names(demos["a"])
    assert len(names) >= 20
    leaked = [n for n in names.values() if n and n in text]
    assert leaked == []
    assert '"display_name"' not in text
    doc = load(demos["a.json"])
    for p in doc["participants"]:
        assert set(p) <= {"id", "pseudonym", "stakeholder_group", "actor_id", "organisation", "erased"}
        assert p["pseudonym"].startswith("Teilnehmende ")


def test_named_export_shows_exactly_the_consenting_participants(demos):
    text = demos["a_names.json"].read_text(encoding="utf-8")
    names = _display_names(demos["a"])
    consenting = _consenting(demos["a"])
    assert 0 < len(consenting) < len(names)
    for pid, name in names.items():
        if pid in consenting:
            assert name in text, name
        else:
            assert name not in text, name
    doc = load(demos["a_names.json"])
    assert doc["meta"]["pseudonymised"] is False
    named = {p["id"] for p in doc["participants"] if "display_name" in p}
    assert named == consenting


def test_withdrawn_consent_hides_the_name_again(demos):
    con = sqlite3.connect(demos["a"])
    try:
        withdrawn = {pid for (pid,) in con.execute(
            "SELECT participant_id FROM consent_events WHERE purpose='name_in_protocol' "
            "GROUP BY participant_id HAVING SUM(given) > 0 AND SUM(1 - given) > 0")}
    finally:
        con.close()
    assert withdrawn, "the demo has a participant who withdrew consent"
    text = demos["a_names.json"].read_text(encoding="utf-8")
    names = _display_names(demos["a"])
    assert all(names[pid] not in text for pid in withdrawn)


def test_anonymous_round_votes_carry_only_ballot_tokens(demos):
    doc = load(demos["a.json"])
    anonymous = {r["id"] for r in doc["vote_rounds"] if r["anonymous"]}
    assert anonymous
    votes = [v for v in doc["votes"] if v["round_id"] in anonymous]
    assert votes
    assert all(v["participant_id"] is None for v in votes)
    assert all(v["ballot_token"].startswith("Stimmzettel ") for v in votes)


def _one_german_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("Fehler: ")
    return lines[0]


def test_missing_file_is_refused_in_one_german_line(tmp_path):
    for cmd in (["check"], ["export", "--out", str(tmp_path / "x.json")]):
        line = _one_german_line(werkstatt(*cmd[:1], str(tmp_path / "fehlt.werkstatt"), *cmd[1:]))
        assert "gibt es nicht" in line


def test_text_file_is_refused_and_left_untouched(tmp_path):
    text = tmp_path / "notiz.werkstatt"
    text.write_text("Einkaufsliste: Brot, Milch\n", encoding="utf-8")
    line = _one_german_line(werkstatt("export", str(text), "--out", str(tmp_path / "x.json")))
    assert "keine Werkstatt-Datei" in line
    assert text.read_text(encoding="utf-8") == "Einkaufsliste: Brot, Milch\n"
    assert not (tmp_path / "x.json").exists()


def test_demo_refuses_to_overwrite_an_existing_file(tmp_path):
    target = tmp_path / "schon_da.werkstatt"
    target.write_bytes(b"wichtige Daten")
    line = _one_german_line(werkstatt("demo", str(target)))
    assert "gibt es schon" in line
    assert target.read_bytes() == b"wichtige Daten"


def test_unknown_export_format_is_refused(demos, tmp_path):
    line = _one_german_line(werkstatt("export", str(demos["a"]), "--format", "xml", "--out",
                                      str(tmp_path / "x.xml")))
    assert "Unbekanntes Format" in line
    assert not (tmp_path / "x.xml").exists()


def test_bad_seed_is_refused_in_german(tmp_path):
    line = _one_german_line(werkstatt("demo", str(tmp_path / "d.werkstatt"), "--seed", "eins"))
    assert "ganze Zahl" in line
    assert not (tmp_path / "d.werkstatt").exists()


@pytest.mark.parametrize("command", ["demo", "check", "export"])
def test_help_works_for_every_command(command):
    done = werkstatt(command, "--help")
    assert done.returncode == 0
    assert "PFAD" in done.stdout
