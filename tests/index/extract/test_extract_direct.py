"""Direct quotations with an explicit speaker: the basic attribution patterns, descriptions
around the name, split quotes and the different kinds of quotation marks."""

from __future__ import annotations

import pytest
from extract_helpers import extract, find_quote, regression, speaker_of


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        # "Q," X said.
        ('"We will not retreat from the northern valley," Marta Kovalenko said.',
         "northern valley", "Marta Kovalenko"),
        ('"The orchard survived the frost after all," Bertil Ansgar said on Tuesday.',
         "orchard survived", "Bertil Ansgar"),
        ('"Nobody warned us about the flood," Yara Delacourt added.',
         "Nobody warned us", "Yara Delacourt"),
        # "Q," said X.
        ('"The budget is already spent on bridges," said Tomas Brenner.',
         "spent on bridges", "Tomas Brenner"),
        ('"We counted every single vote twice," said Helga Marnier.',
         "every single vote", "Helga Marnier"),
        # "Q," X, the foreign minister, said.
        ('"Our embassy remains open for every citizen," Halvard Dunmore, the foreign minister, '
         "said.", "embassy remains open", "Halvard Dunmore"),
        ('"The ceasefire must hold through the winter," Selma Orvik, the defence minister, '
         "warned.", "ceasefire must hold", "Selma Orvik"),
        # X said: "Q"
        ('Petra Lindqvist said: "The harbour will reopen before the winter storms."',
         "harbour will reopen", "Petra Lindqvist"),
        ('Anselm Quist declared: "This league has never been stronger than it is today."',
         "league has never been", "Anselm Quist"),
        # X said, "Q"
        ('Oskar Varga said, "Nobody in this office expected the vote to collapse."',
         "expected the vote", "Oskar Varga"),
        ('Rhea Montclair replied, "The documents were delivered to the court last week."',
         "documents were delivered", "Rhea Montclair"),
        regression(
            "a lowercase title word the lexicon lacks ('harbourmaster') before the name: "
            "no speaker",
            '"The port will stay closed," harbourmaster Ewan Rusk said.',
            "port will stay closed", "Ewan Rusk"),
        # told reporters / told Reuters
        ('"The negotiations are finished for this year," Ingrid Solberg told reporters.',
         "negotiations are finished", "Ingrid Solberg"),
        ('"The factory will hire two hundred workers next spring," Dario Fenwick told Reuters.',
         "hire two hundred", "Dario Fenwick"),
        ('"We expect the first trains to run in June," Carmen Idris told the Associated Press.',
         "first trains", "Carmen Idris"),
        # wrote on X (the social network)
        ('"I have never seen the river this low in forty years," Greta Havel wrote on X.',
         "river this low", "Greta Havel"),
        ('"The stadium will be ready for the final," Lorcan Weir wrote on Facebook.',
         "stadium will be ready", "Lorcan Weir"),
        # verbs that double their last consonant: quipped, signalled
        ('"At least the pitch was dry," quipped captain Jonty Rafferty after the defeat.',
         "pitch was dry", "Jonty Rafferty"),
        ('"We are open to talks," Ilse Kovarik signalled on Friday.',
         "open to talks", "Ilse Kovarik"),
    ],
)  # fmt: skip
def test_basic_attribution(paragraph: str, words: str, speaker: str) -> None:
    quotes = extract(paragraph)
    q = find_quote(quotes, words)
    assert q.direct
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.cue == "explicit"


def test_trailing_comma_is_left_out_of_the_quote() -> None:
    quotes = extract('"The tunnel is finished," Marta Kovalenko said.')
    assert find_quote(quotes, "tunnel").text == "The tunnel is finished"


def test_cue_verb_and_kind_are_reported() -> None:
    quotes = extract('"The ceasefire must hold through the winter," Selma Orvik warned.')
    q = find_quote(quotes, "ceasefire")
    assert q.cue_verb == "warned"
    assert q.speaker is not None
    assert q.speaker.kind == "person"
    assert q.paragraph == 1
    assert "Selma Orvik warned" in q.sentence


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker", "role_word"),
    [
        ('Agency spokesperson Ana Ruiz said: "The data will be published on Monday."',
         "data will be published", "Ana Ruiz", "spokesperson"),
        ('"The shipment left the port on Tuesday morning," Agency spokesperson Ana Ruiz said.',
         "shipment left", "Ana Ruiz", "spokesperson"),
        ('"The pipeline will be inspected again," Energy Minister Corin Vasquez said.',
         "pipeline will be inspected", "Corin Vasquez", "Minister"),
        ('"We were not consulted on the route," Harbour Board chairwoman Liv Ostrand said.',
         "not consulted", "Liv Ostrand", "chairwoman"),
        regression(
            "appositive with a lowercase multi-word description after the name is not read",
            '"The fishing quotas are unfair," Liv Ostrand, the harbour board chairwoman, said.',
            "fishing quotas", "Liv Ostrand", "chairwoman"),
    ],
)  # fmt: skip
def test_description_before_or_after_the_name(
    paragraph: str, words: str, speaker: str, role_word: str
) -> None:
    q = find_quote(extract(paragraph), words)
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.speaker.role is not None and role_word in q.speaker.role


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ('Viktor Hale, who led the inquiry for three years, said the findings "leave no room '
         'for doubt about the cause."', "leave no room", "Viktor Hale"),
        ('Jonas Pettersen, who chairs the river authority, said: "The dam is safe for now."',
         "dam is safe", "Jonas Pettersen"),
        regression(
            "'\"Q,\" X, who ..., said': relative clause after a post-quote name is not skipped",
            '"The archive must stay in the city," Maren Toft, who ran the museum until 2019, '
            "said.", "archive must stay", "Maren Toft"),
    ],
)  # fmt: skip
def test_relative_clause_between_name_and_verb(paragraph: str, words: str, speaker: str) -> None:
    assert speaker_of(extract(paragraph), words) == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        '"The ministry has received all the documents it requested," a spokesman for the '
        "ministry said.",
        '"The inquiry will report in the spring," a spokeswoman for the agency told reporters.',
        '"No decision has been taken on the merger," a company spokesperson said.',
    ],
)
def test_unnamed_spokesperson_is_still_a_speaker(paragraph: str) -> None:
    quotes = extract(paragraph)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name
    assert quotes[0].speaker.name.lower() not in ("he", "she", "it", "they")


# --- split quotes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "first", "second", "speaker"),
    [
        (['"The first phase is complete," Marta Kovalenko said. "The second phase starts in '
          'May."'], "first phase", "second phase", "Marta Kovalenko"),
        (['"We tried everything," Tomas Brenner said. "Nothing worked in the end."'],
         "tried everything", "Nothing worked", "Tomas Brenner"),
        (['"The talks were difficult," Halvard Dunmore said, "but we found common ground on '
          'fishing rights."'], "talks were difficult", "common ground", "Halvard Dunmore"),
        (["Halvard Dunmore arrived at the port on Friday.",
          '"The rail line is vital for the region," he continued, "and we will defend its '
          'funding."'], "rail line is vital", "defend its funding", "Halvard Dunmore"),
        (["Judge Ottilie Brandvold read the verdict in a quiet courtroom.",
          '"This court has listened to every witness," she continued, "and it has weighed '
          'every document."'], "listened to every", "weighed every", "Ottilie Brandvold"),
    ],
)  # fmt: skip
def test_split_quote_parts_share_the_speaker(
    paragraphs: list[str], first: str, second: str, speaker: str
) -> None:
    quotes = extract(*paragraphs)
    assert speaker_of(quotes, first) == speaker
    assert speaker_of(quotes, second) == speaker


# --- quotation marks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("“We are ready to talk at any moment,” Lucia Moravec said.",
         "ready to talk", "Lucia Moravec"),
        ("Lucia Moravec said: “The border crossings will stay open all night.”",
         "border crossings", "Lucia Moravec"),
        ("« We need more time to count every ballot », said Renata Oberg.",
         "count every ballot", "Renata Oberg"),
        ("«The museum will reopen in the spring,» Anton Belmont told reporters.",
         "museum will reopen", "Anton Belmont"),
        ("‘The water is safe to drink again,’ said Fenna Kuiper.",
         "safe to drink", "Fenna Kuiper"),
        ("„The league season starts in August,“ Dieter Maas said.",
         "league season", "Dieter Maas"),
    ],
)  # fmt: skip
def test_curly_guillemet_and_single_marks(paragraph: str, words: str, speaker: str) -> None:
    q = find_quote(extract(paragraph), words)
    assert q.direct
    assert q.speaker is not None and q.speaker.name == speaker
    assert not q.text.endswith((",", "»", "”", "’", "“"))


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("The headteacher, Mrs Joanna Tilbury, said: 'We're devastated. Tom was a kind and "
         "popular boy.'", "We're devastated", "Joanna Tilbury"),
        ("'This is a sad day for the town,' said Councillor Alan Pritchard.",
         "sad day for the town", "Alan Pritchard"),
        ("'Nobody voted for this,' said Mr Aalto, 'and nobody wants it.'",
         "nobody wants it", "Aalto"),
    ],
)  # fmt: skip
def test_british_single_quotation_marks(paragraph: str, words: str, speaker: str) -> None:
    assert speaker_of(extract(paragraph), words, direct=True) == speaker


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ('"We will not back down on this," said Rep. Dana Whitlock.', "back down", "Dana Whitlock"),
        ('"We will not back down on this," Sgt. Mike Dolan said.', "back down", "Mike Dolan"),
        ('"We held the line," said Maj. Gen. Anders Rask.', "held the line", "Anders Rask"),
        ('"We held the line," said Lt. Col. Anders Rask.', "held the line", "Anders Rask"),
        ('"Pray for them," said the Rev. Thomas Ellery.', "Pray for them", "Thomas Ellery"),
        ("Rep. Dana Whitlock, D-Calif., said the state would appeal.", "state would appeal",
         "Dana Whitlock"),
        ('Sen. Mark Ellis (R-N.Y.) put it bluntly: "This bill is dead on arrival."',
         "dead on arrival", "Mark Ellis"),
    ],
)  # fmt: skip
def test_abbreviated_titles_and_party_labels(paragraph: str, words: str, speaker: str) -> None:
    assert speaker_of(extract(paragraph), words) == speaker


def test_a_street_abbreviation_still_ends_its_sentence() -> None:
    quotes = extract("She lives on Main St. The mayor said the road would close.")
    assert [q.text for q in quotes] == ["the road would close"]


def test_double_apostrophe_marks_are_quotation_marks() -> None:
    quotes = extract("''We will rebuild the bridge,'' Mayor Ines Kovac said. ''It is our duty.''")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("We will rebuild the bridge", "Ines Kovac"),
        ("It is our duty.", "Ines Kovac"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"We will win the county," Democratic pollster Vera Lund said.', "Vera Lund"),
        ('"It is changing," J. Arno Vikt, head of the voters\' league, said.', "J. Arno Vikt"),
        ('"I want the seat back," Rep. Tomas Eide (D-Wash.) said.', "Tomas Eide"),
        ('"It is a tax," Leader Harry K. Moen (R-Nev.) said in a statement.', "Harry K. Moen"),
        ('"We tie their hands," state Sen. Lars Holm (D) said.', "Lars Holm"),
        ('"The state is proud," US Senator Ola Berge said.', "Ola Berge"),
        ('"They cannot afford it," said Representative Steve Israel, a Democrat.', "Steve Israel"),
        ('"It is more of a consideration now," Cuban said in an interview.', "Cuban"),
        ("''I would use the word 'old-school,''' said Gregory W. Tarn.", "Gregory W. Tarn"),
    ],
)  # fmt: skip
def test_speaker_phrases_after_the_quote(sentence: str, speaker: str) -> None:
    quotes = extract(sentence)
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == speaker


def test_a_role_apposed_to_a_titled_name_is_that_person() -> None:
    quotes = extract('Her rival, Prime Minister Hugo Tarn, called the pledge "fantasy economics".')
    assert speaker_of(quotes, "fantasy economics") == "Hugo Tarn"


def test_a_party_member_is_a_role() -> None:
    quotes = extract('"Polls are misleading," another New Hampshire Republican added.')
    q = find_quote(quotes, "Polls are misleading")
    assert q.speaker is not None and q.speaker.name == "New Hampshire Republican"


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ('"Do we make promises we cannot keep?" Mayor Ines Kovac asked.', "promises", "Ines Kovac"),
        ('"Go, Tarn, go!!!" the party leader Ola Berge wrote online.', "Go, Tarn", "Ola Berge"),
        ('"It was a breach," the harbour spokesman, Jon Ernst, said.', "breach", "Jon Ernst"),
        ('"Life is hard," his wife, Maria Lind, wrote to the court.', "Life is hard", "Maria Lind"),
        ('"Growth is all," Velmora Institute\'s Dora Hale said.', "Growth is all", "Dora Hale"),
        ('"It will be close," said one Estmark Democrat.', "It will be close", "Estmark Democrat"),
        ('"I doubt it," Cora Penn, 67, a nurse in Allentown, Pa., said.', "doubt", "Cora Penn"),
        ('"Let me talk," Tarn shot back.', "Let me talk", "Tarn"),
        ('"That was no way to govern," Senator Ola Berge fumed.', "no way", "Ola Berge"),
    ],
)  # fmt: skip
def test_attribution_after_the_quote(paragraph: str, words: str, speaker: str) -> None:
    assert speaker_of(extract(paragraph), words) == speaker


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        # an organisation modifying the title, not the speaker
        ('"The road was never safe," said Estmark Navy 1st Lt. Mira Dovan.', "never safe",
         "Mira Dovan"),
        ('"We lost a week," said Velmora Party chief Ola Berge.', "lost a week", "Ola Berge"),
        # a role with its post-modifier, then the name in apposition
        ('"He was always the loudest," said his oldest friend at Tarn College, Jon Ernst, '
         "who shared a room with him.", "always the loudest", "Jon Ernst"),
        ('"Nobody gave that order," said the harbour chief known as Dima.', "Nobody gave",
         "Dima"),
        # a role alone stays the role
        ('"The gates stay shut," said a harbour spokesman.', "gates stay shut",
         "harbour spokesman"),
    ],
)  # fmt: skip
def test_an_inverted_speaker_phrase_that_goes_on_to_name_someone(
    paragraph: str, words: str, speaker: str
) -> None:
    assert speaker_of(extract(paragraph), words) == speaker


def test_a_sentence_ending_on_its_speech_verb_introduces_the_quote() -> None:
    quotes = extract('Velmora State University\'s Dora Hale agreed. "They are out of time."')
    assert speaker_of(quotes, "out of time") == "Dora Hale"


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ('"We drop it," Harbour News opinion editor Jo Vik told the Beast.', "drop", "Jo Vik"),
        ('"It is a broad law," former FBI agent Tim Gale explained.', "broad law", "Tim Gale"),
        ('"Not us!" Ana Ruiz, the head of Rise Velmora, Tweeted on Friday.', "Not us", "Ana Ruiz"),
        ('"He says many things," Kate Pack, who chairs the Harbour Fund said in a statement.',
         "many things", "Kate Pack"),
        ('"It is a strategy," Nat Sol, the analyst who founded vote.com tweeted on Wednesday.',
         "strategy", "Nat Sol"),
    ],
)  # fmt: skip
def test_speaker_phrases_with_modifiers_and_open_clauses(
    paragraph: str, words: str, speaker: str
) -> None:
    assert speaker_of(extract(paragraph), words) == speaker


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ('As the Post\'s Dora Hale puts it, "The senators are unmoved."', "unmoved", "Dora Hale"),
        ('"Analysts said no," remembered Roy Vell, the former spokesman.', "Analysts", "Roy Vell"),
    ],
)  # fmt: skip
def test_idiomatic_cues(paragraph: str, words: str, speaker: str) -> None:
    assert speaker_of(extract(paragraph), words) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"It is a mistake," Jonas B. Holm Jr., the director of the port authority, said.',
         "Jonas B. Holm Jr."),
        ('"It is a mistake," said retired surgeon Ewa Lind.', "Ewa Lind"),
    ],
)  # fmt: skip
def test_suffixes_before_an_apposition_and_adjectives_before_a_role(
    paragraph: str, speaker: str
) -> None:
    assert speaker_of(extract(paragraph), "It is a mistake") == speaker


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ('"Would it be negotiable for the old town?" Ana Ruiz pressed.', "negotiable", "Ana Ruiz"),
        ('"You know, it happens, right?" Tomas Berg went on, as if he had not heard her.',
         "it happens", "Tomas Berg"),
    ],
)  # fmt: skip
def test_interview_cues(paragraph: str, words: str, speaker: str) -> None:
    assert speaker_of(extract(paragraph), words) == speaker


def test_going_on_is_no_cue() -> None:
    assert extract("The mayor is going on a trip to the coast with the council.") == []


def test_a_transcript_turn_is_its_speakers_quote() -> None:
    quotes = extract(
        "Governor Ada Velt spoke to the harbour radio on Sunday.",
        '"MORRELL: Let us start with the ferry. Will you be at the vote?',
        '"VELT: I will be there, and so will the whole council.',
        '"CORRECTION: An earlier version misspelled a name.',
    )
    host = find_quote(quotes, "start with the ferry")
    assert host.text == "Let us start with the ferry. Will you be at the vote?"
    assert host.speaker is not None and host.speaker.name == "Morrell"
    guest = find_quote(quotes, "whole council")
    assert guest.text.startswith("I will be there")
    assert guest.speaker is not None and guest.speaker.name == "Ada Velt"
    # a label that is a dictionary word names no one
    assert all(q.speaker is None or q.speaker.name != "Correction" for q in quotes)


def test_an_inverted_role_with_a_participle_and_a_name_with_its_firm() -> None:
    quotes = extract(
        '"The odds favour a long term with eight judges," said another leading harbour '
        "lawyer, Andrew J. Pell of the law firm Pell Rask."
    )
    assert speaker_of(quotes, "odds favour") == "Andrew J. Pell"


@pytest.mark.parametrize(
    "sentence",
    [
        '"For the dockers, he is saying the right things" about wages and pensions, said '
        "Marta Kilde, director of the harbour workers' union.",
        '"He can claim it, but it seems very unlikely" that Tamm can catch Ruiz, said Marta '
        "Kilde, a former campaign manager.",
    ],
)
def test_a_quotation_with_the_writers_words_closed_by_an_inverted_attribution(
    sentence: str,
) -> None:
    quotes = extract(sentence)
    assert [q.speaker.name if q.speaker else None for q in quotes if q.direct] == ["Marta Kilde"]
