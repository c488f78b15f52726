"""The page model the repair passes work on: an ordered tuple of blocks.

Readers build it, passes map it to a new one (never in place), and assembly
turns it into article records. Each block remembers the source lines it came
from and the repairs that shaped it, so every record can say how it was made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Any

from . import kinds, lexicon, words
from .kinds import Kind
from .models import InputFormat, Repair

KEEP: Any = object()  # evolve's default: the field as it was (None is a value credit and printed may take)


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which makes
# a block cost three times as much to build, and reading and the passes build some sixty a page.
# Passes copy blocks with evolve and never assign to one (a property in tests/test_properties.py).
@dataclass(slots=True)
class Block:
    kind: Kind
    text: str  # content with layout marks removed
    shadow: str  # Simplified-Chinese twin of text, for matching patterns
    lines: tuple[int, ...]  # 1-based source line numbers
    gap: int = 1  # blank lines before the first line (0: printed tight under the previous line)
    heading: int = 0  # Markdown heading level, 0 when none
    mark: str = ""  # the bullet or list mark printed before the line (■ ● □, Markdown's - > …)
    indent: int = 0  # columns of white space before the line (a full-width space is two)
    credit: str | None = None  # photographer, for captions
    repairs: tuple[Repair, ...] = ()
    printed: str | None = None  # the whole line, where text keeps a part: a caption without its credit
    # Characters without white space: what layout width is measured in. Kept, not worked out when
    # asked: the passes ask it of every block many times. Worked out from text when built (-1), and
    # passed on by evolve when the text stays.
    size: int = field(default=-1, repr=False)

    def __post_init__(self) -> None:
        if self.size < 0:  # worked out here, not by a call: sixty blocks a page
            self.size = len("".join(self.text.split()))

    @property
    def open_ended(self) -> bool:
        """Body text that stops mid-sentence and must go on elsewhere."""
        return self.kind in kinds.BODY_TEXT and not sentence_complete(self.shadow)

    @property
    def bulleted(self) -> bool:
        """Printed after a bullet (■ ●), or under a bold run-in headline, which opens an item:
        never a line wrapped from the one above."""
        return self.mark != "" and (self.mark in lexicon.BULLET_MARKS or self.mark == lexicon.BOLD_RUN_IN_MARK)

    def evolve(self, *, kind: Kind = KEEP, text: str = KEEP, shadow: str = KEEP, lines: tuple[int, ...] = KEEP,
               gap: int = KEEP, heading: int = KEEP, mark: str = KEEP, indent: int = KEEP,
               credit: str | None = KEEP, repairs: tuple[Repair, ...] = KEEP, printed: str | None = KEEP,
               size: int = -1) -> Block:
        """A copy with the fields named changed: dataclasses.replace without its generic field loop,
        at a third of the cost. Fields as parameters, not **changes: no dictionary is built, and
        Python itself refuses a field that blocks do not have. A new text's size is worked out
        again unless the caller knows it; size follows the text, never set on its own."""
        if size >= 0 and text is KEEP:
            raise TypeError("evolve() takes a size only with the text it measures")
        return Block(self.kind if kind is KEEP else kind, self.text if text is KEEP else text,
                     self.shadow if shadow is KEEP else shadow, self.lines if lines is KEEP else lines,
                     self.gap if gap is KEEP else gap, self.heading if heading is KEEP else heading,
                     self.mark if mark is KEEP else mark, self.indent if indent is KEEP else indent,
                     self.credit if credit is KEEP else credit, self.repairs if repairs is KEEP else repairs,
                     self.printed if printed is KEEP else printed, self.size if text is KEEP else size)

    def where(self) -> str:
        return "line " + "+".join(str(n) for n in self.lines)

    def with_repair(self, kind: str, detail: str, **changes: Any) -> Block:
        return self.evolve(repairs=(*self.repairs, Repair(kind=kind, detail=detail)), **changes)


def pair_codes(text: str) -> frozenset[int]:
    """The pairs of neighbouring characters in text, each as one number: its UTF-32 bytes read
    eight at a time, from the first character and from the second. A third of the cost of
    slicing every pair out as a string, where only which pairs two texts share is asked."""
    data = memoryview(text.encode("utf-32-le", "surrogatepass"))
    from_first = data[:len(data) // 8 * 8]  # pairs opening at characters 0, 2, 4 …
    from_second = data[4:4 + (len(data) - 4) // 8 * 8]  # … and at 1, 3, 5 …
    # One set built from both: a union would copy the first set into a new one (a fifth of the cost).
    return frozenset(chain(from_first.cast("Q"), from_second.cast("Q")))


def columns(text: str) -> int:
    """How wide text prints in a monospaced column: a Chinese character or full-width mark is two, a tab four."""
    return sum(4 if ch == "\t" else 1 if ch < "\u1100" else 2 for ch in text)


@dataclass(frozen=True, slots=True)
class Doc:
    blocks: tuple[Block, ...]
    input_format: InputFormat = "text"
    repairs: tuple[Repair, ...] = field(default=())
    warnings: tuple[str, ...] = field(default=())

    def with_blocks(self, blocks: list[Block] | tuple[Block, ...]) -> Doc:
        return Doc(tuple(blocks), self.input_format, self.repairs, self.warnings)  # each pass: not replace's loop

    def with_warning(self, warning: str) -> Doc:
        return Doc(self.blocks, self.input_format, self.repairs, (*self.warnings, warning))

    def with_repairs_before(self, repairs: tuple[Repair, ...]) -> Doc:
        """The page's repairs made before its reading (normalisation's) come first."""
        return Doc(self.blocks, self.input_format, (*repairs, *self.repairs), self.warnings)


@lru_cache(maxsize=1024)  # asked again of the same text by every pass that looks for cuts
def sentence_complete(text: str) -> bool:
    """True when text ends a sentence and leaves no bracket or quote open."""
    stripped = text.rstrip()
    if stripped.endswith((")", "）")):  # an end mark's or note's last character: else there is none to cut
        note = end_note(stripped)
        stripped = (stripped[:note] if note is not None else lexicon.END_MARK.sub("", stripped)).rstrip()
    if not stripped:
        return True
    tail = stripped.rstrip(lexicon.CLOSING_MARKS)
    if not tail or tail[-1] not in lexicon.SENTENCE_END:
        return False
    return not unclosed_brackets(stripped)


def end_note(text: str) -> int | None:
    """Where a note in brackets starts that closes text after its last sentence: its
    reporter (…。（记者 张三）), its source (…。（据新华社电）) or a remark (…。（文中人物均为化名）)."""
    if not text.endswith((")", "）")):
        return None
    start = max(text.rfind("("), text.rfind("（"))
    if start < 1 or len(text) - start > lexicon.END_NOTE_MAX_CHARS or not lexicon.END_NOTE.fullmatch(text, start):
        return None
    before = text[:start].rstrip().rstrip("”’」』")
    return start if before[-1:] in lexicon.SENTENCE_END else None


def unclosed_brackets(text: str) -> bool:
    """More openers than closers of some pair: a quote or title left open."""
    # A count per pair present: cheaper than collecting every mark of a long paragraph,
    # and a loop: cheaper than any() over a generator.
    for opener, closer in lexicon.BRACKET_PAIRS.items():
        if opener in text and text.count(opener) > text.count(closer):
            return True
    return False


@lru_cache(maxsize=256)  # asked again of a line by each reader of how it opens
def first_clause(text: str) -> str:
    """text up to its first clause mark (a search: splitting would copy the rest of the paragraph)."""
    end = lexicon.FIRST_CLAUSE_END.search(text)
    return text if end is None else text[:end.start()]


def opens_a_paragraph(text: str, speaker_max_chars: int = lexicon.SPEAKER_MAX_CHARS,
                      quoting_colon: bool = False) -> bool:
    """Starts with a paragraph opener or a speaker's words reported, and its comma (据介绍，…
    下一步，… 会议强调，…): body text, never a title. A caller that reads no titles may take a
    speaker of any length (区民政局相关负责人表示，…), and a colon after the verb (他表示：…),
    which in a headline quotes its speaker (李强强调：…)."""
    clause = first_clause(text)
    if len(clause) == len(text):
        return False
    mark = text[len(clause)]
    if mark in "，," and (clause in lexicon.PARAGRAPH_OPENERS or clause.startswith(lexicon.COUNTING_UP_TO)):
        return True
    # A speaker and the verb that reports them; 表示，… alone: the speaker was cut off.
    return (mark in "，," or (quoting_colon and mark in "：:")) and len(clause) <= speaker_max_chars \
        and clause.endswith(lexicon.SPEECH_VERBS) and clause not in lexicon.SPEECH_VERBS


def opens_with_a_fragment(text: str) -> bool:
    """A first clause of a few characters that is no paragraph opener (里，… 问题，…): the end of a cut sentence."""
    clause = first_clause(text)
    return len(clause) < len(text) and len(clause) <= lexicon.FRAGMENT_CLAUSE_MAX_CHARS \
        and clause not in lexicon.PARAGRAPH_OPENERS


def ends_a_sentence_alone(text: str) -> bool:
    """A piece too short to be a paragraph that finishes a sentence in one clause (医疗服务圈全覆盖。,
    便捷服务。): the end of a sentence cut off before it. Not a quotation (“谢谢你们！”), which
    opens as a sentence does."""
    return len(text) <= lexicon.CLAUSE_END_MAX_CHARS and text[:1] not in lexicon.BRACKET_PAIRS \
        and sentence_complete(text) and not lexicon.CLAUSE_PUNCTUATION.intersection(text)


def starts_mid_sentence(text: str) -> bool:
    """text opens where a sentence goes on: with punctuation that never opens one (，…),
    a particle or conjunction read alone (的 居民, 和 商旅, 等 6个区) or a linking word
    (而且, 之一); not a word that merely starts with such a character (和平, 了解)."""
    first = text[:1]
    if first not in lexicon.CONTINUATION_START:
        return False
    if first in lexicon.CONTINUING_PUNCTUATION:
        return True
    word = words.first_word(text)
    return len(word) == 1 or word in lexicon.LINKING_WORDS


def goes_on(first: Block, second: Block) -> bool:
    """second continues first's sentence: it starts mid-sentence, or it ends a word
    first began (复杂严 / 峻)."""
    return starts_mid_sentence(second.shadow) or words.cuts_word(first.shadow, second.shadow)


def forms_title_block(blocks: list[Block]) -> bool:
    """Head lines that can open an article: a byline, or two or more titles."""
    return any(block.kind is kinds.BYLINE for block in blocks) \
        or sum(block.kind is kinds.TITLE for block in blocks) >= 2


def join_blocks(first: Block, second: Block, kind: str, note: str = "") -> Block:
    """first with second's text appended: one sentence rejoined, recorded as a repair."""
    detail = f"lines {first.lines[-1]}+{second.lines[0]}: …{first.text[-8:]} / {second.text[:8]}…{note}"
    # One copy, not a merge then with_repair: each one rebuilds the block. A join only takes
    # or puts white space where the texts meet: the size is the two sizes, not measured again.
    return first.evolve(text=join_text(first.text, second.text), shadow=join_text(first.shadow, second.shadow),
                        lines=first.lines + second.lines, size=first.size + second.size,
                        repairs=(*first.repairs, *second.repairs, Repair(kind=kind, detail=detail)))


def join_text(first: str, second: str) -> str:
    """Join two pieces of one cut sentence; a space only between two Latin words."""
    if first and second and first[-1].isascii() and first[-1].isalpha() and second[0].isascii() \
            and second[0].isalpha():
        return f"{first} {second}"
    return first.rstrip() + second.lstrip()
