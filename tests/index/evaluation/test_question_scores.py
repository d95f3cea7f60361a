"""score_questions: did_say verdicts and abstentions, beside who-said speakers."""

from __future__ import annotations

from index.evaluation.questions import GoldQuestion, score_questions
from index.models import Answer, AskResult


def answer(speaker: str) -> Answer:
    return Answer(quote_id="a:1-2", speaker=speaker, quote="q", direct=True, article_id="a",
                  paragraph=1, score=0.9)  # fmt: skip


def test_verdicts_abstentions_and_speakers() -> None:
    questions = [
        GoldQuestion(id="1", article="a", kind="did_say", question="Did X say Y?",
                     speaker="X", verdict="no"),
        GoldQuestion(id="2", article="a", kind="abstain", question="What did Z say?"),
        GoldQuestion(id="3", article="a", kind="who_said_exact", question="Who said W?",
                     speaker="Ana Ruiz"),
    ]  # fmt: skip
    results = {
        "Did X say Y?": AskResult(question="", kind="did_say", verdict="no"),
        "What did Z say?": AskResult(question="", answers=[answer("Tom Berg")]),
        "Who said W?": AskResult(question="", answers=[answer("Ana Ruiz")]),
    }
    scores = score_questions("whosaid", questions, lambda t: results[t], [])
    assert scores.by_kind["did_say"]["correct"] == 1
    assert scores.by_kind["abstain"]["correct"] == 0
    assert scores.by_kind["who_said_exact"]["correct"] == 1
    (miss,) = scores.errors
    assert miss.kind == "abstain" and miss.expected == "no answer"
