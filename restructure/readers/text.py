"""Plain text pages: one block per non-blank line (a jump line or a paragraph run in
set apart), bullet marks lifted off, and a Simplified shadow of each line for the
lexicon's patterns."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .. import kinds, lexicon, roles, script
from ..document import Block, Doc, columns
from ..models import InputFormat
from . import layout

# A line parser returns (text, heading level, mark) for one stripped line.
LineParser = Callable[[str], tuple[str, int, str]]


def parse_line(line: str) -> tuple[str, int, str]:
    # Most lines open with no bullet: the pattern is spared them, and matching costs less than substituting.
    bullets = lexicon.LEADING_BULLETS.match(line) if line[:1] in lexicon.BULLET_MARKS else None
    return (line[bullets.end():].strip(), 0, line[0]) if bullets else (line.strip(), 0, "")


def read_lines(source: str, parse: LineParser, input_format: InputFormat) -> Doc:
    """The page's blocks, its lines taken in reading order (see layout). source is normalised
    (passes.normalise): every line ends with a line feed, and a split on it costs half splitlines'."""
    lines = list(enumerate(source.split("\n"), start=1))
    # Most pages have no wide gap inside a line: no columns side by side, nothing to look at.
    lines, repairs = layout.reading_order(lines) if layout.may_hold_gutter(source) else (lines, [])
    # Most pages print no desk credits: their lines are not looked at for them.
    desk_credits = lexicon.DESK_CREDIT_MARK in source
    return Doc(blocks=tuple(blocks(lines, script.shadower(source), parse, desk_credits)),
               input_format=input_format, repairs=tuple(repairs))


def blocks(lines: list[layout.NumberedLine], shadow_of: Callable[[str], str], parse: LineParser,
           desk_credits: bool) -> Iterator[Block]:
    gap = 1
    for number, raw in lines:
        line = raw.strip()
        if not line:
            gap += 1
            continue
        text, heading, mark = parse(line)
        indent = columns(raw[:len(raw) - len(raw.lstrip())]) if raw[0].isspace() else 0
        line_shadow = shadow_of(text)
        # Every jump line names a 版: most lines, holding none, are one piece without a look.
        pieces = jump_lines_apart(text, line_shadow) if "版" in line_shadow \
            else ([(text, line_shadow)] if text else [])
        if desk_credits and len(text) <= lexicon.DESK_LINE_MAX_CHARS and lexicon.DESK_CREDIT_MARK in text:
            pieces = [apart for piece in pieces for apart in desk_credits_apart(*piece)]
        for i, (piece, shadow) in enumerate(pieces):
            block = Block(kinds.TEXT, piece, shadow, (number,), 0 if i else gap, heading, mark, 0 if i else indent)
            if "\u3000\u3000" in piece:  # rare: most lines have no indent inside them
                yield from run_in_paragraphs_apart(block)
            else:
                yield block
        gap = 0


def jump_lines_apart(text: str, shadow: str) -> list[tuple[str, str]]:
    """The (text, shadow) of a line naming a 版, with a jump line glued to its start or end set
    apart: （上接第1版）持续… → two pieces. Read on the shadow (下轉 as 下转), cut from both."""
    # Every jump line says 接 or 转: the patterns are spared most lines.
    if "接" not in shadow and "转" not in shadow:
        return [(text, shadow)]
    before = lexicon.LEADING_JUMP.match(shadow)
    start = before.end() if before else 0
    after = lexicon.TRAILING_JUMP.search(shadow, start)
    if not (before or after):
        return [(text, shadow)]
    end = after.start() if after else len(shadow)
    between = shadow[start:end]  # the text, without the white space around it
    spans = [(0, start), (end - len(between.lstrip()), start + len(between.rstrip())), (end, len(shadow))]
    return [(text[low:high], shadow[low:high]) for low, high in spans if high > low]


def desk_credits_apart(text: str, shadow: str) -> list[tuple[str, str]]:
    """The line's (text, shadow), with the desk's credits printed after a byline set apart:
    新京报记者 赵六 编辑 刘七 校对 陈八 → 新京报记者 赵六 / 编辑 刘七 校对 陈八."""
    found = lexicon.DESK_CREDITS_AFTER.search(shadow)
    byline = roles.read_byline(text[:found.start()], shadow[:found.start()]) if found else None
    if byline is None or not (byline.has_role and byline.people):  # 编辑 王五 校对 赵六 alone: furniture whole
        return [(text, shadow)]
    end, start = found.start(), found.start("credits")
    return [(text[:end], shadow[:end]), (text[start:], shadow[start:])]


def run_in_paragraphs_apart(block: Block) -> list[Block]:
    """The paragraphs of a line that ran them in (…投入使用。　　据介绍，…): a sentence's end
    and the indent that opens the next paragraph, where the line break was lost."""
    text, shadow = block.text, block.shadow
    cuts = [found.span() for found in lexicon.RUN_IN_PARAGRAPH.finditer(shadow)]
    if not cuts:
        return [block]
    starts, ends = [0, *(end for _, end in cuts)], [*(start for start, _ in cuts), len(text)]
    first = block.evolve(text=text[:ends[0]], shadow=shadow[:ends[0]])
    return [first, *(block.with_repair("split_run_in_paragraph", f"{block.where()}: a paragraph set apart at "
                                       f"{text[start:start + 8]}…", text=text[start:end], shadow=shadow[start:end],
                                       gap=0, indent=lexicon.RUN_IN_INDENT)
                     for start, end in zip(starts[1:], ends[1:], strict=True))]


def read(source: str) -> Doc:
    return read_lines(source, parse_line, "text")
