"""Starting up: the token, the store check, and the CLI's one-line failures."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import bot.startup
from bot.cli import bot_group
from bot.startup import StartupError, prepare_store, read_token
from index.config import BotSettings, IndexSettings, Settings
from index.embed import Embedder
from index.store import StoreLayout
from tests.conftest import EXAMPLES

TOKEN = "sekrit-token-value"


@pytest.fixture(autouse=True)
def keep_logging() -> Iterator[None]:
    """The CLI sets up logging on the root logger; put it back afterwards."""
    handlers, level = list(logging.root.handlers), logging.root.level
    yield
    logging.root.handlers[:] = handlers
    logging.root.setLevel(level)


def test_token_from_the_environment_first(tmp_path: Path) -> None:
    token_file = tmp_path / "token.txt"
    token_file.write_text("from-file\n")
    settings = Settings(bot=BotSettings(token_file=token_file))
    assert read_token(settings, {"DISCORD_TOKEN": " from-env "}) == "from-env"
    assert read_token(settings, {}) == "from-file"


@pytest.mark.parametrize(
    ("content", "message"), [(None, "token file not found"), ("  \n", "the token file is empty")]
)
def test_token_file_problems(tmp_path: Path, content: str | None, message: str) -> None:
    token_file = tmp_path / "token.txt"
    if content is not None:
        token_file.write_text(content)
    with pytest.raises(StartupError, match=message):
        read_token(Settings(bot=BotSettings(token_file=token_file)), {})


def test_no_token_at_all() -> None:
    with pytest.raises(StartupError, match=r"set DISCORD_TOKEN or bot\.token_file"):
        read_token(Settings(), {})


def test_a_missing_store_is_built_when_configured(
    tmp_path: Path, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot.startup, "Embedder", lambda *a, **k: embedder)
    store = tmp_path / "store"
    settings = Settings(index=IndexSettings(sources=[EXAMPLES]))
    with pytest.raises(StartupError, match="no index at"):
        prepare_store(settings, store)
    settings.bot.build_missing_store = True
    assert prepare_store(settings, store) is embedder
    assert StoreLayout(store).current_version() is not None
    assert prepare_store(settings, store) is None  # there now: nothing to build


def run_cli(args: list[str], token: str = TOKEN) -> tuple[int, str]:
    result = CliRunner().invoke(bot_group, args, env={"DISCORD_TOKEN": token})
    return result.exit_code, result.output


def test_cli_without_a_token_fails_in_one_line(example_store: Path) -> None:
    code, output = run_cli(["--store", str(example_store)], token="")
    assert code == 1
    assert output.splitlines() == [
        "Error: no Discord token: set DISCORD_TOKEN or bot.token_file in the config"
    ]


def test_cli_with_a_missing_store_fails_in_one_line(tmp_path: Path) -> None:
    code, output = run_cli(["--store", str(tmp_path / "nothing")])
    assert code == 1
    assert len(output.splitlines()) == 1 and "no index at" in output
    assert TOKEN not in output


def test_cli_with_a_corrupt_store_fails_in_one_line(example_store: Path, tmp_path: Path) -> None:
    store = Path(shutil.copytree(example_store, tmp_path / "store"))
    version = StoreLayout(store).current_version()
    assert version is not None
    for name in ("whosaid.sqlite", "quotes.faiss"):
        (version / name).write_bytes(b"garbage")
    code, output = run_cli(["--store", str(store)])
    assert code == 1
    assert len(output.splitlines()) == 1
    assert output.startswith("Error: ") and "rebuild it" in output


def test_cli_with_a_bad_config_fails_in_one_line(tmp_path: Path) -> None:
    config = tmp_path / "whosaid.toml"
    config.write_text("[bot]\nquestion_cooldown_seconds = -1\n")
    code, output = run_cli(["--config", str(config)])
    assert code == 1
    assert len(output.splitlines()) == 1 and "question_cooldown_seconds" in output


def test_sync_guild_flag_needs_a_dev_guild(tmp_path: Path) -> None:
    code, output = run_cli(["sync", "--guild", "--store", str(tmp_path)])
    assert code == 1
    assert "bot.dev_guild" in output
