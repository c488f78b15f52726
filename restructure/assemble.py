"""Article assembly: the repaired block sequence becomes articles.

Head groups (title lines with their bylines) and dateline leads open articles.
A head group that finds no body of its own (another head group follows it, or
the page ends) or that stands inside the body of an article still lacking its
title block, belongs to the article before it: that is how a headline printed
after or inside its article is put back. A lone title line inside a body is a
section head; one directly above a dateline lead belongs to the new article.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace
from itertools import pairwise

from . import kinds, lexicon, roles
from .document import Block, Doc, forms_title_block, pair_codes
from .models import Byline, Dateline, Repair


@dataclass
class HeadGroup:
    titles: list[Block] = field(default_factory=list)
    bylines: list[Block] = field(default_factory=list)
    signed_off: bool = False  # the desk's credits follow on the last byline's line: it ends an article

    @property
    def is_title_block(self) -> bool:
        """A printed title block, as opposed to a lone line that may be a section head."""
        return forms_title_block(self.blocks)

    @property
    def blocks(self) -> list[Block]:
        return self.titles + self.bylines

    def where(self) -> str:
        lines = [n for block in self.blocks for n in block.lines]
        return f"lines {min(lines)}-{max(lines)}" if len(lines) > 1 else f"line {lines[0]}"


Unit = HeadGroup | Block
PHOTO_KINDS = frozenset({kinds.CAPTION, kinds.PHOTO_CREDIT})


@dataclass
class Draft:
    """An article being assembled."""

    heads: list[HeadGroup] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    credits: list[Block] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    closed: bool = False  # a byline printed after the body ends it: a title after it heads the next article
    brief: bool = False  # an item of a briefs column (简讯): a title after its text heads the next item
    continued: bool = False  # the rest of an article from another page: no title block printed after it is its own
    preface: list[Block] = field(default_factory=list)  # an editor's note printed above the title block

    @property
    def takes_late_head(self) -> bool:
        """Whether a title block printed after the body may be this article's: not when the
        article went on from another page, nor when its body ends with an editor's note
        (编者按), which is printed over the article it introduces."""
        return self.lacks_title_block and not self.continued \
            and not (self.body and lexicon.EDITOR_NOTE.match(self.body[-1].shadow))

    @property
    def in_briefs_column(self) -> bool:
        """An item of a briefs column: one after another, or the first, under the column's name."""
        return self.brief or any(roles.is_column_label(group.titles[0].shadow, lexicon.BRIEFS_COLUMN_LABELS)
                                 for group in self.heads if group.titles)

    @property
    def photos_only(self) -> bool:
        return all(block.kind in PHOTO_KINDS for block in self.body)

    @property
    def lacks_title_block(self) -> bool:
        """No title block with a title yet: a byline printed alone above the body heads nothing."""
        return not any(group.is_title_block and group.titles for group in self.heads)

    def take_late_head(self, group: HeadGroup, where: str) -> None:
        self.heads.append(group)
        self.repairs.append(Repair(kind="moved_title_block",
                                   detail=f"{group.where()}: title block printed {where} its article's body"))


@dataclass
class Assembly:
    drafts: list[Draft]
    furniture: list[Block]


def units(blocks: tuple[Block, ...]) -> list[Unit]:
    """Blocks with each run of titles and bylines gathered into head groups.

    A title after a byline starts a new group: a byline closes its title block.
    """
    out: list[Unit] = []
    for block in blocks:
        if block.kind is kinds.BYLINE and not roles.names_someone(block.text, block.shadow):
            block = block.evolve(kind=kinds.FURNITURE)  # a role word whose names were never printed
        if block.kind in (kinds.TITLE, kinds.BYLINE):
            group = out[-1] if out and isinstance(out[-1], HeadGroup) else None
            if group is None or (block.kind is kinds.TITLE and group.bylines):
                group = HeadGroup()
                out.append(group)
            (group.titles if block.kind is kinds.TITLE else group.bylines).append(block)
        else:
            # 新京报记者 赵六 编辑 刘七, set apart by the reader: the credits share the byline's line (looked at first).
            if out and isinstance(out[-1], HeadGroup) and out[-1].bylines \
                    and out[-1].bylines[-1].lines == block.lines and is_desk_credits(block):
                out[-1].signed_off = True
            out.append(block)
    return out


def is_desk_credits(block: Block) -> bool:
    """Furniture naming the desk that edited an article (编辑 刘七 校对 陈八, （责编：李四）)."""
    return block.kind is kinds.FURNITURE and block.shadow.lstrip("(（").startswith(lexicon.DESK_ROLES)


def next_content(sequence: list[Unit]) -> list[Unit | None]:
    """For each unit, the next unit that is not furniture (one backward sweep, not a scan per unit)."""
    following: list[Unit | None] = [None] * len(sequence)
    upcoming: Unit | None = None
    for i in range(len(sequence) - 1, -1, -1):
        following[i] = upcoming
        unit = sequence[i]
        if not (isinstance(unit, Block) and unit.kind is kinds.FURNITURE):
            upcoming = unit
    return following


def photos_follow(sequence: list[Unit]) -> list[bool]:
    """For each unit, whether what follows it up to the next head group (or the page's
    end) is photos alone, captions or credits: no text of its own. One backward sweep."""
    follow = [False] * len(sequence)
    photos_only = False  # the units after i, up to a head group, are photos, and there is one
    nothing_yet = True  # no content unit after i before a head group
    for i in range(len(sequence) - 1, -1, -1):
        follow[i] = photos_only
        unit = sequence[i]
        if isinstance(unit, HeadGroup):
            photos_only, nothing_yet = False, True
        elif unit.kind in PHOTO_KINDS:
            photos_only, nothing_yet = photos_only or nothing_yet, False
        elif unit.kind is not kinds.FURNITURE:
            photos_only, nothing_yet = False, False
    return follow


def assemble(doc: Doc) -> Assembly:
    drafts: list[Draft] = []
    furniture: list[Block] = []
    sequence = units(doc.blocks)
    continued = False  # a jump line (上接第1版) came last: the text under it goes on from another page
    jumped: list[Draft] = []  # articles a jump line (下转第2版) sends on to another page, in order
    trailing: HeadGroup | None = None  # a head group after the page's last text
    for unit, following, over_photos in zip(sequence, next_content(sequence), photos_follow(sequence), strict=True):
        current = drafts[-1] if drafts else None
        if isinstance(unit, HeadGroup):
            place_head(unit, current, following, drafts, furniture, over_photos)
            trailing = unit if following is None else None
        elif unit.kind is kinds.FURNITURE:
            furniture.append(unit)
            # A thematic break or the desk's credits (责编：X 校对：Y) end an article: a title after
            # them heads the next.
            if current is not None and (lexicon.MARKDOWN_BREAK.match(unit.shadow) or is_desk_credits(unit)):
                current.closed = True
            continued = continued or lexicon.CONTINUED_FROM.match(unit.shadow) is not None
            if current is not None and lexicon.CONTINUED_ON.match(unit.shadow):
                jumped.append(current)
            continue
        elif unit.kind is kinds.CREDIT:
            (current.credits if current else furniture).append(unit)
        elif current is None or (continued and current.body) \
                or (unit.kind is kinds.LEAD and not (current.heads and only_notes(current.body))):
            drafts.append(Draft(body=[unit], continued=continued))
        else:
            current.body.append(unit)
            current.closed = False
        continued = False
    if trailing is not None:
        move_titles_printed_after(drafts, furniture, trailing)
    join_jumps(drafts, jumped)
    hand_on_editor_notes(drafts)
    articles, leftovers = split_off_non_articles(hand_on_orphan_heads(drafts))
    for draft in articles:
        raise_lone_section_head(draft)
        unhead_closing_sentences(draft)
    return Assembly(drafts=articles, furniture=furniture + leftovers)


def move_titles_printed_after(drafts: list[Draft], furniture: list[Block], trailing: HeadGroup) -> None:
    """On a page that prints each title block after its article's text (text, title, text,
    title), each title block was read as heading the text under it: an article above is left
    without one, and the last heads no text. When the titles' words read more with the text above
    them than with the text under them (by a few words: chance shares a pair or two), each goes
    up to the article above."""
    # The last title may have made a draft of its own, heading nothing (after a closed article).
    alone = bool(drafts) and not drafts[-1].body and len(drafts[-1].heads) == 1 and drafts[-1].heads[0] is trailing
    end = len(drafts) - 1 if alone else len(drafts)
    untitled = next((i for i in range(end - 1, -1, -1) if not any(group.titles for group in drafts[i].heads)), None)
    if untitled is None or not drafts[untitled].takes_late_head or not trailing.titles:
        return
    chain = drafts[untitled + 1:end]
    groups = [next((group for group in draft.heads if group.titles), None) for draft in chain]
    if any(sum(bool(group.titles) for group in draft.heads) != 1 or draft.repairs or not draft.body
           for draft in chain):
        return  # an article with title blocks of its own, one that took a late one, or none with text: no shift
    placed = sum(shared_pairs(group, draft) for group, draft in zip(groups, chain, strict=True))
    moved = sum(shared_pairs(group, draft)
                for group, draft in zip([*groups, trailing], drafts[untitled:end], strict=True))
    if moved < placed + lexicon.MOVED_TITLES_MIN_GAIN:
        return
    del drafts[end:]
    ids = {id(block) for block in trailing.blocks}
    furniture[:] = [block for block in furniture if id(block) not in ids]
    drafts[-1].body = [block for block in drafts[-1].body if id(block) not in ids]
    for group, draft in zip(groups, chain, strict=True):
        draft.heads.remove(group)
    for group, draft in zip([*groups, trailing], drafts[untitled:], strict=True):
        draft.take_late_head(group, "after")


def shared_pairs(group: HeadGroup | None, draft: Draft) -> int:
    """How many pairs of neighbouring characters a head group's titles share with an article's text."""
    if group is None:
        return 0
    text = "".join(block.shadow for block in draft.body if block.kind in kinds.BODY_TEXT)
    return len(pair_codes("".join(block.shadow for block in group.titles)) & pair_codes(text))


def join_jumps(drafts: list[Draft], jumped: list[Draft]) -> None:
    """When the text holds both pages, an article sent on to another page (下转第2版) goes on in
    the text under a jump line from one (上接第1版): the first sent on in the first taken up after
    it, and so on, as long as the two counts agree (else which goes on where is a guess)."""
    continued = [draft for draft in drafts if draft.continued]
    if not jumped or len(jumped) != len(continued):
        return
    order = {id(draft): n for n, draft in enumerate(drafts)}
    if any(order[id(rest)] < order[id(start)] for start, rest in zip(jumped, continued, strict=True)):
        return
    for start, rest in zip(jumped, continued, strict=True):
        start.heads += rest.heads
        start.body += rest.body
        start.credits += rest.credits
        start.repairs.append(Repair(kind="joined_continued_text", detail=(
            f"{rest.body[0].where()}: text under a jump line goes on with the article sent on to it")))
        drafts.remove(rest)


def raise_lone_section_head(draft: Draft) -> None:
    """A dispatch (its text opens with a lead's formula) left without a title, its text
    holding one title line alone: that line is its headline, printed inside the text.
    Section heads come two or more to an article."""
    if draft.body[0].kind is not kinds.LEAD or any(group.titles for group in draft.heads):
        return
    inside = [i for i, block in enumerate(draft.body) if block.kind is kinds.TITLE]
    if len(inside) == 1:
        draft.take_late_head(HeadGroup(titles=[draft.body.pop(inside[0])]), "inside")


def unhead_closing_sentences(draft: Draft) -> None:
    """A title-shaped line after an article's last text that ends a sentence (“谢谢你们！”) is text:
    a section head heads text, and none follows it."""
    for i in range(len(draft.body) - 1, -1, -1):
        block = draft.body[i]
        if block.kind in kinds.BODY_TEXT or block.kind is kinds.ITEM:
            return
        if block.kind is kinds.TITLE and not block.heading \
                and block.shadow.rstrip(lexicon.CLOSING_MARKS)[-1:] in lexicon.SENTENCE_END:
            draft.body[i] = block.evolve(kind=kinds.TEXT)


def only_notes(body: list[Block]) -> bool:
    """Nothing in body yet but editor's notes (编者按：…): a lead below them still opens this article."""
    return all(lexicon.EDITOR_NOTE.match(block.shadow) for block in body)


def hand_on_editor_notes(drafts: list[Draft]) -> None:
    """An editor's note at the end of an article's body, or standing alone, was printed above the
    next article's title block (编者按 over a series' first piece, 核心阅读 over a report): it
    introduces that article."""
    for draft, following in pairwise(drafts):
        if not any(group.titles for group in following.heads):
            continue
        if whole := note_alone(draft):
            moved = whole
            draft.heads, draft.body = [], []
        else:
            notes = 0
            while notes < len(draft.body) and lexicon.EDITOR_NOTE.match(draft.body[-1 - notes].shadow):
                notes += 1
            if not notes or notes == len(draft.body):
                continue
            moved = draft.body[-notes:]
            del draft.body[-notes:]
        following.body[:0] = moved
        following.preface += moved
        following.repairs.append(Repair(kind="moved_editor_note", detail=(
            f"{', '.join(block.where() for block in moved)}: editor's note printed above its article's title block")))


def note_alone(draft: Draft) -> list[Block] | None:
    """The blocks of a draft that is nothing but an editor's note: its text (编者按：…), or its
    label as a title over its text (核心阅读 / 今年以来，…)."""
    titles = [block for group in draft.heads for block in group.titles]
    if not draft.body or any(group.bylines for group in draft.heads) \
            or any(block.kind is not kinds.TEXT for block in draft.body):
        return None
    if not titles and all(lexicon.EDITOR_NOTE.match(block.shadow) for block in draft.body):
        return draft.body
    if len(titles) == 1 and lexicon.EDITOR_NOTE_LABEL.match(titles[0].shadow):
        return [*titles, *draft.body]
    return None


def split_off_non_articles(drafts: list[Draft]) -> tuple[list[Draft], list[Block]]:
    """An article has body text, or a title over captions; anything less (a
    lone title, byline or photo credit) is kept as page furniture."""
    articles: list[Draft] = []
    leftovers: list[Block] = []
    for draft in drafts:
        has_text = any(block.kind in (kinds.TEXT, kinds.LEAD, kinds.ITEM) for block in draft.body)
        if has_text or (draft.body and any(group.titles for group in draft.heads)):
            articles.append(draft)
        else:
            leftovers.extend(as_printed(block) for block in
                             [*(b for group in draft.heads for b in group.blocks), *draft.body, *draft.credits])
    return articles, leftovers


def as_printed(block: Block) -> Block:
    """A caption back as printed, credit and all, for the furniture."""
    if block.printed is None:
        return block
    return block.evolve(text=block.printed, shadow=block.printed, credit=None, printed=None)


def hand_on_orphan_heads(drafts: list[Draft]) -> list[Draft]:
    """A byline printed above its headline made a draft of its own, with no title
    and no body: it belongs to the article that follows. So does a photo printed
    above the page's first headline: its captions open that article's body. Notes
    printed with them go along."""
    out: list[Draft] = []
    pending = Draft()  # what is handed on to the next article
    for draft in drafts:
        if (not draft.body and not any(group.titles for group in draft.heads)) \
                or (not draft.heads and draft.photos_only):
            pending.heads += draft.heads
            pending.body += draft.body
            pending.credits += draft.credits
            continue
        draft.heads[:0], draft.body[:0], draft.credits[:0] = pending.heads, pending.body, pending.credits
        pending = Draft()
        out.append(draft)
    if pending.heads or pending.body or pending.credits:  # nothing follows: kept as furniture (split_off_non_articles)
        out.append(pending)
    return out


def place_head(group: HeadGroup, current: Draft | None, following: Unit | None,
               drafts: list[Draft], furniture: list[Block], over_photos: bool) -> None:
    next_is_lead = isinstance(following, Block) and following.kind is kinds.LEAD
    next_is_body = isinstance(following, Block) and following.kind in (kinds.TEXT, kinds.ITEM, kinds.CAPTION,
                                                                       kinds.PHOTO_CREDIT)
    # A byline in brackets, (通讯员 李明), or one the desk's credits follow, closes the article
    # above: none is printed so above a headline, nor over the next dispatch's lead.
    closing = not group.titles and (group.signed_off or all(lexicon.BYLINE_BRACKETS.match(block.shadow)
                                                             for block in group.bylines))
    if current is None and not next_is_lead and numbers_a_section(group):
        drafts.append(Draft(body=list(group.titles)))  # 一、… over the page's first text: an article goes on
    elif current is None or (next_is_lead and not (closing and current.body)):
        drafts.append(Draft(heads=[group], brief=current is not None and continues_briefs(group, current)))
    elif not group.titles:  # a byline on its own
        # At the end of its article it may name its writer, unless a lone title follows and the
        # article has its titles: no article goes on with a section head after its closing
        # byline, so the byline heads the next one. So it does over a title block when the article
        # has its byline: an article is signed once. Not when it names someone the article names:
        # then it is the article's own, signed again at its end (文/X 图/Y under a lead noting X).
        over_title = isinstance(following, HeadGroup) and bool(following.titles) \
            and (not following.is_title_block or bool(people(current))) \
            and any(head.titles for head in current.heads) and not credits_pictures(group) and not closing \
            and not names_someone_known(group, current)
        if not current.body or (names_someone_new(group, current) and not over_title):
            current.heads.append(group)  # under its titles, or printed at the end of its article
            current.closed = bool(current.body)
        elif closing:  # the article's byline again, closing it: nothing new, kept as printed
            furniture.extend(group.blocks)
            current.closed = True
        else:
            drafts.append(Draft(heads=[group]))  # above the next headline: handed on
    elif not group.is_title_block:  # one title line
        # An article has no section head after its closing byline: a title there is its headline,
        # printed late, when it has none yet; else it heads what follows. So does one over a
        # caption after an article (图片新闻: a photo item of its own), or after a photo item.
        if current.body and current.closed and current.takes_late_head \
                and not any(head.titles for head in current.heads):
            current.take_late_head(group, "after")
        elif current.body and (over_photos or current.closed or (next_is_body and current.photos_only)):
            drafts.append(Draft(heads=[group]))
        elif current.body and next_is_body and current.in_briefs_column:
            drafts.append(Draft(heads=[group], brief=True))
        elif current.body and next_is_body and roles.is_column_label(group.titles[0].shadow,
                                                                     lexicon.BRIEFS_COLUMN_LABELS):
            drafts.append(Draft(heads=[group]))  # 简讯 over items without headlines: the column is an article
        elif current.body or (next_is_body and any(head.titles for head in current.heads)):
            current.body.extend(group.titles)  # a section head
        else:
            current.heads.append(group)  # the headline, under a byline printed above it
    elif current.takes_late_head and (isinstance(following, HeadGroup)
                                        or (following is None and late_at_page_end(group, current))
                                        or (next_is_body and current.body and stands_inside(group, current))):
        current.take_late_head(group, "inside" if next_is_body else "after")
    elif following is None:
        furniture.extend(group.blocks)  # a title block with no article left to head
    else:
        drafts.append(Draft(heads=[group]))


def numbers_a_section(group: HeadGroup) -> bool:
    """One title line numbered as a part of a text is (一、…, （二）…): a section head, never a headline."""
    return not group.bylines and len(group.titles) == 1 \
        and lexicon.LIST_NUMBER.match(group.titles[0].shadow) is not None


def continues_briefs(group: HeadGroup, draft: Draft) -> bool:
    """A headline over a lead after an item of a briefs column is the column's next item when
    it is marked as that item's headline is (■): else the column may have ended."""
    marks = [head.titles[-1].mark for head in draft.heads if head.titles]
    return bool(group.titles) and bool(marks) and group.titles[-1].mark == marks[-1] != "" \
        and draft.in_briefs_column


def late_at_page_end(group: HeadGroup, draft: Draft) -> bool:
    """A title block at the page's end belongs to the article above, printed late, unless
    that article has its headline and the block has its own kicker or subheadline: then it
    heads an article whose text the page does not hold."""
    return len(group.titles) < 2 or not any(head.titles for head in draft.heads)


def credits_pictures(group: HeadGroup) -> bool:
    """Bylines that credit only the pictures (图：X, 制图：X): printed under them, in their article."""
    found = people(Draft(heads=[group]))
    return bool(found) and all(credits_a_picture(person.role) for person in found)


def credits_a_picture(role: str | None) -> bool:
    """图, 摄影, a drawing's role (制图), also with the organisation its artist draws for (南都制图)."""
    return role is not None and (role in lexicon.PICTURE_ROLES or role.endswith(lexicon.DRAWING_ROLES))


def names_someone_new(group: HeadGroup, draft: Draft) -> bool:
    """A trailing byline repeating the article's byline adds nothing: it stays furniture."""
    known = {person.name for person in people(draft)}
    return any(person.name not in known for person in people(Draft(heads=[group])))


def names_someone_known(group: HeadGroup, draft: Draft) -> bool:
    """Whether a byline names someone the article names already, in its bylines or its lead's note."""
    known = {person.name for person in people(draft)}
    lead = next((block.text for block in draft.body if block.kind is kinds.LEAD), "")
    return any(person.name in known or person.name in lead for person in people(Draft(heads=[group])))


def stands_inside(group: HeadGroup, draft: Draft) -> bool:
    """A title block followed by body text belongs to the article before it when
    that article has no title at all, or when the block cuts one of its
    paragraphs in two (printed mid-sentence). Otherwise it opens a new article."""
    if not any(head.titles for head in draft.heads):
        return True
    first, last = group.blocks[0].lines[0], group.blocks[-1].lines[-1]
    return any(min(block.lines) < first and max(block.lines) > last for block in draft.body)


# ---------------------------------------------------------------- fields


def split_one_line_kicker(line: str) -> tuple[str | None, str]:
    """`深入领会… 扎实推进… 徐汇区召开…会`: a kicker and headline set on one line."""
    phrases = line.split()
    if len(phrases) < 2 or len(phrases[-1]) < 6:
        return None, line
    *lead, last = phrases
    # A kicker is often a couplet, two phrases of one length (坚持人民至上 办好民生实事), and its
    # headline does not match them; a headline may be a couplet itself, but then stands alone.
    couplet = len(lead) == 2 and len(lead[0]) == len(lead[1]) != len(last)
    if couplet or sum(len(p) for p in phrases) >= lexicon.ONE_LINE_KICKER_MIN_CHARS:
        return " ".join(lead), last
    return None, line


def set_bigger(title: Block, than: Block) -> bool:
    """Whether title, wrapped in a narrow column, holds fewer characters a line than the title
    above it does: it is set in bigger type, the headline under its kicker (聚焦民生实事 / 让全民阅 /
    读走进千 / 家万户). A title wrapped over n lines fills all of them but the last: a line of it
    holds at least size/n characters, and fewer than size/(n-1)."""
    lines, above = len(title.lines), len(than.lines)
    return lines > 1 and -(-than.size // above) > (title.size - 1) // (lines - 1)


def title_roles(lines: list[Block]) -> tuple[str | None, str, str | None]:
    """(kicker, headline, subheadline) of one title block's lines, top to bottom."""
    texts = [block.text for block in lines]
    if not texts:
        return None, "", None
    if len(texts) == 1:
        kicker, headline = split_one_line_kicker(texts[0])
        return kicker, headline, None
    dashed = next((i for i, block in enumerate(lines) if i and lexicon.SUBTITLE_DASH.match(block.shadow)), None)
    if dashed is not None:  # ——访… is the subheadline; what stands above it is kicker and headline
        return " ".join(texts[:dashed - 1]) or None, texts[dashed - 1], " ".join(texts[dashed:])
    first, second = lines[0], lines[1]
    leads_in = set_bigger(second, first) or first.shadow.endswith((":", "：")) or (first.heading > second.heading > 0) \
        or roles.is_column_label(first.shadow, lexicon.COLUMN_LABELS) \
        or any(label.match(first.shadow) is not None and not label.match(second.shadow)
               for label in (lexicon.SERIES_LABEL, lexicon.FRAMED_LABEL))
    if len(texts) == 2:
        return (texts[0], texts[1], None) if leads_in else (None, texts[0], texts[1])
    # Under a kicker, a headline set in two lines and a deck summing the article up in clauses:
    # the lines between are the headline's.
    if len(texts) >= 4 and lexicon.CLAUSE_PUNCTUATION.intersection(lines[-1].shadow) \
            and not any(lexicon.CLAUSE_PUNCTUATION.intersection(block.shadow) for block in lines[1:-1]):
        return texts[0], " ".join(texts[1:-1]), texts[-1]
    return texts[0], texts[1], " ".join(texts[2:])


def resolve_titles(draft: Draft) -> tuple[str | None, str, str | None, list[Repair]]:
    heads = [group for group in draft.heads if group.titles]
    if not heads:
        return None, "", None, []
    kicker, headline, subheadline = title_roles(heads[-1].titles)
    repairs = []
    if len(heads[-1].titles) == 1 and kicker:
        repairs.append(Repair(kind="split_kicker_from_headline",
                              detail=f"{heads[-1].where()}: {kicker} / {headline}"))
    # Lines printed apart from the main title block, above the lead, are its kicker.
    earlier = [block.text for group in heads[:-1] for block in group.titles]
    if earlier:
        kicker = " ".join([*earlier, kicker] if kicker else earlier)
    return kicker, headline, subheadline, repairs


def people(draft: Draft) -> list[Byline]:
    found: list[Byline] = []
    for group in draft.heads:
        for block in group.bylines:
            reading = roles.read_byline(block.text, block.shadow)
            if reading:
                found.extend(reading.people)
    return found


def filed_dateline(draft: Draft) -> Dateline | None:
    """The place a byline says it was filed from (記者林縉明／台北報導): the dateline of an
    article whose lead has none."""
    for group in draft.heads:
        for block in group.bylines:
            reading = roles.read_byline(block.text, block.shadow)
            if reading and reading.filed_from:
                return Dateline(place=reading.filed_from)
    return None


def lead_fields(draft: Draft, issued: datetime.date | None) -> tuple[Dateline | None, list[Byline], list[Repair]]:
    """The dateline of the first paragraph, and a (记者 X) note lifted out of it."""
    # The lead: the first paragraph, after any editor's notes and photos.
    at = next((i for i, block in enumerate(draft.body)
               if block.kind not in PHOTO_KINDS and not lexicon.EDITOR_NOTE.match(block.shadow)
               and not any(block is note for note in draft.preface)), None)
    first = draft.body[at] if at is not None else None
    if first is None or first.kind is not kinds.LEAD:
        return None, [], []
    reading = roles.read_dateline(first.text, first.shadow)
    if reading is None:
        return None, [], []
    # A lead that names its reporters without a formula has no dateline (see roles.read_reporting_lead).
    dateline = roles.make_dateline(reading, issued) if reading.source or reading.place or reading.date_text else None
    found = reporter_in_lead(first, reading)
    if found is None:
        return dateline, [], []
    start, end, joiner, noted = found
    dated = lexicon.LEADING_DATE.match(first.shadow, end) if reading.date_text is None else None
    if dated and (reading.source or reading.place):  # 南都讯 记者 X 11月19日，: the formula's date, after the note
        date_start, date_end = dated.span("date")
        dateline = roles.make_dateline(replace(reading, date_text=first.text[date_start:date_end]), issued)
    if {person.name for person in noted} <= {person.name for person in people(draft)}:
        return dateline, [], []  # the note names only people the byline has: it stays in the text
    draft.body[at] = first.evolve(text=first.text[:start] + joiner + first.text[end:].lstrip(),
                                  shadow=first.shadow[:start] + joiner + first.shadow[end:].lstrip())
    moved = Repair(kind="moved_reporter_note", detail=f"{first.where()}: {first.text[start:end]} → bylines")
    return dateline, noted, [moved]


def reporter_in_lead(first: Block, reading: roles.DatelineReading) -> tuple[int, int, str, list[Byline]] | None:
    """Where the reporter the lead's dateline names stands (start, end), what joins the text
    once it is lifted out, and the people it names: inside a bracketed formula
    (〔記者王小明／台北報導〕 leaves 〔台北報導〕) or in a note after it ((记者 X), 记者王五报道：, 记者 刘坤 …)."""
    if reading.reporter:
        start, end = reading.reporter
        byline = roles.read_byline(first.text[start:end], first.shadow[start:end])
        end += first.shadow[end:end + 1] in lexicon.SLASHES  # the slash before the place goes with the reporter
        return start, end, "", list(byline.people) if byline else []
    offset = reading.end
    note = lexicon.REPORTER_NOTE.match(first.shadow[offset:])
    if not note:
        return None
    names_at, names_end = offset + note.start("byline"), offset + note.end("byline")
    byline = roles.read_byline(first.text[names_at:names_end], note.group("byline"))
    noted = list(byline.people) if byline else []
    # Set apart by spaces only, names must read as people's: 记者 近日 … is no note.
    if note.group("spaced") and not (noted and all(
            roles.reads_as_a_persons_name(p.name) or (p.role or "").endswith(lexicon.PEN_NAME_ROLES) for p in noted)):
        return None
    if note.group("action"):  # 记者王五报道：the action joins the role, as in (本报记者 王五 整理)
        action = first.text[offset + note.start("action"):offset + note.end("action")]
        noted = [Byline(name=person.name, role=f"{person.role} {action}") for person in noted]
    return offset + note.start(), offset + note.end(), " " if offset else "", noted


def body_blocks(draft: Draft) -> list[dict[str, str | None]]:
    """The fields of each BodyBlock of the article: validated with the article in one
    call, at half the cost of a model built per block."""
    out: list[dict[str, str | None]] = []
    for block in draft.body:
        if block.kind is kinds.TITLE:
            out.append({"type": "heading", "text": block.text})
        elif block.kind is kinds.CAPTION:
            out.append({"type": "caption", "text": block.text, "credit": block.credit})
        elif block.kind is kinds.PHOTO_CREDIT:  # a photo without caption text: its credit alone
            out.append({"type": "caption", "text": "", "credit": block.credit})
        else:
            out.append({"type": "paragraph", "text": block.text})
    return out


def credit_notes(draft: Draft) -> list[str]:
    return [roles.read_credit_note(block.text, block.shadow) or block.text for block in draft.credits]


def block_repairs(draft: Draft) -> list[Repair]:
    blocks = [b for group in draft.heads for b in group.blocks] + draft.body + draft.credits
    return [repair for block in blocks for repair in block.repairs]
