"""Whether a statement affirms or denies what it is about: "X said he would not ...", "X
denied that ...", "X rejected ...". A yes/no question is answered "no, the opposite" when
the closest statement has the other polarity than the claim asked about."""

from __future__ import annotations

import re
from typing import Literal

Polarity = Literal["affirms", "denies"]

_WORD = re.compile(r"[\w']+")
# Words that negate the clause they stand in.
NEGATORS = frozenset(
    "not never no nobody nothing none neither nor cannot nowhere".split()
)  # fmt: skip
# Speech verbs whose content is what the speaker rejects: "denied that ...".
DENIAL_LEMMAS = frozenset(
    "deny reject dismiss refute disavow repudiate disprove dispute contradict".split()
)  # fmt: skip


def negations(text: str) -> int:
    """How many negators ``text`` holds ("not", "never", "won't", "isn't" ...)."""
    count = 0
    for word in _WORD.findall(text.lower().replace("’", "'")):
        if word in NEGATORS or word.endswith("n't"):
            count += 1
    return count


def polarity(text: str, cue_verb: str | None = None) -> Polarity:
    """Whether ``text`` affirms or denies, with its speech verb as written (a denial verb
    turns it over: "denied that he would ..." denies what "he would ..." says)."""
    # any negation: "no ground troops, no soldiers" denies twice, it does not affirm
    negative = negations(text) > 0
    if cue_verb and verb_lemma(cue_verb.split()[0]) in DENIAL_LEMMAS:
        negative = not negative
    return "denies" if negative else "affirms"


def verb_lemma(word: str) -> str:
    """The lemma of a verb as written ("denied" -> "deny"), from lemminflect."""
    from lemminflect import getLemma

    lemmas = getLemma(word.lower(), upos="VERB")
    return lemmas[0] if lemmas else word.lower()
