"""ninjs 3.1 `<NN>.ninjs.json`: IPTC's JSON for news, one text item per article.

The models below are our profile of ninjs: `restructure schema` publishes
their JSON Schema as schemas/ninjs-profile.schema.json. Everything they allow
is valid ninjs 3.1 (the tests check against IPTC's schema).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel
from pydantic.json_schema import SkipJsonSchema

from ..models import Article
from . import iptc, markup

NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
AUTHOR = "http://cv.iptc.org/newscodes/contentprodpartyrole/author"
XHTML_TYPE = "application/xhtml+xml"


class Profile(BaseModel):
    # Published in serialization mode: a field with a default is always written, so it is required there.
    model_config = ConfigDict(extra="forbid", frozen=True, alias_generator=to_camel, populate_by_name=True,
                              json_schema_serialization_defaults_required=True,
                              field_title_generator=lambda name, field: field.alias or to_camel(name))


def omitted_when_none(**kwargs: Any) -> Any:
    """An optional field: left out of the JSON when None (ninjs has no nulls), its schema the type alone."""
    return Field(None, exclude_if=lambda value: value is None,
                 json_schema_extra=lambda schema: schema.pop("default"), **kwargs)


class Standard(Profile):
    name: Literal["ninjs"] = "ninjs"
    version: Literal["3.1"] = "3.1"
    schema_uri: Literal["http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"] = Field(NINJS_SCHEMA, alias="schema")


class Headline(Profile):
    role: Literal["main", "kicker", "subhead"]
    content_type: Literal["text/plain"] = "text/plain"
    value: str


class Description(Profile):
    role: Literal["dateline", "credit"] = Field(description="dateline: as printed; credit: a source note (综合自:…).")
    content_type: Literal["text/plain"] = "text/plain"
    value: str


class InfoSource(Profile):
    name: str = Field(description="One byline's name; its role word is in `by`.")
    role: Literal["http://cv.iptc.org/newscodes/contentprodpartyrole/author"] = AUTHOR


class Body(Profile):
    role: Literal["main"] = "main"
    content_type: Literal["application/xhtml+xml"] = XHTML_TYPE
    value: str = Field(description="The children of an XHTML <body> (schemas/xhtml-profile.xsd), no namespace.")


class NinjsItem(Profile):
    """One article as a ninjs 3.1 text item."""

    uri: str = Field(pattern=r"^[A-Za-z][A-Za-z0-9+.\-]*:[!-~]+$", description="urn:newsml:…:<article id>")
    standard: Standard = Standard()
    type: Literal["text"] = "text"
    version: Literal["1"] = "1"
    version_created: AwareDatetime
    content_created: AwareDatetime | SkipJsonSchema[None] = omitted_when_none()
    pub_status: Literal["usable"] = "usable"
    language: str = Field(description="BCP 47 tag, as the article record has it.")
    headlines: list[Headline] = Field(min_length=1, max_length=3, description="The main headline first.")
    by: str | SkipJsonSchema[None] = omitted_when_none(description="The bylines as printed: 记者 刘坤 朱亮.")
    located: str | SkipJsonSchema[None] = omitted_when_none(description="The dateline's place.")
    info_sources: list[InfoSource] | SkipJsonSchema[None] = omitted_when_none()
    descriptions: list[Description] | SkipJsonSchema[None] = omitted_when_none()
    bodies: list[Body] = Field(min_length=1, max_length=1)


def item(article: Article) -> NinjsItem:
    created = iptc.content_created(article)
    dateline = iptc.dateline_text(article.dateline)
    descriptions = ([Description(role="dateline", value=dateline)] if dateline else []) + [
        Description(role="credit", value=iptc.xml_text(credit)) for credit in article.credits]
    return NinjsItem(
        uri=iptc.item_uri(article),
        version_created=iptc.version_created(article),
        content_created=iptc.at_midnight(created) if created else None,
        language=article.language,
        headlines=[Headline(role=role, value=text) for role, text in iptc.headlines(article)],
        by=iptc.byline_text(article.bylines),
        located=iptc.located(article),
        info_sources=[InfoSource(name=iptc.xml_text(byline.name)) for byline in article.bylines] or None,
        descriptions=descriptions or None,
        bodies=[Body(value=markup.fragment(iptc.xhtml_body(article).children))],
    )


def dumps(article: Article) -> bytes:
    return (item(article).model_dump_json(by_alias=True, indent=2) + "\n").encode("utf-8")
