"""Answer a question from a store: hybrid retrieval over quotes, cited answers.

1. **Candidates** come from four searches, fused by reciprocal rank: the exact phrases the
   question quotes (FTS5), its words (FTS5 bm25 over quote, sentence and speaker), its
   meaning against quote vectors, and its meaning against paragraph vectors (every quote in
   a matching paragraph becomes a candidate). A speaker named in the question ("What did
   the Kremlin spokesman say ...") restricts candidates to that speaker's quotes.
2. **Scoring**: each candidate gets a calibrated score in [0, 1]: cosine similarity to the
   quote's own words, blended with the similarity to its paragraph (a short quote such as
   "the inevitability" means something only in context), or - when the question quotes
   words - the share of those words the quote contains, which dominates when it is high.
3. **Abstaining**: answers scoring below ``min_score`` are dropped, so a question the
   coverage cannot answer gets "nothing matches" rather than a wrong speaker. A speaker the
   question names but the coverage never quotes gets "not quoted" and no one else's words;
   a named speaker's quotes score the mean of the speaker evidence (certain) and the topic
   match, so the closest of what they said is shown, never under ``min_score``.
4. **Grouping**: the same quote reported by several outlets (near-identical vectors, even
   with different wording or translation) is one answer citing every article.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from index.embed import Embedder
from index.extract.casing import zipf
from index.extract.lexicon import fold
from index.models import Answer, Article, AskResult, Citation, Quote
from index.search.polarity import polarity
from index.search.question import (
    EmptyQuestionError,
    Question,
    SpeakerIndex,
    has_words,
    parse_question,
    role_words,
)
from index.store import Store, phrase_query, terms_query

_WORD = re.compile(r"\w+")
Grade = Literal["yes", "no_opposite", "no_other", "not_found"]
_RRF_K = 60
_STOP = frozenset(
    "the a an of to in on at for and or but is are was were be been that this it with as by "
    "from about who what did does said say says his her their its he she they".split()
)
SPEAKER_QUESTIONS = ("what_did_say", "did_say")
TOPIC_QUESTIONS = ("who_talked", "search")
TOPIC_WORDS_SCORE = 0.6  # every word of the topic stands in the quote or its frame
# the share of a who-said question's quoted words an answer must hold (a misquote or two)
QUOTED_WORDS_SHARE = 0.6
# the meaning score from which a quote saying a question's quoted words in other words counts
QUOTED_MEANING_SCORE = 0.45
ROLE_MATCH_BONUS = 0.1  # "Which senator said ...?" and the speaker is a senator
COMMON_WORD_ZIPF = 5.5  # wordfreq Zipf from which a word is among the commonest ("people")
COMMON_TERM_SHARE = 0.05
COMMON_TERM_FLOOR = 200
TERM_CACHE_SIZE = 50_000
_NESTED_GAP = 1e-4  # a quote inside a statement ranks right after the statement
TYPO_SIMILARITY = 80.0  # rapidfuzz ratio (0-100) from which a known name is a likely typo


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def coverage(needle: str, haystack: str, rare_only: bool = False) -> float:
    """Share of the needle's content words found in the haystack (order-insensitive,
    so small misquotes still match); with ``rare_only``, of its words that are not among
    the commonest English words ("people", "like"), which any long quote holds."""
    words = [w for w in _words(needle) if w not in _STOP] or _words(needle)
    if rare_only:
        words = [w for w in words if len(w) > 1 and zipf(w) < COMMON_WORD_ZIPF] or words
    if not words:
        return 0.0
    hay = set(_words(haystack))
    return sum(1 for w in words if w in hay) / len(words)


@dataclass
class _Scored:
    rowid: int
    quote: Quote
    score: float
    rrf: float
    vector: np.ndarray
    reported_by: list[Quote] = field(default_factory=list)
    within: str | None = None  # the id of an earlier answer's quote that holds this one

    @property
    def words(self) -> list[str]:
        if self._cached_words is None:
            self._cached_words = _words(self.quote.text)
        return self._cached_words

    _cached_words: list[str] | None = None


class Searcher:
    """Answers questions from one open store; safe to call from worker threads."""

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        min_score: float = 0.35,
        duplicate_similarity: float = 0.8,
        yes_score: float = 0.6,
        context_weight: float = 0.9,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.min_score = min_score
        self.duplicate_similarity = duplicate_similarity
        self.yes_score = yes_score
        self.context_weight = context_weight
        self.speakers = store.speakers()
        # the role nouns each speaker is described by ("senator", "spokesperson")
        self._speaker_roles = {
            sp.name: set(role_words(" ".join([*sp.roles, *sp.aliases]))) for sp in self.speakers
        }
        self._speaker_index = SpeakerIndex(self.speakers)
        self._term_counts: dict[str, int] = {}  # the store never changes: cache df per term
        self._term_lock = threading.Lock()
        self._articles: dict[str, Article] = {a.id: a for a in store.articles()}

    # --- the public API ----------------------------------------------------------------
    def ask(self, question: str, k: int = 3) -> AskResult:
        """Answer ``question``; raises EmptyQuestionError when it has no words."""
        if not has_words(question):
            raise EmptyQuestionError()
        q = parse_question(question, self._speaker_index)
        if q.unknown_speaker:
            # never other people's words for a speaker the coverage does not quote
            return AskResult(
                question=question,
                kind=q.kind,
                verdict="no" if q.kind == "did_say" else None,
                grade="not_found" if q.kind == "did_say" else None,
                unknown_speaker=q.unknown_speaker,
                suggestions=self.closest_speakers(q.unknown_speaker),
            )
        match_text = " ".join(q.quoted) if q.quoted else q.body
        vec = self.embedder.embed_query(match_text)
        ranks = self._candidates(q, vec, match_text, depth=max(50, k * 10))
        scored = self._score_all(q, vec, ranks)
        if q.kind == "who_said" and not q.quoted:
            self._credit_statements_clause_by_clause(q.body, scored)
        named = q.speaker is not None and q.kind in SPEAKER_QUESTIONS
        floor = 0.0 if named else self.min_score
        kept = [s for s in scored if s.score >= floor]
        kept.sort(key=lambda s: (s.score, s.rrf), reverse=True)
        groups = self._group(kept, limit=k, one_per_speaker=q.kind == "who_talked")
        answers = [self._answer(g) for g in groups]
        verdict: Literal["yes", "no"] | None = None
        grade: Grade | None = None
        other: str | None = None
        if q.kind == "did_say":
            grade, other = self._grade(q, answers)
            verdict = "yes" if grade == "yes" else "no"
        if named:
            for a in answers:
                # the speaker is certain and the topic is the rest of the evidence: the
                # score shown is their mean, so it never falls under min_score
                a.score = round((1.0 + a.score) / 2, 4)
        return AskResult(
            question=question,
            kind=q.kind,
            answers=answers,
            speaker=q.speaker.name if q.speaker else None,
            verdict=verdict,
            grade=grade,
            other_speaker=other,
        )

    def _grade(self, q: Question, answers: list[Answer]) -> tuple[Grade, str | None]:
        """Did the speaker say it? Their closest statement says so (yes) or its opposite
        (no_opposite: a negation or a denial against the claim); else someone else's
        statement says it (no_other, naming them); else nothing does (not_found)."""
        claim = polarity(q.body, q.verb)
        close = [a for a in answers if a.score >= self.yes_score]
        if close:
            # one statement saying it is a yes, whatever else they said
            agree = any(a.polarity == claim for a in close)
            return ("yes" if agree else "no_opposite"), None
        others = Question(q.text, "who_said", [], q.body)
        vec = self.embedder.embed_query(q.body)
        scored = self._score_all(others, vec, self._candidates(others, vec, q.body, depth=50))
        mine = q.speaker.name if q.speaker else None
        best = max(
            (
                s
                for s in scored
                if s.quote.speaker is not None
                and s.quote.speaker.name != mine
                and s.score >= self.yes_score
                and polarity(s.quote.text, s.quote.cue_verb) == claim
            ),
            key=lambda s: s.score,
            default=None,
        )
        if best is not None and best.quote.speaker is not None:
            return "no_other", best.quote.speaker.name
        return "not_found", None

    def closest_speakers(self, name: str, limit: int = 3) -> list[str]:
        """Known speakers whose names are one slip of the keyboard from ``name``
        ("Nancy Pelosy" -> "Nancy Pelosi"), closest first: the whole name, or its surname
        against theirs."""
        from rapidfuzz import fuzz

        wanted = fold(name)
        last = wanted.split()[-1] if wanted.split() else wanted
        scored: list[tuple[float, str]] = []
        for sp in self.speakers:
            forms = [fold(f) for f in [sp.name, *sp.aliases]]
            whole = max(fuzz.ratio(wanted, f) for f in forms)
            surname = fuzz.ratio(last, fold(sp.name).split()[-1]) if sp.kind == "person" else 0
            best = max(whole, surname if " " not in wanted else 0.0)
            if best >= TYPO_SIMILARITY:
                scored.append((best, sp.name))
        scored.sort(key=lambda t: -t[0])
        return [n for _, n in scored[:limit]]

    # --- retrieval -----------------------------------------------------------------------
    def _candidates(
        self, q: Question, vec: np.ndarray, match_text: str, depth: int
    ) -> dict[int, float]:
        """Candidate quote row ids with their reciprocal-rank-fusion score."""
        restrict: list[int] | None = None
        if q.speaker is not None and q.kind in SPEAKER_QUESTIONS:
            restrict = self.store.speaker_quote_rowids(q.speaker.name)
        allowed = set(restrict) if restrict is not None else None
        fused: dict[int, float] = {}

        def add(hits: list[int]) -> None:
            rank = 0
            for rowid in hits:
                if allowed is not None and rowid not in allowed:
                    continue
                fused[rowid] = fused.get(rowid, 0.0) + 1.0 / (_RRF_K + rank)
                rank += 1

        for phrase in q.quoted:
            exact = phrase_query(self._informative_run(phrase))
            add([r for r, _ in self.store.search_quotes_text(exact, depth)])
        terms = self._informative_terms(match_text)
        if terms:
            add([r for r, _ in self.store.search_quotes_text(terms_query(terms), depth)])
        add([r for r, _ in self.store.search_quote_vectors(vec, depth, rowids=restrict)])
        passages = [p for p, _ in self.store.search_passage_vectors(vec, depth)]
        in_passages = self.store.quote_rowids_of_passages(passages)
        add([r for p in passages for r in in_passages.get(p, [])])
        if restrict is not None and len(restrict) <= depth:
            for rowid in restrict:  # a named speaker: each of their quotes is a candidate
                fused.setdefault(rowid, 0.0)
        return fused

    def _informative_run(self, phrase: str) -> str:
        """The longest run of adjacent informative words of a quoted phrase (two or more),
        else the phrase: the words still stand in order, and the search no longer walks
        the posting lists of words like "the" that every quote holds."""
        words = _words(phrase)
        useful = set(self._informative_terms(phrase).split())
        best: list[str] = []
        run: list[str] = []
        for w in [*words, ""]:
            if w in useful:
                run.append(w)
                continue
            if len(run) > len(best):
                best = run
            run = []
        return " ".join(best) if len(best) >= 2 else phrase

    def _informative_terms(self, text: str) -> str:
        """The question's words worth a bm25 search: no stop words, and none held by more
        than ``COMMON_TERM_SHARE`` of the quotes - their IDF is near zero, yet their
        posting lists are what makes the search slow on a large store."""
        words = [w for w in dict.fromkeys(_words(text)) if w not in _STOP]
        limit = max(COMMON_TERM_FLOOR, COMMON_TERM_SHARE * self.store.manifest.counts["quotes"])
        counts = self._document_counts(words)
        return " ".join(w for w in words if counts.get(w, 0) <= limit)

    def _document_counts(self, words: list[str]) -> dict[str, int]:
        with self._term_lock:
            missing = [w for w in words if w not in self._term_counts]
        if missing:
            found = self.store.quote_term_counts(missing)
            with self._term_lock:
                if len(self._term_counts) > TERM_CACHE_SIZE:
                    self._term_counts.clear()
                self._term_counts.update(found)
        with self._term_lock:
            return {w: self._term_counts.get(w, 0) for w in words}

    def _score_all(self, q: Question, vec: np.ndarray, ranks: dict[int, float]) -> list[_Scored]:
        rrf = dict(ranks)
        rowids = list(rrf)
        if not rowids:
            return []
        passage_of = self.store.passage_rowids_of_quotes(rowids)
        in_passage = self.store.quote_rowids_of_passages(sorted(set(passage_of.values())))
        siblings = {r for rs in in_passage.values() for r in rs}
        quotes = self.store.quotes_by_rowids(sorted(siblings | set(rowids)))
        by_passage = {p: [quotes[r] for r in rs if r in quotes] for p, rs in in_passage.items()}
        # a direct quote's statement is always a candidate too: it lends the quote its score
        container: dict[int, int] = {}
        rowid_of = {quote.id: r for r, quote in quotes.items()}
        for rowid in list(rowids):
            quote = quotes.get(rowid)
            outer = _statement_holding(quote, by_passage.get(passage_of.get(rowid, -1), []))
            if quote is None or outer is None:
                continue
            container[rowid] = rowid_of[outer.id]
            if container[rowid] not in rrf:
                rrf[container[rowid]] = 0.0
                rowids.append(container[rowid])
                passage_of[container[rowid]] = passage_of[rowid]
        quote_vecs = self.store.quote_vectors(rowids)
        passage_ids = [passage_of.get(r, -1) for r in rowids]
        known = sorted({p for p in passage_ids if p >= 0})
        passage_vecs = dict(zip(known, self.store.passage_vectors(known), strict=True))
        out: dict[int, _Scored] = {}
        for i, rowid in enumerate(rowids):
            quote = quotes.get(rowid)
            if quote is None:
                continue
            q_sim = float(quote_vecs[i] @ vec)
            p_vec = passage_vecs.get(passage_ids[i])
            p_sim = float(p_vec @ vec) if p_vec is not None else q_sim
            frame = _frame(quote, by_passage.get(passage_ids[i], []))
            score = self._score(q, quote, q_sim, p_sim, frame)
            out[rowid] = _Scored(rowid, quote, score, rrf[rowid], quote_vecs[i])
        for rowid, outer_rowid in container.items():
            inner, outer_scored = out.get(rowid), out.get(outer_rowid)
            if inner is not None and outer_scored is not None:
                # 'said that "everything that is necessary" must be done': the quoted
                # words mean what their statement means, and stand right after it
                inner.score = max(inner.score, outer_scored.score - _NESTED_GAP)
        return list(out.values())

    def _credit_statements_clause_by_clause(self, body: str, scored: list[_Scored]) -> None:
        """A paraphrase of several sentences of one statement ("backing the fight was
        fine, but a war with Moscow would be insane") is matched clause by clause: each
        speaker's evidence is the mean, over the clauses, of their best match in one
        article, and their quotes there score at least that."""
        clauses = split_clauses(body)
        if len(clauses) < 2 or not scored:
            return
        clause_vecs = np.stack([self.embedder.embed_query(c) for c in clauses])
        best: dict[tuple[str, str], np.ndarray] = {}
        for s in scored:
            if s.quote.speaker is None:
                continue
            key = (s.quote.speaker.name, s.quote.article_id)
            sims = clause_vecs @ s.vector
            held = best.get(key)
            best[key] = sims if held is None else np.maximum(held, sims)
        for s in scored:
            if s.quote.speaker is not None:
                key = (s.quote.speaker.name, s.quote.article_id)
                s.score = max(s.score, float(np.clip(best[key].mean(), 0.0, 1.0)))

    def _score(self, q: Question, quote: Quote, q_sim: float, p_sim: float, frame: str) -> float:
        """The calibrated score of one quote for one question, in [0, 1]."""
        # a short quote ("hardening") means little without its paragraph
        w = self.context_weight
        if len(quote.text.split()) <= 4:
            w = (1 + w) / 2
        dense = max(q_sim, w * p_sim + (1 - w) * q_sim)
        if q.quoted:
            lexical = max(coverage(p, quote.text) for p in q.quoted)
            # quoted words found (nearly) verbatim are the strongest evidence there is
            lexical_score = 0.6 + 0.4 * lexical if lexical >= 0.75 else 0.6 * lexical
            # words a user puts in quotation marks are words someone said: a quote holding
            # few of them is no answer, however close in meaning
            if q.kind == "who_said":
                # ... unless the quote says them in other words, closely ("nothing can be
                # ruled out" for "it cannot be ruled out", a translation, a misquote)
                rare = max(coverage(p, quote.text, rare_only=True) for p in q.quoted)
                worded = lexical_score if min(lexical, rare) >= QUOTED_WORDS_SHARE else 0.0
                dense = max(worded, dense if dense >= QUOTED_MEANING_SCORE else 0.0)
            else:
                dense = max(dense, lexical_score)
        elif q.kind in SPEAKER_QUESTIONS and q.body:
            # "What did X say on the sidelines of an event?": the words may be in the frame
            dense += 0.15 * coverage(q.body, frame)
        elif q.kind in TOPIC_QUESTIONS and q.body:
            # "Who talked about demining?": a quote that names the topic talks about it,
            # however little of its meaning one word carries
            dense = max(dense, TOPIC_WORDS_SCORE * coverage(q.body, frame))
        if q.asked_role and self._is_asked_role(quote, q.asked_role):
            dense += ROLE_MATCH_BONUS  # "Which senator said ...?" and the speaker is one
        return float(np.clip(dense, 0.0, 1.0))

    def _is_asked_role(self, quote: Quote, asked: list[str]) -> bool:
        """The quote's speaker is described by one of the ``asked`` role nouns."""
        if quote.speaker is None:
            return False
        roles = self._speaker_roles.get(quote.speaker.name, set())
        return bool((roles | set(role_words(quote.speaker.role or ""))) & set(asked))

    def _group(
        self, ranked: list[_Scored], limit: int, one_per_speaker: bool = False
    ) -> list[_Scored]:
        """Merge the same quote reported by several outlets into one answer.

        At most ``limit`` answers are made, not counting quotes that stand inside an
        earlier answer's statement (they come with it); later candidates can still join an
        answer as another outlet's report, so this is O(candidates x limit). With
        ``one_per_speaker``, a speaker's further quotes make no answer of their own."""
        groups: list[_Scored] = []
        speakers: set[str] = set()
        made = 0
        for s in ranked:
            home = next((g for g in groups if self._same_quote(s, g)), None)
            if home is not None:
                home.reported_by.append(s.quote)
                continue
            name = s.quote.speaker.name if s.quote.speaker else ""
            outer = next((g for g in groups if _holds(g.quote, s.quote)), None)
            if (made >= limit and outer is None) or (
                one_per_speaker and (not name or name in speakers)
            ):
                continue
            s.within = outer.quote.id if outer is not None else None
            speakers.add(name)
            groups.append(s)
            made += outer is None
        return groups

    def _same_quote(self, s: _Scored, g: _Scored) -> bool:
        """``s`` is another outlet's report of ``g``'s quote."""
        a, b = s.quote, g.quote
        if a.speaker and b.speaker and a.speaker.name != b.speaker.name:
            return False
        if a.article_id == b.article_id or any(r.article_id == a.article_id for r in g.reported_by):
            return False
        if float(s.vector @ g.vector) >= self.duplicate_similarity:
            return True
        return _one_contains_the_other(s.words, g.words)

    # --- output ----------------------------------------------------------------------
    def _citation(self, quote: Quote) -> Citation:
        article = self._articles.get(quote.article_id)
        return Citation(
            article_id=quote.article_id,
            title=article.title if article else None,
            outlet=article.outlet if article else None,
            url=article.url if article else None,
            published=article.published if article else None,
            paragraph=quote.paragraph,
            quote_id=quote.id,
            quote=quote.text,
        )

    def _answer(self, s: _Scored) -> Answer:
        quote = s.quote
        c = self._citation(quote)
        return Answer(
            quote_id=quote.id,
            speaker=quote.speaker.name if quote.speaker else None,
            quote=quote.text,
            direct=quote.direct,
            article_id=quote.article_id,
            title=c.title,
            outlet=c.outlet,
            url=c.url,
            published=c.published,
            paragraph=quote.paragraph,
            score=round(s.score, 4),
            sentence=quote.sentence,
            speaker_role=quote.speaker.role if quote.speaker else None,
            reported_by=[self._citation(r) for r in s.reported_by],
            within=s.within,
            cue_verb=quote.cue_verb,
            polarity=polarity(quote.text, quote.cue_verb),
        )


_CLAUSE_BREAK = re.compile(r",?\s+(?:but|while|whereas|yet)\s+|;\s*|,\s+and\s+(?=\w+ing\b)")


def _statement_holding(quote: Quote | None, siblings: list[Quote]) -> Quote | None:
    """The reported statement a direct quote stands in, by the same speaker: 'Macron said
    that "everything that is necessary" must be done ...' holds "everything that is
    necessary"."""
    if quote is None or not quote.direct or quote.speaker is None:
        return None
    name = quote.speaker.name
    return next(
        (
            other
            for other in siblings
            if not other.direct
            and other.speaker is not None
            and other.speaker.name == name
            and _holds(other, quote)
        ),
        None,
    )


def _holds(outer: Quote, inner: Quote) -> bool:
    """``outer``'s words hold ``inner``'s: the same article, a span inside the other."""
    return (
        outer.id != inner.id
        and outer.article_id == inner.article_id
        and outer.start <= inner.start
        and inner.end <= outer.end
    )


def _frame(quote: Quote, siblings: list[Quote]) -> str:
    """The quote's sentence without the words of the other quotes in it: the frame says
    when and where ('told reporters on Monday'); another quote's words are that quote's
    evidence, not this one's."""
    frame = quote.sentence
    for other in siblings:
        if other.id == quote.id or other.sentence != quote.sentence:
            continue
        if _holds(other, quote):
            frame = frame.replace(other.text, quote.text, 1)  # keep the quote's own words
        elif other.end <= quote.start or quote.end <= other.start:
            frame = frame.replace(other.text, " ", 1)
    return frame


def split_clauses(text: str) -> list[str]:
    """The clauses of a paraphrase joined by "but", "while", ";" ... (3+ words each)."""
    parts = [p.strip(" ,") for p in _CLAUSE_BREAK.split(text)]
    return [p for p in parts if len(p.split()) >= 3]


def _one_contains_the_other(a: list[str], b: list[str]) -> bool:
    """One outlet quoting a fragment of what another quoted in full ("nothing should be
    excluded" within "But, in dynamics, nothing should be excluded"). ``a`` and ``b`` are
    the quotes' words."""
    wa = [w for w in a if w not in _STOP]
    wb = [w for w in b if w not in _STOP]
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    whole_partial_quote = len(a if short is wa else b) <= 3  # "no consensus"
    if len(short) < (2 if whole_partial_quote else 3):
        return False
    present = set(long_)
    return sum(w in present for w in short) / len(short) >= 0.8
