"""Extract every quotation of one article and attribute it to a speaker.

The article is read paragraph by paragraph and, inside a paragraph, unit by unit: a unit
is a sentence, widened so that no quotation is cut in two. In each unit we find the direct
quotations (marks), the speech cues and the mentions, decide who says each quotation, and
extract reported speech without marks. Entities are tracked across the whole article so
that pronouns and roles resolve to the right person.

Each phenomenon has its own module; this one decides the order they are tried in:
``units`` (sentences), ``marks`` (quotation marks), ``tokens`` and ``casing`` (words, and
which capitalised ones are names), ``mentions`` (who could be speaking), ``cues`` (speech
verbs and their subjects), ``phrases`` (the speaker phrase around a quotation),
``clauses`` (reported speech without marks), ``entities`` (pronouns, roles, focus),
``filters`` (what is not a quotation after all) and ``lexicon`` (every word list).
"""

from __future__ import annotations

import re

from index.extract import lexicon as lx
from index.extract.casing import ArticleCasing
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
    is_title,
    partial_quote_complement,
    starts_clause,
)
from index.extract.cues import (
    SPEAKER_KINDS,
    Cue,
    find_cues,
    main_subject,
    named_after,
    speaker_of_cue,
)
from index.extract.entities import ArticleEntities, Entity
from index.extract.filters import clause_ok, is_short, keep_found
from index.extract.generic_subjects import add_generic_subjects
from index.extract.marks import MarkSpan, find_quote_spans, quote_text_bounds
from index.extract.mentions import Mention, find_mentions
from index.extract.phrases import (
    after_appositions,
    possessor_of_speech_noun,
    skip_comma_block,
    speaker_phrase_at,
)
from index.extract.tokens import SENTENCE_END, Token, ends_clause, skip_parenthesis, tokenize
from index.extract.units import (
    Attribution,
    Found,
    Unit,
    has_sentence_end,
    is_statement,
    only_quotes,
    sentence_start,
    split_units,
)
from index.models import Article, Quote, SpeakerRef
from index.models import Cue as CueKind

CONTINUATION_CUE: CueKind = "continuation"
# A transcript's speaker label: 'WALLACE: ', 'JAKE TAPPER: '.
TRANSCRIPT_LABEL = re.compile(r"(?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}):\s+")


class ArticleExtractor:
    """Runs over one article; ``quotes`` and ``entities`` hold the results."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.casing = ArticleCasing(article.paragraphs)
        self.entities = ArticleEntities()
        self.quotes: list[Quote] = []
        self.speaker_entities: dict[str, Entity] = {}  # quote id -> entity
        # the last unit read, with its paragraph: 'This was stated by X' refers back to it
        self._prev_unit: tuple[str, Unit, int, int, bool] | None = None
        self._lead_in: Attribution | None = None  # 'X said:' ending a paragraph
        self._subject: Attribution | None = None  # who the last paragraph was about
        self._open_ended: set[str] = set()  # quote ids whose closing mark never came
        self._starts_paragraph: set[str] = set()  # quote ids opening their paragraph
        # the subject of the sentence being read, with its entity: a later 'he' refers to it
        self._unit_subject: tuple[Unit, Mention, Entity] | None = None

    def run(self) -> list[Quote]:
        starts = self.article.paragraph_starts()
        prev_para_speaker: Attribution | None = None
        for number, (para, offset) in enumerate(
            zip(self.article.paragraphs, starts, strict=True), 1
        ):
            self._lead_in = None
            self._subject = None
            found = self._paragraph(para, offset, number, prev_para_speaker)
            for f in found:
                self._emit(f, para, offset, number)
            attributed = [f.attribution for f in found if f.attribution and f.attribution.entity]
            if attributed:
                prev_para_speaker = attributed[-1]
            elif self._lead_in is not None:
                prev_para_speaker = self._lead_in  # 'X said on Monday:' then the quote
            elif not found and not is_short(para):
                # a paragraph about someone, then a paragraph that is only their words
                prev_para_speaker = self._subject
        self._attribute_open_quotes_from_their_end()
        return self.quotes

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

    # --- one paragraph -----------------------------------------------------------------------
    def _paragraph(
        self, para: str, offset: int, number: int, prev_para: Attribution | None
    ) -> list[Found]:
        spans = find_quote_spans(para)
        units = split_units(para, spans)
        found: list[Found] = []
        prev_unit_attr: Attribution | None = None
        for ui, unit in enumerate(units):
            unit.tokens = tokenize(para, unit.start, unit.end, spans, self.casing)
            unit.cues = find_cues(unit.tokens)
            finite = {c.index for c in unit.cues if not (c.participle or c.passive)}
            unit.mentions = add_generic_subjects(unit.tokens, find_mentions(unit.tokens), finite)
            self._link_mentions(unit)
            self._unit_subject = self._sentence_subject(unit)
            direct = self._direct_quotes(para, spans, unit)
            if direct and all(f.attribution is None for f in direct) and only_quotes(unit):
                carry = prev_unit_attr if ui > 0 else prev_para
                if carry is not None and carry.entity is not None:
                    for f in direct:
                        f.attribution = Attribution(
                            carry.mention, carry.cue, carry.entity, CONTINUATION_CUE, carry.verb
                        )
            indirect = self._reported(para, unit)
            for f in direct:
                if f.attribution is None or f.attribution.entity is None:
                    holder = next(
                        (g for g in indirect if g.start <= f.start and f.end <= g.end), None
                    )  # 'said the plan was "a disaster"': the statement's speaker
                    if holder is not None and holder.attribution is not None:
                        f.attribution = holder.attribution
            self._refer_back(unit)
            self._update_focus(unit, direct + indirect)
            unit_found = sorted(direct + indirect, key=lambda f: f.start)
            found.extend(unit_found)
            self._prev_unit = (para, unit, offset, number, bool(unit_found))
            attributed = [
                f.attribution for f in unit_found if f.attribution and f.attribution.entity
            ]
            if attributed:
                prev_unit_attr = attributed[-1]
            elif not unit_found:
                # 'Bystrom agreed. "Mainstream Republicans are running out of time."'
                prev_unit_attr = self._closing_cue(unit) or prev_unit_attr
        dash = self._dash_attribution(para, units)
        if dash is not None and not any(f.start <= dash.start and f.end >= dash.end for f in found):
            found = [f for f in found if not (dash.start <= f.start and f.end <= dash.end)]
            found.append(dash)
        return [f for f in found if keep_found(f, para)]

    def _link_mentions(self, unit: Unit) -> None:
        for m in unit.mentions:
            if m.kind in ("person", "organisation", "group"):
                self.entities.link(m)
            if m.role:
                self.entities.link_embedded_organisation(m)

    # --- direct quotations -------------------------------------------------------------------
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

    def _resolve(self, mention: Mention | None, cue: Cue | None) -> Attribution | None:
        if mention is None:
            return None
        how: CueKind = "explicit"
        entity: Entity | None
        if mention.kind == "pronoun":
            entity = self._subject_before(mention) or self.entities.resolve_pronoun(
                mention.gender or "he"
            )
            how = "pronoun"
        elif mention.kind == "epithet":
            entity = self.entities.resolve_epithet(mention.gender)
            how = "role"
        elif mention.kind == "role" and (named := self._person_named_like(mention)):
            entity = named  # 'King says ...' after 'Billie Jean King': her surname, no title
        elif mention.kind == "role":
            indefinite = mention.surface.split(maxsplit=1)[0].lower() in lx.INDEFINITES
            entity = None if indefinite else self.entities.resolve_role(mention.role)
            how = "role"
            if entity is None:
                # a role we cannot tie to a name in this article: keep it as its own speaker;
                # the coverage-wide pass may still find who holds that role
                entity = Entity(
                    name=mention.role,
                    kind="person",
                    gender=mention.gender,
                    role_only=True,
                    indefinite=indefinite,
                )
                entity.add_role(mention.role)
                entity.surfaces.add(mention.surface)
                self.entities.entities.append(entity)
        else:
            entity = self.entities.link(mention)
        if entity is None:
            return None
        verb = cue.verb if cue else None
        return Attribution(mention, cue, entity, how, verb)

    def _person_named_like(self, mention: Mention) -> Entity | None:
        """A lone capitalised role word ('King', 'Judge', 'Bishop') that is the surname of
        a person the article has named."""
        words = mention.surface.split()
        if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
            return None
        return self.entities.find_person([lx.fold(words[0])])

    def _sentence_subject(self, unit: Unit) -> tuple[Unit, Mention, Entity] | None:
        """The person a sentence opens on, when it names them: the subject a later pronoun
        of the same sentence most likely refers to."""
        subj = main_subject(unit.tokens, unit.mentions, 0, len(unit.tokens))
        if subj is None or subj.kind != "person":
            return None
        ent = self.entities.link(subj)
        return (unit, subj, ent) if ent is not None and ent.kind == "person" else None

    def _subject_before(self, pronoun: Mention) -> Entity | None:
        """'Carson said on NBC that ..., but he said ...': a he/she after the named subject
        of its own sentence refers to that subject, whoever was in focus before."""
        if self._unit_subject is None or pronoun.gender not in ("he", "she"):
            return None
        unit, subj, ent = self._unit_subject
        if pronoun not in unit.mentions or pronoun.first <= subj.last:
            return None
        if ent.gender not in (None, pronoun.gender):
            return None
        before = unit.tokens[pronoun.first - 1]
        if before.text == ",":
            # 'Compaq, she predicted, would come to them': the subject of the words she
            # says is not who says them
            return None
        return ent

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

    # --- reported speech ------------------------------------------------------------------
    def _reported(self, para: str, unit: Unit) -> list[Found]:
        toks = unit.tokens
        out: list[Found] = []
        for cue in unit.cues:
            clause = clause_after(toks, cue, unit.mentions) if cue.lemma != "according to" else None
            if cue.lemma in ("according to", "in the view of"):
                mid = cue.index > 0 and toks[cue.index - 1].text == ","
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
                # 'In addition to stating that X, Clinton has vowed ...': the clause ends at
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
        return [f for f in out if clause_ok(para, f)]

    def _trailing_attribution(self, unit: Unit) -> list[Found]:
        """'It is unclear what they will do, the prime minister said.' (no marks), and the
        attribution set inside the clause: 'Pivoting too soon, economists say, limited the
        recovery.' gives both pieces."""
        toks = unit.tokens
        n = len(toks)
        end = n
        while end > 0 and toks[end - 1].text in SENTENCE_END:
            end -= 1
        for m in unit.mentions:
            before = _past_determiner(toks, m.first - 1, m.first)
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
                # 'Its investment in the club, Ms. Tanzer said, "is a perfect example"', 'Joe
                # Biden, Rubio said, had been in the Senate for "a thousand years"': the
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
            # predicate ('This campaign, he says, is different.')
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
            # 'But, Carson added, he did not support quarantines "willy-nilly."': after a
            # connective, the clause after the attribution is the statement
            if toks[after + 1].is_word and starts_clause(toks, after + 1):
                attr = self._resolve(m, cue)
                return Found(toks[after + 1].start, toks[stop - 1].end, False, unit, attr)
            return None
        # a speech verb of its own in the piece is another attribution ('X acknowledged
        # ..., which is an outcome, he said, "..."'), unless it is subordinate ('So when
        # the firm signaled that ..., Mr. Barrett said, "we were floored."')
        opens = {t.low for t in piece[:2]}
        subordinate = bool(opens & (lx.SUBORDINATORS | lx.REDUCED_CLAUSE_OPENERS))
        if not subordinate and any(first <= c.index < m.first for c in unit.cues):
            return None
        opener = toks[first + 1] if toks[first].low in lx.REDUCED_CLAUSE_OPENERS else toks[first]
        if lx.speech_lemma(opener.low) is not None or is_participle(opener):
            return None  # 'Asked whether he would ..., Priebus said, "Probably."'
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

    def _refer_back(self, unit: Unit) -> None:
        """'This was stated by X': the sentence before, if it holds no quotation yet,
        becomes X's reported speech."""
        toks = unit.tokens
        if len(toks) < 4 or toks[0].low not in ("this", "that") or self._prev_unit is None:
            return
        cue = next((c for c in unit.cues if c.passive and c.index <= 3), None)
        prev_para, prev_unit, prev_offset, prev_number, had_quotes = self._prev_unit
        if cue is None or had_quotes or not is_statement(prev_unit):
            return
        attr = self._resolve(speaker_of_cue(toks, unit.mentions, cue, 0), cue)
        if attr is None or attr.entity is None:
            return
        attr.how = CONTINUATION_CUE
        end = prev_unit.tokens[-1].end if prev_unit.tokens else prev_unit.end
        found = Found(prev_unit.tokens[0].start, end, False, prev_unit, attr)
        if clause_ok(prev_para, found):
            self._emit(found, prev_para, prev_offset, prev_number)

    # --- focus ---------------------------------------------------------------------------------
    def _update_focus(self, unit: Unit, found: list[Found]) -> None:
        subj = main_subject(unit.tokens, unit.mentions, 0, len(unit.tokens))
        # the subject is resolved before the sentence's other people come into focus: in
        # 'He attended the rally, though he may vote for Sen. Sanders.' "He" is not Sanders
        ent = None
        if subj is not None and subj.kind in ("person", "organisation", "group"):
            ent = self.entities.link(subj)
        elif subj is not None and subj.kind == "role":
            ent = self.entities.resolve_role(subj.role)
        elif subj is not None and subj.kind == "pronoun" and subj.gender:
            ent = self.entities.resolve_pronoun(subj.gender)
        if ent is not None and subj is not None and subj.kind == "person":
            self._learn_gender(unit, subj, ent)
        # other people the sentence names (objects, second subjects) come into focus too,
        # below the subject: 'Koller met Mr. Richter. He said ...' can mean Richter
        for m in unit.mentions:
            if m is not subj and m.kind == "person" and m.can_be_subject:
                other = self.entities.link(m)
                if other is not None:
                    self.entities.focus(other)
        if ent is not None:
            self.entities.focus(ent)
            if subj is not None and ent.kind == "person":
                self._subject = Attribution(subj, None, ent, CONTINUATION_CUE, None)
        self._note_lead_in(unit)
        for f in sorted(found, key=lambda f: f.start):
            if f.attribution and f.attribution.entity:
                self.entities.focus(f.attribution.entity)

    def _learn_gender(self, unit: Unit, subj: Mention, ent: Entity) -> None:
        """'Yasmeen Wilkerson, 18, was dubious when she first tried it': a person whose
        gender neither title nor given name tells takes that of the he/she later in a
        sentence where no one else is named."""
        if ent.gender is not None:
            return
        if any(m.kind == "person" and m is not subj for m in unit.mentions):
            return
        later = {
            m.gender for m in unit.mentions
            if m.kind == "pronoun" and m.first > subj.last and m.gender in ("he", "she")
        }  # fmt: skip
        if len(later) == 1:
            ent.gender = later.pop()

    def _closing_cue(self, unit: Unit) -> Attribution | None:
        """A sentence that ends on its speech verb ('Bystrom agreed.', 'Kaine fired back on
        Tuesday.'): its speaker says the quotation that follows."""
        toks = unit.tokens
        end = len(toks)
        while end > 0 and not toks[end - 1].is_word:
            end -= 1
        cue = next((c for c in reversed(unit.cues) if end - c.index <= 4), None)
        if cue is None or cue.participle or cue.lemma == "according to":
            return None
        if any(t.kind == "quote" for t in toks[cue.index :]):
            return None
        mention = speaker_of_cue(toks, unit.mentions, cue, sentence_start(toks, cue.index))
        attr = self._resolve(mention, cue)
        if attr is None or attr.entity is None:
            return None
        attr.how = CONTINUATION_CUE
        return attr

    def _note_lead_in(self, unit: Unit) -> None:
        """'Nadia Petrov said on Monday:' closing a paragraph introduces the next one."""
        toks = unit.tokens
        if not toks or toks[-1].text != ":" or not unit.cues:
            return
        cue = unit.cues[-1]
        mention = speaker_of_cue(toks, unit.mentions, cue, sentence_start(toks, cue.index))
        attr = self._resolve(mention, cue)
        if attr is not None and attr.entity is not None:
            attr.how = CONTINUATION_CUE
            self._lead_in = attr

    # --- output ----------------------------------------------------------------------------------
    def _emit(self, f: Found, para: str, offset: int, number: int) -> None:
        start, end = f.start, f.end
        text = para[start:end]
        attr = f.attribution
        speaker: SpeakerRef | None = None
        how: CueKind = "none"
        verb = None
        if attr is not None and attr.entity is not None:
            ent = attr.entity
            role = attr.mention.role if attr.mention and attr.mention.role else None
            speaker = SpeakerRef(
                name=ent.name,
                surface=attr.mention.surface if attr.mention else ent.name,
                role=role or (ent.roles[0] if ent.roles else None),
                kind=ent.kind,
            )
            how = attr.how
            verb = attr.verb
        qid = Quote.make_id(self.article.id, offset + start, offset + end)
        if any(q.id == qid for q in self.quotes):
            return
        quote = Quote(
            id=qid,
            article_id=self.article.id,
            paragraph=number,
            start=offset + start,
            end=offset + end,
            text=text,
            direct=f.direct,
            speaker=speaker,
            cue_verb=verb,
            cue=how,
            sentence=para[f.unit.start : f.unit.end].strip(),
        )
        self.quotes.append(quote)
        if f.span is not None and f.span.open_ended:
            self._open_ended.add(qid)
        if f.span is not None and not para[: f.span.open_at].strip():
            self._starts_paragraph.add(qid)
        if attr is not None and attr.entity is not None:
            self.speaker_entities[qid] = attr.entity


def _with_fronted_condition(
    toks: list[Token], subject: Mention, cue: Cue, c_start: int, cues: list[Cue]
) -> int:
    """'If Trump is not the nominee, he said he would back a rival': a condition or
    concession fronted before the attribution belongs to what was said; the quote starts
    with it (the attribution inside, as when one interrupts a clause)."""
    first = sentence_start(toks, cue.index)
    opener = first + 1 if toks[first].low in lx.COORDINATORS else first
    if opener >= subject.first or toks[opener].low not in lx.CONTENT_SUBORDINATORS:
        return c_start
    if toks[subject.first - 1].text != "," or any(t.kind == "quote" for t in toks[first:c_start]):
        return c_start
    if any(first <= c.index < subject.first for c in cues):
        return c_start  # 'If asked, she says ...', 'Though he said ..., she said ...'
    return first


_SPEAKER_DETERMINERS = frozenset({"the", "a", "an", "those", "these", "this", "that"})


def _past_determiner(toks: list[Token], p: int, first: int) -> int:
    """Back from ``p`` over what opens a speaker phrase before its mention starts at
    ``first``: ', his top aide, X, told', ', the nonpartisan Congressional Budget Office
    reported' (a determiner, after at most two adjectives)."""
    q = p
    if q >= 1 and first - q == 1 and toks[q].is_word and toks[q].possessive:
        # ', Mrs. Clinton's aides say,', ', the senator's aides say,': past the owner
        r = q
        while r >= 1 and toks[r - 1].is_word and toks[r - 1].is_cap:
            r -= 1
        if r >= 1 and toks[r - 1].low in _SPEAKER_DETERMINERS:
            r -= 1
        return r - 1
    while q >= 1 and first - q <= 2 and toks[q].is_word and not toks[q].is_cap:
        if toks[q].low in lx.POSSESSIVE_DETERMINERS or toks[q].low in _SPEAKER_DETERMINERS:
            return q - 1
        if not lx.is_adjective(toks[q].low):
            break
        q -= 1
    return p


def _closed_apposition_before(toks: list[Token], subject: Mention | None, k: int) -> bool:
    """The subject found for the verb at ``k`` opens its sentence or is set off by commas
    right before it ('Tamm, the mayor, said'): a subject of its own, no inversion."""
    if subject is None:
        return False
    first = sentence_start(toks, k)
    return subject.first == first or toks[subject.first - 1].text in (",", "(")
