"""Plain-language rules and their bundled word lists: what each rule is, where it comes from, and its data.

Every rule has an id, a kind (``rewrite``: skillhire changes the text; ``finding``: skillhire reports it with a
suggestion, because no safe automatic change exists), a default severity for findings, its data file and its
citation. :func:`list_rules` lists them; :func:`get_rule` looks one up (unknown ids raise
:class:`~skillhire.errors.UnknownRuleError` naming the valid ones).

The word lists live in ``taxonomies/plain-language/`` (built by ``scripts/build_plain_language.py`` from the
public sources named inside each file) and are loaded once, on first use.

This module also owns the small pieces of English the rules need: matching a word in all its forms and
producing the same form of its replacement (:func:`inflect`), keeping case (:func:`match_case`), choosing
"a" or "an" (:func:`indefinite_article`), and finding the spans a rewrite must never touch
(:func:`protected_spans`: URLs, emails, phone numbers, quotations, names and legal boilerplate).
"""

from __future__ import annotations

import csv
import enum
import functools
import io
import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from skillhire._resources import data_dir
from skillhire.errors import UnknownRuleError

__all__ = [
    "DIRTY_DOZEN",
    "GlossaryEntry",
    "Rule",
    "Severity",
    "WordEntry",
    "find_dirty_dozen",
    "get_rule",
    "indefinite_article",
    "inflect",
    "legal_spans",
    "list_rules",
    "load_gender_stems",
    "load_glossary",
    "load_physical_verbs",
    "load_simple_words",
    "match_case",
    "protected_spans",
]

PLAIN_GUIDELINES = "Federal Plain Language Guidelines (plainlanguage.gov)"


class Severity(enum.IntEnum):
    """How much a finding matters; ordered, so ``severity >= Severity.WARNING`` works."""

    INFO = 10
    WARNING = 20
    ERROR = 30

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | int | Severity) -> Severity:
        """``"warning"``, ``"WARNING"``, ``20`` or ``Severity.WARNING`` -> ``Severity.WARNING``.

        Raises:
            UnknownNameError: not a severity; the message lists the valid names.
        """
        if isinstance(value, Severity):
            return value
        if isinstance(value, int):
            try:
                return cls(value)
            except ValueError:
                pass
        elif isinstance(value, str) and value.strip().upper() in cls.__members__:
            return cls[value.strip().upper()]
        from skillhire.errors import UnknownNameError

        raise UnknownNameError("severity", value, [m.name.lower() for m in cls])


class Rule(BaseModel):
    """One plain-language rule."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="Stable rule id, used to switch the rule on or off.")
    kind: str = Field(description="'rewrite' (skillhire changes the text) or 'finding' (reported only).")
    title: str = Field(description="What the rule does, in a few words.")
    severity: Severity = Field(description="Severity of the findings this rule reports.")
    source: str = Field(description="Citation: the guideline page, law or data set the rule follows.")
    data_file: str | None = Field(default=None, description="Bundled data file, under taxonomies/plain-language/.")


_RULES: tuple[Rule, ...] = (
    Rule(id="working-title", kind="rewrite", title="Private-sector working title; official title kept",
         severity=Severity.INFO,
         source="5 U.S.C. 5105(c) (titles for public convenience); SME-QA 'use a title common to the private "
         "sector'"),
    Rule(id="address-you", kind="rewrite", title='Address the reader as "you", the agency as "we"',
         severity=Severity.WARNING,
         source=f"{PLAIN_GUIDELINES}, audience/address-the-user; SME-QA plain-language guidelines for job "
         "announcements ('use you/your instead of incumbent or candidate')"),
    Rule(id="must-not-shall", kind="rewrite", title='"must" for requirements, not "shall"', severity=Severity.WARNING,
         source=f"{PLAIN_GUIDELINES}, conversational/use-must-to-indicate-requirements"),
    Rule(id="short-verbs", kind="rewrite", title="Hidden verbs said as verbs ('in the development of' -> "
         "'in developing', 'provide assistance to' -> 'help')",
         severity=Severity.INFO,
         source=f"{PLAIN_GUIDELINES}, words/avoid-hidden-verbs ('the development of' -> 'developing')"),
    Rule(id="duty-statements", kind="rewrite",
         title="Duty statements with no subject said to the reader ('Serves as' -> 'Serve as' after 'you will:', "
         "else 'You will serve as')", severity=Severity.INFO,
         source=f"{PLAIN_GUIDELINES}, audience/address-the-user; organize/use-lists (parallel construction: each "
         "item completes the lead-in sentence); 18F Content Guide, Address the user"),
    Rule(id="duty-series", kind="rewrite",
         title="A series of duties joined by semicolons split into one duty per item or sentence",
         severity=Severity.INFO,
         source=f"{PLAIN_GUIDELINES}, organize/use-lists; concise/write-short-sentences (one idea per sentence)"),
    Rule(id="simple-words", kind="rewrite", title="Simple words and phrases", severity=Severity.WARNING,
         source=f"{PLAIN_GUIDELINES}, words/use-simple-words-phrases (table, with the dirty dozen)",
         data_file="simple-words.csv"),
    Rule(id="words-to-avoid", kind="rewrite", title="18F words to avoid", severity=Severity.INFO,
         source="18F Content Guide, our-approach/plain-language ('Words to avoid')",
         data_file="words-to-avoid-18f.csv"),
    Rule(id="glued-words", kind="rewrite", title="Words run together when the text was copied, spaced again",
         severity=Severity.INFO,
         source="text repair (no guideline changes meaning here): both parts are CMU Pronouncing Dictionary words, "
         "the run-together word is not; one part is a function word such as 'the', 'as', 'of' or a number; a "
         "sentence end lost with a line break ('positionThis job') gets its full stop back"),
    Rule(id="jargon", kind="rewrite", title="Federal HR jargon explained on first use", severity=Severity.INFO,
         source=f"{PLAIN_GUIDELINES}, words/avoid-jargon; SME-QA ('mark government-specific terms, then remove "
         "or explain them')", data_file="federal-hr-glossary.csv"),
    Rule(id="acronyms", kind="rewrite", title="Acronyms spelled out on first use", severity=Severity.INFO,
         source=f"{PLAIN_GUIDELINES}, words/minimize-abbreviations", data_file="federal-hr-glossary.csv"),
    Rule(id="lists", kind="rewrite", title="Inline enumerations become bulleted lists", severity=Severity.INFO,
         source=f"{PLAIN_GUIDELINES}, design/use-lists"),
    Rule(id="split-sentences", kind="rewrite", title="Long sentences split at safe points", severity=Severity.INFO,
         source=f"{PLAIN_GUIDELINES}, concise/write-short-sentences"),
    Rule(id="boilerplate", kind="rewrite", title="Standard OPM/USAJOBS sentences in plain words, same meaning",
         severity=Severity.INFO,
         source=f"{PLAIN_GUIDELINES}, concise/write-short-sentences, words/use-simple-words-phrases, "
         "audience/address-the-user, conversational/use-active-voice; meaning of OPM's standard texts kept"),
    Rule(id="skills-first-education", kind="rewrite",
         title="Degree optional with equivalent experience where OPM sets no education requirement",
         severity=Severity.WARNING,
         source="EO 13932 sec. 2 (2020); 5 U.S.C. 3308; OPM positive education requirement list (series data)"),
    Rule(id="long-sentence", kind="finding", title="Very long sentence", severity=Severity.WARNING,
         source=f"{PLAIN_GUIDELINES}, concise/write-short-sentences"),
    Rule(id="passive-voice", kind="finding", title="Passive voice", severity=Severity.INFO,
         source=f"{PLAIN_GUIDELINES}, conversational/use-active-voice"),
    Rule(id="hidden-verbs", kind="finding", title="Hidden verbs (nominalizations)", severity=Severity.INFO,
         source=f"{PLAIN_GUIDELINES}, words/avoid-hidden-verbs"),
    Rule(id="gender-coded", kind="finding", title="Gender-coded words", severity=Severity.INFO,
         source="Gaucher, Friesen & Kay (2011), J. Personality and Social Psychology 101(1):109-128",
         data_file="gender-coded-word-stems.csv"),
    Rule(id="physical-ability", kind="finding", title="Physical-ability verbs", severity=Severity.WARNING,
         source="US Department of Labor, ableist-language-detector word list", data_file="physical-ability-verbs-dol.csv"),
    Rule(id="unexplained-acronym", kind="finding", title="Acronym not spelled out", severity=Severity.INFO,
         source=f"{PLAIN_GUIDELINES}, words/minimize-abbreviations"),
    Rule(id="complex-words", kind="finding", title="Word with a simpler alternative left in place",
         severity=Severity.INFO,
         source=f"{PLAIN_GUIDELINES}, words/use-simple-words-phrases; 18F Content Guide 'Words to avoid'",
         data_file="simple-words.csv"),
    Rule(id="reader-not-addressed", kind="finding", title='"incumbent", "applicants" or "candidates" left in place',
         severity=Severity.WARNING, source=f"{PLAIN_GUIDELINES}, audience/address-the-user"),
    Rule(id="degree-requirement", kind="finding",
         title="Degree requirement in a series without an OPM positive education requirement",
         severity=Severity.ERROR, source="EO 13932 sec. 2(a); 5 U.S.C. 3308"),
)
_RULES_BY_ID = {rule.id: rule for rule in _RULES}

#: The plainlanguage.gov "dirty dozen", as regular expressions over word forms (case-insensitive).
DIRTY_DOZEN: dict[str, str] = {
    "addressees": r"\baddressees?\b",
    "assist/assistance": r"\bassist(?:s|ed|ing|ance)?\b",
    "commence": r"\bcommenc(?:e|es|ed|ing|ement)\b",
    "implement": r"\bimplement(?:s|ed|ing)?\b",
    "in accordance with": r"\bin accordance with\b",
    "in order that": r"\bin order that\b",
    "in the amount of": r"\bin the amount of\b",
    "in the event of": r"\bin the event of\b",
    "it is": r"\bit is\b",
    "promulgate": r"\bpromulgat(?:e|es|ed|ing)\b",
    "this activity/command": r"\bthis (?:activity|command)\b",
    "utilize/utilization": r"\butiliz(?:e|es|ed|ing|ation)\b",
}


def list_rules(*, kind: str | None = None) -> list[Rule]:
    """Every rule, sorted by id (only ``kind="rewrite"`` or ``"finding"`` ones if asked).

    Example:
        >>> [rule.id for rule in list_rules(kind="rewrite")][:3]
        ['acronyms', 'address-you', 'jargon']
    """
    return sorted((r for r in _RULES if kind is None or r.kind == kind), key=lambda r: r.id)


def get_rule(rule_id: str) -> Rule:
    """The rule with this id.

    Raises:
        UnknownRuleError: no such rule; the message lists the valid ids.
    """
    try:
        return _RULES_BY_ID[rule_id]
    except KeyError:
        raise UnknownRuleError("plain-language rule", rule_id, _RULES_BY_ID) from None


def resolve_rules(rules: Iterable[str] | None, *, kind: str | None = None, exclude: Iterable[str] = ()) -> frozenset[str]:
    """The rule ids to run: ``rules`` (all rules when ``None``) minus ``exclude``, each checked."""
    chosen = {r.id for r in list_rules(kind=kind)} if rules is None else {get_rule(r).id for r in rules}
    excluded = {get_rule(r).id for r in exclude}
    if kind is not None:
        chosen = {r for r in chosen if _RULES_BY_ID[r].kind == kind}
    return frozenset(chosen - excluded)


# ------------------------------------------------------------------------------------------------------
# bundled data
# ------------------------------------------------------------------------------------------------------


class WordEntry(BaseModel):
    """One row of a word list: a word or phrase to avoid, and what to say instead."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: tuple[str, ...] = Field(description="The word(s) or phrase to avoid (a row may name several forms).")
    suggestion: str = Field(description="The source's suggestions, comma-separated ('' when it gives none).")
    replacement: str = Field(description="What skillhire writes instead; '' when it only reports the word.")
    pos: str = Field(description="Part of speech used for inflection: verb, noun, adj, adv or phrase.")
    dirty_dozen: bool = Field(default=False, description="One of plainlanguage.gov's twelve worst.")
    note: str = Field(default="", description="Why, or a usage note from the source.")
    source: str = Field(description="Where the row comes from.")
    rule: str = Field(description="Rule id the row belongs to.")


class GlossaryEntry(BaseModel):
    """A federal HR term or acronym and its plain explanation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str = Field(description="Stable id.")
    kind: str = Field(description="'jargon' (explain after the term) or 'acronym' (spell out before it).")
    terms: tuple[str, ...] = Field(description="Spellings matched.")
    explanation: str = Field(description="The plain explanation or expansion.")
    source: str = Field(description="Where the definition comes from.")


def _read_csv(filename: str) -> list[dict[str, str]]:
    text = (data_dir("taxonomies") / "plain-language" / filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


@functools.cache
def load_simple_words() -> tuple[WordEntry, ...]:
    """The plainlanguage.gov table and the 18F list, as :class:`WordEntry` rows (cached)."""
    entries = []
    for row in _read_csv("simple-words.csv"):
        words = _split_forms(row["dont_say"])
        entries.append(WordEntry(
            words=words, suggestion=row["say"], replacement=row["replacement"], pos=row["pos"] or "phrase",
            dirty_dozen=row["dirty_dozen"] == "yes", note=row["note"],
            source=("plainlanguage.gov, Use simple words and phrases" if row["source"] == "plainlanguage.gov"
                    else "skillhire (hiring-specific addition): " + row["note"]),
            rule="simple-words",
        ))
    for row in _read_csv("words-to-avoid-18f.csv"):
        entries.append(WordEntry(
            words=_split_forms(row["avoid"]), suggestion=row["suggestion"], replacement=row["replacement"],
            pos=row["pos"] or "phrase", note=row["note"], source="18F Content Guide, Words to avoid",
            rule="words-to-avoid",
        ))
    return tuple(entries)


def _split_forms(text: str) -> tuple[str, ...]:
    """'assist, assistance' -> both; 'impact or impactful' -> both; 'said, some, such' stays whole, and so does a
    construction with a blank ('for example,______etc.': "for example ... etc.", not "for example" alone)."""
    if "_" in text:
        return (text.strip(),)
    if " or " in text and "/" not in text:
        return tuple(part.strip() for part in text.split(" or ") if part.strip())
    parts = [part.strip() for part in text.split(",")]
    if len(parts) == 2 and all(parts):
        return tuple(parts)
    return (text.strip(),)


@functools.cache
def load_glossary() -> tuple[GlossaryEntry, ...]:
    """The federal HR jargon and acronym glossary (cached)."""
    return tuple(
        GlossaryEntry(key=row["key"], kind=row["kind"], terms=tuple(row["terms"].split("|")),
                      explanation=row["explanation"], source=row["source"])
        for row in _read_csv("federal-hr-glossary.csv")
    )


@functools.cache
def load_gender_stems() -> tuple[tuple[str, str, str], ...]:
    """Gaucher et al. stems: ``(stem, coding, alternatives)``; coding is masculine, feminine or exception."""
    return tuple((row["stem"], row["coding"], row["alternatives"]) for row in _read_csv("gender-coded-word-stems.csv"))


@functools.cache
def load_physical_verbs() -> tuple[tuple[str, str, str], ...]:
    """DOL physical-ability verbs: ``(verb, alternatives, example)``."""
    return tuple(
        (row["verb"], row["alternative_verbs"], row["example"]) for row in _read_csv("physical-ability-verbs-dol.csv")
    )


# ------------------------------------------------------------------------------------------------------
# English helpers
# ------------------------------------------------------------------------------------------------------

# verb -> (3rd person singular, past, past participle, -ing)
_IRREGULAR_VERBS: dict[str, tuple[str, str, str, str]] = {
    "oversee": ("oversees", "oversaw", "overseen", "overseeing"),
    "give": ("gives", "gave", "given", "giving"),
    "do": ("does", "did", "done", "doing"),
    "make": ("makes", "made", "made", "making"),
    "send": ("sends", "sent", "sent", "sending"),
    "keep": ("keeps", "kept", "kept", "keeping"),
    "meet": ("meets", "met", "met", "meeting"),
    "have": ("has", "had", "had", "having"),
    "show": ("shows", "showed", "shown", "showing"),
    "find": ("finds", "found", "found", "finding"),
    "get": ("gets", "got", "gotten", "getting"),
    "go": ("goes", "went", "gone", "going"),
    "take": ("takes", "took", "taken", "taking"),
    "leave": ("leaves", "left", "left", "leaving"),
    "spend": ("spends", "spent", "spent", "spending"),
    "lose": ("loses", "lost", "lost", "losing"),
    "begin": ("begins", "began", "begun", "beginning"),
    "set": ("sets", "set", "set", "setting"),
    "put": ("puts", "put", "put", "putting"),
    "run": ("runs", "ran", "run", "running"),
    "speed": ("speeds", "sped", "sped", "speeding"),
    "tell": ("tells", "told", "told", "telling"),
    "buy": ("buys", "bought", "bought", "buying"),
    "write": ("writes", "wrote", "written", "writing"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "try": ("tries", "tried", "tried", "trying"),
    "carry": ("carries", "carried", "carried", "carrying"),
    "stop": ("stops", "stopped", "stopped", "stopping"),
    "plan": ("plans", "planned", "planned", "planning"),
    "be": ("is", "was", "been", "being"),
}
FORMS = ("base", "s", "past", "participle", "ing")


def _regular_forms(verb: str) -> tuple[str, str, str, str]:
    if re.search(r"(s|sh|ch|x|z|o)$", verb):
        s = verb + "es"
    elif re.search(r"[^aeiou]y$", verb):
        s = verb[:-1] + "ies"
    else:
        s = verb + "s"
    if verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif re.search(r"[^aeiou]y$", verb):
        past, ing = verb[:-1] + "ied", verb + "ing"
    elif re.search(r"(?:^|[^aeiou])[aeiou][bdgmnprt]$", verb) and len(verb) <= 4:
        past, ing = verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    elif re.search(r"[^aeiou][aeiou]t$", verb) and verb.endswith(("mit", "fer", "pel")):
        past, ing = verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    else:
        past, ing = verb + "ed", verb + "ing"
    if verb.endswith(("mit",)):
        past, ing = verb + "ted", verb + "ting"
    return s, past, past, ing


def verb_forms(verb: str) -> dict[str, str]:
    """All forms of a verb or phrasal verb ("carry out" -> "carries out", ...), by form name.

    Example:
        >>> verb_forms("submit")
        {'base': 'submit', 's': 'submits', 'past': 'submitted', 'participle': 'submitted', 'ing': 'submitting'}
    """
    head, _, tail = verb.partition(" ")
    forms = _IRREGULAR_VERBS.get(head) or _regular_forms(head)
    suffix = f" {tail}" if tail else ""
    return dict(zip(FORMS, (head + suffix, *(form + suffix for form in forms))))


def noun_forms(noun: str) -> dict[str, str]:
    """Singular and plural of a noun (last word inflected)."""
    *front, last = noun.split(" ")
    if last in ("help", "equipment", "pay", "expertise", "assistance", "proficiency", "methodology", "you",
                "remuneration", "utilization", "skill", "rest", "size", "start", "end", "use"):
        plural = {"methodology": "methodologies", "skill": "skills", "end": "ends", "start": "starts",
                  "size": "sizes", "use": "uses"}.get(last, last)
    elif re.search(r"(s|sh|ch|x|z)$", last):
        plural = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    lead = " ".join(front) + " " if front else ""
    return {"singular": lead + last, "plural": lead + plural}


def inflect(replacement: str, form: str, pos: str) -> str:
    """The ``form`` of ``replacement`` (a form name from :func:`verb_forms` or 'singular'/'plural')."""
    if pos == "verb":
        return verb_forms(replacement).get(form, replacement)
    if pos == "noun":
        return noun_forms(replacement).get(form, replacement)
    return replacement


def match_case(replacement: str, original: str) -> str:
    """Give ``replacement`` the case pattern of ``original`` (UPPER, Capitalised or lower)."""
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters and original.lstrip()[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


_AN_EXCEPTIONS = re.compile(r"^(?:uni|use|usu|eu|one|once|ubi|ura|uro|ute)", re.IGNORECASE)
_AN_SILENT_H = re.compile(r"^(?:hour|honest|honor|heir)", re.IGNORECASE)


def indefinite_article(word: str) -> str:
    """"a" or "an" before ``word``, by sound ("an hour", "a user", "an SF-50").

    Example:
        >>> [indefinite_article(w) for w in ("ability", "skill", "hour", "use", "SF-50", "MBA")]
        ['an', 'a', 'an', 'a', 'an', 'an']
    """
    if not word:
        return "a"
    token = re.split(r"[\s-]", word.strip())[0]
    if token.isupper() and len(token) > 1:  # letters spoken one by one
        return "an" if token[0] in "AEFHILMNORSX" else "a"
    if _AN_SILENT_H.match(token):
        return "an"
    if _AN_EXCEPTIONS.match(token):
        return "a"
    return "an" if token[:1].lower() in "aeiou" else "a"


# ------------------------------------------------------------------------------------------------------
# protected spans
# ------------------------------------------------------------------------------------------------------

_URL_RE = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+[^\s<>\"')\].,;:!?]", re.IGNORECASE)
_EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE_RE = re.compile(r"(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b")
_QUOTE_RE = re.compile(r"\"[^\"\n]{1,400}\"|\u201c[^\u201d\n]{1,400}\u201d")
# Words that mark a legally required statement; the whole sentence around them is kept verbatim.
LEGAL_MARKERS = re.compile(
    r"equal (?:employment )?opportunity|\bEEO\b|reasonable accommodation|veterans'? preference|"
    r"preference eligible|selective service|privacy act|\bU\.\s?S\.\s?C\.|\bC\.?F\.?R\.?\b|executive order|"
    r"false statement|18 U\.S\.C|public law|pub\. ?l\.|title 5\b|title 32\b|title 38\b|suitability|"
    r"background investigation|e-verify|social security number|drug[- ]free|drug test|probationary period|"
    r"financial disclosure|discriminat|affirmative action|without regard to (?:race|age|sex)",
    re.IGNORECASE,
)
_CONNECTORS = {"of", "and", "for", "the", "on", "in", "&", "de", "to"}
_TITLE_WORD = re.compile(r"[A-Z][\w'\u2019&.-]*")


def legal_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text`` that carry a legally required statement (EEO, reasonable accommodation,
    veterans' preference, conditions of employment such as Selective Service, statutes and regulations)."""
    return list(_legal_spans(text))


@functools.lru_cache(maxsize=1024)
def _legal_spans(text: str) -> tuple[tuple[int, int], ...]:
    from skillhire.readability import split_sentences

    hits = [m.start() for m in LEGAL_MARKERS.finditer(text)]
    if not hits:
        return ()
    import bisect

    return tuple((s.start, s.end) for s in split_sentences(text)
                 if bisect.bisect_left(hits, s.start) < len(hits) and hits[bisect.bisect_left(hits, s.start)] < s.end)


_NOT_NAMES = {"the", "a", "an", "this", "that", "or", "and", "not", "incumbent", "incumbents", "applicant", "applicants", "candidate",
              "candidates", "selectee", "selectees", "all", "each", "any"}


def _common_word(word: str) -> bool:
    """A capitalised word that is a word the rules rewrite ("Utilizing", "Assisting"), not a name."""
    from skillhire.rewrite_words import _word_table

    return word in _word_table()[1] or word in _NOT_NAMES


def _ends_sentence(token: str) -> bool:
    """A token with a full stop that is not an abbreviation or initial ("Campus." but not "U.S." or "T.")."""
    if not token.endswith("."):
        return False
    from skillhire.readability import _ABBREVIATIONS

    core = token.rstrip(".").lower()
    return len(core) > 1 and core not in _ABBREVIATIONS and "." not in core


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Runs of capitalised words that look like names: two or more Title-Case words (connectors allowed),
    or one capitalised word that does not start a sentence, line or list item."""
    spans = []
    tokens = list(re.finditer(r"[A-Za-z][\w'\u2019&.-]*|[^\sA-Za-z]", text))
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if (_TITLE_WORD.fullmatch(tok.group()) and not tok.group().isupper()) or (
            tok.group().isupper() and len(tok.group()) > 1 and tok.group().isalpha()
        ):
            j = i
            last = i
            while j + 1 < len(tokens):
                if _ends_sentence(tokens[j].group()) or "\n" in text[tokens[j].end():tokens[j + 1].start()]:
                    break
                nxt = tokens[j + 1].group()
                if _TITLE_WORD.fullmatch(nxt):
                    j += 1
                    last = j
                elif nxt.lower() in _CONNECTORS and j + 2 < len(tokens) and _TITLE_WORD.fullmatch(tokens[j + 2].group()):
                    j += 1
                else:
                    break
            run = tokens[i:last + 1]
            capitals = [t for t in run if _TITLE_WORD.fullmatch(t.group())]
            start = tok.start()
            window = text[max(0, start - 40):start]
            before = window.rstrip(" \t\"'(\u201c") if start > 40 else text[:start].rstrip(" \t\"'(\u201c")
            sentence_start = not before or before[-1] in ".!?:;\n" or re.search(r"(?:^|\n)\s*(?:[-*\u2022]|\d+[.)])$", before)
            rest = [w for w in (t.group().lower().rstrip(".") for t in capitals) if w not in _NOT_NAMES]
            generic = not rest or (len(rest) == 1 and _common_word(rest[0]))
            if (len(rest) >= 2 or not sentence_start) and not generic:
                spans.append((start, run[-1].end()))
            i = last + 1
        else:
            i += 1
    return spans


def protected_spans(text: str, *, names: bool = True, legal: bool = True) -> list[tuple[int, int]]:
    """Spans a rewrite must not change: URLs, email addresses, phone numbers, quotations, names (runs of
    capitalised words) and, if ``legal``, sentences with legally required statements. Sorted, merged."""
    return list(_protected_spans(text, names, legal))


@functools.lru_cache(maxsize=1024)
def _protected_spans(text: str, names: bool, legal: bool) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for pattern in (_URL_RE, _EMAIL_RE, _PHONE_RE, _QUOTE_RE):
        spans += [(m.start(), m.end()) for m in pattern.finditer(text)]
    if names:
        spans += _name_spans(text)
    if legal:
        spans += legal_spans(text)
    return tuple(_merge(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap any of the sorted, merged ``spans``?"""
    import bisect

    index = bisect.bisect_right(spans, (start, float("inf"))) - 1
    for s, e in spans[max(index, 0): index + 2]:
        if s < end and start < e:
            return True
    return False


def find_dirty_dozen(text: str, *, in_names: bool = True) -> list[tuple[int, int, str]]:
    """Dirty-dozen phrases in ``text`` outside quotations and legal boilerplate: ``(start, end, entry)``.

    Args:
        text: The text.
        in_names: Also count phrases inside proper names ("Career Transition Assistance Plan"), which a
            rewrite must not change; ``False`` leaves them out.

    Example:
        >>> [entry for _, _, entry in find_dirty_dozen("We utilize tools. See the Career Transition Assistance Plan.")]
        ['utilize/utilization', 'assist/assistance']
        >>> find_dirty_dozen("See the Career Transition Assistance Plan.", in_names=False)
        []
    """
    skip = _merge([(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)] + legal_spans(text)
                  + ([] if in_names else _name_spans(text)))
    found = []
    for entry, pattern in DIRTY_DOZEN.items():
        for m in re.finditer(pattern, text, re.IGNORECASE):
            if not overlaps(skip, m.start(), m.end()):
                found.append((m.start(), m.end(), entry))
    return sorted(found)
