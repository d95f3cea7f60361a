"""Countries, their names and demonyms, from the ``countryinfo`` package.

Used to read "French President X", "the Slovak prime minister" and "New Zealand's foreign
minister", to tell nationality modifiers from names, and to keep a place from becoming a
speaker. Each country has one key (its folded common name, "north korea"); a name or
demonym of several words ("South Korean") is known whole, and its last word alone
("Korean") stands for the country when that word is distinctive: no English word
("Islands", "Republic", "Coast") nor given name, and not shared by two countries (then the
word is its own key, "korea", as the articles' "Korea" is).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# Territories smaller than this (Heard Island, the Isle of Man, Pitcairn) are left out:
# their names and demonyms ("Heard", "Mann") are far likelier English words or surnames.
MIN_POPULATION = 100_000
# Not countries in an ISO list, but read the same way: the UK's nations, continents and
# regions, blocs, and the abbreviations newspapers write.
_REGIONS = """
england:english scotland:scottish wales:welsh europe:european
scandinavia:scandinavian africa:african asia:asian nato:nato eu:eu
"""
# Abbreviations and short forms that mean a country in the list.
_SHORT_FORMS = {
    "america": "united states",
    "us": "united states",
    "u.s.": "united states",
    "usa": "united states",
    "u.s.a.": "united states",
    "uk": "united kingdom",
    "u.k.": "united kingdom",
    "britain": "united kingdom",
}
# An alternative spelling is used when it is plain English letters (not "Shqipëria") and
# not a code or a "Name, Republic of" catalogue form.
_ENGLISH_NAME = re.compile(r"[A-Z][A-Za-z'.-]*(?: (?:of|and|the|[A-Z][A-Za-z'.-]*))*")
_CODE = re.compile(r"[A-Z]{2,3}")


@dataclass(frozen=True)
class Gazetteer:
    word_to_country: dict[str, str]  # one word (a name, demonym or distinctive part) -> key
    single_names: frozenset[str]  # one-word country names ("france"), not demonyms
    multiword: frozenset[str]  # names and demonyms of several words ("north korea")
    openings: frozenset[tuple[str, str]]  # their first two words ("north", "korea")


def _names_and_demonyms(country: object) -> tuple[list[str], list[str]]:
    name = country.name()  # type: ignore[attr-defined]
    alts = [
        a
        for a in country.alt_spellings()  # type: ignore[attr-defined]
        if _ENGLISH_NAME.fullmatch(a) and not _CODE.fullmatch(a)
    ]
    raw_demonyms = country.demonym() or ""  # type: ignore[attr-defined]
    demonyms = [d.strip() for d in re.split(r",|/| and ", raw_demonyms) if d.strip()]
    return [name, *alts], [d for d in demonyms if _ENGLISH_NAME.fullmatch(d)]


_WORD = re.compile(r"[a-z][a-z-]{3,}")


def _distinctive(word: str) -> bool:
    """A word that means the country on its own: no English word ("Islands", "See",
    "of"), and no given name or surname ("Helena", "Salvador", "Mann")."""
    from lemminflect import getAllLemmas

    from index.extract.lexicon import given_name_gender

    return bool(_WORD.fullmatch(word)) and not getAllLemmas(word) and not given_name_gender(word)


@cache
def gazetteer() -> Gazetteer:
    """Every country's names and demonyms, folded; larger countries win a shared
    demonym ("Indian" is India's, not the British Indian Ocean Territory's)."""
    import countryinfo

    from index.extract.lexicon import fold

    countries = sorted(
        (c for c in countryinfo.all_countries() if (c.population() or 0) >= MIN_POPULATION),
        key=lambda c: -(c.population() or 0),
    )
    word_to_country: dict[str, str] = {}
    part_owners: dict[str, set[str]] = {}
    single: set[str] = set()
    multiword: set[str] = set()
    for country in countries:
        names, demonyms = _names_and_demonyms(country)
        key = fold(names[0])
        alternatives = names[1:]
        for form in names + demonyms:
            folded = fold(form)
            words = folded.split()
            if len(words) == 1:
                if form in alternatives and not _distinctive(folded):
                    continue  # Iceland's "Island", the Isle of Man's "Mann"
                word_to_country.setdefault(folded, key)
                if form in names:
                    single.add(folded)
                continue
            multiword.add(folded)
            if _distinctive(words[-1]):
                part_owners.setdefault(words[-1], set()).add(key)
    for part, owners in part_owners.items():
        if part not in word_to_country:
            word_to_country[part] = owners.pop() if len(owners) == 1 else part
    for item in _REGIONS.split():
        region, demonym = item.split(":")
        word_to_country[region] = word_to_country[demonym] = region
        single.add(region)
    for short, key in _SHORT_FORMS.items():
        word_to_country[short] = key
        single.add(short)
    openings = frozenset((w[0], w[1]) for w in (m.split() for m in multiword))
    return Gazetteer(word_to_country, frozenset(single), frozenset(multiword), openings)
