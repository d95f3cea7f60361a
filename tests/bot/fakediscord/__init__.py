"""A small fake Discord (REST + gateway on 127.0.0.1) for driving the real bot in tests."""

from tests.bot.fakediscord.server import FakeDiscord, Recorded

__all__ = ["FakeDiscord", "Recorded"]
