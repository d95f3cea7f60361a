"""/speakers and /sources: paged, filterable lists of what is indexed."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.autocomplete import fold
from bot.client import WhosaidBot
from bot.render import NO_MENTIONS
from bot.views import PaginatorView
from index.models import Article, Speaker

SPEAKERS_PER_PAGE = 10
SOURCES_PER_PAGE = 8


def speaker_matches(sp: Speaker, needle: str) -> bool:
    """Whether the speaker's name, an alias or a role contains ``needle`` (folded)."""
    return any(needle in fold(x) for x in (sp.name, *sp.aliases, *sp.roles))


def article_matches(article: Article, needle: str) -> bool:
    """Whether the article's id, title, outlet, date or link contains ``needle`` (folded)."""
    fields = (article.id, article.title, article.outlet, article.published, article.url)
    return any(needle in fold(x) for x in fields if x)


class BrowseCog(commands.Cog):
    """Lists of speakers and sources."""

    def __init__(self, bot: WhosaidBot) -> None:
        self.bot = bot

    async def send_list(
        self,
        interaction: discord.Interaction,
        title: str,
        lines: list[str],
        per_page: int,
        empty: str,
    ) -> None:
        if not lines:
            await interaction.response.send_message(
                empty, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        view = PaginatorView(
            title,
            lines,
            interaction.user.id,
            self.bot.settings.bot.view_timeout_seconds,
            per_page=per_page,
        )
        if view.pages.count == 1:  # nothing to page through: no buttons
            await interaction.response.send_message(
                embed=view.embed(), allowed_mentions=NO_MENTIONS
            )
            return
        sent = await interaction.response.send_message(
            embed=view.embed(), view=view, allowed_mentions=NO_MENTIONS
        )
        if isinstance(sent.resource, discord.InteractionMessage):
            view.message = sent.resource

    @app_commands.command(name="speakers", description="Who is quoted in the coverage.")
    @app_commands.describe(filter="Only speakers whose name, alias or role contains this")
    async def speakers(
        self,
        interaction: discord.Interaction,
        filter: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        found = self.bot.service.speakers
        if filter:
            needle = fold(filter)
            found = [sp for sp in found if speaker_matches(sp, needle)]
        found = sorted(found, key=lambda sp: (-sp.quote_count, fold(sp.name)))
        title = "Speakers" + (f" matching “{render.clean(filter)}”" if filter else "")
        empty = "No speaker matches that." if filter else "The index has no speakers yet."
        lines = [render.speaker_line(sp) for sp in found]
        await self.send_list(interaction, title, lines, SPEAKERS_PER_PAGE, empty)

    @app_commands.command(name="sources", description="The articles in the index.")
    @app_commands.describe(filter="Only articles whose title, outlet, id or date contains this")
    async def sources(
        self,
        interaction: discord.Interaction,
        filter: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        found = await self.bot.service.articles()
        if filter:
            needle = fold(filter)
            found = [a for a in found if article_matches(a, needle)]
        title = "Sources" + (f" matching “{render.clean(filter)}”" if filter else "")
        empty = "No article matches that." if filter else "The index has no articles yet."
        lines = [render.source_line(a) for a in found]
        await self.send_list(interaction, title, lines, SOURCES_PER_PAGE, empty)


async def setup(bot: WhosaidBot) -> None:
    await bot.add_cog(BrowseCog(bot))
