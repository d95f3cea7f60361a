"""HTML pages: main text and metadata from trafilatura."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from index.ingest import load_sources
from index.models import IngestResult

Write = Callable[[str, str | bytes], Path]
LoadBesideGood = Callable[..., IngestResult]

PAGE = """<!DOCTYPE html>
<html><head><title>Mayor Plans Bridge | The Fernvale Lark</title>
<meta property="og:site_name" content="The Fernvale Lark">
<meta property="og:url" content="https://lark.example/bridge">
<meta property="article:published_time" content="2023-05-04T10:00:00Z">
</head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Mayor Plans Bridge</h1>
<p>The mayor of Fernvale, Odile Brackstone, said on Monday that a new bridge
would open next year.</p>
<p>“We have waited long enough,” she said – and nobody disagreed.</p>
</article><footer>Copyright The Fernvale Lark</footer></body></html>
"""


def test_main_text_and_metadata(write: Write) -> None:
    path = write("bridge.html", PAGE)
    result = load_sources([path])
    [article] = result.articles
    assert article.id == "bridge"
    assert article.source == str(path)
    assert article.title == "Mayor Plans Bridge"
    assert article.url == "https://lark.example/bridge"
    assert article.outlet == "The Fernvale Lark"
    assert article.published == "2023-05-04"
    assert article.paragraphs == [
        "The mayor of Fernvale, Odile Brackstone, said on Monday that a new bridge "
        "would open next year.",
        "“We have waited long enough,” she said – and nobody disagreed.",
    ]
    assert result.problems == []


def test_htm_extension(write: Write) -> None:
    assert [a.id for a in load_sources([write("page.htm", PAGE)]).articles] == ["page"]


def test_page_without_article_text(write: Write, load_beside_good: LoadBesideGood) -> None:
    path = write("blank.html", "<html><head><title>Nothing</title></head><body></body></html>")
    result = load_beside_good(path)
    [problem] = result.problems
    assert (problem.source, problem.message) == (str(path), "no article text found")
