"""Running `whosaid eval` on gold questions from a test and reading its figures."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from click.testing import CliRunner

from index.cli import main


def question_scores(args: list[str], kinds: Iterable[str]) -> dict[str, Any]:
    """The `questions` part of `whosaid eval ARGS --json`, per system; the figures of
    ``kinds`` are printed (seen with -s)."""
    result = CliRunner().invoke(main, ["eval", *args, "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)["questions"]
    print()
    for kind in kinds:
        ours, naive = data["whosaid"]["by_kind"][kind], data["naive"]["by_kind"][kind]
        print(f"  {kind:<20} whosaid={ours['accuracy']:.3f} naive={naive['accuracy']:.3f} "
              f"(n={ours['questions']})")  # fmt: skip
    return data
