"""Read the points of a list as body text, not as a title block.

A list printed under a paragraph (`食堂负责人介绍了几项做法：` / `●菜品丰富，价格实惠` /
`●营养搭配，少油少盐`) is a run of short lines, each with the same bullet or a
number: shaped like titles, and two titles in a row would open an article. A
run of two or more such points under body text (or under a section head there)
is a list: each point stays a paragraph of its own, never joined to the next.
A bulleted line with another mark after the list (■ 错峰就餐) is a section head.
"""

from __future__ import annotations

from itertools import groupby

from .. import kinds, lexicon
from ..document import Block, Doc

BODY = frozenset({kinds.TEXT, kinds.LEAD, kinds.ITEM})
NUMBERED = "1"
QUOTE_MARK = ">"  # a Markdown quote's lines are no list


def point_mark(block: Block) -> str:
    """What marks the line as a list's point: its bullet, NUMBERED (1. 2、 （三） ④), or "" when it is none."""
    if block.kind not in (kinds.TITLE, kinds.TEXT) or block.heading or block.mark == QUOTE_MARK:
        return ""
    return block.mark or (NUMBERED if lexicon.LIST_NUMBER.match(block.shadow) else "")


def under_body_text(blocks: tuple[Block, ...], start: int) -> bool:
    """The run at start follows body text, or a lone section head that follows it."""
    before = blocks[start - 1] if start else None
    if before is not None and before.kind is kinds.TITLE and start > 1:
        before = blocks[start - 2]
    return before is not None and before.kind in BODY


def read_list_points(doc: Doc) -> Doc:
    blocks = doc.blocks
    # Most lines have no mark and cannot start with a number: those are not asked.
    marks = [point_mark(block) if block.mark or block.shadow[:1] in lexicon.LIST_NUMBER_START else ""
             for block in blocks]
    if not any(marks):
        return doc
    out, start = list(blocks), 0
    for mark, run in groupby(marks):
        end = start + len(list(run))
        if mark and end - start >= 2 and under_body_text(blocks, start):
            out[start:end] = [block.evolve(kind=kinds.ITEM) for block in blocks[start:end]]
        start = end
    return doc.with_blocks(out)
