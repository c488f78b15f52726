"""Validation: every document against its schema, before it is written
(check) and for files from anywhere (`restructure validate`, problems).

A file's name says what it is, as the writers name them: page.json is a page
record, *.ninjs.json ninjs, any other *.json an article record, *.xml a
NewsML-G2 newsItem. Files are checked against the published schemas (the JSON
Schemas generated from the models, the XSD of our NewsML-G2 profile, whose
XHTML body is checked too, also inside ninjs) or, given IPTC's standards
folder, against IPTC's own NewsML-G2 and ninjs schemas. Before writing, the
JSON records are checked by the models those schemas are generated from: the
same rules, fast enough to check every document.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from lxml import etree
from pydantic import BaseModel, ValidationError

from . import schemas
from .models import Article, PageRecord
from .writers.iptc import XHTML
from .writers.ninjs import XHTML_TYPE, NinjsItem

Kind = Literal["article", "page", "ninjs", "newsml"]
# IPTC's schemas, as laid out in a standards folder (--standards).
IPTC_NEWSML = Path("newsml-g2", "NewsML-G2_2.35-spec-All-Power.xsd")
IPTC_NINJS = Path("ninjs", "ninjs-schema_3.1.json")
IPTC_SCHEMAS = (IPTC_NEWSML, IPTC_NINJS)
MODELS: dict[Kind, type[BaseModel]] = {"article": Article, "page": PageRecord, "ninjs": NinjsItem}
SCHEMA_FILES: dict[Kind, str] = {"article": "article.schema.json", "page": "page.schema.json",
                                 "ninjs": "ninjs-profile.schema.json"}
LONGEST_REASON = 300  # characters: a reason quoting a whole paragraph would hide the point
NAMESPACE = re.compile(r"\{(?:https?|urn):[^}\s]*\}")  # {http://…}name in messages: the name is enough
# Files may come from anywhere: no entities, no network.
PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


@dataclass(frozen=True, slots=True)
class Problem:
    where: str  # $.json.path or /xml/path (line N); empty for the file as a whole
    reason: str

    def __str__(self) -> str:
        reason = self.reason if len(self.reason) <= LONGEST_REASON else self.reason[:LONGEST_REASON] + "…"
        return f"{self.where}: {reason}" if self.where else reason


class InvalidDocument(ValueError):
    """A document failed its schema before it was written: the page writes nothing."""

    def __init__(self, name: str, problem: Problem) -> None:
        super().__init__(f"{name} is invalid: {problem}")
        self.name, self.problem = name, problem


def kind_of(name: str) -> Kind | None:
    if name == "page.json":
        return "page"
    if name.endswith(".ninjs.json"):
        return "ninjs"
    if name.endswith(".json"):
        return "article"
    return "newsml" if name.endswith(".xml") else None


def check(name: str, data: bytes) -> None:
    """data, about to be written as name: InvalidDocument if it fails its schema."""
    kind = kind_of(name)
    if kind is None:
        raise ValueError(f"no schema for {name}")
    if problem := (xml_problem(data, xml_schema(schemas.NEWSML_PROFILE)) if kind == "newsml"
                   else model_problem(kind, data)):
        raise InvalidDocument(name, problem)


def model_problem(kind: Kind, data: bytes) -> Problem | None:
    try:
        record = MODELS[kind].model_validate_json(data, strict=True)
    except ValidationError as error:
        first = error.errors()[0]
        return Problem(json_path(first["loc"]), first["msg"])
    return ninjs_body_problem(record.model_dump(by_alias=True)) if isinstance(record, NinjsItem) else None


def problems(paths: Iterable[Path], standards: Path | None = None) -> Iterator[tuple[Path, Problem | None]]:
    """Each file under paths (folders walked in sorted order) with its first problem, or None if valid."""
    for given in paths:
        if not given.is_dir():
            yield given, file_problem(given, standards)
            continue
        found = sorted(path for path in given.rglob("*") if kind_of(path.name) and path.is_file())
        if not found:
            yield given, Problem("", "folder holds no .json or .xml files")
        for path in found:
            yield path, file_problem(path, standards)


def file_problem(path: Path, standards: Path | None = None) -> Problem | None:
    """path against its schema: IPTC's from the standards folder for NewsML-G2 and ninjs if given, else ours."""
    kind = kind_of(path.name)
    if kind is None:
        return Problem("", "not a file restructure validates (page.json, *.json, *.ninjs.json, *.xml)")
    try:
        data = path.read_bytes()
    except OSError as error:
        return Problem("", f"cannot be read: {error.strerror or error}")
    if kind == "newsml":
        return xml_problem(data, xml_schema(standards / IPTC_NEWSML if standards else schemas.NEWSML_PROFILE))
    try:
        document = json.loads(data)
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError
        return Problem("", f"not JSON: {error}")
    if kind == "ninjs" and standards:
        return json_problem(document, json_validator(standards / IPTC_NINJS))
    problem = json_problem(document, json_validator(SCHEMA_FILES[kind]))
    return problem or (ninjs_body_problem(document) if kind == "ninjs" else None)


@cache
def xml_schema(path: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(path)))


@cache
def json_validator(schema: str | Path) -> Validator:
    """A validator for one of our generated schemas (by file name) or a schema file (by path), built once."""
    document = schemas.json_schema(schema) if isinstance(schema, str) else json.loads(schema.read_bytes())
    cls = validator_for(document, default=Draft202012Validator)
    return cls(document, format_checker=cls.FORMAT_CHECKER)


def json_problem(document: Any, validator: Validator) -> Problem | None:
    error = best_match(validator.iter_errors(document))
    return None if error is None else Problem(error.json_path, error.message)


def json_path(location: Iterable[int | str]) -> str:
    return "$" + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in location)


def ninjs_body_problem(document: Any) -> Problem | None:
    """The XHTML of each application/xhtml+xml body, against our XHTML profile's <body>."""
    for number, body in enumerate(document.get("bodies", [])):
        if body.get("contentType") == XHTML_TYPE:
            wrapped = f'<body xmlns="{XHTML}">{body.get("value", "")}</body>'.encode()
            if problem := xml_problem(wrapped, xml_schema(schemas.XHTML_PROFILE)):
                return Problem(f"$.bodies[{number}].value {problem.where}", problem.reason)
    return None


def xml_problem(data: bytes, schema: etree.XMLSchema) -> Problem | None:
    try:
        root = etree.fromstring(data, PARSER)
    except etree.XMLSyntaxError as error:
        return Problem(f"line {error.lineno}", f"not well-formed XML: {error.msg}")
    if schema.validate(root):
        return None
    error = schema.error_log[0]
    found = root.xpath(error.path) if error.path else []
    where = readable_path(found[0]) if found and isinstance(found[0], etree._Element) else error.path or "/"
    return Problem(f"{where} (line {error.line})", NAMESPACE.sub("", error.message))


def readable_path(element: etree._Element) -> str:
    """/newsItem/contentMeta/headline[2]: local names, a position only where names repeat."""
    steps = []
    while element is not None:
        parent = element.getparent()
        same = [sibling for sibling in parent if sibling.tag == element.tag] if parent is not None else [element]
        name = etree.QName(element).localname
        steps.append(f"{name}[{same.index(element) + 1}]" if len(same) > 1 else name)
        element = parent
    return "/" + "/".join(reversed(steps))
