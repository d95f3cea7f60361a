"""``whosaid bot``: run the Discord bot; ``whosaid bot sync``: register its commands.

Loaded by the ``whosaid`` CLI through the ``whosaid.commands`` entry point. Discord is
imported only when a bot command actually runs, so other commands stay fast.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from index.config import ConfigError, Settings, load_settings

F = TypeVar("F", bound=Callable[..., Any])


def _options(func: F) -> F:
    func = click.option(
        "--store",
        "store",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        help="Store directory (default: index.store from the config).",
    )(func)
    func = click.option(
        "--config",
        "config",
        type=click.Path(path_type=Path, dir_okay=False),
        default=None,
        help="TOML config file (see config.example.toml).",
    )(func)
    return func


def _settings(config: Path | None, store: Path | None) -> tuple[Settings, Path]:
    try:
        settings = load_settings(config)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    return settings, store or settings.index.store


def _fail(exc: BaseException) -> click.ClickException:
    return click.ClickException(" ".join(str(exc).split()))


@click.group("bot", invoke_without_command=True)
@_options
@click.pass_context
def bot_group(ctx: click.Context, config: Path | None, store: Path | None) -> None:
    """Run the Discord bot (token from DISCORD_TOKEN or bot.token_file).

    Sync its commands first, and after each upgrade, with `whosaid bot sync`.
    """
    ctx.obj = {"config": config, "store": store}
    if ctx.invoked_subcommand is not None:
        return
    settings, root = _settings(config, store)

    from bot.client import WhosaidBot
    from bot.startup import StartupError, prepare_store, read_token, run, setup_logging

    setup_logging()
    try:
        token = read_token(settings)
        embedder = prepare_store(settings, root)
        asyncio.run(run(WhosaidBot(settings, root, embedder=embedder), token))
    except StartupError as exc:
        raise _fail(exc) from None
    logging.getLogger("bot").info("closed cleanly")


@bot_group.command("sync")
@click.option(
    "--guild",
    type=int,
    default=None,
    is_flag=False,
    flag_value=0,
    help="Sync to this server only (instant); with no ID, to bot.dev_guild. Default: globally.",
)
@_options
@click.pass_context
def sync_cmd(
    ctx: click.Context, guild: int | None, config: Path | None, store: Path | None
) -> None:
    """Log in, register the slash commands and the message menu, print them, exit."""
    parent = ctx.obj or {}
    settings, root = _settings(config or parent.get("config"), store or parent.get("store"))
    if guild == 0:
        if settings.bot.dev_guild is None:
            raise click.ClickException("--guild without an ID needs bot.dev_guild in the config")
        guild = settings.bot.dev_guild

    from bot.client import WhosaidBot
    from bot.startup import StartupError, read_token, setup_logging, sync

    setup_logging(logging.WARNING)
    try:
        token = read_token(settings)
        names = asyncio.run(sync(WhosaidBot(settings, root, load_index=False), token, guild))
    except StartupError as exc:
        raise _fail(exc) from None
    where = f"to server {guild}" if guild else "globally"
    click.echo(f"Synced {len(names)} command(s) {where}:")
    for name in names:
        click.echo(f"  {name}")
