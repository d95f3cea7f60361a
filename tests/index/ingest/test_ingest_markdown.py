"""Markdown articles: front matter, rendering to plain paragraphs, titles and ids."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from index.ingest import load_sources
from index.models import IngestResult

Write = Callable[[str, str | bytes], Path]
LoadBesideGood = Callable[..., IngestResult]

FRONT_MATTER = """---
id: fern-17
title: Bridge opens in Fernvale
url: https://news.example/fernvale-bridge
outlet: The Fernvale Lark
published: 2023-05-04
---
"""


def test_front_matter_fields(write: Write) -> None:
    path = write("bridge.md", FRONT_MATTER + "\nThe bridge opened on Monday.\n")
    result = load_sources([path])
    [article] = result.articles
    assert article.id == "fern-17"
    assert article.title == "Bridge opens in Fernvale"
    assert article.url == "https://news.example/fernvale-bridge"
    assert article.outlet == "The Fernvale Lark"
    assert article.published == "2023-05-04"
    assert article.source == str(path)
    assert article.paragraphs == ["The bridge opened on Monday."]
    assert result.problems == []


def test_inline_markup_is_removed_and_characters_kept(write: Write) -> None:
    body = (
        "Mayor *Odile* **Brackstone** said “it’s [finally](https://x.example) done” "
        '— twice, with `care` & "plain" quotes.\n'
        "A wrapped line joins the paragraph.\n"
    )
    [article] = load_sources([write("markup.md", body)]).articles
    assert article.paragraphs == [
        'Mayor Odile Brackstone said “it’s finally done” — twice, with care & "plain" quotes. '
        "A wrapped line joins the paragraph."
    ]


def test_first_heading_is_the_title_and_headings_are_not_paragraphs(write: Write) -> None:
    body = "# Ferry *returns*\n\nIntro words.\n\n## Background\n\nMore words.\n"
    [article] = load_sources([write("ferry.md", body)]).articles
    assert article.id == "ferry"
    assert article.title == "Ferry returns"
    assert article.paragraphs == ["Intro words.", "More words."]


def test_front_matter_title_beats_the_heading(write: Write) -> None:
    [article] = load_sources(
        [write("t.md", "---\ntitle: Given\n---\n# Heading\n\nText.\n")]
    ).articles
    assert (article.title, article.paragraphs) == ("Given", ["Text."])


def test_list_items_are_paragraphs_and_code_is_skipped(write: Write) -> None:
    body = (
        "Intro.\n\n- first item\n- second item\n  wraps here\n\n1. numbered\n\n"
        "```python\nprint('skip me')\n```\n\n    indented code\n\n> A quoted line.\n\n"
        "<div>raw html</div>\n\n![a photo](p.png) Caption text.\n"
    )
    [article] = load_sources([write("lists.md", body)]).articles
    assert article.paragraphs == [
        "Intro.",
        "first item",
        "second item wraps here",
        "numbered",
        "A quoted line.",
        "Caption text.",
    ]


def test_markdown_extension_and_numeric_id(write: Write) -> None:
    [article] = load_sources([write("n.markdown", "---\nid: 42\n---\nWords.\n")]).articles
    assert article.id == "42"


def test_datetime_published_becomes_a_date(write: Write) -> None:
    text = "---\npublished: 2023-05-04 10:30:00\n---\nWords.\n"
    [article] = load_sources([write("dt.md", text)]).articles
    assert article.published == "2023-05-04"


def test_thematic_break_later_in_the_body_is_not_front_matter(write: Write) -> None:
    [article] = load_sources([write("hr.md", "Above.\n\n---\n\nBelow.\n")]).articles
    assert article.paragraphs == ["Above.", "Below."]


def test_non_text_field_is_a_warning(write: Write, load_beside_good: LoadBesideGood) -> None:
    path = write("odd.md", "---\ntitle: [a, b]\n---\nWords.\n")
    result = load_beside_good(path)
    [problem] = result.problems
    assert (problem.source, problem.severity) == (str(path), "warning")
    assert problem.message == "field 'title' is not text (list); ignored"
    assert [a.title for a in result.articles if a.id == "odd"] == [None]


def test_bad_yaml_front_matter(write: Write, load_beside_good: LoadBesideGood) -> None:
    path = write("bad.md", "---\ntitle: [unclosed\nurl: x\n---\nWords.\n")
    result = load_beside_good(path)
    [problem] = result.problems
    assert problem.source == str(path)
    assert problem.severity == "error"
    assert problem.message.startswith("invalid YAML front matter: ")
    assert "bad" not in {a.id for a in result.articles}


def test_impossible_date_in_front_matter(write: Write, load_beside_good: LoadBesideGood) -> None:
    path = write("feb.md", "---\npublished: 2023-02-30\n---\nWords.\n")
    [problem] = load_beside_good(path).problems
    assert problem.source == str(path)
    assert problem.message.startswith("invalid YAML front matter: ")


def test_only_headings_is_no_text(write: Write, load_beside_good: LoadBesideGood) -> None:
    path = write("hollow.md", "# Just a title\n\n```\ncode\n```\n")
    [problem] = load_beside_good(path).problems
    assert (problem.source, problem.message) == (str(path), "no text")
