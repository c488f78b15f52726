"""The repair passes, in the order they run (spaCy-style: small named components
over one page model). Each is a pure function Doc -> Doc that records what it
changed on the blocks it touched. Before them, the normalisation passes
(normalise.passes) run on the page text, before it is read into blocks."""

from __future__ import annotations

from collections.abc import Callable

from ..document import Doc
from . import briefs, bylines, captions, classify, columns, headlines, lists, paragraphs, verse, wraps

Pass = Callable[[Doc], Doc]

STRUCTURE: tuple[tuple[str, Pass], ...] = (
    ("classify", classify.classify),
    ("set_apart_end_notes", bylines.set_apart_end_notes),
    ("frame_titles", classify.frame_titles),
    ("unframe_indented_lines", wraps.unframe_indented_lines),
    ("split_run_in_headlines", briefs.split_run_in_headlines),
    ("read_list_points", lists.read_list_points),
    ("merge_split_headlines", headlines.merge_split_headlines),
    ("merge_split_bylines", bylines.merge_split_bylines),
    ("read_verse_lines", verse.read_verse_lines),
    ("unframe_cut_pieces", classify.unframe_cut_pieces),
    ("unframe_column_lines", wraps.unframe_column_lines),
    ("pair_captions", captions.pair_captions),
    ("join_wrapped_lines", wraps.join_wrapped_lines),
    ("join_cut_paragraphs", paragraphs.join_cut_paragraphs),
    ("reattach_column_tails", columns.reattach_column_tails),
)
