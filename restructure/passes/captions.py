"""Pair a photo credit line (`陈二 摄`) with its caption: the text printed above it, or,
where that cannot be one, the short sentence printed under it."""

from __future__ import annotations

from .. import kinds
from ..document import Block, Doc, goes_on, opens_a_paragraph, sentence_complete

CAPTION_MAX_CHARS = 120


def captions_above(block: Block) -> bool:
    """Whether block, printed over a credit, may be its caption: a short line not yet credited,
    not opening as body text does."""
    uncredited_caption = block.kind is kinds.CAPTION and block.credit is None
    return (block.kind in (kinds.TITLE, kinds.TEXT) or uncredited_caption) and block.size <= CAPTION_MAX_CHARS \
        and not opens_as_body_text(block.shadow)


def captions_below(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether blocks[index], printed under a credit, is its caption: a short sentence that
    closes its article, as a photo at an article's end is printed (图/X 摄, then what it shows),
    and does not open as body text does, or a title-shaped line that heads nothing, the page's
    or its furniture's (揭牌仪式现场)."""
    block = blocks[index]
    last = index + 1 == len(blocks)
    if block.kind is kinds.TITLE and not block.heading:
        return last or blocks[index + 1].kind is kinds.FURNITURE
    closes = last or blocks[index + 1].kind not in kinds.BODY_TEXT
    return block.kind is kinds.TEXT and block.size <= CAPTION_MAX_CHARS and closes and sentence_complete(block.shadow) \
        and not opens_as_body_text(block.shadow)


def opens_as_body_text(text: str) -> bool:
    """Whether text opens as a paragraph does (据介绍，…), however long its speaker's name
    (区民政局相关负责人表示，…), or by quoting someone after a colon (他表示：…): no caption opens so."""
    return opens_a_paragraph(text, speaker_max_chars=CAPTION_MAX_CHARS, quoting_colon=True)


def credited(caption: Block, credit: Block, first: Block) -> Block:
    """caption with credit's photographer; first: which of the two is printed first."""
    second = credit if first is caption else caption
    return caption.evolve(kind=kinds.CAPTION, credit=credit.credit, lines=first.lines + second.lines,
                          printed=f"{first.text} {second.text}")


def pair_captions(doc: Doc) -> Doc:
    blocks = doc.blocks
    if not any(block.kind is kinds.PHOTO_CREDIT for block in blocks):  # most pages: passed on as they are
        return doc
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if block.kind is not kinds.PHOTO_CREDIT:
            out.append(block)
            continue
        below = index < len(blocks) and captions_below(blocks, index)
        # Text over the credit that a paragraph left open above goes on into ends that paragraph:
        # surely when it reads on from it (…降低噪音 / ，提升乘车品质。), else when there is a caption
        # under the credit to take instead.
        ends_paragraph = len(out) > 1 and out[-2].open_ended and (below or goes_on(out[-2], out[-1]))
        if out and captions_above(out[-1]) and not ends_paragraph:
            out[-1] = credited(out[-1], block, first=out[-1])
        elif below:
            out.append(credited(blocks[index], block, first=block))
            index += 1
        else:  # a credit with no caption text by it: a photo printed without one, kept as printed
            out.append(block)
    return doc.with_blocks(out)
