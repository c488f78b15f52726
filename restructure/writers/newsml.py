"""NewsML-G2 `<NN>.xml`: one text newsItem per article, its body XHTML in inlineXML.

Valid against IPTC's NewsML-G2 2.35 schema and, more strictly, against our
profile of it (schemas/newsml-profile.xsd, documented in schemas/README.md).
"""

from __future__ import annotations

from lxml import etree

from ..models import Article
from . import iptc

NAR = "http://iptc.org/std/nar/2006-10-01/"
IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
# Our own QCode schemes, declared in the item, for what IPTC has no codes for.
HEADLINE_ROLES = "rshlrole"  # rshlrole:kicker, rshlrole:subhead
JOB_TITLES = "rsjobtitle"  # the role word printed with a byline: rsjobtitle:记者
SCHEMES = {HEADLINE_ROLES: "urn:restructure:cv:headlinerole:", JOB_TITLES: "urn:restructure:cv:jobtitle:"}
NO_LINE_BREAKS = str.maketrans("\t\n\r", "   ")
NO_PROVIDER = "restructure"  # provider is required: the converter stands in when the paper is not known
# A QCode's code holds no XML whitespace: escaped as in a URI (and so is %), undone with unquote().
NOT_IN_QCODE = str.maketrans({" ": "%20", "\t": "%09", "\n": "%0A", "\r": "%0D", "%": "%25"})


def element(parent: etree._Element, name: str, text: str | None = None, **attributes: str) -> etree._Element:
    child = etree.SubElement(parent, f"{{{NAR}}}{name}", attributes)
    child.text = text
    return child


def normalized(text: str) -> str:
    """text as a g2normalizedString (literals, names, creditlines): no tab or line break."""
    return iptc.xml_text(text).translate(NO_LINE_BREAKS)


def concept(parent: etree._Element, name: str, text: str, **attributes: str) -> None:
    """A creator or located: the text as its literal (identifies it), and as its <name> (says it)."""
    element(element(parent, name, literal=normalized(text), **attributes), "name", normalized(text))


def job_title(role: str | None) -> dict[str, str]:
    code = iptc.xml_text(role or "").translate(NOT_IN_QCODE)
    return {"jobtitle": f"{JOB_TITLES}:{code}"} if code else {}


def dumps(article: Article) -> bytes:
    language = iptc.xml_text(article.language)
    item = etree.Element(f"{{{NAR}}}newsItem", nsmap={None: NAR}, guid=iptc.item_uri(article), version="1",
                         standard="NewsML-G2", standardversion="2.35", conformance="power")
    item.set(iptc.XML_LANG, language)
    element(item, "catalogRef", href=IPTC_CATALOG)
    catalog = element(item, "catalog")
    for alias, uri in SCHEMES.items():
        element(catalog, "scheme", alias=alias, uri=uri)

    meta = element(item, "itemMeta")
    element(meta, "itemClass", qcode="ninat:text")
    publication = article.publication and article.publication.name
    element(meta, "provider", literal=normalized(publication or "") or NO_PROVIDER)
    element(meta, "versionCreated", iptc.version_created(article).isoformat())
    element(meta, "pubStatus", qcode="stat:usable")

    content = element(item, "contentMeta")
    if created := iptc.content_created(article):
        element(content, "contentCreated", created.isoformat())
    if place := iptc.located(article):
        concept(content, "located", place)
    for byline in article.bylines:
        concept(content, "creator", byline.name, role="cpprole:author", **job_title(byline.role))
    element(content, "language", tag=language)
    for role, text in iptc.headlines(article):
        element(content, "headline", text, **({} if role == iptc.MAIN else {"role": f"{HEADLINE_ROLES}:{role}"}))
    if dateline := iptc.dateline_text(article.dateline):
        element(content, "dateline", dateline)
    if by := iptc.byline_text(article.bylines):
        element(content, "by", by)
    for credit in article.credits:
        element(content, "creditline", normalized(credit))

    inline = element(element(item, "contentSet"), "inlineXML", contenttype="application/xhtml+xml")
    html = etree.SubElement(inline, f"{{{iptc.XHTML}}}html", {"lang": language, iptc.XML_LANG: language},
                            nsmap={None: iptc.XHTML})
    head = etree.SubElement(html, f"{{{iptc.XHTML}}}head")
    etree.SubElement(head, f"{{{iptc.XHTML}}}title").text = iptc.xml_text(article.headline)
    html.append(iptc.xhtml_body(article))
    return etree.tostring(item, xml_declaration=True, encoding="UTF-8", pretty_print=True)
