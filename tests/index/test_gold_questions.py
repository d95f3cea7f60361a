"""Question answering on ../shared/gold, side by side with the naive approach, through
`whosaid eval` (figures printed with -s)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from index.cli import main
from tests.conftest import shared_path
from tests.index.eval_helpers import question_scores

FLOORS = {"who_said_exact": 0.98, "who_said_paraphrase": 0.85, "what_did_say": 0.90}


@pytest.fixture(scope="module")
def scores(corpus_store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    tmp = tmp_path_factory.mktemp("gold")
    quotes, questions = tmp / "quotes.jsonl", tmp / "questions.jsonl"
    quotes.write_text(
        shared_path("gold", "seed.quotes.jsonl").read_text(encoding="utf-8")
        + shared_path("gold", "dev.quotes.jsonl").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    questions.write_text(
        shared_path("gold", "seed.questions.jsonl").read_text(encoding="utf-8")
        + shared_path("gold", "dev.questions.jsonl").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    corpus = str(shared_path("corpus"))
    args = [str(quotes), str(questions), "--corpus", corpus, "--store", str(corpus_store)]
    return question_scores(args, FLOORS)


@pytest.mark.parametrize("kind", list(FLOORS))
def test_floor_per_question_kind(scores: dict, kind: str) -> None:  # type: ignore[type-arg]
    assert scores["whosaid"]["by_kind"][kind]["accuracy"] >= FLOORS[kind]


@pytest.mark.parametrize("kind", list(FLOORS))
def test_well_ahead_of_the_naive_approach(scores: dict, kind: str) -> None:  # type: ignore[type-arg]
    ours = scores["whosaid"]["by_kind"][kind]["accuracy"]
    naive = scores["naive"]["by_kind"][kind]["accuracy"]
    assert ours >= naive + 0.25


def test_eval_prints_both_systems(corpus_store: Path) -> None:
    quotes = shared_path("gold", "seed.quotes.jsonl")
    questions = shared_path("gold", "seed.questions.jsonl")
    args = ["eval", str(quotes), str(questions), "--corpus", str(shared_path("corpus"))]
    result = CliRunner().invoke(main, [*args, "--store", str(corpus_store)])
    assert result.exit_code == 0, result.output
    assert "whosaid" in result.output and "naive" in result.output
    assert "who_said_exact" in result.output
