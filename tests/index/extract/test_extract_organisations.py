"""Organisations as speakers: the Kremlin, the White House, a named ministry, a government
spokesperson."""

from __future__ import annotations

import pytest
from extract_helpers import extract, find_quote, regression, speaker_of


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (['"The talks in Geneva were constructive," the Kremlin said.'],
         "talks in Geneva", "Kremlin"),
        (["The Kremlin said the talks had been postponed until next month."],
         "talks had been postponed", "Kremlin"),
        (["The Ministry of Water Resources published its annual figures on Monday.",
          '"Reservoir levels are at a ten-year low," the ministry said in a statement.'],
         "ten-year low", "Ministry of Water Resources"),
        (["The Valdorian Ministry of Transport closed the coastal road on Monday.",
          "The ministry said in a statement that repairs would take at least three weeks."],
         "repairs would take", "Valdorian Ministry of Transport"),
        (['"We have no plans to close the border," the government said on Wednesday.'],
         "close the border", "government"),
        # a plural possessive inside the name
        (["The dockworkers' union said the strike would continue until Friday."],
         "strike would continue", "dockworkers' union"),
        (['"We will not go back without a contract," the dockworkers’ union said.'],
         "without a contract", "dockworkers’ union"),
        # "on" inside a body's name
        (["The nonpartisan Commission on Harbour Safety says the ramp was never inspected."],
         "ramp was never inspected", "Commission on Harbour Safety"),
    ],
)  # fmt: skip
def test_organisation_speaker(paragraphs: list[str], words: str, speaker: str) -> None:
    q = find_quote(extract(*paragraphs), words)
    assert q.speaker is not None
    assert q.speaker.name.lower() == speaker.lower()
    assert q.speaker.kind == "organisation"


def test_unnamed_ministry_is_still_an_organisation_speaker() -> None:
    q = find_quote(
        extract('"Every licence issued since March will be reviewed," the ministry said in a '
                "statement."),
        "Every licence",
    )  # fmt: skip
    assert q.speaker is not None
    assert "ministry" in q.speaker.name.lower()
    assert q.speaker.kind == "organisation"


WHITE_HOUSE = [
    '"The president has full confidence in the envoy," the White House said.',
    "The White House said on Friday that the envoy would travel to the region next week.",
]


@pytest.mark.parametrize("paragraph", WHITE_HOUSE)
def test_white_house_is_the_speaker(paragraph: str) -> None:
    quotes = extract(paragraph)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "White House"


@pytest.mark.parametrize("paragraph", WHITE_HOUSE)
def test_white_house_is_an_organisation(paragraph: str) -> None:
    quotes = extract(paragraph)
    assert quotes[0].speaker is not None and quotes[0].speaker.kind == "organisation"


@pytest.mark.parametrize(
    "paragraph",
    [
        regression(
            "\"Spain's government spokesperson said\": possessive country before a role "
            "gives no speaker",
            '"The schools will reopen on Monday," Spain\'s government spokesperson said.'),
        regression(
            "\"Norway's foreign ministry said\": possessive country before the organisation "
            "gives no speaker",
            '"The embassy will stay closed," Norway\'s foreign ministry said on Sunday.'),
        '"The schools will reopen on Monday," the government spokesperson said.',
    ],
)  # fmt: skip
def test_government_spokesperson_is_a_speaker(paragraph: str) -> None:
    quotes = extract(paragraph)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None


def test_a_plural_possessive_before_other_words_ends_the_phrase() -> None:
    q = find_quote(
        extract("Officials' comments suggested the talks had stalled, the ministry said."),
        "talks had stalled",
    )
    assert q.speaker is not None and q.speaker.name == "ministry"


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("The road will stay closed until Friday, a source said.", "road will stay closed",
         "source"),
        ('"It is closed," a company source said.', "It is closed", "company source"),
    ],
)  # fmt: skip
def test_an_unnamed_source_is_a_speaker(paragraph: str, words: str, speaker: str) -> None:
    q = find_quote(extract(paragraph), words)
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Velmora National Convention said the remarks were divisive.",
         "Velmora National Convention"),
        ("The Center for River Diversity said the dam would kill the delta.",
         "Center for River Diversity"),
    ],
)  # fmt: skip
def test_organisations_with_convention_center_for(sentence: str, speaker: str) -> None:
    quotes = extract(sentence)
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('Japan branded the regime an "outlaw nation in the neighborhood."',
         "outlaw nation", "Japan"),
        ("Iran insists it does not know where the reporter is.", "does not know where", "Iran"),
    ],
)  # fmt: skip
def test_a_country_that_speaks_is_its_government(sentence: str, words: str, speaker: str) -> None:
    assert speaker_of(extract(sentence), words) == speaker
