"""Nothing lost, nothing doubled: every printed character of a page, apart from
white space and layout marks, ends up in exactly one place of its record
(tests/conservation.py says what a record may hold as structure instead)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conservation import duplicated_characters, lost_characters
from pagegen import generate

import restructure

SEED_DIR = Path(__file__).resolve().parents[1] / "seeds"
GENERATED_PAGES = 200
SMALL_PAGE = "标题一二三四五六\n\n记者 张三\n\n本报讯 日前，社区举办活动。"


def assert_conserved(text: str, name: str) -> None:
    page = restructure.convert(text, name=name)
    lost, doubled = lost_characters(text, page), duplicated_characters(text, page)
    assert not lost and not doubled, f"lost {dict(lost)}, doubled {dict(doubled)}"


@pytest.mark.parametrize("path", sorted(SEED_DIR.glob("*.txt")), ids=lambda path: path.stem)
def test_seed_page_keeps_every_character(path: Path) -> None:
    assert_conserved(path.read_text(encoding="utf-8"), path.name)


@pytest.mark.parametrize("seed", range(GENERATED_PAGES))
def test_generated_page_keeps_every_character(seed: int) -> None:
    assert_conserved(generate(seed).text, f"generated-{seed}.txt")


@pytest.mark.parametrize("text", [
    "标题一二三四五六\n\n记者 张三 李四\n\n本报讯 日前，社区举办活动。",
    "标题一二三四五六\n\n本报讯（记者 李五）日前，社区举办活动。\n\n图为现场。\n\n本报记者 李四 摄影",
    "标题一二三四五六\n\n记者：张三、王五\n\n本报讯 日前，社区举办活动。\n\n（综合自：区融媒体中心）",
    "标题一二三四五六\n\n本报北京4月12日讯 记者王五报道：日前，社区举办活动。\n\n图为现场。（新华社发 李四 摄）"
    "\n\n图片来源：视觉中国",
    "台北捷運新線通車\n\n〔記者王小明／台北報導〕台北捷運新線今天通車。\n\n（中央社記者李大華台北1日電）交通部今天公布統計。",
    "标题一二三四五六\n\n文 | 本报记者 张三\n\n本报讯 日前，社区举办活动。\n\n（本版图片均由受访者提供）",
    "简讯\n●社区运动会开幕：两千余名居民参加了开幕式。\n●新图书馆开馆：馆藏图书十万余册，免费开放。",
], ids=["shared role word", "reporter note and photo credit", "byline colon and source note",
        "reported note, agency photo and bare source note", "reporters inside bracketed datelines",
        "bar between role words and a provided-by note", "colon after a briefs item's run-in headline"])
def test_a_structure_may_stand_for_its_frame(text: str) -> None:
    assert_conserved(text, "frame.txt")


def test_a_dropped_paragraph_is_lost_and_a_repeated_one_doubled() -> None:
    page = restructure.convert(SMALL_PAGE)
    (article,) = page.articles
    emptied = page.model_copy(update={"articles": [article.model_copy(update={"body": []})]})
    assert lost_characters(SMALL_PAGE, emptied) == Counter("本报讯日前，社区举办活动。")
    repeated = page.model_copy(update={"articles": [article.model_copy(update={"body": article.body * 2})]})
    assert duplicated_characters(SMALL_PAGE, repeated) == Counter("本报讯日前，社区举办活动。")
