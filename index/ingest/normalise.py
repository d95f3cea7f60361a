"""Text normalisation shared by every input format."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def normalise_paragraph(text: str) -> str:
    """Return ``text`` in NFC, stripped, with each inner whitespace run collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def normalise_paragraphs(paragraphs: Iterable[str]) -> list[str]:
    """Normalise each paragraph (see :func:`normalise_paragraph`) and drop empty ones."""
    cleaned = (normalise_paragraph(paragraph) for paragraph in paragraphs)
    return [paragraph for paragraph in cleaned if paragraph]


def split_paragraphs(text: str) -> list[str]:
    """Split plain text into normalised paragraphs.

    Paragraphs are separated by blank lines, and the hard-wrapped lines inside one are
    joined with a space; text without any blank line has one paragraph a line.
    """
    lines = text.strip().splitlines()
    if not any(_is_blank(line) for line in lines):
        return normalise_paragraphs(lines)
    return normalise_paragraphs(_blocks(lines))


def one_line(text: str) -> str:
    """Collapse ``text`` (an error message, say) onto one line."""
    return " ".join(text.split())


def _is_blank(line: str) -> bool:
    return not line.strip()


def _blocks(lines: list[str]) -> list[str]:
    """Join each run of non-blank lines into one string."""
    blocks: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if not _is_blank(line):
            current.append(line)
        elif current:
            blocks.append(" ".join(current))
            current = []
    return blocks
