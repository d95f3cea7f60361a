"""What is not a quotation after all: scare quotes, titles, programme names, mentions of
words, and reported clauses too short to be anyone's statement."""

from __future__ import annotations

from index.extract import lexicon as lx
from index.extract.units import Found


def clause_ok(para: str, f: Found) -> bool:
    """A reported clause of at least three words: less is no one's statement."""
    text = para[f.start : f.end]
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    return len(words) >= 3


def is_short(para: str) -> bool:
    """A paragraph too short to be about someone (a dateline, a heading)."""
    return len(para.split()) < 6


def keep_found(f: Found, para: str) -> bool:
    """Drop scare quotes, titles and mentions of words; keep everything attributed."""
    if not f.direct:
        return f.attribution is not None and f.attribution.entity is not None
    text = para[f.start : f.end]
    words = text.split()
    attributed = f.attribution is not None and f.attribution.entity is not None
    span = f.span
    before = para[: span.open_at if span else f.start].rstrip().split()
    prev_word = before[-1].lower().strip(",:;") if before else ""
    if prev_word in lx.MENTION_MARKERS or (
        len(before) >= 2 and before[-2].lower() == "known" and prev_word == "as"
    ):
        return False
    titled = len(words) <= 8 and all(
        w[:1].isupper() or (i > 0 and w.lower() in lx.TITLE_SMALL_WORDS)
        for i, w in enumerate(words)
        if w[:1].isalpha()
    )
    if titled and (prev_word in lx.PREPOSITIONS or prev_word.endswith(("'s", "’s"))):
        return False  # a programme or book: 'said on "Meet the Press."', 'CNN's "State of"'
    if titled and prev_word in lx.WORK_NOUNS:
        return False  # 'his new book, "Doomed to Succeed,"', 'the program "Inside Edition"'
    if titled and prev_word in ("a", "an", "the") and not text.rstrip().endswith((".", "!", "?")):
        return False  # 'during a "Commander-in-Chief Forum" sponsored by': a name
    if titled and len(words) == 1 and before and _name_word(before[-1]):
        after = para[span.outer_end if span else f.end :].split(maxsplit=1)
        if after and _name_word(after[0]):
            return False  # 'Del. Marcia "Cia" Price': a nickname inside a name
    if attributed:
        return True
    if len(words) <= 4:
        return False  # a scare quote or a name in marks, not speech
    return not titled


def _name_word(word: str) -> bool:
    """A capitalised word of a name, punctuation around it aside."""
    w = word.strip(",.;:()")
    return w[:1].isupper() and w[1:].islower() and w.isalpha()
