"""Inner-product search over normalised vectors, keyed by database row ids.

Up to ``HNSW_FROM`` vectors the index is exact (flat); above, it is an HNSW graph, whose
search time grows with log(n) instead of n (recall stays near 1 with ``EF_SEARCH``).
Searches restricted to a subset of ids (one speaker's quotes) are always exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import faiss
import numpy as np
from numpy.typing import ArrayLike

HNSW_FROM = 20_000
HNSW_M = 32
EF_CONSTRUCTION = 80
EF_SEARCH = 96
EXACT_SUBSET_UP_TO = 20_000


class VectorIndex:
    """A ``faiss.IndexIDMap2`` over a flat or HNSW inner-product index: vectors are
    L2-normalised, so scores are cosine similarities; ids are the int64 row ids of the
    matching rows."""

    def __init__(self, index: faiss.IndexIDMap2) -> None:
        self._index = index

    @classmethod
    def empty(cls, dim: int) -> VectorIndex:
        """An index of ``dim``-dimensional vectors holding none."""
        return cls(faiss.IndexIDMap2(faiss.IndexFlatIP(dim)))

    @classmethod
    def build(
        cls,
        ids: Sequence[int],
        vectors: ArrayLike,
        dim: int | None = None,
        hnsw_from: int = HNSW_FROM,
    ) -> VectorIndex:
        """An index holding ``vectors[i]`` under ``ids[i]``: exact below ``hnsw_from``
        vectors, an HNSW graph from there on.

        ``dim`` is needed only when ``vectors`` is empty and not a 2-D array.
        """
        array = np.asarray(vectors, dtype=np.float32)
        if array.size == 0 and array.ndim != 2:
            if dim is None:
                raise ValueError("dim is required to build an index from no vectors")
            array = array.reshape(0, dim)
        if array.ndim != 2 or array.shape[0] != len(ids):
            raise ValueError(f"{len(ids)} ids for vectors of shape {array.shape}")
        if dim is not None and array.shape[1] != dim:
            raise ValueError(f"vectors have dimension {array.shape[1]}, expected {dim}")
        if len(ids) >= hnsw_from:
            inner = faiss.IndexHNSWFlat(array.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
            inner.hnsw.efConstruction = EF_CONSTRUCTION
            index = cls(faiss.IndexIDMap2(inner))
        else:
            index = cls.empty(array.shape[1])
        if len(ids):
            index._index.add_with_ids(np.ascontiguousarray(array), np.asarray(ids, dtype=np.int64))
        return index

    @classmethod
    def load(cls, path: Path) -> VectorIndex:
        """Read an index written by :meth:`save` (faiss raises ``RuntimeError`` if corrupt)."""
        index = faiss.read_index(str(path))
        if not isinstance(index, faiss.IndexIDMap2):
            raise ValueError(f"{path}: not an id-mapped FAISS index")
        inner = faiss.downcast_index(index.index)
        if isinstance(inner, faiss.IndexHNSW):
            inner.hnsw.efSearch = EF_SEARCH
        return cls(index)

    def save(self, path: Path) -> None:
        """Write the index to ``path``."""
        faiss.write_index(self._index, str(path))

    @property
    def dimension(self) -> int:
        return int(self._index.d)

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def vectors(self, ids: Sequence[int]) -> np.ndarray:
        """The stored vectors of ``ids`` (shape ``(len(ids), dimension)``), in that order."""
        out = np.zeros((len(ids), self.dimension), dtype=np.float32)
        for row, i in enumerate(ids):
            out[row] = self._index.reconstruct(int(i))
        return out

    def search(self, query: ArrayLike, k: int) -> list[tuple[int, float]]:
        """The ``k`` nearest ``(id, cosine)`` pairs, best first."""
        return self._search(query, min(k, len(self)), None)

    def search_subset(
        self, query: ArrayLike, ids: Sequence[int], k: int
    ) -> list[tuple[int, float]]:
        """Like :meth:`search`, but only among vectors whose id is in ``ids``: exact, by a
        dot product over the subset (a filtered graph search would lose recall)."""
        wanted = np.unique(np.asarray(ids, dtype=np.int64))
        if len(wanted) > EXACT_SUBSET_UP_TO:
            selector = faiss.IDSelectorBatch(wanted)  # referenced so it outlives the search
            params = faiss.SearchParameters()
            params.sel = selector
            return self._search(query, min(k, len(self), len(wanted)), params)
        present, rows = [], []
        for i in wanted:
            try:
                rows.append(self._index.reconstruct(int(i)))
            except RuntimeError:  # not in the index
                continue
            present.append(int(i))
        if not present or k <= 0:
            return []
        vector = np.asarray(query, dtype=np.float32).reshape(-1)
        scores = np.stack(rows) @ vector
        order = np.argsort(-scores)[:k]
        return [(present[j], float(scores[j])) for j in order]

    def _search(
        self, query: ArrayLike, k: int, params: faiss.SearchParameters | None
    ) -> list[tuple[int, float]]:
        vector = np.asarray(query, dtype=np.float32).reshape(1, -1)
        if vector.shape[1] != self.dimension:
            raise ValueError(f"query has dimension {vector.shape[1]}, index {self.dimension}")
        if k <= 0:
            return []
        scores, ids = self._index.search(np.ascontiguousarray(vector), k, params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i != -1]
