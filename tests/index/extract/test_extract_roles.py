"""A speaker named only by a role ("the president", "the French leader") is the person the
article (or, across coverage, another article) names with that role."""

from __future__ import annotations

import pytest
from extract_helpers import coverage, extract, find_quote, speaker_of


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (["President Aurelio Ventana opened the new bridge on Saturday.",
          '"This bridge belongs to every citizen," the president said.'],
         "every citizen", "Aurelio Ventana"),
        (["French President Lucien Marchetti met the strikers in Lyon.",
          '"Nobody will lose their pension," the French leader said.'],
         "lose their pension", "Lucien Marchetti"),
        (["Czech Prime Minister Radek Holub flew to Vienna for the talks.",
          '"We expect a deal by Friday," the Czech prime minister said.'],
         "deal by Friday", "Radek Holub"),
        (["Chancellor Margit Eder unveiled the budget on Wednesday.",
          "The chancellor said the deficit would shrink by half within two years."],
         "deficit would shrink", "Margit Eder"),
        (["Polish Foreign Minister Jadwiga Sroka arrived in Oslo on Monday.",
          '"We came to listen," the Polish minister told reporters.'],
         "came to listen", "Jadwiga Sroka"),
    ],
)  # fmt: skip
def test_role_resolves_to_the_named_person(paragraphs: list[str], words: str, speaker: str) -> None:
    q = find_quote(extract(*paragraphs), words)
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.cue == "role"


def test_two_roles_go_to_two_people() -> None:
    quotes = extract(
        "Czech Prime Minister Radek Holub flew to Vienna for the talks. Austrian Chancellor "
        "Margit Eder welcomed him at the airport.",
        '"We expect a deal by Friday," the Czech prime minister said. "Our partners have been '
        'patient," the Austrian chancellor said.',
    )
    assert speaker_of(quotes, "deal by Friday") == "Radek Holub"
    assert speaker_of(quotes, "partners have been patient") == "Margit Eder"


def test_role_with_no_named_holder_is_kept_as_a_role() -> None:
    q = find_quote(extract('"The army is ready," the defence minister said.'), "army is ready")
    assert q.speaker is not None
    assert "minister" in q.speaker.name.lower()


@pytest.mark.parametrize(
    ("first", "second", "words", "speaker"),
    [
        (['Czech Prime Minister Radek Holub arrived in Vienna. "We expect a deal," Holub said.'],
         ['"Our partners have been patient," the Czech prime minister said.'],
         "partners have been patient", "Radek Holub"),
        (['French President Lucien Marchetti met the strikers. "Nobody will lose their '
          'pension," Marchetti said.'],
         ['"The reform is fair to every generation," the French leader said on Tuesday.'],
         "fair to every generation", "Lucien Marchetti"),
        (['"The harvest was poor," said Agriculture Minister Sten Ulvik.'],
         ['"Imports will cover the gap," the agriculture minister said.'],
         "cover the gap", "Sten Ulvik"),
        (['President Aurelio Ventana opened the bridge. "It belongs to all," Ventana said.'],
         ["The president said the new airport would open in the spring."],
         "airport would open", "Aurelio Ventana"),
    ],
)  # fmt: skip
def test_role_resolves_across_articles(
    first: list[str], second: list[str], words: str, speaker: str
) -> None:
    quotes, _ = coverage(first, second)
    q = find_quote(quotes, words)
    assert q.article_id == "a1"
    assert q.speaker is not None and q.speaker.name == speaker


def test_possessive_role_resolves_across_the_coverage() -> None:
    from index.extract import extract_coverage
    from index.models import Article

    first = Article(id="r1", paragraphs=["Palace spokesman Edvin Sarr said on Monday that "
                                          "talks were possible."])  # fmt: skip
    second = Article(
        id="r2",
        paragraphs=[
            "“There will be no escalation from our side,” the king's spokesman told reporters."
        ],
    )
    quotes, _ = extract_coverage([first, second])
    by_article = {q.article_id: q for q in quotes}
    assert by_article["r2"].speaker is not None
    assert by_article["r2"].speaker.name == "Edvin Sarr"


def test_an_indefinite_role_is_someone_new() -> None:
    quotes = extract(
        "Senator Ola Berge, a Republican, spoke first.",
        '"The race is over," said another Republican.',
    )
    assert speaker_of(quotes, "race is over") == "Republican"


def test_coordinated_verbs_share_their_subject() -> None:
    quotes = extract(
        'When asked whom she backed, Councillor Ida Roth smiled and said, "I\'m waiting."'
    )
    assert speaker_of(quotes, "waiting") == "Ida Roth"


def test_two_surnames_one_letter_apart_are_two_people_in_one_article() -> None:
    quotes = extract(
        "Representative Lois Frankel opened the rally.",
        '"We are a bridge," Senator Al Franken said.',
        '"Look at what you did," Franken said.',
    )
    assert speaker_of(quotes, "Look at what") == "Al Franken"


def test_one_senior_official_is_someone_new() -> None:
    quotes = extract(
        "Prime Minister Hugo Tarn, a Democrat, spoke first.",
        '"The campaign has been reluctant," one senior Democrat said.',
    )
    assert speaker_of(quotes, "reluctant") == "senior Democrat"


def test_one_of_a_group_speaks_for_it() -> None:
    quotes = extract("One of the harbour aides said the plan would fail.")
    q = find_quote(quotes, "plan would fail")
    assert q.speaker is not None and "aides" in q.speaker.name


def test_a_role_with_a_us_state_needs_a_holder_from_that_state() -> None:
    quotes = extract(
        "Republican Rolf Ingvar held a rally in Ohio on Monday.",
        "In a letter, the Utah Republican says the harbour contracts need an inquiry.",
    )
    assert speaker_of(quotes, "harbour contracts need") == "Utah Republican"


def test_a_name_in_marks_inside_an_apposition_does_not_end_it() -> None:
    quotes = extract(
        '"We have had better conventions," Vessa delegate Jon Makin, wearing a cowboy hat '
        'and "Lina Oster" campaign pins, said as confetti fell.'
    )
    assert speaker_of(quotes, "better conventions") == "Jon Makin"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ('"We will not comment," said a spokesman for Lina Oster.', "will not comment"),
        ("A spokeswoman for Lina Oster says neither the mayor nor her campaign helped him.",
         "neither the mayor"),
        ("A friend of Ivo Tamm said he was tired of the harbour.", "tired of the harbour"),
    ],
)  # fmt: skip
def test_the_person_a_role_serves_is_not_the_speaker(sentence: str, words: str) -> None:
    """'a spokesman for X' speaks for X, but the words are the spokesman's: never X's."""
    speaker = speaker_of(extract(sentence), words)
    assert speaker is not None
    assert speaker not in ("Lina Oster", "Ivo Tamm")


@pytest.mark.parametrize(
    "sentence",
    [
        "The head of the Norwegian delegation said the talks should resume in March.",
        "The deputy head of Norway's delegation to the forum said the talks should resume in "
        "March.",
    ],
)
def test_a_delegation_is_a_body_that_speaks(sentence: str) -> None:
    speaker = speaker_of(extract(sentence), "the talks should resume in March")
    assert speaker is not None and "delegation" in speaker.lower()
