"""Partial quotes inside reported speech, and reported speech without quotation marks."""

from __future__ import annotations

import pytest
from extract_helpers import extract, find_quote, no_quote_with, regression, speaker_of


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ('Opposition leader Mira Santos accused the minister of "hiding the true cost of the '
         'tunnel from voters."', "hiding the true cost", "Mira Santos"),
        ('Farmers\' union chief Pekka Laine accused the agency of "sleeping through the worst '
         'drought in living memory."', "sleeping through", "Pekka Laine"),
        ('Rolf Ingvar accused Dana Sele of "treating the old town like a car park."',
         "treating the old town", "Rolf Ingvar"),
        regression(
            "verb + capitalised title ('accused Mayor') is read as one role phrase: the mention "
            "'Rolf Ingvar accused Mayor Dana Sele' swallows the verb; no speaker",
            'Rolf Ingvar accused Mayor Dana Sele of "treating the old town like a car park."',
            "treating the old town", "Rolf Ingvar"),
        regression(
            "same cause ('criticised Mayor' read as a role): the quote goes to the OBJECT, "
            "Dana Sele",
            'Rolf Ingvar criticised Mayor Dana Sele, saying the old town "looks like a car '
            'park."', "looks like a car park", "Rolf Ingvar"),
        ('Vera Lund reaffirmed Jakob Holt\'s comments, saying "the reform will not be delayed '
         'again."', "not be delayed", "Vera Lund"),
        ('Carl Ebner reaffirmed the mayor\'s comments, saying "we will not raise the water '
         'tariffs this year."', "water tariffs", "Carl Ebner"),
        ('Ines Vogt echoed Hal Brody\'s warning, saying the storm was "the worst we have seen '
         'in a generation."', "worst we have seen", "Ines Vogt"),
        regression(
            "'echoed Minister Hal Brody's' is read as one mention with the verb inside: no "
            "speaker",
            'Ines Vogt echoed Minister Hal Brody\'s warning, saying the storm was "the worst we '
            'have seen in a generation."', "worst we have seen", "Ines Vogt"),
    ],
)  # fmt: skip
def test_partial_quote_goes_to_the_subject(paragraph: str, words: str, speaker: str) -> None:
    q = find_quote(extract(paragraph), words, direct=True)
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    ("paragraph", "clause", "speaker"),
    [
        ("Rosa Lindgren said that the council would vote on the plan next week.",
         "the council would vote on the plan next week", "Rosa Lindgren"),
        ("Ivo Raskin said he expects the bridge to reopen by the end of the month.",
         "he expects the bridge to reopen by the end of the month", "Ivo Raskin"),
        ("According to Henrik Alm, the new terminal will open in the autumn of next year.",
         "the new terminal will open in the autumn of next year", "Henrik Alm"),
        ("The new terminal will open in the autumn of next year, Henrik Alm said.",
         "The new terminal will open in the autumn of next year", "Henrik Alm"),
        ("Sofia Brandt warned that the reservoir could run dry by August.",
         "the reservoir could run dry by August", "Sofia Brandt"),
        ("Emil Kraus insisted that the contract had been signed legally.",
         "the contract had been signed legally", "Emil Kraus"),
        ("Lena Hart argued that the museum should stay free for schoolchildren.",
         "the museum should stay free for schoolchildren", "Lena Hart"),
        ("Jonas Ekberg denied that he had met the developers before the vote.",
         "he had met the developers before the vote", "Jonas Ekberg"),
        ("Theo Marchal told reporters that the strike would end on Friday.",
         "the strike would end on Friday", "Theo Marchal"),
        ("The port will stay closed until the storm passes, police chief Ewan Rusk said.",
         "The port will stay closed until the storm passes", "Ewan Rusk"),
        regression(
            "a lowercase title word the lexicon lacks ('harbourmaster') before the name blocks "
            "the trailing attribution entirely",
            "The port will stay closed until the storm passes, harbourmaster Ewan Rusk said.",
            "The port will stay closed until the storm passes", "Ewan Rusk"),
    ],
)  # fmt: skip
def test_reported_speech_without_marks(paragraph: str, clause: str, speaker: str) -> None:
    q = find_quote(extract(paragraph), clause)
    assert q.direct is False
    assert q.text == clause
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "Gustav Lindahl ruled out suggestions that he would resign before the election.",
        "Marta Novak believes the harbour will recover within two years.",
        "Erik Solheim decided that the festival would move to the old market square.",
        "Hanna Berg visited the flooded villages along the river on Thursday.",
        "Lars Oberg thinks that the new stadium will never be finished on time.",
        "Mira Santos hoped the vote would take place before the summer break.",
        "Anton Berg signed the agreement in the old town hall on Friday evening.",
        # a speech verb's form read as a noun after a number or a preposition
        "Turnout rose among voters in five states that hold their primaries in March.",
        "The secretary of state cancelled the ferry contract in May.",
        "The senator has campaigned hard in states that vote early.",
    ],
)
def test_non_speech_verbs_give_no_quote(paragraph: str) -> None:
    assert extract(paragraph) == []


def test_reported_and_direct_in_one_paragraph() -> None:
    quotes = extract(
        'Sofia Brandt warned that the reservoir could run dry. "We must act now," she said.'
    )
    assert speaker_of(quotes, "reservoir could run dry", direct=False) == "Sofia Brandt"
    assert speaker_of(quotes, "We must act now", direct=True) == "Sofia Brandt"
    assert no_quote_with(quotes, "Sofia Brandt warned")


@pytest.mark.parametrize(
    ("paragraph", "clause", "reason"),
    [
        ('The ferry will not sail before Friday, as "the channel is still full of ice," '
         "harbour master Ines Calder said.",
         "The ferry will not sail before Friday", "the channel is still full of ice"),
        ('Ines Calder said the ferry would not sail before Friday, because "the channel is '
         'still full of ice."',
         "the ferry would not sail before Friday", "the channel is still full of ice"),
    ],
)  # fmt: skip
def test_a_reason_in_the_speakers_own_words_is_its_own_quote(
    paragraph: str, clause: str, reason: str
) -> None:
    """The reported clause is the reporter's paraphrase; the quoted reason after 'as' or
    'because' is a direct quote of its own, not the clause's tail."""
    quotes = extract(paragraph)
    reported = [q for q in quotes if not q.direct]
    assert [q.text for q in reported] == [clause]
    assert speaker_of(quotes, reason, direct=True) == "Ines Calder"
    assert reported[0].speaker is not None and reported[0].speaker.name == "Ines Calder"


def test_a_quoted_phrase_inside_the_clause_stays_in_it() -> None:
    quotes = extract(
        'Ines Calder said the ferry would sail "as soon as the ice allows" and not before.'
    )
    assert find_quote(quotes, "the ferry would sail", direct=False).text.endswith("not before")


@pytest.mark.parametrize(
    ("paragraph", "clause", "speaker"),
    [
        # decimals are not full stops
        ("Tomas Brevik said inflation had reached 2.5 per cent.",
         "inflation had reached 2.5 per cent", "Tomas Brevik"),
        ("Tomas Brevik said that 2.3 million people had faced acute hunger.",
         "2.3 million people had faced acute hunger", "Tomas Brevik"),
        # a time phrase after the verb is not part of the clause
        ("Orvane Technologies said on Thursday it would cut 1,200 jobs.",
         "it would cut 1,200 jobs", "Orvane Technologies"),
        ("Orvane Technologies said last week it would close two plants.",
         "it would close two plants", "Orvane Technologies"),
        ("Ilse Kovarik told lawmakers on Tuesday she would not raise taxes.",
         "she would not raise taxes", "Ilse Kovarik"),
        ("Ilse Kovarik said May would be a difficult month.",
         "May would be a difficult month", "Ilse Kovarik"),
        # no "that": irregular past tenses, bare nouns with a phrase, a relative clause
        ("Tomas Brevik said the company lost money last year.",
         "the company lost money last year", "Tomas Brevik"),
        ("Tomas Brevik said prices rose sharply.", "prices rose sharply", "Tomas Brevik"),
        ("Signe Aalto said prices in the capital were rising.",
         "prices in the capital were rising", "Signe Aalto"),
        ("Ilse Kovarik said the budget, which was published on Monday, would cut taxes.",
         "the budget, which was published on Monday, would cut taxes", "Ilse Kovarik"),
    ],
)  # fmt: skip
def test_reported_clause_shapes_of_wire_copy(paragraph: str, clause: str, speaker: str) -> None:
    quotes = [q for q in extract(paragraph) if not q.direct]
    assert [q.text for q in quotes] == [clause]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "He said goodbye to the crowd and left.",
        "She said sorry to the families who lost relatives.",
        # a verb with its own object or infinitive does not report the words before it
        "In her 2004 memoir, Harbour Lights, Ines Vogt noted the clot's existence.",
        "Eight months later, when the mayor won the primary, Orvale Press agreed to "
        "republish the book as a paperback.",
        "In a newspaper essay last week, Clara Weiss acknowledged their uphill battle.",
    ],
)
def test_an_object_after_said_is_no_clause(paragraph: str) -> None:
    assert extract(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Stefan Adler said the talks had been useful, but he warned that his party would not "
         "back the budget.",
         [("the talks had been useful", "Stefan Adler"),
          ("his party would not back the budget", "Stefan Adler")]),
        ("Stefan Adler said the talks had been useful but warned that his party would not back "
         "the budget.",
         [("the talks had been useful", "Stefan Adler"),
          ("his party would not back the budget", "Stefan Adler")]),
        ("Stefan Adler said the talks had been useful and Ilse Kovarik said more work was "
         "needed.",
         [("the talks had been useful", "Stefan Adler"), ("more work was needed", "Ilse Kovarik")]),
        ("Abena Mensah said talks could resume next month and that both sides wanted a deal.",
         [("talks could resume next month and that both sides wanted a deal", "Abena Mensah")]),
        # "and" before the clause has a verb joins two subjects, and a participle after
        # "or" is no second attribution
        ("Ivo Dahl said both he and Mira Santos promised to fight the toll, but only he kept "
         "his word.",
         [("both he and Mira Santos promised to fight the toll, but only he kept his word",
           "Ivo Dahl")]),
        ("Lena Roos said she has no problem with mayors or council members criticizing the "
         "harbour board.",
         [("she has no problem with mayors or council members criticizing the harbour board",
           "Lena Roos")]),
        # a speech verb after a modal is no attribution: the clause goes on
        ("Ana Berg said the port would focus on repairs, and would continue to help the "
         "fishermen.",
         [("the port would focus on repairs, and would continue to help the fishermen",
           "Ana Berg")]),
    ],
)  # fmt: skip
def test_a_second_attribution_ends_the_clause(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    quotes = [q for q in extract(paragraph) if not q.direct]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected


def test_a_role_after_a_preposition_is_not_an_apposition_of_the_next_name() -> None:
    quotes = extract(
        "More than two million voters turned out to choose a candidate for mayor, Halvorsen said."
    )
    q = find_quote(quotes, "two million voters")
    assert q.speaker is not None and q.speaker.name == "Halvorsen"


def test_attribution_inside_the_clause_leaves_one_statement() -> None:
    quotes = extract(
        "Councillor Dana Whitlock spoke after the vote.",
        "Cutting the budget so early, she said, would hurt the poorest districts first.",
    )
    assert [q.text for q in quotes] == [
        "Cutting the budget so early, she said, would hurt the poorest districts first"
    ]
    assert not quotes[0].direct
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Dana Whitlock"


@pytest.mark.parametrize(
    "sentence",
    [
        "In the end, Mr. Dahl said, dock workers almost always vote for the harbour party.",
        "The bigger risk, she said, is a clash between the two fishing fleets.",
        "Back in Brackwater, Mr. Dahl said, he decided to run for the council.",
        "All of this, she acknowledges, could be undone at the ballot box.",
        "This campaign, he says, is different.",
    ],
)
def test_fronted_words_stay_with_the_clause_the_attribution_interrupts(sentence: str) -> None:
    quotes = extract("Councillor Ivo Dahl and Mayor Ana Ruiz spoke after the vote.", sentence)
    assert [q.text for q in quotes] == [sentence.rstrip(".")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"You bet I would," Ivo Dahl said when asked whether he would close the bridge.',
        '"The harbour is the heart of this town," Ana Ruiz said at the college as she sat '
        "down with the fishermen.",
    ],
)
def test_an_adverbial_clause_after_said_is_no_quote(sentence: str) -> None:
    assert [q.direct for q in extract(sentence)] == [True]


def test_a_contracted_pronoun_opens_a_reported_clause() -> None:
    quotes = extract("Teodor Vasic says he's expecting two rivals to quit the race.")
    q = find_quote(quotes, "expecting two rivals")
    assert q.speaker is not None and q.speaker.name == "Teodor Vasic"


def test_a_clause_before_according_to_is_the_sources() -> None:
    quotes = extract(
        "Ferry traffic fell by a third over the winter, according to the Port Authority."
    )
    q = find_quote(quotes, "Ferry traffic fell by a third")
    assert not q.direct and q.speaker is not None and q.speaker.name == "Port Authority"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Half of his harbour advice is unsound — or flat out wrong — according to the "
         "Port Authority.", "Half of his harbour advice is unsound — or flat out wrong"),
        ("Ferry traffic fell by a third – according to the Port Authority – over the winter.",
         "Ferry traffic fell by a third"),
    ],
)  # fmt: skip
def test_a_dash_may_set_off_according_to(sentence: str, clause: str) -> None:
    q = find_quote(extract(sentence), clause)
    assert q.text == clause and not q.direct
    assert q.speaker is not None and q.speaker.name == "Port Authority"


def test_unnamed_people_are_a_source() -> None:
    quotes = extract("The plant will close in May, according to two people familiar with the plan.")
    q = find_quote(quotes, "plant will close in May")
    assert q.speaker is not None and "people" in q.speaker.name


def test_a_bare_clause_after_said() -> None:
    quotes = extract("Senator Ona Brekke said the donations call her judgment into doubt.")
    q = find_quote(quotes, "donations call her judgment")
    assert q.speaker is not None and q.speaker.name == "Ona Brekke"


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are ready," said Ana Ruiz, the harbour chief of the northern district.',
        "The figures are worrying, said Ana Ruiz, an economist at the central bank.",
        "The harbour uses the same photo over and over again, said Ana Ruiz, the director of "
        "Ruiz Media Group, which tracks harbour traffic.",
        "The mayor warned the council not to sell the pier, said an official who was briefed "
        "on the talks by Ana Ruiz.",
    ],
)
def test_the_speaker_after_said_is_not_a_clause(sentence: str) -> None:
    quotes = extract(sentence)
    assert all("Ruiz" not in q.text for q in quotes)


def test_a_name_after_said_starts_the_clause_when_the_subject_came_before() -> None:
    quotes = extract(
        "But pollster Andy Morell said Ivo Dahl, despite his wealth, is better placed to win "
        "the harbour vote than his rival was."
    )
    q = find_quote(quotes, "despite his wealth")
    assert q.text.startswith("Ivo Dahl, despite his wealth, is better placed")
    assert q.speaker is not None and q.speaker.name == "Andy Morell"


def test_an_object_pronoun_after_said_is_no_clause() -> None:
    quotes = extract(
        "Governor Ivo Dahl tried to walk back his comments a day after he said them, but not "
        "before the damage was done."
    )
    assert quotes == []


@pytest.mark.parametrize(
    ("paragraph", "clause", "speaker"),
    [
        ("The ferry will run again in May, the operator said on Friday.",
         "The ferry will run again in May", "operator"),
        ("The ferry will run again in May, Ana Ruiz told reporters.",
         "The ferry will run again in May", "Ana Ruiz"),
        ("The ferry will run again in May, Ana Ruiz said last week.",
         "The ferry will run again in May", "Ana Ruiz"),
        ("The ferry will run again in May, Ana Ruiz wrote in a letter to residents.",
         "The ferry will run again in May", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_a_trailing_attribution_with_a_phrase_after_its_verb(
    paragraph: str, clause: str, speaker: str
) -> None:
    q = find_quote(extract(paragraph), clause)
    assert q.text == clause
    assert (q.speaker.name if q.speaker else "").lower() == speaker.lower()


def test_a_time_phrase_after_said_is_not_a_clause() -> None:
    quotes = extract('"The work is not over," the prime minister said later at a news conference.')
    assert [q.text for q in quotes] == ["The work is not over"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cora Lind, a former head of the New Estmark Labour Party, said the plan would fail.",
        "Cora Lind, at a town hall in Port Linnet, Velmora, said the plan would fail.",
        "Cora Lind, chair of Harbour Partners, the fund's lending arm, said the plan would fail.",
    ],
)
def test_the_subject_stands_before_all_the_appositions(sentence: str) -> None:
    assert speaker_of(extract(sentence), "plan would fail") == "Cora Lind"


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("Others, however, say a recalibration is overdue.", "recalibration", "others"),
        ("Before the closure, most of them said they had loved the work.", "loved", "most of them"),
        ("The effects are hard to judge, many economists say, because the rise is new.",
         "effects are hard", "many economists"),
        ("Ana Ruiz, a spokeswoman, said the decision to sell the port had nothing to do with it.",
         "decision to sell", "Ana Ruiz"),
        ("Ms. Ana Ruiz said the 'extraordinary measures' she used were unsustainable.",
         "she used were unsustainable", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_more_reported_subjects_and_clauses(paragraph: str, words: str, speaker: str) -> None:
    assert speaker_of(extract(paragraph), words) == speaker


def test_an_infinitive_is_not_a_speech_act() -> None:
    quotes = extract("Prices are difficult to predict in a war, the harbour chief Ana Ruiz said.")
    assert speaker_of(quotes, "difficult to predict") == "Ana Ruiz"


def test_a_person_in_an_apposition_chain_speaks_for_it() -> None:
    quotes = extract(
        "As the VN site wrote, the spokeswoman of the Velmora ministry, Ana Ruiz, regarding "
        "the vote, said that the plan would fail."
    )
    assert speaker_of(quotes, "plan would fail") == "Ana Ruiz"


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("Ruiz drew well among dock workers in the spring vote, said professor Ola Berge.",
         "drew well among dock workers", "Ola Berge"),
        ('"This will be a test" for the mayor, said Kunin.', "This will be a test", "Kunin"),
        ("Sen. Tomas Eide (Tex.) has said that he would close the port.", "close the port",
         "Tomas Eide"),
    ],
)  # fmt: skip
def test_inverted_attribution_after_a_clause(paragraph: str, words: str, speaker: str) -> None:
    assert speaker_of(extract(paragraph), words) == speaker


def test_a_partial_quote_takes_its_statements_speaker() -> None:
    quotes = extract('"This will be a test" for the mayor, said Kunin.')
    q = find_quote(quotes, "This will be a test", direct=True)
    assert q.speaker is not None and q.speaker.name == "Kunin"


@pytest.mark.parametrize(
    "sentence",
    [
        "The basin board, which includes both countries, said it had received the request.",
        "Ana Ruiz, spokeswoman for the ministry, told reporters that the team would grow.",
    ],
)
def test_a_subject_before_the_comma_is_no_inversion(sentence: str) -> None:
    quotes = extract(sentence)
    assert all(not q.text.startswith(("The basin board", "Ana Ruiz")) for q in quotes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sen. Ola Berge (R-Ohio), another vulnerable incumbent, said the plan would fail.",
        "Ola Berge, head of Velmora Nurses United, a union, also said the plan would fail.",
    ],
)
def test_appositions_after_party_labels_and_before_fillers(sentence: str) -> None:
    assert speaker_of(extract(sentence), "plan would fail") == "Ola Berge"


def test_a_clause_after_say_is_not_skipped_to_a_later_that() -> None:
    """'said he saw no sign in the audit that ...': the clause starts at "he", and the
    "that" after the noun is the noun's own complement."""
    quotes = extract("Ana Ruiz said she saw no sign in the audit that the money had gone missing.")
    q = find_quote(quotes, "she saw no sign")
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"
    assert q.text.endswith("gone missing")


@pytest.mark.parametrize(
    "sentence",
    [
        # "State", "Says" capitalised mid-sentence are parts of names and headlines
        "Secretary of State Ana Ruiz is reminding the campaign about the harbour rules.",
        "Ruiz Says Her Harbour Plan Will Save The Old Town From The Sea",
        # the sentence opens with a poll, not a person: 'The Rask poll also suggests ...'
        "The Rask poll also suggests that voters in the valley have not made up their minds.",
        # a finite verb before the speech verb: the opener is not its subject
        "Supporters of the mayor rallied outside, and some said nothing at all to reporters.",
    ],
)
def test_no_speaker_from_names_polls_or_earlier_clauses(sentence: str) -> None:
    speakers = {q.speaker.name for q in extract(sentence) if q.speaker}
    assert not speakers & {"Ana Ruiz", "Ruiz", "Rask", "Supporters"}


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("Ana Ruiz now says, however, that the port will stay open.", "port will stay open",
         "Ana Ruiz"),
        ("Tomas Berg says, win or lose on Tuesday, he is staying in the race.",
         "he is staying in the race", "Tomas Berg"),
        ("Ana Ruiz said on Radio Velm, where she is a regular guest, that the fees would fall.",
         "fees would fall", "Ana Ruiz"),
        ("Several factors make a recount unlikely, Tomas Berg said: the margin is far too wide.",
         "margin is far too wide", "Tomas Berg"),
        ("As The Valley Post reported, the two ministers were discussing a new bridge.",
         "ministers were discussing", "Valley Post"),
        ("But as Ana Ruiz points out in her column, doing interviews gives the mayor an edge.",
         "doing interviews gives", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_clauses_after_parentheticals_colons_and_as_clauses(
    sentence: str, words: str, speaker: str
) -> None:
    assert speaker_of(extract(sentence), words) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan failed in the end, as Ana Ruiz said it would.",
        "Prices rose, as the central bank said on Monday, but wages fell.",
    ],
)
def test_an_as_clause_inside_the_sentence_opens_no_clause_after_it(sentence: str) -> None:
    assert no_quote_with(extract(sentence), "wages fell")
    assert no_quote_with(extract(sentence), "it would")


def test_according_to_inside_the_sentence_leaves_one_statement() -> None:
    sentence = (
        "At the heart of the dispute, according to Dana Holm, a former envoy, was a decision "
        "by the mayor to close the port."
    )
    quotes = extract(sentence)
    assert [q.text for q in quotes] == [sentence.rstrip(".")]
    assert speaker_of(quotes, "decision by the mayor") == "Dana Holm"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Few towns require such deals, according to Jon Weer, a strategist who advised the "
         "mayor.", "Few towns require such deals"),
        ("One ferry sank last year, according to the port authority, and there were only "
         "eight accidents.", "One ferry sank last year"),
    ],
)  # fmt: skip
def test_according_to_after_the_clause(sentence: str, words: str) -> None:
    quotes = extract(sentence)
    assert speaker_of(quotes, words) is not None
    assert no_quote_with(quotes, "strategist who advised") and no_quote_with(quotes, "eight")


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # a US state in an apposition is a place, not the speaker
        ("Stacy Berg of Columbia, South Carolina says she thinks the mayor can still win.",
         "mayor can still win", "Stacy Berg"),
        ("Vice President Ana Ruiz, who was to travel to Columbus, Ohio, on Wednesday, said "
         "the rules touched on a core issue.", "rules touched on a core issue", "Ana Ruiz"),
        # a clause ends where another attribution starts: ', Jamieson said ...'
        ("While not everything the mayor says is true, Kay Jamieson said the mayor is telling "
         "his voters what they want to hear.", "telling his voters", "Kay Jamieson"),
    ],
)  # fmt: skip
def test_places_and_later_attributions_are_not_the_speaker(
    sentence: str, words: str, speaker: str
) -> None:
    assert speaker_of(extract(sentence), words) == speaker


def test_a_relative_clause_with_say_does_not_end_the_clause() -> None:
    quotes = extract("Ana Ruiz said the plan, which critics say is flawed, will pass in May.")
    assert find_quote(quotes, "the plan").text.endswith("will pass in May")


def test_a_past_verb_after_a_pronoun_opens_the_clause() -> None:
    quotes = extract("The Velm Boat Company reported it sold 40 boats in the quarter.")
    assert find_quote(quotes, "it sold 40 boats").speaker is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz said the port would reopen in May, while the ferry line would stay shut.",
        "Ana Ruiz said the port would reopen in May, after the dredging is finished.",
    ],
)
def test_a_subordinate_clause_after_a_comma_stays_in_the_statement(sentence: str) -> None:
    q = find_quote(extract(sentence), "port would reopen")
    assert q.text.endswith(("stay shut", "is finished"))


def test_a_speech_noun_after_an_article_is_no_cue() -> None:
    quotes = extract(
        "Preceded at the lectern by Sheriff Ivo Dahl, Ana Ruiz launched into a lament for the "
        '"forgotten towns" of the valley.'
    )
    assert all(q.speaker is None or q.speaker.name != "Preceded" for q in quotes)


def test_an_outlet_reporting_an_attribution_is_no_statement() -> None:
    quotes = extract(
        "The bridge will close in May.",
        "This was stated by Mayor Ana Ruiz after a meeting with the council, the Valley Post "
        "reports.",
    )
    assert no_quote_with(quotes, "This was stated")
    assert speaker_of(quotes, "bridge will close") == "Ana Ruiz"


def test_a_quotation_closed_on_a_comma_ends_a_comma_block() -> None:
    quotes = extract(
        'Tomas Berg, citing "the quiet strength of the harbour towns," said the mayor could '
        "still win the valley."
    )
    assert speaker_of(quotes, "mayor could still win", direct=False) == "Tomas Berg"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz went on to say she is confident the two towns will do great things.",
        "Ana Ruiz continued to say the two towns will do great things together.",
    ],
)
def test_went_on_to_say(sentence: str) -> None:
    assert speaker_of(extract(sentence), "great things") == "Ana Ruiz"


def test_declined_to_say_is_no_statement() -> None:
    assert extract("The mayor declined to say whether the port would reopen in May.") == []


def test_a_speech_verb_inside_a_subordinate_clause_does_not_end_the_clause() -> None:
    quotes = extract(
        "Ana Ruiz said the mayor could lose not only because he backed the tunnel but also "
        "because he denied the fishermen a hearing."
    )
    q = find_quote(quotes, "mayor could lose", direct=False)
    assert q.text.endswith("denied the fishermen a hearing")


@pytest.mark.parametrize(
    "sentence",
    [
        "One of his advisers, Tad Morell, told reporters that the mayor would not resign.",
        "In a statement, one of the family's lawyers, Tad Morell, said the video shows the "
        "driver leaving his car calmly.",
        "A spokesman for the harbour board, Tad Morell, said the pier would stay closed.",
    ],
)
def test_a_name_set_off_before_the_verb_names_the_role(sentence: str) -> None:
    quotes = [q for q in extract(sentence) if not q.direct]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Tad Morell"]


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        # an apposition and a relative clause before the verb; the noun phrase after it
        # is the clause's subject, not an inverted speaker
        (["Hanne Volk, a former director of the Velmora Harbour Party, whose roots are in "
          "the fishing towns, said the harbour base was angry about the new tolls."],
         "harbour base was angry", "Hanne Volk"),
        # a conjunction opening the sentence
        (["But Ivo Dahl, acting director of Harbour Watch, which wrote the letter, said the "
          "mayor's answer was undercut by her ties to the builders."],
         "mayor's answer was undercut", "Ivo Dahl"),
        # a party label whose last full stop is left out
        (["Rep. Ivo Dahl (D-N.Y) said the council had called on members to stay united."],
         "called on members", "Ivo Dahl"),
        # a role word that is the surname of someone the article named
        (["Tennis great Mira Jean Bishop spoke at the memorial.",
          "Bishop says the champion had talked the talk and walked the walk."],
         "talked the talk", "Mira Jean Bishop"),
    ],
)  # fmt: skip
def test_subjects_before_long_appositions(paragraphs: list[str], words: str, speaker: str) -> None:
    assert speaker_of(extract(*paragraphs), words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # a participle after "with" or a dash and a name: the name is its subject
        ("The fire sparked a debate over how the city responds, with Senator Jon Makin "
         "telling reporters on Thursday he viewed the mayor as directly responsible.",
         "viewed the mayor", "Jon Makin"),
        # an apposition set off by dashes; the listener of "told" never speaks
        ("In an interview, Deborah Ray - his co-host on the harbour channel - told The "
         "Harbour Post that his doubts turned to anger around 2002.",
         "doubts turned to anger", "Deborah Ray"),
        ("Reached by phone on Tuesday, Joyce Amari — who is listed as an attorney but does "
         "not practise — told The Harbour Post she is not planning an appeal.",
         "not planning an appeal", "Joyce Amari"),
    ],
)  # fmt: skip
def test_absolute_participles_and_dashed_appositions(
    sentence: str, words: str, speaker: str
) -> None:
    assert speaker_of(extract(sentence), words) == speaker


def test_a_named_participle_after_and_ends_the_clause() -> None:
    quotes = extract(
        "Both men issued a statement - Rolf Ryan saying he was very encouraged and Tomas "
        "Berg calling it a turning point for the harbour."
    )
    assert find_quote(quotes, "he was very encouraged").text == "he was very encouraged"


def test_a_name_before_an_apposition_left_open_is_the_subject() -> None:
    quotes = extract(
        "Anton Vell, president and chief executive of the Harbour Restaurant Association "
        "stated, “It is not a political problem; it is a math problem.”"
    )
    assert speaker_of(quotes, "math problem") == "Anton Vell"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("Mayor Lina Oster is arguing that the harbour toll cannot be raised again.",
         "harbour toll cannot be raised", "Lina Oster"),
        ("Tomas Berg has been saying for weeks that the ferry will close in June.",
         "ferry will close in June", "Tomas Berg"),
        ("Residents are worried, while Petra Ilves is insisting the bridge is safe for lorries.",
         "bridge is safe for lorries", "Petra Ilves"),
    ],
)  # fmt: skip
def test_speech_verbs_in_the_progressive_are_finite(
    sentence: str, words: str, speaker: str
) -> None:
    """'is arguing that ...': be + -ing is the verb in the progressive, not a passive or a
    participle hanging on another verb."""
    assert speaker_of(extract(sentence), words) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour fund has spent $4 million on mailings, according to Harbour Board filings.",
        "Vessar leads by 9 points in the north, according to the Daily Gull polling average.",
        "Brackwater had two robberies in 2014, according to the city police data.",
        "Most voters backed the toll, according to a Harbour TV survey conducted in May.",
        "Most voters backed the toll, according to a Daily Gull/Harbour TV poll released Friday.",
    ],
)
def test_a_clause_according_to_data_is_no_ones_words(sentence: str) -> None:
    """Figures 'according to' filings, polls or data: no one said them."""
    assert extract(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a partial quotation inside the clause: reported speech all the same
        ('The port is paying "dozens" of dockers to work nights, according to harbour '
         "master Jon Weer.", "paying"),
        # a short lead before the source: the clause after it is what was said
        ("In addition, according to Jon Weer, nearly nine hundred more dockers will be "
         "covered by the new contract.", "nine hundred more dockers"),
        ("For the mayor, according to Jon Weer, Monday's vote is a test of her coalition.",
         "Monday's vote is a test"),
    ],
)  # fmt: skip
def test_according_to_inside_or_around_the_clause(sentence: str, words: str) -> None:
    quotes = extract(sentence)
    assert speaker_of(quotes, words) == "Jon Weer"
    assert no_quote_with(quotes, "In addition") and no_quote_with(quotes, "For the mayor")


def test_a_poll_named_after_an_outlet_is_data() -> None:
    """'Associated' is part of the poll's name, not a participle after its head."""
    sentence = (
        "Most voters backed the toll, according to an Associated Harbour poll released Friday."
    )
    assert extract(sentence) == []


def test_a_clause_according_to_a_statement_keeps_its_source() -> None:
    quotes = extract(
        "The ferry will run again on Monday, according to a statement from the Harbour Board."
    )
    assert speaker_of(quotes, "ferry will run again") == "Harbour Board"


@pytest.mark.parametrize(
    ("paragraph", "not_a_quote"),
    [
        ('"We can still win on Tuesday," said Dana Sele as she left the stage.',
         "Dana Sele as she left"),
        ('"The account started it," said one official who spoke on condition of anonymity.',
         "one official who spoke"),
        ("The harbour has more pull than the capital, says economist Ivo Tamm in Vessa.",
         "economist Ivo Tamm in Vessa"),
        ('"I am supporting Lina Oster," Tia Moor said and quickly hung up.', "quickly hung up"),
        ("In a speech last July, Ivo Tamm said:\n\n\"The harbour is ours.\"",
         "In a speech last July"),
        ("Sales were great, Ivo Tamm said, wiping sweat off his face.", "wiping sweat"),
    ],
)  # fmt: skip
def test_what_surrounds_an_attribution_is_not_reported_speech(
    paragraph: str, not_a_quote: str
) -> None:
    """The speaker phrase after an inverted verb, a second verb of the speaker, a lead-in
    before a colon and a participle of what the speaker did are nobody's words."""
    assert no_quote_with(extract(*paragraph.split("\n\n")), not_a_quote)


def test_a_gerund_subject_after_the_attribution_is_the_clause() -> None:
    quotes = extract(
        "Ivo Tamm ran the port for years.",
        "The last handover was smooth, he said, replacing the mayor would be much harder.",
    )
    q = find_quote(quotes, "replacing the mayor")
    assert (
        q.text == "The last handover was smooth, he said, replacing the mayor would be much harder"
    )
    assert speaker_of(quotes, "replacing the mayor") == "Ivo Tamm"


def test_the_particle_of_a_phrasal_speech_verb_is_not_in_the_clause() -> None:
    quotes = extract("Rolf Ryan went with the odds, pointing out that Vessa would win the cup.")
    assert find_quote(quotes, "Vessa would win").text == "Vessa would win the cup"


@pytest.mark.parametrize(
    ("sentence", "statement", "speaker"),
    [
        ("Ivo Tamm also called Vessa voters “stupid” for supporting Lina Oster.",
         "Vessa voters “stupid” for supporting Lina Oster", "Ivo Tamm"),
        ("Tia Moor accused the agencies of “overclassification run amok.”",
         "the agencies of “overclassification run amok.”", "Tia Moor"),
        ("Dana Sele says “the wind is at our backs” despite her loss in the north.",
         "“the wind is at our backs” despite her loss in the north", "Dana Sele"),
        # after an apposition, an owner after the verb is what the words are about
        ("Dana Sele, a senior adviser to the mayor, called Mr. Tamm's plan “a true wake-up "
         "call” to the harbour.", "Mr. Tamm's plan “a true wake-up call” to the harbour",
         "Dana Sele"),
    ],
)  # fmt: skip
def test_a_partial_quotation_keeps_the_words_it_was_said_about(
    sentence: str, statement: str, speaker: str
) -> None:
    """'called X "Y"': the verb's complement is a reported statement holding the partial
    quotation, which stays a direct quote of its own."""
    quotes = extract(sentence)
    reported = [q for q in quotes if not q.direct]
    assert [q.text for q in reported] == [statement]
    assert reported[0].speaker is not None and reported[0].speaker.name == speaker
    assert any(q.direct and q.text in statement for q in quotes)


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will reopen the pier," Ivo Tamm said on Harbour TV\'s "State of the Port."',
        '"We will reopen the pier," Ivo Tamm told Harbour TV\'s "Morning Tide" on Monday.',
    ],
)
def test_a_programme_in_marks_after_the_verb_is_no_statement(sentence: str) -> None:
    assert [q.text for q in extract(sentence) if not q.direct] == []


@pytest.mark.parametrize(
    ("sentence", "statement", "speaker"),
    [
        ("Just a few weeks ago, as the Harbour Post reported, Tamm and Oster were discussing "
         "a plan.", "Tamm and Oster were discussing a plan", "Harbour Post"),
        ("There will be trouble, and as Ivo Tamm noted, people involved in the case could "
         "still be punished.", "people involved in the case could still be punished",
         "Ivo Tamm"),
        ("(As the Harbour Post first reported, Lina Oster voiced support for the war in "
         "2002.)", "Lina Oster voiced support for the war in 2002", "Harbour Post"),
    ],
)  # fmt: skip
def test_an_as_clause_set_in_the_sentence_attributes_the_main_clause(
    sentence: str, statement: str, speaker: str
) -> None:
    quotes = extract(sentence)
    assert find_quote(quotes, statement).text == statement
    assert speaker_of(quotes, statement) == speaker


def test_an_as_clause_after_the_main_clause_does_not_take_what_follows() -> None:
    assert extract("Prices rose, as Ivo Tamm said, but wages did not.") == []


def test_a_negated_auxiliary_ends_a_bare_reported_subject() -> None:
    quotes = extract("Kai Rask also suggested Vessa politicians don’t fully understand the port.")
    assert speaker_of(quotes, "politicians don’t fully understand") == "Kai Rask"


def test_a_passive_that_is_no_attribution_does_not_stop_a_parenthetical_one() -> None:
    """'This was stated by X, Pravda reports' stays out; 'be charged' is no such passive."""
    quotes = extract(
        "After being told he would be charged, police said, Makin voluntarily went to police "
        "headquarters."
    )
    assert speaker_of(quotes, "Makin voluntarily went") == "police"


def test_a_word_mentioned_in_marks_is_no_partial_quotation() -> None:
    """'the word "peace"' names a word; a complement holding only that is no statement
    built around the speaker's words."""
    quotes = extract(
        'Tamm also criticised the harbour towns for not mentioning the word "peace" in the '
        "talking points for the summit, but constantly talking about war."
    )
    assert [q.text for q in quotes if not q.direct] == []


def test_a_clause_closed_by_a_quotation_before_an_inverted_verb_is_reported() -> None:
    """'X failed and "should have acted sooner," said Y': the writer's words with the
    quotation that closes them are Y's statement; the quotation is a direct quote too."""
    quotes = extract(
        "Vessa failed to find the cell in the old town and ''should possibly have acted "
        "sooner,'' said Ralf Jager, the minister."
    )
    statement = find_quote(quotes, "Vessa failed to find the cell")
    assert statement.text.startswith("Vessa failed") and "acted sooner" in statement.text
    assert speaker_of(quotes, "Vessa failed to find the cell") == "Ralf Jager"
    assert find_quote(quotes, "should possibly have acted sooner", direct=True)


@pytest.mark.parametrize(
    ("paragraph", "not_a_quote"),
    [
        ('"We have had better conventions," Vessa delegate Jon Makin said matter-of-factly as '
         'confetti fell around the "Lina Oster" banner.', "matter-of-factly"),
        ("Rask comes in second, with 22 percent saying they would definitely not support him.",
         "would definitely not support"),
    ],
)  # fmt: skip
def test_how_and_when_it_was_said_and_poll_shares_are_no_statement(
    paragraph: str, not_a_quote: str
) -> None:
    assert no_quote_with(extract(paragraph), not_a_quote)


@pytest.mark.parametrize("date", ["Dec. 28", "Sept. 3", "Jan. 5"])
def test_an_abbreviated_month_does_not_end_the_clause(date: str) -> None:
    quotes = extract(
        f"The officials said the harbour master's {date} meeting with Ana Ruiz was "
        "scheduled two weeks ago."
    )
    assert find_quote(quotes, "was scheduled two weeks ago").text.startswith("the harbour")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The budget office said about half of the ferry subsidy went to fuel costs.",
         "about half of the ferry subsidy"),
        ("Ana Ruiz said nearly 40 percent of the dockers were on strike.",
         "nearly 40 percent of the dockers"),
        ("Ana Ruiz warned around two thousand jobs could go.", "around two thousand jobs"),
        ("The Harbour Gazette reported at least six ferries sailed empty on Monday.",
         "at least six ferries"),
        ("Ivo Dahl said more than 200 people had signed the petition.",
         "more than 200 people"),
    ],
)  # fmt: skip
def test_an_approximate_number_opens_the_clause(sentence: str, words: str) -> None:
    assert find_quote(extract(sentence), words).text.startswith(words)


def test_a_clause_before_a_parenthetical_attribution_and_a_joined_quotation() -> None:
    quotes = extract(
        "Ferry crews are vetted to make sure they hold a licence, Ivo Tamm said, but "
        '"we don\'t ask them where they trained."'
    )
    reported = find_quote(quotes, "Ferry crews are vetted")
    assert not reported.direct and reported.speaker is not None
    assert reported.speaker.name == "Ivo Tamm" and "trained" not in reported.text
    assert speaker_of(quotes, "where they trained") == "Ivo Tamm"


def test_a_comma_after_that_opens_the_clause() -> None:
    quotes = extract(
        "Harbour officials say that, even if they wanted one, a recount of the dock vote "
        "could not be done."
    )
    q = find_quote(quotes, "could not be done")
    assert q.text.startswith("even if they wanted one") and q.speaker is not None
    assert q.speaker.name.lower() == "harbour officials"


def test_a_coordinated_clause_after_the_attribution_is_the_writers() -> None:
    quotes = extract(
        '"He really does love us," Vera Lund said, and soon, the balloons were dropping and '
        "the band was playing."
    )
    assert speaker_of(quotes, "He really does love us") == "Vera Lund"
    assert no_quote_with(quotes, "balloons were dropping")


@pytest.mark.parametrize(
    "sentence",
    [
        # a heading in capitals before it is no speaker either
        "SAVE A QUARTER Let's say you think a degree at the harbour college will cost "
        "$160,000 by 2040.",
        "Say the ferry stops running in winter and the island runs out of fuel.",
    ],
)
def test_a_supposition_with_say_is_no_ones_words(sentence: str) -> None:
    assert extract(sentence) == []


def test_a_speech_noun_after_a_name_opened_by_an_article_is_no_verb() -> None:
    quotes = extract(
        "A Harbour Audit Office report released last year found that the fund could not "
        "account for the money."
    )
    assert all(q.speaker is None or q.speaker.name != "Harbour Audit Office" for q in quotes)
    assert no_quote_with(quotes, "released last year")


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        ('"The outlook remains very unclear," the Harbour Board report stated.',
         "outlook remains"),
        ("The Harbour Board statement said the ferry would run again in May.",
         "ferry would run again"),
    ],
)  # fmt: skip
def test_a_document_speaks_for_the_body_that_issued_it(paragraph: str, words: str) -> None:
    assert speaker_of(extract(paragraph), words) == "Harbour Board"


def test_a_post_on_a_site_is_not_the_site_speaking() -> None:
    quotes = extract("Ana Ruiz in a Medium post said she would put more judges on the bench.")
    assert speaker_of(quotes, "more judges") == "Ana Ruiz"


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        ("Ana Ruiz bragged that the ferry had never once been late under her watch.",
         "never once been late"),
        ('Ana Ruiz later blamed the delay on a "worn-out engine" in the old ferry.',
         "worn-out engine"),
        ('"Get off my dock," Ana Ruiz barked.', "Get off my dock"),
        ('"We will win this," Ana Ruiz boomed from the stage.', "We will win this"),
    ],
)  # fmt: skip
def test_less_common_speech_verbs(paragraph: str, words: str) -> None:
    assert speaker_of(extract(paragraph), words) == "Ana Ruiz"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a possessive determiner and an apposition between the clause and the verb
        ("The mayor remains committed to the tunnel, her top aide, Ivo Tamm, told the "
         "Harbour Gazette.", "Ivo Tamm"),
        # an adjective between the article and the name
        ("Deficits will rise again this year, the nonpartisan Harbour Budget Office "
         "reported on Tuesday.", "Harbour Budget Office"),
        # a place name after "a" modifies the role, it names no one
        ("The pilot was kind and careful, a Brackwater airport official said.",
         "Brackwater airport official"),
    ],
)  # fmt: skip
def test_trailing_attributions_with_longer_speaker_phrases(sentence: str, speaker: str) -> None:
    quotes = extract(sentence)
    assert len(quotes) == 1 and not quotes[0].direct
    assert quotes[0].speaker is not None and quotes[0].speaker.name == speaker
    assert not quotes[0].text.endswith(("her", ","))


def test_a_modal_before_the_verb_is_no_trailing_attribution() -> None:
    quotes = extract(
        "Voters learned again that no matter the setting, Ivo Tamm will insist on being Ivo Tamm."
    )
    assert quotes == []


def test_that_opening_a_relative_clause_after_a_phrase_is_no_complementiser() -> None:
    quotes = extract(
        '"We are in a critical situation," Ana Ruiz told reporters after the long meeting '
        "that was held on a ferry."
    )
    assert speaker_of(quotes, "critical situation") == "Ana Ruiz"
    assert no_quote_with(quotes, "held on a ferry")


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 3, during a campaign stop at the harbour, the candidate boasted of his "
        "negotiating skills.",
        "Morale has suffered, employees complain of the director's silence.",
    ],
)
def test_a_verb_with_an_of_object_is_no_trailing_attribution(sentence: str) -> None:
    assert extract("Ivo Tamm runs the harbour.", sentence) == []


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        # a wire credit in parentheses opens the sentence, it is not its subject
        (["(Vesspress) - Mayor Ana Ruiz met the ferry crews on Thursday and said the "
          "port must stay open all winter."], "port must stay open", "Ana Ruiz"),
        # a speech verb after a modal in a subordinate clause is no earlier attribution
        (["Judge Ivo Tamm put off deciding whether the union could question the mayor but "
          "said the union could come back later with that request."],
         "come back later", "Ivo Tamm"),
        # 'brands' after 'help' is a noun, not a verb of speech standing in the apposition
        (["Mr. Tamm, whose latest firm, Paradata, uses data to help brands find suppliers, "
          "said the mayor was a candidate in the spirit of the harbour."],
         "mayor was a candidate", "Tamm"),
    ],
)  # fmt: skip
def test_the_subject_past_credits_modal_verbs_and_nouns(
    paragraphs: list[str], words: str, speaker: str
) -> None:
    assert speaker_of(extract(*paragraphs), words) == speaker


def test_a_participle_joined_to_an_absolute_one_keeps_its_subject() -> None:
    quotes = extract(
        'Councillors were quick to react, with Ana Ruiz writing that it was a "disaster" for '
        'the port and asking, "How can such a plan pass?"'
    )
    assert speaker_of(quotes, "How can such a plan pass") == "Ana Ruiz"


def test_an_inverted_attribution_after_a_clause_that_names_others() -> None:
    quotes = extract(
        "Even if the department closed, some of its work would be done by other harbour "
        "agencies or offices, said Ana Ruiz, who was elected to the council in 2012."
    )
    assert speaker_of(quotes, "some of its work would be done") == "Ana Ruiz"


def test_a_passive_speech_verb_with_its_agent_reports_the_agents_words() -> None:
    quotes = extract(
        "The police had questioned the skipper after being warned by the Harbour Board that "
        "he was a danger to the ferries."
    )
    assert speaker_of(quotes, "he was a danger") == "Harbour Board"


def test_a_coordinated_verb_with_an_object_goes_on_with_the_clause() -> None:
    """'... and never called a donor' is more of what was said; '... and warned that ...' is a
    second attribution."""
    quotes = extract(
        "Tova Lind said she had not hosted harbour galas and never phoned a donor to ask for "
        "a gift."
    )
    assert find_quote(quotes, "harbour galas").text.endswith("to ask for a gift")
    quotes = extract(
        "Tova Lind said the mayor had no more visits planned and delivered only short "
        "remarks at her two stops."
    )
    assert find_quote(quotes, "no more visits planned").text.endswith("at her two stops")
    quotes = extract("Tova Lind said the budget was sound and warned that taxes could rise.")
    assert find_quote(quotes, "budget was sound").text == "the budget was sound"
    assert speaker_of(quotes, "taxes could rise") == "Tova Lind"


def test_a_rank_abbreviation_is_no_sentence_end() -> None:
    quotes = extract(
        "Senator Ada Voss of Marren, the No. 2 Liberal in the chamber, said the council would "
        "vote on the ferry bill next week."
    )
    assert speaker_of(quotes, "the council would vote on the ferry bill") == "Ada Voss"


def test_a_clause_in_the_writers_words_going_on_in_a_quotation_is_one_statement() -> None:
    quotes = extract(
        "Vera Holm runs the Brackwater harbour club.",
        "The club's heavy spending on its moorings, Ms. Holm said, \"is a fine example "
        'of what members want."',
    )
    reported = [q for q in quotes if not q.direct]
    assert len(reported) == 1
    assert reported[0].text.startswith("The club's heavy spending on its moorings, Ms.")
    assert reported[0].text.rstrip('."').endswith("what members want")
    assert speaker_of(quotes, "heavy spending") == "Vera Holm"
    assert find_quote(quotes, "is a fine example").direct


@pytest.mark.parametrize(
    ("paragraphs", "not_the_statement"),
    [
        (["Asked whether he would resign over the vote, Ivo Dahl said, \"Probably not.\""],
         "Asked whether"),
        (["In a note sent on Tuesday, harbour chief Ivo Dahl conceded the two fleets had "
          "shared the first races, which is a result, he said, \"we saw coming long ago.\""],
         "In a note"),
    ],
)  # fmt: skip
def test_a_framing_clause_before_a_quotation_is_not_the_statement(
    paragraphs: list[str], not_the_statement: str
) -> None:
    assert no_quote_with(extract(*paragraphs), not_the_statement)


def test_an_interrupted_clause_holding_a_partial_quote_is_one_statement() -> None:
    quotes = extract(
        "Ivo Dahl and Ana Ruiz debated on Tuesday.",
        'Deputy Mayor Ana Ruiz, Mr. Dahl said, had been on the council for "forty winters."',
    )
    reported = find_quote(quotes, "Deputy Mayor Ana Ruiz, Mr. Dahl said, had been")
    assert not reported.direct and reported.speaker is not None
    assert reported.speaker.name == "Ivo Dahl"


def test_after_a_connective_the_clause_past_the_attribution_is_the_statement() -> None:
    quotes = extract(
        "Ben Orrin spoke to the council.",
        'But, Orrin added, he did not support closing the harbour "on a whim."',
    )
    reported = find_quote(quotes, "he did not support closing the harbour")
    assert not reported.direct and reported.text.startswith("he did not support")
    assert speaker_of(quotes, "he did not support closing") == "Ben Orrin"


def test_a_clause_after_according_to_x_is_no_apposition() -> None:
    quotes = extract("The next day, according to Dana Holm, Mayor Ruiz made further demands.")
    assert speaker_of(quotes, "Mayor Ruiz made further demands") == "Dana Holm"


@pytest.mark.parametrize("joined", ["but has said", "and has said", "and had said"])
def test_a_coordinated_speech_verb_in_the_perfect_has_the_clauses_subject(joined: str) -> None:
    quotes = extract(f"Mayor Ana Ruiz has voiced doubts {joined} she wants the ferry bill to pass.")
    assert speaker_of(quotes, "she wants the ferry bill to pass") == "Ana Ruiz"


def test_a_demonstrative_opens_the_speaker_phrase_of_an_interrupting_attribution() -> None:
    quotes = extract(
        "Two harbour councillors spoke after the vote.",
        "In a long winter, those councillors argued, the ferry would lose most of its riders.",
    )
    assert speaker_of(quotes, "the ferry would lose most of its riders") == "councillors"


def test_an_interrupting_attribution_may_open_with_an_owners_name() -> None:
    quotes = extract(
        "Mayor Ana Ruiz spoke after the vote.",
        "And yet, Mayor Ruiz's aides say, the ferry is still her first concern.",
    )
    q = find_quote(quotes, "the ferry is still her first concern")
    assert not q.direct and q.speaker is not None and "aides" in q.speaker.name


@pytest.mark.parametrize(
    "sentence",
    [
        "In addition to stating that the ferry fares were too high, Mayor Ana Ruiz has vowed "
        "to repeal the harbour toll.",
        "After saying that the ferry fares were too high, Mayor Ana Ruiz left the hall.",
    ],
)
def test_an_opening_participle_is_said_by_the_main_clauses_subject(sentence: str) -> None:
    quotes = extract(sentence)
    q = find_quote(quotes, "the ferry fares were too high")
    assert q.text == "the ferry fares were too high"
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brackwater Legion wrote to Ruiz' council office that it had not approved the new "
        "tolls.",
        "Ivo Dahl, writing in the Brackwater Herald, noted this weekend, in a long column, that "
        "it had not approved the new tolls.",
    ],
)
def test_that_may_come_after_a_phrase_with_commas_or_an_apostrophe(sentence: str) -> None:
    q = find_quote(extract(sentence), "had not approved the new tolls")
    assert q.text == "it had not approved the new tolls"


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        ("If the toll is not cut, Mayor Ana Ruiz said the ferry would stop in May.",
         "If the toll is not cut, Mayor Ana Ruiz said the ferry would stop in May"),
        ("Even in Brackwater, where the guild backs the toll, Ana Ruiz said the ferry would "
         "stop in May.", None),
        # a time or place phrase frames the saying, not what was said
        ("On Monday, Mayor Ana Ruiz said the ferry would stop in May.",
         "the ferry would stop in May"),
    ],
)  # fmt: skip
def test_a_fronted_condition_belongs_to_the_statement(sentence: str, statement: str | None) -> None:
    q = find_quote(extract(sentence), "the ferry would stop in May")
    assert q.text == (statement or sentence.rstrip("."))


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        ("Ivo Dahl says despite being a ferry captain, he plans to vote for the bridge.",
         "despite being a ferry captain, he plans to vote for the bridge"),
        ("Ivo Dahl said if the pier closes, the town would lose its ferry.",
         "if the pier closes, the town would lose its ferry"),
        ("Ivo Dahl said even after the storm, the ferry ran on time.",
         "even after the storm, the ferry ran on time"),
    ],
)  # fmt: skip
def test_a_condition_opening_the_clause_after_the_verb_belongs_to_it(
    sentence: str, statement: str
) -> None:
    q = find_quote(extract(sentence), statement)
    assert q.text == statement
    assert speaker_of([q], statement) == "Ivo Dahl"


def test_a_one_word_subject_before_the_attribution_and_its_quoted_predicate_after() -> None:
    quotes = extract(
        "Ana Ruiz runs the ferry office.",
        "Safety, she noted, has long been a worry of the harbour's “old guard” in town.",
    )
    reported = find_quote(quotes, "Safety, she noted, has long been")
    assert not reported.direct
    assert reported.text.endswith("in town")
    assert speaker_of(quotes, "Safety, she noted") == "Ana Ruiz"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Mayor Ana Ruiz warned reporters that the ferry would stop in May.",
         "the ferry would stop in May"),
        ("Mayor Ana Ruiz assured voters she would keep the ferry running.",
         "she would keep the ferry running"),
        ("Mayor Ana Ruiz informed the board that the ferry would stop in May.",
         "the ferry would stop in May"),
        # no one addressed: the clause starts at once
        ("Mayor Ana Ruiz warned the ferry would stop in May.", "the ferry would stop in May"),
    ],
)  # fmt: skip
def test_whom_a_speech_verb_addresses_is_not_what_was_said(sentence: str, clause: str) -> None:
    quotes = extract(sentence)
    assert [q.text for q in quotes] == [clause]
    assert speaker_of(quotes, clause) == "Ana Ruiz"


def test_a_that_clause_after_a_second_speech_verb_is_that_verbs() -> None:
    quotes = extract(
        "Ivo Dahl hosted Mayor Ana Ruiz on his show.",
        '"Your show is amazing," Ruiz assured Dahl, after Dahl assured Ruiz that most of his '
        "listeners backed the ferry.",
    )
    assert speaker_of(quotes, "most of his listeners backed the ferry") == "Ivo Dahl"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz argues the harbour plan deserves more support.",
        "Ana Ruiz says the new harbour master believes in the ferry.",
    ],
)
def test_a_bare_clause_in_the_present_tense(sentence: str) -> None:
    quotes = extract(sentence)
    assert [q.text for q in quotes] == [sentence.split(" ", 3)[3].rstrip(".")]


@pytest.mark.parametrize(
    ("sentence", "gist"),
    [
        ("Ana Ruiz explained why she backs the ferry plan.", "why she backs the ferry plan"),
        ("Ana Ruiz described how the old fleet was sold off.", "how the old fleet was sold off"),
        # a reported question is not an account
        ("Ana Ruiz asked why the fleet was sold off.", None),
    ],
)  # fmt: skip
def test_an_account_verb_gives_its_wh_clause(sentence: str, gist: str | None) -> None:
    assert [q.text for q in extract(sentence)] == ([gist] if gist else [])


def test_who_after_an_apposition_refers_to_the_person_named_before_it() -> None:
    quotes = extract(
        '"It was not a convincing case," said Ana Ruiz, a councillor from the north, who added '
        "that the harbour board seemed rattled by the vote."
    )
    assert speaker_of(quotes, "the harbour board seemed rattled") == "Ana Ruiz"


def test_an_even_clause_goes_on_with_the_reported_clause() -> None:
    quotes = extract(
        "Ana Ruiz said the ferry would keep running, even if the harbour board cut its budget."
    )
    q = find_quote(quotes, "the ferry would keep running")
    assert q.text == "the ferry would keep running, even if the harbour board cut its budget"


def test_it_opens_a_clause_when_a_finite_verb_follows() -> None:
    quotes = extract(
        "Mayor Ana Ruiz is defending her late-night posts, saying it shows she would be awake "
        "for a 3 a.m. call."
    )
    q = find_quote(quotes, "it shows she would be awake")
    assert q.text == "it shows she would be awake for a 3 a.m. call"
    assert speaker_of(quotes, "it shows she would be awake") == "Ana Ruiz"


def test_an_as_clause_interrupting_a_statement_attributes_all_of_it() -> None:
    sentence = "The ferry lost money in May, as Ana Ruiz has argued, and will lose more in winter."
    quotes = extract(sentence)
    assert [q.text for q in quotes] == [sentence.rstrip(".")]
    assert speaker_of(quotes, "will lose more in winter") == "Ana Ruiz"
    # with nothing after it, an "as" clause compares: 'as Ruiz proposes' says nothing
    assert extract("The town could tax the ferry to pay for the pier, as Ana Ruiz proposes.") == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Ana Ruiz said it again on Monday.", None),
        ("Ana Ruiz said so at the harbour meeting on Monday.", None),
        ("The harbour board said it actively checked every ferry.",
         "it actively checked every ferry"),
    ],
)  # fmt: skip
def test_it_after_say_is_an_object_unless_a_verb_follows(sentence: str, clause: str | None) -> None:
    assert [q.text for q in extract(sentence)] == ([clause] if clause else [])


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The toll rose by a third, according to the nonpartisan Harbour Budget Office.",
         "Harbour Budget Office"),
        ("The toll rose by a third, according to the conservative-leaning Velmora Foundation.",
         "Velmora Foundation"),
        # a poll or a report named after its maker is data, not its maker speaking
        ("The toll rose by a third, according to the latest Velmora Post/Harbour TV poll.", None),
    ],
)  # fmt: skip
def test_according_to_a_named_body_after_describing_words(
    sentence: str, source: str | None
) -> None:
    quotes = extract(sentence)
    if source is None:
        assert no_quote_with(quotes, "The toll rose by a third")
    else:
        assert speaker_of(quotes, "The toll rose by a third") == source


@pytest.mark.parametrize(
    "sentence",
    [
        "Brackwater, as the harbour master pointed out, normally does not get two storms in a row.",
        "Brackwater, as one of the harbour advisers pointed out, normally does not get two "
        "storms in a row.",
        "Brackwater, as one of Ms. Ruiz’s harbour advisers pointed out, normally does not "
        "get two storms in a row.",
    ],
)
def test_an_as_clause_with_a_particle_verb_interrupts_one_statement(sentence: str) -> None:
    quotes = extract("Ana Ruiz runs the ferry office.", sentence)
    reported = [q for q in quotes if not q.direct]
    assert [q.text for q in reported] == [sentence.rstrip(".")]
    assert reported[0].speaker is not None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The ferry is late again, one of Ms. Ruiz’s aides said.", "aides"),
        ("The ferry is late again, some of the harbour staff said.", "harbour staff"),
        # up to three describing words before an outlet's name
        ("The ferry is late again, the news site Harbour Info reported.", "Harbour Info"),
    ],
)
def test_partitives_and_describing_words_open_a_trailing_speaker_phrase(
    sentence: str, speaker: str
) -> None:
    q = find_quote(extract("Ana Ruiz runs the ferry office.", sentence), "ferry is late")
    assert q.text == "The ferry is late again"
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Ana Ruiz argued the mayor’s plan to sell the harbour by next spring would ruin "
         "the town.",
         "the mayor’s plan to sell the harbour by next spring would ruin the town"),
        ("Ivo Dahl said the decision of the harbour board on the night ferries could cost "
         "jobs.",
         "the decision of the harbour board on the night ferries could cost jobs"),
        # any auxiliary closes a subject opened by a determiner or a partitive
        ("Ivo Dahl said much of his talk with the mayor was about ferries.",
         "much of his talk with the mayor was about ferries"),
        ("Ivo Dahl said most of the harbour staff in the old town had left.",
         "most of the harbour staff in the old town had left"),
    ],
)  # fmt: skip
def test_a_modal_closes_a_long_subject_after_the_verb(sentence: str, clause: str) -> None:
    q = find_quote(extract(sentence), clause)
    assert q.text == clause and not q.direct


@pytest.mark.parametrize(
    ("sentence", "not_a_clause"),
    [
        ("Ana Ruiz praised the crews of the boats which would sail at dawn.",
         "would sail at dawn"),
        ("The person familiar with the plan confirmed the sailing on the condition of "
         "anonymity because they were not allowed to speak.", "because they were"),
    ],
)  # fmt: skip
def test_an_auxiliary_after_a_relative_or_a_subordinator_opens_no_clause(
    sentence: str, not_a_clause: str
) -> None:
    assert no_quote_with(extract(sentence), not_a_clause)


@pytest.mark.parametrize("partitive", ["most of whom", "many of whom", "all of whom"])
def test_a_partitive_relative_gives_the_statement_to_its_antecedent(partitive: str) -> None:
    quotes = extract(f"The union balloted its members, {partitive} said they would strike.")
    q = find_quote(quotes, "they would strike")
    assert q.speaker is not None and q.speaker.name == "members"


@pytest.mark.parametrize("lead", ["As reported by", "As first reported by", "But as noted by"])
def test_an_as_clause_in_the_passive_names_the_source_by_its_agent(lead: str) -> None:
    quotes = extract(f"{lead} the Harbour Gazette, the mayor was warned of the risk to the pier.")
    q = find_quote(quotes, "the mayor was warned")
    assert q.text == "the mayor was warned of the risk to the pier"
    assert q.speaker is not None and q.speaker.name == "Harbour Gazette"
