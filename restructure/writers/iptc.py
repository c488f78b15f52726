"""What the two IPTC writers (NewsML-G2 and ninjs) share: the item's URI and
dates, the byline and dateline as printed, the headlines with their roles,
and the article body as XHTML.

The profile both follow is documented field by field in schemas/README.md.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from itertools import groupby
from urllib.parse import quote

from ..models import Article, Byline, Dateline
from . import markup

XHTML = "http://www.w3.org/1999/xhtml"
# .invalid can never be registered, so these URNs cannot clash with a real provider's.
PROVIDER = "restructure.invalid"
# The dates are printed dates of Chinese papers: midnight China Standard Time.
PRINT_TIME_ZONE = datetime.timezone(datetime.timedelta(hours=8), "CST")
# versionCreated is required; with no date on the page a fixed one keeps re-runs byte-identical.
UNDATED = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)

# XML 1.0 Char: no C0 controls but tab/newline/return, no surrogates, no U+FFFE/U+FFFF.
NOT_XML_CHARACTER = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

MAIN, KICKER, SUBHEAD = "main", "kicker", "subhead"  # headline roles, named as IPTC's guidelines name them


def xml_text(text: str) -> str:
    """text without the characters XML cannot carry, which lxml would refuse."""
    # Printable text has none (controls, surrogates and non-characters are all unprintable): most text, at a
    # fifth of the cost of the substitution.
    return text if text.isprintable() else NOT_XML_CHARACTER.sub("", text)


def item_uri(article: Article) -> str:
    """A stable URN from the article id, ASCII so that it is a URI as well as an IRI."""
    return f"urn:newsml:{PROVIDER}:{quote(article.id, safe='')}"


def at_midnight(date: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(date, datetime.time(), PRINT_TIME_ZONE)


def version_created(article: Article) -> datetime.datetime:
    """The issue date (else the dateline's) at midnight: the same input gives the same bytes."""
    date = (article.publication and article.publication.date) or (article.dateline and article.dateline.date)
    return at_midnight(date) if date else UNDATED


def content_created(article: Article) -> datetime.date | None:
    """When the story was filed: its dateline's date, else the issue date."""
    return (article.dateline and article.dateline.date) or (article.publication and article.publication.date)


def headlines(article: Article) -> list[tuple[str, str]]:
    """(role, text) of each headline printed, the main one first."""
    titles = [(MAIN, article.headline), (KICKER, article.kicker), (SUBHEAD, article.subheadline)]
    return [(role, clean) for role, text in titles if (clean := xml_text(text or "")) or role == MAIN]


def byline_text(bylines: Iterable[Byline]) -> str | None:
    """The bylines as a paper prints them: each role word once before its names (记者 刘坤 朱亮)."""
    words = []
    for role, group in groupby(bylines, key=lambda byline: byline.role):
        words.extend([role] if role else [])
        words.extend(byline.name for byline in group)
    return xml_text(" ".join(words)) or None


def located(article: Article) -> str | None:
    """Where the story was filed, if the dateline says."""
    return xml_text((article.dateline and article.dateline.place) or "") or None


def dateline_text(dateline: Dateline | None) -> str | None:
    if dateline is None:
        return None
    return xml_text(" ".join(part for part in (dateline.source, dateline.place, dateline.date_text) if part)) or None


def xhtml_body(article: Article) -> markup.Element:
    """<body>: the headlines in an <hgroup>, then h2 section heads, p paragraphs and
    figure/figcaption captions (the photographer in <small class="credit">).

    In no namespace of its own: NewsML-G2 prints it inside its <html>, ninjs as text.
    """
    body = markup.Element("body")
    hgroup = body.add("hgroup")
    titles = dict(headlines(article))
    for role in (KICKER, MAIN, SUBHEAD):  # in the order they are printed
        if role in titles:
            hgroup.add("h1" if role == MAIN else "p", titles[role], None if role == MAIN else {"class": role})
    for block in article.body:
        if block.type == "caption":
            caption = body.add("figure").add("figcaption", xml_text(block.text) + (" " if block.credit else ""))
            if block.credit:
                caption.add("small", xml_text(block.credit), {"class": "credit"})
        else:
            body.add("h2" if block.type == "heading" else "p", xml_text(block.text))
    return body
