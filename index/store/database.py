"""The SQLite half of a store version: schema, writer, readers and FTS5 queries.

Row ids are the link to the FAISS indexes: quote and passage vectors are keyed by
``quotes.rowid`` and ``passages.rowid``.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.models import PARAGRAPH_SEPARATOR, Article, Passage, Quote, Speaker, SpeakerRef

SCHEMA_VERSION = 2

# No porter stemming: this index answers "who said these exact words", where a
# quoted "negotiate" must not match "negotiations"; the vector index already
# covers paraphrase and word forms. remove_diacritics 2 lets "cafe" find "café".
_TOKENIZER = "unicode61 remove_diacritics 2"

_SCHEMA = f"""
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,
    source TEXT NOT NULL,
    text TEXT NOT NULL,
    paragraph_lengths TEXT NOT NULL  -- JSON list: splits text back into paragraphs exactly
);
CREATE TABLE passages (
    rowid INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX passages_article ON passages (article_id, paragraph);
CREATE TABLE quotes (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL,
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    direct INTEGER NOT NULL,
    speaker_name TEXT,
    speaker_surface TEXT,
    speaker_role TEXT,
    speaker_kind TEXT,
    cue_verb TEXT,
    cue TEXT NOT NULL,
    sentence TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes (article_id, start);
CREATE INDEX quotes_speaker ON quotes (speaker_name);
CREATE TABLE speakers (
    rowid INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    aliases TEXT NOT NULL,  -- JSON list
    roles TEXT NOT NULL,  -- JSON list
    quote_count INTEGER NOT NULL
);
-- Standalone FTS tables (rowid = the content row's rowid): simple, and they keep
-- highlight() and snippet() available.
CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, sentence, speaker, tokenize = '{_TOKENIZER}');
CREATE VIRTUAL TABLE passages_fts USING fts5 (text, tokenize = '{_TOKENIZER}');
-- how many quotes hold each term: lets a search skip terms too common to rank by
CREATE VIRTUAL TABLE quotes_vocab USING fts5vocab (quotes_fts, 'row');
PRAGMA user_version = {SCHEMA_VERSION};
"""

_QUOTE_COLUMNS = (
    'rowid, id, article_id, paragraph, start, "end", text, direct, speaker_name, '
    "speaker_surface, speaker_role, speaker_kind, cue_verb, cue, sentence"
)
_PASSAGE_COLUMNS = 'rowid, article_id, paragraph, start, "end", text'
_ARTICLE_COLUMNS = "id, title, url, outlet, published, source, text, paragraph_lengths"

_MAX_TERMS = 64
_WORD = re.compile(r"[^\W_]+")  # what unicode61 keeps as tokens, near enough
_DOUBLE_QUOTES = '"“”„«»'


@dataclass(frozen=True)
class RowIds:
    """Row ids given to quotes and passages, in the order they were written."""

    quotes: list[int]
    passages: list[int]


# --- writing -----------------------------------------------------------------


def write_database(
    path: Path,
    articles: Sequence[Article],
    passages: Sequence[Passage],
    quotes: Sequence[Quote],
    speakers: Sequence[Speaker],
) -> RowIds:
    """Create a new database at ``path`` holding everything given.

    Quotes and passages get row ids 1, 2, ... in the order given. Raises
    ``ValueError`` on a duplicate article id, quote id or speaker name.
    """
    conn = sqlite3.connect(path)
    try:
        # The file is private to an unfinished version, fsync'd when it is published.
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA synchronous = OFF")
        conn.executescript(_SCHEMA)
        with conn:
            _insert(conn, articles, passages, quotes, speakers)
        conn.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('optimize')")
        conn.execute("INSERT INTO passages_fts (passages_fts) VALUES ('optimize')")
        conn.execute("PRAGMA optimize")
        conn.commit()
    except sqlite3.IntegrityError as exc:
        raise ValueError(f"cannot write {path}: {exc}") from None
    finally:
        conn.close()
    return RowIds(
        quotes=list(range(1, len(quotes) + 1)), passages=list(range(1, len(passages) + 1))
    )


def _insert(
    conn: sqlite3.Connection,
    articles: Sequence[Article],
    passages: Sequence[Passage],
    quotes: Sequence[Quote],
    speakers: Sequence[Speaker],
) -> None:
    conn.executemany(
        f"INSERT INTO articles ({_ARTICLE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                a.id,
                a.title,
                a.url,
                a.outlet,
                a.published,
                a.source,
                a.text,
                json.dumps([len(p) for p in a.paragraphs]),
            )
            for a in articles
        ),
    )
    conn.executemany(
        f"INSERT INTO passages ({_PASSAGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
        ((i, p.article_id, p.paragraph, p.start, p.end, p.text) for i, p in enumerate(passages, 1)),
    )
    conn.executemany(
        "INSERT INTO passages_fts (rowid, text) VALUES (?, ?)",
        ((i, p.text) for i, p in enumerate(passages, 1)),
    )
    conn.executemany(
        f"INSERT INTO quotes ({_QUOTE_COLUMNS}) VALUES ({', '.join('?' * 15)})",
        (_quote_row(i, q) for i, q in enumerate(quotes, 1)),
    )
    conn.executemany(
        "INSERT INTO quotes_fts (rowid, text, sentence, speaker) VALUES (?, ?, ?, ?)",
        (
            (i, q.text, q.sentence, q.speaker.name if q.speaker else "")
            for i, q in enumerate(quotes, 1)
        ),
    )
    conn.executemany(
        "INSERT INTO speakers (name, kind, aliases, roles, quote_count) VALUES (?, ?, ?, ?, ?)",
        (
            (s.name, s.kind, json.dumps(s.aliases), json.dumps(s.roles), s.quote_count)
            for s in speakers
        ),
    )


def _quote_row(rowid: int, q: Quote) -> tuple[object, ...]:
    sp = q.speaker
    return (
        rowid,
        q.id,
        q.article_id,
        q.paragraph,
        q.start,
        q.end,
        q.text,
        int(q.direct),
        sp.name if sp else None,
        sp.surface if sp else None,
        sp.role if sp else None,
        sp.kind if sp else None,
        q.cue_verb,
        q.cue,
        q.sentence,
    )


# --- reading -------------------------------------------------------------------


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version a database was written with."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def count_rows(conn: sqlite3.Connection, table: str) -> int:
    """Number of rows in one of the content tables."""
    if table not in ("articles", "passages", "quotes", "speakers"):
        raise ValueError(f"unknown table {table!r}")
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def read_articles(conn: sqlite3.Connection, article_id: str | None = None) -> list[Article]:
    """All articles in the order written, or the one with ``article_id``."""
    sql = f"SELECT {_ARTICLE_COLUMNS} FROM articles"
    if article_id is None:
        rows = conn.execute(sql + " ORDER BY rowid").fetchall()
    else:
        rows = conn.execute(sql + " WHERE id = ?", (article_id,)).fetchall()
    return [_article(row) for row in rows]


def read_quotes(conn: sqlite3.Connection) -> list[tuple[int, Quote]]:
    """Every ``(rowid, Quote)`` in (article id, start) order."""
    return _select_quotes(conn, "", ())


def quote_by_id(conn: sqlite3.Connection, quote_id: str) -> tuple[int, Quote] | None:
    """``(rowid, Quote)`` of the quote with this id, or None."""
    found = _select_quotes(conn, "id = ?", (quote_id,))
    return found[0] if found else None


def speaker_quote_rowids(conn: sqlite3.Connection, speaker_name: str) -> list[int]:
    """Row ids of the quotes attributed to a speaker (by canonical name)."""
    rows = conn.execute("SELECT rowid FROM quotes WHERE speaker_name = ?", (speaker_name,))
    return [int(r) for (r,) in rows]


def passage_rowids_of_quotes(conn: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, int]:
    """For each quote row id, the row id of the passage (paragraph) it stands in."""
    out: dict[int, int] = {}
    for chunk in _chunks(rowids):
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            "SELECT q.rowid, p.rowid FROM quotes q JOIN passages p "
            "ON p.article_id = q.article_id AND p.paragraph = q.paragraph "
            f"WHERE q.rowid IN ({marks})",
            chunk,
        )
        out.update((int(q), int(p)) for q, p in rows)
    return out


def quote_rowids_of_passages(
    conn: sqlite3.Connection, rowids: Sequence[int]
) -> dict[int, list[int]]:
    """For each passage row id, the row ids of the quotes that stand in it."""
    out: dict[int, list[int]] = {}
    for chunk in _chunks(rowids):
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            "SELECT p.rowid, q.rowid FROM passages p JOIN quotes q "
            "ON p.article_id = q.article_id AND p.paragraph = q.paragraph "
            f"WHERE p.rowid IN ({marks}) ORDER BY q.rowid",
            chunk,
        )
        for p, q in rows:
            out.setdefault(int(p), []).append(int(q))
    return out


def quotes_by_rowids(conn: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, Quote]:
    """``{rowid: Quote}`` in the order of ``rowids``; unknown row ids are left out."""
    found: dict[int, Quote] = {}
    for chunk in _chunks(rowids):
        found.update(_select_quotes(conn, f"rowid IN ({','.join('?' * len(chunk))})", chunk))
    return {r: found[r] for r in rowids if r in found}


def passage_at(conn: sqlite3.Connection, article_id: str, paragraph: int) -> Passage | None:
    """The passage for one paragraph of an article, or None."""
    found = _select_passages(conn, "article_id = ? AND paragraph = ?", (article_id, paragraph))
    return found[0][1] if found else None


def passages_by_rowids(conn: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, Passage]:
    """``{rowid: Passage}`` in the order of ``rowids``; unknown row ids are left out."""
    found: dict[int, Passage] = {}
    for chunk in _chunks(rowids):
        found.update(_select_passages(conn, f"rowid IN ({','.join('?' * len(chunk))})", chunk))
    return {r: found[r] for r in rowids if r in found}


def read_speakers(conn: sqlite3.Connection) -> list[Speaker]:
    """All speakers in the order written."""
    rows = conn.execute(
        "SELECT name, kind, aliases, roles, quote_count FROM speakers ORDER BY rowid"
    )
    return [
        Speaker.model_validate(
            {
                "name": name,
                "kind": kind,
                "aliases": json.loads(aliases),
                "roles": json.loads(roles),
                "quote_count": count,
            }
        )
        for name, kind, aliases, roles, count in rows
    ]


def _select_quotes(
    conn: sqlite3.Connection, where: str, params: Sequence[object]
) -> list[tuple[int, Quote]]:
    sql = f"SELECT {_QUOTE_COLUMNS} FROM quotes"
    if where:
        sql += f" WHERE {where}"
    rows = conn.execute(sql + ' ORDER BY article_id, start, "end"', params).fetchall()
    return [(int(row[0]), _quote(row)) for row in rows]


def _select_passages(
    conn: sqlite3.Connection, where: str, params: Sequence[object]
) -> list[tuple[int, Passage]]:
    rows = conn.execute(
        f"SELECT {_PASSAGE_COLUMNS} FROM passages WHERE {where} ORDER BY rowid", params
    ).fetchall()
    return [
        (int(r[0]), Passage(article_id=r[1], paragraph=r[2], start=r[3], end=r[4], text=r[5]))
        for r in rows
    ]


def _article(row: tuple[Any, ...]) -> Article:
    aid, title, url, outlet, published, source, text, lengths = row
    paragraphs: list[str] = []
    pos = 0
    for n in json.loads(lengths):
        paragraphs.append(text[pos : pos + n])
        pos += n + len(PARAGRAPH_SEPARATOR)
    return Article(
        id=aid,
        title=title,
        url=url,
        outlet=outlet,
        published=published,
        paragraphs=paragraphs,
        source=source,
    )


def _quote(row: tuple[Any, ...]) -> Quote:
    (
        _,
        qid,
        aid,
        para,
        start,
        end,
        text,
        direct,
        name,
        surface,
        role,
        kind,
        verb,
        cue,
        sentence,
    ) = row
    speaker = None
    if name is not None:
        speaker = SpeakerRef(name=name, surface=surface, role=role, kind=kind)
    return Quote(
        id=qid,
        article_id=aid,
        paragraph=para,
        start=start,
        end=end,
        text=text,
        direct=bool(direct),
        speaker=speaker,
        cue_verb=verb,
        cue=cue,
        sentence=sentence,
    )


def search_fts(
    conn: sqlite3.Connection, table: str, match_expr: str, limit: int
) -> list[tuple[int, float]]:
    """``(rowid, bm25)`` of the best matches in ``quotes_fts`` or ``passages_fts``,
    best first (bm25 is lower for better matches)."""
    if table not in ("quotes_fts", "passages_fts"):
        raise ValueError(f"unknown full-text table {table!r}")
    rows = conn.execute(
        f"SELECT rowid, bm25({table}) FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?",
        (match_expr, limit),
    )
    return [(int(r), float(score)) for r, score in rows]


def _chunks(items: Sequence[int], size: int = 500) -> list[list[int]]:
    unique = list(dict.fromkeys(items))
    return [unique[i : i + size] for i in range(0, len(unique), size)]


# --- full-text queries -----------------------------------------------------------


def quote_term_counts(conn: sqlite3.Connection, terms: Sequence[str]) -> dict[str, int]:
    """For each term (as :func:`query_terms` gives them), the number of quotes holding it."""
    folded = {t: _fts_token(t) for t in dict.fromkeys(terms)}
    wanted = sorted(set(folded.values()))
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    rows = conn.execute(f"SELECT term, doc FROM quotes_vocab WHERE term IN ({marks})", wanted)
    counts = {str(term): int(doc) for term, doc in rows}
    return {t: counts.get(f, 0) for t, f in folded.items()}


def _fts_token(term: str) -> str:
    """A term as the unicode61 tokenizer with remove_diacritics stores it."""
    decomposed = unicodedata.normalize("NFKD", term.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_terms(text: str) -> list[str]:
    """The words of ``text``, lower-cased, as FTS5 will see them (letters and digits)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())[:_MAX_TERMS]


def _phrase(words: Sequence[str]) -> str:
    # Words hold no '"', so this string is always a valid FTS5 phrase; with no
    # words it is the empty phrase, which is valid and matches nothing.
    return '"' + " ".join(words) + '"'


def phrase_query(text: str) -> str:
    """A MATCH expression for the words of ``text``, adjacent and in order."""
    return _phrase(query_terms(text))


def terms_query(text: str) -> str:
    """A MATCH expression for rows holding any word of ``text`` (ranked by bm25)."""
    terms = list(dict.fromkeys(query_terms(text)))
    return " OR ".join(_phrase([t]) for t in terms) or _phrase([])


def fts_query(text: str) -> str:
    """Turn arbitrary user text into a safe FTS5 MATCH expression.

    Text in double quotes (straight, curly or guillemets) become exact
    phrases, other words single terms, all joined by OR so that bm25 ranks rows
    matching more of them first. Operators, ``*``, ``-``, parentheses and stray
    quote marks in ``text`` are treated as plain punctuation; the result is
    always valid, and matches nothing when ``text`` has no words.
    """
    parts = re.split(f"[{_DOUBLE_QUOTES}]", text)
    if len(parts) % 2 == 0:  # an unbalanced mark: the tail is plain words
        parts[-2:] = [parts[-2] + " " + parts[-1]]
    clauses: list[str] = []
    for i, part in enumerate(parts):
        if i % 2:
            clauses.append(phrase_query(part))
        else:
            clauses.extend(_phrase([t]) for t in query_terms(part))
    unique = [c for c in dict.fromkeys(clauses) if c != _phrase([])]
    return " OR ".join(unique[:_MAX_TERMS]) or _phrase([])
