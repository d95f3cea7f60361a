"""Button logic, without Discord: paging state, ownership, timeouts."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import discord

from bot.views import NOT_YOURS, AnswerView, PaginatorView
from index.models import Answer, AskResult


def answers(n: int) -> AskResult:
    items = [
        Answer(
            quote_id=f"q{i}",
            speaker=f"Speaker {i}",
            quote=f"quote {i}",
            direct=True,
            article_id="a",
            paragraph=1,
            score=0.9,
        )
        for i in range(n)
    ]
    return AskResult(question="q?", answers=items)


class Response:
    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []

    async def send_message(self, content: str | None = None, **kw: Any) -> None:
        self.sent.append(("send", {"content": content, **kw}))

    async def edit_message(self, **kw: Any) -> None:
        self.sent.append(("edit", kw))


def interaction(user_id: int) -> Any:
    return SimpleNamespace(user=SimpleNamespace(id=user_id), response=Response())


async def test_more_is_disabled_on_the_last_page() -> None:
    assert AnswerView(answers(3), None, 1, 60).more.disabled  # type: ignore[arg-type]
    view = AnswerView(answers(7), None, 1, 60)  # type: ignore[arg-type]
    assert not view.more.disabled
    for _ in range(2):
        await view.more.callback(interaction(1))
    assert view.page == 2 and view.more.disabled
    assert [a.speaker for a in view.shown] == ["Speaker 6"]


async def test_only_the_asker_can_page() -> None:
    view = AnswerView(answers(7), None, 1, 60)  # type: ignore[arg-type]
    other = interaction(2)
    await view.more.callback(other)
    assert view.page == 0
    kind, sent = other.response.sent[0]
    assert kind == "send" and sent["content"] == NOT_YOURS and sent["ephemeral"] is True
    assert sent["allowed_mentions"].to_dict() == {"parse": []}
    asker = interaction(1)
    await view.more.callback(asker)
    assert view.page == 1 and asker.response.sent[0][0] == "edit"


async def test_paginator_buttons_follow_the_page() -> None:
    view = PaginatorView("Speakers", [f"line {i}" for i in range(25)], 1, 60, per_page=10)
    assert view.previous.disabled and not view.next.disabled
    await view.next.callback(interaction(1))
    await view.next.callback(interaction(1))
    assert view.page == 2 and view.next.disabled and not view.previous.disabled
    assert (view.embed().footer.text or "").startswith("page 3 of 3")
    await view.previous.callback(interaction(9))  # not the owner: nothing moves
    assert view.page == 2


async def test_timeout_disables_every_button_and_edits_the_message() -> None:
    edits: list[discord.ui.View] = []

    class Message:
        id = 5

        async def edit(self, *, view: discord.ui.View, **kw: Any) -> None:
            edits.append(view)

    view = AnswerView(answers(7), None, 1, 60)  # type: ignore[arg-type]
    view.message = Message()  # type: ignore[assignment]
    await view.on_timeout()
    assert edits == [view]
    assert all(getattr(item, "disabled", True) for item in view.children)


async def test_timeout_survives_a_deleted_message() -> None:
    class Gone:
        id = 5

        async def edit(self, **kw: Any) -> None:
            raise discord.NotFound(SimpleNamespace(status=404, reason="gone"), "Unknown Message")

    view = PaginatorView("x", ["a"] * 30, 1, 60)
    view.message = Gone()  # type: ignore[assignment]
    await view.on_timeout()  # logged, not raised
