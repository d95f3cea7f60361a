"""Read a question: what kind it is, the words it quotes, and the speaker it names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.extract.lexicon import VERB_FORMS, country_of, fold, role_head
from index.models import Speaker

_QUOTED = re.compile(r"[\"“”«»„]([^\"“”«»„]{2,})[\"“”«»„]|(?<!\w)[‘']([^‘’']{6,})[’'](?!\w)")
_WHO = re.compile(r"^\s*(who|whose words|which (person|official|leader|minister))\b", re.I)
# every form of every speech verb the extractor knows ("said", "warned", "insisted", ...)
_SPEECH = "|".join(sorted(VERB_FORMS, key=len, reverse=True))
_WHAT_DID = re.compile(
    r"^\s*what\s+(did|does|has|have|had|was|is)\s+(?P<who>.+?)\s+"
    rf"(?:{_SPEECH}|think|mean)(?P<rest>\b.*)$",
    re.I,
)
# "What was Lavrov's reaction?", "What were the minister's comments on the dam?"
_WHAT_WAS = re.compile(
    r"^\s*what\s+(?:was|were|is|are)\s+(?P<who>.+?)['’]s?\s+(?:first\s+|initial\s+)?"
    r"(?:reaction|response|answer|comments?|remarks?|words|message|statement|view|views|"
    r"position|take|verdict)\b(?P<rest>.*)$",
    re.I,
)
# "How did the Kremlin react?", "How has Scholz responded to the plan?"
_HOW_DID = re.compile(
    r"^\s*how\s+(?:did|does|has|have)\s+(?P<who>.+?)\s+"
    r"(?:reacted|responded|replied|answered|react|respond|reply|answer)\b(?P<rest>.*)$",
    re.I,
)
_DID = re.compile(r"^\s*(did|has|was|does)\s+(?P<rest>.+)$", re.I)
_DID_SAY = re.compile(
    rf"^\s*(did|has|does)\s+(?P<who>.+?)\s+(ever\s+)?(?:{_SPEECH})\s+(that\s+)?(?P<claim>.+)$",
    re.I,
)
_TALKED = re.compile(r"^\s*who\s+(talked|spoke|commented|has spoken|is talking)\s+about\b", re.I)
_LEAD = re.compile(
    rf"^\s*(who\s+(?:{_SPEECH}|defended)\s*(that\s+)?|whose words( are| were)?:?\s*"
    r"|who is quoted as saying\s*)",
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


def parse_question(text: str, speakers: Sequence[Speaker] | SpeakerIndex = ()) -> Question:
    clean = " ".join(text.split())
    quoted = [m.group(1) or m.group(2) for m in _QUOTED.finditer(clean)]
    kind = "search"
    body = clean
    speaker_words = ""
    if m := (_WHAT_DID.match(clean) or _WHAT_WAS.match(clean) or _HOW_DID.match(clean)):
        kind = "what_did_say"
        speaker_words = m.group("who")
        body = m.group("rest").strip(" ?.") or clean
    elif _TALKED.match(clean):
        kind = "who_talked"
        body = _TALKED.sub("", clean).strip(" ?.")
    elif _WHO.match(clean):
        kind = "who_said"
        body = _LEAD.sub("", clean).strip(" ?.") or clean
    elif m := _DID_SAY.match(clean):
        kind = "did_say"
        speaker_words = m.group("who")
        body = m.group("claim").strip(" ?.")
    elif m := _DID.match(clean):
        kind = "did_say"
        body = m.group("rest").strip(" ?.")
    index = speakers if isinstance(speakers, SpeakerIndex) else SpeakerIndex(speakers)
    speaker = index.find(speaker_words or clean)
    if kind == "did_say" and speaker is None:
        kind = "search"
    return Question(clean, kind, quoted, body, speaker, speaker_words)


_FORM_WORD = re.compile(r"\w+(?:'s\b)?")
_MAX_FORM_WORDS = 8
_ROLE_ABBREVIATIONS = {"pm": ["prime", "minister"], "fm": ["foreign", "minister"]}


def _form_words(text: str) -> list[str]:
    """The words of a name or role as the index compares them: folded, without a
    possessive 's, a country for its demonym ("Slovakia's" and "Slovak" are both
    "slovakia") and one word for synonymous role nouns ("spokesman", "spokesperson")."""
    out: list[str] = []
    for w in _FORM_WORD.findall(fold(text)):
        w = w.removesuffix("'s")
        if w in _ROLE_ABBREVIATIONS:
            out += _ROLE_ABBREVIATIONS[w]
        else:
            out.append(country_of(w) or role_head(w) or w)
    return out


def _alias_forms(sp: Speaker) -> list[str]:
    forms = [sp.name, *sp.aliases]
    parts = sp.name.split()
    if sp.kind == "person" and len(parts) >= 2:
        forms.append(parts[-1])
    forms += sp.roles
    if sp.kind == "organisation" and len(parts) >= 2:
        # "the basin authority" for "Lower Maelis Basin Authority"
        forms += [" ".join(parts[i:]) for i in range(1, len(parts))]
    out = []
    for f in forms:
        words = _form_words(f)
        if words and words[0] == "the":
            words = words[1:]
        if words and len(" ".join(words)) >= 3:
            out.append(" ".join(words[:_MAX_FORM_WORDS]))
    return out


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


class SpeakerIndex:
    """Find the speaker a question names, in time independent of how many there are:
    every alias form (full name, surname, alias, role) is a dictionary key, looked up by
    the question's word n-grams; misspelt surnames are found through their one-letter
    deletions (the "symmetric delete" trick)."""

    def __init__(self, speakers: Sequence[Speaker]) -> None:
        self.forms: dict[str, Speaker] = {}
        self.deletes: dict[str, set[str]] = {}
        for sp in speakers:
            for form in _alias_forms(sp):
                held = self.forms.get(form)
                if held is None or sp.quote_count > held.quote_count:
                    self.forms[form] = sp
                if " " not in form and len(form) >= 5:
                    for d in _deletes(form):
                        self.deletes.setdefault(d, set()).add(form)

    def find(self, words_text: str) -> Speaker | None:
        words = _form_words(words_text)
        best: tuple[int, int, Speaker] | None = None
        for n in range(min(_MAX_FORM_WORDS, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                sp = self.forms.get(" ".join(words[i : i + n]))
                if sp is not None:
                    key = (len(" ".join(words[i : i + n])), sp.quote_count, sp)
                    if best is None or key[:2] > best[:2]:
                        best = key
        if best is not None:
            return best[2]
        for w in words:  # one edit away from a surname: "Zelensky" / "Zelenskyy"
            if len(w) < 5:
                continue
            forms = set().union(*(self.deletes.get(d, set()) for d in _deletes(w)))
            close = [self.forms[f] for f in forms if abs(len(f) - len(w)) <= 1]
            if close:
                return max(close, key=lambda sp: sp.quote_count)
        return None


def find_speaker(words: str, speakers: Sequence[Speaker]) -> Speaker | None:
    """The speaker the words name (full name, surname, alias or role), if any."""
    return SpeakerIndex(speakers).find(words)
