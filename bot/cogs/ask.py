"""/ask, /whosaid, /said and the "Who said this?" message menu."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot import autocomplete, replies
from bot.checks import check_question_cooldown, question_cooldown
from bot.client import WhosaidBot
from bot.render import NO_MENTIONS

log = logging.getLogger(__name__)

MENU_NAME = "Who said this?"


class AskCog(commands.Cog):
    """Questions to the index, from commands and from the message menu."""

    def __init__(self, bot: WhosaidBot) -> None:
        self.bot = bot
        self.menu = app_commands.ContextMenu(name=MENU_NAME, callback=self.who_said_this)
        self.menu.add_check(check_question_cooldown)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    async def answer(self, interaction: discord.Interaction, question: str) -> None:
        """Think, search off the loop, then send the answer (or say nothing matches)."""
        await interaction.response.defer(thinking=True)
        reply = await replies.ask(self.bot, question, interaction.user.id)
        message = await interaction.followup.send(wait=True, **reply.kwargs())
        if reply.view is not None:
            reply.view.message = message

    @app_commands.command(name="ask", description="Ask who said what in the news coverage.")
    @app_commands.describe(
        question='e.g. Who said "nothing can be excluded"? or What did Peskov say about NATO?'
    )
    @question_cooldown()
    async def ask(
        self, interaction: discord.Interaction, question: app_commands.Range[str, 2, 300]
    ) -> None:
        await self.answer(interaction, question)

    @app_commands.command(name="whosaid", description="Paste words or a paraphrase: who said it?")
    @app_commands.describe(quote="The words, exact or approximate")
    @question_cooldown()
    async def whosaid(
        self, interaction: discord.Interaction, quote: app_commands.Range[str, 2, 300]
    ) -> None:
        await self.answer(interaction, replies.who_said_question(quote))

    @app_commands.command(name="said", description="What did a speaker say about a topic?")
    @app_commands.describe(speaker="Who (pick from the list)", topic="About what")
    @question_cooldown()
    async def said(
        self,
        interaction: discord.Interaction,
        speaker: app_commands.Range[str, 1, 100],
        topic: app_commands.Range[str, 1, 200],
    ) -> None:
        await self.answer(interaction, replies.said_question(speaker, topic))

    @said.autocomplete("speaker")
    async def speaker_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        found = autocomplete.suggest(self.bot.service.speakers, current)
        return [app_commands.Choice(name=s.name, value=s.value) for s in found]

    async def who_said_this(
        self, interaction: discord.Interaction, message: discord.Message
    ) -> None:
        """Message menu: who said the words of this message?"""
        text = message.content.strip()
        if not text:
            await interaction.response.send_message(
                "That message has no text I can look up.",
                ephemeral=True,
                allowed_mentions=NO_MENTIONS,
            )
            return
        await self.answer(interaction, replies.who_said_question(text))


async def setup(bot: WhosaidBot) -> None:
    await bot.add_cog(AskCog(bot))
