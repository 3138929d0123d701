"""The ``skills-first-education`` rule of :mod:`skillhire.rewrite`: a degree requirement in a series without an
OPM positive education requirement becomes optional, with "or equivalent experience"; in a series with
one, it is kept in plain words and never removed."""

from __future__ import annotations

import re
from typing import Any

from skillhire.lint import DEGREE_ALTERNATIVE_RE, DEGREE_RE, DEGREE_REQUIRED_RE, Finding
from skillhire.plain_language import Severity, get_rule, overlaps
from skillhire.readability import split_sentences
from skillhire.rewrite_edits import _Context, _Edit

# ------------------------------------------------------------------------------------------------------
# rule: skills-first education
# ------------------------------------------------------------------------------------------------------

_EDU_SOURCE = "EO 13932 sec. 2(a) (2020); 5 U.S.C. 3308"
_REQUIRED_PREDICATE_RE = re.compile(r"\s+(?:is|are)\s+(?:also\s+)?(?:required|mandatory|needed)\b", re.IGNORECASE)


def _rule_education(text: str, protected: list[tuple[int, int]], ctx: _Context, section: str) -> list[_Edit]:
    if section not in ("education", "qualifications", "summary", "conditions_of_employment", "other_information"):
        return []
    edits: list[_Edit] = []
    for sentence in split_sentences(text):
        s = sentence.text
        if not (DEGREE_RE.search(s) and DEGREE_REQUIRED_RE.search(s)) or DEGREE_ALTERNATIVE_RE.search(s):
            continue
        if ctx.positive_education is None:
            continue  # reported by the degree-requirement finding
        if ctx.positive_education:
            ctx.notes.append(_note(section, sentence, Severity.INFO, "skills-first-education",
                                   f"Degree requirement kept: series {ctx.series} has an OPM positive education "
                                   f"requirement ({ctx.series_source}).",
                                   "Keep it, in plain words; it may not be the sole basis for qualification "
                                   "(EO 13932 sec. 2(a)(ii))."))
            continue
        if overlaps(protected, sentence.start, sentence.end) or s.rstrip().endswith(":"):
            continue  # reported by the degree-requirement finding
        stripped = s.rstrip()
        end_punct = len(stripped) - len(stripped.rstrip(".!?"))
        insert_at = sentence.start + len(stripped) - end_punct
        new = ", or equivalent experience"
        degree = DEGREE_RE.search(s)
        predicate = _REQUIRED_PREDICATE_RE.search(s, degree.end()) if degree else None
        if predicate and not re.search(r"[;:]", s[degree.end():predicate.start()]):
            # "A bachelor's degree in computer science, or equivalent experience, is required": the option joins
            # the degree it is the alternative to, not the end of the sentence ("is required, or equivalent
            # experience.")
            insert_at = sentence.start + predicate.start()
            new = ", or equivalent experience,"
        edits.append(_Edit(insert_at, insert_at, new, "skills-first-education",
                           f"series {ctx.series} has no OPM positive education requirement ({ctx.series_source}): "
                           "the degree becomes optional with equivalent experience", _EDU_SOURCE))
        ctx.notes.append(_note(section, sentence, Severity.INFO, "skills-first-education",
                               f"Degree made optional with equivalent experience (series {ctx.series}).",
                               "Check that the sentence reads well and that the experience path is described."))
    return edits


def _note(section: str, sentence: Any, severity: Severity, rule: str, message: str, suggestion: str) -> Finding:
    return Finding(rule=rule, severity=severity, message=message, suggestion=suggestion, section=section,
                   start=sentence.start, end=sentence.end, text=sentence.text, source=get_rule(rule).source)
