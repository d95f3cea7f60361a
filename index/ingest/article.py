"""Building articles and problems: the pieces every format parser shares."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from index.ingest.normalise import normalise_paragraph
from index.models import Article, InputProblem

Parsed = list[Article | InputProblem]
"""What a format parser returns for one file: its articles and its problems, in order."""

METADATA_FIELDS = ("title", "url", "outlet", "published")


def problem(
    path: Path,
    message: str,
    *,
    line: int | None = None,
    severity: Literal["error", "warning"] = "error",
) -> InputProblem:
    """An :class:`InputProblem` about ``path`` (and ``line`` of it, when given)."""
    return InputProblem(source=str(path), line=line, message=message, severity=severity)


def source_of(path: Path, line: int | None = None) -> str:
    """The :pyattr:`Article.source` string: ``"path"`` or ``"path:line"``."""
    return str(path) if line is None else f"{path}:{line}"


def make_article(
    path: Path,
    article_id: str,
    paragraphs: list[str],
    metadata: Mapping[str, str | None],
    *,
    line: int | None = None,
) -> Article | InputProblem:
    """An :class:`Article`, or a "no text" problem when it has no paragraphs."""
    if not paragraphs:
        return problem(path, "no text", line=line)
    return Article(
        id=article_id,
        paragraphs=paragraphs,
        source=source_of(path, line),
        **{name: metadata.get(name) for name in METADATA_FIELDS},
    )


def field_text(value: object) -> str | None:
    """A metadata value as text: strings normalised, numbers as written, dates as YYYY-MM-DD.

    ``None`` and blank strings give ``None``; anything else (booleans, lists, mappings)
    raises :class:`TypeError`.
    """
    if value is None:
        return None
    if isinstance(value, str):
        return normalise_paragraph(value) or None
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise TypeError(type(value).__name__)


def read_fields(
    record: Mapping[str, object], names: tuple[str, ...]
) -> tuple[dict[str, str | None], list[str]]:
    """The named fields of ``record`` as text, and a warning for each one that is not text."""
    fields: dict[str, str | None] = {}
    warnings: list[str] = []
    for name in names:
        try:
            fields[name] = field_text(record.get(name))
        except TypeError as exc:
            warnings.append(f"field '{name}' is not text ({exc}); ignored")
    return fields, warnings
