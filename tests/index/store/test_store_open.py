"""Store: write_store_version + Store.open round trip, searches and one-line errors."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest
from store_corpus import Corpus, make_corpus

from index.models import Manifest, Quote
from index.store import database as db
from index.store.errors import StoreError
from index.store.layout import DATABASE_FILE, MANIFEST_FILE, QUOTES_INDEX_FILE, StoreLayout
from index.store.store import Store, write_store_version


def _publish(root: Path, corpus: Corpus, keep_versions: int = 2) -> Manifest:
    layout = StoreLayout(root, keep_versions=keep_versions)
    with layout.new_version() as tmp:
        return write_store_version(
            tmp,
            corpus.articles,
            corpus.passages,
            corpus.quotes,
            corpus.speakers,
            corpus.quote_vectors,
            corpus.passage_vectors,
            corpus.manifest,
        )


def _error(root: Path) -> str:
    with pytest.raises(StoreError) as info:
        Store.open(root)
    message = str(info.value)
    assert "\n" not in message
    return message


@pytest.fixture
def corpus() -> Corpus:
    return make_corpus()


def test_round_trip(tmp_path: Path, corpus: Corpus) -> None:
    written = _publish(tmp_path, corpus)
    with Store.open(tmp_path) as store:
        assert store.manifest == written
        assert store.version == written.version != ""
        assert written.schema_version == db.SCHEMA_VERSION
        assert written.counts == {"articles": 2, "passages": 4, "quotes": 3, "speakers": 3}
        assert list(store.quotes()) == sorted(corpus.quotes, key=lambda q: (q.article_id, q.start))
        assert store.articles() == corpus.articles
        assert store.article("bbc-7") == corpus.articles[1]
        assert store.article("nope") is None
        assert store.speakers() == corpus.speakers
        assert store.quote(corpus.quotes[2].id) == corpus.quotes[2]
        assert store.quote_by_rowid(2) == corpus.quotes[1]
        assert store.quote_by_rowid(42) is None
        assert list(store.quotes_by_rowids([3, 1])) == [3, 1]
        assert store.passage("bbc-7", 2) == corpus.passages[3]
        assert store.passages_by_rowids([1])[1] == corpus.passages[0]


def test_searches_map_back_to_rows(tmp_path: Path, corpus: Corpus) -> None:
    _publish(tmp_path, corpus)
    with Store.open(tmp_path) as store:
        hits = store.search_quote_vectors(corpus.quote_vectors[1], 1)
        assert store.quote_by_rowid(hits[0][0]) == corpus.quotes[1]
        assert hits[0][1] == pytest.approx(1.0, abs=1e-5)
        kremlin = store.speaker_quote_rowids("Kremlin")
        only = store.search_quote_vectors(corpus.quote_vectors[1], 3, rowids=kremlin)
        assert [r for r, _ in only] == kremlin
        passage_hits = store.search_passage_vectors(corpus.passage_vectors[2], 2)
        assert store.passages_by_rowids([passage_hits[0][0]]) == {3: corpus.passages[2]}
        text_hits = store.search_quotes_text(db.fts_query('"waste of time"'), 5)
        assert [r for r, _ in text_hits] == [1]
        assert store.search_passages_text(db.phrase_query("no one else"), 5)[0][0] == 4
        with pytest.raises(StoreError, match="invalid full-text query"):
            store.search_quotes_text("AND (", 5)


def test_usable_from_worker_threads(tmp_path: Path, corpus: Corpus) -> None:
    _publish(tmp_path, corpus)
    with Store.open(tmp_path) as store:

        async def main() -> tuple[Quote | None, list[tuple[int, float]]]:
            return await asyncio.gather(
                asyncio.to_thread(store.quote_by_rowid, 1),
                asyncio.to_thread(store.search_quote_vectors, corpus.quote_vectors[0], 2),
            )

        quote, hits = asyncio.run(main())
        assert quote == corpus.quotes[0]
        assert hits


def test_empty_store(tmp_path: Path) -> None:
    corpus = make_corpus()
    empty = np.zeros((0, corpus.manifest.dimension), dtype=np.float32)
    with StoreLayout(tmp_path).new_version() as tmp:
        write_store_version(tmp, [], [], [], [], empty, empty, corpus.manifest)
    with Store.open(tmp_path) as store:
        assert list(store.quotes()) == []
        assert store.search_quote_vectors(np.ones(corpus.manifest.dimension), 3) == []


def test_vectors_must_match_the_manifest(tmp_path: Path, corpus: Corpus) -> None:
    with pytest.raises(ValueError), StoreLayout(tmp_path).new_version() as tmp:
        write_store_version(
            tmp,
            corpus.articles,
            corpus.passages,
            corpus.quotes,
            corpus.speakers,
            corpus.quote_vectors[:2],
            corpus.passage_vectors,
            corpus.manifest,
        )
    assert "no index at" in _error(tmp_path)


def test_old_reader_survives_a_switch_and_prune(tmp_path: Path, corpus: Corpus) -> None:
    _publish(tmp_path, corpus, keep_versions=1)
    with Store.open(tmp_path) as old:
        changed = make_corpus()
        changed.quotes[0] = changed.quotes[0].model_copy(update={"direct": False})
        _publish(tmp_path, changed, keep_versions=1)
        assert not old.version_dir.exists()  # pruned under the reader
        assert old.quote_by_rowid(1) == corpus.quotes[0]
        assert old.search_quotes_text(db.terms_query("waste"), 5)[0][0] == 1
        with Store.open(tmp_path) as new:
            assert new.version != old.version
            assert new.quote_by_rowid(1) == changed.quotes[0]


def test_no_store(tmp_path: Path) -> None:
    message = _error(tmp_path / "nowhere")
    assert message == f"no index at {tmp_path / 'nowhere'}; run `whosaid index build`"


def test_current_pointing_nowhere(tmp_path: Path, corpus: Corpus) -> None:
    _publish(tmp_path, corpus)
    (tmp_path / "CURRENT").write_text("20990101T000000000000Z-0000\n")
    assert "does not exist" in _error(tmp_path)


@pytest.mark.parametrize("name", [MANIFEST_FILE, DATABASE_FILE, QUOTES_INDEX_FILE])
def test_missing_file(tmp_path: Path, corpus: Corpus, name: str) -> None:
    live = tmp_path / "versions" / _publish(tmp_path, corpus).version
    (live / name).unlink()
    assert f"{name} is missing" in _error(tmp_path)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (MANIFEST_FILE, "invalid manifest"),
        (DATABASE_FILE, "corrupt database"),
        (QUOTES_INDEX_FILE, "corrupt vector index"),
    ],
)
def test_corrupt_file(tmp_path: Path, corpus: Corpus, name: str, expected: str) -> None:
    live = tmp_path / "versions" / _publish(tmp_path, corpus).version
    (live / name).write_bytes(b"\x00garbage" * 100)
    assert expected in _error(tmp_path)


def test_schema_version_mismatch(tmp_path: Path, corpus: Corpus) -> None:
    written = _publish(tmp_path, corpus)
    path = tmp_path / "versions" / written.version / MANIFEST_FILE
    path.write_text(written.model_copy(update={"schema_version": 99}).model_dump_json())
    message = _error(tmp_path)
    assert "schema version 99" in message and "whosaid index build" in message
