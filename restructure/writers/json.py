"""JSON records: `page.json` and `<NN>.json`, as the models define them."""

from __future__ import annotations

from pydantic import BaseModel


def dumps(record: BaseModel) -> bytes:
    """Stable, human-readable JSON: same record, same bytes."""
    return (record.model_dump_json(indent=2) + "\n").encode("utf-8")
