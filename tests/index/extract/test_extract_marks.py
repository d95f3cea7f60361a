"""find_quote_spans: pairing of straight, curly, guillemet, low-9 and single marks."""

from __future__ import annotations

import pytest

from index.extract.marks import find_quote_spans


def spans_text(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Alpha beta," she said.', ["Alpha beta,"]),
        ("“Alpha beta,” she said.", ["Alpha beta,"]),
        ("«Alpha beta», she said.", ["Alpha beta"]),
        ("« Alpha beta », she said.", ["Alpha beta"]),
        ("„Alpha beta“, she said.", ["Alpha beta"]),
        ("‘Alpha beta,’ she said.", ["Alpha beta,"]),
        ('"One," he said, "two."', ["One,", "two."]),
        ('Nothing quoted here at all.', []),
        ("It’s the countries’ best year since the ’90s.", []),
        ('"Outer ‘inner’ words," said Ana.', ["Outer ‘inner’ words,"]),
        ("«Outer “inner” words», said Ana.", ["Outer “inner” words"]),
        # British style: straight single marks, apostrophes inside them
        ("'We're devastated,' said Ana.", ["We're devastated,"]),
        ("Ana said: 'Nobody voted for this.'", ["Nobody voted for this."]),
        ("'One,' he said, 'two.'", ["One,", "two."]),
        ('"It\'s the \'final\' offer," said Ana.', ["It's the 'final' offer,"]),
        # ... but a lone ' is an apostrophe
        ("The farmers' union met in the '90s at Jo's farm.", []),
        ("'It was a disaster' was all Ana said.", ["It was a disaster"]),
        # two apostrophes for a double mark (typewriter and archive text)
        ("''Alpha beta,'' she said.", ["Alpha beta,"]),
        ("''One,'' he said, ''two.''", ["One,", "two."]),
        ("Ana said: ''It's the 'final' offer.''", ["It's the 'final' offer."]),
        ("He called it ''strong'' in 1989.", ["strong"]),
        ("''Nobody voted for this", ["Nobody voted for this"]),
        # a single mark that is an elision ('‘em') ends with the double quote it stands in
        ("“No one would say no if I asked ‘em,” Ana said. “Endorsements matter less.”",
         ["No one would say no if I asked ‘em,", "Endorsements matter less."]),
        ('"We rock ‘n roll till dawn," Ana said. "Then we sleep."',
         ["We rock ‘n roll till dawn,", "Then we sleep."]),
    ],
)  # fmt: skip
def test_pairs(text: str, expected: list[str]) -> None:
    assert spans_text(text) == expected


def test_unclosed_quote_runs_to_the_end_of_the_paragraph() -> None:
    text = '"This quote continues into the next paragraph.'
    (span,) = find_quote_spans(text)
    assert span.open_ended
    assert text[span.start : span.end] == "This quote continues into the next paragraph."


def test_stray_closer_is_ignored() -> None:
    assert find_quote_spans("Prices rose” sharply on Monday.") == []


def test_empty_marks_give_no_span() -> None:
    assert find_quote_spans('He said "" and then “ ” again.') == []


def test_double_apostrophe_span_covers_both_marks() -> None:
    text = "''Alpha beta,'' Ana said."
    (span,) = find_quote_spans(text)
    assert text[span.open_at : span.outer_end] == "''Alpha beta,''"
