"""The naive approach every change is judged against.

Sentence embeddings + FAISS top-k over every sentence of the coverage; the speaker is the
nearest "X said" (in the sentence, else in the sentences before it). This is what a quick
retrieval demo would do, with no quote extraction or attribution at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from syntok import segmenter

from index.embed import Embedder
from index.models import Answer, Article, AskResult
from index.store import VectorIndex

_SAID = re.compile(
    r"(?P<before>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+(?:said|says|told|added|stated)\b"
    r"|\b(?:said|says|told|added|stated)\s+(?P<after>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
)


@dataclass(frozen=True)
class _Sentence:
    article: Article
    paragraph: int
    text: str
    order: int  # position in the article


def _sentences(article: Article) -> list[_Sentence]:
    out: list[_Sentence] = []
    for number, para in enumerate(article.paragraphs, 1):
        for par in segmenter.process(para):
            for sent in par:
                if not sent:
                    continue
                s, e = sent[0].offset, sent[-1].offset + len(sent[-1].value)
                out.append(_Sentence(article, number, para[s:e], len(out)))
    return out


def nearest_said(sentences: Sequence[_Sentence], index: int) -> str | None:
    """The name in the nearest "X said" at or before sentence ``index`` of its article."""
    for s in reversed(sentences[: index + 1]):
        matches = list(_SAID.finditer(s.text))
        if matches:
            m = matches[-1]
            return m.group("before") or m.group("after")
    return None


class NaiveAnswerer:
    def __init__(self, articles: Sequence[Article], embedder: Embedder) -> None:
        self.embedder = embedder
        self.by_article: dict[str, list[_Sentence]] = {}
        self.flat: list[_Sentence] = []
        for a in articles:
            sents = _sentences(a)
            self.by_article[a.id] = sents
            self.flat.extend(sents)
        vectors = embedder.embed([s.text for s in self.flat], progress=False)
        self.index = VectorIndex.build(list(range(len(self.flat))), vectors)

    def ask(self, question: str, k: int = 3) -> AskResult:
        hits = self.index.search(self.embedder.embed_query(question), k)
        answers: list[Answer] = []
        for i, score in hits:
            s = self.flat[i]
            speaker = nearest_said(self.by_article[s.article.id], s.order)
            answers.append(
                Answer(
                    quote_id=f"{s.article.id}:{s.order}",
                    speaker=speaker,
                    quote=s.text,
                    direct=False,
                    article_id=s.article.id,
                    title=s.article.title,
                    outlet=s.article.outlet,
                    url=s.article.url,
                    published=s.article.published,
                    paragraph=s.paragraph,
                    score=round(float(score), 4),
                )
            )
        return AskResult(question=question, kind="search", answers=answers)
