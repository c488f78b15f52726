"""The published JSON Schemas: in step with the models, and our records valid against them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

import restructure
from restructure import schemas
from restructure.cli import app
from restructure.models import Page
from restructure.writers import json as json_writer
from restructure.writers import ninjs

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = ROOT / "schemas"


def published(name: str) -> Draft202012Validator:
    schema = json.loads((PUBLISHED / name).read_bytes())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def seed_pages() -> list[Page]:
    return [restructure.convert(path.read_text(), name=path.name) for path in sorted((ROOT / "seeds").glob("*.txt"))]


@pytest.mark.parametrize("name", list(schemas.GENERATED))
def test_checked_in_schema_is_what_the_models_generate(name: str) -> None:
    assert (PUBLISHED / name).read_bytes() == schemas.dumps(name), f"run `restructure schema` to regenerate {name}"


def test_schema_command_regenerates_the_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["schema", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in schemas.GENERATED:
        assert (tmp_path / name).read_bytes() == (PUBLISHED / name).read_bytes()


def test_the_package_finds_the_published_folder() -> None:
    assert schemas.FOLDER.resolve() == PUBLISHED.resolve()
    assert schemas.NEWSML_PROFILE.is_file() and schemas.XHTML_PROFILE.is_file()


def errors(validator: Draft202012Validator, document: Any) -> list[str]:
    return [f"{error.json_path}: {error.message}" for error in validator.iter_errors(document)]


def test_seed_records_are_valid_against_the_published_schemas(seed_pages: list[Page]) -> None:
    article, page, ninjs_profile = (published(name) for name in
                                    ("article.schema.json", "page.schema.json", "ninjs-profile.schema.json"))
    for seed in seed_pages:
        assert errors(page, json.loads(json_writer.dumps(seed.record()))) == []
        for record in seed.articles:
            assert errors(article, json.loads(json_writer.dumps(record))) == []
            assert errors(ninjs_profile, json.loads(ninjs.dumps(record))) == []


def test_article_schema_rejects_what_the_model_rejects(seed_pages: list[Page]) -> None:
    record = json.loads(json_writer.dumps(seed_pages[0].articles[0]))
    validator = published("article.schema.json")
    assert errors(validator, {**record, "bylines": "宗河"}) == ["$.bylines: '宗河' is not of type 'array'"]
    assert errors(validator, {**record, "body": [{"type": "table", "text": "x"}]}) == [
        "$.body[0].type: 'table' is not one of ['paragraph', 'heading', 'caption']"]
    assert errors(validator, {key: value for key, value in record.items() if key != "headline"}) == [
        "$: 'headline' is a required property"]
    assert errors(validator, {**record, "dateline": {"date": "2022-12-01"}}) == []
    assert errors(validator, {**record, "dateline": {"date": "2022-13-01"}}) == [  # format: date is checked
        "$.dateline: {'date': '2022-13-01'} is not valid under any of the given schemas"]
