"""Bytes to text: encoding detection and the checks that refuse bad input."""

from __future__ import annotations

import codecs
import re

# Byte-order marks, longest first, and the codec that reads the text after them.
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Tried after UTF-8 when it fails. Any Big5 text also decodes as GB18030 (a
# superset of GBK and GB2312), into nonsense: each reading is scored and the
# most plausible kept, the first on a tie.
LEGACY = ("gb18030", "big5", "cp950", "big5hkscs")
# Characters a Chinese page hardly ever holds but a wrong decoding is full of:
# Big5 bytes read as GB18030 land on kana, Greek, Cyrillic, box drawing and the
# private use area; binary read as UTF-16 on control characters.
IMPLAUSIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u0370-\u04ff\u2500-\u257f\u3040-\u30ff"
                         "\ue000-\uf8ff\ufffd]")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Text damaged by a stray NUL, not binary: at most one byte in this many is NUL.
STRAY_NUL_SHARE = 100
# A UTF-8 page with lines pasted in from a legacy file: at most one in this many of its
# lines that are not plain ASCII is in another encoding.
MIXED_SHARE = 4


class InputError(ValueError):
    """A page that cannot be converted; the message names the problem."""


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of data and the name of the encoding it was read in (forced, or detected)."""
    if not data:
        raise InputError("empty file")
    text, name = forced(data, encoding) if encoding else detected(data)
    if not text.strip():
        raise InputError("file holds only white space")
    return text, name


def forced(data: bytes, encoding: str) -> tuple[str, str]:
    try:
        name = codecs.lookup(encoding).name
        # A forced UTF-8 or UTF-16 may still start with its mark: it is not text.
        return data.decode(name).removeprefix("\ufeff"), name
    except LookupError:
        raise InputError(f"unknown encoding {encoding}") from None
    except UnicodeDecodeError as error:
        raise InputError(f"cannot be read as {encoding}: {error}") from None


def detected(data: bytes) -> tuple[str, str]:
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name.removesuffix("-sig")), name
            except UnicodeDecodeError as error:
                raise InputError(f"not valid {name} after its byte-order mark: {error}") from None
    if b"\x00" in data:
        try:
            return utf16_without_bom(data)
        except InputError:
            if data.count(0) * STRAY_NUL_SHARE > len(data):
                raise
            # A few stray NULs in a text file: read on; normalisation removes them and says so.
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if mixed := utf8_with_legacy_lines(data):
        return mixed
    best = legacy(data)
    if best is None:
        raise InputError("not text in any supported encoding (UTF-8, UTF-16, GB18030, Big5)")
    return best


def legacy(data: bytes) -> tuple[str, str] | None:
    """data in the most plausible legacy encoding it decodes in, and that encoding's name."""
    best: tuple[int, str, str] | None = None
    for name in LEGACY:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score = len(IMPLAUSIBLE.findall(text))
        if best is None or score < best[0]:
            best = (score, text, name)
        if score == 0:
            break
    return None if best is None else (best[1], best[2])


def utf8_with_legacy_lines(data: bytes) -> tuple[str, str] | None:
    """A UTF-8 page with a few lines in a legacy encoding (text pasted in from another file):
    each line read in the encoding it is in, and the encoding named with those lines.
    None when more than a quarter of the lines that are not plain ASCII are not UTF-8:
    then the page is a legacy one."""
    lines = data.splitlines(keepends=True)
    most_foreign = sum(not line.isascii() for line in lines) // MIXED_SHARE
    texts: list[str] = []
    others: dict[str, list[int]] = {}
    for number, line in enumerate(lines, start=1):
        try:
            texts.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            if (read := legacy(line)) is None:
                return None
            texts.append(read[0])
            others.setdefault(read[1], []).append(number)
        if sum(map(len, others.values())) > most_foreign:
            return None
    named = "; ".join(f"{name} on line{'s' if len(numbers) > 1 else ''} {', '.join(map(str, numbers))}"
                      for name, numbers in others.items())
    return "".join(texts), f"utf-8 ({named})"


def utf16_without_bom(data: bytes) -> tuple[str, str]:
    """UTF-16 text saved without its mark: ASCII characters put NUL in every other byte.

    Anything else with NUL bytes is binary.
    """
    # The byte order whose high bytes hold more NULs; Chinese characters rarely put NUL there.
    name = "utf-16-le" if data[1::2].count(0) >= data[0::2].count(0) else "utf-16-be"
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        text = ""
    if not text or CONTROL.search(text):
        raise InputError("binary file (NUL bytes)")
    return text, name
