"""Extraction and attribution measured against hand-checked gold with `whosaid eval`.

The figures are printed in the test output (run pytest with -s, or read the report's
captured stdout); the floors are those the project commits to on ../shared/gold.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from index.cli import main
from tests.conftest import EXAMPLES, REPO, shared_path

FLOORS = {"recall": 0.97, "precision": 0.92, "speaker_accuracy": 0.97}


def run_eval(gold: str, *corpus: str) -> dict[str, object]:
    args = ["eval", gold, "--json"]
    for c in corpus:
        args += ["--corpus", c]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def report(name: str, scores: dict[str, object]) -> None:
    print(
        f"\n[{name}] recall={scores['recall']:.3f} precision={scores['precision']:.3f} "
        f"speaker_accuracy={scores['speaker_accuracy']:.3f} "
        f"({scores['found']}/{scores['gold']} found, {scores['real']}/{scores['extracted']} real)"
    )
    for cue, b in scores["by_cue"].items():  # type: ignore[union-attr]
        line = f"recall={b['recall']:.3f} speaker={b['speaker_accuracy']:.3f} n={b['gold']}"
        print(f"    {cue:<13} {line}")


def test_seed_article_against_gold() -> None:
    gold = shared_path("gold", "seed.quotes.jsonl")
    scores = run_eval(str(gold), str(shared_path("corpus", "seed.txt")))
    report("seed", scores)
    assert scores["gold"] == 22
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, key


def test_seed_and_dev_against_gold(tmp_path) -> None:  # type: ignore[no-untyped-def]
    combined = tmp_path / "gold.jsonl"
    combined.write_text(
        shared_path("gold", "seed.quotes.jsonl").read_text(encoding="utf-8")
        + shared_path("gold", "dev.quotes.jsonl").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    scores = run_eval(str(combined), str(shared_path("corpus")))
    report("seed+dev", scores)
    assert scores["gold"] == 76
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, key


def test_example_coverage_against_its_gold() -> None:
    """The bundled fictional coverage: written independently of the extractor's rules."""
    scores = run_eval(str(REPO / "examples" / "gold" / "example.quotes.jsonl"), str(EXAMPLES))
    report("examples", scores)
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, key


@pytest.mark.parametrize("flag", ["--show-errors", ""])
def test_eval_text_output(flag: str) -> None:
    gold = shared_path("gold", "seed.quotes.jsonl")
    args = ["eval", str(gold), "--corpus", str(shared_path("corpus", "seed.txt"))]
    result = CliRunner().invoke(main, args + ([flag] if flag else []))
    assert result.exit_code == 0
    assert "recall" in result.output and "speaker accuracy" in result.output
    assert "pronoun" in result.output


def test_eval_bad_gold_is_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(bad), "--corpus", str(EXAMPLES)])
    assert result.exit_code == 1
    assert f"{bad}:1:" in result.output and len(result.output.strip().splitlines()) == 1
