"""The speaker phrase around a quotation: the words between a quotation and its verb
('"...," the harbour spokesman, Jon Ernst, said'), or after an inverted verb ('said one
Estmark Democrat'), through appositions, parentheses and possessors."""

from __future__ import annotations

from index.extract import lexicon as lx
from index.extract.cues import SPEAKER_KINDS, Cue
from index.extract.mentions import Mention
from index.extract.tokens import SENTENCE_END, Token, is_name_in_marks


def possessor_of_speech_noun(
    toks: list[Token], mentions: list[Mention], start: int, before: int
) -> Mention | None:
    """'Traskel's verdict was short: "..."' -> Traskel."""
    for m in mentions:
        if start <= m.first and m.last < before and m.possessive and m.kind in SPEAKER_KINDS:
            nxt = toks[m.last]
            if nxt.is_word and nxt.low in lx.SPEECH_NOUNS:
                m.possessive = False
                return m
    return None


def after_appositions(toks: list[Token], k: int, cue_at: dict[int, Cue]) -> int:
    """'X, 67, a retired nurse in Allentown, Pa., said': where the cue stands after a
    chain of comma-separated appositions (``k`` when there is none)."""
    # 'X, who is chairman of Y said': an apposition or relative clause never closed
    unclosed = (
        k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low in lx.APPOSITION_OPENERS
    )
    j = k
    while j < len(toks) and j - k < 35:
        t = toks[j]
        if t.kind == "quote" or (t.kind == "punct" and t.text in SENTENCE_END):
            return k
        if t.text == "," and j + 1 in cue_at and j > k:
            return j + 1
        if unclosed and j in cue_at and j > k + 2 and not cue_at[j].participle:
            return j
        j += 1
    return k


def speaker_phrase_at(toks: list[Token], mentions: list[Mention], j: int) -> Mention | None:
    """The speaker named by the phrase starting at token ``j``: 'the spokesman, X',
    'his wife, X', 'American Action Forum's X', 'Italy's party leader X', 'one official'."""
    by_first = {m.first: m for m in mentions}
    k = j
    while k < min(len(toks), j + 5):
        m = by_first.get(k)
        if m is not None and m.kind in SPEAKER_KINDS and not m.possessive:
            return m
        if m is not None and m.possessive:
            k = m.last  # whose: 'American Action Forum's Douglas Holtz-Eakin'
            continue
        t = toks[k]
        if t.is_word and (t.possessive or t.low in lx.PHRASE_OPENERS or _lower_modifier(t)):
            k += 1
            continue
        return None
    return None


def _lower_modifier(tok: Token) -> bool:
    """'retired' in 'retired Air Force general Lloyd Newton', 'leading' in 'another
    leading Supreme Court advocate': an adjective or participle in lower case before the
    capitalised words of a speaker phrase."""
    if tok.is_cap or tok.kind != "word":
        return False
    participle = tok.low.endswith(("ed", "ing")) and lx.is_verb_form(tok.low)
    return lx.is_adjective(tok.low) or participle


def skip_comma_block(toks: list[Token], k: int) -> int:
    """After a name: skip ', who ran the museum until 2019,' or ', the harbour chief,'."""
    if k >= len(toks) or toks[k].text != ",":
        return k
    j = k + 1
    while j < len(toks) and j - k < 20:
        t = toks[j]
        if (t.kind == "quote" and not is_name_in_marks(t)) or t.text in SENTENCE_END:
            return k
        if t.text == ",":
            return j + 1
        j += 1
    return k
