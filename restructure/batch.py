"""Batch conversion: find the pages, convert each, write its records atomically.

A page that cannot be converted is reported with its path and the problem,
and the batch goes on.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .models import Article, Page, Source
from .options import Options
from .pipeline import convert, page_stem
from .readers.decode import InputError, decode
from .writers import json as json_writer

PAGE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
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


@dataclass
class Summary:
    pages: int = 0
    articles: int = 0
    failures: list[Failure] = field(default_factory=list)
    repairs: dict[str, int] = field(default_factory=dict)

    def add(self, page: Page) -> None:
        self.pages += 1
        self.articles += len(page.articles)
        for article in page.articles:
            for repair in article.repairs:
                self.repairs[repair.kind] = self.repairs.get(repair.kind, 0) + 1


def discover(inputs: Iterable[Path]) -> Iterator[Path | Failure]:
    """Page files in the order given, folders walked in sorted order."""
    for given in inputs:
        if given.is_dir():
            pages = sorted(p for p in given.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
            if not pages:
                yield Failure(str(given), "folder holds no pages (.txt, .md)")
            yield from pages
        elif given.is_file():
            yield given
        else:
            yield Failure(str(given), "no such file or folder")


def read_page(path: Path, options: Options) -> Page:
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError(f"file is {size} bytes, over the limit of {options.max_bytes} (--max-bytes)")
    data = path.read_bytes()
    text, encoding = decode(data, options.encoding)
    source = Source(path=str(path), sha256=hashlib.sha256(data).hexdigest())
    return convert(text, name=path.name, options=options, source=source, encoding=encoding,
                   input_format="markdown" if path.suffix.lower() in (".md", ".markdown") else None)


SAFE_STEM = re.compile(r"[^\w.\-]+")


def safe_stem(path: Path) -> str:
    """A folder name that stays inside --out whatever the file was called."""
    stem = SAFE_STEM.sub("_", page_stem(path.name)).strip("._") or "page"
    return stem[:120]


def write_atomic(target: Path, data: bytes) -> None:
    """Write to a temporary file beside target, then rename: readers never see half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_page(page: Page, folder: Path, options: Options) -> None:
    chosen = writers(options.formats)
    for number, article in enumerate(page.articles, start=1):
        for suffix, write in chosen:
            write_atomic(folder / f"{number:02d}{suffix}", write(article))
    # page.json last: its presence marks the page's output complete.
    write_atomic(folder / "page.json", json_writer.dumps(page.record()))


def run(inputs: Iterable[Path], out: Path, options: Options,
        report: Callable[[Failure], None] = lambda failure: None) -> Summary:
    summary = Summary()
    used: set[str] = set()
    for item in discover(inputs):
        if isinstance(item, Failure):
            summary.failures.append(item)
            report(item)
            continue
        stem = safe_stem(item)
        folder_name, n = stem, 1
        while folder_name in used:
            n += 1
            folder_name = f"{stem}~{n}"
        used.add(folder_name)
        try:
            page = read_page(item, options)
            write_page(page, out / folder_name, options)
        except (InputError, OSError) as error:
            failure = Failure(str(item), str(error))
            summary.failures.append(failure)
            report(failure)
            continue
        summary.add(page)
    return summary
