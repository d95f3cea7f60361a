"""Property tests: arbitrary bytes in any supported format never break a load."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.ingest import load_sources

WORDS = ["Odile", "said", "“quoted”", "it’s", "–", "e\u0301", "\n", "\n\n", " ", "\t", "\u00a0"]
MARKUP = ["---\n", "title: ", "id: ", "# ", "- ", "> ", "```\n", "    ", "*", "[", "](", "![", "\\"]
TAGS = ["<html>", "<title>", "</title>", "<body>", "<article>", "<p>", "</p>", "<h1>", "</div>"]
TAGS += ['<meta property="og:title" content="', '">', "<script>", "<!--", "&nbsp;", "\x00"]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(["id", "title", "text", "url", "published"]), children)
    ),
    max_leaves=8,
)
ARTICLE_OBJECTS = st.fixed_dictionaries(
    {"text": st.text() | JSON_VALUES},
    optional={"id": JSON_VALUES, "title": JSON_VALUES, "outlet": JSON_VALUES},
)


def _shaped(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces) | st.text(max_size=5), max_size=40).map("".join)


def _json_lines(values: Sequence[object]) -> str:
    return "\n".join(json.dumps(value, ensure_ascii=False) for value in values)


SHAPED = {
    ".txt": _shaped(WORDS),
    ".md": _shaped(WORDS + MARKUP),
    ".html": _shaped(WORDS + TAGS),
    ".jsonl": st.lists(ARTICLE_OBJECTS | JSON_VALUES, max_size=5).map(_json_lines)
    | _shaped([*WORDS, "{", "}", '"text": ', '"id": ', ",", "[", "]", "null"]),
    ".json": st.lists(ARTICLE_OBJECTS | JSON_VALUES, max_size=5).map(json.dumps)
    | ARTICLE_OBJECTS.map(json.dumps),
}


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("untrusted")


def _check_load(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    result = load_sources([path])
    assert result.files_read == 1
    for article in result.articles:
        assert article.paragraphs
        assert all(p and p == p.strip() and "\n" not in p for p in article.paragraphs)
    assert all("\n" not in problem.message for problem in result.problems)
    assert result.articles or result.problems


@pytest.mark.parametrize("suffix", sorted(SHAPED))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_arbitrary_input_never_raises(scratch: Path, suffix: str, data: st.DataObject) -> None:
    raw = st.binary(max_size=300)
    text = (st.text(max_size=300) | SHAPED[suffix]).map(str.encode)
    content = data.draw(raw | text, label="content")
    _check_load(scratch / f"input{suffix}", content)
