"""The lexicon's shortcuts stay true to the patterns they stand in for."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from restructure import lexicon


@settings(max_examples=500)
@given(st.from_regex(f"^(?:{lexicon.BYLINE_ROLE}|{lexicon.BRANDED_ROLE}|{'|'.join(lexicon.BYLINE_ACTIONS)})$"))
def test_every_role_or_action_word_holds_a_byline_word(word: str) -> None:
    # classify reads a line as a byline with a role only when BYLINE_WORD is found in it.
    assert lexicon.BYLINE_WORD.search(word)


# Drawing from these long patterns is slow by nature, not by a fault of the test.
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of([st.from_regex(pattern) for pattern in
                  (lexicon.FORMULA_DATELINE, lexicon.FILED_DATELINE, lexicon.BRACKETED_DATELINE)]))
def test_every_dateline_holds_a_dateline_word_or_opens_with_a_bracket(line: str) -> None:
    # read_dateline tries the dateline patterns only on a line holding one of the DATELINE_WORDS,
    # and the bracketed one also on a line opening with a bracket (【环球时报记者 刘洋】).
    assert any(word in line for word in lexicon.DATELINE_WORDS) or line[:1] in lexicon.DATELINE_BRACKETS


@settings(max_examples=300)
@given(st.from_regex(lexicon.CREDIT_NOTE))
def test_every_credit_note_opens_as_its_openings_say(line: str) -> None:
    # read_credit_note tries the pattern only on a line whose first character, after white space, is one of these.
    assert lexicon.CREDIT_NOTE.match(line)
    assert line.lstrip()[:1] in lexicon.CREDIT_NOTE_OPENINGS


# Drawing from the long pattern is slow by nature, not by a fault of the test.
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.from_regex(f"^(?:{lexicon.FURNITURE_LINE.pattern})"))
def test_every_furniture_line_opens_as_its_openings_say(line: str) -> None:
    # is_furniture tries the pattern only on a line opening with one of these, or with white space.
    assert lexicon.FURNITURE_LINE.match(line)
    assert line[:1] in lexicon.FURNITURE_LINE_OPENINGS or line[:1].isspace()


@settings(max_examples=300)
@given(st.from_regex(f"^{lexicon.JUMP}$"))
def test_every_jump_line_names_a_page_and_where_it_goes(line: str) -> None:
    # The text reader looks for a jump line glued to a line only in a line holding 版 and 接 or 转.
    assert "版" in line and ("接" in line or "转" in line)
