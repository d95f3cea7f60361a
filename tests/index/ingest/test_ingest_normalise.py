"""Paragraph splitting and normalisation shared by every format."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.normalise import (
    normalise_paragraph,
    normalise_paragraphs,
    one_line,
    split_paragraphs,
)


def test_blank_lines_separate_paragraphs_and_wrapped_lines_join() -> None:
    text = "Odile Brackstone spoke first\nand at length.\n\n  \nTibor Quennell replied.\n"
    assert split_paragraphs(text) == [
        "Odile Brackstone spoke first and at length.",
        "Tibor Quennell replied.",
    ]


def test_without_blank_lines_each_line_is_a_paragraph() -> None:
    text = "First line.\r\nSecond line.\nThird line."
    assert split_paragraphs(text) == ["First line.", "Second line.", "Third line."]


def test_trailing_blank_lines_do_not_switch_to_blank_line_mode() -> None:
    assert split_paragraphs("\n\nOne.\nTwo.\n\n\n") == ["One.", "Two."]


def test_empty_and_whitespace_text_has_no_paragraphs() -> None:
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n\t\n ") == []


def test_normalise_collapses_whitespace_and_composes_nfc() -> None:
    decomposed = "Cafe\u0301\tin\n  Fernvale "
    assert normalise_paragraph(decomposed) == "Café in Fernvale"


def test_normalise_keeps_quotes_dashes_and_apostrophes() -> None:
    text = "“It’s done” – she said — 'twice' \"again\""
    assert normalise_paragraph(text) == text


def test_normalise_paragraphs_drops_empty_ones() -> None:
    assert normalise_paragraphs([" a ", "", "\n\t", "b"]) == ["a", "b"]


def test_one_line() -> None:
    assert one_line("while parsing\n  in line 2\n") == "while parsing in line 2"


def _non_space(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=200)
@given(st.text())
def test_splitting_loses_no_characters(text: str) -> None:
    paragraphs = split_paragraphs(text)
    assert _non_space("".join(paragraphs)) == _non_space(unicodedata.normalize("NFC", text))
    assert all(p and p == p.strip() and "\n" not in p for p in paragraphs)


@settings(max_examples=200)
@given(st.lists(st.text(alphabet=st.sampled_from("ab \t\n\r\u00a0\u2028é\u0301")), max_size=8))
def test_splitting_loses_no_characters_in_whitespace_heavy_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    paragraphs = split_paragraphs(text)
    assert _non_space("".join(paragraphs)) == _non_space(unicodedata.normalize("NFC", text))
