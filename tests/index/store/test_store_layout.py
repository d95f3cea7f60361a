"""StoreLayout: atomic version switch, rollback, pruning and the build lock."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.store.errors import StoreBusyError, StoreError
from index.store.layout import StoreLayout


def _build(layout: StoreLayout, content: str = "x") -> Path:
    with layout.new_version() as tmp:
        assert tmp.name.endswith(".tmp")
        (tmp / "data.txt").write_text(content)
    live = layout.current_version()
    assert live is not None
    return live


def test_no_store_has_no_current_version(tmp_path: Path) -> None:
    assert StoreLayout(tmp_path / "missing").current_version() is None


def test_successful_build_switches_current(tmp_path: Path) -> None:
    layout = StoreLayout(tmp_path)
    first = _build(layout, "one")
    assert first.is_dir() and not first.name.endswith(".tmp")
    assert (first / "data.txt").read_text() == "one"
    assert layout.current_file.read_text().strip() == first.name
    second = _build(layout, "two")
    assert second != first
    assert layout.current_version() == second
    assert not list(tmp_path.glob("CURRENT.*"))


def test_failing_build_leaves_the_old_version_live(tmp_path: Path) -> None:
    layout = StoreLayout(tmp_path)
    old = _build(layout, "old")
    current_before = layout.current_file.read_text()
    with pytest.raises(RuntimeError, match="boom"), layout.new_version() as tmp:
        (tmp / "data.txt").write_text("half written")
        raise RuntimeError("boom")
    assert not tmp.exists()
    assert layout.current_file.read_text() == current_before
    assert (old / "data.txt").read_text() == "old"
    assert layout.versions() == [old]


def test_pruning_keeps_n_versions_including_the_live_one(tmp_path: Path) -> None:
    layout = StoreLayout(tmp_path, keep_versions=2)
    built = [_build(layout, str(i)) for i in range(4)]
    assert layout.versions() == built[-2:]
    assert layout.current_version() == built[-1]
    single = StoreLayout(tmp_path, keep_versions=1)
    last = _build(single)
    assert single.versions() == [last]


def test_pruning_never_removes_the_live_version(tmp_path: Path) -> None:
    layout = StoreLayout(tmp_path, keep_versions=1)
    first = _build(layout)
    (layout.versions_dir / "99999999T999999999999Z-ffffffff").mkdir()  # sorts after any build
    layout._prune()
    assert first.is_dir()


def test_stale_temp_dirs_are_cleaned_by_the_next_build(tmp_path: Path) -> None:
    layout = StoreLayout(tmp_path)
    stale = layout.versions_dir / "20000101T000000000000Z-dead.tmp"
    stale.mkdir(parents=True)
    _build(layout)
    assert not stale.exists()


def test_concurrent_build_is_refused(tmp_path: Path) -> None:
    layout = StoreLayout(tmp_path)
    other = StoreLayout(tmp_path)
    with layout.lock():
        with pytest.raises(StoreBusyError, match="another build is running on"):
            _build(other)
        _build(layout)  # re-entrant for the holder
    _build(other)  # released


def test_corrupt_current_is_a_store_error(tmp_path: Path) -> None:
    layout = StoreLayout(tmp_path)
    layout.current_file.write_text("../../etc\n")
    with pytest.raises(StoreError, match="corrupt"):
        layout.current_version()
