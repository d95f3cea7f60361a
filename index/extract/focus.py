"""Who a mention is, and who is in focus: the state an article's reading keeps.

``SpeakerFocus`` holds what the extractor knows while it reads an article (the entities
named so far, who the last sentence and paragraph were about, a lead-in closing a
paragraph) and resolves a speaker mention (a name, a role, a pronoun, an epithet) to an
entity. The direct and reported strategies (``direct``, ``reported``) build on it.
"""

from __future__ import annotations

from index.extract import lexicon as lx
from index.extract.casing import ArticleCasing
from index.extract.cues import (
    Cue,
    main_subject,
    speaker_of_cue,
)
from index.extract.entities import ArticleEntities, Entity
from index.extract.mentions import Mention
from index.extract.units import (
    Attribution,
    Found,
    Unit,
    sentence_start,
)
from index.models import Article, Quote
from index.models import Cue as CueKind

CONTINUATION_CUE: CueKind = "continuation"


class SpeakerFocus:
    """The reading state of one article and the resolution of speaker mentions."""

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

    def _link_mentions(self, unit: Unit) -> None:
        for m in unit.mentions:
            if m.kind in ("person", "organisation", "group"):
                self.entities.link(m)
            if m.role:
                self.entities.link_embedded_organisation(m)

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
