"""Discord's length limits, and truncation that keeps every text inside them.

Lengths are counted in UTF-16 code units, never fewer than Discord's own count, so a
text that fits here fits there. Truncated text ends with an ellipsis.
"""

from __future__ import annotations

import discord

MESSAGE = 2000
EMBED_TOTAL = 6000
TITLE = 256
DESCRIPTION = 4096
FIELD_NAME = 256
FIELD_VALUE = 1024
FIELDS = 25
FOOTER = 2048
AUTHOR = 256
CHOICE_NAME = 100
CHOICE_VALUE = 100
CHOICES = 25
BUTTON_LABEL = 80
THREAD_NAME = 100

ELLIPSIS = "…"
_WORD_BREAK_WINDOW = 30  # prefer a space this near the cut (and in its second half)


def size(text: str) -> int:
    """The length Discord may count for ``text`` (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def truncate(text: str, limit: int) -> str:
    """``text`` if it fits in ``limit``, else its start cut (at a word break when one is
    near the end) with an ellipsis appended; the result always fits."""
    if limit <= 0:
        return ""
    if size(text) <= limit:
        return text
    room = limit - size(ELLIPSIS)
    cut, used = 0, 0
    for ch in text:
        width = 2 if ord(ch) > 0xFFFF else 1
        if used + width > room:
            break
        used += width
        cut += 1
    head = text[:cut]
    space = head.rfind(" ")
    if space > 0 and space >= max(cut - _WORD_BREAK_WINDOW, cut // 2):
        head = head[:space]
    head = head.rstrip()
    if head.endswith("\\"):  # a lone backslash would escape the ellipsis
        head = head.rstrip("\\")
    return head + ELLIPSIS


def fit_message(content: str) -> str:
    """A message's content, cut to the 2000-character limit."""
    return truncate(content, MESSAGE)


def embed_size(embed: discord.Embed) -> int:
    """The embed's total as Discord counts it (title, description, fields, footer, author)."""
    total = size(embed.title or "") + size(embed.description or "")
    total += size(embed.footer.text or "") + size(embed.author.name or "")
    for field in embed.fields:
        total += size(field.name or "") + size(field.value or "")
    return total


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Cut every part of ``embed`` to its limit, then drop trailing fields and shorten the
    description until the whole embed fits in 6000. Changes and returns ``embed``."""
    if embed.title:
        embed.title = truncate(embed.title, TITLE)
    if embed.description:
        embed.description = truncate(embed.description, DESCRIPTION)
    if embed.footer.text:
        embed.set_footer(text=truncate(embed.footer.text, FOOTER), icon_url=embed.footer.icon_url)
    if embed.author.name:
        embed.set_author(
            name=truncate(embed.author.name, AUTHOR),
            url=embed.author.url,
            icon_url=embed.author.icon_url,
        )
    fields = [(f.name or "", f.value or "", bool(f.inline)) for f in embed.fields][:FIELDS]
    embed.clear_fields()
    for name, value, inline in fields:
        embed.add_field(
            name=truncate(name, FIELD_NAME) or "\u200b",
            value=truncate(value, FIELD_VALUE) or "\u200b",
            inline=inline,
        )
    while embed_size(embed) > EMBED_TOTAL and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    excess = embed_size(embed) - EMBED_TOTAL
    if excess > 0 and embed.description:
        embed.description = truncate(embed.description, size(embed.description) - excess)
    return embed
