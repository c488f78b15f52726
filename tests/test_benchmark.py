"""The throughput benchmark's corpus is as varied as an archive: no line of content recurs."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

from restructure.words import tokens

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "throughput.py"
spec = importlib.util.spec_from_file_location("throughput", BENCHMARK)
assert spec is not None and spec.loader is not None
throughput = importlib.util.module_from_spec(spec)
spec.loader.exec_module(throughput)


def test_pages_share_no_line_of_content() -> None:
    # Pages sharing titles or paragraphs flatter the converter's caches (1.2 times as fast): every
    # line of content is respelled, and only bylines, furniture and lines of a word or two recur.
    seeds = [path.read_text(encoding="utf-8") for path in sorted(throughput.SEEDS.glob("*.txt"))]
    content = set().union(*map(throughput.content_lines, seeds))
    pages = list(throughput.corpus(40, 7))
    seen = Counter(line.strip() for page in pages for line in set(page.splitlines()) if line.strip())
    recurring = [line for line, count in seen.items() if count > 1 and line in content
                 and any(map(throughput.plain_word, tokens(line)[1:-1]))]
    assert recurring == []
    assert sum(line in content for line in seen) < len(content) // 4  # most are respelled


def test_the_library_run_converts_every_page_of_its_batches() -> None:
    # Pages are made a batch at a time: the last, short batch is converted too.
    run = throughput.library(throughput.LIBRARY_BATCH + 7, 7)
    assert run["pages"] == throughput.LIBRARY_BATCH + 7
    assert run["articles"] >= run["pages"]
