"""The lexicon's shortcuts stay true to the patterns they stand in for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from restructure import lexicon


@settings(max_examples=500)
@given(st.from_regex(f"^(?:{lexicon.BYLINE_ROLE}|{'|'.join(lexicon.BYLINE_ACTIONS)})$"))
def test_every_role_or_action_word_holds_a_byline_word(word: str) -> None:
    # classify reads a line as a byline with a role only when BYLINE_WORD is found in it.
    assert lexicon.BYLINE_WORD.search(word)
