"""The page model's own behaviour: copies of blocks, and where a sentence goes on."""

from __future__ import annotations

from dataclasses import MISSING, replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from restructure.document import Block, join_blocks, starts_mid_sentence
from restructure.kinds import Kind
from restructure.models import Repair


def test_evolve_copies_a_block_as_dataclasses_replace_does() -> None:
    # Every field away from its default: evolve names each field, and must carry each over.
    block = Block(Kind.TEXT, "本报讯 日前，", "本报讯 日前，", (3, 4), gap=2, heading=1, mark="■", indent=4,
                  credit="陈二", repairs=(Repair(kind="joined_paragraph", detail="line 3"),),
                  printed="本报讯 日前， 陈二")
    assert all(getattr(block, name) != default.default for name, default in Block.__dataclass_fields__.items()
               if name != "size" and default.default is not MISSING)
    assert block.evolve() == block
    changed = block.evolve(kind=Kind.LEAD, lines=(3,))
    assert changed == replace(block, kind=Kind.LEAD, lines=(3,))
    assert (block.kind, block.lines) == (Kind.TEXT, (3, 4))  # the original is left as it was


def test_size_counts_characters_without_white_space_and_follows_the_text() -> None:
    block = Block(Kind.TEXT, "本报讯 日前，", "本报讯 日前，", (1,))
    assert block.size == 6
    assert block.evolve(text="记者\u3000刘坤 朱亮").size == 6
    assert block.evolve(kind=Kind.LEAD).size == 6


# Pieces with white space at either end, inside, of any kind, and Latin words a join parts with a space.
piece = st.text(st.sampled_from("社区食堂 \u3000\tab12。，"), min_size=1, max_size=12)


@given(piece, piece)
def test_a_joined_block_is_as_large_as_its_text_measured(first: str, second: str) -> None:
    # join_blocks adds the two sizes rather than measuring the joined text again.
    joined = join_blocks(Block(Kind.TEXT, first, first, (1,)), Block(Kind.TEXT, second, second, (2,)),
                         "joined_paragraph")
    assert joined.size == Block(Kind.TEXT, joined.text, joined.shadow, joined.lines).size


def test_evolve_refuses_a_field_blocks_do_not_have() -> None:
    with pytest.raises(TypeError, match="colour"):
        Block(Kind.TEXT, "文字", "文字", (1,)).evolve(colour="red")
    with pytest.raises(TypeError, match="size"):  # size follows the text, never set on its own
        Block(Kind.TEXT, "文字", "文字", (1,)).evolve(size=5)


@pytest.mark.parametrize(("text", "goes_on"), [
    ("，旨在提升群众的认识。", True),  # punctuation never opens a line
    ("和商旅文体创新融合", True),  # 和 read alone: a conjunction
    ("等6个区进行现场教学", True),
    ("的居民参加了活动", True),
    ("而且还在社区设点", True),  # a linking word
    ("之一。", True),
    ("和平新村的退休教师", False),  # words that merely start with such a character
    ("了解到，今年以来", False),
    ("地铁站旁的便民点", False),
    ("过去一年里", False),
    ("本报讯 日前", False),
])
def test_starts_mid_sentence(text: str, goes_on: bool) -> None:
    assert starts_mid_sentence(text) is goes_on
