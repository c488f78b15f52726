"""Comparing converted pages by what they say, not by where their bytes came from."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from restructure import Page


def content(page: Page, ignored_repairs: Collection[str] = ()) -> dict[str, Any]:
    """The page as a dict without what describes the input rather than the page (source
    path and sha256, encoding) or names its script (language tag), on the page and each
    article, and without repairs of the ignored kinds."""
    fields = page.model_dump(exclude={"source", "encoding", "language"})
    for record in (fields, *fields["articles"]):
        record.pop("source", None)
        record.pop("language", None)
        record["repairs"] = [repair for repair in record["repairs"] if repair["kind"] not in ignored_repairs]
    return fields
