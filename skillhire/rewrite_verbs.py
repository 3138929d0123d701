"""The ``short-verbs`` rule of :mod:`skillhire.rewrite`: hidden verbs said as verbs ("in the development of" ->
"in developing", "provides assistance to" -> "helps")."""

from __future__ import annotations

import re

from skillhire.plain_language import match_case
from skillhire.rewrite_edits import _Edit, _previous_word
from skillhire.rewrite_words import _BE_HAVE

# ------------------------------------------------------------------------------------------------------
# rule: hidden verbs said as verbs
# ------------------------------------------------------------------------------------------------------

_SHORT_VERB_SOURCE = "Federal Plain Language Guidelines, Avoid hidden verbs (words/avoid-hidden-verbs)"
# nominalizations whose "of" phrase is what is acted on in job postings ("the development of models" is developing
# models). Left out on purpose: nouns whose "of" phrase is often the actor or that also name people or things
# ("the decision of the board", "the approval of your supervisor", "the management of the agency" (the managers),
# "the performance of the employee", "the selection of ...", "the requirement of ...")
_HIDDEN_NOUN_VERBS = {
    "development": "develop", "application": "apply", "improvement": "improve",
    "preparation": "prepare", "collection": "collect", "maintenance": "maintain", "analysis": "analyze",
    "evaluation": "evaluate", "assessment": "assess", "identification": "identify", "verification": "verify",
    "establishment": "establish", "completion": "complete", "investigation": "investigate", "reduction": "reduce",
    "examination": "examine", "inspection": "inspect", "modification": "modify", "integration": "integrate",
    "interpretation": "interpret", "administration": "administer", "coordination": "coordinate",
    "documentation": "document",
    # round 13 (duty statements: "trains staff in the utilization of"); not after "with", "to", "into", "toward"
    # ("with the use of" -> "with using" is not English; "due to the use of"). "implementation" is left to the
    # simple-words table ("the rollout of"): "in carrying out initiatives, strategies, handbooks" read worse on the
    # development corpus
    "utilization": "use", "use": "use", "dissemination": "disseminate",
}
_HIDDEN_NOUNS_NOT_AFTER = dict.fromkeys(("utilization", "use", "dissemination"),
                                        frozenset({"with", "to", "into", "toward", "towards"}))
_SHORT_VERB_RE = re.compile(
    r"(?<![\w-])(?P<prep>in|for|to|with|on|through|by|of|about|including|into|toward|towards)[ \t]+the[ \t]+"
    r"(?P<noun>" + "|".join(_HIDDEN_NOUN_VERBS) + r")[ \t]+of[ \t]+(?=(?:[\w$(\"'-]))",
    re.IGNORECASE,
)


# "provide assistance to" -> "help": a weak verb and a noun that hides the real verb (the guideline's own kind of
# example); "give" is there too because the simple-words rule may already have made "provide" into "give"
_WEAK_VERB_FORMS = {
    "provide": "base", "provides": "s", "provided": "past", "providing": "ing",
    "give": "base", "gives": "s", "gave": "past", "given": "participle", "giving": "ing",
    "conduct": "base", "conducts": "s", "conducted": "past", "conducting": "ing",
    "perform": "base", "performs": "s", "performed": "past", "performing": "ing",
    "do": "base", "does": "s", "did": "past", "done": "participle", "doing": "ing",
}
_WEAK_NOUN_VERBS = {
    ("provide", "assistance"): "help", ("provide", "help"): "help", ("provide", "support"): "support",
    ("provide", "guidance"): "guide", ("provide", "training"): "train", ("provide", "oversight"): "oversee",
    ("conduct", "analysis"): "analyze", ("conduct", "review"): "review", ("conduct", "evaluation"): "evaluate",
    ("conduct", "assessment"): "assess", ("conduct", "investigation"): "investigate",
    ("conduct", "inspection"): "inspect", ("conduct", "examination"): "examine",
}
_WEAK_VERB_RE = re.compile(
    r"(?<![\w-])(?P<verb>" + "|".join(_WEAK_VERB_FORMS) + r")[ \t]+"
    r"(?:(?P<noun1>assistance|help|support|guidance|training)[ \t]+to|(?P<noun2>oversight)[ \t]+(?:of|to|for)|"
    r"(?:(?:an?|the)[ \t]+)?(?P<noun3>analys[ie]s|reviews?|evaluations?|assessments?|investigations?|inspections?|"
    r"examinations?)[ \t]+of)"
    r"(?=[ \t]+[\w$(\"'])",
    re.IGNORECASE,
)


# the "to" after "assistance / help / support / guidance / training" opens a purpose ("to help", "to ensure"), not
# the one who receives it: a verb of purpose after it
_PURPOSE_VERB_AFTER_RE = re.compile(
    r"[ \t]+(?:help|ensure|improve|increase|enable|promote|reduce|facilitate|achieve|maintain|address|identify|"
    r"prepare|complete|resolve|accomplish|build|create|develop|meet|make|keep|support|assist|strengthen|advance|"
    r"enhance|deliver|implement|carry|sustain|prevent|protect|expand|establish|determine|assess|evaluate|"
    r"analyze|manage|plan|operate|execute|perform|provide|give|do|get|use|apply|comply|respond|solve|"
    r"better|further|foster|drive|bring|reach|satisfy|fulfill|optimize|streamline|modernize|transform|mitigate)\b",
    re.IGNORECASE)


_SHARED_BEFORE_RE = re.compile(r"(?<![\w'-])(?P<word>[A-Za-z]+),?[ \t]+(?:and|or|and/or)[ \t]+$")


def _shares_noun(text: str, start: int) -> bool:
    """Whether the weak verb at ``start`` follows a verb and "and"/"or" with no object of its own, so that the verb's
    noun is that verb's object too ("developing and providing training to", "coordinates and provides training to")."""
    from skillhire.rewrite import _DUTY_VERBS, _known_verbs

    m = _SHARED_BEFORE_RE.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group("word").lower()
    return (len(word) > 5 and word.endswith("ing")) or word in _DUTY_VERBS or word in _known_verbs()


def _weak_verb_edits(text: str) -> list[_Edit]:
    """"provides assistance to managers" -> "helps managers"; "conduct an analysis of" -> "analyze"."""
    from skillhire.plain_language import verb_forms

    edits = []
    for m in _WEAK_VERB_RE.finditer(text):
        verb = m.group("verb").lower()
        form = _WEAK_VERB_FORMS[verb]
        kind = "conduct" if verb.startswith(("conduct", "perform", "do", "did")) else "provide"
        noun = (m.group("noun1") or m.group("noun2") or m.group("noun3")).lower()
        # round 18: bare and plural nouns too ("conducting analyses of business problems" -> "analyzing business
        # problems", "conducting evaluation of support" -> "evaluating support"); the plural names the same act done
        # more than once, which the verb says as well
        noun = "analysis" if noun in ("analyses", "analysis") else noun.removesuffix("s")
        if (kind == "conduct" and not m.group("noun3")) or (kind == "provide" and m.group("noun3")):
            continue
        if m.group("noun1") and _PURPOSE_VERB_AFTER_RE.match(text, m.end()):
            continue  # meaning review 18: "provide training to help increase scores" is training for a purpose, not
            # training given to someone: "train help increase" was not English
        target = _WEAK_NOUN_VERBS.get((kind, noun))
        if target is None:
            continue
        if _shares_noun(text, m.start()):
            continue  # meaning review 21: "developing and providing training to staff" -> "developing and training
            # staff" made the staff what is developed; the noun is the object of the verb before "and" too
        if form == "past" and _previous_word(text, m.start()) in _BE_HAVE:
            form = "participle"  # "has provided support to" -> "has supported"
        if form == "participle" and _previous_word(text, m.start()) in ("be", "been", "being", "is", "are", "was",
                                                                        "were"):
            continue  # "is given support to": a passive, left to a person
        new = match_case(verb_forms(target)[form], m.group("verb"))
        edits.append(_Edit(m.start(), m.end(), new, "short-verbs",
                           f'"{m.group()}" -> "{new}": a verb, not a verb hidden in a noun', _SHORT_VERB_SOURCE))
    return edits


# round 18: "in support of X" is "to support X" (the noun "support" hides the verb; "activities in support of IT
# projects" -> "activities to support IT projects"); not after "testify", "argue", "speak", "vote", "letters",
# "evidence" or "documents", where "in support of" says which side, not a purpose
_IN_SUPPORT_RE = re.compile(r"(?<![\w-])in[ \t]+support[ \t]+of(?=[ \t]+[\w$(\"'])", re.IGNORECASE)
_SIDE_NOT_PURPOSE = frozenset({"testify", "testifies", "testified", "testifying", "testimony", "argue", "argues",
                               "argued", "arguing", "arguments", "argument", "speak", "speaks", "spoke", "speaking",
                               "vote", "votes", "voted", "voting", "letter", "letters", "evidence", "documents",
                               "documentation", "statement", "statements", "brief", "briefs", "rally", "rallied"})


def _in_support_edits(text: str) -> list[_Edit]:
    edits = []
    for m in _IN_SUPPORT_RE.finditer(text):
        previous = _previous_word(text, m.start()).lower()
        if previous in _SIDE_NOT_PURPOSE or previous in ("to", "be", "is", "are", "was", "were"):
            continue
        new = match_case("to support", m.group())
        edits.append(_Edit(m.start(), m.end(), new, "short-verbs",
                           f'"{m.group()}" -> "{new}": a verb, not a verb hidden in a noun', _SHORT_VERB_SOURCE))
    return edits


# round 25: "through (the) performance of X" / "by performance of X" is "by doing X" (the table's "perform" -> "do", said
# as the verb the noun hides: "maintaining ... operations through performance of IT security activities", "gained
# through the performance of work where ...", "as demonstrated by performance of all of the following"); not before
# a person, whose performance is how well they work ("through the performance of the employee")
_BY_PERFORMANCE_RE = re.compile(r"(?<![\w-])(?:through|by)[ \t]+(?:the[ \t]+)?performance[ \t]+of[ \t]+"
                                r"(?!(?:the[ \t]+|an?[ \t]+|your[ \t]+|their[ \t]+|his[ \t]+|her[ \t]+)?(?:employees?|"
                                r"staff|applicants?|incumbents?|individuals?|persons?|contractors?|teams?|workers?|"
                                r"you|them|him|her|supervisors?|managers?)\b)(?=[\w$(\"'])", re.IGNORECASE)


def _by_performance_edits(text: str) -> list[_Edit]:
    edits = []
    for m in _BY_PERFORMANCE_RE.finditer(text):
        new = match_case("by doing", m.group()) + " "
        edits.append(_Edit(m.start(), m.end(), new, "short-verbs",
                           f'"{m.group().strip()}" -> "by doing": a verb, not a verb hidden in a noun', _SHORT_VERB_SOURCE))
    return edits


def _rule_short_verbs(text: str) -> list[_Edit]:
    """"experience in the development of models" -> "experience in developing models".

    Only after a preposition (where a verb in -ing fits the grammar: "in developing", "to improving", "of applying"),
    only for the nominalizations in ``_HIDDEN_NOUN_VERBS`` (their "of" phrase is what is acted on), and not when
    a possessive follows ("the evaluation of Smith's") or a parallel "and the rollout of ..." comes later in the
    sentence (the two stay alike). The rest of the sentence is untouched.
    """
    from skillhire.plain_language import verb_forms

    edits = _weak_verb_edits(text) + _in_support_edits(text) + _by_performance_edits(text)
    for m in _SHORT_VERB_RE.finditer(text):
        if re.match(r"[\w-]+['\u2019]s\b", text[m.end():m.end() + 30]):
            continue
        rest = re.split(r"[.;:!?\n]", text[m.end():], maxsplit=1)[0]
        if re.search(r"\b(?:and|or)[ \t]+the[ \t]+[\w-]+[ \t]+of\b", rest, re.I):
            continue  # "in the development of X and the rollout of Y": keep the two parallel
        noun = m.group("noun")
        if m.group("prep").lower() in _HIDDEN_NOUNS_NOT_AFTER.get(noun.lower(), ()):
            continue
        gerund = verb_forms(_HIDDEN_NOUN_VERBS[noun.lower()])["ing"]
        a = m.start("prep") + len(m.group("prep"))
        new = " " + (gerund[:1].upper() + gerund[1:] if noun[:1].isupper() and noun[1:2].islower() else gerund) + " "
        edits.append(_Edit(a, m.end(), new, "short-verbs",
                           f'"the {noun} of" -> "{gerund}": a verb, not a verb hidden in a noun', _SHORT_VERB_SOURCE))
    return edits
