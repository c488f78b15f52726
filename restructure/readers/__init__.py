"""Readers: page text in, the block model out (pandoc-style: one model, many readers)."""

from __future__ import annotations

from ..document import Doc
from ..models import InputFormat
from . import markdown, text

READERS = {"text": text.read, "markdown": markdown.read}


def sniff_format(source: str) -> InputFormat:
    return "markdown" if markdown.looks_like_markdown(source) else "text"


def read(source: str, input_format: InputFormat | None = None) -> Doc:
    fmt = input_format or sniff_format(source)
    return READERS[fmt](source)
