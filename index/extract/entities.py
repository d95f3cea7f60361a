"""People and organisations of one article: who is who, and who is in focus.

Links every mention to an entity: full names and surnames ("Emmanuel Macron" / "Macron"),
spelling variants ("Zelenskyy" / "Zelensky"), pronouns (to the most salient compatible
entity, not merely the last name written) and roles ("the French leader" -> the entity the
article described as "French President").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from index.extract import lexicon as lx
from index.extract.mentions import Mention
from index.models import SpeakerKind


@dataclass
class Entity:
    name: str  # the fullest name seen ("Emmanuel Macron", "Kremlin", "French officials")
    kind: SpeakerKind
    gender: str | None = None
    surfaces: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    last_focus: int = -1
    named: int = 0  # how often the article has named them so far
    role_only: bool = False  # known only by a role ("the Estmark prime minister")
    # introduced as someone new ("a Republican lawmaker", "another source"): never one of
    # the people the coverage names
    indefinite: bool = False

    @property
    def name_tokens(self) -> list[str]:
        return [lx.fold(t) for t in self.name.split()]

    @property
    def surname(self) -> str:
        toks = self.name_tokens
        return toks[-1] if toks else ""

    def add_role(self, role: str) -> None:
        if role and role not in self.roles:
            self.roles.append(role)


def similar_surname(a: str, b: str) -> bool:
    """Same surname, allowing one edit in long names (Zelensky / Zelenskyy) after the
    first letter: transliterations differ inside a name, not at its start (Barden is not
    Garden)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    return _edit_distance_le1(a, b)


def _edit_distance_le1(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


@dataclass
class RoleQuery:
    head: str
    countries: set[str]
    modifiers: set[str]
    states: set[str] = field(default_factory=set)  # US states: 'the Utah Republican'


def parse_role(role: str) -> RoleQuery | None:
    """Read "Slovak Prime Minister" as head "minister", modifiers {prime}, country slovakia."""
    words = [w for w in role.replace(",", " ").split() if w]
    # the head is the last role noun before "of"/"for" ("representative of the ministry")
    cut = len(words)
    for k, w in enumerate(words):
        if w.lower() in ("of", "for") and k > 0:
            cut = k
            break
    head = None
    for w in reversed(words[:cut]):
        head = lx.role_head(w.removesuffix("'s").removesuffix("’s"))
        if head:
            break
    if head is None:
        return None
    countries: set[str] = set()
    mods: set[str] = set()
    states = _states_in(words[:cut])
    for w in words:
        c = lx.country_of(w)
        if c:
            countries.add(c)
        else:
            low = lx.fold(w)
            if low in lx.ROLE_MODIFIERS or low in lx.ORG_NOUNS:
                mods.add(low)
    return RoleQuery(head=head, countries=countries, modifiers=mods, states=states)


def _states_in(words: list[str]) -> set[str]:
    """The US states named among ``words`` ('Utah', 'South Carolina')."""
    folded = [lx.fold(w).strip(",") for w in words]
    found: set[str] = set()
    for n in (2, 1):
        for i in range(len(folded) - n + 1):
            name = " ".join(folded[i : i + n])
            if name in lx.us_states() and "." not in name:
                found.add(name)
    return found


def role_match_score(query: RoleQuery, candidate: RoleQuery) -> float:
    """How well a role-only mention fits a described role; 0 means it cannot be them."""
    if query.countries and candidate.countries and not (query.countries & candidate.countries):
        return 0.0
    if query.states and not (query.states & candidate.states):
        return 0.0  # 'the Utah Republican' is not a Republican from elsewhere
    if query.head == candidate.head:
        score = 2.0
        if query.head == "minister" and ("prime" in query.modifiers) != (
            "prime" in candidate.modifiers
        ):
            score = 0.5 if "prime" not in query.modifiers else 0.0
    elif query.head == "leader" and candidate.head in lx.LEADER_HEADS | {"minister"}:
        score = 1.5 if candidate.head != "minister" or "prime" in candidate.modifiers else 0.0
    else:
        return 0.0
    score += len(query.modifiers & candidate.modifiers) * 0.5
    score += len(query.countries & candidate.countries) * 1.0
    return score


class ArticleEntities:
    """The entity table and focus history of one article."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._clock = 0

    # --- linking -------------------------------------------------------------------------
    def link(self, mention: Mention) -> Entity | None:
        """The entity a named mention (person, organisation, group) refers to, creating it."""
        if mention.kind == "person":
            return self._link_person(mention)
        if mention.kind == "organisation":
            return self._link_named(mention.name or mention.surface, "organisation", mention)
        if mention.kind == "group":
            return self._link_named(mention.role or mention.surface, "group", mention)
        return None

    def link_embedded_organisation(self, mention: Mention) -> Entity | None:
        """Register the organisation named inside a role: "spokeswoman for the Ministry of
        Water Resources" makes "Ministry of Water Resources" known to "the ministry said"."""
        words = mention.role.split()
        for k, w in enumerate(words):
            if w.lower() not in ("of", "for") or k == 0:
                continue
            rest = words[k + 1 :]
            if rest and rest[0].lower() == "the":
                rest = rest[1:]
            if (
                rest
                and rest[0][:1].isupper()
                and any(lx.fold(r) in lx.ORG_NOUNS and r[:1].isupper() for r in rest)
            ):
                org = Mention("organisation", mention.first, mention.last, " ".join(rest))
                return self._link_named(org.surface, "organisation", org)
        return None

    def _link_named(self, name: str, kind: SpeakerKind, mention: Mention) -> Entity:
        key = lx.fold(name)
        for ent in self.entities:
            if ent.kind == kind and lx.fold(ent.name) == key:
                ent.surfaces.add(mention.surface)
                return ent
        # "the ministry" refers to a named ministry of the article, if there is one;
        # "the company" to the one company the article names
        if kind == "organisation" and len(key.split()) == 1:
            for ent in reversed(self.entities):
                if ent.kind == "organisation" and key in ent.name_tokens:
                    ent.surfaces.add(mention.surface)
                    return ent
            if key in lx.COMPANY_NOUNS:
                companies = [
                    e
                    for e in self.entities
                    if e.kind == "organisation"
                    and len(e.name_tokens) >= 2
                    and e.name_tokens[-1].rstrip(".") in lx.CORPORATE_SUFFIXES
                ]
                if len(companies) == 1:
                    companies[0].surfaces.add(mention.surface)
                    return companies[0]
        ent = Entity(name=name, kind=kind, gender="it" if kind == "organisation" else "they")
        ent.surfaces.add(mention.surface)
        self.entities.append(ent)
        return ent

    def _link_person(self, mention: Mention) -> Entity | None:
        toks = [lx.fold(t) for t in mention.name.split()]
        ent = self.find_person(toks, mention.gender)
        if ent is None and mention.common_word:
            return None  # "the Convention", "21st Century": no one of that name here
        if ent is None:
            ent = Entity(name=mention.name, kind="person", gender=mention.gender)
            self.entities.append(ent)
        elif len(toks) > len(ent.name_tokens):
            ent.name = mention.name  # a fuller form of the name
        ent.surfaces.add(mention.surface)
        ent.named += 1
        ent.add_role(mention.role)
        if ent.gender is None and mention.gender in ("he", "she"):
            ent.gender = mention.gender
        return ent

    def find_person(self, toks: list[str], gender: str | None = None) -> Entity | None:
        """The person of this article named by the folded name words ``toks`` (of that
        gender, if given), or None."""
        if not toks:
            return None
        people = [
            e
            for e in self.entities
            if e.kind == "person" and (gender is None or e.gender in (None, gender))
        ]
        # exact full name
        for ent in people:
            if ent.name_tokens == toks:
                return ent
        surname = toks[-1]
        # one article spells one person's name one way: "Franken" is not "Frankel" (the
        # coverage-wide pass allows spelling variants across outlets)
        matches = [e for e in people if e.surname == surname]
        if len(toks) >= 2:
            # a full name: same surname and compatible first name ("Emmanuel Macron" after "Macron")
            matches = [e for e in matches if len(e.name_tokens) == 1 or e.name_tokens[0] == toks[0]]
        if not matches:
            return None
        # a surname several people share is the one the article names most (the story's
        # subject, not the relative introduced once), the latest named on a tie
        return max(matches, key=lambda e: (e.named, e.last_focus))

    # --- focus and resolution -------------------------------------------------------------
    def focus(self, entity: Entity) -> None:
        self._clock += 1
        entity.last_focus = self._clock

    def resolve_pronoun(self, pronoun: str) -> Entity | None:
        """The most salient entity a subject pronoun can refer to. Among the last few
        people in focus, one whose gender is known to match wins over one whose gender
        is unknown ("she" after Ilona Marsh and Tomas Berland is Ilona Marsh)."""
        candidates = sorted(
            (e for e in self.entities if e.last_focus >= 0),
            key=lambda e: e.last_focus,
            reverse=True,
        )
        if pronoun in ("he", "she"):
            recent = [e for e in candidates if e.last_focus > self._clock - 4]
            for ent in recent:
                if ent.kind == "person" and ent.gender == pronoun:
                    return ent
        for ent in candidates:
            if pronoun in ("he", "she"):
                if ent.kind != "person":
                    continue
                if ent.gender in ("he", "she") and ent.gender != pronoun:
                    continue
                return ent
            if pronoun == "it" and ent.kind == "organisation":
                return ent
            if pronoun == "they" and ent.kind in ("group", "organisation"):
                return ent
        return None

    def resolve_epithet(self, gender: str | None) -> Entity | None:
        """'the 24-year-old', 'the Dutchman': the most salient person of that gender."""
        if gender in ("he", "she"):
            return self.resolve_pronoun(gender)
        people = [e for e in self.entities if e.kind == "person" and e.last_focus >= 0]
        return max(people, key=lambda e: e.last_focus, default=None)

    def resolve_role(self, role: str) -> Entity | None:
        """The person of this article the role fits best (recency breaks ties)."""
        query = parse_role(role)
        if query is None:
            return None
        best: tuple[float, int, Entity] | None = None
        for ent in self.entities:
            if ent.kind != "person":
                continue
            score = max(
                (role_match_score(query, q) for r in ent.roles if (q := parse_role(r))),
                default=0.0,
            )
            if score <= 0:
                continue
            key = (score, ent.last_focus, ent)
            if best is None or key[:2] > best[:2]:
                best = key
        return best[2] if best else None
