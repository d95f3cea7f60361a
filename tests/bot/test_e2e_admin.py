"""/index status and /index rebuild end to end: refusals, a rebuild during questions."""

from __future__ import annotations

import asyncio
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest

import bot.services
from index.build import build_index
from tests.bot.conftest import StartBot, bot_settings
from tests.bot.fakediscord import FakeDiscord, payloads
from tests.conftest import EXAMPLES

alice = payloads.user("alice")
admin = payloads.user("admin")
QUESTION = 'Who said "Opposition is easy when you have forgotten your own votes"?'


@pytest.fixture
def example_copy(example_store: Path, tmp_path: Path) -> Path:
    """A copy of the example store (with its embedding cache), free to rebuild."""
    return Path(shutil.copytree(example_store, tmp_path / "store"))


async def test_status_for_anyone(fake: FakeDiscord, start_bot: StartBot) -> None:
    client = await start_bot()
    inter = await fake.slash("index", subcommand="status", user=alice)
    embed = (await fake.response(inter)).json["data"]["embeds"][0]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Version"] == client.service.version
    assert "7 articles" in fields["Contents"]


async def test_rebuild_refused_to_non_admins_and_in_dms(
    fake: FakeDiscord, start_bot: StartBot, example_copy: Path
) -> None:
    client = await start_bot(bot_settings([EXAMPLES], rebuild_cooldown_seconds=300), example_copy)
    inter = await fake.slash("index", subcommand="rebuild", user=alice)
    data = (await fake.response(inter)).json["data"]
    assert data["flags"] == 64
    assert data["content"] == "You need the Administrator permission to do that."
    inter = await fake.slash("index", subcommand="rebuild", user=admin, in_guild=False)
    data = (await fake.response(inter)).json["data"]
    assert data["flags"] == 64 and "only works in a server" in data["content"]
    assert not client.service.rebuilding
    # the refusals did not use up the rebuild cooldown
    assert client.rebuild_cooldowns.hit("rebuild") is None


@pytest.fixture
def gated_build(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """The bot's index builds wait for the test: (gate to open, set once building)."""
    gate = threading.Event()
    building = threading.Event()

    def build(*args: Any, **kwargs: Any) -> Any:
        building.set()
        if not gate.wait(30):
            raise TimeoutError("the test never opened the gate")
        return build_index(*args, **kwargs)

    monkeypatch.setattr(bot.services, "build_index", build)
    return gate, building


async def test_admin_rebuild_while_questions_are_answered(
    fake: FakeDiscord,
    start_bot: StartBot,
    example_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    gated_build: tuple[threading.Event, threading.Event],
) -> None:
    gate, building = gated_build
    client = await start_bot(bot_settings([EXAMPLES], rebuild_cooldown_seconds=300), example_copy)
    cog = client.get_cog("AdminCog")
    assert cog is not None
    monkeypatch.setattr(cog, "progress_every", 0.05)
    old_version = client.service.version

    rebuild = await fake.slash(
        "index", subcommand="rebuild", user=admin, permissions=payloads.ADMINISTRATOR
    )
    started = (await fake.response(rebuild)).json["data"]["content"]
    assert started.startswith("Rebuilding the index from 1 source(s)")
    assert await asyncio.to_thread(building.wait, 10)
    progress = await fake.wait_request(
        lambda r: r.method == "PATCH" and "so far" in r.json.get("content", "")
    )
    assert progress.path.endswith(f"/{rebuild['token']}/messages/@original")

    # the build is running: questions are still answered, from the old version
    asked = await fake.slash("ask", {"question": QUESTION}, user=alice)
    answer = await fake.answer(asked)
    assert answer.json["embeds"][0]["title"].startswith("Petra Vessar")
    assert client.service.rebuilding and client.service.version == old_version

    gate.set()
    done = await fake.wait_request(
        lambda r: r.method == "PATCH" and "Index rebuilt" in r.json.get("content", ""),
        timeout=60,
    )
    assert client.service.version != old_version
    assert f"Now answering from version `{client.service.version}`" in done.json["content"]
    assert done.json["allowed_mentions"] == {"parse": []}

    asked = await fake.slash("ask", {"question": QUESTION}, user=alice)
    assert (await fake.answer(asked)).json["embeds"][0]["title"].startswith("Petra Vessar")

    again = await fake.slash(
        "index", subcommand="rebuild", user=admin, permissions=payloads.ADMINISTRATOR
    )
    data = (await fake.response(again)).json["data"]
    assert data["flags"] == 64 and data["content"].startswith("Slow down a little")


@pytest.mark.parametrize("how", ["token refused", "token too old"])
async def test_a_long_rebuild_goes_on_in_a_message_of_its_own(
    fake: FakeDiscord,
    start_bot: StartBot,
    example_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    gated_build: tuple[threading.Event, threading.Event],
    how: str,
) -> None:
    """Discord lets a reply be edited through its interaction for 15 minutes; after that
    the progress and the result go to a message the bot posts and edits itself."""
    gate, building = gated_build
    client = await start_bot(bot_settings([EXAMPLES]), example_copy)
    cog = client.get_cog("AdminCog")
    assert cog is not None
    monkeypatch.setattr(cog, "progress_every", 0.05)
    if how == "token too old":
        monkeypatch.setattr(cog, "token_lifetime", 0.0)
    rebuild = await fake.slash(
        "index", subcommand="rebuild", user=admin, permissions=payloads.ADMINISTRATOR
    )
    await fake.response(rebuild)
    assert await asyncio.to_thread(building.wait, 10)
    if how == "token refused":
        fake.expired.add(rebuild["token"])
    since = len(fake.requests)
    posted = await fake.wait_request(
        lambda r: r.method == "POST" and "so far" in (r.json or {}).get("content", ""),
        since=since,
    )
    assert posted.path == f"/channels/{rebuild['channel_id']}/messages"
    assert posted.json["allowed_mentions"] == {"parse": []}
    gate.set()
    done = await fake.wait_request(
        lambda r: r.method == "PATCH" and "Index rebuilt" in (r.json or {}).get("content", ""),
        since=since,
        timeout=60,
    )
    assert done.path.startswith(f"/channels/{rebuild['channel_id']}/messages/")
    posts = [r for r in fake.requests[since:] if r.method == "POST" and "/messages" in r.path]
    assert len(posts) == 1  # one message of its own, edited from then on
    webhook_edits = [r for r in fake.requests[since:] if "/webhooks/" in r.path]
    assert len(webhook_edits) <= (1 if how == "token refused" else 0)


async def test_a_failed_rebuild_keeps_the_old_version(
    fake: FakeDiscord, start_bot: StartBot, example_copy: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    client = await start_bot(bot_settings([empty]), example_copy)
    version = client.service.version
    inter = await fake.slash(
        "index", subcommand="rebuild", user=admin, permissions=payloads.ADMINISTRATOR
    )
    failed = await fake.wait_request(
        lambda r: r.method == "PATCH" and r.json.get("content", "").startswith("Rebuild failed"),
        timeout=30,
    )
    assert inter["token"] in failed.path
    assert "no articles could be read" in failed.json["content"]
    assert failed.json["content"].endswith(f"Still answering from version `{version}`.")
    assert client.service.version == version
