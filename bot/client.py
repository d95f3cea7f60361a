"""The bot: settings, the search service, cooldowns and the extensions."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import discord
from discord.ext import commands

from bot.cooldowns import Cooldowns
from bot.errors import WhosaidTree
from bot.render import NO_MENTIONS, RUNNER_UPS
from bot.services import SearchService
from index.config import Settings
from index.embed import Embedder

log = logging.getLogger(__name__)

EXTENSIONS = ("bot.cogs.ask", "bot.cogs.browse", "bot.cogs.admin", "bot.cogs.mentions")
ANSWER_PAGES = 3  # pages an answer can be paged through with "More"


def intents() -> discord.Intents:
    """Guilds and guild messages only: no privileged intent is needed (mentions carry
    their content, and context menus bring the message with them)."""
    chosen = discord.Intents.none()
    chosen.guilds = True
    chosen.guild_messages = True
    return chosen


class WhosaidBot(commands.Bot):
    """whosaid on Discord: app commands, a context menu and mentions over one index."""

    def __init__(
        self,
        settings: Settings,
        store_root: Path,
        *,
        embedder: Embedder | None = None,
        load_index: bool = True,
        **options: Any,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,  # unused: there are no prefix commands
            help_command=None,
            intents=intents(),
            allowed_mentions=NO_MENTIONS,
            tree_cls=WhosaidTree,
            **options,
        )
        self.settings = settings
        self.store_root = store_root
        self._embedder = embedder
        self._load_index = load_index
        self._service: SearchService | None = None
        self.question_cooldowns = Cooldowns(settings.bot.question_cooldown_seconds)
        self.rebuild_cooldowns = Cooldowns(settings.bot.rebuild_cooldown_seconds)

    @property
    def service(self) -> SearchService:
        """The search service (loaded in :meth:`setup_hook`)."""
        if self._service is None:
            raise RuntimeError("the index is not loaded")
        return self._service

    @property
    def answers_to_fetch(self) -> int:
        """How many answers a question asks for: enough for a few pages of More."""
        return max(self.settings.search.k, 1 + RUNNER_UPS) * ANSWER_PAGES

    async def setup_hook(self) -> None:
        """Load the model and the store once (off the event loop), then the extensions."""
        if self._load_index:
            self._service = await SearchService.load(self.store_root, self.settings, self._embedder)
        for name in EXTENSIONS:
            await self.load_extension(name)

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: mentions are answered by the mentions extension."""

    async def on_ready(self) -> None:
        user = self.user
        log.info("connected as %s to %d server(s)", user, len(self.guilds))

    async def close(self) -> None:
        await super().close()
        if self._service is not None:
            await self._service.close()
