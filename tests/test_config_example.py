"""config.example.toml documents every key and loads as it is."""

from __future__ import annotations

import tomllib

from index.config import Settings, load_settings
from tests.conftest import REPO

EXAMPLE = REPO / "config.example.toml"


def test_example_config_loads() -> None:
    settings = load_settings(EXAMPLE)
    assert settings.index.sources == [REPO / "examples" / "coverage"]
    assert settings.index.store == REPO / ".whosaid" / "store"


def test_example_config_documents_every_key() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    for section, model in Settings.model_fields.items():
        assert section in data, section
        sub = model.annotation.model_fields  # type: ignore[union-attr]
        for key in sub:
            assert f"{key} =" in text, f"{section}.{key} is not documented"
