"""JSON articles: ``.jsonl`` (one object a line) and ``.json`` (an object or a list of them)."""

from __future__ import annotations

import json
from pathlib import Path

from index.ingest.article import (
    METADATA_FIELDS,
    Parsed,
    field_text,
    make_article,
    problem,
    read_fields,
)
from index.ingest.normalise import one_line, split_paragraphs


def parse_jsonl(path: Path, text: str) -> Parsed:
    """One article for each non-blank line; a bad line is a problem, the others still load."""
    parsed: Parsed = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            parsed.extend(_parse_entry(path, line, number))
    return parsed


def parse_json(path: Path, text: str) -> Parsed:
    """One article for a JSON object, or one for each object of a JSON list."""
    try:
        value = _load(text)
    except ValueError as exc:
        return [problem(path, str(exc))]
    if value == []:
        return [problem(path, "no articles (empty list)")]
    if isinstance(value, list):
        parsed: Parsed = []
        for index, entry in enumerate(value, start=1):
            parsed.extend(article_from_object(path, entry, index))
        return parsed
    if isinstance(value, dict):
        return article_from_object(path, value, None)
    return [problem(path, "expected a JSON object or a list of objects")]


def article_from_object(path: Path, value: object, line: int | None) -> Parsed:
    """The article a decoded JSON object describes, after any warnings about its fields.

    ``line`` is the line (``.jsonl``) or 1-based list index (``.json``) of the object; the
    id defaults to ``{stem}-{line}``, or to the stem for a file holding a single object.
    """
    if not isinstance(value, dict):
        return [problem(path, "not a JSON object", line=line)]
    text = value.get("text")
    if text is None:
        return [problem(path, "missing field 'text'", line=line)]
    if not isinstance(text, str):
        message = f"field 'text' is not a string ({type(text).__name__})"
        return [problem(path, message, line=line)]
    fields, warnings = read_fields(value, METADATA_FIELDS)
    article_id, id_warnings = _article_id(value, path, line)
    parsed: Parsed = [
        problem(path, warning, line=line, severity="warning")
        for warning in [*id_warnings, *warnings]
    ]
    parsed.append(make_article(path, article_id, split_paragraphs(text), fields, line=line))
    return parsed


def _parse_entry(path: Path, line: str, number: int) -> Parsed:
    try:
        value = _load(line)
    except ValueError as exc:
        return [problem(path, str(exc), line=number)]
    return article_from_object(path, value, number)


def _load(text: str) -> object:
    """Decoded JSON; :class:`ValueError` with a one-line message when it is not JSON."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"invalid JSON: {one_line(str(exc))}") from None


def _article_id(value: dict[str, object], path: Path, line: int | None) -> tuple[str, list[str]]:
    default = path.stem if line is None else f"{path.stem}-{line}"
    try:
        return field_text(value.get("id")) or default, []
    except TypeError as exc:
        return default, [f"field 'id' is not text ({exc}); using '{default}'"]
