"""Sentence embeddings with a persistent cache."""

from index.embed.cache import EmbeddingCache, text_hash
from index.embed.errors import EmbeddingError
from index.embed.model import (
    DEFAULT_MODEL,
    Embedder,
    Encoder,
    load_encoder,
    resolve_model,
)

__all__ = [
    "DEFAULT_MODEL",
    "Embedder",
    "EmbeddingCache",
    "EmbeddingError",
    "Encoder",
    "load_encoder",
    "resolve_model",
    "text_hash",
]
