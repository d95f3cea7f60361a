"""How an answer is worded: the speech verb as the article writes it ("denied that ...",
"warned that ..."), never a neutral "said that" over a denial."""

from __future__ import annotations

from index.extract.lexicon import CLAUSE_LEMMAS, speech_lemma
from index.models import Answer, AskResult

# Clause verbs that need their listener before "that" ("told reporters that ...").
_NEEDS_OBJECT = frozenset({"tell", "inform", "assure", "remind", "warn", "ask"})


def lead_words(answer: Answer) -> str:
    """The words before a reported statement: "denied that", "according to", "said that";
    a direct quote is "said"."""
    if answer.direct:
        return "said"
    verb = (answer.cue_verb or "").strip()
    if verb.lower() == "according to":
        return "according to"
    lemma = speech_lemma(verb.split()[-1]) if verb else None
    if lemma is None or lemma not in CLAUSE_LEMMAS or lemma in _NEEDS_OBJECT:
        return "said that"
    return f"{verb.lower()} that"


def statement_line(answer: Answer) -> str:
    """'Ana Ruiz denied that the ferry would close', 'Ana Ruiz said “...”', 'According to
    the Port Authority, traffic fell'."""
    who = answer.speaker or "An unidentified speaker"
    lead = lead_words(answer)
    if lead == "according to":
        return f"According to {who}, {answer.quote}"
    if answer.direct:
        return f"{who} said “{answer.quote}”"
    return f"{who} {lead} {answer.quote}"


def verdict_line(result: AskResult) -> str:
    """A did_say verdict with its grade: said so, said the opposite, someone else said
    it, or nothing found."""
    who = result.speaker or "They"
    if result.grade == "yes" or (result.grade is None and result.verdict == "yes"):
        return f"Yes: {who} said so."
    if result.grade == "no_opposite":
        return f"No: {who} said the opposite."
    if result.grade == "no_other":
        return f"No: {result.other_speaker} said that, not {who}."
    return f"No quote found in which {who} says that."
