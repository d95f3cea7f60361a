"""Quotes that take their speaker from the text before: a paragraph that is only a quotation,
and a quotation running over several paragraphs (an opening mark on each, one closing mark)."""

from __future__ import annotations

import pytest
from extract_helpers import extract, regression, speaker_of


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (['"We will appeal the ruling," said Bruno Castell, the club\'s lawyer.',
          '"The judges ignored three of our witnesses."'], "judges ignored", "Bruno Castell"),
        (["Rosa Lindgren said the council would vote on the plan next week.",
          '"This is the most important decision we will take this decade."'],
         "most important decision", "Rosa Lindgren"),
        (['"The vaccine stocks will last until March," Health Minister Edda Vik told '
          "parliament.", '"After that we depend on the new supplier in the north."'],
         "new supplier", "Edda Vik"),
        (['Coach Arne Solvik was calm after the defeat. "We played well for an hour," he said.',
          '"The last twenty minutes were a disaster and I take the blame."'],
         "last twenty minutes", "Arne Solvik"),
        regression(
            "a quotation-only paragraph after a paragraph that introduces the person without a "
            "speech verb gets no speaker",
            ["Mayor Felix Arnaud addressed the crowd outside the town hall on Sunday.",
             '"We rebuilt this square once and we will rebuild it again."'],
            "rebuilt this square", "Felix Arnaud"),
    ],
)  # fmt: skip
def test_quote_only_paragraph_takes_previous_speaker(
    paragraphs: list[str], words: str, speaker: str
) -> None:
    quotes = extract(*paragraphs)
    assert speaker_of(quotes, words) == speaker
    q = next(q for q in quotes if words in q.text)
    assert q.paragraph == 2


def test_continuation_cue_is_reported() -> None:
    quotes = extract(
        '"We will appeal the ruling," said Bruno Castell.',
        '"The judges ignored three of our witnesses."',
    )
    q = next(q for q in quotes if "judges" in q.text)
    assert q.cue == "continuation"


def test_continuation_follows_the_latest_speaker() -> None:
    quotes = extract(
        '"Prices will fall," said Ilka Raum.',
        '"Prices will rise," said Ottar Brekke.',
        '"Nobody can predict the harvest this year."',
    )
    assert speaker_of(quotes, "Prices will fall") == "Ilka Raum"
    assert speaker_of(quotes, "Prices will rise") == "Ottar Brekke"
    assert speaker_of(quotes, "predict the harvest") == "Ottar Brekke"


@pytest.mark.parametrize(
    ("paragraphs", "parts", "speaker"),
    [
        (['"The rivers are rising faster than forecast," said Elena Sarrazin. "The dikes were '
          "built for another century.",
          '"We have asked the army for sandbags and pumps."'],
         ["rivers are rising", "dikes were built", "sandbags and pumps"], "Elena Sarrazin"),
        (['Nadia Petrov addressed the summit on Monday. "The forests are our first line of '
          'defence," she said. "They store more carbon than any machine.',
          '"They cool our cities in summer.',
          '"And they cost us nothing but patience."'],
         ["first line of defence", "more carbon", "cool our cities", "nothing but patience"],
         "Nadia Petrov"),
        (['"Our members voted to strike," union leader Kasimir Lenk said. "The offer was an '
          "insult.",
          '"Nobody accepts a pay cut in a year of record profits.',
          '"We will walk out on Monday morning."'],
         ["voted to strike", "an insult", "record profits", "walk out"], "Kasimir Lenk"),
        regression(
            "multi-paragraph quote attributed only at its end: earlier paragraphs get no speaker",
            ['"The harbour is the heart of this town and it always has been.',
             '"Every family here depends on the boats in one way or another.',
             '"We cannot let the authority close it without a fight," said Elena Sarrazin.'],
            ["heart of this town", "Every family", "without a fight"], "Elena Sarrazin"),
        regression(
            "multi-paragraph quote introduced by a colon lead-in paragraph ('X said on Monday:') "
            "gets no speaker",
            ["Nadia Petrov said on Monday:",
             '"The forests are our first line of defence.',
             '"They cool our cities in summer.',
             '"And they cost us nothing but patience."'],
            ["first line of defence", "cool our cities", "nothing but patience"], "Nadia Petrov"),
    ],
)  # fmt: skip
def test_multi_paragraph_quote(paragraphs: list[str], parts: list[str], speaker: str) -> None:
    quotes = extract(*paragraphs)
    for words in parts:
        assert speaker_of(quotes, words) == speaker, words


@pytest.mark.parametrize(
    "second",
    [
        'Instead, "he just acts like a man who has already lost."',
        '"What they care about is the harbour" and the ferry fares.',
    ],
)
def test_a_sentence_of_quoted_words_and_connectives_goes_on_with_the_speaker(
    second: str,
) -> None:
    quotes = extract(f'"We need a mayor who fights for the port," Ana Ruiz said. {second}')
    assert speaker_of(quotes, second.split('"')[1][:20], direct=True) == "Ana Ruiz"
