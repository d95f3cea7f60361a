"""score_quotes: raw figures, figures by speaker flag and form, and the adjusted view."""

from __future__ import annotations

from index.evaluation.quotes import GoldQuote, score_quotes
from index.models import Article, Quote, SpeakerRef

TEXT = 'Ana Ruiz said the plan was "a disaster" for farmers. "We will fight it," said Tom Berg.'
ART = Article(id="a", paragraphs=[TEXT])


def quote(text: str, speaker: str | None, direct: bool) -> Quote:
    start = TEXT.index(text)
    return Quote(
        id=f"a:{start}", article_id="a", paragraph=1, start=start, end=start + len(text),
        text=text, direct=direct,
        speaker=SpeakerRef(name=speaker, surface=speaker) if speaker else None,
    )  # fmt: skip


def gold(gid: str, text: str, speaker: str, direct: bool, flag: str | None = None) -> GoldQuote:
    return GoldQuote(
        id=gid, article="a", quote=text, direct=direct, speaker=speaker, speaker_resolved=flag
    )


CLAUSE = 'the plan was "a disaster" for farmers'
GOLD = [
    gold("g1", CLAUSE, "Ana Ruiz", False, "name"),
    gold("g2", "We will fight it", "Tom Berg", True, "coref"),
]


def test_raw_figures_by_flag_and_form() -> None:
    scores = score_quotes(
        GOLD, [quote(CLAUSE, "Ana Ruiz", False), quote("We will fight it", "Berg", True)], [ART]
    )
    assert (scores.found, scores.speaker_correct, scores.precision) == (2, 1, 1.0)
    assert scores.by_flag["name"]["speaker_accuracy"] == 1.0
    assert scores.by_flag["coref"]["speaker_accuracy"] == 0.0
    assert scores.by_form["direct"]["gold"] == 1 and scores.by_form["reported"]["gold"] == 1
    assert scores.judged_speaker_accuracy == 0.5
    wrong = [e for e in scores.errors if e.kind == "wrong_speaker"]
    assert [(e.gold_id, e.flag, e.got) for e in wrong] == [("g2", "coref", "Berg")]


def test_partial_quote_alone_is_found_only_when_adjusted() -> None:
    scores = score_quotes(GOLD[:1], [quote("a disaster", "Ana Ruiz", True)], [ART])
    assert scores.found == 0
    assert scores.adjusted is not None
    assert scores.adjusted.found == 1 and scores.adjusted.speaker_correct == 1
    assert scores.precision == 1.0  # the partial quote lies inside a gold quote


def test_a_fuller_name_is_the_same_person_only_when_adjusted() -> None:
    g = gold("g", "We will fight it", "Berg", True, "name")
    scores = score_quotes([g], [quote("We will fight it", "Tom Berg", True)], [ART])
    assert scores.speaker_correct == 0
    assert scores.adjusted is not None and scores.adjusted.speaker_correct == 1


def test_another_person_of_the_same_surname_stays_wrong() -> None:
    g = gold("g", "We will fight it", "Bill Berg", True, "name")
    for name in ("Tom Berg", "Berg", "Bergson"):
        scores = score_quotes([g], [quote("We will fight it", name, True)], [ART])
        assert scores.adjusted is not None and scores.adjusted.speaker_correct == 0, name


def test_a_bare_surname_alias_does_not_make_a_namesake_the_same_person() -> None:
    """The article also calls Bill Berg 'Berg': that alias must not let 'Tom Berg' pass."""
    g = GoldQuote(
        id="g", article="a", quote="We will fight it", direct=True, speaker="Bill Berg",
        speaker_aliases=["Berg", "Mr. Berg"], speaker_resolved="name",
    )  # fmt: skip
    wrong = score_quotes([g], [quote("We will fight it", "Tom Berg", True)], [ART])
    assert wrong.adjusted is not None and wrong.adjusted.speaker_correct == 0
    right = score_quotes([g], [quote("We will fight it", "Bill J. Berg", True)], [ART])
    assert right.adjusted is not None and right.adjusted.speaker_correct == 1


def test_hand_checked_gold_is_judged() -> None:
    g = gold("g", "We will fight it", "Tom Berg", True)
    scores = score_quotes([g], [quote("We will fight it", "Tom Berg", True)], [ART])
    assert g.flag == "checked" and scores.judged_speaker_accuracy == 1.0


def test_gold_written_with_other_spacing_is_still_located() -> None:
    """Ingestion folds no-break and doubled spaces; a gold quote that kept them from its
    source must still be found, and an extraction elsewhere must not match it."""
    spaced = gold("g3", 'the plan\xa0was  "a disaster"', "Ana Ruiz", False, "name")
    found = score_quotes([spaced], [quote(CLAUSE, "Ana Ruiz", False)], [ART])
    assert (found.found, found.speaker_correct, found.precision) == (1, 1, 1.0)
    elsewhere = score_quotes([spaced], [quote("We will fight it", "Tom Berg", True)], [ART])
    assert (elsewhere.found, elsewhere.precision) == (0, 0.0)


def test_a_role_speaking_for_the_gold_speaker_is_right_only_when_adjusted() -> None:
    g = gold("g", "We will fight it", "Tom Berg", True, "name")
    scores = score_quotes([g], [quote("We will fight it", "spokesman for Tom Berg", True)], [ART])
    assert scores.speaker_correct == 0
    assert scores.adjusted is not None and scores.adjusted.speaker_correct == 1
    other = score_quotes([g], [quote("We will fight it", "spokesman for Ana Ruiz", True)], [ART])
    assert other.adjusted is not None and other.adjusted.speaker_correct == 0
