"""The command line: a thin shell over the library (restructure.batch, restructure.convert)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, get_args

import typer

from .batch import Failure, run
from .options import Options, OutputFormat, Script

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


def say_failure(failure: Failure) -> None:
    typer.echo(f"error: {failure}", err=True)


@app.command()
def convert(
    inputs: Annotated[list[Path], typer.Argument(help="Page files (.txt, .md) or folders of them.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the records into.")] = Path("out"),
    formats: Annotated[str, typer.Option("--format", help="Comma-separated: json, newsml, ninjs.")]
    = "json,newsml,ninjs",
    encoding: Annotated[str | None, typer.Option(help="Read every input in this encoding.")] = None,
    script: Annotated[str, typer.Option(help="Output script: keep, hans, hant, tw, hk.")] = "keep",
    punctuation: Annotated[str, typer.Option(help="keep, or cjk: ASCII punctuation to full width.")] = "keep",
    max_bytes: Annotated[int, typer.Option(help="Refuse input files larger than this.")] = Options().max_bytes,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Convert pages; write DIR/<page>/page.json and one record per article and format."""
    if script not in get_args(Script) or punctuation not in ("keep", "cjk"):
        raise typer.BadParameter(f"--script {script} / --punctuation {punctuation} not understood")
    options = Options(formats=parse_formats(formats), encoding=encoding, script=script,
                      punctuation=punctuation, max_bytes=max_bytes)
    summary = run(inputs, out, options, report=say_failure)
    if not quiet:
        typer.echo(f"{summary.pages} pages, {summary.articles} articles, {len(summary.failures)} failed "
                   f"→ {out}", err=True)
    raise typer.Exit(EXIT_FAILURES if summary.failures else EXIT_OK)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
