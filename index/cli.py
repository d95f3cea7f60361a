"""The `whosaid` command line: build the index, ask it questions, inspect and evaluate it.

Every `--json` output is a contract other tools rely on: fields may be added, never
renamed or removed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from functools import wraps
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from index.config import ConfigError, Settings, load_settings
from index.models import Answer, Article, AskResult, Quote

if TYPE_CHECKING:  # the heavy modules load only in the commands that need them
    from index.embed import Embedder
    from index.evaluation.questions import GoldQuestion, QuestionScores
    from index.evaluation.quotes import GoldQuote, QuoteScores
    from index.store import Store

F = TypeVar("F", bound=Callable[..., Any])


class Context:
    """Settings and store location shared by the commands."""

    def __init__(self, config: Path | None, store: Path | None) -> None:
        try:
            self.settings: Settings = load_settings(config)
        except ConfigError as exc:
            raise click.ClickException(str(exc)) from None
        self.store: Path = store or self.settings.index.store


def common_options(func: F) -> F:
    """--config and --store on every command that reads or writes a store."""

    @click.option(
        "--config",
        "config",
        type=click.Path(path_type=Path, dir_okay=False),
        default=None,
        help="TOML config file (see config.example.toml).",
    )
    @click.option(
        "--store",
        "store",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        help="Store directory (default: index.store from the config, else .whosaid/store).",
    )
    @wraps(func)
    def wrapper(*args: Any, config: Path | None, store: Path | None, **kwargs: Any) -> Any:
        return func(*args, ctx=Context(config, store), **kwargs)

    return wrapper  # type: ignore[return-value]


def _fail(message: str) -> click.ClickException:
    return click.ClickException(message.replace("\n", " "))


def _open_store(ctx: Context) -> Store:
    from index.store import Store, StoreError

    try:
        return Store.open(ctx.store)
    except StoreError as exc:
        raise _fail(str(exc)) from None


def _embedder(ctx: Context) -> Embedder:
    from index.embed import Embedder

    e = ctx.settings.embedding
    return Embedder(e.model, device=e.device, batch_size=e.batch_size)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="whosaid")
def main() -> None:
    """Who said what in the news: quotes, speakers and citations from your coverage."""


# --- index ---------------------------------------------------------------------------------


@main.group("index")
def index_group() -> None:
    """Build and inspect the quote index."""


@index_group.command("build")
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@common_options
@click.option("--json", "as_json", is_flag=True, help="Print the build report as JSON.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a TTY).")
def index_build(
    sources: tuple[Path, ...], ctx: Context, as_json: bool, progress: bool | None
) -> None:
    """Index SOURCES (files or folders of .txt, .md, .html, .json, .jsonl articles)."""
    from index.build import BuildError, build_index
    from index.embed import EmbeddingError
    from index.store import StoreError

    paths = list(sources) or list(ctx.settings.index.sources)
    try:
        report = build_index(paths, ctx.store, ctx.settings, progress=progress)
    except (BuildError, StoreError, EmbeddingError) as exc:
        raise _fail(str(exc)) from None
    for problem in report.problems:
        click.echo(str(problem), err=True)
    m = report.manifest
    if as_json:
        click.echo(report.model_dump_json(indent=2))
        return
    skipped = [p for p in report.problems if p.severity == "error"]
    c = m.counts
    click.echo(
        f"Indexed {c['articles']} articles, {c['passages']} passages, {c['quotes']} quotes "
        f"({c['speakers']} speakers) into {report.store} in {m.build_seconds:.1f}s."
    )
    click.echo(
        f"Embedded {m.embedded_texts} new texts with {m.model}; "
        f"{m.cached_texts} came from the cache."
    )
    if report.problems:
        click.echo(
            f"Skipped {len(skipped)} input(s) with errors, {len(report.problems) - len(skipped)} "
            "warning(s) (listed above)."
        )


@index_group.command("status")
@common_options
@click.option("--json", "as_json", is_flag=True, help="Print the manifest as JSON.")
def index_status(ctx: Context, as_json: bool) -> None:
    """Show the live store's manifest."""
    with _open_store(ctx) as store:
        m = store.manifest
    if as_json:
        click.echo(json.dumps({"store": str(ctx.store), **m.model_dump()}, indent=2))
        return
    click.echo(f"store:       {ctx.store}")
    click.echo(f"version:     {m.version}")
    click.echo(f"built at:    {m.built_at} ({m.build_seconds:.1f}s)")
    click.echo(f"model:       {m.model} (dimension {m.dimension})")
    for key, value in m.counts.items():
        click.echo(f"{key + ':':<12} {value}")
    click.echo(f"fingerprint: {m.corpus_fingerprint[:16]}")
    click.echo(f"embedded:    {m.embedded_texts} new, {m.cached_texts} cached")


# --- listing ------------------------------------------------------------------------------


def quote_record(q: Quote) -> dict[str, Any]:
    """The JSON line `whosaid quotes --json` prints for one quote."""
    from index.search.polarity import polarity

    sp = q.speaker
    return {
        "id": q.id,
        "article_id": q.article_id,
        "quote": q.text,
        "speaker": sp.name if sp else None,
        "direct": q.direct,
        "paragraph": q.paragraph,
        "start": q.start,
        "end": q.end,
        "speaker_surface": sp.surface if sp else None,
        "speaker_role": sp.role if sp else None,
        "speaker_kind": sp.kind if sp else None,
        "cue": q.cue,
        "cue_verb": q.cue_verb,
        "sentence": q.sentence,
        "polarity": polarity(q.text, q.cue_verb),
    }


@main.command("quotes")
@common_options
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@click.option("--speaker", default=None, help="Only quotes of this speaker (canonical name).")
@click.option("--article", "article_id", default=None, help="Only quotes of this article id.")
def quotes_cmd(ctx: Context, as_json: bool, speaker: str | None, article_id: str | None) -> None:
    """List every extracted quote."""
    with _open_store(ctx) as store:
        for q in store.quotes():
            if speaker and (q.speaker is None or q.speaker.name != speaker):
                continue
            if article_id and q.article_id != article_id:
                continue
            if as_json:
                click.echo(json.dumps(quote_record(q), ensure_ascii=False))
            else:
                who = q.speaker.name if q.speaker else "(unknown)"
                mark = "“”" if q.direct else "~~"
                click.echo(f"{q.article_id} ¶{q.paragraph}  {who}: {mark[0]}{q.text}{mark[1]}")


@main.command("speakers")
@common_options
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
def speakers_cmd(ctx: Context, as_json: bool) -> None:
    """List speakers with their aliases, roles and quote counts."""
    with _open_store(ctx) as store:
        for sp in store.speakers():
            if as_json:
                click.echo(sp.model_dump_json())
            else:
                extra = f" ({', '.join(sp.roles)})" if sp.roles else ""
                click.echo(f"{sp.quote_count:4d}  {sp.name}{extra}")
                if sp.aliases:
                    click.echo(f"      also: {'; '.join(sp.aliases)}")


@main.command("sources")
@common_options
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
def sources_cmd(ctx: Context, as_json: bool) -> None:
    """List the indexed articles."""
    with _open_store(ctx) as store:
        for a in store.articles():
            record = a.model_dump(exclude={"paragraphs"}) | {"paragraphs": len(a.paragraphs)}
            if as_json:
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                bits = [b for b in (a.outlet, a.published) if b]
                click.echo(
                    f"{a.id}: {a.title or '(untitled)'}" + (f" — {', '.join(bits)}" if bits else "")
                )


# --- ask -----------------------------------------------------------------------------------


def answer_record(a: Answer) -> dict[str, Any]:
    """The JSON object of one answer in `whosaid ask --json`."""
    return {
        "speaker": a.speaker,
        "quote": a.quote,
        "article_id": a.article_id,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "published": a.published,
        "paragraph": a.paragraph,
        "score": a.score,
        "direct": a.direct,
        "quote_id": a.quote_id,
        "speaker_role": a.speaker_role,
        "sentence": a.sentence,
        "reported_by": [c.model_dump() for c in a.reported_by],
        "within": a.within,
        "cue_verb": a.cue_verb,
        "polarity": a.polarity,
    }


def result_record(r: AskResult) -> dict[str, Any]:
    """The JSON object `whosaid ask --json` prints for one question."""
    return {
        "question": r.question,
        "kind": r.kind,
        "answers": [answer_record(a) for a in r.answers],
        "speaker": r.speaker,
        "verdict": r.verdict,
        "grade": r.grade,
        "other_speaker": r.other_speaker,
        "unknown_speaker": r.unknown_speaker,
        "suggestions": r.suggestions,
    }


def format_citation(a: Answer) -> str:
    parts = [p for p in (a.outlet, f"“{a.title}”" if a.title else None, a.published) if p]
    where = ", ".join(parts) if parts else a.article_id
    link = f" {a.url}" if a.url else ""
    return f"{where}, paragraph {a.paragraph} [{a.article_id}]{link}"


def format_result(r: AskResult) -> str:
    """The readable answer `whosaid ask` prints without --json."""
    from index.search.wording import statement_line, verdict_line

    lines = [f"Q: {r.question}"]
    if r.unknown_speaker:
        lines.append(r.not_quoted_text())
        return "\n".join(lines)
    if r.kind == "did_say":
        lines.append(verdict_line(r))
        if r.verdict == "no" and r.answers:
            lines.append("Closest of their quotes:")
    if not r.answers:
        if r.kind != "did_say":
            lines.append("Nothing in the coverage matches that question.")
        return "\n".join(lines)
    for i, a in enumerate(r.distinct_answers()):
        lead = "Also: " if i and r.kind != "who_talked" else ""
        lines.append(f"{lead}{statement_line(a)}")
        lines.append(f"    — {format_citation(a)} (score {a.score:.2f})")
        if a.reported_by:
            lines.append(f"    reported by {len(a.reported_by) + 1} outlets; also:")
        for c in a.reported_by:
            lines.append(
                f"      {c.outlet or c.article_id}, paragraph {c.paragraph} [{c.article_id}]"
            )
    return "\n".join(lines)


def _questions(question: str | None, batch: Path | None) -> Iterator[str]:
    if batch is not None:
        try:
            text = batch.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise _fail(f"{batch}: cannot read questions: {exc}") from None
        yield from (line.strip() for line in text.splitlines() if line.strip())
    if question:
        yield question


@main.command("ask")
@click.argument("question", required=False)
@common_options
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@click.option("-k", "k", type=click.IntRange(1, 50), default=None, help="Number of answers.")
@click.option(
    "--batch",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Read one question a line from FILE (the model loads once).",
)
def ask_cmd(
    question: str | None, ctx: Context, as_json: bool, k: int | None, batch: Path | None
) -> None:
    """Ask who said what: QUESTION in plain words."""
    from index.search import Searcher
    from index.search.question import EmptyQuestionError

    if not question and batch is None:
        raise click.UsageError("give a QUESTION or --batch FILE")
    k = k or ctx.settings.search.k
    with _open_store(ctx) as store:
        searcher = Searcher(store, _embedder(ctx), min_score=ctx.settings.search.min_score)
        for i, q in enumerate(_questions(question, batch)):
            try:
                result = searcher.ask(q, k=k)
            except EmptyQuestionError as exc:
                if batch is None:
                    raise _fail(str(exc)) from None
                if as_json:  # one line out for every line in, in order
                    click.echo(json.dumps({"question": q, "error": str(exc)}))
                else:
                    click.echo(f"{chr(10) if i else ''}Q: {q}\nError: {exc}")
                continue
            if as_json:
                click.echo(json.dumps(result_record(result), ensure_ascii=False))
            else:
                if i:
                    click.echo()
                click.echo(format_result(result))


# --- eval ----------------------------------------------------------------------------------


@main.command("eval")
@click.argument("gold_quotes", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.argument(
    "gold_questions", required=False, type=click.Path(path_type=Path, dir_okay=False, exists=True)
)
@click.option(
    "--corpus",
    "corpus",
    multiple=True,
    required=True,
    type=click.Path(path_type=Path),
    help="Article files or folders the gold refers to (repeatable).",
)
@common_options
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--show-errors", is_flag=True, help="List every miss with its sentence.")
def eval_cmd(
    gold_quotes: Path,
    gold_questions: Path | None,
    corpus: tuple[Path, ...],
    ctx: Context,
    as_json: bool,
    show_errors: bool,
) -> None:
    """Score extraction against GOLD_QUOTES and, given GOLD_QUESTIONS, answering too
    (side by side with the naive approach). Questions need a store: --store reuses one
    built from the same corpus, else one is built under .whosaid/eval/."""
    from index.build import extract_all
    from index.evaluation.questions import load_gold_questions
    from index.evaluation.quotes import GoldError, load_gold_quotes, score_quotes
    from index.ingest import load_sources

    try:
        gold = load_gold_quotes(gold_quotes)
        questions = load_gold_questions(gold_questions) if gold_questions else []
    except GoldError as exc:
        raise _fail(str(exc)) from None
    ingest = load_sources(list(corpus))
    for problem in ingest.problems:
        click.echo(str(problem), err=True)
    quotes, _speakers, problems = extract_all(ingest.articles)
    for problem in problems:
        click.echo(str(problem), err=True)
    scores = score_quotes(gold, quotes, ingest.articles)
    question_scores = (
        _score_questions(ctx, list(corpus), ingest.articles, questions, gold) if questions else []
    )
    if as_json:
        data = scores.model_dump()
        if not show_errors:
            data.pop("errors")
        if question_scores:
            data["questions"] = {
                qs.system: qs.model_dump(exclude=set() if show_errors else {"errors"})
                for qs in question_scores
            }
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    _print_quote_scores(scores)
    if question_scores:
        _print_question_table(question_scores)
    if show_errors:
        for e in scores.errors:
            click.echo(
                f"\n[{e.kind}] {e.gold_id} ({e.cue or '-'}, {e.flag or '-'}) "
                f"expected={e.expected} got={e.got}"
            )
            click.echo(f"  quote:    {e.quote}")
            if e.sentence:
                click.echo(f"  sentence: {e.sentence}")
        for qs in question_scores:
            for m in qs.errors:
                click.echo(f"\n[{qs.system} {m.kind}] {m.id} expected={m.expected}")
                click.echo(f"  question: {m.question}")
                for g in m.got:
                    click.echo(f"  got:      {g}")


def _print_quote_scores(scores: QuoteScores) -> None:
    """Raw figures beside the convention-adjusted ones, overall and by cue, flag and form."""
    adj = scores.adjusted
    click.echo(f"quotes: {scores.gold} gold, {scores.extracted} extracted")
    click.echo(f"{'':<26}{'raw':>8}{'adjusted':>10}")

    def line(label: str, raw: float, adjusted: float | None, count: str = "") -> None:
        other = f"{adjusted:10.1%}" if adjusted is not None else " " * 10
        click.echo(f"{label:<26}{raw:8.1%}{other}  {count}".rstrip())

    line("recall", scores.recall, adj.recall if adj else None, f"({scores.found}/{scores.gold})")
    line("precision", scores.precision, None, f"({scores.real}/{scores.extracted})")
    count = f"({scores.speaker_correct}/{scores.found})"
    line("speaker accuracy", scores.speaker_accuracy, adj.speaker_accuracy if adj else None, count)
    line(
        "  judged (names, coref)",
        scores.judged_speaker_accuracy,
        adj.judged_speaker_accuracy if adj else None,
    )
    tables = [
        ("cue", scores.by_cue, adj.by_cue if adj else {}),
        ("flag", scores.by_flag, adj.by_flag if adj else {}),
        ("form", scores.by_form, adj.by_form if adj else {}),
    ]
    for title, raw_table, adj_table in tables:
        click.echo(f"by {title + ':':<14}  recall  speaker   adj recall  speaker   (gold)")
        for key, b in raw_table.items():
            a = adj_table.get(key, b)
            click.echo(
                f"  {key:<15} {b['recall']:7.1%}  {b['speaker_accuracy']:7.1%}   "
                f"{a['recall']:9.1%}  {a['speaker_accuracy']:7.1%}   ({b['gold']})"
            )


def _score_questions(
    ctx: Context,
    corpus: list[Path],
    articles: list[Article],
    questions: list[GoldQuestion],
    gold: list[GoldQuote],
) -> list[QuestionScores]:
    from index.build import corpus_fingerprint, ensure_store
    from index.evaluation.naive import NaiveAnswerer
    from index.evaluation.questions import score_questions
    from index.search import Searcher

    embedder = _embedder(ctx)
    store_dir = ctx.store
    if store_dir == ctx.settings.index.store:  # no --store given: one store per corpus
        store_dir = Path(".whosaid") / "eval" / corpus_fingerprint(articles)[:16]
    store = ensure_store(corpus, store_dir, ctx.settings, embedder=embedder)
    with store:
        searcher = Searcher(store, embedder, min_score=ctx.settings.search.min_score)
        ours = score_questions("whosaid", questions, lambda t: searcher.ask(t, k=3), gold)
    naive = NaiveAnswerer(articles, embedder)
    theirs = score_questions("naive", questions, lambda t: naive.ask(t, k=3), gold)
    return [ours, theirs]


def _print_question_table(results: list[QuestionScores]) -> None:
    kinds = sorted({k for r in results for k in r.by_kind})
    header = "questions:".ljust(22) + "".join(f"{r.system:>12}" for r in results) + "   (n)"
    click.echo("\n" + header)
    for kind in kinds:
        row = f"  {kind:<20}"
        n = 0
        for r in results:
            b = r.by_kind.get(kind, {"accuracy": 0.0, "questions": 0})
            row += f"{b['accuracy']:12.1%}"
            n = int(b["questions"])
        click.echo(f"{row}   ({n})")


def _load_plugins() -> None:
    """Commands other packages add (the Discord bot adds `whosaid bot`)."""
    for ep in entry_points(group="whosaid.commands"):
        try:
            command = ep.load()
        except Exception as exc:  # a broken plugin must not take the whole CLI down
            click.echo(f"warning: cannot load command {ep.name!r} ({ep.value}): {exc}", err=True)
            continue
        main.add_command(command, ep.name)


_load_plugins()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
