"""Plain-language findings: what a person should look at, with a suggestion, where, and on whose authority.

:func:`lint_posting` checks a posting (or announcement text) and returns :class:`Finding` objects; it changes
nothing. :func:`~skillhire.rewrite.rewrite_posting` runs it on its result, and the posting templates use it to
check what they render. Finding rules (ids from :func:`skillhire.plain_language.list_rules`, ``kind="finding"``):

* ``long-sentence``: more than ``LintOptions.long_sentence_words`` words (an error above
  ``very_long_sentence_words``);
* ``passive-voice``: a form of "be" + past participle (:func:`skillhire.readability.find_passive`);
* ``hidden-verbs``: a verb hidden in a noun ("make a decision", "conduct an evaluation of");
* ``gender-coded``: Gaucher, Friesen & Kay (2011) masculine- and feminine-coded words, with neutral alternatives;
* ``physical-ability``: Department of Labor physical-ability verbs used as requirements ("able to lift"),
  with the DOL's inclusive alternatives;
* ``unexplained-acronym``: an acronym never spelled out in the posting;
* ``complex-words``: a word from the plainlanguage.gov or 18F lists still in the text (warning for the
  dirty dozen);
* ``reader-not-addressed``: "incumbent", "applicants", "candidates" still in the text;
* ``degree-requirement``: a degree required, with no experience alternative, in a series without an OPM positive
  education requirement (error), or in a posting whose series is unknown (warning).

Protected text (URLs, emails, quotations, names, legal boilerplate, the "Fair and transparent" section) is not
linted for wording.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from pydantic import BaseModel, ConfigDict, Field, field_serializer, field_validator

from skillhire.plain_language import (
    Severity,
    WordEntry,
    _merge,
    get_rule,
    load_gender_stems,
    load_physical_verbs,
    load_simple_words,
    overlaps,
    protected_spans,
    resolve_rules,
)
from skillhire.posting import JobPosting, parse_posting
from skillhire.readability import find_passive, split_sentences, word_spans

__all__ = [
    "DEGREE_RE",
    "DEGREE_ALTERNATIVE_RE",
    "DEGREE_REQUIRED_RE",
    "Finding",
    "LintOptions",
    "lint_posting",
    "lint_text",
]


class Finding(BaseModel):
    """Something that should change but cannot be changed safely by rule."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: str = Field(description="Rule id (see skillhire.plain_language.list_rules).")
    severity: Severity = Field(description="info < warning < error.")
    message: str = Field(description="What was found.")
    suggestion: str = Field(description="What to do about it.")
    section: str = Field(description="Posting field ('qualifications', 'extra:<heading>', or 'text').")
    start: int = Field(description="Offset of the span in the section's text.")
    end: int = Field(description="End offset of the span in the section's text.")
    text: str = Field(description="The span itself.")
    source: str = Field(description="The guideline, study or data the rule follows.")

    @field_validator("severity", mode="before")
    @classmethod
    def _severity(cls, value: object) -> Severity:
        return Severity.parse(value)  # type: ignore[arg-type]

    @field_serializer("severity")
    def _dump_severity(self, value: Severity) -> str:
        return str(value)


class LintOptions(BaseModel):
    """Tunables of the findings."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    long_sentence_words: int = Field(default=25, ge=5, description="A sentence with more words is long (warning).")
    very_long_sentence_words: int = Field(default=40, ge=5, description="A sentence with more words is an error.")
    max_findings_per_rule: int = Field(
        default=200, ge=1, description="Stop reporting a rule after this many findings in one posting."
    )


DEGREE_RE = re.compile(
    r"\b(?:bachelor'?s|master'?s|associate'?s|doctoral|graduate|undergraduate|four-year|4-year|college|"
    r"baccalaureate)\s+(?:or\s+(?:higher|graduate|advanced)\s+)?degree\b|\bdegree\b",
    re.IGNORECASE,
)
DEGREE_REQUIRED_RE = re.compile(
    r"\b(?:must\s+(?:have|possess|hold|obtain|complete|show)|(?:is|are)\s+required|requires?|mandatory|"
    r"required\s+to\s+have|you\s+need)\b",
    re.IGNORECASE,
)
DEGREE_ALTERNATIVE_RE = re.compile(
    r"\bor\b[^.]{0,160}\bexperience\b|equivalent experience|combination of|substitut|in lieu of|instead of|"
    r"(?-i:\bOR\b)|may qualify|experience\s+(?:may|can)|no (?:education|degree)|not required|optional|"
    r"transcripts?\b|foreign education|accredit|based on (?:your )?education|qualify(?:ing)? (?:based )?on education",
    re.IGNORECASE,
)

_STATE_CODES = set(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
    "PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP".split()
)
_NOT_ACRONYMS = _STATE_CODES | {
    "US", "USA", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "AND", "OR", "NOT", "THE",
    "OF", "TO", "IN", "FOR", "A", "AN", "AM", "PM", "USAJOBS", "PDF", "ID", "OK", "NO", "YES", "ALL", "ANY", "MUST",
    "MAY", "WILL", "THIS", "BE", "IS", "ARE", "ON", "AT", "BY", "AS", "IF", "IT", "WE", "YOU", "NOTE", "AI", "COVID",
}
_HIDDEN_VERB_RE = re.compile(
    r"\b(?P<verb>make|makes|made|making|give|gives|gave|given|giving|take|takes|took|taken|taking|have|has|had|"
    r"reach|reached|achieve|achieved|effect|effected|conduct|conducts|conducted|conducting|perform|performs|"
    r"performed|performing|provide|provides|provided|providing|undertake|undertakes|undertaken)\s+"
    r"(?:an?|the)\s+(?:\w+\s+)?(?P<noun>\w{3,}(?:tion|sion|ment|ance|ence|ysis|al))\b"
    r"|\bthe\s+(?P<noun2>\w{3,}(?:tion|sion|ment))\s+of\b",
    re.IGNORECASE,
)
_NOUN_TO_VERB = {
    "application": "apply", "decision": "decide", "analysis": "analyze", "recommendation": "recommend",
    "determination": "determine", "evaluation": "evaluate", "assessment": "assess", "review": "review",
    "submission": "submit", "payment": "pay", "selection": "select", "presentation": "present",
    "investigation": "investigate", "implementation": "carry out", "development": "develop", "approval": "approve",
    "arrival": "arrive", "referral": "refer", "appearance": "appear", "performance": "perform",
    "completion": "complete", "preparation": "prepare", "identification": "identify", "verification": "verify",
    "correction": "correct", "suggestion": "suggest", "explanation": "explain", "statement": "state",
    "examination": "examine", "inspection": "inspect", "notification": "notify", "reduction": "reduce",
    "acquisition": "acquire", "establishment": "establish", "management": "manage", "collection": "collect",
    "consideration": "consider", "discussion": "discuss", "improvement": "improve", "requirement": "require",
    "adjustment": "adjust", "assistance": "help", "compliance": "comply", "reliance": "rely",
    "maintenance": "maintain", "accommodation": "accommodate",
}
_NOT_HIDDEN = {"position", "information", "education", "experience", "organization", "station", "nation",
               "documentation", "mission", "vacancy", "government", "department", "equipment", "environment",
               "employment", "announcement", "commission", "question", "section", "session", "version",
               "opportunity", "location", "population", "foundation", "institution", "vision", "division",
               "agreement", "instrument", "tension", "pension", "regulation", "legislation", "federal",
               "professional", "personal", "potential", "additional", "general", "technical", "critical",
               "annual", "individual", "local", "total", "official", "special", "original", "final"}


def _finding(rule: str, severity: Severity | None, message: str, suggestion: str, section: str, start: int,
             end: int, text: str) -> Finding:
    definition = get_rule(rule)
    return Finding(rule=rule, severity=severity or definition.severity, message=message, suggestion=suggestion,
                   section=section, start=start, end=end, text=text[start:end], source=definition.source)


def lint_text(
    text: str,
    *,
    section: str = "text",
    rules: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    options: LintOptions | None = None,
    whole_text: str | None = None,
    series: str | None = None,
    positive_education: bool | None = None,
    labels: Iterable[str] = (),
    fixed: Iterable[str] = (),
) -> list[Finding]:
    """Findings in one piece of text (a section).

    Args:
        text: The text.
        section: Name to put in each finding.
        rules: Finding rule ids to run (default: all).
        exclude: Rule ids not to run.
        options: Tunables.
        whole_text: The whole posting's text, to know whether an acronym is spelled out elsewhere.
        series: The posting's series, for ``degree-requirement``.
        positive_education: Whether that series has an OPM positive education requirement (None: unknown).
        labels: Labels the text's author did not write (a template's own, "Appointment type"): never
            flagged where one stands as a label, before a colon or alone at the end of a line.
        fixed: Passages the text's author did not write (a bundled template's fixed wording, such as the
            5 U.S.C. 3318(b) notice): nothing inside one is flagged, wherever it stands. Words are matched
            across any run of spaces and Markdown emphasis (``*``, ``_``).

    Returns:
        The findings, in offset order.

    Example:
        >>> [f.rule for f in lint_text("The incumbent must be able to lift 50 pounds.")]
        ['reader-not-addressed', 'physical-ability']
    """
    options = options or LintOptions()
    active = resolve_rules(rules, kind="finding", exclude=exclude)
    protected = protected_spans(text)
    if labels:
        protected = _merge(protected + _label_spans(text, tuple(sorted(set(labels)))))
    fixed = tuple(sorted(set(fixed)))
    fixed_spans = [(m.start(), m.end()) for m in _fixed_pattern(fixed).finditer(text)] if fixed else []
    if fixed_spans:
        protected = _merge(protected + fixed_spans)
    whole = whole_text if whole_text is not None else text
    found: list[Finding] = []

    def free(start: int, end: int) -> bool:
        return not overlaps(protected, start, end)

    sentences = split_sentences(text)
    if "long-sentence" in active:
        for s in sentences:
            n = sum(1 for _ in word_spans(s.text))
            if n > options.long_sentence_words and free(s.start, s.end):
                severe = n > options.very_long_sentence_words
                found.append(_finding(
                    "long-sentence", Severity.ERROR if severe else None,
                    f"Sentence of {n} words (over {options.long_sentence_words}).",
                    "Split it into sentences of one idea each, or make its parts a list.",
                    section, s.start, s.end, text))
    if "passive-voice" in active:
        for start, end in find_passive(text):
            if free(start, end):
                found.append(_finding("passive-voice", None, f'Passive voice: "{text[start:end]}".',
                                      'Say who does it, e.g. "we will review" instead of "will be reviewed".',
                                      section, start, end, text))
    if "hidden-verbs" in active:
        for m in _HIDDEN_VERB_RE.finditer(text):
            noun = (m.group("noun") or m.group("noun2") or "").lower()
            if noun in _NOT_HIDDEN or not free(m.start(), m.end()):
                continue
            verb = _NOUN_TO_VERB.get(noun) or _NOUN_TO_VERB.get(noun.rstrip("s"))
            if verb is None:
                continue
            found.append(_finding("hidden-verbs", None, f'Hidden verb: "{m.group()}".',
                                  f'Use the verb "{verb}".', section, m.start(), m.end(), text))
    if "gender-coded" in active:
        found += _gender(text, section, protected)
    if "physical-ability" in active:
        found += _physical(text, section, protected)
    if "unexplained-acronym" in active:
        found += _acronyms(text, section, protected, whole, skip=fixed_spans)
    if "complex-words" in active:
        found += _complex_words(text, section, protected)
    if "reader-not-addressed" in active:
        for m in re.finditer(r"\b(incumbents?|applicants?|candidates?|selectees?)\b", text, re.IGNORECASE):
            if not free(m.start(), m.end()):
                continue
            word = m.group(1).lower()
            severe = word.startswith("incumbent")
            found.append(_finding("reader-not-addressed", Severity.WARNING if severe else Severity.INFO,
                                  f'"{m.group()}" instead of "you".',
                                  'Speak to the reader: "you", "your".', section, m.start(), m.end(), text))
    if "degree-requirement" in active:
        found += _degrees(text, section, protected, series, positive_education)
    counts: dict[str, int] = {}
    limited = []
    for f in sorted(found, key=lambda f: (f.start, f.end, f.rule)):
        counts[f.rule] = counts.get(f.rule, 0) + 1
        if counts[f.rule] <= options.max_findings_per_rule:
            limited.append(f)
    return limited


@functools.cache
def _gender_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str]], frozenset[str]]:
    stems = load_gender_stems()
    exceptions = frozenset(stem for stem, coding, _ in stems if coding == "exception")
    table = {stem: (coding, alternatives) for stem, coding, alternatives in stems if coding != "exception"}
    alternation = "|".join(re.escape(stem) for stem in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z-])(?:{alternation})[A-Za-z-]*", re.IGNORECASE), table, exceptions


# A stem's other sense, which is no trait: Gaucher, Friesen & Kay (2011) list "kind" among the feminine-coded words
# for the adjective (warmth: "kind", "kind-hearted"); the noun ("the same kind of work", "all kinds of data", payment
# "in kind") says nothing about the person. Each: (what follows the word, what ends the text before it).
_OTHER_SENSE: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "kind": (re.compile(r"kinds?\s+of\b", re.IGNORECASE), re.compile(r"(?<![\w-])in\s+$", re.IGNORECASE)),
}


# Nouns that the paper's wildcard stems catch but that name a part of the job, not a trait of the person: "compet*"
# is listed for "competitive" and "respon*" for "responsive"/"responsible", while "competency" is OPM's term for
# what an assessment measures ("a measurable pattern of knowledge, skills, abilities, behaviors and other
# characteristics", OPM Assessment & Selection, Competencies) and "responsibilities" are the duties. Flagging them
# in every federal posting gave findings no editor can act on ("competencies": "Consider: skilled, capable").
# Only these forms: "competence" and a "sense of responsibility" are the person's (review 26).
_JOB_NOUNS = re.compile(r"(?:competenc(?:y|ies)|responsibilities)", re.IGNORECASE)


def _gender(text: str, section: str, protected: list[tuple[int, int]]) -> list[Finding]:
    pattern, table, exceptions = _gender_pattern()
    out = []
    for m in pattern.finditer(text):
        word = m.group().lower()
        if word in exceptions or _JOB_NOUNS.fullmatch(word) or overlaps(protected, m.start(), m.end()):
            continue
        other = _OTHER_SENSE.get(word.rstrip("s"))
        if other and (other[0].match(text, m.start()) or other[1].search(text[max(0, m.start() - 8):m.start()])):
            continue  # "the same kind of work": the noun, not the coded adjective
        stem = max((s for s in table if word.startswith(s)), key=len)
        coding, alternatives = table[stem]
        suggestion = f"Consider: {alternatives}." if alternatives else "Consider a neutral word."
        out.append(_finding("gender-coded", None, f'{coding.capitalize()}-coded word "{m.group()}".',
                            suggestion + " Balance masculine- and feminine-coded words.", section,
                            m.start(), m.end(), text))
    return out


@functools.cache
def _physical_patterns() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    out = []
    for verb, alternatives, example in load_physical_verbs():
        forms = rf"{verb}(?:s|es|ed|d|ing)?"
        pattern = re.compile(
            rf"\b(?:able to|ability to|must|required to|requirement to|capable of|need to|expected to)\s+"
            rf"(?:\w+\s+){{0,2}}?(?:be\s+)?({forms})\b",
            re.IGNORECASE,
        )
        out.append((pattern, alternatives, example))
    return tuple(out)


def _physical(text: str, section: str, protected: list[tuple[int, int]]) -> list[Finding]:
    out = []
    for pattern, alternatives, example in _physical_patterns():
        for m in pattern.finditer(text):
            start, end = m.span(1)
            if overlaps(protected, start, end):
                continue
            out.append(_finding("physical-ability", None, f'Physical-ability verb "{m.group(1)}" as a requirement.',
                                f"Say what the work needs done: {alternatives} (e.g. \"{example}\").", section,
                                start, end, text))
    return out


def _acronyms(
    text: str, section: str, protected: list[tuple[int, int]], whole: str, skip: list[tuple[int, int]] | None = None
) -> list[Finding]:
    seen = set()
    out = []
    for m in re.finditer(r"(?<![\w-])([A-Z][A-Z0-9&]{1,6})s?(?![\w])", text):
        acronym = m.group(1)
        if skip and any(start <= m.start() and m.end() <= end for start, end in skip):
            continue  # in wording the author did not write (a template's fixed text, skillhire's "GS-12")
        if acronym in _NOT_ACRONYMS or acronym in seen or acronym.isdigit() or not re.search(r"[A-Z].*[A-Z]", acronym):
            continue
        seen.add(acronym)
        line = text[text.rfind("\n", 0, m.start()) + 1: text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)]
        letters = [c for c in line if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) / len(letters) > 0.6:
            continue  # a line in capitals: not an acronym
        if f"({acronym})" in whole or f"({acronym}s)" in whole or re.search(rf"\b{re.escape(acronym)} \(", whole):
            continue
        if _spelled_out(acronym, whole):
            continue
        out.append(_finding("unexplained-acronym", None, f'Acronym "{acronym}" is not spelled out.',
                            f'Spell it out on first use: "Full Name ({acronym})".', section, m.start(), m.end(), text))
    return out


def _spelled_out(acronym: str, whole: str) -> bool:
    """Does a run of words whose initials spell the acronym appear in the text ("Office of Personnel
    Management" for OPM)? Connector words (of, and, the, for) may be skipped."""
    letters = acronym.lower()
    if len(letters) < 2:
        return False
    words = re.findall(r"[A-Za-z]+", whole)
    for i, word in enumerate(words):
        if word[0].lower() != letters[0]:
            continue
        j, k = i, 0
        while j < len(words) and k < len(letters):
            w = words[j].lower()
            if w[0] == letters[k]:
                k += 1
            elif w not in ("of", "and", "the", "for", "on", "in"):
                break
            j += 1
        if k == len(letters):
            return True
    return False


@functools.cache
def _complex_pattern() -> tuple[re.Pattern[str], dict[str, WordEntry]]:
    table: dict[str, WordEntry] = {}
    for entry in load_simple_words():
        for word in entry.words:
            if entry.replacement and not entry.dirty_dozen:
                continue  # rewritten by the rewrite rules; left in place only where protected
            if "/" in word or "_" in word or len(word) < 3:
                continue
            table.setdefault(word.lower(), entry)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternation})(?:s|es|ed|d|ing)?(?![\w-])", re.IGNORECASE), table


def _complex_words(text: str, section: str, protected: list[tuple[int, int]]) -> list[Finding]:
    pattern, table = _complex_pattern()
    out = []
    for m in pattern.finditer(text):
        if overlaps(protected, m.start(), m.end()):
            continue
        entry = table.get(re.sub(r"\s+", " ", m.group(1).lower()))
        if entry is None:
            continue
        if entry.pos == "verb" and not entry.replacement and not _verb_use(text, m.start(), m.end()):
            continue  # a row for a verb that is also a noun ("benefit": "the benefits portal", "a request")
        other_sense = _TABLE_OTHER_SENSE.get(entry.words[0].lower())
        if other_sense is not None and other_sense(text, m.start(), m.end()):
            continue
        say = entry.suggestion or entry.note or "a plainer word"
        severity = Severity.WARNING if entry.dirty_dozen else None
        what = "dirty-dozen phrase" if entry.dirty_dozen else "word with a simpler alternative"
        out.append(_finding("complex-words", severity, f'{what.capitalize()}: "{m.group()}".',
                            f"Say: {say} ({entry.source}).", section, m.start(), m.end(), text))
    return out


# Rows of the plainlanguage.gov table that name one sense of a word: "type" -> (omit) is "this type of work"
# ("this work"), not the label "Appointment type"; "subject" -> "the, this, your" is "the subject employee", not
# "subject matter experts" (a term: OPM's SME-QA) or "subject to a background check" (a condition).
_TABLE_OTHER_SENSE: dict[str, Callable[[str, int, int], bool]] = {
    "type": lambda text, start, end: not re.match(r"\s+of\b", text[end:], re.IGNORECASE),
    "subject": lambda text, start, end: bool(re.match(r"[\s-]+(?:matter|to)\b", text[end:], re.IGNORECASE)),
}


# What a verb row ("benefit", "monitor", "permit", "request", "land": a verb that is also a noun) reports: the word
# used as a verb. Without a tagger, the words around it decide:
# * after "to", a modal, "not", an -ly adverb or a subject pronoun ("will benefit you", "which permits", "you request"),
#   it is a verb, except a form in -s after "to" or a modal ("related to benefits administration");
# * at the start of a sentence, line or list item it is a verb ("Monitors network performance.") unless its sentence
#   goes on as a subject does: the next word is a form of "be"/"have"/a modal, "of" or "for" ("Requests for leave
#   go ..."), or one of those comes within three words ("Benefits portal access is available.");
# * after a noun subject, "the/a/our/each ... NOUN", it is a verb when an object follows it: a determiner, an object
#   pronoun, "that", a number or an -ly adverb ("The specialist monitors the queue.", "The agency requests that you
#   ..."); a noun next ("the employee benefits portal") leaves it a noun.
_VERB_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:to|will|would|can|could|may|might|shall|should|must|not|also|it|this|that|which|who|they|we|you|"
    r"he|she|I|(?!(?:daily|weekly|monthly|quarterly|yearly|family|early|only|supply|timely)\s)[A-Za-z]+ly)\s+$",
    re.IGNORECASE)
_BASE_FORM_BEFORE_RE = re.compile(r"(?<![\w-])(?:to|will|would|can|could|may|might|shall|should|must)\s+$",
                                  re.IGNORECASE)
_CLAUSE_START_RE = re.compile(r"(?:[.!?:;]\s+|\n[ \t]*(?:(?:[-*\u2022o]|\d{1,2}[.)])[ \t]+)?)$")
_SUBJECT_BEFORE_RE = re.compile(  # "The specialist ", "Our contact center ", "Supervisors " at a clause start
    r"(?:(?:^|(?<=[\s(]))(?:the|a|an|our|your|their|its|this|that|each|every|any|no)\s+|[.!?:;]\s+|"
    r"\n[ \t]*(?:(?:[-*\u2022o]|\d{1,2}[.)])[ \t]+)?)(?:[\w-]+\s+){1,2}$", re.IGNORECASE)
_SUBJECT_GOES_ON = frozenset(
    "is are was were be been being has have had will would can could may might must shall should do does did "
    "include includes included of for".split())
_OBJECT_NEXT_RE = re.compile(
    r"\s+(?:the|a|an|all|any|each|every|our|your|their|its|his|her|this|these|those|some|both|no|you|them|us|him|"
    r"me|it|that|\d[\d,.]*|[A-Za-z]+ly)\b", re.IGNORECASE)


def _verb_use(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is used as a verb, from the words around it (see the note above); a word
    with nothing more of its sentence on its line is a noun (a heading "Benefits"). Rows for a verb that is also a
    noun (pos "verb", finding only) report only this use."""
    line_end = text.find("\n", end)
    rest = text[end:len(text) if line_end < 0 else line_end]
    if not rest.strip(" \t.:"):
        return False
    before = text[max(0, start - 40):start]
    before = before if start > 40 else "\n" + before  # the text's start is a line's
    if _VERB_BEFORE_RE.search(before):
        # after "to" or a modal a verb is in its base form: "to benefits administration" is the preposition
        return not (_BASE_FORM_BEFORE_RE.search(before) and text[start:end].lower().endswith("s"))
    following = re.findall(r"[A-Za-z']+", re.split(r"[.!?;:,]", rest, maxsplit=1)[0])[:3]
    if _CLAUSE_START_RE.search(before):
        return not any(word.lower() in _SUBJECT_GOES_ON for word in following)
    return bool(_SUBJECT_BEFORE_RE.search(before) and _OBJECT_NEXT_RE.match(rest))


def _degrees(text: str, section: str, protected: list[tuple[int, int]], series: str | None,
             positive: bool | None) -> list[Finding]:
    out = []
    if positive:
        return out
    for s in split_sentences(text):
        if not (DEGREE_RE.search(s.text) and DEGREE_REQUIRED_RE.search(s.text)) or DEGREE_ALTERNATIVE_RE.search(s.text):
            continue
        if positive is None:
            out.append(_finding("degree-requirement", Severity.WARNING,
                                "A degree is required, but the series is unknown: skillhire cannot tell whether OPM "
                                "sets a positive education requirement.",
                                "Give the series; without an OPM positive education requirement, make the degree "
                                "optional with equivalent experience (EO 13932).", section, s.start, s.end, text))
        else:
            out.append(_finding("degree-requirement", None,
                                f"A degree is required in series {series}, which has no OPM positive education "
                                "requirement.",
                                "Make the degree optional: add 'or equivalent experience' (EO 13932 sec. 2).",
                                section, s.start, s.end, text))
    return out


def _positive_education(series: str | None) -> bool | None:
    if not series:
        return None
    from skillhire.errors import UnknownSeriesError
    from skillhire.series import series_info

    try:
        return series_info(series).positive_education_requirement
    except (UnknownSeriesError, TypeError, ValueError):
        return None


def _label_spans(text: str, labels: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each of ``labels`` stands as a label in ``text``: before a colon (``**Label:**``, ``Label:``)
    or alone at the end of a line (an HTML ``<dt>`` turned to text)."""
    return [(m.start(), m.end()) for m in _label_pattern(labels).finditer(text)]


@functools.lru_cache(maxsize=64)
def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?m)(?<![\w-])(?:{alternation})(?=(?:\*\*)?:|[ \t]*$)")


@functools.lru_cache(maxsize=16)
def _fixed_pattern(passages: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern finding any of ``passages``, its words separated by any spaces or emphasis marks."""
    alternation = "|".join(
        r"[\s*_]+".join(re.escape(word) for word in passage.split())
        for passage in sorted(passages, key=len, reverse=True)
        if passage.split()
    )
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)" if alternation else r"(?!x)x")


def lint_posting(
    posting: JobPosting | str,
    *,
    rules: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    min_severity: str | Severity = Severity.INFO,
    options: LintOptions | None = None,
    series: str | None = None,
    labels: Iterable[str] = (),
    fixed: Iterable[str] = (),
) -> list[Finding]:
    """Plain-language findings for a posting or announcement text; nothing is changed.

    Args:
        posting: A :class:`JobPosting`, or announcement text (split into sections with :func:`parse_posting`).
        rules: Finding rule ids to run (default: all finding rules).
        exclude: Rule ids not to run.
        min_severity: Leave out findings below this severity ("info", "warning", "error").
        options: Tunables.
        series: The series to judge degree requirements by, when the posting does not give one.
        labels: Labels its author did not write, never flagged as labels (see :func:`lint_text`):
            :func:`skillhire.render_posting` passes skillhire's own overview labels, so a rendering's
            "Appointment type" is not a plainlanguage.gov "type -> (omit)" finding.
        fixed: Passages its author did not write, never flagged (see :func:`lint_text`):
            :func:`skillhire.render_posting` passes a bundled template's fixed wording.

    Returns:
        Findings in section order, then offset order.

    Raises:
        UnknownRuleError: a rule id is not a rule.
        UnknownNameError: ``min_severity`` is not a severity.

    Example:
        >>> findings = lint_posting("Analyst\\n\\nDuties\\nApplicants shall utilize Excel.\\n")
        >>> [(f.rule, str(f.severity), f.text) for f in findings]
        [('reader-not-addressed', 'info', 'Applicants'), ('complex-words', 'warning', 'utilize')]
    """
    threshold = Severity.parse(min_severity)
    rules = sorted(resolve_rules(rules, kind="finding", exclude=exclude))  # an unknown id is an error even when
    exclude = ()  # the posting has no section to check ('x': a title only), as the docstring promises
    if isinstance(posting, str):
        posting = parse_posting(posting)
    whole = posting.to_text()
    series = posting.series or series
    positive = _positive_education(series)
    found: list[Finding] = []
    sections = [(key, text) for key, _heading, text in posting.sections()]
    if posting.who_may_apply:
        sections.insert(0, ("who_may_apply", posting.who_may_apply))
    for key, text in sections:
        if key == "fair_and_transparent":
            continue
        found += lint_text(text, section=key, rules=rules, exclude=exclude, options=options, whole_text=whole,
                           series=series, positive_education=positive, labels=labels, fixed=fixed)
    return [f for f in found if f.severity >= threshold]
