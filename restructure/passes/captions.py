"""Pair a photo credit line (`陈二 摄`) with the caption printed above it."""

from __future__ import annotations

from ..document import Block, Doc, Kind

CAPTION_MAX_CHARS = 120


def pair_captions(doc: Doc) -> Doc:
    out: list[Block] = []
    for block in doc.blocks:
        if block.kind is not Kind.PHOTO_CREDIT:
            out.append(block)
            continue
        previous = out[-1] if out else None
        uncredited_caption = previous is not None and previous.kind is Kind.CAPTION and previous.credit is None
        if previous and (previous.kind in (Kind.TITLE, Kind.TEXT) or uncredited_caption) \
                and previous.size <= CAPTION_MAX_CHARS:
            out[-1] = previous.evolve(kind=Kind.CAPTION, credit=block.credit, lines=previous.lines + block.lines,
                                      printed=f"{previous.text} {block.text}")
        else:  # a credit with no caption text above it: a photo printed without one, kept as printed
            out.append(block)
    return doc.with_blocks(out)
