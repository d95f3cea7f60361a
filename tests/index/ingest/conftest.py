"""Fixtures for the ingest tests: writing input files and loading them beside good ones."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from index.ingest import load_sources
from index.models import IngestResult

Write = Callable[[str, str | bytes], Path]
LoadBesideGood = Callable[..., IngestResult]

GOOD_IDS = {"alpha", "beta", "g1", "g2"}


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """Write a file (text as UTF-8, or raw bytes) under ``tmp_path``; return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


@pytest.fixture
def good_dir(tmp_path: Path) -> Path:
    """A folder of well-formed inputs holding the articles :data:`GOOD_IDS`."""
    folder = tmp_path / "good"
    folder.mkdir()
    (folder / "alpha.txt").write_text(
        "Mayor Odile Brackstone opened the Fernvale bridge.\n\nIt took nine years.\n",
        encoding="utf-8",
    )
    (folder / "beta.md").write_text(
        "---\nid: beta\ntitle: Ferry returns\n---\nThe ferry to Lark Island runs again.\n",
        encoding="utf-8",
    )
    lines = [
        {"id": "g1", "text": "Councillor Tibor Quennell voted against the budget."},
        {"id": "g2", "text": "The harbour master, Ines Vollrath, praised the crews."},
    ]
    (folder / "gamma.jsonl").write_text(
        "".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8"
    )
    return folder


@pytest.fixture
def load_beside_good(good_dir: Path) -> LoadBesideGood:
    """Load paths after the good folder; check the good articles all survived.

    Also checks that every problem is printed on one line.
    """

    def _load(*paths: Path | str) -> IngestResult:
        result = load_sources([good_dir, *paths])
        assert {article.id for article in result.articles} >= GOOD_IDS
        assert all("\n" not in str(problem) for problem in result.problems)
        return result

    return _load
