"""Give each line its printed role from its own shape and words.

Context comes later: this pass looks at one line at a time (plus whether any
article text has been seen yet, for the masthead).
"""

from __future__ import annotations

from .. import kinds, lexicon, roles, words
from ..document import (
    Block,
    Doc,
    ends_a_sentence_alone,
    goes_on,
    opens_a_paragraph,
    opens_with_a_fragment,
    sentence_complete,
    starts_mid_sentence,
)
from ..kinds import Kind
from .captions import CAPTION_MAX_CHARS


def looks_like_title(block: Block) -> bool:
    """Short and unpunctuated: a headline, kicker, subheadline or section head."""
    text, size = block.shadow, block.size
    if block.heading:
        return True
    if size == 0 or size > lexicon.TITLE_MAX_CHARS or "。" in text or lexicon.END_MARK.match(text):
        return False
    if starts_mid_sentence(text) and text[0] not in lexicon.BRACKET_PAIRS.values() \
            and not lexicon.SUBTITLE_DASH.match(text):
        return False
    if text.rstrip(lexicon.CLOSING_MARKS)[-1:] in lexicon.SENTENCE_END and size > 16:
        return False
    if text.rstrip()[-1:] in lexicon.MID_SENTENCE_ENDS:  # 一是扩大有效投资； goes on: no title stops at a comma
        return False
    if opens_a_paragraph(text):
        return False
    if ("：" in text or ":" in text) and (lexicon.INTERVIEW_LABEL.match(text) or lexicon.LABELLED_NUMBER.match(text)):
        return False
    return not (size > 20 and lexicon.CLAUSE_PUNCTUATION.intersection(text))


def kind_of(block: Block, page_top: bool) -> tuple[Kind, str | None, str]:
    """The block's kind, a caption's credit, and the text to keep."""
    text, shadow, size = block.text, block.shadow, block.size
    if block.mark == lexicon.TABLE_ROW_MARK:
        return kinds.ITEM, None, text
    if roles.read_dateline(text, shadow):
        return kinds.LEAD, None, text
    # Furniture, credits and bylines are short lines: long ones skip those readers.
    if size <= lexicon.FURNITURE_MAX_CHARS and roles.is_furniture(shadow, page_top):
        return kinds.FURNITURE, None, text
    photo_credited = shadow.startswith(lexicon.PHOTO_LABELS) or roles.ends_as_photo_credit(shadow)
    if photo_credited and (credit := roles.read_photo_credit(text, shadow)) is not None:
        return kinds.PHOTO_CREDIT, credit, text
    if roles.read_credit_note(text, shadow) is not None:
        return kinds.CREDIT, None, text
    # A byline has a role word (looked for first: most lines have none and are not read), or is
    # names marked (● 宗河) or bracketed ((陈月飞), signing a column's piece) that each read as a
    # person's, unless they name a column (■ 简讯: 简 is a surname). A mark pointing at a photo
    # (▲高雄轻轨: 高 is a surname too) marks no byline.
    if size <= lexicon.BYLINE_MAX_CHARS:
        set_apart = (block.mark and block.mark not in lexicon.CAPTION_MARKS) or lexicon.BYLINE_BRACKETS.match(shadow)
        if (set_apart or lexicon.BYLINE_WORD.search(shadow)) and (reading := roles.read_byline(text, shadow)) \
                and (reading.has_role or (set_apart and not roles.is_column_label(shadow, lexicon.COLUMN_LABELS)
                                          and all(roles.reads_as_a_persons_name(person.name)
                                                  for person in reading.people))):
            return kinds.BYLINE, None, text
    if size <= CAPTION_MAX_CHARS:
        # Two searches, each opening with one character, cost less than one opening with either:
        # sre skips to a literal.
        if (photo_credited or lexicon.PHOTO_LABEL_INSIDE.search(shadow)
                or lexicon.PHOTOGRAPHER_LABEL_INSIDE.search(shadow)) \
                and (caption := roles.split_caption_credit(text, shadow)):
            return kinds.CAPTION, caption[1], caption[0]
        # The note is looked for only on a line ending as one does: a search costs a scan of the whole line.
        # A triangle pointing at the photo marks its caption (▲市民在公园里散步。).
        if lexicon.CAPTION_LABEL.match(shadow) \
                or (shadow.endswith(lexicon.PICTURE_NOTE_ENDINGS) and lexicon.PICTURE_NOTE.search(shadow)) \
                or (block.mark in lexicon.CAPTION_MARKS and sentence_complete(shadow)):
            return kinds.CAPTION, None, text
    if looks_like_title(block):
        return kinds.TITLE, None, block.text
    return kinds.TEXT, None, block.text


def framed_as_title(block: Block, previous: Block | None, following: Block | None) -> bool:
    """A line of plain text that its neighbours show to be a title though its shape alone does not.

    Headlines may carry commas and semicolons (抓经济、稳增长;财力一分增长…) or
    start as a sentence's continuation would (和…);
    such a line is a title when it sits under a kicker ending in a colon or
    over a byline, between head lines (or a finished paragraph) and a dateline
    lead, or tight under a title's fragment, and ends unpunctuated.
    """
    text = block.shadow.rstrip()
    if block.size > lexicon.TITLE_MAX_CHARS or "。" in text \
            or text[-1] in lexicon.CLAUSE_PUNCTUATION | lexicon.SENTENCE_END:
        return False
    # Over a byline, unless it ends a word the cut paragraph above it began.
    over_byline = following is not None and following.kind is kinds.BYLINE \
        and not (previous is not None and previous.kind in kinds.BODY_TEXT and previous.open_ended
                 and words.cuts_word(previous.shadow, block.shadow))
    # Between other head lines, the page top or a finished paragraph, and the lead that opens the article;
    # printed tight under a title, a deck that sums the article up in clauses (全长约16.6公里，设车站7座，…).
    in_head = following is not None and following.kind is kinds.LEAD \
        and (previous is None or previous.kind in (kinds.BYLINE, kinds.TITLE, kinds.FURNITURE)
             or (previous.kind in kinds.BODY_TEXT and not previous.open_ended)) \
        and (not lexicon.CLAUSE_PUNCTUATION.intersection(text)
             or (previous is not None and previous.kind is kinds.TITLE and block.gap == 0))
    under_kicker = previous is not None and previous.kind is kinds.TITLE \
        and previous.shadow.rstrip()[-1:] in lexicon.COLONS and not starts_mid_sentence(text)
    # Printed tight under a title's fragment in a narrow column: the title's next fragment (社区书房成 / 了居民的“).
    wraps_on = previous is not None and previous.kind is kinds.TITLE and not previous.heading and block.gap == 0 \
        and max(previous.size, block.size) <= lexicon.FRAGMENT_MAX_CHARS
    return under_kicker or over_byline or in_head or wraps_on


def reads_into(previous: Block | None, block: Block, following: Block | None) -> bool:
    """A title-shaped line that is the first piece of a cut paragraph: the body
    text under it goes on with its sentence (`…负责人表示` / `，将以…`, `退休职` / `工参与`),
    or, under a head line, starts with a clause too short to open a paragraph (`在…空间` / `里，…`)."""
    if block.mark or following is None or following.kind is not kinds.TEXT:
        return False
    return goes_on(block, following) \
        or (previous is not None and previous.kind is kinds.TITLE and opens_with_a_fragment(following.shadow)) \
        or ends_a_clause_cut_twice(previous, following) or wraps_into_its_end(block, following)


def wraps_into_its_end(block: Block, following: Block) -> bool:
    """A title-shaped line with a clause mark in it, printed tight over the short end of its
    sentence (…均已督促整改到 / 位。): a hard-wrapped paragraph's lines. No headline runs on so."""
    return following.gap == 0 and following.size <= lexicon.CLAUSE_END_MAX_CHARS \
        and sentence_complete(following.shadow) and bool(lexicon.CLAUSE_PUNCTUATION.intersection(block.shadow))


def ends_a_clause_cut_twice(previous: Block | None, following: Block) -> bool:
    """Whether a title-shaped line between previous and following is the middle piece of a
    clause cut twice: text stopped after a comma above it, and under it the clause ends, in a
    piece too short to be a paragraph of its own (…32家， / 基本实现城区15分钟 / 医疗服务圈全覆盖。)
    or in a fragment before the sentence goes on (…案例研讨、 / 经验分享和实地 / 教学，帮助…).
    A section head opens more text than that."""
    return previous is not None and previous.kind in kinds.BODY_TEXT \
        and previous.shadow.rstrip()[-1:] in lexicon.MID_SENTENCE_ENDS \
        and (opens_with_a_fragment(following.shadow) or ends_a_sentence_alone(following.shadow))


def frame_titles(doc: Doc) -> Doc:
    blocks = doc.blocks
    # Only plain text is weighed: most blocks, of other kinds, are spared the call.
    out = [block.evolve(kind=kinds.TITLE)
           if block.kind is kinds.TEXT
           and framed_as_title(block, blocks[i - 1] if i else None, blocks[i + 1] if i + 1 < len(blocks) else None)
           else block
           for i, block in enumerate(blocks)]
    return doc.with_blocks(out)


def hangs_from(previous: Block | None, block: Block) -> bool:
    """A title-shaped line printed tight under body text that stops mid-sentence
    (`…各项目标任务，` / `为上海`, a column's wrapped lines): its sentence goes on
    there, where no title is printed."""
    return not block.mark and block.gap == 0 and previous is not None and previous.open_ended


def sent_on(following: Block | None) -> bool:
    """Whether a title-shaped line stands over a jump line (下转第2版): then it is the end of the
    text sent on, as no title is printed there."""
    return following is not None and following.kind is kinds.FURNITURE \
        and lexicon.CONTINUED_ON.match(following.shadow) is not None


def is_cut_piece(previous: Block | None, block: Block, following: Block | None) -> bool:
    """Whether block, read as a title, is a piece of cut text: a title-shaped line (not a
    Markdown heading) that reads into, hangs from or is sent on with body text."""
    return block.kind is kinds.TITLE and not block.heading \
        and (reads_into(previous, block, following) or hangs_from(previous, block) or sent_on(following))


def unframe_cut_pieces(doc: Doc) -> Doc:
    """Titles that are a piece of a cut paragraph go back to body text.

    Runs after the headline and byline merges, which claim the short lines
    that belong to them (a name under a role-only byline) first.
    """
    blocks = doc.blocks
    out: list[Block] = []
    for previous, block, following in zip((None, *blocks), blocks, (*blocks[1:], None), strict=False):
        # A piece gone back to text, no fragment and as long as this one at least (a hard-wrapped
        # column's full line, as unpunctuated at its end as a title), leaves this one hanging from it.
        if out and out[-1] is not previous and out[-1].size > lexicon.FRAGMENT_MAX_CHARS \
                and out[-1].size >= block.size:
            previous = out[-1]
        out.append(block.evolve(kind=kinds.TEXT) if is_cut_piece(previous, block, following) else block)
    return doc.with_blocks(out)


def classify(doc: Doc) -> Doc:
    out: list[Block] = []
    page_top = True
    top_lines: set[str] = set()  # the page-top furniture: printed again (pages run together), it is again
    for block in doc.blocks:
        kind, credit, text = (kinds.FURNITURE, None, block.text) if top_lines and block.shadow in top_lines \
            else kind_of(block, page_top)
        if kind is not kinds.FURNITURE:
            page_top = False
        elif page_top:
            top_lines.add(block.shadow)
        if text != block.text:  # a caption's credit cut off its end: the shadow follows
            block = block.evolve(text=text, shadow=block.shadow[:len(text)], printed=block.text)
        out.append(block if (kind, credit) == (block.kind, block.credit) else block.evolve(kind=kind, credit=credit))
    return doc.with_blocks(out)
