"""A published store version: writing one, and opening the live one read-only."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

import numpy as np
from numpy.typing import ArrayLike

from index.models import Article, Manifest, Passage, Quote, Speaker
from index.store import database as db
from index.store.errors import StoreError
from index.store.layout import (
    DATABASE_FILE,
    MANIFEST_FILE,
    PASSAGES_INDEX_FILE,
    QUOTES_INDEX_FILE,
    StoreLayout,
    version_name,
)
from index.store.manifest import read_manifest, write_manifest
from index.store.vectors import VectorIndex

_REBUILD = "rebuild it with `whosaid index build`"


def write_store_version(
    version_dir: Path,
    articles: Sequence[Article],
    passages: Sequence[Passage],
    quotes: Sequence[Quote],
    speakers: Sequence[Speaker],
    quote_vectors: ArrayLike,
    passage_vectors: ArrayLike,
    manifest: Manifest,
) -> Manifest:
    """Write every file of one version into ``version_dir`` (an empty directory).

    ``quote_vectors[i]`` belongs to ``quotes[i]`` and ``passage_vectors[i]`` to
    ``passages[i]``. The manifest is written with ``schema_version``, ``counts``
    and ``version`` (the directory's published name) filled in from what is
    written; it is returned. Raises ``ValueError`` if the data do not fit together.
    """
    dim = manifest.dimension
    rowids = db.write_database(version_dir / DATABASE_FILE, articles, passages, quotes, speakers)
    VectorIndex.build(rowids.quotes, quote_vectors, dim).save(version_dir / QUOTES_INDEX_FILE)
    VectorIndex.build(rowids.passages, passage_vectors, dim).save(version_dir / PASSAGES_INDEX_FILE)
    written = manifest.model_copy(
        update={
            "schema_version": db.SCHEMA_VERSION,
            "counts": {
                "articles": len(articles),
                "passages": len(passages),
                "quotes": len(quotes),
                "speakers": len(speakers),
            },
            "version": version_name(version_dir),
        }
    )
    write_manifest(version_dir / MANIFEST_FILE, written)
    return written


class Store:
    """One store version opened read-only; safe to share between threads."""

    def __init__(
        self,
        version_dir: Path,
        conn: sqlite3.Connection,
        manifest: Manifest,
        quote_index: VectorIndex,
        passage_index: VectorIndex,
    ) -> None:
        self.version_dir = version_dir
        self.manifest = manifest
        self._conn = conn
        self._lock = threading.Lock()
        self._quote_index = quote_index
        self._passage_index = passage_index

    @classmethod
    def open(cls, root: Path) -> Store:
        """Open the live version of the store at ``root``.

        Raises :class:`StoreError` (one line) if there is no store, ``CURRENT``
        names a missing version, or the version's files are missing, corrupt or
        of another schema version.
        """
        version_dir = StoreLayout(root).current_version()
        if version_dir is None:
            raise StoreError(f"no index at {root}; run `whosaid index build`")
        if not version_dir.is_dir():
            raise StoreError(
                f"{root}: CURRENT names version {version_dir.name!r}, which does not exist; "
                + _REBUILD
            )
        return cls.open_version(version_dir)

    @classmethod
    def open_version(cls, version_dir: Path) -> Store:
        """Open one version directory (see :meth:`open` for the errors)."""
        for name in (MANIFEST_FILE, DATABASE_FILE, QUOTES_INDEX_FILE, PASSAGES_INDEX_FILE):
            if not (version_dir / name).is_file():
                raise StoreError(f"{version_dir}: {name} is missing; {_REBUILD}")
        manifest = read_manifest(version_dir / MANIFEST_FILE)
        if manifest.schema_version != db.SCHEMA_VERSION:
            raise StoreError(
                f"{version_dir}: index has schema version {manifest.schema_version}, "
                f"this whosaid reads version {db.SCHEMA_VERSION}; {_REBUILD}"
            )
        conn = _connect_read_only(version_dir / DATABASE_FILE)
        try:
            quote_index = _load_vectors(version_dir / QUOTES_INDEX_FILE)
            passage_index = _load_vectors(version_dir / PASSAGES_INDEX_FILE)
            _check_consistent(version_dir, conn, manifest, quote_index, passage_index)
        except BaseException:
            conn.close()
            raise
        return cls(version_dir, conn, manifest, quote_index, passage_index)

    @property
    def version(self) -> str:
        """The name of the open version directory."""
        return self.version_dir.name

    def articles(self) -> list[Article]:
        """All articles, in the order they were indexed."""
        with self._lock:
            return db.read_articles(self._conn)

    def article(self, article_id: str) -> Article | None:
        """The article with this id, or None."""
        with self._lock:
            found = db.read_articles(self._conn, article_id)
        return found[0] if found else None

    def quotes(self) -> Iterator[Quote]:
        """Every quote, in (article id, start) order."""
        with self._lock:
            rows = db.read_quotes(self._conn)
        return (quote for _, quote in rows)

    def quote(self, quote_id: str) -> Quote | None:
        """The quote with this id (:attr:`Quote.id`), or None."""
        with self._lock:
            found = db.quote_by_id(self._conn, quote_id)
        return found[1] if found else None

    def quote_by_rowid(self, rowid: int) -> Quote | None:
        """The quote stored under this row id (a vector or full-text search hit), or None."""
        return self.quotes_by_rowids([rowid]).get(rowid)

    def quotes_by_rowids(self, rowids: Sequence[int]) -> dict[int, Quote]:
        """``{rowid: Quote}`` in the order given; unknown row ids are left out."""
        with self._lock:
            return db.quotes_by_rowids(self._conn, rowids)

    def speaker_quote_rowids(self, speaker_name: str) -> list[int]:
        """Row ids of a speaker's quotes, e.g. for :meth:`search_quote_vectors`."""
        with self._lock:
            return db.speaker_quote_rowids(self._conn, speaker_name)

    def passage(self, article_id: str, paragraph: int) -> Passage | None:
        """The passage of one paragraph (1-based) of an article, or None."""
        with self._lock:
            return db.passage_at(self._conn, article_id, paragraph)

    def passages_by_rowids(self, rowids: Sequence[int]) -> dict[int, Passage]:
        """``{rowid: Passage}`` in the order given; unknown row ids are left out."""
        with self._lock:
            return db.passages_by_rowids(self._conn, rowids)

    def speakers(self) -> list[Speaker]:
        """All speakers, in the order they were indexed."""
        with self._lock:
            return db.read_speakers(self._conn)

    def search_quotes_text(self, match_expr: str, limit: int) -> list[tuple[int, float]]:
        """Full-text search of quotes (text, sentence, speaker): ``(rowid, bm25)``
        best first, lower bm25 being better. Build ``match_expr`` with
        :func:`~index.store.database.fts_query` or its siblings."""
        return self._search_text("quotes_fts", match_expr, limit)

    def search_passages_text(self, match_expr: str, limit: int) -> list[tuple[int, float]]:
        """Full-text search of passages; as :meth:`search_quotes_text`."""
        return self._search_text("passages_fts", match_expr, limit)

    def search_quote_vectors(
        self, vector: np.ndarray, k: int, rowids: Sequence[int] | None = None
    ) -> list[tuple[int, float]]:
        """The ``k`` quotes nearest ``vector`` as ``(rowid, cosine)``, best first,
        only among ``rowids`` if given."""
        if rowids is None:
            return self._quote_index.search(vector, k)
        return self._quote_index.search_subset(vector, rowids, k)

    def quote_term_counts(self, terms: Sequence[str]) -> dict[str, int]:
        """How many quotes hold each term (for skipping terms too common to rank by)."""
        with self._lock:
            return db.quote_term_counts(self._conn, terms)

    def quote_vectors(self, rowids: Sequence[int]) -> np.ndarray:
        """The stored vectors of the given quote row ids, in that order."""
        return self._quote_index.vectors(rowids)

    def passage_vectors(self, rowids: Sequence[int]) -> np.ndarray:
        """The stored vectors of the given passage row ids, in that order."""
        return self._passage_index.vectors(rowids)

    def passage_rowids_of_quotes(self, rowids: Sequence[int]) -> dict[int, int]:
        """Quote row id -> row id of the passage it stands in."""
        with self._lock:
            return db.passage_rowids_of_quotes(self._conn, rowids)

    def quote_rowids_of_passages(self, rowids: Sequence[int]) -> dict[int, list[int]]:
        """Passage row id -> row ids of the quotes in it."""
        with self._lock:
            return db.quote_rowids_of_passages(self._conn, rowids)

    def search_passage_vectors(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The ``k`` passages nearest ``vector`` as ``(rowid, cosine)``, best first."""
        return self._passage_index.search(vector, k)

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _search_text(self, table: str, match_expr: str, limit: int) -> list[tuple[int, float]]:
        try:
            with self._lock:
                return db.search_fts(self._conn, table, match_expr, limit)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"invalid full-text query {match_expr!r}: {exc}") from None


def _connect_read_only(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open database: {exc}; {_REBUILD}") from None
    try:
        version = db.schema_version(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: corrupt database: {exc}; {_REBUILD}") from None
    if version != db.SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"{path}: database has schema version {version}, "
            f"this whosaid reads version {db.SCHEMA_VERSION}; {_REBUILD}"
        )
    return conn


def _load_vectors(path: Path) -> VectorIndex:
    try:
        return VectorIndex.load(path)
    except (RuntimeError, ValueError) as exc:
        reason = (str(exc).strip().splitlines() or ["unreadable"])[0]
        raise StoreError(f"{path}: corrupt vector index ({reason}); {_REBUILD}") from None


def _check_consistent(
    version_dir: Path,
    conn: sqlite3.Connection,
    manifest: Manifest,
    quote_index: VectorIndex,
    passage_index: VectorIndex,
) -> None:
    try:
        rows = {table: db.count_rows(conn, table) for table in ("quotes", "passages")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{version_dir}: corrupt database: {exc}; {_REBUILD}") from None
    for table, index in (("quotes", quote_index), ("passages", passage_index)):
        if len(index) != rows[table]:
            raise StoreError(
                f"{version_dir}: {len(index)} {table} vectors for {rows[table]} {table}; "
                + _REBUILD
            )
        if index.dimension != manifest.dimension:
            raise StoreError(
                f"{version_dir}: {table} vectors have dimension {index.dimension}, "
                f"manifest says {manifest.dimension}; {_REBUILD}"
            )
