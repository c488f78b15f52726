"""NewsML-G2 `<NN>.xml`: one text newsItem per article, its body XHTML in inlineXML.

Valid against IPTC's NewsML-G2 2.35 schema and, more strictly, against our
profile of it (schemas/newsml-profile.xsd, documented in schemas/README.md).
"""

from __future__ import annotations

from ..models import Article
from . import iptc, markup

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


def normalized(text: str) -> str:
    """text as a g2normalizedString (literals, names, creditlines): no tab or line break."""
    return iptc.xml_text(text).translate(NO_LINE_BREAKS)


def concept(parent: markup.Element, name: str, text: str, attributes: dict[str, str] | None = None) -> None:
    """A creator or located: the text as its literal (identifies it), and as its <name> (says it)."""
    parent.add(name, None, {"literal": normalized(text), **(attributes or {})}).add("name", normalized(text))


def job_title(role: str | None) -> dict[str, str]:
    code = iptc.xml_text(role or "").translate(NOT_IN_QCODE)
    return {"jobtitle": f"{JOB_TITLES}:{code}"} if code else {}


def dumps(article: Article) -> bytes:
    language = iptc.xml_text(article.language)
    item = markup.Element("newsItem", None, {
        "xmlns": NAR, "guid": iptc.item_uri(article), "version": "1", "standard": "NewsML-G2",
        "standardversion": "2.35", "conformance": "power", "xml:lang": language})
    item.add("catalogRef", None, {"href": IPTC_CATALOG})
    catalog = item.add("catalog")
    for alias, uri in SCHEMES.items():
        catalog.add("scheme", None, {"alias": alias, "uri": uri})

    meta = item.add("itemMeta")
    meta.add("itemClass", None, {"qcode": "ninat:text"})
    publication = article.publication and article.publication.name
    meta.add("provider", None, {"literal": normalized(publication or "") or NO_PROVIDER})
    meta.add("versionCreated", iptc.version_created(article).isoformat())
    meta.add("pubStatus", None, {"qcode": "stat:usable"})

    content = item.add("contentMeta")
    if created := iptc.content_created(article):
        content.add("contentCreated", created.isoformat())
    if place := iptc.located(article):
        concept(content, "located", place)
    for byline in article.bylines:
        concept(content, "creator", byline.name, {"role": "cpprole:author", **job_title(byline.role)})
    content.add("language", None, {"tag": language})
    for role, text in iptc.headlines(article):
        content.add("headline", text, None if role == iptc.MAIN else {"role": f"{HEADLINE_ROLES}:{role}"})
    if dateline := iptc.dateline_text(article.dateline):
        content.add("dateline", dateline)
    if by := iptc.byline_text(article.bylines):
        content.add("by", by)
    for credit in article.credits:
        content.add("creditline", normalized(credit))

    inline = item.add("contentSet").add("inlineXML", None, {"contenttype": "application/xhtml+xml"})
    html = inline.add("html", None, {"xmlns": iptc.XHTML, "lang": language, "xml:lang": language})
    html.add("head").add("title", iptc.xml_text(article.headline))
    html.append(iptc.xhtml_body(article))
    return markup.document(item)
