"""Reattach a column tail printed away from its article.

A paragraph left open after the sequential joins (`…等6个区进行现场` at the
page's end) goes on in some paragraph printed elsewhere, one that starts
mid-sentence (`教学,进一步推动…`). That paragraph and the ones printed with it,
up to the next non-paragraph block, are moved back after the cut.
"""

from __future__ import annotations

from functools import cached_property, lru_cache
from typing import NamedTuple

from .. import kinds, lexicon, words
from ..document import (
    Block,
    Doc,
    ends_a_sentence_alone,
    first_clause,
    join_blocks,
    opens_a_paragraph,
    opens_with_a_fragment,
    pair_codes,
    starts_mid_sentence,
)

# Tails are looked for this many blocks around the cut, about one printed
# page: layouts scatter a column within a page, and the bound keeps the cost
# per cut the same however long the input.
SEARCH_WINDOW = 30
HEAD_LINES = frozenset({kinds.TITLE, kinds.BYLINE})
ARTICLE_HEADS = frozenset({kinds.LEAD, kinds.TITLE, kinds.BYLINE})  # where an article is read from


# Within a page a paragraph is weighed again by every cut near it. The cache is small:
# pages share no paragraphs, and a large one let memory grow over a batch.
text_pairs = lru_cache(maxsize=256)(pair_codes)


def article_start(blocks: list[Block], index: int) -> int:
    """Where the article that blocks[index] is read in starts: back to its lead or title."""
    start = index
    while start > 0 and blocks[start].kind not in ARTICLE_HEADS:
        start -= 1
    while start > 0 and blocks[start - 1].kind in HEAD_LINES:
        start -= 1
    return start


def article_text(blocks: list[Block], index: int) -> str:
    return "".join(block.shadow for block in blocks[article_start(blocks, index):index + 1])


class OpenParagraph:
    """The paragraph cut at blocks[index], with what every candidate tail is weighed
    against: worked out once per cut, and its article's words only when asked for."""

    def __init__(self, blocks: list[Block], index: int) -> None:
        self.blocks, self.index, self.block = blocks, index, blocks[index]
        self.contexts: dict[int, frozenset[int]] = {}

    @cached_property
    def article_start(self) -> int:
        return article_start(self.blocks, self.index)

    @cached_property
    def article_pairs(self) -> frozenset[int]:
        return pair_codes(article_text(self.blocks, self.index))

    def context_pairs(self, start: int) -> frozenset[int]:
        """The pairs of the text printed before blocks[start] in its article: what a candidate tail
        there shares with the article it stands in. Asked by fit and tail_run of the same candidates."""
        if start not in self.contexts:
            self.contexts[start] = pair_codes(article_text(self.blocks, start - 1)) if start > 0 else frozenset()
        return self.contexts[start]

    @cached_property
    def end(self) -> words.JoinEnd:
        """The cut's end, read once: most candidates open with a character no word there goes on with."""
        return words.JoinEnd(self.block.shadow)

    @cached_property
    def may_end_mid_word(self) -> bool:
        """Whether any candidate could finish a word the cut leaves unfinished: most headlines end on a whole one."""
        return words.may_end_mid_word(self.block.shadow)

    @cached_property
    def attribution_begun(self) -> int | None:
        """How much of a quotation's attribution the cut printed after the quotation (”和平: 3), when it
        stops inside one: read once, not once a candidate."""
        shadow = self.block.shadow
        quoted = shadow.rfind("”")
        if quoted < 0 or len(shadow) - quoted > lexicon.SPEAKER_MAX_CHARS \
                or lexicon.SENTENCE_END.intersection(shadow[quoted:]):
            return None
        return len(shadow) - quoted


class Opening(NamedTuple):
    """How a paragraph opens, as fit weighs it against each cut near it: read once."""

    clause: str  # its first clause
    goes_on: bool  # it starts mid-sentence, and not with a paragraph's opener
    opens_paragraph: bool  # 据介绍，… begins its own sentence
    fragment: bool  # its first clause is a few characters, or it is one short clause: the end of a cut sentence


# A page's paragraphs are weighed again by every cut near them; pages share none: a small cache.
@lru_cache(maxsize=256)
def opening(shadow: str) -> Opening:
    clause = first_clause(shadow)
    return Opening(clause, starts_mid_sentence(shadow) and clause not in lexicon.PARAGRAPH_OPENERS,
                   opens_a_paragraph(shadow), opens_with_a_fragment(shadow) or ends_a_sentence_alone(shadow))


def finishes_an_attribution(cut: OpenParagraph, candidate: str) -> bool:
    """The cut stops after a quotation, inside the sentence that says who spoke (…能多办几场。”和平),
    and the candidate's first sentence names the speaker and the verb (新村社区工作者江欣嘉说。…)."""
    begun = cut.attribution_begun
    if begun is None:
        return False
    clause = first_clause(candidate)
    return candidate[len(clause):len(clause) + 1] == "。" and clause.endswith(lexicon.SPEECH_VERBS) \
        and begun + len(clause) <= lexicon.ATTRIBUTION_MAX_CHARS


def opens_mid_clause(block: Block) -> bool:
    """Plain text opening with punctuation that goes on with a sentence (，… 。…)."""
    return block.kind is kinds.TEXT and block.shadow[:1] in lexicon.CONTINUING_PUNCTUATION


def fit(blocks: list[Block], cut: OpenParagraph, start: int) -> int:
    """How strongly blocks[start] reads as the rest of the cut paragraph's sentence (0: not at all)."""
    open_text, candidate = cut.block, blocks[start]
    # Strong evidence: the join cuts a word, or the candidate starts with a character that continues a sentence.
    # A piece read as a title needs more: a word it leaves unfinished (a headline ends on a
    # whole word), or a candidate starting with punctuation (under a kicker, 和… may open a paragraph).
    if open_text.kind is kinds.TITLE:
        strong = 3 * (cut.may_end_mid_word and cut.end.may_cross(candidate.shadow)
                      and words.finishes_word(open_text.shadow, candidate.shadow)) + 2 * opens_mid_clause(candidate)
    else:
        strong = 3 * (cut.end.may_cross(candidate.shadow) and words.cuts_word(open_text.shadow, candidate.shadow)) \
            + 2 * (opening(candidate.shadow).goes_on or finishes_an_attribution(cut, candidate.shadow))
    # Without it, a paragraph printed under a head is taken to open its section or article.
    # Weighed first: it settles most candidates, and those of a title-shaped piece cheaply.
    if not strong and (open_text.kind is kinds.TITLE or (start > 0 and blocks[start - 1].kind in HEAD_LINES)):
        return 0
    read = opening(candidate.shadow)
    if read.opens_paragraph:
        return 0
    score = strong + read.fragment
    # Most words of the first clause found in the cut article and not in the text
    # printed before the candidate: it belongs with the cut article. Words both
    # share (相关负责人表示) say nothing; a paragraph of the cut article itself shares
    # its words by being part of it: no measure.
    if start > 0 and not cut.article_start <= start < cut.index:
        pairs = text_pairs(read.clause)  # a clause is weighed again by every cut near it
        # The cut article's pairs are read once for all candidates: looking each clause's pairs up in its
        # text scanned the whole article once a pair.
        found = pairs & cut.article_pairs
        # The first test spares reading the context.
        if found and len(found) * 2 >= len(pairs) \
                and len(found - cut.context_pairs(start)) * 2 >= len(pairs):
            score += 2
    return score


def tail_run(blocks: list[Block], start: int, cut: OpenParagraph) -> int:
    """End of the paragraphs printed with the tail that go with it: they stop at the first
    one that shares more words with the text around it than with the cut article, whose
    words include those of the paragraphs taken so far (a short cut lead says little)."""
    end = start + 1
    if end == len(blocks) or blocks[end].kind is not kinds.TEXT:
        return end
    context_pairs = cut.context_pairs(start)
    article_pairs = cut.article_pairs | text_pairs(blocks[start].shadow)
    while end < len(blocks) and blocks[end].kind is kinds.TEXT:
        pairs = text_pairs(blocks[end].shadow)
        if len(pairs & article_pairs) < len(pairs & context_pairs):
            break
        article_pairs |= pairs
        end += 1
    return end


def best_tail(blocks: list[Block], index: int, any_opens_mid_clause: bool) -> tuple[int, int] | None:
    """(start, end) of the best-fitting tail for the paragraph cut at blocks[index]; any_opens_mid_clause
    False when no block of blocks does, as on most pages."""
    best, best_score = None, 0
    cut = OpenParagraph(blocks, index)

    def run_holds_cut(start: int) -> bool:
        """Whether the run from start reaches past the cut: then it cannot be the cut's tail.
        Only a run of plain text from before the cut can; its end is measured only then."""
        return start < index and all(block.kind is kinds.TEXT for block in blocks[start + 1:index + 1]) \
            and tail_run(blocks, start, cut) > index

    # A title's piece needs strong evidence (see fit): when it ends on a whole word, as most
    # headlines do, only a candidate opening with punctuation can give it, and only those are weighed.
    punctuated_only = blocks[index].kind is kinds.TITLE and not cut.may_end_mid_word
    if punctuated_only and not any_opens_mid_clause:  # most such pieces are headlines over their bylines
        return None
    for start in range(max(0, index - SEARCH_WINDOW), min(len(blocks), index + SEARCH_WINDOW)):
        candidate = blocks[start]
        if candidate.kind is not kinds.TEXT or start == index \
                or (punctuated_only and not opens_mid_clause(candidate)):
            continue
        score = fit(blocks, cut, start)
        # On equal scores the later candidate wins: a column goes on further down the page.
        if score >= best_score and score > 0 and not run_holds_cut(start):
            best, best_score = start, score
    return None if best is None else (best, tail_run(blocks, best, cut))


# What may follow a title that heads body text of its own, or an article: its byline.
HEADED = frozenset({kinds.TEXT, kinds.LEAD, kinds.ITEM, kinds.CAPTION, kinds.PHOTO_CREDIT, kinds.BYLINE})


def dangling_piece(blocks: list[Block], index: int) -> bool:
    """A title-shaped line that heads no text of its own (a credit, another head or the
    page's end follows): it may be the first piece of a paragraph cut short (`据统计，区科协已组织各类就`).
    Over a byline, maybe with the rest of its title block printed tight between, it is a headline."""
    block = blocks[index]
    if block.kind is not kinds.TITLE or block.heading or block.mark:
        return False
    following = index + 1
    while following < len(blocks) and blocks[following].kind is kinds.TITLE and blocks[following].gap == 0:
        following += 1
    return following == len(blocks) or blocks[following].kind not in HEADED


def announces_list(blocks: list[Block], index: int) -> bool:
    """Text ending with a colon over a list's points (做法如下：): the points go on with it."""
    return index + 1 < len(blocks) and blocks[index + 1].kind is kinds.ITEM \
        and blocks[index].shadow.rstrip()[-1:] in lexicon.COLONS


def next_cut(blocks: list[Block], position: int, given_up: set[int]) -> int | None:
    """The first block from position on that may go on elsewhere, unless given up: a paragraph
    left open (not one announcing a list), or a title piece that heads nothing."""
    for index in range(position, len(blocks)):
        block = blocks[index]
        cut = dangling_piece(blocks, index) if block.kind is kinds.TITLE \
            else block.open_ended and not announces_list(blocks, index)
        if cut and id(block) not in given_up:
            return index
    return None


def reattach_column_tails(doc: Doc) -> Doc:
    blocks = list(doc.blocks)
    unresolved: list[Block] = []
    given_up: set[int] = set()  # ids of the blocks left as they are
    # Blocks before `position` are complete or given up: each scan for the
    # next cut starts there, which keeps long pages linear.
    position = 0
    any_opens_mid_clause = any(map(opens_mid_clause, blocks))
    while (cut := next_cut(blocks, position, given_up)) is not None:
        found = best_tail(blocks, cut, any_opens_mid_clause)
        if found is None:
            if blocks[cut].open_ended:  # a title without a tail is just a title
                unresolved.append(blocks[cut])
            given_up.add(id(blocks[cut]))
            position = cut + 1
            continue
        start, end = found
        run = blocks[start:end]
        head, rest = run[0], run[1:]
        open_text = blocks[cut].evolve(kind=kinds.TEXT) if blocks[cut].kind is kinds.TITLE else blocks[cut]
        moved = [join_blocks(open_text, head, "reattached_column_tail", f" ({len(run)} paragraph(s) moved)"), *rest]
        remaining = blocks[:start] + blocks[end:]
        position = cut if start > cut else cut - (end - start)  # where open_text now stands
        blocks = remaining[:position] + moved + remaining[position + 1:]
        any_opens_mid_clause = any(map(opens_mid_clause, blocks))  # the tail joined its cut: read again
    for block in unresolved:
        doc = doc.with_warning(f"{block.where()}: paragraph ends mid-sentence and no continuation was found")
    return doc.with_blocks(blocks)
