"""Validation: `restructure validate` on fresh and on hand-broken output, the
check before writing, and our output against IPTC's own schemas."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import restructure
from restructure import validate
from restructure.batch import Failure, run
from restructure.cli import app
from restructure.models import Article
from restructure.options import Options
from restructure.writers import newsml, ninjs

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
# IPTC's schemas and examples: beside the repo, or where RESTRUCTURE_STANDARDS says.
STANDARDS = Path(os.environ.get("RESTRUCTURE_STANDARDS") or ROOT.parent / "shared" / "standards")


@pytest.fixture(scope="module")
def standards() -> Path:
    if not (STANDARDS / validate.IPTC_NEWSML).is_file():
        pytest.skip(f"IPTC standards folder not found at {STANDARDS} (set RESTRUCTURE_STANDARDS)")
    return STANDARDS


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    summary = run([SEEDS], out, Options())
    assert summary.failures == [] and summary.articles >= 10
    return out


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["validate", *args])
    return result.exit_code, result.stdout, result.stderr


def test_fresh_conversion_is_valid(converted: Path) -> None:
    files = [path for path in converted.rglob("*") if path.is_file()]
    assert {path.name for path in files} >= {"page.json", "01.json", "01.xml", "01.ninjs.json"}
    code, stdout, stderr = invoke(str(converted))
    assert (code, stdout) == (0, "")
    assert stderr.strip() == f"{len(files)} valid, 0 invalid"


def test_hand_broken_files_are_named_with_the_reason(converted: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(converted, out)
    page = sorted(out.iterdir())[1]
    xml = page / "01.xml"
    xml.write_bytes(xml.read_bytes().replace(b"<itemClass", b"<itemKlass", 1))
    record = page / "01.json"
    record.write_text(json.dumps({**json.loads(record.read_bytes()), "bylines": [{"role": "记者"}]}))
    item = page / "01.ninjs.json"
    item.write_bytes(item.read_bytes().replace(b"<h1>", b"<h1><b>").replace(b"</h1>", b"</b></h1>"))
    (page / "page.json").write_text("{")

    code, stdout, stderr = invoke(str(out))
    assert code == 1
    assert stdout.splitlines() == [  # in path order
        f"{record}: $.bylines[0]: 'name' is a required property",
        f"{item}: $.bodies[0].value /body/hgroup/h1 (line 1): Element 'h1': Element content is not allowed, "
        "because the type definition is simple.",
        f"{xml}: /newsItem/itemMeta/itemKlass (line 9): Element 'itemKlass': This element is not expected. "
        "Expected is ( itemClass ).",
        f"{page / 'page.json'}: not JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
    ]
    assert stderr.strip().endswith(", 4 invalid")


def test_usage_errors_and_empty_folders(tmp_path: Path) -> None:
    assert invoke(str(tmp_path / "missing"))[0] == 2
    code, _, stderr = invoke(str(tmp_path), "--standards", str(tmp_path))
    assert code == 2 and "--standards" in stderr  # a folder without IPTC's schemas
    assert invoke(str(tmp_path)) == (1, f"{tmp_path}: folder holds no .json or .xml files\n", "0 valid, 1 invalid\n")
    (notes := tmp_path / "notes.txt").write_text("x")
    assert invoke(str(notes))[1].startswith(f"{notes}: not a file restructure validates")


def test_a_document_failing_its_schema_fails_its_page_and_writes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def without_language(article: Article, dumps: Callable[[Article], bytes] = newsml.dumps) -> bytes:
        return dumps(article).replace(b'<language tag="zh-Hans"/>', b"", 1)

    monkeypatch.setattr(newsml, "dumps", without_language)
    failures: list[Failure] = []
    seed = sorted(SEEDS.glob("*.txt"))[0]
    summary = run([seed], tmp_path, Options(), report=failures.append)
    assert summary.pages == 0
    (failure,) = failures
    assert re.fullmatch(rf"{re.escape(str(seed))}: 01\.xml is invalid: /newsItem/contentMeta/headline(\[1\])? "
                        r"\(line \d+\): Element 'headline': This element is not expected\. "
                        r"Expected is one of \( creator, language \)\.", str(failure))
    assert list(tmp_path.iterdir()) == []


# --- against IPTC's own schemas ------------------------------------------------------------------

def test_seed_output_is_valid_against_iptc(converted: Path, standards: Path) -> None:
    """Every NewsML-G2 item against the NewsML-G2 2.35 XSD, every ninjs item against ninjs 3.1."""
    code, stdout, _ = invoke(str(converted), "--standards", str(standards))
    assert (code, stdout) == (0, "")
    xml_files = list(converted.rglob("*.xml"))
    assert len(xml_files) >= 10 and len(list(converted.rglob("*.ninjs.json"))) == len(xml_files)


def test_iptc_example_is_valid_against_iptc_but_not_our_profile(standards: Path) -> None:
    """Output from elsewhere: --standards judges it by IPTC's schema, our profile by ours."""
    example = standards / "newsml-g2" / "example-LISTING_2_Text_Document.xml"
    assert validate.file_problem(example, standards) is None
    problem = validate.file_problem(example)
    assert problem is not None and problem.where.startswith("/newsItem (line ")
    assert problem.reason.endswith("does not match the fixed value constraint '1'.")  # its version: not ours


# Pages made of the parts papers print, in any order and number.
PAGE_LINES = ["徐汇报", "2022年7月25日 星期一", "第30期(总第1684期)", "本报讯 7月23日下午",
              "本报上海5月31日电", "●记者 刘坤 朱亮", "□记者", "通讯员 李华",
              "图为邮轮在长江口海域试航。 新华社记者 丁汀 摄", "(综合自:话匣子 汤丽薇)",
              "深入领会市第十二次党代会精神", "徐汇区召开区委中心组学习(扩大)会", "——副题说明",
              "校准方位 把握新使命", "控制\x00字符\x0b与\ufffe非字符"]
WORDS = "徐汇区召开会议学习精神推进建设发展工作人民社会经济文化城市，。、“”"
paragraphs = st.text(st.sampled_from(WORDS), min_size=5, max_size=80)
pages = st.lists(st.sampled_from(PAGE_LINES) | paragraphs, min_size=1, max_size=25).flatmap(
    lambda lines: st.lists(st.sampled_from(["\n", "\n\n"]), min_size=len(lines), max_size=len(lines)).map(
        lambda breaks: "".join(line + end for line, end in zip(lines, breaks, strict=True))))


@settings(max_examples=40, deadline=None)
@given(pages)
def test_generated_pages_are_valid_against_iptc(standards: Path, page_text: str) -> None:
    assert_valid_against_iptc(restructure.convert(page_text, name="generated.txt").articles, standards)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.builds(Article, language=st.sampled_from(["zh-Hans", "zh-Hant", "en"])), max_size=2))
def test_any_article_is_valid_against_iptc(standards: Path, articles: list[Article]) -> None:
    assert_valid_against_iptc(articles, standards)


def assert_valid_against_iptc(articles: list[Article], standards: Path) -> None:
    g2 = validate.xml_schema(standards / validate.IPTC_NEWSML)
    ninjs_31 = validate.json_validator(standards / validate.IPTC_NINJS)
    for article in articles:
        assert validate.xml_problem(newsml.dumps(article), g2) is None
        assert validate.json_problem(json.loads(ninjs.dumps(article)), ninjs_31) is None
        validate.check("01.xml", newsml.dumps(article))  # and our stricter profiles, XHTML body included
        validate.check("01.ninjs.json", ninjs.dumps(article))
