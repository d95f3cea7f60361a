"""`whosaid index build`: coverage in, a new store version out, switched in atomically."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from index.config import Settings
from index.embed import Embedder, EmbeddingCache
from index.extract import EXTRACTOR_VERSION
from index.extract.article import ArticleExtractor
from index.extract.coverage import build_speakers
from index.ingest import load_sources
from index.models import Article, BuildReport, InputProblem, Manifest, Passage, Quote, Speaker
from index.store import SCHEMA_VERSION, Store, StoreError, StoreLayout, write_store_version


class BuildError(Exception):
    """A build that cannot produce a store (the old store, if any, stays live)."""


def passages_of(article: Article) -> list[Passage]:
    starts = article.paragraph_starts()
    return [
        Passage(article_id=article.id, paragraph=i, start=s, end=s + len(p), text=p)
        for i, (p, s) in enumerate(zip(article.paragraphs, starts, strict=True), 1)
    ]


def corpus_fingerprint(articles: Sequence[Article]) -> str:
    """A hash of every article's id, metadata and text, independent of input order."""
    digest = hashlib.sha256()
    for a in sorted(articles, key=lambda a: a.id):
        record = a.model_dump_json(include={"id", "title", "url", "outlet", "published"})
        digest.update(record.encode())
        digest.update(hashlib.sha256(a.text.encode()).digest())
    return digest.hexdigest()


def extract_all(
    articles: Sequence[Article],
) -> tuple[list[Quote], list[Speaker], list[InputProblem]]:
    """Extract every article; one that fails is reported and left out, never fatal."""
    extractors: list[ArticleExtractor] = []
    problems: list[InputProblem] = []
    for article in articles:
        ex = ArticleExtractor(article)
        try:
            ex.run()
        except Exception as exc:
            problems.append(
                InputProblem(
                    source=article.source or article.id,
                    message=f"article {article.id!r}: extraction failed: "
                    f"{type(exc).__name__}: {exc}".replace("\n", " "),
                )
            )
            continue
        extractors.append(ex)
    quotes, speakers = build_speakers(extractors)
    return quotes, speakers, problems


def embedding_text(quote: Quote) -> str:
    """What a quote's vector is made from: its own words."""
    return quote.text


def build_index(
    sources: Sequence[Path],
    store: Path,
    settings: Settings,
    *,
    embedder: Embedder | None = None,
    progress: bool | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build a new store version from ``sources`` and switch ``store`` to it.

    ``on_stage`` is called with a short description as each stage starts (reading,
    extracting, embedding, writing); it is called from the building thread."""
    started = time.perf_counter()
    stage = on_stage or (lambda _text: None)
    if not sources:
        raise BuildError("no sources given (pass SOURCE... or set index.sources in the config)")
    stage(f"reading {len(sources)} source(s)")
    ingest = load_sources(sources)
    problems = list(ingest.problems)
    articles = ingest.articles
    if not articles:
        raise BuildError(f"no articles could be read from {', '.join(map(str, sources))}")
    stage(f"extracting quotes from {len(articles)} articles")
    quotes, speakers, extraction_problems = extract_all(articles)
    problems += extraction_problems
    passages = [p for a in articles for p in passages_of(a)]
    layout = StoreLayout(store, keep_versions=settings.index.keep_versions)
    with layout.lock():
        layout.root.mkdir(parents=True, exist_ok=True)
        cache = EmbeddingCache(layout.embedding_cache)
        emb = embedder or Embedder(
            settings.embedding.model,
            device=settings.embedding.device,
            batch_size=settings.embedding.batch_size,
        )
        previous_cache = emb.cache
        emb.cache = cache  # this store's cache, for this build only
        try:
            emb.reset_counters()
            stage(f"embedding {len(quotes)} quotes and {len(passages)} passages")
            quote_vectors = emb.embed([embedding_text(q) for q in quotes], progress=progress)
            passage_vectors = emb.embed([p.text for p in passages], progress=progress)
            manifest = Manifest(
                schema_version=SCHEMA_VERSION,
                model=emb.model_name,
                dimension=emb.dimension,
                counts={},
                corpus_fingerprint=corpus_fingerprint(articles),
                built_at=datetime.now(UTC).isoformat(timespec="seconds"),
                embedded_texts=emb.embedded,
                cached_texts=emb.cached,
                sources=[str(s) for s in sources],
                extractor_version=EXTRACTOR_VERSION,
            )
            stage("writing the new store version")
            with layout.new_version() as version_dir:
                manifest.build_seconds = round(time.perf_counter() - started, 3)
                manifest = write_store_version(
                    version_dir,
                    articles,
                    passages,
                    quotes,
                    speakers,
                    quote_vectors,
                    passage_vectors,
                    manifest,
                )
        finally:
            emb.cache = previous_cache
            cache.close()
    return BuildReport(
        manifest=manifest, store=str(store), problems=problems, files_read=ingest.files_read
    )


def ensure_store(
    sources: Sequence[Path],
    store: Path,
    settings: Settings,
    *,
    embedder: Embedder | None = None,
) -> Store:
    """Open ``store`` if it was built from exactly these sources' articles, else build it."""
    articles = load_sources(sources).articles
    try:
        existing = Store.open(store)
    except StoreError:
        existing = None
    if existing is not None:
        m = existing.manifest
        if (
            m.corpus_fingerprint == corpus_fingerprint(articles)
            and m.extractor_version == EXTRACTOR_VERSION
        ):
            return existing
        existing.close()
    build_index(sources, store, settings, embedder=embedder, progress=False)
    return Store.open(store)
