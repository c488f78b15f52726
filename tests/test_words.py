"""Whether a line break cut a word in two, asked of jieba's dictionary."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from restructure.words import (
    MIN_COHESION,
    JoinEnd,
    _tokenizer,
    cohesion,
    cut_at_join,
    cuts_word,
    finishes_word,
    first_word,
    last_word,
    may_end_mid_word,
    tokens,
)


@pytest.mark.parametrize(("left", "right"), [
    ("面临的形势复杂严", "峻"),  # 严峻
    ("文明养犬与日常生", "活息息相关"),  # 生活
    ("截至7月", "底，枫桥镇"),  # 月底
    ("并发放宣传资料22", "00余份"),  # a number
    ("阳光花园社", "区民警叶宇说"),  # 社区
])
def test_a_word_cut_by_the_line_end(left: str, right: str) -> None:
    assert cuts_word(left, right)


@pytest.mark.parametrize(("left", "right"), [
    ("推进美好生活", "徐汇区"),  # two whole words
    ("在现场", "会上"),  # 现场 + 会上, not 现场会
    ("将以此次活动", "区教育局相关负责人"),  # 活动 + 区, not 活动区
    ("来自和平", "区房管局"),  # 和平 + 区
])
def test_whole_words_that_happen_to_join(left: str, right: str) -> None:
    assert not cuts_word(left, right)


def test_halves_rarely_seen_apart_cohere_more_than_common_words() -> None:
    assert cohesion("生", "活") > cohesion("实", "在") > cohesion("活动", "区")


def test_a_title_piece_needs_a_word_it_surely_leaves_unfinished() -> None:
    assert finishes_word("不少青少年表示，文明养犬与日常生", "活息息相关")
    assert not finishes_word("推动法治建设走深走实", "在推动新旧动能转换中")  # 实在: common halves
    assert not finishes_word("区残联开展就业服务主题活动", "区妇联在桂花街道")  # the orphan is on the right


# Characters of headlines and their cut words, Latin letters and digits among them.
PIECES = st.text("社区生活动实在日常严峻月底和平徐汇文明养犬新建书房AB12 ", max_size=10)


@settings(max_examples=300, deadline=None)
@given(PIECES, PIECES)
def test_only_a_text_that_may_end_mid_word_has_one_finished(left: str, right: str) -> None:
    # Column tails ask may_end_mid_word of a title's piece once and spare finishes_word for
    # every candidate after it when it says no.
    assert may_end_mid_word(left) or not finishes_word(left, right)


# Words of the dictionary, characters alone, and what jieba reads otherwise (marks, ASCII, a space,
# an ideograph outside its block): a run of its block's characters is read off its route without it.
JIEBA_PIECES = ("生活", "社区", "美好", "智慧", "贡献", "实在", "现场会", "活动", "严峻", "月底", "和平", "新村",
                "一刻钟", "中华人民共和国", "区", "生", "活", "严", "的", "了", "和", "住", "。", "，", "A", "3", " ",
                "\u3400")


@settings(max_examples=500)
@example("实在美好区区区")  # 区区 区 and 区 区区 alike likely: the one opening with the longer word, as jieba
@given(st.lists(st.sampled_from(JIEBA_PIECES), min_size=1, max_size=6).map("".join).filter(str.strip)
       | st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FD5), min_size=1, max_size=8))
def test_words_are_read_as_jieba_reads_them(text: str) -> None:
    assert tokens(text) == list(_tokenizer().cut(text, HMM=False))


@settings(max_examples=300, deadline=None)
@given(PIECES, PIECES)
def test_a_join_no_word_may_cross_cuts_none(left: str, right: str) -> None:
    # Column tails ask may_cross of each candidate, and spare cut_at_join when it says no.
    assert JoinEnd(left).may_cross(right) or cut_at_join(left, right, MIN_COHESION) is None


@settings(max_examples=500)
@example("发布会”")  # a mark is a word alone: the run before it is not read
@example("第3届")  # a digit inside the run: jieba reads it
@given(st.lists(st.sampled_from(JIEBA_PIECES), min_size=1, max_size=6).map("".join).filter(str.strip))
def test_first_and_last_words_are_jieba_s(text: str) -> None:
    window = text.lstrip()[:4]
    assert first_word(text) == next(iter(_tokenizer().cut(window, HMM=False)))
    assert last_word(text) == list(_tokenizer().cut(text, HMM=False))[-1]
