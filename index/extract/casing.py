"""Which capitalised words are names, judged from how the article itself writes them.

A word that opens a sentence is capitalised whatever it is: "Shortly before, in Berlin,
Scholz had refused", "Last year, he said", "Half of the voters said". Such a word is read
as a plain word when the article writes it in lower case at least as often as capitalised
inside a sentence, or, with no such evidence, when it is a common English word (word
frequencies from the ``wordfreq`` package) that the article never capitalises inside a
sentence. "Trump" opening a sentence stays a name: the article writes "Donald Trump" or
"said Trump" somewhere inside a sentence too; and a given name (the ``gender-guesser`` name
list) followed by another capitalised word stays a name: "Chris Cox, who runs ...", "Mark
Barden says".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from wordfreq import zipf_frequency

from index.extract import lexicon as lx

# Zipf frequency (log10 of occurrences per billion words) from which a word is "common":
# 4.0 is about once in 100,000 words ("recently" 5.0, "shortly" 4.5, "rubio" 3.5).
COMMON_ZIPF = 4.0
# Given names rarer than this stay names before a capitalised word ("Mark Barden"); the
# commonest words never do ("One Republican", "Will voters").
GIVEN_NAME_MAX_ZIPF = 5.5
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_SENTENCE_OPENERS = set('.!?…:"“‘«„(—–') | {"''"}


# Endings of adverbs, participles and abstract nouns, which English names hardly have:
# such a word is read as plain from a lower frequency ("Hastily", "Recognizing this,").
PLAIN_ENDINGS = ("ly", "ing", "tion", "tions", "ment", "ments", "ness", "ity", "ents")
PLAIN_ENDING_ZIPF = 2.5


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How frequent ``word`` (in lower case) is in English, on wordfreq's Zipf scale."""
    return zipf_frequency(word, "en")


def is_common_word(word: str) -> bool:
    """A frequent English word (``word`` in lower case)."""
    frequency = zipf(word)
    plain_ending = word.endswith(PLAIN_ENDINGS) and frequency >= PLAIN_ENDING_ZIPF
    return frequency >= COMMON_ZIPF or plain_ending


class ArticleCasing:
    """How one article writes each word: capitalised inside a sentence, or in lower case."""

    def __init__(self, paragraphs: Iterable[str]) -> None:
        # how often each folded word is written capitalised inside a sentence, and in
        # lower case
        self.capitalised: Counter[str] = Counter()
        self.lower: Counter[str] = Counter()
        for para in paragraphs:
            for m in _WORD.finditer(para):
                word = m.group()
                if word[:1].islower():
                    self.lower[lx.fold(word)] += 1
                elif word[:1].isupper() and not _opens_sentence(para, m.start()):
                    self.capitalised[lx.fold(word)] += 1

    def written_lower(self, word: str) -> bool:
        """The article writes ``word`` in lower case somewhere too."""
        return self.lower[lx.fold(word)] > 0

    def plain(self, word: str, next_word: str = "") -> bool:
        """True when ``word``, capitalised at a sentence start, is an ordinary word here
        (``next_word`` is the word after it, if any)."""
        if not word[:1].isupper() or word.isupper() or not word.isalpha():
            return False
        low = lx.fold(word)
        if lx.country_of(low) is not None or lx.opens_place_name(low, next_word):
            return False  # "France", "North Korea", "South Carolina"
        # written in lower case at least as often as capitalised: a common word here
        # ("the convention" beside "the National Convention")
        if self.capitalised[low] > self.lower[low]:
            return False
        # a given name that is not one of the commonest words ("Mark", not "Will")
        given = lx.given_name_gender(low) is not None and zipf(low) < GIVEN_NAME_MAX_ZIPF
        if given and next_word[:1].isupper():
            return False
        if self.lower[low] > 0:
            return True
        # no evidence in the article: a common word, unless it is also a given name
        return self.capitalised[low] == 0 and is_common_word(low) and not given


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    if not before:
        return True
    return before[-1] in _SENTENCE_OPENERS or before.endswith("''")
