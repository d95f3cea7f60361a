"""Learn which common nouns head a speaker phrase ("the airline said", "legal experts
say") from the PolNeAR train split, and write them to index/extract/data/speaker_heads.txt.

Usage: .venv/bin/python scripts/learn_speaker_heads.py [../shared/polnear/train]

Every PolNeAR attribution names its source span. The head of a source written without a
proper name is its last word before any post-modifier ("a spokesman for the campaign" ->
spokesman, "people close to the vice president" -> people). A head is kept when it is written
in lower case, is an English noun (lemminflect), is not a document or data noun, and heads
sources in at least MIN_ARTICLES different articles, so that no single article's wording makes
the list. Only train is read; dev and the held-out test split are never opened.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from index.extract import lexicon as lx

MIN_ARTICLES = 2
OUT = Path(__file__).resolve().parents[1] / "index" / "extract" / "data" / "speaker_heads.txt"
_POSTMODIFIER = re.compile(
    r",|\(| who | whom | which | that | of | at | for | in | from | with | on | to | by "
    r"| close to | familiar with | involved | under | over "
)
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def head_of(source: str) -> str | None:
    """The head noun of a source phrase, or None when it is a name, pronoun or number."""
    phrase = _POSTMODIFIER.split(f" {source} ", maxsplit=1)[0]
    words = _WORD.findall(phrase)
    if not words:
        return None
    head = words[-1]
    if head[:1].isupper():
        return None  # a name, or a capitalised title
    low = head.lower()
    if low in lx.FUNCTION_WORDS or low in lx.NOT_SPEAKER_HEADS or not lx.is_noun(low):
        return None
    return low


def learn(split: Path) -> list[str]:
    articles: dict[str, set[str]] = defaultdict(set)
    with (split / "quotes.jsonl").open(encoding="utf-8") as f:
        for line in f:
            quote = json.loads(line)
            head = head_of(quote["polnear"].get("source") or "")
            if head is not None:
                articles[head].add(quote["article"])
    return sorted(h for h, seen in articles.items() if len(seen) >= MIN_ARTICLES)


def main() -> None:
    default = Path(__file__).resolve().parents[2] / "shared" / "polnear" / "train"
    split = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    if split.name != "train":
        sys.exit(f"{split}: learn from the train split only")
    heads = learn(split)
    header = (
        "# Common nouns that head speaker phrases, learnt from PolNeAR train by\n"
        "# scripts/learn_speaker_heads.py (heads of sources in >= "
        f"{MIN_ARTICLES} articles). Do not edit by hand.\n"
    )
    OUT.write_text(header + "\n".join(heads) + "\n", encoding="utf-8")
    print(f"{len(heads)} heads -> {OUT}")


if __name__ == "__main__":
    main()
