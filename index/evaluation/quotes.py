"""Score extracted quotes against hand-checked gold quotes.

A gold quote is *found* when one extracted quote of the same article covers at least half
of its words. An extracted quote is *real* (precision) when it covers at least half of a
gold quote's words or a gold quote covers at least half of its own. Speaker accuracy is
measured on found quotes: the speaker's name must equal the gold speaker or one of its
aliases, ignoring case and accents.
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

    def speaker_matches(self, name: str | None) -> bool:
        if not name:
            return False
        names = {fold(n) for n in [self.speaker, *self.speaker_aliases]}
        return fold(name) in names


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


class GoldMiss(BaseModel):
    gold_id: str
    article: str
    kind: str  # "missed" | "wrong_speaker" | "spurious"
    quote: str
    expected: str | None = None
    got: str | None = None
    cue: str | None = None
    sentence: str = ""


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


def _word_spans(text: str, start: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in _WORD.finditer(text)]


def _covered(words: Sequence[tuple[int, int]], start: int, end: int) -> float:
    if not words:
        return 0.0
    inside = sum(1 for s, e in words if s >= start and e <= end)
    return inside / len(words)


def _gold_offsets(article_text: str, quote: str) -> list[int]:
    offsets: list[int] = []
    pos = article_text.find(quote)
    while pos != -1:
        offsets.append(pos)
        pos = article_text.find(quote, pos + 1)
    return offsets


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
    total = Bucket()
    buckets: dict[str, Bucket] = {}
    errors: list[GoldMiss] = []
    gold_spans: dict[str, list[tuple[int, int]]] = {}
    for g in gold_list:
        text = by_article_text[g.article]
        candidates = extracted_by_article.get(g.article, [])
        best_key: tuple[float, bool] = (0.0, False)  # coverage, then same directness
        match: Quote | None = None
        spans: list[tuple[int, int]] = []
        for off in _gold_offsets(text, g.quote):
            words = _word_spans(g.quote, off)
            spans.append((off, off + len(g.quote)))
            for q in candidates:
                key = (_covered(words, q.start, q.end), q.direct == g.direct)
                if key > best_key:
                    best_key, match = key, q
        gold_spans[g.id] = spans
        found = match is not None and best_key[0] >= 0.5
        correct = (
            found
            and match is not None
            and g.speaker_matches(match.speaker.name if match.speaker else None)
        )
        total.add(found, correct)
        buckets.setdefault(g.cue, Bucket()).add(found, correct)
        if not found:
            errors.append(
                GoldMiss(gold_id=g.id, article=g.article, kind="missed", quote=g.quote,
                         expected=g.speaker, cue=g.cue)
            )  # fmt: skip
        elif not correct and match is not None:
            errors.append(
                GoldMiss(
                    gold_id=g.id, article=g.article, kind="wrong_speaker", quote=g.quote,
                    expected=g.speaker, got=match.speaker.name if match.speaker else None,
                    cue=g.cue, sentence=match.sentence,
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
                             got=q.speaker.name if q.speaker else None, sentence=q.sentence)
                )  # fmt: skip
    return QuoteScores(
        gold=total.gold,
        found=total.found,
        extracted=n_extracted,
        real=real,
        speaker_correct=total.speaker_correct,
        recall=total.recall,
        precision=real / n_extracted if n_extracted else 0.0,
        speaker_accuracy=total.speaker_accuracy,
        by_cue={
            cue: {
                "gold": b.gold,
                "found": b.found,
                "recall": round(b.recall, 4),
                "speaker_accuracy": round(b.speaker_accuracy, 4),
            }
            for cue, b in sorted(buckets.items())
        },
        errors=errors,
    )
