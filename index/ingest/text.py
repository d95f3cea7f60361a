"""Plain-text articles (``.txt``): one article a file, no metadata."""

from __future__ import annotations

from pathlib import Path

from index.ingest.article import Parsed, make_article
from index.ingest.normalise import split_paragraphs


def parse_text(path: Path, text: str) -> Parsed:
    """One article with id = file stem, paragraphs split as by :func:`split_paragraphs`."""
    return [make_article(path, path.stem, split_paragraphs(text), {})]
