"""The ``simple-words`` and ``words-to-avoid`` rules of :mod:`skillhire.rewrite`: plain words for the words of
the plainlanguage.gov table and 18F's list, with case, number, verb form and "a"/"an" kept, and the grammar
guards that leave a word where its swap would break the sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from skillhire.plain_language import WordEntry, indefinite_article, load_simple_words, match_case, verb_forms
from skillhire.rewrite_edits import _clause_start, _Context, _Edit, _previous_word

# ------------------------------------------------------------------------------------------------------
# rule: simple words and 18F words to avoid
# ------------------------------------------------------------------------------------------------------

_SUBJECT_PRONOUNS = {"i", "you", "we", "they", "he", "she", "who", "it"}
_PARTICIPLE_BEFORE = {"having", "was", "were", "had", "not", "also", "work", "duties", "services", "tasks", "being"}
# round 12: "have you" / "has it" before a past form: a question's perfect tense, so the participle
_HAVE_SUBJECT_RE = re.compile(r"(?<![\w'-])(?:have|has|had)[ \t]+(?:you|we|they|i|he|she|it)[ \t]+(?:not[ \t]+|ever[ \t]+|"
                              r"also[ \t]+|previously[ \t]+)?$", re.IGNORECASE)
_BE_HAVE = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "gets", "got"}


@dataclass(frozen=True)
class _WordTarget:
    entry: WordEntry
    form: str  # base / s / past / ing / singular / plural / phrase
    pos: str


def _surface_forms(word: str, pos: str) -> dict[str, str]:
    if pos == "verb":
        forms = verb_forms(word)
        return {"base": forms["base"], "s": forms["s"], "past": forms["past"], "ing": forms["ing"]}
    if pos == "noun":
        from skillhire.plain_language import noun_forms

        return noun_forms(word)
    return {"phrase": word}


_WORD_TABLE: dict[str, Any] = {}


def _word_table() -> tuple[re.Pattern[str], dict[str, _WordTarget]]:
    if "table" in _WORD_TABLE:
        return _WORD_TABLE["table"]
    targets: dict[str, _WordTarget] = {}
    for entry in load_simple_words():
        if not entry.replacement:
            continue
        for word in entry.words:
            pos = entry.pos
            if pos == "verb" and word != entry.words[0] and re.search(r"(ance|ation|ment|tion)$", word):
                pos = "noun"
            for form, surface in _surface_forms(word.lower(), pos).items():
                targets.setdefault(surface, _WordTarget(entry=entry, form=form, pos=pos))
            if word == "command" and entry.dirty_dozen:  # the dirty dozen's "this activity/command" is
                # "this activity" or "this command"; the table's row splits it into "this activity" and "command"
                targets.setdefault("this command", _WordTarget(entry=entry, form="phrase", pos=pos))
    alternatives = sorted(targets, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w'-])(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alternatives) + r")(?![\w-])",
        re.IGNORECASE,
    )
    _WORD_TABLE["table"] = (pattern, targets)
    return _WORD_TABLE["table"]


_IT_IS_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bit is (?:essential|necessary|required|mandatory|imperative|critical) that you\b", re.I), "you must"),
    (re.compile(r"\bit is (?:highly |strongly )?(?:recommended|advisable|important) that you\b", re.I), "you should"),
    (re.compile(r"\bit is (?:the applicant's|the candidate's|your) (?:sole )?responsibility to\b", re.I), "you must"),
    (re.compile(r"\bit is incumbent (?:up)?on (?:you|the applicant|applicants|the candidate) to\b", re.I), "you must"),
    (re.compile(r"\bit is\b(?=\s+[A-Za-z0-9$(\"'])", re.I), "it's"),
)


#: Words before "this activity" that make it the task a rating scale asks about ("experience in doing this activity",
#: "exposure to this activity", "I can perform this activity"), not the office that the dirty dozen's "this
#: activity" (-> "we") names: the held-out USA Staffing answer scales (``evaluate_rewrite_heldout.py``) say it 241
#: times, and OPM's own scale words it "this task".
_TASK_SENSE_BEFORE_RE = re.compile(
    r"\b(?:do|does|did|doing|done|perform(?:s|ed|ing)?|carr(?:y|ies|ied|ying)[ \t]+out|exposure[ \t]+to|"
    r"experience[ \t]+(?:in|with)|trained[ \t]+(?:in|to[ \t]+do))[ \t]+$", re.IGNORECASE)


# meaning review 21: a separable phrasal verb from the table ("carry out", "find out", "speed up") takes a pronoun
# object between its verb and its particle
_SEPARABLE_PARTICLES = frozenset({"out", "up", "off", "down", "back", "over", "away"})
_PRONOUN_OBJECT_RE = re.compile(r"[ \t]+(?:it|them|him|her|us|me)(?![\w'\u2019-])")  # lower case: "IT" is no "it"
_PERSON_PASSIVE_RE = re.compile(r"(?<![\w'-])(?:you|we|they|he|she|i|spouses?|applicants?|candidates?|veterans?|"
                                r"employees?|dependents?|members?)[ \t]+(?:(?:are|is|am|were|was|be|been|being|must|will|"
                                r"may|should|not|also)[ \t]+)*(?:are|is|am|were|was|be|been|being)[ \t]+$", re.IGNORECASE)
_SKILL_NOUN_AFTER_RE = re.compile(r"[ \t]+(?:experience|abilit(?:y|ies)|skills?|knowledge|competenc(?:e|y|ies)|"
                                  r"proficiency|expertise|success|leadership|record|capabilit(?:y|ies))\b", re.IGNORECASE)
_MODALS = frozenset({"must", "will", "shall", "may", "might", "can", "could", "should", "would"})


def _rule_words(text: str, ctx: _Context) -> list[_Edit]:
    pattern, targets = _word_table()
    edits: list[_Edit] = []
    it_is_spans = []
    if "simple-words" in ctx.rules:
        for regex, replacement in _IT_IS_PATTERNS:
            for m in regex.finditer(text):
                if any(s <= m.start() < e for s, e in it_is_spans):
                    continue
                it_is_spans.append((m.start(), m.end()))
                new = match_case(replacement, m.group())
                edits.append(_Edit(m.start(), m.end(), new, "simple-words",
                                   f'"{m.group()}" -> "{new}": "it is" is one of the dirty dozen; '
                                   + ("the contraction is plainer" if replacement == "it's" else "say who must act"),
                                   "plainlanguage.gov, Use simple words and phrases (dirty dozen); "
                                   "Use contractions"))
    verb_swaps: list[tuple[int, str, str]] = []  # (start, table word, plain word) of the verb swaps made so far
    for m in pattern.finditer(text):
        surface = re.sub(r"\s+", " ", m.group().lower())
        target = targets.get(surface)
        if target is None or target.entry.rule not in ctx.rules:
            continue
        if any(s <= m.start() < e for s, e in it_is_spans):
            continue
        entry = target.entry
        if surface == "it is":
            continue  # handled above
        if surface in ("this activity", "this command", "command"):
            # round 12: bare "command" too ("throughout the command", "as required by the command" are no "we")
            possessive = re.match(r"['\u2019]s\b", text[m.end():m.end() + 3])
            if possessive and surface != "command":  # "This activity's staff" -> "Our staff", not "We's staff"
                new = match_case("our", m.group())
                edits.append(_Edit(m.start(), m.end() + possessive.end(), new, "simple-words",
                                   f'"{m.group()}{possessive.group()}" -> "{new}": "this activity/command" is one of '
                                   'the dirty dozen; say "we" and "our" for the agency',
                                   "plainlanguage.gov, Use simple words and phrases (dirty dozen)"))
                continue
            if not _clause_start(text, m.start()):
                if surface == "this activity" and _TASK_SENSE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
                    new = match_case("this task", m.group())
                    edits.append(_Edit(m.start(), m.end(), new, "simple-words",
                                       f'"{m.group()}" -> "{new}": here "activity" is the task asked about, not the '
                                       'office ("this activity" is one of the dirty dozen); "this task" is the '
                                       "wording of OPM's standard task rating scale",
                                       "plainlanguage.gov, Use simple words and phrases (dirty dozen); OPM "
                                       "Delegated Examining Operations Handbook, occupational questionnaires"))
                continue
        if surface in ("however", "accordingly", "consequently", "therefore") and not _clause_start(text, m.start()):
            continue  # "so" replaces a sentence connector, not an adverb at the end ("verified accordingly")
        if entry.words[0] == "position" and not _position_is_job(text, m.start(), m.end()):
            continue  # round 14: a stance ("policy positions", "the agency's position on"), a place ("a seated
            # position") or the verb ("position the camera"), not the job
        if entry.words[0] in _ONE_SENSE_GUARDS and _ONE_SENSE_GUARDS[entry.words[0]](text, m.start(), m.end()):
            continue  # round 14: the word in its other sense ("purchase orders", "convene a panel", "reflect on")
        if entry.words[0] == "ensure" and not re.match(r"\s+that\b", text[m.end():m.end() + 6], re.I):
            continue  # "make sure" takes a clause: "ensure that X" -> "make sure that X", not "ensure accuracy"
        if entry.words[0] == "appropriate" and (
            _previous_word(text, m.start()) in _NOT_BEFORE_APPROPRIATE
            or not re.match(r"\s+(?!(?:to|for|in|with|than|when|if|because|where|as|at|by|on|or)\b)[a-z]", text[m.end():m.end() + 12])
        ):
            continue  # only before a noun: "as appropriate", "is appropriate to", "to appropriate funds" stay
        form = target.form
        if target.pos == "verb" and form == "past":
            previous = _previous_word(text, m.start())
            form = "past" if previous in _SUBJECT_PRONOUNS | {"that", "which"} else "participle"
            if form == "past" and _HAVE_SUBJECT_RE.search(text, max(0, m.start() - 20), m.start()):
                form = "participle"  # round 12: a question's "have you participated" -> "have you taken part"
            if form == "participle" and m.group()[:1].isupper() and _clause_start(text, m.start()) \
                    and re.match(r"[ \t]+(?:in|on|with|to|for|into|across|throughout|within)\b", text[m.end():m.end() + 12]):
                form = "past"  # meaning review 22 (held-out): a list item or sentence opening with its verb and a
                # preposition ("Participated in continuous integration ...") is a past tense with its subject left
                # out, as in a resume: "Took part in", not the participle "Taken part in" (before a bare noun the
                # word may be an adjective, "Demonstrated skill in", and stays as before)
            if form == "participle" and previous not in _BE_HAVE | _PARTICIPLE_BEFORE and re.match(
                    r"\s+(?:the|a|an|their|his|her|its|these|those|all|such|your|our)\s", text[m.end():m.end() + 8], re.I):
                form = "past"  # "the employee performed the duties": a verb with its object, not a participle
        head = entry.words[0]
        after = text[m.end():m.end() + 16]
        if target.pos == "verb" and target.form == "past" and _previous_word(text, m.start()) in _MODALS:
            continue  # meaning review 21: "This education must provided the applicant with" (a slip for "must have
            # provided"): "must gave" makes the slip worse; the word stays for a person to correct
        if head in _SWAP_GUARDS and _SWAP_GUARDS[head].match(after):
            continue  # "provide for", "participate on", "the additional duties": the swap would break the grammar
        if head in _COLLOCATION_GUARDS and _COLLOCATION_GUARDS[head](text, m.start(), m.end()):
            continue  # meaning review 19: the plain word is not idiomatic with the words around it ("give
            # leadership", "a skill in", "technical help"); the original stays
        if m.group().lower() in ("provided", "providing") and _PROVIDED_IF_RE.match(text, m.end()) \
                and _previous_word(text, m.start()) not in _SUBJECT_PRONOUNS | _BE_HAVE | {"not"}:
            continue  # round 11: "creditable provided (providing) the combination consists of 100%" ("if"), not "giving"
        if head == "anticipate" and not (
                re.match(r"\s+that\b", after, re.I)
                or (m.group().lower() == "anticipated" and not re.match(
                    r"\s+(?:the|a|an|and|or|their|its|these|those|all|any|such|your|our|problems?|needs?|issues?|"
                    r"risks?|changes?|trends?|challenges?|requirements?|potential|possible)\b", after, re.I))):
            # (meaning review 22, held-out: "Anticipated potential IT issues", "I have anticipated potential
            # challenges": what may happen is foreseen, "expected potential issues" says they were counted on)
            continue  # the table's "expect" only where it means expect ("anticipated vacancies", "anticipate that");
            # "anticipates and meets the needs", "anticipate problems" mean foresee, and "expect" would change that
        if head == "notify" and re.match(r"(?:[ \t]+(?!of\b)[\w'\u2019-]+){1,4}?[ \t]+of\b", text[m.end():m.end() + 60]):
            continue  # round 9: "notify applicants of vacancies" is not "tell applicants of vacancies"
        if head == "capability" and (m.group().lower() == "capabilities"
                                     or not (re.match(r"\s+(?:to|in|for[ \t]+\w+ing)\b|[ \t]*(?:[,.;:)!?]|\n|$)",
                                                      after, re.IGNORECASE)
                                             or re.search(r"\b(?:your|their|his|her|my|our)\b[^.;:,]{0,60}$",
                                                          text[max(0, m.start() - 60):m.start()], re.IGNORECASE))):
            continue  # round 12: the plural names what systems or teams can do ("information system capabilities",
            # "the capabilities and limitations of current hardware"): "abilities" is a person's, so it stays
        if head == "terminate" and _previous_word(text, m.start()) in _BE_HAVE - {"has", "have", "had"} | {"a", "an", "the"}:
            continue  # round 12: "can be terminated" (a person is fired, not "ended"), "a terminated business"
        if head == "additional" and _previous_word(text, m.start()) in _DETERMINERS_NOT_A:
            continue  # "the additional duties" is not "the more duties"; only a bare or "an additional" is safe
        if head == "implementation" and not _rollout_fits(text, m.start(), m.end()):
            continue  # meaning review 18: "rollout" is launching a system; "the implementation of directives",
            # "design, implementation, and maintenance of cybersecurity requirements" mean carrying them out
        if (target.pos == "verb" and form == "participle" and head != "demonstrate"
                and _previous_word(text, m.start()) in _DETERMINERS_NOT_A | {"a", "an"}
                and re.match(r"[ \t]+[a-z]{3,}\b", after)):
            continue  # meaning review 18: a participle used as an adjective after a determiner ("the performed work",
            # "any submitted documents"): "the done work", "any sent documents" are not English
        if (target.pos == "verb" and form == "ing" and _previous_word(text, m.start()) in _DETERMINERS_NOT_A | {"a", "an"}
                and re.match(r"[ \t]+(?!(?:of|in|on|at|to|for|and|or|with|by|from)\b)[A-Za-z]{3,}\b", after)):
            continue  # meaning review 22 (held-out): the "-ing" form as an adjective before its noun ("the spouse of a
            # relocating Armed Forces member", "a participating agency"): "a moving member" reads as touching,
            # "a taking part agency" is not English; the gerund ("the relocating of staff") is not touched here
        replacement = _inflect_replacement(entry.replacement, form, target.pos)
        if m.group().lower() == "proficiency" and _previous_word(text, m.start()) in _PROFICIENCY_LEVEL_BEFORE \
                and not re.match(r"[ \t]+levels?\b", after, re.IGNORECASE) \
                and not re.search(r"\b(?:levels?|degree)[ \t]+of[ \t]+(?:[\w-]+[ \t]+)?$", text[max(0, m.start() - 40):m.start()],
                                  re.IGNORECASE):
            replacement += " level"
            # walkthrough 3: after a word of requirement "proficiency" is the level to reach, not the skill ("Exceeded
            # the required proficiency in both interview rounds", the category definitions 5 CFR 337.303(c) asks
            # for; SME-QA's job analysis sets a required proficiency level per competency): "the required skill"
            # names another skill, "the required skill level" keeps the meaning. "proficiency in SQL" -> "skill in
            # SQL", "proficiency level" -> "skill level" and "the level of (required) proficiency" -> "the level of
            # (required) skill" were right
        if head == "methodology" and m.group().lower() == "methodology" and not re.search(
                r"(?<![\w-])(?:the|this|that|a|an|one|each|every|any|no|its|their|your|our|his|her|my|such)[ \t]+"
                r"(?:[\w-]+[ \t]+){0,2}$", text[max(0, m.start() - 60):m.start()], re.IGNORECASE):
            replacement = "methods"  # meaning review 21: the mass noun ("processes and methodology to respond") is
            # "methods"; "processes and method to respond" lacks its article
        if head == "provide" and replacement == "given" and _previous_word(text, m.start()) not in _BE_HAVE \
                and _BARE_OBJECT_RE.match(text, m.end()):
            continue  # meaning review 20 (held-out): "The class provided training on ..." is the past tense with its
            # object, read as a participle ("The class given training"); "gave" may be right, but "provided" is safe
        if head in ("provide", "furnish") and replacement == "given" and _thing_passive(text, m.start(), m.end()):
            if head == "provide":
                continue  # meaning review 20: "documentation has been provided" is not "has been given"
            replacement = "sent"  # "transcripts must be furnished" -> "sent" (the table's other word)
        if head == "in accordance with" and re.match(r"\s+(?:its|their|his|her)\s", text[m.end():m.end() + 7], re.I):
            replacement = "in line with"  # meaning review 18: "creditable in accordance with its relationship to a
            # year of study" is in proportion to it: "under its relationship" says nothing; "under" fits an
            # authority ("in accordance with the Merit Promotion Plan")
        if head == "previous" and _TIME_SPAN_AFTER_RE.match(text, m.end()):
            replacement = "past"  # meaning review 18: "within the previous 52 weeks" is the 52 weeks just gone:
            # "the past 52 weeks", not "the earlier 52 weeks"
        if target.pos == "verb" and form == "participle" and _previous_word(text, m.start()) not in _BE_HAVE:
            if head == "obtain" and _previous_word(text, m.start()) not in {"having"}:
                continue  # "experience obtained by", "been obtained": "gotten" is not how a reader says it
            if head == "demonstrate" and _ADJECTIVE_SLOT.match(after) and (
                    _clause_start(text, m.start()) or _previous_word(text, m.start()) in _BEFORE_ADJECTIVE
                    or re.search(r",[ \t]*$", text[max(0, m.start() - 3):m.start()])):
                # (meaning review 19: after a comma too, an item of a series: "requirements, demonstrated ability to
                # perform" -> "proven ability", not "shown ability")
                replacement = "proven"  # "Demonstrated skill in" -> "Proven skill in": the table's "prove"
        if head == "demonstrate" and form == "participle" and _previous_word(text, m.start()) in {
                "is", "are", "was", "were"} and _SKILL_NOUN_AFTER_RE.match(text, m.end()):
            replacement = "proven"  # meaning review 21: "Specialized experience is demonstrated experience in ALL of
            # the following" is an adjective before its noun, not a passive: "is shown experience" misreads
        if head == "indicate" and m.group().lower() == "indicate" and _reader_reports(text, m.start(), m.end()):
            replacement = "tell us"  # round 25 (round 22's leftover): an instruction to the reader to report
            # something ("Indicate the extent of your experience", "please indicate where and when you obtained",
            # "select from the following to indicate how you discovered"): "show" reads as "prove"; what is written
            # on a document is still shown there ("please indicate dates of employment ... on your resume")
        if head in ("reflect", "indicate") and form == "participle" and _PERSON_PASSIVE_RE.search(text[max(0, m.start() - 40):m.start()]) \
                and re.match(r"[ \t]+(?:on|in)\b", after):
            replacement = "named"  # meaning review 21 (round 20's leftover): a person "indicated (reflected) on the PCS
            # orders" is named on them; "you are shown on the orders" reads as a picture
        if head == "obtain" and form == "participle" and _previous_word(text, m.start()) in {"been", "being", "be",
                                                                                            "is", "are", "was", "were"}:
            continue  # "may have been obtained" -> "may have been gotten" reads wrongly
        new = match_case(replacement, m.group())
        start = m.start()
        article = re.search(r"(?<![\w-])(a|an|A|An|AN)\s+$", text[max(0, start - 12):start])
        if article:
            wanted = indefinite_article(new)
            if wanted != article.group(1).lower():
                start = max(0, start - 12) + article.start()  # the match is in the 12-character window
                new = match_case(wanted, article.group(1)) + " " + new
        end = m.end()
        compound = _ASSISTANCE_COMPOUND_RE.search(text, max(0, m.start() - 20), m.start()) \
            if m.group().lower() == "assistance" else None
        if compound:
            # meaning review 22 (round 21's leftover): "providing customer assistance" -> "customer help" and "provide
            # information assistance" -> "information help" read as kinds of help; the noun that named who or what
            # the help is for is said with its preposition: "help to customers", "help with information"
            noun = compound.group("noun")
            if noun.lower() in _ASSISTED_PERSONS:
                new = match_case("help", noun) + " to " + _ASSISTED_PERSONS[noun.lower()]
            else:
                new = match_case("help", noun) + " with " + noun.lower() if not noun.isupper() else \
                    match_case("help", noun) + " with " + noun
            start = compound.start("noun")
        if entry.words[0] == "provide":
            given = _PROVIDE_WITH_RE.match(text, m.end())
            if given:  # "provided the applicant with the skills" -> "gave the applicant the skills"
                new += given.group("recipient") or ""
                end = given.end()
        if head == "assist" and target.pos == "verb":
            helped = _help_do(text, m.end())
            if helped:
                # "Assists in managing and configuring" -> "Helps manage and configure": "help" takes a bare verb,
                # "help in supporting" is not English
                new += helped[0]
                end = helped[1]
        pronoun = _PRONOUN_OBJECT_RE.match(text, end) if target.pos == "verb" else None
        if pronoun and " " in new and new.rsplit(" ", 1)[1].lower() in _SEPARABLE_PARTICLES:
            # meaning review 21: a phrasal verb puts a pronoun object before its particle ("to implement it" ->
            # "to carry it out"; "to carry out it" is not English)
            verb_part, particle = new.rsplit(" ", 1)
            new = f"{verb_part}{pronoun.group()} {particle}"
            end = pronoun.end()
        if target.pos == "verb" and _repeats_nearby(text, m.start(), end, head, replacement, entry.replacement,
                                                    verb_swaps):
            continue  # meaning review 20: "reflect ... indicated by" -> "show ... shown by": the word would repeat
        if target.pos == "verb":
            verb_swaps.append((m.start(), head, replacement))
        reason = f'"{text[m.start():end]}" -> "{new.strip()}": {word_reason(entry)}'
        if head == "proficiency" and replacement.endswith(" level"):
            reason += f'; after "{_previous_word(text, m.start())}" it names the level to reach, so "skill level"'
        edits.append(_Edit(start, end, new, entry.rule, reason, entry.source))
    if "simple-words" in ctx.rules:
        edits += _help_in_doing(text)
    return edits


def word_reason(entry: WordEntry) -> str:
    """Why a word-list row's swap is made, naming the source the row itself names (walkthrough 3: skillhire's own
    rows were credited to plainlanguage.gov)."""
    if entry.source.startswith("skillhire"):
        return f"a plainer word skillhire adds for hiring text ({entry.note})"
    if entry.rule == "words-to-avoid":
        return "18F lists it among words to avoid"
    if entry.dirty_dozen:
        return "one of plainlanguage.gov's dirty dozen"
    return "plainlanguage.gov's simpler word"


def _repeats_nearby(text: str, start: int, end: int, head: str, new: str, plain: str,
                    swaps: list[tuple[int, str, str]]) -> bool:
    """Meaning review 20: whether another form of the plain verb ``plain`` than the swap's own ``new`` is already in
    the sentence of ``text[start:end]``, in the text or made by an earlier swap ("may amend your responses to more
    accurately reflect the level of competency indicated by" -> "show ... shown by", the table's "show" for both
    "reflect" and "indicate"; "the SF-50 showing your grade if not reflected" -> "showing ... shown"). The verb said
    twice in two roles reads as an error, so the second swap keeps its word. The same form twice is parallel and
    stays ("Assists in managing data and helps in supporting" -> "Helps manage data and helps support"), and so
    does a word the text itself says twice ("demonstrates ... as demonstrated by" -> "shows ... as shown by")."""
    if plain in ("have", "do", "be"):
        return False  # their forms are also auxiliaries ("I do not have experience in performing" -> "doing")
    forms = {f for f in verb_forms(plain).values() if " " not in f} - {new.lower()}
    if not forms:
        return False
    sentence_start = max(text.rfind(c, 0, start) for c in ".;:!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".;:!?\n") if i >= 0]
    sentence_end = min(ends) if ends else len(text)
    if any(a >= sentence_start and other != head and made.lower() in forms for a, other, made in swaps):
        return True
    words = re.findall(r"[a-z]+", (text[sentence_start:start] + " " + text[end:sentence_end]).lower())
    return any(w in forms for w in words)


def _help_do(text: str, pos: int) -> tuple[str, int] | None:
    """After "assist"/"help" at ``pos``: " (someone) do (and do)" for " (someone) in doing (and doing)", and its end.

    None where "in" heads a series ("in assessing needs, the rollout of ...") or an -ing word is a noun of a trade
    ("in accounting") or not a known verb form.
    """
    series = _ASSIST_IN_SERIES_RE.match(text, pos)
    if series and series.group("prep") == "with" and series.group("object").strip():
        series = None  # "with" only straight after "help": "assist employees with disabilities in finding jobs"
    if series:
        bases = [_base_of_ing(w) for w in re.findall(r"[a-z]{2,}ing\b", series.group("series"))]
        if all(bases):
            # round 25: "Assisting in planning, conducting, coordinating, and/or monitoring projects" -> "Helping plan,
            # conduct, coordinate, and/or monitor projects": a series of bare "-ing" words shares "in" and its
            # object, so every word of it takes the bare form after "help" (round 22 kept "in" and the series)
            words = iter(bases)
            new = re.sub(r"[a-z]{2,}ing\b", lambda w: match_case(next(words), w.group()), series.group("series"))
            return series.group("object") + new, series.end()
        return None
    helped = _ASSIST_IN_RE.match(text, pos)
    if not helped:
        return None
    if helped.group("prep") == "with":
        # round 25: "Assists with designing ..." -> "Helps with designing" is the gerund after "help" that a swap
        # leaves, as "in" is: "help with doing" is "help do" too ("helped with writing a part of an RFI" -> "helped
        # write"), with nothing between "help" and "with", and not where an "-ing" item with its own object follows
        # in the clause ("helping with maintaining databases and managing systems": "managing" may go on "help" or
        # on "with", and "help maintain databases and managing systems" breaks either reading)
        clause = re.split(r"[.;:!?\n]", text[helped.end():], maxsplit=1)[0]
        if helped.group("object").strip() or re.search(r"(?:,|\band\b|\bor\b)[ \t]+(?:and[ \t]+|or[ \t]+)?[a-z]{2,}ing\b",
                                                        clause):
            return None
    bases = [_base_of_ing(helped.group(g)) for g in ("ing", "ing2")]
    rest = re.split(r"[.;:!?\n]", text[helped.end():], maxsplit=1)[0]
    if re.search(r",[ \t]+(?:and[ \t]+|or[ \t]+)?(?:the|an?)[ \t]", rest):
        return None  # "in assessing needs, the rollout of ..., and the development of ...": "in" heads a series
    if re.match(r"(?:[ \t]+(?:out|up|on|off|down|through))?[ \t]*,[ \t]+(?:and/or[ \t]+|and[ \t]+|or[ \t]+)?[a-z]{2,}ing\b",
                text[helped.end():]):
        return None  # meaning review 22 (held-out): "Helping in carrying out, coordinating, and overseeing programs"
        # (the first -ing with its particle, then a series): "Helping carry out, coordinating, and overseeing" breaks
        # the series; the -ing words stay together after "in"
    if not bases[0] or (helped.group("ing2") is not None and not bases[1]):
        return None
    new = helped.group("object") + match_case(bases[0], helped.group("ing"))
    if bases[1]:
        new += helped.group("joiner") + match_case(bases[1], helped.group("ing2"))
    return new, helped.end()


# round 25: three or more bare "-ing" words in a series, commas between and "and"/"or"/"and/or" before the last, with
# nothing of their own between them ("planning, conducting, coordinating, and/or monitoring")
_ASSIST_IN_SERIES_RE = re.compile(
    r"(?P<object>(?:[ \t]+(?!(?:in|or|and)\b)[A-Za-z][\w'\u2019-]*){0,4}?[ \t]+)(?P<prep>in|with)[ \t]+"
    r"(?P<series>[a-z]{2,}ing(?:[ \t]+(?:out|up))?(?:,[ \t]+[a-z]{2,}ing(?:[ \t]+(?:out|up))?)+,?[ \t]+(?:and/or|and|or)[ \t]+"
    r"[a-z]{2,}ing\b)(?![ \t]*[-,/])")


# round 10: "help" already in the text before "in doing" ("will help in developing"): said as the round-9 "assist"
# rule says it, but only where "help" is surely a verb: "helps", "helped", "helping", or "help" after "to", a modal
# or a subject pronoun; "seek help in finding", "provide help in preparing", "and help in ..." are the noun
_HELP_IN_RE = re.compile(r"(?<![\w'-])(?:help(?:s|ed|ing)?)(?![\w'-])", re.IGNORECASE)
_BEFORE_VERB_HELP = frozenset({"to", "will", "would", "can", "could", "may", "might", "must", "should", "shall",
                               "you", "we", "they", "i", "also", "not", "then"})


def _help_in_doing(text: str) -> list[_Edit]:
    """ "You will help in developing models" -> "You will help develop models" (rule ``simple-words``)."""
    edits = []
    for m in _HELP_IN_RE.finditer(text):
        if m.group().lower() == "help" and _previous_word(text, m.start()) not in _BEFORE_VERB_HELP:
            continue
        helped = _help_do(text, m.end())
        if not helped:
            continue
        new = m.group() + helped[0]
        edits.append(_Edit(m.start(), helped[1], new, "simple-words",
                           f'"{text[m.start():helped[1]]}" -> "{new}": "help" takes a bare verb ("help in developing" '
                           "is wordier than \"help develop\")", "plainlanguage.gov, Use simple words and phrases",
                           # round 25: "...; and Helping in developing a plan" (a swap's "Helping", capitalised in the
                           # middle of a sentence as the source's "Assisting" was) is a verb, not a name
                           in_names=m.group()[:1].isupper()))
    return edits


# "assist(s) [someone] in doing (and doing)": up to four words of object, no punctuation; round 12: no "or"/"and" in
# the object ("assist or train them in doing" is two verbs sharing "in doing": "help or train them do" breaks)
_ASSIST_IN_RE = re.compile(
    r"(?P<object>(?:[ \t]+(?!(?:in|or|and)\b)[A-Za-z][\w'\u2019-]*){0,4}?[ \t]+)(?P<prep>in|with)[ \t]+(?P<ing>[a-z]{2,}ing)\b"
    r"(?:(?P<joiner>,?[ \t]+(?:and|or)[ \t]+)(?P<ing2>[a-z]{2,}ing)\b)?(?![ \t]*-|,|/)")
# -ing words that are nouns of a trade or field after "in" ("assist in accounting"), never a verb to help with
_ING_NOUNS = frozenset({"accounting", "engineering", "marketing", "nursing", "housing", "funding", "contracting",
                        "programming", "banking", "building", "clothing", "lodging", "shipping", "policing",
                        "advertising", "auditing", "computing", "publishing", "training", "recruiting", "staffing"})


def _base_of_ing(word: str | None) -> str | None:
    """ "managing" -> "manage", "supporting" -> "support", "planning" -> "plan"; None if not a known verb form."""
    from skillhire.readability import _cmudict

    if not word or word.lower() in _ING_NOUNS:
        return None
    lower = word.lower()
    stem = lower[:-3]
    candidates = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.insert(0, stem[:-1])
    known = _cmudict()
    found = [c for c in candidates if c in known and verb_forms(c)["ing"] == lower]
    if len(found) > 1 and len(found[-1]) == len(stem) + 1 and found[-1] == stem + "e":
        # round 12: both "chang" (a name in the dictionary) and "change" give "changing", "writ" and "write" give
        # "writing": the spelling cannot tell which verb it is, so no base form (no "helped chang")
        return None
    return found[0] if found else None


# round 11: "provided" as a conjunction ("if"): "provided that ...", "provided you meet ...", "provided the combination
# consists of ...", "provided at least 6 semester hours were in statistics", "provided it demonstrates ...": a clause
# with its own subject and verb follows (within six words, not after a preposition: "information provided in your
# resume will be ..." is the participle), so "gave"/"given" would break the sentence
_PROVIDED_IF_RE = re.compile(
    r"[ \t]+(?:that\b|(?!(?:in|on|by|for|to|with|from|under|through|within|during|via|as|and|or|at(?![ \t]+(?:least|"
    r"most)\b))\b)(?:[\w'\u2019-]+[ \t]+){0,5}?(?:is|are|was|were|has|have|had|meets?|consists?|does|do|did|can|will|"
    r"must|may|equals?|totals?|demonstrates?|shows?|includes?|qualify|qualifies)\b)",
    re.IGNORECASE)
# word swaps that need the word after them to keep the grammar: "provide for" (make provision) is not "give for",
# "participate on/with/as" is not "take part on"; "take part" needs "in"
_SWAP_GUARDS = {
    "provide": re.compile(r"\s+for\b", re.IGNORECASE),
    "participate": re.compile(r"\s+(?:on|with|as|at)\b", re.IGNORECASE),
    # round 12: "submit to a drug screening / the polygraph examination" means undergo, not "send to"
    "submit": re.compile(r"\s+to\b", re.IGNORECASE),
    # round 12: "attempts at gaining access" is the noun with its "at": "tries at gaining" is not English
    "attempt": re.compile(r"\s+at\b", re.IGNORECASE),
}
# "additional" -> "more" only bare ("additional SF-50s" -> "more SF-50s") or after "an" ("another"); after another
# determiner it breaks ("the additional duties" -> "the more duties")
_DETERMINERS_NOT_A = frozenset({"the", "this", "that", "these", "those", "any", "your", "their", "its", "our", "his",
                                "her", "all", "no", "each", "such", "some", "my"})
# a past participle used as an adjective before a noun ("Demonstrated experience cleaning data"): the previous word
# starts a phrase (nothing, a list marker, an article, "and"/"or", "of", "with"), the next is a lower-case noun
_ADJECTIVE_SLOT = re.compile(r"\s+(?!(?:by|in|on|at|to|for|from|through|that|which|the|a|an|and|or|as|with|of|"
                             r"how|what|when|where|your|their|this|these|those|its|his|her|our|it|them|you|him|us|"
                             r"within|over|during|under|throughout|via|across)\b)[a-z]{3,}", re.IGNORECASE)
_BEFORE_ADJECTIVE = frozenset({"a", "an", "and", "or", "of", "with", "your", "their", "the", "by"})


# words before "appropriate" that make it a verb ("to appropriate funds") or a predicate ("is most appropriate")
_NOT_BEFORE_APPROPRIATE = frozenset({"to", "will", "must", "may", "can", "should", "would", "could", "is", "are", "be",
                                     "was", "were", "been", "being", "most", "more", "less", "least", "as", "deemed",
                                     "considered", "seems", "seem", "not"})


# "provide X with Y" is "give X Y": the "with" goes when "provide" becomes "give" (and "be provided with Y" is
# "be given Y"); X must be someone who receives (a person, a group or a pronoun), since "provide documents with your
# application" keeps its "with" ("along with")
_RECIPIENTS = (r"you|them|us|him|her|me|applicants?|candidates?|employees?|customers?|clients?|users?|public|aircrew|"
               r"crews?|staff|teams?|managers?|management|leadership|stakeholders?|agenc(?:y|ies)|organizations?|"
               r"people|individuals?|students?|veterans?|members?|supervisors?|selectees?|incumbents?|partners?")
_PROVIDE_WITH_RE = re.compile(
    rf"(?P<recipient>\s+(?:(?:the|an?|our|your|all|each|its|their|other)\s+)?(?:[\w-]+\s+)?(?:{_RECIPIENTS}))?\s+with\b(?=\s+\w)",
    re.IGNORECASE,
)


def _inflect_replacement(replacement: str, form: str, pos: str) -> str:
    if pos == "verb":
        forms = verb_forms(replacement)
        return forms.get(form, replacement)
    if pos == "noun":
        from skillhire.plain_language import noun_forms

        return noun_forms(replacement).get(form, replacement)
    return replacement


# round 14: "position" -> "job" only where the position is a job. Job announcements use the word in three senses:
# the job ("this position", "the position of", "positions at", "GS-13 positions", "a supervisory position"), a stance
# ("policy positions", "the agency's position on", "a position paper", "take a position") and a place or posture ("a
# seated position", "position the camera", "GPS position"). What tells them apart is next to the noun: the stance
# takes "on"/"regarding" or names a document ("paper", "statement"), its modifier is a field of argument ("policy",
# "legal", "negotiating"), a possessive before it with "on" after it; the place has a posture or a navigation word
# before or after it; the verb has an object after it where a subject or "to" stands before it.
_STANCE_BEFORE = frozenset({"policy", "legal", "negotiating", "bargaining", "political", "ideological", "financial",
                            "fiscal", "strategic", "market", "cash", "net", "defensive", "moral", "consensus",
                            "budgetary", "administration's", "government's", "agency's", "department's", "court's",
                            "congress's", "union's", "management's"})
_PLACE_BEFORE = frozenset({"seated", "sitting", "standing", "stationary", "upright", "kneeling", "crouching", "crouched",
                           "squatting", "prone", "supine", "stooped", "stooping", "bent", "bending", "awkward", "static",
                           "neutral", "reclining", "reclined", "horizontal", "vertical", "overhead", "body", "hand",
                           "arm", "head", "gps", "geographic", "geographical", "geospatial", "relative", "exact",
                           "firing", "fixed", "ready", "closed", "open", "locked", "off", "on"})
_STANCE_AFTER_RE = re.compile(r"s?(?:\s+(?:on|regarding|about|against|toward|towards|concerning)\b|\s+(?:papers?|"
                              r"statements?|taken)\b|\s+in\s+favor\s+of\b)", re.IGNORECASE)
_PLACE_AFTER_RE = re.compile(r"s?\s+(?:accuracy|fix|fixes|sensors?|errors?|estimates?|coordinates)\b", re.IGNORECASE)
_TAKE_STANCE_RE = re.compile(r"\b(?:take|takes|took|taken|taking|adopt|adopts|adopted|state|states|stated|defend|"
                             r"defends|defended|articulate|articulates|articulated)\s+(?:(?:a|an|the|this|that|its|"
                             r"their|our|your|his|her)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_VERB_BEFORE = frozenset({"to", "will", "would", "can", "could", "must", "may", "might", "should", "shall", "you", "we",
                          "they", "i", "who", "help", "helps", "helped", "and", "or"})
_OBJECT_AFTER_RE = re.compile(r"s?\s+(?:the|a|an|this|that|these|those|its|their|our|your|his|her|each|all|it|them|him|"
                              r"itself|themselves|yourself|ourselves|self|oneself|equipment|patients?|cameras?|"
                              r"antennas?|instruments?)\b", re.IGNORECASE)


# meaning review 18: "implementation" -> "rollout" only where what is implemented is a system or a change to one
_ROLLOUT_OBJECTS = (r"systems?|software|tools?|applications?|apps?|platforms?|technolog(?:y|ies)|releases?|upgrades?|"
                    r"updates?|solutions?|features?|products?|changes?|databases?|networks?|infrastructure|equipment|"
                    r"warehouses?|records?|IT|EHR|EMR|interfaces?|modules?|versions?|patch(?:es)?|capabilit(?:y|ies)")
_ROLLOUT_BEFORE_RE = re.compile(rf"\b(?:{_ROLLOUT_OBJECTS})[ \t]+$", re.IGNORECASE)
_ROLLOUT_AFTER_RE = re.compile(rf"(?:[ \t]*,?[ \t]*(?:and|or|and/or)?[ \t]*[a-z]+,?){{0,4}}?[ \t]+of[ \t]+"
                               rf"(?:[\w/'\u2019-]+[ \t]+){{0,5}}?(?:{_ROLLOUT_OBJECTS})\b", re.IGNORECASE)
# what is new is rolled out whatever it is ("the implementation of new policies")
_ROLLOUT_NEW_RE = re.compile(r"[ \t]+of[ \t]+(?:(?:the|a|an|any|all)[ \t]+)?(?:new|revised|updated)\b", re.IGNORECASE)
_TIME_SPAN_AFTER_RE = re.compile(r"[ \t]+(?:(?:\d+|one|two|three|four|five|six|twelve|few|several)[ \t]+)?"
                                 r"(?:calendar[ \t]+)?(?:days?|weeks?|months?|years?)\b"
                                 # meaning review 22 (held-out): "within the previous 5-year period" is the span just gone
                                 r"|[ \t]+(?:\d+|one|two|three|four|five|six|ten|twelve)-(?:day|week|month|year)[ \t]+period\b",
                                 re.IGNORECASE)


def _rollout_fits(text: str, start: int, end: int) -> bool:
    """Whether "implementation" at [start, end) is the launch of a system or of something new ("implementation of
    new systems", "system implementation", "the implementation of new policies"), where "rollout" keeps the meaning."""
    return bool(_ROLLOUT_BEFORE_RE.search(text[max(0, start - 20):start]) or _ROLLOUT_AFTER_RE.match(text, end)
                or _ROLLOUT_NEW_RE.match(text, end))


# meaning review 19: a position's designation in law or HR practice names the position, and "job" would not be the
# term of the designation: "an acquisition position" (10 U.S.C. 1721, APDP), "a bargaining unit position", "a
# sensitive / national security / public trust position", "a testing designated position"
_DESIGNATED_BEFORE_RE = re.compile(
    r"\b(?:acquisition|bargaining[ \t]+unit|(?:non-?critical|critical|special)[ \t-]+sensitive|sensitive|national[ \t]+"
    r"security|public[ \t]+trust|testing[ \t]+designated|drug[ \t]+testing|key[ \t]+leadership|(?:low|moderate|high)"
    r"[ \t]+risk)[ \t]+$", re.IGNORECASE)


def _position_is_job(text: str, start: int, end: int) -> bool:
    """Whether "position(s)" at [start, end) means a job (see the comment above for the signs of the other senses)."""
    before = text[max(0, start - 60):start]
    previous = _previous_word(text, start)
    word = text[start:end].lower()
    if re.search(r"\bin\s+(?:a|the)\s+$", before, re.I) and re.match(r"\s+to\b", text[end:end + 6], re.I):
        return False  # "in a position to" (able to)
    if word == "position" and re.match(r"\s+to\b", text[end:end + 6], re.I) and previous in _VERB_BEFORE:
        return False  # "to position to meet" is odd, but "you will position to ..." is the verb
    if previous in _STANCE_BEFORE or previous in _PLACE_BEFORE:
        return False
    if _STANCE_AFTER_RE.match(text, end) and not re.match(r"s?\s+on\s+(?:(?:the|our|a|your|this)\s+(?:team|staff|board|"
                                                          r"committee|panel|crew|register|certificate|roster)\b|"
                                                          r"(?:an?\s+)?(?:[\w-]+\s+){0,2}basis\b|detail\b)",
                                                          text[end:end + 60], re.I):
        return False  # "the position on trade" (a stance); "a position on the team", "a job on a permanent basis" are
        # jobs
    if _PLACE_AFTER_RE.match(text, end) or _TAKE_STANCE_RE.search(before):
        return False
    if re.match(r"s?\s+(?:descriptions?|classification|sensitivity|designation|number|of\s+record|"
                r"risk)\b", text[end:end + 24], re.I) or _DESIGNATED_BEFORE_RE.search(before):
        return False  # meaning review 19: a position description (PD) is an official HR document, and position
        # classification, sensitivity, number and "of record" are its terms: "job description" names something else
    if word == "position" and re.match(r"\s+management\b", text[end:end + 16], re.I):
        return False  # review 13: "position management" is the HR function (OPM's term); "job management" reads as
        # managing one's own job
    if (previous in _VERB_BEFORE or _clause_start(text, start)) and _OBJECT_AFTER_RE.match(text, end):
        return False  # "Positions patients for exams", "to position the camera": the verb
    return True


def _verb_object_after(text: str, end: int) -> bool:
    return bool(re.match(r"\s+(?!(?:at|in|on|to|for|with|as|when|if|by|from|during|after|before|until|within|each|every|"
                         r"monthly|weekly|daily|annually|quarterly|regularly|again|once|twice|periodically|"
                         r"virtually|remotely|online|together)\b)[A-Za-z]", text[end:end + 30], re.IGNORECASE))


# words after which an adverb stands before its verb ("to effectively communicate", "and effectively address")
_PRE_VERB_WORDS = frozenset({"to", "and", "or", "will", "would", "can", "could", "must", "may", "might", "should",
                             "shall", "you", "we", "they", "is", "are", "was", "were", "be", "been", "being", "not"})


_TECHNICAL_COMPONENT_BEFORE = frozenset({"software", "hardware", "system", "systems", "network", "electronic",
                                         "electrical", "mechanical", "application", "infrastructure", "weapon",
                                         "aircraft", "vehicle", "engine", "circuit", "computer", "reusable"})
_SUFFICIENT_PREDICATE_BEFORE = frozenset({"is", "are", "was", "were", "be", "been", "being", "become", "becomes",
                                          "became", "seem", "seems", "seemed", "not", "also", "considered", "deemed",
                                          "judged", "found", "more", "less", "very", "quite", "fully", "entirely",
                                          "only", "still", "alone", "and", "or"})


# round 14: other simple-words entries with two senses in job announcements; each guard says when the word is in the
# sense the table's replacement does not fit (see the module docstring for the ones checked and left)
#: Words before "proficiency" that make it a level to reach ("the required proficiency"), not the skill itself
#: (walkthrough 3)
_PROFICIENCY_LEVEL_BEFORE = frozenset({"required", "requisite", "minimum", "needed", "necessary", "expected", "target",
                                       "desired", "same"})

_ONE_SENSE_GUARDS: dict[str, Any] = {
    # meaning review 21: "sufficient" after its noun ("leadership experience in the health care arena sufficient to
    # qualify", "experience sufficient to demonstrate") is "enough" only as "that is enough": "arena enough to" reads
    # as if the arena were enough; before a noun ("sufficient knowledge") and as a predicate ("must be sufficient
    # to") "enough" is right
    "sufficient": lambda text, start, end: bool(re.match(r"[ \t]+(?:to|for)\b", text[end:end + 6], re.IGNORECASE))
    and not _clause_start(text, start) and _previous_word(text, start) not in _SUFFICIENT_PREDICATE_BEFORE,
    # the noun ("purchase card", "purchase orders", "a small purchase") is no "buy": only the verb is
    "purchase": lambda text, start, end: bool(
        _previous_word(text, start) in _DETERMINERS_NOT_A | {"a", "an", "small", "large", "government", "micro",
                                                              "open-market", "of", "for", "bulk", "simplified"}
        or re.match(r"s?\s+(?:cards?|orders?|requests?|requisitions?|agreements?|prices?|costs?|authority|history|"
                    r"programs?|limits?|data|decisions?|transactions?|process|threshold|actions?|documents?)\b",
                    text[end:end + 20], re.IGNORECASE)),
    # "convene a panel" (call together) is not "meet a panel": only the intransitive "the board convenes monthly"
    "convene": lambda text, start, end: _verb_object_after(text, end),
    # the noun ("research endeavors") is no "try": only "endeavor to ..." is
    "endeavor": lambda text, start, end: not re.match(r"s?\s+to\b", text[end:end + 6], re.IGNORECASE),
    # "reflect on / upon" (think about) is not "show on"
    # ("be reflected on your resume", "if not reflected on your SF-50": the participle is the shown sense)
    "reflect": lambda text, start, end: bool(re.match(r"\s+(?:on|upon)\b", text[end:end + 8], re.IGNORECASE))
    and (not text[start:end].lower().endswith("ed") or _previous_word(text, start) in _SUBJECT_PRONOUNS),
    # "about" replaces "approximate" only before an amount ("approximate 40 hours"); "the approximate cost" and the
    # verb ("models approximate the cost") keep it
    "approximate": lambda text, start, end: text[start:end].lower() == "approximate" and not (
        re.match(r"\s+\$?\d", text[end:end + 4]) and _previous_word(text, start) not in _DETERMINERS_NOT_A | {"a", "an"}),
    # round 18: "effectively" is "well" only after what it qualifies ("communicate effectively with", "Listens
    # effectively;", "speak and write effectively."), never before a verb ("to effectively multi-task", "and effectively
    # address", "Effectively manages": "well" cannot go there) nor as "in effect" ("was effectively eliminated")
    # A degree word before it stays with it ("do the task more effectively": "more well" is not English)
    "effectively": lambda text, start, end: _clause_start(text, start)
    or _previous_word(text, start).lower() in _PRE_VERB_WORDS | {"more", "most", "less", "least", "as", "so", "very",
                                                                 "too", "quite", "highly", "how"}
    or not re.match(r"[ \t]*(?:[,.;:)!?]|\n|$|(?:with|both|orally|in|across|within|under|when|while|and|or|to|at|on|"
                    r"as|for|among|together)\b)", text[end:end + 12]),
    # meaning review 18: "apparent" is "clear" only as a predicate ("it is apparent that", "became apparent."); before
    # a noun it means seeming ("a real or apparent conflict of interest"), and "clear conflict" says the opposite
    "apparent": lambda text, start, end: not (
        _previous_word(text, start).lower() in {"is", "are", "was", "were", "be", "been", "become", "becomes",
                                                "became", "seems", "seem", "seemed", "readily", "immediately"}
        or re.match(r"[ \t]*(?:[,.;:)!?]|\n|$|that\b)", text[end:end + 8])),
    # meaning review 18: "same" needs "the" ("fill identical vacancies" -> "fill same vacancies" is not English) and
    # takes "as", not "to"
    "identical": lambda text, start, end: _previous_word(text, start).lower() != "the"
    or bool(re.match(r"\s+to\b", text[end:end + 6], re.IGNORECASE)),
    # meaning review 18: after a word of skill "regarding" means "in" ("highly proficient regarding the KSAs"):
    # "proficient about" is not English, so the word stays
    "regarding": lambda text, start, end: _previous_word(text, start).lower() in {
        "proficient", "competent", "knowledgeable", "skilled", "experienced", "expert", "qualified", "fluent"},
    # a department's organisations ("DHS components", "the Reserve Component") are not its "parts"
    "component": lambda text, start, end: bool(
        re.search(r"\b(?:[A-Z]{2,6}|DoD|Department(?:'s)?|Reserve|reserve|Active|active|Guard|military|Service|"
                  r"service|[Oo]rgani[sz]ation(?:al)?|[Aa]gency(?:['\u2019]s)?|[Rr]egional|[Ff]ield|[Oo]perating|"
                  r"[Ss]ubordinate|[Dd]epartmental)\s+$", text[max(0, start - 20):start])
        # (review 13: "the agency's 5 regional components", "field components" are offices, not "parts")
        or re.match(r"s?\s+(?:agenc(?:y|ies)|organi[sz]ations?|offices?|heads?|commands?)\b", text[end:end + 20],
                    re.IGNORECASE)
        # meaning review 21: after a capitalised name ("your Department of Justice component has told you") it is an
        # organisation too, and after "software", "hardware", "system" ... a technical term ("reverse engineering
        # software components": a software component is a module, not a "part")
        or bool(re.search(r"(?<![.!?:;\n] )\b[A-Z][a-z]+\s+$", text[max(0, start - 20):start])
                and not _clause_start(text, start - len(_previous_word(text, start)) - 1))
        or _previous_word(text, start) in _TECHNICAL_COMPONENT_BEFORE
        # meaning review 22 (held-out): before another noun it names an organisation's units ("long-term direction and
        # component goals", "component level"): "part goals" says nothing; "a component of" and a predicate stay plain
        or (text[start:end].lower() == "component" and bool(re.match(
            r"[ \t]+(?!(?:of|and|or|in|to|for|that|which|who|is|are|was|were|will|must|may|can|with|on|at|by|as|from|"
            r"has|have|had|be|within|into|the|a|an)\b)[a-z]{3,}\b", text[end:end + 24])))),
}


# meaning review 19: simple-word swaps whose output does not collocate with the words around it. "give" takes what is
# handed over or said (information, documents, proof, feedback, advice, guidance, training, recommendations); with a
# service, a quality or a function as its object ("provide leadership / oversight / expertise / technical support /
# review and analysis / visibility / an unmatched capability") English says "provide", and "give leadership" reads
# as a translation. The object is read up to its first preposition or punctuation, across "and"/"or" (through "a
# range of", "a high level of"), and the verb stays where any of its words is such a noun. "expertise" -> "skill" breaks after
# "a"/"an" ("an expertise in" is the countable sense, "a skill in" says less), with a noun before it ("data science
# expertise", "subject matter expertise"), and as what is provided, offered, brought or built (the verb keeps its noun:
# "provide expertise" stays whole). "assistance" is a term of art in fixed phrases ("technical assistance", "financial
# assistance", "assistance programs") and stays there; "with assistance", "for assistance with" become "help".
_PROVIDE_KEEPS = frozenset({
    "leadership", "oversight", "expertise", "services", "service", "support", "review", "reviews", "analysis",
    "analyses", "assessment", "assessments", "evaluation", "evaluations", "coverage", "knowledge", "visibility",
    "management", "coordination", "solutions", "products", "functionality", "capability", "capabilities",
    "consultation", "representation", "stewardship", "governance", "accountability", "continuity", "protection",
    "security", "assurance", "sustainment", "maintenance", "administration", "monitoring", "surveillance",
    "reporting", "analytics", "liaison", "experience", "vehicles", "vehicle", "lethality", "excellence",
    "value", "mentorship", "mentoring", "facilitation", "integration", "interoperability", "assistance", "hours",
    "credits",
    # meaning review 21: a place or climate is provided (made), not handed over ("the ability to provide an inclusive
    # workplace", "provides an intellectually challenging and supportive environment"): "give a workplace" misreads
    "environment", "environments", "workplace", "workplaces", "setting", "settings", "climate", "atmosphere",
    # and staff, buildings and systems are supplied ("provides the technical personnel, processes, and facilities to
    # perform research" -> "gives the technical personnel" misreads)
    "personnel", "facilities", "facility", "infrastructure",
})
_HEAD_ONLY = frozenset({"experience", "management"})
_OBJECT_STOP = frozenset({"in", "of", "to", "for", "on", "with", "across", "into", "through", "from", "at", "by",
                          "about", "regarding", "that", "which", "who", "when", "where", "as", "so",
                          "within", "over", "under", "throughout", "while", "if", "but", "than", "because"})
_QUANTITY_HEADS = frozenset({"level", "levels", "range", "variety", "array", "number", "amount", "degree", "percent",
                             "minimum", "maximum", "total", "majority", "half", "most", "all", "some", "each",
                             "share", "lot", "kind", "kinds", "type", "types", "sort", "form", "forms"})


_AMOUNT_PREFIX_RE = re.compile(r"[ \t]+(?:at[ \t]+(?:least|most)|(?:more|less|fewer)[ \t]+than|up[ \t]+to|over|nearly|"
                               r"almost|about|approximately)(?=[ \t])", re.IGNORECASE)


def _object_words(text: str, end: int, limit: int = 10) -> list[str]:
    """The words of the noun phrase after a verb ending at ``end``, up to a preposition or punctuation (past "of"
    after a quantity: "a high level of complex and skilled support")."""
    words: list[str] = []
    amount = _AMOUNT_PREFIX_RE.match(text, end)  # "at least 24 semester hours", "more than 90 percent of"
    end = amount.end() if amount else end
    for m in re.finditer(r"[ \t]*([A-Za-z0-9][\w'\u2019.%-]*(?<!\.))|[ \t]*(\S)", text[end:end + 120]):
        if m.group(2) or len(words) >= limit:
            break
        word = m.group(1).lower()
        if word in _OBJECT_STOP and not (word == "of" and words and words[-1] in _QUANTITY_HEADS):
            break
        words.append(word)
    return words


def _provide_keeps(text: str, start: int, end: int) -> bool:
    # a verb coordinated with a kept "provide" in the same sentence keeps it too ("to provide review and analysis ...,
    # and provide reports to management": "and give reports" beside it reads as a different act)
    sentence = re.search(r"[^.;!?\n]*$", text[:start]).group() + re.match(r"[^.;!?\n]*", text[start:]).group()
    offset = start - len(re.search(r"[^.;!?\n]*$", text[:start]).group())
    return any(_provide_object_keeps(text, offset + m.end())
               for m in re.finditer(r"\bprovid(?:e|es|ed|ing)\b", sentence, re.IGNORECASE))


def _provide_object_keeps(text: str, end: int) -> bool:
    # a participle ("the information provided in your resume") has no object after it, so nothing keeps it
    words = _object_words(text, end)
    if words[:1] in (["a"], ["an"]) and "knowledge" in words:
        return False  # "training that has provided a basic knowledge of" is what "give" says too
    # "experience" and "management" keep "provide" only as the head ("provide sufficient experience", "provide
    # management"), not as a modifier ("provide work experience information", "providing management information")
    kept = {w for i, w in enumerate(words) if w not in _HEAD_ONLY or i + 1 == len(words) or words[i + 1] in ("and", "or")}
    return bool(kept & _PROVIDE_KEEPS)


_EXPERTISE_VERBS_RE = re.compile(r"\b(?:provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|bring(?:s|ing)?|brought|lend(?:s|ing)?|"
                                 r"lent|shar(?:e|es|ed|ing)|establish(?:es|ed|ing)?|build(?:s|ing)?|built|contribut(?:e|es|"
                                 r"ed|ing))[ \t]+(?:[\w-]+[ \t]+){0,4}$", re.IGNORECASE)
_BEFORE_SKILL = frozenset({"", "demonstrated", "proven", "the", "this", "that", "your", "their", "his", "her", "its",
                           "our", "my", "of", "and", "or", "technical", "with", "in", "strong", "such", "required", "same",
                           "necessary", "needed", "professional", "specialized", "sufficient", "mathematical",
                           "analytical", "considerable", "extensive", "substantial", "significant", "broad", "deep"})


def _expertise_keeps(text: str, start: int, end: int) -> bool:
    previous = _previous_word(text, start)
    if previous in ("a", "an") or _EXPERTISE_VERBS_RE.search(text[max(0, start - 80):start]):
        return True
    return not _clause_start(text, start) and previous not in _BEFORE_SKILL


_ASSISTANCE_BEFORE = frozenset({"technical", "financial", "public", "humanitarian", "foreign", "security", "federal",
                                "disaster", "legal", "medical", "housing", "emergency", "employee", "mutual", "food",
                                "cash", "tuition", "relocation", "military", "economic", "development", "educational",
                                "student", "rental", "energy", "nutrition", "victim", "transition", "grant",
                                "individual", "family", "international", "program", "veterans"})
_ASSISTANCE_AFTER_RE = re.compile(r"[ \t]+(?:programs?|agreements?|awards?|listings?|plans?|grants?|offices?|centers?|"
                                  r"funds?|funding|payments?|benefits?|requests?|cases?|activities|team|teams|officers?|"
                                  r"specialists?|providers?)\b", re.IGNORECASE)


_ASSISTED_PERSONS = {"customer": "customers", "user": "users", "client": "clients", "employee": "employees",
                     "staff": "staff", "student": "students", "applicant": "applicants", "patient": "patients",
                     "taxpayer": "taxpayers", "visitor": "visitors", "caller": "callers"}
_ASSISTED_THINGS = ("information", "data", "software", "hardware", "computer", "desktop", "network", "system", "systems",
                    "database", "records", "IT", "office", "administrative")
_ASSISTANCE_COMPOUND_RE = re.compile(r"(?<![\w'\u2019-])(?P<noun>" + "|".join([*_ASSISTED_PERSONS, *_ASSISTED_THINGS])
                                     + r")[ \t]+$", re.IGNORECASE)


def _assistance_keeps(text: str, start: int, end: int) -> bool:
    if not text[start:end].lower().startswith("assistance"):
        return False  # the verb "assist" has its own guards
    return _previous_word(text, start) in _ASSISTANCE_BEFORE or bool(_ASSISTANCE_AFTER_RE.match(text, end))


# meaning review 19: "perform" with no object ("the ability of others to perform and contribute", "perform at the
# GS-12 level", "perform independently") is "do well at work", not "do": "to do and contribute" is not English
_PERFORM_NO_OBJECT_RE = re.compile(r"[ \t]*(?:[,.;:)!?]|\n|$|(?:and|or|at|in|on|under|within|as|with|to|above|below|"
                                   r"satisfactorily|independently|effectively|successfully|competently)\b)", re.IGNORECASE)
# "carry out" takes a task, a plan or the mission; goals, objectives and results are reached ("carry out goals")
_GOAL_OBJECTS = frozenset({"goal", "goals", "objective", "objectives", "outcome", "outcomes", "result", "results",
                           "target", "targets", "aim", "aims", "milestone", "milestones", "purpose", "purposes"})
# "appropriate" before what qualifies ("appropriate experience", "an appropriate scientific field", "appropriate
# stakeholders") means relevant or suitable; "proper" (genuine, correct) shifts it
_APPROPRIATE_RELEVANT_RE = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+)?(?:experience|work|education|training|fields?|"
                                      r"degrees?|majors?|disciplines?|backgrounds?|course(?:s|work)?|stakeholders?|"
                                      r"occupations?|series|specialty|specialties|subjects?|areas?)\b", re.IGNORECASE)


def _previously_keeps(text: str, start: int, end: int) -> bool:
    # "have previously been" -> "have before been" breaks the word order; "before" goes after the verb
    if text[start:end].lower() != "previously":
        return False
    # meaning review 22 (held-out): "before" as an adverb ends its clause; before the verb or participle it is a
    # preposition and misreads ("You previously held a GS-13 position" -> "You before held", "a grade previously
    # held" -> "a grade before held"), so "previously" stays unless nothing but punctuation or a conjunction follows
    return _previous_word(text, start) in _BE_HAVE | {"not"} or bool(_PREVIOUSLY_VERB_AFTER_RE.match(text, end))


_PREVIOUSLY_VERB_AFTER_RE = re.compile(r"[ \t]+(?!(?:and|or|but|as|when|if|because|in|at|on|for|with|from|under|by|to|"
                                       r"during|within|through|while|so)\b)[a-z]")


# meaning review 20: "give" in a passive takes a person as its subject ("you will be given a chance", "credit will be
# given") or a recipient after it ("information will be given to you"); with a thing as the subject and no one to
# receive it ("all required supporting documentation has been provided", "transcripts must be furnished") "given"
# reads wrong: "provided" stays, and "furnished" is the table's "sent"
_PASSIVE_BEFORE_RE = re.compile(r"(?P<subject>[A-Za-z][\w'\u2019-]*)[ \t]+(?:(?:has|have|had|will|must|may|should|can|"
                                r"could|would|shall|might|not|also|already|all|fully|then|first|be|been|being|is|are|was|"
                                r"were)[ \t]+)*?(?:be|been|being|is|are|was|were)[ \t]+(?:(?:not|also|already|all|fully|"
                                r"then|first)[ \t]+)?$", re.IGNORECASE)
_RECEIVERS = frozenset({"you", "we", "they", "he", "she", "i", "it", "applicants", "applicant", "candidates",
                        "candidate", "employees", "employee", "veterans", "veteran", "individuals", "individual",
                        "people", "person", "persons", "students", "student", "staff", "users", "user", "customers",
                        "customer", "members", "member", "spouses", "spouse", "selectees", "selectee", "appointees",
                        "credit", "consideration", "preference", "priority", "opportunity", "opportunities", "notice",
                        "who", "whom"})


_BARE_OBJECT_RE = re.compile(r"[ \t]+(?!(?:in|on|at|by|for|to|with|from|during|under|through|within|above|below|as|and|or|"
                             r"but|that|which|who|is|are|was|were|will|must|may|can|should|has|have|had|herein|here|"
                             r"there|below|above|earlier|previously|thereafter|[a-z]+ly)\b)[a-z][a-z-]*\b")


def _thing_passive(text: str, start: int, end: int) -> bool:
    """Whether the participle at ``text[start:end]`` is a passive whose subject is a thing, with no "to"
    (a recipient) or "with" after it."""
    before = _PASSIVE_BEFORE_RE.search(text[max(0, start - 80):start])
    if before is None or before.group("subject").lower() in _RECEIVERS:
        return False
    return not re.match(r"[ \t]+(?:to|with)\b", text[end:end + 6], re.IGNORECASE)


# meaning review 20: "prior to an offer being extended" -> "before an offer being extended": "prior to" takes a
# noun with its own "being"/"having" clause, "before" as a preposition does not; the phrase stays (with no noun
# between, "prior to being selected" -> "before being selected" is right)
_SUBJECT_GERUND_RE = re.compile(r"[ \t]+(?!(?:being|having)\b)(?:[\w'\u2019-]+[ \t]+){1,5}?(?:being|having)[ \t]+[a-z]",
                                re.IGNORECASE)


def _subject_gerund_keeps(text: str, start: int, end: int) -> bool:
    gap = _SUBJECT_GERUND_RE.match(text, end)
    return bool(gap) and not re.search(r"[,.;:()]", gap.group())


# meaning review 20 (held-out questionnaires): "indicate" an answer is to choose or mark it ("If you indicate "yes" to
# this question", "Please indicate the option that best describes", "please indicate 'not applicable'"): "show
# "yes"" and "show the option" say something else, and the table has no word for it, so it stays
_INDICATE_ANSWER_RE = re.compile(r"[ \t]+(?:[\"'\u201c\u2018](?:yes|no|not applicable|n/a|none)\b|(?:the|your|an?|one|which)[ \t]+"
                                 r"(?:[\w-]+[ \t]+){0,2}?(?:options?|responses?|answers?|choices?|boxes|box|statements?)\b|"
                                 r"(?:yes|no)\b|by[ \t]+(?:your|selecting|checking|marking|choosing)\b)", re.IGNORECASE)
# (round 25: "Please indicate by your responses all categories of eligibilities" is choosing answers too)
# round 25 (round 22's leftover): "indicate" as an instruction to the reader, who reports something to us: the
# imperative at the start of a clause or after "please" ("Indicate the extent of your experience", "If you are a
# Federal employee, indicate the pay plan"), a modal after a person subject with no comma between ("Applicants ...
# must indicate clearly the nature of their duties"), or "to indicate" after the reader's act of choosing ("select from
# the following to indicate how you discovered"). "show" is the table's word for a thing that indicates ("The
# documentation must indicate whether", "an SF-50 which indicates your grade", "your SF-50 to indicate your status")
# and for what the reader writes on a document ("indicate ... on your resume"): those stay "show"
_INSTRUCTION_OPENING_RE = re.compile(r"(?:^|[.!?:;\n]|\bplease)[ \t\"'\u201c]*(?:(?:also|then|clearly)[ \t]+)?$",
                                     re.IGNORECASE)
_CONDITION_COMMA_RE = re.compile(r"(?:^|[.!?:;\n])[ \t]*(?:if|when|for|once|after|before)\b[^.!?:;\n]*,[ \t]*$",
                                 re.IGNORECASE)
_PERSON_MODAL_RE = re.compile(r"\b(?:you|applicants?|candidates?|individuals?|veterans?|persons?|employees?|spouses?)\b"
                              r"[^.!?:;,\n]{0,80}?\b(?:must|should|will|may|can|need[ \t]+to)[ \t]+"
                              r"(?:(?:also|clearly|then)[ \t]+)?$", re.IGNORECASE)
_CHOOSE_TO_RE = re.compile(r"\b(?:select|choose|check|mark|click|answer|respond)\b[^.!?:;\n]{0,80}?\bto[ \t]+$",
                           re.IGNORECASE)
_ON_A_DOCUMENT_RE = re.compile(r"\b(?:on|in|within)[ \t]+(?:(?:your|the|this|each|a)[ \t]+)?(?:[\w-]+[ \t]+)?(?:r[e\u00e9]sum[e\u00e9]s?|"
                               r"applications?|forms?|cover[ \t]+letters?|questionnaires?|boxe?s?|blocks?|fields?|"
                               r"documents?|documentation|transcripts?|SF-?\d+|DD-?\d+)\b", re.IGNORECASE)


def _reader_reports(text: str, start: int, end: int) -> bool:
    """Whether "indicate" at ``text[start:end]`` tells the reader to report something to us, not on a document."""
    before = text[max(0, start - 120):start] if start <= 120 else "\x00" + text[start - 120:start]  # no false "^"
    if not (_INSTRUCTION_OPENING_RE.search(before) or _CONDITION_COMMA_RE.search(before)
            or _PERSON_MODAL_RE.search(before) or _CHOOSE_TO_RE.search(before)):
        return False
    clause = re.split(r"[.!?;\n]", text[end:end + 200], maxsplit=1)[0]
    return not _ON_A_DOCUMENT_RE.search(clause)


# "retained grade" / "retained pay" are terms of grade and pay retention (5 CFR 536), "kept grade" is no term; "the
# appropriate answer / response / option" is the one that applies, and "the proper answer" reads as the right one
_RETAINED_TERM_RE = re.compile(r"[ \t]+(?:grade|pay|rate|rights?)\b", re.IGNORECASE)
_APPROPRIATE_ANSWER_RE = re.compile(r"[ \t]+(?:answers?|responses?|options?|choices?|boxes|box|statements?|categor(?:y|ies))\b",
                                    re.IGNORECASE)
# "and, performed at an acceptable level" (an item of a series whose subject is the applicant): the past tense with
# no object is "did well at work", not "done at"; the participle after a noun stays plain ("work performed at the
# GS-11 level" -> "work done at")
# (not after a subject pronoun: "the duties you performed and ..." has its object before it, and "did" is right)
_NO_NOUN_BEFORE = frozenset({"and", "or", "who", "having", "successfully", "satisfactorily", "also", "then", "previously",
                             "never", "always"})


def _performed_keeps(text: str, start: int, end: int) -> bool:
    if not _PERFORM_NO_OBJECT_RE.match(text, end):
        return False
    if text[start:end].lower() != "performed":
        return True
    before = text[max(0, start - 4):start]
    return _previous_word(text, start) in _NO_NOUN_BEFORE or bool(re.search(r"[,;][ \t]*$", before)) or (
        # meaning review 22 (held-out): "You performed at an acceptable level throughout the service period(s)": a person
        # who "performed at a level" did well at work; "You did at an acceptable level" is not English ("the duties
        # you performed at the GS-11 level" has its object before it and is "did")
        _previous_word(text, start) in _SUBJECT_PRONOUNS and bool(_LEVEL_OR_MANNER_RE.match(text, end)))


_LEVEL_OR_MANNER_RE = re.compile(r"[ \t]+(?:at[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,3}level|satisfactorily|successfully|well|"
                                 r"poorly|competently|independently)\b", re.IGNORECASE)


# "Deliberate attempts to falsify your application" -> "Deliberate tries to falsify": the noun after an adjective or
# a determiner is no verb, and "tries" is not how the noun is said; the verb ("you attempt to", "to attempt") stays plain
_ATTEMPT_NOUN_BEFORE = frozenset({"a", "an", "the", "any", "all", "each", "every", "no", "such", "these", "those",
                                  "this", "that", "its", "their", "your", "his", "her", "our", "my", "deliberate",
                                  "repeated", "multiple", "several", "many", "unsuccessful", "successful", "failed",
                                  "previous", "prior", "first", "second", "initial", "further", "other", "of", "in",
                                  "for", "by", "with", "after", "two", "three"})


_COLLOCATION_GUARDS: dict[str, Any] = {
    "attempt": lambda text, start, end: text[start:end].lower() in ("attempt", "attempts")
    and _previous_word(text, start) in _ATTEMPT_NOUN_BEFORE,
    "indicate": lambda text, start, end: bool(_INDICATE_ANSWER_RE.match(text, end)),
    "retain": lambda text, start, end: text[start:end].lower() == "retained" and bool(_RETAINED_TERM_RE.match(text, end)),
    "prior to": _subject_gerund_keeps,
    "subsequent to": _subject_gerund_keeps,
    "provide": _provide_keeps,
    "expertise": _expertise_keeps,
    "assist": _assistance_keeps,
    "perform": _performed_keeps,  # ("work performed at the GS-11 level" is the participle: "work done at" is right)
    "accomplish": lambda text, start, end: bool(set(_object_words(text, end)) & _GOAL_OBJECTS),
    "appropriate": lambda text, start, end: bool(_APPROPRIATE_RELEVANT_RE.match(text, end)
                                                 or _APPROPRIATE_ANSWER_RE.match(text, end)),
    "previously": _previously_keeps,
    # meaning review 22 (held-out): "terminate" a person is to fire them ("grounds for not hiring me or for terminating
    # me after I begin work"): "ending me" says something else; "terminate the contract" -> "end" is right
    "terminate": lambda text, start, end: bool(_PERSON_OBJECT_RE.match(text, end)),
}
_PERSON_OBJECT_RE = re.compile(r"[ \t]+(?:me|you|him|her|them|us|someone|anyone|(?:(?:the|an?|any|your|their|its|our|"
                               r"his|all|federal|an[ \t]+)[ \t]+)?(?:employees?|staff|personnel|workers?|individuals?|"
                               r"persons?|people|appointees?|selectees?|applicants?))\b", re.IGNORECASE)
