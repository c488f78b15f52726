"""Normalisation of the page text: line ends, control characters, NFC, stray
spaces, punctuation; each change recorded as a page repair, line numbers kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from records import content

import restructure
from restructure import Options
from restructure.models import Repair
from restructure.passes import normalise

SEED = Path(__file__).resolve().parents[1] / "seeds" / "001_263c134d26e6ddd1.txt"
PAGE = "社区食堂开业\n\n记者 张三\n\n本报讯 5月8日，长桥街道首家社区食堂正式开业。\n\n街道还计划在年内再开设两家。"


def kinds(repairs: list[Repair] | tuple[Repair, ...]) -> list[str]:
    return [repair.kind for repair in repairs]


@pytest.mark.parametrize(("text", "expected"), [
    ("区委常委会召开 2021 年度民主生活会", "区委常委会召开2021年度民主生活会"),
    ("2021 年度", "2021年度"),
    ("2022 年 7 月 25 日 星期一", "2022年7月25日 星期一"),
    ("第 3 版", "第3版"),
    ("使用 5G 网络", "使用5G网络"),
    ("本报讯 7月23日", "本报讯 7月23日"),  # a space on one side only may be printed
    ("徐汇通 APP", "徐汇通 APP"),
    ("电话 021 6487", "电话 021 6487"),
    ("记者 张三 李四", "记者 张三 李四"),
    ("新闻热线：96500  版权所有", "新闻热线：96500  版权所有"),  # a wider gap after a number parts fields
    ("星期五  GA08  广州", "星期五  GA08  广州"),  # …and one around a run: an issue line's fields
    ("2026年11月22日 星期日 A05 北京新闻", "2026年11月22日 星期日 A05 北京新闻"),  # so is a weekday's page code
    ("A05 广东新闻", "A05 广东新闻"),  # a code's digits are no number before its unit
    ("国产 C919 大飞机", "国产C919大飞机"),
])
def test_stray_spaces_between_chinese_and_digits_or_latin_go(text: str, expected: str) -> None:
    assert normalise.close_cjk_spacing(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("徐 汇 报", "徐汇报"),
    ("区 领 导 调 研 城 市 更 新", "区领导调研城市更新"),
    ("记 者  刘 坤  朱 亮", "记者  刘坤  朱亮"),  # the wider gaps part the words
    ("本 报 讯  11月18日，区领导赴田林街道调研。", "本报讯  11月18日，区领导赴田林街道调研。"),
    ("记者 张三 李四", "记者 张三 李四"),  # words of two characters: no letter spacing
    ("坚持人民至上 办好民生实事", "坚持人民至上 办好民生实事"),
    ("张三 摄", "张三 摄"),
    # A two-character name padded to the width of three stays apart from the name beside it.
    ("本报记者 王晓东 陈 静", "本报记者 王晓东 陈静"),
    ("记者 陈 静 王晓东", "记者 陈静 王晓东"),
    ("（记者 张 旭 通讯员 李 明）位于", "（记者 张旭 通讯员 李明）位于"),
])
def test_letter_spaced_chinese_closes_up(text: str, expected: str) -> None:
    assert normalise.close_cjk_spacing(text)[0] == expected


# Chinese (a weekday's too), digits, Latin, a code's characters, and every kind of space, often.
SPACED_TEXT = st.lists(st.sampled_from([*"徐汇报期一年", *"20", *"Ap%.-", *normalise.SPACES * 3, "\n"]),
                       max_size=24).map("".join)


@given(SPACED_TEXT)
def test_a_page_with_one_kind_of_space_closes_up_as_with_any(text: str) -> None:
    # The pattern looking for one space character, as the general one does.
    assert normalise.close_cjk_spacing(text)[0] == normalise.STRAY_SPACE.sub(lambda space: space.group("run") or "",
                                                                             text)


def test_spacing_is_on_by_default_recorded_and_can_be_turned_off() -> None:
    text = "徐汇区召开 2022 年工作会议\n\n本报讯 日前，徐汇区召开 2022 年工作会议，部署全年工作。"
    page = restructure.convert(text)
    assert page.articles[0].headline == "徐汇区召开2022年工作会议"
    (repair,) = page.repairs
    assert repair.kind == "normalised_spacing" and repair.detail.endswith("on lines 1, 3")
    kept = restructure.convert(text, options=Options(cjk_spacing=False))
    assert kept.articles[0].headline == "徐汇区召开 2022 年工作会议" and not kept.repairs


@pytest.mark.parametrize(("text", "expected"), [
    ("记者:张三", "记者：张三"),
    ("日前,社区举办活动;居民参加!好吗?", "日前，社区举办活动；居民参加！好吗？"),
    ("(记者 张三)", "（记者 张三）"),
    ("(记者:张三)", "（记者：张三）"),
    ("共有1,000人 10:30开始", "共有1,000人 10:30开始"),  # between digits: not prose punctuation
    ("见 (Smith, 2020) 一文", "见 (Smith, 2020) 一文"),  # brackets around Latin only
    ("http://www.xuhui.gov.cn", "http://www.xuhui.gov.cn"),
])
def test_punctuation_cjk_widens_ascii_marks_inside_chinese(text: str, expected: str) -> None:
    assert normalise.widen_punctuation(text)[0] == expected


def test_punctuation_is_kept_by_default_and_widened_on_request() -> None:
    text = PAGE.replace("，", ",")
    assert restructure.convert(text).articles[0].body[0].text.startswith("本报讯 5月8日,")
    page = restructure.convert(text, options=Options(punctuation="cjk"))
    assert page.articles[0].body[0].text.startswith("本报讯 5月8日，")
    assert kinds(page.repairs) == ["normalised_punctuation"] and "on line 5" in page.repairs[0].detail


def test_text_is_composed_to_nfc() -> None:
    decomposed = "Cafe\u0301 社区\uf900食堂"  # e + combining acute; a compatibility ideograph
    text, repair = normalise.compose_unicode(f"标题\n{decomposed}")
    assert text == "标题\nCafé 社区\u8c48食堂"
    assert repair is not None and repair.kind == "normalised_unicode" and repair.detail.endswith("on line 2")
    assert normalise.compose_unicode(text) == (text, None)


def test_control_characters_are_removed_and_counted_by_line() -> None:
    damaged = PAGE.replace("记者", "\x07记者\x00").replace("街道还", "街道\ufffe还\x1b")
    page = restructure.convert(damaged)
    assert content(page, ignored_repairs={"removed_control_characters"}) == content(restructure.convert(PAGE))
    (repair,) = page.repairs
    assert repair.kind == "removed_control_characters"
    assert repair.detail == "removed 4 control characters (U+0000, U+0007, U+001B, U+FFFE) on lines 3, 7"


def test_the_control_characters_removed_are_those_xml_refuses_and_del_and_the_c1_controls() -> None:
    def xml_char(code: int) -> bool:  # XML 1.0's Char production
        return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000

    removed = {code for code in range(0x110000) if normalise.CONTROL_CHARACTER.match(chr(code))}
    # CR too: unify_line_breaks has made every one a line feed before.
    assert removed == {code for code in range(0x110000) if not xml_char(code) or 0x7F <= code <= 0x9F or code == 0xD}


def test_html_left_in_the_text_is_decoded_and_its_tags_removed() -> None:
    damaged = PAGE.replace("记者", "&ldquo;记者&rdquo;<br/>") \
        .replace("街道还", "街道&#x8FD8;&nbsp;<span class=x>还</span>")
    text, repair = normalise.remove_html_markup(damaged)
    assert text == PAGE.replace("记者", "“记者”").replace("街道还", "街道还 还")
    assert repair is not None and repair.kind == "removed_html_markup"
    assert repair.detail == "decoded 4 HTML character references and removed 3 tags on lines 3, 7"
    # A line break it stands for is no new line; what is no markup stays as printed.
    assert normalise.remove_html_markup("甲&#10;乙")[0] == "甲 乙"
    printed = "网址：<http://www.xh.sh.cn> A&B 1<2 &unknown;"
    assert normalise.remove_html_markup(printed) == (printed, None)


@pytest.mark.parametrize("line_end", ["\r\n", "\r", "\u2028", "\x0c"])
def test_any_line_end_reads_as_a_line_feed(line_end: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    page = restructure.convert(text.replace("\n", line_end), name=SEED.name)
    # Same articles, and the same line numbers in every repair.
    assert content(page) == content(restructure.convert(text, name=SEED.name))


# Pages ending their lines with LF alone skip the split: the result must be the same.
@given(st.text(st.sampled_from("甲a \n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), max_size=12))
def test_line_ends_are_unified_as_splitting_and_joining_would(text: str) -> None:
    assert normalise.unify_line_breaks(text) == ("\n".join(text.splitlines()), None)


def test_no_pass_adds_or_removes_a_line() -> None:
    text = "\x01第 3 版\n\n\n记者:张三\u2028(本报记者 李四)&#13;<br>\n\nCafe\u0301 2021 年"
    normalised, repairs = normalise.normalise(text, Options(punctuation="cjk"))
    assert len(normalised.split("\n")) == len(text.splitlines())
    assert kinds(repairs) == ["removed_html_markup", "removed_control_characters", "normalised_unicode",
                              "normalised_spacing", "normalised_punctuation"]


def test_a_long_list_of_lines_is_cut_short() -> None:
    _, repair = normalise.remove_control_characters("\x00\n" * 30)
    assert repair is not None and repair.detail.endswith(", 20 …") and "removed 30 control characters" in repair.detail
