"""Fixtures shared by the whole suite: the corpus beside the repo, one embedding model
per session, and stores built once from the example coverage and the real corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import build_index
from index.config import Settings
from index.embed import Embedder

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples" / "coverage"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when the folder is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The real bundled model, loaded once for the session (no cache attached)."""
    emb = Embedder()
    emb.embed_query("warm up")
    return emb


@pytest.fixture(scope="session")
def example_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    store = tmp_path_factory.mktemp("example-store")
    build_index([EXAMPLES], store, Settings(), embedder=embedder, progress=False)
    return store


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    corpus = shared_path("corpus")
    store = tmp_path_factory.mktemp("corpus-store")
    build_index([corpus], store, Settings(), embedder=embedder, progress=False)
    return store
