"""The ninjs writer: the JSON record's content in ninjs 3.1 terms, with no nulls
and an XHTML body, for the seeds and for any article."""

from __future__ import annotations

import json
from pathlib import Path
from textwrap import dedent
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import restructure
from restructure.models import Article
from restructure.validate import check
from restructure.writers import json as json_writer
from restructure.writers import newsml, ninjs

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module")
def seed_articles() -> list[Article]:
    return [article for path in SEEDS for article in restructure.convert(path.read_text(), name=path.name).articles]


def body(item: dict[str, Any]) -> etree._Element:
    """The XHTML body of a ninjs item, as an element (its value holds <body>'s children)."""
    (xhtml,) = [b for b in item["bodies"] if b["contentType"] == "application/xhtml+xml"]
    return etree.fromstring(f'<body xmlns="http://www.w3.org/1999/xhtml">{xhtml["value"]}</body>')


def nulls(value: Any) -> bool:
    if isinstance(value, dict):
        return any(nulls(item) for item in value.values())
    if isinstance(value, list):
        return any(nulls(item) for item in value)
    return value is None


def test_seed_articles_carry_their_record(seed_articles: list[Article]) -> None:
    for article in seed_articles:
        record = json.loads(json_writer.dumps(article))
        item = json.loads(ninjs.dumps(article))
        assert item["uri"] == f"urn:newsml:restructure.invalid:{record['id']}"
        assert item["standard"]["version"] == "3.1" and item["type"] == "text"
        assert item["language"] == record["language"]
        assert [(h["role"], h["value"]) for h in item["headlines"]] == [
            (role, text) for role, text in [("main", record["headline"]), ("kicker", record["kicker"]),
                                            ("subhead", record["subheadline"])] if text]
        assert [source["name"] for source in item.get("infoSources", [])] == [b["name"] for b in record["bylines"]]
        xml = etree.fromstring(newsml.dumps(article))
        assert item.get("by") == xml.findtext("{*}contentMeta/{*}by")  # the same phrase in both formats
        assert item["versionCreated"] == xml.findtext("{*}itemMeta/{*}versionCreated").replace("+00:00", "Z")
        paragraphs = [p.text for p in body(item).iterfind(f"{XHTML}p")]
        assert paragraphs == [b["text"] for b in record["body"] if b["type"] == "paragraph"]
        assert body(item).findtext(f"{XHTML}hgroup/{XHTML}h1") == record["headline"]
        assert not nulls(item)


def test_dateline_place_and_credits() -> None:
    page = restructure.convert(dedent("""
        人民日报
        2023年5月12日 星期五 第4版 要闻

        我国首艘国产大型邮轮完成试航
        新华社上海5月11日电（记者 张建松 王辰阳）
        记者11日从中国船舶集团获悉，邮轮完成第二次试航。

        图为邮轮在长江口海域试航。 新华社记者 丁汀 摄

        （综合自：新华社）
    """).strip(), name="p.txt")
    (article,) = page.articles
    item = json.loads(ninjs.dumps(article))
    assert item["located"] == article.dateline.place == "上海"
    assert item["contentCreated"] == f"{article.dateline.date.isoformat()}T00:00:00+08:00"
    assert item["versionCreated"] == "2023-05-12T00:00:00+08:00"
    assert item["by"] == "记者 张建松 王辰阳"
    descriptions = {d["role"]: d["value"] for d in item["descriptions"]}
    assert descriptions["dateline"].startswith("新华社 上海 5月11日")
    assert descriptions["credit"] == article.credits[0]
    (figure,) = body(item).iterfind(f"{XHTML}figure")
    assert figure.findtext(f"{XHTML}figcaption/{XHTML}small[@class='credit']") == "丁汀"


@settings(max_examples=300, deadline=None)
@given(st.builds(Article, language=st.sampled_from(["zh-Hans", "zh-Hant", "en"])))
def test_any_article_gives_valid_ninjs_without_nulls(article: Article) -> None:
    data = ninjs.dumps(article)
    check("01.ninjs.json", data)  # our ninjs profile, and the body against our XHTML profile
    item = json.loads(data)
    assert not nulls(item)
    assert len(list(body(item).iterfind(f"{XHTML}p"))) == sum(block.type == "paragraph" for block in article.body)
    assert data == ninjs.dumps(article)
