"""Page arithmetic."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.paging import Pages


def test_pages_of_a_list() -> None:
    pages = Pages(list(range(7)), 3)
    assert pages.count == 3
    assert list(pages.page(0)) == [0, 1, 2]
    assert list(pages.page(2)) == [6]
    assert list(pages.page(9)) == [6]  # clamped
    assert pages.first_index(1) == 3
    assert pages.has_next(1) and not pages.has_next(2)
    assert pages.has_previous(1) and not pages.has_previous(0)


def test_an_empty_list_has_one_empty_page() -> None:
    pages: Pages[int] = Pages([], 5)
    assert pages.count == 1
    assert list(pages.page(0)) == []
    assert not pages.has_next(0)


def test_per_page_must_be_positive() -> None:
    with pytest.raises(ValueError):
        Pages([1], 0)


@given(st.lists(st.integers(), max_size=60), st.integers(min_value=1, max_value=12))
def test_pages_cover_every_item_once_in_order(items: list[int], per_page: int) -> None:
    pages = Pages(items, per_page)
    joined = [x for p in range(pages.count) for x in pages.page(p)]
    assert joined == items
    assert all(0 < len(pages.page(p)) <= per_page for p in range(pages.count) if items)
