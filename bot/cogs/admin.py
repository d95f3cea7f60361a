"""/index status (anyone) and /index rebuild (administrators, in a server).

A rebuild runs in the background: the build itself in a worker thread, a progress
message edited as it goes, and the new version swapped in when it is done. Questions
are answered from the old version until then.
"""

from __future__ import annotations

import asyncio
import logging
import time

import discord
from discord import app_commands
from discord.ext import commands

from bot import limits, render
from bot.checks import REBUILD_KEY, administrator, in_guild, rebuild_cooldown
from bot.client import WhosaidBot
from bot.errors import UserFacingError
from bot.render import NO_MENTIONS
from bot.services import RebuildRunning
from index.build import BuildError
from index.embed import EmbeddingError
from index.models import BuildReport
from index.store import StoreBusyError, StoreError

log = logging.getLogger(__name__)


def done_text(report: BuildReport, seconds: float) -> str:
    """The progress message once the new version is live."""
    m = report.manifest
    c = m.counts
    text = (
        f"Index rebuilt in {seconds:.0f}s: {c.get('articles', 0)} articles, "
        f"{c.get('quotes', 0)} quotes, {c.get('speakers', 0)} speakers. "
        f"Now answering from version `{m.version}`."
    )
    errors = sum(1 for p in report.problems if p.severity == "error")
    if report.problems:
        warnings = len(report.problems) - errors
        text += f" {errors} input(s) skipped, {warnings} warning(s) (see the log)."
    return text


def failed_text(error: BaseException, version: str) -> str:
    """The progress message when the build failed (the old version stays live)."""
    if isinstance(error, StoreBusyError):
        reason = "another build holds the store's lock"
    elif isinstance(error, BuildError | StoreError | EmbeddingError):
        reason = " ".join(str(error).split())
    else:
        reason = "an internal error (logged)"
    return f"Rebuild failed: {reason}. Still answering from version `{version}`."


class AdminCog(commands.GroupCog, group_name="index", group_description="The quote index."):
    """The index's status, and rebuilding it from the configured sources."""

    progress_every = 15.0  # seconds between edits of the progress message
    token_lifetime = 14 * 60.0  # an interaction's token lasts 15 minutes: switch before

    def __init__(self, bot: WhosaidBot) -> None:
        self.bot = bot
        self._tasks: set[asyncio.Task[None]] = set()
        super().__init__()

    async def cog_unload(self) -> None:
        for task in self._tasks:
            task.cancel()

    @app_commands.command(name="status", description="Which index version is live, and its size.")
    async def status(self, interaction: discord.Interaction) -> None:
        service = self.bot.service
        await interaction.response.send_message(
            embed=render.status_embed(service.manifest, service.rebuilding),
            allowed_mentions=NO_MENTIONS,
        )

    # Checks run bottom-up: server, then permission, then the cooldown (so a refused
    # user never uses up the cooldown).
    @app_commands.command(name="rebuild", description="Rebuild the index from its sources.")
    @rebuild_cooldown()
    @administrator()
    @in_guild()
    async def rebuild(self, interaction: discord.Interaction) -> None:
        service = self.bot.service
        sources = self.bot.settings.index.sources
        if service.rebuilding:
            self.bot.rebuild_cooldowns.reset(REBUILD_KEY)
            raise UserFacingError("A rebuild is already running; its message shows its progress.")
        if not sources:
            self.bot.rebuild_cooldowns.reset(REBUILD_KEY)
            raise UserFacingError("No sources are configured (`index.sources` in the config).")
        await interaction.response.send_message(
            f"Rebuilding the index from {len(sources)} source(s)… Questions are still "
            f"answered from version `{service.version}` meanwhile.",
            allowed_mentions=NO_MENTIONS,
        )
        task = asyncio.create_task(self._run_rebuild(interaction))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run_rebuild(self, interaction: discord.Interaction) -> None:
        service = self.bot.service
        started = time.monotonic()
        stage = ["starting"]  # written by the building thread, read by the ticker
        message = ProgressMessage(interaction, started, self.token_lifetime)
        ticker = asyncio.create_task(self._tick(message, started, stage))
        try:
            report = await service.rebuild(on_stage=lambda text: stage.__setitem__(0, text))
        except RebuildRunning:
            text = "A rebuild is already running."
        except Exception as exc:
            if isinstance(exc, BuildError | StoreError | EmbeddingError):
                log.warning("rebuild failed: %s", exc)
            else:
                log.exception("rebuild failed")
            self.bot.rebuild_cooldowns.reset(REBUILD_KEY)  # let an admin retry at once
            text = failed_text(exc, service.version)
        else:
            for problem in report.problems:
                log.warning("rebuild: %s", problem)
            text = done_text(report, time.monotonic() - started)
        finally:
            ticker.cancel()
        await message.show(text)

    async def _tick(self, message: ProgressMessage, started: float, stage: list[str]) -> None:
        while True:
            await asyncio.sleep(self.progress_every)
            elapsed = time.monotonic() - started
            await message.show(
                f"Rebuilding the index… {stage[0]} ({elapsed:.0f}s so far). Questions are "
                f"still answered from version `{self.bot.service.version}` meanwhile."
            )


class ProgressMessage:
    """Where a rebuild shows its progress: the reply to the command while the
    interaction's token lives (Discord gives it 15 minutes), then a message of the bot's
    own in the same channel, which it can edit for as long as the rebuild takes."""

    def __init__(self, interaction: discord.Interaction, started: float, lifetime: float) -> None:
        self.interaction = interaction
        self.started = started
        self.lifetime = lifetime
        self.own: discord.Message | None = None

    async def show(self, text: str) -> None:
        content = limits.fit_message(text)
        if self.own is None and time.monotonic() - self.started < self.lifetime:
            try:
                await self.interaction.edit_original_response(
                    content=content, allowed_mentions=NO_MENTIONS
                )
                return
            except discord.HTTPException as exc:
                log.info("the rebuild reply can no longer be edited (%s); posting anew", exc)
        try:
            if self.own is not None:
                await self.own.edit(content=content, allowed_mentions=NO_MENTIONS)
                return
            channel = self.interaction.channel
            if not isinstance(channel, discord.abc.Messageable):
                log.warning("no channel to show the rebuild's progress in")
                return
            self.own = await channel.send(content, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as exc:
            log.warning("could not update the rebuild message: %s", exc)


async def setup(bot: WhosaidBot) -> None:
    await bot.add_cog(AdminCog(bot))
