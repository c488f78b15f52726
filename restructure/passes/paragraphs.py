"""Join paragraphs cut mid-sentence, across blank lines and across whatever the
layout printed between the halves (a caption, a section head, a whole title block).

A paragraph is cut when it ends without closing its sentence (`推动在线经济`,
`本报讯 4月`, an open `《`). Its continuation is the next body text, unless an
article starts first (a dateline lead, a title block over a lead).
"""

from __future__ import annotations

from .. import lexicon, words
from ..document import Block, Doc, Kind, join_blocks

INTERPOSED = frozenset({Kind.TITLE, Kind.BYLINE, Kind.CAPTION, Kind.PHOTO_CREDIT, Kind.FURNITURE})


def reads_on(open_text: Block, piece: Block) -> bool:
    """A short title-like line that goes on with the cut sentence rather than heading the next one."""
    return (not piece.heading and not piece.marked
            and (piece.shadow[0] in lexicon.CONTINUATION_START or words.cuts_word(open_text.shadow, piece.shadow)))


def continuation(blocks: list[Block], start: int, open_text: Block) -> int | None:
    """Index of the block that continues open_text, looking past interposed blocks."""
    end = start
    while end < len(blocks) and blocks[end].kind in INTERPOSED:
        end += 1
    run = blocks[start:end]
    if len(run) == 1 and run[0].kind is Kind.TITLE and reads_on(open_text, run[0]):
        return start
    if end < len(blocks) and blocks[end].kind is Kind.TEXT:
        return end
    return None


def joined(first: Block, second: Block) -> Block:
    kind = "joined_dateline" if first.kind is Kind.LEAD and first.size <= 12 else "joined_paragraph"
    return join_blocks(first, second, kind)


def join_cut_paragraphs(doc: Doc) -> Doc:
    blocks = list(doc.blocks)
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        while block.open_ended and (j := continuation(blocks, i + 1, block)) is not None:
            block = joined(block, blocks.pop(j))
        out.append(block)
        i += 1
    return doc.with_blocks(out)
