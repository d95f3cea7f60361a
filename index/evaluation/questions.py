"""Score question answering against gold questions.

- who_said_* questions: the top answer's speaker must be the gold speaker or an alias.
- did_say questions: the verdict must be the gold verdict ("yes" / "no").
- abstain questions: nothing in the coverage answers them; right when there is no answer.
- what_did_say questions: the top n answers, n = min(3, number of gold quotes), must all be
  gold answers (an answer is a gold answer when its quote and a listed gold quote cover at
  least half of each other's words, in the same article).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, Field

from index.evaluation.quotes import GoldQuote, load_jsonl_models
from index.extract.lexicon import fold
from index.models import Article, AskResult

_WORD = re.compile(r"\w+")


class GoldQuestion(BaseModel):
    id: str
    article: str
    kind: str
    question: str
    speaker: str | None = None  # None for a question nothing answers (kind "abstain")
    speaker_aliases: list[str] = Field(default_factory=list)
    quote_ids: list[str] = Field(default_factory=list)
    verdict: str | None = None  # did_say: "yes" or "no"

    def speaker_matches(self, name: str | None) -> bool:
        if not name or self.speaker is None:
            return False
        return fold(name) in {fold(n) for n in [self.speaker, *self.speaker_aliases]}


def load_gold_questions(path: Path) -> list[GoldQuestion]:
    return load_jsonl_models(path, GoldQuestion)


class KindScore(BaseModel):
    questions: int = 0
    correct: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.questions if self.questions else 0.0


class QuestionMiss(BaseModel):
    id: str
    kind: str
    question: str
    expected: str
    got: list[str]


class QuestionScores(BaseModel):
    system: str
    by_kind: dict[str, dict[str, float | int]]
    errors: list[QuestionMiss] = Field(default_factory=list)


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _overlaps(a: str, b: str) -> bool:
    """Each covers at least half of the other's words (multiset-free, order-free)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    sa, sb = set(wa), set(wb)
    return sum(w in sb for w in wa) / len(wa) >= 0.5 or sum(w in sa for w in wb) / len(wb) >= 0.5


def is_gold_answer(
    article_id: str, quote: str, gold_ids: Sequence[str], gold: dict[str, GoldQuote]
) -> bool:
    for gid in gold_ids:
        g = gold.get(gid)
        if g is not None and g.article == article_id and _overlaps(quote, g.quote):
            return True
    return False


def score_questions(
    system: str,
    questions: Iterable[GoldQuestion],
    answer: Callable[[str], AskResult],
    gold_quotes: Iterable[GoldQuote],
    articles: Iterable[Article] = (),
) -> QuestionScores:
    gold = {g.id: g for g in gold_quotes}
    kinds: dict[str, KindScore] = {}
    errors: list[QuestionMiss] = []
    for q in questions:
        result = answer(q.question)
        score = kinds.setdefault(q.kind, KindScore())
        score.questions += 1
        if q.kind == "what_did_say":
            n = min(3, len(q.quote_ids)) or 1
            top = result.answers[:n]
            ok = len(top) == n and all(
                any(
                    is_gold_answer(article_id, quote, q.quote_ids, gold)
                    for article_id, quote in [(a.article_id, a.quote)]
                    + [(c.article_id, c.quote or "") for c in a.reported_by]
                )
                for a in top
            )
            got = [f"{a.speaker}: {a.quote[:80]}" for a in top]
        elif q.kind == "did_say":
            ok = result.verdict == q.verdict
            got = [f"verdict {result.verdict}"]
        elif q.kind == "abstain":
            ok = not result.answers  # nothing in the coverage answers it
            got = [f"{a.speaker}: {a.quote[:80]}" for a in result.answers[:3]]
        else:
            top1 = result.answers[0].speaker if result.answers else None
            ok = q.speaker_matches(top1)
            got = [str(top1)]
        score.correct += int(ok)
        if not ok:
            errors.append(
                QuestionMiss(
                    id=q.id,
                    kind=q.kind,
                    question=q.question,
                    expected=q.speaker or q.verdict or "no answer",
                    got=got,
                )
            )
    by_kind = {
        k: {"questions": s.questions, "correct": s.correct, "accuracy": round(s.accuracy, 4)}
        for k, s in sorted(kinds.items())
    }
    return QuestionScores(system=system, by_kind=by_kind, errors=errors)
