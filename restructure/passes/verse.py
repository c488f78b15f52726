"""Read the lines of a poem as body text, not as a title block.

A literary page prints a poem as its title, its author and short lines with no
punctuation, or a mark only at their ends (`梧桐` / `李华` / `梧桐叶落满长街` /
`一片一片` / …). Shaped like titles, the lines would make a title block of their
own, and the poem, with no body text, would be kept as page furniture. A run of
four or more such lines under a title and its author is verse: each line is a
paragraph of its own (ITEM), never joined to the next. Unless the lines fill one
width: then they are body text wrapped in a narrow column, and are read as text.
"""

from __future__ import annotations

from .. import kinds, lexicon
from ..document import Block, Doc

VERSE_KINDS = frozenset({kinds.TITLE, kinds.TEXT})


def verse_shaped(block: Block) -> bool:
    """A short line with no punctuation before its end (a Markdown heading or a marked line is a head)."""
    if block.kind not in VERSE_KINDS or block.heading or block.mark or block.size > lexicon.VERSE_LINE_MAX_CHARS:
        return False
    return lexicon.VERSE_INNER_PUNCTUATION.isdisjoint(block.shadow.rstrip()[:-1])


def wrapped_column(run: list[Block]) -> bool:
    """Lines that fill one width and end unpunctuated: body text wrapped in a narrow column,
    not verse. Two thirds of them are as wide as the widest (give or take a character:
    digits print narrower); the others end paragraphs."""
    width = max(block.size for block in run)
    full = sum(block.size >= width - 1 for block in run)
    unpunctuated = sum(block.shadow.rstrip()[-1] not in lexicon.VERSE_INNER_PUNCTUATION for block in run)
    return full * 3 >= len(run) * 2 and unpunctuated * 2 >= len(run)


def verse_end(blocks: tuple[Block, ...], start: int) -> int:
    """End of the verse-shaped lines from start; the next poem's title, over its author, is left out."""
    end = start
    while end < len(blocks) and verse_shaped(blocks[end]):
        if end + 1 < len(blocks) and blocks[end].kind is kinds.TITLE and blocks[end + 1].kind is kinds.BYLINE:
            break
        end += 1
    return end


def read_verse_lines(doc: Doc) -> Doc:
    blocks = doc.blocks
    out: list[Block] | None = None
    byline = kinds.BYLINE  # read once: an enum member's lookup costs more than the test
    # The line after each byline under a title: most pages have a byline or two, and most bylines no verse under them.
    for i in [after for after, block in enumerate(blocks, start=1) if block.kind is byline]:
        if i < 2 or i == len(blocks) or blocks[i - 2].kind is not kinds.TITLE or not verse_shaped(blocks[i]):
            continue
        end = verse_end(blocks, i)
        run = list(blocks[i:end])
        if len(run) >= lexicon.VERSE_MIN_LINES:
            # Wrapped body text is text: the wrap and join passes put its sentences back together.
            kind = kinds.TEXT if wrapped_column(run) else kinds.ITEM
            out = out or list(blocks)
            out[i:end] = [block if block.kind is kind else block.evolve(kind=kind) for block in run]
    return doc if out is None else doc.with_blocks(out)
