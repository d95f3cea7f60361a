"""Speech cues in a token list and the speaker expression each one points to.

A cue is a speech verb ("said", "warned", "saying"), "according to", or "In his view".
For each cue we find the mention that is its speaker: the subject to the left of a finite
verb (skipping time phrases and appositives), the main-clause subject for a participle
("..., saying") or a coordinated verb ("... and warned"), the antecedent of "who", or the
inverted subject after the verb ("said Macron").
"""

from __future__ import annotations

from dataclasses import dataclass

from index.extract import lexicon as lx
from index.extract.mentions import Mention
from index.extract.tokens import (
    SENTENCE_END,
    Token,
    ends_clause,
    is_name_in_marks,
    skip_parenthesis,
)

SPEAKER_KINDS = frozenset({"pronoun", "person", "role", "organisation", "group", "epithet"})


@dataclass(frozen=True)
class Cue:
    index: int  # token index of the verb (or of "according")
    verb: str  # as written: "said", "according to", "in his view"
    lemma: str
    participle: bool = False
    coordinated: bool = False  # "... and warned"
    passive: bool = False


def find_cues(tokens: list[Token]) -> list[Cue]:
    cues: list[Cue] = []
    for k, _tok in enumerate(tokens):
        cue = cue_at(tokens, k)
        if cue is not None:
            cues.append(cue)
    return cues


def _prev_word(tokens: list[Token], k: int, skip_adverbs: bool = True) -> tuple[int, Token | None]:
    p = k - 1
    while p >= 0:
        t = tokens[p]
        if t.is_word and skip_adverbs and (t.low.endswith("ly") or t.low in ("also", "then")):
            p -= 1
            continue
        return p, t
    return -1, None


def cue_at(tokens: list[Token], k: int) -> Cue | None:
    """The cue starting at token ``k``, or None when that word is not a speech cue here."""
    tok = tokens[k]
    if not tok.is_word:
        return None
    low = tok.low
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if low == "according" and nxt is not None and nxt.low == "to":
        return Cue(k, f"{tok.text} to", "according to")
    if low == "in" and k + 2 < len(tokens):
        poss, noun = tokens[k + 1], tokens[k + 2]
        if poss.low in lx.POSSESSIVE_PRONOUNS and noun.low in ("opinion", "view", "words"):
            return Cue(k, f"{tok.text} {poss.text} {noun.text}", "in the view of")
    lemma = lx.speech_lemma(low)
    if lemma is None:
        return None
    if tok.text[:1].isupper() and k == 0 and low != "said":
        return None  # "Asked if ...", "Speaking to reporters ..." open a clause, not a cue
    if tok.text[:1].isupper() and k > 0 and not tok.text.isupper() and tokens[k - 1].is_word:
        # inside a name or a title: "Secretary of State", "The Washington Post", "Trump
        # Says His Plan Will Work"; a verb is written in lower case mid-sentence
        return None
    before = tokens[k - 1] if k > 0 else None
    if low == "say" and _hypothetical_say(tokens, k):
        return None  # "Let's say you think ...", "Say the port closed ...": no one speaks
    if before is not None and before.is_word:
        object_her = (  # 'those close to her say': "her" after a preposition is no owner
            before.low == "her" and k >= 2 and tokens[k - 2].low in lx.PREPOSITIONS
        )
        if before.low in ("a", "an", "the") or (
            before.low in lx.POSSESSIVE_DETERMINERS and not object_her
        ):
            return None  # 'launched into a lament', 'her reply': a noun, not the verb
        if _noun_after_name(tokens, k):
            return None  # 'a Harbour Board report found': the noun, not the verb
        counted = (
            (before.low in lx.COUNTED and before.low not in lx.QUANTIFIERS)
            or before.text.isdigit()
            or (before.low in lx.PREPOSITIONS and before.low != "to")
        )
        if counted and not low.endswith(("ed", "ing")) and lx.is_noun(low):
            return None  # 'voters in five states', 'secretary of state', 'in states that'
    if lemma in ("brand", "label") and not low.endswith(("ed", "ing")):
        return None  # 'help brands find suppliers', 'food labels': the noun, far likelier
    if lemma == "state" and low in ("state", "states"):
        # 'Southern states that vote', 'his home state': the noun, unless "that" or a
        # pronoun subject makes a verb of it ('It states that ...', 'They state their goal')
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        relative = after is not None and (after.low in lx.AUXILIARIES or lx.only_a_verb(after.low))
        verb = (nxt is not None and nxt.low in ("that", ":") and not relative) or (
            before is not None and before.low in ("he", "she", "it", "they", "we", "i")
        )  # not 'states that will vote': a relative clause after the noun
        if not verb:
            return None
    particles = lx.PARTICLE_VERBS.get(lemma)
    if particles and (nxt is None or (nxt.low not in particles and nxt.text != ":")):
        return None
    p, prev = _prev_word(tokens, k)
    if (
        prev is not None
        and prev.low == "to"
        and not _carried_on(tokens, p)
        and ((p > 0 and tokens[p - 1].low in lx.HEDGES) or not low.endswith(("ed", "ing")))
    ):
        return None  # "appeared to insinuate", "difficult to predict": no one speaks
    after_be = prev is not None and prev.low in lx.BE_FORMS
    # 'is arguing', 'were saying', "he's claiming": a finite verb in the progressive, not a
    # participle
    contracted = (
        prev is not None
        and prev.low in lx.SUBJECT_CONTRACTIONS
        and prev.low.endswith(("'s", "'re", "'m"))
    )
    progressive = (after_be or contracted) and low.endswith("ing")
    passive = after_be and not progressive
    if passive and lemma in ("ask", "tell", "quote"):
        return None  # "after being asked", "was told"
    if lemma in ("ask", "wonder", "question") and nxt is not None and nxt.low in lx.QUESTION_WORDS:
        return None  # a reported question, not a claim
    as_word = prev
    if prev is not None and prev.low in ("first", "previously", "originally"):
        as_word = _prev_word(tokens, p)[1]
    as_passive = (  # 'As first reported by the Gazette, CLAUSE': its agent is the source
        low.endswith("ed")
        and as_word is not None
        and as_word.low == "as"
        and nxt is not None
        and nxt.low == "by"
        and lemma in lx.CLAUSE_LEMMAS
    )
    if as_passive:
        return Cue(k, tok.text, lemma, passive=True)
    if prev is not None and prev.low in lx.REDUCED_CLAUSE_OPENERS and low.endswith(("ed", "old")):
        return None  # 'When asked ...', 'If told ...': a clause without its subject
    if low.endswith("ed") and prev is not None and prev.low in lx.PREPOSITIONS:
        return None
    participle = low.endswith("ing") and not progressive
    before_perfect = prev
    if prev is not None and prev.low in ("has", "have", "had") and not passive:
        before_perfect = _prev_word(tokens, p)[1]  # '... but has said she wants ...'
    coordinated = before_perfect is not None and before_perfect.low in ("and", "but")
    return Cue(k, tok.text, lemma, participle=participle, coordinated=coordinated, passive=passive)


def _hypothetical_say(tokens: list[Token], k: int) -> bool:
    """'Let's say ...', 'let us say', and an imperative 'Say ...' opening a sentence: a
    supposition of the writer's."""
    prev = tokens[k - 1] if k > 0 else None
    if prev is not None and prev.low in ("let's", "us"):  # Token.low folds ’ to '
        return True
    return tokens[k].text == "Say" and (prev is None or prev.text in SENTENCE_END)


def _noun_after_name(tokens: list[Token], k: int) -> bool:
    """A speech noun in its base form right after a singular name that a determiner opens
    ('a Harbour Board report found'): a verb there would agree with its singular subject
    ('reports'). After a possessive ('Ruiz's claim that ...') the noun still attributes."""
    low = tokens[k].low
    if low.endswith(("s", "ed", "ing")) or not lx.is_noun(low):
        return False
    before = tokens[k - 1]
    if not before.is_cap or before.low.endswith("s"):
        return False
    q = k - 1
    while q > 0 and tokens[q - 1].is_cap and tokens[q - 1].low not in ("a", "an", "the"):
        q -= 1
    return q > 0 and tokens[q - 1].low in ("a", "an", "the")


# --- the speaker of a cue -------------------------------------------------------------------


_CARRY_ON = frozenset({"continued", "continues", "proceeded", "proceeds"})


def _carried_on(tokens: list[Token], to: int) -> int:
    """How many words before the verb say that the speaker went on speaking: "went on to"
    (3), "continued to" (2); 0 otherwise. ``to`` is the index of "to"."""
    if to < 1 or tokens[to].low != "to":
        return 0
    if tokens[to - 1].low in _CARRY_ON:
        return 2
    if to >= 2 and tokens[to - 1].low == "on" and tokens[to - 2].low in ("went", "goes", "go"):
        return 3
    return 0


def _mention_ending_at(mentions: list[Mention], end: int) -> Mention | None:
    for m in mentions:
        if m.last == end:
            return m
    return None


def _mention_starting_at(mentions: list[Mention], start: int) -> Mention | None:
    for m in mentions:
        if m.first == start:
            return m
    return None


def _source_after_according_to(
    tokens: list[Token], mentions: list[Mention], j: int
) -> Mention | None:
    """'according to Peskov' -> Peskov; 'according to a statement from the ministry' -> the
    ministry (a document's source speaks through it)."""
    if _data_source(tokens, j):
        return None  # 'according to the FBI data', 'according to a RealClearPolitics average'
    m = _mention_starting_at(mentions, j)
    if m is None and j < len(tokens) and tokens[j].low in lx.COUNTED:
        m = _mention_starting_at(mentions, j + 1)  # 'according to two people familiar ...'
    if m is None and j < len(tokens) and tokens[j].low in ("the", "a", "an"):
        # 'according to the nonpartisan Congressional Budget Office', 'the
        # conservative-leaning Tax Foundation': past the describing words to the name
        k = j + 1
        while k < min(len(tokens), j + 4) and _describing_word(tokens[k]):
            k += 1
        named = _mention_starting_at(mentions, k) if k > j + 1 else None
        # the name must end the phrase: not 'a recent Federal Elections Commission report'
        ends = (
            named is not None
            and not _data_source(tokens, k)  # 'the latest New York Times/CBS News poll'
            and (
                named.last >= len(tokens)
                or tokens[named.last].text in (",", ".", ";", ":", ")")
                or tokens[named.last].low in lx.PREPOSITIONS
            )
        )
        if named is not None and ends and named.kind in ("organisation", "person"):
            m = named
    if m is not None and m.kind in SPEAKER_KINDS:
        return m
    end = min(len(tokens), j + 10)
    if not any(t.low in lx.DOCUMENT_NOUNS for t in tokens[j:end] if t.is_word):
        return None
    for m in mentions:
        if not (j < m.first < end and m.kind in SPEAKER_KINDS and m.kind != "pronoun"):
            continue
        if any(t.low in ("from", "by", "of") for t in tokens[max(j, m.first - 3) : m.first]):
            return m
    return None


def _describing_word(tok: Token) -> bool:
    """A lower-case adjective, plain or compound: 'nonpartisan', 'conservative-leaning'."""
    if not tok.is_word or tok.is_cap:
        return False
    last = tok.low.rsplit("-", 1)[-1]
    return lx.is_adjective(tok.low) or (
        "-" in tok.low and (lx.is_adjective(last) or last.endswith(("ing", "ed")))
    )


def _data_source(tokens: list[Token], j: int) -> bool:
    """The noun phrase at ``j`` is headed by data or a record, not by a speaker or a
    statement: 'the FBI data', 'the RealClearPolitics average of polls', 'exit polling'."""
    head: Token | None = None
    for t in tokens[j : j + 8]:
        if t.text in ("/", "&", "-") and head is not None:
            continue  # 'a New York Times/CBS News poll'
        if not t.is_word or t.low in lx.PREPOSITIONS or t.low in lx.RELATIVE_WORDS:
            break
        if head is not None and not t.is_cap and t.low.endswith("ed") and lx.is_verb_form(t.low):
            break  # 'a survey conducted in May': a participle after the head
        head = t
    return head is not None and head.low in lx.DATA_NOUNS and not head.is_cap


def _subject_after_adverbial(
    tokens: list[Token], mentions: list[Mention], k: int, start: int
) -> Mention | None:
    """'After saying he was nervous, the man ended up ...': the participle opening the
    sentence is said by the main clause's subject, after the comma that closes it."""
    lead = tokens[start:k]
    if not lead or len(lead) > 4 or any(t.low not in lx.PARTICIPLE_OPENERS for t in lead):
        return None
    comma = next((i for i in range(k + 1, len(tokens)) if tokens[i].text in (",", ".")), None)
    if comma is None or tokens[comma].text != ",":
        return None
    j = comma + 1
    while j < len(tokens) and tokens[j].is_word and tokens[j].low in lx.FILLER_WORDS:
        j += 1
    m = _mention_starting_at(mentions, j)
    if m is None or m.kind not in SPEAKER_KINDS or not m.can_be_subject:
        return None
    return m


def main_subject(
    tokens: list[Token], mentions: list[Mention], start: int, before: int
) -> Mention | None:
    """The first mention that can be a subject in ``tokens[start:before]``, past an opening
    adverbial phrase ('Facing criticism from Democrats, Mr. Trump ...')."""
    start = _past_opening_phrase(tokens, start, before)
    for m in mentions:
        if m.first < start or m.last > before:
            continue
        enclosed = m.first > 0 and m.last < len(tokens) and tokens[m.first - 1].text == "("
        if enclosed and tokens[m.last].text == ")":
            continue  # '(Reuters) - President Obama said': a wire credit, no subject
        if m.kind in SPEAKER_KINDS and m.can_be_subject and not _is_object_pronoun(m):
            if m.kind == "pronoun" and m.gender == "it":
                continue
            return m
    return None


def _past_opening_phrase(tokens: list[Token], start: int, before: int) -> int:
    """Where the main clause starts when the sentence at ``start`` opens with a phrase set
    off by a comma that cannot hold its subject: a prepositional phrase ('In an interview
    with Fox News, ...') or a participle ('Speaking to reporters, ...', 'Asked about it,
    ...'); ``start`` otherwise. A subordinate clause ('When Ruiz, her deputy, ...') may hold
    commas of its own and is not skipped."""
    first = start
    while first < before and tokens[first].is_word and tokens[first].low in _OPENERS:
        first += 1
    if first >= before or not tokens[first].is_word:
        return start
    low = tokens[first].low
    opening = (low in lx.PREPOSITIONS and low not in lx.SUBORDINATORS) or (
        low.endswith(("ing", "ed")) and lx.is_verb_form(low)
    )
    if not opening:
        return start
    for i in range(first + 1, before):
        t = tokens[i]
        if t.kind == "quote" or t.text in SENTENCE_END:
            return start
        if t.text == ",":
            return i + 1
    return start


def _eligible(m: Mention) -> bool:
    return m.kind in SPEAKER_KINDS and m.can_be_subject and not _is_object_pronoun(m)


def _is_object_pronoun(m: Mention) -> bool:
    return m.kind == "pronoun" and m.surface.lower() in lx.OBJECT_PRONOUNS


def _skip_phrase_left(tokens: list[Token], p: int, lower_bound: int) -> int:
    """Skip a short prepositional phrase ending at ``p`` ("on Tuesday", "at a press
    conference"); returns the index left of it, or ``p`` when there is none."""
    q = p
    steps = 0
    while q > lower_bound and steps < 7:
        t = tokens[q]
        if not t.is_word:
            return p
        if t.low in lx.PREPOSITIONS and q < p:
            return q - 1
        q -= 1
        steps += 1
    return p


# What sets off an apposition: 'X, the mayor, said', 'X - his co-host - told'.
_APPOSITION_MARKS = frozenset({","}) | lx.DASHES
# Words that may open a sentence before its subject: 'But', 'Still', 'also'.
_LEAD_WORDS = lx.COORDINATORS | lx.FILLER_WORDS


def _subject_before_appositions(
    tokens: list[Token], mentions: list[Mention], k: int, start: int
) -> Mention | None:
    """'Charlie King, a former director of the New York party, said' / 'Clinton, at a town
    hall in Columbus, Ohio, said': when a comma stands right before the verb, the subject
    is the first speaker named in the clause and closed by a comma, however many commas
    the appositions after it hold."""
    v = k
    while v > 0 and tokens[v - 1].is_word and tokens[v - 1].low in lx.FILLER_WORDS:
        v -= 1  # ', also said', ', on Friday said'
    if v == 0 or tokens[v - 1].text not in _APPOSITION_MARKS:
        return None
    k = v
    found: list[Mention] = []
    for m in mentions:
        if m.first < start or m.last >= k - 1:
            continue
        after = skip_parenthesis(tokens, m.last)  # 'Sen. Rob Portman (R-Ohio), another'
        # the mention may hold its apposition with the comma closing it: 'Hogan Gidley, a
        # former director of the party, whose roots are ..., said'
        closed = tokens[after].text in _APPOSITION_MARKS or tokens[after - 1].text == ","
        if not _eligible(m) or m.kind == "pronoun" or not closed:
            continue
        lead = tokens[start : m.first]
        opens = (
            not lead
            or lead[-1].text in _APPOSITION_MARKS
            # 'But Murshed Zaheed, acting director of CREDO Action, ..., said'
            or all(t.is_word and t.low in _LEAD_WORDS for t in lead)
        )
        between = tokens[m.last : k]
        if not opens or any(
            t.kind == "quote"
            or t.text in SENTENCE_END
            or (cue_at(tokens, i) is not None and tokens[i - 1].low not in lx.RELATIVE_WORDS)
            for i, t in enumerate(between, m.last)
        ):  # a verb of a relative clause may stand between: ', which wrote the letter,'
            continue
        found.append(m)
    # a person named in the chain is who speaks ('As the site wrote, the official
    # representative of the ministry, Maria Zakharova, regarding his words, said')
    person = next((m for m in found if m.kind == "person"), None)
    if person is not None:
        return person
    # 'One of his advisers, Tad Devine, told reporters': the name set off right before the
    # verb names the unnamed role or group the sentence opens on
    last = _mention_ending_at(mentions, k - 1)
    if (
        last is not None
        and last.kind == "person"
        and _eligible(last)
        and last.first > start
        and tokens[last.first - 1].text == ","
        and any(
            m.kind in ("role", "group") and start <= m.first and m.last < last.first
            for m in mentions
        )
    ):
        return last
    return found[0] if found else None


def _absolute_subject(
    tokens: list[Token], mentions: list[Mention], k: int, start: int
) -> Mention | None:
    """'with Senator John McCain telling reporters ...', '... - Ryan saying he was "very
    encouraged"': a participle right after a name that opens its own phrase (after "with",
    a dash, a colon or a semicolon) has that name for its subject."""
    m = _mention_ending_at(mentions, k)
    if m is None or m.kind not in SPEAKER_KINDS or m.kind == "pronoun" or m.first <= start:
        return None
    before = tokens[m.first - 1]
    if before.low == "with" or before.text in lx.DASHES or before.text in (":", ";"):
        return m if not m.possessive and not _is_object_pronoun(m) else None
    return None


def subject_left(
    tokens: list[Token], mentions: list[Mention], k: int, start: int
) -> Mention | None:
    """The subject of the finite verb at ``k``: walk left over fillers and appositives."""
    apposed = _subject_before_appositions(tokens, mentions, k, start)
    if apposed is not None:
        return apposed
    found = _walk_left(tokens, mentions, k, start)
    if found is not None and found.kind != "pronoun":
        return (
            _antecedent_of_open_relative(tokens, mentions, found, k, start)
            or _name_before_open_apposition(tokens, mentions, found, start)
            or found
        )
    return found


def _name_before_open_apposition(
    tokens: list[Token], mentions: list[Mention], found: Mention, start: int
) -> Mention | None:
    """'Anthony Anton, president and CEO of the Restaurant Association stated': a role
    after the name that opens the sentence and a comma, its closing comma left out, is
    that person's apposition; the name is the subject."""
    if found.kind not in ("role", "group") or found.first < 2:
        return None
    p = found.first - 1
    while (
        p > start
        and tokens[p].is_word
        and (
            tokens[p].low == "and"
            or lx.role_head(tokens[p].text)
            or tokens[p].low in lx.ROLE_MODIFIERS
        )
    ):
        p -= 1  # 'president and CEO of ...'
    if tokens[p].text != ",":
        return None
    name = _mention_ending_at(mentions, p)
    if name is None or name.kind != "person" or name.first != start or not _eligible(name):
        return None
    return name


def _antecedent_of_open_relative(
    tokens: list[Token], mentions: list[Mention], found: Mention, k: int, start: int
) -> Mention | None:
    """'Katie Packer, who is chairman of Our Principles PAC said': a relative clause
    the writer never closed with a comma; the verb is its antecedent's, not the name
    inside the clause."""
    for w in range(found.first - 1, start, -1):
        t = tokens[w]
        if t.kind == "quote" or t.text in SENTENCE_END:
            return None
        if t.is_word and t.low == "who":
            if any(x.text == "," for x in tokens[w:k]):
                return None  # the clause is closed: the usual walk already handled it
            for m in mentions:
                closed = m.last == w or tokens[m.last].text == ","
                if start <= m.first and m.last <= w and _eligible(m) and m.kind == "person":
                    return m if closed else None
            return None
    return None


def _antecedent_past_apposition(
    tokens: list[Token], mentions: list[Mention], comma: int, start: int
) -> Mention | None:
    """'said Ana Ruiz, a councillor from the north, who added that ...', 'said one Democrat
    familiar with the talks, who added ...': the person named before an apposition or a
    post-modifier is who the relative clause is about."""
    for m in reversed(mentions):
        if m.last > comma or m.first < start:
            continue
        if m.kind not in SPEAKER_KINDS or m.possessive or m.after_preposition:
            continue
        between = tokens[m.last : comma]
        if len(between) > 12 or any(
            t.kind == "quote" or t.low in lx.AUXILIARIES or lx.speech_lemma(t.low) is not None
            for t in between
        ):
            return None
        if m.kind == "role" and m.first >= 2 and tokens[m.first - 1].text == ",":
            named = _mention_ending_at(mentions, m.first - 1)  # 'Ana Ruiz, a councillor'
            if named is not None and named.kind == "person" and _eligible(named):
                return named
        return m
    return None


def _walk_left(tokens: list[Token], mentions: list[Mention], k: int, start: int) -> Mention | None:
    p = k - 1 - _carried_on(tokens, k - 1)  # 'Pence went on to say ...'
    progressive = tokens[k].low.endswith("ing")  # 'Trump is arguing', 'has been saying'
    guard = 0
    while p >= start and guard < 40:
        guard += 1
        t = tokens[p]
        m = _mention_ending_at(mentions, p + 1)
        if m is not None and m.kind in SPEAKER_KINDS:
            if m.possessive or _is_object_pronoun(m):
                return None
            partitive = (
                m.first >= 2
                and tokens[m.first - 1].low == "of"
                and tokens[m.first - 2].low in lx.PARTITIVES
            )  # 'One of the aides said', 'Some of his advisers say'
            if m.after_preposition and not partitive:
                # "by the party leader ... Bardella who accused": only a relative clause
                # makes an object of a preposition the speaker
                return None
            return m
        if (
            t.low in ("whom", "which")
            and p >= 3
            and tokens[p - 1].low == "of"
            and (tokens[p - 2].low in lx.PARTITIVES or tokens[p - 2].low in ("all", "each"))
            and tokens[p - 3].text == ","
        ):
            # 'the ferry crews, many of whom say ...': the antecedent speaks
            ante = _mention_ending_at(mentions, p - 3)
            return ante if ante is not None and ante.kind in SPEAKER_KINDS else None
        if t.is_word and t.low in ("who", "which", "that"):
            ante = _mention_ending_at(mentions, p) or (
                _mention_ending_at(mentions, p - 1) if p > 0 and tokens[p - 1].text == "," else None
            )
            if ante is None and t.low == "who" and p > 0 and tokens[p - 1].text == ",":
                ante = _antecedent_past_apposition(tokens, mentions, p - 1, start)
            return ante if ante is not None and ante.kind in SPEAKER_KINDS else None
        if t.is_word and (
            t.low in lx.FILLER_WORDS
            or t.low.endswith("ly")
            or t.text[0].isdigit()
            or (progressive and t.low in lx.BE_FORMS)
        ):
            p -= 1
            continue
        # 'Manafort, citing "the magic of Trump," said': a quotation closed on a comma ends
        # the comma block as a comma would
        if t.text == ")" or ends_clause(t):
            opener = "(" if t.text == ")" else ","
            q = p - 1
            while q >= start and tokens[q].text != opener and p - q < 25:
                if tokens[q].text in SENTENCE_END or (
                    tokens[q].kind == "quote" and not is_name_in_marks(tokens[q])
                ):
                    break
                q -= 1
            if q >= start and tokens[q].text == opener:
                # "X, <appositive or relative clause>, said": the subject stands before it
                outer = _mention_ending_at(mentions, q)
                if outer is not None and _eligible(outer):
                    return outer
            inner = _mention_ending_at(mentions, p) if t.text == "," else None
            if inner is not None and _eligible(inner):
                return inner  # "the ministry's spokeswoman, Petra Vessar, denied"
            if q >= start and tokens[q].text == opener:
                p = q - 1
                continue
            return None
        if t.is_word and not t.is_cap:
            q = _skip_phrase_left(tokens, p, start)
            if q != p:
                p = q
                continue
        return None
    return None


def speaker_of_cue(
    tokens: list[Token], mentions: list[Mention], cue: Cue, start: int
) -> Mention | None:
    """The mention that names the speaker of ``cue`` within ``tokens[start:]``; never a
    poll figure ('55 percent of voters say ...': a share of respondents, nobody's words)."""
    own = _mention_ending_at(mentions, cue.index) if cue.participle else None
    if own is not None and _poll_figure(tokens, own):
        return None  # 'with 30 percent of voters saying ...'
    share = tokens[cue.index - 1] if cue.participle and cue.index > 0 else None
    if share is not None and (share.low in lx.POLL_SHARES or share.text.endswith("%")):
        return None  # 'with 22 percent saying they would not support him'
    m = _speaker_of_cue(tokens, mentions, cue, start)
    return None if m is not None and _poll_figure(tokens, m) else m


def _poll_figure(tokens: list[Token], m: Mention) -> bool:
    """'55 percent of all likely voters', 'a majority of Republicans', 'six in 10 voters':
    a share or a count of a poll's respondents, up to four words before the mention."""
    for p in range(m.first - 1, max(-1, m.first - 5), -1):
        t = tokens[p]
        if p >= 1 and t.low == "of":
            share = tokens[p - 1]
            return share.low in lx.POLL_SHARES or share.text.endswith("%")
        if p >= 1 and t.low in ("10", "ten") and tokens[p - 1].low == "in":
            return True
        if not t.is_word:
            return False
    return False


def _speaker_of_cue(
    tokens: list[Token], mentions: list[Mention], cue: Cue, start: int
) -> Mention | None:
    k = cue.index
    if cue.lemma == "according to":
        return _source_after_according_to(tokens, mentions, k + 2)
    if cue.lemma == "in the view of":
        pron = lx.POSSESSIVE_PRONOUNS[tokens[k + 1].low]
        return Mention("pronoun", k + 1, k + 2, pron, gender=pron)
    if cue.passive:
        # "it was stated by X", "was told by X"
        j = k + 1
        if j < len(tokens) and tokens[j].low == "by":
            m = _mention_starting_at(mentions, j + 1)
            if m is not None and m.kind in SPEAKER_KINDS:
                return m
        return None
    earlier_cue = any(cue_at(tokens, i) is not None for i in range(start, k - 1))
    if cue.coordinated and k >= 3 and tokens[k - 2].is_word and not earlier_cue:
        # 'Ms. Sherry smiled and said': the subject right before the one verb before "and"
        m = _mention_ending_at(mentions, k - 2)
        if m is not None and m.first >= start and _eligible(m) and m.kind != "pronoun":
            return m
    if (
        cue.participle
        and cue.lemma in lx.CLAUSE_LEMMAS
        and (ahead := _subject_after_adverbial(tokens, mentions, k, start))
    ):
        return ahead
    if cue.participle and (absolute := _absolute_subject(tokens, mentions, k, start)):
        return absolute
    if cue.participle or cue.coordinated:
        # "..., X told a news conference, adding that ...": the speaker of the finite
        # speech verb the participle hangs on, else the main clause's subject
        for earlier in reversed(find_cues(tokens[:k])):
            if earlier.index < start or earlier.participle or earlier.lemma == "according to":
                if cue.coordinated and earlier.participle and earlier.index >= start:
                    # 'with Trump tweeting that ... and asking, "..."': the participle's
                    # own subject
                    absolute = _absolute_subject(tokens, mentions, earlier.index, start)
                    if absolute is not None:
                        return absolute
                continue
            if earlier.index > 0 and tokens[earlier.index - 1].low in lx.MODALS:
                continue  # 'whether Judicial Watch could question Clinton but said ...'
            m = speaker_of_cue(tokens, mentions, earlier, start)
            if m is not None:
                return m
        return main_subject(tokens, mentions, start, k)
    if k >= 2 and lx.is_speaking_document(tokens[k - 1].low):
        # 'the IMF report stated', 'the ministry's statement said': the document speaks
        # for the body that issued it (not 'X in a Medium post said')
        m = _mention_ending_at(mentions, k - 1)
        if (
            m is not None
            and m.first >= start
            and m.kind in ("person", "organisation")
            and not m.after_preposition
        ):
            return m
    m = subject_left(tokens, mentions, k, start)
    if m is not None:
        return m
    # inverted: '"...," said Macron'
    inv = _mention_starting_at(mentions, k + 1)
    if (
        inv is not None
        and cue.lemma != "tell"  # 'X - a co-host - told The Washington Post': the listener
        and inv.kind in SPEAKER_KINDS
        and k > start
        and (tokens[k - 1].kind == "quote" or tokens[k - 1].text in (",", "—", "–", "-"))
    ):
        return named_after(tokens, mentions, inv) or inv
    if cue.lemma not in lx.CLAUSE_LEMMAS:
        return None  # 'Locals still call the terminal "the Glass Box"': naming, not speech
    return _sentence_subject(tokens, mentions, k, start)


def named_after(tokens: list[Token], mentions: list[Mention], inv: Mention) -> Mention | None:
    """The person an inverted speaker phrase goes on to name: 'said Air Force 1st Lt. Tyler
    Livingston', 'said Republican party boss Reince Priebus' (the organisation modifies the
    title), 'said his best friend at Lehigh, Bruce Turry,' (a name in apposition), 'said the
    base chief known as Bob'. None when the phrase names no one else."""
    if inv.kind in ("person", "pronoun"):
        return None
    for m in mentions:
        if m.first < inv.last or m.kind != "person":
            continue
        between = tokens[inv.last : m.first]
        if len(between) > _NAMED_AFTER_MAX:
            return None
        words = [t.low for t in between]
        if words in ([], ["known", "as"]) or (
            len(words) <= 2 and all(t.is_word and t.low not in lx.FUNCTION_WORDS for t in between)
        ):
            return m  # 'Air Force 1st Lt. Tyler Livingston', 'party boss Reince Priebus'
        if words[-1:] != [","] or "," in words[:-1] or any(t.kind == "quote" for t in between):
            continue  # a name inside a post-modifier ('at Lehigh') is not the speaker
        after = tokens[m.last] if m.last < len(tokens) else None
        if (inv.kind == "role" or words[0] in lx.PREPOSITIONS) and (
            after is None or not after.is_word or after.low in ("of", "at", "from")
        ):
            return m  # 'his best friend at Lehigh, Bruce Turry,', '..., X of the law firm Y'
        return None
    return None


_NAMED_AFTER_MAX = 10
_OPENERS = frozenset({"but", "and", "even", "still", "yet", "so", "now", "meanwhile"})


def _sentence_subject(
    tokens: list[Token], mentions: list[Mention], k: int, start: int
) -> Mention | None:
    """'A person familiar with the planning for Thursday's meeting says ...', 'Staff for
    the House committee on trade said ...': when the speech verb at ``k`` is the sentence's
    first finite verb, its subject is the noun phrase the sentence opens with, however long
    its post-modifiers (prepositional phrases, 'familiar with', a relative clause)."""
    first = start
    while first < k and tokens[first].is_word and tokens[first].low in _OPENERS:
        first += 1
    if first < k and tokens[first].text == ",":
        first += 1
    subject = _mention_starting_at(mentions, first)
    if subject is None or not _eligible(subject) or k - subject.last > 20:
        return None
    if subject.last - subject.first == 1 and tokens[first].low.endswith(("ed", "ing")):
        return None  # 'Preceded at the lectern by X, Trump launched ...': a participle
    after = tokens[subject.last] if subject.last < k else None
    modifier = after is not None and after.is_word and not after.is_cap
    if modifier and after.low not in lx.FUNCTION_WORDS and lx.only_a_noun(after.low):
        return None  # 'The Monmouth poll', 'Twenty-four percent': a modifier, not the subject
    relative = False
    for i in range(subject.last, k):
        t = tokens[i]
        if t.kind == "quote" or t.text in SENTENCE_END or t.text in (";", ":"):
            return None
        if not t.is_word:
            continue
        if t.low in lx.RELATIVE_WORDS:
            relative = True
        elif not relative and _finite_verb(tokens, i):
            return None
    return subject


def _finite_verb(tokens: list[Token], i: int) -> bool:
    """Token ``i`` reads as a finite verb: an auxiliary, a speech verb, or a word that is only
    ever a verb; '-ed' forms count unless a preposition follows ('allied with')."""
    t = tokens[i]
    low = t.low
    if t.is_cap or low.endswith("ing"):
        return False
    if low in lx.AUXILIARIES or lx.speech_lemma(low) is not None:
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if low.endswith("ed"):
        return not (nxt is not None and nxt.low in lx.PREPOSITIONS)
    return lx.only_a_verb(low)
