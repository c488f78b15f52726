"""Recognisers for the printed roles of a line: byline, photo credit, dateline,
source note, furniture. They read the lexicon and return structure or None;
the passes decide, with the neighbouring lines, which reading to keep.
"""

from __future__ import annotations

import contextlib
import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .document import first_clause
from .models import Byline, Dateline, Publication

_ROLE_PREFIX = re.compile(f"^{lexicon.BYLINE_ROLE}")
# A role word may name its organisation apart: 第一财经记者, or 经济观察报 记者, 扬子晚报/紫牛新闻记者.
_BRANDED_ROLE = re.compile(f"^{lexicon.BRANDED_ROLE}|^{lexicon.MEDIA_OUTLET}$")
_SURNAMES = frozenset(lexicon.SURNAMES)
# The dateline words' marks, tested one by one in read_dateline (a mark added to the lexicon fails here).
_NEWS, _WIRE, _REPORT, _MESSAGE = lexicon.DATELINE_WORD_MARKS


@dataclass(frozen=True, slots=True)
class BylineReading:
    people: tuple[Byline, ...]
    has_role: bool
    filed_from: str | None = None  # the place it says it was filed from: 記者X／台北報導, 记者 X 上海报道

    @property
    def role_only(self) -> bool:
        return self.has_role and not self.people


# Classification, the byline merges and assembly each read a page's bylines: once is enough.
# The readings are immutable, so sharing them is safe.
@lru_cache(maxsize=256)
def read_byline(text: str, shadow: str | None = None) -> BylineReading | None:
    """Read `记者 刘坤 朱亮`, `本报记者张三 通讯员 李四`, `文/王五` or bare `宗河`.

    Words are recognised on the Simplified shadow; names are taken from text
    (the two are aligned character by character). None when any piece is
    neither a role word nor a name.
    """
    shadow = shadow or text
    if not lexicon.BYLINE_CHARACTERS.fullmatch(shadow):  # digits, quotes, full stops: no byline (and fast)
        return None
    bracketed = lexicon.BYLINE_BRACKETS.match(shadow)
    span = bracketed.span("inner") if bracketed else (0, len(shadow))
    people: list[tuple[str, str | None]] = []  # (name, role): models made once the line reads as a byline
    role: str | None = None
    has_role = False
    pieces = list(lexicon.BYLINE_PIECE.finditer(shadow, *span))
    action_word: str | None = None
    extends_role = False  # a role word here adds to the role before it: no name came between
    role_end_at = 0  # where in text the last role word ended
    signing = False  # the last role word signs for the paper (本报评论员)
    unnamed_brand = False  # a branded role or organisation (第一财经记者, 新华社) no name has followed yet
    filed_from: str | None = None
    name_end: int | None = None  # where the name just read ends, when the piece before was one
    if len(pieces) > 1 and (acting := lexicon.BYLINE_ACTION.fullmatch(pieces[-1].group(0))):
        action = pieces.pop()
        # The place filed from is the dateline's (see assemble.filed_dateline), not part of the role.
        action_start = action.start() + len(acting.group("place") or "")
        filed_from = text[action.start():action_start] or None
        action_word = role = text[action_start:action.end()]  # the role of names printed without a role word
        has_role = True
    for piece in pieces:
        token, start = piece.group(0), piece.start()
        if glued := glued_people(token):
            people.extend((text[start + name_start:start + name_end], text[start + role_start:start + role_end])
                          for (role_start, role_end), (name_start, name_end) in glued)
            has_role, extends_role, unnamed_brand, name_end = True, False, False, None
            continue
        split = split_role(token)
        if split:
            role_end, rest, branded = split
            signing = token[:role_end].endswith(lexicon.SIGNING_ROLES)
            word = text[start:start + role_end]
            # A role printed after a name and a slash is that person's: 张三/文 李四/图.
            if not rest and name_end is not None and shadow[name_end:start].strip() in lexicon.SLASHES:
                name, own_role = people[-1]
                people[-1] = name, f"{own_role} {word}" if own_role else word
                role, has_role, extends_role, name_end = None, True, False, None
                continue
            name_end = None
            # Roles printed one after another are one role: 文/图 南方日报记者 李明, and a slash
            # between them is kept: 扬子晚报/紫牛新闻记者.
            joiner = "/" if text[role_end_at:start].strip() in lexicon.SLASHES else " "
            role = f"{role}{joiner}{word}" if extends_role else word
            role_end_at = start + role_end
            has_role, extends_role, unnamed_brand = True, not rest, branded and not rest
            if rest:
                people.append((text[start + len(token) - len(rest):start + len(token)], role))
            continue
        # Whole, it may still be a name (文静: 文 is a surname too), but not one that opens
        # with a role word and no surname (记者手记, 记者了解).
        if not lexicon.NAME_TOKEN.match(token) or (_ROLE_PREFIX.match(token) and not starts_with_surname(token)):
            return None
        people.append((text[start:start + len(token)], role))
        extends_role = unnamed_brand = False
        name_end = start + len(token)
    if unnamed_brand or (not people and not has_role):  # 致敬一线记者 is a headline
        return None
    if extends_role and people:  # a role after the last name (张三/图) is that person's
        name, last_role = people[-1]
        people[-1] = name, f"{last_role} {role}" if last_role else role
    if not people and signing:  # 本报评论员 alone: the role signs an editorial, its author
        people.append((role, None))
    if action_word and role != action_word:  # (本报记者 王五 整理): the action stays with the role
        people = [(name, f"{person_role} {action_word}" if person_role else action_word)
                  for name, person_role in people]
    people = [(one, person_role) for name, person_role in people for one in names_in(name)]
    return BylineReading(people=tuple(Byline(name=name, role=person_role) for name, person_role in people),
                         has_role=has_role, filed_from=filed_from)


def names_in(name: str) -> list[str]:
    """The people a name-shaped piece names: two names of two characters printed without a
    space between them (张三李四, a surname opening each half) are two; a name opening with a
    compound surname (欧阳明月) is one."""
    if len(name) == 4 and name[0] in _SURNAMES and name[2] in _SURNAMES and name[:2] not in _SURNAMES:
        return [name[:2], name[2:]]
    return [name]


def glued_people(token: str) -> list[tuple[tuple[int, int], tuple[int, int]]] | None:
    """(role span, name span) of each person of a piece printed without spaces (记者朱敏通讯员王一),
    when it is two or more such people and nothing else."""
    if sum(token.count(noun) for noun in lexicon.ROLE_NOUNS) < 2:  # most pieces: one role at most
        return None
    found, end = [], 0
    for person in lexicon.GLUED_PERSON.finditer(token):
        if person.start() != end or not reads_as_a_persons_name(person.group("name")):
            return None
        found.append((person.span("role"), person.span("name")))
        end = person.end()
    return found if end == len(token) else None


def split_role(token: str) -> tuple[int, str, bool] | None:
    """A byline piece read as a role word: (where the word ends, the name glued after it or "",
    whether the organisation is named some other way). A name glued to its role must read as
    a person's: 记者了解 is no byline, and 文汇报 is an organisation, not 文 and a name.
    A role's colon may stand before the role of the people it names: 统筹：南都记者 is one role."""
    if not lexicon.BYLINE_WORD.search(token) and not any(word in token for word in lexicon.MEDIA_NAME_WORDS):
        return None  # a name or a title's words, as most pieces are: no role pattern is tried
    for pattern, branded in ((_ROLE_PREFIX, False), (_BRANDED_ROLE, True)):
        found = pattern.match(token)
        if found:
            rest = token[found.end():].lstrip(":：")
            if not rest or (lexicon.NAME_TOKEN.match(rest) and reads_as_a_persons_name(rest)) \
                    or (token[:found.end()].endswith(lexicon.PEN_NAME_ROLES) and lexicon.OFFICE_PEN_NAME.match(rest)):
                return found.end(), rest, branded
            if len(rest) < len(token) - found.end() and (inner := split_role(rest)):
                inner_end, name, inner_branded = inner
                return len(token) - len(rest) + inner_end, name, inner_branded
    return None


def names_someone(text: str, shadow: str | None = None) -> bool:
    reading = read_byline(text, shadow)
    return bool(reading and reading.people)


def starts_with_surname(name: str) -> bool:
    return name[0] in _SURNAMES or name[:2] in _SURNAMES


def reads_as_a_persons_name(name: str) -> bool:
    """Opens with a surname, or is a dotted Uyghur or Kazakh name (阿依·吐尔逊)."""
    return starts_with_surname(name) or "·" in name


def is_column_label(text: str, labels: frozenset[str]) -> bool:
    """The name of a column (简讯, 【短评】), among labels, or named for its beat with one of them
    at its end (社区简讯, 国内要闻): it heads items, it names no one."""
    label = text.strip(lexicon.COLUMN_LABEL_FRAME)
    return label in labels or (len(label) <= lexicon.COLUMN_NAME_MAX_CHARS
                               and any(label[-length:] in labels for length in range(2, len(label))))


def looks_like_name(text: str) -> bool:
    """A bare pen name or a few names: 宗河, 张三 李四 — each starting with a surname."""
    reading = read_byline(text)
    return bool(reading and reading.people and not reading.has_role and len(reading.people) <= 3
                and all(starts_with_surname(person.name) for person in reading.people))


def _group(found: re.Match[str], text: str, name: str) -> str | None:
    """A named group of a match on the shadow, taken from the aligned original text."""
    start, end = found.span(name)
    return text[start:end] if start >= 0 and end > start else None


def ends_as_photo_credit(shadow: str) -> bool:
    """Whether a line ends as a photo credit does (…陈二 摄, …提供), maybe closing a bracket,
    maybe with a note in brackets after it (…张三 摄（视觉中国）)."""
    end = shadow.rstrip(" )）")
    if end.endswith(lexicon.PHOTO_CREDIT_ENDINGS):
        return True
    if len(end) == len(shadow):  # most lines: no bracket closes them, none holds a note
        return False
    bracket = max(end.rfind("("), end.rfind("（"))
    return bracket > 0 and end[:bracket].rstrip(" )）").endswith(lexicon.PHOTO_CREDIT_ENDINGS)


def read_photo_credit(text: str, shadow: str | None = None) -> str | None:
    """`陈二 摄` / `(本报记者 陈二 摄)` → 陈二 (names only); `图／美联社` → 美联社."""
    shadow = shadow or text
    found = lexicon.PHOTO_CREDIT.match(shadow) or lexicon.PHOTO_SOURCE_LINE.match(shadow) \
        or lexicon.PHOTO_AGENCY_LINE.match(shadow)
    return _credit_names(found, text) if found and _credits_people(found) else None


def split_caption_credit(text: str, shadow: str | None = None) -> tuple[str, str] | None:
    """`图为现场 陈二 摄` → (图为现场, 陈二); `市民拍照留念。图/视觉中国` → (市民拍照留念。, 视觉中国)."""
    shadow = shadow or text
    found = lexicon.CAPTION_WITH_CREDIT.match(shadow) or lexicon.CAPTION_WITH_SOURCE.match(shadow)
    if not found or not _credits_people(found):
        return None
    return _group(found, text, "caption") or "", _credit_names(found, text)


def _credits_people(found: re.Match[str]) -> bool:
    """A credit ending in a bare 图 (李华 图) names people, each starting with a surname: 区域 规划 图
    is no credit. Other role words say a credit is one whoever it names."""
    if "picture_role" not in found.re.groupindex or found.start("picture_role") < 0:
        return True
    return looks_like_name(found.group("names"))


def _credit_names(found: re.Match[str], text: str) -> str:
    """The names a credit gives, and the note in brackets after them: 张三（视觉中国）, 王五（资料图片）."""
    start, end = found.span("names")
    reading = read_byline(text[start:end], found.string[start:end])
    names = " ".join(person.name for person in reading.people) if reading and reading.people \
        else text[start:end].strip()
    note = _group(found, text, "photo_note") if "photo_note" in found.re.groupindex else None
    return f"{names}{''.join(note.split())}" if note else names


def read_credit_note(text: str, shadow: str | None = None) -> str | None:
    """`（综合自：话匣子 汤丽薇）` → 综合自：话匣子 汤丽薇; `（新华社北京3月17日电）` → 新华社北京3月17日电."""
    shadow = shadow or text
    found = (lexicon.CREDIT_NOTE.match(shadow) if shadow.lstrip()[:1] in lexicon.CREDIT_NOTE_OPENINGS else None) \
        or dispatch_note(shadow)
    return _group(found, text, "note") if found else None


def photo_source(text: str, shadow: str | None = None) -> str | None:
    """`（图片来源：视觉中国）` → 视觉中国, `（图片由区文旅局提供）` → 区文旅局: a source note that says
    where a photo came from."""
    shadow = shadow or text
    found = lexicon.CREDIT_NOTE.match(shadow)
    if not found:
        return None
    start, end = found.span("note")
    if provided := lexicon.PICTURE_PROVIDED.match(shadow, start, end):
        return _group(provided, text, "source")
    label = next((label for label in lexicon.PHOTO_SOURCE_LABELS if shadow.startswith(label, start)), None)
    return (text[start + len(label):end].lstrip(" :：") or None) if label else None


def dispatch_note(shadow: str) -> re.Match[str] | None:
    """`（新华社北京3月17日电）` alone: a source note (the ending is tested first: most lines have none)."""
    return lexicon.DISPATCH_NOTE.match(shadow) if shadow.endswith(lexicon.DISPATCH_NOTE_ENDINGS) else None


@dataclass(frozen=True, slots=True)
class DatelineReading:
    source: str | None
    place: str | None
    date_text: str | None
    end: int  # where the formula ends in the line
    reporter: tuple[int, int] | None = None  # where a reporter printed inside the formula stands


# A lead is read again by assembly, and a paper's bylines and furniture recur page to page: the
# cache holds the lines of some thirty pages (a third of a megabyte).
@lru_cache(maxsize=1024)
def read_dateline(text: str, shadow: str | None = None) -> DatelineReading | None:
    """`本报讯 7月23日下午,…`, `本报上海5月31日电 …`, `新华社北京电 …`."""
    shadow = shadow or text
    # Most lines hold no dateline word before their first clause mark, where every formula names
    # one: no formula is tried. Most hold no word's mark at all: a substring test a mark, unrolled
    # (a loop's steps cost as much as the tests; one search for them all, testing every character
    # against each mark's first, half as much again). The first clause is read only of a line holding a word.
    if _NEWS in shadow or _WIRE in shadow or _REPORT in shadow or _MESSAGE in shadow:
        for word in lexicon.DATELINE_WORDS:
            if word in shadow and word in first_clause(shadow):
                if dispatch_note(shadow):  # a source note at an article's end
                    return None
                found = lexicon.FORMULA_DATELINE.match(shadow) or lexicon.FILED_DATELINE.match(shadow)
                if found:
                    return formula_reading(found, text)
                break
    # No formula, but a paper's reporters in brackets (【环球时报记者 刘洋】) or a reporter's note opening the lead
    if shadow[:1] not in lexicon.DATELINE_BRACKETS \
            and not lexicon.LEAD_ROLE_WORD.search(shadow, 0, lexicon.LEAD_ROLE_WITHIN):
        return None
    return read_bracketed_dateline(text, shadow) or read_reporting_lead(shadow)


def formula_reading(found: re.Match[str], text: str) -> DatelineReading | None:
    """What a dateline formula found at the line's start says; None for a word that only looks like one."""
    place = _group(found, text, "place") if "place" in found.re.groupindex else None
    if place and found.group("place").endswith(("讯", "消息")):
        return None
    # A note inside the formula is read by the caller from where the note starts.
    noted = "note" in found.re.groupindex and found.group("note")
    return DatelineReading(source=_group(found, text, "source") or "", place=place,
                           date_text=_group(found, text, "date"),
                           end=found.start("note") if noted else found.end())


def read_bracketed_dateline(text: str, shadow: str) -> DatelineReading | None:
    """`〔記者王小明／台北報導〕…`, `（中央社記者李大華台北1日電）…`: a formula that says who, where
    or when (a bracketed reporter alone is a note, not a dateline)."""
    found = lexicon.BRACKETED_DATELINE.match(shadow)
    if not found or not (found.group("source") or found.group("place") or found.group("date")):
        return None
    return DatelineReading(source=_group(found, text, "source"), place=_group(found, text, "place"),
                           date_text=_group(found, text, "date"), end=found.end(),
                           reporter=found.span("reporter") if found.group("reporter") else None)


def read_reporting_lead(shadow: str) -> DatelineReading | None:
    """`本报记者 张华 报道：…`, `（记者 何佳）今年…` or `本报记者 陈静 近日，…`: a lead that names its
    reporters, saying so, in brackets, or set apart by spaces before a date or a paragraph's
    opener, in place of a formula. It opens an article as a dateline does; the reading is
    empty but for where the note starts."""
    found = lexicon.REPORTER_NOTE.match(shadow)
    if not found:
        return None
    rest = shadow[found.end():]
    opens = found.group("action") or (found.group("open") and rest.strip()) \
        or (found.group("spaced") and opens_text(rest) and names_people(found.group("byline")))
    return DatelineReading(source=None, place=None, date_text=None, end=0) if opens else None


def opens_text(text: str) -> bool:
    """Whether text opens as a lead does after its reporters: with a date, or an opener and its comma (近日，)."""
    clause = first_clause(text)
    return lexicon.LEADING_DATE.match(text) is not None \
        or (len(clause) < len(text) and clause in lexicon.PARAGRAPH_OPENERS)


def names_people(byline: str) -> bool:
    """A byline whose names all read as people's (记者 近日 names no one)."""
    reading = read_byline(byline)
    return bool(reading and reading.people) and all(reads_as_a_persons_name(person.name) for person in reading.people)


@lru_cache(maxsize=1024)  # a paper prints its furniture, and its reporters' bylines, on every page
def is_furniture(text: str, page_top: bool) -> bool:
    """Masthead, QR-code labels, URLs and the issue line: page text outside any article."""
    if "。" in text or "，" in text or "," in text or text[-1:] in lexicon.SENTENCE_END:
        return False
    first = text[:1]
    if ((first in lexicon.FURNITURE_LINE_OPENINGS or first.isspace()) and lexicon.FURNITURE_LINE.match(text)) \
            or lexicon.FURNITURE_MARK.search(text):
        return True
    # The ending is tested first: most lines end otherwise, and are not measured.
    if text.endswith(lexicon.CHANNEL_LABELS) and len("".join(text.split())) <= 16:
        return True
    if not page_top:
        return False
    compact = "".join(text.split())
    if any(pattern.match(compact) for pattern in lexicon.PAGE_TOP_FORMS) or lexicon.LATIN_MASTHEAD.match(text):
        return True
    if lexicon.PAGE_SECTION.match(compact) and compact not in lexicon.BRIEFS_COLUMN_LABELS \
            and compact not in lexicon.PHOTO_ITEM_LABELS:
        return True
    # The paper's name with furniture after it on one line: 聯合報 A6版 生活, 人民日报 2024年1月3日.
    opening = lexicon.MASTHEAD_OPENING.match(text)
    return opening is not None and is_furniture(text[opening.end():], page_top)


def make_dateline(reading: DatelineReading, issued: datetime.date | None) -> Dateline:
    return Dateline(source=reading.source, place=reading.place, date_text=reading.date_text,
                    date=resolve_date(reading.date_text, issued))


_CN_DIGITS = {ch: n for n, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _number(text: str) -> int | None:
    text = text.strip().translate(_ASCII_DIGITS)
    if text.isdigit():
        return int(text)
    if all(ch in _CN_DIGITS or ch == "十" for ch in text) and text:
        if "十" not in text:
            return int("".join(str(_CN_DIGITS[ch]) for ch in text))
        tens, _, units = text.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(units, 0) if units else 0)
    return None


def resolve_date(date_text: str | None, issued: datetime.date | None) -> datetime.date | None:
    """`7月23日下午` with the issue's year, `1日` with its month (or the month before, for a day
    later than the issue's) → date; None when not a calendar date or the page prints no date."""
    found = lexicon.DATE_PARTS.search(date_text) if date_text else None
    if not found:
        return None
    printed_year = _number(found.group("year")) if found.group("year") else None
    if printed_year is not None and printed_year < 100:
        printed_year += 2000
    day = _number(found.group("day"))
    if found.group("month") is None:
        if issued is None or day is None:
            return None
        month_start = issued.replace(day=1) if day <= issued.day else (issued.replace(day=1) - datetime.timedelta(1))
        year, month = month_start.year, month_start.month
    else:
        year, month = printed_year or (issued.year if issued else None), _number(found.group("month"))
    if year is None or month is None or day is None:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def read_publication(furniture: list[str], shadows: list[str] | None = None) -> Publication | None:
    """Paper name, issue and date from the masthead and issue line, if printed.

    Read on the Simplified shadows of the lines when given (徐匯報 as 徐汇报), the name taken from the line.
    """
    fields: dict[str, object] = {}
    for line, shadow in zip(furniture, shadows or furniture, strict=True):
        # White space is the same in a line and its shadow: the compact forms stay aligned.
        compact, compact_shadow = "".join(line.split()), "".join(shadow.split())
        if "name" not in fields:
            if found := lexicon.MASTHEAD.match(compact_shadow) or lexicon.PUBLICATION_NAME.search(compact_shadow):
                fields["name"] = _group(found, compact, "name")
            elif found := lexicon.MASTHEAD_OPENING.match(shadow):
                fields["name"] = _group(found, line, "name")
        if "issue" not in fields and (found := lexicon.ISSUE.search(compact_shadow)):
            fields["issue"] = int(found.group("issue"))
        if "issue_total" not in fields and (found := lexicon.ISSUE_TOTAL.search(compact_shadow)):
            fields["issue_total"] = int(found.group("total"))
        if "date" not in fields and (found := lexicon.ISSUE_DATE.search(compact_shadow)):
            with contextlib.suppress(ValueError):  # an impossible printed date is no date
                fields["date"] = datetime.date(*(int(found.group(k)) for k in ("year", "month", "day")))
    return Publication(**fields) if fields else None
