"""Score extracted quotes against gold quotes (hand-checked, or converted from PolNeAR).

A gold quote is *found* when one extracted quote of the same article covers at least half
of its words. An extracted quote is *real* (precision) when it covers at least half of a
gold quote's words or a gold quote covers at least half of its own. Speaker accuracy is
measured on found quotes: the speaker's name must equal the gold speaker or one of its
aliases, ignoring case and accents.

Every figure is given twice: *raw*, exactly as above, and *adjusted* to the product's own
conventions where a gold set follows others (PolNeAR):

- a gold reported clause that holds a partial quote ('said the plan was "a disaster"') is
  also found by the quoted words alone, with the same speaker: a user asking who said
  "a disaster" gets the right answer either way;
- a speaker name is also right when it is the same person written more fully or with
  initials and titles left out ("Salma Hayek" for "Hayek", "Harry Reid" for "Harry M.
  Reid"): the gold gives the article's own longest form, whosaid the coverage-wide one;
- a role that speaks for the gold speaker is right too ("spokesman for Bernie Sanders" for
  "Bernie Sanders"): PolNeAR credits the principal, whosaid the person who spoke.

Gold quotes may say how their speaker was found (``speaker_resolved``: ``name``, ``role``,
``coref``, ``unresolved``); figures are given by that flag too, and *judged* speaker
accuracy counts only the flags whose speakers are names (hand-checked gold, ``name``,
``coref``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, Field, ValidationError

from index.extract.lexicon import fold
from index.models import Article, Quote

_WORD = re.compile(r"\w+")


class GoldQuote(BaseModel):
    id: str
    article: str
    quote: str
    direct: bool
    speaker: str
    speaker_aliases: list[str] = Field(default_factory=list)
    cue: str = "explicit"
    # how the gold speaker was found (PolNeAR conversions); None: checked by hand
    speaker_resolved: str | None = None

    @property
    def flag(self) -> str:
        return self.speaker_resolved or "checked"

    def speaker_matches(self, name: str | None) -> bool:
        if not name:
            return False
        names = {fold(n) for n in [self.speaker, *self.speaker_aliases]}
        return fold(name) in names

    def speaker_is_person(self, name: str | None) -> bool:
        """The same person, written as fully as or more fully than the gold name: every
        word of a gold name is in ``name`` (titles and initials aside), surnames equal. A
        bare-surname alias proves nothing where the gold speaker has a fuller name: 'Anne
        Marie Murphy' is not 'Chris Murphy' because the article also says 'Murphy'."""
        if self.speaker_matches(name):
            return True
        mine = _name_words(name or "")
        if not mine:
            return False
        for gold in [self.speaker, *self.speaker_aliases]:
            theirs = _name_words(gold)
            if gold != self.speaker and len(theirs) < 2:
                continue
            if theirs and theirs[-1] == mine[-1] and set(theirs) <= set(mine):
                return True
        return False

    def served_by(self, name: str | None) -> bool:
        """A role that speaks for the gold speaker: 'spokesman for Bernie Sanders' where the
        gold (PolNeAR) credits the quote to Bernie Sanders himself."""
        if not name:
            return False
        low = fold(name)
        return any(
            low.endswith((f" for {fold(n)}", f" of {fold(n)}", f" to {fold(n)}"))
            for n in [self.speaker, *self.speaker_aliases]
        )


_TITLES = frozenset(
    "mr mrs ms miss dr sen rep gov gen president senator representative governor".split()
)


def _name_words(name: str) -> list[str]:
    words = [w.strip(".,") for w in fold(name).split()]
    return [w for w in words if len(w) > 1 and w not in _TITLES]


JUDGED_FLAGS = frozenset({"checked", "name", "coref"})


class GoldError(ValueError):
    """A gold file that cannot be read (one line, names the file and line)."""


M = TypeVar("M", bound=BaseModel)


def load_jsonl_models(path: Path, model: type[M]) -> list[M]:
    """One ``model`` per non-empty line of a JSONL file; a bad line is a one-line
    :class:`GoldError` naming the file, line and field."""
    out: list[M] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(model.model_validate_json(line))
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"]) or "line"
            raise GoldError(f"{path}:{n}: {field}: {err['msg']}") from None
    return out


def load_gold_quotes(path: Path) -> list[GoldQuote]:
    return load_jsonl_models(path, GoldQuote)


class Bucket(BaseModel):
    gold: int = 0
    found: int = 0
    speaker_correct: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.found if self.found else 0.0

    def add(self, found: bool, correct: bool) -> None:
        self.gold += 1
        self.found += int(found)
        self.speaker_correct += int(found and correct)

    def summary(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "found": self.found,
            "recall": round(self.recall, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
        }


class GoldMiss(BaseModel):
    gold_id: str
    article: str
    kind: str  # "missed" | "wrong_speaker" | "spurious"
    quote: str
    expected: str | None = None
    got: str | None = None
    cue: str | None = None
    sentence: str = ""
    flag: str | None = None  # the gold quote's speaker_resolved flag
    direct: bool | None = None


class AdjustedScores(BaseModel):
    """The same figures under the product's conventions (see the module docstring)."""

    found: int
    real: int
    speaker_correct: int
    recall: float
    precision: float
    speaker_accuracy: float
    judged_speaker_accuracy: float
    by_cue: dict[str, dict[str, float | int]]
    by_flag: dict[str, dict[str, float | int]]
    by_form: dict[str, dict[str, float | int]]


class QuoteScores(BaseModel):
    gold: int
    found: int
    extracted: int
    real: int
    speaker_correct: int
    recall: float
    precision: float
    speaker_accuracy: float
    by_cue: dict[str, dict[str, float | int]]
    errors: list[GoldMiss] = Field(default_factory=list)
    # speaker accuracy on the quotes whose gold speaker is a name (JUDGED_FLAGS)
    judged_speaker_accuracy: float = 0.0
    by_flag: dict[str, dict[str, float | int]] = Field(default_factory=dict)
    by_form: dict[str, dict[str, float | int]] = Field(default_factory=dict)  # direct/reported
    adjusted: AdjustedScores | None = None


def _word_spans(text: str, start: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in _WORD.finditer(text)]


def _covered(words: Sequence[tuple[int, int]], start: int, end: int) -> float:
    if not words:
        return 0.0
    inside = sum(1 for s, e in words if s >= start and e <= end)
    return inside / len(words)


def _gold_spans(article_text: str, quote: str) -> list[tuple[int, int]]:
    """Every place the gold quote occurs in the article, as (start, end). Whitespace runs
    match any whitespace run: ingestion folds no-break spaces and doubled spaces that a
    gold set may have kept from its source text."""
    words = quote.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    return [(m.start(), m.end()) for m in pattern.finditer(article_text)]


_MARKED = re.compile(r"[\"“”«»„]|''|‘[^’]+’")


def _partial_quote_inside(
    text: str, start: int, end: int, candidates: Sequence[Quote]
) -> Quote | None:
    """A direct quote lying inside the gold clause ``text[start:end]`` that holds
    quotation marks: the partial quote a user would ask about."""
    if not _MARKED.search(text, start, end):
        return None
    inside = [q for q in candidates if q.direct and start <= q.start and q.end <= end]
    return max(inside, key=lambda q: q.end - q.start, default=None)


class _Tally:
    def __init__(self) -> None:
        self.total = Bucket()
        self.by_cue: dict[str, Bucket] = {}
        self.by_flag: dict[str, Bucket] = {}
        self.by_form: dict[str, Bucket] = {}
        self.judged = Bucket()

    def add(self, g: GoldQuote, found: bool, correct: bool) -> None:
        self.total.add(found, correct)
        self.by_cue.setdefault(g.cue, Bucket()).add(found, correct)
        self.by_flag.setdefault(g.flag, Bucket()).add(found, correct)
        self.by_form.setdefault("direct" if g.direct else "reported", Bucket()).add(found, correct)
        if g.flag in JUDGED_FLAGS:
            self.judged.add(found, correct)

    @staticmethod
    def table(buckets: dict[str, Bucket]) -> dict[str, dict[str, float | int]]:
        return {key: b.summary() for key, b in sorted(buckets.items())}


def score_quotes(
    gold: Iterable[GoldQuote],
    extracted: Iterable[Quote],
    articles: Iterable[Article],
) -> QuoteScores:
    by_article_text = {a.id: a.text for a in articles}
    extracted_by_article: dict[str, list[Quote]] = {}
    for q in extracted:
        extracted_by_article.setdefault(q.article_id, []).append(q)
    gold_list = [g for g in gold if g.article in by_article_text]
    raw, adjusted = _Tally(), _Tally()
    errors: list[GoldMiss] = []
    gold_spans: dict[str, list[tuple[int, int]]] = {}
    for g in gold_list:
        text = by_article_text[g.article]
        candidates = extracted_by_article.get(g.article, [])
        best_key: tuple[float, bool] = (0.0, False)  # coverage, then same directness
        match: Quote | None = None
        partial: Quote | None = None
        spans: list[tuple[int, int]] = []
        for off, end in _gold_spans(text, g.quote):
            words = _word_spans(text[off:end], off)
            spans.append((off, end))
            for q in candidates:
                key = (_covered(words, q.start, q.end), q.direct == g.direct)
                if key > best_key:
                    best_key, match = key, q
            if not g.direct and partial is None:
                partial = _partial_quote_inside(text, off, end, candidates)
        gold_spans[g.id] = spans
        found = match is not None and best_key[0] >= 0.5
        name = match.speaker.name if found and match and match.speaker else None
        correct = found and g.speaker_matches(name)
        raw.add(g, found, correct)
        adj_match = match if found else partial
        adj_name = adj_match.speaker.name if adj_match and adj_match.speaker else None
        adjusted.add(
            g, adj_match is not None, g.speaker_is_person(adj_name) or g.served_by(adj_name)
        )
        if not found or (not correct and match is not None):
            errors.append(
                GoldMiss(
                    gold_id=g.id, article=g.article, quote=g.quote, expected=g.speaker,
                    cue=g.cue, flag=g.speaker_resolved, direct=g.direct,
                    kind="wrong_speaker" if found else "missed",
                    got=name, sentence=match.sentence if found and match else "",
                )
            )  # fmt: skip
    real = 0
    n_extracted = 0
    for article_id, quotes in extracted_by_article.items():
        if article_id not in by_article_text:
            continue
        text = by_article_text[article_id]
        golds = [g for g in gold_list if g.article == article_id]
        for q in quotes:
            n_extracted += 1
            q_words = _word_spans(text[q.start : q.end], q.start)
            is_real = False
            for g in golds:
                for s, e in gold_spans.get(g.id, []):
                    g_words = _word_spans(text[s:e], s)
                    if _covered(g_words, q.start, q.end) >= 0.5 or _covered(q_words, s, e) >= 0.5:
                        is_real = True
                        break
                if is_real:
                    break
            real += int(is_real)
            if not is_real:
                errors.append(
                    GoldMiss(gold_id=q.id, article=article_id, kind="spurious", quote=q.text,
                             got=q.speaker.name if q.speaker else None, sentence=q.sentence,
                             direct=q.direct)
                )  # fmt: skip
    precision = real / n_extracted if n_extracted else 0.0
    return QuoteScores(
        gold=raw.total.gold,
        found=raw.total.found,
        extracted=n_extracted,
        real=real,
        speaker_correct=raw.total.speaker_correct,
        recall=raw.total.recall,
        precision=precision,
        speaker_accuracy=raw.total.speaker_accuracy,
        by_cue=_Tally.table(raw.by_cue),
        errors=errors,
        judged_speaker_accuracy=raw.judged.speaker_accuracy,
        by_flag=_Tally.table(raw.by_flag),
        by_form=_Tally.table(raw.by_form),
        adjusted=AdjustedScores(
            found=adjusted.total.found,
            real=real,
            speaker_correct=adjusted.total.speaker_correct,
            recall=adjusted.total.recall,
            precision=precision,
            speaker_accuracy=adjusted.total.speaker_accuracy,
            judged_speaker_accuracy=adjusted.judged.speaker_accuracy,
            by_cue=_Tally.table(adjusted.by_cue),
            by_flag=_Tally.table(adjusted.by_flag),
            by_form=_Tally.table(adjusted.by_form),
        ),
    )
