"""Starting the bot: the token, the store check, running until a signal, syncing.

Every failure a user can fix is a :class:`StartupError` with a one-line message; the
token is never logged or printed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import threading
from collections.abc import Mapping
from pathlib import Path

import discord
from discord import app_commands

from bot.client import WhosaidBot
from index.build import BuildError, build_index
from index.config import Settings
from index.embed import Embedder, EmbeddingError
from index.store import Store, StoreError, StoreLayout

log = logging.getLogger(__name__)

TOKEN_ENV = "DISCORD_TOKEN"


class _NoVoiceNotice(logging.Filter):
    """Drop discord.py's start-up notices about voice libraries: the bot has no voice."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "voice will NOT be supported" not in record.getMessage()


def setup_logging(level: int = logging.INFO) -> None:
    """discord.py's logging setup (coloured on a terminal), minus the voice notices."""
    discord.utils.setup_logging(level=level)
    logging.getLogger("discord.client").addFilter(_NoVoiceNotice())


class StartupError(Exception):
    """The bot cannot start (one line, fit to print as is)."""


def read_token(settings: Settings, environ: Mapping[str, str] = os.environ) -> str:
    """The bot token from ``DISCORD_TOKEN``, else from ``bot.token_file``."""
    token = environ.get(TOKEN_ENV, "").strip()
    if token:
        return token
    path = settings.bot.token_file
    if path is None:
        raise StartupError(f"no Discord token: set {TOKEN_ENV} or bot.token_file in the config")
    try:
        token = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise StartupError(f"{path}: token file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise StartupError(f"{path}: cannot read the token file ({reason})") from None
    if not token:
        raise StartupError(f"{path}: the token file is empty")
    return token


def prepare_store(settings: Settings, root: Path) -> Embedder | None:
    """Check that the store opens; build it first if it is missing and
    ``bot.build_missing_store`` is set. Returns the embedder a build loaded, if any."""
    embedder = None
    try:
        missing = StoreLayout(root).current_version() is None
    except StoreError as exc:
        raise StartupError(str(exc)) from None
    if missing:
        if not settings.bot.build_missing_store:
            raise StartupError(
                f"no index at {root}: build it with `whosaid index build` "
                "(or set bot.build_missing_store = true)"
            )
        log.warning("no index at %s: building it from index.sources first", root)
        e = settings.embedding
        embedder = Embedder(e.model, device=e.device, batch_size=e.batch_size)
        try:
            build_index(settings.index.sources, root, settings, embedder=embedder)
        except (BuildError, StoreError, EmbeddingError) as exc:
            raise StartupError(f"cannot build the missing index: {exc}") from None
    try:
        Store.open(root).close()
    except StoreError as exc:
        raise StartupError(str(exc)) from None
    return embedder


def _install_signal_handlers(stop: asyncio.Event) -> None:
    if threading.current_thread() is not threading.main_thread():
        return  # only the main thread receives signals
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on POSIX
            loop.add_signal_handler(sig, stop.set)


async def run(bot: WhosaidBot, token: str) -> None:
    """Run ``bot`` until it stops or SIGINT / SIGTERM arrives, then close it cleanly."""
    stop = asyncio.Event()
    _install_signal_handlers(stop)
    async with bot:
        runner = asyncio.create_task(bot.start(token), name="whosaid-bot")
        stopper = asyncio.create_task(stop.wait(), name="whosaid-stop")
        done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if stopper in done:
            log.info("signal received: closing")
            await bot.close()
        else:
            stopper.cancel()
        try:
            await runner
        except discord.LoginFailure:
            raise StartupError("Discord refused the token (check DISCORD_TOKEN)") from None
        except discord.PrivilegedIntentsRequired:  # pragma: no cover - none is requested
            raise StartupError("Discord refused a privileged intent") from None
        except (StoreError, EmbeddingError) as exc:
            raise StartupError(str(exc)) from None
        except (discord.HTTPException, discord.GatewayNotFound, OSError) as exc:
            raise StartupError(f"cannot reach Discord: {exc}") from None


def describe_synced(commands: list[app_commands.AppCommand]) -> list[str]:
    """``/ask``, ``/index status``, ``Who said this? (message menu)``, ..."""
    out: list[str] = []
    for cmd in commands:
        if cmd.type is discord.AppCommandType.message:
            out.append(f"{cmd.name} (message menu)")
        elif cmd.type is discord.AppCommandType.user:
            out.append(f"{cmd.name} (user menu)")
        else:
            subs = [o for o in cmd.options if isinstance(o, app_commands.AppCommandGroup)]
            if subs:
                out.extend(f"/{cmd.name} {sub.name}" for sub in subs)
            else:
                out.append(f"/{cmd.name}")
    return out


async def sync(bot: WhosaidBot, token: str, guild_id: int | None) -> list[str]:
    """Log in (REST only), sync the app commands globally or to one server, log out."""
    async with bot:
        try:
            await bot.login(token)
        except discord.LoginFailure:
            raise StartupError("Discord refused the token (check DISCORD_TOKEN)") from None
        except (discord.HTTPException, OSError) as exc:
            raise StartupError(f"cannot reach Discord: {exc}") from None
        try:
            if guild_id is None:
                synced = await bot.tree.sync()
            else:
                guild = discord.Object(guild_id)
                bot.tree.copy_global_to(guild=guild)
                synced = await bot.tree.sync(guild=guild)
        except discord.HTTPException as exc:
            raise StartupError(f"Discord refused the commands: {exc}") from None
    return describe_synced(synced)
