"""Word lists the attribution rules rely on: speech verbs, roles, organisations, names.

Everything here is plain data; the rules that use it live in the other modules.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from index.extract.countries import gazetteer

# --- speech verbs -------------------------------------------------------------------------
# Lemmas of verbs that report speech or writing. Inflections are generated below; irregular
# forms are listed explicitly.
SPEECH_LEMMAS: frozenset[str] = frozenset(
    """
    say tell add state declare announce warn insist argue claim deny stress note explain
    confirm assert acknowledge admit reply respond answer write tweet post comment
    remark observe emphasise emphasize underline underscore recall reiterate repeat urge
    predict promise vow pledge threaten accuse criticise criticize describe concede
    contend maintain mention complain boast joke quip lament conclude continue caution
    allege testify cite reaffirm counter retort reveal disclose hint signal clarify
    highlight demand recount assure reassure charge blast slam praise hail dismiss
    estimate propose suggest proclaim announce affirm interject exclaim shout whisper
    mutter scoff sneer tout lambast echo point declare tell inform brief report speak
    call ask question wonder agree stipulate specify outline summarise summarize
    characterise characterize label brand decry condemn denounce protest object add
    recommend advise appeal plead reason
    chant email yell scream shoot fire chime weigh fume retaliate gush muse react snap rail
    grumble marvel exult opine posit rave rant groan sigh bellow cry rejoin thunder huff
    needle taunt mock gripe crow coo sneer rebut put remember sing press go
    brag blame chide bemoan bark boom elaborate
    """.split()
)

IRREGULAR_FORMS: dict[str, str] = {
    "said": "say",
    "says": "say",
    "saying": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
    "spake": "speak",
    "shot": "shoot",
    "sang": "sing",
    "sung": "sing",
    "went": "go",
    "goes": "go",
}

# Verbs that only count as speech with a following preposition or particle.
PARTICLE_VERBS: dict[str, frozenset[str]] = {
    "point": frozenset({"out"}),
    "speak": frozenset({"of", "about", "out"}),
    "echo": frozenset(),
    "agree": frozenset(),
    "shoot": frozenset({"back"}),  # 'Trump shot back'
    "fire": frozenset({"back"}),
    "chime": frozenset({"in"}),
    "weigh": frozenset({"in"}),
    "snap": frozenset({"back"}),
    "rail": frozenset({"against", "at"}),
    "cry": frozenset({"out"}),
    "put": frozenset({"it"}),  # 'as Ruth Marcus puts it, ...'
    "go": frozenset({"on"}),  # '"...," Trump went on'
}

# Verbs that give someone or something a name: 'called her an "Aunt Tom"'.
NAMING_LEMMAS: frozenset[str] = frozenset(
    "call brand label dub describe characterise characterize".split()
)

# Verbs that introduce a reported clause without marks ("X said (that) ...").
CLAUSE_LEMMAS: frozenset[str] = SPEECH_LEMMAS - frozenset(
    {
        "accuse", "criticise", "criticize", "describe", "call", "cite", "praise", "hail",
        "blast", "slam", "lambast", "condemn", "denounce", "decry", "label", "brand",
        "dismiss", "question", "ask", "wonder", "continue", "echo", "speak", "tout",
        "characterise", "characterize", "summarise", "summarize", "outline", "charge",
        "threaten", "appeal", "plead", "protest", "object", "reason",
        "chant", "email", "yell", "scream", "shoot", "fire", "chime", "weigh", "fume",
        "retaliate", "gush", "react", "snap", "rail", "groan", "sigh", "bellow", "cry",
        "huff", "needle", "taunt", "mock", "gripe", "crow", "coo", "sneer", "rave", "rant",
        "remember", "sing", "press", "go", "blame", "chide", "bemoan", "bark", "boom",
        "elaborate",
    }
)  # fmt: skip


def _regular_forms(lemma: str) -> set[str]:
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        # doubled final consonant: admit -> admitted, quip -> quipped, vow stays
        # ("qu" is a consonant sound); British English doubles a final l: signalled
        if (
            len(lemma) >= 3
            and lemma[-1] in "bdglmnprt"
            and lemma[-2] in "aeiou"
            and (lemma[-3] not in "aeiou" or lemma[-4:-2] == "qu")
        ):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _build_verb_forms() -> dict[str, str]:
    table: dict[str, str] = {}
    for lemma in SPEECH_LEMMAS:
        for form in _regular_forms(lemma):
            table.setdefault(form, lemma)
    table.update(IRREGULAR_FORMS)
    # "tell" regular forms would give "telled"; keep the real ones only
    table.pop("telled", None)
    table.pop("speaked", None)
    table.pop("writed", None)
    table.pop("sayed", None)
    table.pop("goed", None)
    table.pop("gos", None)
    return table


VERB_FORMS: dict[str, str] = _build_verb_forms()


def speech_lemma(word: str) -> str | None:
    """The speech-verb lemma of ``word`` ("warned" -> "warn"), or None."""
    return VERB_FORMS.get(word.lower())


# Verbs that mark hedged or non-assertive speech: "appeared to insinuate", "seemed to suggest".
HEDGES: frozenset[str] = frozenset({"appeared", "appears", "seemed", "seems", "appear", "seem"})

# --- roles -----------------------------------------------------------------------------------
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    president vice-president premier minister chancellor secretary spokesperson
    spokesman spokeswoman leader head chief chairman chairwoman chair director governor
    mayor senator congressman congresswoman representative lawmaker legislator mp meps
    mep deputy ambassador envoy diplomat official officer commissioner commander general
    admiral colonel king queen prince princess emperor pope cardinal bishop judge
    prosecutor attorney lawyer adviser advisor aide analyst expert economist professor
    researcher scientist ceo cfo coo founder executive manager coach captain striker
    midfielder defender goalkeeper player owner chairperson candidate nominee activist
    campaigner organiser organizer commentator presenter host editor correspondent
    reporter journalist columnist author writer councillor councilor speaker whip
    treasurer governor-general sheriff inspector superintendent engineer doctor
    economist strategist negotiator mediator monarch dictator sultan emir sheikh
    ayatollah rabbi imam priest pastor bishop archbishop chancellor premier counsel
    delegate rapporteur ombudsman auditor regulator steward trustee master headmaster source
    headmistress
    pollster anchor co-host moderator voter resident consultant operative surrogate fellow
    scholar historian pundit blogger staffer businessman businesswoman entrepreneur investor
    donor contender hopeful challenger incumbent front-runner frontrunner rival opponent
    supporter critic ally columnist employee user surgeon neurosurgeon physician protester
    actor actress star mogul speechwriter narrator veteran observer advocate friend wife
    husband brother sister son daughter mother father republican democrat
    """.split()
)

ROLE_MODIFIERS: frozenset[str] = frozenset(
    """
    prime foreign defence defense interior finance justice health economy economic trade
    energy education culture home foreign-affairs deputy vice former acting interim
    outgoing incoming top senior chief junior press party opposition government state
    federal regional local national general executive managing assistant associate
    permanent special far-right far-left hard-left hard-right centre-right center-right
    centre-left center-left conservative liberal socialist green labour labor official
    presidential ministerial military army navy security intelligence police club team
    head new then- democratic republican gop independent libertarian progressive
    undecided
    """.split()
)

# Heads that mean "the top person" of a country, party or organisation.
LEADER_HEADS: frozenset[str] = frozenset(
    {"leader", "president", "chancellor", "premier", "head", "king", "queen", "monarch"}
)
ROLE_SYNONYMS: dict[str, str] = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "advisor": "adviser",
    "congressman": "representative",
    "congresswoman": "representative",
    "lawmaker": "legislator",
    "councilor": "councillor",
    "organizer": "organiser",
}

ORG_NOUNS: frozenset[str] = frozenset(
    """
    kremlin ministry government department office administration cabinet presidency
    pentagon commission council authority agency police army military navy company firm
    union party committee court tribunal embassy parliament congress senate assembly
    federation association board bank group organisation organization institute
    university club team league foundation campaign coalition alliance secretariat
    white-house élysée elysee bundestag duma knesset palace headquarters regulator
    prosecutor's service bureau directorate command municipality city-hall house street
    convention center centre society network caucus forum fund initiative project
    institution corporation conference force forces radio magazine journal newspaper
    academy academies delegation
    """.split()
)


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in set("aeiou"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


# "the Centers for Disease Control", "the ministries": plural organisation nouns too
ORG_NOUNS = ORG_NOUNS | frozenset(_plural(n) for n in ORG_NOUNS if n.isalpha())

# Last words of company names ("Orvale Energy", "Brask Bank", "Acme Corp").
CORPORATE_SUFFIXES: frozenset[str] = frozenset(
    """
    corp corporation inc incorporated ltd llc plc ag sa nv gmbh co company group holdings
    energy bank motors airlines airways technologies technology systems industries partners
    capital media telecom pharma pharmaceuticals foods oil gas mining steel insurance
    logistics labs studios entertainment electric power railways resources ventures
    """.split()
)
# What a company is called when it is not named: "the company warned that ...".
COMPANY_NOUNS: frozenset[str] = frozenset(
    {"company", "firm", "group", "business", "bank", "lender", "insurer", "carmaker",
     "airline", "retailer", "manufacturer", "operator", "supplier", "producer"}
)  # fmt: skip
# Nouns whose "that" clause is their own content, not the speaker's words:
# "commenting on Macron's statement that ...", "dismissed suggestions that ...".
NOUN_COMPLEMENT_HEADS: frozenset[str] = frozenset(
    """
    statement statements claim claims suggestion suggestions remark remarks comment comments
    idea ideas proposal proposals news fact report reports warning warnings assertion
    assertions view views argument arguments belief hope hopes fear fears concern concerns
    promise promises pledge decision announcement rumours rumors allegation allegations
    """.split()
)

# Subordinating words that are also prepositions: a subject may follow them
# ("after the company warned that ...").
SUBORDINATORS: frozenset[str] = frozenset(
    {"after", "before", "since", "until", "as", "because", "while", "when", "once"}
)

GROUP_NOUNS: frozenset[str] = frozenset(
    """
    officials lawmakers critics analysts diplomats sources residents protesters experts
    leaders ministers spokespeople authorities observers investigators prosecutors
    economists scientists researchers activists campaigners witnesses organisers
    organizers campaigners fans players executives negotiators legislators politicians
    opponents supporters voters farmers workers unions doctors teachers engineers
    reporters journalists lawyers attorneys judges nurses students parents villagers
    locals citizens soldiers troops rebels militants firefighters rescuers medics
    paramedics members employees staff managers directors owners bankers traders investors
    shareholders regulators inspectors commentators pundits historians academics senators
    advocates democrats republicans spectators onlookers attendees participants
    deputies councillors mayors governors generals commanders coaches bosses survivors
    victims families relatives passengers drivers
    pilots officers police people aides advisers advisors allies associates insiders
    staffers strategists pollsters operatives donors delegates
    """.split()
)

PRONOUNS_MALE: frozenset[str] = frozenset({"he"})
PRONOUNS_FEMALE: frozenset[str] = frozenset({"she"})
PRONOUNS_PLURAL: frozenset[str] = frozenset({"they"})
PRONOUNS_NEUTER: frozenset[str] = frozenset({"it"})
SUBJECT_PRONOUNS: frozenset[str] = PRONOUNS_MALE | PRONOUNS_FEMALE | PRONOUNS_PLURAL
# a subject pronoun and its verb in one word: 'says he's expecting', 'said they'd go'
SUBJECT_CONTRACTIONS: frozenset[str] = frozenset(
    f"{pronoun}'{verb}"
    for pronoun in ("he", "she", "it", "they", "we", "i", "you", "there", "that")
    for verb in ("s", "d", "ll", "re", "ve", "m")
)
OBJECT_PRONOUNS: dict[str, str] = {"him": "he", "her": "she", "them": "they"}
POSSESSIVE_PRONOUNS: dict[str, str] = {"his": "he", "her": "she", "their": "they"}

TITLES_MALE: frozenset[str] = frozenset({"mr", "mr.", "sir", "lord", "monsieur", "herr", "señor"})
TITLES_FEMALE: frozenset[str] = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "madame", "mme", "frau", "señora"}
)
# Abbreviated titles, written with or without a full stop ("Sgt. Mike Dolan", "Dr Okafor")
TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    dr prof gen col sen rep gov capt lt sgt rev st maj cpl pvt fr msgr supt insp det atty
    adm cmdr brig hon cllr del sens reps govs amb pres
    """.split()
)
TITLES_OTHER: frozenset[str] = TITLE_ABBREVIATIONS | {f"{t}." for t in TITLE_ABBREVIATIONS}
FEMALE_ROLES: frozenset[str] = frozenset(
    {"spokeswoman", "chairwoman", "congresswoman", "queen", "princess", "empress", "duchess"}
)
MALE_ROLES: frozenset[str] = frozenset(
    {"spokesman", "chairman", "congressman", "king", "prince", "emperor", "duke"}
)

# Common female given names (a first name ending in -a is also taken as female unless it
# is listed in MALE_A_NAMES). Used only to choose between "he" and "she" antecedents.
FEMALE_NAMES: frozenset[str] = frozenset(
    """
    marine ursula kamala hillary angela theresa margaret giorgia kaja annalena sanna
    mette jacinda liz elizabeth nicola emmanuelle ségolène segolene anne annie alice
    catherine claire sophie marie marine christine valérie valerie nathalie isabelle
    rachel sarah susan karen helen ellen jane janet joan judith ruth esther naomi nancy
    kathy katherine kate kathleen mary jennifer linda patricia barbara lisa michelle
    michele amy emily emma olivia ava isabel isabella charlotte amelia harriet grace
    chloe lucy hannah rebecca ingrid birgit ulrike heike sabine ines inès agnès agnes
    béatrice beatrice brigitte yael yuliia yulia iryna oksana olena svitlana tetiana
    natalia natalya olga irina tatiana ekaterina elena ilhan alexandria nikki kristi
    kari gretchen tulsi carly condoleezza madeleine samantha shirley dolores beth meg
    megan kristen kirsten pam pamela dilma cristina yvette yvonne suella priti penny
    therese evelyn eve dorothy ann lynn jo joanne joanna jessica jenny jacqueline marta
    maria mariana magdalena małgorzata malgorzata agnieszka beata ewa
    """.split()
)
MALE_A_NAMES: frozenset[str] = frozenset(
    """
    luca andrea nikita ilya joshua elijah jonah noah isaiah zacharia zachariah mustafa
    musa yahya hamza issa kostya sasha misha grisha dima vova tolya akira kenta yuta
    costa attila mika juha pekka jukka sakari ezra
    """.split()
)

# Determiners that introduce someone new: "a source said", "another Republican added".
INDEFINITES: frozenset[str] = frozenset({"a", "an", "another", "one", "some", "several"})

# --- capitalised words that are not names ----------------------------------------------------
# 'Dec. 28': the abbreviation's full stop is part of the word (see tokens)
MONTH_ABBREVIATIONS: frozenset[str] = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
DAYS_MONTHS: frozenset[str] = (
    frozenset(
        """
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december
    """.split()
    )
    | MONTH_ABBREVIATIONS
    | {f"{m}." for m in MONTH_ABBREVIATIONS}
)
NON_NAME_CAPITALS: frozenset[str] = frozenset(
    """
    the a an and but or nor so yet for while when whenever if though although because
    since as at by in on of to from with without into onto upon after before during
    until asked speaking meanwhile however also still then there here this that these
    those it its he she they we i you his her their our my your him them us me who whom
    whose what which where why how some many most several all both each every no none
    any other another such not only just even later earlier today yesterday tomorrow
    tonight apparently instead already once twice again according despite amid among
    between over under against within across around about above below beyond through mr
    mrs ms dr prof gen sir dame lord lady god do does did is are was were be been has
    have had will would can could should may might must shall
    """.split()
)
PREPOSITIONS: frozenset[str] = frozenset(
    """
    of with by to from for about on in at under against including like than between into
    over after before toward towards via per among amongst around without behind beside
    besides near upon onto across through regarding concerning despite unlike alongside
    during throughout amid amidst within
    """.split()
)
# Filler allowed between a speaker and a speech verb: "Scholz on Tuesday said", "X also said".
FILLER_WORDS: frozenset[str] = (
    frozenset(
        """
    also later then has have had did does do will would could might may must should
    again previously earlier recently initially separately further finally yesterday
    today tonight on in at last this week month year morning evening afternoon night
    once however anyway repeatedly publicly privately reportedly allegedly openly
    bluntly flatly simply already first frequently often always never once more
    subsequently now here there just since long
    """.split()
    )
    | DAYS_MONTHS
)


@cache
def fold(text: str) -> str:
    """Lower-case and strip accents: the key used to compare names."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().replace("’", "'")


def country_of(word: str) -> str | None:
    """The country a demonym, country name or distinctive part of one refers to
    ("French" -> "france", "Zealand's" -> "new zealand"), from ``countries.gazetteer``."""
    w = fold(word)
    w = w[:-2] if w.endswith("'s") else w
    known = gazetteer().word_to_country
    return known.get(w) or known.get(w.rstrip("."))


def is_country_name(word: str) -> bool:
    """``word`` is a one-word country name ("France", "Iran", "US"), not a demonym."""
    return fold(word) in gazetteer().single_names


def is_multiword_country(name: str) -> bool:
    """``name`` is a country name of several words ("North Korea", "Czech Republic")."""
    return fold(name) in gazetteer().multiword


def opens_place_name(word: str, next_word: str) -> bool:
    """``word next_word`` begin a country or US state of several words ("North Korea",
    "South Carolina", "United Arab Emirates")."""
    pair = (fold(word), fold(next_word))
    return pair in gazetteer().openings or pair in _us_state_openings()


@cache
def us_states() -> frozenset[str]:
    """US states and territories and their AP abbreviations, folded ("ohio", "south
    carolina", "n.h."), from the ``us`` package of the unitedstates project."""
    import us

    states = us.states.STATES_AND_TERRITORIES
    abbreviations = {s.ap_abbr for s in states if s.ap_abbr and "." in s.ap_abbr}
    abbreviations -= {"Miss.", "Ind."}  # also a title and "Independent"
    return frozenset(fold(state.name) for state in states) | {fold(a) for a in abbreviations}


@cache
def _us_state_openings() -> frozenset[tuple[str, str]]:
    return frozenset((w[0], w[1]) for w in (s.split() for s in us_states()) if len(w) >= 2)


def is_place_name(name: str) -> bool:
    """A country or a US state ("France", "South Carolina"): a place, not a speaker."""
    low = fold(name)
    return country_of(name) is not None or low in gazetteer().multiword or low in us_states()


def role_head(word: str) -> str | None:
    """Canonical role noun for ``word`` ("Spokesman" -> "spokesperson"), or None."""
    w = fold(word)
    if w in ROLE_NOUNS:
        return ROLE_SYNONYMS.get(w, w)
    return None


@cache
def _given_names() -> Any:
    import gender_guesser.detector as gender_detector

    return gender_detector.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def given_name_gender(first_name: str) -> str | None:
    """'he' / 'she' for a given name in the gender-guesser list (about 40,000 names from
    many countries), None for a name it does not know or gives both genders."""
    gender = _given_names().get_gender(fold(first_name))
    return {"male": "he", "mostly_male": "he", "female": "she", "mostly_female": "she"}.get(gender)


def name_gender(first_name: str) -> str | None:
    """'she' / 'he' / None from a given name: the project's own list, then the
    gender-guesser list for names it gives one gender, then the -a ending rule."""
    f = fold(first_name)
    if f in FEMALE_NAMES:
        return "she"
    if f in MALE_A_NAMES:
        return "he"
    # the names' use in the United States first (most English-language news), then the
    # list as a whole where it is sure
    detector = _given_names()
    gender = detector.get_gender(f, "usa")
    if gender not in ("male", "mostly_male", "female", "mostly_female"):
        gender = detector.get_gender(f)
        gender = gender if gender in ("male", "female") else "unknown"
    if gender != "unknown":
        return "he" if gender.endswith("male") and not gender.endswith("female") else "she"
    if len(f) > 2 and f.endswith("a"):
        return "she"
    return None


# Words that introduce the *name* of something rather than someone's words: the so-called
# "peace dividend", a report titled "Rivers at Risk".
MENTION_MARKERS: frozenset[str] = frozenset(
    """
    word words term phrase slogan motto nicknamed dubbed titled entitled named so-called
    hashtag headline label labelled labeled
    """.split()
)


# --- clause structure -----------------------------------------------------------------------
# Words that open a finite clause without "that": 'said he would', 'said the company lost'.
CLAUSE_STARTERS: frozenset[str] = frozenset(
    """
    he she they it we i there this these those the a an his her its their our some many
    all no any most several every each both none not nothing everything everyone nobody
    """.split()
)
MODALS: frozenset[str] = frozenset("will would could might may must should shall can".split())
AUXILIARIES: frozenset[str] = frozenset(
    """
    is are was were will would could can may might must should shall had has have did
    does do won't wouldn't can't couldn't isn't aren't wasn't weren't hasn't haven't
    hadn't don't doesn't didn't shouldn't mustn't mightn't needn't shan't
    """.split()
)
# Forms of "be": before an -ed form a passive ('was told'), before -ing a progressive.
BE_FORMS: frozenset[str] = frozenset(
    "is are was were be been being am isn't aren't wasn't weren't".split()
)
# Past tenses that do not end in -ed: 'said the company lost money', 'said prices rose'.
IRREGULAR_PAST: frozenset[str] = frozenset(
    """
    lost rose fell grew made sold met hit knew spread took gave went came saw won left kept
    held began ran paid built brought bought thought found felt sent spent stood broke chose
    drove flew forgot led meant shut struck swore taught threw understood wrote became
    """.split()
)
# A subordinate clause that can carry a speaker's reason in their own words.
QUOTED_REASON_HEADS: frozenset[str] = frozenset({"as", "because", "since", "although", "though"})
# After a comma, these end a reported clause: ', adding that ...', ', despite ...'.
CLAUSE_BREAKERS: frozenset[str] = frozenset(
    """
    adding saying arguing insisting noting warning stressing explaining citing alarming
    prompting sparking whereas
    """.split()
)
COORDINATORS: frozenset[str] = frozenset({"and", "but", "or", "yet", "while", "although", "though"})
# Words after "said" that do not open a clause: 'said so', 'said nothing about', 'said as much'.
NOT_A_CLAUSE: frozenset[str] = frozenset(
    "so nothing much little as goodbye hello yes no thanks sorry something anything"
    " repeatedly again".split()
)
# Time phrases right after a speech verb: 'said on Thursday', 'said last week'.
TIME_LEADS: frozenset[str] = frozenset(
    {"on", "last", "this", "next", "late", "early", "earlier", "later"}
)
TIME_WORDS: frozenset[str] = frozenset({"yesterday", "today", "tonight", "overnight"})
TIME_SPANS: frozenset[str] = frozenset(
    {"week", "month", "year", "night", "weekend", "morning", "evening"}
)

# --- speaker phrases --------------------------------------------------------------------------
# Nouns for what someone said: "Traskel's verdict was short: ..." makes Traskel the speaker.
SPEECH_NOUNS: frozenset[str] = frozenset(
    """
    verdict response reply message comment comments words answer reaction statement view
    assessment warning advice argument explanation conclusion retort quip promise pledge
    vow claim remark remarks assurance message position
    """.split()
)
# What may open a speaker phrase before its mention: 'his wife, X', 'one Estmark Democrat'.
PHRASE_OPENERS: frozenset[str] = frozenset("his her their its another one a an the".split())
# What opens an apposition or relative clause after a name: 'X, who ...', 'X, the ...'.
APPOSITION_OPENERS: frozenset[str] = frozenset({"who", "the", "a", "an"})
# Works whose title may stand in marks right after them: 'his book, "The Art of the Deal"',
# 'the program "Inside Edition"', 'a Web ad, "Playing Trump"'.
WORK_NOUNS: frozenset[str] = frozenset(
    """
    book books memoir novel show shows program programme series film movie documentary
    song songs album ad ads advert commercial video podcast column essay op-ed play
    musical newsletter magazine blog site website channel painting poem report anthem
    hymn ballad single track tune headline slogan
    """.split()
)
# Words a title leaves in lower case: "Meet the Press", "Morning in Velmora".
TITLE_SMALL_WORDS: frozenset[str] = frozenset(
    "a an the of in on at to for and or with from by".split()
)

# --- counting and owning ------------------------------------------------------------------
# People counted, not named: 'Others say', 'many economists say', 'most of them said'.
QUANTIFIERS: frozenset[str] = frozenset("others some many most few several".split())
NUMBER_WORDS: frozenset[str] = frozenset(
    "one two three four five six seven eight nine ten dozens hundreds".split()
)
# Before a number: 'said about half of the cost', 'said nearly 40 percent'.
APPROXIMATORS: frozenset[str] = frozenset(
    "about around roughly nearly almost approximately some over under".split()
)
# Before a group noun: 'two officials said', 'other experts say'.
COUNTED: frozenset[str] = QUANTIFIERS | NUMBER_WORDS | {"other", "various", "multiple"}
# Nouns that count people: 'a number of attendees said', 'a handful of aides say'.
# Determiners that open a speaker phrase: 'the airline said', 'those Democrats argued'.
SPEAKER_DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "another", "this", "that", "these", "those"}
)
# Pronouns that head a speaker phrase with a post-modifier: 'those close to him say'.
PRONOUN_HEADS: frozenset[str] = frozenset({"those", "others"})
# What may open an adverbial participle clause whose subject is the main clause's: 'After
# saying ...', 'In addition to stating ...', 'But while denouncing ...'.
PARTICIPLE_OPENERS: frozenset[str] = frozenset(
    """
    after before while when since by in despite upon without besides addition to and but so
    """.split()
)

# Speech verbs that may name whom they address before what they say: 'warned reporters
# that ...', 'assured voters he would ...'.
ADDRESSING_LEMMAS: frozenset[str] = frozenset(
    """
    warn assure reassure remind inform promise advise caution notify convince persuade brief
    """.split()
)

# Speech verbs that give an account: their wh-clause is what was said in gist ('explained
# why he backs the plan', 'described how the fleet was sold').
ACCOUNT_LEMMAS: frozenset[str] = frozenset("explain describe detail outline recount".split())

# Openers of a condition or concession that qualifies a statement ('If X, she said Y').
CONTENT_SUBORDINATORS: frozenset[str] = frozenset(
    "if unless while although though even whereas".split()
)
QUANTITY_NOUNS: frozenset[str] = frozenset(
    "number handful couple dozen score host array range variety slew".split()
)
# Before 'of': 'One of the aides said', 'some of his advisers say'.
PARTITIVES: frozenset[str] = QUANTIFIERS | NUMBER_WORDS | {"both", "none"}
POSSESSIVE_DETERMINERS: frozenset[str] = frozenset("our my your their its his her".split())
# Roles people are addressed by: "Mr. President" is no one's surname.
ADDRESSED_ROLES: frozenset[str] = frozenset(
    "president speaker chairman chairwoman secretary ambassador minister mayor".split()
)

# --- cues -----------------------------------------------------------------------------------
# A document's source speaks through it: 'according to a statement from the ministry'.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """
    statement report document letter post release transcript memo note filing study
    survey interview message email e-mail tweet video communique communiqué
    """.split()
)
# Data and records: what a clause 'according to' them says is a figure, not anyone's words
# ('according to FEC filings', 'according to a WBUR survey', 'according to the
# RealClearPolitics average'); a report, statement or letter speaks for its source.
DATA_NOUNS: frozenset[str] = frozenset(
    """
    poll polls polling surveys data figures numbers estimate estimates results count counts
    tally tallies records analysis analyses census projection projections forecast
    forecasts model models statistics average averages returns filings database
    calculations calculation tabulation tracking survey surveys
    """.split()
)


def is_speaking_document(word: str) -> bool:
    """A document that speaks for whoever issued it ('the IMF report stated'), not data."""
    return word in DOCUMENT_NOUNS and word not in DATA_NOUNS


# Shares of a poll's respondents: '55 percent of voters say', 'a majority of Republicans'.
POLL_SHARES: frozenset[str] = frozenset("percent percentage majority plurality".split())
# Heads of noun phrases that are documents, data, media or laws, not speakers: 'the report
# said', 'the poll says', 'the law states' (a user asking "who said" wants a person or a body).
NOT_SPEAKER_HEADS: frozenset[str] = DOCUMENT_NOUNS | frozenset(
    """
    reports poll polls polling surveys studies data records record analysis analyses book
    books article articles story stories ad ads videos footage transcripts filings numbers
    figures statistics results research website site census estimate estimates projection
    projections model forecast forecasts tape recording messages releases headline headlines
    sign signs tweets posts page pages cable cables letters complaint complaints indictment
    lawsuit ruling order bill law laws platform speech speeches notes statements summary
    account copy review timeline tally average averages returns evidence editorial
    editorials opinion column columns suit song interviews plan plans proposal proposals
    petition essay memoir op-ed guidelines guidance resolution caption photo photos chart
    graphic list map sheet paperwork testimony files file database index sample count
    website websites page blog blogs text texts emails e-mails documents memos letters
    thing things something nothing everything anything one ones way time times day days
    week weeks year years rule rules act policy policies constitution amendment clause
    sources source percent percentage majority plurality half
    """.split()
)
# Words that never head or modify a speaker phrase read without the role lexicon.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    the a an and but or nor so yet for if then than that this these those there here what
    which who whom whose where when why how it its it's he she they we i you me him her them
    us our my your their his not no yes all any each every both either neither some many
    much more most few less least other others such same own very too also just only even
    still now ever never always often again already is are was were be been being am has
    have had do does did will would can could may might must shall should as at by in on of
    to from with without into onto upon about after before during until since while because
    although though unless whether per via said says say
    """.split()
)


@lru_cache(maxsize=65536)
def is_noun(word: str) -> bool:
    """``word`` (lower case) is an English noun in lemminflect's lexicon."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word, upos="NOUN"))


_AGENT_ENDINGS = (
    "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents",
    "eer", "eers", "man", "men", "woman", "women", "person", "people", "ster", "sters",
)  # fmt: skip


@cache
def learnt_speaker_heads() -> frozenset[str]:
    """Nouns that head speaker phrases in PolNeAR train (scripts/learn_speaker_heads.py)."""
    path = Path(__file__).with_name("data") / "speaker_heads.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=65536)
def speaker_head(word: str) -> bool:
    """``word`` (lower case) is a noun that names people or bodies: an agent noun
    ("forecaster", "economists", "chairwoman"), a noun learnt as a speaker head, or one of
    the role, organisation and group lexicons."""
    if word in NOT_SPEAKER_HEADS or word in FUNCTION_WORDS or not is_noun(word):
        return False
    if word in learnt_speaker_heads() or role_head(word) or word in ORG_NOUNS:
        return True
    if word in COMPANY_NOUNS:  # "the airline said"
        return True
    if word in GROUP_NOUNS or (len(word) > 4 and word.endswith(_AGENT_ENDINGS)):
        return True
    singular = _singular(word)  # "his surrogates said": the plural of a role
    return singular != word and (role_head(singular) is not None or singular in ORG_NOUNS)


@lru_cache(maxsize=65536)
def _singular(word: str) -> str:
    from lemminflect import getLemma

    lemmas = getLemma(word, upos="NOUN")
    return lemmas[0] if lemmas else word


@lru_cache(maxsize=65536)
def only_a_verb(word: str) -> bool:
    """``word`` (lower case) is a verb form in lemminflect's lexicon and no noun, adjective
    or adverb: 'rallied', 'met', 'wants'."""
    from lemminflect import getAllLemmas

    readings = getAllLemmas(word)
    return "VERB" in readings and not ({"NOUN", "ADJ", "ADV", "PROPN"} & set(readings))


@lru_cache(maxsize=65536)
def is_verb_form(word: str) -> bool:
    """``word`` (lower case) is a form of a verb in lemminflect's lexicon, whatever else it
    may be: 'facing', 'asked', 'said'."""
    from lemminflect import getAllLemmas

    return "VERB" in getAllLemmas(word)


def is_dictionary_word(word: str) -> bool:
    """``word`` (lower case) is a noun, verb or adjective of lemminflect's lexicon:
    'correction', 'video', 'update' (not 'wallace')."""
    return is_noun(word) or is_verb_form(word) or is_adjective(word)


def only_a_noun(word: str) -> bool:
    """A noun that is no adjective: 'poll', 'percent' (not 'familiar', 'close')."""
    return is_noun(word) and not is_adjective(word)


@lru_cache(maxsize=65536)
def is_adjective(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word, upos="ADJ"))


# Dashes that set off an attribution: '"..." — Commissioner Z', '"..." ― Krystal Correa'.
DASHES: frozenset[str] = frozenset({"—", "–", "-", "―"})

# Words that open a relative clause: 'officials who have seen the draft', 'the plan, which'.
RELATIVE_WORDS: frozenset[str] = frozenset({"who", "which", "that", "whom", "whose"})
# After "asked", "wondered": a reported question, not a claim.
QUESTION_WORDS: frozenset[str] = frozenset(
    "if whether who whom what why how when where which".split()
)
# 'When asked ...', 'If told ...': a clause without its subject.
REDUCED_CLAUSE_OPENERS: frozenset[str] = frozenset(
    "when if once unless until as though although".split()
)
