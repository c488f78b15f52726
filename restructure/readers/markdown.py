"""Markdown-flavoured pages: heading levels are kept as hints, emphasis dropped,
links reduced to their text, quote and list marks read like bullets, thematic
breaks kept as furniture, a table's rows kept as printed, one line of body
text each.

Heading marks are not trusted as structure (a `##` may mark a kicker or a
headline printed mid-body); the passes weigh them with everything else.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..document import Doc
from . import text

SIGNS = re.compile(r"^#{1,6}\s+\S|\*\*\S", re.MULTILINE)


def looks_like_markdown(source: str) -> bool:
    # The substring tests first: they rule out most plain pages far faster than the scan.
    return ("#" in source or "**" in source) and SIGNS.search(source) is not None


def parse_line(line: str) -> tuple[str, int, str]:
    # Each pattern is tried only on a line opening with (or holding) its mark: most lines hold none.
    first = line[:1]
    if first in "-*_" and lexicon.MARKDOWN_BREAK.match(line):
        return line, 0, ""
    if first == "|" and lexicon.MARKDOWN_TABLE_ROW.match(line):  # a row as printed (or the table's rule, furniture)
        return line, 0, "" if lexicon.MARKDOWN_TABLE_RULE.match(line) else lexicon.TABLE_ROW_MARK
    heading = lexicon.MARKDOWN_HEADING.match(line) if first == "#" else None
    level = len(heading.group(1)) if heading else 0
    body = line[heading.end():] if heading else line
    quoted_or_listed = lexicon.MARKDOWN_LINE_MARK.match(body) if body[:1] in ">*+-" else None
    body = body[quoted_or_listed.end():] if quoted_or_listed else body
    bold_run_in = body[:1] in "*_" and lexicon.MARKDOWN_BOLD_RUN_IN.match(body) is not None
    if "**" in body or "__" in body:
        body = lexicon.MARKDOWN_EMPHASIS.sub("", body)
    if "*" in body:
        body = lexicon.MARKDOWN_ITALIC.sub(r"\g<text>", body)
    body, _, bullet = text.parse_line(body)
    mark = bullet or (quoted_or_listed.group()[0] if quoted_or_listed else "")
    return unlinked(body), level, mark or (lexicon.BOLD_RUN_IN_MARK if bold_run_in else "")


def unlinked(body: str) -> str:
    """body with its links' text only. A line that is a link alone stays as printed, its
    address and all: a pointer to elsewhere (阅读原文), page furniture."""
    if "](" not in body:  # most lines: no link
        return body
    return lexicon.MARKDOWN_LINK.sub(r"\g<text>", body) if not lexicon.MARKDOWN_LINK.fullmatch(body) else body


def read(source: str) -> Doc:
    return text.read_lines(source, parse_line, "markdown")
