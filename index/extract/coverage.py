"""Speakers across the whole coverage: one speaker per person, whatever the article calls them.

"Macron", "Emmanuel Macron", "French President Emmanuel Macron" and "Mr. Macron" in six
articles are one speaker; "the Estmark prime minister" in one article is the person another
article names with that role; "the ministry" is the one ministry the coverage names. Two
people who share a surname but not a first name stay two.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from index.extract import lexicon as lx
from index.extract.article import ArticleExtractor
from index.extract.entities import Entity, parse_role, role_match_score, similar_surname
from index.models import Quote, Speaker, SpeakerKind


@dataclass
class _Cluster:
    kind: SpeakerKind
    members: list[Entity] = field(default_factory=list)
    quotes: int = 0
    tokens: list[str] = field(default_factory=list)  # folded words of its fullest name
    roles: dict[str, None] = field(default_factory=dict)  # ordered set

    def add(self, ent: Entity) -> None:
        self.members.append(ent)
        for r in ent.roles:
            self.roles.setdefault(r, None)
        toks = [lx.fold(t) for t in ent.name.split()]
        full = len(toks) >= 2 and not ent.role_only
        have_full = len(self.tokens) >= 2
        if not self.tokens or (full and (not have_full or len(toks) > len(self.tokens))):
            self.tokens = toks

    @property
    def full_names(self) -> list[str]:
        return [e.name for e in self.members if len(e.name.split()) >= 2 and not e.role_only]

    def canonical(self) -> str:
        names = [e.name for e in self.members if not e.role_only]
        if not names:
            return _capitalise(self.members[0].name)
        full = self.full_names or names
        counts = Counter(full)
        return max(counts, key=lambda n: (counts[n], len(n)))


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def build_speakers(
    extractors: Sequence[ArticleExtractor],
) -> tuple[list[Quote], list[Speaker]]:
    """Canonical speakers for every quote of every article, and the speaker list."""
    quote_count: Counter[int] = Counter()
    for ex in extractors:
        for ent in ex.speaker_entities.values():
            quote_count[id(ent)] += 1
    entities = [e for ex in extractors for e in ex.entities.entities]
    article_of = {id(e): i for i, ex in enumerate(extractors) for e in ex.entities.entities}
    clusters: dict[int, _Cluster] = {}  # id(entity) -> cluster

    def new_cluster(ent: Entity) -> _Cluster:
        c = _Cluster(kind=ent.kind)
        c.add(ent)
        clusters[id(ent)] = c
        return c

    def join(c: _Cluster, ent: Entity) -> None:
        c.add(ent)
        clusters[id(ent)] = c

    people = [e for e in entities if e.kind == "person" and not e.role_only]
    person_clusters: list[_Cluster] = []
    by_surname = _SurnameIndex()
    # full names first, so surnames can join them
    for ent in sorted(people, key=lambda e: -len(e.name.split())):
        toks = [lx.fold(t) for t in ent.name.split()]
        target = _match_person(by_surname.near(toks[-1]) if toks else [], toks)
        if target is None:
            c = new_cluster(ent)
            person_clusters.append(c)
            by_surname.add(c)
        else:
            join(target, ent)
    for c in person_clusters:
        c.quotes = sum(quote_count[id(e)] for e in c.members)
    # roles known only by their title: the person the coverage describes that way
    for ent in (e for e in entities if e.role_only):
        role = ent.roles[0] if ent.roles else ent.name
        target = None if ent.indefinite else _match_role(person_clusters, role)
        if target is None:
            target = next(
                (c for c in person_clusters if all(m.role_only for m in c.members)
                 and lx.fold(c.members[0].name) == lx.fold(ent.name)),
                None,
            )  # fmt: skip
            if target is None:
                person_clusters.append(new_cluster(ent))
                continue
        join(target, ent)
    # organisations and groups: by name; "the ministry" joins the one named ministry
    named: dict[str, _Cluster] = {}
    generic: list[Entity] = []
    for ent in (e for e in entities if e.kind in ("organisation", "group")):
        key = f"{ent.kind}:{lx.fold(ent.name)}"
        if ent.kind == "organisation" and ent.name.islower():
            generic.append(ent)
            continue
        if key in named:
            join(named[key], ent)
        else:
            named[key] = new_cluster(ent)
    for ent in generic:
        # "the ministry": the named organisation with that noun, in this article if possible
        noun = lx.fold(ent.name.split()[-1])
        hosts = [c for c in named.values() if c.kind == "organisation" and noun in c.tokens]
        local = [
            c for c in hosts if any(article_of[id(m)] == article_of[id(ent)] for m in c.members)
        ]
        pick = local if local else hosts
        if len(pick) == 1:
            join(pick[0], ent)
        else:
            key = f"organisation:{noun}"
            if key in named:
                join(named[key], ent)
            else:
                named[key] = new_cluster(ent)
    return _apply(extractors, clusters, quote_count)


class _SurnameIndex:
    """Person clusters by surname, and by the one-letter deletions of it, so that a name
    is compared only with clusters whose surname is equal or one edit away."""

    def __init__(self) -> None:
        self._by_key: dict[str, list[_Cluster]] = {}

    @staticmethod
    def _keys(surname: str) -> set[str]:
        return {surname} | {surname[:i] + surname[i + 1 :] for i in range(len(surname))}

    def add(self, cluster: _Cluster) -> None:
        for key in self._keys(cluster.tokens[-1]):
            self._by_key.setdefault(key, []).append(cluster)

    def near(self, surname: str) -> list[_Cluster]:
        seen: dict[int, _Cluster] = {}
        for key in self._keys(surname):
            for c in self._by_key.get(key, []):
                seen[id(c)] = c
        return list(seen.values())


def _match_person(clusters: list[_Cluster], toks: list[str]) -> _Cluster | None:
    if not toks:
        return None
    candidates: list[_Cluster] = []
    for c in clusters:
        ctoks = c.tokens
        if ctoks == toks:
            return c
        if not similar_surname(ctoks[-1], toks[-1]):
            continue
        if ctoks[-1] != toks[-1] and _distinct_given_names(ctoks[-1], toks[-1]):
            continue  # "Melanie" is not "Melania": two names, not two spellings of one
        if len(toks) >= 2 and len(ctoks) >= 2 and ctoks[0] != toks[0]:
            continue  # same surname, different first name: another person
        candidates.append(c)
    if len(candidates) == 1:
        return candidates[0]
    return None  # unknown or ambiguous surname: its own speaker


def _distinct_given_names(a: str, b: str) -> bool:
    """Both words are given names of the name list: people named differently, not one
    name spelt two ways."""
    return lx.given_name_gender(a) is not None and lx.given_name_gender(b) is not None


def _match_role(clusters: list[_Cluster], role: str) -> _Cluster | None:
    query = parse_role(role)
    if query is None:
        return None
    scored: list[tuple[float, int, _Cluster]] = []
    for c in clusters:
        if all(m.role_only for m in c.members):
            continue
        score = max(
            (role_match_score(query, q) for r in c.roles if (q := parse_role(r))), default=0.0
        )
        if score > 0:
            scored.append((score, c.quotes, c))
    if not scored:
        return None
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0] and scored[0][1] == scored[1][1]:
        return None  # two people fit equally well: do not guess
    return scored[0][2]


def _merge_same_names(clusters: dict[int, _Cluster], quote_count: Counter[int]) -> None:
    """A speaker's name is its key: two clusters that end up with one name ('The New York
    Times' read as an organisation, 'a New York Times reporter' cut to a person) are one
    speaker, of the kind the more quoted of them has."""
    for _ in range(3):
        unique = {id(c): c for c in clusters.values()}.values()
        ranked = sorted(
            unique,
            key=lambda c: (-sum(quote_count[id(e)] for e in c.members), c.kind != "organisation"),
        )
        by_name: dict[str, _Cluster] = {}
        merged = False
        for c in ranked:
            key = lx.fold(c.canonical())
            keep = by_name.setdefault(key, c)
            if keep is c:
                continue
            for ent in c.members:
                keep.add(ent)
                clusters[id(ent)] = keep
            merged = True
        if not merged:
            return


def _apply(
    extractors: Sequence[ArticleExtractor],
    clusters: dict[int, _Cluster],
    quote_count: Counter[int],
) -> tuple[list[Quote], list[Speaker]]:
    _merge_same_names(clusters, quote_count)
    speakers: dict[int, Speaker] = {}
    quotes: list[Quote] = []
    for c in {id(c): c for c in clusters.values()}.values():
        aliases: list[str] = []
        for e in c.members:
            for s in sorted(e.surfaces | {e.name}):
                s = s.removesuffix("'s").removesuffix("’s")
                if s not in aliases and lx.fold(s) not in ("he", "she", "they", "it"):
                    aliases.append(s)
        name = c.canonical()
        speakers[id(c)] = Speaker(
            name=name,
            kind=c.kind,
            aliases=[a for a in aliases if a != name],
            roles=list(c.roles),
            quote_count=sum(quote_count[id(e)] for e in c.members),
        )
    for ex in extractors:
        for q in ex.quotes:
            ent = ex.speaker_entities.get(q.id)
            if ent is not None and q.speaker is not None and id(ent) in clusters:
                sp = speakers[id(clusters[id(ent)])]
                ref = q.speaker.model_copy(update={"name": sp.name, "kind": sp.kind})
                q = q.model_copy(update={"speaker": ref})
            quotes.append(q)
    used = [s for s in speakers.values() if s.quote_count > 0]
    return quotes, sorted(used, key=lambda s: (-s.quote_count, s.name))
