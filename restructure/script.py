"""Simplified and Traditional Chinese, with OpenCC.

Two uses: the Simplified shadow of a line that the lexicon's patterns are
matched on (so 本報訊 reads as 本报讯 while the output keeps 本報訊), and the
conversion of a finished page's text when --script asks for one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import opencc

from .document import Block
from .models import Article, Page, Repair
from .options import Script

SIMPLIFIED, TRADITIONAL = "zh-Hans", "zh-Hant"
# --script: the OpenCC configuration that writes it, and the language tag of the result.
CONFIGS: dict[Script, tuple[str, str]] = {
    "hans": ("t2s", SIMPLIFIED), "hant": ("s2t", TRADITIONAL),
    "tw": ("s2tw", "zh-Hant-TW"), "hk": ("s2hk", "zh-Hant-HK"),
}
# Where the characters OpenCC converts one by one live: CJK Unified Ideographs,
# Extension A and the compatibility ideographs.
HAN_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
# Identifiers and machine values of a record: never converted (an id names a file).
UNCONVERTED_FIELDS = frozenset({"id", "path", "sha256", "language", "encoding", "input_format", "warnings"})


@cache
def converter(config: str) -> opencc.OpenCC:
    """One converter per configuration and process: building one reads its dictionaries."""
    return opencc.OpenCC(config)


@cache
def changed_by(config: str) -> frozenset[str]:
    """The CJK characters that config changes on their own: for t2s, the Traditional-only ones."""
    characters = [chr(code) for low, high in HAN_BLOCKS for code in range(low, high + 1)]
    # One call for all: a line break ends every phrase, so each character converts alone.
    converted = converter(config).convert("\n".join(characters)).split("\n")
    return frozenset(ch for ch, after in zip(characters, converted, strict=True) if ch != after)


@cache
def traditional_characters() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(changed_by("t2s"))) + "]")


@cache
def simplified_character(ch: str) -> str:
    converted = converter("t2s").convert(ch)
    return converted if len(converted) == 1 else ch


def shadower(page: str) -> Callable[[str], str]:
    """What makes the shadow of each line of page: simplified, or, on a page
    without a Traditional character (most pages), the line itself; one scan
    of the page instead of one per line."""
    return simplified if traditional_characters().search(page) else str


def simplified(text: str) -> str:
    """text with Traditional characters simplified, aligned with text character by character.

    Text without a Traditional character (most pages) is returned as it is,
    unconverted: one regular-expression scan instead of an OpenCC call.
    """
    if not traditional_characters().search(text):
        return text
    shadow = converter("t2s").convert(text)
    if len(shadow) == len(text):
        return shadow
    # A phrase changed length: convert character by character so that indices still align.
    return "".join(simplified_character(ch) for ch in text)


@cache
def script_only_characters() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Characters of one script only: (Traditional, Simplified)."""
    traditional, simplified = changed_by("t2s"), changed_by("s2t")
    return (re.compile("[" + "".join(sorted(traditional - simplified)) + "]"),
            re.compile("[" + "".join(sorted(simplified - traditional)) + "]"))


def language_of(blocks: Sequence[Block]) -> str:
    """zh-Hant when the page has more Traditional-only than Simplified-only characters.

    Read off the shadows: a page whose lines all shadow themselves has no
    Traditional character, and is not scanned again.
    """
    if all(block.shadow == block.text for block in blocks):
        return SIMPLIFIED
    traditional, simplified = (sum(len(pattern.findall(block.text)) for block in blocks)
                               for pattern in script_only_characters())
    return TRADITIONAL if traditional > simplified else SIMPLIFIED


def convert_page(page: Page, script: Script) -> Page:
    """page with every text field (articles, furniture, publication, repair notes) in script.

    Ids, paths and warnings stay as they are, so records still name their files.
    """
    if script == "keep":
        return page
    config, language = CONFIGS[script]
    convert = converter(config).convert
    done = Repair(kind="converted_script", detail=f"text converted to {language} with OpenCC {config}")

    def in_script(fields: dict[str, Any]) -> dict[str, Any]:
        fields = converted(fields, convert)
        return fields | {"language": language, "repairs": [*fields["repairs"], done]}

    articles = [Article.model_validate(in_script(article.model_dump())) for article in page.articles]
    return Page.model_validate(in_script(page.model_dump(exclude={"articles"})) | {"articles": articles})


def converted(value: Any, convert: Callable[[str], str]) -> Any:
    """value (a record as model_dump gives it) with its text fields converted."""
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, list):
        return [converted(item, convert) for item in value]
    if isinstance(value, dict):
        return {key: item if key in UNCONVERTED_FIELDS else converted(item, convert) for key, item in value.items()}
    return value
