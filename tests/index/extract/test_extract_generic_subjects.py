"""Speaker phrases the role lexicon does not list (index/extract/generic_subjects.py): agent
nouns and learnt speaker heads before a speech verb, a sentence's opening noun phrase with
post-modifiers, and documents or nouns that never speak."""

from __future__ import annotations

import pytest
from extract_helpers import extract, no_quote_with, speaker_of


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # heads the role lexicon does not list: agent nouns and learnt speaker heads
        ("The ferry had run the route for 40 years, the operator said on Friday.",
         "ferry had run the route", "operator"),
        ("The harbour will close for a week, local fishermen say.", "harbour will close",
         "local fishermen"),
        ("Her older brother said the family had heard nothing since May.",
         "family had heard nothing", "older brother"),
        ("Grain prices in the valley will rise again, forecasters say.", "Grain prices",
         "forecasters"),
        # a compound modifier is judged by its last part
        ("The self-described harbour socialist said he would win the district.",
         "would win the district", "self-described harbour socialist"),
        ("A 70-year-old fisherman said the catch had never been this poor.",
         "catch had never been", "70-year-old fisherman"),
        # an adverb between the subject and the verb
        ("Velmoran officials now say the bridge will reopen in spring.", "bridge will reopen",
         "velmoran officials"),
    ],
)  # fmt: skip
def test_speaker_phrases_beyond_the_role_lexicon(sentence: str, words: str, speaker: str) -> None:
    assert (speaker_of(extract(sentence), words) or "").lower() == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour will close for a week, the report said.",  # a document, not a speaker
        "The new rules will cut costs, the survey says.",
        "Harbour fees rose again, initial estimates are showing.",  # a noun, not the verb
        "The movement continues to grow in the valley towns this spring.",
    ],
)
def test_documents_and_nouns_are_not_generic_speakers(sentence: str) -> None:
    assert extract(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("A person familiar with the talks in Velmora says the two sides are close to a deal.",
         "two sides are close", "person familiar with the talks in velmora"),
        ("Staff for the Senate committee on harbours said the panel has the full report.",
         "panel has the full report", "staff for the senate committee on harbours"),
        ("But officials who have seen the draft say it leaves the tariffs untouched.",
         "leaves the tariffs untouched", "officials"),
    ],
)  # fmt: skip
def test_a_sentence_opening_subject_with_post_modifiers(
    sentence: str, words: str, speaker: str
) -> None:
    assert (speaker_of(extract(sentence), words) or "").lower() == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # a post-modifier between the speaker's head and the verb belongs to the speaker
        ("The bridge stays shut, and lawyers for the port authority said on Monday that "
         "the ferries would run all winter.", "ferries would run",
         "lawyers for the port authority"),
        ("The tolls will double, but some residents of Ostrava Bay say they will keep driving.",
         "will keep driving", "some residents of Ostrava Bay"),
        # the names inside it are not the speaker
        ("Even supporters of Mayor Ana Ruiz say the tunnel was a mistake.",
         "tunnel was a mistake", "supporters of Mayor Ana Ruiz"),
        # after "according to": the whole phrase, not the head alone or nothing
        ("According to harbour safety inspectors, the ramp had not been checked since May.",
         "ramp had not been checked", "harbour safety inspectors"),
        ("The ramp was closed in June, according to engineers close to the project.",
         "ramp was closed", "engineers close to the project"),
        ("The ramp was closed in June, according to one of her senior aides.",
         "ramp was closed", "one of her senior aides"),
        ("The ramp was closed in June, according to local and federal engineers.",
         "ramp was closed", "local and federal engineers"),
        # a pronoun heading the phrase
        ("Those close to him say that the mayor would pick a harbour pilot as her deputy.",
         "would pick a harbour pilot", "those close to him"),
        ("Those close to her say that the mayor would pick a harbour pilot as her deputy.",
         "would pick a harbour pilot", "those close to her"),
        # a post-modifier ending on a pronoun, after the clause
        ("The pilot had logged many hours at sea, people close to him said.",
         "logged many hours", "people close to him"),
        # a gerund naming a trade modifies the head
        ("But shipping analysts say the harbour fees might not even be legal.",
         "harbour fees", "shipping analysts"),
        # the plural of a role noun
        ("The mayor's surrogates say the ferry plan was never costed.",
         "ferry plan was never costed", "surrogates"),
        # a company noun the role lexicon does not list
        ("The pilot had logged many hours with the carrier, the airline said.",
         "logged many hours", "airline"),
    ],
)  # fmt: skip
def test_a_speaker_phrase_with_its_post_modifier(sentence: str, words: str, speaker: str) -> None:
    assert (speaker_of(extract(sentence), words) or "").lower() == speaker.lower()


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # an apposition set off by commas is not a post-modifier: the name speaks
        ("Ana Ruiz, a member of the harbour board, said the ramp would reopen in May.",
         "ramp would reopen", "ana ruiz"),
    ],
)  # fmt: skip
def test_an_apposition_is_not_a_post_modifier(sentence: str, words: str, speaker: str) -> None:
    assert (speaker_of(extract(sentence), words) or "").lower() == speaker


def test_an_adjective_before_the_verb_ends_no_speaker_phrase() -> None:
    # 'chants' reads as a speech verb here; 'the crowd to spontaneous' is no one
    quotes = extract(
        'Ruiz roused the crowd to spontaneous chants of "Close the port and send every ship home!"'
    )
    assert "crowd" not in (speaker_of(quotes, "Close the port") or "").lower()


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("Both candidates have said they would raise the harbour toll.",
         "raise the harbour toll", "both candidates"),
        ("After the vote, all three candidates said the count had been fair.",
         "count had been fair", "all three candidates"),
        ("The ferry is late again, and several regular passengers say the timetable is fiction.",
         "timetable is fiction", "several regular passengers"),
    ],
)  # fmt: skip
def test_a_counted_speaker_phrase_keeps_its_quantifier(
    sentence: str, words: str, speaker: str
) -> None:
    assert speaker_of(extract(sentence), words) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "But 55 percent of all likely voters say the harbour toll should stay.",
        "Six in 10 voters say the ferry should run at night.",
        "A majority of Vessa Democrats said the pier should be rebuilt.",
        "Mr. Tamm has gained ground, with 30 percent of voters saying they like his plan.",
    ],
)
def test_a_poll_figure_is_nobodys_statement(sentence: str) -> None:
    """A share or count of a poll's respondents says nothing anyone can be quoted on."""
    assert [q.text for q in extract(sentence) if not q.direct] == []


@pytest.mark.parametrize(
    ("paragraph", "not_a_quote"),
    [
        ('"You will see a massive spend," said one official involved in the planning, who '
         "spoke on condition of anonymity.", "one official involved"),
        ('"The talks are stuck," said two people familiar with the plan.', "two people familiar"),
    ],
)  # fmt: skip
def test_an_inverted_speaker_with_a_post_modifier_is_no_clause(
    paragraph: str, not_a_quote: str
) -> None:
    assert no_quote_with(extract(paragraph), not_a_quote)


def test_a_finite_verb_after_an_inverted_say_still_reports_a_clause() -> None:
    quotes = extract(
        "Dana Sele, the chairman of the harbour party, for example, said Tamm continued to "
        "hurt his cause by attacking the mayor."
    )
    assert speaker_of(quotes, "Tamm continued to hurt") == "Dana Sele"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("Many in the crowd said the mayor was the only candidate they trusted.",
         "only candidate they trusted", "many in the crowd"),
        ("Others at the rally said the toll would ruin the harbour.", "ruin the harbour",
         "others at the rally"),
        ("Each side said the other would be to blame if the ferry stopped.",
         "other would be to blame", "each side"),
    ],
)  # fmt: skip
def test_people_counted_where_they_are_speak_as_a_group(
    sentence: str, words: str, speaker: str
) -> None:
    assert speaker_of(extract(sentence), words) == speaker


@pytest.mark.parametrize(
    ("counted", "speaker"),
    [
        ("a number of delegates", "number of delegates"),
        ("a wide array of delegates", "wide array of delegates"),
        ("a small number of delegates", "small number of delegates"),
    ],
)
def test_people_counted_by_a_quantity_noun_are_the_speaker(counted: str, speaker: str) -> None:
    quotes = extract(
        f"The mayor's team was outmatched, even though {counted} said they backed her."
    )
    assert (speaker_of(quotes, "they backed her") or "").lower() == speaker
