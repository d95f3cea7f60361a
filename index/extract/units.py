"""Reading units: the sentences of a paragraph, joined so that no quotation is cut in two
and an attribution the splitter cut off after a quotation ending on ? or ! stays with it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from syntok import segmenter

from index.extract import lexicon as lx
from index.extract.cues import Cue
from index.extract.entities import Entity
from index.extract.marks import MarkSpan
from index.extract.mentions import Mention
from index.extract.tokens import SENTENCE_END, Token
from index.models import Cue as CueKind


@dataclass
class Unit:
    """A sentence (or sentences joined around a quotation) and what it holds."""

    start: int  # paragraph offsets
    end: int
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)


@dataclass
class Attribution:
    """Who says a quotation, and how the reader knows: the mention, its cue, the entity."""

    mention: Mention | None
    cue: Cue | None
    entity: Entity | None = None
    how: CueKind = "none"
    verb: str | None = None


@dataclass
class Found:
    """A quotation found in a unit, with who says it (if anyone)."""

    start: int  # paragraph offsets of the quoted words
    end: int
    direct: bool
    unit: Unit
    attribution: Attribution | None
    span: MarkSpan | None = None


def split_units(para: str, spans: list[MarkSpan]) -> list[Unit]:
    """Sentences of the paragraph, merged so that no quotation is split."""
    bounds: list[tuple[int, int]] = []
    for sentences in segmenter.process(para):
        for sent in sentences:
            if not sent:
                continue
            s = sent[0].offset
            e = sent[-1].offset + len(sent[-1].value)
            bounds.append((s, e))
    bounds = _join_after_titles(para, bounds)
    if not bounds:
        return [Unit(0, len(para))] if para.strip() else []
    # sentences must tile the paragraph: extend each to the next one's start
    tiled = [
        (bounds[i][0] if i else 0, bounds[i + 1][0] if i + 1 < len(bounds) else len(para))
        for i in range(len(bounds))
    ]
    merged: list[list[int]] = []
    for s, e in tiled:
        if merged and (
            any(sp.open_at < s < sp.outer_end for sp in spans)
            or _attribution_after_quote(para, spans, merged[-1][0], s, e)
        ):
            merged[-1][1] = e
        else:
            merged.append([s, e])
    return [Unit(s, e) for s, e in merged]


_WORDS = re.compile(r"[\w’'-]+")


def _attribution_after_quote(
    para: str, spans: list[MarkSpan], prev_start: int, start: int, end: int
) -> bool:
    """'"Do we make promises we cannot keep?" Clinton asked.': the splitter ends a sentence
    after a quotation closed on ? or !, but the attribution that follows belongs to it."""
    last = next((sp for sp in reversed(spans) if prev_start <= sp.open_at < start), None)
    if last is None or last.close_at is None or para[last.outer_end : start].strip():
        return False
    text = para[start:end]
    if text.lstrip()[:1] in lx.DASHES:
        # '"...." ― Krystal Correa': a credit line after the quotation names its speaker
        return len(_WORDS.findall(text)) <= 12
    if para[last.start : last.end].rstrip()[-1:] not in ("?", "!"):
        return False
    if text.lstrip()[:1] in ('"', "“", "‘", "'", "«", "„"):
        return False
    words = _WORDS.findall(text)
    return len(words) <= 30 and any(lx.speech_lemma(w) is not None for w in words[:10])


_TITLE_AT_END = re.compile(r"(?:^|\s|\()(?P<title>[A-Z][a-z]{1,4})\.\s*$")


def _join_after_titles(para: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence splitter ends sentences after 'Rep.' or 'Lt.'; join them to the name
    that follows ('said Rep. Dana Whitlock.')."""
    out: list[tuple[int, int]] = []
    for s, e in bounds:
        if out:
            m = _TITLE_AT_END.search(para, out[-1][0], out[-1][1])
            first = para[s:e].split(maxsplit=1)[0] if para[s:e].strip() else ""
            name_follows = first[:1].isupper() and first.lower() not in lx.CLAUSE_STARTERS
            if m and m.group("title").lower() in lx.TITLE_ABBREVIATIONS and name_follows:
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def sentence_start(toks: list[Token], i: int) -> int:
    k = i - 1
    while k >= 0:
        if toks[k].text in SENTENCE_END and toks[k].kind == "punct":
            return k + 1
        k -= 1
    return 0


def has_sentence_end(toks: list[Token], a: int, b: int) -> bool:
    return any(t.kind == "punct" and t.text in SENTENCE_END for t in toks[a:b])


def is_statement(unit: Unit) -> bool:
    words = [t for t in unit.tokens if t.is_word]
    return len(words) >= 4 and not any(t.kind == "quote" for t in unit.tokens)


def only_quotes(unit: Unit) -> bool:
    """The sentence is the speaker's words alone: quotations, and around them at most a few
    connecting words with no speech verb and no one named ('Instead, "he just acts like a
    defeated man."', '"..." and other pocketbook issues.')."""
    if unit.cues or unit.mentions or not any(t.kind == "quote" for t in unit.tokens):
        return False
    return sum(t.is_word for t in unit.tokens) <= 4
