"""English in the running app: menus, navigation, pages, refusals and data words; the live switch and back."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from app.domain import formatting
from app.domain.comment_capture import ELSI_TAGS, STANCES
from app.operations import agenda_ops, comments_ops, participants_ops, voting_ops
from app.operations.errors import OperationRefused
from app.operations.protocol_ops import SECTION_TITLES
from app.ui.navigation import NAVIGATION
from app.ui.settings import app_settings, language
from app.ui.vocabulary import tr_word

ENGLISH_MENUS = ["&File", "&View", "&Help"]
ENGLISH_AREAS = ["Sessions", "Models", "Actors", "Cooperation", "Financing", "Participants", "Protocol"]


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def area_titles(window) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def page_texts(widget) -> set[str]:
    texts = {w.text() for w in widget.findChildren(QLabel)} | {w.text() for w in widget.findChildren(QPushButton)}
    return {t for t in texts if t}


def test_main_window_started_in_english_shows_english_menus_and_areas(controller, demo_path, english):
    controller.start(str(demo_path))
    window = controller.main_window
    assert menu_titles(window)[:3] == ENGLISH_MENUS
    assert area_titles(window) == ENGLISH_AREAS
    assert window.navigation.item(0).toolTip() == "Conferences, workshops and meetings"
    assert window.saved_label.text() == "✓ Saved automatically"


def test_switching_language_live_rebuilds_menus_areas_and_pages_and_back(controller, demo_path):
    controller.start(str(demo_path))
    window = controller.main_window
    window.select_area("sessions")
    assert "Neue Runde …" in page_texts(window.stack.currentWidget())
    window.view_settings["lang_en"].trigger()
    assert language() == "en" and app_settings().value("ui/language") == "en"
    assert menu_titles(window)[:3] == ENGLISH_MENUS
    assert area_titles(window) == ENGLISH_AREAS
    assert window.current_area() == "sessions"
    english_texts = page_texts(window.stack.currentWidget())
    assert "New round …" in english_texts and "Neue Runde …" not in english_texts
    assert formatting.format_eur(123450) == "€1,234.50"
    window.view_settings["lang_de"].trigger()
    assert menu_titles(window)[:3] == ["&Datei", "&Ansicht", "&Hilfe"]
    assert area_titles(window)[0] == "Sitzungen"
    assert formatting.format_eur(123450) == "1.234,50 €"


def test_view_menu_offers_language_font_size_and_contrast_in_both_languages(controller, demo_path, english):
    controller.start(str(demo_path))
    window = controller.main_window
    view_menu = window.menuBar().actions()[1].menu()
    entries = [a.text() for a in view_menu.actions()]
    assert {"&Language", "Font si&ze", "High &contrast"} <= set(entries)
    assert [a.text() for a in view_menu.actions() if a.text() == "&Language"][0]
    assert [window.view_settings[f"lang_{c}"].text() for c in ("de", "en")] == ["Deutsch", "English"]


def test_refusals_known_to_the_catalogue_are_said_in_english(english):
    assert str(OperationRefused("Diese Sitzung gibt es nicht (mehr).")) == "This session no longer exists."
    assert str(OperationRefused(["Der Eintrag ist leer.", "Diese Phase läuft bereits."])) == \
        "The entry is empty. This phase is already running."
    # assembled from parts: not in any catalogue, stays as it is
    assert str(OperationRefused("Die Karte X gibt es nicht.")) == "Die Karte X gibt es nicht."


def test_refusals_stay_german_in_german():
    assert str(OperationRefused("Diese Sitzung gibt es nicht (mehr).")) == "Diese Sitzung gibt es nicht (mehr)."


def test_every_stored_word_shown_as_a_label_has_english(english):
    words = [*STANCES, *ELSI_TAGS, *comments_ops.BARRIER_STATUSES, *comments_ops.TARGET_WORDS.values(),
             *participants_ops.STAKEHOLDER_GROUPS, *agenda_ops.SESSION_KINDS, *agenda_ops.ITEM_KINDS.values(),
             *voting_ops.STATUS_WORDS.values(), *voting_ops.METHOD_WORDS.values(),
             *voting_ops.SOURCE_WORDS.values(), *SECTION_TITLES.values(), "läuft", "beendet", "geplant",
             "erteilt", "widerrufen", "keine Angabe"]
    untranslated = [w for w in words if tr_word(w) == w and w != "neutral"]
    assert untranslated == []


def test_navigation_titles_are_marked_for_translation(english):
    assert [e.shown_title() for e in NAVIGATION] == ENGLISH_AREAS
