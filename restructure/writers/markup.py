"""XML written as text, for the IPTC writers.

Their documents are small and of a fixed shape: built as strings they cost a
fraction of an lxml tree (whose every element pays for namespace lookups).
No safety is lost: the batch parses every document back and checks it against
its schema before writing it (validate.check), and the property tests check
the writers on any input. Text must already be free of the characters XML
cannot carry (iptc.xml_text).
"""

from __future__ import annotations

DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>\n"
INDENT = "  "


def escape_text(text: str) -> str:
    # Most text has nothing to escape: looking is cheaper than replacing nothing.
    # A carriage return is kept as a reference: a parser would turn a literal one into a line feed.
    if "&" in text or "<" in text or ">" in text or "\r" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return text


def escape_attribute(value: str) -> str:
    # A parser would turn a literal tab or line feed in an attribute into a space: references keep them.
    value = escape_text(value)
    if '"' in value or "\t" in value or "\n" in value:
        value = value.replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;")
    return value


class Element:
    """An element of a document being written: its tag as written (prefix and all),
    its attributes in order, its text and its child elements."""

    __slots__ = ("attributes", "children", "tag", "text")

    def __init__(self, tag: str, text: str | None = None, attributes: dict[str, str] | None = None) -> None:
        self.tag, self.text, self.attributes = tag, text, attributes or {}
        self.children: list[Element] = []

    def add(self, tag: str, text: str | None = None, attributes: dict[str, str] | None = None) -> Element:
        """A new child element, last of this one's."""
        child = Element(tag, text, attributes)
        self.children.append(child)
        return child

    def append(self, child: Element) -> None:
        self.children.append(child)


def document(root: Element) -> bytes:
    """The whole document, UTF-8, with its XML declaration, indented for reading."""
    parts = [DECLARATION]
    write(root, parts, "\n")
    parts.append("\n")
    return "".join(parts).encode("utf-8")


def fragment(elements: list[Element]) -> str:
    """Elements one after another, as written inside mixed content: no indentation."""
    parts: list[str] = []
    for element in elements:
        write(element, parts, None)
    return "".join(parts)


def write(element: Element, parts: list[str], line: str | None) -> None:
    """Append element's markup to parts. line is the line break and indentation the element
    starts on, or None where white space would change content: inside an element with text."""
    parts.append(f"<{element.tag}")
    if element.attributes:
        parts.append("".join([f' {name}="{escape_attribute(value)}"' for name, value in element.attributes.items()]))
    if element.text is None and not element.children:
        parts.append("/>")
        return
    parts.append(">")
    if element.text:
        parts.append(escape_text(element.text))
    if line is None or element.text:
        for child in element.children:
            write(child, parts, None)
    else:
        inner = line + INDENT
        for child in element.children:
            parts.append(inner)
            write(child, parts, inner)
        if element.children:
            parts.append(line)
    parts.append(f"</{element.tag}>")
