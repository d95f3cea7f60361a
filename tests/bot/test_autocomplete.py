"""Speaker suggestions for /said."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot import limits
from bot.autocomplete import fold, label, suggest
from index.models import Speaker

SPEAKERS = [
    Speaker(
        name="Dmitry Peskov", aliases=["Peskov"], roles=["Kremlin spokesperson"], quote_count=11
    ),
    Speaker(name="Emmanuel Macron", aliases=["Macron"], roles=["French President"], quote_count=28),
    Speaker(name="Olaf Scholz", aliases=["Scholz"], roles=["German Chancellor"], quote_count=2),
    Speaker(name="Kremlin", aliases=["The Kremlin"], kind="organisation", quote_count=1),
    Speaker(name="Zoë Álvarez", quote_count=3),
]


def values(typed: str) -> list[str]:
    return [s.value for s in suggest(SPEAKERS, typed)]


def test_nothing_typed_lists_the_most_quoted_first() -> None:
    assert values("") == [
        "Emmanuel Macron",
        "Dmitry Peskov",
        "Zoë Álvarez",
        "Olaf Scholz",
        "Kremlin",
    ]


def test_name_prefix_beats_word_prefix_beats_role() -> None:
    # "kremlin": the Kremlin's own name first, then Peskov through his role
    assert values("kreml") == ["Kremlin", "Dmitry Peskov"]
    assert values("mac") == ["Emmanuel Macron"]
    assert values("chancellor") == ["Olaf Scholz"]


def test_accents_and_case_do_not_matter() -> None:
    assert values("ALVAREZ") == ["Zoë Álvarez"]
    assert values("zoe") == ["Zoë Álvarez"]
    assert fold("  Zoë  ÁLVAREZ ") == "zoe alvarez"


def test_no_match() -> None:
    assert values("nobody") == []


def test_label_shows_role_and_count() -> None:
    assert label(SPEAKERS[1]) == "Emmanuel Macron — French President (28)"


def test_at_most_25_choices_within_discord_limits() -> None:
    many = [
        Speaker(name=f"Speaker {i} " + "x" * 80, roles=["r" * 200], quote_count=i)
        for i in range(40)
    ]
    found = suggest(many, "speaker")
    assert len(found) == 25
    assert all(limits.size(s.name) <= 100 and limits.size(s.value) <= 100 for s in found)
    too_long = Speaker(name="n" * 101)
    assert suggest([too_long], "") == []


@given(st.text(max_size=30))
def test_every_suggestion_is_a_canonical_name(typed: str) -> None:
    names = {sp.name for sp in SPEAKERS}
    assert all(s.value in names for s in suggest(SPEAKERS, typed))
