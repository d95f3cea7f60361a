"""Markdown articles (``.md``, ``.markdown``): optional YAML front matter, CommonMark body."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler
from markdown_it import MarkdownIt
from markdown_it.token import Token

from index.ingest.article import METADATA_FIELDS, Parsed, make_article, problem, read_fields
from index.ingest.normalise import normalise_paragraph, normalise_paragraphs, one_line

FRONT_MATTER_FIELDS = ("id", *METADATA_FIELDS)

_FRONT_MATTER = YAMLHandler()
_MARKDOWN = MarkdownIt("commonmark")
_TEXT_TOKENS = frozenset({"text", "text_special", "code_inline"})
_BREAK_TOKENS = frozenset({"softbreak", "hardbreak"})


def parse_markdown(path: Path, text: str) -> Parsed:
    """One article: front matter fields, paragraphs rendered from the body to plain text.

    The first heading is the title when the front matter gives none; headings, code
    blocks, raw HTML and images are not paragraphs. The id is the front matter ``id``
    or the file stem.
    """
    try:
        metadata, body = split_front_matter(text)
    except ValueError as exc:
        return [problem(path, f"invalid YAML front matter: {exc}")]
    fields, warnings = read_fields(metadata, FRONT_MATTER_FIELDS)
    heading, paragraphs = render_body(body)
    fields["title"] = fields.get("title") or heading
    parsed: Parsed = [problem(path, warning, severity="warning") for warning in warnings]
    parsed.append(make_article(path, fields.get("id") or path.stem, paragraphs, fields))
    return parsed


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """The YAML front matter as a mapping (empty when there is none) and the body.

    Raises :class:`ValueError` with a one-line message when the front matter does not parse.
    """
    text = text.strip()
    if not _FRONT_MATTER.detect(text):
        return {}, text
    try:
        metadata, body = frontmatter.parse(text, handler=_FRONT_MATTER)
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        raise ValueError(one_line(str(exc))) from None
    return dict(metadata), body


def render_body(body: str) -> tuple[str | None, list[str]]:
    """The first heading's text (or ``None``) and the plain-text paragraphs of ``body``."""
    heading: str | None = None
    paragraphs: list[str] = []
    tokens = _MARKDOWN.parse(body)
    for previous, token in itertools.pairwise(tokens):
        if token.type != "inline":
            continue
        text = plain_text(token.children or [])
        if previous.type != "heading_open":
            paragraphs.append(text)
        elif heading is None:
            heading = normalise_paragraph(text) or None
    return heading, normalise_paragraphs(paragraphs)


def plain_text(children: Sequence[Token]) -> str:
    """The words of an inline token's children, with every markup token dropped."""
    parts = (
        child.content if child.type in _TEXT_TOKENS else " " if child.type in _BREAK_TOKENS else ""
        for child in children
    )
    return "".join(parts)
