"""Throughput at archive scale: a script to run by hand, not a timed test.

    python benchmarks/throughput.py [--pages 10000] [--json results.json]

Generates a corpus of seed-like pages (fixed random seed): a seed's layout, half
its body paragraphs swapped for ones of the same shape, all of them reworded, and
the words of its titles and body text respelled, so that no two pages share a
line of content, as in a real archive; bylines and furniture recur, as they do
there. (Repeated text flatters the converter's caches: pages that shared their
titles and short paragraphs ran about 1.2 times as fast.) Then it reports:

- the library call, one core (pages made a hundred at a time, then converted):
  pages/s, articles/s, peak RSS;
- the CLI end to end (`restructure convert`, records written and checked):
  JSON and NewsML-G2, as the target says, with --jobs 1 and --jobs 2, then
  every format (ninjs too, the default) with --jobs 1: pages/s, CPU time a
  page in the converter (user) and in the kernel (system: mostly creating
  files, so it depends on the file system that --work is on), peak RSS of the
  largest process, the speed-up;
- one page 1x, 10x and 100x the size of a seed: the cost must grow linearly.

Targets (one core of an ordinary machine): library >= 1000 pages/s, CLI with
JSON and XML written >= 300 pages/s, peak RSS < 200 MB for 10,000 pages, a
100x page within 150x the time of a 1x page. The interpreter and a reference
time are printed so that figures from different machines can be compared:
the reference measures the interpreter's build as much as the processor: on
one core, a CPython built without --enable-optimizations (pyenv's default)
took about 1.7 times Debian's build on the reference and about 1.3 times on
this benchmark.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Iterator
from pathlib import Path

import restructure
from restructure import lexicon, words
from restructure.document import sentence_complete

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PARAGRAPH_CHARS = 40  # lines at least this long are body paragraphs, swapped between pages
SWAP_SHARE = 0.5
SIZES = (1, 10, 100)
TARGET_FORMATS = "json,newsml"  # "JSON and XML written"
ALL_FORMATS = "json,newsml,ninjs"
LIBRARY_BATCH = 100  # pages made before they are converted (see library)
# (formats, jobs) of each CLI run
CLI_RUNS = ((TARGET_FORMATS, 1), (TARGET_FORMATS, 2), (ALL_FORMATS, 1))
CLAUSE = re.compile(r"(?<=[，,；;。！？!?])")  # after each mark
# Brackets, quotes and Markdown marks: a clause holding one could unbalance the paragraph it is put in.
UNBALANCING = re.compile(r"[“”‘’「」『』（）()《》【】〈〉\"'#*>_\[\]`]")
HAN_ONLY = re.compile(f"^{lexicon.HAN}+$")
MARKS = str.maketrans("", "", "#>*" + lexicon.BULLET_MARKS)  # Markdown's and the bullets: no article text


def shape(line: str) -> tuple[bool, bool] | None:
    """A body paragraph's shape: whether it ends its sentence and whether it
    starts mid-sentence (None for shorter lines: titles, bylines, captions)."""
    text = line.strip()
    if len(text) < PARAGRAPH_CHARS:
        return None
    return sentence_complete(text), text[0] in lexicon.CONTINUATION_START


def clauses(line: str) -> list[str]:
    """line cut after each clause or sentence mark, the marks kept: the pieces join back into line."""
    return [piece for piece in CLAUSE.split(line) if piece]


def reworded(line: str, pool: list[str], rng: random.Random) -> str:
    """line with the clauses between its first and its last drawn afresh from pool.

    The first and the last stay, so that a paragraph cut across lines is cut
    where it was and its pieces still join; the shape must stay too.
    """
    pieces = clauses(line)
    if len(pieces) < 3:
        return line
    text = pieces[0] + "".join(rng.choice(pool) for _ in pieces[1:-1]) + pieces[-1]
    return text if shape(text) == shape(line) else line


def plain_word(token: str) -> bool:
    """A word of Chinese characters that no reading rule looks for (not 记者, 本报讯, 摄影 …)."""
    return len(token) >= 2 and HAN_ONLY.match(token) is not None and not lexicon.BYLINE_WORD.search(token) \
        and not any(word in token for word in lexicon.DATELINE_WORDS) \
        and not token.endswith(lexicon.PHOTO_CREDIT_ENDINGS)


@functools.cache  # clauses recur from page to page: each is segmented once
def clause_words(clause: str) -> tuple[str, ...]:
    return tuple(words.tokens(clause))


def respelled(line: str, vocabulary: dict[int, list[str]], rng: random.Random) -> str:
    """line with each plain word but its first and its last swapped for another of its length:
    its edges, where a cut line joins the next, and its role words stay."""
    tokens = [token for clause in clauses(line) for token in clause_words(clause)]
    if len(tokens) < 3:
        return line
    inner = [rng.choice(vocabulary[len(token)]) if len(token) in vocabulary and plain_word(token) else token
             for token in tokens[1:-1]]
    return tokens[0] + "".join(inner) + tokens[-1]


def content_lines(text: str) -> set[str]:
    """The lines of a seed that print an article's titles or body text (not its bylines, nor the
    page's furniture), or a part of them, or several (a kicker and its headline), as the converter
    reads the seed; a line's marks (## ■ **) are not text."""
    printed = ["".join(field.split()) for article in restructure.convert(text).articles
               for field in (article.kicker, article.headline, article.subheadline,
                             *(block.text for block in article.body)) if field]
    # Compared without white space: the converter closes up stray spaces (2021 年 → 2021年).
    return {line.strip() for line in text.splitlines()
            if (core := "".join(line.translate(MARKS).split()))
            and any(core in field or field in core for field in printed)}


def corpus(count: int, seed: int) -> Iterator[str]:
    """count seed-like pages: a seed's layout, half its body paragraphs swapped
    for paragraphs of the same shape from any seed (so cut paragraphs stay cut),
    every body paragraph reworded, and every line of titles and body text
    respelled, so that no line of content recurs from page to page."""
    rng = random.Random(seed)
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    pages = [text.splitlines() for text in texts]
    content = set().union(*map(content_lines, texts))
    alike: dict[tuple[bool, bool], list[str]] = {}
    for line in (line for lines in pages for line in lines):
        if (form := shape(line)) is not None:
            alike.setdefault(form, []).append(line)
    pool = sorted({clause for lines in alike.values() for line in lines for clause in clauses(line.strip())[1:-1]
                   if not UNBALANCING.search(clause)})
    vocabulary: dict[int, list[str]] = {}
    for token in sorted({token for line in content for token in words.tokens(line) if plain_word(token)}):
        vocabulary.setdefault(len(token), []).append(token)

    def page_line(line: str) -> str:
        if (form := shape(line)) is not None and rng.random() < SWAP_SHARE:
            line = rng.choice(alike[form])
        printed = line.strip() in content
        if form is not None:
            line = reworded(line, pool, rng)
        return respelled(line, vocabulary, rng) if printed else line

    for _ in range(count):
        yield "\n".join(page_line(line) for line in rng.choice(pages)) + "\n"


def peak_rss_mb(usage: resource.struct_rusage) -> float:
    """ru_maxrss is in KiB on Linux, in bytes on macOS."""
    return usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def machine_reference_us() -> float:
    """Microseconds for sum(range(1000)): 7.5 at best on this project's VM with Debian's CPython 3.11."""
    return min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000 * 1e6


def library(count: int, seed: int) -> dict[str, float]:
    """convert() on each page in this process, the tokenizer built beforehand; only
    the calls are timed, not the making of the pages.

    The pages are made LIBRARY_BATCH at a time, then converted one after another. Made
    one by one between the calls, the making (segmenting and rewording) pushed the
    converter's working data out of the processor's caches before every call, which
    cost the calls about 5%; a batch of pages is about a megabyte, so memory stays flat.
    """
    words.warm_up()
    pages = articles = 0
    seconds = 0.0
    made = corpus(count, seed)
    while batch := list(itertools.islice(made, LIBRARY_BATCH)):
        started = time.perf_counter()
        for text in batch:
            articles += len(restructure.convert(text, name=f"p{pages:06d}.txt").articles)
            pages += 1
        seconds += time.perf_counter() - started
    return {"pages": pages, "articles": articles, "seconds": seconds, "pages_per_s": pages / seconds,
            "articles_per_s": articles / seconds, "peak_rss_mb": peak_rss_mb(resource.getrusage(resource.RUSAGE_SELF))}


def write_corpus(folder: Path, count: int, seed: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(corpus(count, seed)):
        (folder / f"p{number:06d}.txt").write_text(text, encoding="utf-8")


def cli(corpus_folder: Path, out: Path, formats: str, jobs: int, pages: int, articles: int) -> dict[str, float]:
    """`restructure convert` in a process of its own, start-up included; its peak
    RSS is that of its largest process (wait4 reports the worker's if larger)."""
    command = [sys.executable, "-m", "restructure.cli", "convert", str(corpus_folder), "--out", str(out),
               "--format", formats, "--jobs", str(jobs), "--quiet"]
    started = time.perf_counter()
    process = subprocess.Popen(command)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {process.returncode}")
    return {"formats": formats, "jobs": jobs, "seconds": seconds, "pages_per_s": pages / seconds,
            "articles_per_s": articles / seconds,
            "user_ms_per_page": usage.ru_utime / pages * 1e3, "system_ms_per_page": usage.ru_stime / pages * 1e3,
            "peak_rss_mb": peak_rss_mb(usage)}


def size_scaling(seed: int) -> dict[str, float]:
    """Seconds per page for pages 1x, 10x and 100x a seed, made of the same 100 pages."""
    words.warm_up()
    texts = list(corpus(max(SIZES), seed))
    seconds: dict[str, float] = {}
    for size in SIZES:
        pages = ["\n\n".join(texts[start:start + size]) for start in range(0, len(texts), size)]
        timings = []
        for page in pages:
            started = time.perf_counter()
            restructure.convert(page, name="long.txt")
            timings.append(time.perf_counter() - started)
        seconds[f"{size}x"] = statistics.fmean(timings)
    seconds["100x/1x"] = seconds["100x"] / seconds["1x"]
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10_000, help="pages in the corpus (default 10,000)")
    parser.add_argument("--seed", type=int, default=20240501, help="random seed of the corpus")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--work", type=Path, help="where the corpus and the CLI's output go (default: the system's "
                        "temporary folder); /dev/shm leaves out the disk's cost of creating files")
    args = parser.parse_args()
    if args.work:  # made now, not after the library's run
        args.work.mkdir(parents=True, exist_ok=True)

    results: dict[str, object] = {"pages": args.pages, "python": f"{platform.python_implementation()} "
                                  f"{platform.python_version()}", "machine_reference_us": machine_reference_us()}
    print(f"{results['python']}, machine reference: sum(range(1000)) in {results['machine_reference_us']:.1f} us",
          flush=True)
    results["size_scaling"] = scaling = size_scaling(args.seed)
    print("page size 1x / 10x / 100x: " + " / ".join(f"{scaling[f'{n}x'] * 1e3:.1f} ms" for n in SIZES)
          + f"; 100x costs {scaling['100x/1x']:.0f}x a 1x page (target <= 150x)", flush=True)
    results["library"] = lib = library(args.pages, args.seed)
    print(f"library, 1 core: {lib['pages_per_s']:.0f} pages/s, {lib['articles_per_s']:.0f} articles/s, "
          f"peak RSS {lib['peak_rss_mb']:.0f} MB (target >= 1000 pages/s)", flush=True)

    results["cli"] = runs = []
    with tempfile.TemporaryDirectory(prefix="restructure-bench-", dir=args.work) as work:
        corpus_folder = Path(work) / "corpus"
        write_corpus(corpus_folder, args.pages, args.seed)
        for number, (formats, jobs) in enumerate(CLI_RUNS):
            runs.append(run := cli(corpus_folder, Path(work) / f"out-{number}", formats, jobs, args.pages,
                                   int(lib["articles"])))
            print(f"CLI --format {formats} --jobs {jobs}: {run['pages_per_s']:.0f} pages/s, "
                  f"{run['pages_per_s'] / jobs:.0f} pages/s per core, {run['articles_per_s']:.0f} articles/s, "
                  f"CPU a page {run['user_ms_per_page']:.1f} ms user + {run['system_ms_per_page']:.1f} ms system, "
                  f"peak RSS {run['peak_rss_mb']:.0f} MB (targets: JSON + XML >= 300 pages/s a core, < 200 MB)",
                  flush=True)
            shutil.rmtree(Path(work) / f"out-{number}")  # a RAM disk holds one run's records at a time
    # CLI_RUNS opens with the target's formats at --jobs 1, then at --jobs 2.
    print(f"--jobs 2 is {runs[1]['pages_per_s'] / runs[0]['pages_per_s']:.2f}x --jobs 1")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
