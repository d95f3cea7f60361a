"""``@whosaid who said ...?``: questions by mention, in the channels the config allows.

The bot receives a message's content when it is mentioned, so this needs no
privileged intent. Messages in other channels are ignored without a word.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection

import discord
from discord import app_commands
from discord.ext import commands

from bot import limits, replies
from bot.client import WhosaidBot
from bot.errors import GENERIC, friendly_message
from bot.render import NO_MENTIONS

log = logging.getLogger(__name__)

HELP = 'Ask me who said what, e.g. `@whosaid who said "nothing can be excluded"?` or use `/ask`.'


def mentions_user(message: discord.Message, user_id: int) -> bool:
    """Whether ``message`` mentions the user directly (not through @everyone or a role)."""
    return any(u.id == user_id for u in message.mentions) or bool(
        re.search(rf"<@!?{user_id}>", message.content)
    )


def strip_mention(content: str, user_id: int) -> str:
    """The message without the mentions of the user, on one line."""
    return " ".join(re.sub(rf"<@!?{user_id}>", " ", content).split())


def channel_allowed(channel: object, allowed: Collection[int]) -> bool:
    """Whether mentions are answered in ``channel``: every channel when ``allowed`` is
    empty, else a listed channel or a thread in one."""
    if not allowed:
        return True
    ids = {getattr(channel, "id", None), getattr(channel, "parent_id", None)}
    return any(i in allowed for i in ids if i is not None)


class MentionsCog(commands.Cog):
    """Answers questions asked by mentioning the bot."""

    def __init__(self, bot: WhosaidBot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.guild is None:
            return
        if not mentions_user(message, me.id):
            return
        if not channel_allowed(message.channel, self.bot.settings.bot.allowed_channels):
            return
        try:
            await self.answer(message)
        except Exception as exc:
            log.error(
                "mention %s by user %s in channel %s failed",
                message.id,
                message.author.id,
                message.channel.id,
                exc_info=exc,
            )
            await self._say(message, GENERIC)

    async def answer(self, message: discord.Message) -> None:
        question = strip_mention(message.content, self.bot.user.id)  # type: ignore[union-attr]
        if not question:
            await self._say(message, HELP)
            return
        retry = self.bot.question_cooldowns.hit(message.author.id)
        if retry is not None:
            cooldown = app_commands.CommandOnCooldown(app_commands.Cooldown(1, 1), retry)
            await self._say(message, friendly_message(cooldown))
            return
        async with message.channel.typing():
            reply = await replies.ask(self.bot, question, message.author.id)
        thread = None
        if self.bot.settings.bot.thread_replies and not isinstance(message.channel, discord.Thread):
            thread = await self._thread_for(message, question)
        if thread is not None:
            sent = await thread.send(**reply.kwargs())
        else:
            sent = await message.reply(mention_author=False, **reply.kwargs())
        if reply.view is not None:
            reply.view.message = sent

    async def _thread_for(self, message: discord.Message, question: str) -> discord.Thread | None:
        """A new thread on the question, or None (answer in the channel) if not allowed."""
        try:
            return await message.create_thread(
                name=limits.truncate(question, limits.THREAD_NAME), auto_archive_duration=1440
            )
        except discord.Forbidden:
            log.warning(
                "no permission to create threads in channel %s: answering in the channel",
                message.channel.id,
            )
            return None

    async def _say(self, message: discord.Message, text: str) -> None:
        try:
            await message.reply(
                limits.fit_message(text), mention_author=False, allowed_mentions=NO_MENTIONS
            )
        except discord.HTTPException as exc:
            log.warning("could not reply to mention %s: %s", message.id, exc)


async def setup(bot: WhosaidBot) -> None:
    await bot.add_cog(MentionsCog(bot))
