"""Buttons: paging an answer (More), its Context and Sources, and paged lists.

Only the user a view belongs to may page it; anyone may open Context and Sources,
which answer privately. Views disable their buttons when they time out.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import discord

from bot import render
from bot.errors import report_error
from bot.paging import Pages
from bot.render import NO_MENTIONS
from bot.services import SearchService
from index.models import Answer, AskResult

log = logging.getLogger(__name__)

NOT_YOURS = "Only the person who asked can page through this; ask your own with `/ask`."

Editable = discord.Message | discord.InteractionMessage | discord.WebhookMessage


class OwnedView(discord.ui.View):
    """A view whose paging belongs to one user; it disables itself on timeout."""

    def __init__(self, owner_id: int, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.message: Editable | None = None  # set once the message is sent

    async def refuse_others(self, interaction: discord.Interaction) -> bool:
        """Answer anyone but the owner with a private refusal; True if refused."""
        if interaction.user.id == self.owner_id:
            return False
        await interaction.response.send_message(
            NOT_YOURS, ephemeral=True, allowed_mentions=NO_MENTIONS
        )
        return True

    def disable_all(self) -> None:
        """Grey out every button."""
        for item in self.children:
            if isinstance(item, discord.ui.Button | discord.ui.Select):
                item.disabled = True

    async def on_timeout(self) -> None:
        self.disable_all()
        if self.message is None:
            return
        try:
            await self.message.edit(view=self, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as exc:  # deleted message, expired token: nothing to do
            log.info("could not disable the buttons of message %s: %s", self.message.id, exc)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        await report_error(interaction, error)


class AnswerView(OwnedView):
    """Under an answer: More (next answers, asker only), Context and Sources."""

    def __init__(
        self, result: AskResult, service: SearchService, owner_id: int, timeout: float
    ) -> None:
        super().__init__(owner_id, timeout)
        self.result = result
        self.service = service
        self.pages = render.answer_pages(result)
        self.page = 0
        self._update_buttons()

    @property
    def shown(self) -> Sequence[Answer]:
        """The answers on the page now shown."""
        return self.pages.page(self.page)

    def embed(self) -> discord.Embed:
        return render.answer_embed(self.result, self.page)

    def _update_buttons(self) -> None:
        self.more.disabled = not self.pages.has_next(self.page)

    @discord.ui.button(label="More", style=discord.ButtonStyle.primary)
    async def more(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        """The next answers (the asker only)."""
        if await self.refuse_others(interaction):
            return
        self.page = self.pages.clamp(self.page + 1)
        self._update_buttons()
        await interaction.response.edit_message(
            embed=self.embed(), view=self, allowed_mentions=NO_MENTIONS
        )

    @discord.ui.button(label="Context", style=discord.ButtonStyle.secondary)
    async def context(
        self, interaction: discord.Interaction, button: discord.ui.Button[Any]
    ) -> None:
        """The paragraph around the main quote, privately."""
        answer = self.shown[0]
        passages = await self.service.context(answer.article_id, answer.paragraph)
        await interaction.response.send_message(
            embed=render.context_embed(answer, passages),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @discord.ui.button(label="Sources", style=discord.ButtonStyle.secondary)
    async def sources(
        self, interaction: discord.Interaction, button: discord.ui.Button[Any]
    ) -> None:
        """Every citation of the answers shown, privately."""
        await interaction.response.send_message(
            embed=render.sources_embed(self.shown), ephemeral=True, allowed_mentions=NO_MENTIONS
        )


class PaginatorView(OwnedView):
    """Previous / Next through a list of lines (the invoker only)."""

    def __init__(
        self,
        title: str,
        lines: Sequence[str],
        owner_id: int,
        timeout: float,
        per_page: int = 10,
    ) -> None:
        super().__init__(owner_id, timeout)
        self.title = title
        self.pages = Pages(lines, per_page)
        self.page = 0
        self._update_buttons()

    def embed(self) -> discord.Embed:
        return render.list_embed(
            self.title,
            self.pages.page(self.page),
            self.page,
            self.pages.count,
            len(self.pages.items),
        )

    def _update_buttons(self) -> None:
        self.previous.disabled = not self.pages.has_previous(self.page)
        self.next.disabled = not self.pages.has_next(self.page)

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        if await self.refuse_others(interaction):
            return
        self.page = self.pages.clamp(self.page + step)
        self._update_buttons()
        await interaction.response.edit_message(
            embed=self.embed(), view=self, allowed_mentions=NO_MENTIONS
        )

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction, button: discord.ui.Button[Any]
    ) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        await self._turn(interaction, +1)
