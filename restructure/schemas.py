"""The schemas our output is checked against, and where they are published.

The JSON Schemas are generated from the pydantic models (`restructure schema`
writes them to schemas/, and a test fails if the files there differ); the XML
profile is hand-written XSD in schemas/. The package reaches that folder as
`restructure/schema_files` (a link in a source checkout, package data when
installed), so validation needs nothing outside the project.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import JsonSchemaMode

from .models import Article, PageRecord
from .writers.ninjs import NinjsItem

FOLDER = Path(__file__).parent / "schema_files"
NEWSML_PROFILE = FOLDER / "newsml-profile.xsd"
XHTML_PROFILE = FOLDER / "xhtml-profile.xsd"
DRAFT = "https://json-schema.org/draft/2020-12/schema"

# file name → (model, JSON Schema mode): ninjs is published as written (serialization),
# so that what we always write is required; our records as read back (validation).
GENERATED: dict[str, tuple[type[BaseModel], JsonSchemaMode]] = {
    "article.schema.json": (Article, "validation"),
    "page.schema.json": (PageRecord, "validation"),
    "ninjs-profile.schema.json": (NinjsItem, "serialization"),
}


@cache
def json_schema(name: str) -> dict[str, Any]:
    model, mode = GENERATED[name]
    return {"$schema": DRAFT, **model.model_json_schema(mode=mode)}


def dumps(name: str) -> bytes:
    return (json.dumps(json_schema(name), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write(folder: Path) -> list[Path]:
    """Write each generated JSON Schema into folder; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in GENERATED:
        (path := folder / name).write_bytes(dumps(name))
        written.append(path)
    return written
