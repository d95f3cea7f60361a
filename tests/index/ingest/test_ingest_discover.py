"""Walking paths: recursion, order, hidden files, missing paths and unsupported types."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from index.ingest import load_sources
from index.ingest.discover import discover
from index.models import IngestResult

Write = Callable[[str, str | bytes], Path]
LoadBesideGood = Callable[..., IngestResult]


def test_directories_are_recursed_in_sorted_order(write: Write, tmp_path: Path) -> None:
    write("corpus/b.txt", "B.")
    write("corpus/a/z.txt", "Z.")
    write("corpus/a/c.md", "C.")
    write("corpus/.git/config.txt", "hidden")
    write("corpus/.hidden.txt", "hidden")
    result = load_sources([tmp_path / "corpus"])
    assert [a.id for a in result.articles] == ["c", "z", "b"]
    assert result.files_read == 3
    assert result.problems == []


def test_explicit_paths_keep_their_order(write: Write) -> None:
    second, first = write("second.txt", "2."), write("first.txt", "1.")
    assert [a.id for a in load_sources([second, first]).articles] == ["second", "first"]


def test_missing_path(tmp_path: Path, load_beside_good: LoadBesideGood) -> None:
    missing = tmp_path / "nowhere.txt"
    result = load_beside_good(missing)
    [problem] = result.problems
    assert (problem.source, problem.message, problem.severity) == (
        str(missing),
        "no such file or directory",
        "error",
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("report.pdf", "unsupported file type '.pdf'; skipped"),
        ("README", "unsupported file type (no extension); skipped"),
    ],
)
def test_unsupported_file_is_a_warning(
    write: Write, load_beside_good: LoadBesideGood, name: str, message: str
) -> None:
    path = write(name, "%PDF-1.4")
    result = load_beside_good(path)
    [problem] = result.problems
    assert (problem.source, problem.message, problem.severity) == (str(path), message, "warning")
    assert result.files_read == 3


def test_linked_directory_loop_is_walked_once(write: Write, tmp_path: Path) -> None:
    write("loop/a.txt", "A.")
    os.symlink(tmp_path / "loop", tmp_path / "loop" / "again")
    assert [p for p in discover(tmp_path / "loop")] == [tmp_path / "loop" / "a.txt"]
