"""Extract every quotation of one article and attribute it to a speaker.

The article is read paragraph by paragraph and, inside a paragraph, unit by unit: a unit
is a sentence, widened so that no quotation is cut in two. In each unit we find the direct
quotations (marks), the speech cues and the mentions, decide who says each quotation, and
extract reported speech without marks. Entities are tracked across the whole article so
that pronouns and roles resolve to the right person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from syntok import segmenter

from index.extract import lexicon as lx
from index.extract.casing import ArticleCasing
from index.extract.cues import (
    SPEAKER_KINDS,
    Cue,
    find_cues,
    main_subject,
    speaker_of_cue,
)
from index.extract.entities import ArticleEntities, Entity
from index.extract.marks import MarkSpan, find_quote_spans, quote_text_bounds
from index.extract.mentions import Mention, find_mentions
from index.extract.tokens import SENTENCE_END, Token, tokenize
from index.models import Article, Quote, SpeakerRef
from index.models import Cue as CueKind

CONTINUATION_CUE: CueKind = "continuation"
_CLAUSE_STARTERS = frozenset(
    """
    he she they it we i there this these those the a an his her its their our some many
    all no any most several every each both none not nothing everything everyone nobody
    """.split()
)
_AUX = frozenset(
    """
    is are was were will would could can may might must should shall had has have did
    does do won't wouldn't can't couldn't isn't aren't wasn't weren't hasn't haven't
    hadn't
    """.split()
)
# a subordinate clause that can carry a speaker's reason in their own words
_QUOTED_REASON_HEADS = frozenset({"as", "because", "since", "although", "though"})
_CLAUSE_BREAKERS = frozenset(
    """
    adding saying arguing insisting noting warning stressing explaining citing alarming
    prompting sparking even after before amid despite following while whereas
    """.split()
)


@dataclass
class Attribution:
    mention: Mention | None
    cue: Cue | None
    entity: Entity | None = None
    how: CueKind = "none"
    verb: str | None = None


@dataclass
class Unit:
    start: int  # paragraph offsets
    end: int
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)


@dataclass
class _Found:
    start: int  # paragraph offsets of the quoted words
    end: int
    direct: bool
    unit: Unit
    attribution: Attribution | None
    span: MarkSpan | None = None


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
            elif not found and not _is_short(para):
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
    ) -> list[_Found]:
        spans = find_quote_spans(para)
        units = _units(para, spans)
        found: list[_Found] = []
        prev_unit_attr: Attribution | None = None
        for ui, unit in enumerate(units):
            unit.tokens = tokenize(para, unit.start, unit.end, spans, self.casing)
            unit.mentions = find_mentions(unit.tokens)
            unit.cues = find_cues(unit.tokens)
            self._link_mentions(unit)
            direct = self._direct_quotes(para, spans, unit)
            if direct and all(f.attribution is None for f in direct) and _only_quotes(unit):
                carry = prev_unit_attr if ui > 0 else prev_para
                if carry is not None and carry.entity is not None:
                    for f in direct:
                        f.attribution = Attribution(
                            carry.mention, carry.cue, carry.entity, CONTINUATION_CUE, carry.verb
                        )
            indirect = self._reported(para, unit)
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
        return [f for f in found if _keep(f, para)]

    def _link_mentions(self, unit: Unit) -> None:
        for m in unit.mentions:
            if m.kind in ("person", "organisation", "group"):
                self.entities.link(m)
            if m.role:
                self.entities.link_embedded_organisation(m)

    # --- direct quotations -------------------------------------------------------------------
    def _direct_quotes(self, para: str, spans: list[MarkSpan], unit: Unit) -> list[_Found]:
        out: list[_Found] = []
        for qi, tok in enumerate(unit.tokens):
            if tok.kind != "quote":
                continue
            span = spans[tok.quote]
            start, end = quote_text_bounds(para, span)
            attr = self._after_attribution(unit, qi) or self._before_attribution(unit, qi)
            out.append(_Found(start, end, True, unit, attr, span))
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
        return out

    def _resolve(self, mention: Mention | None, cue: Cue | None) -> Attribution | None:
        if mention is None:
            return None
        how: CueKind = "explicit"
        entity: Entity | None
        if mention.kind == "pronoun":
            entity = self.entities.resolve_pronoun(mention.gender or "he")
            how = "pronoun"
        elif mention.kind == "epithet":
            entity = self.entities.resolve_epithet(mention.gender)
            how = "role"
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

    def _after_attribution(self, unit: Unit, qi: int) -> Attribution | None:
        """'"Q," X said' / '"Q," said X' / '"Q," X, the minister, said' / '"Q" - X said'."""
        toks = unit.tokens
        j = qi + 1
        while j < len(toks) and toks[j].text in (",", "—", "–", "-"):
            j += 1
        if j >= len(toks):
            return None
        cue_at = {c.index: c for c in unit.cues}
        m = _speaker_phrase_at(toks, unit.mentions, j)
        if m is not None:
            k = _skip_parenthesis(toks, _skip_comma_block(toks, _skip_parenthesis(toks, m.last)))
            if k < len(toks) and toks[k].text == "," and k + 1 in cue_at:
                k += 1  # the comma closing an apposition: '"...," the spokesman, X, said'
            k = _after_appositions(toks, k, cue_at)
            while k < len(toks) and toks[k].is_word and toks[k].low in lx.FILLER_WORDS:
                k += 1
            if k in cue_at:
                return self._resolve(m, cue_at[k])
            if toks[j - 1].text in ("—", "–", "-") and m.kind in ("person", "role"):
                return self._resolve(m, None)  # dash attribution: '"..." — Commissioner Z'
        if j in cue_at and cue_at[j].lemma == "according to":
            # '"...," according to a statement from the ministry'
            return self._resolve(speaker_of_cue(toks, unit.mentions, cue_at[j], j), cue_at[j])
        if j in cue_at and not cue_at[j].participle:
            # '"...," said X', '"...," said one party official'
            inv = _speaker_phrase_at(toks, unit.mentions, j + 1)
            if inv is not None:
                return self._resolve(inv, cue_at[j])
        return None

    def _before_attribution(self, unit: Unit, qi: int) -> Attribution | None:
        """The nearest cue before the quote in its sentence, and that cue's speaker."""
        toks = unit.tokens
        sent_start = _sentence_start(toks, qi)
        for cue in reversed(unit.cues):
            if cue.index >= qi or cue.index < sent_start:
                continue
            if _has_sentence_end(toks, cue.index, qi):
                continue
            mention = speaker_of_cue(toks, unit.mentions, cue, sent_start)
            if mention is None:
                continue  # "those who admit ...": a cue inside a clause; look further left
            return self._resolve(mention, cue)
        return None

    def _colon_attribution(self, unit: Unit, f: _Found) -> Attribution | None:
        """'X reacted, echoing Y: "Q"': the subject of the clause before the colon."""
        toks = unit.tokens
        qi = (
            next(i for i, t in enumerate(toks) if t.kind == "quote" and t.start == f.span.open_at)
            if f.span
            else -1
        )
        if qi <= 0 or toks[qi - 1].text != ":":
            return None
        start = _sentence_start(toks, qi)
        m = main_subject(toks, unit.mentions, start, qi - 1)
        if m is None:
            m = _possessor_of_speech_noun(toks, unit.mentions, start, qi - 1)
        return self._resolve(m, None)

    # --- reported speech ------------------------------------------------------------------
    def _reported(self, para: str, unit: Unit) -> list[_Found]:
        toks = unit.tokens
        out: list[_Found] = []
        for cue in unit.cues:
            clause = self._clause_after(toks, cue, unit) if cue.lemma != "according to" else None
            if cue.lemma in ("according to", "in the view of"):
                clause = _clause_after_comma(toks, cue.index) or _clause_before_source(
                    toks, cue.index
                )
            if clause is None:
                continue
            c_start, c_end = clause
            mention = speaker_of_cue(toks, unit.mentions, cue, _sentence_start(toks, cue.index))
            attr = self._resolve(mention, cue)
            if attr is not None and attr.entity is not None and attr.how != "pronoun":
                # the speaker just named is who a later "he" in the sentence means:
                # 'Adler said ..., but he warned that ...'
                self.entities.focus(attr.entity)
            out.append(
                _Found(toks[c_start].start, _clause_end_offset(toks, c_end), False, unit, attr)
            )
        out.extend(self._trailing_attribution(unit))
        return [f for f in out if _clause_ok(para, f)]

    def _clause_after(self, toks: list[Token], cue: Cue, unit: Unit) -> tuple[int, int] | None:
        """Token range of the reported clause after a speech verb, or None."""
        if cue.lemma not in lx.CLAUSE_LEMMAS or cue.passive:
            return None
        j = cue.index + 1
        if cue.lemma == "tell":
            # skip the listener: "told reporters", "told the chamber"
            by_first = {m.first: m for m in unit.mentions}
            m = by_first.get(j)
            if m is not None:
                j = m.last
            elif j < len(toks) and toks[j].is_word and toks[j].low != "that":
                j += 1
        j = _skip_time_phrase(toks, j)  # 'said on Thursday it would', 'said last week ...'
        # skip time and place phrases up to "that": 'said after the meeting that'
        k = j
        while k < len(toks) and k - j < 9 and toks[k].is_word and toks[k].low != "that":
            if toks[k].low in _COORDINATORS:
                break  # 'said talks could resume and that ...': the clause starts at once
            k += 1
        if k < len(toks) and toks[k].low == "that":
            manner = toks[j].low == "in"  # 'said in a statement that ...'
            if k > j and toks[k - 1].low in lx.NOUN_COMPLEMENT_HEADS and not manner:
                return None  # 'commenting on Macron's statement that ...': the noun's content
            start = k + 1
        elif j < len(toks) and (
            _starts_clause(toks, j) or _bare_clause_after_say(toks, cue, j, unit.mentions)
        ):
            start = j
        elif (after_phrase := _after_phrase(toks, j)) is not None:
            start = after_phrase  # 'said in a statement it would cooperate'
        else:
            return None
        if start >= len(toks):
            return None
        end = _before_quoted_reason(toks, start, _clause_stop(toks, start))
        return (start, end) if end > start else None

    def _trailing_attribution(self, unit: Unit) -> list[_Found]:
        """'It is unclear what they will do, the prime minister said.' (no marks), and the
        attribution set inside the clause: 'Pivoting too soon, economists say, limited the
        recovery.' gives both pieces."""
        toks = unit.tokens
        n = len(toks)
        end = n
        while end > 0 and toks[end - 1].text in SENTENCE_END:
            end -= 1
        for m in unit.mentions:
            if m.kind not in SPEAKER_KINDS or m.first < 2 or not _ends_clause(toks[m.first - 1]):
                continue
            k = m.last
            while k < end and toks[k].is_word and toks[k].low in lx.FILLER_WORDS:
                k += 1
            cue = next((c for c in unit.cues if c.index == k), None)
            if cue is None or cue.participle or cue.lemma not in lx.CLAUSE_LEMMAS:
                continue
            if self._clause_after(toks, cue, unit) is not None:
                continue  # 'In a statement, the ministry said it would ...': a lead, not a tail
            stop = _clause_stop(toks, cue.index + 1)
            rest = toks[cue.index + 1 : stop]
            if any(t.kind == "quote" or t.text in SENTENCE_END for t in rest):
                continue
            pieces: list[tuple[int, int]] = []
            # 'Now, she said, the Christians ... don't mix much': the words after the
            # comma that closes the attribution go on with the clause
            comma = next((i for i in range(cue.index + 1, stop) if toks[i].text == ","), None)
            phrase = bool(rest) and rest[0].is_word and rest[0].low in lx.PREPOSITIONS
            if comma is not None and comma - cue.index <= 6 and stop - comma >= 4:
                pieces.append((comma + 1, stop))
            elif len(rest) > (16 if phrase else 8):
                continue  # 'said during his campaign speech in Ohio' is a phrase, not a clause
            clause_first = _sentence_start(toks, m.first)
            clause_last = m.first - 1 if toks[m.first - 1].kind == "punct" else m.first
            clause_last = _before_quoted_reason(toks, clause_first, clause_last)
            words = [t for t in toks[clause_first:clause_last] if t.is_word]
            if len(words) >= 3 and clause_last > clause_first:
                pieces.insert(0, (clause_first, clause_last))
            if not pieces:
                continue
            attr = self._resolve(m, cue)
            return [
                _Found(toks[a].start, toks[b - 1].end, False, unit, attr) for a, b in pieces
            ]
        return []

    def _dash_attribution(self, para: str, units: list[Unit]) -> _Found | None:
        """A paragraph of speech without marks closed by '- Zelensky said' or '— Z'."""
        if not units or any(t.kind == "quote" for u in units for t in u.tokens):
            return None
        last = units[-1]
        toks = last.tokens
        for m in last.mentions:
            if m.kind not in ("person", "role") or m.first == 0:
                continue
            if toks[m.first - 1].text not in ("-", "–", "—"):
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
            found = _Found(first, end, False, last, attr)
            return found if end > first and _clause_ok(para, found) else None
        return None

    def _refer_back(self, unit: Unit) -> None:
        """'This was stated by X': the sentence before, if it holds no quotation yet,
        becomes X's reported speech."""
        toks = unit.tokens
        if len(toks) < 4 or toks[0].low not in ("this", "that") or self._prev_unit is None:
            return
        cue = next((c for c in unit.cues if c.passive and c.index <= 3), None)
        prev_para, prev_unit, prev_offset, prev_number, had_quotes = self._prev_unit
        if cue is None or had_quotes or not _is_statement(prev_unit):
            return
        attr = self._resolve(speaker_of_cue(toks, unit.mentions, cue, 0), cue)
        if attr is None or attr.entity is None:
            return
        attr.how = CONTINUATION_CUE
        end = prev_unit.tokens[-1].end if prev_unit.tokens else prev_unit.end
        found = _Found(prev_unit.tokens[0].start, end, False, prev_unit, attr)
        if _clause_ok(prev_para, found):
            self._emit(found, prev_para, prev_offset, prev_number)

    # --- focus ---------------------------------------------------------------------------------
    def _update_focus(self, unit: Unit, found: list[_Found]) -> None:
        subj = main_subject(unit.tokens, unit.mentions, 0, len(unit.tokens))
        # other people the sentence names (objects, second subjects) come into focus too,
        # below the subject: 'Koller met Mr. Richter. He said ...' can mean Richter
        for m in unit.mentions:
            if m is not subj and m.kind == "person" and m.can_be_subject:
                ent = self.entities.link(m)
                if ent is not None:
                    self.entities.focus(ent)
        ent = None
        if subj is not None and subj.kind in ("person", "organisation", "group"):
            ent = self.entities.link(subj)
        elif subj is not None and subj.kind == "role":
            ent = self.entities.resolve_role(subj.role)
        elif subj is not None and subj.kind == "pronoun" and subj.gender:
            ent = self.entities.resolve_pronoun(subj.gender)
        if ent is not None:
            self.entities.focus(ent)
            if subj is not None and ent.kind == "person":
                self._subject = Attribution(subj, None, ent, CONTINUATION_CUE, None)
        self._note_lead_in(unit)
        for f in sorted(found, key=lambda f: f.start):
            if f.attribution and f.attribution.entity:
                self.entities.focus(f.attribution.entity)

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
        mention = speaker_of_cue(toks, unit.mentions, cue, _sentence_start(toks, cue.index))
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
        mention = speaker_of_cue(toks, unit.mentions, cue, _sentence_start(toks, cue.index))
        attr = self._resolve(mention, cue)
        if attr is not None and attr.entity is not None:
            attr.how = CONTINUATION_CUE
            self._lead_in = attr

    # --- output ----------------------------------------------------------------------------------
    def _emit(self, f: _Found, para: str, offset: int, number: int) -> None:
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


# --- helpers ---------------------------------------------------------------------------------


def _units(para: str, spans: list[MarkSpan]) -> list[Unit]:
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
    if para[last.start : last.end].rstrip()[-1:] not in ("?", "!"):
        return False
    text = para[start:end]
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
            name_follows = first[:1].isupper() and first.lower() not in _CLAUSE_STARTERS
            if m and m.group("title").lower() in lx.TITLE_ABBREVIATIONS and name_follows:
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


_SPEECH_NOUNS = frozenset(
    """
    verdict response reply message comment comments words answer reaction statement view
    assessment warning advice argument explanation conclusion retort quip promise pledge
    vow claim remark remarks assurance message position
    """.split()
)


def _possessor_of_speech_noun(
    toks: list[Token], mentions: list[Mention], start: int, before: int
) -> Mention | None:
    """'Traskel's verdict was short: "..."' -> Traskel."""
    for m in mentions:
        if start <= m.first and m.last < before and m.possessive and m.kind in SPEAKER_KINDS:
            nxt = toks[m.last]
            if nxt.is_word and nxt.low in _SPEECH_NOUNS:
                m.possessive = False
                return m
    return None


def _after_appositions(toks: list[Token], k: int, cue_at: dict[int, Cue]) -> int:
    """'X, 67, a retired nurse in Allentown, Pa., said': where the cue stands after a
    chain of comma-separated appositions (``k`` when there is none)."""
    # 'X, who is chairman of Y said': an apposition or relative clause never closed
    unclosed = k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low in _APPOSITION_OPENERS
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


_APPOSITION_OPENERS = frozenset({"who", "the", "a", "an"})


_PHRASE_OPENERS = frozenset("his her their its another one a an the".split())


def _speaker_phrase_at(toks: list[Token], mentions: list[Mention], j: int) -> Mention | None:
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
        if t.is_word and (t.possessive or t.low in _PHRASE_OPENERS):
            k += 1
            continue
        return None
    return None


def _skip_parenthesis(toks: list[Token], k: int) -> int:
    """After a name: skip '(D-Nev.)', '(R)', '(pictured)'."""
    if k >= len(toks) or toks[k].text != "(":
        return k
    for j in range(k + 1, min(len(toks), k + 8)):
        if toks[j].text == ")":
            return j + 1
        if toks[j].kind == "quote" or toks[j].text in SENTENCE_END:
            break
    return k


def _skip_comma_block(toks: list[Token], k: int) -> int:
    """After a name: skip ', who ran the museum until 2019,' or ', the harbour chief,'."""
    if k >= len(toks) or toks[k].text != ",":
        return k
    j = k + 1
    while j < len(toks) and j - k < 20:
        t = toks[j]
        if t.kind == "quote" or t.text in SENTENCE_END:
            return k
        if t.text == ",":
            return j + 1
        j += 1
    return k


def _ends_clause(tok: Token) -> bool:
    """',' before an attribution, or a quotation closed with a comma inside its marks."""
    if tok.kind == "quote":
        return tok.text.rstrip('"”’»\'').endswith(",")
    return tok.text == ","


def _is_statement(unit: Unit) -> bool:
    words = [t for t in unit.tokens if t.is_word]
    return len(words) >= 4 and not any(t.kind == "quote" for t in unit.tokens)


def _only_quotes(unit: Unit) -> bool:
    return all(t.kind == "quote" or not t.is_word for t in unit.tokens)


def _sentence_start(toks: list[Token], i: int) -> int:
    k = i - 1
    while k >= 0:
        if toks[k].text in SENTENCE_END and toks[k].kind == "punct":
            return k + 1
        k -= 1
    return 0


def _has_sentence_end(toks: list[Token], a: int, b: int) -> bool:
    return any(t.kind == "punct" and t.text in SENTENCE_END for t in toks[a:b])


_NOT_BEFORE_VERB = _CLAUSE_STARTERS | lx.PREPOSITIONS | {"and", "or", "very", "newly"}


def _starts_clause(toks: list[Token], j: int) -> bool:
    """A finite clause without "that": 'warned it would', 'said he expects', 'said the
    company lost money', 'said prices in the capital were rising'."""
    first = toks[j]
    if not first.is_word or first.low in lx.PREPOSITIONS:
        return False
    low = first.low
    if low in ("he", "she", "they", "we", "i", "there") or low in lx.SUBJECT_CONTRACTIONS:
        return True
    # 'said turnout could exceed', 'warned prices would rise': a bare noun and soon a verb
    determined = low in _CLAUSE_STARTERS or first.is_cap
    window = 7 if determined else 6
    i = j + 1
    while i < min(j + window, len(toks)):
        t = toks[i]
        if t.text == "," and i + 1 < len(toks) and toks[i + 1].low in ("which", "who", "whose"):
            close = _skip_comma_block(toks, i)  # 'the budget, which was published, would'
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
        if t.low in _AUX:
            return True
        after = toks[i - 1].low
        irregular = t.low in _IRREGULAR_PAST
        verb_like = (t.low.endswith("ed") or irregular) and not t.is_cap
        if verb_like and after not in _NOT_BEFORE_VERB and (determined or irregular or i - j <= 3):
            return True  # 'said the economy remained strong' (not 'the shared river')
        i += 1
    return False


def _bare_clause_after_say(
    toks: list[Token], cue: Cue, j: int, mentions: list[Mention]
) -> bool:
    """'said Ms. Brainard's donations call into question ...': after "say" itself, words
    that are not a phrase of manner, place or time, nor the speaker set after the verb
    ('said Ana Ruiz, the mayor'), are the clause it reports."""
    if cue.lemma != "say" or cue.participle or cue.index == 0:
        return False
    first = toks[j]
    if not first.is_word or first.low in lx.PREPOSITIONS or first.low in _NOT_A_CLAUSE:
        return False
    if first.low in lx.FILLER_WORDS or first.low.endswith("ly"):
        return False  # 'said later at a news conference', 'said repeatedly'
    before = toks[cue.index - 1]
    if before.kind == "quote" or (
        before.text in (",", "—", "–") and (cue.index < 2 or toks[cue.index - 2].kind == "quote")
    ):
        return False  # '"...," said X': X is the speaker
    subject = next((m for m in mentions if m.first == j), None)
    if subject is not None and (
        subject.last >= len(toks) or not toks[subject.last].is_word
    ):
        return False  # 'said Ana Ruiz, the mayor' / 'said the minister.'

    stop = _clause_stop(toks, j)
    words = [t for t in toks[j:stop] if t.is_word]
    return len(words) >= 4 and toks[j].kind != "quote"


# words after "said" that do not open a clause: 'said so', 'said nothing about', 'said as much'
_NOT_A_CLAUSE = frozenset(
    "so nothing much little as goodbye hello yes no thanks sorry something anything"
    " repeatedly again".split()
)

# past tenses that do not end in -ed: 'said the company lost money', 'said prices rose'
_IRREGULAR_PAST = frozenset(
    """
    lost rose fell grew made sold met hit knew spread took gave went came saw won left kept
    held began ran paid built brought bought thought found felt sent spent stood broke chose
    drove flew forgot led meant shut struck swore taught threw understood wrote became
    """.split()
)


_TIME_LEADS = frozenset({"on", "last", "this", "next", "late", "early", "earlier", "later"})
_TIME_WORDS = frozenset({"yesterday", "today", "tonight", "overnight"})
_TIME_SPANS = frozenset({"week", "month", "year", "night", "weekend", "morning", "evening"})


def _skip_time_phrase(toks: list[Token], j: int) -> int:
    """After a time phrase right after a speech verb: 'on Thursday', 'Thursday', 'last
    week', 'earlier this month', 'on Monday evening', 'yesterday'."""
    k = j
    while k < len(toks) and k - j < 4 and toks[k].is_word:
        low = toks[k].low
        if low in _TIME_LEADS and k + 1 < len(toks) and toks[k + 1].is_word:
            k += 1
            continue
        if low in lx.DAYS_MONTHS or low in _TIME_WORDS or (k > j and low in _TIME_SPANS):
            k += 1
            if k < len(toks) and toks[k].low in _TIME_SPANS:
                k += 1  # 'on Monday evening'
            # 'said Friday would be decisive': the day is the clause's subject
            return k if k < len(toks) and toks[k].is_word and toks[k].low not in _AUX else j
        break
    return j


def _after_phrase(toks: list[Token], j: int) -> int | None:
    """Where a clause starts after a short phrase following the verb ('in a statement',
    'on Tuesday', 'at a news conference'), or None."""
    if j >= len(toks) or not toks[j].is_word or toks[j].low not in lx.PREPOSITIONS:
        return None
    for k in range(j + 2, min(j + 7, len(toks))):
        if not toks[k - 1].is_word:
            return None
        if toks[k].is_word and toks[k].low in ("he", "she", "it", "they", "we", "there"):
            return k if _starts_clause(toks, k) else None
    return None


def _clause_stop(toks: list[Token], start: int) -> int:
    """Token index where a reported clause ends (exclusive)."""
    k = start
    n = len(toks)
    while k < n:
        t = toks[k]
        if t.kind == "punct" and t.text in SENTENCE_END:
            break
        if t.text in (",", ";", "—", "–") and k + 1 < n and toks[k + 1].low in _CLAUSE_BREAKERS:
            break
        if k > start and _another_attribution_follows(toks, k):
            break
        k += 1
    return k


_COORDINATORS = frozenset({"and", "but", "or", "yet", "while", "although", "though"})


def _another_attribution_follows(toks: list[Token], k: int) -> bool:
    """', but he warned that ...', ' but warned ...', ' and Kovarik said ...': a second
    attribution coordinated after the clause ends the clause."""
    j = k + 1 if toks[k].text == "," else k
    if j >= len(toks) or toks[j].low not in _COORDINATORS:
        return False
    for t in toks[j + 1 : j + 5]:
        if not t.is_word or t.low in _AUX:
            return False  # 'and will continue to help': not an attribution
        lemma = lx.speech_lemma(t.low)
        if lemma is not None and t.low != lemma:  # a finite form: 'warned', 'says'
            return True
    return False


def _before_quoted_reason(toks: list[Token], first: int, last: int) -> int:
    """Where a reported clause ends when its tail is a subordinate clause made wholly of
    the speaker's own words: 'X will not send arms, as "the conflict has no military
    solution," Fico said.' The quotation is a direct quote of its own; the reported
    clause is the reporter's paraphrase before it ('X will not send arms')."""
    if last - first < 4 or toks[last - 1].kind != "quote":
        return last
    conj, comma = toks[last - 2], toks[last - 3]
    if comma.text == "," and conj.is_word and conj.low in _QUOTED_REASON_HEADS:
        return last - 3
    return last


def _clause_after_comma(toks: list[Token], k: int) -> tuple[int, int] | None:
    """'According to X, CLAUSE.' / 'In his view, CLAUSE.'"""
    j = k
    while j < len(toks) and toks[j].text != "," and j - k < 12:
        if toks[j].kind == "quote":
            return None
        j += 1
    if j >= len(toks) or toks[j].text != ",":
        return None
    start = j + 1
    end = _clause_stop(toks, start)
    if all(t.kind == "quote" or not t.is_word for t in toks[start:end]):
        return None  # 'According to X, "..."': a direct quote, not reported speech
    return (start, end) if end > start else None


def _clause_before_source(toks: list[Token], k: int) -> tuple[int, int] | None:
    """'CLAUSE, according to X.': the clause before the comma, when the source ends the
    sentence (no quotation, at least three words)."""
    if k < 4 or toks[k - 1].text != ",":
        return None
    tail = toks[k:]
    if any(t.kind == "quote" or t.text in (",", ";") for t in tail) or len(tail) > 14:
        return None
    start = _sentence_start(toks, k - 1)
    if sum(t.is_word for t in toks[start : k - 1]) < 3:
        return None
    return start, k - 1


def _clause_end_offset(toks: list[Token], end: int) -> int:
    last = toks[end - 1]
    return last.end


def _clause_ok(para: str, f: _Found) -> bool:
    text = para[f.start : f.end]
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    return len(words) >= 3


def _is_short(para: str) -> bool:
    return len(para.split()) < 6


# words a title leaves in lower case: "Meet the Press", "Morning in Velmora"
_TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or with from by".split())


def _keep(f: _Found, para: str) -> bool:
    """Drop scare quotes, titles and mentions of words; keep everything attributed."""
    if not f.direct:
        return f.attribution is not None and f.attribution.entity is not None
    text = para[f.start : f.end]
    words = text.split()
    attributed = f.attribution is not None and f.attribution.entity is not None
    span = f.span
    before = para[: span.open_at if span else f.start].rstrip().split()
    prev_word = before[-1].lower().strip(",:;") if before else ""
    if prev_word in lx.MENTION_MARKERS or (
        len(before) >= 2 and before[-2].lower() == "known" and prev_word == "as"
    ):
        return False
    titled = len(words) <= 8 and all(
        w[:1].isupper() or (i > 0 and w.lower() in _TITLE_SMALL_WORDS)
        for i, w in enumerate(words)
        if w[:1].isalpha()
    )
    if titled and (prev_word in lx.PREPOSITIONS or prev_word.endswith(("'s", "’s"))):
        return False  # a programme or book: 'said on "Meet the Press."', 'CNN's "State of"'
    if attributed:
        return True
    if len(words) <= 4:
        return False  # a scare quote or a name in marks, not speech
    return not titled
