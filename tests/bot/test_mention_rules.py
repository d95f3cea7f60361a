"""Which mentions are answered, and what the question is."""

from __future__ import annotations

from types import SimpleNamespace

from bot.cogs.mentions import channel_allowed, strip_mention


def test_strip_mention() -> None:
    assert strip_mention("<@42> who said   “x”?", 42) == "who said “x”?"
    assert strip_mention("hey <@!42>, who said it <@42>", 42) == "hey , who said it"
    assert strip_mention("<@42>", 42) == ""
    assert strip_mention("<@7> hello", 42) == "<@7> hello"


def test_channel_allowed() -> None:
    general = SimpleNamespace(id=1)
    thread_in_general = SimpleNamespace(id=5, parent_id=1)
    other = SimpleNamespace(id=2)
    assert channel_allowed(other, [])  # empty list: everywhere
    assert channel_allowed(general, [1])
    assert channel_allowed(thread_in_general, [1])
    assert not channel_allowed(other, [1])
