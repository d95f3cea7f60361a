"""Find quotation spans in a paragraph: straight, curly, guillemet and low-9 marks, and two
apostrophes standing for a double mark (``''like this''``, as in typewriter and archive text).

The scanner never raises: unbalanced marks produce an *open-ended* span that runs to the
end of the paragraph (the convention for quotes continuing into the next paragraph), and
stray closing marks are ignored. Quotes nested inside a quote belong to the outer span.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENERS = {"“": "”", "„": "“", "«": "»", "‹": "›", "‘": "’", "‚": "‘"}
CLOSERS = {"”", "»", "›", "’", "“", "‘"}
DOUBLE_MARKS = {"“", "”", "„", '"', "«", "»"}
_OPEN_CONTEXT = set(" \t\n([{—–-/:;") | {""}
_CLOSE_AFTER = set(" \t\n)]}.,;:!?—–-/…") | {""}


@dataclass(frozen=True)
class MarkSpan:
    """One quotation: ``start``/``end`` are the offsets of the words inside the marks."""

    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None when open-ended
    start: int
    end: int
    close_width: int = 1  # 2 for a closing ''

    @property
    def outer_end(self) -> int:
        return self.close_at + self.close_width if self.close_at is not None else self.end

    @property
    def open_ended(self) -> bool:
        return self.close_at is None


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else ""


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else ""


def _is_apostrophe(text: str, i: int) -> bool:
    """’ or ' between letters (it’s), after s (countries’) or before digits (’90s)."""
    before, after = _prev(text, i), _next(text, i)
    if before.isalnum() and after.isalnum():
        return True
    if before.isalpha() and after in _CLOSE_AFTER and text[i] in "’'":
        # "countries’ " is a possessive unless a matching ‘ opened earlier
        return "‘" not in text[:i]
    return after.isdigit()


def _straight_role(text: str, i: int, inside: bool) -> str:
    """Decide whether a straight double quote at ``i`` opens or closes."""
    before, after = _prev(text, i), _next(text, i)
    opens = (before in _OPEN_CONTEXT or before in "“‘«") and after not in (" ", "\t", "\n", "")
    closes = before not in (" ", "\t", "\n", "") and (after in _CLOSE_AFTER or after in "”’»")
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if inside else "open"


def find_quote_spans(text: str) -> list[MarkSpan]:
    """All top-level quotation spans of ``text`` in order."""
    if "''" not in text:
        return _find_spans(text)
    # two apostrophes are one double mark: scan a copy where each pair is one '"', then
    # map the offsets back
    view, origin = _collapse_double_apostrophes(text)
    out: list[MarkSpan] = []
    for s in _find_spans(view):
        close_at = origin[s.close_at] if s.close_at is not None else None
        width = 2 if close_at is not None and text.startswith("''", close_at) else 1
        out.append(MarkSpan(origin[s.open_at], close_at, origin[s.start], origin[s.end], width))
    return out


def _collapse_double_apostrophes(text: str) -> tuple[str, list[int]]:
    """``text`` with every ``''`` written as one ``"``, and for each offset of the copy
    (and its end) the offset in ``text``."""
    chars: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(text):
        origin.append(i)
        if text.startswith("'" * 3, i) and i > 0 and not text[i - 1].isspace():
            chars.append("'")  # closing: the inner quotation's ' and then the outer ''
            i += 1
        elif text.startswith("''", i):
            chars.append('"')
            i += 2
        else:
            chars.append(text[i])
            i += 1
    origin.append(len(text))
    return "".join(chars), origin


def _find_spans(text: str) -> list[MarkSpan]:
    spans: list[MarkSpan] = []
    stack: list[tuple[int, str]] = []  # (offset of opener, expected closer)
    single_close_at: int | None = None  # where an open 'single straight' quote closes
    for i, ch in enumerate(text):
        if i == single_close_at:
            single_close_at = None
            while len(stack) > 1:  # marks opened inside and never closed
                stack.pop()
            if stack:
                _close(text, stack, spans, i)
            continue
        if ch == '"':
            if _straight_role(text, i, inside=bool(stack)) == "open" and not (
                stack and stack[-1][1] == '"'
            ):
                stack.append((i, '"'))
            elif stack and stack[-1][1] == '"':
                _close(text, stack, spans, i)
            elif stack:
                # a straight closer while a curly quote is open: accept it as the closer
                _drop_open_singles(stack)
                if stack:
                    _close(text, stack, spans, i)
            continue
        if ch in ("’", "'") and _is_apostrophe(text, i):
            continue
        if ch == "'":
            # British style: 'single straight marks' - only at top level, and only when a
            # closing mark follows (a lone ' is far more often an apostrophe)
            if not stack and (closer := _single_straight_closer(text, i)) is not None:
                stack.append((i, "'"))
                single_close_at = closer
            continue
        if stack and ch == stack[-1][1]:
            _close(text, stack, spans, i)
            continue
        if ch in OPENERS and _looks_like_opener(text, i, ch):
            if ch in ("‘", "‚") and not stack and not _has_single_closer(text, i):
                continue
            stack.append((i, OPENERS[ch]))
            continue
        if ch == "”" and stack:
            # mixed marks: “ ... » or „ ... ” — close the innermost double-quote span; a
            # single mark opened inside it and never closed ('if I asked ‘em.”') ends with it
            _drop_open_singles(stack)
            if stack:
                _close(text, stack, spans, i)
    if stack:
        open_at = stack[0][0]
        spans.append(MarkSpan(open_at, None, open_at + 1, len(text.rstrip())))
    return _trimmed(text, spans)


def _looks_like_opener(text: str, i: int, ch: str) -> bool:
    if ch in ("“", "„", "«", "‚"):
        return True
    before, after = _prev(text, i), _next(text, i)
    return (before in _OPEN_CONTEXT or before in '“"«') and after.strip() != ""


def _single_straight_closer(text: str, i: int) -> int | None:
    """The offset of the ' that closes a quotation opened by the ' at ``i``, or None when
    the mark at ``i`` does not open one."""
    before, after = _prev(text, i), _next(text, i)
    if before not in _OPEN_CONTEXT or not (after.isalnum() or after in "“‘"):
        return None
    j = text.find("'", i + 1)
    while j != -1:
        nxt = _next(text, j)
        ends_word = text[j - 1].isalpha() and text[j - 1] not in "sS"  # not "farmers' "
        if (
            (ends_word or not _is_apostrophe(text, j))
            and text[j - 1] not in " \t\n"
            and (nxt in _CLOSE_AFTER or nxt in '”’"')
        ):
            return j
        j = text.find("'", j + 1)
    return None


def _has_single_closer(text: str, i: int) -> bool:
    j = text.find("’", i + 1)
    while j != -1:
        if not _is_apostrophe(text, j):
            return True
        j = text.find("’", j + 1)
    return False


def _drop_open_singles(stack: list[tuple[int, str]]) -> None:
    """Forget single marks opened inside the innermost double quotation and never closed:
    they were apostrophes ('‘em', '‘til'), and a double mark closes what they stood in."""
    while len(stack) > 1 and stack[-1][1] in ("’", "‘", "›", "'"):
        stack.pop()


def _close(text: str, stack: list[tuple[int, str]], spans: list[MarkSpan], i: int) -> None:
    open_at, _ = stack.pop()
    if stack:
        return  # nested quote: part of the outer span
    spans.append(MarkSpan(open_at, i, open_at + 1, i))


def _trimmed(text: str, spans: list[MarkSpan]) -> list[MarkSpan]:
    """Drop empty spans and trim whitespace inside the marks."""
    out: list[MarkSpan] = []
    for s in spans:
        start, end = s.start, s.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start and any(c.isalnum() for c in text[start:end]):
            out.append(MarkSpan(s.open_at, s.close_at, start, end))
    return sorted(out, key=lambda s: s.open_at)


def quote_text_bounds(text: str, span: MarkSpan) -> tuple[int, int]:
    """Bounds of the quoted words as the gold convention has them: a trailing comma
    inside the closing mark is left out."""
    start, end = span.start, span.end
    while end > start and text[end - 1] in ",;" and span.close_at is not None:
        end -= 1
    return start, end
