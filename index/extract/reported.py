"""Reported speech without quotation marks, and who says it.

'X said (that) CLAUSE', 'CLAUSE, X said.', an attribution interrupting its clause
('CLAUSE, X said, goes on'), 'according to X', an inverted tail ('..., said X.'), a
paragraph closed by '- X said', and a clause in the writer's words going on in a quotation.
"""

from __future__ import annotations

from index.extract import lexicon as lx
from index.extract.clauses import (
    as_attribution,
    before_quoted_reason,
    clause_after,
    clause_after_comma,
    clause_after_source,
    clause_before_source,
    clause_end_offset,
    clause_stop,
    ends_attribution,
    is_lone_phrase,
    is_participle,
    partial_quote_complement,
    starts_clause,
)
from index.extract.cues import (
    SPEAKER_KINDS,
    Cue,
    speaker_of_cue,
)
from index.extract.filters import clause_ok
from index.extract.focus import SpeakerFocus
from index.extract.mentions import Mention
from index.extract.phrases import (
    speaker_phrase_at,
)
from index.extract.tokens import SENTENCE_END, Token, ends_clause
from index.extract.units import (
    Found,
    Unit,
    sentence_start,
)


class ReportedSpeech(SpeakerFocus):
    """Finds the reported statements of a unit and attributes them."""

    def _reported(self, para: str, unit: Unit) -> list[Found]:
        toks = unit.tokens
        out: list[Found] = []
        for cue in unit.cues:
            clause = clause_after(toks, cue, unit.mentions) if cue.lemma != "according to" else None
            if cue.lemma in ("according to", "in the view of"):
                mid = cue.index > 0 and toks[cue.index - 1].text in (",", "—", "–")
                if mid:  # 'CLAUSE, according to X[, ...]'
                    clause = clause_before_source(toks, cue.index)
                    lead = toks[sentence_start(toks, cue.index) : cue.index]
                    if (clause is None or is_lone_phrase(lead)) and not any(
                        t.kind == "quote" for t in lead
                    ):
                        # 'In addition, according to X, CLAUSE': a short lead, then the clause
                        clause = clause_after_source(toks, cue.index) or clause
                else:  # 'According to X, CLAUSE'
                    clause = clause_after_comma(toks, cue.index)
            mention = speaker_of_cue(toks, unit.mentions, cue, sentence_start(toks, cue.index))
            if clause is None and as_attribution(toks, cue, mention):
                clause = clause_after_comma(toks, cue.index)
            if clause is None and mention is not None:
                clause = partial_quote_complement(toks, cue, unit.mentions)
            if clause is None:
                continue
            c_start, c_end = clause
            if mention is not None and c_start < mention.first < c_end:
                # 'In addition to stating that X, Ruiz has vowed ...': the clause ends at
                # the comma before its own speaker
                c_end = mention.first
                while c_end > c_start and not toks[c_end - 1].is_word:
                    c_end -= 1
                if c_end - c_start < 3:
                    continue
            if mention is not None and mention.first < cue.index:
                c_start = _with_fronted_condition(toks, mention, cue, c_start, unit.cues)
            attr = self._resolve(mention, cue)
            if attr is not None and attr.entity is not None and attr.how != "pronoun":
                # the speaker just named is who a later "he" in the sentence means:
                # 'Adler said ..., but he warned that ...'
                self.entities.focus(attr.entity)
            end = clause_end_offset(toks, c_end)
            if cue.lemma == "according to" and c_end < cue.index:
                rest = clause_after_source(toks, cue.index)
                if rest is not None:  # 'X, according to Y, was Z': one statement
                    end = clause_end_offset(toks, rest[1])
            out.append(Found(toks[c_start].start, end, False, unit, attr))
        out.extend(self._trailing_attribution(unit))
        return [f for f in _outermost_per_cue(out) if clause_ok(para, f)]

    def _trailing_attribution(self, unit: Unit) -> list[Found]:
        """'It is unclear what they will do, the prime minister said.' (no marks), and the
        attribution set inside the clause: 'Pivoting too soon, economists say, limited the
        recovery.' is one statement, the attribution inside its span."""
        toks = unit.tokens
        n = len(toks)
        end = n
        while end > 0 and toks[end - 1].text in SENTENCE_END:
            end -= 1
        for m in unit.mentions:
            before = _past_determiner(toks, m.first - 1, m.first)
            as_clause = before >= 2 and toks[before].low == "as" and toks[before - 1].text == ","
            if as_clause:
                before -= 1  # 'The pier, as one of her aides pointed out, rarely floods'
            if m.kind not in SPEAKER_KINDS or before < 1 or not ends_clause(toks[before]):
                continue
            k = m.last
            if k < end and toks[k].text == "," and any(t.text == "," for t in toks[m.first : k]):
                k += 1  # the comma closing an apposition: ', his aide, Tad Devine, told'
            while k < end and toks[k].is_word and toks[k].low in lx.FILLER_WORDS:
                if toks[k].low in lx.MODALS:
                    break  # ', Donald Trump will insist on ...': what may be said, not what was
                k += 1
            cue = next((c for c in unit.cues if c.index == k), None)
            if cue is None or cue.participle or cue.lemma not in lx.CLAUSE_LEMMAS:
                continue
            if clause_after(toks, cue, unit.mentions) is not None:
                continue  # 'In a statement, the ministry said it would ...': a lead, not a tail
            if cue.index + 1 < n and toks[cue.index + 1].text == ":":
                continue  # 'In a speech last July, X said:': the lead-in of a quotation
            stop = clause_stop(toks, cue.index + 1)
            rest = toks[cue.index + 1 : stop]
            joined = next(
                (
                    i
                    for i, t in enumerate(rest[:-1])
                    if t.text == "," and rest[i + 1].low in lx.COORDINATORS
                ),
                None,
            )
            if joined is not None and any(t.kind == "quote" for t in rest[joined:]):
                # 'CLAUSE, Bob said, but "we ..."': the quotation goes on as a direct quote
                stop = cue.index + 1 + joined
                rest = rest[:joined]
            if any(t.text in SENTENCE_END for t in rest):
                continue
            if any(t.kind == "quote" for t in rest):
                # 'Its spending on the pier, Ms. Voss said, "is a perfect example"', 'Ruiz,
                # Dahl said, had been on the council for "a thousand years"': the
                # clause goes on after the attribution; one statement, if it opens as one
                found = self._fronted_clause_quoted_on(unit, m, cue, before, stop)
                if found is not None:
                    return [found]
                continue
            if not ends_attribution(rest, cue):
                continue  # 'Clinton noted the clot's existence': the verb has its object
            pieces: list[tuple[int, int]] = []
            # 'Now, she said, the Christians ... don't mix much': the words after the
            # comma that closes the attribution go on with the clause
            comma = next((i for i in range(cue.index + 1, stop) if toks[i].text == ","), None)
            phrase = bool(rest) and rest[0].is_word and rest[0].low in lx.PREPOSITIONS
            participle = (
                comma is not None
                and comma + 1 < stop
                and is_participle(toks[comma + 1])
                and not any(t.low in lx.AUXILIARIES for t in toks[comma + 1 : stop])
            )  # 'he said, wiping his face' (not 'he said, replacing her would be ...')
            # what follows the comma goes on with the clause: four tokens at least, or a
            # predicate ('This ferry, he says, is different.')
            predicate = (
                comma is not None
                and comma + 1 < stop
                and (toks[comma + 1].low in lx.AUXILIARIES or toks[comma + 1].low in lx.MODALS)
            )
            if comma is not None and comma - cue.index <= 6 and (stop - comma >= 4 or predicate):
                if not participle:
                    pieces.append((comma + 1, stop))
            elif len(rest) > (16 if phrase else 8):
                continue  # 'said during his campaign speech in Ohio' is a phrase, not a clause
            clause_first = sentence_start(toks, m.first)
            if any(
                clause_first <= c.index < m.first
                and c.passive
                and c.index + 1 < n
                and toks[c.index + 1].low == "by"
                for c in unit.cues
            ):
                # 'This was stated by X ..., Pravda reports': the outlet reports an
                # attribution, whose own speaker the clause already names
                continue
            clause_last = before if toks[before].kind == "punct" else before + 1
            clause_last = before_quoted_reason(toks, clause_first, clause_last)
            words = [t for t in toks[clause_first:clause_last] if t.is_word]
            # a clause that goes on after the attribution keeps its fronted words, however
            # few ('Back in Virginia, X said, he ...'); alone, a piece must be a clause
            if as_clause and pieces:
                nxt = pieces[0][0]
                joined = toks[nxt].low in lx.COORDINATORS and nxt + 1 < stop
                if joined and not (
                    toks[nxt + 1].low in lx.AUXILIARIES or lx.only_a_verb(toks[nxt + 1].low)
                ):
                    pieces = []  # 'Prices rose, as the bank said, but wages fell': the
                    # writer's own clause goes on after the "as" clause
            if as_clause and pieces and as_attribution(toks, cue, m):
                nxt = toks[pieces[0][0]]
                predicate = nxt.low in lx.AUXILIARIES or nxt.low.endswith("ly")
                if not predicate and starts_clause(toks, pieces[0][0]):
                    continue  # 'A few weeks ago, as the Post reported, Tamm and Oster were
                    # talking': an opening phrase, then the clause the source reported
            if as_clause and not pieces:
                continue  # 'CLAUSE, as Sanders proposes.': what the "as" compares, unsaid
            if clause_last > clause_first and len(words) >= (1 if pieces else 3):
                pieces.insert(0, (clause_first, clause_last))
            if not pieces:
                continue
            attr = self._resolve(m, cue)
            # the attribution set inside the clause interrupts one statement: the quote
            # runs from the clause's first word to its last, the attribution within it
            first, last = pieces[0][0], pieces[-1][1]
            return [Found(toks[first].start, toks[last - 1].end, False, unit, attr)]
        inverted = self._inverted_tail(unit)
        return [inverted] if inverted is not None else []

    def _fronted_clause_quoted_on(
        self, unit: Unit, m: Mention, cue: Cue, before: int, stop: int
    ) -> Found | None:
        """The clause before ', X said,' in the writer's words (three words at least, no
        quotation), going on after the attribution's comma in words that hold a quotation."""
        toks = unit.tokens
        after = cue.index + 1
        if after + 1 >= stop or toks[after].text != ",":
            return None
        first = sentence_start(toks, m.first)
        last = before if toks[before].kind == "punct" else before + 1
        piece = toks[first:last]
        if any(t.kind == "quote" for t in piece):
            return None
        if sum(t.is_word for t in piece) < 3:
            nxt = toks[after + 1].low
            if piece and (nxt in lx.AUXILIARIES or nxt in lx.MODALS):
                # 'Safety, she noted, has long been the "old guard"'s worry': a subject
                # before the attribution and its predicate after it, one statement
                attr = self._resolve(m, cue)
                return Found(toks[first].start, toks[stop - 1].end, False, unit, attr)
            # 'But, Dahl added, he did not support closing it "willy-nilly."': after a
            # connective, the clause after the attribution is the statement
            if toks[after + 1].is_word and starts_clause(toks, after + 1):
                attr = self._resolve(m, cue)
                return Found(toks[after + 1].start, toks[stop - 1].end, False, unit, attr)
            return None
        # a speech verb of its own in the piece is another attribution ('X acknowledged
        # ..., which is an outcome, he said, "..."'), unless it is subordinate ('So when
        # the firm signaled that ..., Mr. Dahl said, "we were stunned."')
        opens = {t.low for t in piece[:2]}
        subordinate = bool(opens & (lx.SUBORDINATORS | lx.REDUCED_CLAUSE_OPENERS))
        if not subordinate and any(first <= c.index < m.first for c in unit.cues):
            return None
        opener = toks[first + 1] if toks[first].low in lx.REDUCED_CLAUSE_OPENERS else toks[first]
        if lx.speech_lemma(opener.low) is not None or is_participle(opener):
            return None  # 'Asked whether he would ..., Dahl said, "Probably."'
        return Found(toks[first].start, toks[stop - 1].end, False, unit, self._resolve(m, cue))

    def _inverted_tail(self, unit: Unit) -> Found | None:
        """'Clinton drew well among working-class voters, said professor Paul Beck.' and
        '"This will be a challenge" for Clinton, said Kunin.': the clause before ', said X'
        at the end of the sentence, when it holds words of the writer's (a quotation alone
        is a direct quote, attributed as such)."""
        toks = unit.tokens
        for cue in unit.cues:
            k = cue.index
            if cue.participle or cue.lemma not in lx.CLAUSE_LEMMAS or k < 4:
                continue
            if not ends_clause(toks[k - 1]):
                continue  # ', said X' or '... "acted sooner," said X'
            m = speaker_phrase_at(toks, unit.mentions, k + 1)
            if m is None or m.kind == "pronoun" or cue.lemma == "tell":
                continue  # 'said it had ...', 'told reporters that ...': no inversion
            tail = [t for t in toks[m.last :] if t.text not in SENTENCE_END]
            if tail and not (tail[0].text in (",", "(") or tail[0].low in lx.PREPOSITIONS):
                continue  # the speaker phrase must end the sentence, appositions aside
            if any(t.kind == "quote" for t in tail):
                continue
            subject = speaker_of_cue(toks, unit.mentions, cue, sentence_start(toks, k))
            if subject is not m and _closed_apposition_before(toks, subject, k):
                continue  # the verb has a subject of its own before it
            first = sentence_start(toks, k - 1)
            own_words = [t for t in toks[first : k - 1] if t.is_word]
            if not own_words or len(toks[first : k - 1]) < 3:
                continue
            attr = self._resolve(m, cue)
            last = k - 1 if toks[k - 1].kind == "quote" else k - 2  # the quotation is in it
            return Found(toks[first].start, toks[last].end, False, unit, attr)
        return None

    def _dash_attribution(self, para: str, units: list[Unit]) -> Found | None:
        """A paragraph of speech without marks closed by '- Zelensky said' or '— Z'."""
        if not units or any(t.kind == "quote" for u in units for t in u.tokens):
            return None
        last = units[-1]
        toks = last.tokens
        for m in last.mentions:
            if m.kind not in ("person", "role") or m.first == 0:
                continue
            if toks[m.first - 1].text not in lx.DASHES:
                continue
            tail = [t for t in toks[m.last :] if t.is_word]
            if len(tail) > 2 or (tail and lx.speech_lemma(tail[0].text) is None):
                continue
            cue = next((c for c in last.cues if c.index >= m.last), None)
            attr = self._resolve(m, cue)
            end = toks[m.first - 1].start
            while end > 0 and para[end - 1].isspace():
                end -= 1
            first = units[0].tokens[0].start if units[0].tokens else 0
            found = Found(first, end, False, last, attr)
            return found if end > first and clause_ok(para, found) else None
        return None


def _outermost_per_cue(found: list[Found]) -> list[Found]:
    """One statement per speech verb: 'Brackwater, as the mayor pointed out, does not
    flood' is read both as a lead ('as X pointed out, CLAUSE') and as an interrupted
    clause; the part inside the whole statement is dropped."""

    def cue_of(f: Found) -> Cue | None:
        return f.attribution.cue if f.attribution is not None else None

    return [
        f
        for f in found
        if not any(
            g is not f
            and cue_of(g) is not None
            and cue_of(g) is cue_of(f)
            and g.start <= f.start
            and f.end <= g.end
            and (g.start, g.end) != (f.start, f.end)
            for g in found
        )
    ]


def _with_fronted_condition(
    toks: list[Token], subject: Mention, cue: Cue, c_start: int, cues: list[Cue]
) -> int:
    """'If the toll stays, she said the ferry would stop': a condition or concession
    fronted before the attribution belongs to what was said; the quote starts with it (the
    attribution inside, as when one interrupts a clause)."""
    first = sentence_start(toks, cue.index)
    opener = first + 1 if toks[first].low in lx.COORDINATORS else first
    if opener >= subject.first or toks[opener].low not in lx.CONTENT_SUBORDINATORS:
        return c_start
    if toks[subject.first - 1].text != "," or any(t.kind == "quote" for t in toks[first:c_start]):
        return c_start
    if any(first <= c.index < subject.first for c in cues):
        return c_start  # 'If asked, she says ...', 'Though he said ..., she said ...'
    return first


def _past_determiner(toks: list[Token], p: int, first: int) -> int:
    """Back from ``p`` over what opens a speaker phrase before its mention starts at
    ``first``: ', his top aide, X, told', ', the nonpartisan Congressional Budget Office
    reported' (a determiner, after at most two adjectives)."""
    q = p
    if q >= 1 and first - q == 1 and toks[q].is_word and toks[q].possessive:
        # ', Mrs. Ruiz's aides say,', ', the senator's aides say,': past the owner
        r = q
        while r >= 1 and toks[r - 1].is_word and toks[r - 1].is_cap:
            r -= 1
        if r >= 1 and toks[r - 1].low in lx.SPEAKER_DETERMINERS:
            r -= 1
        return _past_partitive(toks, r - 1)
    while q >= 1 and first - q <= 3 and toks[q].is_word and not toks[q].is_cap:
        if toks[q].low in lx.POSSESSIVE_DETERMINERS or toks[q].low in lx.SPEAKER_DETERMINERS:
            return _past_partitive(toks, q - 1)
        if not (lx.is_adjective(toks[q].low) or lx.is_noun(toks[q].low)):
            break  # 'the nonpartisan ...', 'the harbour advisers' (not 'rose sharply')
        q -= 1
    return _past_partitive(toks, p)


def _past_partitive(toks: list[Token], p: int) -> int:
    """', as one of the harbour advisers pointed out,': back past "one of" too."""
    if p >= 2 and toks[p].low == "of" and toks[p - 1].low in lx.PARTITIVES:
        return p - 2
    return p


def _closed_apposition_before(toks: list[Token], subject: Mention | None, k: int) -> bool:
    """The subject found for the verb at ``k`` opens its sentence or is set off by commas
    right before it ('Tamm, the mayor, said'): a subject of its own, no inversion."""
    if subject is None:
        return False
    first = sentence_start(toks, k)
    return subject.first == first or toks[subject.first - 1].text in (",", "(")
