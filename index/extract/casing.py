"""Which capitalised words are names, judged from how the article itself writes them.

A word that opens a sentence is capitalised whatever it is: "Shortly before, in Berlin,
Scholz had refused", "Last year, he said", "Half of the voters said". Such a word is read
as a plain word when the article writes it in lower case elsewhere and never capitalised
inside a sentence, or, with no such evidence, when it is a common English word (word
frequencies from the ``wordfreq`` package) that the article never capitalises inside a
sentence and that is not a known given name. "Trump" opening a sentence stays a name: the
article writes "Donald Trump" or "said Trump" somewhere inside a sentence too; and a given
name (the ``gender-guesser`` name list) followed by another capitalised word stays a name:
"Chris Cox, who runs ...", "Mark Barden says".
"""

from __future__ import annotations

import re
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
_SENTENCE_OPENERS = set(".!?…:\"“‘«„(—–") | {"''"}


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """A frequent English word (``word`` in lower case)."""
    return zipf_frequency(word, "en") >= COMMON_ZIPF


class ArticleCasing:
    """How one article writes each word: capitalised inside a sentence, or in lower case."""

    def __init__(self, paragraphs: Iterable[str]) -> None:
        self.capitalised: set[str] = set()  # folded words written capitalised mid-sentence
        self.lower: set[str] = set()  # words written in lower case
        for para in paragraphs:
            for m in _WORD.finditer(para):
                word = m.group()
                if word[:1].islower():
                    self.lower.add(word.replace("’", "'"))
                elif word[:1].isupper() and not _opens_sentence(para, m.start()):
                    self.capitalised.add(lx.fold(word))

    def plain(self, word: str, next_word: str = "") -> bool:
        """True when ``word``, capitalised at a sentence start, is an ordinary word here
        (``next_word`` is the word after it, if any)."""
        if not word[:1].isupper() or word.isupper() or not word.isalpha():
            return False
        low = lx.fold(word)
        if low in self.capitalised or lx.country_of(low) is not None:
            return False
        if (
            next_word[:1].isupper()
            and lx.given_name_gender(low) is not None
            and zipf_frequency(low, "en") < GIVEN_NAME_MAX_ZIPF
        ):
            return False
        return low in self.lower or is_common_word(low)


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    if not before:
        return True
    return before[-1] in _SENTENCE_OPENERS or before.endswith("''")
