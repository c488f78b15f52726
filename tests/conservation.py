"""The conservation invariant: every printed character of a page, apart from
white space and layout marks, ends up in exactly one place of its record.

A record holds some printed characters as structure rather than as text: the
摄 and brackets of a photo credit, the brackets and label of a source note (a
line, or the note closing a paragraph), the brackets, colons and separators of
a byline, the colon after a briefs item's headline run in with its text. Those
may go missing, but only where the lexicon's patterns read that frame on a
printed line and the record holds what it frames (the credit's names, the note,
the byline's names). A role word printed once before several names is each
byline's role: those repeats are the only duplicates allowed.

Characters are compared in their Simplified form (restructure.script.simplified),
the form the lexicon's patterns read, so that a Traditional page's frames
(本報記者, 攝) are recognised as a Simplified page's are.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from restructure import Article, Page, lexicon
from restructure.document import end_note
from restructure.roles import glued_people, names_in, starts_with_surname
from restructure.script import simplified

_ROLE = re.compile(lexicon.BYLINE_ROLE)
_NAME = re.compile(f"^{lexicon.NAME}$")
# A bracketed byline: (记者 张三), at a line's end or after a dateline formula.
_BRACKETED = re.compile(r"[(（](?P<inner>[^()（）]{1,40})[)）]")
_LABEL = re.compile(r"^[^\s:：]+[\s:：]+")  # the first word of a source note and its separator
_RUN_IN_HEAD = re.compile(r"^(?P<head>[^:：]+)(?P<colon>[:：])")  # ●标题：正文


def characters(*texts: str | None) -> Counter[str]:
    """The characters that count: no white space, no layout marks."""
    return Counter(ch for text in texts if text for ch in simplified(text)
                   if not ch.isspace() and ch not in lexicon.LAYOUT_CHARACTERS)


def article_texts(article: Article) -> Iterator[str | None]:
    """Every field that holds printed text (dateline and publication only restate it)."""
    yield from (article.kicker, article.headline, article.subheadline)
    for byline in article.bylines:
        yield from (byline.name, byline.role)
    for block in article.body:
        yield from (block.text, block.credit)
    yield from article.credits


def kept_characters(page: Page) -> Counter[str]:
    return characters(*page.furniture, *(text for article in page.articles for text in article_texts(article)))


def lost_characters(text: str, page: Page) -> Counter[str]:
    """Printed characters the record keeps nowhere, beyond the frames of its structures."""
    return characters(text) - kept_characters(page) - structure_frames(text, page)


def duplicated_characters(text: str, page: Page) -> Counter[str]:
    """Characters the record holds more often than they are printed, beyond shared role words."""
    return kept_characters(page) - characters(text) - shared_roles(page)


def shared_roles(page: Page) -> Counter[str]:
    """记者 printed once before two names is the role of two bylines: one repeat per
    extra name. Counted word by word: a closing action (整理) joins each role it follows."""
    repeats: Counter[str] = Counter()
    for article in page.articles:
        words = Counter(word for byline in article.bylines if byline.role for word in byline.role.split())
        for word, count in words.items():
            repeats.update({ch: n * (count - 1) for ch, n in characters(word).items()})
    return repeats


def read_byline(text: str) -> tuple[list[str], list[str]] | None:
    """(names, other words) of a printed byline: role words, maybe glued to a
    name by a colon, and action words (整理) aside. None when some piece is
    none of those, or when no name is printed."""
    names, words = [], []
    for piece in lexicon.BYLINE_PIECE.findall(text):
        if glued := glued_people(piece):  # 记者朱敏通讯员王一
            words.extend(piece[start:end] for (start, end), _ in glued)
            names.extend(piece[start:end] for _, (start, end) in glued)
            continue
        role = _ROLE.match(piece)
        rest = piece[role.end():].lstrip(":：") if role else piece
        if role and (not rest or (_NAME.match(rest) and starts_with_surname(rest))):  # 文本四 is a name
            words.append(role.group(0))
            names.extend([rest] if rest else [])
        elif lexicon.BYLINE_ACTION.fullmatch(piece):
            words.append(piece)
        elif _NAME.match(piece):  # also a name that starts like a role word: 文静
            names.append(piece)
        else:
            return None
    names = [one for name in names for one in names_in(name)]
    return (names, words) if names else None


def frame(printed: str, *stored: str) -> Counter[str]:
    """What of the printed text the record does not store as text."""
    return characters(printed) - characters(*stored)


def byline_frames(line: str, known_names: set[str]) -> Iterator[Counter[str]]:
    """Brackets, colons and separators of the bylines printed on a line, when the record has their names:
    a whole line, bracketed bylines, a reporter note after a dateline (记者王五报道：) or inside a
    bracketed one (〔记者王小明／台北报导〕: the slash)."""
    bracketed = [(found.group(0), found.group("inner")) for found in _BRACKETED.finditer(line)]
    dateline = lexicon.FORMULA_DATELINE.match(line) or lexicon.FILED_DATELINE.match(line)
    # After a formula, or opening a lead without one (本报记者 张华 报道：…).
    note = lexicon.REPORTER_NOTE.match(line[dateline.end():] if dateline else line)
    reported = [(note.group(0), note.group("byline"), note.group("action"))] if note and note.group("action") else []
    inside = lexicon.BRACKETED_DATELINE.match(line)
    if inside and inside.group("reporter"):
        start, end = inside.span("reporter")
        reported.append((line[start:end + (line[end:end + 1] in ("／", "/"))], inside.group("reporter"), ""))
    for printed, inner, *action in bracketed + reported or [(line, line)]:
        reading = read_byline(inner)
        if reading and set(reading[0]) <= known_names:
            yield frame(printed, *reading[0], *reading[1], *action)


def photo_credit_frame(line: str) -> tuple[str, Counter[str]] | None:
    """(names, frame) of a photo credit: 摄, brackets, slash, label (图/) and a role word such as 本报记者."""
    found = lexicon.PHOTO_CREDIT.match(line) or lexicon.CAPTION_WITH_CREDIT.match(line) \
        or lexicon.CAPTION_WITH_SOURCE.match(line)
    if not found:
        return None
    reading = read_byline(found.group("names"))
    names = reading[0] if reading else [found.group("names")]
    note = (found.group("photo_note") or "") if "photo_note" in found.re.groupindex else ""  # 张三 摄（视觉中国）
    caption = found.group("caption") if "caption" in found.re.groupindex else ""
    return "".join(names) + "".join(note.split()), frame(found.group(0), caption, *names, note)


def source_note(line: str) -> tuple[str, str] | None:
    """(printed, note) of a source note: a whole line, or a note in brackets closing a paragraph."""
    printed = line[end_note(line) or 0:]
    found = lexicon.CREDIT_NOTE.match(printed) or lexicon.DISPATCH_NOTE.match(printed)
    return (printed, found.group("note")) if found else None


def structure_frames(text: str, page: Page) -> Counter[str]:
    """Printed characters each structure of the record stands for, each frame used once."""
    credits = Counter("".join(simplified(credit).split()) for article in page.articles for credit in article.credits)
    photo_credits = Counter("".join(simplified(block.credit).split()) for article in page.articles
                            for block in article.body if block.credit)
    known_names = {simplified(byline.name) for article in page.articles for byline in article.bylines}
    headlines = Counter(simplified(article.headline) for article in page.articles)
    allowed: Counter[str] = Counter()
    for raw in simplified(text).splitlines():
        line = "".join(ch for ch in raw if ch not in lexicon.LAYOUT_CHARACTERS).strip()
        if (run_in := _RUN_IN_HEAD.match(line)) and headlines[run_in.group("head").strip()] > 0:
            headlines[run_in.group("head").strip()] -= 1
            allowed += characters(run_in.group("colon"))
        if page.input_format == "markdown":
            if list_mark := lexicon.MARKDOWN_LINE_MARK.match(line):
                allowed += characters(list_mark.group())  # a list item's - or +, lifted off like a bullet
                line = line[list_mark.end():]
            # A link's brackets and address are markup, unless the link is the whole line: kept as printed.
            for link in () if lexicon.MARKDOWN_LINK.fullmatch(line) else lexicon.MARKDOWN_LINK.finditer(raw):
                allowed += frame(link.group(0), link.group("text"))
        if (photo := photo_credit_frame(line)) and photo_credits[photo[0]] > 0:
            photo_credits[photo[0]] -= 1
            allowed += photo[1]
        elif note := source_note(line):
            printed, whole = note
            label = _LABEL.match(whole)
            # A source note, kept whole or without its label, or a photo's source, a caption's credit.
            for stored, kept in ((whole, credits), (whole[label.end():] if label else None, credits),
                                 (whole[label.end():] if label else None, photo_credits)):
                if stored and kept["".join(stored.split())] > 0:
                    kept["".join(stored.split())] -= 1
                    allowed += frame(printed, stored)
                    break
        else:
            for byline_frame in byline_frames(line, known_names):
                allowed += byline_frame
    return allowed
