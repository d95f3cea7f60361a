"""Quotation extraction and speaker attribution, built from rules, lexicons and the
structure of the text itself (no statistical model)."""

from __future__ import annotations

from index.extract.article import ArticleExtractor
from index.models import Article, Quote


def extract_article(article: Article) -> list[Quote]:
    """Every quotation of one article, attributed within the article."""
    return ArticleExtractor(article).run()


__all__ = ["ArticleExtractor", "extract_article"]
