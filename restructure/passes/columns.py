"""Reattach a column tail printed away from its article.

A paragraph left open after the sequential joins (`…等6个区进行现场` at the
page's end) goes on in some paragraph printed elsewhere, one that starts
mid-sentence (`教学,进一步推动…`). That paragraph and the ones printed with it,
up to the next non-paragraph block, are moved back after the cut.
"""

from __future__ import annotations

import re

from .. import lexicon, words
from ..document import Block, Doc, Kind, join_blocks

FIRST_CLAUSE = re.compile(r"[，,、；;：:。！？!?]")
SHORT_CLAUSE = 3


def fit(open_text: Block, candidate: Block) -> int:
    """How strongly candidate reads as the rest of open_text's sentence (0: not at all)."""
    score = 0
    if words.cuts_word(open_text.shadow, candidate.shadow):
        score += 3
    if candidate.shadow[0] in lexicon.CONTINUATION_START:
        score += 2
    clause = FIRST_CLAUSE.split(candidate.shadow, maxsplit=1)[0]
    if len(clause) < len(candidate.shadow) and len(clause) <= SHORT_CLAUSE \
            and clause not in lexicon.PARAGRAPH_OPENERS:
        score += 1
    return score


def tail_run(blocks: list[Block], start: int) -> int:
    end = start + 1
    while end < len(blocks) and blocks[end].kind is Kind.TEXT:
        end += 1
    return end


def best_tail(blocks: list[Block], cut: int) -> tuple[int, int] | None:
    best: tuple[int, int, int] | None = None
    for start, block in enumerate(blocks):
        if block.kind is not Kind.TEXT or start == cut:
            continue
        end = tail_run(blocks, start)
        if start < cut < end:
            continue
        score = fit(blocks[cut], block)
        if score and (best is None or score > best[0]):
            best = (score, start, end)
    return (best[1], best[2]) if best else None


def reattach_column_tails(doc: Doc) -> Doc:
    blocks = list(doc.blocks)
    unresolved: list[Block] = []
    while cuts := [i for i, block in enumerate(blocks) if block.open_ended and block not in unresolved]:
        cut = cuts[0]
        found = best_tail(blocks, cut)
        if found is None:
            unresolved.append(blocks[cut])
            continue
        start, end = found
        run = blocks[start:end]
        head, rest = run[0], run[1:]
        open_text = blocks[cut]
        moved = [join_blocks(open_text, head, "reattached_column_tail", f" ({len(run)} paragraph(s) moved)"), *rest]
        remaining = blocks[:start] + blocks[end:]
        at = remaining.index(open_text)
        blocks = remaining[:at] + moved + remaining[at + 1:]
    for block in unresolved:
        doc = doc.with_warning(f"{block.where()}: paragraph ends mid-sentence and no continuation was found")
    return doc.with_blocks(blocks)
