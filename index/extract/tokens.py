"""Tokenise a stretch of paragraph text, turning each quotation into a single token."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from index.extract import lexicon as lx
from index.extract.marks import MarkSpan

TokenKind = Literal["word", "punct", "quote"]

# "Mr.", "Sgt.", "Jr.": a title's full stop is part of the word, not a sentence end
_ABBREVIATED = sorted(
    {t.capitalize() for t in lx.TITLE_ABBREVIATIONS | {"mr", "mrs", "ms", "mme", "jr", "sr"}},
    key=len,
    reverse=True,
)
_MONTHS = sorted((m.capitalize() for m in lx.MONTH_ABBREVIATIONS), key=len, reverse=True)
_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K.
    r"|(?<![\w.])[ap]\.m\.(?=[\s,;:)]|$)"  # '8:30 p.m.': a time, no sentence end inside
    rf"|(?:{'|'.join(map(re.escape, _ABBREVIATED))})\.(?=[\s,;:)])"
    r"|[DRI]-(?:[A-Z]\.){2,}|[DRI]-[A-Z][a-z]{1,4}\.(?=[\s,;)])"  # D-Calif., R-N.Y.
    r"|(?<=\()[DRI]-(?:[A-Z]\.)+[A-Z](?=\))"  # '(D-N.Y)': the last full stop left out
    r"|(?<![\w.])[A-Z]\.(?=\s+(?:[A-Z][a-z]|[A-Z]\.\s))"  # initials: J. J. Price
    rf"|(?:{'|'.join(_MONTHS)})\.(?=\s+\d)"  # 'Dec. 28': a date, not a sentence end
    r"|No\.(?=\s+\d)"  # 'the No. 2 Republican': a rank, not a sentence end
    r"|(?<=, )[A-Z][a-z]{1,4}\.(?=,)"  # a state between commas: 'of Allentown, Pa., said'
    r"|(?<=\()[A-Z][a-z]{1,4}\.(?=\))"  # a state in parentheses: 'Sen. Ted Cruz (Tex.) said'
    r"|\d+(?:[.,:]\d+)+[^\W_]*"  # 2.5, 1,200, $4.5bn, 10:30: one token, no full stop
    r"|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co|io|us|uk)\b"  # fivethirtyeight.com
    r"|\w+(?:[’'\-]\w+)*"
    r"|\.\.\.|…|[^\w\s]",
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offsets into the paragraph
    end: int
    kind: TokenKind
    quote: int = -1  # index into the paragraph's quote spans, for kind == "quote"
    # capitalised only because it opens a sentence ("Shortly", "Last year"): not a name
    plain: bool = False
    # a capitalised word the article also writes in lower case ("the Convention" beside
    # "the convention"): a thing's name rather than a person's
    common: bool = False

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    @property
    def is_cap(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper() and not self.plain

    @property
    def possessive(self) -> bool:
        return self.kind == "word" and self.low.endswith("'s")

    @property
    def bare(self) -> str:
        """The word without a possessive 's."""
        t = self.text
        return t[:-2] if self.possessive else t


def tokenize(
    text: str,
    start: int,
    end: int,
    spans: list[MarkSpan],
    casing: Casing | None = None,
) -> list[Token]:
    """Tokens of ``text[start:end]``; each quote span (marks included) is one token.
    ``casing`` says which capitalised words are ordinary words."""
    tokens: list[Token] = []
    pos = start
    for qi, span in enumerate(spans):
        s_open, s_close = span.open_at, span.outer_end
        if s_close <= start or s_open >= end:
            continue
        tokens.extend(_words(text, pos, max(pos, s_open)))
        tokens.append(Token(text[s_open:s_close], s_open, s_close, "quote", qi))
        pos = s_close
    tokens.extend(_words(text, pos, end))
    if casing is not None:
        for i, tok in enumerate(tokens):
            if not tok.is_cap:
                continue
            prev = tokens[i - 1] if i else None
            opens = prev is None or prev.text in SENTENCE_END or _ends_sentence(prev)
            following = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if opens and casing.plain(tok.text, following):
                tokens[i] = replace(tok, plain=True)
            elif casing.written_lower(tok.text):
                tokens[i] = replace(tok, common=True)
    return tokens


def skip_parenthesis(toks: list[Token], k: int) -> int:
    """After a name: skip '(D-Nev.)', '(R)', '(pictured)'."""
    if k >= len(toks) or toks[k].text != "(":
        return k
    for j in range(k + 1, min(len(toks), k + 8)):
        if toks[j].text == ")":
            return j + 1
        if toks[j].kind == "quote" or toks[j].text in SENTENCE_END:
            break
    return k


def _ends_sentence(tok: Token) -> bool:
    """A quotation closing on a full stop, ? or !: '... ''New York, New York.'' Giant'."""
    return tok.kind == "quote" and tok.text.rstrip("\"”’»'").endswith((".", "?", "!"))


class Casing(Protocol):
    """How an article writes its words (see :mod:`index.extract.casing`)."""

    def plain(self, word: str, next_word: str = "") -> bool: ...

    def written_lower(self, word: str) -> bool: ...


def _words(text: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text, start, end):
        word = m.group()
        kind: TokenKind = "word" if (word[0].isalnum() or word[0] == "_") else "punct"
        out.append(Token(word, m.start(), m.end(), kind))
    return out


SENTENCE_END = frozenset({".", "!", "?", "…"})


def ends_clause(tok: Token) -> bool:
    """',' before an attribution, or a quotation closed with a comma inside its marks."""
    if tok.kind == "quote":
        return tok.text.rstrip("\"”’»'").endswith(",")
    return tok.text == ","


def is_name_in_marks(tok: Token) -> bool:
    """A short quotation that is a name or a title ('wearing "Ted Cruz" campaign pins'),
    not someone's words: at most four words, none closing a sentence or a clause."""
    if tok.kind != "quote":
        return False
    words = tok.text.strip("\"'“”‘’«» ").split()
    return 0 < len(words) <= 4 and not any(w.endswith((".", ",", "!", "?", ";")) for w in words)
