"""Pages in UTF-8 (with or without BOM), UTF-16, GB18030 and Big5, written from
the seeds: each is read in its encoding, says so, and gives the seed's articles."""

from __future__ import annotations

import codecs
from pathlib import Path

import opencc
import pytest
from records import content

import restructure
from restructure import Options
from restructure.batch import read_page
from restructure.readers.decode import InputError, decode

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
# Big5 is Taiwan's encoding: its Traditional text is OpenCC's s2tw (s2t writes 爲, which Big5 lacks).
TAIWAN = opencc.OpenCC("s2tw").convert


def written(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("encode", "encoding"), [
    (lambda text: text.encode("utf-8"), "utf-8"),
    (lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8-sig"),
    (lambda text: text.encode("utf-16"), "utf-16-le"),  # BOM, little-endian
    (lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "utf-16-be"),
    (lambda text: text.encode("utf-16-le"), "utf-16-le"),  # no BOM: told by the NULs of ASCII
    (lambda text: text.encode("utf-16-be"), "utf-16-be"),
    (lambda text: text.encode("gb18030"), "gb18030"),
    (lambda text: text.encode("gbk"), "gb18030"),
], ids=["utf-8", "utf-8 bom", "utf-16 bom", "utf-16-be bom", "utf-16-le", "utf-16-be", "gb18030", "gbk"])
@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.stem)
def test_a_simplified_page_in_any_encoding_gives_the_seed_articles(path: Path, encode, encoding: str,
                                                                   tmp_path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    page = read_page(written(tmp_path, path.name, encode(text)), Options())
    assert page.encoding == encoding
    assert content(page) == content(restructure.convert(text, name=path.name))


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.stem)
def test_a_traditional_page_in_big5_is_not_mistaken_for_gb18030(path: Path, tmp_path: Path) -> None:
    """Big5 bytes decode as GB18030 too, into kana and private-use characters."""
    traditional = TAIWAN(path.read_text(encoding="utf-8"))
    page = read_page(written(tmp_path, path.name, traditional.encode("big5")), Options())
    assert (page.encoding, page.language) == ("big5", "zh-Hant")
    assert content(page) == content(restructure.convert(traditional, name=path.name))


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_crlf_and_cr_line_ends(line_end: str, tmp_path: Path) -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    page = read_page(written(tmp_path, SEEDS[0].name, text.replace("\n", line_end).encode("gb18030")), Options())
    assert content(page) == content(restructure.convert(text, name=SEEDS[0].name))


def test_encoding_can_be_forced(tmp_path: Path) -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    path = written(tmp_path, SEEDS[0].name, text.encode("gbk"))
    assert read_page(path, Options(encoding="GBK")).encoding == "gbk"
    with pytest.raises(InputError, match="cannot be read as utf-8"):
        read_page(path, Options(encoding="utf-8"))


def test_a_forced_utf_encoding_drops_its_byte_order_mark() -> None:
    assert decode(codecs.BOM_UTF8 + "本报讯".encode(), "utf-8") == ("本报讯", "utf-8")


def test_an_unknown_encoding_is_refused_by_the_options() -> None:
    with pytest.raises(ValueError, match="unknown encoding"):
        Options(encoding="no-such-codec")


@pytest.mark.parametrize(("data", "problem"), [
    (b"", "empty file"),
    (b" \r\n\t\n", "only white space"),
    ("\u3000\n".encode("utf-16"), "only white space"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "binary file"),
    (b"\x80\xff\x81\x20\xfe", "not text in any supported encoding"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid utf-16-le"),  # a lone surrogate
])
def test_bad_bytes_are_refused_with_the_reason(data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        decode(data)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_stray_nul_in_a_text_page_is_removed_not_taken_for_binary(encoding: str, tmp_path: Path) -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    damaged = text.encode(encoding).replace("本报讯".encode(encoding), b"\x00" + "本报讯".encode(encoding), 1)
    page = read_page(written(tmp_path, SEEDS[0].name, damaged), Options())
    clean = restructure.convert(text, name=SEEDS[0].name)
    assert page.encoding == encoding
    assert content(page, ignored_repairs={"removed_control_characters"}) == content(clean)
    assert [repair.kind for repair in page.repairs] == ["removed_control_characters"]


def test_a_utf8_page_with_a_line_pasted_in_from_a_gb18030_file(tmp_path: Path) -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    lines = text.split("\n")
    at = next(number for number, line in enumerate(lines) if line.startswith("本报讯"))
    data = b"\n".join(line.encode("gb18030" if number == at else "utf-8") for number, line in enumerate(lines))
    page = read_page(written(tmp_path, SEEDS[0].name, data), Options())
    assert page.encoding == f"utf-8 (gb18030 on line {at + 1})"
    assert content(page) == content(restructure.convert(text, name=SEEDS[0].name))
