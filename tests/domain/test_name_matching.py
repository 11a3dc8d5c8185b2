"""Names are found as whole words, case-insensitively, by one rule for exports, the protocol and the erasure."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.name_matching import NameReplacer, find_runs, name_key, replace_names, words

LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
word = st.text(LETTERS, min_size=2, max_size=8)
separator = st.sampled_from([" ", ", ", ". ", " – ", "\n", " (", ") ", ": ", "!"])
case = st.sampled_from([str.lower, str.upper, str.title, str.capitalize, lambda s: s])


def test_the_examples_from_the_field_stay_readable():
    hidden = {"Anna": "Teilnehmende 26", "Ben": "Teilnehmende 3"}
    assert replace_names("Annahme der Benutzer: Anna sagt, BEN meint", hidden) == \
        "Annahme der Benutzer: Teilnehmende 26 sagt, Teilnehmende 3 meint"
    assert replace_names("Strauß, STRAUSS und Straußenfarm", {"Strauß": "X"}) == "X, X und Straußenfarm"


@given(name=st.lists(word, min_size=1, max_size=3), prefix=word, suffix=word, style=case)
def test_a_name_inside_a_longer_word_is_never_touched(name, prefix, suffix, style):
    full = " ".join(name)
    for text in (prefix + full, full + suffix, prefix + full + suffix):
        text = style(text)
        if name_key(text) == name_key(full):  # the affix made no new word (only possible with empty affixes)
            continue
        whole_words_equal = any(tuple(w.key for w in words(text)[i:i + len(name)]) == name_key(full)
                                for i in range(len(words(text))))
        if not whole_words_equal:
            assert replace_names(text, {full: "[X]"}) == text


@given(name=st.lists(word, min_size=1, max_size=3), filler=st.lists(word, max_size=12),
       places=st.lists(st.integers(0, 12), max_size=4), seps=st.lists(separator, min_size=20, max_size=20),
       styles=st.lists(case, min_size=4, max_size=4))
def test_every_whole_word_occurrence_is_replaced_in_any_spelling_and_nothing_else(name, filler, places, seps,
                                                                                    styles):
    full = " ".join(name)
    key = name_key(full)
    pieces: list[tuple[str, bool]] = [(w, False) for w in filler if w.casefold() not in key]
    for n, at in enumerate(sorted(places, reverse=True)):
        pieces.insert(min(at, len(pieces)), (styles[n](full), True))
    text = "".join(p + seps[i % len(seps)] for i, (p, _) in enumerate(pieces))
    expected = "".join(("[X]" if is_name else p) + seps[i % len(seps)] for i, (p, is_name) in enumerate(pieces))
    out = replace_names(text, {full: "[X]"})
    assert out == expected  # every occurrence, whatever its case, and not one letter more
    assert NameReplacer({full: "[X]"}).find(out) == []
    assert replace_names(out, {full: "[X]"}) == out  # idempotent


@given(text=st.text(max_size=80), name=st.text(max_size=20))
def test_never_fails_and_never_changes_text_without_the_name(text, name):
    out = replace_names(text, {name: "[X]"})
    if not NameReplacer({name: "[X]"}).find(text):
        assert out == text


def test_a_kept_name_shields_a_shorter_hidden_name_inside_it():
    replace = NameReplacer({"Anna": "T1"}, keep=["Anna Schulz"])
    assert replace("ANNA SCHULZ und Anna") == "ANNA SCHULZ und T1"


def test_words_of_a_name_may_be_split_by_a_line_break_or_a_comma_but_not_by_a_sentence():
    key = name_key("Anna Schulz")
    lookup = {key: "hit"}.get
    assert len(find_runs("Anna\nSchulz", lookup, [2])) == 1
    assert len(find_runs("Anna, Schulz", lookup, [2])) == 1
    assert find_runs("Anna sprach lange mit Schulz", lookup, [2]) == []
