"""Reading one input file as UTF-8 text."""

from __future__ import annotations

import codecs
from pathlib import Path

from index.ingest.article import problem
from index.models import InputProblem


def read_bytes(path: Path) -> bytes | InputProblem:
    """The file's bytes, or the problem that stopped it being opened."""
    try:
        return path.read_bytes()
    except OSError as exc:
        return problem(path, f"cannot read file: {exc.strerror or exc}")


def decode_text(path: Path, data: bytes) -> str | InputProblem:
    """``data`` (read from ``path``) as text, or a problem when it is not UTF-8 or is empty."""
    try:
        text = decode_utf8(data)
    except ValueError as exc:
        return problem(path, str(exc))
    if not text.strip():
        return problem(path, "empty file")
    return text


def decode_utf8(data: bytes) -> str:
    """``data`` decoded as UTF-8 after an optional BOM.

    Raises :class:`ValueError` naming the first bad byte and its offset in ``data``.
    """
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + skip
        message = f"not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset})"
        raise ValueError(message) from None
