"""One place where failures become a short, friendly reply (and the details go to the log).

:class:`WhosaidTree` routes every app command error here; views and the mention
listener call :func:`report_error` too. Users never see a stack trace.
"""

from __future__ import annotations

import logging
import math

import discord
from discord import app_commands

from bot import limits
from bot.render import NO_MENTIONS

log = logging.getLogger(__name__)

GENERIC = "Sorry, something went wrong on my side. It has been logged; please try again later."


class UserFacingError(app_commands.AppCommandError):
    """An expected failure whose message is shown to the user as it is (one line)."""


def _seconds(value: float) -> str:
    secs = max(1, math.ceil(value))
    return f"{secs} second{'s' if secs != 1 else ''}"


def friendly_message(error: BaseException) -> str:
    """What to tell the user about ``error`` (never internal details)."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, UserFacingError):
        return str(error)
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: you can do that again in {_seconds(error.retry_after)}."
    if isinstance(error, app_commands.MissingPermissions):
        perms = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return f"You need the {perms} permission to do that."
    if isinstance(error, app_commands.BotMissingPermissions):
        perms = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return f"I need the {perms} permission here to do that."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "That only works in a server, not in direct messages."
    if isinstance(error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
        return "That command is out of date here; an admin needs to run `whosaid bot sync`."
    if isinstance(error, app_commands.TransformerError):
        return "I could not understand one of the options; please check it and try again."
    if isinstance(error, app_commands.CheckFailure):
        return "You cannot use that command here."
    return GENERIC


def is_expected(error: BaseException) -> bool:
    """Errors that are the user's or Discord's doing, logged without a traceback."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    return isinstance(
        error,
        UserFacingError
        | app_commands.CheckFailure
        | app_commands.CommandNotFound
        | app_commands.CommandSignatureMismatch
        | app_commands.TransformerError,
    )


def _describe(interaction: discord.Interaction) -> str:
    command = interaction.command.qualified_name if interaction.command else None
    what = f"/{command}" if command else f"interaction type {interaction.type.name}"
    return f"{what} by user {interaction.user.id} in channel {interaction.channel_id}"


async def report_error(interaction: discord.Interaction, error: BaseException) -> None:
    """Log ``error`` and tell the user briefly (ephemeral where Discord allows)."""
    if is_expected(error):
        log.info("%s refused: %s", _describe(interaction), error)
    else:
        log.error("%s failed", _describe(interaction), exc_info=error)
    if interaction.type is discord.InteractionType.autocomplete:
        return  # nothing can be shown for a failed autocomplete; the log has it
    text = limits.fit_message(friendly_message(error))
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(
                text, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
    except discord.HTTPException as exc:  # expired interaction, Discord down: the log has it
        log.warning("could not tell the user about an error (%s)", exc)


class WhosaidTree(app_commands.CommandTree):
    """The command tree with one error handler for every command."""

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await report_error(interaction, error)
