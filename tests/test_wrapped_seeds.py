"""The seeds hard-wrapped as a narrow column's text comes out of a PDF: each line
longer than a title cut every few characters, no blank line between the pieces.
Many pieces are short and unpunctuated at their ends, as titles are; the page must
still read as the seed does."""

from __future__ import annotations

from pathlib import Path

import pytest

import restructure

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
LONGEST_UNCUT = 40  # title lines are this long at most in the seeds: they stay whole


def wrapped(text: str, width: int) -> str:
    lines = [piece for line in text.splitlines()
             for piece in ([line[i:i + width] for i in range(0, len(line), width)]
                           if len(line) > LONGEST_UNCUT else [line])]
    return "\n".join(lines) + "\n"


def paragraphs(page: restructure.Page) -> list[str]:
    return ["".join(block.text.split()) for article in page.articles for block in article.body
            if block.type == "paragraph"]


# (width, share of the seeds' paragraphs rebuilt exactly, whether every seed keeps its article count)
@pytest.mark.parametrize(("width", "kept", "same_articles"),
                         [(10, 0.95, True), (12, 0.9, False), (15, 0.95, True), (18, 0.95, True), (22, 1.0, True)])
def test_a_seed_hard_wrapped_in_a_narrow_column_reads_as_the_seed(width: int, kept: float, same_articles: bool) -> None:
    expected, found, articles = [], set(), []
    for seed in SEEDS:
        whole = restructure.convert(seed.read_text(encoding="utf-8"), name=seed.name)
        cut = restructure.convert(wrapped(seed.read_text(encoding="utf-8"), width), name=seed.name)
        expected += paragraphs(whole)
        found |= set(paragraphs(cut))
        articles.append((len(whole.articles), len(cut.articles)))
    assert sum(paragraph in found for paragraph in expected) >= kept * len(expected)
    if same_articles:  # no piece of a paragraph read as a title block opening an article
        assert all(whole == cut for whole, cut in articles)
