"""Bylines that the line classifier cannot see alone.

- a role printed apart from its names (`□记者` / `朱亮`) is merged;
- a bare pen name under a title (`宗河`) is a byline when it reads as a name.
"""

from __future__ import annotations

from .. import roles
from ..document import Block, Doc, Kind


def merge_split_bylines(doc: Doc) -> Doc:
    out: list[Block] = []
    for block in doc.blocks:
        previous = out[-1] if out else None
        if previous and previous.kind is Kind.BYLINE and block.kind in (Kind.TITLE, Kind.BYLINE) \
                and (reading := roles.read_byline(previous.text, previous.shadow)) and reading.role_only \
                and roles.read_byline(block.text, block.shadow):
            out[-1] = previous.with_repair(
                "merged_split_byline", f"lines {previous.lines[0]}+{block.lines[0]}: {previous.text} / {block.text}",
                text=f"{previous.text} {block.text}", shadow=f"{previous.shadow} {block.shadow}",
                lines=previous.lines + block.lines)
            continue
        if previous and previous.kind is Kind.TITLE and block.kind is Kind.TITLE and not block.heading \
                and roles.looks_like_name(block.shadow):
            block = block.evolve(kind=Kind.BYLINE)
        out.append(block)
    return doc.with_blocks(out)
