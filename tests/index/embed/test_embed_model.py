"""Embedder: caching, lazy loading, batching and normalisation (fake encoder)."""

from __future__ import annotations

import hashlib
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from index.embed import DEFAULT_MODEL, Embedder, EmbeddingError, load_encoder, resolve_model
from index.embed import model as model_mod
from index.embed.cache import EmbeddingCache

DIM = 16


class FakeEncoder:
    """Deterministic random vectors seeded by the text; records every call."""

    def __init__(self, dim: int = DIM, fail_after: int | None = None) -> None:
        self.dim = dim
        self.calls: list[list[str]] = []
        self.fail_after = fail_after

    def encode(
        self,
        texts: list[str],
        /,
        *,
        batch_size: int,
        normalize_embeddings: bool,
        show_progress_bar: bool,
        convert_to_numpy: bool,
    ) -> np.ndarray:
        if self.fail_after is not None and len(self.calls) >= self.fail_after:
            raise RuntimeError("encoder exploded")
        self.calls.append(list(texts))
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
            rows.append(np.random.default_rng(seed).normal(size=self.dim) * 3.0)  # not unit
        return np.array(rows, dtype=np.float32).reshape(len(texts), self.dim)

    def get_sentence_embedding_dimension(self) -> int:
        return self.dim

    @property
    def embedded(self) -> list[str]:
        return [t for call in self.calls for t in call]


class CountingLoader:
    """Stands in for load_encoder; counts how often the model is loaded."""

    def __init__(self) -> None:
        self.loads = 0
        self.encoder = FakeEncoder()

    def __call__(self, model: str, device: str = "cpu") -> FakeEncoder:
        self.loads += 1
        return self.encoder


@pytest.fixture
def loader(monkeypatch: pytest.MonkeyPatch) -> CountingLoader:
    counting = CountingLoader()
    monkeypatch.setattr(model_mod, "load_encoder", counting)
    return counting


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[EmbeddingCache]:
    with EmbeddingCache(tmp_path / "embeddings.sqlite") as c:
        yield c


def test_vectors_are_normalised_float32_in_input_order() -> None:
    enc = FakeEncoder()
    vectors = Embedder(encoder=enc).embed(["a", "b", "a", "c"], progress=False)
    assert vectors.dtype == np.float32
    assert vectors.shape == (4, DIM)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_array_equal(vectors[0], vectors[2])
    alone = Embedder(encoder=FakeEncoder()).embed(["b"], progress=False)
    np.testing.assert_allclose(vectors[1], alone[0], rtol=1e-6)
    assert enc.embedded == ["a", "b", "c"]  # duplicates embedded once


def test_warm_rebuild_neither_embeds_nor_loads_the_model(
    loader: CountingLoader, cache: EmbeddingCache
) -> None:
    texts = ["one", "two", "three"]
    first = Embedder(cache=cache)
    cold = first.embed(texts, progress=False)
    assert (loader.loads, first.embedded, first.cached) == (1, 3, 0)

    second = Embedder(cache=cache)
    warm = second.embed(texts, progress=False)
    assert loader.loads == 1  # never loaded again
    assert (second.embedded, second.cached) == (0, 3)
    assert second.dimension == DIM  # from the cache, still without loading
    assert loader.loads == 1
    np.testing.assert_array_equal(cold, warm)


def test_one_new_text_embeds_exactly_one(loader: CountingLoader, cache: EmbeddingCache) -> None:
    Embedder(cache=cache).embed(["one", "two"], progress=False)
    loader.encoder.calls.clear()
    again = Embedder(cache=cache)
    again.embed(["one", "two", "new"], progress=False)
    assert loader.encoder.embedded == ["new"]
    assert (again.embedded, again.cached) == (1, 2)
    again.reset_counters()
    assert (again.embedded, again.cached) == (0, 0)


def test_cache_is_keyed_by_model_name(cache: EmbeddingCache) -> None:
    Embedder("model-a", cache=cache, encoder=FakeEncoder()).embed(["x"], progress=False)
    other = Embedder("model-b", cache=cache, encoder=FakeEncoder())
    other.embed(["x"], progress=False)
    assert (other.embedded, other.cached) == (1, 0)
    assert Embedder(cache=cache).model_name == DEFAULT_MODEL


def test_misses_are_cached_chunk_by_chunk(cache: EmbeddingCache) -> None:
    texts = [f"text {i}" for i in range(40)]  # batch_size 2 -> chunks of 32 texts
    failing = Embedder(batch_size=2, cache=cache, encoder=FakeEncoder(fail_after=1))
    with pytest.raises(RuntimeError):
        failing.embed(texts, progress=False)
    resumed = Embedder(batch_size=2, cache=cache, encoder=FakeEncoder())
    resumed.embed(texts, progress=False)
    assert (resumed.embedded, resumed.cached) == (8, 32)


def test_progress_bar_only_when_asked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    Embedder(encoder=FakeEncoder()).embed(["a"], progress=False)
    assert capsys.readouterr().err == ""
    Embedder(encoder=FakeEncoder()).embed(["a"], progress=True)
    assert "embedding" in capsys.readouterr().err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    Embedder(encoder=FakeEncoder()).embed(["a"])
    assert capsys.readouterr().err == ""


def test_empty_input_and_dimension_from_encoder() -> None:
    embedder = Embedder(encoder=FakeEncoder(dim=7))
    assert embedder.embed([]).shape == (0, 7)
    assert embedder.dimension == 7


def test_query_is_lru_cached_in_memory_only(cache: EmbeddingCache) -> None:
    enc = FakeEncoder()
    embedder = Embedder(cache=cache, encoder=enc)
    q = embedder.embed_query("who said it?")
    assert q.shape == (DIM,)
    q[:] = 0  # callers get copies
    again = embedder.embed_query("who said it?")
    assert len(enc.calls) == 1
    assert np.linalg.norm(again) == pytest.approx(1.0, rel=1e-5)
    assert cache.dimension(embedder.model_name) is None  # nothing written to disk
    assert (embedder.embedded, embedder.cached) == (0, 0)


def test_resolve_model() -> None:
    bundled = resolve_model("")
    assert bundled == resolve_model(DEFAULT_MODEL)
    assert (Path(bundled) / "config.json").is_file()
    assert resolve_model("all-mpnet-base-v2") == "all-mpnet-base-v2"
    assert resolve_model("/models/mine") == "/models/mine"


def test_load_failure_is_one_line_naming_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    class Missing:
        def __init__(self, name: str, **kwargs: object) -> None:
            raise OSError("We couldn't connect to 'https://huggingface.co'.\nCheck your network.")

    fake = types.ModuleType("sentence_transformers")
    fake.SentenceTransformer = Missing  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sentence_transformers", fake)
    with pytest.raises(EmbeddingError) as info:
        load_encoder("no-such-model")
    message = str(info.value)
    assert "'no-such-model'" in message
    assert "\n" not in message
