"""The lexicon's shortcuts stay true to the patterns they stand in for."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from restructure import lexicon
from restructure.document import first_clause
from restructure.readers.text import jump_lines_apart


@settings(max_examples=500)
@given(st.from_regex(f"^(?:{lexicon.BYLINE_ROLE}|{lexicon.BRANDED_ROLE}|{'|'.join(lexicon.BYLINE_ACTIONS)})$"))
def test_every_role_or_action_word_holds_a_byline_word(word: str) -> None:
    # classify reads a line as a byline with a role only when BYLINE_WORD is found in it.
    assert lexicon.BYLINE_WORD.search(word)


@settings(max_examples=300)
@given(st.from_regex(f"^{lexicon.MEDIA_OUTLET}$"))
def test_every_media_outlet_holds_a_media_name_word(name: str) -> None:
    # roles.split_role tries the role patterns only on a piece holding a byline word, or one of these:
    # an organisation signing alone (新华社) holds no byline word.
    assert any(word in name for word in lexicon.MEDIA_NAME_WORDS)


# Drawing from these long patterns is slow by nature, not by a fault of the test.
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of([st.from_regex(pattern) for pattern in
                  (lexicon.FORMULA_DATELINE, lexicon.FILED_DATELINE, lexicon.BRACKETED_DATELINE,
                   lexicon.DISPATCH_NOTE)]))
def test_every_dateline_names_a_dateline_word_in_its_first_clause_or_opens_with_a_bracket(line: str) -> None:
    # read_dateline tries the dateline patterns (and looks for a source note, which is none) only on
    # a line holding one of the DATELINE_WORDS before its first clause mark, and the bracketed one
    # also on a line opening with a bracket (【环球时报记者 刘洋】).
    clause = first_clause(line)
    assert any(word in clause for word in lexicon.DATELINE_WORDS) or line[:1] in lexicon.DATELINE_BRACKETS


def test_every_dateline_word_holds_a_mark_looked_for_first() -> None:
    assert all(any(mark in word for mark in lexicon.DATELINE_WORD_MARKS) for word in lexicon.DATELINE_WORDS)


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


# What the text reader's two jump-line patterns stand in for: one pattern, the text lazy between them.
JUMP_LINE_AROUND = re.compile(rf"^(?P<before>{lexicon.JUMP})?\s*(?P<text>.*?)\s*(?P<after>{lexicon.JUMP})?$")
JUMP_LINES = st.from_regex(f"^{lexicon.JUMP}$", fullmatch=True)
# Text around them that may look like a jump line's pieces, or hold white space.
JUMP_LINE_GLUE = st.text(alphabet="上下接转第版12A（）() \u3000\t持续推进。", max_size=10)


@settings(max_examples=500)
@given(st.lists(st.one_of(JUMP_LINES, JUMP_LINE_GLUE), max_size=5).map("".join).filter(lambda line: "\n" not in line))
def test_jump_lines_are_set_apart_as_one_pattern_would(line: str) -> None:
    found = JUMP_LINE_AROUND.match(line)
    expected = [(line, line)]
    if found.group("before") or found.group("after"):
        spans = [found.span(group) for group in ("before", "text", "after")]
        expected = [(line[start:end], line[start:end]) for start, end in spans if end > start]
    assert jump_lines_apart(line, line) == expected
