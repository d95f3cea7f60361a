"""Reading questions: kind, quoted words, the speaker named (also misspelt or by role)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.models import Speaker
from index.search.question import SpeakerIndex, parse_question

SPEAKERS = [
    Speaker(name="Helena Marsk", aliases=["Marsk", "Estmark Prime Minister Helena Marsk"],
            roles=["Estmark Prime Minister"], quote_count=11),
    Speaker(name="Petra Vessar", aliases=["Ms. Vessar"], roles=["spokeswoman"], quote_count=5),
    Speaker(name="Anton Vessar", aliases=["Mr. Vessar"], roles=["Opposition leader"],
            quote_count=6),
    Speaker(name="Volodar Zelenskyy", aliases=["Zelenskyy"], quote_count=7),
    Speaker(name="Lower Maelis Basin Authority", kind="organisation", quote_count=4),
    Speaker(name="Tomas Orvanek", aliases=["Orvanek"], quote_count=9),
    Speaker(name="Ilse Brandt", aliases=["Brandt"], roles=["Swedish Foreign Minister"],
            quote_count=2),
    Speaker(name="Kessling Palace", kind="organisation", aliases=["the Palace"],
            quote_count=1),
    Speaker(name="Mara Holm", aliases=["Holm"], roles=["Palace spokesperson"], quote_count=3),
]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "kind", "quoted"),
    [
        ('Who said "the river does not stop at the border"?', "who_said",
         ["the river does not stop at the border"]),
        ("Who said “nothing can be ruled out”?", "who_said", ["nothing can be ruled out"]),
        ("who called the plan 'a slow-motion disaster'?", "who_said", ["a slow-motion disaster"]),
        ("Whose words: we will not apologise?", "who_said", []),
        ("Who warned that the dam would ruin the harvest?", "who_said", []),
        ("What did Helena Marsk say about the dam?", "what_did_say", []),
        ("Did Petra Vessar say the ambassador got a note?", "did_say", []),
        ("Who talked about water prices?", "who_talked", []),
        ("What was Helena Marsk's reaction?", "what_did_say", []),
        ("What were Marsk's comments on the dam?", "what_did_say", []),
        ("How did the basin authority react to the plan?", "what_did_say", []),
        ("How has Orvanek responded?", "what_did_say", []),
        ("dam filling timetable", "search", []),
        # typed in a hurry, or asked another way
        ("wat did Helena Marsk say about the dam?", "what_did_say", []),
        ("What's Orvanek's view of the dam?", "what_did_say", []),
        ("What was Orvanek's response to the tweets?", "what_did_say", []),
        ("How did Orvanek explain the delay?", "what_did_say", []),
        ("How has Helena Marsk defended the dam?", "what_did_say", []),
        ("did Orvanek actually say the dam is safe??", "did_say", []),
        ("Which spokeswoman said the ambassador got a note?", "who_said", []),
        ("Which former foreign minister warned that the dam would fail?", "who_said", []),
    ],
)  # fmt: skip
def test_kinds_and_quoted_words(question: str, kind: str, quoted: list[str]) -> None:
    q = parse_question(question, SPEAKERS)
    assert q.kind == kind
    assert q.quoted == quoted


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("What did Helena Marsk say?", "Helena Marsk"),
        ("What did Marsk say about the talks?", "Helena Marsk"),
        ("What did the Estmark prime minister say?", "Helena Marsk"),
        ("What did Anton Vessar say about the budget?", "Anton Vessar"),
        ("What did Mr. Vessar say?", "Anton Vessar"),
        ("What did Zelensky say?", "Volodar Zelenskyy"),  # misspelt: one letter off
        ("What did the basin authority say?", "Lower Maelis Basin Authority"),
        ("What was Helena Marsk's reaction?", "Helena Marsk"),
        # a country or its demonym, with or without a possessive
        ("What did Sweden's foreign minister say?", "Ilse Brandt"),
        ("What did the Swedish FM say?", "Ilse Brandt"),
        # synonymous role nouns; the longer form wins over the organisation's name
        ("What did the Palace spokesman say?", "Mara Holm"),
        ("How did the Palace react?", "Kessling Palace"),
        # a given name misspelt, a given name alone, a short surname misspelt
        ("What did Helene Marsk say?", "Helena Marsk"),
        ("What did Helena say?", "Helena Marsk"),
        ("Did Tomas Orvanik say the dam is safe?", "Tomas Orvanek"),
        ("What was Orvanek's response to the tweets?", "Tomas Orvanek"),
        ("What did Judge Orvanek say?", "Tomas Orvanek"),  # a role, not a given name
    ],
)
def test_speaker_named_by_name_surname_alias_role_or_misspelling(
    question: str, speaker: str
) -> None:
    q = parse_question(question, SPEAKERS)
    assert q.speaker is not None and q.speaker.name == speaker


def test_unknown_speaker_and_did_without_speaker() -> None:
    q = parse_question("What did Olga Tamm say?", SPEAKERS)
    assert q.speaker is None and q.unknown_speaker == "Olga Tamm"
    assert parse_question("Did it rain in Velmora?", SPEAKERS).kind == "search"
    assert parse_question("Did it rain in Velmora?", SPEAKERS).unknown_speaker == ""


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        # another given name before a known surname is another person
        ("What did Ingrid Brandt say about the dam?", "Ingrid Brandt"),
        ("Did Karl Holm say the palace would close?", "Karl Holm"),
        ("What was Olga Tamm's reaction?", "Olga Tamm"),
    ],
)
def test_a_speaker_the_coverage_does_not_quote_is_unknown(question: str, unknown: str) -> None:
    q = parse_question(question, SPEAKERS)
    assert q.speaker is None
    assert q.unknown_speaker == unknown


def test_a_did_question_about_an_unknown_speaker_stays_a_did_question() -> None:
    q = parse_question("Did Olga Tamm say the dam is safe?", SPEAKERS)
    assert q.kind == "did_say" and q.unknown_speaker == "Olga Tamm"


def test_index_prefers_longest_form() -> None:
    index = SpeakerIndex(SPEAKERS)
    # "Vessar" alone is ambiguous; the full name decides
    assert index.find("Petra Vessar on the note") is not None
    assert index.find("Petra Vessar on the note").name == "Petra Vessar"  # type: ignore[union-attr]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_parsing_untrusted_text_never_fails(text: str) -> None:
    q = parse_question(text, SPEAKERS)
    assert q.kind in {"who_said", "what_did_say", "did_say", "who_talked", "search"}


@pytest.mark.parametrize(
    ("question", "roles"),
    [
        ("Which spokeswoman said the ambassador got a note?", ["spokesperson"]),
        ("Which former foreign minister warned that the dam would fail?", ["minister"]),
        ("Which Estmark prime minister said the talks had failed?", ["minister"]),
    ],
)
def test_which_role_said_asks_for_that_role(question: str, roles: list[str]) -> None:
    q = parse_question(question, SPEAKERS)
    assert q.kind == "who_said" and q.asked_role == roles
    assert q.speaker is None  # a description of whom to find, not a name
