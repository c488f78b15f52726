"""Plain text pages: one block per non-blank line (a jump line or a paragraph run in
set apart), bullet marks lifted off, and a Simplified shadow of each line for the
lexicon's patterns."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .. import lexicon, script
from ..document import Block, Doc, Kind, columns
from ..models import Repair

# A line parser returns (text, heading level, mark) for one stripped line.
LineParser = Callable[[str], tuple[str, int, str]]


def parse_line(line: str) -> tuple[str, int, str]:
    bullets = lexicon.LEADING_BULLETS.match(line)  # most lines have none: matching costs less than substituting
    return (line[bullets.end():].strip(), 0, line[0]) if bullets else (line.strip(), 0, "")


def blocks(source: str, parse: LineParser) -> Iterator[Block]:
    gap = 1
    shadow_of = script.shadower(source)
    for number, raw in enumerate(source.splitlines(), start=1):
        line = raw.strip()
        if not line:
            gap += 1
            continue
        text, heading, mark = parse(line)
        indent = columns(raw[:len(raw) - len(raw.lstrip())]) if raw[0].isspace() else 0
        for i, (piece, shadow) in enumerate(jump_lines_apart(text, shadow_of(text))):
            for j, (paragraph, paragraph_shadow) in enumerate(run_in_paragraphs_apart(piece, shadow)):
                first = not (i or j)
                yield Block(Kind.TEXT, paragraph, paragraph_shadow, (number,), gap if first else 0, heading, mark,
                            indent if first else lexicon.RUN_IN_INDENT if j else 0,
                            repairs=() if not j else (split_repair(number, paragraph),))
        gap = 0


def jump_lines_apart(text: str, shadow: str) -> list[tuple[str, str]]:
    """The line's (text, shadow), with a jump line glued to its start or end set apart:
    （上接第1版）持续… → two pieces. Read on the shadow (下轉 as 下转), cut from both."""
    found = lexicon.JUMP_LINE_AROUND.match(shadow) if "版" in shadow else None  # every jump line names a 版
    if found is None or not (found.group("before") or found.group("after")):
        return [(text, shadow)] if text else []
    spans = [found.span(group) for group in ("before", "text", "after")]
    return [(text[start:end], shadow[start:end]) for start, end in spans if end > start]


def run_in_paragraphs_apart(text: str, shadow: str) -> list[tuple[str, str]]:
    """The paragraphs of a line that ran them in (…投入使用。　　据介绍，…): a sentence's end
    and the indent that opens the next paragraph, where the line break was lost."""
    if "\u3000\u3000" not in text:  # most lines: no indent inside them
        return [(text, shadow)]
    starts = [0, *(found.end() for found in lexicon.RUN_IN_PARAGRAPH.finditer(shadow))]
    ends = [*(found.start() for found in lexicon.RUN_IN_PARAGRAPH.finditer(shadow)), len(text)]
    return [(text[start:end], shadow[start:end]) for start, end in zip(starts, ends, strict=True)]


def split_repair(number: int, paragraph: str) -> Repair:
    return Repair(kind="split_run_in_paragraph", detail=f"line {number}: a paragraph set apart at {paragraph[:8]}…")


def read(source: str) -> Doc:
    return Doc(blocks=tuple(blocks(source, parse_line)), input_format="text")
