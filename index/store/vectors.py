"""Exact inner-product search over normalised vectors, keyed by database row ids."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import faiss
import numpy as np
from numpy.typing import ArrayLike


class VectorIndex:
    """A ``faiss.IndexIDMap2(IndexFlatIP)``: vectors are L2-normalised, so scores
    are cosine similarities; ids are the int64 row ids of the matching rows."""

    def __init__(self, index: faiss.IndexIDMap2) -> None:
        self._index = index

    @classmethod
    def empty(cls, dim: int) -> VectorIndex:
        """An index of ``dim``-dimensional vectors holding none."""
        return cls(faiss.IndexIDMap2(faiss.IndexFlatIP(dim)))

    @classmethod
    def build(cls, ids: Sequence[int], vectors: ArrayLike, dim: int | None = None) -> VectorIndex:
        """An index holding ``vectors[i]`` under ``ids[i]``.

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
        """Like :meth:`search`, but only among vectors whose id is in ``ids``."""
        wanted = np.unique(np.asarray(ids, dtype=np.int64))
        selector = faiss.IDSelectorBatch(wanted)  # referenced here so it outlives the search
        params = faiss.SearchParameters()
        params.sel = selector
        return self._search(query, min(k, len(self), len(wanted)), params)

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
