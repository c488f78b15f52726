"""XML written as text: what a parser reads back is what was written, and
white space is added only where it cannot change content."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from restructure.writers import markup
from restructure.writers.iptc import xml_text

# Any text XML can carry: the writers remove the rest first.
xml_texts = st.text(st.characters(codec=None, exclude_categories=())).map(xml_text)


@given(xml_texts, xml_texts)
def test_text_and_attributes_read_back_as_written(text: str, value: str) -> None:
    root = markup.Element("item", text, {"note": value})
    parsed = etree.fromstring(markup.document(root))
    assert (parsed.text or "", parsed.get("note")) == (text, value)


def test_indents_element_content_but_not_mixed_content() -> None:
    root = markup.Element("item", None, {"xmlns": "urn:x"})
    root.add("empty")
    root.add("meta").add("name", "张三")
    caption = root.add("figcaption", "现场 ")
    caption.add("small", "陈二", {"class": "credit"})
    assert markup.document(root).decode() == (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        '<item xmlns="urn:x">\n'
        "  <empty/>\n"
        "  <meta>\n"
        "    <name>张三</name>\n"
        "  </meta>\n"
        '  <figcaption>现场 <small class="credit">陈二</small></figcaption>\n'
        "</item>\n")
    assert markup.fragment(root.children[1:]) == "<meta><name>张三</name></meta>" \
        '<figcaption>现场 <small class="credit">陈二</small></figcaption>'


def test_special_characters_are_escaped() -> None:
    assert markup.escape_text("a<b>&c\r") == "a&lt;b&gt;&amp;c&#13;"
    assert markup.escape_attribute('"x"\t\n') == "&quot;x&quot;&#9;&#10;"
