"""Bylines that the line classifier cannot see alone.

- a reporter's or source's note closing a paragraph (`…社区。（记者 张三）`) is set apart, and a
  photographer's (`…散步。（摄影 张三）`) makes the line a credited caption;
- a role printed apart from its names (`□记者` / `朱亮`) is merged;
- a bare pen name under a title (`宗河`) is a byline when it reads as a name, not as words (`明年通车`).
"""

from __future__ import annotations

from .. import kinds, lexicon, roles, words
from ..document import Block, Doc, end_note
from .captions import CAPTION_MAX_CHARS
from .classify import kind_of

NOTE_KINDS = frozenset({kinds.BYLINE, kinds.CREDIT})  # notes that a paragraph does not hold


def photographer_of(note: Block) -> str | None:
    """The one person a bracketed note credits for a photo alone ((摄影 张三), (攝影：張三)), if it does:
    the role is read in the Simplified shadow, the name as printed."""
    roles_read, names_read = roles.read_byline(note.shadow), roles.read_byline(note.text, note.shadow)
    if not roles_read or not names_read or len(roles_read.people) != 1:
        return None
    return names_read.people[0].name if roles_read.people[0].role in lexicon.PHOTO_ROLES else None


def set_apart_end_note(block: Block) -> list[Block]:
    """The paragraph, and the byline or credit note in brackets that closes it, apart:
    `…社区。（记者 张三）` → `…社区。` and `（记者 张三）`. A remark (（文中人物均为化名）) stays."""
    start = end_note(block.shadow) if block.kind in kinds.BODY_TEXT else None
    if start is None:
        return [block]
    note = block.evolve(text=block.text[start:], shadow=block.shadow[start:], gap=0, indent=0, mark="", repairs=())
    kind, _, _ = kind_of(note, page_top=False)
    if kind not in NOTE_KINDS:
        return [block]
    # A note crediting a photo, its photographer's (（摄影 张三）) or its source's (（图片来源：视觉中国）,
    # （图片由区文旅局提供）), makes the line its caption, the credit apart.
    if block.kind is kinds.TEXT and block.size <= CAPTION_MAX_CHARS and (credit := (
            photographer_of(note) if kind is kinds.BYLINE else roles.photo_source(note.text, note.shadow))):
        return [block.evolve(kind=kinds.CAPTION, credit=credit, text=block.text[:start].rstrip(),
                             shadow=block.shadow[:start].rstrip(), printed=block.text)]
    paragraph = block.with_repair("split_end_note", f"{block.where()}: {note.text} set apart from the paragraph",
                                  text=block.text[:start].rstrip(), shadow=block.shadow[:start].rstrip())
    return [paragraph, note.evolve(kind=kind)]


def set_apart_end_notes(doc: Doc) -> Doc:
    # Most pages end no paragraph with a bracket: they are passed on as they are.
    if not any(block.shadow.endswith((")", "）")) for block in doc.blocks):
        return doc
    out: list[Block] = []
    for block in doc.blocks:
        out.extend(set_apart_end_note(block))
    return doc.with_blocks(out)


def merge_split_bylines(doc: Doc) -> Doc:
    out: list[Block] = []
    for block in doc.blocks:
        previous = out[-1] if out else None
        if previous and previous.kind is kinds.BYLINE and block.kind in (kinds.TITLE, kinds.BYLINE) \
                and (reading := roles.read_byline(previous.text, previous.shadow)) and reading.role_only \
                and roles.read_byline(block.text, block.shadow):
            out[-1] = previous.with_repair(
                "merged_split_byline", f"lines {previous.lines[0]}+{block.lines[0]}: {previous.text} / {block.text}",
                text=f"{previous.text} {block.text}", shadow=f"{previous.shadow} {block.shadow}",
                lines=previous.lines + block.lines)
            continue
        if previous and previous.kind is kinds.TITLE and block.kind is kinds.TITLE and not block.heading \
                and roles.looks_like_name(block.shadow) and not any(map(words.reads_as_words, block.shadow.split())):
            block = block.evolve(kind=kinds.BYLINE)
        out.append(block)
    return doc.with_blocks(out)
