"""EmbeddingCache: the SQLite file behind the embedder."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import numpy as np
import pytest

from index.embed import EmbeddingCache, EmbeddingError, text_hash


def test_text_hash_is_sha256_of_utf8() -> None:
    assert text_hash("café") == hashlib.sha256("café".encode()).hexdigest()


def test_round_trip_many_and_missing(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    vectors = {f"h{i}": rng.normal(size=8).astype(np.float32) for i in range(1200)}
    with EmbeddingCache(tmp_path / "c.sqlite") as cache:
        cache.put_many("m", vectors)
        got = cache.get_many("m", [*vectors, "absent"])
        assert got.keys() == vectors.keys()
        for key, vector in vectors.items():
            np.testing.assert_array_equal(got[key], vector)
        assert cache.get_many("other-model", vectors) == {}
        assert cache.dimension("m") == 8
        assert cache.dimension("other-model") is None


def test_wal_and_shared_between_connections(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with EmbeddingCache(path) as first, EmbeddingCache(path) as second:
        mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"

        def write(cache: EmbeddingCache, prefix: str) -> None:
            for i in range(50):
                cache.put_many("m", {f"{prefix}{i}": np.full(4, i, dtype=np.float32)})

        threads = [
            threading.Thread(target=write, args=(first, "a")),
            threading.Thread(target=write, args=(second, "b")),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        keys = [f"{p}{i}" for p in "ab" for i in range(50)]
        assert len(first.get_many("m", keys)) == 100
        assert len(second.get_many("m", keys)) == 100


def test_unusable_file_is_an_embedding_error(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(EmbeddingError, match="cannot open embedding cache"):
        EmbeddingCache(path)
