"""Helpers shared by the quote-extractor tests: run the extractor and find a quote by words.

Every article the helpers extract is also checked for the offset invariant
(``quote.text == article.text[start:end]``), so each test guards it for free.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from index.extract import extract_article, extract_coverage
from index.models import Article, Quote, Speaker


def article(*paragraphs: str, id: str = "t1") -> Article:
    return Article(id=id, paragraphs=list(paragraphs))


def check_offsets(art: Article, quotes: Sequence[Quote]) -> None:
    text = art.text
    starts = art.paragraph_starts()
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text), q
        assert q.text == text[q.start : q.end], q
        assert 1 <= q.paragraph <= len(art.paragraphs), q
        para_start = starts[q.paragraph - 1]
        assert para_start <= q.start, q
        assert q.end <= para_start + len(art.paragraphs[q.paragraph - 1]), q


def extract(*paragraphs: str) -> list[Quote]:
    """All quotes of an article made of ``paragraphs``."""
    art = article(*paragraphs)
    quotes = extract_article(art)
    check_offsets(art, quotes)
    return quotes


def coverage(*articles: Sequence[str]) -> tuple[list[Quote], list[Speaker]]:
    """extract_coverage over articles given as lists of paragraphs (ids a0, a1, ...)."""
    arts = [article(*paras, id=f"a{i}") for i, paras in enumerate(articles)]
    quotes, speakers = extract_coverage(arts)
    by_id = {a.id: a for a in arts}
    for q in quotes:
        check_offsets(by_id[q.article_id], [q])
    return quotes, speakers


def find_quote(quotes: Sequence[Quote], words: str, *, direct: bool | None = None) -> Quote:
    """The quote whose text contains ``words`` (the shortest one when several do: a reported
    clause may contain a direct quote). Fails the test when there is none."""
    hits = [q for q in quotes if words in q.text and (direct is None or q.direct == direct)]
    assert hits, f"no quote containing {words!r}; got {[q.text for q in quotes]!r}"
    return min(hits, key=lambda q: len(q.text))


def speaker_of(quotes: Sequence[Quote], words: str, *, direct: bool | None = None) -> str | None:
    """Canonical speaker name of the quote containing ``words`` (None when unattributed)."""
    q = find_quote(quotes, words, direct=direct)
    return q.speaker.name if q.speaker else None


def no_quote_with(quotes: Sequence[Quote], words: str) -> bool:
    return not any(words in q.text for q in quotes)


def speaker_named(speakers: Sequence[Speaker], name: str) -> Speaker:
    hits = [s for s in speakers if s.name == name]
    assert hits, f"no speaker {name!r}; got {[s.name for s in speakers]!r}"
    return hits[0]


def regression(reason: str, *values: object) -> object:
    """A parametrize case the extractor once got wrong (``reason`` says how), kept as a
    regression test."""
    del reason  # documentation only
    return pytest.param(*values)
