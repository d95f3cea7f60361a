"""Countries from the ``countryinfo`` gazetteer: demonyms, names of several words, and a
country that speaks as its government."""

from __future__ import annotations

import pytest
from extract_helpers import extract, find_quote

from index.extract import lexicon as lx


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("French", "france"),
        ("Dutch", "netherlands"),
        ("Holland", "netherlands"),
        ("Czechia", "czech republic"),
        ("Indian", "india"),  # the larger country wins a shared demonym
        ("Zealand's", "new zealand"),  # a distinctive part of a name of several words
        ("Emirates", "united arab emirates"),
        ("Korean", "korean"),  # shared by two countries: its own key
        ("U.S.", "united states"),
        ("American", "united states"),
        ("Scottish", "scotland"),
    ],
)
def test_country_of(word: str, country: str) -> None:
    assert lx.country_of(word) == country


@pytest.mark.parametrize("word", ["Islands", "Republic", "Coast", "Island", "Ruiz", "said"])
def test_not_a_country(word: str) -> None:
    assert lx.country_of(word) is None


def test_names_of_several_words() -> None:
    assert lx.is_multiword_country("North Korea")
    assert lx.is_multiword_country("Czech Republic")
    assert not lx.is_multiword_country("North Harbour")
    assert lx.opens_place_name("South", "Carolina")  # a US state, from the ``us`` package
    assert lx.opens_place_name("United", "Arab")
    assert not lx.opens_place_name("North", "of")


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("North Korea said on Monday that the talks were over.", "talks were over",
         "North Korea"),
        ("South Africa warned that the vote count was flawed.", "vote count was flawed",
         "South Africa"),
        ("The Czech Republic said the ferry would not sail.", "ferry would not sail",
         "Czech Republic"),
        ("New Zealand's foreign minister said the port would stay shut.",
         "port would stay shut", "New Zealand's foreign minister"),
        ("The South Korean president said the port would stay shut.",
         "port would stay shut", "South Korean president"),
        # a compass word that opens no place name stays a plain word
        ("North of the river, Ana Ruiz said the ferry was late.", "ferry was late",
         "Ana Ruiz"),
    ],
)  # fmt: skip
def test_country_of_several_words_speaks_whole(sentence: str, words: str, speaker: str) -> None:
    q = find_quote(extract(sentence), words)
    assert q.speaker is not None
    assert q.speaker.name == speaker


def test_country_speaking_is_an_organisation() -> None:
    q = find_quote(extract("North Korea said on Monday that the talks were over."), "talks")
    assert q.speaker is not None and q.speaker.kind == "organisation"


@pytest.mark.parametrize("word", ["Helena", "Salvador", "Mann", "Heard", "See", "of"])
def test_names_and_words_inside_country_names_are_not_countries(word: str) -> None:
    # "Saint Helena", "El Salvador", "Holy See": the part alone is a name or a word
    assert lx.country_of(word) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"It is a costly model," Mr. English said of the mayor.', "English"),
        ('"It is a costly model," said Ms. Holland.', "Holland"),
    ],
)
def test_a_country_word_after_a_title_is_a_surname(sentence: str, speaker: str) -> None:
    q = find_quote(extract(sentence), "costly model")
    assert q.speaker is not None and q.speaker.name == speaker
