"""Speaker phrases the role lexicon does not list: 'the airline said', 'legal experts say',
'A person familiar with the talks says'. A common-noun phrase right before a finite speech
verb, or opening a sentence, becomes a role or group mention when its head names people or
bodies (``lexicon.speaker_head``: agent nouns, the project's lexicons, and the heads learnt
from PolNeAR train). Documents and data ('the report said') never speak."""

from __future__ import annotations

from index.extract import lexicon as lx
from index.extract.mentions import Mention, MentionKind, _finish, _join, _strip_article
from index.extract.tokens import SENTENCE_END, Token

_GENERIC_DETERMINERS = frozenset({"the", "a", "an", "another", "this", "that", "these", "those"})
_GENERIC_MAX_WORDS = 5


def add_generic_subjects(
    tokens: list[Token], mentions: list[Mention], verbs: set[int]
) -> list[Mention]:
    """'the airline said', 'legal experts say', 'his younger sister told': a common-noun
    phrase right before a finite speech verb (token indices ``verbs``) is its speaker, even
    when the role lexicon does not know its head, if that head is a noun that names people
    or bodies (see ``lexicon.speaker_head``). Documents and data ('the report said') are not
    speakers."""
    covered = {i for m in mentions for i in range(m.first, m.last)}
    ending_at = {m.last - 1: m for m in mentions}
    added: list[Mention] = []
    for k in sorted(verbs):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and (nxt.low in lx.AUXILIARIES or nxt.low in ("and", "or", "to")):
            continue  # 'estimates are', 'sniper posts and', 'continues to': not speech
        p = k - 1
        while p >= 0 and tokens[p].is_word and tokens[p].low in lx.FILLER_WORDS:
            p -= 1
        known = ending_at.get(p)
        if known is not None and known.kind in ("group", "role") and not known.name:
            _widen_left(tokens, known, covered)  # 'legal experts say', 'senior aides said'
            continue
        if p < 0 or p in covered or not _generic_head(tokens[p]):
            continue
        q = p
        while (
            q - 1 >= 0
            and p - q + 1 < _GENERIC_MAX_WORDS
            and (q - 1) not in covered
            and _generic_modifier(tokens[q - 1])
        ):
            q -= 1
        start = _phrase_start(tokens, q)
        if start is None:
            continue  # 'because they scare employees say': not a subject we can delimit
        added.append(_generic_mention(tokens, start, p + 1))
        covered.update(range(start, p + 1))
    if verbs:
        added.extend(_generic_openers(tokens, covered, max(verbs)))
    return sorted([*mentions, *added], key=lambda m: m.first) if added else mentions


def _generic_openers(tokens: list[Token], covered: set[int], last_verb: int) -> list[Mention]:
    """'A person familiar with the planning says', 'Aides to the mayor said': a common-noun
    phrase opening a sentence, before a speech verb later on, may be that verb's subject
    (``cues.speaker_of_cue`` decides)."""
    out: list[Mention] = []
    for i in range(min(last_verb, len(tokens))):
        if i in covered or not (i == 0 or tokens[i - 1].text in SENTENCE_END):
            continue
        j = i + 1 if tokens[i].low in _GENERIC_DETERMINERS else i
        p = j
        while p < last_verb and p - j < _GENERIC_MAX_WORDS and p not in covered:
            if _generic_head(tokens[p]) and not _noun_follows(tokens, p + 1):
                break
            if not _generic_modifier(tokens[p]):
                return out
            p += 1
        else:
            continue
        if p >= last_verb or p in covered or not _generic_head(tokens[p]):
            continue
        out.append(_generic_mention(tokens, i, p + 1))
        covered.update(range(i, p + 1))
    return out


def _generic_mention(tokens: list[Token], first: int, last: int) -> Mention:
    """A group (plural head) or role mention over ``tokens[first:last]``; its role is the
    phrase without its article or possessive determiner."""
    head = tokens[last - 1]
    plural = head.low.endswith("s") and not head.low.endswith("ss")
    surface = _join(tokens[first:last])
    role = _strip_article(surface)
    if tokens[first].low in lx.POSSESSIVE_DETERMINERS:
        role = _join(tokens[first + 1 : last])
    kind: MentionKind = "group" if plural else "role"
    mention = Mention(
        kind, first, last, surface, role=role.lower(), gender="they" if plural else None
    )
    return _finish(tokens, mention)


def _noun_follows(tokens: list[Token], k: int) -> bool:
    t = tokens[k] if k < len(tokens) else None
    return (
        t is not None and t.is_word and not t.is_cap and t.low not in lx.FUNCTION_WORDS
        and lx.only_a_noun(t.low) and lx.speech_lemma(t.low) is None
    )  # fmt: skip


def _widen_left(tokens: list[Token], m: Mention, covered: set[int]) -> None:
    """Take the modifiers the role lexicon does not know into a group or role speaker:
    'experts' -> 'legal experts', 'a top aide' stays."""
    q = m.first
    if tokens[q].low in _GENERIC_DETERMINERS or tokens[q].low in lx.POSSESSIVE_DETERMINERS:
        return
    while (
        q - 1 >= 0
        and m.last - q < _GENERIC_MAX_WORDS
        and (q - 1) not in covered
        and _generic_modifier(tokens[q - 1])
        and not tokens[q - 1].is_cap
    ):
        q -= 1
    if q == m.first:
        return
    start = _phrase_start(tokens, q)
    if start is None:
        return
    q = start
    covered.update(range(q, m.first))
    m.first = q
    m.surface = _join(tokens[q : m.last])
    m.role = _strip_article(m.surface).lower()
    _finish(tokens, m)


def _generic_head(tok: Token) -> bool:
    """A lower-case word (or a sentence-initial plain one) that can head a speaker phrase."""
    if not tok.is_word or (tok.is_cap and not tok.plain) or tok.possessive:
        return False
    low = tok.low
    return low.isalpha() and lx.speaker_head(low) and lx.speech_lemma(low) is None


def _generic_modifier(tok: Token) -> bool:
    """A word inside a speaker phrase before its head: 'legal', 'airport', 'Cairo'."""
    if not tok.is_word or tok.possessive:
        return False
    low = tok.low
    if low in lx.FUNCTION_WORDS or lx.speech_lemma(low) is not None:
        return False
    if tok.is_cap:
        return True
    if not low.replace("-", "").isalpha():
        return False
    return lx.is_adjective(low) or lx.is_noun(low)


def _phrase_start(tokens: list[Token], q: int) -> int | None:
    """Where a speaker phrase whose first modifier is at ``q`` starts: at a determiner right
    before it, else at ``q`` when a boundary stands before it; None otherwise."""
    before = tokens[q - 1] if q > 0 else None
    if before is None:
        return q
    if before.is_word and (
        before.low in _GENERIC_DETERMINERS or before.low in lx.POSSESSIVE_DETERMINERS
    ):
        return q - 1
    return q if _phrase_boundary(before) else None


def _phrase_boundary(tok: Token) -> bool:
    """What may stand right before a speaker phrase: punctuation, a quotation, a
    conjunction or a possessive name ('Bennett's younger sister')."""
    if not tok.is_word:
        return True
    if tok.possessive:
        return True
    return tok.low in lx.COORDINATORS or tok.low in ("that", "because", "as", "so")
