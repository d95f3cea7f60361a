"""Splitting a list into pages: the arithmetic behind every paged view."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Pages(Generic[T]):
    """``items`` in pages of ``per_page`` (at least one page, possibly empty)."""

    items: Sequence[T]
    per_page: int

    def __post_init__(self) -> None:
        if self.per_page < 1:
            raise ValueError("per_page must be at least 1")

    @property
    def count(self) -> int:
        """How many pages there are (1 for an empty list)."""
        return max(1, -(-len(self.items) // self.per_page))

    def clamp(self, page: int) -> int:
        """``page`` moved into ``0 .. count - 1``."""
        return min(max(page, 0), self.count - 1)

    def page(self, page: int) -> Sequence[T]:
        """The items on ``page`` (0-based, clamped)."""
        start = self.clamp(page) * self.per_page
        return self.items[start : start + self.per_page]

    def first_index(self, page: int) -> int:
        """The 0-based index in ``items`` of the first item on ``page``."""
        return self.clamp(page) * self.per_page

    def has_next(self, page: int) -> bool:
        return self.clamp(page) < self.count - 1

    def has_previous(self, page: int) -> bool:
        return self.clamp(page) > 0
