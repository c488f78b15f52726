"""The NewsML-G2 writer: read back by an independent reader (IPTC's newsmlg2),
and by plain XPath for any article, it gives the JSON record's content."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import NewsMLG2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import restructure
from restructure.models import Article, BodyBlock, Byline, Publication, Source
from restructure.validate import check
from restructure.writers import json as json_writer
from restructure.writers import newsml
from restructure.writers.iptc import xml_text
from restructure.writers.newsml import normalized

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
NS = {"g2": newsml.NAR, "h": "http://www.w3.org/1999/xhtml"}


@pytest.fixture(scope="module")
def seed_articles() -> list[Article]:
    return [article for path in SEEDS for article in restructure.convert(path.read_text(), name=path.name).articles]


def record(article: Article) -> dict[str, Any]:
    """The article as its JSON record holds it."""
    return json.loads(json_writer.dumps(article))


def role_word(jobtitle: str | None) -> str | None:
    return unquote(jobtitle.partition(":")[2]) if jobtitle else None


def test_seed_articles_read_back_by_newsmlg2(seed_articles: list[Article]) -> None:
    assert len(seed_articles) >= 10
    for article in seed_articles:
        expected = record(article)
        item = NewsMLG2.NewsMLG2Document(filename_or_string=newsml.dumps(article)).get_item()
        meta = item.contentmeta
        assert item.guid.endswith(expected["id"])
        assert item.itemmeta.itemclass.qcode == "ninat:text"
        titles = {headline.role: str(headline) for headline in meta.headline}
        assert titles == {role: text for role, text in [(None, expected["headline"]),
                                                        ("rshlrole:kicker", expected["kicker"]),
                                                        ("rshlrole:subhead", expected["subheadline"])] if text}
        bylines = [{"name": str(creator.name[0]), "role": role_word(creator.jobtitle)} for creator in meta.creator]
        assert bylines == expected["bylines"]
        assert [creator.literal for creator in meta.creator] == [byline["name"] for byline in expected["bylines"]]
        assert [language.tag for language in meta.language] == [expected["language"]]
        (html,) = item.contentset.inlinexml[0].to_xml()
        paragraphs = html.xpath("h:body/h:p", namespaces=NS)
        assert [p.text for p in paragraphs] == [b["text"] for b in expected["body"] if b["type"] == "paragraph"]
        assert html.xpath("h:body/h:hgroup/h:h1/text()", namespaces=NS) == [expected["headline"]]


def test_seed_article_metadata(seed_articles: list[Article]) -> None:
    """Dates, place, dateline and byline text where the seeds print them."""
    dated = [article for article in seed_articles if article.dateline and article.dateline.date]
    assert dated, "the seeds resolve at least one dateline date"
    for article in dated:
        root = etree.fromstring(newsml.dumps(article))
        assert root.findtext("g2:contentMeta/g2:contentCreated", namespaces=NS) == article.dateline.date.isoformat()
    for article in seed_articles:
        root = etree.fromstring(newsml.dumps(article))
        date = (article.publication and article.publication.date) or (article.dateline and article.dateline.date)
        assert root.findtext("g2:itemMeta/g2:versionCreated", namespaces=NS) == (
            f"{date.isoformat()}T00:00:00+08:00" if date else "1970-01-01T00:00:00+00:00")
        if article.bylines:
            by = root.findtext("g2:contentMeta/g2:by", namespaces=NS)
            assert all(byline.name in by for byline in article.bylines)


def read_back(data: bytes) -> dict[str, Any]:
    """The article's fields from our XML by plain XPath, shaped like its JSON record."""
    root = etree.fromstring(data)
    meta = root.find("g2:contentMeta", NS)

    def headline(role: str | None) -> str | None:
        found = meta.xpath("g2:headline[@role=$role]" if role else "g2:headline[not(@role)]", namespaces=NS,
                           role=f"rshlrole:{role}")
        return found[0].text or "" if found else None

    body = root.find("g2:contentSet/g2:inlineXML/h:html/h:body", NS)
    blocks = []
    for element in body[1:]:  # after the hgroup
        name = etree.QName(element).localname
        if name == "figure":
            caption = element[0]
            credit = caption.find("h:small", NS)
            text = caption.text or ""
            blocks.append({"type": "caption", "text": text[:-1] if credit is not None else text,
                           "credit": None if credit is None else credit.text or ""})
        else:
            blocks.append({"type": "heading" if name == "h2" else "paragraph", "text": element.text or "",
                           "credit": None})
    return {"headline": headline(None), "kicker": headline("kicker"), "subheadline": headline("subhead"),
            "bylines": [{"name": creator.findtext("g2:name", namespaces=NS), "role": role_word(creator.get("jobtitle"))}
                        for creator in meta.iterfind("g2:creator", NS)],
            "body": blocks, "credits": [credit.text or "" for credit in meta.iterfind("g2:creditline", NS)]}


def cleaned(expected: dict[str, Any]) -> dict[str, Any]:
    """What the XML can hold of a record: its texts without XML-forbidden characters (names and credits
    without line breaks either), empty optional texts absent."""
    def text(value: str | None) -> str | None:
        return None if value is None else xml_text(value)

    return {"headline": xml_text(expected["headline"]),
            "kicker": text(expected["kicker"]) or None, "subheadline": text(expected["subheadline"]) or None,
            "bylines": [{"name": normalized(b["name"]), "role": text(b["role"]) or None} for b in expected["bylines"]],
            "body": [{**block, "text": xml_text(block["text"]),
                      "credit": text(block["credit"]) if block["type"] == "caption" and block["credit"] else None}
                     for block in expected["body"]],
            "credits": [normalized(credit) for credit in expected["credits"]]}


# Any content: control characters, U+FFFE, spaces and % in names and role words (a valid language tag).
articles = st.builds(Article, language=st.sampled_from(["zh-Hans", "zh-Hant", "en"]))


@settings(max_examples=300, deadline=None)
@given(articles)
def test_any_article_is_valid_and_reads_back_as_its_record(article: Article) -> None:
    data = newsml.dumps(article)
    check("01.xml", data)  # our profile, body included
    assert read_back(data) == cleaned(record(article))
    assert data == newsml.dumps(article)  # deterministic


def test_forbidden_characters_are_removed() -> None:
    article = Article(id="p-01", source=Source(path="p.txt", sha256="0" * 64), publication=None, language="zh-Hans",
                      kicker=None, headline="标题\x00\x0b", subheadline=None, bylines=[Byline(name="刘\x1f坤")],
                      dateline=None, body=[BodyBlock(type="paragraph", text="正文\ufffe。")], credits=[], repairs=[])
    data = newsml.dumps(article)
    root = etree.fromstring(data)
    assert root.findtext("g2:contentMeta/g2:headline", namespaces=NS) == "标题"
    assert root.find("g2:contentMeta/g2:creator", NS).get("literal") == "刘坤"
    assert root.xpath("//h:body/h:p/text()", namespaces=NS) == ["正文。"]
    assert b"\x00" not in data and "\ufffe".encode() not in data


def test_guid_is_a_stable_ascii_urn() -> None:
    article = Article(id="徐汇报 p1-01", source=Source(path="p.txt", sha256="0" * 64), publication=Publication(
                      name="徐汇报", date=datetime.date(2022, 7, 25)), language="zh-Hans", kicker=None, headline="标题",
                      subheadline=None, bylines=[], dateline=None, body=[], credits=[], repairs=[])
    root = etree.fromstring(newsml.dumps(article))
    guid = root.get("guid")
    assert guid == "urn:newsml:restructure.invalid:%E5%BE%90%E6%B1%87%E6%8A%A5%20p1-01"
    assert unquote(guid.rpartition(":")[2]) == article.id
    assert root.find("g2:itemMeta/g2:provider", NS).get("literal") == "徐汇报"
    assert root.findtext("g2:itemMeta/g2:versionCreated", namespaces=NS) == "2022-07-25T00:00:00+08:00"
