"""load_sources as a whole: duplicate ids, mixed formats and the real dev corpus."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from index.ingest import load_sources
from index.models import IngestResult

Write = Callable[[str, str | bytes], Path]
LoadBesideGood = Callable[..., IngestResult]

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"


def test_duplicate_id_later_one_wins(write: Write, load_beside_good: LoadBesideGood) -> None:
    first = write("a/story.txt", "Old version.")
    second = write("b/story.md", "New version.")
    result = load_beside_good(first, second)
    assert [a.paragraphs for a in result.articles if a.id == "story"] == [["New version."]]
    [problem] = result.problems
    assert (problem.source, problem.line, problem.severity) == (str(second), None, "warning")
    assert problem.message == (
        f"duplicate article id 'story' (also in {first}); the later one wins"
    )


def test_duplicate_id_in_jsonl_names_both_lines(write: Write) -> None:
    lines = [
        {"id": "x", "text": "One."},
        {"id": "y", "text": "Two."},
        {"id": "x", "text": "Three."},
    ]
    path = write("dup.jsonl", "".join(json.dumps(line) + "\n" for line in lines))
    result = load_sources([path])
    assert [(a.id, a.paragraphs) for a in result.articles] == [("y", ["Two."]), ("x", ["Three."])]
    [problem] = result.problems
    assert (problem.source, problem.line) == (str(path), 3)
    assert f"(also in {path}:1)" in problem.message


def test_every_format_in_one_run(good_dir: Path, write: Write) -> None:
    write(
        "more/page.html", "<html><body><article><p>Lark Island votes.</p></article></body></html>"
    )
    write("more/list.json", json.dumps([{"id": "j1", "text": "Listed."}]))
    result = load_sources([good_dir, good_dir.parent / "more"])
    assert {a.id for a in result.articles} == {"alpha", "beta", "g1", "g2", "j1", "page"}
    assert result.files_read == 5
    assert result.problems == []


def test_real_dev_corpus() -> None:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("the shared corpus folder is not beside the repository")
    result = load_sources([corpus / "dev.jsonl", corpus / "seed.txt"])
    assert result.problems == []
    assert result.files_read == 2
    ids = [a.id for a in result.articles]
    assert ids == ["d01", "d02", "d03", "d04", "d05", "d06", "seed"]
    seed = result.articles[-1]
    assert len(seed.paragraphs) == 20
    assert all(a.paragraphs for a in result.articles)
    assert result.articles[0].source == f"{corpus / 'dev.jsonl'}:1"
