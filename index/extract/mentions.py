"""Find mentions of possible speakers in a token list.

A mention is a pronoun ("he"), a name with or without a description ("Kremlin
spokesperson Dmitry Peskov", "Prime Minister Ulf Kristersson of Sweden", "Macron"), a role
without a name ("the French leader"), an organisation ("the Kremlin", "the ministry") or a
group ("French officials").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from index.extract import lexicon as lx
from index.extract.casing import is_common_word
from index.extract.tokens import Token

MentionKind = Literal["pronoun", "person", "role", "organisation", "group", "place", "epithet"]
_AGE = re.compile(r"^\d{1,3}-year-old$")


@dataclass
class Mention:
    kind: MentionKind
    first: int  # token index range [first, last)
    last: int
    surface: str  # the words as written
    name: str = ""  # the proper-name part ("Dmitry Peskov"), if any
    role: str = ""  # the description part ("Kremlin spokesperson"), if any
    possessive: bool = False
    after_preposition: bool = False
    gender: str | None = None  # "he", "she", "they", "it" or None
    common_word: bool = False  # a lone capitalised word the article also writes lower case

    @property
    def can_be_subject(self) -> bool:
        return not self.possessive and not self.after_preposition


# Arabic and similar name prefixes joined by a hyphen or apostrophe: "al-Rashidi", "el-Sayed"
_PREFIXED_NAME = re.compile(r"^(?:al|el|ad|ar|as|at|an|az|ash|ul|bin|ibn|d)[-'’]\w", re.I)


def _is_name_word(tok: Token) -> bool:
    if tok.is_word and not tok.is_cap and _PREFIXED_NAME.match(tok.text):
        rest = re.split(r"[-'’]", tok.text, maxsplit=1)[1]
        return rest[:1].isupper()
    if not tok.is_cap or _is_title(tok) or tok.low in lx.SUBJECT_CONTRACTIONS:
        return False  # "I'm", "They're" are no one's name
    low = lx.fold(tok.bare)
    if low in lx.NON_NAME_CAPITALS or low in lx.DAYS_MONTHS:
        return False
    if low == "new":
        return True  # "New York", "New Hampshire": capitalised, never a role modifier
    if low in lx.ROLE_NOUNS or low in lx.ROLE_MODIFIERS or low in lx.ORG_NOUNS:
        return False
    if low in lx.GROUP_NOUNS:
        return False  # "Prosecutors said ...": a sentence-initial plural, not a name
    return lx.country_of(tok.bare) is None


def _np_word(tok: Token) -> bool:
    """Words that may stand inside a descriptive noun phrase before a name."""
    if not tok.is_word:
        return False
    low = lx.fold(tok.bare)
    acronym = len(tok.text) > 1 and tok.text.isupper()  # "US Senator", not "us"
    if low in lx.NON_NAME_CAPITALS and low not in ("the",) and not acronym:
        return False
    if tok.is_cap or _is_name_word(tok):
        return low not in lx.DAYS_MONTHS
    return (
        low in lx.ROLE_NOUNS
        or low in lx.ROLE_MODIFIERS
        or low in lx.ORG_NOUNS
        or low in lx.GROUP_NOUNS
        or ("-" in low and low.split("-")[0] in {"far", "hard", "centre", "center", "ultra"})
    )


def find_mentions(tokens: list[Token]) -> list[Mention]:
    """Non-overlapping mentions in ``tokens`` (quote tokens are never part of one)."""
    mentions: list[Mention] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if not tok.is_word:
            i += 1
            continue
        low = tok.low
        if low in lx.SUBJECT_PRONOUNS or low in lx.PRONOUNS_NEUTER or low in lx.OBJECT_PRONOUNS:
            gender = lx.OBJECT_PRONOUNS.get(low, low)
            mentions.append(_finish(tokens, Mention("pronoun", i, i + 1, tok.text, gender=gender)))
            i += 1
            continue
        pronoun = low.split("'")[0] if low in lx.SUBJECT_CONTRACTIONS else ""
        if pronoun in lx.SUBJECT_PRONOUNS:
            # "He's claiming that ...", "they'd said": the pronoun and its auxiliary
            surface = tok.text[: len(pronoun)]
            m = _finish(tokens, Mention("pronoun", i, i + 1, surface, gender=pronoun))
            m.possessive = False  # "he's" is "he is" or "he has", never "his"
            mentions.append(m)
            i += 1
            continue
        m = _epithet(tokens, i) or _noun_phrase(tokens, i) or _quantified_group(tokens, i)
        if m is None:
            i += 1
            continue
        mentions.append(_finish(tokens, m))
        i = m.last
    return _merge_appositives(tokens, _merge_modifier_names(_merge_possessive_roles(mentions)))


def _merge_modifier_names(mentions: list[Mention]) -> list[Mention]:
    """'Daily News opinion editor Josh Greenman', 'former FBI agent Timothy Gill', 'Trump
    adviser Roger Stone': a name right before a titled name describes that person."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.last == m.first
            and prev.kind in ("person", "organisation", "place")
            and not prev.possessive
            and m.kind == "person"
            and m.role
            and m.role[:1].islower()
        ):
            m.role = f"{prev.surface} {m.role}"
            m.surface = f"{prev.surface} {m.surface}"
            m.first = prev.first
            m.after_preposition = prev.after_preposition
            out[-1] = m
            continue
        out.append(m)
    return out


def _merge_possessive_roles(mentions: list[Mention]) -> list[Mention]:
    """ "Putin's spokesman", "the ministry's spokeswoman": a role named by whose it is."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if (
            nxt is not None
            and m.possessive
            and m.kind in ("person", "organisation", "place", "role")
            and nxt.kind == "role"
            and nxt.first == m.last
        ):
            out.append(
                Mention(
                    "role",
                    m.first,
                    nxt.last,
                    f"{m.surface} {nxt.surface}",
                    role=f"{m.surface} {nxt.role}",
                    after_preposition=m.after_preposition,
                    gender=nxt.gender,
                )
            )
            k += 2
            continue
        out.append(m)
        k += 1
    return out


def _merge_appositives(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Join "the official representative of the ministry, Maria Zakharova," and
    "Ana Ruiz, the foreign minister," into one person mention carrying the role."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        comma_between = nxt is not None and nxt.first == m.last + 1 and tokens[m.last].text == ","
        if comma_between and nxt is not None:
            # "the foreign minister, Ana Ruiz," - but not "a candidate for president,
            # Kander said": a role after a preposition is no one's apposition, and a
            # name that a verb follows at once is a new subject
            name_closed = nxt.last >= len(tokens) or tokens[nxt.last].text in (",", ")", ".")
            if (
                m.kind == "role"
                and nxt.kind == "person"
                and not m.after_preposition
                and (name_closed or m.first == 0)
            ):
                nxt.role = nxt.role or m.role  # "Her rival, Prime Minister Hugo Falk,"
                nxt.first = m.first
                nxt.surface = f"{m.surface}, {nxt.surface}"
                nxt.after_preposition = m.after_preposition
                nxt.gender = nxt.gender or m.gender
                out.append(nxt)
                k += 2
                continue
            closes = nxt.last < len(tokens) and tokens[nxt.last].text in (",", ")")
            after = mentions[k + 2] if k + 2 < len(mentions) else None
            introduces_name = (
                after is not None
                and after.kind == "person"
                and after.first == nxt.last + 1
                and tokens[nxt.last].text == ","
            )  # "In Velmora, the ministry's spokeswoman, Petra Vessar, said"
            if (
                m.kind == "person"
                and nxt.kind == "role"
                and closes
                and not m.possessive
                and not introduces_name
            ):
                m.role = m.role or nxt.role
                m.gender = m.gender or nxt.gender
                m.surface = f"{m.surface}, {nxt.surface}"
                m.last = nxt.last + 1  # the appositive and its closing comma
                out.append(m)
                k += 2
                continue
        out.append(m)
        k += 1
    return out


def _verb_follows(tokens: list[Token], k: int) -> bool:
    """A finite verb (or auxiliary) right after position ``k``, adverbs aside."""
    while k < len(tokens) and tokens[k].is_word and tokens[k].low.endswith("ly"):
        k += 1
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    low = tokens[k].low
    return lx.speech_lemma(low) is not None or low in {
        "had", "has", "have", "was", "were", "is", "are", "will", "would", "did", "could",
    }  # fmt: skip


def _epithet(tokens: list[Token], i: int) -> Mention | None:
    """'the 24-year-old', 'the Dutchman', 'the Spaniard said': a person referred to by a
    description, resolved like a pronoun."""
    if tokens[i].low != "the" or i + 1 >= len(tokens):
        return None
    word = tokens[i + 1]
    nxt = tokens[i + 2] if i + 2 < len(tokens) else None
    low = lx.fold(word.bare)
    gender: str | None = None
    if _AGE.match(low):
        pass
    elif word.is_cap and low.endswith(("man", "woman")) and lx.country_of(low[:-3].rstrip("wo")):
        gender = "she" if low.endswith("woman") else "he"
    elif word.is_cap and lx.country_of(word.bare) is not None and not lx.is_country_name(low):
        # "the German said", not "the German government"
        if (
            nxt is not None
            and nxt.is_word
            and not (lx.speech_lemma(nxt.low) or nxt.low in {"had", "has", "was", "who", "added"})
        ):
            return None
    else:
        return None
    return Mention("epithet", i, i + 2, f"{tokens[i].text} {word.text}", gender=gender)


def _quantified_group(tokens: list[Token], i: int) -> Mention | None:
    """'Others, however, say', 'Many say', 'most of them said': people counted, not
    named, as the subject of a speech verb."""
    tok = tokens[i]
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    sides = tok.low in ("each", "both") and nxt in ("side", "sides")  # 'Each side said'
    if tok.low not in lx.QUANTIFIERS and not sides:
        return None
    if i > 0 and tokens[i - 1].low in ("a", "the", "that", "who", "which", "they", "we"):
        return None  # 'a few days', 'a panel that all agreed', 'they all said'
    k = i + 2 if sides else i + 1
    if k + 1 < len(tokens) and tokens[k].low == "of" and tokens[k + 1].low in ("them", "those"):
        k += 2
    elif k < len(tokens) and tokens[k].low in ("in", "at", "among", "inside", "within"):
        # 'Many in the crowd said', 'Some in the party say', 'Others at the rally said'
        end = k + 1
        while end < len(tokens) and end - k <= 5 and tokens[end].is_word:
            if _speaks_next(tokens, end):
                break
            end += 1
        if end < len(tokens) and end - k >= 2 and _speaks_next(tokens, end):
            k = end
    last = k
    while k < len(tokens) and (tokens[k].text == "," or tokens[k].low in lx.FILLER_WORDS):
        k += 1  # 'Others, however, say'
    if k < len(tokens) and _speaks_next(tokens, k):
        surface = " ".join(t.text for t in tokens[i:last])
        return Mention("group", i, last, surface, role=surface.lower(), gender="they")
    return None


def _finish(tokens: list[Token], m: Mention) -> Mention:
    if m.first > 0:
        prev = tokens[m.first - 1]
        m.after_preposition = prev.is_word and prev.low in lx.PREPOSITIONS
        if m.after_preposition and prev.low in lx.SUBORDINATORS and _verb_follows(tokens, m.last):
            m.after_preposition = False  # "after the company warned": a clause's subject
    m.possessive = m.possessive or tokens[m.last - 1].possessive
    if m.last < len(tokens) and tokens[m.last].text in ("’", "'") and m.kind != "pronoun":
        m.possessive = True  # plural possessive: "officials’"
    return m


def _noun_phrase(tokens: list[Token], i: int) -> Mention | None:
    """Parse the longest speaker-like noun phrase starting at token ``i``."""
    n = len(tokens)
    j = i
    if tokens[j].low in ("the", "a", "an", "another", "one"):
        j += 1
    elif tokens[j].low in lx.COUNTED and j + 1 < n and tokens[j + 1].low in lx.GROUP_NOUNS:
        j += 1  # 'many economists say', 'two officials said'
    # descriptive part and name: words, "of the", "for the", possibly a title (Mr.)
    words: list[int] = []
    while j < n:
        tok = tokens[j]
        if (
            _np_word(tok)
            or _is_title(tok)
            or (  # "Piet de Vries", "Pieter van der Berkhof": particles inside a name
                words
                and _is_particle(tok)
                and (_is_name_word(tokens[words[-1]]) or _is_particle(tokens[words[-1]]))
                and j + 1 < n
                and (_is_name_word(tokens[j + 1]) or _is_particle(tokens[j + 1]))
            )
            or (
                # 'a Cairo airport official': after "a", a name modifies the role
                (not _has_name(tokens, words) or _indefinite_names(tokens, i, words))
                and _modifies_role(tokens, j)
            )
            or (not words and _agent_title(tokens, j))
            or _plural_possessive_inside(tokens, j, words)
            or _surname_after_given_name(tokens, words, j)
            or _given_name_before_surname(tokens, j)
        ):
            words.append(j)
            j += 1
            if tok.possessive and not _possessive_continues(tokens, j):
                break
            continue
        if (
            tok.low == "of"
            and words
            and (_is_name_word(tokens[words[-1]]) or _given_name_before(tokens, words))
            and not _org_before_name(tokens, words)
            and j + 1 < n
            and (
                tokens[j + 1].is_cap
                or (tokens[j + 1].low == "the" and j + 2 < n and tokens[j + 2].is_cap)
            )
        ):
            # "Prime Minister Ulf Kristersson of Sweden", "analyst Rosa Heldt of Velmora
            # University", "Mr. Morgan of the Sierra Club": a post-modifier of the role
            k = j + 2 if tokens[j + 1].low == "the" else j + 1
            while k < n and tokens[k].is_cap and not tokens[k - 1].possessive and k - j < 7:
                k += 1
            postmod = "of " + " ".join(t.bare for t in tokens[j + 1 : k])
            return _classify(tokens, i, words[-1] + 1, words, postmod=postmod, extra=k - j)
        named_body = (  # 'the Commission on Harbour Safety', 'Council on Fisheries'
            tok.low == "on"
            and words
            and tokens[words[-1]].is_cap
            and lx.fold(tokens[words[-1]].bare) in lx.ORG_NOUNS
            and j + 1 < n
            and tokens[j + 1].is_cap
        )
        if (
            (tok.low in ("of", "for") or named_body)
            and words
            and j + 1 < n
            and (_np_word(tokens[j + 1]) or tokens[j + 1].low == "the")
            and _role_so_far(tokens, words)
        ):
            # "leader of the far-right National Rally", "a spokesman for the ministry"
            k = j + 1
            if (principal := _person_named_at(tokens, k)) > k and not _has_name(tokens, words):
                # 'a spokesman for Lina Oster', 'a friend of Ivo Tamm': the person named is
                # whom the role serves, not the speaker; the phrase is a role
                postmod = " ".join(t.bare for t in tokens[j:principal])
                end = words[-1] + 1
                return _classify(tokens, i, end, words, postmod=postmod, extra=principal - j)
            if tokens[k].low == "the":
                k += 1
            if k < n and _np_word(tokens[k]):
                words.extend(range(j, k))
                j = k
                continue
        if (
            tok.low == "and"
            and words
            and any(tokens[w].low in ("of", "for") for w in words)
            and tokens[words[-1]].is_cap
            and j + 1 < n
            and tokens[j + 1].is_cap
            and _np_word(tokens[j + 1])
        ):
            # "Centers for Disease Control and Prevention", "Academies of Sciences,
            # Engineering and Medicine": the name runs on past its "and"
            words.append(j)
            j += 1
            continue
        break
    if not words:
        return None
    first, last = i, words[-1] + 1
    return _classify(tokens, first, last, words)


def _indefinite_names(tokens: list[Token], i: int, words: list[int]) -> bool:
    """Only capitalised words after "a"/"an" so far: 'a Cairo ...', 'an Ohio ...' is no
    one's name, but a modifier of what follows."""
    return tokens[i].low in ("a", "an") and bool(words) and all(tokens[w].is_cap for w in words)


def _person_named_at(tokens: list[Token], k: int) -> int:
    """Past a person's name that starts at ``k`` with a known given name ('Lina Oster',
    'Hillary Rodham Clinton'); ``k`` when none starts there."""
    if k >= len(tokens) or not tokens[k].is_cap or lx.given_name_gender(tokens[k].text) is None:
        return k
    end = k + 1
    while end < len(tokens) and end - k < 4 and tokens[end].is_cap and _np_word(tokens[end]):
        end += 1
    return end if end - k >= 2 else k


def _modifies_role(tokens: list[Token], j: int) -> bool:
    """Open-class words right before a role noun: "water minister", "harbour board
    chairwoman" - but never a verb ("criticised Mayor X")."""
    k = j
    while k < len(tokens) and k - j < 3:
        tok = tokens[k]
        if k > j and _plural_possessive_inside(tokens, k, [k - 1]):
            k += 1  # "the dockworkers' union"
            continue
        adjective = (
            tok.is_word
            and tok.low.endswith("ed")
            and lx.is_adjective(tok.low)
            and lx.speech_lemma(tok.low) is None
        )  # 'retired neurosurgeon', 'embattled mayor' (not 'criticised Mayor')
        if not tok.is_word or tok.possessive or tok.is_cap or (_verb_like(tok) and not adjective):
            return False
        if k > j and (lx.role_head(tok.bare) is not None or lx.fold(tok.bare) in lx.ORG_NOUNS):
            return True  # "water minister", "agriculture ministry", "audit office"
        k += 1
    return False


def _plural_possessive_inside(tokens: list[Token], j: int, words: list[int]) -> bool:
    """The apostrophe of a plural possessive inside a noun phrase: "the dockworkers'
    union", "the farmers’ association" (not "officials' comments", which ends there)."""
    if j + 1 >= len(tokens) or tokens[j].text not in ("'", "’") or not words:
        return False
    before, after = tokens[words[-1]], tokens[j + 1]
    if words[-1] != j - 1 or before.is_cap or not before.low.endswith("s"):
        return False
    low = lx.fold(after.bare)
    return after.is_word and (lx.role_head(low) is not None or low in lx.ORG_NOUNS)


def _verb_like(tok: Token) -> bool:
    low = tok.low
    return (
        low in lx.NON_NAME_CAPITALS
        or lx.speech_lemma(low) is not None
        or low.endswith(("ed", "ing", "ly"))
        or low in lx.PREPOSITIONS
    )


_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "master", "person")


def _agent_title(tokens: list[Token], j: int) -> bool:
    """A lowercase agent noun right before a name: "harbourmaster Ewan Rusk",
    "striker Ana Lenz" - read as a title even when the role lexicon lacks it."""
    tok = tokens[j]
    if not tok.is_word or tok.is_cap or _verb_like(tok) or len(tok.low) < 5:
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is not None and _is_name_word(nxt) and tok.low.endswith(_AGENT_SUFFIXES)


def _has_name(tokens: list[Token], words: list[int]) -> bool:
    return any(_is_name_word(tokens[w]) for w in words)


def _possessive_continues(tokens: list[Token], j: int) -> bool:
    """ "Spain's government spokesperson", "Norway's foreign ministry": a place's role or
    organisation; "Macron's comments" stops at the possessive."""
    prev = tokens[j - 1]
    if lx.country_of(prev.bare) is None and lx.fold(prev.bare) not in lx.ORG_NOUNS:
        return False
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].is_word:
        low = lx.fold(tokens[k].bare)
        if lx.role_head(low) or low in lx.ORG_NOUNS:
            return True
        if low not in lx.ROLE_MODIFIERS and not _modifies_role(tokens, k):
            return False
        k += 1
    return False


_TITLE_WORDS = frozenset(t.rstrip(".") for t in lx.TITLES_MALE | lx.TITLES_FEMALE | lx.TITLES_OTHER)


def _is_title(tok: Token) -> bool:
    return tok.low.rstrip(".") in _TITLE_WORDS and tok.text[:1].isupper()


def _role_so_far(tokens: list[Token], words: list[int]) -> bool:
    return any(
        lx.role_head(tokens[w].bare) or lx.fold(tokens[w].bare) in lx.ORG_NOUNS for w in words
    )


def _classify(
    tokens: list[Token],
    first: int,
    last: int,
    words: list[int],
    postmod: str = "",
    extra: int = 0,
) -> Mention | None:
    last_with_postmod = last + extra
    surface_tokens = tokens[first:last_with_postmod]
    surface = _join(surface_tokens)
    # the name is the trailing run of name words (and titles/particles inside it)
    name_idx = _trailing_country(tokens, words)
    for w in reversed(words if not name_idx else []):
        tok = tokens[w]
        corporate_end = (
            not name_idx
            and w == words[-1]
            and tok.is_cap
            and lx.fold(tok.bare).rstrip(".") in lx.CORPORATE_SUFFIXES
            and len(words) >= 2
            and _is_name_word(tokens[words[-2]])
        ) or (
            not name_idx
            and w == words[-1]
            and tok.is_cap
            and not tok.text.isupper()
            and lx.fold(tok.bare) in lx.ROLE_MODIFIERS
            and lx.role_head(tok.bare) is None
            and len(words) >= 2
            and _is_name_word(tokens[words[-2]])
            and not _is_title(tokens[words[-2]])
        )  # "Orvale Energy", "Associated Press": the last word is part of the name
        country_surname = (
            not name_idx
            and w == words[-1]
            and tok.is_cap
            and lx.country_of(tok.bare) is not None
            and (
                (len(words) >= 2 and lx.given_name_gender(tokens[words[-2]].text) is not None)
                or (len(words) >= 2 and _is_title(tokens[words[-2]]))
                or (len(words) == 1 and _speaks_next(tokens, last) and not tok.possessive)
            )
        )  # "Steve Israel", "Mr. English", "Cuban said": a country word used as a surname
        given_before = _given_name_before(tokens, words)
        titled = (
            len(words) >= 2
            and _is_title(tokens[words[-2]])
            and lx.fold(tok.bare) not in lx.ADDRESSED_ROLES
        )
        role_surname = (
            not name_idx
            and w == words[-1]
            and tok.is_cap
            and (given_before or titled)
            and lx.role_head(tok.bare) is not None
        )  # "Charlie King", "Mr. King": a role noun after a given name or title is a surname
        word_surname = (
            not name_idx and w == words[-1] and _surname_after_given_name(tokens, words[:-1], w)
        )  # "Theresa May", "George Will", "Al From"
        if (
            _is_name_word(tok)
            or corporate_end
            or country_surname
            or role_surname
            or word_surname
            or (name_idx and _given_name_before_surname(tokens, w))  # "Will Doyle"
            or (name_idx and _is_particle(tok))
        ):
            name_idx.insert(0, w)
            continue
        if (
            len(name_idx) == 1
            and tok.is_cap
            and (
                lx.is_country_name(tok.bare)
                or (lx.country_of(tok.bare) is not None and lx.given_name_gender(tok.text))
            )
        ):
            # a given name that is also a country or demonym: "Jordan Bardella", "German
            # Ortega" (not "French Ortega": no one is named French)
            name_idx.insert(0, w)
            break
        break
    while name_idx and _is_particle(tokens[name_idx[0]]) and not tokens[name_idx[0]].is_cap:
        name_idx.pop(0)  # "de Vries" stays whole only after a given name; "Al Franken" does
    words_in_name = sum(
        not _is_particle(tokens[w]) and not _initial_or_suffix(tokens[w]) for w in name_idx
    )
    given_first = lx.given_name_gender(tokens[name_idx[0]].text) is not None if name_idx else False
    if words_in_name > 3 and not (given_first and words_in_name <= 4):
        # "National Rally Jordan Bardella": an organisation name runs into the person's name
        # (but "Jorge Antonio Villasenor Llamas" opens with a given name and stays whole)
        # keep the last two words of the name with the initials and particles between
        # them ("Jason C. Ervin", "Piet de Vries")
        real = [
            i for i, w in enumerate(name_idx)
            if not _is_particle(tokens[w]) and not _initial_or_suffix(tokens[w])
        ]  # fmt: skip
        name_idx = name_idx[real[-2] :]
    title_gender: str | None = None
    if name_idx and name_idx[0] > first:
        prev = tokens[name_idx[0] - 1]
        if _is_title(prev):
            low = prev.low
            if low in lx.TITLES_MALE or low.rstrip(".") in {"mr"}:
                title_gender = "he"
            elif low in lx.TITLES_FEMALE or low.rstrip(".") in {"mrs", "ms"}:
                title_gender = "she"
    head_idx = _head(tokens, words)
    if name_idx and _org_before_name(tokens, words[: words.index(name_idx[0]) + 1]):
        if lx.role_head(tokens[head_idx].bare):
            # "spokeswoman for the Ministry of Water Resources": a role, not a name
            role = _strip_article(_join(tokens[first:last]))
            return Mention("role", first, last_with_postmod, surface, role=role)
        # "Valdorian Ministry of Water Resources": the capitalised words name the organisation
        org = _strip_article(_join(tokens[first:last]))
        return Mention("organisation", first, last_with_postmod, surface, name=org)
    head_low = lx.fold(tokens[head_idx].bare)
    role_words = [w for w in words if w < (name_idx[0] if name_idx else last)]
    role_text = _join([tokens[w] for w in role_words if not _is_title(tokens[w])])
    role_text = _strip_article(role_text)
    if postmod:
        role_text = f"{role_text} {postmod}".strip()
    last = last_with_postmod
    if name_idx:
        name = _join([tokens[w] for w in name_idx]).removesuffix("'s").removesuffix("’s")
        if tokens[name_idx[-1]].possessive:
            name = tokens[name_idx[-1]].bare if len(name_idx) == 1 else name
        name_low = lx.fold(name)
        if name.isupper() and (len(name) > 5 or " " in name):
            return Mention("place", first, last, surface, name=name)  # a dateline: "BERLIN -"
        if "." in name and name_low in lx.us_states():
            return Mention("place", first, last, surface, name=name)  # "Portsmouth, N.H."
        last_low = lx.fold(tokens[name_idx[-1]].bare).rstrip(".")
        if (
            head_low in lx.ORG_NOUNS
            or name_low in lx.ORG_NOUNS
            or name.isupper()
            or (len(name_idx) >= 2 and last_low in lx.CORPORATE_SUFFIXES)
            or _the_named_thing(tokens, name_idx)
        ):
            return Mention("organisation", first, last, surface, name=name, role=role_text)
        # 'Mark Cuban', 'Steve Israel': a given name makes a person of a country word
        given = len(name_idx) >= 2 and lx.given_name_gender(tokens[name_idx[0]].text) is not None
        country = lx.is_country_name(name_low) or lx.is_multiword_country(name_low)
        speaks = (len(name_idx) == 1 or country) and _speaks_next(tokens, last)
        if speaks and country:
            # 'Japan branded North Korea ...', 'South Korea insists ...': its government speaks
            return Mention("organisation", first, last, surface, name=name, role=role_text)
        titled_name = name_idx[0] > first and _is_title(tokens[name_idx[0] - 1])
        if lx.is_place_name(name) and not (given or speaks or titled_name):  # "Ms. Holland"
            return Mention("place", first, last, surface, name=name)
        gender = title_gender or _role_gender(tokens, role_words)
        if gender is None and len(name_idx) >= 2:
            gender = lx.name_gender(tokens[name_idx[0]].text)
        lone = tokens[name_idx[0]]
        if len(name_idx) == 1 and not role_text and title_gender is None:
            before = tokens[first - 1] if first > 0 else None
            after = tokens[last] if last < len(tokens) else None
            owned = before is not None and before.low in lx.POSSESSIVE_DETERMINERS
            counted = before is not None and before.text[:1].isdigit()
            if owned or counted or (after is not None and after.text[:1].isdigit()):
                return None  # "the 20th Century", "Article 33", "Our Revolution": things
        return Mention(
            "person", first, last, surface, name=_clean_name(name), role=role_text, gender=gender,
            # "Convention", "Century": a word the article also writes in lower case names
            # someone only if the article names a person so ("Marty Small" ... "Small")
            common_word=len(name_idx) == 1 and lone.common and not role_text
            and title_gender is None,
        )  # fmt: skip
    # no proper name: a role, an organisation, a group, or nothing we care about
    if head_low in lx.GROUP_NOUNS:
        return Mention("group", first, last, surface, role=_strip_article(surface), gender="they")
    if head_low in lx.ORG_NOUNS:
        name = _strip_article(surface).removesuffix("'s").removesuffix("’s")
        return Mention("organisation", first, last, surface, name=name)
    if lx.role_head(tokens[head_idx].bare):
        return Mention(
            "role", first, last, surface, role=role_text or _strip_article(surface),
            gender=_role_gender(tokens, words),
        )  # fmt: skip
    return None


def _trailing_country(tokens: list[Token], words: list[int]) -> list[int]:
    """The words that end ``words`` and name a country of several words ("North Korea",
    "the Czech Republic's"), or []."""
    for size in (4, 3, 2):
        tail = words[-size:]
        if len(tail) == size and tail[-1] - tail[0] == size - 1:
            name = " ".join(t.bare for t in (tokens[w] for w in tail))
            if all(tokens[w].is_cap or tokens[w].low in ("of", "and", "the") for w in tail) and (
                lx.is_multiword_country(name)
            ):
                return list(tail)
    return []


def _the_named_thing(tokens: list[Token], name_idx: list[int]) -> bool:
    """'the Washington Post', 'the Associated Press', 'the Rust Belt': "the" right before
    capitalised words that end on a common noun names an organisation or a thing; people
    take no article before their name."""
    if len(name_idx) < 2 or name_idx[0] == 0 or tokens[name_idx[0] - 1].low != "the":
        return False
    last = lx.fold(tokens[name_idx[-1]].bare)
    if lx.given_name_gender(tokens[name_idx[0]].text) is not None and len(name_idx) == 2:
        return False  # 'the Mark Twain of politics': a given name and a surname
    return lx.is_noun(last) and is_common_word(last) and lx.role_head(last) is None


def _given_name_before_surname(tokens: list[Token], j: int) -> bool:
    """A capitalised function word inside a sentence that is a given name, right before a
    capitalised name: "said Will Doyle", "Al Franken" (not a sentence's first "Will")."""
    tok = tokens[j]
    if not tok.is_cap or tok.text.isupper() or j + 1 >= len(tokens):
        return False
    if lx.fold(tok.bare) not in lx.NON_NAME_CAPITALS or lx.given_name_gender(tok.text) is None:
        return False
    # a sentence's first "Will" is read as a plain word already (casing), so not is_cap
    nxt = tokens[j + 1]
    return nxt.is_cap and _is_name_word(nxt) and lx.fold(nxt.bare) not in lx.NON_NAME_CAPITALS


def _surname_after_given_name(tokens: list[Token], words: list[int], j: int) -> bool:
    """A capitalised month or function word right after a given name is a surname:
    "Theresa May", "George Will", "Al From"."""
    tok = tokens[j]
    if not words or words[-1] != j - 1 or not tok.is_cap or tok.text.isupper():
        return False
    low = lx.fold(tok.bare)
    if low not in lx.DAYS_MONTHS and low not in lx.NON_NAME_CAPITALS:
        return False
    given = tokens[j - 1]
    return (
        given.is_cap
        and _is_name_word(given)
        and lx.given_name_gender(given.text) is not None
        and lx.fold(given.bare) not in lx.ROLE_NOUNS
    )


def _given_name_before(tokens: list[Token], words: list[int]) -> bool:
    """The last word of ``words`` follows a given name ("Charlie King", "Peter T. King":
    the initial aside), so it is a surname whatever else it can be."""
    before = [x for x in words[:-1] if not _initial_or_suffix(tokens[x])]
    return (
        bool(before)
        and tokens[before[-1]].is_cap
        and tokens[words[-1]].is_cap
        and lx.given_name_gender(tokens[before[-1]].text) is not None
        and lx.fold(tokens[before[-1]].bare) not in lx.ROLE_NOUNS
    )


def _initial_or_suffix(tok: Token) -> bool:
    """'T.' in 'Peter T. King', 'Jr.' or 'III' after a surname."""
    text = tok.text.rstrip(".")
    return (len(text) == 1 and text.isupper()) or text.lower() in ("jr", "sr", "ii", "iii", "iv")


def _speaks_next(tokens: list[Token], k: int) -> bool:
    """A finite speech verb at ``k`` ("Cuban said"; not "the French saying")."""
    return (
        k < len(tokens)
        and lx.speech_lemma(tokens[k].low) is not None
        and not tokens[k].low.endswith("ing")
    )


def _org_before_name(tokens: list[Token], words: list[int]) -> bool:
    """True when the words end "<Org noun> of/for/on [the] <Name...>" (a named organisation:
    "Ministry of Health", "Center for Biological Diversity", "Council on Foreign
    Relations")."""
    for k in range(len(words) - 1, 0, -1):
        tok = tokens[words[k]]
        if tok.low in ("of", "for", "on"):
            prev = tokens[words[k - 1]]
            noun = lx.fold(prev.bare)
            return prev.is_cap and (noun in lx.ORG_NOUNS or noun.removesuffix("s") in lx.ORG_NOUNS)
    return False


def _head(tokens: list[Token], words: list[int]) -> int:
    """The head word: the last word before "of"/"for" ("representative of the Ministry")."""
    for k, w in enumerate(words):
        if tokens[w].low in ("of", "for") and k > 0:
            return words[k - 1]
    return words[-1]


def _is_particle(tok: Token) -> bool:
    return tok.low in {
        "de",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "du",
        "le",
        "la",
        "al",
        "bin",
        "ibn",
        "dos",
        "del",
    }


def _role_gender(tokens: list[Token], idx: list[int]) -> str | None:
    for w in idx:
        low = lx.fold(tokens[w].bare)
        if low in lx.FEMALE_ROLES:
            return "she"
        if low in lx.MALE_ROLES:
            return "he"
    return None


def _clean_name(name: str) -> str:
    parts = [p for p in name.split() if p.rstrip(".").lower() not in {"mr", "mrs", "ms", "dr"}]
    return " ".join(parts)


def _strip_article(text: str) -> str:
    for art in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(art):
            return text[len(art) :]
    return text


def _join(tokens: list[Token]) -> str:
    out = ""
    prev_end = None
    for t in tokens:
        if prev_end is not None and t.start > prev_end:
            out += " "
        out += t.text
        prev_end = t.end
    return out
