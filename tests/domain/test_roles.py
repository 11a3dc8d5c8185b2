"""Kiosk permissions and the facilitator PIN (salted scrypt)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.roles import Action, Role, allowed, hash_pin, refusal, verify_pin


def test_participant_may_add_vote_and_comment_but_not_the_rest():
    for a in (Action.ADD_CARD, Action.VOTE, Action.COMMENT, Action.DELETE_OWN_CARD):
        assert allowed(Role.PARTICIPANT, a)
    for a in (Action.DELETE_OTHERS_CONTENT, Action.CHANGE_SETTINGS, Action.EXPORT, Action.SEE_HIDDEN_RESULTS,
              Action.LEAVE_KIOSK, Action.MANAGE_ROUNDS, Action.REVEAL_PRIVATE):
        assert not allowed(Role.PARTICIPANT, a)
        assert refusal(a).endswith(".")
    assert all(allowed(Role.FACILITATOR, a) for a in Action)


def test_pin_hash_is_salted_and_verifies():
    h1, h2 = hash_pin("4711"), hash_pin("4711")
    assert h1 != h2 and h1.startswith("scrypt$")
    assert "4711" not in h1
    assert verify_pin("4711", h1) and verify_pin("4711", h2)
    assert not verify_pin("4712", h1)


def test_short_pin_refused_and_garbage_hash_never_verifies():
    with pytest.raises(ValueError, match="mindestens"):
        hash_pin("12")
    assert not verify_pin("4711", "kaputt")
    assert not verify_pin("4711", "md5$1$2$3$abc$def")


@settings(max_examples=15, deadline=None)
@given(st.text(min_size=4, max_size=12).filter(lambda s: s.strip() == s), st.text(min_size=1, max_size=12))
def test_only_the_right_pin_verifies(pin, other):
    stored = hash_pin(pin)
    assert verify_pin(pin, stored)
    assert verify_pin(other, stored) == (other == pin)
