"""Sport, business and election coverage: the same rules, other vocabularies."""

from __future__ import annotations

import pytest
from extract_helpers import extract, find_quote, no_quote_with, speaker_of

from index.extract import extract_coverage
from index.models import Article


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (["“We were the better side for ninety minutes,” United coach Marta Ruiz said."],
         "better side", "Marta Ruiz"),
        (["Rovers manager Tom Pell was less impressed. “The second goal was offside,” he "
          "told reporters."], "second goal", "Tom Pell"),
        (["Opposition candidate Elin Marsk addressed the rally.",
          "“Change is coming to this country,” Marsk told supporters in Tollund."],
         "Change is coming", "Elin Marsk"),
        (["Her rival, Prime Minister Hugo Falk, dismissed the pledge as “fantasy economics”."],
         "fantasy economics", "Hugo Falk"),
        (["Interest rates will stay high for longer, central bank governor Rosa Holm told a "
          "news conference, adding that inflation was still too high."],
         "inflation was still too high", "Rosa Holm"),
        (["The electoral commission said turnout could exceed 70 percent."],
         "turnout could exceed", "electoral commission"),
    ],
)  # fmt: skip
def test_other_beats(paragraphs: list[str], words: str, speaker: str) -> None:
    assert speaker_of(extract(*paragraphs), words) == speaker


def test_the_company_is_the_company_the_article_names() -> None:
    paragraphs = [
        "Shares in Orvale Energy fell 8% on Tuesday after the company warned that full-year "
        "profits would be lower than expected.",
        "The firm said in a statement it would cut 200 jobs.",
    ]
    quotes, _ = extract_coverage([Article(id="biz", paragraphs=paragraphs)])
    assert find_quote(quotes, "profits would be lower").speaker.name == "Orvale Energy"  # type: ignore[union-attr]
    assert find_quote(quotes, "cut 200 jobs").speaker.name == "Orvale Energy"  # type: ignore[union-attr]


def test_a_nouns_that_clause_is_not_speech() -> None:
    quotes = extract(
        "Mayor Ivo Dahl spoke at length, commenting on the minister's claim that the bridge "
        "was safe."
    )
    assert no_quote_with(quotes, "the bridge was safe")


def test_two_speakers_in_one_sentence_and_a_leading_phrase() -> None:
    quotes = extract(
        "Economist Lars Vik said growth would slow, while finance minister Petra Nyland said "
        "the economy remained strong.",
        "In a statement, the ministry said it would review the contract.",
    )
    assert speaker_of(quotes, "growth would slow") == "Lars Vik"
    assert speaker_of(quotes, "the economy remained strong") == "Petra Nyland"
    assert speaker_of(quotes, "it would review the contract") == "ministry"
    assert no_quote_with(quotes, "In a statement")


def test_an_adjective_in_ed_does_not_make_a_clause() -> None:
    quotes = extract("The mayor visited the shared riverside park on Monday.")
    assert quotes == []


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("“The ban will stay in place,” according to a statement from the agriculture "
         "ministry.", "ban will stay", "agriculture ministry"),
        ("According to a report by the audit office, the project was two years late.",
         "two years late", "audit office"),
        ("According to Ana Frost, the plan would cost twice as much.",
         "cost twice as much", "Ana Frost"),
    ],
)  # fmt: skip
def test_according_to_a_person_or_a_document_from_someone(
    paragraph: str, words: str, speaker: str
) -> None:
    assert speaker_of(extract(paragraph), words) == speaker


def test_epithets_refer_back_like_pronouns() -> None:
    quotes = extract(
        "Velmora striker Ana Lenz scored twice as her side beat Kessling 3-1.",
        "“I have waited for this night all my career,” the 24-year-old said.",
        "Kessling's veteran goalkeeper Piet de Vries was less happy.",
        "“We gave away three soft goals,” the Dutchman told reporters.",
        "“It's unacceptable at this level,” the 37-year-old added.",
    )
    assert speaker_of(quotes, "waited for this night") == "Ana Lenz"
    assert speaker_of(quotes, "three soft goals") == "Piet de Vries"
    assert speaker_of(quotes, "unacceptable at this level") == "Piet de Vries"


def test_a_demonym_before_a_noun_is_not_an_epithet() -> None:
    quotes = extract("The German government said it would send observers.")
    assert speaker_of(quotes, "send observers") == "German government"
