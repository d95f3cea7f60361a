"""Reading and writing a version's manifest.json."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from index.models import Manifest
from index.store.errors import StoreError


def write_manifest(path: Path, manifest: Manifest) -> None:
    """Write ``manifest`` as indented JSON."""
    path.write_text(manifest.model_dump_json(indent=2) + "\n", encoding="utf-8")


def read_manifest(path: Path) -> Manifest:
    """Read a manifest; a missing, unreadable or invalid file is a :class:`StoreError`."""
    try:
        return Manifest.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        raise StoreError(f"{path}: manifest is missing") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read manifest: {exc.strerror or exc}") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "file"
        raise StoreError(f"{path}: invalid manifest: {where}: {err['msg']}") from None
