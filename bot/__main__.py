"""``python -m bot``: the same as ``whosaid bot``."""

from bot.cli import bot_group

if __name__ == "__main__":  # pragma: no cover
    bot_group(prog_name="python -m bot")
