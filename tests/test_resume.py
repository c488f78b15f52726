"""Output is never half-written: atomic writes, a batch killed mid-run leaves
only whole files, --resume completes it, and re-runs give the same bytes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from restructure import Options, batch
from restructure.cli import app
from restructure.validate import problems

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
JSON_ONLY = Options(formats=("json",))
COPIES = 40  # of the seeds: enough pages that a kill lands mid-run
KILL_AFTER_PAGES = 10
STARTUP_SECONDS = 60  # for the first page to be written, at the most


def tree(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def temporary_files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if batch.TEMPORARY_NAME.match(path.name)]


def whole(root: Path) -> None:
    """Every file but a named temporary one is a valid record: none was cut short."""
    records = [path for path in root.rglob("*") if path.is_file() and path not in temporary_files(root)]
    assert records and [(path, problem) for path, problem in problems(records) if problem] == []


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    for copy in range(COPIES):
        shutil.copytree(SEEDS[0].parent, tmp_path / "archive" / f"{copy:03d}")
    return tmp_path / "archive"


def convert(*arguments: str | Path) -> list[str | Path]:
    return [sys.executable, "-m", "restructure.cli", "convert", *arguments, "--quiet"]


def kill_when_written(command: list[str | Path], out: Path, signal_number: int, group: bool) -> None:
    """Run command and send it signal_number once some pages are complete (to all its processes if group)."""
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + STARTUP_SECONDS
    while len(list(out.glob("*/page.json"))) < KILL_AFTER_PAGES and process.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.005)
    assert process.poll() is None, "the batch ended before it could be killed"
    if group:
        os.killpg(process.pid, signal_number)
    else:
        process.send_signal(signal_number)
    process.wait(timeout=STARTUP_SECONDS)
    if group:
        wait_until_gone(process.pid)


def wait_until_gone(group: int) -> None:
    """Until the killed workers of group are gone (a zombie, which writes nothing, may outlive the wait)."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.01)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_killed_batch_leaves_whole_files_and_resume_completes_it(archive: Path, tmp_path: Path, jobs: str) -> None:
    out, clean = tmp_path / "out", tmp_path / "clean"
    kill_when_written(convert(archive, "--out", out, "--jobs", jobs), out, signal.SIGKILL, group=True)
    pages = len(SEEDS) * COPIES
    assert len(list(out.glob("*/page.json"))) < pages
    whole(out)
    result = CliRunner().invoke(app, ["convert", str(archive), "--out", str(out), "--resume", "--jobs", jobs])
    assert result.exit_code == 0 and "skipped" in result.stderr
    assert temporary_files(out) == []
    assert CliRunner().invoke(app, ["convert", str(archive), "--out", str(clean), "--jobs", jobs]).exit_code == 0
    assert tree(out) == tree(clean)


def test_kill_with_sigterm_stops_between_files(archive: Path, tmp_path: Path) -> None:
    """SIGTERM is caught: the file being written is removed, none is left half-written or temporary."""
    out = tmp_path / "out"
    kill_when_written(convert(archive, "--out", out, "--jobs", "1"), out, signal.SIGTERM, group=False)
    whole(out)
    assert temporary_files(out) == []


def test_resume_skips_pages_up_to_date_and_converts_changed_ones(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(SEEDS[0].parent, pages)
    out = tmp_path / "out"
    first = batch.run([pages], out, JSON_ONLY)
    changed = sorted(pages.iterdir())[2]
    changed.write_bytes(changed.read_bytes().replace("徐汇".encode(), "徐匯".encode()))
    resumed = batch.run([pages], out, JSON_ONLY.model_copy(update={"resume": True}))
    assert (resumed.skipped, resumed.pages, first.pages) == (len(SEEDS) - 1, 1, len(SEEDS))
    batch.run([pages], tmp_path / "clean", JSON_ONLY)
    assert tree(out) == tree(tmp_path / "clean")


def test_resume_converts_again_a_page_missing_a_record_or_written_with_other_options(tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch.run(SEEDS[:2], out, JSON_ONLY)
    (out / SEEDS[0].stem / "02.json").unlink()
    resumed = batch.run(SEEDS[:2], out, JSON_ONLY.model_copy(update={"resume": True}))
    assert (resumed.skipped, resumed.pages) == (1, 1)
    assert (out / SEEDS[0].stem / "02.json").is_file()
    other = batch.run(SEEDS[:2], out, Options(resume=True, script="hant"))
    assert (other.skipped, other.pages) == (0, 2)
    assert json.loads((out / SEEDS[1].stem / "01.json").read_bytes())["language"] == "zh-Hant"
    assert (out / SEEDS[1].stem / "01.xml").is_file()
    again = batch.run(SEEDS[:2], out, Options(resume=True, script="hant"))
    assert (again.skipped, again.pages) == (2, 0)


def test_a_rewritten_page_loses_its_stale_records_and_leftovers(tmp_path: Path) -> None:
    page, out = tmp_path / "page.txt", tmp_path / "out"
    shutil.copy(SEEDS[2], page)
    batch.run([page], out, Options())
    (out / "page" / ".01.json.x1y2.tmp").write_bytes(b'{"id": "cut sh')  # left by a killed run
    page.write_text("社区食堂开业\n\n本报讯 日前，长桥街道首家社区食堂正式开业。", encoding="utf-8")
    batch.run([page], out, JSON_ONLY)
    assert sorted(path.name for path in (out / "page").iterdir()) == ["01.json", "page.json"]


def test_the_same_batch_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    batch.run(SEEDS, tmp_path / "first", Options())
    batch.run(SEEDS, tmp_path / "second", Options())
    batch.run(SEEDS, tmp_path / "first", Options())  # over its own output
    assert tree(tmp_path / "first") == tree(tmp_path / "second")


def test_records_get_the_usual_file_mode(tmp_path: Path) -> None:
    """Records are published with the mode the umask gives new files, not an owner-only one."""
    umask = os.umask(0)
    os.umask(umask)
    batch.run(SEEDS[:1], tmp_path, JSON_ONLY)
    modes = {path.stat().st_mode & 0o777 for path in tmp_path.rglob("*.json")}
    assert modes == {0o666 & ~umask}


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks on this platform")
def test_a_stop_signal_right_after_the_temporary_file_is_made_waits_for_the_rename(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The worst moment for SIGTERM: the temporary file exists but its name is not yet known."""
    def made_then_signalled(folder: str, name: str) -> tuple[int, str]:
        made = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        os.kill(os.getpid(), signal.SIGTERM)
        return made

    def interrupt(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "temporary_beside", made_then_signalled)
    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        with pytest.raises(KeyboardInterrupt):
            batch.write_atomic(tmp_path, [("01.json", b"{}")])
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["01.json"]


def test_a_temporary_file_left_under_this_process_id_is_replaced(tmp_path: Path) -> None:
    """A killed run's process may have had this one's id: its leftover does not stop the write."""
    (tmp_path / f".01.json.{os.getpid()}.tmp").write_bytes(b"{half")
    batch.write_atomic(tmp_path, [("01.json", b"{}")])
    assert tree(tmp_path) == {"01.json": b"{}"}


def test_a_write_that_takes_part_of_the_data_is_carried_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The system may write less than asked: the rest follows, and the file is whole."""
    write = os.write
    monkeypatch.setattr(os, "write", lambda handle, data: write(handle, bytes(data[:3])))
    batch.write_atomic(tmp_path, [("01.json", "{\"标题\": \"区委常委会\"}".encode())])
    assert tree(tmp_path) == {"01.json": "{\"标题\": \"区委常委会\"}".encode()}
