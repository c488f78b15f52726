"""Batch conversion: find the pages, convert each, write its records atomically
or stream them as JSON lines.

A page that cannot be converted is reported with its path and the problem,
and the batch goes on. Pages are converted in worker processes a bounded
window at a time and come back in input order, so an archive of any size
converts in flat memory, with the same output for any number of jobs.

A page's page.json is written last and removed first when it is rewritten:
its presence means the page's records are whole, which --resume relies on.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from . import words
from .models import Article, Conversion, Page, Source
from .options import Options
from .pipeline import NO_ARTICLE, convert, page_stem
from .readers.decode import InputError, decode
from .validate import InvalidDocument, check
from .writers import json as json_writer

PAGE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
STDIN = Path("-")  # as an input: one page read from standard input
STDIN_NAME = "stdin"  # that page's source path, folder and article id prefix
# Pages handed to a worker at once, and batches in flight per worker: enough to
# keep the workers busy, few enough that memory does not grow with the archive.
BATCH_PAGES = 8
BATCHES_PER_JOB = 4
Writer = Callable[[Article], bytes]


def writers(formats: Iterable[str]) -> list[tuple[str, Writer]]:
    """(file suffix, writer) for each chosen per-article format."""
    from .writers import newsml, ninjs

    known = {"json": (".json", json_writer.dumps), "newsml": (".xml", newsml.dumps),
             "ninjs": (".ninjs.json", ninjs.dumps)}
    return [known[name] for name in formats]


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass(frozen=True, slots=True)
class Converted:
    """What converting one page hands back to the batch: little to send between
    processes (counts, and the JSON lines only when streaming)."""

    articles: int
    repairs: tuple[str, ...]  # the kind of each repair of the page and its articles
    lines: bytes = b""

    @classmethod
    def of(cls, page: Page, lines: bytes = b"") -> Converted:
        return cls(articles=len(page.articles), lines=lines,
                   repairs=tuple(repair.kind for record in (page, *page.articles) for repair in record.repairs))


@dataclass(frozen=True, slots=True)
class Skipped:
    """A page --resume found already written from the same bytes."""


Outcome = Converted | Skipped | Failure


@dataclass
class Summary:
    pages: int = 0
    articles: int = 0
    failures: list[Failure] = field(default_factory=list)
    repairs: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0  # wall time so far
    skipped: int = 0  # pages --resume found up to date

    @property
    def done(self) -> int:
        """Outcomes so far: pages converted, failed or skipped."""
        return self.pages + len(self.failures) + self.skipped

    def add(self, converted: Converted) -> None:
        self.pages += 1
        self.articles += converted.articles
        self.repairs.update(converted.repairs)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0


def discover(inputs: Iterable[Path]) -> Iterator[Path | Failure]:
    """Page files in the order given, folders walked in sorted order; STDIN as it is."""
    for given in inputs:
        if given == STDIN:
            yield given
        elif given.is_dir():
            empty = True
            for item in walk(given):
                empty = False
                yield item
            if empty:
                yield Failure(str(given), "folder holds no pages (.txt, .md)")
        elif given.is_file():
            yield given
        else:
            yield Failure(str(given), "no such file or folder")


def walk(folder: Path) -> Iterator[Path | Failure]:
    """The page files under folder in sorted path order (as sorted(rglob) gives
    them), holding one directory's listing at a time rather than the whole tree.
    A folder that cannot be listed is a failure; the walk goes on."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted((entry.name, entry.is_dir(follow_symlinks=False)) for entry in listing
                             if entry.is_dir(follow_symlinks=False)
                             or (entry.is_file() and Path(entry.name).suffix.lower() in PAGE_SUFFIXES))
    except OSError as error:
        yield Failure(str(folder), f"folder cannot be listed: {error.strerror or error}")
        return
    for name, is_folder in entries:
        yield from walk(folder / name) if is_folder else (folder / name,)


def count_pages(inputs: Iterable[Path]) -> int:
    """How many outcomes a run will report (each page, and each input that is
    none): a walk of the names, no file read."""
    return sum(1 for _ in discover(inputs))


def cpu_count() -> int:
    """The CPUs this process may run on: the default number of jobs."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def read_source(path: Path, options: Options) -> bytes:
    """The bytes of the page file at path, refused unread when over --max-bytes."""
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError(f"file is {size} bytes, over the limit of {options.max_bytes} (--max-bytes)")
    return path.read_bytes()


def read_page(path: Path, options: Options, data: bytes | None = None, stem: str | None = None) -> Page:
    """Convert the page file at path; data, when given, is the page itself (read from stdin).
    stem, when given, prefixes the article ids instead of the file's own: the batch gives
    each page its output folder's name, unique in the batch."""
    if data is None:
        data = read_source(path, options)
    text, encoding = decode(data, options.encoding)
    # A file name the file system gave in undecodable bytes: U+FFFD, as records must be valid UTF-8.
    printable = os.fsencode(path).decode("utf-8", "replace")
    source = Source(path=printable, sha256=hashlib.sha256(data).hexdigest())
    name = f"{stem}{path.suffix}" if stem else path.name
    return convert(text, name=name, options=options, source=source, encoding=encoding,
                   input_format="markdown" if path.suffix.lower() in (".md", ".markdown") else None)


SAFE_STEM = re.compile(r"[^\w.\-]+")
# File systems allow 255 bytes a name: room for the "~n" of a repeated stem.
STEM_BYTES = 200


def safe_stem(path: Path) -> str:
    """A folder name that stays inside --out whatever the file was called."""
    stem = SAFE_STEM.sub("_", page_stem(path.name)).strip("._") or "page"
    return stem.encode("utf-8")[:STEM_BYTES].decode("utf-8", "ignore")


# How temporary files are named: hidden, beside their target, by the writing process (.NN.json.PID.tmp).
TEMPORARY_NAME = re.compile(r"^\..+\.tmp$")
RECORD_NAME = re.compile(r"^(?:\d{2,}\.(?:json|xml|ninjs\.json)|page\.json)$")
# O_EXCL: never through a link planted at the name. The umask applies, so records get the usual mode.
NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def temporary_beside(folder: str, name: str) -> tuple[int, str]:
    """A new file in folder for the file name, named for this process: no other live process writes under it."""
    temporary = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
    try:
        return os.open(temporary, NEW_FILE, 0o666), temporary
    except FileExistsError:  # left by a killed process that had this pid
        os.unlink(temporary)
        return os.open(temporary, NEW_FILE, 0o666), temporary


# Signals that stop a batch: held back while files are written, so that one landing
# between a temporary file's creation and its rename cannot strand it.
STOPPING_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@contextmanager
def stopping_signals_held() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOPPING_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def write_atomic(folder: Path, files: Iterable[tuple[str, bytes]]) -> None:
    """Write each (name, data) into folder through a temporary file renamed when whole:
    readers never see half a file.

    The stopping signals are held once for all the files: changing the mask costs about as
    much as writing a small file, and a stop waits a page's writes at the most.
    """
    directory = os.fspath(folder)
    with stopping_signals_held():
        for name, data in files:
            try:
                handle, temporary = temporary_beside(directory, name)
            except FileNotFoundError:  # the folder's first file: make the folder then, not a mkdir per file
                folder.mkdir(parents=True, exist_ok=True)
                handle, temporary = temporary_beside(directory, name)
            try:
                try:
                    write_all(handle, data)
                finally:
                    os.close(handle)
                os.replace(temporary, os.path.join(directory, name))
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise


def write_all(handle: int, data: bytes) -> None:
    """data into the open file: straight to the descriptor, a third cheaper than through a file object."""
    remaining = memoryview(data)
    while remaining:  # a write may take only part of the data
        remaining = remaining[os.write(handle, remaining):]


def write_page(page: Page, folder: Path, options: Options) -> None:
    """Write the page's documents once each has passed its schema (InvalidDocument if one fails: nothing written)."""
    chosen = writers(options.formats)
    documents = [(f"{number:02d}{suffix}", write(article))
                 for number, article in enumerate(page.articles, start=1) for suffix, write in chosen]
    # page.json last: its presence marks the page's output complete.
    documents.append(("page.json", json_writer.dumps(page.record(conversion(options)))))
    for name, data in documents:
        check(name, data)
    clear(folder, keep={name for name, _ in documents[:-1]})
    write_atomic(folder, documents)


def clear(folder: Path, keep: set[str]) -> None:
    """Make ready to write folder again: page.json first (the folder is incomplete from
    then on), then the temporary files of a killed run and the records not in keep."""
    (folder / "page.json").unlink(missing_ok=True)
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return
    for name in names:
        if name not in keep and (TEMPORARY_NAME.match(name) or RECORD_NAME.match(name)):
            (folder / name).unlink(missing_ok=True)


def conversion(options: Options) -> Conversion:
    return Conversion.model_validate(options.model_dump(include=set(Conversion.model_fields)))


def up_to_date(folder: Path, data: bytes, options: Options) -> bool:
    """Whether folder holds the whole output of a page with these bytes, written with these options.

    A page without articles is not: it is converted and reported again.
    """
    try:
        record = json.loads((folder / "page.json").read_bytes())
    except (OSError, ValueError):
        return False
    articles = record.get("articles")
    expected = [f"{number:02d}{suffix}" for number in range(1, len(articles) + 1)
                for suffix, _ in writers(options.formats)] if isinstance(articles, list) else []
    return bool(expected) and record.get("source", {}).get("sha256") == hashlib.sha256(data).hexdigest() \
        and record.get("conversion") == conversion(options).model_dump(mode="json") \
        and all((folder / name).is_file() for name in expected)


def json_lines(page: Page) -> bytes:
    """The page's article records as NN.json holds them, one compact line each, in reading order."""
    return b"".join(article.model_dump_json().encode("utf-8") + b"\n" for article in page.articles)


@dataclass(frozen=True, slots=True)
class Task:
    """One page to convert, with the name of its output folder."""

    path: Path
    folder: str
    data: bytes | None = None  # the page itself, when it came on stdin


def tasks(found: Iterable[Path | Failure], max_bytes: int) -> Iterator[Task | Failure]:
    """Each page found, named in input order here in the parent, so that folder
    names deduplicate alike whatever the number of jobs."""
    used: set[str] = set()
    for item in found:
        if isinstance(item, Failure):
            yield item
            continue
        path = Path(STDIN_NAME) if item == STDIN else item
        stem = safe_stem(path)
        folder_name, n = stem, 1
        while folder_name in used:
            n += 1
            folder_name = f"{stem}~{n}"
        used.add(folder_name)
        if item != STDIN:
            yield Task(path, folder_name)
        elif len(data := sys.stdin.buffer.read(max_bytes + 1)) > max_bytes:
            yield Failure(STDIN_NAME, f"input is over the limit of {max_bytes} bytes (--max-bytes)")
        else:
            yield Task(path, folder_name, data)


def convert_task(task: Task | Failure, options: Options, out: Path | None) -> Outcome:
    """Convert one page and write its records under out, or return them as JSON lines when out is None.

    A failure met while finding the pages passes through, so that it is reported in input order.
    """
    if isinstance(task, Failure):
        return task
    try:
        data = read_source(task.path, options) if task.data is None else task.data
        if options.resume and out is not None and up_to_date(out / task.folder, data, options):
            return Skipped()
        page = read_page(task.path, options, data, stem=task.folder)
        if out is not None:
            write_page(page, out / task.folder, options)
    except (InputError, InvalidDocument, OSError) as error:
        return Failure(str(task.path), str(error))
    except Exception as error:  # a converter bug: reported against its page, and the batch goes on
        return Failure(str(task.path), f"internal error, please report: {type(error).__name__}: {error}")
    if not page.articles:  # its page.json keeps the text as furniture, but the page is reported
        return Failure(str(task.path), NO_ARTICLE)
    return Converted.of(page, json_lines(page) if out is None else b"")


def convert_batch(batch: list[Task | Failure], options: Options, out: Path | None) -> list[Outcome]:
    return [convert_task(task, options, out) for task in batch]


def batches(items: Iterator[Task | Failure], size: int) -> Iterator[list[Task | Failure]]:
    while batch := list(islice(items, size)):
        yield batch


def outcomes(items: Iterator[Task | Failure], options: Options, out: Path | None,
             jobs: int) -> Iterator[Outcome]:
    """convert_task over items, in `jobs` processes, the results in input order.

    Only a window of batches is in flight, so the inputs are read as the workers
    go rather than all at once (Executor.map would submit every page up front).
    """
    if jobs <= 1:
        for task in items:
            yield convert_task(task, options, out)
        return
    # Fork where the platform has it: the workers inherit the tokenizer built
    # here once; elsewhere each worker builds its own when it starts.
    words.warm_up()
    fork = "fork" in multiprocessing.get_all_start_methods()
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork") if fork else None,
                               initializer=words.warm_up)
    pending: deque[Future[list[Outcome]]] = deque()
    try:
        for batch in batches(items, BATCH_PAGES):
            pending.append(pool.submit(convert_batch, batch, options, out))
            if len(pending) >= jobs * BATCHES_PER_JOB:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(cancel_futures=True)


def run(inputs: Iterable[Path], out: Path, options: Options,
        report: Callable[[Failure], None] = lambda failure: None, *, jobs: int = 1,
        stream: BinaryIO | None = None, progress: Callable[[Summary], None] = lambda summary: None) -> Summary:
    """Convert every page of inputs and write its records under out or, given a
    stream, write there one JSON line per article instead.

    report hears of each failure and progress of the summary after each page,
    both in input order.
    """
    started = time.perf_counter()
    summary = Summary()
    for outcome in outcomes(tasks(discover(inputs), options.max_bytes), options,
                            None if stream else out, jobs):
        if isinstance(outcome, Failure):
            summary.failures.append(outcome)
            report(outcome)
        elif isinstance(outcome, Skipped):
            summary.skipped += 1
        else:
            summary.add(outcome)
            if stream is not None:
                stream.write(outcome.lines)
        summary.seconds = time.perf_counter() - started
        progress(summary)
    return summary
