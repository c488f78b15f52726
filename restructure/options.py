"""One settings object, passed from the CLI through the library to every pass."""

from __future__ import annotations

import codecs
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Script = Literal["keep", "hans", "hant", "tw", "hk"]
OutputFormat = Literal["json", "newsml", "ninjs"]
Punctuation = Literal["keep", "cjk"]


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # reading
    encoding: str | None = Field(None, description="Force this input encoding instead of detecting it.")
    max_bytes: int = Field(50 * 1024 * 1024, ge=1, description="Refuse input files larger than this.")
    # normalisation
    script: Script = Field("keep", description="Convert the output text with OpenCC: keep, or to zh-Hans, "
                                                "zh-Hant, zh-Hant-TW, zh-Hant-HK.")
    cjk_spacing: bool = Field(True, description="Remove stray spaces between CJK and digits/Latin "
                                                "and of letter-spaced CJK.")
    punctuation: Punctuation = Field("keep", description="ASCII punctuation in CJK text to full width.")
    # writing
    formats: tuple[OutputFormat, ...] = ("json", "newsml", "ninjs")
    resume: bool = Field(False, description="Skip pages whose page.json records the same source sha256 "
                                              "and options, with all their records written.")

    @field_validator("encoding")
    @classmethod
    def known_encoding(cls, name: str | None) -> str | None:
        try:
            return codecs.lookup(name).name if name else None
        except LookupError:
            raise ValueError(f"unknown encoding {name}") from None
