"""Bad input in a batch: one line on stderr per file naming it and the problem,
the other files converted, exit status 1; usage errors exit 2. Output paths
stay inside --out whatever the pages are called."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import restructure
from restructure import Options, batch
from restructure.cli import app
from restructure.pipeline import NO_ARTICLE

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
JSON_ONLY = ["--format", "json", "--jobs", "1"]
NO_ARTICLE_PAGE = "徐汇报\n\n扫码关注徐汇通 APP\n\nhttp://www.xuhui.gov.cn\n"


def convert(*arguments: str | Path) -> tuple[int, list[str]]:
    """Exit status and stderr lines of `restructure convert`."""
    result = CliRunner().invoke(app, ["convert", *map(str, arguments)])
    return result.exit_code, result.stderr.splitlines()


def summary_row(label: str, stderr: list[str]) -> str:
    """The value of a row of the closing summary table."""
    return next(line.removeprefix(label).strip() for line in stderr if line.split()[:1] == [label])


def test_each_bad_input_is_named_once_and_the_rest_is_converted(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    good = pages / "good.txt"
    shutil.copy(SEEDS[1], good)
    bad = {"empty.txt": b"", "blank.txt": b"\n \n\t\n", "binary.txt": b"GIF89a\x00\x01\x00\x00\xff",
           "undecodable.txt": b"\x80\xff\x81\x20\xfe", "furniture.txt": NO_ARTICLE_PAGE.encode(),
           "large.txt": SEEDS[0].read_bytes()}
    for name, data in bad.items():
        (pages / name).write_bytes(data)
    (tmp_path / "no pages").mkdir()
    missing = tmp_path / "missing.txt"
    status, stderr = convert(pages, tmp_path / "no pages", missing, "--out", tmp_path / "out", *JSON_ONLY,
                             "--max-bytes", str(good.stat().st_size))
    assert status == 1
    errors = [line for line in stderr if line.startswith("error: ")]
    expected = {pages / "binary.txt": "binary file (NUL bytes)", pages / "blank.txt": "file holds only white space",
                pages / "empty.txt": "empty file", pages / "furniture.txt": NO_ARTICLE,
                pages / "large.txt": "over the limit", pages / "undecodable.txt": "not text in any supported encoding",
                tmp_path / "no pages": "folder holds no pages", missing: "no such file or folder"}
    assert len(errors) == len(expected)
    for (path, problem), line in zip(expected.items(), errors, strict=True):  # in input order
        assert line.startswith(f"error: {path}: ") and problem in line
    assert summary_row("pages", stderr) == "1" and summary_row("failures", stderr) == "8"
    assert json.loads((tmp_path / "out" / "good" / "page.json").read_bytes())["articles"]


def test_a_page_with_no_article_keeps_its_text_as_furniture(tmp_path: Path) -> None:
    page = restructure.convert(NO_ARTICLE_PAGE)
    assert page.articles == [] and page.warnings == [NO_ARTICLE]
    assert page.furniture == ["徐汇报", "扫码关注徐汇通 APP", "http://www.xuhui.gov.cn"]
    (tmp_path / "furniture.txt").write_text(NO_ARTICLE_PAGE, encoding="utf-8")
    assert convert(tmp_path / "furniture.txt", "--out", tmp_path / "out", *JSON_ONLY)[0] == 1
    record = json.loads((tmp_path / "out" / "furniture" / "page.json").read_bytes())
    assert record["furniture"] == page.furniture and record["warnings"] == [NO_ARTICLE]


def test_all_converted_exits_0(tmp_path: Path) -> None:
    status, stderr = convert(*SEEDS, "--out", tmp_path, *JSON_ONLY)
    assert status == 0 and summary_row("pages", stderr) == str(len(SEEDS))


@pytest.mark.parametrize("option", [["--encoding", "no-such-codec"], ["--script", "latin"], ["--punctuation", "ascii"],
                                    ["--max-bytes", "0"], ["--format", "pdf"], ["--no-such-option"]])
def test_a_usage_error_exits_2_before_anything_is_read(option: list[str], tmp_path: Path) -> None:
    status, _ = convert(SEEDS[0], "--out", tmp_path / "out", *option)
    assert status == 2 and not (tmp_path / "out").exists()


def test_a_converter_bug_fails_its_page_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    def convert_or_break(text: str, **arguments: object) -> restructure.Page:
        if arguments["name"] == SEEDS[0].name:
            raise RecursionError("maximum recursion depth exceeded")
        return restructure.convert(text, **arguments)

    monkeypatch.setattr(batch, "convert", convert_or_break)
    summary = batch.run(SEEDS[:2], tmp_path, Options(formats=("json",)))
    assert summary.pages == 1 and [failure.path for failure in summary.failures] == [str(SEEDS[0])]
    assert "internal error" in summary.failures[0].problem and "RecursionError" in summary.failures[0].problem


@pytest.mark.parametrize(("name", "folder"), [
    ("..txt", "page"),
    ("...txt", "page"),
    ("a b?*<>|:.txt", "a_b"),
    ("-rf.txt", "-rf"),
    ("徐汇报 第3版.txt", "徐汇报_第3版"),
    ("页" * 80 + ".txt", "页" * 66),  # 240 bytes cut to at most 200, on a character boundary
])
def test_output_folders_stay_inside_out(name: str, folder: str, tmp_path: Path) -> None:
    source = tmp_path / "in" / name
    source.parent.mkdir()
    shutil.copy(SEEDS[0], source)
    out = tmp_path / "out"
    assert batch.run([source], out, Options(formats=("json",))).pages == 1
    assert [path.name for path in out.iterdir()] == [folder]


def test_a_file_name_in_undecodable_bytes(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    try:
        with open(os.path.join(folder, b"\xc4\xe3\xba\xc3.txt"), "wb") as page:  # 你好 in GBK
            page.write(SEEDS[0].read_bytes())
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    out = tmp_path / "out"
    assert batch.run([tmp_path / "in"], out, Options(formats=("json",))).pages == 1
    (written,) = out.iterdir()
    record = json.loads((written / "page.json").read_bytes())
    assert written.name == "page" and "\ufffd" in record["source"]["path"]
