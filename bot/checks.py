"""App command checks: question cooldown, rebuild cooldown, server only, administrator.

Each ``check_*`` function is a plain predicate (for :meth:`ContextMenu.add_check`); the
same-named decorators attach it to a command. Decorated checks run bottom-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import discord
from discord import app_commands

if TYPE_CHECKING:
    from bot.client import WhosaidBot

T = TypeVar("T")

REBUILD_KEY = "rebuild"


def _bot(interaction: discord.Interaction) -> WhosaidBot:
    return interaction.client  # type: ignore[return-value]


def check_question_cooldown(interaction: discord.Interaction) -> bool:
    """One question per user per ``bot.question_cooldown_seconds``, shared by every
    question command and by mentions."""
    _bot(interaction).question_cooldowns.check(interaction.user.id)
    return True


def check_rebuild_cooldown(interaction: discord.Interaction) -> bool:
    """One rebuild per ``bot.rebuild_cooldown_seconds`` for the whole bot."""
    _bot(interaction).rebuild_cooldowns.check(REBUILD_KEY)
    return True


def check_in_guild(interaction: discord.Interaction) -> bool:
    """Refuse in direct messages (at run time: Discord ignores ``guild_only`` on
    subcommands)."""
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    return True


def question_cooldown() -> Callable[[T], T]:
    return app_commands.check(check_question_cooldown)


def rebuild_cooldown() -> Callable[[T], T]:
    return app_commands.check(check_rebuild_cooldown)


def in_guild() -> Callable[[T], T]:
    return app_commands.check(check_in_guild)


def administrator() -> Callable[[T], T]:
    """Require the Administrator permission at run time (default permissions only hide
    a command, and server admins can change them)."""
    check: Callable[[T], T] = app_commands.checks.has_permissions(administrator=True)
    return check
