"""Reported speech without marks: where the clause a speech verb reports starts and ends
("said (that) ...", "said the economy remained strong", "CLAUSE, according to X.")."""

from __future__ import annotations

from index.extract import lexicon as lx
from index.extract.cues import Cue
from index.extract.mentions import Mention
from index.extract.phrases import skip_comma_block
from index.extract.tokens import SENTENCE_END, Token
from index.extract.units import sentence_start


def clause_after(toks: list[Token], cue: Cue, mentions: list[Mention]) -> tuple[int, int] | None:
    """Token range of the reported clause after a speech verb, or None."""
    j = cue.index + 1
    if (
        cue.lemma in lx.ACCOUNT_LEMMAS
        and not cue.passive
        and j + 2 < len(toks)
        and toks[j].low in ("why", "how", "what")
        and toks[j + 1].is_word
    ):
        # 'explained why he backs the plan', 'described how the fleet was sold': an
        # account whose gist the wh-clause gives, the wh-word included
        end = before_quoted_reason(toks, j, clause_stop(toks, j))
        return (j, end) if end - j >= 4 else None
    if cue.lemma not in lx.CLAUSE_LEMMAS:
        return None
    if cue.passive:
        # 'after being warned by the Russian government that he was a threat'
        agent = next((m for m in mentions if m.first == j + 1), None)
        if j >= len(toks) or toks[j].low != "by" or agent is None:
            return None
        j = agent.last
        if j >= len(toks) or toks[j].low != "that":
            return None
    if j < len(toks) and toks[j].low in lx.PARTICLE_VERBS.get(cue.lemma, ()):
        j += 1  # 'pointed out that ...', 'fired back that ...'
    if cue.lemma == "tell":
        j = _past_listener(toks, j, mentions)
    elif cue.lemma in lx.ADDRESSING_LEMMAS:
        j = _past_addressee(toks, j, mentions)
    j = skip_time_phrase(toks, j)  # 'said on Thursday it would', 'said last week ...'
    if j < len(toks) and toks[j].text == ":" and j + 1 < len(toks) and toks[j + 1].is_word:
        # 'insiders said: Trump's lead is too large', not a quotation after the colon
        end = clause_stop(toks, j + 1)
        return (j + 1, end) if sum(t.is_word for t in toks[j + 1 : end]) >= 3 else None
    j = _after_comma_block(toks, j)  # 'says, however, that', 'said on CNN, where ..., that'
    if (fronted := _fronted_condition(toks, j)) is not None:
        return fronted
    before = toks[cue.index - 1] if cue.index > 0 else None
    inverted = (
        not cue.participle and before is not None and (before.text == "," or before.kind == "quote")
    )
    if inverted and _speaker_phrase_ends(toks, j, mentions):
        return None  # '..., said an official who was briefed on the talks': the speaker
    # skip time and place phrases up to "that": 'said after the meeting that'; a clause
    # starting at once is not skipped ('said he saw no evidence in the report that ...')
    k = len(toks) if j < len(toks) and toks[j].low != "that" and starts_clause(toks, j) else j
    while k < len(toks) and k - j < 9 and toks[k].is_word and toks[k].low != "that":
        if toks[k].low in lx.COORDINATORS:
            break  # 'said talks could resume and that ...': the clause starts at once
        k += 1
    if k < len(toks) and k - j >= 1 and toks[k].text in (",", "'", "’"):
        # 'said Thursday during a taping in Buffalo, New York, that ...', 'wrote to
        # Voss' council office that ...': a longer phrase, when "that" opens a clause
        far = next((i for i in range(k, min(j + 16, len(toks))) if toks[i].low == "that"), None)
        between = toks[k:far] if far is not None else []
        if (
            far is not None
            and all(t.is_word or t.text in (",", "'", "’") for t in between)
            and not any(t.low in lx.COORDINATORS for t in between)
            # not '... assured Jones, after Jones assured Trump that ...': its own verb
            and not any(lx.speech_lemma(t.low) is not None for t in between)
            and far + 1 < len(toks)
            and starts_clause(toks, far + 1)
        ):
            k = far
    if k < len(toks) and toks[k].low == "that":
        manner = toks[j].low == "in"  # 'said in a statement that ...'
        if k > j and toks[k - 1].low in lx.NOUN_COMPLEMENT_HEADS and not manner:
            return None  # 'commenting on Macron's statement that ...': the noun's content
        if k > j and k + 1 < len(toks) and toks[k + 1].low in lx.AUXILIARIES:
            return None  # 'told reporters after the meeting that was held ...': a relative
        start = k + 1
        if start + 1 < len(toks) and toks[start].text == "," and toks[start + 1].is_word:
            start += 1  # 'say that, even if they wanted one, a recount could not be done'
    elif j < len(toks) and (
        starts_clause(toks, j) or bare_clause_after_say(toks, cue, j, mentions)
    ):
        start = j
    elif (opening := after_phrase(toks, j)) is not None:
        start = opening  # 'said in a statement it would cooperate'
    else:
        return None
    if start >= len(toks):
        return None
    end = before_quoted_reason(toks, start, clause_stop(toks, start))
    return (start, end) if end > start else None


def _past_addressee(toks: list[Token], j: int, mentions: list[Mention]) -> int:
    """Past the person addressed by 'warned', 'assured', 'reminded' ... when a "that" or a
    subject pronoun follows ('warned reporters that ...', 'assured voters he'd ...');
    ``j`` otherwise ('warned the bill would fail' has no one addressed)."""
    if j >= len(toks) or not toks[j].is_word or toks[j].low == "that":
        return j
    named = next((m for m in mentions if m.first == j), None)
    if named is not None:
        end = named.last
    elif toks[j].low in lx.OBJECT_PRONOUNS or toks[j].low in ("us", "me"):
        end = j + 1
    elif toks[j].low in ("the", "his", "her", "their", "its") and j + 1 < len(toks):
        end = j + 2 if lx.is_noun(toks[j + 1].low) else j
    else:
        end = j + 1 if lx.is_noun(toks[j].low) and toks[j].low.endswith("s") else j
    if end == j or end >= len(toks):
        return j
    nxt = toks[end].low
    opens = nxt == "that" or nxt in lx.SUBJECT_PRONOUNS or nxt in lx.SUBJECT_CONTRACTIONS
    return end if opens else j


def _past_listener(toks: list[Token], j: int, mentions: list[Mention]) -> int:
    """Past the listener of "told" at ``j``: 'told reporters', 'told the chamber', 'told
    MSNBC's "Morning Joe"' (the programme is the listener too)."""
    listener = next((m for m in mentions if m.first == j), None)
    if listener is not None:
        j = listener.last
    elif j < len(toks) and toks[j].is_word and toks[j].low != "that":
        j += 1
    if j < len(toks) and toks[j].kind == "quote" and is_title(toks[j].text):
        j += 1
    return j


def partial_quote_complement(
    toks: list[Token], cue: Cue, mentions: list[Mention]
) -> tuple[int, int] | None:
    """'called Iowa voters "stupid" for supporting him', 'accused the agencies of
    "overclassification run amok"', 'says "the wind is at our backs" despite the loss':
    the complement of a speech verb that reports no clause but holds a partial quotation,
    with the writer's words around it that say what, or whom, the words were about. The
    quotation stays a direct quote of its own."""
    if cue.passive or cue.lemma in ("according to", "in the view of") or cue.index == 0:
        return None
    before = toks[cue.index - 1]
    j = cue.index + 1
    if not cue.participle and (before.text == "," or before.kind == "quote"):
        after = next((m for m in mentions if m.first == j), None)
        if before.kind == "quote" or after is None or not after.possessive:
            return None  # '"...," said X, the mayor': the words after the verb are its speaker
        # 'X, a senior adviser, called Mr. Obama's remarks "a wake-up call"': an owner
        # after the verb is what the words are about
    if j < len(toks) and toks[j].low in lx.PARTICLE_VERBS.get(cue.lemma, ()):
        j += 1
    if cue.lemma == "tell":
        j = _past_listener(toks, j, mentions)
    elif cue.lemma in lx.ADDRESSING_LEMMAS:
        j = _past_addressee(toks, j, mentions)
    j = skip_time_phrase(toks, j)
    if j < len(toks) and toks[j].low == "that":
        j += 1
    if j >= len(toks) or toks[j].text in SENTENCE_END or toks[j].text in (",", ":", ";"):
        return None
    k = j
    while k < len(toks) and toks[k].is_word and toks[k].low.endswith("ly"):
        k += 1
    if k > j and k < len(toks) and toks[k].low in _ADVERBIAL_OPENERS:
        return None  # 'said matter-of-factly as confetti fell': how and when, not what
    stop = clause_stop(toks, j)
    piece = toks[j:stop]
    quotes = [
        t
        for i, t in enumerate(piece)
        if t.kind == "quote"
        and not (i > 0 and piece[i - 1].low in lx.MENTION_MARKERS)
        and not (i > 0 and piece[i - 1].low in lx.WORK_NOUNS and is_title(t.text))
        and not (
            i > 0
            and piece[i - 1].low in ("a", "an", "the")
            and is_title(t.text)
            and cue.lemma not in lx.NAMING_LEMMAS  # 'called her an "Aunt Tom"'
        )
    ]  # 'the word "peace"', 'the program "Inside Edition"', 'a "Harbour Forum"': a word,
    # a title or a name, no one's words
    if not quotes:
        return None
    if toks[j].low in lx.PREPOSITIONS and all(is_title(t.text) for t in quotes):
        return None  # 'said on CNN's "State of the Union"': where it was said, not what
    if sum(t.is_word for t in piece) < 2:
        return None  # the quotation alone is a direct quote, nothing more
    if piece[0].kind == "quote" and cue.lemma not in lx.CLAUSE_LEMMAS:
        return None  # 'Fans chanted "one more year" outside the stadium': words after the
        # quotation say where, not what about, unless the verb reports a statement
    return (j, stop)


def is_title(text: str) -> bool:
    """Words in marks that are a name or a title ('"Meet the Press"', '"Playbook"'):
    every word capitalised but the small ones, at most eight words."""
    words = [w for w in text.split() if w[:1].isalpha() or w[1:2].isalpha()]
    words = [w.lstrip("\"'“‘«") for w in words]
    return 0 < len(words) <= 8 and all(
        w[:1].isupper() or (i > 0 and w.lower() in lx.TITLE_SMALL_WORDS)
        for i, w in enumerate(words)
    )


def _after_comma_block(toks: list[Token], j: int) -> int:
    """Past a parenthetical set off by commas after the verb ('says, however, that ...',
    'says, win or lose in Tuesday's primary, he is staying') when a clause follows it;
    else ``j`` unchanged. A phrase before the block ('said on CNN, where ..., that') goes too."""
    k = j
    while k < len(toks) and k - j < 6 and toks[k].is_word and toks[k].low != "that":
        k += 1
    if k >= len(toks) or toks[k].text != ",":
        return j
    if k > j and toks[j].low not in lx.PREPOSITIONS:
        return j  # 'said Ana Ruiz, the mayor': the words before the comma are no phrase
    if k + 1 < len(toks) and toks[k + 1].low in lx.COORDINATORS:
        return j  # 'said, and soon, the balloons were dropping': a new clause, the writer's
    after = skip_comma_block(toks, k)
    if after == k or after >= len(toks) or after - k > 14:
        return j
    if toks[after].low == "that" or starts_clause(toks, after):
        return after
    return j


_PERSONAL = frozenset({"he", "she", "it", "they", "we", "i", "there"})
# words after which an '-ed' form is an adjective ('the shared river'), not a verb; after a
# personal pronoun it is the verb ('said it sold')
# How far a modal may close a long subject: 'the mayor's plan to sell the harbour by
# next spring would ...' (14 words).
_LONG_SUBJECT = 14
_PARTITIVE_HEADS = lx.PARTITIVES | {"much", "all", "each", "half", "part"}
_RELATIVES = frozenset(
    {"that", "which", "who", "whom", "whose", "where", "when", "if", "what", "how", "why"}
)
_NOT_BEFORE_VERB = (
    (lx.CLAUSE_STARTERS - _PERSONAL) | lx.PREPOSITIONS | {"and", "or", "very", "newly"}
)


def _fronted_condition(toks: list[Token], j: int) -> tuple[int, int] | None:
    """'says despite being a ferry captain, he plans to ...', 'warned that if the pier
    closes, the town would ...': a condition or concession opening the reported clause
    belongs to it, up to the end of the clause its comma opens."""
    if j >= len(toks) or toks[j].low not in _FRONTED_OPENERS:
        return None
    for k in range(j + 2, min(j + 20, len(toks) - 1)):
        t = toks[k]
        if t.text == ",":
            if not starts_clause(toks, k + 1):
                return None
            end = before_quoted_reason(toks, k + 1, clause_stop(toks, k + 1))
            return (j, end) if end > k + 1 else None
        if not t.is_word or lx.speech_lemma(t.low) is not None:
            return None
    return None


def starts_clause(toks: list[Token], j: int) -> bool:
    """A finite clause without "that": 'warned it would', 'said he expects', 'said the
    company lost money', 'said prices in the capital were rising'."""
    j += _approximate_number_at(toks, j)  # 'said about half of the cost was ...', 'at
    # least six ferries': the approximating words count, they are no preposition
    first = toks[j]
    if not first.is_word or first.low in lx.PREPOSITIONS or first.low in _ADVERBIAL_OPENERS:
        return False  # 'said when asked whether ...': an adverbial clause, not a content one
    if first.low in _VERB_COORDINATORS:
        return False  # 'she said and hung up': a second verb of the same subject
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if first.low.endswith("ly") and nxt is not None and nxt.low in _ADVERBIAL_OPENERS:
        return False  # 'said matter-of-factly as confetti fell': how and when, not what
    low = first.low
    if low in ("he", "she", "they", "we", "i", "there") or low in lx.SUBJECT_CONTRACTIONS:
        return True
    if low == "it":
        # 'saying it shows he would ...', 'said it actively investigated': "it" opens a
        # clause when a finite verb follows, not in 'said it again'
        k = j + 1
        while k < len(toks) and toks[k].is_word and toks[k].low.endswith("ly"):
            k += 1
        verb_at = toks[k] if k < len(toks) and toks[k].is_word else None
        if verb_at is None:
            return False
        v = verb_at.low
        if v in lx.AUXILIARIES or v in lx.IRREGULAR_PAST:
            return True
        return v.endswith(("s", "ed")) and lx.is_verb_form(v)
    # 'said turnout could exceed', 'warned prices would rise': a bare noun and soon a verb
    determined = low in lx.CLAUSE_STARTERS or first.is_cap
    window = 7 if determined else 6
    i = j + 1
    while i < min(j + window, len(toks)):
        t = toks[i]
        if t.text == "," and i + 1 < len(toks) and toks[i + 1].low in ("which", "who", "whose"):
            close = skip_comma_block(toks, i)  # 'the budget, which was published, would'
            if close == i:
                return False
            window += close - i
            i = close
            continue
        if t.kind == "quote" and i > j:
            i += 1  # 'said the ''extraordinary measures'' she used were unsustainable'
            window += 1
            continue
        if not t.is_word:
            return False
        if t.low in lx.AUXILIARIES:
            return True
        after = toks[i - 1].low
        irregular = t.low in lx.IRREGULAR_PAST
        # 'said the plan deserves ...': a present form that can be nothing but a verb
        present = t.low.endswith("s") and i > j and lx.only_a_verb(t.low)
        verb_like = (t.low.endswith("ed") or irregular or present) and not t.is_cap
        if verb_like and after not in _NOT_BEFORE_VERB and (determined or irregular or i - j <= 3):
            return True  # 'said the economy remained strong' (not 'the shared river')
        i += 1
    partitive = low in _PARTITIVE_HEADS and nxt is not None and nxt.low == "of"
    counted = determined or low in lx.QUANTIFIERS or partitive  # 'much of his talk was'
    return counted and _modal_ends_subject(toks, j + 1)


def _modal_ends_subject(toks: list[Token], j: int) -> bool:
    """'argued the mayor's plan to sell the harbour by next spring would ruin the town': a
    long subject is closed by a modal, which is nothing but a finite verb; a relative
    pronoun, punctuation or another clause's verb on the way means it is not."""
    for i in range(j, min(j + _LONG_SUBJECT, len(toks))):
        t = toks[i]
        if not t.is_word or t.low in _RELATIVES or t.low in lx.SUBORDINATORS:
            return False  # 'confirmed the meeting because they were ...'
        if lx.speech_lemma(t.low) is not None:
            return False
        if t.low in lx.AUXILIARIES:
            return toks[i - 1].low not in _NOT_BEFORE_VERB
    return False


def bare_clause_after_say(toks: list[Token], cue: Cue, j: int, mentions: list[Mention]) -> bool:
    """'said Ms. Brainard's donations call into question ...': after "say" itself, words
    that are not a phrase of manner, place or time, nor the speaker set after the verb
    ('said Ana Ruiz, the mayor'), are the clause it reports."""
    if cue.lemma != "say" or cue.participle or cue.index == 0:
        return False
    j += _approximate_number_at(toks, j)
    first = toks[j]
    if not first.is_word or first.low in lx.PREPOSITIONS or first.low in lx.NOT_A_CLAUSE:
        return False
    if first.low in _VERB_COORDINATORS:
        return False  # 'she said and hung up': a second verb of the same subject
    if first.low in lx.FILLER_WORDS or first.low.endswith("ly"):
        return False  # 'said later at a news conference', 'said repeatedly'
    if first.low in _ADVERBIAL_OPENERS:
        return False  # 'said when asked whether ...', 'said as he left': when, not what
    if first.low in _DEMONSTRATIVE_OBJECTS and j + 1 < len(toks) and toks[j + 1].text == ",":
        return False  # 'a day after he said them, but ...': the verb's object
    if first.low in ("it", "so", "them"):
        return False  # 'said it again on Monday', 'said so': the verb's object (a clause
        # opening on "it" has its verb next, which starts_clause sees)
    before = toks[cue.index - 1]
    if before.kind == "quote" or (
        before.text in (",", "—", "–") and (cue.index < 2 or toks[cue.index - 2].kind == "quote")
    ):
        return False  # '"...," said X': X is the speaker
    # 'Andy Smith said Trump, despite his wealth, is ...': with its subject before it, the
    # verb has no speaker after it
    spoken_by = any(m.last == cue.index and m.can_be_subject for m in mentions)
    if not spoken_by and _speaker_phrase_ends(toks, j, mentions):
        return False  # 'said Ana Ruiz, the mayor' / 'said the minister.' / 'said X, who'

    stop = clause_stop(toks, j)
    words = [t for t in toks[j:stop] if t.is_word]
    return len(words) >= 4 and toks[j].kind != "quote"


def _approximate_number_at(toks: list[Token], j: int) -> int:
    """'about half', 'around 40 percent', 'at least six', 'more than 200': a number made
    approximate, which opens a noun phrase like any determiner; how many tokens the
    approximating words take (0 if there is no such number at ``j``)."""
    width = 0
    if j < len(toks) and toks[j].low in lx.APPROXIMATORS:
        width = 1
    else:
        for phrase in _APPROXIMATING_PHRASES:
            if [t.low for t in toks[j : j + len(phrase)]] == phrase:
                width = len(phrase)
                break
    if not width or j + width >= len(toks):
        return 0
    nxt = toks[j + width]
    number = nxt.is_word and (
        nxt.text[:1].isdigit() or nxt.low in lx.NUMBER_WORDS or nxt.low.startswith("half")
    )
    return width if number else 0


# Words that make the number after them approximate: 'at least six ferries sailed'.
_APPROXIMATING_PHRASES = [
    p.split()
    for p in ("as many as", "as much as", "at least", "at most", "more than", "fewer than",
              "less than", "up to", "no fewer than", "no more than")
]  # fmt: skip


# Joining a second verb to the speech verb's subject: 'she said and hung up'.
_VERB_COORDINATORS = frozenset({"and", "but", "or", "nor"})
# Words opening an adverbial clause: after a speech verb it says when or why, not what.
_ADVERBIAL_OPENERS = lx.SUBORDINATORS | frozenset({"though", "although", "whereas"})
# A condition or concession that may open a reported clause before its subject (not
# "while" or "when": after a speech verb they mostly say when it was said).
_FRONTED_OPENERS = (lx.CONTENT_SUBORDINATORS - {"while"}) | {"despite"}
_DEMONSTRATIVE_OBJECTS = frozenset({"it", "them", "him", "her", "this", "that", "these", "those"})


def ends_attribution(rest: list[Token], cue: Cue) -> bool:
    """The words after a speech verb (``rest``, up to the clause's end) leave it without an
    object, as a trailing attribution is: 'the minister said.', 'said on Friday', 'said
    last week', 'said repeatedly', 'told reporters'. An object ('Clinton noted the clot's
    existence') or an infinitive ('Grand Central agreed to republish the book') means the
    verb is no attribution of the words before it."""
    comma = next((i for i, t in enumerate(rest) if t.text == ","), len(rest))
    words = [t for t in rest[:comma] if t.text not in ("(", ")")]
    if words and words[0].low in lx.PARTICLE_VERBS.get(cue.lemma, ()):
        words = words[1:]  # 'as her adviser pointed out, ...': the verb's own particle
    if not words or not words[0].is_word:
        return True
    first = words[0]
    if first.low == "to" and len(words) > 1 and words[1].is_word and not words[1].is_cap:
        return not lx.is_verb_form(words[1].low)
    if first.low in ("of", "about") and cue.lemma not in ("say", "tell", "write"):
        return False  # 'the candidate boasted of his skills', 'complain of his silence'
    if cue.lemma == "tell" or first.low in lx.PREPOSITIONS or first.low in lx.FILLER_WORDS:
        return True
    if first.low in lx.DAYS_MONTHS or first.low in lx.TIME_WORDS or first.low in lx.TIME_LEADS:
        return True
    return first.low.endswith("ly") or first.is_cap


def is_participle(tok: Token) -> bool:
    """A lower-case -ing form of a verb: 'wiping', 'adding' (what the speaker did)."""
    return tok.is_word and not tok.is_cap and tok.low.endswith("ing") and lx.is_verb_form(tok.low)


def is_lone_phrase(piece: list[Token]) -> bool:
    """The words before 'X said,' in 'In the end, X said, CLAUSE' or 'The bigger risk, he
    said, is ...': a short prepositional phrase, or a short noun phrase, that is no
    statement of its own; the clause after the attribution is the quote."""
    words = [t for t in piece if t.is_word]
    if not words or len(words) > 5 or any(t.kind == "quote" for t in piece):
        return False
    first = words[0].low
    if first in lx.PREPOSITIONS:
        return not any(t.low in lx.AUXILIARIES for t in words)
    return (
        first in ("the", "a", "an")
        and len(words) <= 4
        and not any(t.low in lx.AUXILIARIES or lx.only_a_verb(t.low) for t in words)
    )


# What may follow a speaker phrase set after its verb, where a reported clause's subject
# would be followed by its own verb: an adverbial clause or a post-modifier.
_PHRASE_AFTER_SPEAKER = lx.SUBORDINATORS | lx.PREPOSITIONS


def _speaker_phrase_ends(toks: list[Token], j: int, mentions: list[Mention]) -> bool:
    """A mention starts at ``j`` and ends where the sentence, a comma or a relative clause
    starts: 'said Ana Ruiz, the mayor', 'said the minister.', 'said an official who ...'."""
    subject = next((m for m in mentions if m.first == j), None)
    if subject is None or subject.kind == "pronoun":
        return False  # 'X, in a statement, said he "appreciates ..."': the clause's subject
    if subject.last >= len(toks) or not toks[subject.last].is_word:
        return True
    # 'said an official who ...', 'said Ana Ruiz as she left', 'said Ivo Tamm in Vessa',
    # 'said one Republican involved in the planning', 'said two people familiar with it'
    nxt = toks[subject.last].low
    if nxt in ("who", "whom", "whose", "which") or nxt in _PHRASE_AFTER_SPEAKER:
        return True
    after = toks[subject.last + 1] if subject.last + 1 < len(toks) else None
    participle = nxt.endswith(("ed", "ing")) and lx.is_verb_form(nxt)
    return (participle or nxt in ("familiar", "close")) and (
        after is not None and after.low in lx.PREPOSITIONS and after.low != "to"
    )  # not 'said Trump continued to ...': a finite verb and its infinitive


def skip_time_phrase(toks: list[Token], j: int) -> int:
    """After a time phrase right after a speech verb: 'on Thursday', 'Thursday', 'last
    week', 'earlier this month', 'on Monday evening', 'yesterday'."""
    k = j
    while k < len(toks) and k - j < 4 and toks[k].is_word:
        low = toks[k].low
        if low in lx.TIME_LEADS and k + 1 < len(toks) and toks[k + 1].is_word:
            k += 1
            continue
        if low in lx.DAYS_MONTHS or low in lx.TIME_WORDS or (k > j and low in lx.TIME_SPANS):
            k += 1
            if k < len(toks) and toks[k].low in lx.TIME_SPANS:
                k += 1  # 'on Monday evening'
            # 'said Friday would be decisive': the day is the clause's subject
            verb_follows = k < len(toks) and toks[k].is_word and toks[k].low not in lx.AUXILIARIES
            return k if verb_follows else j
        break
    return j


def after_phrase(toks: list[Token], j: int) -> int | None:
    """Where a clause starts after a short phrase following the verb ('in a statement',
    'on Tuesday', 'at a news conference'), or None."""
    if j >= len(toks) or not toks[j].is_word or toks[j].low not in lx.PREPOSITIONS:
        return None
    for k in range(j + 2, min(j + 7, len(toks))):
        if not toks[k - 1].is_word:
            return None
        if toks[k].is_word and toks[k].low in ("he", "she", "it", "they", "we", "there"):
            if toks[k - 1].low in _ADVERBIAL_OPENERS:
                return None  # 'said at the college as she sat down': when, not what
            return k if starts_clause(toks, k) else None
    return None


def clause_stop(toks: list[Token], start: int) -> int:
    """Token index where a reported clause ends (exclusive)."""
    k = start
    n = len(toks)
    while k < n:
        t = toks[k]
        if t.kind == "punct" and t.text in SENTENCE_END:
            break
        if t.text in (",", ";", "—", "–") and k + 1 < n and toks[k + 1].low in lx.CLAUSE_BREAKERS:
            break
        if (
            k > start
            and (another_attribution_follows(toks, k) or _attribution_tail(toks, k))
            and _has_verb(toks, start, k)
        ):
            break
        k += 1
    return k


def _has_verb(toks: list[Token], start: int, end: int) -> bool:
    """Some word of ``toks[start:end]`` can be a verb: a clause cannot end before its verb
    ('said both he and Rubio promised ...': "and" joins the subjects, no second clause)."""
    return any(
        t.is_word and not t.is_cap and (t.low in lx.AUXILIARIES or lx.is_verb_form(t.low))
        for t in toks[start:end]
    )


def _attribution_tail(toks: list[Token], k: int) -> bool:
    """', Jamieson said Trump is ...', ', the mayor says,': after a comma, a short subject and
    a finite speech verb start another attribution, which ends the clause before it."""
    if toks[k].text != ",":
        return False
    subject_words = ("the", "a", "an", "his", "her", "their", "he", "she", "they")
    for i in range(k + 1, min(k + 6, len(toks))):
        t = toks[i]
        if not t.is_word or t.low in lx.AUXILIARIES or t.low in lx.COORDINATORS:
            return False
        lemma = lx.speech_lemma(t.low) if i > k + 1 else None
        if lemma is not None:
            return t.low != lemma and not t.low.endswith("ing") and not t.is_cap
        if t.low in lx.FUNCTION_WORDS and t.low not in subject_words:
            return False  # ', which critics say', ', as he said'
        if not (t.is_cap or t.low in subject_words or lx.is_noun(t.low)):
            return False
    return False


def another_attribution_follows(toks: list[Token], k: int) -> bool:
    """', but he warned that ...', ' but warned ...', ' and Kovarik said ...': a second
    attribution coordinated after the clause ends the clause."""
    j = k + 1 if toks[k].text == "," else k
    if j >= len(toks) or toks[j].low not in lx.COORDINATORS:
        return False
    for i in range(j + 1, min(j + 5, len(toks))):
        t = toks[i]
        if not t.is_word or t.low in lx.AUXILIARIES:
            return False  # 'and will continue to help': not an attribution
        if t.low in _SUBORDINATE_OPENERS:
            return False  # 'but also because he denied ...': the verb of a subordinate clause
        lemma = lx.speech_lemma(t.low)
        if lemma is None and lx.only_a_verb(t.low):
            return False  # 'and delivered only nonpartisan remarks': the clause's own verb
        if lemma is None or t.low == lemma:
            continue
        own_subject = any(u.is_cap or u.low in lx.SUBJECT_PRONOUNS for u in toks[j + 1 : i])
        if lemma not in lx.CLAUSE_LEMMAS and not own_subject:
            return False  # 'and never phoned a donor': the clause's verb, with its object
        # a finite form ('warned', 'says'), or a participle after a name ('and Tomas Berg
        # calling it ...'); not 'or council members criticizing the board'
        return not t.low.endswith("ing") or toks[i - 1].is_cap
    return False


_SUBORDINATE_OPENERS = (
    lx.SUBORDINATORS | lx.RELATIVE_WORDS | frozenset({"because", "if", "unless", "whether"})
)


def before_quoted_reason(toks: list[Token], first: int, last: int) -> int:
    """Where a reported clause ends when its tail is a subordinate clause made wholly of
    the speaker's own words: 'X will not send arms, as "the conflict has no military
    solution," Fico said.' The quotation is a direct quote of its own; the reported
    clause is the reporter's paraphrase before it ('X will not send arms')."""
    if last - first < 4 or toks[last - 1].kind != "quote":
        return last
    conj, comma = toks[last - 2], toks[last - 3]
    if comma.text == "," and conj.is_word and conj.low in lx.QUOTED_REASON_HEADS:
        return last - 3
    return last


def as_attribution(toks: list[Token], cue: Cue, speaker: Mention | None) -> bool:
    """'As The Post reported, CLAUSE', 'But as Ana Ruiz points out in a column, CLAUSE':
    the speech verb stands in an "as" clause that opens the sentence; the main clause after
    the comma is what the speaker said."""
    if speaker is None or cue.participle or cue.lemma not in lx.CLAUSE_LEMMAS:
        return False
    if cue.passive:
        # 'As first reported by the Gazette, CLAUSE': "as" before the verb, its agent after
        before = cue.index - 1
        while before >= 0 and toks[before].is_word and toks[before].low.endswith("ly"):
            before -= 1
        if before >= 0 and toks[before].low in ("first", "previously", "originally"):
            before -= 1
        if before < 0 or toks[before].low != "as" or speaker.first != cue.index + 2:
            return False
    else:
        before = speaker.first - 1
        if before < 0 or toks[before].low != "as" or speaker.last > cue.index:
            return False
    opener = before - 1
    while opener >= 0 and toks[opener].is_word and toks[opener].low in ("but", "and", "yet", "so"):
        opener -= 1
    if opener < before - 1:
        return True  # '..., and as Comey noted, people involved could still be ...'
    if opener < 0 or toks[opener].text in SENTENCE_END or toks[opener].text == "(":
        return True  # 'As The Post reported, ...', '(As BuzzFeed first reported, ...)'
    # 'A few weeks ago, as the Post reported, CLAUSE': after an opening phrase without a
    # verb, not after a clause ('X rose, as Y said, but ...': the words before are his)
    first = sentence_start(toks, opener)
    return toks[opener].text == "," and not _has_verb(toks, first, opener)


def clause_after_comma(toks: list[Token], k: int) -> tuple[int, int] | None:
    """'According to X, CLAUSE.' / 'In his view, CLAUSE.'"""
    j = k
    while j < len(toks) and toks[j].text != "," and j - k < 12:
        if toks[j].kind == "quote":
            return None
        j += 1
    if j >= len(toks) or toks[j].text != ",":
        return None
    start = j + 1
    end = clause_stop(toks, start)
    if all(t.kind == "quote" or not t.is_word for t in toks[start:end]):
        return None  # 'According to X, "..."': a direct quote, not reported speech
    return (start, end) if end > start else None


_SOURCE_SEPARATORS = frozenset({",", "—", "–"})


def clause_before_source(toks: list[Token], k: int) -> tuple[int, int] | None:
    """'CLAUSE, according to X.', 'CLAUSE, according to X, a former envoy.' and the first
    piece of 'CLAUSE, according to X, was ...': the words before the comma (no quotation,
    at least three words)."""
    if k < 4 or toks[k - 1].text not in _SOURCE_SEPARATORS:
        return None  # 'CLAUSE — or flat out wrong — according to X'
    if source_block_end(toks, k) is None:
        return None
    start = sentence_start(toks, k - 1)
    if toks[k - 2].kind == "quote" and not any(t.is_word for t in toks[start : k - 2]):
        return None  # '"...," according to X': a direct quote
    if sum(t.is_word for t in toks[start : k - 1]) < 3:
        return None
    return start, k - 1


def source_block_end(toks: list[Token], k: int) -> int | None:
    """Where the 'according to X[, apposition]' block at ``k`` ends: the sentence end, or
    the comma closing it; None when a quotation or more than 20 words stand in it."""
    j = k
    commas = 0
    while j < len(toks) and toks[j].text not in SENTENCE_END:
        t = toks[j]
        if t.kind == "quote" or j - k > 20:
            return None
        if t.text in (",", ";", "—", "–"):
            commas += 1
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            apposition = (
                commas == 1 and t.text == "," and nxt is not None and nxt.is_word
                and (
                    nxt.low in ("a", "an", "the", "another", "who", "which")
                    # not 'X, Monday's vote ...' nor 'X, Ruiz made new demands'
                    or (nxt.is_cap and not nxt.possessive and not starts_clause(toks, j + 1))
                )
            )  # fmt: skip
            if not apposition:
                return j
        j += 1
    return j


def clause_after_source(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The second piece of 'CLAUSE, according to X, was a decision ...': the words after
    the source block when they go on with the same sentence (no new clause)."""
    end = source_block_end(toks, k)
    if end is None or end >= len(toks) or toks[end].text != ",":
        return None
    start = end + 1
    if start >= len(toks) or not toks[start].is_word:
        return None
    if toks[start].low in lx.COORDINATORS or toks[start].low in ("which", "who", "as", "so"):
        return None  # ', and there were ...': another statement, the writer's own
    stop = clause_stop(toks, start)
    piece = toks[start:stop]
    if any(t.kind == "quote" for t in piece) or sum(t.is_word for t in piece) < 3:
        return None
    return start, stop


def clause_end_offset(toks: list[Token], end: int) -> int:
    last = toks[end - 1]
    return last.end
