"""JSON Lines and JSON articles: fields, ids, and bad lines that do not stop the others."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from index.ingest import load_sources
from index.models import IngestResult

Write = Callable[[str, str | bytes], Path]
LoadBesideGood = Callable[..., IngestResult]


def _lines(*objects: object) -> str:
    return "".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in objects)


def test_fields_ids_and_sources(write: Write) -> None:
    path = write(
        "feed.jsonl",
        _lines(
            {
                "id": "k1",
                "title": "Ferry returns",
                "url": "https://lark.example/ferry",
                "outlet": "The Fernvale Lark",
                "published": "2023-06-01",
                "text": "First paragraph\nwrapped.\n\n“Second,” said Ines Vollrath.",
            },
            {"id": 7, "title": None, "text": "One line.\nAnother line."},
            {"text": "No id here."},
        ),
    )
    result = load_sources([path])
    assert result.problems == []
    first, second, third = result.articles
    assert (first.id, first.title, first.url, first.outlet, first.published) == (
        "k1",
        "Ferry returns",
        "https://lark.example/ferry",
        "The Fernvale Lark",
        "2023-06-01",
    )
    assert first.paragraphs == ["First paragraph wrapped.", "“Second,” said Ines Vollrath."]
    assert first.source == f"{path}:1"
    assert (second.id, second.title, second.paragraphs) == (
        "7",
        None,
        ["One line.", "Another line."],
    )
    assert (third.id, third.source) == ("feed-3", f"{path}:3")


def test_blank_lines_are_skipped_but_counted(write: Write) -> None:
    path = write("gaps.jsonl", "\n" + _lines({"text": "A."}) + "\r\n" + _lines({"text": "B."}))
    assert [a.id for a in load_sources([path]).articles] == ["gaps-2", "gaps-4"]


def test_line_separator_inside_a_string_is_not_a_line_break(write: Write) -> None:
    path = write("ls.jsonl", '{"text": "one\u2028two"}\n')
    [article] = load_sources([path]).articles
    assert article.id == "ls-1"


def test_json_object(write: Write) -> None:
    path = write("single.json", json.dumps({"title": "Lone", "text": "Only article."}))
    [article] = load_sources([path]).articles
    assert (article.id, article.title, article.source) == ("single", "Lone", str(path))


def test_json_list(write: Write) -> None:
    path = write("many.json", json.dumps([{"id": "x", "text": "X."}, {"text": "Y."}]))
    articles = load_sources([path]).articles
    assert [(a.id, a.source) for a in articles] == [("x", f"{path}:1"), ("many-2", f"{path}:2")]


def test_malformed_line_others_still_load(write: Write, load_beside_good: LoadBesideGood) -> None:
    path = write(
        "mixed.jsonl",
        _lines({"id": "m1", "text": "Fine."})
        + '{"id": "m2", "text": \n'
        + _lines({"id": "m3", "text": "Also fine."}),
    )
    result = load_beside_good(path)
    assert {"m1", "m3"} <= {a.id for a in result.articles}
    [problem] = result.problems
    assert (problem.source, problem.line) == (str(path), 2)
    assert problem.message.startswith("invalid JSON: ")
    assert str(problem).startswith(f"error: {path}:2: invalid JSON: ")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ({"id": "q", "title": "No text"}, "missing field 'text'"),
        ({"id": "q", "text": None}, "missing field 'text'"),
        ({"id": "q", "text": ["a", "b"]}, "field 'text' is not a string (list)"),
        ({"id": "q", "text": " \n\n "}, "no text"),
        (["not", "an", "object"], "not a JSON object"),
        ("just a string", "not a JSON object"),
    ],
)
def test_bad_objects(
    write: Write, load_beside_good: LoadBesideGood, line: object, message: str
) -> None:
    path = write("bad.jsonl", _lines({"id": "ok", "text": "Fine."}, line))
    result = load_beside_good(path)
    assert "ok" in {a.id for a in result.articles}
    assert "q" not in {a.id for a in result.articles}
    [problem] = result.problems
    assert (problem.source, problem.line, problem.message) == (str(path), 2, message)


def test_bad_fields_are_warnings(write: Write, load_beside_good: LoadBesideGood) -> None:
    path = write("fields.jsonl", _lines({"id": [1], "outlet": True, "text": "Kept."}))
    result = load_beside_good(path)
    [article] = [a for a in result.articles if a.source == f"{path}:1"]
    assert (article.id, article.outlet) == ("fields-1", None)
    assert [(p.line, p.severity, p.message) for p in result.problems] == [
        (1, "warning", "field 'id' is not text (list); using 'fields-1'"),
        (1, "warning", "field 'outlet' is not text (bool); ignored"),
    ]


def test_invalid_json_file(write: Write, load_beside_good: LoadBesideGood) -> None:
    path = write("broken.json", '{"text": "unterminated')
    [problem] = load_beside_good(path).problems
    assert (problem.source, problem.line) == (str(path), None)
    assert problem.message.startswith("invalid JSON: ")


@pytest.mark.parametrize(
    ("content", "message"),
    [("42", "expected a JSON object or a list of objects"), ("[]", "no articles (empty list)")],
)
def test_json_file_without_objects(
    write: Write, load_beside_good: LoadBesideGood, content: str, message: str
) -> None:
    path = write("odd.json", content)
    [problem] = load_beside_good(path).problems
    assert (problem.source, problem.message) == (str(path), message)


def test_json_list_bad_entry_names_its_index(
    write: Write, load_beside_good: LoadBesideGood
) -> None:
    path = write("list.json", json.dumps([{"text": "Good."}, 3, {"id": "z"}]))
    result = load_beside_good(path)
    assert "list-1" in {a.id for a in result.articles}
    assert [(p.source, p.line, p.message) for p in result.problems] == [
        (str(path), 2, "not a JSON object"),
        (str(path), 3, "missing field 'text'"),
    ]


def test_deeply_nested_json_is_a_problem(write: Write, load_beside_good: LoadBesideGood) -> None:
    path = write("deep.jsonl", "[" * 100_000 + "\n" + _lines({"id": "after", "text": "Ok."}))
    result = load_beside_good(path)
    assert "after" in {a.id for a in result.articles}
    [problem] = result.problems
    assert (problem.line, problem.message.startswith("invalid JSON: ")) == (1, True)
