"""Traditional Chinese: recognised on a Simplified shadow, kept as printed, and
--script conversion of the output with OpenCC."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from records import content

import restructure
from restructure import Options, script
from restructure.readers import read

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
TRADITIONAL_SCRIPTS = ("hant", "tw", "hk")


@pytest.mark.parametrize("target", TRADITIONAL_SCRIPTS)
@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.stem)
def test_a_traditional_page_gives_the_articles_of_its_simplified_original(path: Path, target: str) -> None:
    """Converting the seed to Traditional first, or its records afterwards, gives the same page."""
    text = path.read_text(encoding="utf-8")
    config, _ = script.CONFIGS[target]
    traditional = restructure.convert(opencc.OpenCC(config).convert(text), name=path.name)
    simplified = restructure.convert(text, name=path.name)
    assert traditional.language == "zh-Hant" and simplified.language == "zh-Hans"
    converted = script.convert_page(simplified, target)
    assert traditional.articles and content(traditional) == content(converted, ignored_repairs={"converted_script"})


def test_the_output_keeps_the_printed_characters() -> None:
    page = restructure.convert("徐匯報\n\n社區食堂開業\n\n記者 張三\n\n本報訊 5月8日，長橋街道首家社區食堂正式開業。")
    (article,) = page.articles
    assert (article.headline, article.bylines[0].name, article.bylines[0].role) == ("社區食堂開業", "張三", "記者")
    assert article.dateline is not None and article.dateline.source == "本報訊"
    assert page.publication is not None and page.publication.name == "徐匯報"
    assert article.language == page.language == "zh-Hant"
    assert not any(repair.kind == "converted_script" for repair in page.repairs)


@pytest.mark.parametrize(("target", "language"), [("hans", "zh-Hans"), ("hant", "zh-Hant"), ("tw", "zh-Hant-TW"),
                                                  ("hk", "zh-Hant-HK")])
def test_script_converts_every_text_field_and_sets_the_language(target: str, language: str) -> None:
    text = SEEDS[1].read_text(encoding="utf-8")
    kept = restructure.convert(text, name=SEEDS[1].name)
    converted = restructure.convert(text, name=SEEDS[1].name, options=Options(script=target))
    convert = opencc.OpenCC(script.CONFIGS[target][0]).convert
    assert converted.language == language and {article.language for article in converted.articles} == {language}
    assert converted.furniture == [convert(line) for line in kept.furniture]
    assert converted.publication == kept.publication.model_copy(update={"name": convert(kept.publication.name)})
    for before, after in zip(kept.articles, converted.articles, strict=True):
        assert after.id == before.id and after.source == before.source
        assert after.headline == convert(before.headline)
        assert [block.text for block in after.body] == [convert(block.text) for block in before.body]
        assert [(b.name, b.role) for b in after.bylines] == [(convert(b.name), b.role and convert(b.role))
                                                             for b in before.bylines]
        assert after.repairs[-1].kind == "converted_script" and language in after.repairs[-1].detail
    assert converted.repairs[-1].kind == "converted_script"


def test_hans_simplifies_a_traditional_page() -> None:
    text = "社區食堂開業\n\n本報訊 日前，長橋街道首家社區食堂正式開業。"
    page = restructure.convert(text, options=Options(script="hans"))
    assert page.articles[0].headline == "社区食堂开业" and page.language == "zh-Hans"
    assert page.articles[0].body[0].text == "本报讯 日前，长桥街道首家社区食堂正式开业。"


def test_a_simplified_page_with_a_few_traditional_characters_stays_simplified() -> None:
    doc = read("乾隆年间的徐匯老街\n\n本报讯 日前，徐汇区举办老街文化节，展示历史风貌。")
    assert script.language_of(doc.blocks) == "zh-Hans"
    assert doc.blocks[0].shadow == "乾隆年间的徐汇老街"


def test_lines_without_traditional_characters_are_their_own_shadow() -> None:
    line = "本报讯 日前，社区举办活动。"
    assert script.simplified(line) is line


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("本報訊記者攝影臺灣為爲著着後裡乾隆於 ，。12ab\t"), max_size=60))
def test_the_shadow_aligns_with_the_text_character_by_character(text: str) -> None:
    shadow = script.simplified(text)
    assert len(shadow) == len(text)
    assert [ch for ch in shadow if ch.isspace() or ch.isascii()] == [ch for ch in text if ch.isspace() or ch.isascii()]
