"""Capitalised words opening a sentence: names only when the article treats them as names."""

from __future__ import annotations

import pytest
from extract_helpers import coverage, extract, find_quote

from index.extract.casing import ArticleCasing


@pytest.mark.parametrize(
    "opening",
    [
        "Shortly after the vote,",
        "Last month,",
        "Recently,",
        "Growing impatient,",
        "Half an hour later,",
    ],
)
def test_a_common_word_opening_a_sentence_is_not_a_speaker(opening: str) -> None:
    quotes, speakers = coverage(
        [
            "Mayor Ilse Brandt met the harbour workers.",
            f'{opening} she said: "The pier will reopen in spring."',
        ]
    )
    q = find_quote(quotes, "pier will reopen")
    assert q.speaker is not None and q.speaker.name == "Ilse Brandt"
    assert all(s.name.split()[0] != opening.split()[0].strip(",") for s in speakers)


def test_a_surname_that_is_a_common_word_stays_a_name_when_written_so_inside_a_sentence() -> None:
    quotes = extract(
        '"We will not back down," said Marta Young.',
        'Young added: "The strike goes on."',
    )
    q = find_quote(quotes, "strike goes on")
    assert q.speaker is not None and q.speaker.name == "Marta Young"


def test_a_given_name_before_a_surname_opens_a_name() -> None:
    quotes = extract("Mark Tolland, who chairs the tenants' board, says the rents are too high.")
    q = find_quote(quotes, "rents are too high")
    assert q.speaker is not None and q.speaker.name == "Mark Tolland"


def test_casing_evidence() -> None:
    casing = ArticleCasing(["Now the vote is near. Donald Trump said it was now.", "Trump won."])
    assert casing.plain("Now")  # written in lower case in the article
    assert not casing.plain("Trump")  # capitalised inside a sentence
    assert casing.plain("Recently")  # a common word, never capitalised inside a sentence
    assert not casing.plain("Vessar")  # not a common word
    assert not casing.plain("French")  # a demonym
    assert not casing.plain("Chris", "Cox")  # a given name before a capitalised word
    assert casing.plain("Will", "Voters")  # ... unless it is one of the commonest words
