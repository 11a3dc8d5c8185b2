"""The erasure record recognises a name by salted digests only, and replaces it exactly as the export rule does."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from app.domain.erased_names import (
    REDACTED_NAME,
    ErasedName,
    Redactor,
    name_phrases,
    redaction_stamp,
)
from app.domain.merge_rules import successor
from app.domain.name_matching import replace_names

LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
word = st.text(LETTERS, min_size=3, max_size=8)
text_piece = st.one_of(word, st.sampled_from([" ", ", ", "\n", ". ", "Annahme", "Benutzer", "-"]))


@given(name=st.lists(word, min_size=1, max_size=3), pieces=st.lists(text_piece, max_size=25),
       places=st.lists(st.integers(0, 25), max_size=3))
def test_the_digest_recogniser_replaces_exactly_what_the_plain_rule_replaces(name, pieces, places):
    full = " ".join(name)
    assume(name_phrases([full], []))  # "Name", "gelöscht": the mark itself is never a name
    for at in places:
        pieces.insert(min(at, len(pieces)), f" {full.upper()} ")
    text = "".join(pieces)
    redactor = Redactor([ErasedName.of(name_phrases([full], []))])
    assert redactor(text) == replace_names(text, {full: REDACTED_NAME})
    assert redactor(redactor(text)) == redactor(text)


def test_the_record_holds_neither_the_name_nor_the_contact():
    erased = ErasedName.of(name_phrases(["Anna Schulz"], ["anna@beispiel.invalid; 0209 123456"]))
    stored = " ".join(sorted(erased.digests)) + erased.salt
    for secret in ("anna", "schulz", "beispiel", "0209", "123456"):
        assert secret not in stored.casefold()
    assert len(erased.digests) == 3  # the name, the e-mail address, the phone number
    redact = Redactor([erased])
    assert redact("Rückruf an ANNA SCHULZ unter 0209 123456") == "Rückruf an [Name gelöscht] unter [Name gelöscht]"
    assert redact("Annahme: Schulzes Anna-Lena") == "Annahme: Schulzes Anna-Lena"


def test_the_same_name_under_two_salts_looks_unrelated_and_both_recognise_it():
    one, two = (ErasedName.of(name_phrases(["Anna Schulz"], [])) for _ in range(2))
    assert one.salt != two.salt and not (one.digests & two.digests)
    assert Redactor([one])("anna schulz") == Redactor([two])("anna schulz") == REDACTED_NAME


def test_a_stored_record_is_read_back_and_a_broken_one_is_ignored():
    erased = ErasedName.of(name_phrases(["Anna Schulz"], []))
    assert ErasedName.stored(erased.salt, sorted(erased.digests)) == erased
    for salt, digests in (("", ["2:ab"]), ("zz", ["2:ab"]), (erased.salt, []), (None, None), (erased.salt, [3])):
        assert ErasedName.stored(salt, digests) is None


def test_names_too_short_or_equal_to_the_mark_are_never_recognised():
    assert name_phrases(["A", "Al", "Name", "gelöscht", "Name gelöscht", ""], ["", ","]) == []
    assert name_phrases(["Ben"], []) == [("ben",)]


@given(first=st.lists(word, min_size=1, max_size=2), second=st.lists(word, min_size=1, max_size=2),
       pieces=st.lists(text_piece, max_size=20), places=st.lists(st.tuples(st.integers(0, 20), st.booleans()),
                                                                 max_size=4))
def test_two_erasures_one_after_the_other_equal_both_at_once(first, second, pieces, places):
    a, b = " ".join(first), " ".join(second)
    # names that share a word may overlap in a text; replacing is confluent for distinct names
    assume(not set(first) & set(second) and name_phrases([a], []) and name_phrases([b], []))
    for at, which in places:
        pieces.insert(min(at, len(pieces)), f" {a if which else b} ")
    text = "".join(pieces)
    ra, rb = ErasedName.of(name_phrases([a], [])), ErasedName.of(name_phrases([b], []))
    together = Redactor([ra, rb])(text)
    assert Redactor([rb])(Redactor([ra])(text)) == together == Redactor([ra])(Redactor([rb])(text))


@given(st.text("0123456789-abcdef", min_size=1, max_size=30))
def test_the_redaction_stamp_follows_the_written_value_and_stays_put_when_repeated(stamp):
    once = redaction_stamp(stamp)
    assert once > stamp.rstrip("~") and redaction_stamp(once) == once
    assert once == successor(stamp.rstrip("~"))
