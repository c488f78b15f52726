"""The records restructure emits: the single source of truth for their shape.

`schemas/*.json` is generated from these models (`restructure schema`), and the
field names are a contract read by the evaluation and by downstream loaders.
"""

from __future__ import annotations

import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .options import OutputFormat, Punctuation, Script

RepairKind = Literal[
    "joined_paragraph",
    "joined_wrapped_line",
    "split_run_in_paragraph",
    "split_run_in_headline",
    "split_run_in_byline",
    "split_end_note",
    "joined_dateline",
    "merged_split_headline",
    "merged_split_byline",
    "split_kicker_from_headline",
    "moved_title_block",
    "reattached_column_tail",
    "split_side_by_side_columns",
    "moved_reporter_note",
    "moved_editor_note",
    "joined_continued_text",
    "normalised_spacing",
    "normalised_punctuation",
    "normalised_unicode",
    "removed_control_characters",
    "removed_html_markup",
    "converted_script",
]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Record):
    path: str = Field(description="The page file as given to the converter, or the name passed to convert().")
    sha256: str = Field(description="SHA-256 of the input bytes (of the UTF-8 text for convert()).")


class Publication(Record):
    name: str | None = Field(None, description="Name of the paper, e.g. 徐汇报.")
    date: datetime.date | None = Field(None, description="Issue date printed on the page.")
    issue: int | None = Field(None, description="Issue number (第30期).")
    issue_total: int | None = Field(None, description="Running issue number (总第1684期).")


class Byline(Record):
    name: str = Field(description="One person's name, without marks or role words.")
    role: str | None = Field(None, description="Role word printed with the name: 记者, 本报记者, 通讯员 ...")


class Dateline(Record):
    source: str | None = Field(None, description="Agency formula: 本报讯, 本报, 新华社 ...")
    place: str | None = Field(None, description="Where it was filed, if printed (本报上海5月31日电 → 上海).")
    date_text: str | None = Field(None, description="The date phrase as printed: 7月23日下午, 日前.")
    date: datetime.date | None = Field(None, description="date_text resolved with the page's year, if known.")


class BodyBlock(Record):
    type: Literal["paragraph", "heading", "caption"]
    text: str
    credit: str | None = Field(None, description="Photographer of a caption (the X of 'X 摄').")


class Repair(Record):
    kind: RepairKind
    detail: str = Field(description="What was changed, with the source line numbers.")


class Article(Record):
    id: str = Field(description="<page stem>-<NN>, NN the reading order from 01.")
    source: Source
    publication: Publication | None
    language: str = Field(description="BCP 47 tag of the text, e.g. zh-Hans.")
    kicker: str | None = Field(description="引题: the line set above the headline.")
    headline: str = Field(description="主题, its split lines joined.")
    subheadline: str | None = Field(description="副题: the line under the headline.")
    bylines: list[Byline]
    dateline: Dateline | None
    body: list[BodyBlock]
    credits: list[str] = Field(description="Source notes such as 综合自:…, brackets stripped.")
    repairs: list[Repair] = Field(description="What the converter changed to rebuild this article.")


InputFormat = Literal["text", "markdown"]


class PageBase(Record):
    source: Source
    input_format: InputFormat
    encoding: str = Field(description="Encoding the input was read in.")
    publication: Publication | None
    language: str
    furniture: list[str] = Field(description="Page text that belongs to no article: masthead, QR labels ...")
    warnings: list[str]
    repairs: list[Repair] = Field(description="Repairs that concern the page rather than one article.")


class Conversion(Record):
    """The options a page's output was made with: `--resume` converts again a page written with others."""

    formats: list[OutputFormat]
    encoding: str | None = Field(description="The encoding forced with --encoding; null when detected.")
    script: Script
    cjk_spacing: bool
    punctuation: Punctuation


class PageRecord(PageBase):
    """What `page.json` holds: the page with its articles as ids in reading order."""

    articles: list[str]
    conversion: Conversion | None = Field(None, description="The options the records were written with.")


class Page(PageBase):
    """A converted page as the library returns it: the articles themselves."""

    articles: list[Article]

    def record(self, conversion: Conversion | None = None) -> PageRecord:
        fields = self.model_dump(exclude={"articles"})
        return PageRecord(**fields, articles=[article.id for article in self.articles], conversion=conversion)
