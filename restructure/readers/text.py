"""Plain text pages: one block per non-blank line, bullet marks lifted off, and
a Simplified shadow of each line for the lexicon's patterns."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .. import lexicon, script
from ..document import Block, Doc, Kind

# A line parser returns (text, heading level, marked) for one stripped line.
LineParser = Callable[[str], tuple[str, int, bool]]


def parse_line(line: str) -> tuple[str, int, bool]:
    text = lexicon.LEADING_BULLETS.sub("", line)
    return text.strip(), 0, text != line


def blocks(source: str, parse: LineParser) -> Iterator[Block]:
    gap = 1
    shadow_of = script.shadower(source)
    for number, raw in enumerate(source.splitlines(), start=1):
        line = raw.strip()
        if not line:
            gap += 1
            continue
        text, heading, marked = parse(line)
        if text:
            yield Block(Kind.TEXT, text, shadow_of(text), (number,), gap, heading, marked)
        gap = 0


def read(source: str) -> Doc:
    return Doc(blocks=tuple(blocks(source, parse_line)), input_format="text")
