"""convert(): page text in, a Page of articles out.

normalisation → readers → page model of blocks → repair passes → article
assembly → records → script conversion (--script).
"""

from __future__ import annotations

import datetime
import hashlib
from pathlib import PurePath

from . import assemble, roles, script
from .document import Doc
from .models import Article, InputFormat, Page, Publication, Source
from .options import Options
from .passes import STRUCTURE
from .passes.normalise import normalise
from .readers import read

NO_ARTICLE = "no article found: the page text is kept as furniture"
DEFAULT_OPTIONS = Options()  # frozen: one for every call that passes none


def convert(text: str, *, name: str | None = None, options: Options | None = None,
            input_format: InputFormat | None = None, source: Source | None = None,
            encoding: str = "utf-8") -> Page:
    """Restructure one page of text into articles.

    name is the page's file name (its stem prefixes the article ids, else the
    source path's does); source, when the caller read the bytes itself, carries
    their path and sha256.
    """
    options = options or DEFAULT_OPTIONS
    # surrogatepass: a str may hold lone surrogates, which UTF-8 refuses (normalise removes them).
    source = source or Source(path=name or "page.txt",
                              sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    text, repairs = normalise(text, options)
    doc = read(text, input_format).with_repairs_before(repairs)
    language = script.language_of(doc.blocks)
    for _name, repair_pass in STRUCTURE:
        doc = repair_pass(doc)
    page = build_page(doc, source, encoding, language, page_stem(name or source.path))
    return script.convert_page(page, options.script)


def page_stem(path: str) -> str:
    return PurePath(path.replace("\\", "/")).stem or "page"


def build_page(doc: Doc, source: Source, encoding: str, language: str, stem: str) -> Page:
    assembly = assemble.assemble(doc)
    furniture = [block.text for block in assembly.furniture]
    publication = roles.read_publication(furniture, [block.shadow for block in assembly.furniture])
    issued = publication.date if publication else None
    warnings = list(doc.warnings)
    articles = []
    for number, draft in enumerate(assembly.drafts, start=1):
        article = build_article(draft, f"{stem}-{number:02d}", source, publication, issued, language)
        if not article.headline:
            warnings.append(f"article {article.id}: no headline found")
        articles.append(article)
    if not articles:
        warnings.append(NO_ARTICLE)
    return Page(source=source, input_format=doc.input_format, encoding=encoding, publication=publication,
                language=language, furniture=furniture, warnings=warnings, repairs=list(doc.repairs),
                articles=articles)


def build_article(draft: assemble.Draft, article_id: str, source: Source, publication: Publication | None,
                  issued: datetime.date | None, language: str) -> Article:
    kicker, headline, subheadline, title_repairs = assemble.resolve_titles(draft)
    dateline, noted, lead_repairs = assemble.lead_fields(draft, issued)
    signed = assemble.people(draft)
    named = {person.name for person in signed}
    return Article.model_validate({
        "id": article_id, "source": source, "publication": publication, "language": language,
        "kicker": kicker, "headline": headline, "subheadline": subheadline,
        "bylines": signed + [person for person in noted if person.name not in named],
        "dateline": dateline or assemble.filed_dateline(draft),
        "body": assemble.body_blocks(draft), "credits": assemble.credit_notes(draft),
        "repairs": assemble.block_repairs(draft) + draft.repairs + title_repairs + lead_repairs,
    })
