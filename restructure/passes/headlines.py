"""Merge a headline set in a narrow column back into lines.

`一刻钟 / 「圈住」 / 美好生 / 活 / 徐汇区上 / 榜了这份全 / 国试点名单` is two
titles wrapped at a few characters. A title ends where the break cuts no word and
the lines' width changes: a wrap's last line is short, and another title is set in
other type (see wrap_groups).
A headline set in two lines, its subject over what happens when (天府大道北延线 /
明年底建成通车), is one headline too, not a headline and its subheadline.
"""

from __future__ import annotations

import itertools

from .. import kinds, lexicon, roles, words
from ..document import Block, Doc, starts_mid_sentence


def is_fragment(block: Block) -> bool:
    return block.kind is kinds.TITLE and not block.heading and block.size <= lexicon.FRAGMENT_MAX_CHARS


def fragment_runs(blocks: tuple[Block, ...]) -> list[tuple[int, int]]:
    """(start, end) of each run of tight fragments long enough to be a wrapped title."""
    runs, start = [], None
    for i, block in enumerate(blocks):
        joins_run = start is not None and block.gap == 0 and is_fragment(block)
        if joins_run:
            continue
        if start is not None and i - start >= lexicon.FRAGMENT_MIN_RUN:
            runs.append((start, i))
        start = i if is_fragment(block) else None
    if start is not None and len(blocks) - start >= lexicon.FRAGMENT_MIN_RUN:
        runs.append((start, len(blocks)))
    return runs


# A line's measure: its characters' count and its print width, in half ideographs (an
# ideograph is two, a Latin letter, a digit or a punctuation mark one: marks are set narrow in
# a title, 「圈住」 prints as wide as 一刻钟).
Measure = tuple[int, int]


def measure(block: Block) -> Measure:
    return block.size, 2 * block.size - len(lexicon.NARROW_CHARACTER.findall(block.shadow))


def wider(line: Measure, than: Measure) -> bool:
    """Wider by both measures: a line holding digits (2000个) is wrapped by one, or by the other."""
    return line[0] > than[0] and line[1] > than[1]


def as_wide(line: Measure, other: Measure) -> bool:
    return not wider(line, other) and not wider(other, line)


def wrap_groups(run: list[Block]) -> list[list[Block]]:
    """run's pieces, title by title. A title wrapped in a column prints its lines as wide as
    each other but the last: a piece short against its title's width (a first line's, against
    the pieces below it) ends one; a piece wider than the lines of the title above opens one,
    set in another type (a deck's smaller font:
    区红十字会 / 开展志愿服 / 务主题活动 / 湖滨街道已建 / 成24个服务 / 点); a piece narrower than
    the one above ends its title, unless as wide as the piece below it: then it opens a title
    (a kicker of one line over its headline's wrap: 聚焦民生实事 / 南浦街 / 道无偿). No title
    ends where the break cuts a word."""
    measures = [measure(block) for block in run]
    # The widest piece from each on: what a title's first line is short against.
    widest_on = list(itertools.accumulate(reversed([block.size for block in run]), max))[::-1]
    groups: list[list[Block]] = [[run[0]]]
    title_width = run[0].size
    ends_here = False  # the piece just taken was the last line of its title
    for i in range(1, len(run)):
        above, piece, lines = run[i - 1], run[i], len(groups[-1])
        opens = ends_here or above.size * 2 <= (widest_on[i] if lines == 1 else title_width) \
            or (lines >= 2 and as_wide(measures[i - 2], measures[i - 1]) and wider(measures[i], measures[i - 1]))
        ends_here = False
        if not opens and i + 1 < len(run) and wider(measures[i - 1], measures[i]):
            opens = as_wide(measures[i], measures[i + 1])
            ends_here = not opens
        if opens and not words.cuts_word(above.shadow, piece.shadow):
            groups.append([])
            title_width = 0
        groups[-1].append(piece)
        title_width = max(title_width, piece.size)
    return groups


def merge(group: list[Block], joiner: str = "") -> Block:
    """One title of group's lines: pieces of words run on (joiner ""), phrases keep a space between (" ")."""
    if len(group) == 1:
        return group[0]
    first = group[0]
    text = joiner.join(block.text for block in group)
    lines = tuple(n for block in group for n in block.lines)
    merged = " / ".join(block.text for block in group)
    return first.with_repair("merged_split_headline", f"lines {lines[0]}-{lines[-1]}: {merged}",
                             text=text, shadow=joiner.join(block.shadow for block in group), lines=lines)


def tight_under_a_title(previous: Block, block: Block) -> bool:
    return block.kind is kinds.TITLE and block.gap == 0 and previous.kind is kinds.TITLE


def goes_on_from(title: Block, block: Block) -> bool:
    """block, printed tight under title, starts where a sentence goes on (志愿服务有 / 了新变化):
    the last line of title's wrap, though too few lines to read as a narrow column's. No title
    opens so; a subheadline may open with a dash (——访…)."""
    return tight_under_a_title(title, block) and not title.heading and not block.heading \
        and starts_mid_sentence(block.shadow) and not lexicon.SUBTITLE_DASH.match(block.shadow)


def dated_predicate(subject: Block, block: Block, following: Block | None) -> bool:
    """block, printed tight under a short title, says when its subject does what (北市公車 / 明年起全面電動化).
    A kicker over a headline so opening is no subject: a column's name (简讯), a label and its colon.
    Nor are lines with more printed tight under them: a narrow column's text (…口袋公园 / 今年夏天…)."""
    return tight_under_a_title(subject, block) and (following is None or following.gap > 0) \
        and not subject.heading and not block.heading \
        and subject.size <= lexicon.HEADLINE_SUBJECT_MAX_CHARS and block.size <= lexicon.HEADLINE_PREDICATE_MAX_CHARS \
        and lexicon.TIME_OPENING.match(block.shadow) is not None \
        and subject.shadow.rstrip()[-1:] not in lexicon.COLONS \
        and not roles.is_column_label(subject.shadow, lexicon.COLUMN_LABELS)


def merge_split_headlines(doc: Doc) -> Doc:
    # Both merges join titles printed tight: most pages print none so, and are passed on as they are.
    if not any(map(tight_under_a_title, doc.blocks, doc.blocks[1:])):
        return doc
    out: list[Block] = []
    position = 0
    for start, end in fragment_runs(doc.blocks):
        out.extend(doc.blocks[position:start])
        out.extend(merge(group) for group in wrap_groups(list(doc.blocks[start:end])))
        position = end
    out.extend(doc.blocks[position:])
    joined: list[Block] = []
    for block, following in zip(out, (*out[1:], None), strict=False):
        if joined and goes_on_from(joined[-1], block):
            joined[-1] = merge([joined[-1], block])
        elif joined and dated_predicate(joined[-1], block, following):
            joined[-1] = merge([joined[-1], block], " ")
        else:
            joined.append(block)
    return doc.with_blocks(joined)
