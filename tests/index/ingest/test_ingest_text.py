"""Plain-text articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from index.ingest import load_sources

Write = Callable[[str, str | bytes], Path]


def test_blank_line_paragraphs_with_wrapped_lines(write: Write) -> None:
    path = write(
        "harbour-vote.txt",
        "Councillor Tibor Quennell said the harbour\nwould close in winter.\n\n"
        "“We cannot wait,” said Ines Vollrath.\n",
    )
    result = load_sources([path])
    [article] = result.articles
    assert article.id == "harbour-vote"
    assert article.source == str(path)
    assert article.paragraphs == [
        "Councillor Tibor Quennell said the harbour would close in winter.",
        "“We cannot wait,” said Ines Vollrath.",
    ]
    assert (article.title, article.url, article.outlet, article.published) == (None,) * 4
    assert result.problems == []
    assert result.files_read == 1


def test_one_paragraph_a_line_without_blank_lines(write: Write) -> None:
    path = write("lines.txt", "One line.\nAnother line.\n\tA third.\n")
    [article] = load_sources([str(path)]).articles
    assert article.paragraphs == ["One line.", "Another line.", "A third."]


def test_uppercase_extension(write: Write) -> None:
    path = write("SHOUT.TXT", "Loud news.")
    assert [a.id for a in load_sources([path]).articles] == ["SHOUT"]
