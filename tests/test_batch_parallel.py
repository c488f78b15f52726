"""Batch at archive scale: parallel output identical to serial, JSON lines on
stdout, a page from stdin, streamed discovery, progress on stderr."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import restructure
from restructure import batch
from restructure.cli import app
from restructure.options import Options
from restructure.progress import Progress, summary_table

SEED_DIR = Path(__file__).resolve().parents[1] / "seeds"
SEEDS = sorted(SEED_DIR.glob("*.txt"))
# The XML writers may still be stubs; JSON is what every run writes.
JSON_ONLY = Options(formats=("json",))


def tree(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """The seeds twice, in two folders, so that folder names must be deduplicated."""
    for edition in ("a", "b"):
        shutil.copytree(SEED_DIR, tmp_path / "archive" / edition)
    return tmp_path / "archive"


def test_two_jobs_write_the_same_bytes_as_one(archive: Path, tmp_path: Path) -> None:
    serial = batch.run([archive], tmp_path / "serial", JSON_ONLY, jobs=1)
    parallel = batch.run([archive], tmp_path / "parallel", JSON_ONLY, jobs=2)
    assert (parallel.pages, parallel.articles, parallel.repairs) == (serial.pages, serial.articles, serial.repairs)
    assert serial.pages == 2 * len(SEEDS) and not serial.failures
    written = tree(tmp_path / "serial")
    assert written == tree(tmp_path / "parallel")
    assert {name.split("/")[0] for name in written} == {path.stem for path in SEEDS} | {
        f"{path.stem}~2" for path in SEEDS}


def test_pages_of_one_name_in_two_folders_get_distinct_article_ids(archive: Path, tmp_path: Path) -> None:
    batch.run([archive], tmp_path / "out", Options(formats=("json", "newsml")), jobs=1)
    stem = SEEDS[0].stem
    ids = [json.loads((tmp_path / "out" / folder / "01.json").read_bytes())["id"] for folder in (stem, f"{stem}~2")]
    assert ids == [f"{stem}-01", f"{stem}~2-01"]
    guids = {(tmp_path / "out" / folder / "01.xml").read_text(encoding="utf-8").split('guid="')[1].split('"')[0]
             for folder in (stem, f"{stem}~2")}
    assert len(guids) == 2


def test_failures_come_back_in_input_order_under_parallelism(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    inputs = [SEEDS[0], tmp_path / "missing.txt", empty, SEEDS[1]]
    reported: list[batch.Failure] = []
    summary = batch.run(inputs, tmp_path / "out", JSON_ONLY, reported.append, jobs=2)
    assert summary.pages == 2
    assert [failure.path for failure in reported] == [str(tmp_path / "missing.txt"), str(empty)]
    assert summary.failures == reported


def test_json_lines_are_the_article_records_in_reading_order(tmp_path: Path) -> None:
    stream = io.BytesIO()
    summary = batch.run(SEEDS, tmp_path / "unused", JSON_ONLY, jobs=2, stream=stream)
    assert not (tmp_path / "unused").exists()
    lines = stream.getvalue().decode("utf-8").splitlines()
    batch.run(SEEDS, tmp_path / "out", JSON_ONLY, jobs=1)
    expected = [json.loads((tmp_path / "out" / path.stem / f"{number:02d}.json").read_text(encoding="utf-8"))
                for path in SEEDS
                for number in range(1, len(json.loads((tmp_path / "out" / path.stem / "page.json")
                                                      .read_text(encoding="utf-8"))["articles"]) + 1)]
    assert len(lines) == summary.articles == len(expected)
    assert [json.loads(line) for line in lines] == expected
    assert all("\\u" not in line and ": " not in line.split('"body"')[0] for line in lines)  # compact, not escaped


def test_a_page_from_stdin() -> None:
    data = SEEDS[1].read_bytes()
    result = CliRunner().invoke(app, ["convert", "-", "--to", "jsonl", "--jobs", "1", "--quiet"], input=data)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    page = restructure.convert(data.decode("utf-8"), name="stdin")
    assert [record["headline"] for record in records] == [article.headline for article in page.articles]
    assert {record["source"]["path"] for record in records} == {batch.STDIN_NAME}
    assert records[0]["id"] == f"{batch.STDIN_NAME}-01"


def test_stdin_to_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["convert", "-", "--out", str(tmp_path), "--format", "json", "--jobs", "2"],
                                input=SEEDS[0].read_bytes())
    assert result.exit_code == 0, result.output
    page = json.loads((tmp_path / batch.STDIN_NAME / "page.json").read_text(encoding="utf-8"))
    assert page["source"]["path"] == batch.STDIN_NAME


def test_folders_are_walked_in_sorted_path_order(tmp_path: Path) -> None:
    for name in ("b.txt", "b/a.txt", "b/c/z.md", "B.txt", "a-1.txt", "a/x.txt", ".hidden.txt", "notes.pdf",
                 "b.txt.d/q.text"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    expected = sorted(path for path in tmp_path.rglob("*")
                      if path.is_file() and path.suffix.lower() in batch.PAGE_SUFFIXES)
    assert list(batch.discover([tmp_path])) == expected
    assert batch.count_pages([tmp_path, tmp_path / "missing"]) == len(expected) + 1


def test_progress_is_plain_lines_off_a_terminal(tmp_path: Path) -> None:
    stderr = io.StringIO()
    progress = Progress(stderr, live=False, every=0)
    summary = batch.run(SEEDS, tmp_path, JSON_ONLY, progress=progress)
    lines = stderr.getvalue().splitlines()
    assert len(lines) == len(SEEDS) and "\r" not in stderr.getvalue()
    assert lines[-1].startswith(f"restructure: {len(SEEDS)} pages, ") and lines[-1].endswith(", 0 failed")
    table = summary_table(summary, str(tmp_path))
    assert f"pages{' ' * 3}" in table and "joined_paragraph" in table and "pages/s" in table


def test_the_bar_redraws_one_line_and_errors_go_above_it() -> None:
    stderr = io.StringIO()
    progress = Progress(stderr, total=4, live=True, every=0)
    summary = batch.Summary(pages=1, seconds=1.0)
    progress(summary)
    progress.note("error: x.txt: empty file")
    progress(summary)
    progress.close(summary)
    bar = "\r[######..................] 1/4 pages, 1.0 pages/s, 0 failed\x1b[K"
    assert stderr.getvalue() == f"{bar}\r\x1b[Kerror: x.txt: empty file\n{bar}{bar}\n"


def test_cli_off_a_terminal_prints_no_bar_and_a_summary(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["convert", str(SEEDS[0]), "--out", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "\r" not in result.stderr
    assert result.stderr.startswith("pages ") and "articles " in result.stderr and "wall time " in result.stderr
