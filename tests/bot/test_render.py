"""Search results, context, sources and lists as embeds."""

from __future__ import annotations

import discord
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import limits, render
from index.models import Answer, Article, AskResult, Citation, Manifest, Passage, Speaker


def answer(**kw: object) -> Answer:
    base: dict[str, object] = {
        "quote_id": "a1:0-10",
        "speaker": "Petra Vessar",
        "speaker_role": "opposition leader",
        "quote": "Opposition is easy when you have forgotten your own votes",
        "direct": True,
        "article_id": "selva-04",
        "title": "Opposition accuses water minister",
        "outlet": "Velmora Evening Post",
        "url": "https://velmora-post.test/a",
        "published": "2025-03-13",
        "paragraph": 11,
        "score": 0.9,
    }
    base.update(kw)
    return Answer.model_validate(base)


def result(*answers: Answer, question: str = "Who said it?") -> AskResult:
    return AskResult(question=question, kind="who_said", answers=list(answers))


def test_answer_embed_names_the_speaker_quote_and_citation() -> None:
    embed = render.answer_embed(result(answer()))
    assert embed.title == "Petra Vessar (opposition leader)"
    assert embed.url == "https://velmora-post.test/a"
    desc = embed.description or ""
    assert "“Opposition is easy when you have forgotten your own votes”" in desc
    assert "Velmora Evening Post · “Opposition accuses water minister” · 2025-03-13 · ¶11" in desc
    assert "[link](https://velmora-post.test/a)" in desc
    assert "Reported by" not in desc
    assert embed.footer.text == "answer 1 of 1 · Q: Who said it?"


def test_reported_by_counts_the_outlets() -> None:
    cites = [
        Citation(article_id="x", outlet="Kyiv Post", paragraph=2),
        Citation(article_id="y", outlet="Kyiv Post", paragraph=3),
        Citation(article_id="z", outlet=None, paragraph=1),
    ]
    desc = render.answer_embed(result(answer(reported_by=cites))).description or ""
    assert "Reported by 3 outlets: Velmora Evening Post, Kyiv Post, z" in desc


def test_two_runner_ups_a_page_then_the_next_page() -> None:
    answers = [answer(speaker=f"Speaker {i}", speaker_role=None) for i in range(5)]
    first = render.answer_embed(result(*answers), 0)
    assert first.title == "Speaker 0"
    assert [f.name for f in first.fields] == ["Also: Speaker 1", "Also: Speaker 2"]
    assert (first.footer.text or "").startswith("answers 1–3 of 5")
    second = render.answer_embed(result(*answers), 1)
    assert second.title == "Speaker 3"
    assert [f.name for f in second.fields] == ["Also: Speaker 4"]


def test_quoted_words_inside_an_earlier_answer_are_not_shown_again() -> None:
    statement = answer(
        quote_id="a1:0-60", direct=False, quote='the deal "proves that pressure works"'
    )
    inner = answer(quote_id="a1:10-35", quote="proves that pressure works", within="a1:0-60")
    other = answer(quote_id="a1:90-120", speaker="Jonas Traskel", speaker_role=None)
    embed = render.answer_embed(result(statement, inner, other))
    assert [f.name for f in embed.fields] == ["Also: Jonas Traskel"]
    assert (embed.footer.text or "").startswith("answers 1–2 of 2")


def test_reported_speech_and_unknown_speaker() -> None:
    embed = render.answer_embed(result(answer(direct=False, speaker=None, speaker_role=None)))
    assert embed.title == "Unattributed"
    assert (embed.description or "").startswith("*said that* Opposition is easy")


def test_a_denial_is_shown_as_a_denial() -> None:
    denial = answer(direct=False, cue_verb="denied", polarity="denies")
    embed = render.answer_embed(result(denial))
    assert (embed.description or "").startswith("*denied that* Opposition is easy")


@pytest.mark.parametrize(
    ("verdict", "grade", "lead"),
    [
        ("yes", "yes", "**Yes: Petra Vessar said so.**"),
        ("no", "no_opposite", "**No: Petra Vessar said the opposite.**"),
        ("no", "no_other", "**No: Anton Vessar said that, not Petra Vessar.**"),
        ("no", "not_found", "**No quote found in which Petra Vessar says that.**"),
    ],
)
def test_verdicts_lead_the_description(verdict: str, grade: str, lead: str) -> None:
    res = result(answer())
    res.kind, res.speaker, res.verdict, res.grade = "did_say", "Petra Vessar", verdict, grade
    res.other_speaker = "Anton Vessar" if grade == "no_other" else None
    assert (render.answer_embed(res).description or "").startswith(lead)


def test_markdown_in_the_coverage_is_escaped() -> None:
    embed = render.answer_embed(result(answer(quote="**bold** and _it_")))
    assert "\\*\\*bold\\*\\* and \\_it\\_" in (embed.description or "")


@pytest.mark.parametrize(
    "url",
    [None, "seed", "javascript:alert(1)", "https://x.test/a b", "https://x.test/" + "a" * 300],
)
def test_unusable_urls_are_left_out(url: str | None) -> None:
    embed = render.answer_embed(result(answer(url=url)))
    assert embed.url is None
    assert "[link]" not in (embed.description or "")


def test_parentheses_in_links_are_encoded() -> None:
    assert render.safe_url("https://x.test/a_(b)") == "https://x.test/a_%28b%29"


def test_no_answer_text_says_so_plainly() -> None:
    text = render.no_answer_text("Who said   “zebras”?")
    assert text.startswith("Nothing in the indexed coverage matches “Who said “zebras”?”.")


def test_an_empty_result_has_no_answer_embed() -> None:
    with pytest.raises(ValueError):
        render.answer_embed(result())


def test_context_embed_bolds_the_quoted_paragraph() -> None:
    passages = [
        Passage(article_id="a", paragraph=n, start=0, end=1, text=f"Paragraph {n}.")
        for n in (10, 11, 12)
    ]
    embed = render.context_embed(answer(), passages)
    assert embed.description == "¶10 Paragraph 10.\n\n¶11 **Paragraph 11.**\n\n¶12 Paragraph 12."
    assert embed.fields[0].name == "Source"


def test_sources_embed_lists_every_citation() -> None:
    a = answer(reported_by=[Citation(article_id="d06", outlet="Kyiv Post", paragraph=5)])
    embed = render.sources_embed([a, answer(speaker="Other")])
    assert len(embed.fields) == 2
    value = embed.fields[0].value or ""
    assert value.count("• ") == 2 and "Kyiv Post" in value


def test_many_citations_are_counted_not_cut() -> None:
    cites = [
        Citation(article_id=f"id{i}", outlet=f"Outlet {i}", title="t" * 100, paragraph=1)
        for i in range(40)
    ]
    value = render.sources_embed([answer(reported_by=cites)]).fields[0].value or ""
    assert limits.size(value) <= limits.FIELD_VALUE
    assert value.splitlines()[-1].startswith("… and ") and value.endswith(" more")


def test_list_lines() -> None:
    sp = Speaker(
        name="Emmanuel Macron", aliases=["Macron"], roles=["French President"], quote_count=28
    )
    assert render.speaker_line(sp) == (
        "**Emmanuel Macron** (French President) · 28 quotes · also Macron"
    )
    art = Article(id="d01", title="Scholz rules out troops", outlet="dw", paragraphs=["x"])
    assert render.source_line(art) == "`d01` “Scholz rules out troops” · dw"


def test_status_embed() -> None:
    m = Manifest(
        schema_version=1,
        model="m",
        dimension=384,
        counts={"articles": 7, "quotes": 84},
        corpus_fingerprint="f",
        built_at="2025-01-01T00:00:00+00:00",
        version="v1",
    )
    embed = render.status_embed(m, rebuilding=True)
    values = {f.name: f.value for f in embed.fields}
    assert values["Version"] == "v1"
    assert values["Contents"] == "7 articles, 84 quotes"
    assert values["Rebuild"] == "running now"


long_text = st.text(min_size=0, max_size=8000)


@settings(max_examples=40, deadline=None)
@given(
    quote=long_text,
    title=st.none() | long_text,
    speaker=st.none() | st.text(max_size=500),
    question=long_text,
    n=st.integers(min_value=1, max_value=6),
)
def test_answer_embeds_always_fit(
    quote: str, title: str | None, speaker: str | None, question: str, n: int
) -> None:
    answers = [answer(quote=quote, title=title, speaker=speaker) for _ in range(n)]
    res = result(*answers, question=question)
    embeds = [render.answer_embed(res, p) for p in range(render.answer_pages(res).count)]
    embeds.append(render.sources_embed(answers))
    for embed in embeds:
        assert isinstance(embed, discord.Embed)
        assert limits.embed_size(embed) <= limits.EMBED_TOTAL
        assert limits.size(embed.description or "") <= limits.DESCRIPTION
        assert limits.size(embed.title or "") <= limits.TITLE
        for f in embed.fields:
            assert limits.size(f.value or "") <= limits.FIELD_VALUE
            assert limits.size(f.name or "") <= limits.FIELD_NAME
