"""``python -m tests.bot.fakediscord.run_bot API_BASE GATEWAY [whosaid bot args...]``:
the real ``whosaid bot`` command, pointed at a fake Discord (for subprocess tests)."""

from __future__ import annotations

import sys

import discord
import yarl


def main(argv: list[str]) -> None:
    api_base, gateway, *args = argv
    discord.http.Route.BASE = api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)
    from bot.cli import bot_group

    bot_group(args, prog_name="whosaid bot")


if __name__ == "__main__":
    main(sys.argv[1:])
