"""Text normalisation: small pure passes over the page text, run before it is
read into blocks (a control character or a stray space can change how a line
is read).

None adds or removes a line, so block line numbers still point into the
source. A pass that changes the content says so in a page-level Repair with
the count and the lines.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable

from ..lexicon import CJK
from ..models import Repair
from ..options import Options

# A pass: text in; the text, and the repair made (None when nothing changed), out.
TextPass = Callable[[str], tuple[str, Repair | None]]

# Anything but XML 1.0's Char (C0 controls, lone surrogates, U+FFFE/U+FFFF), and DEL and the
# C1 controls, which XML allows but no printed page holds. CR is gone with the line breaks.
CONTROL_CHARACTER = re.compile("[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Spaces that extraction puts between Chinese and digits or Latin: around a run
# set inside Chinese (召开 2021 年度, 第 3 版) and between a number and its unit
# (2021 年: one space; a wider gap parts fields, 96500  版权所有, 星期五  A6  生活). A space on one side only
# is kept: it may be printed (本报讯 7月, 徐汇通 APP). So are the spaces of a folio's fields after
# its weekday (星期日 A05 北京新闻), and a space after a code (A05 北京新闻).
# And the spaces of letter-spaced Chinese (徐 汇 报, 记 者  刘 坤): a single space between
# two characters that each stand alone, with no Chinese character on their other side; the wider gaps
# between the letter-spaced words stay. A character beside a word is no letter-spacing:
# 王晓东 陈 静 pads a two-character name to the width of three.
# The pattern opens with the space, so that the scan skips to the spaces; the look-behinds
# after it check what the space follows.
SPACES = " \t\u3000"
SPACE = f"[{SPACES}]"
LATIN_RUN = "[0-9A-Za-z](?:[0-9A-Za-z.%\\-]*[0-9A-Za-z%])?"
WEEKDAY = "[期拜][一二三四五六日天]"  # 星期日, 礼拜天: its last two characters, for a fixed-width look-behind
# Digits after a letter end a code (A05, GA08), not a number before its unit.
CODE_END = "".join(f"(?<![A-Za-z][0-9]{{{width}}}{SPACE})" for width in (1, 2, 3))


def stray_space(first: str) -> re.Pattern[str]:
    """The stray spaces' pattern, its first space matched by first: SPACE, or one space character."""
    return re.compile(f"{first}(?:(?<=[{CJK}]{SPACE})(?<!{WEEKDAY}{SPACE})(?P<run>{LATIN_RUN}){SPACE}(?=[{CJK}])"
                      f"|(?<=[0-9]{SPACE}){CODE_END}(?=[{CJK}])"
                      f"|(?<=[{CJK}]{SPACE})(?<![{CJK}][{CJK}]{SPACE})(?=[{CJK}](?![{CJK}])))")


STRAY_SPACE = stray_space(SPACE)
# On a page holding one kind of space (most hold ASCII's only) the scan looks for that one
# character: sre skips to a literal several times as fast as it tests each character against a class.
STRAY_SPACE_AFTER = {space: stray_space(re.escape(space)) for space in SPACES}
# What a page half converted from HTML still holds: character references (&nbsp; &ldquo; &#8220;)
# and the tags of line breaks and inline styles (<br/>, <span style=…>); not an address in
# angle brackets (<http://…>), which pages print.
HTML_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
HTML_TAG = re.compile(r"</?(?:br|p|span|div|font|strong|b|i|em|u|sup|sub|h[1-6])(?:\s[^<>\n]*)?/?>", re.IGNORECASE)
FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "!": "！", "?": "？"})
# A mark touching a Chinese character (so not 1,000 or 10:30), and round brackets around Chinese.
ASCII_MARK_IN_CJK = re.compile(f"[,:;!?](?:(?<=[{CJK}][,:;!?])|(?=[{CJK}]))")
ASCII_BRACKETS_IN_CJK = re.compile(f"\\([^()\n]*[{CJK}][^()\n]*\\)")
LINES_SHOWN = 20  # a repair's detail names at most this many lines
# The line boundaries str.splitlines knows besides LF.
OTHER_LINE_BREAKS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def substitute(pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str], text: str) -> tuple[str, list[int]]:
    """text with each match of pattern replaced, and where the matches started."""
    starts: list[int] = []

    def replaced(match: re.Match[str]) -> str:
        starts.append(match.start())
        return replace(match)

    return pattern.sub(replaced, text), starts


def line_numbers(text: str, positions: Iterable[int]) -> list[int]:
    """The 1-based lines of text at positions (ascending), each once."""
    numbers: list[int] = []
    line, counted_to = 1, 0
    for position in positions:
        line += text.count("\n", counted_to, position)
        counted_to = position
        if not numbers or numbers[-1] != line:
            numbers.append(line)
    return numbers


def on_lines(numbers: list[int]) -> str:
    shown = ", ".join(str(number) for number in numbers[:LINES_SHOWN])
    return f"line{'s' if len(numbers) > 1 else ''} {shown}{' …' if len(numbers) > LINES_SHOWN else ''}"


def unify_line_breaks(text: str) -> tuple[str, Repair | None]:
    """CRLF, CR and every other line boundary str.splitlines knows (form feed, NEL,
    U+2028 …) to LF, so that lines are numbered as the readers count them.

    How lines end is not content: no repair is recorded.
    """
    # Most pages end their lines with LF alone: a scan for each other boundary costs a
    # fifth of splitting the page and joining it again.
    for line_break in OTHER_LINE_BREAKS:
        if line_break in text:
            return "\n".join(text.splitlines()), None
    return text.removesuffix("\n"), None  # what splitting and joining leaves of it


def decoded_entity(entity: re.Match[str]) -> str:
    """The character an entity stands for, an unknown name as printed; a line break (no pass
    adds a line) and &nbsp;, which only kept a web page's spacing, as a space."""
    decoded = html.unescape(entity.group())
    return " " if decoded.isspace() else decoded


def remove_html_markup(text: str) -> tuple[str, Repair | None]:
    """HTML's character references decoded and its tags removed: markup, not content."""
    if "&" not in text and "<" not in text:  # most pages
        return text, None
    entity_starts: list[int] = []  # of the references decoded: an unknown name, kept as printed, is none

    def decode(entity: re.Match[str]) -> str:
        decoded = decoded_entity(entity)
        if decoded != entity.group():
            entity_starts.append(entity.start())
        return decoded

    decoded = HTML_ENTITY.sub(decode, text)
    untagged, tag_starts = substitute(HTML_TAG, lambda tag: "", decoded)
    if untagged == text:
        return text, None
    lines = sorted(set(line_numbers(text, entity_starts)) | set(line_numbers(decoded, tag_starts)))
    return untagged, Repair(kind="removed_html_markup", detail=(f"decoded {len(entity_starts)} HTML character "
                                                               f"references and removed {len(tag_starts)} tags "
                                                               f"on {on_lines(lines)}"))


def remove_control_characters(text: str) -> tuple[str, Repair | None]:
    cleaned, starts = substitute(CONTROL_CHARACTER, lambda control: "", text)
    if not starts:
        return text, None
    codes = ", ".join(f"U+{ord(ch):04X}" for ch in sorted({text[start] for start in starts}))
    lines = on_lines(line_numbers(text, starts))
    return cleaned, Repair(kind="removed_control_characters",
                           detail=f"removed {len(starts)} control characters ({codes}) on {lines}")


def compose_unicode(text: str) -> tuple[str, Repair | None]:
    """Unicode NFC: a character and its combining marks as one, compatibility ideographs unified."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    composed = unicodedata.normalize("NFC", text)
    changed = [number for number, (before, after) in
               enumerate(zip(text.split("\n"), composed.split("\n"), strict=True), start=1) if before != after]
    return composed, Repair(kind="normalised_unicode", detail=f"normalised to NFC on {on_lines(changed)}")


def close_cjk_spacing(text: str) -> tuple[str, Repair | None]:
    present = [space for space in SPACES if space in text]
    if not present:
        return text, None
    pattern = STRAY_SPACE_AFTER[present[0]] if len(present) == 1 else STRAY_SPACE
    closed, starts = substitute(pattern, lambda space: space.group("run") or "", text)
    if not starts:
        return text, None
    lines = on_lines(line_numbers(text, starts))
    return closed, Repair(kind="normalised_spacing",
                          detail=f"removed {len(text) - len(closed)} stray spaces in Chinese text on {lines}")


def widen_punctuation(text: str) -> tuple[str, Repair | None]:
    """ASCII , : ; ! ? and ( ) inside Chinese text to their full-width forms."""
    marked, mark_starts = substitute(ASCII_MARK_IN_CJK, lambda mark: mark.group().translate(FULL_WIDTH), text)
    # Brackets second, so that marks inside them are already wide: (记者:张三) → （记者：张三）.
    widened, bracket_starts = substitute(ASCII_BRACKETS_IN_CJK, lambda span: f"（{span.group()[1:-1]}）", marked)
    count = len(mark_starts) + 2 * len(bracket_starts)
    if not count:
        return text, None
    lines = sorted(set(line_numbers(text, mark_starts)) | set(line_numbers(marked, bracket_starts)))
    return widened, Repair(kind="normalised_punctuation",
                           detail=f"{count} ASCII punctuation marks made full-width on {on_lines(lines)}")


def passes(options: Options) -> list[TextPass]:
    """The normalisation passes options ask for, in the order they run."""
    # Markup first: a reference may stand for a control character (&#7;).
    chosen: list[TextPass] = [unify_line_breaks, remove_html_markup, remove_control_characters, compose_unicode]
    if options.cjk_spacing:
        chosen.append(close_cjk_spacing)
    if options.punctuation == "cjk":
        chosen.append(widen_punctuation)
    return chosen


def normalise(text: str, options: Options) -> tuple[str, tuple[Repair, ...]]:
    """text as the readers should see it, and the page repairs that made it so."""
    repairs: list[Repair] = []
    for text_pass in passes(options):
        text, repair = text_pass(text)
        if repair:
            repairs.append(repair)
    return text, tuple(repairs)
