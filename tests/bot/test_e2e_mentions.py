"""Questions by @mention: allowed and disallowed channels, threads, help."""

from __future__ import annotations

from tests.bot.conftest import StartBot
from tests.bot.fakediscord import FakeDiscord, payloads

alice = payloads.user("alice")
QUESTION = 'who said "nothing can be excluded to pursue our objective"?'


def mention(fake: FakeDiscord, text: str) -> str:
    return f"<@{fake.bot_user['id']}> {text}"


async def test_allowed_channel_answered_disallowed_ignored(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    general, random = fake.channel("general")["id"], fake.channel("random")["id"]
    await start_bot(allowed_channels=[int(general)])
    await fake.post(mention(fake, QUESTION), user=alice, channel="random")
    asked = await fake.post(mention(fake, QUESTION), user=alice, channel="general")
    reply = await fake.wait_request(
        lambda r: r.method == "POST" and r.path == f"/channels/{general}/messages", timeout=30
    )
    assert str(reply.json["message_reference"]["message_id"]) == asked["id"]
    assert reply.json["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert reply.json["embeds"][0]["title"].startswith("Emmanuel Macron")
    assert [b["label"] for row in reply.json["components"] for b in row["components"]] == [
        "More",
        "Context",
        "Sources",
    ]
    assert not fake.requests_to({"POST"}, rf"/channels/{random}/.*")  # silently ignored


async def test_thread_replies(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot(thread_replies=True)
    asked = await fake.post(mention(fake, QUESTION), user=alice)
    general = fake.channel("general")["id"]
    created = await fake.wait_request(
        lambda r: r.path == f"/channels/{general}/messages/{asked['id']}/threads", timeout=30
    )
    assert created.json["name"] == QUESTION
    thread_id = next(c["id"] for c in fake.channels.values() if c["type"] == 11)
    reply = await fake.wait_request(lambda r: r.path == f"/channels/{thread_id}/messages")
    assert reply.json["embeds"][0]["title"].startswith("Emmanuel Macron")


async def test_without_thread_permission_the_answer_goes_in_the_channel(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    fake.forbid_threads = True
    await start_bot(thread_replies=True)
    await fake.post(mention(fake, QUESTION), user=alice)
    general = fake.channel("general")["id"]
    reply = await fake.wait_request(lambda r: r.path == f"/channels/{general}/messages", timeout=30)
    assert reply.json["embeds"][0]["title"].startswith("Emmanuel Macron")


async def test_a_bare_mention_gets_help_and_plain_messages_are_ignored(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    await start_bot()
    general = fake.channel("general")["id"]
    await fake.post("who said anything? (no mention)", user=alice)
    await fake.post(f"<@{fake.bot_user['id']}>", user=alice)
    reply = await fake.wait_request(lambda r: r.path == f"/channels/{general}/messages")
    assert reply.json["content"].startswith("Ask me who said what")
    assert len(fake.requests_to({"POST"}, rf"/channels/{general}/messages")) == 1


async def test_mentions_share_the_question_cooldown(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot(question_cooldown_seconds=60)
    general = fake.channel("general")["id"]
    await fake.post(mention(fake, QUESTION), user=alice)
    await fake.wait_request(lambda r: r.path == f"/channels/{general}/messages", timeout=30)
    await fake.post(mention(fake, QUESTION), user=alice)
    second = await fake.wait_request(
        lambda r: r.path == f"/channels/{general}/messages" and bool(r.json.get("content"))
    )
    assert second.json["content"].startswith("Slow down a little")
