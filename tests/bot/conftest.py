"""Fixtures for the Discord side: a fake Discord per test, and bots started against it
over the session's model and stores (see tests/conftest.py)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import discord
import pytest
import yarl

from bot.client import WhosaidBot
from index.config import BotSettings, IndexSettings, Settings
from index.embed import Embedder
from tests.bot.fakediscord import FakeDiscord

TOKEN = "fake-token-never-printed"

StartBot = Callable[..., Awaitable[WhosaidBot]]


NOWHERE = "http://127.0.0.1:9"  # the discard port: nothing listens, nothing leaves the host


@pytest.fixture(autouse=True)
def no_real_discord(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test: discord.py may only ever reach 127.0.0.1 (the fake, when a test has one)."""
    monkeypatch.setattr(discord.http.Route, "BASE", NOWHERE + "/api/v10")
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL("ws://127.0.0.1:9/")
    )


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """A fake Discord on 127.0.0.1, with discord.py pointed at it (REST and gateway)."""
    server = FakeDiscord()
    await server.start()
    monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url)
    )
    yield server
    await server.close()


def bot_settings(sources: list[Path] | None = None, **bot: Any) -> Settings:
    """Settings for a test bot: no question cooldown unless asked for."""
    bot.setdefault("question_cooldown_seconds", 0)
    bot.setdefault("rebuild_cooldown_seconds", 0)
    return Settings(index=IndexSettings(sources=sources or []), bot=BotSettings(**bot))


@pytest.fixture
async def start_bot(
    fake: FakeDiscord, embedder: Embedder, corpus_store: Path
) -> AsyncIterator[StartBot]:
    """Start a real WhosaidBot against the fake (default store: ../shared/corpus)."""
    running: list[tuple[WhosaidBot, asyncio.Task[None]]] = []

    async def start(
        settings: Settings | None = None, store: Path | None = None, **bot: Any
    ) -> WhosaidBot:
        client = WhosaidBot(
            settings or bot_settings(**bot),
            store or corpus_store,
            embedder=embedder,
            guild_ready_timeout=0.05,
        )
        await asyncio.wait_for(client.login(TOKEN), 30)
        task = asyncio.create_task(client.connect())
        running.append((client, task))
        await asyncio.wait_for(client.wait_until_ready(), 10)
        await fake.connected()
        return client

    yield start
    for client, task in running:
        await asyncio.wait_for(client.close(), 10)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 10)
