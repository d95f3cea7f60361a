"""Turning a search result into what is sent: text, an embed and the answer buttons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord

from bot import render
from bot.views import AnswerView
from index.models import AskResult
from index.search.question import has_words

if TYPE_CHECKING:
    from bot.client import WhosaidBot

QUESTION_MAX = 300  # characters of a question built from a pasted quote
_QUOTE_MARKS = re.compile('["“”«»„]')


@dataclass
class Reply:
    """One reply: plain text (nothing found) or an answer embed with its buttons."""

    content: str | None = None
    embed: discord.Embed | None = None
    view: AnswerView | None = None

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``send`` / ``followup.send`` / ``reply``."""
        out: dict[str, Any] = {"allowed_mentions": render.NO_MENTIONS}
        if self.content is not None:
            out["content"] = self.content
        if self.embed is not None:
            out["embed"] = self.embed
        if self.view is not None:
            out["view"] = self.view
        return out


def who_said_question(words: str) -> str:
    """The question asked for pasted words: ``Who said "<words>"?`` (quotation marks
    inside the words become apostrophes, so the words stay one quoted phrase)."""
    flat = _QUOTE_MARKS.sub("'", " ".join(words.split())).strip(" '")
    if len(flat) > QUESTION_MAX:
        flat = flat[:QUESTION_MAX].rsplit(" ", 1)[0]
    return f'Who said "{flat}"?'


def said_question(speaker: str, topic: str) -> str:
    """The question asked for a speaker and a topic."""
    return f"What did {' '.join(speaker.split())} say about {' '.join(topic.split())}?"


def answer_reply(bot: WhosaidBot, result: AskResult, owner_id: int) -> Reply:
    """The reply for ``result``: the answer with buttons, or a plain "nothing matches"."""
    if result.unknown_speaker:
        return Reply(content=render.not_quoted_text(result))
    if not result.answers:
        return Reply(content=render.no_answer_text(result.question))
    view = AnswerView(result, bot.service, owner_id, bot.settings.bot.view_timeout_seconds)
    return Reply(embed=view.embed(), view=view)


async def ask(bot: WhosaidBot, question: str, owner_id: int) -> Reply:
    """Ask the index (off the event loop) and build the reply."""
    if not has_words(question):
        return Reply(content=render.EMPTY_QUESTION)
    result = await bot.service.ask(question, bot.answers_to_fetch)
    return answer_reply(bot, result, owner_id)
