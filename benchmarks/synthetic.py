"""A synthetic news corpus of any size, for benchmarks: fictional people, places and
quotes in the patterns real coverage uses (no real text)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from index.models import Article

FIRST = "Ana Boris Clara Dario Elin Farid Greta Hugo Ines Jonas Kira Lars Mona Nils Olga Pavel Rosa Sven Tara Ugo Vera Willem Yara Zoltan".split()  # noqa: E501
LAST = "Arvik Brenner Castell Dorn Eskel Falk Grau Holm Ivers Jarl Kessel Lind Marsk Norr Orlov Pell Quist Rask Solwin Tamm Ulvik Vessar Wend Zorn".split()  # noqa: E501
ROLES = "minister mayor spokesperson senator governor director coach chairwoman economist analyst".split()  # noqa: E501
PLACES = "Valdoria Estmark Karsel Linnet Velmora Kessling Orvale Dunmore Brask Tollund".split()
TOPICS = [
    "the new dam",
    "water prices",
    "the port expansion",
    "the railway tender",
    "the budget",
    "fishing quotas",
    "the election date",
    "the energy subsidy",
    "the border crossing",
    "the hospital reform",
    "the school closures",
    "the stadium project",
    "interest rates",
]
CLAIMS = [
    "will not be delayed again",
    "is a mistake we will pay for",
    "must be reviewed by parliament",
    "has the support of most residents",
    "was decided without consultation",
    "will cost far more than promised",
    "is the best option we have",
    "cannot wait until spring",
    "puts thousands of jobs at risk",
    "was never properly explained",
]
VERBS = ["said", "told reporters", "warned", "insisted", "argued", "added", "stressed"]


def _person(rng: random.Random) -> tuple[str, str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return first, last, rng.choice(ROLES)


def _paragraph(rng: random.Random, who: tuple[str, str, str], place: str) -> str:
    first, last, role = who
    topic, claim = rng.choice(TOPICS), rng.choice(CLAIMS)
    verb = rng.choice(VERBS)
    n = rng.randint(0, 99999)
    patterns = [
        f'"{topic.capitalize()} {claim}," {first} {last}, the {place} {role}, {verb}.',
        f"{place} {role} {first} {last} {verb} that {topic} {claim}, citing report {n}.",
        f'"We have said from the start that {topic} {claim}," {last} {verb} on Tuesday.',
        f"According to {first} {last}, {topic} {claim} and the plan needs change {n}.",
        f'{last} criticised the proposal, saying {topic} "{claim}".',
    ]
    return rng.choice(patterns)


def articles(n_quotes: int, seed: int = 7, per_article: int = 5) -> Iterator[Article]:
    """Articles holding about ``n_quotes`` quotations in all."""
    rng = random.Random(seed)
    for i in range(max(1, n_quotes // per_article)):
        place = rng.choice(PLACES)
        people = [_person(rng) for _ in range(3)]
        paras = [f"{place} officials met on Monday to discuss {rng.choice(TOPICS)}."]
        paras += [_paragraph(rng, rng.choice(people), place) for _ in range(per_article)]
        yield Article(
            id=f"syn-{i:06d}",
            title=f"{place} debates {rng.choice(TOPICS)}",
            outlet="Synthetic Wire",
            url=f"https://example.org/syn/{i}",
            published="2025-01-01",
            paragraphs=paras,
        )
