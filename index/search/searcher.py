"""Answer a question from a store: hybrid retrieval over quotes, cited answers.

Candidates come from three searches: exact phrases the question quotes (FTS5), its words
(FTS5, bm25) and its meaning (FAISS over quote vectors), fused by reciprocal rank. Each
candidate then gets a calibrated score in [0, 1] - the larger of its cosine similarity to
the question and the share of the question's quoted words it contains - and answers below
``min_score`` are dropped, so a question the coverage cannot answer gets no answer rather
than a wrong speaker. When the question names a speaker, only that speaker's quotes count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from index.embed import Embedder
from index.extract.lexicon import fold
from index.models import Answer, Article, AskResult, Quote
from index.search.question import Question, parse_question
from index.store import Store, phrase_query, terms_query

_WORD = re.compile(r"\w+")
_RRF_K = 60
_STOP = frozenset(
    "the a an of to in on at for and or but is are was were be been that this it with as by "
    "from about who what did does said say says".split()
)


@dataclass
class _Candidate:
    rowid: int
    ranks: dict[str, int] = field(default_factory=dict)
    dense: float = 0.0
    lexical: float = 0.0
    rrf: float = 0.0


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def coverage(needle: str, haystack: str) -> float:
    """Share of the needle's content words found in the haystack (order-insensitive,
    so small misquotes still match)."""
    words = [w for w in _words(needle) if w not in _STOP] or _words(needle)
    if not words:
        return 0.0
    hay = set(_words(haystack))
    return sum(1 for w in words if w in hay) / len(words)


class Searcher:
    """Answers questions from one open store; safe to call from worker threads."""

    def __init__(self, store: Store, embedder: Embedder, min_score: float = 0.35) -> None:
        self.store = store
        self.embedder = embedder
        self.min_score = min_score
        self.speakers = store.speakers()
        self._articles: dict[str, Article] = {a.id: a for a in store.articles()}

    def ask(self, question: str, k: int = 3) -> AskResult:
        q = parse_question(question, self.speakers)
        candidates = self._candidates(q, depth=max(50, k * 10))
        quotes = self.store.quotes_by_rowids(list(candidates))
        scored: list[tuple[float, float, Quote]] = []
        for rowid, cand in candidates.items():
            quote = quotes.get(rowid)
            if quote is None:
                continue
            score = self._score(q, cand, quote)
            if score >= self.min_score:
                scored.append((score, cand.rrf, quote))
        scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
        answers = [self._answer(quote, score) for score, _rrf, quote in scored[:k]]
        return AskResult(question=question, kind=q.kind, answers=answers)

    # --- retrieval ---------------------------------------------------------------------
    def _candidates(self, q: Question, depth: int) -> dict[int, _Candidate]:
        restrict: list[int] | None = None
        if q.speaker is not None and q.kind in ("what_did_say", "did_say"):
            restrict = self.store.speaker_quote_rowids(q.speaker.name)
        allowed = set(restrict) if restrict is not None else None
        cands: dict[int, _Candidate] = {}

        def add(source: str, hits: list[tuple[int, float]]) -> None:
            for rank, (rowid, _score) in enumerate(hits):
                if allowed is not None and rowid not in allowed:
                    continue
                c = cands.setdefault(rowid, _Candidate(rowid))
                c.ranks.setdefault(source, rank)

        match_text = " ".join(q.quoted) if q.quoted else q.body
        for phrase in q.quoted:
            add("phrase", self.store.search_quotes_text(phrase_query(phrase), depth))
        add("terms", self.store.search_quotes_text(terms_query(match_text), depth))
        vec = self.embedder.embed_query(match_text)
        dense = self.store.search_quote_vectors(vec, depth, rowids=restrict)
        add("dense", dense)
        sims = dict(dense)
        for rowid, c in cands.items():
            c.dense = sims.get(rowid, 0.0)
            c.rrf = sum(1.0 / (_RRF_K + r) for r in c.ranks.values())
        missing = [r for r, c in cands.items() if r not in sims]
        if missing:
            for rowid, sim in self.store.search_quote_vectors(vec, len(missing), rowids=missing):
                cands[rowid].dense = sim
        return cands

    def _score(self, q: Question, cand: _Candidate, quote: Quote) -> float:
        """A calibrated score in [0, 1]."""
        dense = float(np.clip(cand.dense, 0.0, 1.0))
        if q.quoted:
            lexical = max(coverage(p, quote.text) for p in q.quoted)
            # quoted words found nearly verbatim are the strongest evidence there is
            lexical_score = 0.6 + 0.4 * lexical if lexical >= 0.75 else lexical * 0.6
            return max(dense, lexical_score)
        return dense

    def _answer(self, quote: Quote, score: float) -> Answer:
        article = self._articles.get(quote.article_id)
        return Answer(
            quote_id=quote.id,
            speaker=quote.speaker.name if quote.speaker else None,
            quote=quote.text,
            direct=quote.direct,
            article_id=quote.article_id,
            title=article.title if article else None,
            outlet=article.outlet if article else None,
            url=article.url if article else None,
            published=article.published if article else None,
            paragraph=quote.paragraph,
            score=round(score, 4),
            sentence=quote.sentence,
            speaker_role=quote.speaker.role if quote.speaker else None,
        )
