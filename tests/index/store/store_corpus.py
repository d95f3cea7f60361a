"""A small corpus with vectors, shared by the store tests (imported, not collected)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.models import Article, Manifest, Passage, Quote, Speaker, SpeakerRef

DIM = 8


@dataclass
class Corpus:
    articles: list[Article]
    passages: list[Passage]
    quotes: list[Quote]
    speakers: list[Speaker]
    quote_vectors: np.ndarray
    passage_vectors: np.ndarray
    manifest: Manifest


def _quote(article: Article, paragraph: int, words: str, speaker: SpeakerRef | None) -> Quote:
    para_start = article.paragraph_starts()[paragraph - 1]
    start = para_start + article.paragraphs[paragraph - 1].index(words)
    end = start + len(words)
    return Quote(
        id=Quote.make_id(article.id, start, end),
        article_id=article.id,
        paragraph=paragraph,
        start=start,
        end=end,
        text=words,
        direct=True,
        speaker=speaker,
        cue_verb="said" if speaker else None,
        cue="explicit" if speaker else "none",
        sentence=article.paragraphs[paragraph - 1],
    )


def _unit_rows(n: int, seed: int) -> np.ndarray:
    rows = np.random.default_rng(seed).normal(size=(n, DIM)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def make_corpus() -> Corpus:
    a1 = Article(
        id="reuters-1",
        title="Talks stall",
        url="https://example.com/1",
        outlet="Reuters",
        published="2024-03-01",
        paragraphs=[
            '"We will not negotiate under threat," Emmanuel Macron said on Tuesday.',
            'The Kremlin said the talks were "a waste of time".\n\nIt gave no details.',
        ],
        source="news.jsonl:1",
    )
    a2 = Article(
        id="bbc-7",
        title="Café owners protest",
        outlet="BBC",
        paragraphs=['"Our café will close," said the owner, Élodie Martin.', "No one else spoke."],
        source="bbc.md",
    )
    macron = SpeakerRef(name="Emmanuel Macron", surface="Emmanuel Macron", role="President")
    kremlin = SpeakerRef(name="Kremlin", surface="The Kremlin", kind="organisation")
    martin = SpeakerRef(name="Élodie Martin", surface="the owner, Élodie Martin")
    quotes = [
        _quote(a1, 2, "a waste of time", kremlin),
        _quote(a1, 1, "We will not negotiate under threat,", macron),
        _quote(a2, 1, "Our café will close,", martin),
    ]
    passages = [
        Passage(article_id=a.id, paragraph=i, start=s, end=s + len(p), text=p)
        for a in (a1, a2)
        for i, (s, p) in enumerate(zip(a.paragraph_starts(), a.paragraphs, strict=True), 1)
    ]
    speakers = [
        Speaker(name="Emmanuel Macron", aliases=["Macron"], roles=["President"], quote_count=1),
        Speaker(name="Kremlin", kind="organisation", quote_count=1),
        Speaker(name="Élodie Martin", aliases=["the owner"], quote_count=1),
    ]
    manifest = Manifest(
        schema_version=0,
        model="fake",
        dimension=DIM,
        counts={},
        corpus_fingerprint="abc",
        built_at="2024-03-02T00:00:00Z",
    )
    return Corpus(
        articles=[a1, a2],
        passages=passages,
        quotes=quotes,
        speakers=speakers,
        quote_vectors=_unit_rows(len(quotes), 1),
        passage_vectors=_unit_rows(len(passages), 2),
        manifest=manifest,
    )
