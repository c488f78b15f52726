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

from lxml import etree

from ..models import Article, Byline, Dateline

XHTML = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
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


def xhtml_body(article: Article, namespace: str = XHTML) -> etree._Element:
    """<body>: the headlines in an <hgroup>, then h2 section heads, p paragraphs and
    figure/figcaption captions (the photographer in <small class="credit">).

    namespace "" builds it without one, for a body carried as a string (ninjs).
    """
    ns = f"{{{namespace}}}" if namespace else ""
    body = etree.Element(f"{ns}body", nsmap={None: namespace} if namespace else None)
    hgroup = etree.SubElement(body, f"{ns}hgroup")
    titles = dict(headlines(article))
    for role in (KICKER, MAIN, SUBHEAD):  # in the order they are printed
        if role in titles:
            element = etree.SubElement(hgroup, f"{ns}h1" if role == MAIN else f"{ns}p")
            element.text = titles[role]
            if role != MAIN:
                element.set("class", role)
    for block in article.body:
        if block.type == "caption":
            caption = etree.SubElement(etree.SubElement(body, f"{ns}figure"), f"{ns}figcaption")
            caption.text = xml_text(block.text) + (" " if block.credit else "")
            if block.credit:
                credit = etree.SubElement(caption, f"{ns}small", {"class": "credit"})
                credit.text = xml_text(block.credit)
        else:
            etree.SubElement(body, f"{ns}h2" if block.type == "heading" else f"{ns}p").text = xml_text(block.text)
    return body
