"""Slash commands and the message menu, end to end against the fake Discord."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.errors import GENERIC
from bot.startup import describe_synced
from index.embed import Embedder
from tests.bot.conftest import StartBot
from tests.bot.fakediscord import FakeDiscord, payloads

MACRON_QUOTE = "nothing can be excluded to pursue our objective"
MACRON_QUESTION = f'Who said "{MACRON_QUOTE}"?'
NO_MENTIONS: dict[str, list[str]] = {"parse": []}

alice = payloads.user("alice")
bob = payloads.user("bob")


async def test_sync_registers_the_command_schema(fake: FakeDiscord, start_bot: StartBot) -> None:
    bot = await start_bot()
    synced = await bot.tree.sync()
    (put,) = fake.requests_to({"PUT"}, rf"/applications/{fake.application_id}/commands")
    commands = {c["name"]: c for c in put.body}
    assert set(commands) == {
        "ask", "whosaid", "said", "speakers", "sources", "index", "Who said this?"
    }  # fmt: skip
    ask = commands["ask"]["options"]
    assert [(o["name"], o["type"], o["required"]) for o in ask] == [("question", 3, True)]
    said = {o["name"]: o for o in commands["said"]["options"]}
    assert said["speaker"]["autocomplete"] is True
    assert not said["topic"].get("autocomplete")
    assert [o["required"] for o in commands["speakers"]["options"]] == [False]
    index = commands["index"]
    assert {o["name"]: o["type"] for o in index["options"]} == {"status": 1, "rebuild": 1}
    # Discord keeps default permissions per top-level command only: /index stays visible
    # (status is for everyone); rebuild is checked at run time.
    assert index.get("default_member_permissions") is None
    menu = commands["Who said this?"]
    assert menu["type"] == 3 and "description" not in menu
    assert describe_synced(synced) == [
        "/ask",
        "/whosaid",
        "/said",
        "/speakers",
        "/sources",
        "/index status",
        "/index rebuild",
        "Who said this? (message menu)",
    ]


async def test_ask_names_the_speaker_and_cites_the_source(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    await start_bot()
    inter = await fake.slash("ask", {"question": MACRON_QUESTION}, user=alice)
    defer = await fake.response(inter)
    assert defer.json == {"type": 5}  # thinking...
    answer = await fake.answer(inter)
    assert answer.path == f"/webhooks/{fake.application_id}/{inter['token']}"
    assert answer.json["allowed_mentions"] == NO_MENTIONS
    (embed,) = answer.json["embeds"]
    assert embed["title"] == "Emmanuel Macron (French President)"
    assert "Nothing can be excluded to pursue our objective" in embed["description"]
    assert "seed · (untitled) · ¶4" in embed["description"]
    assert len(embed["fields"]) == 2  # the runner-ups
    labels = [b["label"] for b in fake.buttons(fake.original(inter)["id"])]
    assert labels == ["More", "Context", "Sources"]


async def test_guild_synced_commands_are_answered(fake: FakeDiscord, start_bot: StartBot) -> None:
    """After `whosaid bot sync --guild`, interactions carry data.guild_id."""
    await start_bot()
    data = {
        "id": payloads.snowflake(),
        "name": "ask",
        "type": 1,
        "guild_id": fake.guild_id,
        "options": [{"name": "question", "type": 3, "value": MACRON_QUESTION}],
    }
    inter = await fake.interact(2, data, user=alice)
    assert (await fake.answer(inter)).json["embeds"][0]["title"].startswith("Emmanuel Macron")


async def test_whosaid_asks_who_said_the_words(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot()
    inter = await fake.slash("whosaid", {"quote": MACRON_QUOTE}, user=alice)
    answer = await fake.answer(inter)
    assert answer.json["embeds"][0]["title"].startswith("Emmanuel Macron")
    assert answer.json["embeds"][0]["footer"]["text"].endswith(f"Q: {MACRON_QUESTION}")


async def test_said_autocompletes_speakers_then_answers(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    bot = await start_bot()
    ac = await fake.autocomplete("said", {"speaker": "pesk", "topic": ""}, "speaker", user=alice)
    callback = await fake.response(ac)
    assert callback.json["type"] == 8
    choices = callback.json["data"]["choices"]
    assert choices[0]["value"] == "Dmitry Peskov"
    assert choices[0]["name"].startswith("Dmitry Peskov — ")
    ac = await fake.autocomplete("said", {"speaker": ""}, "speaker", user=alice)
    choices = (await fake.response(ac)).json["data"]["choices"]
    assert len(choices) == min(25, len(bot.service.speakers))
    assert {c["value"] for c in choices} <= {sp.name for sp in bot.service.speakers}
    inter = await fake.slash(
        "said", {"speaker": "Dmitry Peskov", "topic": "NATO troops in Ukraine"}, user=alice
    )
    embed = (await fake.answer(inter)).json["embeds"][0]
    assert embed["title"].startswith("Dmitry Peskov")
    assert embed["footer"]["text"].endswith(
        "Q: What did Dmitry Peskov say about NATO troops in Ukraine?"
    )


async def test_nothing_matches_is_said_plainly(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot()
    inter = await fake.slash(
        "ask", {"question": "Who said zebras audit quantum teapots?"}, user=alice
    )
    answer = await fake.answer(inter)
    assert answer.json["content"].startswith("Nothing in the indexed coverage matches")
    assert not answer.json.get("embeds")
    assert "components" not in answer.json


async def test_a_speaker_nobody_quotes_is_answered_not_quoted(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    await start_bot()
    inter = await fake.slash("said", {"speaker": "Nobody Atall", "topic": "NATO"}, user=alice)
    answer = await fake.answer(inter)
    assert answer.json["content"].startswith("Nobody Atall is not quoted in the indexed coverage.")
    assert not answer.json.get("embeds")
    inter = await fake.slash("ask", {"question": "What did Dmitry Peskovv say?"}, user=alice)
    assert (await fake.answer(inter)).json["embeds"][0]["title"].startswith("Dmitry Peskov")


async def test_message_menu_asks_who_said_the_message(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    await start_bot()
    target = payloads.message(
        fake.channel("general")["id"], bob, content=MACRON_QUOTE.capitalize() + ".",
        guild_id=fake.guild_id,
    )  # fmt: skip
    inter = await fake.message_menu("Who said this?", target, user=alice)
    embed = (await fake.answer(inter)).json["embeds"][0]
    assert embed["title"].startswith("Emmanuel Macron")
    empty = payloads.message(fake.channel("general")["id"], bob, guild_id=fake.guild_id)
    inter = await fake.message_menu("Who said this?", empty, user=alice)
    reply = await fake.response(inter)
    assert reply.json["data"]["flags"] == 64
    assert "no text" in reply.json["data"]["content"]


async def test_quoted_mass_mentions_never_ping(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot()
    target = payloads.message(
        fake.channel("general")["id"], bob, guild_id=fake.guild_id,
        content=f"@everyone <@&{fake.guild_id}> {MACRON_QUOTE}",
    )  # fmt: skip
    inter = await fake.message_menu("Who said this?", target, user=alice)
    answer = await fake.answer(inter)
    assert answer.json["allowed_mentions"] == NO_MENTIONS
    assert answer.json["embeds"][0]["title"].startswith("Emmanuel Macron")
    inter = await fake.slash(
        "ask", {"question": "@everyone <@&1> zebras quantum teapots"}, user=alice
    )
    answer = await fake.answer(inter)
    assert "@everyone" in answer.json["content"]
    assert answer.json["allowed_mentions"] == NO_MENTIONS
    sent = [r for r in fake.requests if r.method in ("POST", "PATCH") and r.body]
    assert all(
        r.message.get("allowed_mentions", {}).get("parse") == []
        for r in sent
        if "content" in r.message or "embeds" in r.message
    )


async def test_question_cooldown_per_user(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot(question_cooldown_seconds=60)
    first = await fake.slash("ask", {"question": MACRON_QUESTION}, user=alice)
    await fake.answer(first)
    again = await fake.slash("whosaid", {"quote": MACRON_QUOTE}, user=alice)
    refused = await fake.response(again)
    assert refused.json["type"] == 4
    assert refused.json["data"]["flags"] == 64
    assert refused.json["data"]["content"].startswith(
        "Slow down a little: you can do that again in"
    )
    other = await fake.slash("ask", {"question": MACRON_QUESTION}, user=bob)
    assert (await fake.answer(other)).json["embeds"]


async def test_speakers_are_paged_and_filtered(fake: FakeDiscord, start_bot: StartBot) -> None:
    bot = await start_bot()
    count = len(bot.service.speakers)
    assert 10 < count <= 20  # two pages of ten
    inter = await fake.slash("speakers", user=alice)
    reply = await fake.response(inter)
    embed = reply.json["data"]["embeds"][0]
    assert embed["title"] == "Speakers"
    assert embed["description"].startswith("**Emmanuel Macron** (French President")
    assert embed["footer"]["text"] == f"page 1 of 2 · {count} in all"
    message_id = fake.original(inter)["id"]
    assert [b["label"] for b in fake.buttons(message_id)] == ["Previous", "Next"]

    click = await fake.click(message_id, "Next", user=alice)
    turned = await fake.response(click)
    assert turned.json["type"] == 7
    assert turned.json["data"]["embeds"][0]["footer"]["text"] == f"page 2 of 2 · {count} in all"

    refused = await fake.response(await fake.click(message_id, "Previous", user=bob))
    assert refused.json["type"] == 4 and refused.json["data"]["flags"] == 64

    inter = await fake.slash("speakers", {"filter": "kreml"}, user=alice)
    data = (await fake.response(inter)).json["data"]
    lines = data["embeds"][0]["description"].splitlines()
    assert [line.split("**")[1] for line in lines] == ["Dmitry Peskov", "Kremlin"]
    assert not data.get("components")  # one page: no buttons

    inter = await fake.slash("speakers", {"filter": "nobody at all"}, user=alice)
    data = (await fake.response(inter)).json["data"]
    assert data["flags"] == 64 and data["content"] == "No speaker matches that."


async def test_sources_list_and_filter(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot()
    data = (await fake.response(await fake.slash("sources", user=alice))).json["data"]
    embed = data["embeds"][0]
    assert embed["footer"]["text"] == "page 1 of 1 · 7 in all"
    assert (
        "`d01` “Germany’s Scholz rules out Western ground troops for Ukraine”"
        in embed["description"]
    )
    inter = await fake.slash("sources", {"filter": "kyivpost"}, user=alice)
    embed = (await fake.response(inter)).json["data"]["embeds"][0]
    assert embed["description"].startswith("`d06`")
    assert "[link](https://fu.kyivpost.com/post/28834)" in embed["description"]


async def test_an_unexpected_failure_is_logged_and_answered_briefly(
    fake: FakeDiscord,
    start_bot: StartBot,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bot = await start_bot()

    async def broken(question: str, k: int) -> None:
        raise RuntimeError("boom at /srv/secret/path")

    monkeypatch.setattr(bot.service, "ask", broken)
    with caplog.at_level(logging.ERROR, logger="bot.errors"):
        inter = await fake.slash("ask", {"question": MACRON_QUESTION}, user=alice)
        reply = await fake.answer(inter)
    assert reply.json["content"] == GENERIC
    assert "boom" not in str(reply.json)
    record = next(r for r in caplog.records if r.name == "bot.errors")
    assert "/ask by user" in record.getMessage()
    assert record.exc_info and "boom at /srv/secret/path" in str(record.exc_info[1])


async def test_an_unknown_command_is_answered(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot()
    inter = await fake.slash("oldcommand", user=alice)
    reply = await fake.response(inter)
    assert "whosaid bot sync" in reply.json["data"]["content"]


async def test_a_blank_question_is_refused_in_one_line(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    await start_bot()
    inter = await fake.slash("ask", {"question": " ?! "}, user=alice)
    answer = await fake.answer(inter)
    assert answer.json["content"].startswith("Ask with words")
    assert "\n" not in answer.json["content"]


async def test_a_denial_is_shown_as_a_denial(
    fake: FakeDiscord, start_bot: StartBot, tmp_path: Path, embedder: Embedder
) -> None:
    from index.build import build_index
    from index.config import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "harbour.txt").write_text(
        "Ferry row in Brackwater\n\n"
        "Mayor Ana Ruiz denied that the night ferry would close this winter.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    build_index([corpus], store, Settings(), embedder=embedder, progress=False)
    await start_bot(store=store)
    question = "Did Ana Ruiz say the night ferry would close this winter?"
    inter = await fake.slash("ask", {"question": question}, user=alice)
    embed = (await fake.answer(inter)).json["embeds"][0]
    assert embed["description"].startswith("**No: Ana Ruiz said the opposite.**")
    assert "*denied that* the night ferry would close this winter" in embed["description"]
