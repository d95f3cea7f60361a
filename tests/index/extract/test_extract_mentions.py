"""Noun phrases read as speakers: names, the description around them, and what is not
part of them (verbs, objects of prepositions, possessives)."""

from __future__ import annotations

import pytest
from extract_helpers import extract, speaker_of

from index.extract.marks import find_quote_spans
from index.extract.mentions import find_mentions
from index.extract.tokens import tokenize


def mentions(text: str) -> list[tuple[str, str, str]]:
    toks = tokenize(text, 0, len(text), find_quote_spans(text))
    return [(m.kind, m.name, m.role) for m in find_mentions(toks)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agency spokesperson Lina Haro said", ("person", "Lina Haro", "Agency spokesperson")),
        ("Prime Minister Oda Brenn of Norland said",
         ("person", "Oda Brenn", "Prime Minister of Norland")),
        ("the harbour board chairwoman said", ("role", "", "harbour board chairwoman")),
        ("The Kremlin warned", ("organisation", "Kremlin", "")),
        ("Valdorian officials insisted", ("group", "", "Valdorian officials")),
        # "the" before capitalised words ending on a common noun: no one's name
        ("the Velmora Post reported", ("organisation", "Velmora Post", "")),
        ("The Harbour Press said", ("organisation", "Harbour Press", "")),
    ],
)  # fmt: skip
def test_phrases(text: str, expected: tuple[str, str, str]) -> None:
    assert mentions(text)[0] == expected


def test_a_verb_never_becomes_part_of_a_title() -> None:
    found = mentions("Mayor Ivo Dahl said he expects Foreign Minister Rena Kolb to visit.")
    assert ("person", "Rena Kolb", "Foreign Minister") in found
    assert all("expects" not in role for _, _, role in found)


def test_dateline_is_not_a_speaker() -> None:
    assert mentions("PORT ALVER (Wire) - The council met.")[0][0] == "place"


def test_a_role_named_by_whose_it_is() -> None:
    assert mentions("Putin's spokesman told reporters")[0] == ("role", "", "Putin's spokesman")


def test_a_role_between_commas_introduces_the_name_after_it() -> None:
    found = mentions("In Velmora, the ministry's spokeswoman, Petra Vessar, denied it.")
    assert ("person", "Petra Vessar", "ministry's spokeswoman") in found
    assert ("person", "Velmora", "") in found


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ('"The club is not for sale," said chairman Pieter van der Berkhof.', "not for sale",
         "Pieter van der Berkhof"),
        ('"We will win," said Luis da Silva Moreira.', "We will win", "Luis da Silva Moreira"),
        ('"No vamos," said María José de la Fuente, mayor of San Ildefonso.', "No vamos",
         "María José de la Fuente"),
        ("Ahmed al-Rashidi said the ceasefire was holding.", "ceasefire was holding",
         "Ahmed al-Rashidi"),
        ('"We will win," said Abu Bakr al-Tahir.', "We will win", "Abu Bakr al-Tahir"),
    ],
)  # fmt: skip
def test_names_with_particles_and_prefixes(paragraph: str, words: str, speaker: str) -> None:
    assert speaker_of(extract(paragraph), words) == speaker


def test_a_role_noun_after_a_given_name_is_a_surname() -> None:
    quotes = extract(
        "Charlie King, a former director of the party, said the group would grow.",
        '"No one saw it coming," Mr. King said.',
    )
    assert speaker_of(quotes, "group would grow") == "Charlie King"
    assert speaker_of(quotes, "No one saw it") == "Charlie King"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"It is unsafe," said Representative Peter T. King of Estmark.', "Peter T. King"),
        ('"We are ready," said C. Stewart Verdery Jr., a senior official.',
         "C. Stewart Verdery Jr."),
    ],
)  # fmt: skip
def test_initials_and_suffixes_stay_in_names(sentence: str, speaker: str) -> None:
    quotes = extract(sentence)
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        # a demonym that is also a given name opens a person's name
        ('"We laugh at our own troubles," said German Ortiz, one of the stars of the play.',
         "laugh at our own troubles", "German Ortiz"),
        # an AP state abbreviation in an apposition is a place, not the subject
        ("At a rally in Dover, N.H., on Tuesday, Senator Ana Ruiz endorsed the mayor, saying "
         "that her rival would make a fine leader.", "rival would make a fine leader",
         "Ana Ruiz"),
    ],
)  # fmt: skip
def test_demonym_given_names_and_state_abbreviations(
    paragraph: str, words: str, speaker: str
) -> None:
    assert speaker_of(extract(paragraph), words) == speaker


def test_two_initials_before_a_surname() -> None:
    quotes = extract('"It has done nothing for us," said J. J. Varga, a firefighter.')
    assert speaker_of(quotes, "done nothing for us") == "J. J. Varga"


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("The Associated Press reported that the mayor had won the run-off.", "mayor had won",
         "Associated Press"),
        ("The Valley Free Press wrote that the senator had held off.", "senator had held off",
         "Valley Free Press"),
    ],
)  # fmt: skip
def test_a_name_may_end_in_a_role_modifier(paragraph: str, words: str, speaker: str) -> None:
    assert speaker_of(extract(paragraph), words) == speaker


def test_an_adverb_between_auxiliary_and_verb() -> None:
    quotes = extract("Ana Ruiz has long insisted that the port would reopen in May.")
    assert speaker_of(quotes, "port would reopen") == "Ana Ruiz"


def test_a_four_word_name_opening_with_a_given_name_stays_whole() -> None:
    quotes = extract('"I am all for it," says Jorge Antonio Velmar Rask, 31, of Dunmore.')
    assert speaker_of(quotes, "all for it") == "Jorge Antonio Velmar Rask"


def test_a_cut_name_keeps_its_middle_initial() -> None:
    """'Valley County Alderman Jonas C. Holm': the county and title run into the name; the
    name kept is the last two words with the initial between them."""
    quotes = extract('"People are angry," said Valley County Alderman Jonas C. Holm.')
    assert speaker_of(quotes, "People are angry") == "Jonas C. Holm"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # a month or a function word after a given name is a surname
        ("Prime Minister Karin May said the country would leave the harbour union.",
         "leave the harbour union", "Karin May"),
        ('"The circumstances have changed since the crash," said Ed From, who founded the '
         "council.", "circumstances have changed", "Ed From"),
        ("The columnist Milo Will wrote that the party had lost its way.",
         "party had lost its way", "Milo Will"),
        # but not after a word that is no given name
        ("In Velmora May brought the first storms, the harbour master said.",
         "first storms", "harbour master"),
    ],
)  # fmt: skip
def test_a_surname_that_is_also_a_common_word(sentence: str, words: str, speaker: str) -> None:
    assert speaker_of(extract(sentence), words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # a lower-case adjective or participle opening the speaker phrase
        ('"It is the only plan we have," retired Coast Guard captain Lloyd Navin said.',
         "only plan we have", "Lloyd Navin"),
        # a name post-modified by "of the" and an organisation
        ('Pere Morvan leads the harbour trust. "It was the least bad outcome," Mr. Morvan of '
         "the Harbour Trust said.", "least bad outcome", "Pere Morvan"),
    ],
)  # fmt: skip
def test_speaker_phrases_with_modifiers_around_the_name(
    sentence: str, words: str, speaker: str
) -> None:
    assert speaker_of(extract(sentence), words) == speaker


def test_more_title_abbreviations_join_the_name_after_them() -> None:
    quotes = extract('"This is a waste of time," said Del. Stacey Plemmons of the Osk Islands.')
    assert speaker_of(quotes, "waste of time") == "Stacey Plemmons"


@pytest.mark.parametrize(
    "paragraph",
    [
        '"It is a costly model," said Will Doyle, a professor at Velmora University.',
        "The model, Will Doyle said, was far too costly for the town.",
    ],
)
def test_a_given_name_that_is_also_a_common_word_opens_a_name(paragraph: str) -> None:
    assert speaker_of(extract(paragraph), "costly") == "Will Doyle"


def test_a_sentence_opening_common_word_stays_a_word() -> None:
    quotes = extract("Will voters back the harbour plan? Ana Ruiz said the vote was close.")
    assert speaker_of(quotes, "the vote was close") == "Ana Ruiz"
