"""The command line: a thin shell over the library (restructure.batch, restructure.convert)."""

from __future__ import annotations

import signal
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, get_args

import typer
from pydantic import ValidationError

from . import schemas
from .batch import count_pages, cpu_count, run
from .options import Options, OutputFormat
from .progress import Progress, summary_table
from .validate import IPTC_SCHEMAS, problems

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Rebuild clean per-article records from damaged newspaper page text.")

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2


@app.callback()
def main_options() -> None:
    """Rebuild clean per-article records from damaged newspaper page text."""


def parse_formats(value: str) -> tuple[OutputFormat, ...]:
    names = tuple(name.strip() for name in value.split(",") if name.strip())
    known = get_args(OutputFormat)
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        raise typer.BadParameter(f"unknown format {', '.join(unknown) or '(none)'}; choose from {', '.join(known)}")
    return names  # type: ignore[return-value]


class Target(StrEnum):
    files = "files"
    jsonl = "jsonl"


@app.command()
def convert(
    inputs: Annotated[list[Path], typer.Argument(help="Page files (.txt, .md) or folders of them; - reads a page "
                                                      "from stdin.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the records into.")] = Path("out"),
    formats: Annotated[str, typer.Option("--format", help="Comma-separated: json, newsml, ninjs.")]
    = "json,newsml,ninjs",
    encoding: Annotated[str | None, typer.Option(help="Read every input in this encoding (default: detect UTF-8, "
                                                      "UTF-16, GB18030, Big5).")] = None,
    script: Annotated[str, typer.Option(help="Output script: keep, hans, hant, tw, hk (OpenCC).")] = "keep",
    punctuation: Annotated[str, typer.Option(help="keep, or cjk: ASCII punctuation to full width.")] = "keep",
    cjk_spacing: Annotated[bool, typer.Option("--cjk-spacing/--no-cjk-spacing", help="Remove stray spaces "
                                              "between Chinese and digits or Latin (2021 年度) and of "
                                              "letter-spaced Chinese (徐 汇 报).")] = True,
    max_bytes: Annotated[int, typer.Option(min=1, help="Refuse input files larger than this.")] = Options().max_bytes,
    resume: Annotated[bool, typer.Option(help="Skip pages whose output is complete and made from the same "
                                              "bytes with the same options (page.json's sha256 and "
                                              "conversion).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, show_default="the number of CPUs",
                                             help="Pages converted in this many processes at once.")] = None,
    to: Annotated[Target, typer.Option("--to", help="files: records under --out; jsonl: one article record "
                                                    "per line on stdout.")] = Target.files,
) -> None:
    """Convert pages; write DIR/<page>/page.json and one record per article and format."""
    try:
        options = Options(formats=parse_formats(formats), encoding=encoding, script=script, punctuation=punctuation,
                          cjk_spacing=cjk_spacing, max_bytes=max_bytes, resume=resume)
    except ValidationError as error:
        raise typer.BadParameter("; ".join(f"--{'-'.join(map(str, problem['loc']))}: {problem['msg']}"
                                           for problem in error.errors())) from None
    progress = Progress.on(sys.stderr, quiet=quiet, count_pages=lambda: count_pages(inputs))
    stream = sys.stdout.buffer if to is Target.jsonl else None
    # kill (SIGTERM) stops like Ctrl-C: a file being written is removed, not left half-written.
    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        summary = run(inputs, out, options, report=lambda failure: progress.note(f"error: {failure}"),
                      jobs=jobs or cpu_count(), stream=stream, progress=progress)
    finally:
        signal.signal(signal.SIGTERM, previous)
    if stream is not None:
        stream.flush()
    progress.close(summary)
    if not quiet:
        typer.echo(summary_table(summary, "stdout" if stream else str(out)), err=True)
    raise typer.Exit(EXIT_FAILURES if summary.failures else EXIT_OK)


def interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@app.command()
def validate(
    paths: Annotated[list[Path], typer.Argument(exists=True, help="Output files, or folders searched whole: "
                                                                  "page.json, NN.json, NN.ninjs.json, NN.xml.")],
    standards: Annotated[Path | None, typer.Option(
        exists=True, file_okay=False, help="IPTC's schemas folder (newsml-g2/, ninjs/): check NewsML-G2 and ninjs "
                                           "against IPTC's own schemas instead of our profiles.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the invalid files.")] = False,
) -> None:
    """Check files against their schemas; print one line per invalid file with the reason.

    JSON records are checked against schemas/*.schema.json. NewsML-G2 and ninjs files are
    checked against the profile restructure writes (schemas/), which is stricter than IPTC's
    schemas: files from another producer may be valid NewsML-G2 or ninjs and still fail it.
    Check those with --standards, against IPTC's schemas themselves.
    """
    if standards and (missing := [str(standards / name) for name in IPTC_SCHEMAS if not (standards / name).is_file()]):
        raise typer.BadParameter(f"{', '.join(missing)} not found", param_hint="--standards")
    checked = invalid = 0
    for path, problem in problems(paths, standards):
        checked += 1
        if problem:
            invalid += 1
            typer.echo(f"{path}: {problem}")
    if not quiet:
        typer.echo(f"{checked - invalid} valid, {invalid} invalid", err=True)
    raise typer.Exit(EXIT_FAILURES if invalid else EXIT_OK)


@app.command()
def schema(
    out: Annotated[Path, typer.Argument(help="Folder to write them into.")] = Path("schemas"),
) -> None:
    """Regenerate the JSON Schemas (article, page, ninjs profile) from the models."""
    for path in schemas.write(out):
        typer.echo(path)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
