"""Merge a headline set in a narrow column back into lines.

`一刻钟 / 「圈住」 / 美好生 / 活 / 徐汇区上 / 榜了这份全 / 国试点名单` is two
titles wrapped at a few characters. A piece ends a title where the break cuts
no word and the piece is short against the run's width (the last line of a wrap).
A headline set in two lines, its subject over what happens when (天府大道北延线 /
明年底建成通车), is one headline too, not a headline and its subheadline.
"""

from __future__ import annotations

from .. import kinds, lexicon, roles, words
from ..document import Block, Doc


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


def wrap_groups(run: list[Block]) -> list[list[Block]]:
    width = max(block.size for block in run)
    groups: list[list[Block]] = [[]]
    for piece, following in zip(run, [*run[1:], None], strict=True):
        groups[-1].append(piece)
        if following is not None and piece.size * 2 <= width \
                and not words.cuts_word(piece.shadow, following.shadow):
            groups.append([])
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
        if joined and dated_predicate(joined[-1], block, following):
            joined[-1] = merge([joined[-1], block], " ")
        else:
            joined.append(block)
    return doc.with_blocks(joined)
