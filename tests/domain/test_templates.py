"""Built-in canvas templates load, validate and keep stable ids; validation names every kind of layout error."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from app.domain.templates import (
    BUILTIN_TEMPLATE_KEYS,
    BlockDef,
    TemplateDef,
    TemplateFormatError,
    block_at,
    builtin_block_id,
    builtin_template_id,
    load_builtin_templates,
    load_template_file,
    template_from_dict,
    template_to_dict,
    validate_template,
)
from app.resources_path import resource_path, resource_root

CARD_W, CARD_H = 200, 120
PINNED_TEMPLATE_ID = "009a8de9-bcc9-5f72-8e6d-f386b39e51dc"
PINNED_BLOCK_ID = "c0cd4a0b-1fae-5681-bc23-f9f431dc43a3"


def _board(*blocks: BlockDef, width: float = 1000, height: float = 600) -> TemplateDef:
    return TemplateDef(key="eigene", name="Eigene Vorlage", description="", width=width, height=height,
                       blocks=tuple(blocks))


def _block(key: str = "a", title: str = "A", x: float = 0, y: float = 0, w: float = 400, h: float = 300) -> BlockDef:
    return BlockDef(key=key, title=title, question="?", x=x, y=y, w=w, h=h, color="#eeeeee")


@pytest.fixture(scope="module")
def builtins() -> dict[str, TemplateDef]:
    return {t.key: t for t in load_builtin_templates()}


def test_all_four_builtin_templates_load_in_offer_order(builtins):
    assert list(builtins) == list(BUILTIN_TEMPLATE_KEYS)
    assert [t.key for t in load_builtin_templates()] == list(BUILTIN_TEMPLATE_KEYS)


@pytest.mark.parametrize("key", BUILTIN_TEMPLATE_KEYS)
def test_builtin_template_validates_cleanly_and_fits_cards(builtins, key):
    t = builtins[key]
    assert validate_template(t) == []
    assert 2000 <= t.width <= 2800 and 1200 <= t.height <= 1600
    for b in t.blocks:
        assert b.question.strip(), f"{b.key} lacks a guiding question"
        assert b.w >= CARD_W + 40 and b.h >= CARD_H + 40, f"{b.key} cannot hold a card"
        assert b.key.isascii()


def test_builtin_block_colours_are_pale(builtins):
    for t in builtins.values():
        for b in t.blocks:
            r, g, bl = (int(b.color[i : i + 2], 16) for i in (1, 3, 5))
            assert min(r, g, bl) >= 0xD0, f"{t.key}/{b.key} colour {b.color} is not pale"


def test_umlauts_survive_loading(builtins):
    titles = [b.title for b in builtins["kooperationsmodell"].blocks]
    assert titles == [
        "Schlüsselpartner",
        "Schlüsselaktivitäten",
        "Schlüsselressourcen",
        "Wertangebot",
        "Kundenbeziehungen",
        "Kanäle",
        "Zielgruppen",
        "Kostenstruktur",
        "Einnahmen/Finanzierung",
    ]
    assert builtins["finanzierungsmodell"].block("traeger_rechtsform").title == "Träger / Rechtsform"
    assert "§45b" in builtins["finanzierungsmodell"].block("finanzierungsquellen").question


def test_finance_and_value_proposition_have_the_agreed_blocks(builtins):
    assert [b.title for b in builtins["finanzierungsmodell"].blocks] == [
        "Leistung", "Nutzende", "Träger / Rechtsform", "Anerkennung / Voraussetzungen",
        "Finanzierungsquellen", "Kosten", "Risiken", "Verstetigung",
    ]
    assert {b.title for b in builtins["value_proposition"].blocks} == {
        "Aufgaben/Jobs", "Probleme/Pains", "Gewinne/Gains",
        "Produkte & Dienstleistungen", "Problemlöser", "Gewinnerzeuger",
    }


def test_stakeholder_map_covers_the_four_groups(builtins):
    titles = " ".join(b.title for b in builtins["stakeholder_landkarte"].blocks)
    for group in ("Bürger*innen", "Dienstleister", "kommunale Akteure", "Vereine/Netzwerke"):
        assert group in titles


def test_business_model_canvas_keeps_the_classic_layout(builtins):
    t = builtins["kooperationsmodell"]
    b = {blk.key: blk for blk in t.blocks}
    # partners left, value in the middle, target groups right; costs and income below everything
    assert b["schluesselpartner"].x < b["schluesselaktivitaeten"].x < b["wertangebot"].x
    assert b["wertangebot"].x < b["kundenbeziehungen"].x < b["zielgruppen"].x
    assert b["schluesselaktivitaeten"].y < b["schluesselressourcen"].y
    assert b["kundenbeziehungen"].y < b["kanaele"].y
    assert b["kostenstruktur"].x < b["einnahmen_finanzierung"].x
    top_bottom = max(blk.y + blk.h for k, blk in b.items() if k not in ("kostenstruktur", "einnahmen_finanzierung"))
    assert b["kostenstruktur"].y >= top_bottom


def test_json_files_are_utf8_with_literal_umlauts():
    text = resource_path("templates", "kooperationsmodell.json").read_bytes().decode("utf-8")
    assert "Schlüsselpartner" in text


def test_resource_path_follows_a_pyinstaller_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resource_root() == tmp_path / "resources"
    assert resource_path("templates", "x.json") == tmp_path / "resources" / "templates" / "x.json"


def test_resource_path_from_source_points_at_the_checkout():
    assert resource_path("templates").is_dir()


def test_round_trip_through_dict_and_json_keeps_everything(builtins, tmp_path):
    for t in builtins.values():
        assert template_from_dict(template_to_dict(t)) == t
        path = tmp_path / f"{t.key}.json"
        path.write_text(json.dumps(template_to_dict(t), ensure_ascii=False), encoding="utf-8")
        assert load_template_file(path) == t


def test_loader_reads_a_facilitators_folder(tmp_path):
    own = _board(_block())
    (tmp_path / "eigene.json").write_text(json.dumps(template_to_dict(own)), encoding="utf-8")
    assert load_builtin_templates(tmp_path) == [own]


@pytest.mark.parametrize(
    "data, fragment",
    [
        ({"key": "k", "name": "N", "width": 10, "height": 10}, "„blocks“"),
        ({"key": "k", "name": "N", "width": "breit", "height": 10, "blocks": []}, "„width“"),
        ({"key": "k", "name": "N", "width": 10, "height": 10, "blocks": [{"key": "a", "title": "A"}]}, "„x“"),
        ({"name": "N", "width": 10, "height": 10, "blocks": []}, "„key“"),
        ([1, 2], "Objekt"),
    ],
)
def test_malformed_dict_is_refused_with_a_german_message(data, fragment):
    with pytest.raises(TemplateFormatError, match=fragment):
        template_from_dict(data)


def test_broken_json_file_is_refused_by_name(tmp_path):
    path = tmp_path / "kaputt.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(TemplateFormatError, match="kaputt.json"):
        load_template_file(path)


def test_valid_custom_template_has_no_errors_and_touching_blocks_are_fine():
    t = _board(_block("a", x=0), _block("b", x=400))
    assert validate_template(t) == []


def test_validation_catches_empty_keys_and_titles():
    errors = validate_template(replace(_board(_block(key=" ", title="")), key="", name=""))
    assert "Die Vorlage hat keinen Schlüssel." in errors
    assert "Die Vorlage hat keinen Namen." in errors
    assert "Bereich Nr. 1 hat keinen Schlüssel." in errors
    assert "Bereich Nr. 1 hat keinen Titel." in errors


def test_validation_catches_non_slug_keys():
    errors = validate_template(_board(_block(key="Schlüssel partner")))
    assert any("a–z, 0–9 und _" in e for e in errors)


def test_validation_catches_duplicate_keys():
    errors = validate_template(_board(_block("a", x=0), _block("a", title="B", x=500)))
    assert errors == ["Der Schlüssel „a“ kommt mehrfach vor."]


def test_validation_catches_overlap():
    errors = validate_template(_board(_block("a", title="A", x=0), _block("b", title="B", x=399)))
    assert errors == ["Die Bereiche „A“ und „B“ überlappen sich."]


@pytest.mark.parametrize("x, y", [(-1, 0), (0, -1), (601, 0), (0, 301)])
def test_validation_catches_blocks_outside_the_board(x, y):
    errors = validate_template(_board(_block(x=x, y=y)))
    assert errors == ["Bereich „A“ ragt über den Rand der Fläche hinaus."]


@pytest.mark.parametrize("w, h", [(0, 100), (100, 0), (-5, 100)])
def test_validation_catches_non_positive_block_size(w, h):
    errors = validate_template(_board(_block(w=w, h=h)))
    assert errors == ["Bereich „A“ muss eine positive Breite und Höhe haben."]


def test_validation_catches_non_positive_board_and_missing_blocks():
    errors = validate_template(_board(width=0, height=600))
    assert "Die Fläche der Vorlage muss eine positive Breite und Höhe haben." in errors
    assert "Die Vorlage hat keine Bereiche." in errors


def test_validation_catches_a_colour_that_is_not_hex():
    errors = validate_template(_board(replace(_block(), color="hellblau")))
    assert len(errors) == 1 and "#rrggbb" in errors[0]


def test_block_at_hits_blocks_and_misses_gaps(builtins):
    t = _board(_block("links", x=0), _block("rechts", x=400))
    assert block_at(t, 10, 10) == "links"
    assert block_at(t, 399.5, 299) == "links"
    assert block_at(t, 400, 0) == "rechts"  # shared edge belongs to exactly one block
    assert block_at(t, 500, 300) is None  # below both blocks
    assert block_at(t, -1, 10) is None
    bmc = builtins["kooperationsmodell"]
    wert = bmc.block("wertangebot")
    assert block_at(bmc, wert.x + wert.w / 2, wert.y + wert.h / 2) == "wertangebot"
    assert block_at(bmc, 10, 10) is None  # the margin of the board


def test_builtin_ids_are_deterministic_and_distinct():
    assert builtin_template_id("kooperationsmodell") == builtin_template_id("kooperationsmodell")
    assert builtin_template_id("kooperationsmodell") != builtin_template_id("finanzierungsmodell")
    assert builtin_block_id("kooperationsmodell", "kanaele") == builtin_block_id("kooperationsmodell", "kanaele")
    assert builtin_block_id("kooperationsmodell", "kosten") != builtin_block_id("finanzierungsmodell", "kosten")
    assert uuid.UUID(builtin_template_id("x")).version == 5


def test_builtin_ids_never_change_between_releases():
    # Pinned: workspaces made on different laptops and by different versions must agree on these ids.
    assert builtin_template_id("kooperationsmodell") == PINNED_TEMPLATE_ID
    assert builtin_block_id("kooperationsmodell", "wertangebot") == PINNED_BLOCK_ID


def test_every_builtin_block_id_is_unique(builtins):
    ids = [builtin_block_id(t.key, b.key) for t in builtins.values() for b in t.blocks]
    ids += [builtin_template_id(t.key) for t in builtins.values()]
    assert len(ids) == len(set(ids))


def test_resources_folder_holds_only_valid_templates():
    for path in Path(resource_path("templates")).glob("*.json"):
        assert validate_template(load_template_file(path)) == [], path.name
