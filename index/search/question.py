"""Read a question: what kind it is, the words it quotes, and the speaker it names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from index.extract.casing import GIVEN_NAME_MAX_ZIPF, zipf
from index.extract.lexicon import (
    TITLES_FEMALE,
    TITLES_MALE,
    TITLES_OTHER,
    VERB_FORMS,
    country_of,
    fold,
    given_name_gender,
    role_head,
)
from index.models import Speaker

_QUOTED = re.compile(r"[\"“”«»„]([^\"“”«»„]{2,})[\"“”«»„]|(?<!\w)[‘']([^‘’']{6,})[’'](?!\w)")
_WHO = re.compile(r"^\s*(who|whose words|which (person|official|leader|minister))\b", re.I)
# every form of every speech verb the extractor knows ("said", "warned", "insisted", ...)
_SPEECH = "|".join(sorted(VERB_FORMS, key=len, reverse=True))
# "what" as people type it in a hurry ("wat did ...")
_WHAT = r"(?:what|wat|wht|waht)"
_WHAT_DID = re.compile(
    rf"^\s*{_WHAT}\s+(did|does|has|have|had|was|is)\s+(?P<who>.+?)\s+"
    rf"(?:{_SPEECH}|think|mean)(?P<rest>\b.*)$",
    re.I,
)
# "What was Lavrov's reaction?", "What were the minister's comments on the dam?"
_WHAT_WAS = re.compile(
    rf"^\s*(?:{_WHAT}\s+(?:was|were|is|are)|{_WHAT}['’]s)\s+(?P<who>.+?)['’]s?\s+"
    r"(?:first\s+|initial\s+)?"
    r"(?:reaction|response|answer|comments?|remarks?|words|message|statement|view|views|"
    r"position|take|verdict|advice|explanation|argument|defen[cs]e|opinion)\b(?P<rest>.*)$",
    re.I,
)
# "How did the Kremlin react?", "How has Scholz responded to the plan?"
# "How did John Stumpf explain the losses?", "How has Pence defended the tweets?"
_HOW_DID = re.compile(
    r"^\s*how\s+(?:did|does|has|have)\s+(?P<who>.+?)\s+"
    rf"(?:reacted|react|responded|respond|defended|defend|justified|justify|{_SPEECH})"
    r"\b(?P<rest>.*)$",
    re.I,
)
_DID = re.compile(r"^\s*(did|has|was|does)\s+(?P<rest>.+)$", re.I)
# adverbs between the speaker and the verb: "Did Trump finally say ...?"
_ASKING_ADVERBS = (
    "ever|actually|really|also|once|publicly|finally|just|previously|recently|already|"
    "repeatedly|specifically|explicitly|personally|truly"
)
_DID_SAY = re.compile(
    rf"^\s*(did|has|does)\s+(?P<who>.+?)\s+(?:(?:{_ASKING_ADVERBS})\s+)?"
    rf"(?P<verb>{_SPEECH}|reject|rejected|dispute|disputed)\s+(that\s+)?(?P<claim>.+)$",
    re.I,
)
# "Which senator argued ...?", "Which former Republican nominee said ...?": who said it,
# and what they are
_WHICH = re.compile(
    r"^\s*(?:which|what)\s+(?P<role>(?:[\w'’./-]+\s+){0,4}?[\w'’./-]+)\s+"
    rf"(?:(?:{_ASKING_ADVERBS})\s+)?(?:{_SPEECH}|defended|worried)\b\s*(?:that\s+)?(?P<rest>.*)$",
    re.I,
)
_TALKED = re.compile(r"^\s*who\s+(talked|spoke|commented|has spoken|is talking)\s+about\b", re.I)
_LEAD = re.compile(
    rf"^\s*(who\s+(?:{_SPEECH}|defended)\s*(that\s+)?|whose words( are| were)?:?\s*"
    r"|who is quoted as saying\s*)",
    re.I,
)


class EmptyQuestionError(ValueError):
    """A question with no words in it: blank, or punctuation only."""

    def __init__(self) -> None:
        super().__init__("the question has no words to search for")


def has_words(text: str) -> bool:
    """``text`` holds a letter or a digit: something a search can match."""
    return any(ch.isalnum() for ch in text)


@dataclass
class Question:
    text: str
    kind: str  # who_said | what_did_say | did_say | who_talked | search
    quoted: list[str]  # words the question puts in quotation marks
    body: str  # the question without its lead ("Who said ...") - what to match
    speaker: Speaker | None = None
    speaker_words: str = ""
    # the speaker the question names when no one in the coverage is that speaker
    unknown_speaker: str = ""
    verb: str = ""  # a did_say question's verb ("say", "deny")
    # what a "Which senator said ...?" question asks for: its role words ("senator")
    asked_role: list[str] = field(default_factory=list)


def parse_question(text: str, speakers: Sequence[Speaker] | SpeakerIndex = ()) -> Question:
    clean = " ".join(text.split())
    quoted = [m.group(1) or m.group(2) for m in _QUOTED.finditer(clean)]
    kind = "search"
    body = clean
    speaker_words = ""
    verb = ""
    asked_role: list[str] = []
    # "What was X's response to the tweets?" before "What did X ... tweets": the
    # response is the question, "tweets" a noun
    if m := (_WHAT_WAS.match(clean) or _WHAT_DID.match(clean) or _HOW_DID.match(clean)):
        kind = "what_did_say"
        speaker_words = m.group("who")
        body = m.group("rest").strip(" ?.") or clean
    elif _TALKED.match(clean):
        kind = "who_talked"
        body = _TALKED.sub("", clean).strip(" ?.")
    elif _WHO.match(clean):
        kind = "who_said"
        body = _LEAD.sub("", clean).strip(" ?.") or clean
    elif (m := _WHICH.match(clean)) and (roles := role_words(m.group("role"))):
        kind = "who_said"  # the whole question is what to match: its verb says much
        asked_role = roles
    elif m := _DID_SAY.match(clean):
        kind = "did_say"
        speaker_words = m.group("who")
        body = m.group("claim").strip(" ?.")
        verb = m.group("verb")
    elif m := _DID.match(clean):
        kind = "did_say"
        body = m.group("rest").strip(" ?.")
    index = speakers if isinstance(speakers, SpeakerIndex) else SpeakerIndex(speakers)
    speaker = index.find(speaker_words, whole_name=True) if speaker_words else index.find(clean)
    unknown = ""
    if speaker is None and speaker_words:
        unknown = speaker_words.strip(" ,?.'’").removesuffix("'s").removesuffix("’s")
    if kind == "did_say" and speaker is None and not unknown:
        kind = "search"
    if asked_role:
        speaker = None  # "Which Clinton campaign manager ...": a description, not a name
    return Question(clean, kind, quoted, body, speaker, speaker_words, unknown, verb, asked_role)


def role_words(text: str) -> list[str]:
    """The role nouns among a description's words ("former Republican nominee" ->
    ["nominee"]), canonical ("spokesman" -> "spokesperson"); [] when there is none."""
    return [h for w in _FORM_WORD.findall(fold(text)) if (h := role_head(w.removesuffix("'s")))]


_FORM_WORD = re.compile(r"\w+(?:'s\b)?")
_MAX_FORM_WORDS = 8
_ROLE_ABBREVIATIONS = {"pm": ["prime", "minister"], "fm": ["foreign", "minister"]}


def _form_words(text: str) -> list[str]:
    """The words of a name or role as the index compares them: folded, without a
    possessive 's, a country for its demonym ("Slovakia's" and "Slovak" are both
    "slovakia") and one word for synonymous role nouns ("spokesman", "spokesperson")."""
    out: list[str] = []
    for w in _FORM_WORD.findall(fold(text)):
        w = w.removesuffix("'s")
        if w in _ROLE_ABBREVIATIONS:
            out += _ROLE_ABBREVIATIONS[w]
        else:
            out.append(country_of(w) or role_head(w) or w)
    return out


def _alias_forms(sp: Speaker) -> list[str]:
    forms = [sp.name, *sp.aliases]
    parts = sp.name.split()
    if sp.kind == "person" and len(parts) >= 2:
        forms.append(parts[-1])
    forms += sp.roles
    if sp.kind == "organisation" and len(parts) >= 2:
        # "the basin authority" for "Lower Maelis Basin Authority"
        forms += [" ".join(parts[i:]) for i in range(1, len(parts))]
    out = []
    for f in forms:
        words = _form_words(f)
        if words and words[0] == "the":
            words = words[1:]
        if words and len(" ".join(words)) >= 3:
            out.append(" ".join(words[:_MAX_FORM_WORDS]))
    return out


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


class SpeakerIndex:
    """Find the speaker a question names, in time independent of how many there are:
    every alias form (full name, surname, alias, role) is a dictionary key, looked up by
    the question's word n-grams; misspelt surnames are found through their one-letter
    deletions (the "symmetric delete" trick)."""

    def __init__(self, speakers: Sequence[Speaker]) -> None:
        self.forms: dict[str, Speaker] = {}
        self.deletes: dict[str, set[str]] = {}
        # a person by their given name alone ("What did Hillary say?"): the most quoted
        self.given: dict[str, Speaker] = {}
        for sp in speakers:
            for form in _alias_forms(sp):
                held = self.forms.get(form)
                if held is None or sp.quote_count > held.quote_count:
                    self.forms[form] = sp
                if " " not in form and len(form) >= 4:
                    for d in _deletes(form):
                        self.deletes.setdefault(d, set()).add(form)
            parts = _form_words(sp.name)
            if sp.kind == "person" and len(parts) >= 2 and given_name_gender(parts[0]):
                held = self.given.get(parts[0])
                if held is None or sp.quote_count > held.quote_count:
                    self.given[parts[0]] = sp

    def find(self, words_text: str, whole_name: bool = False) -> Speaker | None:
        """The speaker ``words_text`` names. With ``whole_name`` the words are only the
        speaker's name or description ("Nobody Atall"): a word of it that names no one
        the found speaker's names hold means someone else ("Atall" is one letter from
        Attal, but "Nobody Atall" is not Gabriel Attal)."""
        words = _form_words(words_text)
        best: tuple[int, int, Speaker] | None = None
        for n in range(min(_MAX_FORM_WORDS, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                sp = self.forms.get(" ".join(words[i : i + n]))
                if sp is not None and n == 1 and i > 0 and _other_given_name(words[i - 1], sp):
                    continue  # "Boris Johnson" is not Jeh Johnson
                if sp is not None and whole_name and _names_another(words, i, i + n, sp):
                    continue
                if sp is not None:
                    key = (len(" ".join(words[i : i + n])), sp.quote_count, sp)
                    if best is None or key[:2] > best[:2]:
                        best = key
        if best is not None:
            return best[2]
        if len(words) == 1 and words[0] in self.given:
            return self.given[words[0]]
        for i, w in enumerate(words):  # one edit away from a surname: "Zelensky" / "Zelenskyy"
            if len(w) < 5:
                continue
            forms = set().union(*(self.deletes.get(d, set()) for d in _deletes(w)))
            close = [
                self.forms[f]
                for f in forms
                if abs(len(f) - len(w)) <= 1
                and not (i > 0 and _other_given_name(words[i - 1], self.forms[f]))
                and not (whole_name and _names_another(words, i, i + 1, self.forms[f]))
            ]
            if close:
                return max(close, key=lambda sp: sp.quote_count)
        return None


_SAME_NAME_SIMILARITY = 80.0  # rapidfuzz ratio from which two spellings are one name
_DESCRIBING = TITLES_MALE | TITLES_FEMALE | TITLES_OTHER | {"the", "a", "an", "former", "then"}


def _names_another(words: list[str], start: int, end: int, sp: Speaker) -> bool:
    """A word of a person's name in the question, outside the matched ``start:end``, that
    is no title, role or country and none of ``sp``'s names (nor a slip of one)."""
    if sp.kind != "person":
        return False
    known = _name_words(sp, with_roles=True)
    return any(
        not (w in _DESCRIBING or role_head(w) or country_of(w) or _spelt_like(w, known))
        for w in words[:start] + words[end:]
    )


def _other_given_name(word: str, sp: Speaker) -> bool:
    """``word``, right before a surname in the question, is a given name that the
    speaker's names do not hold: another person of that surname."""
    if sp.kind != "person" or given_name_gender(word) is None or zipf(word) >= GIVEN_NAME_MAX_ZIPF:
        return False  # not a given name, or one of the commonest words ("the", "will")
    if word in _DESCRIBING or role_head(word):
        return False  # "Judge Nervo": a title or role, not another given name
    # "Lindsay Graham" is Lindsey Graham misspelt; "Boris Johnson" is not Jeh Johnson
    return not _spelt_like(word, _name_words(sp, with_roles=False))


def _name_words(sp: Speaker, with_roles: bool) -> set[str]:
    """The words of ``sp``'s name and aliases (and roles), as the index compares them."""
    forms = [sp.name, *sp.aliases, *(sp.roles if with_roles else [])]
    return {w for form in forms for w in _form_words(form)}


def _spelt_like(word: str, known: set[str]) -> bool:
    """``word`` is one of ``known`` or a slip of one (rapidfuzz ratio)."""
    from rapidfuzz import fuzz

    return word in known or any(fuzz.ratio(word, k) >= _SAME_NAME_SIMILARITY for k in known)


def find_speaker(words: str, speakers: Sequence[Speaker]) -> Speaker | None:
    """The speaker the words name (full name, surname, alias or role), if any."""
    return SpeakerIndex(speakers).find(words)
