"""How a batch tells its progress on stderr, and its closing summary table.

On a terminal: a bar redrawn in place (pages done/total, pages/s, failures).
Elsewhere (a log, a pipe): a plain line now and then. Drawing is throttled so
that reporting costs nothing next to converting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TextIO

from .batch import Summary

BAR_WIDTH = 24
REDRAW_SECONDS = 0.1  # the bar on a terminal
LOG_SECONDS = 10.0  # a plain line in a log
CLEAR_LINE = "\r\x1b[K"


class Progress:
    """Called with the batch summary after each page; shows it every `every` seconds."""

    def __init__(self, stream: TextIO, total: int | None = None, *, live: bool, every: float) -> None:
        self.stream = stream
        self.total = total
        self.live = live
        self.every = every
        # A log's first line waits a full interval: a short batch logs only its summary.
        self.next_at = time.monotonic() + (0.0 if live else every)
        self.bar_shown = False

    @classmethod
    def on(cls, stream: TextIO, *, quiet: bool, count_pages: Callable[[], int]) -> Progress:
        """A bar on a terminal (pages counted first for its total), plain lines
        elsewhere, nothing but errors when quiet."""
        if quiet or not stream.isatty():
            return cls(stream, live=False, every=math.inf if quiet else LOG_SECONDS)
        return cls(stream, count_pages(), live=True, every=REDRAW_SECONDS)

    def __call__(self, summary: Summary) -> None:
        now = time.monotonic()
        if now >= self.next_at:
            self.next_at = now + self.every
            self.show(summary)

    def show(self, summary: Summary) -> None:
        if self.live:
            self.stream.write(f"\r{bar(summary, self.total)}\x1b[K")
            self.bar_shown = True
        else:
            self.stream.write(f"restructure: {status(summary, self.total)}\n")
        self.stream.flush()

    def note(self, line: str) -> None:
        """A line of its own (an error), written above the bar."""
        if self.bar_shown:
            self.stream.write(CLEAR_LINE)
            self.bar_shown = False
            self.next_at = 0.0  # redraw the bar at the next page
        self.stream.write(line + "\n")
        self.stream.flush()

    def close(self, summary: Summary) -> None:
        """Leave the finished bar on its own line."""
        if self.live:
            self.show(summary)
            self.stream.write("\n")
            self.stream.flush()


def status(summary: Summary, total: int | None) -> str:
    done = f"{summary.done}" + (f"/{total}" if total is not None else "")
    return f"{done} pages, {summary.pages_per_second:.1f} pages/s, {len(summary.failures)} failed"


def bar(summary: Summary, total: int | None) -> str:
    if not total:
        return status(summary, total)
    done = summary.done
    filled = min(BAR_WIDTH, BAR_WIDTH * done // total)
    return f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {status(summary, total)}"


def summary_table(summary: Summary, destination: str) -> str:
    """The closing table: what was converted, how fast, and the repairs by kind."""
    skipped = [("skipped", f"{summary.skipped} already up to date (--resume)")] if summary.skipped else []
    rows = [("pages", f"{summary.pages}"), *skipped, ("articles", f"{summary.articles}"),
            ("failures", f"{len(summary.failures)}"), ("wall time", f"{summary.seconds:.1f} s"),
            ("pages/s", f"{summary.pages_per_second:.1f}"), ("written to", destination),
            ("repairs", f"{summary.repairs.total()}")]
    rows += [(f"  {kind}", f"{count}") for kind, count in summary.repairs.most_common()]
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{label:<{width}}  {value}" for label, value in rows)
