"""Join paragraphs cut mid-sentence, across blank lines and across whatever the
layout printed between the halves (a caption, a section head, a whole title block).

A paragraph is cut when it ends without closing its sentence (`推动在线经济`,
`本报讯 4月`, an open `《`). Its continuation is the next body text, unless an
article starts first (a dateline lead, a title block over a lead). An end mark
printed on a line of its own (`（完）`) goes back to the end of its paragraph.
"""

from __future__ import annotations

from itertools import pairwise

from .. import kinds, lexicon
from ..document import Block, Doc, forms_title_block, goes_on, join_blocks

END_MARK_MAX_CHARS = 6  # （未完待续）, the longest end mark
INTERPOSED = frozenset({kinds.TITLE, kinds.BYLINE, kinds.CAPTION, kinds.PHOTO_CREDIT, kinds.FURNITURE})


def reads_on(open_text: Block, piece: Block) -> bool:
    """piece goes on with the cut sentence: it starts with a continuing character or ends a cut word."""
    return not piece.heading and not piece.mark and goes_on(open_text, piece)


def headed(done: list[Block]) -> bool:
    """Whether the article being read (the end of done) already has its title block.

    Walks back to the article's start: a title block met first, or standing
    right above the dateline lead, is its head.
    """
    i = len(done) - 1
    while i >= 0:
        run_end = i
        while i >= 0 and done[i].kind in (kinds.TITLE, kinds.BYLINE):
            i -= 1
        if forms_title_block(done[i + 1:run_end + 1]):
            return True
        if i >= 0 and done[i].kind is kinds.LEAD:
            j = i - 1
            while j >= 0 and done[j].kind in (kinds.TITLE, kinds.BYLINE):
                j -= 1
            return forms_title_block(done[j + 1:i])
        i -= 1
    return False


def continuation(blocks: list[Block], start: int, open_text: Block, done: list[Block]) -> int | None:
    """Index of the block that continues open_text, looking past interposed blocks.

    A title block between the halves is the head of the article it stands in
    when that article has none yet (a title printed mid-sentence); otherwise it
    opens the next article, as a second title block after it does, and only a
    cut word or a continuing character carries the sentence across it.
    """
    end = start
    while end < len(blocks) and blocks[end].kind in INTERPOSED:
        end += 1
    run = blocks[start:end]
    if len(run) == 1 and run[0].kind is kinds.TITLE and reads_on(open_text, run[0]):
        return start
    if end == len(blocks) or blocks[end].kind is not kinds.TEXT:
        return None
    if forms_title_block(run) and (headed([*done, open_text]) or heads_two_articles(run)) \
            and not reads_on(open_text, blocks[end]):
        return None
    return end


def heads_two_articles(run: list[Block]) -> bool:
    """Titles, their byline, then titles again in run: a second title block, whose article the
    text under it opens. One title block may be printed mid-sentence; two are not. (A byline
    printed over its headline, the run's first line, opens no second block.)"""
    titled = False  # a title came before
    for first, second in pairwise(run):
        titled = titled or first.kind is kinds.TITLE
        if titled and first.kind is kinds.BYLINE and second.kind is kinds.TITLE:
            return True
    return False


def closes(block: Block, above: Block) -> bool:
    """block is an end mark printed on a line of its own ((完)): it closes the paragraph above."""
    return block.size <= END_MARK_MAX_CHARS and block.kind is kinds.TEXT and above.kind in kinds.BODY_TEXT \
        and lexicon.END_MARK.match(block.shadow) is not None


def joined(first: Block, second: Block) -> Block:
    kind = "joined_dateline" if first.kind is kinds.LEAD and first.size <= 12 else "joined_paragraph"
    return join_blocks(first, second, kind)


def join_cut_paragraphs(doc: Doc) -> Doc:
    blocks = list(doc.blocks)
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if out and closes(block, out[-1]):
            out[-1] = join_blocks(out[-1], block, "joined_paragraph", " (an end mark)")
        else:
            while block.open_ended and (j := continuation(blocks, i + 1, block, out)) is not None:
                block = joined(block, blocks.pop(j))
            out.append(block)
        i += 1
    return doc.with_blocks(out)
