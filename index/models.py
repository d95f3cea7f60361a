"""Pydantic models for everything that crosses a module boundary.

Offsets are character offsets into :pyattr:`Article.text`, which is the article's
paragraphs joined by a blank line (``"\\n\\n"``). Paragraph numbers are 1-based.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PARAGRAPH_SEPARATOR = "\n\n"

SpeakerKind = Literal["person", "organisation", "group", "unknown"]
Cue = Literal["explicit", "pronoun", "continuation", "role", "none"]


class Article(BaseModel):
    """One news article, normalised to a list of paragraphs."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or the source's own string
    paragraphs: list[str]
    source: str = ""  # where it came from: "path" or "path:line"

    @property
    def text(self) -> str:
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    def paragraph_starts(self) -> list[int]:
        """Offset in :pyattr:`text` where each paragraph begins."""
        starts: list[int] = []
        pos = 0
        for para in self.paragraphs:
            starts.append(pos)
            pos += len(para) + len(PARAGRAPH_SEPARATOR)
        return starts


class Passage(BaseModel):
    """A paragraph of an article: the unit of context search."""

    article_id: str
    paragraph: int  # 1-based
    start: int
    end: int
    text: str


class SpeakerRef(BaseModel):
    """Who a quote is attributed to, as resolved for one quote."""

    name: str  # canonical name across the coverage ("Emmanuel Macron", "Kremlin")
    surface: str  # the words the article used here ("he", "the French leader", "Macron")
    role: str | None = None  # a title or description if given ("Kremlin spokesperson")
    kind: SpeakerKind = "person"


class Quote(BaseModel):
    """One quotation (direct, partial or reported) found in an article."""

    id: str  # stable: "{article_id}:{start}-{end}"
    article_id: str
    paragraph: int  # 1-based
    start: int  # offsets into Article.text of the quoted words
    end: int
    text: str
    direct: bool
    speaker: SpeakerRef | None = None
    cue_verb: str | None = None  # "said", "warned", "according to", ...
    cue: Cue = "none"  # how the speaker was found
    sentence: str = ""  # the sentence (or sentences) the quote stands in

    @staticmethod
    def make_id(article_id: str, start: int, end: int) -> str:
        return f"{article_id}:{start}-{end}"


class Speaker(BaseModel):
    """A speaker across the whole coverage, with every name it goes by."""

    name: str
    kind: SpeakerKind = "person"
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    quote_count: int = 0


class InputProblem(BaseModel):
    """A problem with one input: printed as one line, never fatal to a build."""

    source: str
    line: int | None = None
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{self.severity}: {where}: {self.message}"


class IngestResult(BaseModel):
    articles: list[Article] = Field(default_factory=list)
    problems: list[InputProblem] = Field(default_factory=list)
    files_read: int = 0


class Manifest(BaseModel):
    schema_version: int
    model: str
    dimension: int
    counts: dict[str, int]  # articles, passages, quotes, speakers
    corpus_fingerprint: str
    built_at: str  # ISO 8601 UTC
    build_seconds: float = 0.0
    embedded_texts: int = 0  # texts embedded by this build (cache misses)
    cached_texts: int = 0  # texts whose vectors came from the cache
    version: str = ""  # the version directory name
    sources: list[str] = Field(default_factory=list)
    extractor_version: str = ""  # hash of the extraction rules that produced the quotes


class BuildReport(BaseModel):
    manifest: Manifest
    store: str
    problems: list[InputProblem] = Field(default_factory=list)
    files_read: int = 0


class Citation(BaseModel):
    article_id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    paragraph: int
    quote_id: str | None = None
    quote: str | None = None  # the words as this article reported them


class Answer(BaseModel):
    """One answer to a question: a quote, its speaker and its citation."""

    quote_id: str
    speaker: str | None
    quote: str
    direct: bool
    article_id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    paragraph: int
    score: float
    sentence: str = ""
    speaker_role: str | None = None
    reported_by: list[Citation] = Field(default_factory=list)
    # the quote_id of an earlier answer whose statement holds this quote ('said that
    # "everything that is necessary" must be done' holds "everything that is necessary")
    within: str | None = None
    cue_verb: str | None = None  # the speech verb as the article writes it ("denied")
    polarity: Literal["affirms", "denies"] = "affirms"  # "denied that ...", "would not ..."


class AskResult(BaseModel):
    question: str
    kind: str = "search"  # who_said | what_did_say | did_say | who_talked | search
    answers: list[Answer] = Field(default_factory=list)
    speaker: str | None = None  # the speaker the question names, when it names one
    verdict: Literal["yes", "no"] | None = None  # for did_say questions
    # the did_say verdict graded: said it (yes), said the opposite (no_opposite), someone
    # else said it (no_other, named in other_speaker), nothing in the coverage (not_found)
    grade: Literal["yes", "no_opposite", "no_other", "not_found"] | None = None
    other_speaker: str | None = None
    # a speaker the question names whom the coverage never quotes ("Nancy Pelosy"), with
    # the known speakers whose names are closest (a likely typo); there are no answers then
    unknown_speaker: str | None = None
    suggestions: list[str] = Field(default_factory=list)

    def not_quoted_text(self) -> str:
        """'X is not quoted in the indexed coverage.' and the closest known names."""
        text = f"{self.unknown_speaker} is not quoted in the indexed coverage."
        if self.suggestions:
            text += f" Did you mean {' or '.join(self.suggestions)}?"
        return text

    def distinct_answers(self) -> list[Answer]:
        """The answers to show a person: a quote whose statement is already an earlier
        answer is part of that answer (its words stand there in quotation marks)."""
        shown: set[str] = set()
        out = []
        for a in self.answers:
            if a.within is None or a.within not in shown:
                out.append(a)
                shown.add(a.quote_id)
        return out
