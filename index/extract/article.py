"""Extract every quotation of one article and attribute it to a speaker.

The article is read paragraph by paragraph and, inside a paragraph, unit by unit: a unit
is a sentence, widened so that no quotation is cut in two. In each unit we find the direct
quotations (marks), the speech cues and the mentions, decide who says each quotation, and
extract reported speech without marks. Entities are tracked across the whole article so
that pronouns and roles resolve to the right person.

Each phenomenon has its own module; this one reads the paragraphs and decides the order
the strategies are tried in: ``direct`` (quotations in marks and who says them),
``reported`` (statements without marks), ``focus`` (the reading state, and who a speaker
mention is). Below them: ``units`` (sentences), ``marks`` (quotation marks), ``tokens``
and ``casing`` (words, and which capitalised ones are names), ``mentions`` and
``generic_subjects`` (who could be speaking), ``cues`` (speech verbs and their subjects),
``phrases`` (the speaker phrase around a quotation), ``clauses`` (the bounds of a
reported clause), ``entities`` (pronouns, roles, focus), ``filters`` (what is not a
quotation after all) and ``lexicon`` (every word list).
"""

from __future__ import annotations

from index.extract.cues import (
    find_cues,
    speaker_of_cue,
)
from index.extract.direct import DirectQuotes
from index.extract.filters import clause_ok, is_short, keep_found
from index.extract.focus import CONTINUATION_CUE
from index.extract.generic_subjects import add_generic_subjects
from index.extract.marks import find_quote_spans
from index.extract.mentions import find_mentions
from index.extract.reported import ReportedSpeech
from index.extract.tokens import tokenize
from index.extract.units import (
    Attribution,
    Found,
    Unit,
    is_statement,
    only_quotes,
    split_units,
)
from index.models import Cue as CueKind
from index.models import Quote, SpeakerRef


class ArticleExtractor(DirectQuotes, ReportedSpeech):
    """Runs over one article; ``quotes`` and ``entities`` hold the results."""

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
