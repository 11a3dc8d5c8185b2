"""The translation catalogues are complete and current: a new German text without English fails here.

The check runs the same extraction as ``tools/update_translations.py`` (lupdate over the normalised sources) and
compares it with the committed ``werkstatt_{de,en}.ts`` and their compiled ``.qm``.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import untranslated_literals  # noqa: E402
import update_translations as upd  # noqa: E402

PLACEHOLDER = re.compile(r"\{[^}]*\}|%\d|%n")


@pytest.fixture(scope="module")
def extracted() -> list[upd.Message]:
    _, messages = upd.extract()
    return messages


def committed(lang: str) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(upd.I18N_DIR / f"werkstatt_{lang}.ts")
    return {(ctx.findtext("name") or "", m.findtext("source") or ""): m
            for ctx in tree.getroot().iter("context") for m in ctx.iter("message")}


def test_every_text_in_the_sources_has_an_english_translation(extracted):
    lacking = upd.missing(extracted, upd.load_strings())
    assert not lacking, "Without English (add to resources/i18n/en_strings.py, run tools/update_translations.py):\n" \
        + "\n".join(f"[{m.context}] {m.source!r}" for m in lacking)


def test_every_text_lands_in_the_context_it_is_translated_in_at_run_time(extracted):
    stray = upd.unresolved_contexts(extracted)
    assert not stray, f"bare tr() outside a class or helper: {[m.source for m in stray]}"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_committed_catalogue_holds_exactly_the_current_texts_all_finished(extracted, lang):
    catalogue = committed(lang)
    current = {(m.context, m.source) for m in extracted}
    assert current - set(catalogue) == set(), "run tools/update_translations.py: texts missing from the .ts"
    assert set(catalogue) - current == set(), "run tools/update_translations.py: texts no longer used in the .ts"
    for key, message in catalogue.items():
        node = message.find("translation")
        assert node is not None and node.get("type") not in ("unfinished", "vanished", "obsolete"), key
        text = node.text if message.get("numerus") != "yes" else "".join(f.text or "" for f in node)
        assert text and text.strip(), key


@pytest.mark.parametrize("lang", ["de", "en"])
def test_compiled_catalogue_is_built_from_the_committed_one(lang, qapp):
    translator = QTranslator()
    assert translator.load(f"werkstatt_{lang}", str(upd.I18N_DIR))
    for (context, source), message in committed(lang).items():
        if message.get("numerus") == "yes":
            continue
        expected = message.findtext("translation")
        assert translator.translate(context, source) == expected, (context, source)


def test_english_keeps_every_placeholder_of_the_german_text():
    for (context, source), message in committed("en").items():
        node = message.find("translation")
        forms = [node.text or ""] if message.get("numerus") != "yes" else [f.text or "" for f in node]
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (context, source, form)


def test_no_literal_text_is_handed_to_a_widget_without_translation():
    assert untranslated_literals.scan() == []


def test_scanner_finds_a_literal_label_and_accepts_a_translated_one(tmp_path):
    sample = tmp_path / "page.py"
    sample.write_text('QLabel("Neue Karte")\nQLabel(self.tr("Neue Karte"))\nbox.addItem(self.tr("alle"), "all")\n',
                      encoding="utf-8")
    assert untranslated_literals.scan_file(sample) == [(1, "Neue Karte")]


def test_normalising_spells_out_helpers_constants_and_aliases():
    source = (
        'from PySide6.QtCore import QCoreApplication\n'
        '_CTX = "Ort"\n'
        'def _tr(text):\n    return QCoreApplication.translate("Hilfe", text)\n'
        'A = _tr("Erster Text")\n'
        'B = QT_TRANSLATE_NOOP(_CTX, "Zweiter Text")\n'
        'def f():\n    tr = QCoreApplication.translate\n    return tr("Kontext", "Dritter Text")\n'
        'raise OperationRefused("Diese Karte gibt es nicht.")\n'
        'MSG_X = "Eine feste Meldung."\n'
    )
    text, messages = upd.normalise_source(source)
    assert 'QCoreApplication.translate("Hilfe", "Erster Text")' in text
    assert 'QT_TRANSLATE_NOOP("Ort", "Zweiter Text")' in text
    assert 'QCoreApplication.translate("Kontext", "Dritter Text")' in text
    assert messages == ["Eine feste Meldung.", "Diese Karte gibt es nicht."]


def test_normalising_gives_tr_on_an_annotated_object_the_class_as_context():
    source = (
        "class Tools:\n"
        "    def __init__(self, page: CanvasPage) -> None:\n        self.page = page\n"
        "    def run(self):\n        page = self.page\n        page.say(page.tr(\"Bitte zuerst öffnen.\"))\n"
        "def menu(page: 'CanvasPage'):\n    return page.tr(\"Löschen\")\n"
    )
    text, _ = upd.normalise_source(source)
    assert 'QCoreApplication.translate("CanvasPage", "Bitte zuerst öffnen.")' in text
    assert 'QCoreApplication.translate("CanvasPage", "Löschen")' in text


def test_a_context_named_after_a_variable_counts_as_unresolved():
    stray = upd.unresolved_contexts([upd.Message("page", "Löschen", False), upd.Message("CanvasPage", "x", False)])
    assert [m.context for m in stray] == ["page"]
