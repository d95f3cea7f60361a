"""Attribution by a dash after the quote, by a colon lead-in, and a paragraph of speech
without marks closed by '- X said'."""

from __future__ import annotations

import pytest
from extract_helpers import extract, find_quote, regression


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ('"Justice delayed is justice denied for these families" — Commissioner Ida Varela',
         "justice denied", "Ida Varela"),
        ("“The border is open again and trade will follow” – Minister Jorun Tveit",
         "border is open again", "Jorun Tveit"),
        ('"We owe the miners an apology and a pension" - Senator Bram Lievens',
         "owe the miners", "Bram Lievens"),
        # a reader's words closed by a full stop, then a credit line with a horizontal bar
        ("“The mayor scares me. His words make me fearful.” ― Krystal Ondera",
         "mayor scares me", "Krystal Ondera"),
        ("“He cannot answer a question without scaring people first.”― Esther Talvi.",
         "answer a question", "Esther Talvi"),
    ],
)  # fmt: skip
def test_dash_attribution(paragraph: str, words: str, speaker: str) -> None:
    q = find_quote(extract(paragraph), words)
    assert q.direct
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ('Harald Moen put it bluntly: "The plan is dead and everyone in this room knows it."',
         "plan is dead", "Harald Moen"),
        ("Lise Aune's verdict was short: \"We lost the argument and we lost the vote.\"",
         "lost the argument", "Lise Aune"),
        ('Brigid Kearney summed up the mood in the village: "We are tired of waiting for '
         'help that never comes."', "tired of waiting", "Brigid Kearney"),
    ],
)  # fmt: skip
def test_colon_lead_in(paragraph: str, words: str, speaker: str) -> None:
    q = find_quote(extract(paragraph), words)
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    ("paragraph", "clause", "speaker"),
    [
        ("We will never abandon the farmers of the south, and we will fund the new irrigation "
         "canals this year - Petro Havryl said.",
         "We will never abandon the farmers of the south, and we will fund the new irrigation "
         "canals this year", "Petro Havryl"),
        ("Our doctors have worked without a break since the spring. They deserve rest and "
         "better pay — Olena Sadova said.",
         "Our doctors have worked without a break since the spring. They deserve rest and "
         "better pay", "Olena Sadova"),
        ("The bridge will be rebuilt before the first snow, whatever it costs – Yuriy Marchak",
         "The bridge will be rebuilt before the first snow, whatever it costs", "Yuriy Marchak"),
    ],
)  # fmt: skip
def test_unmarked_speech_closed_by_dash_attribution(
    paragraph: str, clause: str, speaker: str
) -> None:
    q = find_quote(extract(paragraph), clause)
    assert q.direct is False
    assert q.text == clause
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        regression(
            "a paragraph that is only a dash and a name gives an EMPTY quote with start > end "
            "(text '', start=1, end=0)",
            ["The river rose all night.", "\n— Ana Ruiz"],
        ),
        regression(
            "'— Ana Ruiz said' alone (after a space) gives an empty quote with start > end",
            [" — Ana Ruiz said"],
        ),
        regression(
            "'-Ana' alone gives an empty quote (start == end)",
            ["-Ana"],
        ),
    ],
)
def test_dash_and_name_alone_is_not_a_quote(paragraphs: list[str]) -> None:
    assert extract(*paragraphs) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        regression(
            "a photo credit 'Photo — Ana Ruiz' becomes the one-word reported quote 'Photo'",
            "Photo — Ana Ruiz",
        ),
        regression(
            "'Editing — Tomas Brenner' becomes the one-word reported quote 'Editing'",
            "Editing — Tomas Brenner",
        ),
    ],
)
def test_credit_line_is_not_a_quote(paragraph: str) -> None:
    assert extract(paragraph) == []
