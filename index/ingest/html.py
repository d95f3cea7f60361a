"""HTML pages (``.html``, ``.htm``): the main text and metadata, found by trafilatura."""

from __future__ import annotations

from pathlib import Path

import trafilatura
from trafilatura.settings import Document

from index.ingest.article import Parsed, field_text, make_article, problem
from index.ingest.normalise import normalise_paragraphs, one_line


def parse_html(path: Path, text: str) -> Parsed:
    """One article with id = file stem; a problem when the page has no main text.

    The page is parsed as given: nothing is fetched.
    """
    try:
        document = trafilatura.bare_extraction(text, with_metadata=True)
    except Exception as exc:  # trafilatura and lxml raise many kinds on malformed pages
        return [problem(path, f"cannot parse HTML: {one_line(str(exc)) or type(exc).__name__}")]
    if not isinstance(document, Document) or not document.text:
        return [problem(path, "no article text found")]
    title = field_text(document.title)
    paragraphs = normalise_paragraphs(document.text.splitlines())
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline, repeated at the top of the body
    metadata = {
        "title": title,
        "url": field_text(document.url),
        "outlet": field_text(document.sitename) or field_text(document.hostname),
        "published": field_text(document.date),
    }
    return [make_article(path, path.stem, paragraphs, metadata)]
