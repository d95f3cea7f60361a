"""The search behind `whosaid ask` on the bundled example coverage: who said it, what a
speaker said, abstaining, grouping outlets, yes/no and topic questions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embed import Embedder
from index.models import AskResult
from index.search import Searcher
from index.store import Store


def build_store(tmp_path: Path, embedder: Embedder, files: dict[str, str]) -> Path:
    """A store built from articles written here: ``{file name: content}``."""
    from index.build import build_index
    from index.config import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    build_index([corpus], store, Settings(), embedder=embedder, progress=False)
    return store


def ask_over(
    tmp_path: Path, embedder: Embedder, files: dict[str, str], question: str, k: int = 3
) -> AskResult:
    """Build a store from ``files`` and ask it one question."""
    with Store.open(build_store(tmp_path, embedder, files)) as s:
        return Searcher(s, embedder).ask(question, k=k)


@pytest.fixture(scope="module")
def searcher(example_store: Path, embedder: Embedder) -> Iterator[Searcher]:
    with Store.open(example_store) as store:
        yield Searcher(store, embedder)


def test_every_answer_is_a_span_of_an_indexed_article(searcher: Searcher) -> None:
    articles = {a.id: a for a in searcher.store.articles()}
    for question in ("Who said the dam would ruin the delta?", "What did Tomas Orvanek say?"):
        for a in searcher.ask(question, k=5).answers:
            assert a.quote in articles[a.article_id].text
            assert a.title == articles[a.article_id].title
            assert 1 <= a.paragraph <= len(articles[a.article_id].paragraphs)


def test_exact_words_with_small_misquote_and_any_case(searcher: Searcher) -> None:
    exact = searcher.ask('Who said "Opposition is easy when you have forgotten your own votes"?')
    sloppy = searcher.ask("who said 'opposition is easy when you forgot your votes'")
    assert exact.answers[0].speaker == "Petra Vessar"
    assert sloppy.answers[0].speaker == "Petra Vessar"
    assert exact.answers[0].score >= 0.9


def test_what_did_say_only_returns_that_speaker(searcher: Searcher) -> None:
    result = searcher.ask("What did Anton Vessar say about the dam?", k=3)
    assert result.kind == "what_did_say"
    assert result.speaker == "Anton Vessar"
    assert result.answers
    assert {a.speaker for a in result.answers} == {"Anton Vessar"}


def test_role_in_question_finds_the_person(searcher: Searcher) -> None:
    result = searcher.ask("What did the Estmark prime minister say?", k=3)
    assert result.speaker == "Helena Marsk"
    assert {a.speaker for a in result.answers} == {"Helena Marsk"}


def test_abstains_when_nothing_matches(searcher: Searcher) -> None:
    result = searcher.ask("Who said the marathon was cancelled because of snow?")
    assert result.answers == []


def test_a_speaker_the_coverage_does_not_quote_gets_no_one_elses_words(
    searcher: Searcher,
) -> None:
    result = searcher.ask("What did Olga Tamm say about the dam?")
    assert result.answers == [] and result.unknown_speaker == "Olga Tamm"
    assert result.suggestions == []
    assert result.not_quoted_text() == "Olga Tamm is not quoted in the indexed coverage."


def test_a_misspelt_unknown_speaker_gets_the_closest_known_names(searcher: Searcher) -> None:
    # one letter off the surname is found outright; two are a likely typo to suggest
    result = searcher.ask("What did Helena Marskova say about the dam?")
    assert result.answers == []
    assert result.suggestions[:1] == ["Helena Marsk"]
    assert "Did you mean Helena Marsk" in result.not_quoted_text()


def test_did_an_unknown_speaker_say_is_no(searcher: Searcher) -> None:
    result = searcher.ask("Did Olga Tamm say the dam is safe?")
    assert result.kind == "did_say" and result.verdict == "no" and result.answers == []


def test_did_say_yes_and_no(searcher: Searcher) -> None:
    yes = searcher.ask(
        "Did Petra Vessar say that opposition is easy when you have forgotten your own votes?"
    )
    assert yes.kind == "did_say" and yes.verdict == "yes"
    assert yes.answers[0].speaker == "Petra Vessar"
    no = searcher.ask("Did Petra Vessar say that the marathon was cancelled because of snow?")
    assert no.verdict == "no"


def test_who_talked_groups_by_speaker(searcher: Searcher) -> None:
    result = searcher.ask("Who talked about the interim cap on filling the reservoir?", k=5)
    assert result.kind == "who_talked"
    speakers = [a.speaker for a in result.answers]
    assert speakers and len(speakers) == len(set(speakers))


def test_same_quote_from_several_outlets_is_one_answer(tmp_path: Path, embedder: Embedder) -> None:
    wording = [
        "“We will not open the floodgates before the inspection,” Water Minister Tomas "
        "Orvanek said on Monday.",
        "Water Minister Tomas Orvanek said: “We will not open the floodgates before the "
        "inspection.”",
        "“We won't open the floodgates ahead of the inspection,” said Water Minister Tomas "
        "Orvanek.",
    ]
    files = {
        f"outlet{i}.md": f"---\nid: outlet{i}\noutlet: Outlet {i}\n---\n{text}\n"
        for i, text in enumerate(wording)
    }
    result = ask_over(
        tmp_path, embedder, files, "Who said the floodgates stay shut until inspection?"
    )
    top = result.answers[0]
    assert top.speaker == "Tomas Orvanek"
    cited = {top.article_id} | {c.article_id for c in top.reported_by}
    assert cited == {"outlet0", "outlet1", "outlet2"}
    assert all(c.quote for c in top.reported_by)


def test_split_clauses() -> None:
    from index.search.searcher import split_clauses

    assert split_clauses("backing the farmers was right, but flooding the valley would be mad") == [
        "backing the farmers was right",
        "flooding the valley would be mad",
    ]
    assert split_clauses("the dam would ruin the harvest") == ["the dam would ruin the harvest"]


def test_paraphrase_of_a_statement_over_two_quotes(tmp_path: Path, embedder: Embedder) -> None:
    text = (
        "Union leader Mara Lindqvist reacted on Friday: “Helping the farmers, yes.\n\n"
        "“Flooding the whole valley for a reservoir? Never.”\n\n"
        "Minister Ole Brandt said the reservoir would supply water to farmers across the "
        "region for decades.\n"
    )
    question = (
        "Who said supporting the farmers was fine, but drowning the valley for a reservoir "
        "was out of the question?"
    )
    result = ask_over(tmp_path, embedder, {"a.txt": text}, question)
    assert result.answers[0].speaker == "Mara Lindqvist"


def test_a_quote_inside_a_statement_ranks_right_after_it(
    tmp_path: Path, embedder: Embedder
) -> None:
    """'said that "every crane that is unsafe" must be repaired': the three quoted words
    mean what the statement means, so they stand right after it, above weaker quotes."""
    text = (
        'Harbour master Ines Calder said on Tuesday that "every crane that is unsafe" must be '
        "repaired before the port reopens.\n\n"
        'The ferry will not sail before Friday, as "the channel is still full of ice," Calder '
        "said.\n\n"
        "Calder said the harbour had ordered new fenders for the ferry berth.\n\n"
        "Calder said the port would reopen once the cranes had passed inspection and the "
        "quays were cleared.\n"
    )
    question = "What did Ines Calder say must be done before the port reopens?"
    result = ask_over(tmp_path, embedder, {"port.txt": text}, question)
    statement, inner = result.answers[:2]
    assert (
        statement.quote == '"every crane that is unsafe" must be repaired before the port reopens'
    )
    assert inner.quote == "every crane that is unsafe"
    assert (statement.within, inner.within) == (None, statement.quote_id)
    assert len([a for a in result.answers if a.within is None]) == 3  # k counts statements


def test_the_frame_leaves_out_the_other_quotes_in_the_sentence() -> None:
    from index.models import Quote, SpeakerRef
    from index.search.searcher import _frame

    sentence = 'The ferry will not sail, as "the channel is full of ice," Calder said on Friday.'
    ref = SpeakerRef(name="Ines Calder", surface="Calder")

    def quote(text: str, direct: bool) -> Quote:
        start = sentence.index(text)
        return Quote(
            id=f"a:{start}-{start + len(text)}", article_id="a", paragraph=1, start=start,
            end=start + len(text), text=text, direct=direct, speaker=ref, sentence=sentence,
        )  # fmt: skip

    clause = quote("The ferry will not sail", direct=False)
    reason = quote("the channel is full of ice", direct=True)
    assert "ferry" not in _frame(reason, [clause, reason])
    assert "Friday" in _frame(reason, [clause, reason])
    assert "ice" not in _frame(clause, [clause, reason])
    assert "ferry" in _frame(clause, [clause, reason])


def test_who_talked_about_a_word_the_quote_names(tmp_path: Path, embedder: Embedder) -> None:
    """One word of a long statement carries little of its vector; naming the topic is
    still talking about it."""
    text = (
        "Mayor Greta Solwin said the council would spend the summer repairing the quays, "
        "reopening the fish market, repaving the harbour road and, if the budget allows, "
        "clearing silt from the inner basin with a dredger.\n\n"
        "Harbour master Ines Calder said the ferry timetable would return to normal in June.\n"
    )
    result = ask_over(tmp_path, embedder, {"town.txt": text}, "Who talked about silt?")
    assert result.kind == "who_talked"
    assert [a.speaker for a in result.answers] == ["Greta Solwin"]


def test_did_say_is_graded_with_its_evidence(tmp_path: Path, embedder: Embedder) -> None:
    files = {
        "harbour.txt": "Ferry row in Brackwater\n\n"
        "Mayor Ana Ruiz denied that the night ferry would close this winter.\n\n"
        "Harbour master Ivo Dahl said the harbour tax would rise by a third next year.\n\n"
        "Ruiz said the new pier would open in May.\n",
    }
    with Store.open(build_store(tmp_path, embedder, files)) as s:
        searcher = Searcher(s, embedder)
        said = searcher.ask("Did Ana Ruiz say the new pier would open in May?")
        assert (said.verdict, said.grade) == ("yes", "yes")
        opposite = searcher.ask("Did Ana Ruiz say the night ferry would close this winter?")
        assert (opposite.verdict, opposite.grade) == ("no", "no_opposite")
        assert opposite.answers[0].cue_verb == "denied"
        assert opposite.answers[0].polarity == "denies"
        denied = searcher.ask("Did Ana Ruiz deny that the night ferry would close this winter?")
        assert (denied.verdict, denied.grade) == ("yes", "yes")
        other = searcher.ask("Did Ana Ruiz say the harbour tax would rise by a third?")
        assert (other.verdict, other.grade, other.other_speaker) == ("no", "no_other", "Ivo Dahl")
        nothing = searcher.ask("Did Ana Ruiz say the lighthouse was painted green?")
        assert (nothing.verdict, nothing.grade) == ("no", "not_found")


def test_polarity_of_statements() -> None:
    from index.search.polarity import polarity

    assert polarity("the ferry would close") == "affirms"
    assert polarity("the ferry would not close") == "denies"
    assert polarity("the ferry won't close") == "denies"
    assert polarity("the ferry would close", "denied") == "denies"
    assert polarity("the ferry would never close", "rejected") == "affirms"
    assert polarity("nobody expected it to close") == "denies"
    assert polarity("there will be no ground troops, no soldiers sent") == "denies"


def test_quoted_words_no_quote_holds_get_no_answer(searcher: Searcher) -> None:
    # close in meaning to "The first stage of filling will be completed by the end of
    # April", but words in quotation marks are words someone said, and nobody said these
    result = searcher.ask('Who said "the lake behind the barrage shall brim by springtime"?')
    assert result.answers == []


def test_nothing_under_min_score_is_shown_for_a_named_speaker(searcher: Searcher) -> None:
    for question in (
        "What did Anton Vessar say about the dam?",
        "What did Anton Vessar say about football?",
        "Did Anton Vessar say the moon is made of cheese?",
    ):
        result = searcher.ask(question)
        assert all(a.score >= searcher.min_score for a in result.answers), question


def test_which_role_said_prefers_a_speaker_who_is_one(tmp_path: Path, embedder: Embedder) -> None:
    files = {
        "tax.txt": "Harbour tax row\n\n"
        "Harbour master Ivo Dahl said the harbour tax was unfair to fishermen.\n\n"
        "Senator Ana Ruiz said the harbour tax was unfair to the fishermen of Brackwater.\n",
    }
    with Store.open(build_store(tmp_path, embedder, files)) as s:
        searcher = Searcher(s, embedder)
        which = searcher.ask("Which senator said the harbour tax was unfair to fishermen?")
        assert which.kind == "who_said" and which.answers[0].speaker == "Ana Ruiz"
        master = searcher.ask("Which harbour master said the harbour tax was unfair?")
        assert master.answers[0].speaker == "Ivo Dahl"


def test_quoted_words_said_in_other_words_still_find_the_speaker(
    corpus_store: Path, embedder: Embedder
) -> None:
    # the coverage has "nothing should be excluded", "you can't rule anything out in a
    # war" and "it cannot be ruled out", never these exact words
    with Store.open(corpus_store) as s:
        result = Searcher(s, embedder).ask('Who said "nothing can be ruled out"?')
    assert {a.speaker for a in result.answers} & {"Emmanuel Macron", "Gabriel Attal"}
