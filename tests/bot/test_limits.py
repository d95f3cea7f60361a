"""Truncation keeps every text inside Discord's limits."""

from __future__ import annotations

import discord
from hypothesis import given
from hypothesis import strategies as st

from bot import limits
from bot.limits import ELLIPSIS, fit_embed, size, truncate

texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=600)


def test_short_text_is_untouched() -> None:
    assert truncate("Nothing can be excluded.", 100) == "Nothing can be excluded."


def test_long_text_is_cut_at_a_word_with_an_ellipsis() -> None:
    out = truncate("Nothing can be excluded to pursue our objective", 20)
    assert out == "Nothing can be…"
    assert size(out) <= 20


def test_a_long_word_is_cut_inside() -> None:
    assert truncate("x" * 50, 10) == "x" * 9 + ELLIPSIS


def test_astral_characters_count_twice_and_are_never_split() -> None:
    assert size("😀") == 2
    out = truncate("😀" * 10, 6)
    assert out == "😀😀" + ELLIPSIS


def test_no_lone_backslash_before_the_ellipsis() -> None:
    assert not truncate("abc\\" + "d" * 20, 5).endswith("\\" + ELLIPSIS)


def test_zero_limit_gives_empty_text() -> None:
    assert truncate("abc", 0) == ""


@given(texts, st.integers(min_value=1, max_value=700))
def test_truncate_always_fits_and_keeps_a_prefix(text: str, limit: int) -> None:
    out = truncate(text, limit)
    assert size(out) <= limit
    if size(text) <= limit:
        assert out == text
    else:
        assert out.endswith(ELLIPSIS)
        assert text.startswith(out[: -len(ELLIPSIS)])


@given(
    title=texts,
    description=st.text(max_size=5000),
    footer=st.text(max_size=2500),
    author=texts,
    fields=st.lists(st.tuples(texts, st.text(max_size=1500)), max_size=30),
)
def test_fit_embed_respects_every_limit(
    title: str, description: str, footer: str, author: str, fields: list[tuple[str, str]]
) -> None:
    embed = discord.Embed(title=title, description=description)
    embed.set_footer(text=footer)
    embed.set_author(name=author)
    for name, value in fields:
        embed.add_field(name=name, value=value)
    fit_embed(embed)
    assert limits.embed_size(embed) <= limits.EMBED_TOTAL
    assert size(embed.title or "") <= limits.TITLE
    assert size(embed.description or "") <= limits.DESCRIPTION
    assert size(embed.footer.text or "") <= limits.FOOTER
    assert size(embed.author.name or "") <= limits.AUTHOR
    assert len(embed.fields) <= limits.FIELDS
    for field in embed.fields:
        assert 0 < size(field.name or "") <= limits.FIELD_NAME
        assert 0 < size(field.value or "") <= limits.FIELD_VALUE


def test_fit_embed_drops_trailing_fields_before_cutting_the_description() -> None:
    embed = discord.Embed(title="t", description="d" * 4000)
    for i in range(10):
        embed.add_field(name=f"field {i}", value="v" * 1000)
    fit_embed(embed)
    assert limits.embed_size(embed) <= limits.EMBED_TOTAL
    assert embed.description == "d" * 4000
    assert [f.name for f in embed.fields] == ["field 0"]


def test_fit_message() -> None:
    assert size(limits.fit_message("@everyone " * 500)) <= limits.MESSAGE
