"""Ingest: turn files and folders of articles into :class:`~index.models.Article` objects.

Every format is parsed by its own module; bad input becomes an
:class:`~index.models.InputProblem` and never stops the rest from loading.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from index.ingest.article import Parsed, problem
from index.ingest.discover import discover, parser_for
from index.ingest.read import decode_text, read_bytes
from index.models import Article, IngestResult, InputProblem

__all__ = ["load_sources"]


def load_sources(paths: Sequence[Path | str]) -> IngestResult:
    """Load every article from the given files and directories (recursed, sorted).

    Problems (unreadable or malformed input, unsupported files, duplicate ids) are
    collected, one line each, never raised; of two articles with one id the later wins.
    """
    result = IngestResult()
    articles: dict[str, Article] = {}
    for found in _files(paths):
        if isinstance(found, InputProblem):
            result.problems.append(found)
            continue
        parsed, opened = _load_file(found)
        result.files_read += opened
        for item in parsed:
            if isinstance(item, InputProblem):
                result.problems.append(item)
            else:
                _keep(articles, item, found, result.problems)
    result.articles = list(articles.values())
    return result


def _files(paths: Sequence[Path | str]) -> Iterator[Path | InputProblem]:
    for path in paths:
        yield from discover(Path(path))


def _load_file(path: Path) -> tuple[Parsed, int]:
    """What one file holds, and whether it was opened (1) or not (0)."""
    parser = parser_for(path)
    if isinstance(parser, InputProblem):
        return [parser], 0
    data = read_bytes(path)
    if isinstance(data, InputProblem):
        return [data], 0
    text = decode_text(path, data)
    if isinstance(text, InputProblem):
        return [text], 1
    return parser(path, text), 1


def _keep(
    articles: dict[str, Article], article: Article, path: Path, problems: list[InputProblem]
) -> None:
    """Add ``article`` (read from ``path``), replacing and warning about an earlier namesake."""
    earlier = articles.pop(article.id, None)
    if earlier is not None:
        message = (
            f"duplicate article id '{article.id}' (also in {earlier.source}); the later one wins"
        )
        problems.append(problem(path, message, line=_line_in(article, path), severity="warning"))
    articles[article.id] = article


def _line_in(article: Article, path: Path) -> int | None:
    """The line (or list index) of ``path`` that ``article`` came from, if it names one."""
    prefix = f"{path}:"
    return int(article.source.removeprefix(prefix)) if article.source.startswith(prefix) else None
