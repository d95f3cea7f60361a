"""Speakers made one across a coverage: name variants, titles, spelling variants; and two
people who share a surname kept apart."""

from __future__ import annotations

from collections import Counter

from extract_helpers import coverage, find_quote, speaker_named

from index.extract.coverage import _Cluster, _merge_same_names
from index.extract.entities import Entity


def test_name_variants_are_one_speaker() -> None:
    quotes, speakers = coverage(
        ['Aldric Venn visited the shipyard on Monday. "We will build ten ships," Venn said.'],
        ['"The navy needs them now," Aldric Venn said.'],
        ['"Our sailors deserve better," French President Aldric Venn said on Friday.'],
        ['"The contract is signed," Mr. Venn said.'],
    )
    venn = speaker_named(speakers, "Aldric Venn")
    assert venn.quote_count == 4
    assert {"Venn", "Mr. Venn", "French President Aldric Venn"} <= set(venn.aliases)
    assert "French President" in venn.roles
    assert venn.kind == "person"
    for words in ("ten ships", "needs them now", "deserve better", "contract is signed"):
        q = find_quote(quotes, words)
        assert q.speaker is not None and q.speaker.name == "Aldric Venn"
    assert [s for s in speakers if "Venn" in s.name] == [venn]


def test_surface_keeps_the_article_words() -> None:
    quotes, _ = coverage(
        ['"The navy needs them now," Aldric Venn said.'],
        ['"The contract is signed," Mr. Venn said.'],
    )
    q = find_quote(quotes, "contract is signed")
    assert q.speaker is not None
    assert q.speaker.name == "Aldric Venn"
    assert "Venn" in q.speaker.surface


def test_same_surname_different_first_names_stay_two() -> None:
    quotes, speakers = coverage(
        ['"The tax will fall next year," Oskar Lindqvist said.'],
        ['"The tax will rise next year," Maria Lindqvist said.'],
    )
    assert find_quote(quotes, "fall").speaker.name == "Oskar Lindqvist"
    assert find_quote(quotes, "rise").speaker.name == "Maria Lindqvist"
    assert speaker_named(speakers, "Oskar Lindqvist").quote_count == 1
    assert speaker_named(speakers, "Maria Lindqvist").quote_count == 1


def test_same_surname_in_one_article_stays_two() -> None:
    quotes, speakers = coverage(
        ['"The farm will be sold," Edvin Rask said. "Not while I live," Tilde Rask said.'],
    )
    assert find_quote(quotes, "farm will be sold").speaker.name == "Edvin Rask"
    assert find_quote(quotes, "Not while I live").speaker.name == "Tilde Rask"
    assert len([s for s in speakers if s.name.endswith("Rask")]) == 2


def test_one_letter_spelling_variant_merges() -> None:
    quotes, speakers = coverage(
        ['"The front line is holding," Volodar Kostyrenkoy said.'],
        ['"We need more air defence," Volodar Kostyrenko said.'],
    )
    names = {find_quote(quotes, w).speaker.name for w in ("front line", "air defence")}
    assert len(names) == 1
    (name,) = names
    sp = speaker_named(speakers, name)
    assert sp.quote_count == 2
    other = "Volodar Kostyrenko" if name == "Volodar Kostyrenkoy" else "Volodar Kostyrenkoy"
    assert other in sp.aliases


def test_short_surname_with_one_letter_difference_does_not_merge() -> None:
    _, speakers = coverage(
        ['"The mine will close," Ada Berg said.'],
        ['"The mine will stay open," Ada Borg said.'],
    )
    assert {"Ada Berg", "Ada Borg"} <= {s.name for s in speakers}


def test_two_given_names_one_letter_apart_are_two_people() -> None:
    quotes, speakers = coverage(
        ['"The harbour is ours again," Marina said at the fair.'],
        ['A voter watched the speech at home. "He really does love us," Marine said.'],
    )
    assert speaker_named(speakers, "Marina").quote_count == 1
    assert find_quote(quotes, "really does love us").speaker.name == "Marine"


def test_role_only_speaker_joins_the_named_person_across_articles() -> None:
    _, speakers = coverage(
        ['Czech Prime Minister Radek Holub arrived in Vienna. "We expect a deal," Holub said.'],
        ['"Our partners have been patient," the Czech prime minister said.'],
    )
    holub = speaker_named(speakers, "Radek Holub")
    assert holub.quote_count == 2
    assert any("prime minister" in r.lower() for r in holub.roles)


def test_generic_ministry_joins_the_named_ministry() -> None:
    quotes, speakers = coverage(
        ["The Ministry of Water Resources published its figures. \"Levels are low,\" the "
         "ministry said."],
        ['"We will ration water in the south," the ministry said in a statement.'],
    )  # fmt: skip
    q = find_quote(quotes, "ration water")
    assert q.speaker is not None and q.speaker.name == "Ministry of Water Resources"
    ministry = speaker_named(speakers, "Ministry of Water Resources")
    assert ministry.kind == "organisation"
    assert ministry.quote_count == 2


def test_speakers_without_quotes_are_not_listed() -> None:
    _, speakers = coverage(
        ["Hanna Berg visited the flooded villages on Thursday.",
         '"The water is falling," Kjell Aune said.'],
    )  # fmt: skip
    assert [s.name for s in speakers] == ["Kjell Aune"]


def test_surnames_one_first_letter_apart_are_two_people() -> None:
    _quotes, speakers = coverage(
        ['"The rules must change," said Mark Barden.'],
        ['"We will see," Garden said.'],
    )
    barden = next(s for s in speakers if s.name == "Mark Barden")
    assert barden.quote_count == 1
    assert any(s.name == "Garden" for s in speakers)


def test_clusters_that_end_up_with_one_name_are_merged() -> None:
    """A speaker's name is its key in the store: an organisation read once as a person
    ("a New York Times" cut from "a New York Times reporter") joins the organisation."""
    org = Entity(name="Velmora Times", kind="organisation", gender="it")
    person = Entity(name="Velmora Times", kind="person")
    other = Entity(name="Ada Velt", kind="person", gender="she")
    clusters: dict[int, _Cluster] = {}
    for ent in (org, person, other):
        c = _Cluster(kind=ent.kind)
        c.add(ent)
        clusters[id(ent)] = c
    _merge_same_names(clusters, Counter({id(org): 3, id(person): 1, id(other): 1}))
    assert clusters[id(person)] is clusters[id(org)]
    assert clusters[id(org)].kind == "organisation"
    assert clusters[id(other)] is not clusters[id(org)]
