"""A dropped gateway connection: the bot resumes and keeps answering."""

from __future__ import annotations

from tests.bot.conftest import StartBot
from tests.bot.fakediscord import FakeDiscord, payloads

alice = payloads.user("alice")
QUESTION = 'Who said "nothing can be excluded to pursue our objective"?'


async def test_dropped_connection_is_resumed(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot()
    first = await fake.slash("ask", {"question": QUESTION}, user=alice)
    await fake.answer(first)
    session = fake.session_id

    await fake.drop(code=4000)
    resume = (await fake.wait_until(lambda: fake.ops(6), timeout=15))[0]
    assert resume["d"]["session_id"] == session
    assert resume["d"]["seq"] >= 3  # READY, GUILD_CREATE and the interaction
    assert resume["d"]["token"] == fake.token
    assert len(fake.ops(2)) == 1  # resumed, not identified again
    assert fake.connections == 2

    later = await fake.slash("ask", {"question": QUESTION}, user=alice)
    answer = await fake.answer(later)
    assert answer.json["embeds"][0]["title"].startswith("Emmanuel Macron")
