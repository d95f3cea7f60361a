"""Query latency in a warm process (embedding + search + ranking) at several store sizes.

    .venv/bin/python benchmarks/latency.py [--sizes 1000,10000,100000] [--queries 200]

Builds a store per size from a synthetic corpus (benchmarks/synthetic.py) with the real
extractor, then times ``Searcher.ask`` for a mix of question kinds. Quote and passage
vectors are real embeddings up to ``--embed-up-to`` quotes and random unit vectors above
(FAISS and SQLite do the same work either way; the query is always embedded by the real
model). Prints a table and writes JSON (default benchmarks/results/latency.json).
Target: p95 <= 50 ms at 100k quotes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import CLAIMS, FIRST, LAST, TOPICS, articles
from index.build import corpus_fingerprint, extract_all, passages_of
from index.embed import Embedder
from index.models import Manifest
from index.search import Searcher
from index.store import SCHEMA_VERSION, Store, StoreLayout, write_store_version


def questions(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        topic, claim = rng.choice(TOPICS), rng.choice(CLAIMS)
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        kind = i % 5
        if kind == 0:
            out.append(f'Who said "{topic} {claim}"?')
        elif kind == 1:
            out.append(f"Who warned that {topic} was {claim.replace('is ', '')}?")
        elif kind == 2:
            out.append(f"What did {name} say about {topic}?")
        elif kind == 3:
            out.append(f"Did {name} say that {topic} {claim}?")
        else:
            out.append(f"Who talked about {topic}?")
    return out


def unit_vectors(n: int, dim: int, rng: np.random.Generator) -> np.ndarray:
    v = rng.standard_normal((n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def build_store(size: int, root: Path, embedder: Embedder, embed_up_to: int) -> dict[str, float]:
    started = time.perf_counter()
    arts = list(articles(size))
    quotes, speakers, _ = extract_all(arts)
    extracted = time.perf_counter()
    passages = [p for a in arts for p in passages_of(a)]
    dim = embedder.dimension
    if len(quotes) <= embed_up_to:
        qv = embedder.embed([q.text for q in quotes], progress=False)
        pv = embedder.embed([p.text for p in passages], progress=False)
        vectors = "real"
    else:
        rng = np.random.default_rng(0)
        qv, pv = unit_vectors(len(quotes), dim, rng), unit_vectors(len(passages), dim, rng)
        vectors = "random"
    manifest = Manifest(
        schema_version=SCHEMA_VERSION,
        model=embedder.model_name,
        dimension=dim,
        counts={},
        corpus_fingerprint=corpus_fingerprint(arts),
        built_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    with StoreLayout(root).new_version() as version_dir:
        write_store_version(version_dir, arts, passages, quotes, speakers, qv, pv, manifest)
    return {
        "articles": len(arts),
        "quotes": len(quotes),
        "speakers": len(speakers),
        "extract_seconds": round(extracted - started, 2),
        "quotes_per_second_extracted": round(len(quotes) / max(extracted - started, 1e-9)),
        "build_seconds": round(time.perf_counter() - started, 2),
        "vectors": vectors,  # type: ignore[dict-item]
    }


def measure(store_root: Path, embedder: Embedder, qs: list[str]) -> dict[str, float]:
    with Store.open(store_root) as store:
        searcher = Searcher(store, embedder)
        for q in qs[:10]:  # warm up: model, caches, page cache
            searcher.ask(q)
        embedder._queries.clear()  # time the embedding of every query, not a cache hit
        times = []
        for q in qs:
            t = time.perf_counter()
            searcher.ask(q)
            times.append((time.perf_counter() - t) * 1000)
            embedder._queries.clear()
    times.sort()
    return {
        "queries": len(times),
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
        "p99_ms": round(times[int(0.99 * (len(times) - 1))], 2),
        "mean_ms": round(statistics.fmean(times), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--embed-up-to", type=int, default=10000)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/latency.json"))
    args = parser.parse_args()
    embedder = Embedder()
    embedder.embed_query("warm up")
    qs = questions(args.queries)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            built = build_store(size, Path(tmp), embedder, args.embed_up_to)
            timing = measure(Path(tmp), embedder, qs)
        rows.append({"target_quotes": size, **built, **timing})
        print(f"built {size}: {built}", file=sys.stderr)
    cols = ("quotes", "vectors", "p50 ms", "p95 ms", "p99 ms", "mean ms")
    header = f"{cols[0]:>8} {cols[1]:>7} " + " ".join(f"{c:>8}" for c in cols[2:])
    print(header)
    for r in rows:
        print(
            f"{r['quotes']:>8} {r['vectors']:>7} {r['p50_ms']:>8} {r['p95_ms']:>8} "
            f"{r['p99_ms']:>8} {r['mean_ms']:>8}"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "benchmark": "query latency, warm process (embedding + search + ranking)",
        "machine": {"cpus": __import__("os").cpu_count(), "python": platform.python_version()},
        "model": embedder.model_name,
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "results": rows,
    }
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
