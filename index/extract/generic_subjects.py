"""Speaker phrases the role lexicon does not list: 'the airline said', 'legal experts say',
'A person familiar with the talks says'. A common-noun phrase right before a finite speech
verb, or opening a sentence, becomes a role or group mention when its head names people or
bodies (``lexicon.speaker_head``: agent nouns, the project's lexicons, and the heads learnt
from PolNeAR train). Documents and data ('the report said') never speak."""

from __future__ import annotations

from dataclasses import replace

from index.extract import lexicon as lx
from index.extract.mentions import Mention, MentionKind, _finish, _join, _strip_article
from index.extract.tokens import SENTENCE_END, Token

_GENERIC_DETERMINERS = lx.SPEAKER_DETERMINERS
_GENERIC_MAX_WORDS = 5
# Words that count or quantify a speaker phrase: 'several aides', 'all three candidates'.
_QUANTIFYING = lx.COUNTED | frozenset({"both", "all", "numerous", "each", "certain", "few"})


def add_generic_subjects(
    tokens: list[Token], mentions: list[Mention], verbs: set[int]
) -> list[Mention]:
    """'the airline said', 'legal experts say', 'his younger sister told': a common-noun
    phrase right before a finite speech verb (token indices ``verbs``) is its speaker, even
    when the role lexicon does not know its head, if that head is a noun that names people
    or bodies (see ``lexicon.speaker_head``). Documents and data ('the report said') are not
    speakers."""
    for m in mentions:
        _widen_counted(tokens, m)
    covered = {i for m in mentions for i in range(m.first, m.last)}
    starts = {i: m.first for m in mentions for i in range(m.first, m.last)}
    shadowed: set[int] = set()
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
        if p >= 0 and (p in covered or not _generic_head(tokens[p])):
            post = _postmodified_subject(tokens, p, covered, ending_at, starts.get(p))
            if post is not None:  # 'attorneys for the department said'
                added.append(post)
                shadowed.update(range(post.first, post.last))
                covered.update(range(post.first, post.last))
            continue
        if p < 0:
            continue
        start = _phrase_start(tokens, _modifiers_before(tokens, p, covered))
        if start is None:
            continue  # 'because they scare employees say': not a subject we can delimit
        added.append(_generic_mention(tokens, start, p + 1))
        covered.update(range(start, p + 1))
    if verbs:
        added.extend(_generic_openers(tokens, covered, max(verbs)))
    starting = {m.first: m for m in [*mentions, *added]}
    for source in _according_to_sources(tokens, starting):
        added.append(source)
        shadowed.update(range(source.first, source.last))
    if shadowed:  # the names inside a post-modifier: 'officials in the FBI said'
        mentions = [m for m in mentions if not (m.first in shadowed and m.last - 1 in shadowed)]
    return sorted([*mentions, *added], key=lambda m: m.first) if added else mentions


_POSTMODIFIER_OPENERS = frozenset(
    "of for in at from with like to on inside within across around familiar close".split()
)
_POSTMODIFIER_MAX_WORDS = 8


def _according_to_sources(tokens: list[Token], starting: dict[int, Mention]) -> list[Mention]:
    """'according to law enforcement officials', 'according to his longtime personal
    physician', 'according to people close to the campaign': the common-noun phrase after
    "according to", with its post-modifier, when no named mention starts right there."""
    out: list[Mention] = []
    n = len(tokens)
    for i in range(n - 3):
        if tokens[i].low != "according" or tokens[i + 1].low != "to":
            continue
        j = i + 2
        known = starting.get(j)
        if known is not None:
            if known.kind not in ("group", "role") or known.name:
                continue
            p = known.last - 1
        else:
            k = j
            if tokens[k].low in lx.PARTITIVES and k + 2 < n and tokens[k + 1].low == "of":
                k += 2  # 'according to one of his senior aides'
            k = k + 1 if (
                tokens[k].low in _GENERIC_DETERMINERS
                or tokens[k].low in lx.POSSESSIVE_DETERMINERS
                or tokens[k].low in lx.COUNTED
            ) else k  # fmt: skip
            p = k
            while p < n and p - k < _GENERIC_MAX_WORDS:
                if _generic_head(tokens[p]) and not _noun_follows(tokens, p + 1):
                    break
                joined = (  # 'according to Democratic and independent analysts'
                    p > k
                    and tokens[p].low in ("and", "or")
                    and p + 1 < n
                    and _generic_modifier(tokens[p + 1])
                )
                if not joined and not _generic_modifier(tokens[p]):
                    p = n
                    break
                p += 1
            if p >= n or not _generic_head(tokens[p]) or (p + 1 < n and tokens[p + 1].is_cap):
                continue  # 'according to several senior Democrats': the head is a name
        end = _postmodifier_end(tokens, p + 1)
        if known is None or end > known.last:
            out.append(_generic_mention_headed(tokens, j, end, p))
    return out


def _postmodifier_end(tokens: list[Token], k: int) -> int:
    """Where a post-modifier opening at ``k`` ('close to the campaign', 'in the FBI') ends
    at a punctuation mark or the sentence's end; ``k`` when there is none."""
    n = len(tokens)
    if k >= n or tokens[k].low not in _POSTMODIFIER_OPENERS:
        return k
    stop = k + 1
    while stop < n and stop - k <= _POSTMODIFIER_MAX_WORDS and tokens[stop].is_word:
        if tokens[stop].low in lx.RELATIVE_WORDS or lx.only_a_verb(tokens[stop].low):
            return k
        stop += 1
    last = tokens[stop - 1]
    if (
        stop - k >= 2
        and (stop >= n or not tokens[stop].is_word)
        and (last.is_cap or last.possessive or lx.is_noun(last.low))
    ):
        return stop
    return k


def _postmodified_subject(
    tokens: list[Token],
    p: int,
    covered: set[int],
    ending_at: dict[int, Mention],
    inside: int | None,
) -> Mention | None:
    """'attorneys for the department said', 'officials familiar with the talks said':
    a speaker head followed by a prepositional post-modifier that runs up to the verb (at
    ``p`` + 1) is the verb's subject, the post-modifier included. ``inside``: where the
    mention holding ``p`` starts, if one does."""
    last = tokens[p]
    # 'people close to him said': a post-modifier may end on an object pronoun
    pronoun = (
        last.low in lx.OBJECT_PRONOUNS and p >= 1 and tokens[p - 1].low in _POSTMODIFIER_OPENERS
    )
    if not last.is_word or (last.low in lx.FUNCTION_WORDS and not pronoun):
        return None
    if not (last.is_cap or last.possessive or lx.is_noun(last.low) or pronoun):
        return None  # 'roused the crowd to spontaneous chants': no noun phrase ends here
    for h in range(p - 1, max(-1, p - _POSTMODIFIER_MAX_WORDS - 2), -1):
        tok = tokens[h]
        if not tok.is_word or tok.low in lx.RELATIVE_WORDS or lx.only_a_verb(tok.low):
            return None
        if h == p - 1 or tokens[h + 1].low not in _POSTMODIFIER_OPENERS:
            continue
        if inside is not None and inside <= h + 1:
            return None  # a mention already runs over the post-modifier
        known = ending_at.get(h)
        if known is not None and known.kind in ("group", "role") and not known.name:
            return _generic_mention_headed(tokens, known.first, p + 1, h)
        if tok.low in lx.PRONOUN_HEADS and h not in covered and tokens[h + 1].low != "of":
            # 'those close to him say', 'others familiar with the plan said'
            return _generic_mention_headed(tokens, h, p + 1, h)
        if h in covered or not _generic_head(tok):
            continue
        start = _phrase_start(tokens, _modifiers_before(tokens, h, covered))
        if start is None:
            return None
        return _generic_mention_headed(tokens, start, p + 1, h)
    return None


def _modifiers_before(tokens: list[Token], head: int, covered: set[int]) -> int:
    """Where the modifiers of the speaker head at ``head`` start ('legal' in 'legal
    experts'), at most ``_GENERIC_MAX_WORDS`` words with the head."""
    q = head
    while (
        q - 1 >= 0
        and head - q + 1 < _GENERIC_MAX_WORDS
        and (q - 1) not in covered
        and _generic_modifier(tokens[q - 1])
    ):
        q -= 1
    return q


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
    return _generic_mention_headed(tokens, first, last, last - 1)


def _generic_mention_headed(tokens: list[Token], first: int, last: int, h: int) -> Mention:
    head = tokens[h]
    plural = head.low.endswith("s") and not head.low.endswith("ss")
    surface = _join(tokens[first:last])
    skip = tokens[first].low in ("the", "a", "an") or tokens[first].low in lx.POSSESSIVE_DETERMINERS
    # names keep their capitals, common words are lower case: 'officials in the FBI'
    words = [replace(t, text=t.text if t.is_cap else t.low) for t in tokens[first + skip : last]]
    kind: MentionKind = "group" if plural else "role"
    mention = Mention(
        kind, first, last, surface, role=_join(words), gender="they" if plural else None
    )
    return _finish(tokens, mention)


def _noun_follows(tokens: list[Token], k: int) -> bool:
    t = tokens[k] if k < len(tokens) else None
    return (
        t is not None and t.is_word and not t.is_cap and t.low not in lx.FUNCTION_WORDS
        and lx.only_a_noun(t.low) and lx.speech_lemma(t.low) is None
    )  # fmt: skip


def _widen_counted(tokens: list[Token], m: Mention) -> None:
    """'a number of attendees said', 'a handful of aides say': the people counted are the
    speaker, the quantity noun before them is no one."""
    q = m.first
    if m.kind not in ("group", "role") or m.name or q < 3 or tokens[q - 1].low != "of":
        return
    if tokens[q - 2].low not in lx.QUANTITY_NOUNS:
        return
    article = q - 3
    if article > 0 and lx.is_adjective(tokens[article].low) and not tokens[article].is_cap:
        article -= 1  # 'a wide range of analysts', 'a small number of aides'
    if tokens[article].low not in ("a", "the"):
        return
    m.first = article
    m.after_preposition = False
    m.surface = _join(tokens[m.first : m.last])
    m.role = _strip_article(m.surface).lower()
    _finish(tokens, m)


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
    if "-" in low and low.replace("-", "").isalnum():
        # a compound modifier is judged by its last part: 'self-described', '70-year-old',
        # 'Texas-based', 'long-time'
        last = low.rsplit("-", 1)[1]
        participle = last.endswith(("ed", "ing")) and lx.is_verb_form(last)
        return bool(last) and (lx.is_adjective(last) or lx.is_noun(last) or participle)
    if not low.isalpha():
        return False
    if low.endswith("ing") and lx.is_verb_form(low):
        return True  # 'banking analysts', 'polling experts': a gerund naming a trade
    return lx.is_adjective(low) or lx.is_noun(low)


def _phrase_start(tokens: list[Token], q: int) -> int | None:
    """Where a speaker phrase whose first modifier is at ``q`` starts: at a determiner right
    before it, else at ``q`` when a boundary stands before it; None otherwise."""
    first = q
    while q > 0 and first - q < 2 and tokens[q - 1].low in _QUANTIFYING:
        q -= 1  # 'several delegate candidates', 'all three candidates'
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
