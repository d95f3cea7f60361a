"""The SQLite database: round trip, FTS5 phrase search and safe MATCH expressions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store_corpus import make_corpus

from index.store import database as db


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    corpus = make_corpus()
    path = tmp_path_factory.mktemp("db") / "whosaid.sqlite"
    db.write_database(path, corpus.articles, corpus.passages, corpus.quotes, corpus.speakers)
    connection = sqlite3.connect(path)
    yield connection
    connection.close()


def _texts(conn: sqlite3.Connection, hits: list[tuple[int, float]]) -> list[str]:
    return [q.text for q in db.quotes_by_rowids(conn, [r for r, _ in hits]).values()]


def test_round_trip(conn: sqlite3.Connection) -> None:
    corpus = make_corpus()
    assert db.schema_version(conn) == db.SCHEMA_VERSION
    assert db.read_articles(conn) == corpus.articles  # incl. a paragraph holding "\n\n"
    assert db.read_articles(conn, "bbc-7") == [corpus.articles[1]]
    assert db.read_speakers(conn) == corpus.speakers
    by_position = sorted(corpus.quotes, key=lambda q: (q.article_id, q.start))
    assert [q for _, q in db.read_quotes(conn)] == by_position
    assert db.quotes_by_rowids(conn, [3, 1, 99]) == {3: corpus.quotes[2], 1: corpus.quotes[0]}
    assert db.quote_by_id(conn, corpus.quotes[1].id) == (2, corpus.quotes[1])
    assert db.speaker_quote_rowids(conn, "Kremlin") == [1]
    assert db.passage_at(conn, "reuters-1", 2) == corpus.passages[1]
    assert db.passage_at(conn, "reuters-1", 9) is None
    assert db.passages_by_rowids(conn, [4]) == {4: corpus.passages[3]}


def test_row_ids_follow_insertion_order(tmp_path: Path) -> None:
    corpus = make_corpus()
    rowids = db.write_database(
        tmp_path / "x.sqlite", corpus.articles, corpus.passages, corpus.quotes, []
    )
    assert rowids.quotes == [1, 2, 3]
    assert rowids.passages == [1, 2, 3, 4]


def test_duplicate_quote_id_is_a_value_error(tmp_path: Path) -> None:
    corpus = make_corpus()
    with pytest.raises(ValueError, match=r"quotes\.id"):
        db.write_database(tmp_path / "x.sqlite", [], [], corpus.quotes * 2, [])


def test_phrase_search_is_exact_words_in_order(conn: sqlite3.Connection) -> None:
    hits = db.search_fts(conn, "quotes_fts", db.phrase_query("not negotiate"), 10)
    assert _texts(conn, hits) == ["We will not negotiate under threat,"]
    assert db.search_fts(conn, "quotes_fts", db.phrase_query("negotiate not"), 10) == []
    # no stemming: a different word form is not the words quoted
    assert db.search_fts(conn, "quotes_fts", db.phrase_query("not negotiating"), 10) == []


def test_diacritics_and_case_are_folded(conn: sqlite3.Connection) -> None:
    hits = db.search_fts(conn, "quotes_fts", db.phrase_query("OUR CAFE"), 10)
    assert _texts(conn, hits) == ["Our café will close,"]
    by_speaker = db.search_fts(conn, "quotes_fts", db.terms_query("elodie"), 10)
    assert _texts(conn, by_speaker) == ["Our café will close,"]


def test_terms_query_matches_any_word_best_first(conn: sqlite3.Connection) -> None:
    hits = db.search_fts(conn, "quotes_fts", db.terms_query("waste threat"), 10)
    assert sorted(_texts(conn, hits)) == ["We will not negotiate under threat,", "a waste of time"]
    assert hits[0][1] <= hits[-1][1]
    assert db.search_fts(conn, "passages_fts", db.terms_query("details"), 5)[0][0] == 2


def test_fts_query_shapes() -> None:
    assert db.fts_query('who said "waste of time" today') == (
        '"who" OR "said" OR "waste of time" OR "today"'
    )
    assert db.fts_query("“curly quotes” work") == '"curly quotes" OR "work"'
    assert db.fts_query('unbalanced "mark here') == '"unbalanced" OR "mark" OR "here"'
    assert db.fts_query("NOT (a* AND -b)") == '"not" OR "a" OR "and" OR "b"'
    assert db.fts_query("🙂 -- *") == '""'
    assert db.phrase_query("") == '""'
    assert db.terms_query("A a") == '"a"'


def test_fts_query_finds_a_quoted_phrase(conn: sqlite3.Connection) -> None:
    hits = db.search_fts(conn, "quotes_fts", db.fts_query('who said "a waste of time"?'), 1)
    assert _texts(conn, hits) == ["a waste of time"]


HOSTILE = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list("\"“”«»()*-+^:{}[]ANDORNOTNEAR \\'\x00🙂é"))),
)


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_queries_never_raise(conn: sqlite3.Connection, text: str) -> None:
    for make in (db.fts_query, db.phrase_query, db.terms_query):
        for table in ("quotes_fts", "passages_fts"):
            db.search_fts(conn, table, make(text), 5)
