"""Map text (postings, resumes) to skills in a taxonomy, with spans, scores and the reason for each match.

The default pipeline needs no model download: ``spacy.blank("en")`` tokenises (its tokenizer also splits
words glued together when line breaks were lost, "ManagementDatabase", with one zero-width infix rule), one
``PhraseMatcher`` on
lower-cased tokens finds every surface form of every skill (labels, alternative labels, generated plural and
spelling variants, acronyms), and rules then:

- keep acronyms and trap forms only with their exact case ("SAS" but not "sas"; "Excel" but not "excel");
- keep trap forms ("R", "Go", "Excel", "Access", "Spark") only near technical context: a context word
  (``Taxonomy.trap_context_words``) within ``trap_window_tokens`` tokens of the same sentence, or another
  skill listed right beside it ("Python, R and SAS");
- resolve overlapping matches longest first; blocker phrases ("medical coding") win and yield nothing;
- drop matches in negated clauses ("experience with Tableau is not required") unless ``include_negated``;
- drop matches in boilerplate sentences of federal postings (equal opportunity, reasonable accommodation,
  benefits, legal text) and in organisation names ("Bureau of Labor Statistics"); negation and boilerplate
  cues (``NEGATION_CUES``, ``BOILERPLATE_CUES``) are found in the same PhraseMatcher pass, at almost no cost;
- fall back to rapidfuzz for misspellings (an unknown word close to a skill word, whole phrase scoring at
  least ``min_fuzzy_score``) and to a word-order rule ("analysis of data" -> "data analysis");
- read lists whose items share a word ("quantitative and qualitative analysis" also names quantitative
  analysis; "data collection and analysis" also data analysis), each item on its own span
  (``MatchOptions.coordination``); the left items are found from "W and|or|,|/|&" cues of the same pass.

Verb-phrase forms of noun-phrase labels ("analyzing data", "managing databases") and modifier stems before
generic heads ("statistical knowledge") are surface forms the taxonomy build generates
(``scripts/build_taxonomy.py``), so they cost nothing per token; a verb-phrase match whose object starts a
longer mention ("administering database systems") yields to it. Where words stand between a verb and its
object ("analyze technical requirements", ``MatchOptions.verb_modifiers``) or several verbs share one object
("collects, cleans and analyzes claims data", ``MatchOptions.verb_list_reach``), the verbs themselves are
one-word cues of the same pass, and a first check on string-store ids drops most of them. Acronyms in
parentheses right after a match ("Oracle Business Intelligence (OBIE)", "(IS)/IA") and "X of Ys" / "X with Y"
word-order variants ("quality of services", "relationships with customers") are read the same way.

The matcher for a taxonomy is built once per process and cached (see :func:`get_matcher`); importing
skillhire neither imports spaCy nor builds it.

Example:
    >>> from skillhire import map_skills
    >>> [(m.skill_id, m.text) for m in map_skills("Experience with Python, R and Tableau dashboards.")]
    [('python', 'Python'), ('r-language', 'R'), ('tableau', 'Tableau'), ('dashboards', 'dashboards')]
"""

from __future__ import annotations

import bisect
import html
import re
import threading
import warnings
from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from skillhire import activity_objects as ao
from skillhire.errors import SkillhireWarning
from skillhire.taxonomy import Skill, Taxonomy, load_taxonomy, normalize_form

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "MatchOptions",
    "SkillMatch",
    "SkillMatcher",
    "SkillMatches",
    "get_matcher",
    "map_skills",
    "map_skills_batch",
]

Method = Literal["exact", "variant", "acronym", "fuzzy"]

#: At most this many possible misspellings become one-word patterns; past it, texts are split into words.
MAX_MISSPELLING_CUES = 200_000

#: Texts longer than this are matched in chunks (cut at line or sentence ends), so any length works.
CHUNK_CHARS = 200_000

#: map_skills_batch tokenises texts of up to about this many characters in a row, then matches their Docs.
PHASE_CHARS = 100_000

#: How many distinct whitespace-separated chunks ("data,", "(SQL)") the default tokenizer caches (spaCy's
#: default is 10,000). With spaCy's default, the benchmark's texts (7,859 distinct chunks) and the matcher's own
#: forms and cues (about 5,200, when they were tokenised by the same tokenizer) left about 1,900 chunks of text
#: never cached: they went through the prefix, suffix and infix regexes every time (a quarter of the
#: tokenizer's time on those texts). A cached chunk gives the tokens the regexes give (spaCy caches nothing
#: once a special case has fired in the text), so only speed and memory change: about 320 bytes per entry, at
#: most about 32 MB. The forms are now tokenised by a copy of the tokenizer (see :class:`SkillMatcher`), so
#: this cache holds chunks of text only.
TOKENIZER_CACHE_CHUNKS = 100_000


class MatchOptions(BaseModel):
    """Tunables of skill matching; every threshold is a named field."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fuzzy: bool = Field(default=True, description="Use the rapidfuzz fallback for misspelt skill names.")
    min_fuzzy_score: float = Field(
        default=90.0, ge=0, le=100, description="Least rapidfuzz ratio (0-100) of a whole phrase to a surface form."
    )
    min_fuzzy_token_score: float = Field(
        default=85.0, ge=0, le=100, description="Least ratio of the misspelt word to the skill word it stands for."
    )
    min_fuzzy_form_chars: int = Field(
        default=9, ge=1, description="Only surface forms at least this long are matched fuzzily."
    )
    trap_window_tokens: int = Field(
        default=8, ge=0, description="How many tokens either side of a trap form are searched for a context word."
    )
    trap_list_neighbors: bool = Field(
        default=True, description="A trap form listed next to another skill ('Python, R and SAS') has context."
    )
    include_negated: bool = Field(
        default=False, description="Keep matches in negated clauses ('X is not required'), flagged `negated`."
    )
    skip_boilerplate: bool = Field(
        default=True, description="Drop matches in boilerplate sentences (EEO, accommodation, benefits, legal text)."
    )
    coordination: bool = Field(
        default=True,
        description="Read lists that share a word: 'quantitative and qualitative analysis' also mentions "
        "quantitative analysis, 'data collection and analysis' also data analysis (method variant, reason says so).",
    )
    skip_organization_names: bool = Field(
        default=True, description="Drop matches inside organisation names ('Office of Customer Experience')."
    )
    verb_modifiers: int = Field(
        default=2, ge=0, le=4,
        description="Most modifier words read between a verb and its object: 'analyze technical requirements' is "
        "the verb-phrase form 'analyze requirements' with one (0 turns the rule off; method variant, reason says so).",
    )
    verb_list_reach: int = Field(
        default=24, ge=0, le=40,
        description="Most tokens read from the last verb of a verb list to the object the verbs share: 'designing, "
        "developing and testing new or existing software' (0 turns the rule off; method variant, reason says so).",
    )
    activity_objects: bool = Field(
        default=True,
        description="Read an activity applied to an object of a skill's domain through the activity-object table "
        "(skillhire.activity_objects): 'the acquisition, storage, and retrieval of data', 'developing, with "
        "assistance, software systems' (method variant, reason says so).",
    )
    hyphenated_compounds: bool = Field(
        default=False,
        description="Read a hyphen between two letters as a space, so that a form written with spaces matches "
        "where a text hyphenates it ('plain-language content', 'first-call resolution'; the match's text keeps the "
        "hyphen). Off by default: the pass over the text costs about 7% more instructions (HELDOUT.md, round 26).",
    )


class SkillMatch(BaseModel):
    """One mention of a skill in a text, with the evidence and the reason it was matched."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    skill_id: str = Field(description="Id of the matched skill.")
    label: str = Field(description="Preferred label of the skill.")
    domain: str = Field(description="Domain of the skill (cx, data, ai, digital).")
    group: str = Field(description="Group of the skill.")
    start: int = Field(ge=0, description="Character offset where the mention starts.")
    end: int = Field(ge=0, description="Character offset just after the mention (text[start:end] == text).")
    text: str = Field(description="The matched text, exactly as written.")
    score: float = Field(ge=0, le=100, description="Confidence 0-100: exact 100, variant 95, acronym 95, trap 85, fuzzy lower.")
    method: Method = Field(description="How it matched: exact, variant, acronym or fuzzy.")
    surface_form: str = Field(description="The taxonomy surface form that matched.")
    reason: str = Field(description="Why this is a match, in words.")
    negated: bool = Field(default=False, description="True when the mention sits in a negated clause.")
    section: str | None = Field(default=None, description="Section of the document the text came from, when known.")


class SkillMatches(list):
    """A list of :class:`SkillMatch` that also knows its text: shows highlighted in Jupyter, and to pandas."""

    def __init__(self, matches: Iterable[SkillMatch] = (), *, text: str = "") -> None:
        super().__init__(matches)
        self.text = text

    def to_pandas(self):
        """The matches as a pandas DataFrame, one row per match (pandas is an optional dependency).

        Raises:
            ImportError: pandas is not installed (``pip install "skillhire[pandas]"``).
        """
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - depends on the environment
            raise ImportError('to_pandas() needs pandas: pip install "skillhire[pandas]"') from None
        columns = list(SkillMatch.model_fields)
        return pd.DataFrame([m.model_dump() for m in self], columns=columns)

    def to_html(self) -> str:
        """The text with each match highlighted (label, method and score on hover), then a table; escaped."""
        parts: list[str] = []
        position = 0
        text = self.text
        for match in sorted(self, key=lambda m: m.start):
            if match.start < position or match.end > len(text):
                continue
            parts.append(html.escape(text[position : match.start]))
            title = html.escape(f"{match.label} ({match.domain}; {match.method}, {match.score:.0f})", quote=True)
            parts.append(f'<mark title="{title}">{html.escape(text[match.start : match.end])}</mark>')
            position = match.end
        parts.append(html.escape(text[position:]))
        rows = "".join(
            f"<tr><td>{html.escape(m.text)}</td><td>{html.escape(m.label)}</td><td>{html.escape(m.domain)}</td>"
            f"<td>{m.start}-{m.end}</td><td>{html.escape(m.method)}</td><td>{m.score:.0f}</td></tr>"
            for m in self
        )
        table = (
            "<table><thead><tr><th>text</th><th>skill</th><th>domain</th><th>span</th><th>method</th>"
            f"<th>score</th></tr></thead><tbody>{rows}</tbody></table>"
        )
        body = f'<p style="white-space: pre-wrap">{"".join(parts)}</p>' if text else ""
        return f"<div>{body}{table}</div>"

    def _repr_html_(self) -> str:
        return self.to_html()


# ----------------------------------------------------------------------------------------------- rules

#: Phrases that say a skill is not needed; a mention close to one, in the same clause, is negated.
NEGATION_CUES = (
    "not required", "not be required", "not necessary", "not be necessary", "not needed", "not mandatory",
    "not essential", "not a requirement", "not a prerequisite", "n't required", "n't necessary", "n't needed",
    "does not require", "do not require", "will not require", "does not need", "do not need", "doesn't require",
    "no experience", "no prior experience", "no previous experience", "no knowledge", "no prior knowledge",
    "no background", "no familiarity", "without experience", "without prior experience", "without any experience",
    "without knowledge", "is optional", "are optional", "is unnecessary", "are unnecessary", "not be considered",
    "not be credited", "not be evaluated", "will not be credited", "not considered", "not credited",
    # spaCy's English tokenizer splits "doesn't" / "won't" / "don't" into "does"/"wo"/"do" + "n't"
    "n't require", "n't need",
)
# every "not ..." cue also in its contracted form ("wouldn't be required", "isn't mandatory", "won't be
# credited"): the tokenizer splits the contraction into a word and "n't" (see trim_special_cases)
NEGATION_CUES += tuple(
    dict.fromkeys(
        "n't" + cue[3:] for cue in NEGATION_CUES if cue.startswith("not ") and "n't" + cue[3:] not in NEGATION_CUES
    )
)
# the same cues with a typographic apostrophe ("isn’t required"), as text pasted from a word processor has it
NEGATION_CUES += tuple(cue.replace("'", "\u2019") for cue in NEGATION_CUES if "'" in cue)

#: Phrases that open boilerplate sentences of federal postings (equal opportunity, accommodation, benefits,
#: legal and conditions-of-employment text); skill words there ("accessible", "data") are not requirements.
BOILERPLATE_CUES = (
    "equal opportunity", "equal employment opportunity", "EEO", "discrimination", "nondiscrimination",
    "non-discrimination", "discriminate", "reasonable accommodation", "reasonable accommodations",
    "sexual orientation", "genetic information", "national origin", "selective service", "e-verify",
    "background investigation", "background investigations", "suitability determination", "drug test",
    "drug testing", "privacy act", "veterans preference", "veterans' preference", "veteran's preference", "CTAP",
    "ICTAP", "career transition assistance", "federal benefits", "benefits package", "health insurance",
    "life insurance", "thrift savings", "retirement plan", "retirement system", "retirement benefits", "annual leave",
    "sick leave", "paid holidays", "FEHB", "student loan repayment", "relocation incentive", "relocation expenses",
    "probationary period", "time-in-grade", "time in grade", "SF-50", "SF-15", "DD-214", "DD214",
    "financial disclosure", "covid", "covid-19", "vaccinated", "vaccination", "executive order 14043",
    "fair and transparent", "fair & transparent", "relay service", "schedule a", "tax return", "tax returns",
    "direct deposit", "political affiliation", "political activity", "marital status", "retaliation",
    # travel as a condition of employment (OPM: conditions of employment in the announcement's "Requirements")
    "travel required", "travel is required", "travel may be required", "travel will be required", "occasional travel",
    "overnight travel",
)

#: Sentence ends without ";": . ! ? followed by space, and blank lines.
_FULL_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")

#: Clause breaks inside a sentence: ", but", "however", "although", "while".
_CLAUSE_BREAK = re.compile(r",\s+(?:but|however|although|while)\b|\bhowever\b", re.IGNORECASE)

#: Sentence and clause ends: . ! ? ; followed by space, and line breaks.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n\s*\n|\n(?=\s*(?:[-*\u2022]|\d+[.)]|[A-Z]))")

_ORG_BEFORE = {
    "bureau", "office", "department", "center", "centre", "division", "institute", "agency",
    "council", "board", "commission", "directorate", "branch", "command", "u.s.", "national",
}
_ORG_AFTER = {
    "office", "division", "branch", "center", "centre", "directorate", "bureau", "institute", "laboratory", "lab",
    "staff", "unit", "council", "board", "committee", "agency", "administration", "department", "command",
}
#: Words of five or more letters whose presence anywhere in a text makes the organisation-name check run.
_ORG_WORDS = {w for w in _ORG_BEFORE | _ORG_AFTER if len(w) >= 5 and w.isalpha()}
_ORG_LINKS = {"of", "for", "and", "the", "&", "on"}

_SCORES = {
    "label": 100.0, "alt_label": 100.0, "variant": 95.0, "acronym": 95.0, "trap": 85.0, "trap_lower": 80.0, "order": 90.0,
    "ellipsis": 90.0,
    "defined": 95.0, "defined_later": 90.0, "verb_gap": 90.0, "verb_list": 90.0, "order_list": 90.0,
    "activity_object": 85.0,
}
_REASONS = {
    "label": "the skill's label {form}",
    "alt_label": "alternative label {form}",
    "variant": "variant {form} of the skill's labels",
    "acronym": "acronym {form} in its exact case",
    "trap": "{form} in its exact case, next to technical context",
    "trap_lower": "{form} in lower case, an item of a list beside another skill",
    "order": "word-order variant of {form}",
    "ellipsis": "list item that shares its other word(s) with a neighbouring item: read as {form}",
    "defined": "acronym {form} in parentheses right after words of this skill whose initials it spells",
    "defined_later": "acronym {form}, defined earlier in the text by words of this skill whose initials it spells",
    "verb_gap": "verb-phrase form {form} with modifier word(s) between the verb and its object",
    "verb_list": "item of a list of verbs that share the object after the last verb: read as {form}",
    "order_list": "list item that shares the 'of' phrase of the word-order variant after it: read as {form}",
    "activity_object": "activity applied to an object of the skill's domain (activity-object table): {form}",
}
_METHODS: dict[str, Method] = {
    "label": "exact", "alt_label": "exact", "variant": "variant", "acronym": "acronym", "trap": "exact",
    "trap_lower": "variant", "order": "variant",
    "ellipsis": "variant", "defined": "acronym", "defined_later": "acronym", "verb_gap": "variant", "verb_list": "variant",
    "order_list": "variant", "activity_object": "variant",
}
#: Activity nouns that may stand first in a word-order variant ("analysis of data" = "data analysis").
_ORDER_HEADS = {
    "analysis", "analyses", "management", "visualization", "visualisation", "design", "testing", "development",
    "integration", "collection", "governance", "quality", "integrity", "security", "mining", "modeling",
    "modelling", "engineering", "architecture", "administration", "operations", "mapping", "evaluation",
    "manipulation",
}
#: Nouns of a relation that take their party with "with": "relationships with customers" = "customer
#: relationships", "engagement with stakeholders" = "stakeholder engagement" (word-order variants, like "of").
_ORDER_WITH_HEADS = {
    "relationship", "relationships", "engagement", "communication", "communications", "collaboration",
    "partnership", "partnerships", "interaction", "interactions",
}
_ORDER_LINKS = (" of ", " for ")
_ORDER_WITH_LINKS = (" with ",)
#: Endings of inflected words: a word with one, whose stem starts a known word, is spelt correctly.
_INFLECTIONS = ("ies", "ing", "ed", "es", "s", "d", "er", "ers", "ly")
_FIRST_WORD_RE = re.compile(r"[^\W\d_]+")
#: Words the fuzzy fallback (and the word-order rule's quick check) consider: five or more ASCII letters,
#: found by turning ASCII punctuation and digits into spaces and splitting (faster than a regex).
_NON_LETTERS = str.maketrans({ch: " " for ch in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~0123456789"})
_SENTENCE_PUNCT = {".", "!", "?", ";", ":"}
#: Words and marks that join the items of a list ("A, B and C", "A/B", "A & B").
_COORDINATORS = (",", "and", "or", "/", "&", "and/or")
#: How many tokens from a left item's cue are read to find the list's head (lists of up to five items).
_ELLIPSIS_WINDOW = 12
#: How many words after (and before) an object word the activity-object rule keeps its verdict for (each table
#: cleared when full).
_AO_AFTER_WORDS = 65_536
#: How many verb lists' tables the matcher keeps (cleared when full; a few hundred bytes each).
_VERB_LIST_TABLES = 4096
#: Words that make the noun after them a phrase of its own: in "with another system and/or database
#: architecture" the system is no item of a list of modifiers (an adjective still is: "other statistical and
#: machine learning methods").
_COUNT_WORDS = frozenset({"another", "other", "multiple", "several", "various", "each", "every"})
_ADJECTIVE_ENDINGS = ("al", "ive", "ic", "ous", "ary", "ory", "ed", "ing", "ent", "ant", "ble")
#: Endings of an adjective after "other" that the list's items share their head beyond ("and other scientific
#: methods"); a noun there ("other management systems") is part of the head. Narrower than _ADJECTIVE_ENDINGS:
#: "ent" would take "management", "ing" "engineering", "ed" any participle.
_OTHER_MODIFIER_ENDINGS = ("al", "ic", "ive", "ous", "ary")
#: Right items of a list ("database design, normalization, development") may pass this many items in a row
#: that make no form with the shared modifier.
ELLIPSIS_SKIPPED_ITEMS = 1
#: Endings of the activity nouns such an item must be ("normalization", "deployment", "tuning"), so that
#: "software development, travel, and testing" stays one list of two kinds.
_ACTIVITY_ENDINGS = ("tion", "ment", "ing", "ance", "ence", "ysis")
_LIST_CHARS = {",", "/", "&"}
_LIST_WORDS = (" and ", " or ", " & ", " / ", " and\n", " or\n", " and/or ")
_LIST_GLUE = {",", "/", "and", "or", "&", "and/or", "(", ")", "-", "as", "well", "including", "e.g.", "such"}


class _Entry:
    """One surface form of one skill, as stored behind a PhraseMatcher key."""

    __slots__ = ("case_sensitive", "fields", "form", "hyphens", "kind", "list_prefix", "noun_verb", "skill", "stop",
                 "verb")

    def __init__(self, skill: Skill | None, form: str, kind: str, case_sensitive: bool, stop: bool = False) -> None:
        self.skill = skill  # None for blockers and cues
        self.form = form
        self.kind = kind
        self.case_sensitive = case_sensitive
        self.stop = stop  # the pattern ends with a full stop that is not part of the mention
        self.verb = False  # a verb-phrase variant ("analyzing data"): see SkillMatcher._drop_verb_phrases
        # a verb-phrase form whose verb is also a noun ("forecast needs"): see _drop_noun_readings
        self.noun_verb = False
        self.fields: dict[str, dict[str, Any]] = {}  # match kind -> SkillMatch fields that do not vary (_to_match)
        # (word count, all words but the last, whether some form starts with those words) when the form's
        # words are all alphabetic: what SkillMatcher._ellipsis_right reads for a match of the form
        self.list_prefix: tuple[int, str, bool] | None = None
        # _NEEDS_HYPHEN or _NO_HYPHEN where the entry shares its PhraseMatcher key with another spelling of its
        # words (one with hyphens between them, one without), else None
        self.hyphens: str | None = None


class _Candidate(
    namedtuple(
        "_Candidate", ("start", "end", "neg_size", "tok_start", "tok_end", "entry", "kind", "rank", "fields", "fuzzy_score")
    )
):
    """A possible match: a named tuple, made in C by :func:`_new_candidate` (no Python ``__init__`` to run).

    ``start`` and ``end`` are character offsets, ``neg_size`` is ``start - end`` (so the overlap sort key needs
    no Python function), ``tok_start`` and ``tok_end`` token offsets, ``rank`` the ``_KIND_RANK`` of the kind,
    ``fields`` the SkillMatch values that do not vary (or None: :func:`_to_match` then builds them).
    """

    __slots__ = ()


#: ``_new_candidate((start, end, start - end, tok_start, tok_end, entry, kind, rank, fields, fuzzy_score))``.
_new_candidate = partial(tuple.__new__, _Candidate)


def _candidate(tok_start: int, tok_end: int, start: int, end: int, entry: _Entry, kind: str,
               fuzzy_score: float = 0.0) -> _Candidate:
    """A candidate found by a rule other than the PhraseMatcher pass (word order, fuzzy)."""
    return _new_candidate((start, end, start - end, tok_start, tok_end, entry, kind, _KIND_RANK.get(kind, 9),
                           None, fuzzy_score))


#: Zero-width split between a lower-case letter pair and a capitalised word: competency lists often lose their
#: line breaks ("Database ManagementDatabase Administration"); spaCy allows empty infixes.
GLUED_WORDS_INFIX = r"(?<=[a-z]{2})(?=[A-Z][a-z])"


_GLUED_WORDS = re.compile(GLUED_WORDS_INFIX)

#: Text-shape splits of announcement text that lost its line breaks (the words either side are then matched as
#: anywhere else): a list number glued to the end of the previous item's sentence ("predictive models.4.
#: Demonstrated" -> "models", ".", "4", "."; spaCy strips the last full stop as a suffix first, so the number
#: ends the string here), and a closing parenthesis glued to the next capitalised word
#: ("(Clerical/Technical)Database Administration" -> "Technical)", "Database"; the parenthesis stays with the
#: word before it).
LIST_NUMBER_INFIX = r"(?<=[a-z][a-z)])\.(?=\d{1,2}\Z)"
PAREN_GLUE_INFIX = r"(?<=[a-z]\))(?=[A-Z][a-z])"
#: A hyphen that ends a word after two letters is its own token: competency names written "Customer Service-
#: Works with clients ...", and suspended compounds ("data- and evidence-driven") keep their word.
HYPHEN_END_SUFFIX = r"(?<=[A-Za-z]{2})-"


def _joined_words(text: str) -> str:
    """``text`` as the tokenizer reads it: each hyphen that joins two letters ("plain-language", "T-SQL") is a
    space, so that a hyphenated compound is the words of a form written with spaces ("plain language"). One
    character for one, so every offset is the text's own; a hyphen beside a digit, a space or another hyphen
    ("COVID-19", "GS-2210", "- item", "plain - language", "data- and") stays, and so does a hyphen in a web or
    e-mail address (:func:`_in_link`). Texts without a hyphen (found by a literal search, no regex) are returned
    as they are. Used with ``MatchOptions.hyphenated_compounds`` only: the pass costs more than the speed budget.

    Example:
        >>> _joined_words("Plain-language and T-SQL, not COVID-19 - or GS-2210 or opm.gov/data-analysis")
        'Plain language and T SQL, not COVID-19 - or GS-2210 or opm.gov/data-analysis'
    """
    if "-" not in text:
        return text
    pieces = text.split("-")
    joined = [pieces[0]]
    before = pieces[0]
    links = "/" in text or "@" in text
    at = len(before)  # where the hyphen after ``before`` is
    for piece in pieces[1:]:
        if before[-1:].isalpha() and piece[:1].isalpha() and not (links and _in_link(text, at)):
            joined.append(" ")
        else:
            joined.append("-")
        joined.append(piece)
        before = piece
        at += len(piece) + 1
    return "".join(joined)


def _in_link(text: str, at: int) -> bool:
    """Whether the hyphen at ``at`` is in a web address or e-mail address: a run of characters without a space
    or line break that holds a "/" or "@" (".../operations-research-series-1515/", "first-last@agency.gov";
    the tokenizer keeps a web address one token, and its words are no mention)."""
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at), text.rfind("\t", 0, at)) + 1
    end = min((i for i in (text.find(" ", at), text.find("\n", at), text.find("\t", at)) if i != -1),
              default=len(text))
    chunk = text[start:end]
    return "/" in chunk or "@" in chunk


#: What the ``case_sensitive`` slot of a skill entry's match tuple holds (:meth:`SkillMatcher._update_key`) for a
#: case-insensitive entry whose words the taxonomy also spells another way with hyphens ("end-user support" and
#: "end user support"): the entry matches only where the text has (``_NEEDS_HYPHEN``) or has not
#: (``_NO_HYPHEN``) a hyphen between the words, as each did when hyphens were tokens. Both are true values, so
#: the common case (a case-insensitive entry, ``False``) costs no extra test.
_NEEDS_HYPHEN = "needs-hyphen"
_NO_HYPHEN = "no-hyphen"


def _glued_infixes() -> list[str]:
    from spacy.lang.en import English

    return [*English.Defaults.infixes, LIST_NUMBER_INFIX, PAREN_GLUE_INFIX, GLUED_WORDS_INFIX]


def default_nlp() -> Language:
    """The default pipeline: ``spacy.blank("en")`` (tokenizer only, no model download), whose tokenizer also
    splits glued words ("ManagementDatabase" -> "Management", "Database"; see ``GLUED_WORDS_INFIX``) and keeps
    only the special cases that split words (see :func:`trim_special_cases`).

    Example:
        >>> [t.text for t in default_nlp()("Database ManagementDatabase isn't required, e.g. SQL")]
        ['Database', 'Management', 'Database', 'is', "n't", 'required', ',', 'e.g.', 'SQL']
    """
    import spacy

    nlp = spacy.blank("en")
    rules, whole = trim_special_cases(nlp.tokenizer.rules, prefix_search=nlp.tokenizer.prefix_search)
    nlp.tokenizer = _tokenizer_copy(nlp, _glued_infixes(), rules=rules, whole_words=whole,
                                    max_cache_size=TOKENIZER_CACHE_CHUNKS)
    return nlp


def trim_special_cases(
    rules: dict[str, list[dict[Any, str]]], *, prefix_search: Callable[[str], Any] | None = None
) -> tuple[dict[str, list[dict[Any, str]]], list[str]]:
    """Split spaCy's tokenizer special cases (1,347 for English) into the ones skill matching keeps and the
    words it keeps whole without a special case.

    spaCy's special cases are expensive: once one has fired in a text, the tokenizer stops caching that text's
    later words (``_save_cached`` in spaCy's ``tokenizer.pyx``, "See #1250"), so they go through the affix
    regexes every time, and most posting texts have an "e.g.", "i.e." or "and/or" early on. So:

    - kept as special cases: those that split a word into several tokens ("isn't" -> "is" + "n't",
      "cannot" -> "can" + "not", "I'm", "10a.m." -> "10" + "a.m."): the negation rule reads "n't" and "not",
      and the others keep token counts (which the rules' windows use) as spaCy's. They are rare in postings.
    - kept whole (second value): the one-token special cases that start with a letter ("e.g.", "i.e.",
      "Ph.D.", "Dec.", "a.m.", "and/or", "w/o"): without them the full stop would become a token of its own,
      which the rules read as a sentence end, and "and/or" three list tokens. A ``token_match`` keeps them
      whole (see :func:`_tokenizer_copy`), and words found that way are cached like any other.
    - dropped: the other one-token special cases, emoticons and clitics (":)", "):", "8)", "'s", "''"). In
      posting text they are misreadings: "(SE):" and "(grade 8)" are not emoticons, and the closing
      parenthesis they swallow is one the acronym rules look for.

    Args:
        rules: A tokenizer's special cases (``nlp.tokenizer.rules``).
        prefix_search: The tokenizer's prefix search; words it would strip a prefix from are not kept whole.

    Returns:
        (special cases to keep, words to keep whole).

    Example:
        >>> from spacy.lang.en import English
        >>> tokenizer = English().tokenizer
        >>> kept, whole = trim_special_cases(tokenizer.rules, prefix_search=tokenizer.prefix_search)
        >>> sorted(k for k in kept if k.lower() in ("isn't", "cannot", "e.g.")), "e.g." in whole, ":)" in kept
        (['Cannot', "Isn't", 'cannot', "isn't"], True, False)
    """
    from spacy.attrs import ORTH

    kept = {text: pieces for text, pieces in rules.items() if len(pieces) > 1}
    whole = sorted(
        text for text, pieces in rules.items()
        if len(pieces) == 1 and pieces[0][ORTH] == text and text[:1].isalpha()
        and not (prefix_search is not None and prefix_search(text))
    )
    return kept, whole


def _tokenizer_copy(nlp: Language, infixes: Sequence[str], *, rules: dict[str, Any] | None = None,
                    whole_words: Sequence[str] = (), max_cache_size: int | None = None):
    """A copy of ``nlp``'s tokenizer (same vocab, prefixes and suffixes; its special cases unless ``rules``
    are given) with these infixes, and which keeps ``whole_words`` one token each.

    A whole word is one token as a special case would make it, also after a prefix or before a suffix
    ("(e.g.", "e.g.,"): a ``token_match`` matches exactly these words, and the suffix search finds no suffix
    in a string that is exactly one of them ("e.g." keeps its full stop). spaCy's affix loop looks a special
    case up right after stripping a prefix, but checks the ``token_match`` only at its next turn, by which
    time it would have stripped the suffix of "(e.g." together with the prefix. Words found this way are cached
    like any other word; a special case would stop the caching of the rest of the text. ``max_cache_size``
    (default: ``nlp``'s tokenizer's) bounds how many distinct chunks the copy caches.
    """
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    base = nlp.tokenizer
    token_match, suffix_search = base.token_match, base.suffix_search
    if suffix_search is not None and HYPHEN_END_SUFFIX not in suffix_search.__self__.pattern:
        suffix_search = re.compile(f"(?:{suffix_search.__self__.pattern})|(?:{HYPHEN_END_SUFFIX})$").search
    if whole_words:
        words = sorted(whole_words, key=lambda w: (-len(w), w))
        pattern = "(?:" + "|".join(re.escape(w) for w in words) + ")\\Z"
        if token_match is not None:  # spaCy's English has none; another language's is kept as an alternative
            pattern += "|(?:" + token_match.__self__.pattern + ")"
        token_match = re.compile(pattern).match
        guarded = [w for w in words if suffix_search is not None and suffix_search(w)]
        if guarded:
            suffix_search = re.compile(
                f"(?:{suffix_search.__self__.pattern})" + "".join(f"(?<!^{re.escape(w)})" for w in guarded)
            ).search
    return Tokenizer(
        nlp.vocab,
        rules=base.rules if rules is None else rules,
        prefix_search=base.prefix_search,
        suffix_search=suffix_search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=token_match,
        url_match=base.url_match,
        max_cache_size=base.max_cache_size if max_cache_size is None else max_cache_size,
    )


def _same_tokenizer(tokenizer: Any) -> Any:
    """A new spaCy ``Tokenizer`` that tokenises as ``tokenizer`` does (its vocabulary, special cases, affix, infix,
    token and URL rules, cache size), with a cache of its own."""
    from spacy.tokenizer import Tokenizer

    return Tokenizer(
        tokenizer.vocab,
        rules=tokenizer.rules,
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
        faster_heuristics=tokenizer.faster_heuristics,
        max_cache_size=tokenizer.max_cache_size,
    )


class _VerbCue:
    """What a hit of a PhraseMatcher key that is a verb cue and nothing else means (:meth:`SkillMatcher._update_key`)."""

    __slots__ = ("word",)

    def __init__(self, word: str) -> None:
        self.word = word


class _ObjectCue(_VerbCue):
    """What a hit of a key that is an activity-object cue and nothing else means: the object word it names."""

    __slots__ = ()


class _BoilerplateCue:
    """What a hit of a key that is boilerplate cues and nothing else means: how many cues (only the end of the hit
    is needed: :meth:`_TextContext.in_boilerplate`)."""

    __slots__ = ("count",)

    def __init__(self, count: int) -> None:
        self.count = count


class SkillMatcher:
    """The compiled matcher for one taxonomy and one spaCy pipeline (build with :func:`get_matcher`)."""

    def __init__(self, taxonomy: Taxonomy, nlp: Language | None = None) -> None:
        from spacy.matcher import PhraseMatcher

        self.taxonomy = taxonomy
        self.nlp = nlp if nlp is not None else default_nlp()
        self._tokenizer_only = not self.nlp.pipe_names
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.entries: dict[int, list[_Entry]] = {}
        self._lower_forms: dict[str, list[_Entry]] = {}
        self.context_words = {w.casefold() for w in taxonomy.trap_context_words}
        preferred = {normalize_form(a.form): a.prefer for a in taxonomy.ambiguous}
        by_key: dict[str, list[_Entry]] = {}
        self.case_sensitive_forms: set[str] = set()
        self._noun_verbs_seen = False  # whether some form is a verb family's form with a noun-verb (_NOUN_VERBS)

        pending: list[tuple[str, _Entry]] = []
        for skill in taxonomy.skills:
            # A variant that starts with no first word of the skill's labels is a verb-phrase form ("analyzing
            # data" of "data analysis"); its object may start a longer compound ("analyzing data systems").
            # A spelling variant of a label's first word ("programing", "analytic") is no verb.
            label_words = {
                _spelling_key(text.casefold().split(" ", 1)[0]) for text in (skill.label, *skill.alt_labels)
            }
            for form in skill.surface_forms():
                owner = preferred.get(normalize_form(form.text))
                if owner is not None and owner != skill.id:
                    continue  # an ambiguous form goes only to its preferred skill
                entry = _Entry(skill, form.text, form.kind, form.case_sensitive)
                if form.kind == "variant" and " " in form.text and _spelling_key(
                    form.text.split(" ", 1)[0].casefold()
                ) not in label_words:
                    entry.verb = True
                words = form.text.casefold().split(" ", 2)
                if len(words) > 1 and words[0] in _NOUN_VERBS and (
                    _NOUN_VERBS[words[0]] is None or words[1] in _NOUN_VERBS[words[0]]
                ):
                    entry.noun_verb = True  # a verb family's form (curated ``verbs``), not a noun phrase
                    self._noun_verbs_seen = True
                pending.append((form.text, entry))
                if form.case_sensitive:
                    self.case_sensitive_forms.add(form.text)
                    if form.kind == "acronym" and form.text[-1:].isupper():
                        pending.append((form.text + "s", _Entry(skill, form.text + "s", "acronym", True)))
                        self.case_sensitive_forms.add(form.text + "s")
                elif "-" in form.text:
                    spaced = form.text.replace("-", " ")
                    pending.append((spaced, _Entry(skill, spaced, "variant", False)))
                if form.text[-1:].isupper() and len(form.text) > 1:
                    # spaCy keeps a full stop on a word ending in a capital ("SAS.", "ActiveX."), as for
                    # abbreviations; the pattern with the stop matches it, and the stop is trimmed off.
                    pending.append((form.text + ".", _Entry(skill, form.text, form.kind, form.case_sensitive, stop=True)))
        pending.extend((blocker, _Entry(None, blocker, "blocker", False)) for blocker in taxonomy.blockers)
        pending.extend((cue, _Entry(None, cue, "cue-negation", False)) for cue in NEGATION_CUES)
        pending.extend((cue, _Entry(None, cue, "cue-boilerplate", False)) for cue in BOILERPLATE_CUES)
        # Tokenise every distinct form once, in one pass; a form's Doc is its own pattern (attr LOWER). The
        # default pipeline's forms go through a copy of its tokenizer (the same vocabulary, special cases, affix
        # and infix rules and whole words: the same tokens), so that the tokenizer which reads texts caches
        # chunks of text only: with the forms' 5,200 chunks in its cache as well, each of the ~300 look-ups per
        # text searched a larger table, and the tokenizer took about 2% more CPU time for the same tokens.
        distinct = list(dict.fromkeys(text for text, _ in pending))
        forms_tokenizer = self.nlp.tokenizer if nlp is not None else _same_tokenizer(self.nlp.tokenizer)
        tokenized = [dict(zip(distinct, forms_tokenizer.pipe(distinct), strict=True))]
        # With MatchOptions.hyphenated_compounds, texts are tokenised with each hyphen between two letters read as a
        # space (_joined_words), so a form with such a hyphen ("end-user support", "T-SQL") is matched there as the
        # tokens of its form so written (a few hundred forms), and elsewhere as before. The rules' tables
        # (_lower_forms and what is derived from it) keep each form's own tokens.
        joined = {text: _joined_words(text) for text in distinct if "-" in text}
        joined = {text: spaced for text, spaced in joined.items() if spaced != text}
        joined_tokenized = [dict(zip(joined, forms_tokenizer.pipe(joined.values()), strict=True))]
        del forms_tokenizer
        if nlp is None:
            # The default tokenizer splits camel-case forms ("JavaScript" -> "Java", "Script"), as it splits the
            # same words in texts; the same form without that split ("javascript", "JAVASCRIPT" in a text is one
            # token) is a pattern too, tokenised by a copy of the tokenizer without the glued-words rule.
            camel = [text for text in distinct if _GLUED_WORDS.search(text)]
            unglued = _tokenizer_copy(self.nlp, _glued_infixes()[:-1])
            tokenized.append({**tokenized[0], **dict(zip(camel, unglued.pipe(camel), strict=True))})
            camel_joined = [text for text in camel if text in joined]
            joined_tokenized.append({**joined_tokenized[0], **dict(zip(
                camel_joined, unglued.pipe(joined[text] for text in camel_joined), strict=True))})
        patterns: dict[str, Doc] = {}  # PhraseMatcher key -> its pattern
        by_match_key: dict[str, list[_Entry]] = {}  # PhraseMatcher key -> its entries
        hyphenated: set[int] = set()  # ids of the entries of forms with a hyphen between letters
        for text, entry in pending:
            for docs, joined_docs in zip(tokenized, joined_tokenized, strict=True):
                # a form is a pattern in each tokenisation (they differ for "JavaScript")
                doc = docs[text]
                if len(doc) == 0:
                    continue
                key = " ".join(t.lower_ for t in doc)
                bucket = by_key.setdefault(key, [])
                if any(e.skill is entry.skill and e.form == entry.form and e.stop == entry.stop for e in bucket):
                    continue
                bucket.append(entry)
                by_match_key.setdefault(key, []).append(entry)
                patterns.setdefault(key, doc)
                pattern = joined_docs.get(text)
                if pattern is not None:
                    # also the pattern of its joined words, for texts read with MatchOptions.hyphenated_compounds
                    # (mostly the key of the form's spaced variant already: 17 keys are new)
                    hyphenated.add(id(entry))
                    joined_key = " ".join(t.lower_ for t in pattern)
                    match_bucket = by_match_key.setdefault(joined_key, [])
                    if not any(e is entry for e in match_bucket):
                        match_bucket.append(entry)
                    patterns.setdefault(joined_key, pattern)
        # Where the taxonomy spells the same words with and without hyphens (a hyphenated form and its spaced
        # variant, "end-user support" and "end user support"), both share the key of the words: each spelling
        # keeps to the texts it matched when hyphens were tokens. Elsewhere a form matches its words hyphenated
        # ("plain-language" is "plain language") in texts read with their hyphens as spaces.
        for bucket in by_match_key.values():
            if any(id(e) in hyphenated for e in bucket) and not all(id(e) in hyphenated for e in bucket):
                for entry in bucket:
                    if not entry.case_sensitive and entry.kind not in ("cue-boilerplate", "cue-negation"):
                        entry.hyphens = _NEEDS_HYPHEN if id(entry) in hyphenated else _NO_HYPHEN
        # Patterns are added to the PhraseMatcher once all are known (_add_patterns), cues included.
        self._pending_patterns: dict[str, Doc] | None = {}
        self._prefixed: dict[int, tuple[tuple[int, int], ...]] = {}  # tail key -> ((first word id, full key), ...)
        for key, bucket in by_match_key.items():
            self._pending_patterns[key] = patterns[key]
            self.entries[self.nlp.vocab.strings.add(key)] = bucket
        self._lower_forms.update(by_key)
        self._build_fuzzy_index()
        # Fuzzy results depend on min_fuzzy_token_score, so the caches belong to one score.
        self._fuzzy_cache: dict[str, list[tuple[str, int, int]]] = {}
        self._fuzzy_seen: set[str] = set()
        self._fuzzy_forms_cache: dict[tuple[str, int], tuple[list[Any], list[Any]]] = {}
        self._known_words = frozenset(taxonomy.known_words)
        self._known_sorted = sorted(self._known_words)
        self._fuzzy_hits: dict[str, list[tuple[str, int, int]]] = {}
        # The few words the rules read one by one are found in the same PhraseMatcher pass as the skills, as
        # "cue" patterns: in the default pipeline, possible misspellings of skill words (fuzzy fallback). spaCy
        # calls the lexeme flag getter below once per new word of its vocab; a word that could be a misspelling
        # is queued and becomes a pattern before the next match. A text with no cue costs no per-word Python
        # work. A user's own pipeline is left untouched: no flag, and the fuzzy fallback splits each text into
        # words. Word-order heads, list cues and verbs (below) are cues too.
        self._cue_kinds: dict[int, set[str]] = {}
        self._cue_words: dict[int, str] = {}
        self._key_info: dict[int, Any] = {}  # PhraseMatcher key -> what a match means (_update_key)
        self._order_heads: dict[int, str] = {}
        # Organisation words ("Office", "Bureau": names are checked only near one) are no cue patterns: most
        # texts have some, and each PhraseMatcher hit costs a Python tuple, a string-store look-up and a turn
        # of match_doc's loop. Only a Title-case match needs them, and it reads the 7 tokens around it as
        # string-store ids (_org_near).
        self._org_ids = frozenset(self.nlp.vocab.strings.add(word) for word in _ORG_BEFORE | _ORG_AFTER)
        # The word-order rule ("analysis of data" = "data analysis") can only fire where the tokens read
        # "<head> of" or "<head> for", for a head that ends some two-word form: those pairs are cues too, so
        # texts without one skip the rule.
        for key in self._lower_forms:
            words = key.split(" ")
            if len(words) == 2 and words[1] in _ORDER_HEADS and _FIRST_WORD_RE.fullmatch(words[0]):
                for link in ("of", "for"):
                    self._order_heads[self._add_cue(f"{words[1]} {link}", "order")] = words[1]
            if len(words) == 2 and words[1] in _ORDER_WITH_HEADS and _FIRST_WORD_RE.fullmatch(words[0]):
                self._order_heads[self._add_cue(f"{words[1]} with", "order")] = words[1]
        # Coordination ellipsis ("quantitative and qualitative analysis" = "quantitative analysis" + "qualitative
        # analysis"): a left item can only stand for a form where a form's first word is followed by a list
        # word ("quantitative and", "technical ,"); those pairs are cues, so texts without one skip the rule.
        self._ellipsis_words: dict[int, str] = {}
        self._ellipsis_heads: dict[str, set[str]] = {}  # first word of a form -> the second words it is seen with
        self._stop_words = frozenset(self.nlp.Defaults.stop_words)
        # Right list items ("data collection and analysis") are forms "<all words but the last> <item>": a
        # match whose leading words start no other form has none, which is known before reading a token.
        self._list_prefixes = frozenset(key.rsplit(" ", 1)[0] for key in self._lower_forms if " " in key)
        for bucket in self._lower_forms.values():
            for entry in bucket:
                words = entry.form.casefold().split(" ")
                if all(w.isalpha() for w in words):
                    prefix = " ".join(words[:-1])
                    entry.list_prefix = (len(words), prefix, prefix in self._list_prefixes)
        as_first: dict[str, int] = {}
        as_last: dict[str, int] = {}
        for key, bucket in self._lower_forms.items():
            words = key.split(" ")
            if len(words) >= 2 and any(e.skill is not None and not e.case_sensitive for e in bucket):
                as_last[words[-1]] = as_last.get(words[-1], 0) + 1
                if len(words[0]) >= 3 and words[0].isalpha():
                    as_first[words[0]] = as_first.get(words[0], 0) + 1
                    self._ellipsis_heads.setdefault(words[0], set()).add(words[1])
        # A left item is a modifier ("quantitative", "data", "technical"): words that end more forms than they
        # start, and start fewer than 20 ("experience", "management", "design", "requirements"), are heads, and
        # "experience, ..." and "management and ..." are not lists of modifiers; leaving them out keeps the
        # cues few (about half as many on the benchmark texts). "software" and "systems" (40 and 32 forms) stay.
        for word in [w for w in self._ellipsis_heads if as_first[w] <= as_last.get(w, 0) and as_first[w] < 20]:
            del self._ellipsis_heads[word]
        for word in sorted(self._ellipsis_heads):
            for link in _COORDINATORS:
                self._ellipsis_words[self._add_cue(f"{word} {link}", "ellipsis")] = word
        # The same words as string-store ids (a token's ``lower``): the first check of a left-list cue compares
        # ids, which spaCy gives without making a Python string per token.
        strings = self.nlp.vocab.strings
        self._coordinator_ids = frozenset(strings[link] for link in _COORDINATORS)
        self._ellipsis_head_ids = {word: frozenset(strings[w] for w in seconds)
                                   for word, seconds in self._ellipsis_heads.items()}
        # what the first check of a left-list cue "W ..." lets through: a list word or a head W is seen with
        self._ellipsis_pass_ids = {word: heads | self._coordinator_ids for word, heads in self._ellipsis_head_ids.items()}
        self._comma_id = strings[","]
        self._count_ids = frozenset(strings[w] for w in _COUNT_WORDS)
        self._other_id = strings["other"]
        self._stop_ids = frozenset(strings[w] for w in self._stop_words)
        # whether a lower-case token text is alphabetic, by its id (0 is "", the id list reads past a limit give)
        self._alpha_ids: dict[int, bool] = {0: False}
        self._verb_cues: dict[int, str] = {}  # filled by _verb_tables (the final _update_key pass reads it)
        # a verb list's item words -> the objects each item takes and the first words of them all (_verb_gaps)
        self._verb_list_tables: dict[tuple[str, ...], tuple[list[dict[str, _Entry]], frozenset[str]]] = {}
        self._verb_objects = self._verb_tables()
        self._object_cues: dict[int, str] = {}
        self._activity_object_tables()
        self._add_patterns()
        self._misspelt_queue: list[str] = []
        self._cue_lock = threading.Lock()
        self._misspelt_cues = 0
        self._misspelt_cues_full = nlp is not None
        if nlp is None:
            self.nlp.vocab.add_flag(self._may_be_misspelt)
            self._add_queued_cues()
        for key in {*self.entries, *self._cue_kinds, *self._prefixed}:
            self._update_key(key)

    def _add_patterns(self) -> None:
        """Add the patterns gathered while building to the PhraseMatcher, those led by a common function word
        without it.

        The PhraseMatcher takes a step into its trie at every token that starts some pattern: the blockers
        "and|to|will|can design systems" and the negation cues "is|are optional" cost a step at every "and",
        "to" and "is" of a text (about 30 a text), for a hit a few times in a thousand texts. Where every pattern
        led by a stop word W is such a pattern (a blocker or cue with no skill and no rule cue), W's patterns
        are added without W ("design systems"), and :meth:`match_doc` turns a hit of that tail preceded by a
        token W into the hit of the whole pattern. A tail must start with a word that leads some pattern
        already, or with no stop word, so that no common word becomes a step of its own.
        """
        from spacy.tokens import Doc

        pending, self._pending_patterns = self._pending_patterns or {}, None
        strings, vocab = self.nlp.vocab.strings, self.nlp.vocab
        groups: dict[int, list[str]] = {}
        for key, doc in pending.items():
            groups.setdefault(doc[0].lower, []).append(key)

        def shields_only(key: str) -> bool:
            key_id = strings[key]
            return key_id not in self._cue_kinds and all(e.skill is None for e in self.entries.get(key_id, ()))

        candidates = {
            first: keys for first, keys in groups.items()
            if strings[first] in self._stop_words
            and all(len(pending[key]) >= 2 and shields_only(key) for key in keys)
        }
        leading = {first for first in groups if first not in candidates}

        def tails_of(keys: list[str], leaders: set[int]) -> dict[str, Doc] | None:
            made: dict[str, Doc] = {}
            for key in keys:
                words = [t.lower_ for t in pending[key][1:]]
                tail = Doc(vocab, words=words)
                if (any(not w or w.strip() != w for w in words)
                        or [t.lower for t in tail] != [t.lower for t in pending[key][1:]]
                        or (tail[0].lower not in leaders and words[0] in self._stop_words)):
                    return None
                made[key] = tail
            return made

        # Words whose patterns stay whole lead patterns: first those that fail even if every other candidate
        # stayed whole, then those whose tails start with a candidate that is made a tail itself.
        for optimistic in (True, False):
            while True:
                leaders = leading | set(candidates) if optimistic else leading
                kept = {first for first, keys in candidates.items() if tails_of(keys, leaders) is None}
                leading |= kept
                candidates = {first: keys for first, keys in candidates.items() if first not in kept}
                if not kept or not optimistic:
                    break
        made = {first: tails_of(keys, leading) for first, keys in candidates.items()}
        tails: dict[str, Doc] = {}
        for first, by_key in made.items():
            for key, tail in by_key.items():
                tail_key = " ".join(t.lower_ for t in tail)
                tails.setdefault(tail_key, tail)
                tail_id = strings.add(tail_key)
                self._prefixed[tail_id] = (*self._prefixed.get(tail_id, ()), (first, strings.add(key)))
                del pending[key]
        for key, doc in {**pending, **tails}.items():
            self.matcher.add(key, [doc])

    def _verb_tables(self) -> dict[str, dict[str, _Entry]]:
        """The verbs of the taxonomy's verb-phrase forms ("analyzing data", "collect data", "develop software"),
        each with the objects it takes ({"analyzing": {"data": <entry>, ...}}), and the one-word cue patterns that
        find them in the PhraseMatcher pass (key -> verb, into ``self._verb_cues``).

        A verb is the first word of a verb-phrase variant (generated from the build's nominalisation table), or
        an inflection of one ("collecting" of "collect", which an alternative label starts). Cues are only the
        verbs that end no form, so nouns in -ing ("training", "processing", "monitoring") are no cue, and only
        those with an inflection among the verbs or an -ing ending (a spelling variant alone is no verb).
        """
        forms = self._lower_forms
        verbs = {key.split(" ", 1)[0] for key, bucket in forms.items() if any(e.verb for e in bucket)}
        verbs = {v for v in verbs if v.isalpha() and v.islower()}
        stems: dict[str, set[str]] = {}
        for verb in verbs:
            stems.setdefault(_verb_stem(verb), set()).add(verb)
        # a verb has an inflection among the verbs ("analyze", "analyzes") or ends in -ing; a first word that
        # has neither ("human" of a spelling variant "human centred design") is no verb
        verbs = {v for v in verbs if v.endswith("ing") or len(stems[_verb_stem(v)]) > 1}
        stems = {stem: group & verbs for stem, group in stems.items() if group & verbs}
        objects: dict[str, dict[str, _Entry]] = {}
        for key in forms:
            words = key.split(" ")
            if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
                continue
            first = words[0]
            if first not in verbs and _verb_stem(first) not in stems:
                continue
            entry = self._ellipsis_entry(key)
            if entry is not None:
                objects.setdefault(first, {})[" ".join(words[1:])] = entry
        last_words = {key.rsplit(" ", 1)[1] for key in forms if " " in key}
        for verb in sorted(objects):
            if verb in last_words or (verb not in verbs and not verb.endswith("ing")):
                continue
            self._verb_cues[self._add_cue(verb, "verb")] = verb
        # the same words as string-store ids, for the first checks in _verb_gaps
        strings = self.nlp.vocab.strings
        self._verb_ids = frozenset(strings.add(verb) for verb in objects)
        self._verb_or_list_ids = self._verb_ids | self._coordinator_ids  # what may follow a verb that starts a list
        self._verb_object_first_words = {
            verb: frozenset(obj.split(" ", 1)[0] for obj in taken) for verb, taken in objects.items()
        }
        self._verb_object_firsts = {
            verb: frozenset(strings.add(word) for word in words) for verb, words in self._verb_object_first_words.items()
        }
        return objects

    def _activity_object_tables(self) -> None:
        """The activity-object rule's tables (:mod:`skillhire.activity_objects`), restricted to the pairs whose
        skill this taxonomy has, and one cue pattern per object word (the rule reads only where one occurs)."""
        ids = {skill.id: skill for skill in self.taxonomy.skills}
        self._ao_pairs = {key: skill for key, (skill, _source) in ao.PAIRS.items() if skill in ids}
        self._ao_skills = ids
        self._ao_classes = ao.activity_words()
        self._ao_objects = ao.object_words()
        self._ao_entries: dict[tuple[str, str], _Entry] = {}
        self._ao_table = ao.word_pairs(self._ao_pairs, self._ao_classes)
        self._ao_after: dict[int, int] = {}  # the word after an object (its id) -> ao.word_after_object
        self._ao_before: dict[int, bool] = {}  # the word before an object (its id) -> ao.word_before_object
        if not self._ao_pairs:
            return
        used = {obj for _activity, obj in self._ao_pairs}
        for word, name in sorted(self._ao_objects.items()):
            if name in used:
                self._object_cues[self._add_cue(word, "object")] = word
            elif name == "programs" and "software" in used:  # an object only as "computer programs"
                for first in sorted(ao.COMPUTER_WORDS):
                    self._object_cues[self._add_cue(f"{first} {word}", "object")] = word

    def _activity_object_candidates(self, doc: Doc, objects_at: list[tuple[int, str]],
                                    candidates: list[_Candidate], options: MatchOptions) -> list[_Candidate]:
        """Candidates of the activity-object rule (:func:`skillhire.activity_objects.find_pairs_at`, given
        each object word's position and the word its cue names) that overlap no candidate found otherwise;
        where only the object overlaps one, the activity item alone."""
        found: list[_Candidate] = []
        # Most object words head no phrase ("data management", "project funds"): the word after one decides
        # that alone (ao.word_after_object), and many others follow a word that ends the rule ("to data", "of",
        # ") data": ao.word_before_object). Both verdicts are kept per string-store id, and those objects are
        # dropped here, before the rule reads any token as a string.
        size, verdicts, before_ends, objects = len(doc), self._ao_after, self._ao_before, self._ao_objects
        strings = self.nlp.vocab.strings
        kept = []
        for at in objects_at:
            o = at[0]
            if o + 1 < size:
                after = doc[o + 1].lower
                verdict = verdicts.get(after)
                if verdict is None:
                    if len(verdicts) >= _AO_AFTER_WORDS:
                        verdicts.clear()
                    verdict = verdicts[after] = ao.word_after_object(strings[after], objects)
                if verdict == ao.AFTER_ENDS_ALL or (
                        verdict == ao.AFTER_ENDS_ALL_BUT_SOFTWARE and objects[at[1]] != "software"):
                    continue
            if o:
                before = doc[o - 1].lower
                ends = before_ends.get(before)
                if ends is None:
                    if len(before_ends) >= _AO_AFTER_WORDS:
                        before_ends.clear()
                    ends = before_ends[before] = ao.word_before_object(strings[before], objects, self._ao_classes)
                if ends:
                    continue
            kept.append(at)
        if not kept:
            return found
        mentions = ao.find_pairs_at(_LowerTokens(doc), kept, table=self._ao_table,
                                 classes=self._ao_classes, objects=self._ao_objects,
                                 max_modifiers=options.verb_modifiers)
        if not mentions:  # most object words have no activity within reach
            return found
        taken = [(c[0], c[1]) for c in candidates]
        for mention in mentions:
            first = doc[mention.tok_start]
            if not first.whitespace_ and mention.tok_start + 1 < len(doc) and doc[mention.tok_start + 1].is_alpha:
                continue  # glued words of a competency list ("AnalysisFinancial Management Systems")
            obj = doc[mention.object_at]
            obj_start, obj_end = obj.idx, obj.idx + len(obj)
            if mention.phrase_start < mention.object_at:
                between_start = doc[mention.phrase_start].idx
                if any(c[0] < obj_start and between_start < c[1] for c in candidates):
                    continue  # a modifier is part of another mention ("maintaining SQL Server databases")
            if any(c.entry.skill is not None and c.entry.skill.id == mention.skill_id
                   and ((c[0] < obj_end and obj_start < c[1])
                        or self._same_list(doc, c, mention.tok_start, (*candidates, *found)))
                   for c in candidates):
                continue  # the object's or a neighbouring list item's mention names this skill: one mention
            start = first.idx
            for tok_end in (mention.tok_end, mention.tok_start + 1):
                last = doc[tok_end - 1]
                end = last.idx + len(last)
                if not any(s < end and start < e for s, e in taken):
                    break
            else:
                continue
            key = (mention.skill_id, mention.form)
            entry = self._ao_entries.get(key)
            if entry is None:
                entry = self._ao_entries[key] = _Entry(self._ao_skills[mention.skill_id], mention.form,
                                                       "activity_object", False)
            found.append(_candidate(mention.tok_start, tok_end, start, end, entry, "activity_object"))
            taken.append((start, end))
        return found

    def _same_list(self, doc: Doc, cand: _Candidate, tok_start: int, others: Sequence[_Candidate] = ()) -> bool:
        """Whether candidate ``cand`` is a neighbouring earlier item of the list of activities that ends at
        ``tok_start`` ("**installing**, configuring, and maintaining databases": neighbouring items of one skill
        are one mention, GUIDELINES rule 1). An item between them that is a mention of another skill (one of
        ``others``) parts them: in "managing, developing and maintaining databases" the last verb's own mention
        stands beside the first's, as "developing" (database design) lies between."""
        if cand.tok_end > tok_start or tok_start - cand.tok_end > 8:
            return False
        after_word = False  # items are single words, with list words between
        for k in range(cand.tok_end, tok_start):
            token = doc[k]
            if token.lower_ in (",", "and", "or", "/", "&", "and/or"):
                after_word = False
            elif token.is_alpha and not after_word:
                after_word = True
            else:
                return False
        skill = cand.entry.skill
        return not any(
            cand.tok_end <= o.tok_start and o.tok_end <= tok_start and o.entry.skill is not None
            and o.entry.skill is not skill
            for o in others
        )

    def _update_key(self, key: int) -> None:
        """Write down, once, what a match of PhraseMatcher key ``key`` means, as a tuple :meth:`match_doc` reads:
        (cue or None, skill entries, boilerplate cue count, negation cue count, whether a blocker is among the
        entries, the whole patterns a hit of this key ends when a given word comes before it or None: see
        :meth:`_add_patterns`). The cue is (possibly misspelt word or None, word-order head or None, list-cue word or None, verb
        or None); each skill entry is (entry, kind, case-sensitive, trailing stop, form, kind rank, fixed SkillMatch
        fields). The commonest cues get cheaper marks: the word W itself (a str) for a list cue "W and|or|,|/|&"
        only, a :class:`_VerbCue`, :class:`_ObjectCue` or :class:`_BoilerplateCue` for a verb, object or
        boilerplate cue only. Called whenever the key's
        entries or cues change."""
        bucket = self.entries.get(key, ())
        kinds = self._cue_kinds.get(key)
        prefixed = self._prefixed.get(key)
        if not bucket and not kinds and prefixed is None:
            self._key_info.pop(key, None)
            return
        cue = None
        if kinds:
            cue = (
                self._cue_words[key] if "misspelt" in kinds else None,
                self._order_heads.get(key) if "order" in kinds else None,
                self._ellipsis_words.get(key) if "ellipsis" in kinds else None,
                self._verb_cues.get(key) if "verb" in kinds else None,
                self._object_cues.get(key) if "object" in kinds else None,
            )
        skills = tuple(
            (entry, entry.kind, entry.hyphens or entry.case_sensitive, int(entry.stop), entry.form,
             _KIND_RANK.get(entry.kind, 9),
             _match_fields(entry, entry.kind) if entry.skill is not None else None)
            for entry in bucket
            if entry.kind not in ("cue-boilerplate", "cue-negation")
        )
        boilerplate = sum(1 for entry in bucket if entry.kind == "cue-boilerplate")
        negation = sum(1 for entry in bucket if entry.kind == "cue-negation")
        blocker = any(entry.skill is None for entry, *_ in skills)
        only_cue = cue is not None and not skills and not boilerplate and not negation and prefixed is None
        if only_cue and cue[2] is not None and cue[:2] == (None, None) and cue[3] is None and cue[4] is None:
            self._key_info[key] = cue[2]  # a list cue "W and|or|,|/|&" and nothing else: the word W, a str
        elif only_cue and cue[3] is not None and cue[:3] == (None, None, None) and cue[4] is None:
            self._key_info[key] = _VerbCue(cue[3])  # a verb cue and nothing else
        elif only_cue and cue[4] is not None and cue[:4] == (None, None, None, None):
            self._key_info[key] = _ObjectCue(cue[4])  # an object cue and nothing else
        elif cue is None and boilerplate and not skills and not negation and prefixed is None:
            self._key_info[key] = _BoilerplateCue(boilerplate)  # boilerplate cues (how many) and nothing else
        else:
            self._key_info[key] = (cue, skills, boilerplate, negation, blocker, prefixed)

    def _add_cue(self, word: str, kind: str) -> int:
        """Pattern ``word`` (lower case; words split at spaces) that reports ``kind`` where the tokens read so;
        returns its PhraseMatcher key."""
        from spacy.tokens import Doc

        key = self.nlp.vocab.strings.add(word)
        kinds = self._cue_kinds.get(key)
        if kinds is None:
            kinds = self._cue_kinds[key] = set()
            self._cue_words[key] = word
            if key in self.entries or key in self._prefixed:
                pass  # a skill form (or a tail, _add_patterns) with the same words is matched already
            elif self._pending_patterns is not None:
                self._pending_patterns[word] = Doc(self.nlp.vocab, words=word.split(" "))
            else:
                self.matcher.add(word, [Doc(self.nlp.vocab, words=word.split(" "))])
        kinds.add(kind)
        self._update_key(key)
        return key

    def _add_queued_cues(self) -> None:
        with self._cue_lock:
            queue, self._misspelt_queue = self._misspelt_queue, []
            for word in queue:
                if self._misspelt_cues >= MAX_MISSPELLING_CUES:
                    self._misspelt_cues_full = True  # from now on, each text is split into words instead
                    return
                key = self.nlp.vocab.strings[word]
                if "misspelt" not in self._cue_kinds.get(key, ()) and (
                    word not in self._fuzzy_seen or word in self._fuzzy_hits
                ):
                    self._add_cue(word, "misspelt")
                    self._misspelt_cues += 1

    # ---- fuzzy index: 4-character prefixes of skill words -> (form key, word position, token count)
    def _build_fuzzy_index(self) -> None:
        self._vocabulary: set[str] = set()
        self._prefix_index: dict[str, list[tuple[str, int, int, str]]] = {}
        for key, bucket in self._lower_forms.items():
            words = key.split(" ")
            self._vocabulary.update(words)
            if all(e.case_sensitive or e.skill is None for e in bucket):
                continue
            for position, word in enumerate(words):
                if len(word) >= 5 and word.isalpha():
                    self._prefix_index.setdefault(word[:4], []).append((key, position, len(words), word))

    def _retire_cues(self, words: list[str]) -> None:
        """Stop finding these possible misspellings: each was checked and is no misspelling of a skill word."""
        with self._cue_lock:
            for word in words:
                key = self.nlp.vocab.strings[word]
                kinds = self._cue_kinds.get(key)
                if kinds is None or "misspelt" not in kinds:
                    continue
                kinds.discard("misspelt")
                if not kinds:
                    del self._cue_kinds[key]
                    del self._cue_words[key]
                    if key not in self.entries and key not in self._prefixed:
                        self.matcher.remove(word)
                self._update_key(key)

    def _may_be_misspelt(self, orth: str) -> bool:
        """Lexeme flag: the word could be a misspelt skill word (a superset of what the fuzzy fallback keeps;
        the same filters as :meth:`_fuzzy_matches` and :meth:`_fuzzy_candidates`, without the score)."""
        word = orth.lower()
        if len(word) < 5 or not (word.isascii() and word.isalpha()) or word in self._vocabulary:
            return False
        entries = self._prefix_index.get(word[:4])
        if not entries or self._is_known_word(word):
            return False
        if any(
            abs(len(skill_word) - len(word)) <= 2 and word[-1] == skill_word[-1] and not _is_inflection(word, skill_word)
            for _, _, _, skill_word in entries
        ):
            self._misspelt_queue.append(word)  # made a pattern before the next match (not while tokenising)
            return True
        return False

    def _is_known_word(self, word: str) -> bool:
        """A correctly spelt word, or an inflection of one ("provides", "qualifies", "developing")."""
        if word in self._known_words:
            return True
        stems = [word[: -len(suffix)] for suffix in _INFLECTIONS if word.endswith(suffix) and len(word) - len(suffix) >= 4]
        if word[-1] in "ey":  # "qualify" -> "qualified", "compete" -> "competitive"
            stems.append(word[:-1])
        for stem in stems:
            k = bisect.bisect_left(self._known_sorted, stem)
            if k < len(self._known_sorted) and self._known_sorted[k].startswith(stem):
                return True
        return False

    def _fuzzy_candidates(self, word: str, min_token_score: float) -> list[tuple[str, int, int]]:
        cached = self._fuzzy_cache.get(word)
        if cached is not None:
            return cached
        from rapidfuzz.fuzz import ratio

        found = []
        for key, position, length, skill_word in self._prefix_index.get(word[:4], ()):
            if abs(len(skill_word) - len(word)) > 2 or word[-1] != skill_word[-1] or _is_inflection(word, skill_word):
                continue  # typos rarely change the last letter; "developing" is not "development"
            if ratio(word, skill_word) >= min_token_score:
                found.append((key, position, length))
        if len(self._fuzzy_cache) < 200_000:
            self._fuzzy_cache[word] = found
        return found

    def make_doc(self, text: str, *, hyphens_as_spaces: bool = False) -> Doc:
        """Tokenise (or run the user's pipeline on) one text; with ``hyphens_as_spaces``
        (``MatchOptions.hyphenated_compounds``), with each hyphen between two letters read as a space
        (:func:`_joined_words`: the Doc's offsets are the text's; :meth:`match_doc` takes the text)."""
        if hyphens_as_spaces:
            text = _joined_words(text)
        if not self._tokenizer_only:
            return self.nlp(text)
        return self.nlp.tokenizer(text)

    # ---- matching
    def match_doc(self, doc: Doc, text: str, options: MatchOptions, *, offset: int = 0,
                  section: str | None = None) -> list[SkillMatch]:
        """Matches in one spaCy Doc made from ``text`` by :meth:`make_doc` (offsets shifted by ``offset``); the
        matches' text and every rule that reads characters read ``text`` itself."""
        if self._misspelt_queue:
            self._add_queued_cues()
        candidates: list[_Candidate] = []
        boilerplate_ends: list[int] = []  # where each boilerplate cue ends (only the end is read)
        negation_cues: list[tuple[int, int]] = []
        misspelt: set[str] = set()
        order_heads: set[str] = set()
        ellipsis_at: list[tuple[int, str]] = []
        verbs_at: list[tuple[int, str]] = []
        objects_at: list[tuple[int, str]] = []
        key_info = self._key_info
        exact_case_seen = blocker_seen = False
        new_candidate = _new_candidate
        # Raw (key, start, end) triples: no Span objects. What each key means was written down once
        # (_update_key); cue words (possible misspellings, word-order heads, list and verb cues) need no
        # character offsets, the rest get them from their first and last tokens.
        hits = self.matcher(doc)
        for label, tok_start, tok_end in hits:
            info = key_info.get(label)
            if info is None:
                continue
            kind_of = type(info)
            if kind_of is str:  # a list cue only (see _update_key)
                ellipsis_at.append((tok_start, info))
                continue
            if kind_of is _ObjectCue:  # an object cue only: the object word ends the cue ("computer programs")
                objects_at.append((tok_end - 1, info.word))
                continue
            if kind_of is _VerbCue:  # a verb cue only
                verbs_at.append((tok_start, info.word))
                continue
            if kind_of is _BoilerplateCue:  # boilerplate cues only
                last = doc[tok_end - 1]
                boilerplate_ends.extend([last.idx + len(last)] * info.count)
                continue
            cue, skills, boilerplate, negation, blocker, prefixed = info
            if prefixed is not None:
                # the tail of patterns led by a function word (_add_patterns): the whole pattern's hit, read at
                # the end of this loop (it only shields words or marks a cue, so its turn makes no difference)
                if tok_start:
                    before = doc[tok_start - 1].lower
                    for first, whole in prefixed:
                        if first == before:
                            hits.append((whole, tok_start - 1, tok_end))
                if cue is None and not skills and not boilerplate and not negation:
                    continue
            if cue is not None:
                if cue[0] is not None:
                    misspelt.add(cue[0])
                if cue[1] is not None:
                    order_heads.add(cue[1])
                if cue[2] is not None:
                    ellipsis_at.append((tok_start, cue[2]))
                if cue[3] is not None:
                    verbs_at.append((tok_start, cue[3]))
                if cue[4] is not None:
                    # the object word ends the cue ("computer programs"); the cue names it
                    objects_at.append((tok_end - 1, cue[4]))
                if not skills and not boilerplate and not negation:
                    continue
            first = doc[tok_start]
            span_start = first.idx
            if tok_end - tok_start == 1:
                span_end = span_start + len(first)
            else:
                last = doc[tok_end - 1]
                span_end = last.idx + len(last)
            if boilerplate:
                boilerplate_ends.extend([span_end] * boilerplate)
            if negation:
                negation_cues.extend([(span_start, span_end)] * negation)
            if blocker:
                blocker_seen = True
            for entry, kind, case_sensitive, stop, form, rank, fields in skills:
                end_char = span_end - stop
                if case_sensitive:
                    if case_sensitive is _NO_HYPHEN or case_sensitive is _NEEDS_HYPHEN:
                        # one of two spellings of the same words (see SkillMatcher.__init__)
                        if ("-" in text[span_start:end_char]) is (case_sensitive is _NO_HYPHEN):
                            continue
                    else:
                        if text[span_start:end_char] != form:
                            # a one-letter language in lower case ("r, Stata, SAS"; GUIDELINES rule 6): only as a
                            # list item beside another skill, checked with the trap forms
                            if kind != "trap" or len(form) != 1 or text[span_start] != form.lower():
                                continue
                            kind, rank, fields = "trap_lower", _KIND_RANK["trap_lower"], None
                        exact_case_seen = True
                candidates.append(new_candidate((span_start, end_char, span_start - end_char, tok_start, tok_end,
                                                 entry, kind, rank, fields, 0.0)))
        # The lower-cased text is needed only by the word-order rule, the fuzzy fallback and the organisation
        # check; most texts need none of them.
        lowered = _lower(text) if self._misspelt_cues_full or order_heads or (options.fuzzy and misspelt) else None
        if self._misspelt_cues_full:  # a user's pipeline (or a vast vocabulary): every word of the text
            words = _words(lowered)
            heads = words & (_ORDER_HEADS | _ORDER_WITH_HEADS)
            misspelt = words
        else:  # only the heads the "<head> of|for" cues found, and the words the misspelling cues found
            words = None
            heads = {h for h in order_heads if _has_word(lowered, h)} if order_heads else order_heads
        if heads:
            candidates.extend(self._order_candidates(doc, lowered, heads))
        if options.fuzzy and misspelt:
            candidates.extend(self._fuzzy_matches(doc, misspelt, lowered, options, exact_words=words is not None))
        if candidates and any(c.entry.verb for c in candidates):
            candidates = _drop_verb_phrases(candidates)
        if ellipsis_at and options.coordination:
            candidates.extend(self._ellipsis_left(doc, ellipsis_at, candidates, text))
        if verbs_at and (options.verb_modifiers or options.verb_list_reach):
            candidates.extend(self._verb_gaps(doc, verbs_at, candidates, options, text))
        if objects_at and options.activity_objects and self._ao_pairs:
            candidates.extend(self._activity_object_candidates(doc, objects_at, candidates, options))
        chosen = _resolve_overlaps(candidates)
        if options.coordination and chosen:
            right = self._ellipsis_right(doc, text, chosen)
            if right:
                chosen = _resolve_overlaps([*chosen, *right])
        # Acronyms and trap forms are always case-sensitive: texts without a case-sensitive match skip both checks.
        exact_case = {c.kind for c in chosen} & {"acronym", "trap", "trap_lower"} if exact_case_seen else ()
        if "trap" in exact_case or "trap_lower" in exact_case:
            chosen = self._check_traps(doc, chosen, options)
        if exact_case:
            chosen = _drop_defined_otherwise(doc, chosen)
        if has_paren := "(" in text:
            chosen = _add_defined_acronyms(doc, text, chosen)
        if blocker_seen:
            chosen = [c for c in chosen if c.entry.skill is not None]  # blockers only shield their words
        if self._noun_verbs_seen and any(c.entry.noun_verb for c in chosen):
            chosen = _drop_noun_readings(doc, chosen)
        if not chosen:
            return []
        context = (
            _TextContext(text, (), sorted(negation_cues), boilerplate_ends=boilerplate_ends)
            if boilerplate_ends or negation_cues
            else None
        )
        # An organisation name needs an organisation word among the 6 tokens before the match or right after
        # it, or a "(" after it ("Name (ACRONYM)"). The check runs only when some word of the text is one of
        # _ORG_WORDS (or the text has a "("), decided once, on first need.
        check_names: bool | None = None if options.skip_organization_names else False
        org_ids = self._org_ids
        # The context checks, bound once per text (None when the text has no cue of that kind).
        in_boilerplate = context.in_boilerplate if options.skip_boilerplate and context is not None else None
        negated_at = context.negated if context is not None and context.negations else None
        include_negated = options.include_negated
        new_match, set_attribute, fields_set = _new_skill_match, _set_attribute, _SKILL_MATCH_FIELDS
        set_fields_set, set_extra, set_private = _SET_FIELDS_SET, _SET_EXTRA, _SET_PRIVATE
        results: list[SkillMatch] = []
        for cand in chosen:
            if check_names is not False and text[cand.start].isupper() and (
                (has_paren and text.find("(", cand.end, cand.end + 120) != -1)
                or _org_near(doc, cand.tok_start, cand.tok_end, org_ids)
            ):
                if check_names is None:
                    if has_paren:
                        check_names = True
                    elif words is not None:
                        check_names = not words.isdisjoint(_ORG_WORDS)
                    else:
                        if lowered is None:
                            lowered = _lower(text)
                        check_names = any(_has_word(lowered, w) for w in _ORG_WORDS)
                if check_names and _in_organization_name(doc, cand, text):
                    continue
            if in_boilerplate is not None and in_boilerplate(cand.start, cand.end):
                continue
            negated = negated_at is not None and negated_at(cand.start, cand.end)
            if negated and not include_negated:
                continue
            fields = cand.fields
            if fields is None or negated or (section is not None and type(section) is not str):
                results.append(_to_match(cand, text, offset, negated, section))
                continue
            # The common case, as _to_match builds it: the fixed fields with this match's offsets and text.
            # (a copy with three keys set is about twice as fast as {**fields, ...}, and keeps the field order)
            start, end = cand.start, cand.end
            values = fields.copy()
            values["start"] = start + offset
            values["end"] = end + offset
            values["text"] = text[start:end]
            if section is not None:
                values["section"] = section
            match = new_match(SkillMatch)
            set_attribute(match, "__dict__", values)
            set_fields_set(match, fields_set.copy())
            set_extra(match, None)
            set_private(match, None)
            results.append(match)
        return results

    def _ellipsis_entry(self, key: str, other: _Entry | None = None) -> _Entry | None:
        """The case-insensitive skill entry of form ``key``, if any (and not of ``other``'s skill)."""
        for entry in self._lower_forms.get(key, ()):
            if entry.skill is not None and not entry.case_sensitive and entry.kind != "blocker":
                if other is not None and entry.skill is other.skill:
                    return None  # the same skill as the item it is listed with: one mention, already reported
                return entry
        return None

    def _ellipsis_left(self, doc: Doc, positions: list[tuple[int, str]], candidates: list[_Candidate],
                       text: str | None = None) -> list[_Candidate]:
        """Left items of a list that share the last item's head: "quantitative and qualitative analysis",
        "technical and operational documentation", "statistical, analytical and evaluative methods".

        At a cue "W and|or|,|/|&", the list is read on: one-word items joined by list words, then, after the
        last item, the head (one to three words). When "W head" is a surface form, W is a mention of its skill
        (GUIDELINES rule 1: one span per list item). The last item needs a joining "and", "or", "/" or "&"
        before it; every item is one alphabetic word, so a verb phrase ("data and develop reports") has no head
        the form would need. A last item "other" may take one modifier before the head: "mathematical,
        statistical, econometric, and other scientific methods" (OPM's 1515 wording) shares "methods".
        No item or head word is joined to the next by a hyphen (``text``, the Doc's text as written: "generalized
        and non-linear models" is no list "generalized and non" before "linear models").
        """
        found: list[_Candidate] = []
        size = len(doc)
        strings, alpha_of, stop_ids = self.nlp.vocab.strings, self._alpha_ids, self._stop_ids
        head_ids_of, coordinator_ids, comma = self._ellipsis_head_ids, self._coordinator_ids, self._comma_id
        pass_ids_of, count_ids, other = self._ellipsis_pass_ids, self._count_ids, self._other_id
        # The lists are read as string-store ids (a token's ``lower``: no Python string per token), each token
        # at most once (lists overlap: "quantitative, qualitative and statistical analysis" has three cues);
        # tokens at or past a list's limit read as 0, the id of "". Whether a word is alphabetic is cached on
        # the matcher per id; strings are made only for a head's words and the last item.
        lows: dict[int, int] = {}
        get = lows.get

        for i, word in positions:
            # Most cues fail at once: in "W and X Y" (or "W, and X Y"), Y is neither a list word nor a head W is
            # seen with. The cue's own two tokens are known, so this costs two token reads (Token.lower ids).
            j = i + 2
            if j + 1 >= size:
                continue  # no token after the item: "" is neither a list word nor a head
            item = doc[j].lower
            joined_item = item in coordinator_ids
            if joined_item:  # ", and", ", or"
                j += 1  # (the item after the second list word is not read here: only the word after it is)
                if j + 1 >= size:
                    continue
            following = doc[j + 1].lower
            if following not in pass_ids_of[word] and not (
                j + 2 < size and (doc[j].lower if joined_item else item) == other
                and doc[j + 2].lower in pass_ids_of[word]
            ):  # "W, and other scientific methods": "other" and one modifier before the head
                continue
            if i > 0 and doc[i - 1].lower in count_ids and not word.endswith(_ADJECTIVE_ENDINGS):
                continue  # "another system or database architecture": a noun phrase of its own, no modifier
            # the list is read on below: the two tokens read already are kept
            lows[i + 2] = item
            lows[j + 1] = following
            seconds = head_ids_of[word]
            limit = i + _ELLIPSIS_WINDOW  # tokens from the cue on that the list may span
            if limit > size:
                limit = size
            k = i + 1
            while True:
                joined = False
                while True:  # the list words before the item
                    if k >= limit:
                        low = 0
                    else:
                        low = get(k)
                        if low is None:
                            low = lows[k] = doc[k].lower
                    if low not in coordinator_ids:
                        break
                    if low != comma:
                        joined = True
                    k += 1
                alpha = alpha_of.get(low)
                if alpha is None:
                    alpha = alpha_of[low] = strings[low].isalpha()
                if not alpha:
                    break
                p = k + 1
                if p >= limit:
                    after_item = 0
                else:
                    after_item = get(p)
                    if after_item is None:
                        after_item = lows[p] = doc[p].lower
                if after_item in coordinator_ids:
                    k = p  # another item of the list
                    continue
                if joined and low == other and after_item not in seconds and p + 1 < limit and (
                    strings[after_item].endswith(_OTHER_MODIFIER_ENDINGS)
                ):
                    # "and other scientific methods": the modifier after "other" is read as the last item; only
                    # an adjective, as the items are: in "financial, statistical, and other management systems"
                    # the noun "management" belongs to the head, and "statistical management systems" is no form
                    low_q = get(p + 1)
                    if low_q is None:
                        low_q = lows[p + 1] = doc[p + 1].lower
                    if low_q in seconds:
                        k, after_item = p, low_q
                if not joined or after_item not in seconds:
                    break  # the word after the last item is no head of a form that starts with the cue's word
                run = 0  # the head is one to three words: how many words follow the last item
                while run < 3:
                    p = k + 1 + run
                    if p >= limit:
                        break
                    low_p = get(p)
                    if low_p is None:
                        low_p = lows[p] = doc[p].lower
                    alpha = alpha_of.get(low_p)
                    if alpha is None:
                        alpha = alpha_of[low_p] = strings[low_p].isalpha()
                    if not alpha:
                        break
                    run += 1
                for length in (3, 2, 1):
                    if length > run:
                        continue
                    after = k + 1 + length
                    if after >= size:
                        following_low = 0
                    else:
                        following_low = get(after)
                        if following_low is None:
                            following_low = lows[after] = doc[after].lower
                    alpha = alpha_of.get(following_low)
                    if alpha is None:
                        alpha = alpha_of[following_low] = strings[following_low].isalpha()
                    if alpha and following_low not in stop_ids and not any(
                        c.tok_start == k and c.tok_end == after for c in candidates
                    ):
                        # "data, standards and other engineering data": "engineering" is no head; but where the
                        # last item and the head are a mention themselves ("qualitative research" in
                        # "quantitative/qualitative research analysis"), the left item shares that head
                        continue
                    head_words = " ".join([strings[lows[p]] for p in range(k + 1, after)])
                    entry = self._ellipsis_entry(word + " " + head_words)
                    if entry is None:
                        continue
                    first = doc[i]
                    if text is not None:
                        end_token = doc[after - 1]
                        if "-" in text[first.idx : end_token.idx + len(end_token)]:
                            break  # a hyphenated word (read as words, _joined_words) is no list item or head
                    last = self._ellipsis_entry(strings[low] + " " + head_words)
                    if last is not None and last.skill is entry.skill and not any(
                        c.tok_start <= i < c.tok_end for c in candidates
                    ):
                        # "advising and assisting customers": items of one skill are one mention, spanning
                        # the list ("extracting, transforming and loading data")
                        end_token = doc[after - 1]
                        found.append(_candidate(i, after, first.idx, end_token.idx + len(end_token), entry,
                                                "ellipsis"))
                    else:
                        found.append(_candidate(i, i + 1, first.idx, first.idx + len(first), entry, "ellipsis"))
                    break
                break
        return found

    def _ellipsis_right(self, doc: Doc, text: str, chosen: list[_Candidate]) -> list[_Candidate]:
        """Right items of a list that share the first item's modifier: "data collection and analysis",
        "Data Extraction, Transformation, and Cleansing". After a match of two or more words that a list word
        follows, each one-word item whose "modifier item" is a surface form of another skill is a mention of
        that skill; the list ends at the first item that is not. A cheap look at the characters after each
        match comes first, so most matches cost one string slice."""
        found: list[_Candidate] = []
        size = len(doc)
        for cand in chosen:
            end = cand[1]  # cand.end, by index: this loop runs for every match
            following = text[end : end + 1]
            if following == " ":
                if not text.startswith(_LIST_WORDS, end):
                    continue
            elif following not in _LIST_CHARS:
                continue
            tok_start, k, entry = cand[3], cand[4], cand[5]
            if k - tok_start < 2 or entry.skill is None or entry.case_sensitive:
                continue
            list_prefix = entry.list_prefix
            if list_prefix is not None and list_prefix[0] == k - tok_start:
                if not list_prefix[2]:
                    continue  # no form starts with the match's leading words: no right item can follow
                prefix = list_prefix[1]  # the form's own words are the tokens' (no Span needed)
            else:
                prefix = " ".join(t.lower_ for t in doc[tok_start : k - 1])
                if prefix not in self._list_prefixes:
                    continue
            same_until = -1
            skipped = 0
            mixed = False  # an item of another skill, or one passed over, stands between the match and the next
            # each token is read once: the list word after an item is the one the next turn starts from
            item = doc[k] if k < size else None
            while item is not None:
                low = item.lower_
                while low in _COORDINATORS:
                    k += 1
                    if k >= size:
                        break
                    item = doc[k]
                    low = item.lower_
                if k >= size or not item.is_alpha:
                    break
                key = prefix + " " + low
                if not _ends_phrase(doc, k + 1):
                    break  # "data analysis and project management": "project" modifies the next word
                if not self._lower_forms.get(key):
                    # an activity noun of no form between items of forms ("database design, normalization,
                    # development"): read past it, up to ELLIPSIS_SKIPPED_ITEMS in a row
                    skipped += 1
                    mixed = True
                    if skipped > ELLIPSIS_SKIPPED_ITEMS or not low.endswith(_ACTIVITY_ENDINGS) or k + 2 >= size or (
                        doc[k + 1].lower_ not in _COORDINATORS
                    ):
                        break
                    k += 1
                    item = doc[k]
                    continue
                skipped = 0
                entry = self._ellipsis_entry(key, cand.entry)
                same = None if entry is not None else next(
                    (e for e in self._lower_forms[key]
                     if e.skill is cand.entry.skill and not e.case_sensitive and e.kind != "blocker"), None)
                if entry is None and same is None:
                    break  # a blocker or a case-sensitive form only ("cyber operations and defense and
                    # workforce": "cyber workforce" is a blocker): no item of this list
                own = None
                if entry is None and mixed and not any(c.tok_start <= k < c.tok_end for c in chosen):
                    own = same  # the match's own skill past other items: a mention of its own, on the item
                if entry is not None or own is not None:
                    found.append(_candidate(k, k + 1, item.idx, item.idx + len(item), entry or own, "ellipsis"))
                    mixed = True
                elif not any(c.tok_start <= k < c.tok_end for c in chosen):
                    # an item of the same skill (and of no other): one mention spanning both ("Data Extraction,
                    # Transformation"); "statistical analysis and programming" keeps "programming" apart
                    same_until = k
                else:
                    break
                k += 1
                if k >= size:
                    break
                item = doc[k]
                if item.lower_ not in _COORDINATORS:
                    break
            if same_until >= 0:
                last = doc[same_until]
                found.append(_candidate(cand.tok_start, same_until + 1, cand.start, last.idx + len(last), cand.entry,
                                        "ellipsis"))
        return found

    def _verb_gaps(self, doc: Doc, positions: list[tuple[int, str]], candidates: list[_Candidate],
                   options: MatchOptions, text: str | None = None) -> list[_Candidate]:
        """Verb-phrase forms the PhraseMatcher cannot see because words stand between the verb and its object.

        - **Modifiers** ("analyze technical requirements", "Analyzes program performance data"): after a verb,
          1 to ``options.verb_modifiers`` modifier words (alphabetic, no function word, no verb) and then an
          object that makes a verb-phrase form with the verb ("analyze requirements") and ends the noun phrase.
          The mention spans verb to object. It is left out where a modifier is part of a mention of another
          skill ("analyzing machine learning data").
        - **Verb lists** ("collect and analyze data", "Collects analyzes and distributes data", "designing,
          developing and testing new or existing software"): one-word items joined by list words (or two verbs
          of the same ending side by side), an "and", "or", "/" or "&" before the last, then the object the verbs
          share, at most ``options.verb_list_reach`` tokens on, with only words, hyphenated compounds and
          parenthesised acronyms between (no function word, no comma or stop). Each item that makes a
          verb-phrase form with the object is a mention of that form's skill, spanning the item (GUIDELINES
          rule 1: one span per list item).

        Cues are the verbs themselves (:meth:`_verb_tables`), so texts without one cost nothing; most cues fail
        at the first token read.
        """
        found: list[_Candidate] = []
        size = len(doc)
        objects_of, stop, coordinators = self._verb_objects, self._stop_words, _COORDINATORS
        owners: dict[int, str] | None = None
        max_modifiers, reach = options.verb_modifiers, options.verb_list_reach
        done_until = -1
        verb_or_list_ids, object_firsts = self._verb_or_list_ids, self._verb_object_firsts
        first_words, list_tables = self._verb_object_first_words, self._verb_list_tables
        for i, verb in positions:
            if i <= done_until:
                continue  # an item of a list read already
            # Most cues fail here, on string-store ids (no Python string made): no list word or second verb
            # follows, and no word the verb takes as an object's first word stands within the modifier reach.
            if i + 1 >= size or doc[i + 1].lower not in verb_or_list_ids:
                firsts = object_firsts[verb]
                for j in range(i + 2, min(size, i + 2 + max_modifiers)):
                    if doc[j].lower in firsts:
                        break
                else:
                    continue
            # Each token below is read once: its lower-case text is kept where a later check reads it again
            # (the items' texts, the token after a pair, the token before a list word).
            items = [i]
            item_lows = [verb]  # the cue matched the verb's lower-case text, so token i reads ``verb``
            k = i + 1
            joined = False
            while k < size:
                token = doc[k]
                low = token.lower_
                if low in coordinators:
                    j, low_j = k, low
                    while True:
                        joined = joined or low_j != ","
                        j += 1
                        if j >= size:
                            break
                        token_j = doc[j]
                        low_j = token_j.lower_
                        if low_j not in coordinators:
                            break
                    if j < size and token_j.is_alpha and low_j not in stop and len(items) < 12:
                        items.append(j)
                        item_lows.append(low_j)
                        k = j + 1
                        continue
                    k = -1  # a list word with no item after it: no object can follow
                    break
                if token.is_alpha and low in objects_of and _same_ending(low, item_lows[-1]):
                    items.append(k)  # "Collects analyzes and distributes data": two verbs, no comma
                    item_lows.append(low)
                    k += 1
                    continue
                break
            if k < 0 or k >= size:
                continue
            listed = len(items) > 1
            if listed and not joined:
                continue
            limit = reach if listed else max_modifiers
            if not limit:
                continue
            # the object: the first word (or two) after the last item that some item takes
            if listed:
                # worked out once per list of item words and kept on the matcher (lists recur: "collect,
                # analyze and interpret data"); the tables are read, never changed
                item_key = tuple(item_lows)
                item_tables = list_tables.get(item_key)
                if item_tables is None:
                    if len(list_tables) >= _VERB_LIST_TABLES:
                        list_tables.clear()
                    item_tables = list_tables[item_key] = (
                        [objects_of.get(item_low) or {} for item_low in item_lows],
                        frozenset().union(*(first_words.get(item_low, frozenset()) for item_low in item_lows)),
                    )
                item_objects, firsts_words = item_tables
            else:
                item_objects = [objects_of.get(verb) or {}]
                firsts_words = first_words.get(verb, frozenset())
            hit = None
            p = k
            # token k and its text were read last in the loop above; k - 1 is the last item
            previous_low, next_token, next_low = item_lows[-1], token, low
            while p < size and p - k <= limit:
                token, low = next_token, next_low
                next_token = None
                if token.is_alpha:
                    if low in firsts_words:  # a word some item's object starts with: one or two words
                        if p + 1 < size:
                            next_token = doc[p + 1]
                            next_low = next_token.lower_
                            pair = low + " " + next_low
                        else:
                            pair = None
                        for obj, after in ((pair, p + 2), (low, p + 1)):
                            if obj is None or not any(obj in taken for taken in item_objects):
                                continue
                            if _ends_object(doc, after):
                                hit = (p, after, obj, after)
                                break
                            if listed and after + 1 <= size and doc[after].lower_ in _OBJECT_TAILS and (
                                _ends_object(doc, after + 1)
                            ):
                                hit = (p, after, obj, after + 1)  # "analyze large data sets": the set is data
                                break
                        if hit is not None:
                            break
                    if low in coordinators:
                        if not listed or previous_low.endswith("s"):
                            break  # "prepares reports and work measurement data": the object came before
                    elif low in stop and not _in_compound(doc, p, text):
                        break  # a function word: the verb's object is elsewhere ("develop plans for data")
                    elif not listed and low in objects_of:
                        break
                elif not listed or not (token.text in "()-" or (token.text.isupper() and token.text.isalpha())):
                    break  # a comma, a stop, a number: the phrase has ended
                p += 1
                previous_low = low
                if next_token is None and p < size and p - k <= limit:
                    next_token = doc[p]
                    next_low = next_token.lower_
            if hit is None or (not listed and hit[0] == k):
                continue  # no object, or the verb right before it (the PhraseMatcher's own form)
            p, after, obj, phrase_end = hit
            if owners is None:
                # token -> (skill id, first token, end token) of the other mentions (not verb-phrase forms)
                owners = {t: (c.entry.skill.id, c.tok_start, c.tok_end) for c in candidates
                          if c.entry.skill is not None and not c.entry.verb for t in range(c.tok_start, c.tok_end)}
            done_until = after
            # a mention that reaches beyond the object ("customer feedback data" in "analyze customer feedback
            # data") is another skill's: the verb rule leaves it alone; the object's own match ("databases" in
            # "manages enterprise databases") gives way to the longer verb phrase, as in the PhraseMatcher pass
            beyond = {owners[t][0] for t in range(p, after)
                      if t in owners and not p <= owners[t][1] <= owners[t][2] <= after}
            if not listed:
                entry = objects_of[verb][obj]
                if beyond - {entry.skill.id} or any(
                    t in owners and owners[t][0] != entry.skill.id for t in range(k, p)
                ):
                    continue  # "analyzing machine learning data": the modifier is another skill's mention
                end_token = doc[after - 1]
                found.append(_candidate(i, after, doc[i].idx, end_token.idx + len(end_token), entry, "verb_gap"))
                continue
            if beyond and not (phrase_end > after and all(
                owners[t][1] < p and owners[t][2] == phrase_end for t in range(p, after) if t in owners
            )):
                continue  # (past a tail word, the object's own noun phrase is a mention: "large data sets")
            object_skills = {owners[t][0] for t in range(p, after) if t in owners}
            for t, taken in zip(items, item_objects, strict=True):
                entry = taken.get(obj)
                if entry is None or t in owners or (t == items[-1] and p == t + 1):
                    continue  # no form; already a mention; the last verb right before the object (matched already)
                if entry.skill.id in object_skills:
                    continue  # "designing ... databases": the object's own mention is this skill already
                item = doc[t]
                found.append(_candidate(t, t + 1, item.idx, item.idx + len(item), entry, "verb_list"))
        return found

    def _order_candidates(self, doc: Doc, lowered: str, heads: set[str]) -> list[_Candidate]:
        """"analysis of data" -> "data analysis": X of/for Y read as the form "Y X"."""
        found = []
        for head in heads:
            for link in _ORDER_WITH_LINKS if head in _ORDER_WITH_HEADS else _ORDER_LINKS:
                probe = head + link
                at = lowered.find(probe)
                while at != -1:
                    start, after_start = at, at + len(probe)
                    at = lowered.find(probe, at + 1)
                    if start > 0 and lowered[start - 1].isalpha():
                        continue
                    after = _FIRST_WORD_RE.match(lowered, after_start)
                    if after is None:
                        continue
                    obj = after.group(0)
                    bucket = self._lower_forms.get(f"{obj} {head}")
                    if not bucket and len(obj) > 4 and obj.endswith("s") and not obj.endswith("ss"):
                        # "quality of services" -> "service quality", "management of databases" -> "database
                        # management": the object of "of" is often plural where the compound's modifier is not
                        single = obj[:-3] + "y" if obj.endswith("ies") else obj[:-1]
                        bucket = self._lower_forms.get(f"{single} {head}")
                        obj = single
                    if not bucket:
                        continue
                    span = doc.char_span(start, after.end())
                    if span is None:
                        continue
                    for entry in bucket:
                        if entry.skill is not None and not entry.case_sensitive:
                            found.append(_candidate(span.start, span.end, span.start_char, span.end_char, entry, "order"))
                            break
                    else:
                        continue
                    # "collection and analysis of data": a head listed before this one shares its object
                    # ("data collection"), on that head's span (GUIDELINES rule 1)
                    j = span.start - 1
                    while j > 0 and doc[j].lower_ in _COORDINATORS:
                        j -= 1
                    if j < span.start - 1 and doc[j].is_alpha:
                        entry = self._ellipsis_entry(f"{obj} {doc[j].lower_}", found[-1].entry)
                        if entry is not None:
                            item = doc[j]
                            found.append(_candidate(j, j + 1, item.idx, item.idx + len(item), entry, "order_list"))
        return found

    def _fuzzy_matches(self, doc: Doc, words: set[str], lowered: str, options: MatchOptions, *,
                       exact_words: bool = True) -> list[_Candidate]:
        """Misspelt skill words: an unknown word close to a skill word, whose whole phrase is close to the form.

        ``words`` are the text's words (``exact_words``), or the flagged tokens' words, each then kept only
        when it is also a word of the text (:func:`_has_word`). They are compared as a set against the words
        already checked in this process, so only new words cost a fuzzy comparison.
        """
        seen, hits = self._fuzzy_seen, self._fuzzy_hits
        retired = []
        for word in words - seen:
            if len(word) >= 5 and word.isascii() and word.isalpha() and word not in self._vocabulary and (
                not self._is_known_word(word)
            ):
                found_here = self._fuzzy_candidates(word, options.min_fuzzy_token_score)
                if found_here:
                    hits[word] = found_here
            if len(seen) < 1_000_000:
                seen.add(word)
                if word not in hits:
                    retired.append(word)  # checked once and for all: never a misspelling
        if retired and not exact_words:
            self._retire_cues(retired)
        if words.isdisjoint(hits):
            return []
        from rapidfuzz.fuzz import ratio

        found: list[_Candidate] = []
        min_chars = options.min_fuzzy_form_chars
        min_score = options.min_fuzzy_score
        size = len(doc)
        for word in words & hits.keys():
            if not exact_words and not _has_word(lowered, word):
                continue
            word_forms = self._fuzzy_forms(word, hits[word], min_chars)
            if not word_forms:
                continue
            for occurrence_start, occurrence_end in _occurrences(lowered, word):
                # The string checks come first, before any token work: the forms long enough whose other words
                # stand around this occurrence ("data" before "visualisaton"). Common words close to a skill
                # word ("consistent" ~ "constituent") mostly have none, and then need no Span at all.
                forms = [
                    form for form in word_forms
                    if form[3] is None or _neighbours_around(lowered, occurrence_start, occurrence_end, form[3])
                ]
                if not forms:
                    continue
                span = doc.char_span(occurrence_start, occurrence_end)
                if span is None or len(span) != 1:
                    continue
                i = span.start
                lows: dict[int, str] = {}  # lower-case texts of the tokens read around this occurrence
                for key, position, length, _, key_words in forms:
                    start, end = i - position, i - position + length
                    if start < 0 or end > size:
                        continue
                    phrase_words = []
                    for p in range(start, end):
                        low = lows.get(p)
                        if low is None:
                            low = lows[p] = doc[p].lower_
                        if p - start != position and low != key_words[p - start]:
                            break  # only the misspelt word may differ
                        phrase_words.append(low)
                    else:
                        score = ratio(" ".join(phrase_words), key)
                        if score < min_score:
                            continue
                        for entry in self._lower_forms[key]:
                            if entry.skill is not None and not entry.case_sensitive:
                                first, last = doc[start], doc[end - 1]
                                found.append(_candidate(start, end, first.idx, last.idx + len(last), entry, "fuzzy",
                                                        fuzzy_score=score))
                                break
        return found

    def _fuzzy_forms(self, word: str, candidates: list[tuple[str, int, int]], min_chars: int
                     ) -> list[tuple[str, int, int, tuple[str, str] | None, list[str]]]:
        """The forms a possibly misspelt ``word`` may stand for (``candidates``, from :meth:`_fuzzy_candidates`)
        that are at least ``min_chars`` long, each as (form, word position, word count, the words that must
        stand around the misspelt word or None when any may, the form's words); worked out once per word."""
        cached = self._fuzzy_forms_cache.get((word, min_chars))
        if cached is not None and cached[0] is candidates:
            return cached[1]
        forms = []
        for key, position, length in candidates:
            if len(key) < min_chars:
                continue
            neighbours = None if length == 1 else _form_neighbours(key, position)
            if neighbours == ("", ""):
                neighbours = None
            forms.append((key, position, length, neighbours, key.split(" ")))
        if len(self._fuzzy_forms_cache) < 200_000:
            self._fuzzy_forms_cache[(word, min_chars)] = (candidates, forms)
        return forms

    def _check_traps(self, doc: Doc, chosen: list[_Candidate], options: MatchOptions) -> list[_Candidate]:
        """Keep a trap form only with technical context in its sentence, or listed next to another skill; one in
        lower case only as a list item right beside another skill ("such as r, Stata": :func:`_lower_list_item`)."""
        if not any(c.kind == "trap" or c.kind == "trap_lower" for c in chosen):
            return chosen
        covered: set[int] = set()
        for cand in chosen:
            if cand.entry.skill is not None:
                covered.update(range(cand.tok_start, cand.tok_end))
        kept = []
        for cand in chosen:
            if cand.kind == "trap_lower":
                if options.trap_list_neighbors and _lower_list_item(doc, cand, covered):
                    kept.append(cand)
            elif cand.kind != "trap" or (
                not _inside_proper_name(doc, cand, covered) and self._has_context(doc, cand, covered, options)
            ):
                kept.append(cand)
        return kept

    def _has_context(self, doc: Doc, cand: _Candidate, covered: set[int], options: MatchOptions) -> bool:
        for step, edge in ((-1, cand.tok_start - 1), (1, cand.tok_end)):
            j, seen = edge, 0
            while 0 <= j < len(doc) and seen < options.trap_window_tokens:
                token = doc[j]
                if token.text in _SENTENCE_PUNCT or "\n" in token.text:
                    break
                if token.lower_ in self.context_words:
                    return True
                j += step
                seen += 1
            # a list neighbour: "Python, R and SAS", "SQL/R"
            j = edge
            while 0 <= j < len(doc) and (doc[j].lower_ in _LIST_GLUE or doc[j].is_space):
                j += step
            if options.trap_list_neighbors and 0 <= j < len(doc) and j in covered:
                return True
        return False


#: What may stand right before a lower-case list item: a list word, or what opens a list ("such as r, Stata").
class _LowerTokens:
    """A Doc's tokens as lower-case strings, read one at a time (no list of the whole text is made)."""

    __slots__ = ("_doc", "_size")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._size = len(doc)

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, i: int) -> str:
        return self._doc[i].lower_


_LOWER_ITEM_BEFORE = frozenset({",", "/", "and", "or", "&", "and/or", "as", ":", "(", "including"})
#: What may stand right after it, before the neighbouring skill.
_LOWER_ITEM_AFTER = frozenset({",", "/", "and", "or", "&", "and/or"})


def _lower_list_item(doc: Doc, cand: _Candidate, covered: set[int]) -> bool:
    """Whether a lower-case trap form ("r") is an item of a list of skills: a list word or a list opener right
    before it, and a list word right after it followed by another skill's mention ("such as r, Stata, SAS";
    "Python, r and SQL"). A letter in running text ("r" in "(r)" or "section r") has neither."""
    before, after = cand.tok_start - 1, cand.tok_end
    if before < 0 or after + 1 >= len(doc):
        return False
    if doc[before].lower_ not in _LOWER_ITEM_BEFORE or doc[after].lower_ not in _LOWER_ITEM_AFTER:
        return False
    return after + 1 in covered


#: Nouns after a verb list's object that leave the object what the verbs act on: "collect, process, and analyze
#: large data sets" collects and analyzes data (the object's noun phrase, "large data sets", is a mention too).
_OBJECT_TAILS = frozenset({"set", "sets"})

#: Characters that separate words (with whitespace): ASCII punctuation and digits.
_SEPARATORS = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~0123456789")


_DOUBLED_LETTER = re.compile(r"(.)\1")


def _spelling_key(word: str) -> str:
    """A word with doubled letters made single and a final "al" dropped: the taxonomy build's spelling
    variants ("programing" of "programming", "analytic" of "analytical", "modelling" of "modeling") share
    it."""
    word = _DOUBLED_LETTER.sub(r"\1", word)
    return word[:-2] if word.endswith("al") else word


def _drop_verb_phrases(candidates: list[_Candidate]) -> list[_Candidate]:
    """Without the verb-phrase candidates whose object starts a longer mention: in "administering database
    systems" and "monitoring security compliance", the object is a modifier of the longer form, which stands."""
    starts: dict[int, int] = {}
    for cand in candidates:
        if not cand.entry.verb:
            starts[cand.tok_start] = max(starts.get(cand.tok_start, 0), cand.tok_end)
    return [
        cand for cand in candidates
        if not cand.entry.verb or starts.get(cand.tok_end - 1, 0) <= cand.tok_end
    ]


#: Verbs of the curated verb families (``verbs`` in scripts/skills-taxonomy-curated.yml) that are nouns too: "The
#: forecast needs to be revised", "our partner with stakeholders". A form they start is read as a verb phrase only
#: where :func:`_drop_noun_readings` finds no noun reading. Each maps to the words that make a form it starts a
#: verb phrase (None: any word; "partner engagement" is a noun phrase, "partner with stakeholders" a verb phrase).
_NOUN_VERBS: dict[str, frozenset[str] | None] = {
    "forecast": None, "forecasts": None, "partner": frozenset({"with"}), "partners": frozenset({"with"}),
}
#: Words before such a verb that make it a noun: determiners, possessives, quantifiers.
_NOUN_BEFORE = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "its", "his", "her", "my", "each",
    "every", "any", "no", "some", "whose", "'s", "annual", "quarterly", "monthly", "weekly",
})
#: Words before such a verb that make it a verb: "to", modals, subject pronouns, list words.
_VERB_BEFORE = frozenset({
    "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "and", "or", ",", ";", ":",
    "/", "&", "(", ".", "\n", "•", "-", "i", "you", "we", "they", "he", "she", "who", "also", "not",
})
#: Words after the form's object that make the object a verb, so the form's verb a noun ("The sales forecast
#: trends upward", "the budget forecast needs to be revised"): read only where no word before marks a verb.
_VERB_AFTER_OBJECT = frozenset({"to", "upward", "upwards", "downward", "downwards", "up", "down", "higher", "lower"})


def _drop_noun_readings(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """Without the verb-family matches whose verb is a noun here: after a determiner or possessive ("The forecast
    needs to be revised"), or, with no verb marker before it, when a verb marker follows the object ("The sales
    forecast trends upward": "trends" is the verb). "You will forecast needs for staffing" and "Analysts forecast
    trends in claims" stay."""
    kept = []
    size = len(doc)
    for cand in chosen:
        if cand.entry.noun_verb:
            before = doc[cand.tok_start - 1].lower_ if cand.tok_start else ""
            if before in _NOUN_BEFORE:
                continue
            if before not in _VERB_BEFORE and not before.endswith("ly") and cand.tok_start and cand.tok_end < size and (
                doc[cand.tok_end].lower_ in _VERB_AFTER_OBJECT
            ):
                continue
        kept.append(cand)
    return kept


#: Endings that mark a verb's inflection, longest first (for :func:`_verb_stem` and :func:`_same_ending`).
_VERB_ENDINGS = ("ing", "es", "ed", "s", "e", "d")


def _verb_stem(word: str) -> str:
    """``word`` without its inflection: "collecting", "collects", "collected", "collect" -> "collect";
    "manages", "managed", "managing" -> "manag"."""
    for ending in _VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _same_ending(word: str, other: str) -> bool:
    """Two verbs in the same form: both in -ing, both in -s, both in -ed, or neither."""
    return next((e for e in ("ing", "s", "ed") if word.endswith(e)), "") == next(
        (e for e in ("ing", "s", "ed") if other.endswith(e)), ""
    )


def _in_compound(doc: Doc, p: int, text: str | None = None) -> bool:
    """Token ``p`` is part of a hyphenated word ("off-the-shelf"): a hyphen touches it, with no space between.
    The hyphen is a token of its own, or, between two letters, a space in the Doc and a hyphen in ``text``
    (the text as written; see :func:`_joined_words`)."""
    before = p > 0 and doc[p - 1].text == "-" and not doc[p - 1].whitespace_
    after = p + 1 < len(doc) and doc[p + 1].text == "-" and not doc[p].whitespace_
    if text is not None and not (before or after):
        token = doc[p]
        start, end = token.idx, token.idx + len(token)
        before = p > 0 and text[start - 1] == "-" and doc[p - 1].idx + len(doc[p - 1]) == start - 1
        after = p + 1 < len(doc) and text[end] == "-" and doc[p + 1].idx == end + 1
    return before or after


def _ends_object(doc: Doc, k: int) -> bool:
    """Whether a verb's object can end before token ``k``: as :func:`_ends_phrase`, or a participle follows
    ("data compiled from ...", "data concerning staffing"); a compound the participle would make ("data
    processing") is a mention of its own, which the verb rules leave alone."""
    return _ends_phrase(doc, k) or doc[k].lower_.endswith(("ing", "ed"))


def _ends_phrase(doc: Doc, k: int) -> bool:
    """Whether a noun phrase can end before token ``k``: the text ends, or token ``k`` is no word, or a
    function word ("and", "to", "of"), not a noun the phrase would go on with ("engineering data")."""
    if k >= len(doc):
        return True
    token = doc[k]
    return not token.is_alpha or token.is_stop


def _lower(text: str) -> str:
    """``text`` lower-cased, with the same length (so offsets stay exact): the few characters whose lower case
    is longer ("İ") are kept as they are."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return lowered


def _words(lowered: str) -> set[str]:
    """Every word of a lower-cased text: runs of characters between whitespace, ASCII punctuation and digits."""
    return set(lowered.translate(_NON_LETTERS).split())


def _has_word(lowered: str, word: str) -> bool:
    """``word in _words(lowered)``, without splitting the whole text: an occurrence between separators."""
    size = len(word)
    at = lowered.find(word)
    while at != -1:
        end = at + size
        if (at == 0 or lowered[at - 1] in _SEPARATORS or lowered[at - 1].isspace()) and (
            end == len(lowered) or lowered[end] in _SEPARATORS or lowered[end].isspace()
        ):
            return True
        at = lowered.find(word, at + 1)
    return False


def _occurrences(lowered: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of ``word`` (ASCII letters) not inside a longer run of ASCII lower-case
    letters, as ``re.finditer(rf"(?<![a-z]){word}(?![a-z])", lowered)`` finds them, with str.find."""
    size = len(word)
    at = lowered.find(word)
    while at != -1:
        end = at + size
        if (at == 0 or not "a" <= lowered[at - 1] <= "z") and (end == len(lowered) or not "a" <= lowered[end] <= "z"):
            yield at, end
            at = lowered.find(word, end)
        else:
            at = lowered.find(word, at + 1)


def _neighbours_agree(lowered: str, start: int, end: int, key: str, position: int) -> bool:
    """Quick check that the words around a misspelt word are the form's other words ("data" in
    "data visualisaton"), before any token work; forms whose words are not space-separated pass."""
    neighbours = _form_neighbours(key, position)
    if neighbours is None:
        return True
    before, after = neighbours
    if before and not lowered[max(0, start - len(before) - 1) : start].rstrip().endswith(before):
        return False
    return not after or lowered[end : end + len(after) + 1].lstrip().startswith(after)


def _neighbours_around(lowered: str, start: int, end: int, neighbours: tuple[str, str]) -> bool:
    """:func:`_neighbours_agree` with the form's words before and after the misspelt word worked out already."""
    before, after = neighbours
    if before and not lowered[max(0, start - len(before) - 1) : start].rstrip().endswith(before):
        return False
    return not after or lowered[end : end + len(after) + 1].lstrip().startswith(after)


@lru_cache(maxsize=65_536)
def _form_neighbours(key: str, position: int) -> tuple[str, str] | None:
    """The words of form ``key`` before and after its word at ``position`` (each joined by spaces), or None when
    some word of the form is not alphanumeric (:func:`_neighbours_agree` then passes): worked out once per form
    and position, as the fuzzy fallback checks the same few forms again and again."""
    words = key.split(" ")
    if any(not w.isalnum() for w in words):
        return None
    return " ".join(words[:position]), " ".join(words[position + 1 :])


def _inside_proper_name(doc: Doc, cand: _Candidate, covered: set[int]) -> bool:
    """A trap form between capitalised words is part of a name ("Special Access Programs", "Go Team")."""
    for j in (cand.tok_start - 1, cand.tok_end):
        if 0 <= j < len(doc) and j not in covered:
            token = doc[j]
            if token.is_alpha and token.text[0].isupper() and token.lower_ not in _LIST_GLUE:
                return True
    return False


def _defined_otherwise(doc: Doc, cand: _Candidate, chosen_tokens: dict[int, str]) -> bool:
    """An acronym in parentheses right after the words it abbreviates, when those words are not this skill:
    "Special Access Programs (SAP)", "Business Process Modernization (BPM)"."""
    start, end = cand.tok_start, cand.tok_end
    if start == 0 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    letters = [ch for ch in doc[start:end].text if ch.isalpha()]
    if letters and letters[-1] == "s" and len(letters) > 2:
        letters = letters[:-1]
    words: list[int] = []
    j = start - 2
    while j >= 0 and len(words) < len(letters) + 3:
        token = doc[j]
        if token.is_alpha:
            words.append(j)
        elif token.text not in {"&", "-", "/"}:
            break
        j -= 1
    words.reverse()
    significant = [k for k in words if doc[k].lower_ not in {"of", "and", "the", "for", "to", "in", "on"}]
    initials = "".join(doc[k].text[0] for k in significant[-len(letters):]).upper()
    if initials != "".join(letters).upper():
        return False
    expansion = significant[-len(letters):]
    skill_id = cand.entry.skill.id if cand.entry.skill is not None else None
    return not all(chosen_tokens.get(k) == skill_id for k in expansion)


def _drop_defined_otherwise(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """``chosen`` without the acronyms and trap forms that :func:`_defined_otherwise` finds defined as something
    else; the token owners it needs are worked out only for a candidate in parentheses."""
    kept: list[_Candidate] = []
    owners: dict[int, str] | None = None
    size = len(doc)
    for cand in chosen:
        if cand.kind in ("acronym", "trap"):
            start, end = cand.tok_start, cand.tok_end
            if start > 0 and end < size and doc[start - 1].text == "(" and doc[end].text == ")":
                if owners is None:
                    owners = {k: c.entry.skill.id for c in chosen if c.entry.skill is not None
                              for k in range(c.tok_start, c.tok_end)}
                if _defined_otherwise(doc, cand, owners):
                    continue
        kept.append(cand)
    return kept


#: Words an acronym's letters skip ("Department of Defense (DoD)"), as in :func:`_defined_otherwise`.
_ACRONYM_SKIPS = {"of", "and", "the", "for", "to", "in", "on", "&", "-", "/"}


#: An acronym in parentheses right after a match: "(SDLC)", " (OBIE)", "(IS)/IA" (the ")" may be glued to more).
_PAREN_ACRONYM = re.compile(r" ?\(([A-Za-z]{2,8})\)")
_PAREN_STARTS = (" (", "(")


def _spells_initials(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` (an acronym without a plural "s") are the initials of ``words``, or those initials and
    one more letter when there are three words or more: product names' acronyms often add a letter for a word
    the text leaves out ("Oracle Business Intelligence (OBIE)", of "... Enterprise Edition")."""
    initials = "".join(w[0] for w in words).upper()
    letters = letters.upper()
    return initials == letters or (len(words) >= 3 and len(letters) == len(initials) + 1 and letters.startswith(initials))


def _add_defined_acronyms(doc: Doc, text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """``chosen`` with the acronyms a text defines for a skill it found: "software development life cycle
    (SDLC)" -> the skill of "software development life cycle" on "SDLC", also when "SDLC" is no known surface
    form, and on later uses of "SDLC" in the same text. The acronym must be 2-8 letters in parentheses right
    after the match, start with a capital, and spell the initials of the match's words (words like "of" and
    "and" may be skipped, a final plural "s" is ignored; with three words or more, one added letter is allowed,
    see :func:`_spells_initials`); tokens another match already covers are left alone. The parentheses are
    read in the characters, so a ")" the tokenizer left glued to more ("(IS)/IA") does not hide the acronym.
    A known acronym of the same skill right after its words ("Information Assurance (IA)") is a definition too,
    for the later uses. Later uses are found in the characters, with no letter or digit either side ("/IA").
    """
    size = len(doc)
    defined: dict[str, _Candidate] = {}  # each acronym's first definition
    added: list[_Candidate] = []
    covered: set[int] | None = None
    for cand in chosen:
        # a character look first (no spaCy token is made for the common case: no "(" right after the match)
        if not text.startswith(_PAREN_STARTS, cand.end):
            continue
        found = _PAREN_ACRONYM.match(text, cand.end)
        k = cand.tok_end
        if found is None or cand.entry.skill is None or k + 1 >= size or doc[k].text != "(":
            continue
        acronym = found.group(1)
        token = doc[k + 1]
        if token.idx != found.start(1):
            continue
        letters = acronym[:-1] if acronym.endswith("s") and len(acronym) > 2 else acronym
        if not (letters[0].isupper() and sum(ch.isupper() for ch in letters) >= len(letters) - 1):
            continue
        words = [t.text for t in doc[cand.tok_start : cand.tok_end] if t.lower_ not in _ACRONYM_SKIPS]
        if len(words) < 2 or not _spells_initials(letters, words):
            continue
        if covered is None:
            covered = {j for c in chosen for j in range(c.tok_start, c.tok_end)}
        if k + 1 in covered:
            # a known acronym of the same skill ("Information Assurance (IA)"): a definition for later uses
            same = next((c for c in chosen if c.tok_start == k + 1 and c.entry.skill is cand.entry.skill
                         and c.start == found.start(1) and c.end == found.end(1)), None)
            if same is not None:
                defined.setdefault(acronym, same)
            continue
        covered.add(k + 1)
        entry = _Entry(cand.entry.skill, acronym, "defined", True)
        definition = _candidate(k + 1, k + 2, token.idx, token.idx + len(acronym), entry, "defined")
        defined.setdefault(acronym, definition)
        added.append(definition)
    if not defined:
        return chosen
    assert covered is not None
    # A later use of the acronym means what the text defined it as, also where it is a known acronym of
    # another skill ("SDLC" of software development): that match gives way.
    replaced: set[int] = set()  # ids: a candidate holds a dict, so it is not hashable
    spans = sorted((c.start, c.end) for c in [*chosen, *added])
    for first in defined.values():
        acronym = first.entry.form
        later = _Entry(first.entry.skill, acronym, "defined_later", True)
        at = text.find(acronym, first.end)
        while at != -1:
            end = at + len(acronym)
            if (at > 0 and text[at - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                at = text.find(acronym, at + 1)
                continue
            j = bisect.bisect_right(spans, (at, len(text))) - 1
            clash = j >= 0 and spans[j][1] > at
            if clash:
                other = next((c for c in chosen if c.start == at and c.end == end and c.kind == "acronym"
                              and c.entry.skill is not first.entry.skill), None)
                if other is None or id(other) in replaced:
                    at = text.find(acronym, end)
                    continue
                replaced.add(id(other))
            elif j + 1 < len(spans) and spans[j + 1][0] < end:
                at = text.find(acronym, end)
                continue
            token = doc.char_span(at, end, alignment_mode="expand")
            if token is not None:
                added.append(_candidate(token.start, token.end, at, end, later, "defined_later"))
                bisect.insort(spans, (at, end))
            at = text.find(acronym, end)
    kept = [c for c in chosen if id(c) not in replaced] if replaced else chosen
    return sorted([*kept, *added], key=attrgetter("start"))


def _is_inflection(word: str, skill_word: str) -> bool:
    """True when two words differ only in their ending ("objectives"/"objective", "mathematics"/"mathematica").

    Such pairs are other words or inflections, not misspellings; the generated variants cover real inflections.
    """
    shorter, longer = sorted((word, skill_word), key=len)
    if longer.startswith(shorter):
        return True  # "objectives" / "objective"
    return len(word) == len(skill_word) and word[:-1] == skill_word[:-1]  # "mathematics" / "mathematica"


def _disjoint_in_order(candidates: Sequence[Any]) -> bool:
    """Whether each candidate starts at or after the end of the one before it."""
    end = -1
    for cand in candidates:
        if cand[0] < end:  # cand.start
            return False
        end = cand[1]
    return True


def _resolve_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest match first (in characters), then earliest, then the better kind; no two chosen overlap."""
    if not candidates:
        return []
    # Most texts have no overlapping candidates: then every one is chosen, in text order. The PhraseMatcher
    # gives them in text order already, so that is checked first, without sorting.
    if _disjoint_in_order(candidates):
        return list(candidates)
    ordered = sorted(candidates, key=_START)
    if _disjoint_in_order(ordered):
        return ordered
    ordered = sorted(candidates, key=_LONGEST_FIRST)
    chosen: list[_Candidate] = []
    if len(ordered) <= _FEW_CANDIDATES:  # the usual case: each is compared with those chosen before it
        for cand in ordered:
            start, end = cand[0], cand[1]
            for other in chosen:
                if other[0] < end and start < other[1]:
                    break
            else:
                chosen.append(cand)
        chosen.sort(key=_START)
        return chosen
    taken: list[tuple[int, int]] = []
    for cand in ordered:
        k = bisect.bisect_left(taken, (cand.start, cand.end))
        clash = (k > 0 and taken[k - 1][1] > cand.start) or (k < len(taken) and taken[k][0] < cand.end)
        if clash:
            continue
        taken.insert(k, (cand.start, cand.end))
        chosen.append(cand)
    chosen.sort(key=_START)
    return chosen


_START = itemgetter(0)
#: Up to this many overlapping candidates are resolved by comparing each with those chosen (no bisection).
_FEW_CANDIDATES = 24
#: Longest first (in characters), then earliest, then the better kind: (start - end, start, rank).
_LONGEST_FIRST = itemgetter(2, 0, 7)
#: Which kind wins between two candidates of the same span (lower first).
_KIND_RANK = {
    "label": 0, "alt_label": 0, "acronym": 1, "variant": 2, "order": 3, "trap": 4, "trap_lower": 4, "fuzzy": 5,
    "ellipsis": 6, "verb_gap": 7,
    "verb_list": 7, "order_list": 7, "activity_object": 8, "blocker": -1,
}
#: Where a mention is cut into words for the organisation-name check.
_NAME_WORD_BREAK = re.compile(r"[\s\-/]+")


def _org_near(doc: Doc, tok_start: int, tok_end: int, org_ids: frozenset[int]) -> bool:
    """An organisation word (``org_ids``: string-store ids of lower-case words) at ``tok_end`` or among the 6
    tokens before ``tok_start``, read as token ``lower`` ids (no Python string is made)."""
    if tok_end < len(doc) and doc[tok_end].lower in org_ids:
        return True
    for j in range(max(0, tok_start - 6), tok_start):
        if doc[j].lower in org_ids:
            return True
    return False


@lru_cache(maxsize=1)
def _org_name_ids() -> tuple[frozenset[int], frozenset[int], frozenset[int], int, int]:
    """String-store ids (a token's ``lower`` or ``orth``) of the organisation-name check's words: those before a
    name, those after it, the links inside it, and "(" and ")". spaCy's ids are hashes of the strings, the same
    in every vocabulary, so the check reads tokens without making a Python string per token."""
    from spacy.strings import get_string_id

    def ids(words: Iterable[str]) -> frozenset[int]:
        return frozenset(get_string_id(word) for word in words)

    return ids(_ORG_BEFORE), ids(_ORG_AFTER), ids(_ORG_LINKS), get_string_id("("), get_string_id(")")


def _in_organization_name(doc: Doc, cand: _Candidate, text: str) -> bool:
    """True when a Title-case match is part of an organisation's name ("Office of Customer Experience").

    Tokens are read as ids (``lower``) and by their first character in ``text`` (``text[token.idx]`` is
    ``token.text[0]``): no Python string per token."""
    name = text[cand.start : cand.end]
    # Every word of the match in Title case or a link word. An ASCII match in Title case ("Customer Service",
    # "Data-Driven") passes at once: there each word after a space, "-" or "/" starts with a capital if with a
    # letter at all, and the first word starts with a capital letter.
    if not (name.isascii() and name[:1].isupper() and name.istitle()):
        words = [w for w in _NAME_WORD_BREAK.split(name) if w[:1].isalpha()]
        if not words or not all(w[0].isupper() or w in _ORG_LINKS for w in words):
            return False
    before_ids, after_ids, link_ids, _, _ = _org_name_ids()
    if cand.tok_end < len(doc):
        token = doc[cand.tok_end]
        if token.lower in after_ids and text[token.idx].isupper():
            return True
    # the short walk back to an organisation word first; the acronym reading (up to 16 tokens) only without one
    j = cand.tok_start - 1
    steps = 0
    while j >= 0 and steps < 6:
        token = doc[j]
        lower = token.lower
        if lower in link_ids:
            j -= 1
            steps += 1
            continue
        if not text[token.idx].isupper():
            break
        if lower in before_ids:
            return True
        if token.is_alpha:
            j -= 1
            steps += 1
            continue
        break
    return text.find("(", cand.end, cand.end + 120) != -1 and _named_by_acronym(doc, cand, text)


#: How far back from a mention, inside its sentence, a boilerplate cue is looked for.
BOILERPLATE_LEAD_CHARS = 160

#: A negation cue counts when it ends at most this many characters before the mention, or starts at most
#: this many after it, inside the mention's clause ("No experience with SQL", "Tableau is not required").
NEGATION_BEFORE_CHARS = 40
NEGATION_AFTER_CHARS = 45


def _named_by_acronym(doc: Doc, cand: _Candidate, text: str | None = None) -> bool:
    """A Title-case match inside a longer capitalised name followed by that name's acronym:
    "Security Intelligence and Information Management (SIIM)". ``text`` is the doc's text (made when not given)."""
    _, _, link_ids, open_id, close_id = _org_name_ids()
    if text is None:
        text = doc.text

    def name_word(token) -> bool:  # an alphabetic word in Title case, or a link (ids: no string per token)
        return token.lower in link_ids or (token.is_alpha and text[token.idx].isupper())

    # the name's end and its acronym first: most matches have no "(" right after the capitalised words, and
    # then the words before them are not read
    end = cand.tok_end
    while end < len(doc) and end - cand.tok_end < 8 and (
        name_word(doc[end]) or (doc[end].text == "," and end + 1 < len(doc) and name_word(doc[end + 1]))
    ):
        end += 1
    if end + 2 > len(doc) - 1 or doc[end].orth != open_id or doc[end + 2].orth != close_id:
        return False
    acronym = doc[end + 1].text.replace("&", "")  # "Change Management & Strategic Planning (CM&SP)"
    if not (acronym.isalpha() and acronym.isupper() and len(acronym) >= 2):
        return False
    start = cand.tok_start
    while start > 0 and cand.tok_start - start < 8 and (
        name_word(doc[start - 1])
        or (doc[start - 1].text == "," and start - 2 >= 0 and name_word(doc[start - 2]))
    ):
        start -= 1
    while start < cand.tok_start and (doc[start].lower in link_ids or doc[start].text == ","):
        start += 1  # a name does not start with "and" or "of"
    for s in range(start, cand.tok_start + 1):  # every start of the name, longest first
        if doc[s].lower in link_ids or doc[s].text == ",":
            continue
        if (s, end) == (cand.tok_start, cand.tok_end):
            continue
        initials = "".join(t.text[0] for t in doc[s:end] if t.is_alpha and t.lower_ not in _ORG_LINKS)
        if initials.upper() == acronym.upper():
            return True
    return False


class _TextContext:
    """Boilerplate cues, negation cues and clause breaks of one text, found once and looked up by offset."""

    def __init__(self, text: str, boilerplate: Iterable[tuple[int, int]], negations: list[tuple[int, int]], *,
                 boilerplate_ends: Iterable[int] | None = None) -> None:
        """``boilerplate``: the boilerplate cues' (start, end) offsets, or only their ends in ``boilerplate_ends``."""
        self.text = text
        self.boilerplate_ends = sorted(
            (end for _, end in boilerplate) if boilerplate_ends is None else boilerplate_ends
        )
        self.negations = negations
        self._sentences: _Sentences | None = None
        self._breaks: list[int] | None = None

    @property
    def sentences(self) -> _Sentences:
        if self._sentences is None:  # computed only when a cue needs it
            self._sentences = _Sentences(self.text)
        return self._sentences

    @property
    def breaks(self) -> list[int]:
        if self._breaks is None:
            self._breaks = [m.start() for m in _CLAUSE_BREAK.finditer(self.text)]
        return self._breaks

    def in_boilerplate(self, start: int, end: int) -> bool:
        """A boilerplate cue ends in the mention's sentence, at most BOILERPLATE_LEAD_CHARS before its end.

        The last cue ending by the mention's end is the one to check: it is in the sentence when it ends at or
        after the mention's start, or when no sentence boundary lies between them. A boundary is a run of
        whitespace and a cue ends with a non-space character, so a search between the two (at most
        BOILERPLATE_LEAD_CHARS) finds exactly the boundaries a scan of the whole text finds there.
        """
        ends = self.boilerplate_ends
        k = bisect.bisect_right(ends, end) - 1
        if k < 0:
            return False
        cue_end = ends[k]
        if cue_end < end - BOILERPLATE_LEAD_CHARS:
            return False
        return cue_end >= start or _FULL_SENTENCE_END.search(self.text, cue_end, start) is None

    def negated(self, start: int, end: int) -> bool:
        """A negation cue close before or after the mention, in the same sentence, with no clause break between."""
        if not self.negations:
            return False
        k = bisect.bisect_left(self.negations, (start - NEGATION_BEFORE_CHARS - 80, 0))
        if k == len(self.negations) or self.negations[k][0] > end + NEGATION_AFTER_CHARS:
            return False  # no cue near the mention: its sentence is not needed
        s_start, s_end = self.sentences._bounds(start)
        while k < len(self.negations):
            cue_start, cue_end = self.negations[k]
            if cue_start > end + NEGATION_AFTER_CHARS:
                break
            k += 1
            if cue_start < s_start or cue_end > s_end:
                continue
            if start - NEGATION_BEFORE_CHARS <= cue_end <= start:
                between = (cue_end, start)
            elif end <= cue_start <= end + NEGATION_AFTER_CHARS:
                between = (end, cue_start)
            else:
                continue
            j = bisect.bisect_left(self.breaks, between[0])
            if j < len(self.breaks) and self.breaks[j] < between[1]:
                continue  # "SQL is required, but Tableau is not required": the cue is in another clause
            return True
        return False


class _Sentences:
    """Sentence and clause boundaries of a text, found only around the positions asked about.

    A boundary is a run of whitespace, so a scan that starts right after a non-space character finds exactly
    the boundaries a scan of the whole text finds from there on; the sentence around a position is found by
    scanning back from it in growing windows, and remembered.
    """

    #: First look this many characters back for the start of a sentence (then four times as far, and so on).
    WINDOW_CHARS = 512

    def __init__(self, text: str, boundary: re.Pattern[str] | None = None) -> None:
        self.text = text
        self.boundary = boundary or _SENTENCE_END
        self._known_starts: list[int] = []  # sorted sentence starts found so far, each with its end
        self._known_ends: list[int] = []

    def _bounds(self, position: int) -> tuple[int, int]:
        k = bisect.bisect_right(self._known_starts, position) - 1
        if k >= 0 and position < self._known_ends[k]:
            return self._known_starts[k], self._known_ends[k]
        text, finditer = self.text, self.boundary.finditer
        window = self.WINDOW_CHARS
        while True:
            scan = max(0, position - window)
            while scan > 0 and text[scan - 1].isspace():
                scan -= 1  # never start inside a run of whitespace: a boundary may lie across it
            start, end = (0 if scan == 0 else -1), len(text)
            for match in finditer(text, scan):
                if match.end() > position:
                    end = match.end()
                    break
                start = match.end()
            if start >= 0:
                break
            window *= 4
        k = bisect.bisect_right(self._known_starts, start)
        self._known_starts.insert(k, start)
        self._known_ends.insert(k, end)
        return start, end

    def around(self, position: int) -> str:
        start, end = self._bounds(position)
        return self.text[start:end]


def _to_match(cand: _Candidate, text: str, offset: int, negated: bool, section: str | None) -> SkillMatch:
    entry = cand.entry
    skill = entry.skill
    assert skill is not None
    kind = cand.kind
    if kind == "fuzzy" or (section is not None and type(section) is not str):  # values from outside: validated
        if kind == "fuzzy":
            score = round(min(89.0, cand.fuzzy_score - 5.0), 1)
            method: Method = "fuzzy"
            reason = f"close spelling of {entry.form!r} (rapidfuzz ratio {cand.fuzzy_score:.0f})"
        else:
            score, method, reason = _SCORES[kind], _METHODS[kind], _REASONS[kind].format(form=repr(entry.form))
        if negated:
            reason += _NEGATED_REASON
        return SkillMatch(
            skill_id=skill.id, label=skill.label, domain=skill.domain, group=skill.group, start=cand.start + offset,
            end=cand.end + offset, text=text[cand.start : cand.end], score=score, method=method,
            surface_form=entry.form, reason=reason, negated=negated, section=section,
        )
    # Every value below is valid by construction (ids, labels and forms from a validated taxonomy, offsets of
    # the text, fixed scores, methods and reasons), so the match is built as model_construct does, without
    # validation: a copy of the fields that are the same for every match of this entry and kind, written once
    # (in field order), with the offsets and text of this match.
    values = cand.fields or _match_fields(entry, kind)
    start, end = cand.start, cand.end
    values = values.copy()  # keeps the field order
    values["start"] = start + offset
    values["end"] = end + offset
    values["text"] = text[start:end]
    if negated:
        values["negated"] = True
        values["reason"] += _NEGATED_REASON
    if section is not None:
        values["section"] = section
    match = _new_skill_match(SkillMatch)
    _set_attribute(match, "__dict__", values)
    _SET_FIELDS_SET(match, _SKILL_MATCH_FIELDS.copy())
    _SET_EXTRA(match, None)
    _SET_PRIVATE(match, None)
    return match


def _match_fields(entry: _Entry, kind: str) -> dict[str, Any]:
    """The SkillMatch values that are the same for every match of this entry and kind (in field order), built
    once and kept on the entry; the offsets and text are placeholders."""
    values = entry.fields.get(kind)
    if values is None:
        skill = entry.skill
        assert skill is not None
        values = entry.fields[kind] = {
            "skill_id": skill.id, "label": skill.label, "domain": skill.domain, "group": skill.group,
            "start": 0, "end": 0, "text": "", "score": _SCORES[kind], "method": _METHODS[kind],
            "surface_form": entry.form, "reason": _REASONS[kind].format(form=repr(entry.form)),
            "negated": False, "section": None,
        }
    return values


#: Added to the reason of a match in a negated clause (kept with ``include_negated``).
_NEGATED_REASON = "; in a negated clause"
_new_skill_match = SkillMatch.__new__
_set_attribute = object.__setattr__
# BaseModel's three slots, set through their descriptors (what object.__setattr__ finds, without the lookup)
_SET_FIELDS_SET = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_SET_EXTRA = BaseModel.__dict__["__pydantic_extra__"].__set__
_SET_PRIVATE = BaseModel.__dict__["__pydantic_private__"].__set__
_SKILL_MATCH_FIELDS = set(SkillMatch.model_fields)  # copied onto each match


# ------------------------------------------------------------------------------------------ public API

_MATCHERS: dict[tuple[int, int], tuple[Taxonomy, Any, SkillMatcher]] = {}
_LOCK = threading.Lock()


def get_matcher(taxonomy: Taxonomy | str | None = None, *, nlp: Language | None = None) -> SkillMatcher:
    """The cached matcher for a taxonomy (and optionally a spaCy pipeline); built on first use only.

    Example:
        >>> from skillhire.skills import get_matcher
        >>> get_matcher() is get_matcher()
        True
    """
    loaded = load_taxonomy(taxonomy)
    key = (id(loaded), id(nlp))
    with _LOCK:
        cached = _MATCHERS.get(key)
        if cached is None or cached[0] is not loaded or cached[1] is not nlp:
            cached = (loaded, nlp, SkillMatcher(loaded, nlp))
            _MATCHERS[key] = cached
        return cached[2]


def _check_text(text: object, where: str = "text") -> str:
    if not isinstance(text, str):
        raise TypeError(f"map_skills() needs the {where} as a str, not {type(text).__name__}.")
    return text


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) pieces of at most about CHUNK_CHARS, cut at a line end, sentence end or space."""
    if len(text) <= CHUNK_CHARS:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            window = text[start:end]
            cut = max(window.rfind("\n"), window.rfind(". "))
            if cut < CHUNK_CHARS // 2:
                cut = window.rfind(" ")
            if cut > 0:
                end = start + cut + 1
        yield start, text[start:end]
        start = end


def _skill_matches(matches: list[SkillMatch], text: str) -> SkillMatches:
    """``SkillMatches(matches, text=text)``, made without running ``__init__`` in Python (a new list of the
    subclass, extended, and its text set: the same object ``__init__`` makes, about 0.4 us less a text)."""
    found = _new_list(SkillMatches)
    _extend_list(found, matches)
    found.text = text
    return found


_new_list = list.__new__
_extend_list = list.extend


def map_skills(
    text: str,
    *,
    taxonomy: Taxonomy | str | None = None,
    nlp: Language | None = None,
    options: MatchOptions | None = None,
    section: str | None = None,
) -> SkillMatches:
    """Find the skills a text mentions.

    Args:
        text: A posting, a resume, or any part of one.
        taxonomy: A loaded taxonomy, a bundled name or a file path (default: the bundled ``cx-data-ai``).
        nlp: Your own spaCy pipeline; the default is ``spacy.blank("en")`` (no model download).
        options: Matching tunables (:class:`MatchOptions`).
        section: Name of the section the text came from; copied onto each match.

    Returns:
        The matches in text order, as a list (:class:`SkillMatches`) that renders highlighted in Jupyter.

    Raises:
        TypeError: ``text`` is not a str.
        TaxonomyNotFoundError: ``taxonomy`` names no bundled taxonomy or file.

    Warns:
        SkillhireWarning: ``text`` holds HTML tags ("Build <b>SQL</b> reports", as USAJOBS API fields carry them):
            a skill inside or against a tag is missed. Text is read as it is (match offsets are the text's own), so
            convert HTML to text first, e.g. with :func:`skillhire.rendering.html_to_text`.

    Example:
        >>> from skillhire import map_skills
        >>> [m.label for m in map_skills("Run usability testing and journey mapping.")]
        ['Usability testing', 'Customer journey mapping']
    """
    _check_text(text)
    options = options or MatchOptions()
    if not text.strip():
        return SkillMatches(text=text)
    _warn_html(text)
    matcher = get_matcher(taxonomy, nlp=nlp)
    results: list[SkillMatch] = []
    for offset, piece in _chunks(text):
        doc = matcher.make_doc(piece, hyphens_as_spaces=options.hyphenated_compounds)
        results.extend(matcher.match_doc(doc, piece, options, offset=offset, section=section))
    return SkillMatches(results, text=text)


#: An HTML tag of the kinds postings carry (inline emphasis, paragraphs, lists, line breaks, links, tables);
#: "<" and ">" elsewhere ("<5 years", "a -> b") are no tag.
_HTML_TAG_RE = re.compile(r"</?(?:b|i|u|em|strong|p|br|li|ul|ol|div|span|a|h[1-6]|table|tr|td|th|font|sup|sub)"
                          r"(?:\s[^<>\n]*)?/?>", re.IGNORECASE)


def _warn_html(text: str) -> None:
    """Warn once per text when it holds HTML tags (read before matching, outside the matcher)."""
    tag = _HTML_TAG_RE.search(text)
    if tag is not None:
        warnings.warn(SkillhireWarning(
            f"the text holds HTML markup ({tag.group()!r} at character {tag.start()}): skills inside or against "
            "tags are missed; convert HTML to text first (skillhire.rendering.html_to_text)"), stacklevel=3)


def map_skills_batch(
    texts: Iterable[str],
    *,
    taxonomy: Taxonomy | str | None = None,
    nlp: Language | None = None,
    options: MatchOptions | None = None,
    batch_size: int = 256,
    section: str | None = None,
) -> Iterator[SkillMatches]:
    """Map many texts, streaming: yields one :class:`SkillMatches` per text, in order.

    Texts go through ``nlp.pipe`` in one process (spaCy's multi-process mode was 5.5x slower here, because
    every Doc is sent back between processes); for more speed, run separate processes over coarse chunks of
    your data.

    Raises:
        TypeError: an item is not a str (the message gives its position).

    Example:
        >>> from skillhire import map_skills_batch
        >>> [[m.skill_id for m in found] for found in map_skills_batch(["SQL and SAS", "Plain language"])]
        [['sql', 'sas'], ['plain-language']]
    """
    options = options or MatchOptions()
    matcher = get_matcher(taxonomy, nlp=nlp)
    # Long texts (over CHUNK_CHARS) are mapped one by one with chunking; the rest stream through pipe.
    source = iter(texts) if not isinstance(texts, Sequence) else texts
    buffer: list[str] = []

    def match(doc: Doc, piece: str) -> list[SkillMatch]:
        return matcher.match_doc(doc, piece, options, section=section) if piece and not piece.isspace() else []

    def flush() -> Iterator[SkillMatches]:
        pieces = buffer.copy()
        buffer.clear()
        if matcher._tokenizer_only:
            # Tokenising and matching in turns of a few dozen texts each, not text by text: each step then finds
            # its own tables (the tokenizer's caches and vocabulary, the PhraseMatcher and the rules' tables)
            # still in the CPU caches; a turn holds at most about PHASE_CHARS characters of Docs. Each turn's
            # matches are handed out before the next turn: fewer objects outlive a garbage collection.
            tokenizer, match_doc, joined = matcher.nlp.tokenizer, matcher.match_doc, _joined_words
            hyphens = options.hyphenated_compounds
            start, count = 0, len(pieces)
            while start < count:
                end, chars = start + 1, len(pieces[start])
                while end < count and chars + len(pieces[end]) <= PHASE_CHARS:
                    chars += len(pieces[end])
                    end += 1
                group = pieces[start:end]
                if hyphens:
                    docs = [tokenizer(joined(piece)) for piece in group]
                else:
                    docs = [tokenizer(piece) for piece in group]
                found = [match_doc(doc, piece, options, section=section) if piece and not piece.isspace() else []
                         for doc, piece in zip(docs, group)]
                del docs
                for matches, piece in zip(found, group):
                    yield _skill_matches(matches, piece)
                start = end
        else:
            if options.hyphenated_compounds:
                docs = matcher.nlp.pipe([_joined_words(piece) for piece in pieces], batch_size=batch_size)
            else:
                docs = matcher.nlp.pipe(pieces, batch_size=batch_size)
            for doc, piece in zip(docs, pieces, strict=True):
                yield SkillMatches(match(doc, piece), text=piece)

    for number, text in enumerate(source):
        if not isinstance(text, str):
            raise TypeError(f"map_skills_batch() needs str texts; item {number} is {type(text).__name__}.")
        if len(text) > CHUNK_CHARS:
            yield from flush()
            yield map_skills(text, taxonomy=matcher.taxonomy, nlp=nlp, options=options, section=section)
            continue
        buffer.append(text)
        if len(buffer) >= batch_size:
            yield from flush()
    yield from flush()
