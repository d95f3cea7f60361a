"""Errors become short friendly messages; details stay in the log."""

from __future__ import annotations

import pytest
from discord import app_commands

from bot.errors import GENERIC, UserFacingError, friendly_message, is_expected


def test_cooldown_message_says_how_long() -> None:
    err = app_commands.CommandOnCooldown(app_commands.Cooldown(1, 5), 3.2)
    assert friendly_message(err) == "Slow down a little: you can do that again in 4 seconds."
    err = app_commands.CommandOnCooldown(app_commands.Cooldown(1, 5), 0.2)
    assert friendly_message(err).endswith("in 1 second.")


def test_permission_and_server_messages() -> None:
    err = app_commands.MissingPermissions(["administrator"])
    assert friendly_message(err) == "You need the Administrator permission to do that."
    assert "only works in a server" in friendly_message(app_commands.NoPrivateMessage())


def test_user_facing_errors_are_shown_as_they_are() -> None:
    assert friendly_message(UserFacingError("A rebuild is already running.")) == (
        "A rebuild is already running."
    )


@pytest.mark.parametrize(
    "error", [RuntimeError("secret path /srv/x"), KeyError("k"), ValueError("Traceback")]
)
def test_anything_else_is_generic_and_reveals_nothing(error: Exception) -> None:
    wrapped = app_commands.CommandInvokeError.__new__(app_commands.CommandInvokeError)
    wrapped.original = error
    assert friendly_message(error) == GENERIC
    assert friendly_message(wrapped) == GENERIC
    assert not is_expected(error)


def test_expected_errors() -> None:
    assert is_expected(app_commands.NoPrivateMessage())
    assert is_expected(UserFacingError("x"))
