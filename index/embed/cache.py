"""A persistent embedding cache: one SQLite file keyed by (model, sha256 of text)."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType

import numpy as np

from index.embed.errors import EmbeddingError

# Well under SQLite's host-parameter limit (999 before 3.32), leaving room for the model.
_CHUNK = 500

_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model  TEXT NOT NULL,
    hash   TEXT NOT NULL,
    dim    INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, hash)
) WITHOUT ROWID
"""


def text_hash(text: str) -> str:
    """The cache key of a text: the SHA-256 hex digest of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Vectors already computed, shared by every build of a store.

    Raises :class:`EmbeddingError` if the file cannot be opened as a cache.

    The file is in WAL mode, so several processes may read it while one writes;
    a writer waits (up to 30 s) for another writer rather than failing.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(path, timeout=30.0, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            with self._conn:
                self._conn.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise EmbeddingError(f"{path}: cannot open embedding cache: {exc}") from None

    def get_many(self, model: str, hashes: Iterable[str]) -> dict[str, np.ndarray]:
        """The cached float32 vectors of ``model`` for those of ``hashes`` that are present."""
        wanted = list(dict.fromkeys(hashes))
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for i in range(0, len(wanted), _CHUNK):
                chunk = wanted[i : i + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = self._conn.execute(
                    "SELECT hash, dim, vector FROM embeddings"
                    f" WHERE model = ? AND hash IN ({marks})",
                    (model, *chunk),
                )
                for key, dim, blob in rows:
                    vector = np.frombuffer(blob, dtype="<f4")
                    if vector.shape == (dim,):  # a torn or foreign row is simply a miss
                        found[key] = vector.astype(np.float32)
        return found

    def put_many(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        """Store ``{hash: vector}`` for ``model`` in one transaction (replacing old rows)."""
        rows = []
        for key, vector in vectors.items():
            flat = np.asarray(vector, dtype="<f4").reshape(-1)
            rows.append((model, key, flat.shape[0], flat.tobytes()))
        with self._lock, self._conn:
            self._conn.executemany(
                "INSERT OR REPLACE INTO embeddings (model, hash, dim, vector) VALUES (?, ?, ?, ?)",
                rows,
            )

    def dimension(self, model: str) -> int | None:
        """The size of the vectors cached for ``model``, or None if it has none."""
        with self._lock:
            row = self._conn.execute(
                "SELECT dim FROM embeddings WHERE model = ? LIMIT 1", (model,)
            ).fetchone()
        return None if row is None else int(row[0])

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> EmbeddingCache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
