"""What the bot shows: search results, context, citations and lists as embeds.

Pure functions from index models to :class:`discord.Embed` (no I/O). Text from the
coverage is flattened to one line where it has to be and has its Markdown escaped;
every embed is passed through :func:`bot.limits.fit_embed`.
"""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot import limits
from bot.paging import Pages
from index.models import Answer, Article, AskResult, Citation, Manifest, Passage, Speaker
from index.search.wording import lead_words, verdict_line

NO_MENTIONS = discord.AllowedMentions.none()
COLOUR = discord.Colour(0x2F6DB5)
RUNNER_UPS = 2  # answers shown under the main one on each page of an answer
_RUNNER_UP_QUOTE = 300  # characters of a runner-up's quote
_MAX_URL = 220  # longer links are left out of lists and citations
_LIST_LINE = 250  # characters of a list line, its link aside
_TITLE = 150  # characters of an article title in a citation


def clean(text: str) -> str:
    """``text`` on one line with its Markdown escaped."""
    return discord.utils.escape_markdown(" ".join(text.split()))


def safe_url(url: str | None) -> str | None:
    """``url`` if Discord will accept it as a link (http or https, no spaces), else None."""
    if not url or not url.startswith(("http://", "https://")) or len(url) > _MAX_URL:
        return None
    if any(ch.isspace() for ch in url):
        return None
    return url.replace("(", "%28").replace(")", "%29")


def speaker_label(answer: Answer) -> str:
    """The speaker, with their role when known: ``Emmanuel Macron (French President)``."""
    if not answer.speaker:
        return "Unattributed"
    if answer.speaker_role:
        return f"{answer.speaker} ({answer.speaker_role})"
    return answer.speaker


def source_name(c: Answer | Citation) -> str:
    """The outlet, or the article id when the outlet is unknown."""
    return c.outlet or c.article_id


def citation_line(c: Answer | Citation) -> str:
    """Outlet, title, date, paragraph and link on one line."""
    parts = [clean(source_name(c))]
    parts.append(f"“{limits.truncate(clean(c.title), _TITLE)}”" if c.title else "(untitled)")
    if c.published:
        parts.append(clean(c.published))
    parts.append(f"¶{c.paragraph}")
    if url := safe_url(c.url):
        parts.append(f"[link]({url})")
    return " · ".join(parts)


def quote_text(answer: Answer, limit: int) -> str:
    """The exact words, in quotation marks when direct, cut to ``limit``."""
    if answer.direct:
        return "“" + limits.truncate(clean(answer.quote), limit - 2) + "”"
    lead = lead_words(answer)  # "denied that ...": the verb as the article writes it
    return f"*{lead}* " + limits.truncate(clean(answer.quote), limit - len(lead) - 3)


def reported_line(answer: Answer) -> str | None:
    """The "Reported by N outlets: ..." line, when other articles carry the same quote."""
    if not answer.reported_by:
        return None
    names = list(dict.fromkeys([source_name(answer), *map(source_name, answer.reported_by)]))
    return f"Reported by {len(names)} outlets: " + ", ".join(clean(n) for n in names)


def join_fitting(lines: Sequence[str], limit: int) -> str:
    """As many whole ``lines`` as fit in ``limit``, then a count of those left out."""
    out: list[str] = []
    used = 0
    for i, line in enumerate(lines):
        rest = len(lines) - i - 1
        tail = f"\n… and {rest} more" if rest else ""
        if used + limits.size(line) + 1 + limits.size(tail) > limit:
            out.append(f"… and {len(lines) - i} more")
            break
        out.append(line)
        used += limits.size(line) + 1
    return limits.truncate("\n".join(out), limit)


def no_answer_text(question: str) -> str:
    """The plain reply when nothing in the coverage matches."""
    return limits.fit_message(
        f"Nothing in the indexed coverage matches “{' '.join(question.split())}”. "
        "Try other words, or `/speakers` and `/sources` to see what is indexed."
    )


EMPTY_QUESTION = (
    'Ask with words, e.g. Who said "nothing can be ruled out"? or What did Peskov say about NATO?'
)


def not_quoted_text(result: AskResult) -> str:
    """The plain reply when the question names someone the coverage never quotes."""
    return limits.fit_message(f"{result.not_quoted_text()} Try `/speakers` to see who is quoted.")


def answer_pages(result: AskResult) -> Pages[Answer]:
    """A result's answers, one main answer and its runner-ups a page."""
    return Pages(result.distinct_answers(), 1 + RUNNER_UPS)


def answer_embed(result: AskResult, page: int = 0) -> discord.Embed:
    """One page of a result: the main answer, its citation, and up to two runner-ups."""
    pages = answer_pages(result)
    shown = pages.page(page)
    if not shown:
        raise ValueError("a result without answers has no answer embed")
    main, others = shown[0], shown[1:]
    lines = []
    if result.verdict is not None:
        lines.append(f"**{verdict_line(result)}**")
        if result.verdict == "no":
            lines.append("The closest quote:")
    lines += [quote_text(main, 3000), "", citation_line(main)]
    if reported := reported_line(main):
        lines.append(reported)
    embed = discord.Embed(
        title=speaker_label(main),
        description="\n".join(lines),
        colour=COLOUR,
        url=safe_url(main.url),
    )
    for other in others:
        embed.add_field(
            name=f"Also: {speaker_label(other)}",
            value=quote_text(other, _RUNNER_UP_QUOTE) + "\n" + citation_line(other),
            inline=False,
        )
    first = pages.first_index(page) + 1
    last = first + len(shown) - 1
    span = f"answer {first}" if first == last else f"answers {first}–{last}"
    question = " ".join(result.question.split())
    embed.set_footer(text=f"{span} of {len(pages.items)} · Q: {question}")
    return limits.fit_embed(embed)


def context_embed(answer: Answer, passages: Sequence[Passage]) -> discord.Embed:
    """The paragraph the quote stands in, between its neighbours."""
    parts = []
    for p in passages:
        text = clean(p.text)
        if p.paragraph == answer.paragraph:
            text = f"**{text}**"
        parts.append(f"¶{p.paragraph} {text}")
    if not parts:
        parts.append("(the paragraph is no longer in the index)")
    embed = discord.Embed(
        title=f"Context: {speaker_label(answer)}",
        description="\n\n".join(parts),
        colour=COLOUR,
        url=safe_url(answer.url),
    )
    embed.add_field(name="Source", value=citation_line(answer), inline=False)
    return limits.fit_embed(embed)


def sources_embed(answers: Sequence[Answer]) -> discord.Embed:
    """Every citation of the answers shown: the article quoted and those reporting it."""
    embed = discord.Embed(title="Sources", colour=COLOUR)
    for answer in answers:
        lines = [citation_line(answer)]
        lines += [citation_line(c) for c in answer.reported_by]
        embed.add_field(
            name=speaker_label(answer) + ": " + quote_text(answer, 80),
            value=join_fitting([f"• {line}" for line in lines], limits.FIELD_VALUE),
            inline=False,
        )
    return limits.fit_embed(embed)


def speaker_line(sp: Speaker) -> str:
    """One speaker in a list: name, roles, quote count and other names."""
    line = f"**{clean(sp.name)}**"
    if sp.roles:
        line += f" ({clean(', '.join(sp.roles))})"
    line += f" · {sp.quote_count} quote{'s' if sp.quote_count != 1 else ''}"
    others = [a for a in sp.aliases if a != sp.name]
    if others:
        line += " · also " + clean("; ".join(others))
    return limits.truncate(line, _LIST_LINE)


def source_line(article: Article) -> str:
    """One article in a list: id, title, outlet, date and link."""
    title = f"“{clean(article.title)}”" if article.title else "(untitled)"
    line = f"`{article.id}` {title}"
    meta = [clean(x) for x in (article.outlet, article.published) if x]
    if meta:
        line += " · " + " · ".join(meta)
    line = limits.truncate(line, _LIST_LINE)
    if url := safe_url(article.url):
        line += f" · [link]({url})"
    return line


def list_embed(
    title: str, lines: Sequence[str], page: int, pages: int, total: int
) -> discord.Embed:
    """One page of a paged list."""
    embed = discord.Embed(title=title, description="\n".join(lines), colour=COLOUR)
    embed.set_footer(text=f"page {page + 1} of {pages} · {total} in all")
    return limits.fit_embed(embed)


def status_embed(manifest: Manifest, rebuilding: bool) -> discord.Embed:
    """The live index: version, build time, model and counts."""
    embed = discord.Embed(title="Index status", colour=COLOUR)
    embed.add_field(name="Version", value=clean(manifest.version) or "?", inline=True)
    embed.add_field(
        name="Built",
        value=f"{clean(manifest.built_at)} ({manifest.build_seconds:.1f}s)",
        inline=True,
    )
    embed.add_field(
        name="Model", value=f"{clean(manifest.model)} ({manifest.dimension} dims)", inline=True
    )
    counts = ", ".join(f"{v} {k}" for k, v in manifest.counts.items())
    embed.add_field(name="Contents", value=counts or "empty", inline=False)
    if rebuilding:
        embed.add_field(name="Rebuild", value="running now", inline=False)
    return limits.fit_embed(embed)
