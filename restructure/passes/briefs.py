"""Set apart a headline run in with its text on one bulleted line.

Briefs columns print an item's headline and its text on one line, apart by a
space (`■垃圾分类宣传进校园 日前，区绿化市容局…。`) or, under the column's name,
by a colon (`●佛山发布民生实事清单：清单包括…。`): the headline becomes a title
of its own, the rest body text, read as any line is (a lead when it opens with a
dateline formula). The colon is the split's separator, kept in its repair's record.
"""

from __future__ import annotations

import re

from .. import kinds, lexicon, roles
from ..document import Block, Doc, sentence_complete
from .classify import kind_of, looks_like_title

HEAD_ENDS = re.compile(r"\s+")  # the gap after a run-in headline


def headline_end(block: Block, in_briefs: bool) -> tuple[int, int] | None:
    """(end of the headline, start of the text) in a bulleted line of body text, if it runs one in:
    the last gap before the line's first mark, as a headline may hold a space itself (建设平安城区 强化法治保障),
    or, in a briefs column, that mark when it is a colon (elsewhere 记者：… or 做法：… opens a paragraph)."""
    first_mark = lexicon.FIRST_CLAUSE_END.search(block.shadow)
    gaps = list(HEAD_ENDS.finditer(block.shadow, 0, first_mark.start() if first_mark else len(block.shadow)))
    if gaps:
        return gaps[-1].span()
    if in_briefs and first_mark and first_mark.group() in lexicon.COLONS:
        gap = HEAD_ENDS.match(block.shadow, first_mark.end())
        return first_mark.start(), gap.end() if gap else first_mark.end()
    return None


def split_headline(block: Block, in_briefs: bool) -> list[Block]:
    found = headline_end(block, in_briefs)
    if found is None:
        return [block]
    head_end, text_start = found
    head = block.evolve(kind=kinds.TITLE, text=block.text[:head_end].rstrip(), shadow=block.shadow[:head_end].rstrip())
    rest = block.evolve(text=block.text[text_start:], shadow=block.shadow[text_start:], mark="", gap=0, indent=0,
                        repairs=())
    # A run-in head may be the item's byline (■记者 王明 本区开展…) rather than its headline.
    signed = (reading := roles.read_byline(head.text, head.shadow)) is not None and reading.has_role
    # The text is prose that ends its sentence, longer than a headline; a date opens no headline.
    if head.size < lexicon.RUN_IN_HEADLINE_MIN_CHARS or not (signed or looks_like_title(head)) \
            or lexicon.DATE_PARTS.match(head.shadow) or rest.size <= head.size \
            or not sentence_complete(rest.shadow) or not lexicon.FIRST_CLAUSE_END.search(rest.shadow):
        return [block]
    # The text is read again: it may open with a dateline formula. Prose, it is body text in any case.
    kind, _, _ = kind_of(rest, page_top=False)
    detail = f"{block.where()}: {block.text[:text_start].rstrip()} / {rest.text[:8]}…"
    head = head.evolve(kind=kinds.BYLINE) if signed else head
    return [head.with_repair("split_run_in_byline" if signed else "split_run_in_headline", detail),
            rest.evolve(kind=kinds.LEAD if kind is kinds.LEAD else kinds.TEXT)]


def bulleted_text(block: Block) -> bool:
    return block.kind is kinds.TEXT and block.bulleted


def split_run_in_headlines(doc: Doc) -> Doc:
    # Most pages have no bulleted line of body text: they are passed on as they are.
    if not any(map(bulleted_text, doc.blocks)):
        return doc
    out: list[Block] = []
    in_briefs = False  # under a briefs column's name, until another title
    for block in doc.blocks:
        if block.kind is kinds.TITLE:
            in_briefs = roles.is_column_label(block.shadow, lexicon.BRIEFS_COLUMN_LABELS)
        out.extend(split_headline(block, in_briefs) if bulleted_text(block) else (block,))
    return doc.with_blocks(out)
