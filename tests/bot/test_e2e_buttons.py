"""Answer buttons end to end: More (asker only), Context, Sources, timeouts."""

from __future__ import annotations

from bot.views import NOT_YOURS
from tests.bot.conftest import StartBot
from tests.bot.fakediscord import FakeDiscord, payloads

QUESTION = 'Who said "nothing can be excluded to pursue our objective"?'
PAGED_QUESTION = "What did Macron say about sending troops?"  # more than one page

alice = payloads.user("alice")
bob = payloads.user("bob")


async def asked(fake: FakeDiscord, question: str = QUESTION) -> str:
    """Ask as alice; the id of the answer message."""
    inter = await fake.slash("ask", {"question": question}, user=alice)
    await fake.answer(inter)
    return str(fake.original(inter)["id"])


async def test_more_pages_for_the_asker_only(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot()
    message_id = await asked(fake, PAGED_QUESTION)
    first = fake.messages[message_id]["embeds"][0]["footer"]["text"]
    assert first.startswith("answers 1–3 of ")

    refused = await fake.response(await fake.click(message_id, "More", user=bob))
    assert refused.json["type"] == 4
    assert refused.json["data"]["content"] == NOT_YOURS
    assert refused.json["data"]["flags"] == 64  # ephemeral
    assert fake.messages[message_id]["embeds"][0]["footer"]["text"] == first  # unchanged

    turned = await fake.response(await fake.click(message_id, "More", user=alice))
    assert turned.json["type"] == 7  # the answer message is updated in place
    assert turned.json["data"]["embeds"][0]["footer"]["text"].startswith("answers 4–")
    assert turned.json["data"]["allowed_mentions"] == {"parse": []}


async def test_context_shows_the_paragraph_privately(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    await start_bot()
    message_id = await asked(fake)
    reply = await fake.response(await fake.click(message_id, "Context", user=bob))
    data = reply.json["data"]
    assert reply.json["type"] == 4 and data["flags"] == 64  # anyone may, privately
    embed = data["embeds"][0]
    assert embed["title"] == "Context: Emmanuel Macron (French President)"
    bold = [p for p in embed["description"].split("\n\n") if p.startswith("¶4 **")]
    assert bold and "Nothing can be excluded to pursue our objective" in bold[0]
    assert embed["description"].startswith("¶3 ")  # the paragraph before it, too


async def test_sources_lists_every_citation_privately(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    await start_bot()
    message_id = await asked(fake)
    reply = await fake.response(await fake.click(message_id, "Sources", user=alice))
    data = reply.json["data"]
    assert data["flags"] == 64
    embed = data["embeds"][0]
    assert embed["title"] == "Sources"
    assert len(embed["fields"]) == 3  # the three answers shown
    assert "seed · (untitled) · ¶4" in embed["fields"][0]["value"]


async def test_views_disable_themselves_when_they_time_out(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    await start_bot(view_timeout_seconds=0.5)
    message_id = await asked(fake)
    edit = await fake.wait_request(
        lambda r: r.method == "PATCH" and r.path.endswith(f"/messages/{message_id}"), timeout=10
    )
    buttons = [c for row in edit.json["components"] for c in row["components"]]
    assert [b["label"] for b in buttons] == ["More", "Context", "Sources"]
    assert all(b["disabled"] for b in buttons)
    assert edit.json["allowed_mentions"] == {"parse": []}
