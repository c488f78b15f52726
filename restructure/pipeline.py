"""convert(): page text in, a Page of articles out.

readers → page model of blocks → repair passes → article assembly → records.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from . import assemble, roles
from .document import Doc
from .models import Article, InputFormat, Page, Publication, Source
from .options import Options
from .passes import STRUCTURE
from .readers import read

DEFAULT_LANGUAGE = "zh-Hans"


def convert(text: str, *, name: str | None = None, options: Options | None = None,
            input_format: InputFormat | None = None, source: Source | None = None,
            encoding: str = "utf-8") -> Page:
    """Restructure one page of text into articles.

    name is the page's file name (its stem prefixes the article ids); source,
    when the caller read the bytes itself, carries their path and sha256.
    """
    options = options or Options()
    source = source or Source(path=name or "page.txt", sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    doc = read(text, input_format)
    for _name, repair_pass in STRUCTURE:
        doc = repair_pass(doc)
    return build_page(doc, source, encoding)


def page_stem(path: str) -> str:
    return PurePath(path.replace("\\", "/")).stem or "page"


def build_page(doc: Doc, source: Source, encoding: str) -> Page:
    assembly = assemble.assemble(doc)
    furniture = [block.text for block in assembly.furniture]
    publication = roles.read_publication(furniture)
    year = publication.date.year if publication and publication.date else None
    stem = page_stem(source.path)
    warnings = list(doc.warnings)
    articles = []
    for number, draft in enumerate(assembly.drafts, start=1):
        article = build_article(draft, f"{stem}-{number:02d}", source, publication, year)
        if not article.headline:
            warnings.append(f"article {article.id}: no headline found")
        articles.append(article)
    return Page(source=source, input_format=doc.input_format, encoding=encoding, publication=publication,
                language=DEFAULT_LANGUAGE, furniture=furniture, warnings=warnings, repairs=list(doc.repairs),
                articles=articles)


def build_article(draft: assemble.Draft, article_id: str, source: Source, publication: Publication | None,
                  year: int | None) -> Article:
    kicker, headline, subheadline, title_repairs = assemble.resolve_titles(draft)
    dateline, noted, lead_repairs = assemble.lead_fields(draft, year)
    return Article(
        id=article_id, source=source, publication=publication, language=DEFAULT_LANGUAGE,
        kicker=kicker, headline=headline, subheadline=subheadline,
        bylines=assemble.people(draft) + noted, dateline=dateline,
        body=assemble.body_blocks(draft), credits=assemble.credit_notes(draft),
        repairs=assemble.block_repairs(draft) + draft.repairs + title_repairs + lead_repairs,
    )
