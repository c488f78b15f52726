"""The page model's own behaviour: copies of blocks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from restructure.document import Block, Kind


def test_evolve_copies_a_block_as_dataclasses_replace_does() -> None:
    block = Block(Kind.TEXT, "本报讯 日前，", "本报讯 日前，", (3, 4), gap=2, marked=True)
    changed = block.evolve(kind=Kind.LEAD, lines=(3,))
    assert changed == replace(block, kind=Kind.LEAD, lines=(3,))
    assert (block.kind, block.lines) == (Kind.TEXT, (3, 4))  # the original is left as it was


def test_evolve_refuses_a_field_blocks_do_not_have() -> None:
    with pytest.raises(TypeError, match="colour"):
        Block(Kind.TEXT, "文字", "文字", (1,)).evolve(colour="red")
