"""``whosaid bot`` and ``whosaid bot sync`` end to end against the fake Discord."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import Iterator
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import bot_group
from tests.bot.conftest import TOKEN
from tests.bot.fakediscord import FakeDiscord
from tests.conftest import REPO

EXPECTED = [
    "  /ask",
    "  /whosaid",
    "  /said",
    "  /speakers",
    "  /sources",
    "  /index status",
    "  /index rebuild",
    "  Who said this? (message menu)",
]


@pytest.fixture(autouse=True)
def keep_logging() -> Iterator[None]:
    """The CLI sets up logging on the root logger; put it back afterwards."""
    handlers, level = list(logging.root.handlers), logging.root.level
    yield
    logging.root.handlers[:] = handlers
    logging.root.setLevel(level)


async def invoke(args: list[str], token: str = TOKEN) -> tuple[int, str]:
    """Run the CLI in a worker thread (it runs its own event loop) while the fake
    Discord keeps serving on this one."""
    runner = CliRunner()
    result = await asyncio.wait_for(
        asyncio.to_thread(runner.invoke, bot_group, args, env={"DISCORD_TOKEN": token}), 60
    )
    return result.exit_code, result.stdout if result.exit_code == 0 else result.output


async def test_sync_to_a_guild_prints_the_commands(fake: FakeDiscord, tmp_path: Path) -> None:
    code, output = await invoke(["sync", "--guild", "4242", "--store", str(tmp_path)])
    assert code == 0, output
    assert output.splitlines() == ["Synced 8 command(s) to server 4242:", *EXPECTED]
    assert len(fake.guild_commands["4242"]) == 7
    assert TOKEN not in output
    assert not fake.gateway_frames  # REST only: sync never connects to the gateway


async def test_sync_globally_and_to_the_dev_guild(fake: FakeDiscord, tmp_path: Path) -> None:
    code, output = await invoke(["sync"])
    assert code == 0, output
    assert output.splitlines()[0] == "Synced 8 command(s) globally:"
    assert {c["name"] for c in fake.commands} >= {"ask", "index", "Who said this?"}
    config = tmp_path / "whosaid.toml"
    config.write_text("[bot]\ndev_guild = 777\n")
    code, output = await invoke(["--config", str(config), "sync", "--guild"])
    assert code == 0, output
    assert "777" in fake.guild_commands


async def test_a_refused_token_fails_in_one_line(fake: FakeDiscord) -> None:
    code, output = await invoke(["sync"], token="wrong-token-value")
    assert code == 1
    assert output.splitlines() == ["Error: Discord refused the token (check DISCORD_TOKEN)"]


async def test_the_bot_runs_and_closes_cleanly_on_sigterm(
    fake: FakeDiscord, example_store: Path
) -> None:
    env = {**os.environ, "DISCORD_TOKEN": TOKEN, "PYTHONUNBUFFERED": "1"}
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.bot.fakediscord.run_bot",
        fake.api_base,
        fake.gateway_url,
        "--store",
        str(example_store),
        cwd=REPO,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        await fake.wait_until(lambda: fake.ops(2), timeout=90)  # identified: running
        await fake.connected()
        proc.send_signal(signal.SIGTERM)
        out, _ = await asyncio.wait_for(proc.communicate(), 30)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    text = out.decode()
    assert proc.returncode == 0, text
    assert "closed cleanly" in text
    assert "Traceback" not in text
    assert TOKEN not in text


@pytest.mark.skipif(
    not any(ep.name == "bot" for ep in entry_points(group="whosaid.commands")),
    reason="the whosaid.commands entry point is not installed (pip install -e . again)",
)
def test_whosaid_has_the_bot_command() -> None:
    from index.cli import main

    result = CliRunner().invoke(main, ["bot", "--help"])
    assert result.exit_code == 0
    assert "sync" in result.output
