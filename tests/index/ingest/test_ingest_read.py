"""Reading files: UTF-8 with or without BOM, bad bytes, empty and unreadable files."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest

from index.ingest.read import decode_utf8
from index.models import IngestResult

Write = Callable[[str, str | bytes], Path]
LoadBesideGood = Callable[..., IngestResult]


def test_bom_is_allowed(write: Write, load_beside_good: LoadBesideGood) -> None:
    path = write("bom.txt", codecs.BOM_UTF8 + b"Ines Vollrath waved.")
    result = load_beside_good(path)
    assert [a.paragraphs for a in result.articles if a.id == "bom"] == [["Ines Vollrath waved."]]
    assert result.problems == []


def test_undecodable_bytes_name_the_byte_and_offset(
    write: Write, load_beside_good: LoadBesideGood
) -> None:
    path = write("latin.txt", b"Caf" + b"\xe9 noir")
    result = load_beside_good(path)
    [problem] = result.problems
    assert problem.source == str(path)
    assert problem.severity == "error"
    assert problem.message == "not valid UTF-8 (byte 0xe9 at offset 3)"
    assert "latin" not in {a.id for a in result.articles}


def test_offset_counts_the_bom() -> None:
    with pytest.raises(ValueError, match=r"byte 0xff at offset 4\)"):
        decode_utf8(codecs.BOM_UTF8 + b"a\xff")


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.jsonl", "empty.json", "e.html"])
@pytest.mark.parametrize("content", [b"", b"  \n\n\t", codecs.BOM_UTF8])
def test_empty_files(
    write: Write, load_beside_good: LoadBesideGood, name: str, content: bytes
) -> None:
    path = write(name, content)
    result = load_beside_good(path)
    [problem] = result.problems
    assert (problem.source, problem.message) == (str(path), "empty file")


def test_unreadable_file(
    write: Write, load_beside_good: LoadBesideGood, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = write("locked.txt", "Nobody may read this.")
    read_bytes = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = load_beside_good(locked)
    [problem] = result.problems
    assert problem.source == str(locked)
    assert problem.message == "cannot read file: Permission denied"
    assert result.files_read == 3  # the three good files; the locked one was never opened
