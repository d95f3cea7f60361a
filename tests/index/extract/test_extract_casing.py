"""Capitalised words opening a sentence: names only when the article treats them as names."""

from __future__ import annotations

import pytest
from extract_helpers import coverage, extract, find_quote, speaker_of

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


@pytest.mark.parametrize("opening", ["Hastily", "Recognizing this", "Projections"])
def test_adverbs_participles_and_abstract_nouns_opening_a_sentence(opening: str) -> None:
    quotes, speakers = coverage([f"{opening}, the mayor Ilse Brandt said the pier would reopen."])
    assert speaker_of(quotes, "pier would reopen") == "Ilse Brandt"
    assert all(s.name.split()[0] != opening.split()[0] for s in speakers)


def test_a_word_the_article_writes_in_lower_case_is_no_one_alone() -> None:
    _, speakers = coverage(
        [
            "The convention opened on Monday.",
            'At the Convention, "the mood is grim," he said.',
        ]
    )
    assert all(s.name != "Convention" for s in speakers)


def test_a_surname_that_is_a_common_word_links_to_the_named_person() -> None:
    quotes = extract(
        "Councillor Marty Small attended the rally, a small event.",
        '"It is a positive story," said Small.',
    )
    assert speaker_of(quotes, "positive story") == "Marty Small"
