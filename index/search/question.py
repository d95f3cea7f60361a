"""Read a question: what kind it is, the words it quotes, and the speaker it names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.extract.lexicon import fold
from index.models import Speaker

_QUOTED = re.compile(r"[\"“”«»„]([^\"“”«»„]{2,})[\"“”«»„]|(?<!\w)[‘']([^‘’']{6,})[’'](?!\w)")
_WHO = re.compile(r"^\s*(who|whose words|which (person|official|leader|minister))\b", re.I)
_WHAT_DID = re.compile(
    r"^\s*what\s+(did|does|has|have|had|was|is)\s+(?P<who>.+?)\s+"
    r"(say|said|tell|told|think|write|wrote|post|posted|claim|claimed|warn|warned|argue|"
    r"argued|announce|announced|stress|stressed|note|noted|mean|comment|state|stated|add)"
    r"(?P<rest>\b.*)$",
    re.I,
)
_DID = re.compile(r"^\s*(did|has|was|does)\s+(?P<rest>.+)$", re.I)
_TALKED = re.compile(r"^\s*who\s+(talked|spoke|commented|has spoken|is talking)\s+about\b", re.I)
_LEAD = re.compile(
    r"^\s*(who\s+(said|called|warned|claimed|argued|insisted|told|wrote|described|"
    r"accused|stressed|noted|added|denied|recalled|defended|explained|announced|stated)\s*"
    r"(that\s+)?|whose words( are| were)?:?\s*|who is quoted as saying\s*)",
    re.I,
)


@dataclass
class Question:
    text: str
    kind: str  # who_said | what_did_say | did_say | who_talked | search
    quoted: list[str]  # words the question puts in quotation marks
    body: str  # the question without its lead ("Who said ...") - what to match
    speaker: Speaker | None = None
    speaker_words: str = ""


def parse_question(text: str, speakers: Sequence[Speaker] = ()) -> Question:
    clean = " ".join(text.split())
    quoted = [m.group(1) or m.group(2) for m in _QUOTED.finditer(clean)]
    kind = "search"
    body = clean
    speaker_words = ""
    if m := _WHAT_DID.match(clean):
        kind = "what_did_say"
        speaker_words = m.group("who")
        body = m.group("rest").strip(" ?.") or clean
    elif _TALKED.match(clean):
        kind = "who_talked"
        body = _TALKED.sub("", clean).strip(" ?.")
    elif _WHO.match(clean):
        kind = "who_said"
        body = _LEAD.sub("", clean).strip(" ?.") or clean
    elif m := _DID.match(clean):
        kind = "did_say"
        body = m.group("rest").strip(" ?.")
    speaker = find_speaker(speaker_words or clean, speakers) if speakers else None
    if kind == "did_say" and speaker is None:
        kind = "search"
    return Question(clean, kind, quoted, body, speaker, speaker_words)


def _alias_forms(sp: Speaker) -> list[str]:
    forms = [sp.name, *sp.aliases]
    parts = sp.name.split()
    if sp.kind == "person" and len(parts) >= 2:
        forms.append(parts[-1])
    forms += sp.roles
    return [fold(f) for f in forms if len(f) >= 3]


def find_speaker(words: str, speakers: Sequence[Speaker]) -> Speaker | None:
    """The speaker the words name (full name, surname, alias or role), if any."""
    target = fold(words)
    target_words = set(re.findall(r"\w+", target))
    best: tuple[int, Speaker] | None = None
    for sp in speakers:
        for form in _alias_forms(sp):
            form_words = re.findall(r"\w+", form.removeprefix("the "))
            if not form_words:
                continue
            if re.search(r"(?<!\w)" + re.escape(" ".join(form_words)) + r"(?!\w)", target):
                score = len(" ".join(form_words))
            elif len(form_words) == 1 and _close_word(form_words[0], target_words):
                score = len(form_words[0]) - 1  # a misspelt surname
            else:
                continue
            if best is None or (score, sp.quote_count) > (best[0], best[1].quote_count):
                best = (score, sp)
    return best[1] if best else None


def _close_word(word: str, candidates: set[str]) -> bool:
    if len(word) < 5:
        return False
    return any(abs(len(c) - len(word)) <= 1 and _distance(c, word) <= 1 for c in candidates)


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
