"""Reattach a column tail printed away from its article.

A paragraph left open after the sequential joins (`…等6个区进行现场` at the
page's end) goes on in some paragraph printed elsewhere, one that starts
mid-sentence (`教学,进一步推动…`). That paragraph and the ones printed with it,
up to the next non-paragraph block, are moved back after the cut.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from .. import lexicon, words
from ..document import Block, Doc, Kind, join_blocks
from .classify import opens_a_paragraph

SHORT_CLAUSE = 3
# Tails are looked for this many blocks around the cut, about one printed
# page: layouts scatter a column within a page, and the bound keeps the cost
# per cut the same however long the input.
SEARCH_WINDOW = 30


def bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


@lru_cache(maxsize=4096)  # a paragraph is weighed again as part of every article text it is read in
def text_pairs(text: str) -> frozenset[str]:
    return frozenset(bigrams(text))


def article_start(blocks: list[Block], index: int) -> int:
    """Where the article that blocks[index] is read in starts: back to its lead or title."""
    start = index
    while start > 0 and blocks[start].kind not in (Kind.LEAD, Kind.TITLE, Kind.BYLINE):
        start -= 1
    while start > 0 and blocks[start - 1].kind in (Kind.TITLE, Kind.BYLINE):
        start -= 1
    return start


def article_text(blocks: list[Block], index: int) -> str:
    return "".join(block.shadow for block in blocks[article_start(blocks, index):index + 1])


def article_pairs(blocks: list[Block], index: int) -> set[str]:
    """bigrams(article_text(blocks, index)), made from each block's pairs and the pairs across their joins."""
    texts = [block.shadow for block in blocks[article_start(blocks, index):index + 1] if block.shadow]
    pairs: set[str] = set().union(*map(text_pairs, texts))
    pairs.update(before[-1] + after[0] for before, after in pairwise(texts))
    return pairs


def fit(blocks: list[Block], cut: int, cut_text: str, start: int) -> int:
    """How strongly blocks[start] reads as the rest of blocks[cut]'s sentence (0: not at all);
    cut_text is the text of the cut paragraph's article."""
    open_text, candidate = blocks[cut], blocks[start]
    if opens_a_paragraph(candidate.shadow):  # 据介绍，… begins its own sentence
        return 0
    clause = lexicon.FIRST_CLAUSE_END.split(candidate.shadow, maxsplit=1)[0]
    # Strong evidence: the join cuts a word, or the candidate starts with a character that continues a sentence.
    # A piece read as a title needs more: a word it leaves unfinished (a headline ends on a
    # whole word), or a candidate starting with punctuation (和平新村… may follow a kicker).
    if open_text.kind is Kind.TITLE:
        strong = 3 * words.finishes_word(open_text.shadow, candidate.shadow) \
            + 2 * (candidate.shadow[0] in lexicon.CONTINUING_PUNCTUATION)
    else:
        strong = 3 * words.cuts_word(open_text.shadow, candidate.shadow) \
            + 2 * (candidate.shadow[0] in lexicon.CONTINUATION_START and clause not in lexicon.PARAGRAPH_OPENERS)
    # Without it, a paragraph printed under a head is taken to open its section or article.
    if not strong and (open_text.kind is Kind.TITLE
                       or (start > 0 and blocks[start - 1].kind in (Kind.TITLE, Kind.BYLINE))):
        return 0
    score = strong
    if len(clause) < len(candidate.shadow) and len(clause) <= SHORT_CLAUSE \
            and clause not in lexicon.PARAGRAPH_OPENERS:
        score += 1
    # Most words of the first clause found in the cut article and not in the text
    # printed before the candidate: it belongs with the cut article. Words both
    # share (相关负责人表示) say nothing.
    pairs = bigrams(clause)
    found = [pair for pair in pairs if pair in cut_text]
    if start > 0 and found and len(found) * 2 >= len(pairs):  # the first test spares building the context
        context = article_text(blocks, start - 1)
        if sum(pair not in context for pair in found) * 2 >= len(pairs):
            score += 2
    return score


def tail_run(blocks: list[Block], start: int, cut: int) -> int:
    """End of the paragraphs printed with the tail that go with it: they stop at the first
    one that shares more words with the text around it than with the cut article."""
    end = start + 1
    if end == len(blocks) or blocks[end].kind is not Kind.TEXT:
        return end
    cut_pairs = article_pairs(blocks, cut)
    context_pairs = article_pairs(blocks, start - 1) if start > 0 else set()
    while end < len(blocks) and blocks[end].kind is Kind.TEXT:
        pairs = text_pairs(blocks[end].shadow)
        if len(pairs & cut_pairs) < len(pairs & context_pairs):
            break
        end += 1
    return end


def best_tail(blocks: list[Block], cut: int) -> tuple[int, int] | None:
    """(start, end) of the best-fitting tail for the paragraph cut at blocks[cut]."""
    best, best_score = None, 0
    cut_start = article_start(blocks, cut)
    cut_text = article_text(blocks, cut)

    def run_holds_cut(start: int) -> bool:
        """Whether the run from start reaches past the cut: then it cannot be the cut's tail.
        Only a run of plain text from before the cut can; its end is measured only then."""
        return start < cut and all(block.kind is Kind.TEXT for block in blocks[start + 1:cut + 1]) \
            and tail_run(blocks, start, cut) > cut

    for start in range(max(0, cut - SEARCH_WINDOW), min(len(blocks), cut + SEARCH_WINDOW)):
        if blocks[start].kind is not Kind.TEXT or start == cut:
            continue
        # A paragraph of the cut article itself shares its words by being part of it: no measure.
        score = fit(blocks, cut, "" if cut_start <= start < cut else cut_text, start)
        # On equal scores the later candidate wins: a column goes on further down the page.
        if score >= best_score and score > 0 and not run_holds_cut(start):
            best, best_score = start, score
    return None if best is None else (best, tail_run(blocks, best, cut))


# What may follow a title that heads body text of its own.
HEADED = frozenset({Kind.TEXT, Kind.LEAD, Kind.CAPTION, Kind.PHOTO_CREDIT})


def dangling_piece(blocks: list[Block], index: int) -> bool:
    """A title-shaped line that heads no text of its own (a credit, another head or the
    page's end follows): it may be the first piece of a paragraph cut short (`据统计，区科协已组织各类就`)."""
    block = blocks[index]
    return block.kind is Kind.TITLE and not block.heading and not block.marked \
        and (index + 1 == len(blocks) or blocks[index + 1].kind not in HEADED)


def reattach_column_tails(doc: Doc) -> Doc:
    blocks = list(doc.blocks)
    unresolved: list[Block] = []
    given_up: set[int] = set()  # ids of the blocks left as they are
    # Blocks before `position` are complete or given up: each scan for the
    # next cut starts there, which keeps long pages linear.
    position = 0
    while (cut := next((i for i in range(position, len(blocks))
                        if (blocks[i].open_ended or dangling_piece(blocks, i)) and id(blocks[i]) not in given_up),
                       None)) is not None:
        found = best_tail(blocks, cut)
        if found is None:
            if blocks[cut].open_ended:  # a title without a tail is just a title
                unresolved.append(blocks[cut])
            given_up.add(id(blocks[cut]))
            position = cut + 1
            continue
        start, end = found
        run = blocks[start:end]
        head, rest = run[0], run[1:]
        open_text = replace(blocks[cut], kind=Kind.TEXT) if blocks[cut].kind is Kind.TITLE else blocks[cut]
        moved = [join_blocks(open_text, head, "reattached_column_tail", f" ({len(run)} paragraph(s) moved)"), *rest]
        remaining = blocks[:start] + blocks[end:]
        position = cut if start > cut else cut - (end - start)  # where open_text now stands
        blocks = remaining[:position] + moved + remaining[position + 1:]
    for block in unresolved:
        doc = doc.with_warning(f"{block.where()}: paragraph ends mid-sentence and no continuation was found")
    return doc.with_blocks(blocks)
