"""The on-disk store: versioned SQLite + FAISS directories behind an atomic CURRENT."""

from index.store.database import SCHEMA_VERSION, fts_query, phrase_query, terms_query
from index.store.errors import StoreBusyError, StoreError
from index.store.layout import StoreLayout
from index.store.manifest import read_manifest, write_manifest
from index.store.store import Store, write_store_version
from index.store.vectors import VectorIndex

__all__ = [
    "SCHEMA_VERSION",
    "Store",
    "StoreBusyError",
    "StoreError",
    "StoreLayout",
    "VectorIndex",
    "fts_query",
    "phrase_query",
    "read_manifest",
    "terms_query",
    "write_manifest",
    "write_store_version",
]
