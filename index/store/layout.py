"""Where a store's files live, and how a new version is published atomically.

::

    STORE/
      CURRENT                  name of the live version directory
      versions/<version>/      whosaid.sqlite, quotes.faiss, passages.faiss, manifest.json
      cache/embeddings.sqlite  the embedding cache shared by all versions
      build.lock

A version is written into ``versions/<name>.tmp``; only when that succeeds is it
renamed and ``CURRENT`` replaced (atomically), so readers always see a whole version.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from index.store.errors import StoreBusyError, StoreError

DATABASE_FILE = "whosaid.sqlite"
QUOTES_INDEX_FILE = "quotes.faiss"
PASSAGES_INDEX_FILE = "passages.faiss"
MANIFEST_FILE = "manifest.json"

TMP_SUFFIX = ".tmp"


def version_name(version_dir: Path) -> str:
    """The published name of a version directory (without the ``.tmp`` of a build)."""
    return version_dir.name.removesuffix(TMP_SUFFIX)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class StoreLayout:
    """The paths of one store directory and the operations that change it."""

    def __init__(self, root: Path, keep_versions: int = 2) -> None:
        if keep_versions < 1:
            raise ValueError("keep_versions must be at least 1")
        self.root = root
        self.keep_versions = keep_versions
        self._lock_fd: int | None = None

    @property
    def current_file(self) -> Path:
        return self.root / "CURRENT"

    @property
    def versions_dir(self) -> Path:
        return self.root / "versions"

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    @property
    def embedding_cache(self) -> Path:
        return self.cache_dir / "embeddings.sqlite"

    @property
    def lock_file(self) -> Path:
        return self.root / "build.lock"

    def current_version(self) -> Path | None:
        """The directory ``CURRENT`` names (which may not exist), or None without ``CURRENT``."""
        try:
            name = self.current_file.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise StoreError(f"{self.current_file}: cannot read: {exc}") from None
        if not name or "/" in name or name in (".", ".."):
            raise StoreError(f"{self.current_file}: corrupt (names {name!r})")
        return self.versions_dir / name

    def versions(self) -> list[Path]:
        """Published version directories, oldest first."""
        if not self.versions_dir.is_dir():
            return []
        return sorted(
            p for p in self.versions_dir.iterdir() if p.is_dir() and not p.name.endswith(TMP_SUFFIX)
        )

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the exclusive build lock; re-entrant within this object.

        Raises :class:`StoreBusyError` at once if another build holds it.
        """
        if self._lock_fd is not None:
            yield
            return
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StoreBusyError(f"another build is running on {self.root}") from None
        self._lock_fd = fd
        try:
            yield
        finally:
            self._lock_fd = None
            os.close(fd)  # closing the descriptor releases the lock

    @contextlib.contextmanager
    def new_version(self) -> Iterator[Path]:
        """Yield an empty ``versions/<name>.tmp`` directory to write a version into.

        If the body succeeds the directory is renamed to ``<name>``, ``CURRENT`` is
        switched to it and old versions are pruned; if it raises, the directory is
        removed and ``CURRENT`` is left as it was. Holds the build lock throughout.
        """
        with self.lock():
            self._remove_stale_builds()
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            tmp = self.versions_dir / f"{stamp}-{secrets.token_hex(4)}{TMP_SUFFIX}"
            tmp.mkdir(parents=True)
            try:
                yield tmp
                final = tmp.with_name(version_name(tmp))
                for path in tmp.iterdir():
                    _fsync(path)
                tmp.rename(final)
                _fsync(self.versions_dir)
            except BaseException:
                shutil.rmtree(tmp, ignore_errors=True)
                raise
            self._switch(final.name)
            self._prune()

    def _switch(self, name: str) -> None:
        tmp = self.root / f"CURRENT.{secrets.token_hex(4)}{TMP_SUFFIX}"
        try:
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(name + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.current_file)
        finally:
            tmp.unlink(missing_ok=True)
        _fsync(self.root)

    def _prune(self) -> None:
        live = self.current_version()
        versions = self.versions()
        for old in versions[: max(0, len(versions) - self.keep_versions)]:
            if old != live:
                shutil.rmtree(old, ignore_errors=True)

    def _remove_stale_builds(self) -> None:
        # Only called under the build lock, so no other build is writing these.
        if self.versions_dir.is_dir():
            for path in self.versions_dir.iterdir():
                if path.name.endswith(TMP_SUFFIX):
                    shutil.rmtree(path, ignore_errors=True)
        for path in self.root.glob(f"CURRENT.*{TMP_SUFFIX}"):
            path.unlink(missing_ok=True)
