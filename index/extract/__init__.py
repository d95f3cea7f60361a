"""Quotation extraction and speaker attribution, built from rules, lexicons and the
structure of the text itself (no statistical model)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from index.extract.article import ArticleExtractor
from index.extract.coverage import build_speakers
from index.models import Article, Quote, Speaker


def _rules_version() -> str:
    """A hash of the extraction code: stores built by other rules are rebuilt by eval."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


EXTRACTOR_VERSION = _rules_version()


def extract_article(article: Article) -> list[Quote]:
    """Every quotation of one article, attributed within the article."""
    return ArticleExtractor(article).run()


def extract_coverage(articles: Iterable[Article]) -> tuple[list[Quote], list[Speaker]]:
    """Every quotation of every article, with speakers made one across the coverage."""
    extractors = [ArticleExtractor(a) for a in articles]
    for ex in extractors:
        ex.run()
    return build_speakers(extractors)


__all__ = ["EXTRACTOR_VERSION", "ArticleExtractor", "extract_article", "extract_coverage"]
