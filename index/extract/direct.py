"""Direct quotations: the words inside quotation marks, and who says them.

The attribution after the quotation ('"...," X said'), before it ('X said: "..."'), an
inverted one closing the sentence, a colon lead-in, a transcript's speaker label, and the
subject of a sentence that quotes someone without a speech verb.
"""

from __future__ import annotations

import re

from index.extract import lexicon as lx
from index.extract.clauses import (
    is_title,
)
from index.extract.cues import (
    main_subject,
    named_after,
    speaker_of_cue,
)
from index.extract.focus import CONTINUATION_CUE, SpeakerFocus
from index.extract.marks import MarkSpan, quote_text_bounds
from index.extract.mentions import Mention
from index.extract.phrases import (
    after_appositions,
    possessor_of_speech_noun,
    skip_comma_block,
    speaker_phrase_at,
)
from index.extract.tokens import SENTENCE_END, skip_parenthesis
from index.extract.units import (
    Attribution,
    Found,
    Unit,
    has_sentence_end,
    sentence_start,
)

# A transcript's speaker label: 'WALLACE: ', 'JAKE TAPPER: '.
TRANSCRIPT_LABEL = re.compile(r"(?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}):\s+")


class DirectQuotes(SpeakerFocus):
    """Finds the direct quotations of a unit and attributes them."""

    def _attribute_open_quotes_from_their_end(self) -> None:
        """A quote running over several paragraphs (opening mark on each, closing only at
        the end) attributed only in its last paragraph: give every part that speaker."""
        by_paragraph: dict[int, list[int]] = {}
        for i, q in enumerate(self.quotes):
            if q.direct:
                by_paragraph.setdefault(q.paragraph, []).append(i)
        for number in sorted(by_paragraph, reverse=True):
            idx = by_paragraph[number][-1]
            quote = self.quotes[idx]
            if quote.id not in self._open_ended or quote.cue not in ("none", CONTINUATION_CUE):
                continue
            following = by_paragraph.get(number + 1)
            if not following or self.quotes[following[0]].id not in self._starts_paragraph:
                continue
            nxt = self.quotes[following[0]]
            if nxt.speaker is None or nxt.cue == "none":
                continue
            if quote.cue == CONTINUATION_CUE and nxt.cue == CONTINUATION_CUE:
                continue
            self.quotes[idx] = quote.model_copy(
                update={"speaker": nxt.speaker, "cue": CONTINUATION_CUE, "cue_verb": nxt.cue_verb}
            )
            entity = self.speaker_entities.get(nxt.id)
            if entity is not None:
                self.speaker_entities[quote.id] = entity

    def _direct_quotes(self, para: str, spans: list[MarkSpan], unit: Unit) -> list[Found]:
        out: list[Found] = []
        for qi, tok in enumerate(unit.tokens):
            if tok.kind != "quote":
                continue
            span = spans[tok.quote]
            start, end = quote_text_bounds(para, span)
            turn = self._transcript_turn(para, start, end)
            if turn is not None:  # '"WALLACE: Let's start with the debate."'
                start, speaker = turn
                out.append(Found(start, end, True, unit, speaker, span))
                continue
            attr = (
                self._after_attribution(unit, qi)
                or self._before_attribution(unit, qi)
                or self._closing_inverted(unit, qi)
            )
            out.append(Found(start, end, True, unit, attr, span))
        # quotes in a unit with one speaker share it ('While there was "no consensus" ...,
        # "nothing should be excluded," Macron added.')
        for i, f in enumerate(out):
            if f.attribution is None:
                later = [g.attribution for g in out[i + 1 :] if g.attribution]
                earlier = [g.attribution for g in out[:i] if g.attribution]
                if later or earlier:
                    f.attribution = (later or earlier[::-1])[0]
        for f in out:
            if f.attribution is None:
                f.attribution = self._colon_attribution(unit, f)
        for f in out:
            if f.attribution is None and not unit.cues:
                f.attribution = self._subject_quoting(para, unit, f)
        return out

    def _subject_quoting(self, para: str, unit: Unit, f: Found) -> Attribution | None:
        """'Reid has gone after Trump as a "human leech who will bleed the country"': a
        quotation of a full statement in a sentence without a speech verb whose subject is a
        named person is that person's words."""
        text = para[f.start : f.end]
        if len(text.split()) < 5 or is_title(text):
            return None  # a short phrase in marks may be anyone's: a scare quote, a title
        subject = self._unit_subject
        if subject is None or subject[0] is not unit:
            return None
        _, mention, entity = subject
        qi = next(
            (i for i, t in enumerate(unit.tokens) if t.kind == "quote" and t.start >= f.start - 2),
            None,
        )
        if qi is None or mention.last > qi:
            return None
        return Attribution(mention, None, entity, "explicit", None)

    def _transcript_turn(self, para: str, start: int, end: int) -> tuple[int, Attribution] | None:
        """A transcript's turn: the quotation opens on a speaker's name in capitals and a
        colon ('WALLACE: Let's start ...', 'JAKE TAPPER: ...'). The name is someone the
        article names, or else words no dictionary has ('CORRECTION:' or 'VIDEO:' is no
        one); the words after the colon are the quote."""
        m = TRANSCRIPT_LABEL.match(para, start, end)
        if m is None:
            return None
        words = m.group("name").split()
        ent = self.entities.find_person([lx.fold(w) for w in words])
        if ent is None:
            if any(lx.is_dictionary_word(lx.fold(w)) for w in words):
                return None
            ent = self.entities.link(
                Mention("person", 0, 0, m.group("name"), name=" ".join(w.title() for w in words))
            )
            if ent is None:
                return None
        label = Mention("person", 0, 0, m.group("name"), name=ent.name)
        return m.end(), Attribution(label, None, ent, "explicit", None)

    def _after_attribution(self, unit: Unit, qi: int) -> Attribution | None:
        """'"Q," X said' / '"Q," said X' / '"Q," X, the minister, said' / '"Q" - X said'."""
        toks = unit.tokens
        j = qi + 1
        while j < len(toks) and (toks[j].text == "," or toks[j].text in lx.DASHES):
            j += 1
        if j >= len(toks):
            return None
        cue_at = {c.index: c for c in unit.cues}
        m = speaker_phrase_at(toks, unit.mentions, j)
        if m is not None:
            k = skip_parenthesis(toks, skip_comma_block(toks, skip_parenthesis(toks, m.last)))
            if k < len(toks) and toks[k].text == "," and k + 1 in cue_at:
                k += 1  # the comma closing an apposition: '"...," the spokesman, X, said'
            k = after_appositions(toks, k, cue_at)
            if k + 1 in cue_at and k == m.last and lx.is_speaking_document(toks[k].low):
                k += 1  # '"...," the IMF report stated': the body that issued it
            while k < len(toks) and toks[k].is_word and toks[k].low in lx.FILLER_WORDS:
                k += 1
            if k in cue_at:
                return self._resolve(m, cue_at[k])
            if toks[j - 1].text in lx.DASHES and m.kind in ("person", "role"):
                return self._resolve(m, None)  # dash attribution: '"..." — Commissioner Z'
        if j in cue_at and cue_at[j].lemma == "according to":
            # '"...," according to a statement from the ministry'
            return self._resolve(speaker_of_cue(toks, unit.mentions, cue_at[j], j), cue_at[j])
        if j in cue_at and not cue_at[j].participle:
            # '"...," said X', '"...," said one party official'
            inv = speaker_phrase_at(toks, unit.mentions, j + 1)
            if inv is not None:
                return self._resolve(named_after(toks, unit.mentions, inv) or inv, cue_at[j])
        return None

    def _closing_inverted(self, unit: Unit, qi: int) -> Attribution | None:
        """'"..." about fixing inequality, said Marla Kilfoyle, a director.': a quotation
        opening its sentence, the writer's words after it, and the sentence closed by an
        inverted attribution with no other speech verb or quotation in between."""
        toks = unit.tokens
        if qi != sentence_start(toks, qi):
            return None
        for cue in unit.cues:
            k = cue.index
            if k <= qi + 2:
                continue
            if cue.participle or has_sentence_end(toks, qi, k):
                return None
            if toks[k - 1].text != "," or any(t.kind == "quote" for t in toks[qi + 1 : k]):
                return None
            m = speaker_phrase_at(toks, unit.mentions, k + 1)
            if m is None or m.kind == "pronoun":
                return None
            tail = [t for t in toks[m.last :] if t.text not in SENTENCE_END]
            if tail and tail[0].text not in (",", "("):
                return None
            return self._resolve(named_after(toks, unit.mentions, m) or m, cue)
        return None

    def _before_attribution(self, unit: Unit, qi: int) -> Attribution | None:
        """The nearest cue before the quote in its sentence, and that cue's speaker."""
        toks = unit.tokens
        sent_start = sentence_start(toks, qi)
        for cue in reversed(unit.cues):
            if cue.index >= qi or cue.index < sent_start:
                continue
            if has_sentence_end(toks, cue.index, qi):
                continue
            mention = speaker_of_cue(toks, unit.mentions, cue, sent_start)
            if mention is None:
                continue  # "those who admit ...": a cue inside a clause; look further left
            return self._resolve(mention, cue)
        return None

    def _colon_attribution(self, unit: Unit, f: Found) -> Attribution | None:
        """'X reacted, echoing Y: "Q"': the subject of the clause before the colon."""
        toks = unit.tokens
        qi = (
            next(i for i, t in enumerate(toks) if t.kind == "quote" and t.start == f.span.open_at)
            if f.span
            else -1
        )
        if qi <= 0 or toks[qi - 1].text != ":":
            return None
        start = sentence_start(toks, qi)
        m = main_subject(toks, unit.mentions, start, qi - 1)
        if m is None:
            m = possessor_of_speech_noun(toks, unit.mentions, start, qi - 1)
        return self._resolve(m, None)
