"""VectorIndex: exact cosine search keyed by row ids."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.store.vectors import VectorIndex


def _unit(n: int, dim: int = 8, seed: int = 0) -> np.ndarray:
    rows = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_search_returns_nearest_ids_best_first() -> None:
    vectors = _unit(20)
    ids = list(range(101, 121))
    index = VectorIndex.build(ids, vectors)
    assert len(index) == 20 and index.dimension == 8
    hits = index.search(vectors[4], 3)
    assert hits[0][0] == 105
    assert hits[0][1] == pytest.approx(1.0, abs=1e-5)
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)
    assert len(index.search(vectors[0], 100)) == 20
    assert index.search(vectors[0], 0) == []


def test_search_subset_stays_in_subset() -> None:
    vectors = _unit(50, seed=1)
    index = VectorIndex.build(list(range(1, 51)), vectors)
    subset = [3, 7, 9, 9, 999]  # duplicates and unknown ids are harmless
    hits = index.search_subset(vectors[0], subset, 10)
    assert {i for i, _ in hits} == {3, 7, 9}
    assert index.search_subset(vectors[6], subset, 1)[0][0] == 7
    assert index.search_subset(vectors[0], [], 5) == []


def test_empty_index(tmp_path: Path) -> None:
    index = VectorIndex.build([], [], dim=8)
    assert len(index) == 0
    assert index.search(_unit(1)[0], 5) == []
    assert index.search_subset(_unit(1)[0], [1, 2], 5) == []
    index.save(tmp_path / "e.faiss")
    loaded = VectorIndex.load(tmp_path / "e.faiss")
    assert len(loaded) == 0 and loaded.dimension == 8
    assert len(VectorIndex.build([], np.zeros((0, 4), dtype=np.float32))) == 0


def test_save_load_round_trip(tmp_path: Path) -> None:
    vectors = _unit(10)
    index = VectorIndex.build([5, 6, 7, 8, 9, 10, 11, 12, 13, 14], vectors)
    index.save(tmp_path / "v.faiss")
    loaded = VectorIndex.load(tmp_path / "v.faiss")
    assert loaded.search(vectors[2], 4) == index.search(vectors[2], 4)


def test_shape_errors() -> None:
    with pytest.raises(ValueError):
        VectorIndex.build([1, 2], _unit(3))
    with pytest.raises(ValueError):
        VectorIndex.build([1], _unit(1), dim=4)
    with pytest.raises(ValueError):
        VectorIndex.build([], [])
    with pytest.raises(ValueError):
        VectorIndex.build([1], _unit(1)).search(np.ones(3, dtype=np.float32), 1)


def test_hnsw_index_for_large_sets_finds_the_nearest(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from index.store.vectors import VectorIndex

    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((2000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = list(range(10, 2010))
    index = VectorIndex.build(ids, vectors, hnsw_from=1000)
    index.save(tmp_path / "h.faiss")
    loaded = VectorIndex.load(tmp_path / "h.faiss")
    hits = 0
    for row in range(0, 2000, 40):
        query = vectors[row] + 0.01 * rng.standard_normal(32).astype(np.float32)
        top = loaded.search(query, 5)
        hits += top[0][0] == ids[row]
    assert hits >= 48  # recall@1 of 50 near-duplicate queries
    subset = loaded.search_subset(vectors[7], [ids[7], ids[8], ids[9]], 2)
    assert subset[0][0] == ids[7] and {i for i, _ in subset} <= {ids[7], ids[8], ids[9]}
    assert np.allclose(loaded.vectors([ids[5]])[0], vectors[5], atol=1e-6)
