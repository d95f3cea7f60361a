"""What is not a quotation: scare quotes, titles and names in marks, short unattributed
fragments; first-person speakers; and robustness on broken quotation marks."""

from __future__ import annotations

import pytest
from extract_helpers import article, check_offsets, extract, find_quote, no_quote_with, speaker_of
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.extract import extract_article
from index.extract.marks import find_quote_spans


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        ('Economists have long doubted the so-called "peace dividend" promised after the '
         "treaty.", "peace dividend"),
        ('Work continued on a project nicknamed "the Big Wall" along the northern coast.',
         "Big Wall"),
        ('Locals still call the old ferry terminal "the Glass Box" twenty years on.',
         "Glass Box"),
        ('The agency published a report titled "Rivers at Risk" on Thursday.',
         "Rivers at Risk"),
        ('The festival opened with the film "The Long Night" and a concert in the park.',
         "The Long Night"),
        ('Her second novel, "A House Without Doors", sold poorly at first.',
         "A House Without Doors"),
        ('The band played "Northern Lights Over Kest" as the last song of the night.',
         "Northern Lights Over Kest"),
        ('The mood in the hall was "electric" on Tuesday night.', "electric"),
        ('Residents of the valley have waited years for the "new" road.', "new"),
        ('The operation, known as "Silver Harbour", began before dawn.', "Silver Harbour"),
    ],
)  # fmt: skip
def test_scare_quotes_and_titles_are_not_quotes(paragraph: str, words: str) -> None:
    assert no_quote_with(extract(paragraph), words)


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Never," came the reply from the back of the hall.',
        'Delegates left the room in "total chaos" on Friday.',
        'The word on the street was "maybe" for most of the week.',
    ],
)
def test_short_unattributed_fragments_are_not_quotes(paragraph: str) -> None:
    assert extract(paragraph) == []


def test_a_chant_is_the_crowds() -> None:
    quotes = extract('Fans chanted "one more year" outside the stadium.')
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("one more year", "Fans")
    ]


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        ('"I will not resign," I said to my editor later that evening.', "will not resign"),
        ('"We were never told about the closure," we said at the meeting.', "never told"),
        ('"You should see the river now," I told him on the phone.', "see the river"),
        ('Sara Lind and I walked to the station. "I have never been so cold in my life," I '
         "said.", "so cold"),
        ("I said that the bridge would never be finished on time.", "bridge would never"),
    ],
)  # fmt: skip
def test_first_person_is_never_a_speaker(paragraph: str, words: str) -> None:
    for q in extract(paragraph):
        assert q.speaker is None or q.speaker.name.lower() not in ("i", "we", "me", "us"), q
        if words in q.text:
            assert q.speaker is None or q.speaker.name != "Sara Lind", q


def test_short_attributed_quote_is_kept() -> None:
    quotes = extract('Sven Arvid looked at the damage. He said "it\'s fine" and left the room.')
    assert speaker_of(quotes, "it's fine") == "Sven Arvid"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ['"We have to go," Sven Arvid said, "right now.'],
        ['"Unclosed quote starts here and never ends, said Maja Rolf.'],
        ['The “mixed marks» test for Ada Brun, who said “nothing at all here today".'],
        ["Text with 'single quotes' and ’stray closers’ and „low nine“ marks, Oskar Vinter said."],
        ['""', '"', "“”", "«»", "« »", "”closing first“"],
        ['He said: "', '"', '" said Ana Ruiz.'],
        ["It’s the ’90s again, the countries’ leaders said ‘nothing’."],
        ['"Nested ‘inner “deep” quote’ here," said Piet Holloway.'],
    ],
)
def test_broken_or_mixed_marks_do_not_crash(paragraphs: list[str]) -> None:
    extract(*paragraphs)  # offsets are checked inside


def test_mixed_marks_pair_up() -> None:
    quotes = extract('“The reservoir is full again," Lucia Moravec said.')
    assert speaker_of(quotes, "reservoir is full") == "Lucia Moravec"


# --- property tests ---------------------------------------------------------------------------

MARKS = "\"“”„«»‹›‘’‚'"
_text = st.lists(
    st.one_of(
        st.sampled_from(list(MARKS + " ,.:;-—–\n")),
        st.sampled_from(["said", "Ana", "Ruiz", "he", "she", "told", "the", "minister"]),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=80,
).map("".join)
_words = st.lists(
    st.one_of(
        st.sampled_from(
            ["said", "Ana Ruiz", "he", "she", "told reporters", "the minister", "according to",
             "that", "warned", "Mr.", "Kremlin", ",", ".", ":", "—", " - ", "I", "we"]
        ),
        st.sampled_from(list(MARKS)),
        st.text(alphabet="abcdefghij XYZ", min_size=1, max_size=8),
    ),
    max_size=30,
).map(" ".join)  # fmt: skip
_fast = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_fast
@given(_text)
def test_find_quote_spans_never_raises_and_stays_in_bounds(text: str) -> None:
    spans = find_quote_spans(text)
    prev_open = -1
    for s in spans:
        assert 0 <= s.open_at < len(text)
        assert s.open_at < s.start <= s.end <= len(text)
        assert s.close_at is None or s.end <= s.close_at < len(text)
        assert s.open_at >= prev_open
        prev_open = s.open_at
        assert text[s.start : s.end].strip() == text[s.start : s.end]


_paragraphs = st.lists(st.one_of(_text, _words), min_size=1, max_size=4)


def _check_quotes(paragraphs: list[str]) -> None:
    art = article(*paragraphs)
    quotes = extract_article(art)
    check_offsets(art, quotes)
    for q in quotes:
        assert q.text.strip(), q
        assert q.id == f"{art.id}:{q.start}-{q.end}"
        assert q.speaker is None or q.speaker.name.strip()


def _leading_dash(paragraphs: list[str]) -> bool:
    return any(p.lstrip().startswith(("-", "–", "—")) for p in paragraphs)


@_fast
@given(_paragraphs)
def test_extract_article_never_raises(paragraphs: list[str]) -> None:
    assert isinstance(extract_article(article(*paragraphs)), list)


@_fast
@given(_paragraphs)
def test_quotes_are_well_formed_without_leading_dash(paragraphs: list[str]) -> None:
    """Offsets in bounds, text == article.text[start:end], never empty (paragraphs that
    start with a dash are excluded here: the known bug below)."""
    _check_quotes(paragraphs)


@_fast
@given(_paragraphs)
@example(["\n-Ana"])
def test_quotes_are_well_formed(paragraphs: list[str]) -> None:
    _check_quotes(paragraphs)


def test_a_programme_title_after_on_is_not_speech() -> None:
    quotes = extract('"I expect to be vetted," Ana Ruiz said on "Morning in Velmora."')
    assert [q.text for q in quotes] == ["I expect to be vetted"]


def test_a_phrase_after_said_is_not_a_clause() -> None:
    quotes = extract(
        "Her support has moved to Berg, Ana Ruiz said during her speech to the party delegates."
    )
    assert [q.text for q in quotes] == ["Her support has moved to Berg"]


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        ('"Being a dad is my job," Tamm said in May on the podcast "Here Is the Harbour."',
         "Here Is the Harbour"),
        ("In his new book, \"Doomed to Sail,\" and in an interview, Mr. Rask said the mayor "
         "had misled the council.", "Doomed to Sail"),
        ('"He deserved it," Makin told the television program "Harbour Edition" on Monday.',
         "Harbour Edition"),
        ("At the end of her rendition of the harbour anthem ''A Change Is Gonna Come,'' "
         "Vera Lund added the words, ''Ana Ruiz.''", "A Change Is Gonna Come"),
        # a titled name after an article is a name, not words anyone said
        ('Ana Ruiz stressed her support for the ferry during a "Harbour Futures Forum" '
         "sponsored by the Daily Gull and said she has what the port needs.",
         "Harbour Futures Forum"),
        # a nickname in marks inside a name
        ('"This is a big year for the harbour!" state Del. Marta "Tia" Kilde shouted.', "Tia"),
    ],
)  # fmt: skip
def test_a_title_after_the_work_it_names_is_no_quote(paragraph: str, title: str) -> None:
    assert no_quote_with(extract(paragraph), title)


@pytest.mark.parametrize(
    "sentence",
    [
        "Most Northern states that will hold nominating contests March 1 have sizable "
        "harbour populations.",
        "While Tamm won a number of smaller caucus states, including Vessa and Brack, Oster "
        "has won only two primaries with more than 60% support.",
    ],
)
def test_states_the_noun_is_no_speech_verb(sentence: str) -> None:
    assert [q.text for q in extract(sentence) if q.cue_verb in ("state", "states")] == []


def test_states_the_verb_still_reports() -> None:
    quotes = extract("The harbour charter states that no toll may rise twice in a year.")
    assert find_quote(quotes, "no toll may rise").cue_verb == "states"
