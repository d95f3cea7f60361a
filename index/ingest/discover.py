"""Finding input files and choosing the parser for each by its extension."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from index.ingest.article import Parsed, problem
from index.ingest.html import parse_html
from index.ingest.jsonl import parse_json, parse_jsonl
from index.ingest.markdown import parse_markdown
from index.ingest.text import parse_text
from index.models import InputProblem

Parser = Callable[[Path, str], Parsed]

PARSERS: dict[str, Parser] = {
    ".txt": parse_text,
    ".md": parse_markdown,
    ".markdown": parse_markdown,
    ".html": parse_html,
    ".htm": parse_html,
    ".jsonl": parse_jsonl,
    ".json": parse_json,
}


def discover(path: Path) -> Iterator[Path | InputProblem]:
    """The files under ``path`` (itself, if a file) in sorted order, hidden ones skipped.

    A missing path or an unreadable directory is yielded as a problem.
    """
    if path.is_dir():
        yield from _walk(path, set())
    elif path.exists() or path.is_symlink():
        yield path
    else:
        yield problem(path, "no such file or directory")


def parser_for(path: Path) -> Parser | InputProblem:
    """The parser for ``path``'s extension, or a warning that the file type is unsupported."""
    suffix = path.suffix.lower()
    parser = PARSERS.get(suffix)
    if parser is not None:
        return parser
    kind = f"'{path.suffix}'" if suffix else "(no extension)"
    return problem(path, f"unsupported file type {kind}; skipped", severity="warning")


def _walk(directory: Path, seen: set[Path]) -> Iterator[Path | InputProblem]:
    """Recurse into ``directory``, following each linked directory once."""
    real = directory.resolve()
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(entry for entry in directory.iterdir() if not entry.name.startswith("."))
    except OSError as exc:
        yield problem(directory, f"cannot read directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.is_dir():
            yield from _walk(entry, seen)
        else:
            yield entry
