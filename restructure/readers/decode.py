"""Bytes to text: encoding detection and the checks that refuse bad input."""

from __future__ import annotations

import codecs

# Tried in order after the byte-order marks; GB18030 is a superset of GBK and GB2312.
CANDIDATES = ("utf-8", "gb18030", "big5")


class InputError(ValueError):
    """A page that cannot be converted; the message names the problem."""


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of data and the name of the encoding it was read in."""
    if not data.strip():
        raise InputError("empty file" if not data else "file holds only white space")
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as error:
            raise InputError(f"cannot be read as {encoding}: {error}") from None
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name), name
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes)")
    for name in CANDIDATES:
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    raise InputError("not text in any supported encoding (UTF-8, UTF-16, GB18030, Big5)")
