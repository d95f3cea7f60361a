"""The search service: one live store and searcher, asked off the event loop, swapped
atomically after a rebuild.

Everything here that touches the store or the model runs in a worker thread
(:func:`asyncio.to_thread`), so the gateway heartbeat never waits on a search. The
reference to the live index is replaced in one assignment on the event loop; a
replaced store is closed once the last search using it has finished.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from index.build import build_index
from index.config import Settings
from index.embed import Embedder
from index.models import Article, AskResult, BuildReport, Manifest, Passage, Speaker
from index.search import Searcher
from index.store import Store

log = logging.getLogger(__name__)


class RebuildRunning(Exception):
    """A rebuild was asked for while another one is running."""


@dataclass(eq=False)
class LiveIndex:
    """One open store version with its searcher and speaker list."""

    store: Store
    searcher: Searcher
    speakers: list[Speaker]
    users: int = 0
    retired: bool = False

    @classmethod
    def open(cls, root: Path, embedder: Embedder, min_score: float) -> LiveIndex:
        """Open the live version at ``root`` (blocking: call it in a thread)."""
        store = Store.open(root)
        try:
            searcher = Searcher(store, embedder, min_score=min_score)
            speakers = store.speakers()
        except BaseException:
            store.close()
            raise
        return cls(store, searcher, speakers)

    @property
    def manifest(self) -> Manifest:
        return self.store.manifest


class SearchService:
    """Questions, speakers, passages and rebuilds over the live index."""

    def __init__(
        self,
        live: LiveIndex,
        store_root: Path,
        settings: Settings,
        embedder: Embedder,
    ) -> None:
        self._live = live
        self.store_root = store_root
        self.settings = settings
        self.embedder = embedder
        self._rebuild_lock = asyncio.Lock()

    @classmethod
    async def load(
        cls, store_root: Path, settings: Settings, embedder: Embedder | None = None
    ) -> SearchService:
        """Load the model (unless given) and open the store, off the event loop.

        Raises :class:`~index.store.StoreError` or
        :class:`~index.embed.EmbeddingError` (one line each)."""
        if embedder is None:
            e = settings.embedding
            embedder = Embedder(e.model, device=e.device, batch_size=e.batch_size)
        emb = embedder  # narrowed for the thread
        await asyncio.to_thread(emb.embed_query, "warm up")  # load the model now, not mid-question
        live = await asyncio.to_thread(LiveIndex.open, store_root, emb, settings.search.min_score)
        log.info("index version %s loaded from %s", live.store.version, store_root)
        return cls(live, store_root, settings, emb)

    # --- reading ---------------------------------------------------------------------
    @property
    def manifest(self) -> Manifest:
        """The live version's manifest."""
        return self._live.manifest

    @property
    def version(self) -> str:
        return self._live.store.version

    @property
    def speakers(self) -> list[Speaker]:
        """The live index's speakers (cached, safe to call per keystroke)."""
        return self._live.speakers

    @property
    def rebuilding(self) -> bool:
        return self._rebuild_lock.locked()

    @asynccontextmanager
    async def _using(self) -> AsyncIterator[LiveIndex]:
        live = self._live
        live.users += 1
        try:
            yield live
        finally:
            live.users -= 1
            if live.retired and live.users == 0:
                await asyncio.to_thread(live.store.close)

    async def ask(self, question: str, k: int) -> AskResult:
        """Answer ``question`` with up to ``k`` answers, in a worker thread."""
        async with self._using() as live:
            return await asyncio.to_thread(live.searcher.ask, question, k)

    async def articles(self) -> list[Article]:
        """Every indexed article."""
        async with self._using() as live:
            return await asyncio.to_thread(live.store.articles)

    async def context(self, article_id: str, paragraph: int, around: int = 1) -> list[Passage]:
        """The paragraph and up to ``around`` paragraphs either side of it."""

        def read(store: Store) -> list[Passage]:
            wanted = range(max(1, paragraph - around), paragraph + around + 1)
            found = (store.passage(article_id, n) for n in wanted)
            return [p for p in found if p is not None]

        async with self._using() as live:
            return await asyncio.to_thread(read, live.store)

    # --- replacing -------------------------------------------------------------------
    def swap(self, new: LiveIndex) -> LiveIndex:
        """Make ``new`` the live index at once; the old one is closed when idle.

        Returns the old one."""
        old, self._live = self._live, new
        old.retired = True
        if old.users == 0:
            old.store.close()
        log.info("index version %s is live (was %s)", new.store.version, old.store.version)
        return old

    async def rebuild(self, on_stage: Callable[[str], None] | None = None) -> BuildReport:
        """Build a new version from ``index.sources`` in a worker thread and swap it in.

        Questions keep being answered from the old version meanwhile. Raises
        :class:`RebuildRunning` if a rebuild is already running, and whatever the
        build raises (``BuildError``, ``StoreError``, ``EmbeddingError``) if it fails,
        leaving the old version live. ``on_stage`` hears each build stage (from the
        building thread)."""
        if self._rebuild_lock.locked():
            raise RebuildRunning()
        async with self._rebuild_lock:
            sources = list(self.settings.index.sources)
            report = await asyncio.to_thread(
                build_index,
                sources,
                self.store_root,
                self.settings,
                embedder=self.embedder,
                progress=False,
                on_stage=on_stage,
            )
            new = await asyncio.to_thread(
                LiveIndex.open, self.store_root, self.embedder, self.settings.search.min_score
            )
            self.swap(new)
            return report

    async def close(self) -> None:
        """Close the live store (the service is unusable afterwards)."""
        live = self._live
        live.retired = True
        if live.users == 0:
            await asyncio.to_thread(live.store.close)
