"""One settings object, passed from the CLI through the library to every pass."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Script = Literal["keep", "hans", "hant", "tw", "hk"]
OutputFormat = Literal["json", "newsml", "ninjs"]


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # reading
    encoding: str | None = Field(None, description="Force this input encoding instead of detecting it.")
    max_bytes: int = Field(50 * 1024 * 1024, description="Refuse input files larger than this.")
    # normalisation
    script: Script = Field("keep", description="Convert the output text with OpenCC.")
    cjk_spacing: bool = Field(True, description="Remove stray spaces between CJK and digits/Latin.")
    punctuation: Literal["keep", "cjk"] = Field("keep", description="ASCII punctuation in CJK text to full width.")
    # writing
    formats: tuple[OutputFormat, ...] = ("json", "newsml", "ninjs")
