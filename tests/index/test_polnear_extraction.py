"""Extraction on PolNeAR dev (84 real articles, 1,278 quotes no one on the project wrote),
through `whosaid eval`. The floors hold the figures reached so far, so that no change
loses ground on unseen coverage. Of the issue's targets, 93% judged speaker accuracy,
93% precision, 90% recall and 98% direct recall are reached; 85% reported recall is not
yet. Develop on train, measure here."""

from __future__ import annotations

import pytest

from tests.conftest import shared_path
from tests.index.test_gold_extraction import report, run_eval

# measured 2026-12-08, eighth session: recall 0.912 (direct 0.989, reported 0.852),
# precision 0.936, judged speaker accuracy 0.933 raw / 0.953 adjusted (seventh session:
# recall 0.908, reported 0.845, precision 0.936, judged 0.931; sixth session: recall
# 0.897, precision 0.931, judged 0.931; fifth: recall 0.891, precision 0.923, judged 0.927;
# fourth: recall 0.851, precision 0.915, judged 0.925; third: recall 0.846, precision 0.909,
# judged 0.880; second: recall 0.843, judged 0.878; first: recall 0.808, precision 0.899,
# judged 0.883; before any of this work: recall 0.689, precision 0.897, judged 0.780)
FLOORS = {
    "recall": 0.909,
    "precision": 0.933,
    "judged_speaker_accuracy": 0.930,
}
FORM_FLOORS = {"direct": 0.985, "reported": 0.850}


@pytest.mark.slow
def test_polnear_dev_holds_its_floors() -> None:
    dev = shared_path("polnear", "dev")
    scores = run_eval(str(dev / "quotes.jsonl"), str(dev / "articles.jsonl"))
    report("polnear dev", scores)
    assert scores["gold"] == 1278
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, key
    for form, floor in FORM_FLOORS.items():
        assert scores["by_form"][form]["recall"] >= floor, form  # type: ignore[index]
    adjusted = scores["adjusted"]
    assert adjusted["judged_speaker_accuracy"] >= scores["judged_speaker_accuracy"]  # type: ignore[index]
    assert set(scores["by_flag"]) == {"name", "role", "coref", "unresolved"}  # type: ignore[arg-type]
