"""Shared cooldowns."""

from __future__ import annotations

import pytest
from discord import app_commands

from bot.cooldowns import Cooldowns


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_one_use_per_period_per_key() -> None:
    clock = Clock()
    cd = Cooldowns(5, clock=clock)
    assert cd.hit(1) is None
    retry = cd.hit(1)
    assert retry is not None and 4.9 < retry <= 5
    assert cd.hit(2) is None  # another user is not affected
    clock.now += 5.1
    assert cd.hit(1) is None


def test_check_raises_command_on_cooldown() -> None:
    cd = Cooldowns(30, clock=Clock())
    cd.check("rebuild")
    with pytest.raises(app_commands.CommandOnCooldown) as err:
        cd.check("rebuild")
    assert err.value.retry_after == pytest.approx(30)


def test_reset_and_zero_period() -> None:
    cd = Cooldowns(30, clock=Clock())
    cd.check("k")
    cd.reset("k")
    cd.check("k")
    free = Cooldowns(0)
    assert all(free.hit("k") is None for _ in range(5))
