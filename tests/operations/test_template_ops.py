"""Own templates are stored in the workspace, reload equal, are refused whole when invalid; built-ins stay as shipped."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy import select

from app.domain.templates import BlockDef, TemplateDef, builtin_template_id
from app.operations.template_ops import (
    TemplateRefused,
    copy_template,
    list_templates,
    load_template,
    save_custom_template,
)
from app.store.models import TemplateBlock
from app.store.workspace_file import WorkspaceFile


@pytest.fixture
def ws(tmp_path):
    with WorkspaceFile.create(tmp_path / "vorlagen.werkstatt") as w:
        yield w


def _own() -> TemplateDef:
    return TemplateDef(
        key="nachbarschaftshilfe", name="Nachbarschaftshilfe", description="Für den Bürgerworkshop",
        width=1200, height=800,
        blocks=(
            BlockDef("wer_hilft", "Wer hilft?", "Wer im Haus hilft schon heute?", 20, 20, 560, 760, "#eaf5ea"),
            BlockDef("was_fehlt", "Was fehlt?", "Wobei fehlt Hilfe im Alltag?", 600, 20, 580, 760, "#f3ecfa"),
        ),
    )


def _rows(path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return (con.execute("SELECT * FROM canvas_templates ORDER BY id").fetchall()
                + con.execute("SELECT * FROM template_blocks ORDER BY id").fetchall())
    finally:
        con.close()


def test_own_template_is_saved_and_reloads_equal(ws):
    tid = save_custom_template(ws, _own())
    info = load_template(ws, tid)
    assert info.definition == _own() and not info.builtin
    names = [t.name for t in list_templates(ws)]
    assert names[-1] == "Nachbarschaftshilfe" and len(names) == 5


def test_editing_an_own_template_updates_blocks_and_tombstones_removed_ones(ws):
    tid = save_custom_template(ws, _own())
    first = _own().blocks[0]
    edited = replace(_own(), name="Nachbarschaftshilfe 2", blocks=(
        replace(first, title="Wer hilft mit?", w=400),
        BlockDef("ideen", "Ideen", "Was probieren wir aus?", 600, 20, 400, 400),
    ))
    assert save_custom_template(ws, edited, tid) == tid
    assert load_template(ws, tid).definition == edited
    with ws.session() as s:
        rows = {b.key: b.deleted for b in s.scalars(select(TemplateBlock).where(TemplateBlock.template_id == tid))}
    assert rows == {"wer_hilft": False, "ideen": False, "was_fehlt": True}


def test_invalid_template_is_refused_with_german_messages_and_nothing_changes(ws):
    tid = save_custom_template(ws, _own())
    before = _rows(ws.path)
    overlapping = replace(_own(), name="", blocks=(_own().blocks[0], replace(_own().blocks[1], x=100)))
    with pytest.raises(TemplateRefused) as refused:
        save_custom_template(ws, overlapping, tid)
    assert "Die Vorlage hat keinen Namen." in refused.value.messages
    assert any("überlappen sich" in m for m in refused.value.messages)
    with pytest.raises(TemplateRefused):
        save_custom_template(ws, overlapping)
    assert _rows(ws.path) == before


def test_a_second_template_with_a_taken_key_is_refused(ws):
    save_custom_template(ws, _own())
    with pytest.raises(TemplateRefused, match="schon eine andere Vorlage"):
        save_custom_template(ws, replace(_own(), name="Doppelt"))


def test_builtin_template_cannot_be_overwritten_but_can_be_copied(ws):
    builtin = builtin_template_id("kooperationsmodell")
    shipped = load_template(ws, builtin).definition
    before = _rows(ws.path)
    with pytest.raises(TemplateRefused, match="als Kopie speichern"):
        save_custom_template(ws, replace(shipped, name="Mein Kooperationsmodell"), builtin)
    assert _rows(ws.path) == before
    copy_id = copy_template(ws, builtin, "Kooperationsmodell Schaffrath")
    copy = load_template(ws, copy_id)
    assert not copy.builtin and copy.name == "Kooperationsmodell Schaffrath"
    assert copy.definition.blocks == shipped.blocks and copy.key == "kooperationsmodell_kopie"
    assert load_template(ws, copy_template(ws, builtin, "Noch eine")).key == "kooperationsmodell_kopie_2"
