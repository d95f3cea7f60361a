"""Errors raised while embedding."""


class EmbeddingError(Exception):
    """An embedding model or cache that cannot be loaded or used (one line)."""
