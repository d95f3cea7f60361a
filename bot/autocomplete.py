"""Speaker suggestions for ``/said speaker:``: names, aliases and roles, best first."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from bot import limits
from index.models import Speaker


def fold(text: str) -> str:
    """Lower case without accents or extra spaces, for matching what people type."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


@dataclass(frozen=True)
class Suggestion:
    """One autocomplete choice: what is shown, and the canonical name it stands for."""

    name: str
    value: str


def _rank(sp: Speaker, typed: str) -> int | None:
    """Lower is better; None when the speaker does not match at all."""
    name = fold(sp.name)
    if not typed:
        return 5
    if name.startswith(typed):
        return 0
    if any(word.startswith(typed) for word in name.split()):
        return 1
    others = [fold(x) for x in (*sp.aliases, *sp.roles)]
    if any(o.startswith(typed) for o in others):
        return 2
    if typed in name:
        return 3
    if any(typed in o for o in others):
        return 4
    return None


def label(sp: Speaker) -> str:
    """``Emmanuel Macron — French President (28 quotes)``, cut to Discord's 100."""
    text = sp.name
    if sp.roles:
        text += f" — {sp.roles[0]}"
    text += f" ({sp.quote_count})"
    return limits.truncate(text, limits.CHOICE_NAME)


def suggest(
    speakers: Sequence[Speaker], typed: str, limit: int = limits.CHOICES
) -> list[Suggestion]:
    """Up to ``limit`` speakers matching ``typed`` (name, alias or role), best match
    first, then most quoted; each value is the canonical name."""
    needle = fold(typed)
    ranked: list[tuple[int, int, str, Speaker]] = []
    for sp in speakers:
        if not sp.name or limits.size(sp.name) > limits.CHOICE_VALUE:
            continue  # a value Discord would reject
        rank = _rank(sp, needle)
        if rank is not None:
            ranked.append((rank, -sp.quote_count, fold(sp.name), sp))
    ranked.sort(key=lambda t: t[:3])
    return [Suggestion(label(sp), sp.name) for *_, sp in ranked[: max(0, min(limit, 25))]]
