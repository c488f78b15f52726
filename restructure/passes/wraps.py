"""Read the lines of a hard-wrapped column as the paragraphs they print.

Text pulled from a PDF keeps the column's line breaks: a paragraph runs over
tight lines of one width (`本报讯 4月17日，广州南沙区举行重大项` / `目集中签约仪式，…落户。` /
`总投资超过500亿元。…`), its first line often indented, its last one short. A
break where a sentence happens to end looks like a paragraph's end; the page
tells them apart: a full line goes on in the next one, and a line indented as
the page's paragraphs are begins one (never a title, however short). In a narrow
column many lines end unpunctuated and read as titles; one filling the column over
the paragraph's next line is its text.

Pages without tight body lines (each paragraph a line, blank lines between)
show no column width, and these passes leave them as they are.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from .. import kinds, lexicon
from ..document import Block, Doc, columns, join_blocks, opens_a_paragraph

# A full line may fall this many columns short of the column's width: justification
# spreads a line's characters, a half-width digit or a hanging mark shortens it.
WIDTH_TOLERANCE = 4
# Lines broken mid-sentence needed to know a page's column width or paragraph indent.
MIN_WRAPS = 2
# Wider than this, lines are whole paragraphs of a page's text, not a printed column.
MAX_COLUMN_WIDTH = 100


def line_width(block: Block) -> int:
    return block.indent + columns(block.text)


def wrapped(first: Block, second: Block) -> bool:
    """second is printed tight under first, which stops mid-sentence: a break inside a paragraph."""
    return second.gap == 0 and second.kind is kinds.TEXT and first.kind in kinds.BODY_TEXT and first.open_ended


def column_width(blocks: tuple[Block, ...]) -> int | None:
    """The width the page's paragraphs are wrapped at, when most of its lines broken
    mid-sentence agree on one and most of its body lines are no wider; None when it shows none."""
    widths = sorted(line_width(first) for first, second in pairwise(blocks) if wrapped(first, second))
    if len(widths) < MIN_WRAPS:
        return None
    width = widths[len(widths) // 2]
    agreeing = sum(abs(other - width) <= WIDTH_TOLERANCE for other in widths)
    if agreeing * 3 < len(widths) * 2 or width > MAX_COLUMN_WIDTH:
        return None
    # A column holds its paragraphs' lines: where most body lines run wider, each paragraph is a
    # line, and the few lines left open agree on a width by chance (a cut piece, an issue line).
    body = [line_width(block) for block in blocks if block.kind in kinds.BODY_TEXT]
    return width if sum(other > width + WIDTH_TOLERANCE for other in body) * 2 <= len(body) else None


def paragraph_indent(blocks: tuple[Block, ...]) -> int:
    """The indent of the page's paragraphs: that of the indented lines whose paragraph
    wraps onto unindented ones, when two or more show one; 0 when none does."""
    indents = [first.indent for first, second in pairwise(blocks)
               if first.indent and not second.indent and wrapped(first, second)]
    if len(indents) < MIN_WRAPS:  # most pages: counting would cost more than the look
        return 0
    indent, count = Counter(indents).most_common(1)[0]
    return indent if count >= MIN_WRAPS else 0


def unframe_indented_lines(doc: Doc) -> Doc:
    """A title-shaped line indented as the page's paragraphs, wrapping onto an unindented
    line (`　　走进赣州的一个村庄，一排排` / `新房整齐划一，…`), is a paragraph's first line."""
    indent = paragraph_indent(doc.blocks)
    if not indent:
        return doc
    out = [block.evolve(kind=kinds.TEXT)
           if block.kind is kinds.TITLE and block.indent == indent and not block.heading
           and following.kind is kinds.TEXT and following.gap == 0 and not following.indent else block
           for block, following in pairwise(doc.blocks)]
    return doc.with_blocks([*out, doc.blocks[-1]])


def unframe_column_lines(doc: Doc) -> Doc:
    """Title-shaped lines that read as the column's (as wide as its lines, or holding a
    clause's comma), printed tight over body text (…对标 / 12项疫后反思课题,把老百姓的“柴米 /
    …。), are a hard-wrapped paragraph's lines: a title is set in type of its own, and does
    not fill the body's column down into its text. So is a short line tight under two such
    lines, over text: their paragraph's last (…广 / 泛征求各委办局、街镇、离 / 层群众的意见建议).
    Not a line under a kicker that names its speaker (…曹立强: / 抓经济、稳增长;…): the headline;
    nor one over text that opens a paragraph (据介绍，…): a head over its text."""
    # Most pages print no title tight over text or another title: their column is not measured.
    if not any(above.kind is kinds.TITLE and below.gap == 0 and below.kind in (kinds.TEXT, kinds.TITLE)
               for above, below in pairwise(doc.blocks)):
        return doc
    width = column_width(doc.blocks)
    if width is None:
        return doc

    def reads_as_column(block: Block) -> bool:
        return block.kind is kinds.TITLE and not block.heading and not block.mark \
            and (line_width(block) >= width - WIDTH_TOLERANCE
                 or bool(lexicon.CLAUSE_PUNCTUATION.intersection(block.shadow)))

    blocks = list(doc.blocks)
    for i in range(len(blocks) - 2, -1, -1):  # upwards: the line under each may have just gone back to text
        block, below = blocks[i], blocks[i + 1]
        if block.kind is not kinds.TITLE or block.heading or block.mark or below.kind is not kinds.TEXT \
                or opens_a_paragraph(below.shadow) \
                or (i and blocks[i - 1].kind is kinds.TITLE and blocks[i - 1].shadow.rstrip()[-1:] in lexicon.COLONS):
            continue
        last_line = i >= 2 and block.gap == 0 and blocks[i - 1].gap == 0 \
            and reads_as_column(blocks[i - 1]) and reads_as_column(blocks[i - 2])
        if (below.gap == 0 and reads_as_column(block)) or last_line:
            blocks[i] = block.evolve(kind=kinds.TEXT)
    return doc.with_blocks(blocks)


def join_wrapped_lines(doc: Doc) -> Doc:
    """A full line that ends a sentence goes on in the tight line under it, unless
    that one is indented as a paragraph's start or bulleted as an item's (cut lines
    left open are join_cut_paragraphs')."""
    width = column_width(doc.blocks)
    if width is None:
        return doc
    indent = paragraph_indent(doc.blocks)
    out: list[Block] = []
    for previous, block in zip((None, *doc.blocks), doc.blocks, strict=False):
        if previous is not None and block.kind is kinds.TEXT and block.gap == 0 and not (indent and block.indent) \
                and not block.bulleted \
                and previous.kind in kinds.BODY_TEXT and not previous.open_ended \
                and line_width(previous) >= width - WIDTH_TOLERANCE:
            out[-1] = join_blocks(out[-1], block, "joined_wrapped_line", f" (a full line of {width} columns)")
        else:
            out.append(block)
    return doc.with_blocks(out)
