"""Cooldowns shared across commands: a user's questions, the bot's rebuilds."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from discord import app_commands

_MAX_KEYS = 10_000  # forget idle keys beyond this many


class Cooldowns:
    """One use per ``per`` seconds for each key; ``per == 0`` means no cooldown."""

    def __init__(self, per: float, clock: Callable[[], float] | None = None) -> None:
        self.per = per
        self._clock = clock
        self._buckets: dict[Hashable, app_commands.Cooldown] = {}

    def _now(self) -> float | None:
        return self._clock() if self._clock is not None else None

    def hit(self, key: Hashable) -> float | None:
        """Use ``key`` once: None if allowed, else the seconds left to wait."""
        if self.per <= 0:
            return None
        now = self._now()
        if len(self._buckets) > _MAX_KEYS:
            self._buckets = {k: b for k, b in self._buckets.items() if b.get_tokens(now) < b.rate}
        bucket = self._buckets.setdefault(key, app_commands.Cooldown(1, self.per))
        return bucket.update_rate_limit(now)

    def check(self, key: Hashable) -> None:
        """Use ``key`` once, raising :class:`~discord.app_commands.CommandOnCooldown`
        if it is still cooling down."""
        retry = self.hit(key)
        if retry is not None:
            raise app_commands.CommandOnCooldown(app_commands.Cooldown(1, self.per), retry)

    def reset(self, key: Hashable) -> None:
        """Forget ``key``'s last use (e.g. when the action did not happen after all)."""
        self._buckets.pop(key, None)
