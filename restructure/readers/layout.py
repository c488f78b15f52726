"""Columns set side by side on one line, as a PDF extractor keeping the layout prints them.

`社区食堂开进老旧小区      老楼加装电梯提速` / `本报讯 5月18日，东城区…      本报讯 今年以来，…`:
two articles' columns, each line holding a piece of both, apart by a wide gap
that falls at the same place on line after line (the gutter). Such a run of
lines is read down the left column, then down the right one (which may hold a
gutter of its own). A line that crosses the gutter (a headline over both
columns) ends the run. Lines keep their numbers: a block still points at the
source line it came from.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from .. import lexicon
from ..document import columns
from ..models import Repair

# A gap this many columns wide between two pieces of text may be a gutter (two full-width
# spaces; a printed line holds one space at most between its words).
GUTTER_MIN_COLUMNS = 4
# Opening with a space lets the scan skip to the spaces; the look-behind then checks what it follows.
GAP = re.compile(r"[ \t\u3000](?<=\S[ \t\u3000])[ \t\u3000]+(?=\S)")
# A line's right-hand text may start this many columns before the gutter: a headline in larger type.
GUTTER_SLACK = 4
# Lines of prose on both sides of one gutter needed to read a run as columns: a table's
# cells line up as columns do, but hold no sentence.
MIN_SPLIT_LINES = 3
PROSE_MARKS = lexicon.CLAUSE_PUNCTUATION | lexicon.SENTENCE_END

NumberedLine = tuple[int, str]


def may_hold_gutter(source: str) -> bool:
    """Whether some line of source holds a gap wide enough for a gutter. Looked for as text: four
    spaces, a tab, or two full-width spaces more often than paragraphs open indented by them."""
    if "    " in source or "\t" in source:
        return True
    # A page without a full-width space (a fast scan for one character) is spared four for pairs of them.
    return "\u3000" in source and (" \u3000" in source or "\u3000 " in source or source.count("\u3000\u3000")
                                   > source.count("\n\u3000\u3000") + source.startswith("\u3000\u3000"))


def wide_gaps(line: str) -> Iterator[tuple[re.Match[str], int]]:
    """Each gap in line wide enough for a gutter, and the column the text after it starts at."""
    for gap in GAP.finditer(line):
        if columns(gap.group()) >= GUTTER_MIN_COLUMNS:
            yield gap, columns(line[:gap.end()])


def gutter_of(lines: list[NumberedLine]) -> int | None:
    """The column where a right-hand column starts on most of the lines that show a wide gap."""
    starts: Counter[int] = Counter(start for _, line in lines for _, start in wide_gaps(line))
    if not starts:
        return None
    start, count = starts.most_common(1)[0]
    return start if count >= MIN_SPLIT_LINES else None


def cut_at(line: str, gutter: int) -> tuple[str, str] | None:
    """(left, right) of line at the gutter's column; None when text runs across it."""
    width = 0
    for index, character in enumerate(line):
        if width >= gutter:
            before = line[index - 1] if index else " "
            return (line[:index].rstrip(), line[index:]) if before.isspace() else cut_near(line, gutter)
        width += columns(character)
    return line.rstrip(), ""  # ends before the gutter


def cut_near(line: str, gutter: int) -> tuple[str, str] | None:
    """(left, right) of line at a wide gap whose right-hand text starts a little before the gutter,
    as a headline set in larger type over its column does; None when there is none."""
    for gap, start in wide_gaps(line):
        if gutter - GUTTER_SLACK <= start < gutter:
            return line[:gap.start()], line[gap.end():]
    return None


def is_prose(piece: str) -> bool:
    return not PROSE_MARKS.isdisjoint(piece)


def reading_order(lines: list[NumberedLine], offset: int = 0) -> tuple[list[NumberedLine], list[Repair]]:
    """lines in reading order, each run of side-by-side columns read column by column,
    and a repair for each such run; a blank line (numbered 0) parts the columns read apart.
    offset: the printed column the lines start at (a right-hand column's, read in turn)."""
    gutter = gutter_of(lines)
    if gutter is None:
        return lines, []
    out: list[NumberedLine] = []
    repairs: list[Repair] = []
    run: list[tuple[int, str, str, str]] = []  # (number, line, left, right) of the run being gathered

    def close_run() -> None:
        # The columns end with the left one's paragraph under the right one's last line: what
        # follows a blank line after that is printed under both (a headline set in the left half).
        last = max((i for i, (_, _, _, right) in enumerate(run) if right.strip()), default=-1)
        end = next((i for i in range(last + 1, len(run)) if not run[i][1].strip()), len(run))
        after = run[end:]
        del run[end:]
        if sum(is_prose(left) and is_prose(right) for _, _, left, right in run) < MIN_SPLIT_LINES:
            out.extend((number, line) for number, line, _, _ in run)  # too few: as printed
        else:
            left_column, left_repairs = reading_order([(number, left) for number, _, left, _ in run], offset)
            right_column, right_repairs = reading_order([(number, right) for number, _, _, right in run],
                                                        offset + gutter)
            out.extend([*left_column, (0, ""), *right_column])
            repairs.append(Repair(kind="split_side_by_side_columns", detail=(
                f"lines {run[0][0]}-{run[-1][0]}: two columns side by side at column {offset + gutter}, "
                "read one after the other")))
            repairs.extend(left_repairs + right_repairs)
        out.extend((number, line) for number, line, _, _ in after)
        run.clear()

    for number, line in lines:
        # A table's row (Markdown's | … |) is read whole, its cells apart however wide.
        pieces = None if lexicon.MARKDOWN_TABLE_ROW.match(line.strip()) else cut_at(line, gutter)
        if pieces is None:
            close_run()
            out.append((number, line))
        else:
            run.append((number, line, *pieces))
    close_run()
    return out, repairs
