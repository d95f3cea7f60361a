"""Questions built from commands."""

from __future__ import annotations

from bot.replies import QUESTION_MAX, said_question, who_said_question


def test_who_said_question_quotes_the_words_once() -> None:
    assert who_said_question("  nothing can  be excluded ") == 'Who said "nothing can be excluded"?'
    assert who_said_question("“Nothing,” he said") == 'Who said "Nothing,\' he said"?'


def test_long_words_are_cut_at_a_word() -> None:
    q = who_said_question("word " * 200)
    assert len(q) <= QUESTION_MAX + len('Who said ""?')
    assert q.endswith('word"?')


def test_said_question() -> None:
    assert said_question(" Dmitry  Peskov", "NATO\ntroops") == (
        "What did Dmitry Peskov say about NATO troops?"
    )
