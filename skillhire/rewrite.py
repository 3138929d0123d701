"""Rewrite a federal job posting into plain language, explaining every change and keeping every fact.

:func:`rewrite_posting` takes a :class:`~skillhire.posting.JobPosting` (or announcement text) and returns a
:class:`RewriteResult`: the rewritten posting and its text, every change (rule id, section, original span and
offsets, replacement, reason and source), the findings that need a person (see :mod:`skillhire.lint`), and
readability before and after, per section and overall.

How it works. Each text section is rewritten on its own, rule by rule, and the rules run again on their own
output until nothing changes (at most ``RewriteOptions.max_passes`` rounds), so rewriting a rewritten posting
changes nothing more. An edit never touches a protected span (URLs, email addresses, phone numbers,
quotations, names, and sentences that carry legally required statements: EEO, reasonable accommodation,
veterans' preference, statutes and regulations), and the "Fair and transparent" section is never edited. Word
edits keep case, number, verb form and the "a"/"an" before them. Jargon and acronyms are explained once per
posting, at their first use outside protected text. Offsets in each change point into the original text of
its section.

Where the code lives: this module holds the models, the engine (:func:`rewrite_posting`) and the rules that share
helpers with one another (``address-you``, ``duty-statements``/``duty-series``, ``jargon``/``acronyms``, ``lists``,
``split-sentences``); :mod:`skillhire.rewrite_edits` the edit bookkeeping they all use (facts, edits, offsets);
:mod:`skillhire.rewrite_words` ``simple-words``/``words-to-avoid``; :mod:`skillhire.rewrite_glued`
``glued-words``; :mod:`skillhire.rewrite_verbs` ``short-verbs``; :mod:`skillhire.rewrite_education`
``skills-first-education``; :mod:`skillhire.standard_text` ``boilerplate`` (the standard passages).

Rules (ids from :func:`skillhire.plain_language.list_rules`, each switchable): ``working-title``,
``address-you`` (which also puts common passives in the active voice: "Credit will be given for" -> "We will give
credit for"), ``must-not-shall``, ``simple-words``, ``words-to-avoid``, ``jargon``, ``acronyms``,
``lists``, ``split-sentences``, ``skills-first-education``, ``duty-statements``, ``duty-series`` (round 13,
below), ``glued-words`` (words a copy ran together get their
space back: "asexperience"), ``short-verbs`` (hidden verbs said as verbs: "in the development of" -> "in
developing", "provides assistance to" -> "helps"), ``boilerplate`` (standard OPM/USAJOBS sentences
whose meaning is fixed, such as the volunteer-experience statement, rewritten whole in plain words; it runs first,
in a round of its own, and an entry is skipped if its plain version would lose a fact).

Grammar guards of the word rules (round 8): a word is not swapped where the swap breaks the sentence ("provide for",
"participate on", "the additional duties", "experience obtained by"), and "demonstrated" before a noun becomes
"proven" (the table's "prove"), not "shown". ``jargon`` writes a Title Case term in sentence case, ends a line that
lost its full stop before explaining, never explains between an inline list marker and its item, and says nothing
where the section already says what the term means. ``glued-words`` also splits two dictionary words of five
letters or more ("softwareengineering"; not combining forms or suffixes: "cybersecurity", "creditability"), a word
glued after a hyphen ("part-timework"), "or"/"and" between two words ("scienceorbachelor's") or after a comma that
lost its spaces (",or3"), and a function word glued to a grade ("theGS-09"). ``lists`` puts numbered items glued to
the full stop before them on their own lines, starts a list below an "OR" line, keeps the bullet of a list that
follows a list, and moves a paragraph run onto the last item of a list to a paragraph of its own.

Round 9, in the same rule ids: ``glued-words`` also splits a grade glued to a short function word ("GS-14in",
"GS-12or"), a number glued to a capitalised dictionary word ("12721Interagency"), two capitalised dictionary words
run together in running text or at a line start ("the MinimumEducation Requirement"; not a CamelCase name of the
bundled skills taxonomy or O*NET title index such as SharePoint or PowerShell, not after a capitalised word or
"and", and not where a stretch has two or more such joins, which the ``lists`` rule reads as glued list items),
and restores a break lost before a sentence opener with its capital ("US Citizens In order to qualify": a new
paragraph after a heading or list item in Title Case, else a full stop). ``simple-words`` changes "anticipate" to
"expect" only where it means expect ("anticipated vacancies", "anticipate that"), not where it means foresee
("anticipates and meets the needs"), says "assist (someone) in doing" as "help (someone) do", and keeps "notify"
before "(someone) of". ``lists`` drops
the full stop of "processing.;" at the end of an item (not after an abbreviation such as "etc.") and puts a
competency name before its semicolon list on a line of its own ("Problem Solving:" then its items) instead of
bulleting it with its own items, and ends a lead-in ("One year of specialized experience which includes") before
the first item of a semicolon list. ``split-sentences`` puts a heading in capitals that follows a sentence on the
same line ("... programs. OR MEET TIME IN GRADE (TIG) REQUIREMENT:") on a line of its own (not when what ends the
line before it is the heading's own number: "ECQ 1. LEADING CHANGE:"), and ``jargon`` sees
"<term> for the GS-14 is defined as / means" as the section already saying what the term means.

Round 10, in the same rule ids: a first word of four letters counts in both CamelCase rules ("the PlanSummary";
"Assistance PlanPriority Placement Program" as a glued list item), never for a known CamelCase name (FaceTime,
WordPerfect). ``lists`` puts a known heading with its colon ("Time in Grade Requirement:", "Specialized
Experience:") that runs onto the last item of a glued competency list on its own line. ``simple-words`` says
"help" already in the text before "(someone) in doing" as "help (someone) do" too, with the "assist" rule's guards,
and only where "help" is surely the verb ("helps", "helped", "helping", or after "to", a modal or a pronoun).

Round 11, in the same rule ids. ``split-sentences``: a heading in capitals that fills the rest of a lead-in's line
after its colon ("... closing date of this announcement: GS-14 SPECIALIZED EXPERIENCE:"), one with a plural acronym
("KNOWLEDGE, SKILLS AND ABILITIES (KSAs):"), a numbered one ("... environment. ECQ 2. LEADING PEOPLE:") and a short
Title Case heading that ends a line after a sentence ("... calculus. Note:", "Time After Competitive Appointment:")
start their own line; a lead-in that announces what follows ("... for this job is:", "... these competencies:",
"the following type of work and/or tasks:") ends its line before text in capitals too, and one glued to "(1)" before
its list; "AND"/"OR" in capitals between two full sentences stands on its own line. ``lists``: a run-in numbered list
("1. A. 2. B. 3. C.") gets one item per line while the numbers go on in order, a list numbered from "I." typed for
"1." starts on its own line, a "<subject> must show / demonstrate / include" lead-in before a semicolon list ends its
line ("Specialized experience must demonstrate:" then "- ability to lead teams;" ...), and a paragraph run onto the last item of a numbered list becomes its own (not a
sentence that points back into the item: "These have ..."). ``glued-words``: "OR"/"AND" glued to both paths
("(https://www.achsnatl.org/).ORA combination") on its own line, "experienceis", "website:https://...", "31 Aug
2022.You", "functions.." ``jargon``: no generic explanation where the posting says itself what the term is for this
job ("Specialized experience for this job includes:", "... must show the following", "Examples of specialized
experience", "This definition of specialized experience"): its own definition is the concrete one, and the generic one
said the same thing twice and interrupted a lead-in or closed the paragraph before that definition; a term in a
heading is explained after the first sentence under the heading, not before it. ``acronyms``: an acronym spelled out
at a sentence start is capitalised. ``simple-words``: "provided" as a conjunction ("creditable provided the
combination consists of 100%") is not "given". ``address-you``: "individuals must ..." is "you must ...".

Round 12, from reading the rewrite of real USA Staffing questionnaires held out from development
(``scripts/evaluate_rewrite_heldout.py``, ``evaluation/rewrite/HELDOUT.md``), in the same rule ids.
``simple-words``: "submit to" a test or screening (undergo) keeps "submit"; "attempts at" (the noun) keeps
"attempts"; "terminated" after a form of "be" or an article (a person "can be terminated", "a terminated business")
stays; bare "command" is "we" only as a sentence subject ("throughout the command" stays); "have you participated"
takes the participle ("have you taken part"); "assist or train them in doing" (two verbs sharing "in doing") keeps
"in doing"; an -ing word whose base the spelling cannot tell ("changing": "chang" or "change") is not turned into a
bare verb; the plural "capabilities" (what a system or team can do) is not "abilities". ``jargon``/``acronyms``: an explanation never parts a question from its lettered answer options (" A.
Yes" / " B. No"): it goes after the options; and it never splits a list item that goes on after the sentence with the
term (after the item's line, or at the term's next use when that line leads in to what follows).

Round 13, duties (the development corpus has none; designed from the Federal Plain Language Guidelines pages
"Address the user" and "Use lists": each item of a list completes its lead-in sentence, items are parallel; the
18F Content Guide's "Address the user"; the USAJOBS structure note: duties are a list, most important first). Two new
rule ids. ``duty-statements``: a duty statement with no subject that opens with a third-person verb ("Serves as",
"Plans, organizes and coordinates", "Is responsible for", "Has oversight of", "Responsible for") is said to the
reader, grammar intact: after a lead-in addressed to the reader ("As a Data Scientist, you will:", "you'll:",
"you will be expected to:", "The incumbent will:") in its base form ("Serve as", "Plan, organize and coordinate",
"Be responsible for"; an -ing item becomes the base form too); elsewhere in the duties section "You will serve as
..." (or "You serve as ..." in a paragraph that already speaks in the present: "The incumbent serves as ...").
Verbs coordinated with it agree ("and advises", ", prepares and distributes", "and is responsible"). A word is a
verb only with evidence: it is a verb the rules already know (the coordinated duty verbs, the simple-words and
hidden-verb data) before a word, or it has a verb's complement after it ("Reports to the Director"; not "Reports
are due", "Reports of", "Plans for the new office are ...", "Contracts awarded by", a noun ending such as
"Operations", "Statistics"), or it stands among parallel duties that open with verbs. Never touched: questions,
legal text, quotations, a statement followed by lettered answer options (a task statement the applicant rates), a
list under a lead-in of past experience ("Specialized experience includes:"), a sentence after a label with its
definition ("Customer Service - Works with ... Knows about ..."), verbs whose subject is the job ("Requires
travel"), sentences with a subject. ``duty-series``: a semicolon series inside a duty whose every part is a full
predicate opening with a duty verb becomes one item per part (bullets keep their marker and indent) or one
sentence per part (numbered items, paragraphs); the "and" after the last semicolon goes ("; and, when needed,
conducts" -> ". When needed, you will conduct"). It runs in a round of its own before ``lists``, which would
otherwise bullet the same series. ``short-verbs``: "in/for/by/on/of the utilization (use, dissemination) of" ->
"using" (not after "with", "to", "into": "with the use of tools" stays).

Round 14, in the same rule ids. ``lists``: a list item keeps one marker. The Federal Plain Language Guidelines
("Use vertical lists") and 18F's Content Guide use numbers or letters where the order matters or items are referred
to, bullets otherwise, one marker per item; the posting's own letter or number can be cited elsewhere ("meet (b)"),
so it is the one kept and no bullet is added: a run-in list lettered "a)", "(a)", "a." or numbered "1)", "(1)",
"i.", "(i)" gets one item per line with its markers, like "1." (round 13 and before made "- a) ..."); "a." and "i."
need a space after them ("a.m.", "i.e." are no markers). "AND"/"OR" in capitals after a semicolon stays on the line
it ends, and an "OR" line between items keeps its own line with the bullet on the item after it. ``split-sentences``:
a short label that opens a list item ("- Budget Formulation: Prepares ...") stays on the item's line; not a path
heading ("- OR, Education:") nor a questionnaire question's title (answer options follow). ``duty-statements``:
Roman "ii." to "ix." items are duty items like "i.". ``simple-words``: "position" -> "job" only for the job ("this
position", "the position of", "the position to be filled", "GS-13 positions", "a job on a permanent basis"); a stance
("policy positions", "the agency's position on", "a position paper", "take a position"), a place or posture ("a seated
position", "GPS positions") and the verb ("position the camera", "Positions patients") keep "position". The other
entries with two senses in job announcements were checked the same way: guarded are "purchase" (the noun: "purchase
card", "purchase orders"), "convene" (transitive "convene a panel"), "endeavor" (the noun "research endeavors"),
"reflect" ("reflect on" lessons; the participle "reflected on your resume" is "shown on"), "approximate" (only before an
amount: "the approximate cost" and the verb stay) and "component" (an organisation: "DHS components", "reserve
component", "organization components"); checked and left as they are, one sense in postings or both fine with the
replacement: accurate, additional (already guarded), anticipate (guarded), attempt (guarded), capability (guarded),
demonstrate, depart, implement, initial, initiate, minimize, notify (guarded), obtain (guarded), perform, portion,
previous, proficiency (after "required" it is "skill level": walkthrough 3), provide (guarded), retain, submit
(guarded), terminate (guarded), transmit, validate.

Review 13, from reading the rewrite of 107 duties passages written for an adversarial review
(``tests/data/duties_review.txt``), in the same rule ids. ``duty-statements``: a heading line ("Duties Summary") is
no duty ("You will duty Summary"); a run of verbs with no comma ends where no comma or "and" follows, and one before
"of", "for", "by" is the object ("Reviews designs by A-E firms", "Conducts reviews and audits of" keep their nouns);
a verb after a comma between the opening verb and the last one after "and" agrees ("assign work, set standards and
approve leave"); an -s word followed by a word and a determiner or number is a plural subject and its verb ("Funds
support 12 programs", "Shifts rotate every 2 weeks"; not a phrasal verb: "Sets up the room"); a paragraph whose
first duty follows an opening phrase ("Under general supervision, prepares") says its later duties to the reader
too; a lead-in that is only its subject ("The incumbent:") becomes "The incumbent will:" over duties in the base
form (it was "You:" over "You will develop"), as "The Engineer will:" (the job title as the subject) does; a label
may carry a number and a bracket ("Duty 2 (25%):"), and a lead-in run onto the first duty ("Duties include: Serves
as ...") is read as a label. ``duty-series``: parts that open with a capital or follow "AND" are duties too (";
Delivers training; AND reports results"), and a capitalised verb after the semicolon is no name.
``lists``/``split-sentences``: a sentence that is already a vertical list marked with Word's "o" keeps its lines and
semicolons (it was "- o Evaluate offers;" then "- and", or "... 2026. O Be ..."); a run-in numbered list after a
one-word lead-in with its colon ("Duties: 1) ...; 2) ...; OR 3) ...") gets one item per line (it stayed on one line
and was parted at "OR" as two qualification paths). ``simple-words``: "position management" (the HR function) and
"regional/field/operating components" (offices) stay.

Rewrite 15, the kinds the review left, in the same rule ids. ``address-you`` and ``duty-statements``: an -s verb
joined by "and" to the verb that now agrees with "you" agrees too, before its object or a preposition's complement
("Incumbent manages 2 teams and reports to the Branch Chief" -> "You manage 2 teams and report to the Branch Chief";
"manages budgets and reports", "reports on spending" keep the noun; a relative clause ends the predicate). Which
way "Prepares budgets and reports to the Board" is meant the words cannot tell; it is read as two verbs.
``duty-statements``: an -s word that is not a sure duty verb is a plural subject when a preposition's object and a
plain verb with its object or adverb follow ("Trends in 3 regions shift each year", "Reports from 5 offices arrive
weekly"), or a second plural noun and a verb ("Benefits counselors answer questions"); not "Reports to the Branch
Chief each week", "Participates in 3 panels each year", "Reflects on lessons learned after each exercise". A bullet
glued to its duty ("-Maintains records") is a marker and gets its space back, and a label that names the duties
before a dash ("Major Duties - Analyzes ...", "Duty 2 - ...") is a label ("Customer Service - Works with ..." stays a
competency's definition). ``lists``: an item marked with Word's "o" on its own line is a list item (a single one
had its semicolon series bulleted in place, "- o Serves as ...;").

Plainlists round, in the same rule ids. ``lists``: a long sentence that ends in a series of three or more parallel
items of two words or more becomes its lead-in with a colon and one item per line, every item completing the lead-in:
"-ing" phrases after a preposition or "experience" ("... by applying technical knowledge, analyzing problems, and
calculating risks."), base verbs after the only "to" or modal ("... to assess their needs, give information or help,
resolve their problems, or satisfy their expectations."), plain noun phrases after the last preposition ("the
principles and concepts of data analytics, ..., and data transformation"). Inside a list item the new list is lined up
with the item's text and the item's next sentence stays in the item. Never: one-word items, two possible anchors, a
chain of prepositions or a partitive before noun phrases ("a threat to the mission of the Air Force, national security,
and public safety"), a time limit or "or" between qualification paths on the last item, questions and their answer
options, legal text. ``split-sentences``: "Note:" run onto the text before it with no full stop starts a paragraph;
a bracket closing a long sentence that opens with its own subordinate clause and subject ("(when substituting, you
cannot use ...)") or with "note:" is a sentence of its own. Opening subordinate clauses ("If you are ..., you must
...") and relative clauses are left whole: no split found keeps the condition with what it governs.

Plainlists2 round, in the same rule ids. ``lists``: a base-verb series also opens with "find", "take", "make",
"share", "check" or "handle" (the ``boilerplate`` rule's plain Customer Service definition, "to find out what they
need, give information or help, solve their problems, or meet what they expect", is listed again); a numbered item
whose line holds the next items ("1. A; 2. B; and, 3. C", "(3) A; and (4)B", "... mathematics. 5. A master's degree",
"... DoD and IC.5. Proven skill") puts each on its own line while the numbers go on in order in the line's own style,
the "and"/"or" staying at the end of the item before, where no other list form already did. The recount of the long
sentences left found no other kind that a rule can split safely in numbers that matter: what is left is mostly single
clauses, opening conditions, brackets, qualification paths joined by "or", and series with a phrase that holds for
every item ("Knowledge of A, B, and C to do X").

Round 18 (posting-specific text), in the same rule ids. ``simple-words``: "effectively" is "well" after what it
qualifies ("communicate effectively, both orally and in writing", "negotiate effectively with", "Listens effectively;");
not before a verb ("to effectively multi-task", "and effectively address", "Effectively manages"), after a degree word
("more effectively": "more well" is not English) or where it means "in effect" ("was effectively eliminated").
``short-verbs``: "in support of X" is "to support X" (not after "letters", "evidence", "testify" and the like, where it
names a side, nor after a form of "be"); "conduct/perform/do" with a bare or plural "analyses", "reviews",
"evaluations", "assessments", "investigations", "inspections" or "examinations" of something is the verb ("conducting
analyses of business problems" -> "analyzing business problems"). ``split-sentences``/``lists``: "... including (,) but
not limited to (,) A, B, C" closing a long sentence is "... . This includes, but is not limited to, A, B, C" (still
open-ended), one example per line where there are three or more of two words or more each and the sentence ends its
line; not after an opening condition, in a nested list inside a list item, or before a colon. Measured and left: a
", and" + new subject split (one candidate in the read half, a relative "that"), opening conditions turned round or
asked as a question ("Are you ...? If so, ...": five candidates, no change to the median), and swaps of the long
words that carry the grade ("experience", "specialized", "requirements", "education"), which are defined terms.

Round 19 (meaning review), in the same rule ids. ``must-not-shall``: "must" is for requirements (Federal Plain Language
Guidelines, "Use 'must' to indicate requirements": "shall" "can indicate either an obligation or a prediction"); a
duty describes the work, so "shall" is "will" in the duties section and in a sentence whose subject is the worker and
whose verb is a duty verb outside the sections of requirements ("The incumbent shall utilize human-centered design
methods" -> "You will use ..."), unless a requirement's predicate follows ("shall possess", "shall obtain and
maintain a ... clearance", "shall be available"); "shall be increased/adjusted/set" is "will" like "shall be paid".
``simple-words``: "position" stays in the HR document's and designations' names ("position description",
"position classification", "position of record", "an acquisition position", "a bargaining unit position"); collocation
guards keep "provide" before a service, quality or function ("provide leadership / oversight / expertise / technical
support / review and analysis / 24 semester hours", through amounts: "more than 90 percent of"), and every "provide"
of a sentence that keeps one; "expertise" after "a"/"an", a noun or a verb of giving; "assistance" in fixed phrases
("technical assistance", "assistance programs"); "perform" with no object ("to perform and contribute"); "accomplish
goals/objectives"; "appropriate" before what qualifies ("appropriate experience", "an appropriate scientific field",
"appropriate stakeholders"); "previously" after an auxiliary ("have previously been"); "demonstrated ability" after a
comma is "proven". ``split-sentences``: ", including X," set off inside a subject before its verb is not split, nor a
second verb after a relative clause ("... characteristics that are relevant ... and must be supported"). ``acronyms``:
a spelled-out office, act, plan or system takes "the" after a preposition or at a sentence start ("from the Office of
Personnel Management (OPM)").

Round 20 (meaning review, and the held-out questionnaires read again), in the same rule ids. ``lists``: the lead-in
held inside the first part of a semicolon series ends its line ("complex issues involving:" then its items) where the
items after the first open alike and the first part does not. ``address-you``: "their resumes/applications" is "your
resume/application" (one per reader; round 21: with a verb that agrees); a passive whose subject has a second verb
("Qualifying experience may have been acquired ... but will clearly demonstrate") keeps its voice. ``simple-words``:
a thing "provided" in a passive with no recipient stays ("furnished" is "sent"); "provided" before a bare object
("Provided directions", "The class provided training") stays; "prior to"/"subsequent to" a noun with "being"/"having"
stays; a verb swap that would say a plain verb again in another form in its sentence keeps its word ("show ...
indicated by"); "indicate" an answer, "the appropriate answer", "retained grade", the noun "attempts" and "performed"
with no object in a series item stay. ``glued-words``: a capitalised town ("Holtsville") is not split. Every rule: a
test item about the wording of a passage ("Which of the underlined words ... should be changed?") is not edited
(:mod:`skillhire.rewrite_edits`).

Round 21 (the even half read for meaning, and round 20's leftovers), in the same rule ids. ``simple-words``: a phrasal
verb from the table takes a pronoun object inside it ("implement it" -> "carry it out"); "provide" stays before a
workplace, environment or setting; "sufficient" after its noun stays ("experience ... sufficient to qualify"); a past
form after a modal (a slip: "must provided") stays; a person "reflected on" orders is "named on" them.
``short-verbs``: "provide training/guidance/... to" stays after a verb and "and"/"or" that shares the noun
("developing and providing training to staff"). ``jargon``: "<term> ... as listed/described below" is the posting's
own definition. ``acronyms``: an acronym before the noun it modifies ("PCS orders") is spelled out without its gloss,
which follows the sentence ("Permanent change of station means ..."). ``split-sentences``: an "i.e." bracket that
names a few choices ("(i.e. Competitive or Excepted)") stays. ``address-you``: "their resumes are complete" is "your
resume is complete".

Round 25 (the leftovers of rounds 21-22, and the postings between grade 10 and 12 read for what carries their grade),
in the same rule ids. ``simple-words`` (:mod:`skillhire.rewrite_words`): "indicate" as an instruction to the reader
("Indicate the extent of your experience", "select ... to indicate how you discovered") is "tell us", not "show";
"help in/with doing" is "help do" also for a swap's capitalised "Helping" in mid-sentence, for a series of bare
"-ing" words as a whole and after "with". ``lists``: a semicolon series whose first part is a whole clause leads with
the subject its items share ("The Chief of Staff's team:", "You will:"); parts joined by "however" and the like are
sentences, not items; item lines with no marker under a lead-in that announces them get a bullet. ``short-verbs``
(:mod:`skillhire.rewrite_verbs`): "through (the) performance of X" is "by doing X". ``split-sentences``: a heading in
capitals run on after a web address ("... num-ndx.asp PART-TIME OR UNPAID EXPERIENCE:") starts its own line.

Round 26 (the rewritten sentences over 25 words, sorted by kind), in the same rule ids. ``glued-words``
(:mod:`skillhire.rewrite_glued`): the break lost before a sentence opener is also found before a pronoun with its verb
("... fleet aircraft You can read more", "... Doctoral Degree There is no ...") and, after a lower-case word or a
date only, before a noun subject with its modal ("... for the job A transcript must be sent", "by 11/29/2021
Applicant must have"); a year or a date before an opener ends the sentence, a web address or an abbreviation never.
``split-sentences``: a summary sentence whose one subject places or names the job and then says what it does ("This
job is located in X and provides Y", "You serve as X and are responsible for Y") is two sentences, the subject said
again ("This job provides Y", "You are responsible for Y").
"""

from __future__ import annotations

import bisect
import functools
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from skillhire.errors import UnknownChoiceError
from skillhire.lint import Finding, LintOptions, lint_posting
from skillhire.plain_language import (
    LEGAL_MARKERS,
    GlossaryEntry,
    Severity,
    get_rule,
    indefinite_article,
    legal_spans,
    load_glossary,
    load_simple_words,
    match_case,
    overlaps,
    protected_spans,
    resolve_rules,
    verb_forms,
)
from skillhire.posting import SECTION_FIELDS, JobPosting, parse_posting
from skillhire.readability import Readability, count_syllables, score_readability, split_sentences, word_spans
from skillhire.rewrite_edits import (
    _apply,
    _clause_start,
    _Context,
    _Edit,
    _OffsetMap,
    _previous_word,
    _select,
    extract_facts,
    lost_facts,
)
from skillhire.rewrite_education import _rule_education
from skillhire.rewrite_glued import (
    _SENTENCE_STARTERS,
    _camel_case_names,
    _rule_glued_names,
    _rule_glued_words,
    _short_part_name,
)
from skillhire.rewrite_verbs import _HIDDEN_NOUN_VERBS, _WEAK_NOUN_VERBS, _WEAK_VERB_FORMS, _rule_short_verbs
from skillhire.rewrite_words import _ING_NOUNS, _base_of_ing, _rule_words
from skillhire.standard_text import _rule_boilerplate

__all__ = [
    "Change",
    "RewriteOptions",
    "RewriteResult",
    "extract_facts",
    "lost_facts",
    "rewrite_posting",
]

_PROTECTED_SECTIONS = frozenset({"fair_and_transparent"})


class RewriteOptions(BaseModel):
    """Tunables of :func:`rewrite_posting`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    split_above_words: int = Field(
        default=15, ge=5, description="Sentences longer than this are split at safe points (semicolons, "
        "a colon before a full sentence, ', and you ...')."
    )
    min_piece_words: int = Field(default=4, ge=1, description="Never split off a piece shorter than this.")
    min_list_items: int = Field(default=3, ge=2, description="Fewest items an inline enumeration needs to become a list.")
    max_passes: int = Field(default=10, ge=1, le=20, description="Rounds of rules before giving up on a fixed point.")
    min_title_score: float = Field(
        default=80.0, ge=0, le=100, description="Lowest translate_title score accepted as the working title."
    )
    lint: LintOptions = Field(default_factory=LintOptions, description="Options of the findings on the result.")
    findings: bool = Field(
        default=True, description="Run the finding rules on the result; off gives only changes (about a third faster)."
    )


class Change(BaseModel):
    """One edit: what changed where, why, and on whose authority."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: str = Field(description="Rule id (see skillhire.plain_language.list_rules).")
    section: str = Field(description="Posting field the edit is in ('qualifications', 'title', 'extra:<heading>').")
    start: int = Field(description="Offset of the original span in the section's original text.")
    end: int = Field(description="End offset of the original span in the section's original text.")
    original: str = Field(description="The text replaced (empty for an insertion).")
    replacement: str = Field(description="The new text (empty for a deletion).")
    reason: str = Field(description="Why, in words.")
    source: str = Field(description="The guideline, law or data the rule follows.")


class RewriteResult(BaseModel):
    """What :func:`rewrite_posting` returns."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    original: JobPosting = Field(description="The posting as given.")
    posting: JobPosting = Field(description="The rewritten posting.")
    text: str = Field(description="The whole rewritten announcement as text (Markdown headings).")
    original_text: str = Field(description="The whole original announcement as text, in the same layout.")
    changes: list[Change] = Field(description="Every edit, in section order, then offset order.")
    findings: list[Finding] = Field(description="What should change but could not be changed safely by rule.")
    readability_before: dict[str, Readability] = Field(
        description="Readability of each original section, and 'overall' for all sections together."
    )
    readability_after: dict[str, Readability] = Field(
        description="Readability of each rewritten section, and 'overall'."
    )
    rules: list[str] = Field(description="The rule ids that ran.")

    def diff(self, *, format: str = "text", context: int = 2) -> str:
        """A reviewable diff of the whole announcement, with every change's rule, reason and source.

        Args:
            format: ``"text"`` (unified diff, then the numbered changes as ``#`` lines) or ``"html"`` (word-level,
                ``<del>``/``<ins>``, escaped; each mark's ``title`` gives the rule, reason and source of the changes
                it shows and a superscript links it to the numbered list of changes below the diff).
            context: Unchanged lines of context around each change (text format).

        Raises:
            UnknownChoiceError: ``format`` is neither ``"text"`` nor ``"html"`` (a ``ValueError`` too).
        """
        if format == "text":
            import difflib

            diff = "".join(difflib.unified_diff(
                self.original_text.splitlines(keepends=True), self.text.splitlines(keepends=True),
                fromfile="original", tofile="rewritten", n=context,
            ))
            return diff + _text_changes(self.changes)
        if format == "html":
            return _html_diff(self)
        raise UnknownChoiceError("diff format", format, ["html", "text"])

    def _repr_html_(self) -> str:
        import html

        rows = "".join(
            f"<tr><td>{html.escape(c.rule)}</td><td>{html.escape(c.section)}</td>"
            f"<td><del>{html.escape(c.original)}</del></td><td><ins>{html.escape(c.replacement)}</ins></td>"
            f"<td>{html.escape(c.reason)}</td></tr>"
            for c in self.changes
        )
        before = self.readability_before.get("overall")
        after = self.readability_after.get("overall")
        grade = ""
        if before and after and before.flesch_kincaid_grade is not None and after.flesch_kincaid_grade is not None:
            grade = (f"<p>Flesch-Kincaid grade {before.flesch_kincaid_grade:.1f} &rarr; "
                     f"{after.flesch_kincaid_grade:.1f}; {len(self.changes)} changes, "
                     f"{len(self.findings)} findings</p>")
        return (
            f"<div class='skillhire-rewrite'>{grade}{self.diff(format='html')}"
            "<table><thead><tr><th>rule</th><th>section</th><th>original</th><th>replacement</th>"
            f"<th>reason</th></tr></thead><tbody>{rows}</tbody></table></div>"
        )

    def to_pandas(self, what: str = "changes") -> Any:
        """The changes (``what="changes"``) or findings (``"findings"``) as a pandas DataFrame.

        Raises:
            ImportError: pandas is not installed (``pip install 'skillhire[pandas]'``).
            UnknownChoiceError: ``what`` is neither "changes" nor "findings" (a ``ValueError`` too).
        """
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - depends on the environment
            raise ImportError("to_pandas needs pandas: pip install 'skillhire[pandas]'") from None
        if what == "changes":
            return pd.DataFrame([c.model_dump() for c in self.changes], columns=list(Change.model_fields))
        if what == "findings":
            rows = [{**f.model_dump(), "severity": str(f.severity)} for f in self.findings]
            return pd.DataFrame(rows, columns=list(Finding.model_fields))
        raise UnknownChoiceError("to_pandas table", what, ["changes", "findings"])


# ------------------------------------------------------------------------------------------------------
# rule: address the reader as you, the agency as we; must not shall
# ------------------------------------------------------------------------------------------------------

_READER_SOURCE = ("Federal Plain Language Guidelines, Address the user (audience/address-the-user); SME-QA "
                  "plain-language guidelines for job announcements")
_SINGULAR_READER = (
    r"(?:the|an|each|any|every)\s+(?:incumbent|selectee|selected\s+(?:candidate|applicant|individual|person|employee)|"
    r"successful\s+(?:candidate|applicant)|individual\s+selected|person\s+selected|candidate\s+selected|"
    r"applicant\s+selected|applicant|candidate)"
)
_READER_RE = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<of>(?:the\s+)?incumbents?\s+(?:of|in)\s+(?:this|the)\s+position)"
    r"|(?P<group>incumbents\s+(?:of|in)\s+(?:key|such|these|all|those)\s+positions)"
    r"|(?P<poss>(?:the\s+|each\s+|an\s+)?(?:incumbent|selectee|applicant|candidate)(?:'s|\u2019s)|"
    r"(?:incumbents|selectees|applicants|candidates)(?:'|\u2019)(?!\w))"
    r"|(?P<sing>" + _SINGULAR_READER + r")"
    r"|(?P<plural>(?:all\s+)?(?:the\s+)?(?:incumbents|selectees|applicants|candidates|individuals))"
    r"|(?P<bare>incumbent)"
    r")(?![\w-])",
    re.IGNORECASE,
)
_MODAL_OR_VERB = re.compile(
    r"\s+(?:must|will|may|should|shall|can|cannot|can't|would|need|needs|is|are|was|were|has|have|who|do|does|"
    r"also|then|only|serves?|performs?|\w+s)\b", re.IGNORECASE)
_AGENCY_RE = re.compile(r"(?<![\w-])(?:the|this|our)\s+(?:hiring\s+|employing\s+|servicing\s+)?agency(?P<poss>'s|\u2019s)?(?![\w-])",
                        re.IGNORECASE)
_OTHER_AGENCY_BEFORE_RE = re.compile(r"(?<![\w-])(?:an|another|other|any|each|every|a[ \t]+(?:different|federal|"
                                     r"new|former))[ \t]+(?:[\w-]+[ \t]+){0,2}?agenc(?:y|ies)\b", re.IGNORECASE)


def _sentence_start_of(text: str, pos: int) -> int:
    """Offset where the sentence holding ``pos`` starts (after the last full stop, "?", "!" or line break)."""
    m = re.search(r"[.!?\n][^.!?\n]*$", text[:pos])
    return m.start() + 1 if m else 0


_SHALL_RE = re.compile(r"\bshall\b", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"\b(?:his\s*/\s*her|his or her|her or his|him\s*/\s*her|him or her|he\s*/\s*she|"
                         r"he or she|she or he|s/he|\(s\)he)\b", re.IGNORECASE)
_TO_PLURAL = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
              "hasn't": "haven't", "doesn't": "don't", "needs": "need"}
_ADVERBS = re.compile(r"(?:also|then|only|further|still|often|usually|generally|typically|currently|"
                      r"not|normally|always|\w+ly)$", re.IGNORECASE)


def _agreement_edit(text: str, pos: int, rule: str, reason: str, source: str) -> _Edit | None:
    """Edit the verb after a new plural subject ("you", "we") at ``pos`` into its plural form, if needed."""
    for _ in range(3):
        m = re.match(r"(\s+)([A-Za-z']+)", text[pos:])
        if not m:
            return None
        word = m.group(2)
        start = pos + len(m.group(1))
        end = start + len(word)
        lower = word.lower()
        if lower in _TO_PLURAL:
            return _Edit(start, end, match_case(_TO_PLURAL[lower], word), rule, reason, source)
        if (_ADVERBS.fullmatch(lower) and lower not in ("only",)) or lower in ("only",):
            pos = end
            continue
        base = _singular_verb_base(lower)
        if base:
            return _Edit(start, end, match_case(base, word), rule, reason, source)
        return None
    return None


# Verbs that job postings coordinate after "the incumbent ... and": unambiguous as verbs in that position
# (nouns such as "reports", "plans", "tests", "supports" are left out on purpose).
_DUTY_VERBS = frozenset(
    "advises analyzes applies assists builds collaborates communicates conducts consults coordinates creates "
    "defines delivers designs determines develops directs drafts ensures establishes evaluates executes explains "
    "facilitates gathers guides helps identifies implements informs interprets investigates maintains manages "
    "monitors negotiates obtains organizes oversees participates performs prepares presents prioritizes "
    "provides recommends represents researches resolves responds reviews serves shares solves submits "
    "supervises translates trains utilizes validates verifies writes".split()
)


def _coordinated_verbs(text: str, start: int, end: int) -> list[_Edit]:
    """'You serve as X and assists Y' -> '... and assist Y': later verbs of the same subject agree too."""
    edits = []
    for m in re.finditer(r"(?:,\s*|\s+)(?:and|or)\s+(\w+)\b|,\s+(\w+)\b(?=[^,;.]*,?\s+and\s+\w+s\b)",
                         text[start:end]):
        word = m.group(1) or m.group(2)
        if word.lower() in _DUTY_VERBS:
            base = _singular_verb_base(word.lower())
            if base:
                a = start + m.start(1 if m.group(1) else 2)
                edits.append(_Edit(a, a + len(word), match_case(base, word), "address-you",
                                   'verb agrees with "you" (coordinated verb)', _READER_SOURCE))
    return edits


def _and_verbs(text: str, start: int, end: int, done: set[int]) -> list[_Edit]:
    """rewrite 15: "You manage 2 teams and reports to the Branch Chief" -> "... and report to ...": an -s word
    joined by "and" to the verb that now agrees with "you" agrees too when it is a verb before its object or
    complement (``_object_verb_base``; "manages budgets and reports" keeps the noun). Up to the end of the predicate:
    a semicolon or a relative clause ends it."""
    stop = re.search(r";|\b(?:who|which|that|whose|whom)\b", text[start:end])
    end = start + stop.start() if stop else end
    edits = []
    for m in _AND_S_RE.finditer(text, start, end):
        a = m.start("word")
        if m.group("word") in ("is", "has", "does", "was") and a not in done:
            # meaning review 18: "You serve as a Branch Manager ... and is responsible for ..." -> "and are"
            edits.append(_Edit(a, m.end("word"), _TO_PLURAL[m.group("word")], "address-you",
                               'verb agrees with "you" (coordinated verb)', _READER_SOURCE))
            continue
        base = _object_verb_base(m.group("word"), text, m.end("word"))
        if base and a not in done:
            edits.append(_Edit(a, m.end("word"), base, "address-you", 'verb agrees with "you" (coordinated verb)',
                               _READER_SOURCE))
    return edits


def _singular_verb_base(word: str) -> str | None:
    """'serves' -> 'serve', 'identifies' -> 'identify', 'possesses' -> 'possess'; None if not such a verb."""
    if not word.endswith("s") or word.endswith(("ss", "us", "is", "'s")) or len(word) < 3:
        return None
    from skillhire.readability import _cmudict

    known = _cmudict()
    candidates = []
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    if re.search(r"(sses|shes|ches|xes|zes|oes)$", word):
        candidates.append(word[:-2])
    candidates.append(word[:-1])
    for base in candidates:
        if base in known and base not in ("thi", "ha", "wa"):
            return base
    return None


def _rule_address_you(text: str, ctx: _Context) -> list[_Edit]:
    edits: list[_Edit] = []
    reason_you = "address the reader as \"you\""
    touched_sentences: list[tuple[int, int]] = []
    # (position after a reader edit, end of its sentence, the edit that made the reader "you")
    reader_at: list[tuple[int, int, _Edit]] = []
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        index = max(bisect.bisect_right(starts, pos) - 1, 0)
        return (sentences[index].start, sentences[index].end) if sentences else (0, len(text))

    for m in _READER_RE.finditer(text):
        original = m.group()
        lower = original.lower()
        if m.group("poss"):
            new = "your"
            edits.append(_Edit(m.start(), m.end(), match_case(new, original), "address-you",
                               f'"{original}" -> "{new}": {reason_you}', _READER_SOURCE))
            touched_sentences.append(sentence_of(m.start()))
            reader_at.append((m.end(), sentence_of(m.start())[1], edits[-1]))
            continue
        if m.group("group"):
            new = match_case("those of you in " + re.sub(r"^incumbents\s+(?:of|in)\s+", "", original, flags=re.I),
                             original)
            edits.append(_Edit(m.start(), m.end(), new, "address-you", f'"{original}" -> "{new}": {reason_you}',
                               _READER_SOURCE))
            continue
        incumbent_like = bool(re.search(r"incumbent|selectee", lower))
        if "selectee" in lower and not lower.endswith("'s") and (
                re.search(r"\b(?:for|to|of|by|with|from|among|on)\s+$", text[max(0, m.start() - 6):m.start()], re.I)
                or text[m.end():m.end() + 3] == "(s)"):
            continue  # meaning review 18: "vaccination is required for all selectees" is no "for all of you", "the
            # location of the selectee(s)" no "the location of you(s)": the reader is an applicant, and only those
            # selected are meant
        if (m.group("plural") or m.group("sing")) and incumbent_like:
            new = "you"  # "the incumbent" is the reader wherever it stands (subject or object)
        elif m.group("plural") or m.group("sing"):
            # only as a subject at the start of a clause, before a verb, modal or "who"
            after_comma = text[max(0, m.start() - 2):m.start()] == ", " and re.match(
                r"\s+(?:must|will|may|should|shall|can|cannot|need)\b", text[m.end():m.end() + 10], re.I)
            if not _clause_start(text, m.start()) and not after_comma and not re.search(
                r"\b(?:that|if|when|unless|because|and|but|so|where|once|after|before)\s+$", text[max(0, m.start() - 12):m.start()], re.I
            ):
                continue
            follow = _MODAL_OR_VERB.match(text, m.end())
            if not follow:
                continue
            if lower.endswith("individuals") and not re.match(r"\s+(?:also\s+)?must\b", text[m.end():m.end() + 14], re.I):
                continue  # round 11: "Individuals must have IT-related experience ..." is the reader; "individuals who
                # have delinquent balances", "individuals may be converted" may be others (and keep their "their")
            if re.match(r"\s+who\b", text[m.end():], re.I):
                edit = _who_clause(text, m, ctx)
                if edit:
                    edits.extend(edit)
                    touched_sentences.append(sentence_of(m.start()))
                    if edit[0].replacement.lower().startswith("if you"):
                        reader_at.append((edit[0].end, sentence_of(m.start())[1], edit[0]))
                continue
            new = "you"
        elif m.group("of"):
            new = "you"
        else:  # bare "incumbent"
            if not re.match(r"\s+(?:will|must|may|should|shall|is|has|serves?|performs?|\w+s)\b", text[m.end():], re.I):
                continue
            new = "you"
        new = match_case(new, original) if original[:1].isupper() else "you"
        if lower.startswith("all ") and not _clause_start(text, m.start()):
            new = "all of you"
        edits.append(_Edit(m.start(), m.end(), new, "address-you", f'"{original}" -> "{new}": {reason_you}',
                           _READER_SOURCE))
        touched_sentences.append(sentence_of(m.start()))
        if new.lower() == "you":  # "those of you", "all of you" may go on with "their"
            reader_at.append((m.end(), sentence_of(m.start())[1], edits[-1]))
        singular = bool(m.group("sing") or m.group("bare") or (m.group("of") and "incumbents" not in lower))
        if not re.match(r"\s+(?:\w+ly\s+|often\s+|also\s+|then\s+|not\s+)?(?:must|will|may|should|shall|can|"
                        r"cannot|would|is|was|has|does|\w+s)\b", text[m.end():], re.I):
            singular = False  # not a subject: no verb to agree
        if singular:
            agree = _agreement_edit(text, m.end(), "address-you", f'verb agrees with "you" (was "{original}")',
                                    _READER_SOURCE)
            if agree:
                edits.append(agree)
                edits += _coordinated_verbs(text, agree.end, sentence_of(m.start())[1])
                edits += _and_verbs(text, agree.end, sentence_of(m.start())[1], {e.start for e in edits})
    # "Transcripts must be sent with ..." -> "You must send transcripts with ..." (the guideline's own example)
    for sentence in sentences:
        m = _DOCUMENT_PASSIVE_RE.match(sentence.text)
        if not m or re.search(r"\b(?:must|will|may|should|can|you|we)\b", m.group("subject"), re.I):
            continue
        subject = m.group("subject")
        if re.fullmatch(r"[A-Z][a-z'\u2019]*", subject.split()[0]):
            subject = subject[:1].lower() + subject[1:]
        new = f"You must {_ACTIVE_VERBS[m.group('verb').lower()]} {subject}"
        edits.append(_Edit(sentence.start, sentence.start + m.end(), new, "address-you",
                           f'"{m.group()}" -> "{new}": say who must act, and address the reader as "you"',
                           _READER_SOURCE + f"; {PLAIN_GUIDELINES_ACTIVE}"))
    # common passives at the start of a sentence, in the active voice with "we" or "you" as the actor
    for sentence in sentences:
        start = sentence.start
        bullet = re.match(r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+", sentence.text) if sentence.list_item else None
        body = sentence.text[bullet.end():] if bullet else sentence.text
        start += bullet.end() if bullet else 0
        if body.isupper():
            continue  # a sentence in capitals is a heading or a warning: leave its case alone
        for regex, build in _ACTIVE_PATTERNS:
            m = regex.match(body)
            if m and (_shares_subject(re.split(r"[.;:!?]\s", body[m.end():], maxsplit=1)[0])
                      or _SAID_AGAIN_RE.match(text, start + len(body))):
                break  # meaning review 20: the passive's subject is also the subject of a second verb
            if m:
                new = build(m)
                edits.append(_Edit(start, start + m.end(), new, "address-you",
                                   f'"{m.group()}" -> "{new}": say who acts (active voice)',
                                   _READER_SOURCE + f"; {PLAIN_GUIDELINES_ACTIVE}", in_names=True))  # names kept as they are
                break
    # his/her, he/she in sentences already speaking to the reader
    for m in _PRONOUN_RE.finditer(text):
        if not any(s <= m.start() < e for s, e in touched_sentences):
            continue
        lower = re.sub(r"\s+", " ", m.group().lower())
        new = "your" if lower.startswith(("his", "her ")) else "you"
        edits.append(_Edit(m.start(), m.end(), match_case(new, m.group()), "address-you",
                           f'"{m.group()}" -> "{new}": the sentence now speaks to the reader', _READER_SOURCE))
        if new == "you":
            agree = _agreement_edit(text, m.end(), "address-you", 'verb agrees with "you"', _READER_SOURCE)
            if agree:
                edits.append(agree)
    # "they", "their", "themselves" that still point at the reader after "applicants" became "you"
    # meaning review 18: only where the edit that made the reader "you" can be made. A subject the engine keeps
    # (a name in it, "Candidates who apply under Competitive Merit Promotion procedures will") left "... to determine
    # if you are best qualified based on ... your resume" after a third-person subject
    protected = protected_spans(text) if reader_at else []
    unnamed = protected_spans(text, names=False) if reader_at else []
    for after, sentence_end, anchor in reader_at:
        if overlaps(unnamed if anchor.in_names else protected, anchor.start, anchor.end):
            continue
        edits += _reader_pronouns(text, after, sentence_end)
    # the agency -> we
    for m in _AGENCY_RE.finditer(text):
        original = m.group()
        if m.group().lower().startswith("the") and _OTHER_AGENCY_BEFORE_RE.search(
                text, _sentence_start_of(text, max(0, _sentence_start_of(text, m.start()) - 1)), m.start()):
            continue  # meaning review 22 (held-out): "the agency" that points back to "an agency" or "another agency"
            # named earlier in its sentence or the one before ("a covered position in an agency having an interchange
            # agreement with OPM, which allows movement from the agency's system to ...", which split-sentences cuts
            # before "This allows") is that agency, not us
        if m.group("poss"):
            new = "our"
        else:
            if not _clause_start(text, m.start()):
                continue
            if not re.match(r"\s+(?:will|must|may|should|can|cannot|is|has|does|reserves|\w+s)\b", text[m.end():], re.I):
                continue
            new = "we"
        new = match_case(new, original)
        edits.append(_Edit(m.start(), m.end(), new, "address-you",
                           f'"{original}" -> "{new}": use "we" for the agency', _READER_SOURCE))
        if new.lower() == "we":
            agree = _agreement_edit(text, m.end(), "address-you", 'verb agrees with "we"', _READER_SOURCE)
            if agree:
                edits.append(agree)
    return edits


# the third person that pointed at "applicants" / "the candidate" (plural "they" is also the singular of unknown
# gender): after the reader became "you", it becomes "you" too ("You must show that they meet ..." -> "that you meet")
_THEY_RE = re.compile(r"\b(?P<word>themselves|themself|theirs|their|them|they)\b(?!['\u2019-])", re.IGNORECASE)
_THEY_TO_YOU = {"themselves": "yourself", "themself": "yourself", "theirs": "yours", "their": "your", "them": "you",
                "they": "you"}
# a plural noun between the reader and the pronoun may be what the pronoun points at ("applications ... they")
_PLURAL_NOUN_RE = re.compile(r"\b[A-Za-z][a-z]{2,}(?<![su'\u2019])s\b")
_NOT_PLURAL_NOUNS = frozenset({"was", "has", "does", "yes", "always", "whereas", "towards", "afterwards", "perhaps",
                               "sometimes", "nevertheless", "besides", "thanks", "means", "series", "news", "its"})
# what "their" points at when it is the reader's own: the application and its parts, the reader's record
_READER_OWNED = re.compile(
    r"\s+(?:(?:own|most|more|and|latest|current|previous|prior|federal|military|college|[a-z]+(?:ly|al|ant|ent|ive|ous|"
    r"ic|est|ed))\s+){0,4}"
    r"(?:resumes?|applications?|responses?|answers?|work|experience|education|qualifications?|eligibilit(?:y|ies)|"
    r"documents?|documentation|transcripts?|combination|home|duties|employment|service|status|claims?|skills|"
    r"knowledge|abilities|job|jobs|position|record|records|preference|SF-?50|DD-?214|degree|training|"
    r"accomplishments|background)\b",
    re.IGNORECASE,
)
_THEY_PASSIVE = re.compile(r"\s+(?:were|are|was|is|have\s+been|had\s+been)\s+[a-z]+ed\b", re.IGNORECASE)


def _reader_pronouns(text: str, start: int, end: int) -> list[_Edit]:
    """"they" / "their" / "them" / "themselves" in ``text[start:end]`` that point at the reader, as "you" forms.

    ``start`` is just after the words that became "you" (or the start of a "who" clause whose subject is the
    reader). A reflexive ("themselves") always points at its clause's subject, the reader. The others point at
    the reader unless a plural noun comes first ("... your accomplishments as they relate to ...": "they" is the
    accomplishments); "their" before a part of the application ("their resume", "their responses") is the
    reader's whatever comes between, and so is "they" after "which" ("the categories for which they apply": "which"
    is the noun), except before a passive ("in which they were received": the applications, unsaid).
    """
    edits: list[_Edit] = []
    for m in _THEY_RE.finditer(text, start, end):
        word = m.group("word").lower()
        between = [w for w in _PLURAL_NOUN_RE.findall(text, start, m.start()) if w.lower() not in _NOT_PLURAL_NOUNS]
        if word in ("themselves", "themself"):
            pass
        elif word == "their" and _READER_OWNED.match(text, m.end()):
            pass
        elif word == "they" and re.search(r"\b(?:which|whom)\s+$", text[max(0, m.start() - 8):m.start()]):
            if _THEY_PASSIVE.match(text, m.end()):
                continue  # "in the order in which they were received": the applications, unsaid
            pass  # "the Eligibilities for which they claim": "which" is the noun, so "they" is someone else
        elif between:
            continue
        new = match_case(_THEY_TO_YOU[word], m.group())
        edits.append(_Edit(m.start(), m.end(), new, "address-you",
                           f'"{m.group()}" -> "{new}": it points at the reader, who is now "you"', _READER_SOURCE))
        one = _ONE_PER_READER_RE.match(text, m.end()) if word == "their" else None
        agreeing = _ONE_PER_READER_VERB_RE.match(text, m.end()) if word == "their" and not one else None
        if one or agreeing:
            found = one or agreeing
            noun = found.group("noun")
            edits.append(_Edit(found.start("noun"), found.end("noun"), noun[:-1], "address-you",
                               f'"{noun}" -> "{noun[:-1]}": each applicant sends one; now that the reader is "you", '
                               "it is one", _READER_SOURCE))
            if agreeing:  # meaning review 21: "their resumes are complete" -> "your resume is complete"
                verb = agreeing.group("verb")
                singular = _SINGULAR_VERB.get(verb.lower(), verb + "s")
                edits.append(_Edit(agreeing.start("verb"), agreeing.end("verb"), match_case(singular, verb),
                                   "address-you", f'"{verb}" -> "{singular}": the verb agrees with the one '
                                   f'{noun[:-1]}', _READER_SOURCE))
    return edits


# meaning review 20: "Applicants ... construct their resumes" became "you ... construct your resumes": the plural
# was one per applicant, and the one reader has one resume (and one application). Only where no verb after it
# agrees with the plural ("their resumes are ..." stays plural rather than become "your resume are")
_ONE_PER_READER_RE = re.compile(
    r"(?:[ \t]+(?:own|most|more|latest|current|complete|completed|entire|full|online|federal|updated|[a-z]+ly))*[ \t]+"
    r"(?P<noun>resumes|r\u00e9sum\u00e9s|applications)(?=[ \t]*(?:[.,;:!?)]|\n|$)|[ \t]+(?:to|and|or|for|by|with|in|"
    r"on|as|at|through|via|so|that|which|must|will|may|should|can|could|would|might|before|after|when|if|"
    r"carefully|thoroughly)\b)")


# meaning review 21 (round 20's leftover): where a verb agrees with the plural ("their resumes are complete") the
# noun is one per reader all the same, and its verb agrees with the one: "your resume is complete"
_ONE_PER_READER_VERB_RE = re.compile(
    r"(?:[ \t]+(?:own|most|more|latest|current|complete|completed|entire|full|online|federal|updated|[a-z]+ly))*[ \t]+"
    r"(?P<noun>resumes|r\u00e9sum\u00e9s|applications)[ \t]+(?:(?:also|not|fully|clearly)[ \t]+)?"
    r"(?P<verb>are|were|have|include|contain|show|meet|list|describe|reflect|demonstrate|address)\b")
_SINGULAR_VERB = {"are": "is", "were": "was", "have": "has"}


def _lower_first(text: str) -> str:
    """"Evidence of the Selective Placement Factor" -> "evidence of ...": a capital that only started the sentence."""
    first = text.split()[0] if text.split() else ""
    return text[:1].lower() + text[1:] if re.fullmatch(r"[A-Z][a-z'\u2019]*", first) else text


# (pattern matched at the start of a sentence, the active version of what it matched)
_ACTIVE_PATTERNS: tuple[tuple[re.Pattern[str], Any], ...] = (
    (re.compile(r"(?P<obj>Credit|Consideration|Preference|Priority)[ \t]+will[ \t]+be[ \t]+given[ \t]+(?P<prep>for|to)\b"),
     lambda m: f"We will give {m.group('obj').lower()} {m.group('prep')}"),
    (re.compile(r"(?P<subj>(?:More|Additional|Further)[ \t]+(?:[\w-]+[ \t]+){0,4}?information)[ \t]+(?:can|may)[ \t]+be[ \t]+"
                r"found[ \t]+(?P<prep>at|on|in|from)\b"),
     lambda m: f"You can find {_lower_first(m.group('subj'))} {'at' if m.group('prep') == 'from' else m.group('prep')}"),
    (re.compile(r"(?P<subj>(?:All[ \t]+)?(?:(?:qualification|eligibility|minimum)[ \t]+)?requirements)[ \t]+must[ \t]+be[ \t]+"
                r"met[ \t]+(?P<when>by|within|no[ \t]+later[ \t]+than|before)\b", re.IGNORECASE),
     lambda m: f"You must meet {m.group('subj').lower()} {m.group('when')}"),
    (re.compile(r"(?P<subj>[A-Z][^,.;:()]{2,60}?)[ \t]+must[ \t]+be[ \t]+(?:shown|described|documented|reflected|demonstrated)"
                r"[ \t]+in[ \t]+your[ \t]+resume\b"),
     lambda m: f"Your resume must show {_lower_first(m.group('subj'))}"),
    (re.compile(r"You[ \t]+are[ \t]+(?P<how>(?:strongly|highly)[ \t]+)?encouraged[ \t]+to\b"),
     lambda m: f"We {m.group('how') or ''}encourage you to"),
    (re.compile(r"(?P<subj>Education|Experience|Training)[ \t]+cannot[ \t]+be[ \t]+credited\b"),
     lambda m: f"We cannot credit {m.group('subj').lower()}"),
    (re.compile(r"Your[ \t]+(?P<what>[^,.;:()]{3,60}?)[ \t]+may[ \t]+be[ \t]+combined\b"),
     lambda m: f"You may combine your {m.group('what')}"),
    (re.compile(r"(?P<subj>(?:An?|Any|Your)[ \t]+combination[ \t]+of[ \t]+[^,.;:()]{3,60}?|Your[ \t]+[^,.;:()]{3,40}?)[ \t]+may[ \t]+"
                r"be[ \t]+used[ \t]+to\b"),
     lambda m: f"You may use {_lower_first(m.group('subj'))} to"),
    (re.compile(r"(?P<subj>(?:This|The|Such|Your|Qualifying|Specialized|Creditable)[ \t]+(?:[\w-]+[ \t]+){0,2}?experience)[ \t]+"
                r"may[ \t]+have[ \t]+been[ \t]+(?:gained|acquired|obtained|gotten)[ \t]+(?P<prep>in|through|from|at|by)\b"),
     lambda m: f"You may have gained {_lower_first(m.group('subj'))} {m.group('prep')}"),
    (re.compile(r"You[ \t]+will[ \t]+be[ \t]+(?P<verb>rated|evaluated|assessed)[ \t]+(?P<prep>on|against|based[ \t]+on)\b"),
     lambda m: f"We will {_BASE_VERBS[m.group('verb')]} you {m.group('prep')}"),
    (re.compile(r"Your[ \t]+(?P<what>qualifications|application|resume|answers|responses)[ \t]+will[ \t]+be[ \t]+"
                r"(?P<verb>rated|evaluated|assessed|reviewed)\b(?![ \t]+(?:by|and|or)\b)"),  # "rated and ranked": two verbs
     lambda m: f"We will {_BASE_VERBS[m.group('verb')]} your {m.group('what')}"),
)
# meaning review 20 (held-out): "Qualifying experience may have been acquired in any public or private sector job but
# will clearly demonstrate experience in ..." made "You may have gained qualifying experience in any ... job. But you
# will clearly show experience ...": the experience shows it, not the reader. A passive whose subject goes on to a
# second verb ("but will", "and must", ", and is") keeps its voice, so the second verb keeps its subject
_SHARED_SUBJECT_RE = re.compile(r"(?:,[ \t]*|[ \t]+)(?:but|and|or|yet)[ \t]+(?:also[ \t]+|then[ \t]+|still[ \t]+)?(?:will|must|"
                                r"may|might|should|can|cannot|could|would|shall|is|are|was|were|has|have|does|do)\b",
                                re.IGNORECASE)
def _shares_subject(rest: str) -> bool:
    """Whether ``rest`` (the sentence after a passive) goes on with a second verb of the passive's subject; not one
    of a relative clause ("... characteristics that are relevant to the duties and must be supported by ...")."""
    shared = _SHARED_SUBJECT_RE.search(rest)
    return bool(shared) and not re.search(r"\b(?:that|which|who|whom|whose)\b", rest[:shared.start()], re.IGNORECASE)


# (and after split-sentences made the second verb a sentence of its own with the subject said again: ". But it will")
_SAID_AGAIN_RE = re.compile(r"[ \t]*\.?[ \t]+(?:But|And|Yet)?[ \t]*(?:it|they|It|They)[ \t]+(?:will|must|may|might|should|"
                            r"can|cannot|could|would|shall)\b")
_BASE_VERBS = {"rated": "rate", "evaluated": "evaluate", "assessed": "assess", "reviewed": "review"}


PLAIN_GUIDELINES_ACTIVE = "Federal Plain Language Guidelines, Use active voice (conversational/use-active-voice)"
_ACTIVE_VERBS = {"sent": "send", "submitted": "submit", "provided": "provide", "given": "give", "included": "include",
                 "attached": "attach", "uploaded": "upload"}
# a document as the subject at the start of a sentence, "must be" and a verb of handing in, no agent ("by ...")
_DOCUMENT_PASSIVE_RE = re.compile(
    r"(?P<subject>(?:(?:An?|The|All|Your|Copies\s+of|A\s+copy\s+of|Proof\s+of)\s+)?(?:[\w'\u2019-]+\s+){0,9}?"
    r"(?:transcripts?|SF-?50s?|DD-?214s?|SF-?15s?|resumes?|documents?|documentation|forms?|copy|copies|proof|"
    r"certificates?|letters?|materials)(?:\s+(?:that|which)\s+[^,;:.()]{2,60}?)?)\s+must\s+be\s+"
    r"(?P<verb>sent|submitted|provided|given|included|attached|uploaded)\b(?!\s+by\b)",
    re.IGNORECASE,
)


_PLURAL_PERSONS_RE = re.compile(
    r"are[ \t]+(?P<neg>not[ \t]+)?(?P<words>(?:(?!(?:the|all|both|not|also|no|these|those|their|your|our)\b)"
    r"[A-Za-z][\w-]*[ \t]+){0,4}?)"
    r"(?P<noun>employees|veterans|spouses|members|applicants|candidates|annuitants|students|graduates|citizens|"
    r"retirees|participants|residents|reservists)\b")


def _who_clause(text: str, m: re.Match[str], ctx: _Context) -> list[_Edit] | None:
    """'Applicants who do not meet it are ineligible.' -> 'If you do not meet it, you are ineligible.'"""
    rest = text[m.end():]
    clause = re.match(r"\s+who\s+([^.;:,!?\n]{2,160}?)\s+(must|will|may|should|can|cannot|are|were|need|have)\b",
                      rest, re.I)
    original = m.group()
    if clause and not re.match(r"(?:are|were|is)\s*$", clause.group(1), re.I) and len(clause.group(1).split()) <= 14 \
            and not re.search(r"\b(?:and|or|but)$", clause.group(1), re.I):
        # (meaning review 18: "who are current Federal employees and have held a GS grade ... must": the "have" after
        # "and" is the clause's own second verb, not the main verb)
        inner = clause.group(1)
        inner = re.sub(r"^(is|has|does|was)\b", lambda x: _TO_PLURAL[x.group(1).lower()], inner, flags=re.I)
        inner = _apply(inner, _reader_pronouns(inner, 0, len(inner)))  # "who disqualify themselves"
        one = _PLURAL_PERSONS_RE.match(inner)
        if one:  # meaning review 21: "Candidates who are current Federal employees serving ..." -> "If you are a
            # current Federal employee serving ...", not "If you are current Federal employees"
            words = one.group("words")
            article = indefinite_article(words or one.group("noun"))
            inner = (f"are {one.group('neg') or ''}{article} {words}"
                     f"{one.group('noun')[:-1]}"
                     + inner[one.end():])
        head = "If you" if _clause_start(text, m.start()) else "if you"
        new = f"{head} {inner}, you {clause.group(2)}"
        end = m.end() + clause.end()
        reason = f'"{text[m.start():end]}" -> "{new}": address the reader as "you"'
        # the clause is carried over word for word, so a name in it ("under Competitive Merit Promotion procedures")
        # stays as it is (meaning review 18)
        return [_Edit(m.start(), end, new, "address-you", reason, _READER_SOURCE, in_names=True)]
    new = match_case("those of you", original)
    return [_Edit(m.start(), m.end(), new, "address-you", f'"{original}" -> "{new}": address the reader as "you"',
                  _READER_SOURCE)]


# meaning review 18: "shall (not) be" before what befalls someone states a consequence, not a duty: "They shall not
# be eligible for retirement contributions" means they are not eligible; "must not be eligible" would forbid being
# eligible. The guidelines' word for what will happen is "will".
_SHALL_CONSEQUENCE_RE = re.compile(
    r"[ \t]+(?:not[ \t]+)?be[ \t]+(?:eligible|ineligible|entitled|liable|subject|paid|granted|given|allowed|permitted|"
    r"considered|counted|credited|deemed|barred|removed|terminated|disqualified|denied|reimbursed|compensated|"
    r"refunded|placed|appointed|selected|notified|rated|required|increased|decreased|adjusted|reduced|set|computed|"
    r"calculated|converted|returned|extended)\b", re.IGNORECASE)


# meaning review 19: "shall" in a duty statement describes the work, it does not impose a requirement. The
# guidelines' "must" is for an obligation ("Use 'must' to indicate requirements"), and the same page warns that
# "shall" "can indicate either an obligation or a prediction" ("Shall and must": courts have read it as "will");
# a duty is what the job holds, said as the duty rules say it ("You will serve as ..."): "The incumbent shall
# utilize human-centered design methods" -> "You will use ...", while "The incumbent shall possess a valid driver's
# license" (a condition) -> "You must have ...". So "shall" -> "will" in the duties section, and elsewhere in a
# sentence that describes the work (its subject is the worker and its verb a duty verb) outside the sections of
# requirements (conditions of employment, qualifications, education, evaluation, documents, how to apply), unless
# what follows "shall" is a requirement's predicate (have, possess, meet, pass, obtain or keep a clearance, ...).
_SHALL_SOURCE = "Federal Plain Language Guidelines, Use must to indicate requirements"
_REQUIREMENT_SECTIONS = frozenset({"conditions_of_employment", "qualifications", "education", "evaluations",
                                   "required_documents", "how_to_apply", "who_may_apply"})
_SHALL_REQUIREMENT_RE = re.compile(
    r"[ \t]+(?:(?:also|not|first|still|each|all|annually|continue[ \t]+to)[ \t]+)*(?:"
    r"possess|have|hold|meet|pass|qualify|comply|conform|adhere|abide|undergo|sign|certify|agree|refrain|report[ \t]+"
    r"for[ \t]+duty|submit[ \t]+to|be[ \t]+(?:able|required|expected[ \t]+to[ \t]+(?:have|possess|obtain|maintain|"
    r"meet|pass)|available|willing|capable|licensed|certified|credentialed|registered|eligible|a[ \t]+U\.?S\.?|"
    r"(?:a[ \t]+)?citizen|in[ \t]+good[ \t]+standing|free|at[ \t]+least|physically|medically|subject|responsible[ \t]+for"
    r"[ \t]+(?:obtaining|maintaining|keeping|having))\b"
    r"|(?:obtain|maintain|keep|complete|acquire|earn|retain|renew)[ \t]+(?:[\w'\u2019/-]+[ \t]+){0,6}?(?:clearances?|"
    r"licen[cs]es?|certifications?|certificates?|credentials?|eligibility|training|courses?|probationary|"
    r"trial[ \t]+period|physical|examination|exam|background|investigation|drug|registration|citizenship)\b)",
    re.IGNORECASE)
_WORKER_SUBJECT_RE = re.compile(
    r"(?:^|[.!?:;\n][ \t]*|\b(?:and|but|then|that|who)[ \t]+)(?:(?:in[ \t]+this[ \t]+(?:position|role|job),?|"
    r"as[ \t]+(?:an?|the)[ \t]+[\w -]{1,40},)[ \t]+)?(?:you|he[ \t]+or[ \t]+she|s/he|(?:the|this|each|every)[ \t]+"
    r"(?:incumbent|selectee|employee|position|job|role|person[ \t]+selected|individual[ \t]+selected|"
    r"selected[ \t]+(?:candidate|applicant|individual|person))|incumbents?)[ \t]+(?:(?:also|then|further)[ \t]+)?$",
    re.IGNORECASE)
_SHALL_DUTY_VERB_RE = re.compile(r"[ \t]+(?:also[ \t]+)?(?P<verb>[a-z]+)\b")
_SHALL_DUTY_BASES = frozenset({"use", "work", "lead", "act", "plan", "support", "be", "carry", "take", "give",
                               "design", "handle", "run", "help", "oversee", "make", "do", "keep", "track"})


def _shall_describes_work(text: str, m: re.Match[str], section: str) -> bool:
    """Whether "shall" at ``m`` tells what the job holds (a duty), not what someone must do (see above)."""
    if _SHALL_REQUIREMENT_RE.match(text, m.end()) or section in _REQUIREMENT_SECTIONS:
        return False
    if section == "duties":
        return True
    verb = _SHALL_DUTY_VERB_RE.match(text, m.end())
    if not verb or not _WORKER_SUBJECT_RE.search(text[max(0, m.start() - 80):m.start()]):
        return False
    word = verb.group("verb").lower()
    if word == "be":  # "shall be responsible for", "shall be the lead": a duty; "shall be paid" is a consequence
        return bool(re.match(r"[ \t]+(?:be[ \t]+)?(?:responsible|accountable|the|an?|involved|assigned)\b",
                             text[m.end():m.end() + 24], re.IGNORECASE))
    return word in _SHALL_DUTY_BASES or word + "s" in _DUTY_VERBS or word + "es" in _DUTY_VERBS \
        or (word.endswith("y") and word[:-1] + "ies" in _DUTY_VERBS)


def _rule_shall(text: str, ctx: _Context, section: str = "") -> list[_Edit]:
    edits = []
    work_until = -1  # a "shall" that describes the work; a later one in the same sentence shares its subject
    for m in _SHALL_RE.finditer(text):
        same_subject = work_until >= 0 and not re.search(r"[.!?;\n]", text[work_until:m.start()]) \
            and not _SHALL_REQUIREMENT_RE.match(text, m.end())
        if _SHALL_CONSEQUENCE_RE.match(text, m.end()):
            new = match_case("will", m.group())
            reason = f'"{m.group()}" -> "will": it says what will happen, not what someone must do'
        elif same_subject or _shall_describes_work(text, m, section):
            work_until = m.end()
            new = match_case("will", m.group())
            reason = (f'"{m.group()}" -> "will": a duty describes the work; "must" is for requirements, and "shall" '
                      "can mean either")
        else:
            new = match_case("must", m.group())
            reason = f'"{m.group()}" -> "must": use "must" for requirements'
        edits.append(_Edit(m.start(), m.end(), new, "must-not-shall", reason, _SHALL_SOURCE))
    return edits


# ------------------------------------------------------------------------------------------------------
# rules: duty statements in the reader's words, and duty series split (round 13)
# ------------------------------------------------------------------------------------------------------

_DUTY_SOURCE = ("Federal Plain Language Guidelines, Address the user (audience/address-the-user) and Use lists: "
                "use parallel construction, each item completes the lead-in sentence (organize/use-lists); 18F "
                "Content Guide, Address the user")
_DUTY_SERIES_SOURCE = ("Federal Plain Language Guidelines, Use lists (organize/use-lists) and Write short sentences, "
                       "one idea per sentence (concise/write-short-sentences)")
# a lead-in addressed to the reader whose list items complete it with a base form: "As a Data Scientist, you will:",
# "In this role you may also:", "You will be expected to:" (not "you will be responsible for:", which wants "-ing")
_READER_LEAD_IN_RE = re.compile(
    r"\b(?:you['\u2019]ll|(?:you|(?:the|an?)[ \t]+(?:incumbent|selectee|employee|(?:selected|successful)[ \t]+"
    r"(?:candidate|applicant|individual|person)))[ \t]+(?:will|would|may|might|can|could|must|should))"
    r"(?:[ \t]+(?:also|then|typically|regularly|primarily|often|generally|normally|routinely|frequently))?"
    r"(?:[ \t]+(?:be[ \t]+(?:expected|asked|required|able)|need|have[ \t]+(?:the[ \t]+)?(?:opportunity|chance))"
    r"[ \t]+to)?[ \t]*:[ \t]*$"
    r"|\byou[ \t]+are[ \t]+(?:expected|asked|required)[ \t]+to[ \t]*:[ \t]*$"
    # review 13: the job's holder named by the job title ("The Engineer will:", "The Chief of Staff will also:"): the
    # items complete "will" all the same ("You will create designs" under it said the subject twice)
    r"|^[ \t]*The[ \t]+(?:[A-Z][\w/&-]*[ \t]+(?:(?:of|for|and)[ \t]+)?){1,5}(?:will|may|must)(?:[ \t]+also)?"
    r"[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
_BULLETS = "-*\u2022\u25cf\u25aa\u00b7\u2013\uf0b7"  # hyphen, star, round bullets, middle dot, en dash, Word's symbol
_DUTY_MARKER_RE = re.compile(r"[ \t]*(?:[-*\u2022][ \t]+(?=(?:[a-zA-Z]|\d{1,2})[.)][ \t]))?(?P<marker>[-*\u2022\u25cf\u25aa\u00b7\u2013\uf0b7]|o(?=[ \t]+[A-Z])|\d{1,2}[.)]|"
                             r"[a-zA-Z][.)]|(?:ii|iii|iv|vi|vii|viii|ix)[.)]|\(\w{1,3}\))(?:[ \t]+|(?<=[-*\u2022])(?=[A-Z][a-z]))")
# (round 14: Roman "ii." to "ix." items are duty items like "i." and "(ii)"; rewrite 15: a bullet glued to its item,
# "-Maintains records", is a marker too, and the duty's edit gives it its space back)
# an opening phrase before a duty's verb: "When needed, conducts ...", "Under general supervision, prepares ..."
_OPENING_PHRASE_RE = re.compile(r"(?:When|Where|If|As|Once|After|Before|Under|Upon|With|Through|During|In|On|For|At|"
                                r"Working)\b[^,;:.\n]{1,60},[ \t]+(?=[a-z]+s\b)")
# a short label that opens a line before its statement: "Major Duties: Serves as ...", "Key responsibilities: Leads"
# (review 13: with a bracket, "Duty 2 (25%): Prepares ...", or a lead-in that announces the duties, run onto the
# first one: "Duties include: Serves as ...")
_DUTY_LABEL_RE = re.compile(r"(?:[A-Z][\w/&-]*(?:[ \t]+(?:[A-Z][\w/&-]*|\d{1,3})){0,3}(?:[ \t]+\([^()\n]{1,30}\))?|"
                            r"[A-Z][^:\n]{0,60}?\b(?:include[sd]?|not[ \t]+limited[ \t]+to|the[ \t]+following|are))"
                            r"[ \t]*:[ \t]+(?=[A-Z])"
                            # rewrite 15: a label that names the duties before a dash ("Major Duties - Analyzes ...");
                            # not any label ("Customer Service - Works with ...": a competency and its definition)
                            r"|(?:(?:Major|Key|Primary|Principal|Main|Typical)[ \t]+)?(?:Duties|Duty|Responsibilities|"
                            r"Tasks)(?:[ \t]+(?:and[ \t]+Responsibilities|\d{1,3}))?[ \t]+[-\u2013\u2014][ \t]+(?=[A-Z])")
# after these, the capitalised -s word is a noun, not a verb: "Reports are due", "Reports of ...", "Duties include"
_NOUN_NEXT = frozenset({"is", "are", "was", "were", "will", "must", "may", "can", "should", "shall", "would", "could",
                        "have", "has", "had", "do", "does", "include", "includes", "of", "need", "needs", "require",
                        "requires", "vary", "range", "consist", "involve", "differ"})
# words that, right after an -s word, show it takes an object or a complement as a verb does ("Reports to the
# Director", "Plans the agenda", "Leads all ...", "Acts as ...")
_VERB_CUES = frozenset({"the", "a", "an", "all", "any", "each", "every", "its", "their", "his", "her", "our", "your",
                        "to", "as", "with", "for", "on", "into", "at", "from", "across", "within", "through", "up",
                        "out", "over", "new", "existing", "various", "multiple", "complex", "both", "and/or"})
# verbs whose subject is the job, not the person doing it ("Requires frequent travel", "Involves shift work")
_JOB_VERBS = frozenset({"require", "involve", "include", "entail", "consist", "offer", "allow", "pay", "last",
                        "vary", "range", "mean", "exist", "seem", "appear", "remain", "become"})
_NOUN_SUFFIX_RE = re.compile(r"(?:tion|sion|ment|ance|ence|ity|ness|ship|ism|ist|ics?|ure|ogy|ee|ant|ary|ory|ian|"
                             r"ing|al)$")
_IRREGULAR_S = {"is": "be", "has": "have"}
# words that open a noun phrase (review 13), and the particles of phrasal verbs ("Sets up", "Carries out")
_NOUN_PHRASE_STARTS = frozenset({"the", "a", "an", "all", "any", "each", "every", "its", "their", "our", "this",
                                 "these", "those", "his", "her", "your", "both", "many", "several", "most", "some",
                                 "no"})
_PARTICLES = frozenset({"up", "out", "off", "down", "in", "on", "over", "back", "through", "away", "as", "about",
                        "around", "forward", "together"})


@functools.cache
def _known_verbs() -> frozenset[str]:
    """Base forms that the rules already treat as verbs: the coordinated duty verbs, the verbs of the simple-words
    table, the verbs of the hidden-verb data and of the weak-verb data."""
    verbs = {_singular_verb_base(w) for w in _DUTY_VERBS}
    for entry in load_simple_words():
        if entry.pos == "verb":
            verbs.update(w.lower() for w in entry.words if " " not in w)
            if entry.replacement and " " not in entry.replacement:
                verbs.add(entry.replacement.lower())
    verbs.update(_HIDDEN_NOUN_VERBS.values())
    verbs.update(_WEAK_NOUN_VERBS.values())
    verbs.update(w for w, form in _WEAK_VERB_FORMS.items() if form == "base")
    return frozenset(v for v in verbs if v) - _JOB_VERBS


def _next_tokens(text: str, pos: int, count: int = 2) -> list[str]:
    """The next ``count`` tokens after ``pos`` on the same line: words (lower case) or single punctuation marks;
    an empty string marks the end of the line."""
    out: list[str] = []
    for _ in range(count):
        m = re.match(r"[ \t]*(?:(?P<word>[A-Za-z][A-Za-z'\u2019/-]*)|(?P<number>\$?\d[\d,.]*)|(?P<punct>[^\sA-Za-z])|"
                     r"(?P<end>\n|$))", text[pos:])
        if not m or m.group("end") is not None:
            out.append("")
            break
        token = m.group("word") or m.group("punct")
        out.append(token.lower() if m.group("word") else "<number>" if m.group("number") else token)
        pos += m.end()
    return out


def _duty_verb_base(word: str, text: str, end: int, *, in_series: bool = False) -> str | None:
    """The base form when ``word`` (ending at ``end`` in ``text``) is a third-person-singular verb that opens a duty
    statement ("Serves", "Analyzes", "Is" responsible); None when it is not such a verb or may be a noun.

    The base must be a dictionary word (``_singular_verb_base``). A verb the rules already know (the coordinated
    duty verbs, the simple-words and hidden-verb data) must be followed by a word, not by the end of the line or a
    colon; any other -s word only counts before a word that shows a verb ("the", "to", "as", "with", ... or ", and"
    with a known verb), and never when it has a noun's ending ("Operations", "Statistics"). After "is", "are",
    "of", a modal or "include" the word is a noun ("Reports are due monthly", "Reports of findings").
    """
    lower = word.lower()
    if (lower.endswith("as") and lower != "has") or (len(lower) < 4 and lower not in _IRREGULAR_S):
        return None  # "gas" is not "ga" + s, "Atlas" not "Atla" + s
    if lower in _NOT_PLURAL_NOUNS and lower not in _IRREGULAR_S:
        return None  # "Besides", "Always", "Perhaps", "Means", "Series": not verbs
    base = _IRREGULAR_S.get(lower) or _singular_verb_base(lower)
    if not base or base in _JOB_VERBS:
        return None
    tokens = _next_tokens(text, end, 3) + ["", "", ""]
    first, second = tokens[0], tokens[1]
    if not first or first in _NOUN_NEXT or first in (":", ")", "'", "\u2019", "-", "/", "."):
        return None
    if lower in _IRREGULAR_S:
        return base if re.fullmatch(r"[a-z]+", first) and first not in ("there", "it", "this", "that") else None
    if re.fullmatch(r"[a-z]+ed", first) and second in ("by", "in", "on", "for", "to", "at", "from", "with", "under",
                                                         "through", "during", "as"):
        return None  # "Contracts awarded by the office ...": a participle after a noun
    if (re.fullmatch(r"[a-z]+", first) and not first.endswith("s") and first not in _VERB_CUES
            and first not in _PARTICLES and (second == "<number>" or second in _NOUN_PHRASE_STARTS)):
        return None  # review 13: "Funds support 12 programs", "Results feed the report", "Shifts rotate every 2
        # weeks": a plural subject and its verb (a verb's object never has a determiner after its first word;
        # a particle may: "Sets up the meeting")
    if lower not in _DUTY_VERBS and _plural_subject(text, end):
        return None  # rewrite 15: "Trends in 3 regions shift each year", "Benefits counselors answer questions"
    clause = re.split(r"[,;:.!?()\n]", text[end:end + 200], maxsplit=1)[0]
    finite = re.search(r"\b(?:are|were|is|was|have\s+been|has\s+been|must|will|may|can|should|shall|would|"
                       r"could|might)\b", clause)
    if finite and not re.search(r"\b(?:that|which|who|whom|whose|where|when|if|whether|because|while|so|and|or)\b",
                                clause[:finite.start()]):
        return None  # "Plans for the new office are under review": the -s word is the subject
    known = base in _known_verbs()
    if first in ("and", "or", ",", "&"):
        chain = _verb_chain(text, end)
        after_chain = _next_tokens(text, chain[-1][1], 1)[0] if chain else ""
        if (lower in _DUTY_VERBS or in_series) and chain and after_chain not in _NOT_OBJECT:
            return base  # "Writes and edits press releases": a chain of verbs before their object (not "Reports
            # and presentations for partners")
        follower = tokens[2] if first == "," and second in ("and", "or") else second
        follower_base = (_singular_verb_base(follower) or follower) if follower else None  # "organizes" / "organize"
        return base if follower_base and follower_base in _known_verbs() else None
    if first == "as" or (known and (re.fullmatch(r"[a-z][a-z'\u2019-]*", first) or first in ("<number>", '"', "\u201c")
                                   or re.match(r"[A-Z]", text[end:].lstrip(" \t")[:1] or "x"))):
        return base
    if _NOUN_SUFFIX_RE.search(base):
        return None
    if first in _VERB_CUES or (in_series and (re.fullmatch(r"[a-z][a-z'\u2019-]*", first) or first == "<number>")):
        return base  # after a semicolon of a duty's series, a word after it is its object: "; formulates plans"
    return None


_SUBJECT_PREPOSITIONS = frozenset({"in", "of", "from", "at", "across", "within", "on", "for", "with", "to", "by",
                                   "under", "among", "between"})


def _plural_subject(text: str, end: int) -> bool:
    """rewrite 15: whether the -s word ending at ``end`` is a plural noun, the subject of a verb that follows: after
    the noun and a preposition with its object ("Trends in 3 regions shift each year", "Changes in policy affect 4
    programs", "Reports from 5 offices arrive weekly"), or after a second noun in the plural ("Benefits counselors
    answer questions", "Claims examiners review 40 files"). The verb is a plain word (no -s, -ed, -ing, -ly ending,
    no function word) after a noun, and an object or an adverb follows it: a number, a word that opens a noun phrase,
    an -ly adverb (after a preposition's object), or a word (after a second noun). Not "Reports to the Director",
    "Participates in 3 panels each year", "Leads in the design review process", "Trains staff members in 4 offices"."""
    function_words = _NOT_OBJECT | _NOUN_NEXT | _NOUN_PHRASE_STARTS | _PARTICLES | _VERB_CUES | _SUBJECT_PREPOSITIONS | {
        "than", "but", "if", "after", "before", "during", "when", "while", "until", "since", "because", "about",
        "against", "without", "via", "upon", "throughout", "toward", "towards", "beyond", "near", "where", "whether"}
    clause = re.split(r"[,;:.!?()\n]", text[end:end + 120], maxsplit=1)[0]
    words = re.findall(r"\$?[\w'\u2019%$-]+", clause)
    if len(words) < 3:
        return False

    def plain(word: str) -> bool:
        return bool(re.fullmatch(r"[a-z]+", word)) and word not in function_words and not re.search(
            r"(?:s|ed|ing|ly)$", word)

    def object_start(word: str, *, loose: bool) -> bool:
        lower = word.lower()
        return bool(re.match(r"\$?\d", word)) or lower in _NOUN_PHRASE_STARTS or (bool(
            re.fullmatch(r"[a-z]+ly", word)) and word not in function_words) or (loose and bool(
            re.fullmatch(r"[a-z]+", word)) and word not in function_words)

    first = words[0]
    if re.fullmatch(r"[a-z]+s", first) and not first.endswith(("ss", "us", "is")) and first not in function_words:
        # a second noun in the plural, then the verb and its object: "Benefits counselors answer questions"
        return plain(words[1]) and len(words) > 2 and object_start(words[2], loose=True)
    if first not in _SUBJECT_PREPOSITIONS:
        return False
    for i in range(2, min(len(words) - 1, 6)):
        previous, word = words[i - 1], words[i]
        if previous.lower() in function_words - _NOUN_PHRASE_STARTS or re.search(r"(?:ed|ing)$", previous):
            return False  # the preposition's object goes on with another preposition, a conjunction or a participle
            # ("Reflects on lessons learned after each exercise")
        if re.fullmatch(r"[a-z]+", previous) and previous not in function_words and plain(word) and object_start(
                words[i + 1], loose=False):
            return True
    return False


def _reader_lead_in(text: str, line_start: int) -> bool:
    """Whether the list holding the item on the line at ``line_start`` follows a lead-in addressed to the reader
    ("..., you will:"): the nearest line above that is not an item of the list (one blank line allowed between
    items) ends with such a lead-in."""
    found = _lead_in_above(text, line_start)
    return found is not None and bool(_READER_LEAD_IN_RE.search(found[1]))


# review 13: a lead-in that is only its subject ("The incumbent:", "You:" after address-you); its items are duties
# that complete it once it says "will" ("The incumbent will:", "You will:")
_BARE_SUBJECT_LEAD_IN_RE = re.compile(r"[ \t]*(?:You|The[ \t]+(?:incumbent|selectee|employee|(?:selected|successful)"
                                      r"[ \t]+(?:candidate|applicant|individual|person)))(?P<colon>[ \t]*:)[ \t]*$")


def _lead_in_above(text: str, line_start: int) -> tuple[int, str] | None:
    """The start and text of the nearest line above the list holding the item at ``line_start`` that is not one of
    its items (one blank line allowed between items), or None."""
    pos = line_start
    blank = 0
    while pos > 0:
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start:pos - 1]
        pos = prev_start
        if not line.strip():
            blank += 1
            if blank > 1:
                return None
            continue
        blank = 0
        if _DUTY_MARKER_RE.match(line):
            continue
        return prev_start, line
    return None


# review 13: a heading on a line of its own: at most six words, each capitalised (small joining words allowed), no
# full stop ("Duties Summary", "Major Duties and Responsibilities"), where "Duties" or "Reports" is a noun
_HEADING_LINE_RE = re.compile(r"[A-Z][\w/&'\u2019-]*(?:[ \t]+(?:[A-Z][\w/&'\u2019-]*|and|of|for|the|in|&|-|/)){1,5}"
                              r"[ \t]*:?")


@dataclass(frozen=True)
class _DutyUnit:
    start: int  # first character of the statement (after a list marker)
    end: int  # end of the statement (its sentence, cut at the end of its line)
    reader: bool  # the statement completes a lead-in addressed to the reader: base forms
    marker: str | None  # the bullet of the item when the statement opens a bulleted item ("-", "*", "\u2022")
    indent: str
    block: int  # start of its list or paragraph
    first: bool  # the first statement of its list item or paragraph
    verb_at: int = -1  # where its verb stands after an opening phrase ("When needed, conducts ..."), else -1


# a lead-in of past experience, not of duties: "Specialized experience includes:", "performing duties such as:"
# after "you must have ... experience", "I have ..."; the statements under it describe what the applicant did
_EXPERIENCE_LEAD_IN_RE = re.compile(r"\bexperience\b|\bI\b|\bqualif", re.IGNORECASE)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|my|me|I['\u2019](?:ve|m))\b")


def _rated_statement(text: str, line_start: int, line_end: int) -> bool:
    """A task statement the applicant rates or answers, not a duty: its line is an answer option in the first
    person (" A. I have ...") or lettered answer options follow it, up to two blank lines below."""
    line = text[line_start:line_end]
    if _ANSWER_LINE_RE.match(line) and _FIRST_PERSON_RE.search(line):
        return True
    gap = re.match(r"[ \t]*\n(?:[ \t]*\n){0,2}", text[line_end:])
    return bool(gap) and bool(_ANSWER_LINE_RE.match(text, line_end + gap.end()))


def _lead_in_line(text: str, block: int) -> str:
    """The line just above the list or paragraph that starts at ``block`` (one blank line allowed), or ''."""
    above = text[:block].rstrip()
    if text[len(above):block].count("\n") > 2:
        return ""
    return above[above.rfind("\n") + 1:]


def _duty_units(text: str, section: str, legal: list[tuple[int, int]]) -> list[_DutyUnit]:
    """Statements that may be duties: in the duties section every sentence and list item (each line on its own:
    a duty list may have no full stops); elsewhere the items of a list after a lead-in addressed to the reader. Not
    a question, not legal text, not a task statement that the applicant rates (" A. I have ..." options), not under
    a lead-in of past experience ("Specialized experience includes:"), and a statement after the first of its item or
    paragraph only when that one opens with a duty ("Customer Service - Works with ... Knows about ...": a
    competency's definition is not a duty)."""
    units: list[_DutyUnit] = []
    for sentence in split_sentences(text):
        piece_start = sentence.start
        while piece_start < sentence.end:
            newline = text.find("\n", piece_start, sentence.end)
            piece_end = sentence.end if newline < 0 else newline
            unit = _duty_unit(text, section, legal, piece_start, piece_end, piece_start == sentence.start)
            piece_start = piece_end + 1
            if unit is not None:
                units.append(unit)
    out = []
    line_opens_duty: dict[int, bool] = {}  # line start -> its first statement opens with a duty or a reader subject
    for unit in units:
        line_start = text.rfind("\n", 0, unit.start) + 1
        if unit.first:
            # a duty, the reader, or a sentence about the job or its holder ("The Medical Support Assistant serves
            # as ...", "This position ..."); not a label with its definition ("Customer Service - Works with ...")
            opener = re.match(r"[A-Za-z]+", text[unit.start:unit.end])
            at = unit.verb_at if unit.verb_at >= 0 else unit.start  # review 13: "Under general supervision, prepares"
            line_opens_duty[line_start] = _opens_duty(text, at, unit.end, lower=at != unit.start) or bool(
                re.match(r"(?:You|The|This[ \t]+(?:position|job|role)|Incumbent)\b", text[unit.start:unit.end])) or (
                bool(opener) and opener.group().lower() in _known_verbs())  # a base form a rule made ("Do ...")
        elif not line_opens_duty.get(line_start, False):
            continue
        out.append(unit)
    return out


def _duty_unit(text: str, section: str, legal: list[tuple[int, int]], start: int, end: int,
               sentence_start: bool) -> _DutyUnit | None:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if not sentence_start and start != line_start:
        return None
    marker = _DUTY_MARKER_RE.match(text, line_start)
    opens_item = bool(marker) and start <= marker.end()  # "a." may be a sentence of its own to the splitter
    if opens_item:
        start = marker.end()
    start += len(text[start:end]) - len(text[start:end].lstrip())
    label = _DUTY_LABEL_RE.match(text, start, end)
    labelled = bool(label) and (opens_item or start == line_start)
    if labelled:
        start = label.end()  # "Major Duties: Serves as ...": the statement after its label
    body = text[start:end].rstrip()
    if not body or not body[:1].isupper() or body.endswith("?") or overlaps(legal, start, end):
        return None
    if not opens_item and not labelled and start == line_start and _HEADING_LINE_RE.fullmatch(
            text[start:line_end].rstrip()):
        return None  # review 13: "Duties Summary", "Program Reports" on a line of their own are headings, not duties
    reader = bool(marker) and _reader_lead_in(text, line_start)
    if marker and not reader and section == "duties":
        above = _lead_in_above(text, line_start)
        reader = above is not None and bool(_BARE_SUBJECT_LEAD_IN_RE.fullmatch(above[1]))
    if section != "duties" and not reader:
        return None
    if _rated_statement(text, line_start, line_end):
        return None
    block = _block_start(text, line_start)
    if not reader and _EXPERIENCE_LEAD_IN_RE.search(_lead_in_line(text, block)):
        return None
    bullet = marker.group("marker") if opens_item and marker.group("marker") in _BULLETS + "o" else None
    indent = text[line_start:marker.start("marker")] if marker else ""
    first = opens_item or labelled or not text[line_start:start].strip()
    opening = _OPENING_PHRASE_RE.match(text, start, end)
    verb_at = opening.end() if opening else -1
    return _DutyUnit(start, end, reader, bullet, indent, block, first, verb_at)


def _predicate_end(text: str, start: int, end: int) -> int:
    """End of the first predicate of the statement at ``start``: its first semicolon outside brackets, else ``end``."""
    semicolons = _top_level(text[start:end], ";")
    return start + semicolons[0] if semicolons else end


def _block_start(text: str, pos: int) -> int:
    """Start of the list (for a list item: its first item line, one blank line allowed between items) or of the
    paragraph (for other lines) that holds the line at ``pos``: the statements whose forms should be parallel."""
    line_start = text.rfind("\n", 0, pos) + 1
    item = bool(_DUTY_MARKER_RE.match(text, line_start))
    block = line_start
    blank = 0
    while block > 0:
        prev_start = text.rfind("\n", 0, block - 1) + 1
        line = text[prev_start:block - 1]
        if not line.strip():
            if not item or blank:
                break
            blank += 1
        elif (item and not _DUTY_MARKER_RE.match(line)) or (not item and _DUTY_MARKER_RE.match(line)):
            break
        else:
            blank = 0
        block = prev_start
    return block


_VERB_CHAIN_RE = re.compile(r"(?P<sep>,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|and/or)[ \t]+|[ \t]+)"
                            r"(?P<word>(?:[a-z]+-)?[a-z]+s)\b")


_CHAIN_GOES_ON_RE = re.compile(r",|[ \t]+(?:and|or|and/or)[ \t]|[ \t]+[a-z]+s[ \t]*(?:,|and\b|or\b)")


def _s_base(word: str) -> str | None:
    """``_singular_verb_base`` for a hyphenated verb too: "quality-controls" -> "quality-control"."""
    head, _, last = word.rpartition("-")
    base = _singular_verb_base(last)
    return None if base is None else (f"{head}-{base}" if head else base)


def _verb_chain(text: str, end: int) -> list[tuple[int, int, str]]:
    """The verbs coordinated right after the opening verb that ends at ``end`` ("Designs, builds and tests
    applications": "builds", "tests"), each with its base form: every -s dictionary word joined by a comma, "and" or
    "or" before any object, since a series that starts with a verb goes on with verbs. Stops at the first word that
    is not such a word; the chain is dropped if it does not end before a word, so "Analyzes costs, benefits" (an
    object after the verb) never starts one."""
    chain: list[tuple[int, int, str]] = []
    pos = end
    while True:
        m = _VERB_CHAIN_RE.match(text, pos)
        if not m:
            break
        base = _s_base(m.group("word"))
        if not base or base in _JOB_VERBS or (not m.group("sep").strip() and (
                m.group("word") not in _DUTY_VERBS or not _CHAIN_GOES_ON_RE.match(text, m.end()))):
            break  # a comma-less run only of sure duty verbs ("Collects analyzes and distributes data"), and only
            # while the run goes on: a last word with no comma or "and" after it is the object ("Reviews designs by
            # A-E firms", review 13)
        chain.append((m.start("word"), m.end("word"), base))
        pos = m.end()
    if chain and not re.match(r"[ \t]+[A-Za-z$(\"'\u201c]", text[pos:]):
        return []
    if chain and not text[end:chain[0][0]].strip() and _next_tokens(text, pos, 1)[0] in _NOT_OBJECT:
        return []  # review 13: "Conducts reviews and audits of contracts": a comma-less run before "of", "for", "by"
        # is the verb's object, a list of nouns (a run of verbs is followed by their object: "... distributes data")
    return chain


_PRESENT_SUBJECT_RE = re.compile(r"(?:You|The incumbent|Incumbent)[ \t]+(?!will\b|must\b|may\b|should\b|can\b|would\b|"
                                 r"shall\b|could\b|might\b|also[ \t]+will\b)(?:also[ \t]+)?[a-z]+\b")
# "and is responsible for", "and has oversight of": a second predicate with "be"/"have" agrees too
_AND_BE_HAVE_RE = re.compile(r"(?:,[ \t]*)?[ \t]+(?:and|or)[ \t]+(?P<word>is|has)(?=[ \t]+[a-z])")


_AND_S_RE = re.compile(r"(?:,[ \t]*)?[ \t]+(?:and|or)[ \t]+(?P<word>[a-z]+s)\b")
_NOT_OBJECT = frozenset({"of", "in", "on", "for", "to", "at", "from", "with", "by", "as", "into", "and", "or", "that",
                         "which", "who", "such", "including", "within", "across", "under", "through", "per"})


# prepositions that take a verb's complement after an -s word joined by "and" (rewrite 15)
_VERB_PREPOSITIONS = frozenset({"to", "with", "as"})


def _object_verb_base(word: str, text: str, end: int) -> str | None:
    """The base form when ``word`` after "and" in a duty is a verb before its object ("... and troubleshoots
    outages", "... and awards contracts"): a dictionary base, no noun ending, and a word follows that can start an
    object (not a preposition or conjunction, not an -ing or -ed word: "costs and benefits of", "trends and
    patterns affecting" keep their nouns)."""
    base = _singular_verb_base(word)
    if not base or len(base) < 3 or word.endswith("as") or base in _JOB_VERBS or word in _NOT_PLURAL_NOUNS or (
            _NOUN_SUFFIX_RE.search(base) and base not in _known_verbs()):
        return None
    following, after = (_next_tokens(text, end, 2) + [""])[:2]
    if following == "<number>" or following in _VERB_CUES - _NOT_OBJECT:
        return base
    if following in _VERB_PREPOSITIONS and (after in _NOUN_PHRASE_STARTS or after == "<number>" or re.match(
            r"[ \t]*(?:to|with|as)[ \t]+[A-Z]", text[end:])):
        return base  # rewrite 15: a verb's complement after a preposition ("... and reports to the Branch Chief",
        # "and works with 5 agencies"); "budgets and reports." and "reports on spending" keep their nouns
    if not re.fullmatch(r"[a-z][a-z'\u2019-]*", following) or following in _NOT_OBJECT or following in _NOUN_NEXT:
        return None
    return None if re.search(r"(?:ing|ed)$", following) else base


def _duty_opening(text: str, unit: _DutyUnit, parallel: bool) -> tuple[int, str, str] | None:
    """``(end of the opening word(s), base form, what it was)`` when the statement opens with a duty: an -s verb
    ("Serves"), "Is"/"Has", "Responsible for" (no verb: "be responsible for"), or after a lead-in addressed to the
    reader an -ing form ("Developing models": the lead-in wants "develop")."""
    at = unit.verb_at if unit.verb_at >= 0 else unit.start
    m = re.match(r"[A-Z][a-z]+(?=[ \t,])" if at == unit.start else r"[a-z]+(?=[ \t,])", text[at:unit.end])
    if not m:
        return None
    word = m.group()
    end = at + m.end()
    if word == "Responsible" and re.match(r"[ \t]+for\b", text[end:]):
        return unit.start, "be", ""  # nothing replaced: "be" goes before "Responsible"
    if unit.reader and word.endswith("ing") and word not in ("Including", "During", "Following", "Regarding"):
        base = _base_of_ing(word)
        if base and (_duty_verb_base(verb_forms(base)["s"], text, end, in_series=True) or base in _known_verbs()):
            return end, base, word
        return None
    base = _duty_verb_base(word, text, end, in_series=parallel)
    if base is None and _coordinated_verbs(text, end, _predicate_end(text, end, unit.end)):
        # "Schedules appointments, verifies insurance, and updates records": the -s word leads a series of verbs
        base = _duty_verb_base(word, text, end, in_series=True)
    return (end, base, word) if base else None


def _rule_duty_statements(text: str, section: str, legal: list[tuple[int, int]]) -> list[_Edit]:
    """"Serves as the principal advisor" -> "Serve as ..." after "you will:", else "You will serve as ..."; in a
    paragraph that already says "You serve as ..." (present), "You <verb> ..." so that the tenses agree."""
    edits: list[_Edit] = []
    units = _duty_units(text, section, legal)
    parallel: set[int] = set()  # lists and paragraphs with a statement that surely opens with a duty verb
    present: set[int] = set()  # paragraphs that speak to the reader in the present ("You serve as", "The incumbent
    # serves as", which address-you makes "You serve as")
    blocks = [_block_start(text, unit.start) for unit in units]
    bare_done: set[int] = set()
    for unit, block in zip(units, blocks):
        at = unit.verb_at if unit.verb_at >= 0 else unit.start
        if _opens_duty(text, at, unit.end, lower=at != unit.start):
            parallel.add(block)
        if unit.first and not unit.reader and _PRESENT_SUBJECT_RE.match(text, unit.start):
            present.add(block)
    for unit, block in zip(units, blocks):
        opening = _duty_opening(text, unit, block in parallel)
        if opening is None:
            continue
        word_end, base, word = opening
        lead = "" if word else text[unit.start:unit.start + len("Responsible")]
        at = unit.verb_at if unit.verb_at >= 0 and word else unit.start
        if unit.reader:
            new = base[:1].upper() + base[1:] + (" r" + lead[1:] if lead else "")
            reason = (f'"{word or lead}" -> "{new}": a duty in a list after a lead-in addressed to the reader ("you '
                      f'will:") completes it ("you will {base} ..."); parallel items, no third person')
        elif block in present:
            new = f"You {base}" + (" r" + lead[1:] if lead else "")
            reason = (f'"{word or lead}" -> "{new}": a duty statement with no subject, said to the reader in the '
                      "present like the paragraph it is in")
        else:
            new = f"You will {base}" + (" r" + lead[1:] if lead else "")
            reason = f'"{word or lead}" -> "{new}": a duty statement with no subject, said to the reader'
        replaced_end = word_end if word else unit.start + len(lead)
        if at != unit.start:
            new = new[:1].lower() + new[1:]  # "When needed, you will conduct ..."
        elif unit.start and text[unit.start - 1] in "-*\u2022" and (unit.start < 2 or text[unit.start - 2] in "\n \t"):
            new = " " + new  # rewrite 15: "-Maintains records" -> "- You will maintain records"
        edits.append(_Edit(at, replaced_end, new, "duty-statements", reason, _DUTY_SOURCE, in_names=True))
        if unit.reader:
            above = _lead_in_above(text, text.rfind("\n", 0, unit.start) + 1)
            bare = _BARE_SUBJECT_LEAD_IN_RE.fullmatch(above[1]) if above else None
            if bare and above[0] + bare.start("colon") not in bare_done:
                # "The incumbent:" -> "The incumbent will:": the items below it now complete "will"
                colon = above[0] + bare.start("colon")
                bare_done.add(colon)
                edits.append(_Edit(colon, colon, " will", "duty-statements", 'a lead-in that is only its subject ("'
                                   f'{above[1].strip()}") -> "... will:", which its duties in the base form complete',
                                   _DUTY_SOURCE))
        if not word:
            continue
        chain = _verb_chain(text, word_end)
        for a, b, verb in chain:
            edits.append(_Edit(a, b, verb, "duty-statements",
                               f'"{text[a:b]}" -> "{verb}": a verb of the same duty, in the same form',
                               _DUTY_SOURCE, in_names=True))
        after = chain[-1][1] if chain else word_end
        predicate_end = _predicate_end(text, after, unit.end)
        coordinated = [(e.start, e.end, e.replacement) for e in _coordinated_verbs(text, after, predicate_end)]
        coordinated += [(m.start("word"), m.end("word"), _IRREGULAR_S[m.group("word")])
                        for m in _AND_BE_HAVE_RE.finditer(text, after, predicate_end)]
        known_at = {a for a, _b, _v in coordinated}
        for m in _AND_S_RE.finditer(text, after, predicate_end):
            base2 = _object_verb_base(m.group("word"), text, m.end("word"))
            if base2 and m.start("word") not in known_at:
                coordinated.append((m.start("word"), m.end("word"), base2))
        if coordinated:
            # review 13: "Assigns work, sets standards and approves leave": between the opening verb and the last
            # verb after "and", each part after a comma that opens with an -s verb before its object is a predicate
            # of the same series ("sets" -> "set"); a noun before a preposition is left ("budgets, contracts for")
            last = max(a for a, _b, _v in coordinated)
            known_at = {a for a, _b, _v in coordinated}
            for i in _top_level(text[after:last], ","):
                m = re.match(r",[ \t]*(?P<word>[a-z]+s)\b", text[after + i:last])
                if m:
                    a = after + i + m.start("word")
                    base3 = _object_verb_base(m.group("word"), text, a + len(m.group("word")))
                    if base3 and a not in known_at:
                        coordinated.append((a, a + len(m.group("word")), base3))
        for a0, b0, verb0 in sorted(coordinated):
            for a, b, verb in [(a0, b0, verb0), *_verb_chain(text, b0)]:
                # "..., prepares and distributes reports": the verbs joined to a coordinated verb agree too
                edits.append(_Edit(a, b, match_case(verb, text[a:b]), "duty-statements",
                                   f'"{text[a:b]}" -> "{verb}": a verb of the same duty, in the same form',
                                   _DUTY_SOURCE, in_names=True))
    return edits


# (review 13: the parts may open with a capital and the last with "AND": "Develops training; Delivers training to 300
# staff; AND reports results", which lists made a bulleted list with "- reports results" left in the third person)
_SERIES_JOINER_RE = re.compile(r";[ \t]*(?:(?:and|AND|And|and also|as well as)"
                               r"(?:,[ \t]*(?P<phrase>[a-z][^,;:.\n]{0,40}),)?[ \t]+)?(?P<word>[A-Za-z][a-z]+)(?=[ \t,])")


def _opens_duty(text: str, start: int, end: int, *, relaxed: bool = False, lower: bool = False) -> bool:
    """Whether the statement at ``start`` opens with a duty verb: third person ("Plans"), the base form a rule made
    ("Plan", checked through its -s form) or "You will"; ``lower``: the verb after an opening phrase ("When needed,
    conducts")."""
    if re.match(r"[Yy]ou(?: will|['\u2019]ll)?[ \t]+[a-z]" if lower else r"You(?: will|['\u2019]ll)?[ \t]+[a-z]",
                text[start:end]):
        return True
    m = re.match(r"[a-z]+(?=[ \t,])" if lower else r"[A-Z][a-z]+(?=[ \t,])", text[start:end])
    if not m:
        return False
    word = m.group().lower()
    if _duty_verb_base(word, text, start + m.end(), in_series=relaxed):
        return True
    third = verb_forms(word)["s"]
    if third == word or _singular_verb_base(third) != word:
        return False
    if relaxed and re.match(r"[ \t]+(?:,|and|or)?[ \t]*[a-z]", text[start + m.end():end]):
        return True  # after "you will:", a base form before its object or a second verb ("Review and approve X")
    return _duty_verb_base(third, text, start + m.end(), in_series=relaxed) is not None


def _rule_duty_series(text: str, section: str, legal: list[tuple[int, int]]) -> list[_Edit]:
    """"Plans X; formulates Y; and facilitates Z." -> one duty per item (bullets) or per sentence, when every part
    after a semicolon is a full predicate that opens with a duty verb; the "and" after the last semicolon goes."""
    edits: list[_Edit] = []
    for unit in _duty_units(text, section, legal):
        body = text[unit.start:unit.end]
        semicolons = _top_level(body, ";")
        if not semicolons or not _opens_duty(text, unit.start, unit.end, relaxed=unit.reader):
            continue  # (after a lead-in addressed to the reader, an item's first word before its object is a verb)
        opener = re.match(r"[A-Z][a-z]+", body)
        base_opener = bool(opener) and _singular_verb_base(opener.group().lower()) is None and _IRREGULAR_S.get(
            opener.group().lower()) is None and opener.group() != "You"
        parts = []
        for offset in semicolons:
            m = _SERIES_JOINER_RE.match(body, offset)
            if not m:
                break
            word_end = unit.start + m.end("word")
            word = m.group("word").lower()
            third = verb_forms(word)["s"]
            if base_opener and third != word and _singular_verb_base(third) == word:
                word = third  # "Plan sprints; review code": base forms after an item that opens with one
            if _duty_verb_base(word, text, word_end, in_series=True) is None:
                break
            parts.append((unit.start + offset, unit.start + m.start("word"), m.group("phrase")))
        else:
            stop = "." if body.rstrip().endswith(".") else ""
            for a, b, phrase in parts:
                # "; and, when needed, conducts visits" -> ". When needed, conducts visits"
                first = f"{phrase[:1].upper()}{phrase[1:]}, {text[b]}" if phrase else text[b].upper()
                if unit.marker:
                    new = f"{stop}\n{unit.indent}{unit.marker} {first}"
                else:
                    new = f". {first}"
                edits.append(_Edit(a, b + 1, new, "duty-series",
                                   "a series of duties joined by semicolons -> one duty "
                                   + ("per list item" if unit.marker else "per sentence"), _DUTY_SERIES_SOURCE,
                                   in_names=True))  # review 13: a capitalised duty verb ("; and Represents the lab")
                # is no name; only the joiner and the verb's first letter change
    return edits


# ------------------------------------------------------------------------------------------------------
# rule: jargon and acronyms on first use
# ------------------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _glossary_pattern(entry: GlossaryEntry) -> re.Pattern[str]:
    terms = sorted(entry.terms, key=len, reverse=True)
    body = "|".join(re.escape(t).replace(r"\ ", r"[\s-]") for t in terms)
    if entry.kind == "acronym" or all(t.isupper() for t in terms):
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w])")
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _explained_already(entry: GlossaryEntry, lowered: str) -> bool:
    """The section already says what the term means: its explanation's first five words ("experience that gave you
    the") or, when it is a relative clause, the four after the first ("that gave you the"), or "<term> means" / "<term> is experience" / "<term> refers to", as the posting or a boilerplate rewrite
    put it; a second explanation would say the same thing twice."""
    words = entry.explanation.lower().split()
    if len(words) >= 6 and (" ".join(words[:5]) in lowered
                            or (words[1] in ("that", "who", "which") and " ".join(words[1:5]) in lowered)):
        return True  # "experience that gave you the ..." or "..., and that gave you the ..."
    return any(f"{t.lower()} {verb} " in lowered for t in entry.terms
               for verb in ("means", "is experience", "refers to", "is defined as")) or any(
        re.search(rf"{re.escape(t.lower())} for (?:the |this |a )?[\w-]+(?: [\w-]+)? (?:means|is defined as|refers to) ",
                  lowered) for t in entry.terms) or (  # round 9: "specialized experience for the GS-14 is defined as"
        entry.kind == "jargon" and " " in entry.terms[0] and any(_OWN_DEFINITION_RE.search(lowered) and re.search(
            _OWN_DEFINITION.format(term=re.escape(t.lower())), lowered) for t in entry.terms))


# round 11: the posting says itself what a term of two words or more is for this job: "specialized experience (for
# this job) includes: ...", "specialized experience, which includes ...", "specialized experience must show the
# following", "this definition of specialized experience", "examples of specialized experience". Its own, concrete
# definition tells the reader what the term means here; a second, generic one ("experience that gave you the skills
# to do this job") says the same thing less precisely and, put where the first use is, interrupts a lead-in or
# closes the paragraph before the definition (Federal Plain Language Guidelines: define a term once, where it is used)
# ("specialized experienceis generating, gathering ... data": a space lost in the copy does not hide the definition;
# "specialized experience for this job is:"; meaning review 21: "one year of specialized experience equivalent to the
# GS-11 grade level ... as listed below:" then its items)
_OWN_DEFINITION = (r"(?:\b{term} is:|"
                   r"\b{term}(?: for (?:the |this |a |each )?[\w-]+(?: [\w-]+)?)?,?(?: (?:which|that))? ?"
                   r"(?:includes?|consists? of|must (?:show|include|demonstrate)|is (?:typically |usually )?(?:work|described as)"
                   r"|is (?!being\b|including\b|during\b|according\b|[a-z]*thing\b)[a-z]{{3,}}ing,?)[ :]|\b(?:definition|examples?) of {term}\b"
                   r"|\b{term}\b[^.:;\n]{{0,120}}? as (?:listed|described|defined|outlined|shown) (?:below|in the following)\b)")
_OWN_DEFINITION_RE = re.compile(r"includ|consist| is:|must (?:show|include|demonstrate)|definition of|examples? of|"
                                r"is (?:typically |usually )?(?:work|described)|is [a-z]{3,}ing|"
                                r"as (?:listed|described|defined|outlined|shown) (?:below|in the following)")


# an acronym's spelled-out name with a gloss in brackets ("permanent change of station (a paid move to a new duty
# station)"), and a noun after the acronym that it modifies ("PCS orders", "PCS/move"): not a verb or function word
_GLOSSED_NAME_RE = re.compile(r"(?P<name>[^()]+?)[ \t]+\((?P<gloss>[^()]+)\)")
_MODIFIED_NOUN_AFTER_RE = re.compile(
    r"[ \t]*/?[ \t]*(?!(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|must|may|might|can|could|does|"
    r"do|did|and|or|nor|of|to|in|for|on|with|by|at|as|from|that|which|who|if|when|than|but|not|also|under|into|within|"
    r"per|via|means|refers)\b)[a-z][a-z-]+\b")


# a glossary name that takes "the" once spelled out (an office, act, plan, system, service), and the prepositions after
# which a bare acronym stands for it ("from OPM", "under FERS", "to TSP")
_NAME_TAKES_THE_RE = re.compile(r"(?:[A-Z][\w'\u2019]*[ \t]+)*(?:(?:Office|Department|Bureau)[ \t]+of[ \t]+[A-Z].*|"
                                r"[A-Z][\w'\u2019]*[ \t]+(?:Act|Plan|System|Administration|Agency|Commission|Board))$")
_PREPOSITIONS_BEFORE_THE = frozenset({"from", "to", "by", "with", "under", "of", "in", "at", "for", "through", "via",
                                      "into", "within", "on", "about", "per"})


def _rule_glossary(text: str, protected: list[tuple[int, int]], ctx: _Context) -> list[_Edit]:
    edits: list[_Edit] = []
    # an acronym looks like a name to the name heuristic; only URLs, quotations and legal text stop it here
    protected = protected_spans(text, names=False)
    if not ctx.glossary_checked:  # once per posting: what the original text already explains
        for entry in load_glossary():
            acronym_defined = entry.kind == "acronym" and any(f"({t.lower()})" in ctx.whole_text for t in entry.terms)
            said = any(f"{t.lower()} means " in ctx.whole_text for t in entry.terms) or _explained_already(
                entry, ctx.whole_text)
            if entry.explanation.lower() in ctx.whole_text or acronym_defined or said:
                ctx.explained.add(entry.key)
        ctx.glossary_checked = True
    lowered = text.lower()
    for entry in load_glossary():
        rule = "acronyms" if entry.kind == "acronym" else "jargon"
        if rule not in ctx.rules or entry.key in ctx.explained:
            continue
        if entry.kind != "acronym" and _explained_already(entry, lowered):
            ctx.explained.add(entry.key)  # "It's experience that gave you the knowledge ..." (a boilerplate rewrite)
            continue
        for m in _glossary_pattern(entry).finditer(text):
            if overlaps(protected, m.start(), m.end()):
                continue
            if entry.kind == "acronym" and re.match(r"['\u2019]s\b", text[m.end():m.end() + 3]):
                continue  # "OPM's": spell out at a later use
            if entry.kind == "acronym":
                if re.match(r"[ \t]+(?:[A-Z][a-z]+|[A-Z]{4,})\b", text[m.end():m.end() + 24]) and not re.match(
                        r"[ \t]+(?:I|A|The|This|These|If|You|We)\b", text[m.end():m.end() + 8]):
                    continue  # meaning review 18: part of a job title or name ("IT Specialist (INFOSEC) jobs", "a IT
                    # SPECIALIST (DATAMGT)"): the official title stays as written; spell out at a later use
                new = f"{entry.explanation} ({m.group()})"
                glossed = _GLOSSED_NAME_RE.fullmatch(entry.explanation)
                gloss_edit = None
                if glossed and _MODIFIED_NOUN_AFTER_RE.match(text, m.end()):
                    # meaning review 21 (round 20's leftover): "PCS orders" -> "permanent change of station (a paid
                    # move to a new duty station) (PCS) orders" put the gloss inside the noun phrase; the name goes
                    # there, and the gloss after the sentence as "<name> means <gloss>." (or nowhere, where the
                    # sentence does not end on its line: the name alone is still spelled out)
                    new = f"{glossed.group('name')} ({m.group()})"
                    _sentence_start, sentence_end = _sentence_bounds(text, m.end())
                    if re.search(r"[.!?]$", text[:sentence_end]) and text[sentence_end:sentence_end + 1] in ("", "\n", " "):
                        name = glossed.group("name")
                        gloss_edit = _Edit(sentence_end, sentence_end,
                                           f" {name[:1].upper()}{name[1:]} means {glossed.group('gloss')}.", rule,
                                           f'explain "{m.group()}" after the sentence, not inside its noun phrase',
                                           f"{entry.source}; Federal Plain Language Guidelines, Minimize abbreviations")
                if _clause_start(text, m.start()) and not re.search(r"[:;]\s*$", text[max(0, m.start() - 3):m.start()]):
                    new = new[:1].upper() + new[1:]  # round 11: "TIG applies if ..." -> "Time-in-grade (TIG) applies"
                at = m.start()
                if _NAME_TAKES_THE_RE.match(entry.explanation) and (
                        _previous_word(text, at) in _PREPOSITIONS_BEFORE_THE
                        and not re.search(r"[.!?:;\n]\W*$", text[max(0, at - 6):at])):
                    new = "the " + new  # meaning review 19: "authorization from OPM" -> "from the Office of Personnel
                    # Management (OPM)": a spelled-out agency, act or plan takes "the" where the acronym took none
                elif _NAME_TAKES_THE_RE.match(entry.explanation) and new[:1].isupper() and _clause_start(text, at) \
                        and re.match(r"[ \t]+[a-z]", text[m.end():m.end() + 3]):
                    new = "The " + new  # "OPM sets the rules." -> "The Office of Personnel Management (OPM) sets ..."
                article = re.search(r"(?<![\w-])(a|an|A|An)[ \t]+$", text[max(0, at - 4):at])
                if article and indefinite_article(new) != article.group(1).lower():
                    # meaning review 18: "an IT project" -> "an information technology (IT) project" broke the article
                    at = max(0, at - 4) + article.start()
                    new = match_case(indefinite_article(new), article.group(1)) + " " + new
                edits.append(_Edit(at, m.end(), new, rule,
                                   f'spell out "{m.group()}" on first use', f"{entry.source}; "
                                   "Federal Plain Language Guidelines, Minimize abbreviations", key=entry.key,
                                   in_names=True))
                if gloss_edit is not None:
                    same_place = [e for e in edits if e.start == e.end == gloss_edit.start]
                    if same_place:
                        same_place[0].replacement += gloss_edit.replacement
                    else:
                        edits.append(gloss_edit)
            else:
                term = m.group()
                words = re.findall(r"[A-Za-z]+", term)
                if len(words) > 1 and (term.isupper() or all(w[:1].isupper() for w in words)):
                    # "TIME IN GRADE" or "Specialized Experience" in a heading: the explanation is a sentence, not a
                    # heading, so the term is written as the glossary writes it ("Specialized experience means")
                    key = re.sub(r"[\s-]+", " ", term.lower())
                    term = next((t for t in entry.terms if re.sub(r"[\s-]+", " ", t.lower()) == key), term.lower())
                    if term.isupper() or all(w[:1].isupper() for w in re.findall(r"[A-Za-z]+", term)):
                        term = m.group() if not m.group().isupper() else term.lower()
                    elif term.lower() == term and re.sub(r"[\s-]+", " ", m.group().lower()) == key:
                        term = m.group().lower()  # keep the writer's hyphens ("Time-In-Grade" -> "Time-in-grade")
                term = term[:1].upper() + term[1:]
                sentence_start, sentence_end = _sentence_bounds(text, m.end())
                sentence_end = _chain_end(text, sentence_end)
                if _INLINE_MARKER_END_RE.search(text, max(0, sentence_end - 6), sentence_end):
                    # the "sentence" ends at an inline list marker ("functions; 2."): explain after the paragraph,
                    # not between the marker and its item
                    newline = text.find("\n", sentence_end)
                    sentence_end = len(text.rstrip()) if newline < 0 else newline
                    while sentence_end > 0 and text[sentence_end - 1] in " \t":
                        sentence_end -= 1
                new = f" {term} means {entry.explanation}."
                if re.search(r"[A-Za-z0-9]$", text[:sentence_end]) and not text[sentence_end:sentence_end + 1].strip():
                    new = "." + new  # a sentence that lost its full stop in the copy: end it before the explanation
                in_item = _LIST_LINE_RE.match(text, text.rfind("\n", 0, m.start()) + 1)
                if in_item:  # a list item: explain after the list, in a paragraph of its own, not inside the item
                    line_end = text.find("\n", sentence_end)
                    line_end = len(text) if line_end < 0 else line_end
                    if text[sentence_end:line_end].strip():
                        # round 12: the item goes on after the sentence ("A. I have 1 year of specialized experience
                        # ... duties. This experience is ..."): never split an item; after its line, unless the line
                        # leads in to what follows ("Examples include:"), where the term waits for its next use
                        if text[:line_end].rstrip().endswith(":"):
                            continue
                        sentence_end = len(text[:line_end].rstrip())
                    sentence_end = _list_end(text, sentence_end)
                    new = f"\n\n{term} means {entry.explanation}."
                elif text[:sentence_end].endswith(":"):  # a lead-in to a list: explain before it
                    below = _after_heading(text, sentence_start, sentence_end, m.start())
                    if below is not None:
                        # round 11: the term is in a heading ("GS-14 SPECIALIZED EXPERIENCE:", also one run onto a
                        # lead-in's line): explain after the first sentences under the heading, not before the
                        # heading (where the explanation would close the paragraph before it or split a lead-in
                        # from its heading)
                        sentence_end = below
                        if re.search(r"[A-Za-z0-9]$", text[:sentence_end]):
                            new = "." + new
                    else:
                        sentence_end = sentence_start
                        new = f"{term} means {entry.explanation}. "
                answers = None if new.startswith(f"{term} means") else (
                    _answers_end(text, sentence_end) or _introduced_end(text, sentence_end))
                if answers is not None:
                    # round 12: a question followed by its answer options ("... Federal Service." then " A. Yes" /
                    # " B. No"): explain after the options, never between a question and its answers; walkfix3:
                    # likewise after what a lead-in on the rest of the line introduces ("... GS-12 level. Examples
                    # include:" then "1) ...")
                    sentence_end = answers
                    new = f"\n\n{term} means {entry.explanation}."
                    in_item = True
                same_place = [e for e in edits if e.start == e.end == sentence_end]
                if same_place:  # two explanations after one sentence: one insertion
                    same_place[0].replacement += new.replace("\n\n", " ") if in_item else new
                    same_place[0].key += "|" + entry.key
                    same_place[0].reason += f'; explain "{m.group()}" on first use'
                else:
                    edits.append(_Edit(sentence_end, sentence_end, new, rule, f'explain "{m.group()}" on first use',
                                       f"{entry.source}; Federal Plain Language Guidelines, Avoid jargon",
                                       key=entry.key))
            break
    return edits


def _after_heading(text: str, start: int, end: int, pos: int) -> int | None:
    """Where to explain a term found at ``pos`` in a heading, or None if the sentence ``start:end`` is no heading.

    A heading is a line of at most eight words that ends in a colon (and holds nothing else), or headings in capitals
    that fill the end of a lead-in's line ("... announcement: GS-14 SPECIALIZED EXPERIENCE:") with ``pos`` inside
    them. The place is the end of the first sentence (and the sentences that point back to it) of the paragraph under
    the heading; None when what follows is a list or another lead-in, or the heading is the last line.
    """
    sentence = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    alone = not text[line_start:start].strip() and bool(re.match(r"[ \t]*(?:\n|$)", text[end:])) \
        and len(sentence.split()) <= 8
    run = _CAPS_HEADING_RUN_RE.search(sentence)
    in_run = bool(run) and start + run.start() <= pos and (run.start() == 0 or sentence[:run.start()].rstrip().endswith(":"))
    if not (alone or in_run) or not re.match(r"[ \t]*\n", text[end:]):
        return None
    following = [s for s in split_sentences(text) if s.start >= end]
    if not following or following[0].list_item or following[0].text.endswith(":") \
            or _LIST_LINE_RE.match(following[0].text) or text.count("\n", end, following[0].start) > 1:
        return None
    return _chain_end(text, following[0].end)


_LIST_LINE_RE = re.compile(r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)]|[a-zA-Z][.)]|\(\w{1,3}\))[ \t]+")
# an inline list marker closing what the sentence splitter took for a sentence ("... functions; 2.")
_INLINE_MARKER_END_RE = re.compile(r"(?:^|[\s;,])\(?\d{1,2}[.)]$")


def _list_end(text: str, end: int) -> int:
    """End of the list whose item ends at ``end``: the end of the last of the list lines that follow it."""
    while True:
        newline = text.find("\n", end)
        if newline < 0 or text[end:newline].strip():
            return end
        line_end = text.find("\n", newline + 1)
        line = text[newline + 1:len(text) if line_end < 0 else line_end]
        if not _LIST_LINE_RE.match(line) or not line.strip():
            return end
        end = newline + 1 + len(line.rstrip())


_ANSWER_LINE_RE = re.compile(r"[ \t]*[A-Z][.)][ \t]+\S")


def _answers_end(text: str, end: int) -> int | None:
    """End of the lettered answer options (" A. Yes" / " B. No") that follow the question ending at ``end``, at most
    one blank line below it; None when no option line follows. Blank lines between options are skipped."""
    rest = re.match(r"[ \t]*\n(?:[ \t]*\n)?", text[end:])
    if not rest or not _ANSWER_LINE_RE.match(text, end + rest.end()):
        return None
    pos = end + rest.end()
    last = None
    while True:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        if _ANSWER_LINE_RE.match(line):
            last = pos + len(line.rstrip())
        elif line.strip():
            break
        if line_end >= len(text):
            break
        pos = line_end + 1
    return last


# a lead-in: a line ending in a colon, "include(s)", "including" or "such as" (what it introduces is on the lines below)
_LEAD_IN_END_RE = re.compile(r"(?::|\b(?:include|includes|including|such as))[ \t]*$", re.IGNORECASE)


def _introduced_end(text: str, end: int) -> int | None:
    """End of what a lead-in introduces when the line holding ``end`` ends in a lead-in ("... GS-12 level. Examples
    include:" then "1) ..."): the lines below it up to a blank line, and when they are a list, the list
    (as :func:`_list_end` reads it); None when the rest of the line is no lead-in or nothing follows it.

    An explanation inserted at ``end`` would stand between the sentence and the lead-in and push the list away from
    the sentence it gives examples of; one inserted after the lead-in would part it from what it introduces.
    """
    line_end = text.find("\n", end)
    if line_end < 0 or not _LEAD_IN_END_RE.search(
            (text[end:line_end] if text[end:line_end].strip() else text[text.rfind("\n", 0, end) + 1:end]).rstrip()):
        return None  # the lead-in is the rest of the line, or the sentence itself ends the line with one ("such as")
    last = None
    pos = line_end + 1
    while pos <= len(text):
        next_end = text.find("\n", pos)
        next_end = len(text) if next_end < 0 else next_end
        line = text[pos:next_end]
        if not line.strip():
            break
        last = pos + len(line.rstrip())
        pos = next_end + 1
    if last is None:
        return None
    return _list_end(text, last) if _LIST_LINE_RE.match(text, text.rfind("\n", 0, last) + 1) else last


_BACK_REFERENCE_RE = re.compile(r"(?:It|Its|This|These|They|That|Those|Such|If so|But it|But they|Equivalent experience)\b")


def _chain_end(text: str, end: int) -> int:
    """End of the run of sentences that goes on from the sentence ending at ``end`` ("... experience. It must be
    ..."): an explanation inserted between them would leave "It" or "This" pointing at the explanation.

    Only sentences in the same paragraph (no line break between) count, at most three.
    """
    if text[end - 1:end] == ":":
        return end
    for _ in range(3):
        nxt = re.match(r"[ \t]+", text[end:])
        if not nxt or not _BACK_REFERENCE_RE.match(text, end + nxt.end()):
            break
        following = [s for s in split_sentences(text) if s.start == end + nxt.end()]
        if not following or following[0].list_item or "\n" in following[0].text:
            break
        end = following[0].end
    return end


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end offsets of the sentence holding ``pos`` (end after its final punctuation)."""
    for sentence in split_sentences(text):
        if sentence.start <= pos <= sentence.end:
            start = sentence.start
            if sentence.list_item:  # after the bullet
                bullet = re.match(r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+", sentence.text)
                start += bullet.end() if bullet else 0
            return start, sentence.end
    return 0, len(text.rstrip())


# ------------------------------------------------------------------------------------------------------
# rules: lists and sentence splitting
# ------------------------------------------------------------------------------------------------------

_LIST_SOURCE = "Federal Plain Language Guidelines, Use lists (design/use-lists)"
_SPLIT_SOURCE = "Federal Plain Language Guidelines, Write short sentences (concise/write-short-sentences)"
_NUMBERED_RE = re.compile(r"(\(?)(\d{1,2})([.)])(?=\s*[A-Za-z(])")
_INLINE_BULLET_RE = re.compile(r"[ \t]*[\u2022\u25cf\u25aa][ \t]*")


def _scan_brackets(s: str) -> Iterator[tuple[int, str, bool]]:
    """``(offset, char, inside)`` for each character of ``s`` that is not a bracket or a double quote.

    ``inside`` is whether the character lies within brackets (any depth) or double quotes; a stray closing
    bracket is ignored rather than making the depth negative.
    """
    depth = 0
    quoted = False
    for i, c in enumerate(s):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth = max(0, depth - 1)
        elif c in "\"\u201c\u201d":
            quoted = not quoted if c == '"' else c == "\u201c"
        else:
            yield i, c, depth > 0 or quoted


def _top_level(s: str, char: str) -> list[int]:
    """Offsets of ``char`` in ``s`` outside brackets and quotes."""
    return [i for i, c, inside in _scan_brackets(s) if c == char and not inside]


def _vertical_list(s: str) -> bool:
    """Review 13: "    o Solicits bids;\n    o Evaluates offers; and\n    o Awards contracts.": a sentence that is
    already a vertical list, its items marked with Word's "o" (or "\u00b7") that sentences are not split at; the lists and
    split-sentences rules leave its semicolons alone (they made "- o Evaluate offers;" and "... 2026. O Be ...")."""
    return "\n" in s and all(_DUTY_MARKER_RE.match(line) for line in s.split("\n")[1:])


def _rule_lists(text: str, protected: list[tuple[int, int]], legal: list[tuple[int, int]], ctx: _Context) -> list[_Edit]:
    """Inline enumerations become one item per line: edits only at the separators, never inside words."""
    edits: list[_Edit] = []
    for m in _FIRST_ITEM_ON_LEAD_IN_RE.finditer(text):
        # "... this job includes: - Experience A; AND\n- Experience B": the first item goes on its own line too
        if not overlaps(legal, m.start(), m.end()):
            edits.append(_Edit(m.start(), m.end(), "\n", "lists", "the first item of a list, run onto its lead-in "
                               "line -> its own line like the items after it", _LIST_SOURCE))
    edits += _text_after_last_item(text, legal)
    edits += _stop_before_semicolon(text, legal)
    edits += _unmarked_items(text, legal)
    for line in _LINE_START_NUMBER_RE.finditer(text):
        # "1. Python skill.2. Experience with data.3. ...": a numbered line whose later items lost their line breaks
        expected = int(line.group("n")) + 1
        line_end = text.find("\n", line.end()) % (len(text) + 1)
        for m in _GLUED_NUMBER_RE.finditer(text, line.end(), line_end):
            if int(m.group("n")) != expected or m.group("p") != line.group("p"):
                continue
            if not overlaps(legal, m.start(), m.end()):
                edits.append(_Edit(m.start(), m.start(), "\n", "lists", f'item "{m.group("n")}{m.group("p")}" run onto '
                                   "the item before it (a line break lost in the copy) -> its own line", _LIST_SOURCE))
            expected += 1
        # round 11: "1. Knowledge of A. 2. Knowledge of B." (a space after the full stop): each item on its own line,
        # only while the numbers go on in order from the line's own
        expected = int(line.group("n")) + 1
        for m in _RUN_IN_NUMBER_RE.finditer(text, line.end(), line_end):
            if int(m.group("n")) != expected or m.group("p") != line.group("p"):
                break
            if not overlaps(legal, m.start(), m.end()) and not overlaps(protected, m.start("gap"), m.end("gap")):
                edits.append(_Edit(m.start("gap"), m.end("gap"), "\n", "lists",
                                   f'item "{m.group("n")}{m.group("p")}" of a numbered list run on after the item '
                                   "before it -> its own line", _LIST_SOURCE))
            expected += 1
    for m in _FIRST_ITEM_I_RE.finditer(text):
        if not overlaps(legal, m.start(), m.end()):
            edits.append(_Edit(m.start(), m.end(), "\n", "lists", 'the first item of a numbered list ("I." typed for '
                               '"1.", the next item "2."), run onto its lead-in line -> its own line', _LIST_SOURCE))
    for sentence in split_sentences(text):
        if overlaps(legal, sentence.start, sentence.end):
            continue
        s, base = sentence.text, sentence.start
        if _vertical_list(s):
            continue
        # rewrite 15: an item marked with Word's "o" on its own line is a list item, like "- ..." (its semicolon
        # series was bulleted in place: "    - o Serves as ...;" then "- documents results")
        word_o_item = bool(re.match(r"o[ \t]+[A-Z]", s)) and not text[text.rfind("\n", 0, base) + 1:base].strip()
        found = _inline_bullets(s, base, text) or _glued_items(s, base, text) or (
            (_numbered_list(s, base, ctx, item=True) or _item_series(s, base, ctx, text))
            if sentence.list_item or word_o_item
            else (_degree_alternatives(s, base, text) or _numbered_list(s, base, ctx)
                                             or _enumeration(s, base, ctx, text)
                                             or _lead_word_enumeration(s, base, ctx)
                                             or _parallel_series(s, base, ctx, text))
        )
        if not found:
            continue
        separators, label = found
        if any(overlaps(protected, a, b) for a, b, new in separators if b > a and (text[a:b].strip() or new != "\n")):
            continue  # a name is kept whole; only a space made a line break (a glued heading's, round 10) may be in one
        for a, b, replacement in separators:
            reason = _GLUED_HEADING_REASON if label == _GLUED_ITEMS_REASON and replacement == "\n" else label
            edits.append(_Edit(a, b, replacement, "lists", reason, _LIST_SOURCE, in_names=True))
        after = base + len(s)
        gap = re.match(r"[ \t]+(?=\S)", text[after:])
        if gap and text[after + gap.end()] in "\u2022\u25cf\u25aa":
            continue  # round 12: the next inline bullet goes on with the list: its own edit puts it on its line
        if gap and (sentence.list_item or word_o_item) and label.startswith("long sentence ending in a series"):
            # plainlists: the text after a list made inside a list item stays in the item, on a line of its own
            # lined up with the item's text ("2. Customer Service - Works with clients to:" / "   - assess ..." /
            # "   Knows about available products ...")
            edits.append(_Edit(after, after + gap.end(), "\n" + _item_indent(text, base), "lists",
                               "text after a list inside a list item goes on in the item, on its own line",
                               _LIST_SOURCE))
        elif gap:  # the text goes on after the list: start it on a new paragraph
            edits.append(_Edit(after, after + gap.end(), "\n\n", "lists", "text after a list starts a new paragraph",
                               _LIST_SOURCE))
    # plainlists2: numbered items run onto an earlier item's line, where no other list form has put them on their own
    taken = [(x.start, x.end) for x in edits]
    edits += [e for e in _items_run_on(text, legal) if not any(a <= e.end and e.start <= b for a, b in taken)]
    # a list right after another list ("Customer Service - A; B; C. Problem Solving - D; E; F."): the paragraph break
    # after the first and the bullet of the second's first item are one edit, or the bullet would be lost
    by_span: dict[tuple[int, int], _Edit] = {}
    merged: list[_Edit] = []
    for edit in edits:
        other = by_span.get((edit.start, edit.end))
        if other is not None and edit.start < edit.end and {other.replacement, edit.replacement} <= {"\n\n", "\n- ", "\n"}:
            other.replacement = "\n\n- " if "\n- " in (other.replacement, edit.replacement) else "\n\n"
            continue
        by_span[(edit.start, edit.end)] = edit
        merged.append(edit)
    return merged


# a full stop and a semicolon both closing an item ("... for survey processing.; participating in ..."): the
# semicolon separates the items, the full stop is a leftover; not after an abbreviation ("etc.;", "Inc.;", "U.S.;")
_STOP_SEMICOLON_RE = re.compile(r"(?<![\w.])(?P<word>[a-z]{3,})\.(?=;)")
_ABBREVIATIONS = frozenset({"etc", "inc", "ltd", "corp", "dept", "govt", "approx", "misc", "est", "assn", "admin",
                            "mgmt", "req", "reqs", "info", "max", "min", "sec", "seq", "vol", "vols", "cont", "intl"})


def _stop_before_semicolon(text: str, legal: list[tuple[int, int]]) -> list[_Edit]:
    """"... for survey processing.; participating in ..." -> "... for survey processing; participating in ..."."""
    from skillhire.readability import _cmudict

    known = _cmudict()
    edits = []
    for m in _STOP_SEMICOLON_RE.finditer(text):
        word = m.group("word")
        if word in _ABBREVIATIONS or word not in known or overlaps(legal, m.start(), m.end() + 2):
            continue
        a = m.end("word")
        edits.append(_Edit(a, a + 1, "", "lists", f'"{word}.;" -> "{word};": a full stop and a semicolon both end the '
                           "item; the semicolon separates the items", _LIST_SOURCE))
    return edits


_BULLET_RUN_RE = re.compile(r"(?:^|(?<=\n))(?:[ \t]*[-*\u2022][ \t]+[^\n]+(?:\n|$)){3,}")
_NUMBER_RUN_RE = re.compile(r"(?:^|(?<=\n))(?:[ \t]*\d{1,2}[.)][ \t]+[^\n]+(?:\n|$)){3,}")
_ITEM_MARKER_RE = re.compile(r"^[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+")
# round 25: a lead-in line that announces items ("Examples include the following:", "... the following competencies:")
_ANNOUNCING_LEAD_IN_RE = re.compile(r"\b(?:following(?:[ \t]+[\w/-]+){0,4}|includes?|including|such[ \t]+as|as[ \t]+follows|"
                                    r"examples?)[ \t]*:[ \t]*$", re.IGNORECASE | re.MULTILINE)
_UNMARKED_ITEM_RE = re.compile(r"[A-Z][^\n]*")
_ITEM_LINE_END_RE = re.compile(r"(?:,[ \t]*(?:and|or|AND|OR)?|[ \t](?:and|or|AND|OR))?[ \t]*$")


def _unmarked_items(text: str, legal: list[tuple[int, int]]) -> list[_Edit]:
    """Round 25: item lines under a lead-in that announces them, with no marker of their own, get a bullet.

    "Examples include the following:" then "Doing project management on information technology projects",
    "Programming in the Oracle environment", ... one per line (the list the announcement had, its bullets lost in the
    copy) read as one run-on sentence, since nothing ends the lines. Only where every line of the run up to the blank
    line or the end of the text opens with a capital, has one to twenty words, holds no sentence end inside, ends with
    no stop (or ",", "and"/"or" after one; the last line may end with a full stop), there are two lines or more
    and the lead-in line ends with "following ...:", "include(s):", "including:", "such as:", "as follows:" or
    "examples:". A run with a line that goes on as a paragraph, a heading or a marked item is left as it is, and so
    is one with a line that ends with a semicolon or is only "OR"/"AND": the semicolon lists rule reads those.
    """
    edits: list[_Edit] = []
    pos = 0
    while True:
        colon = _ANNOUNCING_LEAD_IN_RE.search(text, pos)
        if colon is None:
            return edits
        pos = colon.end()
        line_end = text.find("\n", colon.end())
        if line_end < 0 or overlaps(legal, colon.start(), colon.end()):
            continue
        block_end = text.find("\n\n", line_end)
        block_end = len(text) if block_end < 0 else block_end
        lines = text[line_end + 1:block_end].split("\n")
        if len(lines) < 2:
            continue
        starts, at, ok = [], line_end + 1, True
        for i, line in enumerate(lines):
            body = line.strip()
            last = i == len(lines) - 1
            core = body[:-1] if last and body.endswith(".") else body
            words = core.split()
            if (not _UNMARKED_ITEM_RE.fullmatch(body) or _ITEM_MARKER_RE.match(line) or not 1 <= len(words) <= 20
                    or re.fullmatch(r"(?:AND|OR|AND/OR|And|Or)", core) or re.search(r";[ \t]*(?:and|or|AND|OR)?$", core)
                    or re.search(r"[.!?:](?:[ \t]|$)", core) or not _ITEM_LINE_END_RE.search(core)
                    or (core.rstrip().endswith(",") and last) or line != line.lstrip()):
                ok = False
                break
            starts.append(at)
            at += len(line) + 1
        if not ok or overlaps(legal, line_end, block_end):
            continue
        edits += [_Edit(a, a, "- ", "lists", "item lines under a lead-in that announces them, with no marker -> "
                        "bulleted list", _LIST_SOURCE, in_names=True) for a in starts]


def _text_after_last_item(text: str, legal: list[tuple[int, int]]) -> list[_Edit]:
    """A paragraph run onto the last item of a bulleted list where the copy lost its line break ("- Develops policy
    on data. Experience refers to paid and unpaid experience, ..."): when every other item is one sentence and the
    last goes on for more, what follows its first sentence starts a paragraph of its own."""
    edits = []
    for run in [*_BULLET_RUN_RE.finditer(text), *_NUMBER_RUN_RE.finditer(text)]:
        lines = run.group().rstrip("\n").split("\n")
        items = [split_sentences(_ITEM_MARKER_RE.sub("", line)) for line in lines]
        numbered = run.re is _NUMBER_RUN_RE
        if numbered:  # round 11: "1. ...\n2. ...\n3. Experience administering contracts. Besides meeting ..., you must"
            markers = [int(re.match(r"[ \t]*(\d+)", line).group(1)) for line in lines]
            if markers != list(range(markers[0], markers[0] + len(markers))) or len(items[-1]) < 3 or any(
                    len(item) > 2 or len(item) >= len(items[-1]) - 1 for item in items[:-1]):
                continue  # numbers out of order, or items of several sentences: the last one's may all be its own
        elif any(len(item) != 1 for item in items[:-1]) or len(items[-1]) < 3:
            continue
        last_start = run.start() + sum(len(line) + 1 for line in lines[:-1])
        bullet = _ITEM_MARKER_RE.match(lines[-1]).end()
        first = items[-1][0]
        cut = last_start + bullet + first.end
        gap = re.match(r"[ \t]+(?=[A-Z])", text[cut:])
        if gap and _BACK_REFERENCE_RE.match(text, cut + gap.end()):
            continue  # round 11: "... applications of computing. These have common structures ...": "These" points back
            # into the item, so the sentence stays with it
        if gap and first.text.endswith(".") and not overlaps(legal, cut, cut + gap.end()):
            edits.append(_Edit(cut, cut + gap.end(), "\n\n", "lists", "text run onto the last item of a list (a line "
                               "break lost in the copy) -> a paragraph of its own", _LIST_SOURCE))
    return edits


# a line that starts with a list number ("1. "), and a later number glued to the full stop of the item before it
_LINE_START_NUMBER_RE = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<n>\d{1,2})(?P<p>[.)])[ \t]+(?=[A-Z])")
_GLUED_NUMBER_RE = re.compile(r"(?<=[a-z)][.)])(?P<n>\d{1,2})(?P<p>[.)])[ \t]*(?=[A-Z])")
# round 11: the same with a space after the full stop: a run-in numbered list ("1. Knowledge of A. 2. Knowledge of
# B. 3. Ability to ..."); the number must be the next in the line's count, and the item a capitalised word
_RUN_IN_NUMBER_RE = re.compile(r"(?:(?<=[A-Za-z0-9)\]][.)])|(?<=[a-z]\.\.))(?P<gap>[ \t]+)(?P<n>\d{1,2})(?P<p>[.)])[ \t]+(?=[A-Z][a-z])")
# plainlists2: a numbered list item whose line holds the next items too, two sentences' worth or more in one item:
# "1. Conducting LMS administration; 2. Giving technical support; and, 3. Developing databases." (after a semicolon,
# with its "and"/"or"), "(3) Shows skill in design; and (4)Shows skill in analytics." (the "(n)" style, its space
# lost; after a full stop too, which round 11's run-in rule reads only for "n." and "n)"), "... mathematics. 5. A
# master's degree ..." (an item that opens with "A" or "I", which that rule leaves), "... in the DoD and IC.5.
# Demonstrated skill ..." (glued after a capital). The markers keep the line's own style and go on in order from it.
_ITEM_LINE_RE = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<open>\(?)(?P<n>\d{1,2})(?P<p>[.)])[ \t]*(?=[A-Z])")
_ITEM_RUN_ON_RE = re.compile(
    r"(?:(?<=;)(?P<gap>[ \t]*(?:(?P<conj>and|or|AND|OR),?[ \t]+)?)"
    r"|(?<=[A-Za-z0-9)\]][.)])(?P<space_gap>[ \t]+)(?=\(\d{1,2}\)[ \t]*[A-Z]|\d{1,2}[.)][ \t]+[AI][ \t]+[a-z])"
    r"|(?<=[A-Z]{2}\.)(?P<glued>))"
    r"(?P<open>\(?)(?P<n>\d{1,2})(?P<p>[.)])(?P<space>[ \t]*)(?=[A-Z][a-z]|[AI][ \t]+[a-z])")


def _items_run_on(text: str, legal: list[tuple[int, int]]) -> list[_Edit]:
    """The later items of a numbered list run onto the line of an earlier item -> each item on its own line.

    Only on a line that opens with a number marker, and only while the numbers run on in order from it in the same
    style ("(3)" then "(4)", "1." then "2."); the "and"/"or" between the last two items stays at the end of the item
    before, and a marker glued to its item gets its space back ("(4)Shows" -> "(4) Shows")."""
    edits: list[_Edit] = []
    for line in _ITEM_LINE_RE.finditer(text):
        if line.group("open") and line.group("p") != ")":
            continue  # "(3." is no marker
        expected = int(line.group("n")) + 1
        line_end = text.find("\n", line.end()) % (len(text) + 1)
        for m in _ITEM_RUN_ON_RE.finditer(text, line.end(), line_end):
            style = (m.group("open"), m.group("p"))
            if int(m.group("n")) != expected or style != (line.group("open"), line.group("p")):
                continue
            expected += 1
            if overlaps(legal, m.start(), m.end()):
                continue  # names may hold the marker's neighbours ("IC.5. Demonstrated"): only spaces and line
                # breaks are edited, so the edits go through the check for URLs, quotations and the like alone
            marker = f'item "{m.group("open")}{m.group("n")}{m.group("p")}"'
            reason = f"{marker} run onto the line of the item before it -> its own line"
            if m.group("gap") is not None:
                conj = m.group("gap").strip()
                edits.append(_Edit(m.start("gap"), m.end("gap"), f" {conj}\n" if conj else "\n", "lists", reason,
                                   _LIST_SOURCE, in_names=True))
            elif m.group("space_gap") is not None:
                edits.append(_Edit(m.start("space_gap"), m.end("space_gap"), "\n", "lists", reason,
                                   _LIST_SOURCE, in_names=True))
            else:
                edits.append(_Edit(m.start("open"), m.start("open"), "\n", "lists", reason, _LIST_SOURCE,
                                   in_names=True))
            if not m.group("space"):
                edits.append(_Edit(m.end("p"), m.end("p"), " ", "lists", f"{marker} glued to its text -> a space "
                                   "after the marker", _LIST_SOURCE, in_names=True))
    return edits


# round 11: a list numbered from a capital "I" typed for "1" after a lead-in's colon, its next line item "2."
_FIRST_ITEM_I_RE = re.compile(r"(?<=\w:)[ \t]+(?=I\.[ \t]+[A-Z][a-z][^\n]*\n[ \t]*2\.[ \t]+[A-Z])")
# a lead-in colon, then a bulleted item on the same line, and the next line another item with the same bullet
_FIRST_ITEM_ON_LEAD_IN_RE = re.compile(r"(?<=\w:)[ \t]+(?=(?P<bullet>[-*\u2022])[ \t]+\S[^\n]*\n[ \t]*(?P=bullet)[ \t]+\S)")


_DEGREE = (r"(?:(?:an?|a\s+related)\s+)?(?:[Mm]aster[\'\u2019]s|Ph\.?\s?D\.?|PhD)(?:\s+degree)?\s+or\s+(?:an?\s+)?"
           r"equivalent\s+(?:graduate|doctoral|[Dd]octoral)\s+[Dd]egree")
_DEGREE_ALTERNATIVES_RE = re.compile(
    r"(?P<lead>(?:[ \t]+|(?<=\n)|^))(?P<a>" + _DEGREE + r")"
    r"(?P<s1>[ \t]*[,;]?[ \t]*\b(?:or|OR)\b,?[ \t]*)"
    r"(?P<b>(?:(?:have[ \t]+)?completed[ \t]+)?(?:two|three|2|3)(?:[ \t]+\(\d\))?[ \t]+full[ \t]+(?:academic[ \t]+)?years[ \t]+of[ \t]+"
    # the words of OPM's qualification standards, or their plain form from the boilerplate rule ("graduate study at ever
    # higher levels"), which runs first
    r"(?:progressively[ \t]+higher[ \t-]+level[ \t]+graduate[ \t]+education|graduate[ \t]+study[ \t]+at[ \t]+ever[ \t]+"
    r"higher[ \t]+levels)[ \t]+leading[ \t]+to[ \t]+(?:such[ \t]+a[ \t]+degree|"
    r"an?[ \t]+(?:[Mm]aster[\'\u2019]s|Ph\.?\s?D\.?|PhD)(?:[ \t]+degree)?(?:[ \t]+or[ \t]+(?:an?[ \t]+)?equivalent[ \t]+"
    r"(?:graduate|doctoral)[ \t]+degree)?))"
    r"(?:(?P<s2>[ \t]*[,;]?[ \t]*\b(?:or|OR)\b,?[ \t]*)(?P<c>(?:an?[ \t]+)?LL\.?[ \t]?[BM]\.?(?:[ \t]+(?:or|of)[ \t]+J\.?[ \t]?D\.?)?"
    r"(?:,?[ \t]+if[ \t]+related)?))?"
    # the end of the sentence, or a note in capitals ("(TRANSCRIPTS REQUIRED)"), or an "OR" that ends the line
    # before the next qualification path ("if related OR,\nCombination:")
    r"(?P<end>[ \t]*(?:\([A-Z][A-Z ]+\))?[ \t]*\.?[ \t]*(?:\b(?:OR|or)\b,?[ \t]*(?=\n[^\n]*$)|$))"
)
_DEGREE_LEAD_RE = re.compile(r"\b(?:have|have\s+completed|had|need|possess)$|:$", re.IGNORECASE)


def _degree_alternatives(s: str, base: int, text: str) -> tuple[list[tuple[int, int, str]], str] | None:
    """OPM's graduate-education alternatives, one per line: "you must have:\n- a master's or equivalent graduate
    degree or\n- 2 full years of progressively higher level graduate education leading to such a degree or\n-
    LL.B. or J.D., if related."

    Only when the alternatives end the sentence (a field or subject after them would apply to all of them, and a
    list would make it look as if it applied to the last), and the sentence either starts with them or has a
    lead-in ending in "have" / "have completed" / "possess" or a colon. Each "or" stays at the end of its line.
    """
    m = _DEGREE_ALTERNATIVES_RE.search(s)
    if not m:
        return None
    lead = s[:m.start("a")].rstrip()
    separators: list[tuple[int, int, str]] = []
    if re.fullmatch(r"-?(?:OR|Or)-?", lead) and "\n" in s[:m.start("a")]:
        # "OR\nmaster's or equivalent ...": the path's joiner stays on its line, the list starts below it
        separators.append((base + m.start("a"), base + m.start("a"), "- "))
    elif lead:
        if not _DEGREE_LEAD_RE.search(lead) or len(lead.split()) < 2:
            return None
        colon = "" if lead.endswith(":") else ":"
        separators.append((base + len(lead), base + m.start("a"), f"{colon}\n- "))
    else:
        window = text[:base].rstrip(" \t")
        if window and not window.endswith("\n"):
            separators.append((base - (len(text[:base]) - len(window)), base, "\n- "))
        else:
            separators.append((base, base, "- "))
    items = 2
    for name in ("s1", "s2"):
        if m.group(name) is None:
            continue
        items += name == "s2"
        sep = m.group(name)
        word = re.search(r"or|OR", sep)
        punct = "".join(c for c in sep[:word.start()] if c in ",;")  # ", or," keeps one comma, before "or"
        word = word.group()
        separators.append((base + m.start(name), base + m.end(name), f"{punct} {word}\n- "))
    return separators, f"{items} alternative degrees or amounts of graduate education -> one per line"


_GLUE_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_GLUE_SEGMENT_RE = re.compile(r"[^.,;:()!?\n]+")


def _glued_items(s: str, base: int, text: str) -> tuple[list[tuple[int, int, str]], str] | None:
    """List items whose line breaks were lost when the announcement was copied, one per line.

    "Data ManagementOral CommunicationPlanning and Evaluating" is three competencies glued together: an item
    ends in a lower-case letter and the next starts with a capital, with no space. A join counts only when
    the word before it is capitalised and has four or more letters, the word after it has four or more, both are
    dictionary words and the glued word is not, and (with a first word under six letters) the glued form is not a
    known CamelCase name; and only where a stretch without punctuation has two or more such joins (product names
    such as "ServiceNow" or "TensorFlow" have one, and fail the lengths).
    """
    from skillhire.readability import _cmudict

    known = _cmudict()
    separators: list[tuple[int, int, str]] = []
    for segment in _GLUE_SEGMENT_RE.finditer(s):
        joins = []
        for m in _GLUE_RE.finditer(segment.group()):
            left = re.search(r"[A-Z][a-z]+$", segment.group()[:m.start()])
            right = re.match(r"[A-Z][a-z]+", segment.group()[m.start():])
            if not left or not right or len(left.group()) < 4 or len(right.group()) < 4:
                continue
            if len(left.group()) < 6 and left.group() + right.group() in _camel_case_names():
                continue  # round 10: a short first part ("Assistance PlanMilitary") only if not a real name (OneDrive)
            before, after = segment.group()[:m.start()], segment.group()[m.start():]
            word = before[len(before.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")):] + re.match(
                r"[A-Za-z]*", after).group()
            if _short_part_name(word):
                continue  # "Visit FedsHireVets": one name of short parts, not three glued items
            glued = (left.group() + right.group()).lower()
            if left.group().lower() in known and right.group().lower() in known and glued not in known:
                joins.append(segment.start() + m.start())
        if len(joins) < 2:
            continue
        first = segment.start() + len(segment.group()) - len(segment.group().lstrip())
        line_start = not text[:base + first].rstrip(" \t").strip() or text[:base + first].rstrip(" \t").endswith("\n")
        if line_start and s[first:first + 2] != "- ":
            separators.append((base + first, base + first, "- "))
        elif segment.start() and s[segment.start() - 1] == ":":  # "Competencies: Customer ServiceWriting"
            separators.append((base + segment.start(), base + first, "\n- "))
        heading = _GLUED_HEADING_RE.search(segment.group())
        if heading and s[segment.end():segment.end() + 1] == ":" and segment.start() + heading.start("h") >= joins[-1]:
            # round 10: "... Program ManagementTechnical Competence Time in Grade Requirement:": a known heading and
            # its colon run onto the last item; nothing else marks where that item ends, so only these headings
            at = segment.start() + heading.start("h")
            if at == joins[-1]:
                joins.pop()  # "CompetenceTime in Grade Requirement:": the join is the heading's, not an item's
            separators.append((base + segment.start() + heading.start(), base + at, "\n"))
        separators += [(base + j, base + j, "\n- ") for j in joins]
    if not separators:
        return None
    return separators, _GLUED_ITEMS_REASON


_GLUED_ITEMS_REASON = "list items glued together when the text was copied -> one per line"
_GLUED_HEADING_REASON = ('a heading (such as "Time in Grade Requirement:") run onto the last item of a glued list '
                         "-> its own line")


# round 10: headings that end a glued competency list, only with their colon after them ("Project Management Time
# in Grade Requirement:"); a competency is never named like these, so where they start is where the last item ends
# (lead, after round 26: also the USAJOBS section headings that follow a qualifications text, "... Planning and
# EvaluatingWriting Conditions of Employment:")
_GLUED_HEADING_RE = re.compile(r"[ \t]*(?P<h>Time[ -]in[ -]Grade Requirements?|Specialized Experience|"
                               r"Minimum Qualifications|Education Requirements?|Conditions of Employment|"
                               r"Key Requirements|Additional Information|Required Documents|"
                               r"How You Will Be Evaluated)$")


def _inline_bullets(s: str, base: int, text: str) -> tuple[list[tuple[int, int, str]], str] | None:
    out = []
    for m in _INLINE_BULLET_RE.finditer(s):
        start = base + m.start()
        if s[:m.start()].strip():
            if s[:m.start()].endswith("\n"):
                continue
        elif not text[text.rfind("\n", 0, start) + 1:start].strip():
            continue  # round 12: a bullet that opens a sentence is inline too when its line has text before it
        else:  # ("... in: \u2022 Applying ... problems. \u2022 Identifying ..."): the space before it goes too
            while start > 0 and text[start - 1] in " \t":
                start -= 1
        out.append((start, base + m.end(), "\n- "))
    if not out:
        return None
    return out, "inline bullet points -> one per line"


# round 14: a run-in list lettered "a)", "(a)", "a." or numbered in Roman "i.", "(i)", "ii)" keeps its own markers like
# "1." and "(1)" (the Federal Plain Language Guidelines' "Use vertical lists": letters or numbers where items are
# referred to or come in order, bullets otherwise, one marker per item; the posting's own marker can be cited
# elsewhere, "meet (b) or (c)", so it is the one kept and no bullet is added before it). "a." and "i." need a space
# after them: "a.m.", "i.e." are not markers
_LETTERED_RE = re.compile(r"(\(?)([a-h])(\)|\.(?=[ \t]))(?=\s*[A-Za-z0-9(\"])")
_ROMAN_RE = re.compile(r"(\(?)(i{1,3}|iv|vi{0,3}|ix|x)(\)|\.(?=[ \t]))(?=\s*[A-Za-z0-9(\"])")
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _marker_run(s: str, pattern: re.Pattern[str], first: str) -> list[re.Match[str]]:
    """The markers "1.", "2.", ... (or "(a)", "b)", "c.", or "i.", "ii." ...) of one inline list, in order and all in
    one style."""
    run: list[re.Match[str]] = []
    for m in pattern.finditer(s):
        before = s[:m.start()]
        if before and not re.search(r"[\s:;,]$", before) and not (run and re.search(r"[a-z)][.)]$", before)):
            continue  # "5CFR 300.1" or "GS-1." is not a list number; "data sets.2. Experience" (a lost space) is
        if m.group(1) == "(" and m.group(3) != ")":
            continue  # "(a." is not a marker
        if first == "1":
            expected = str(len(run) + 1)
        elif first == "i":
            expected = _ROMANS[len(run)] if len(run) < len(_ROMANS) else ""
        else:
            expected = chr(ord("a") + len(run))
        if m.group(2) == expected and (
            not run or (m.group(1) == run[0].group(1) and m.group(3) == run[0].group(3))
        ):
            run.append(m)
    return run


def _numbered_list(s: str, base: int, ctx: _Context, *, item: bool = False) -> tuple[list[tuple[int, int, str]], str] | None:
    """An inline list numbered "1. ... 2. ..." or "(a) ... (b) ..." -> one item per line, markers kept.

    After a lead-in of two or more words (or one with its colon), every item starts a line; in a sentence that is itself a list item
    starting with its "1)" marker (``item``), the later items start lines of their own.
    """
    run = _marker_run(s, _NUMBERED_RE, "1")
    if len(run) < 2:
        run = _marker_run(s, _LETTERED_RE, "a")
    if len(run) < 2:
        run = _marker_run(s, _ROMAN_RE, "i")
    if len(run) < 2:
        return None
    ends = [m.start() for m in run[1:]] + [len(s)]
    if any(len(re.findall(r"[A-Za-z0-9]+", s[m.end():end])) < 2 for m, end in zip(run, ends)):
        return None  # "paragraphs (a) and (b) below": references to parts, not a list
    if item:
        if run[0].start() != 0:
            return None
        run = run[1:]
    else:
        if run[0].start() == 0 or (len(s[:run[0].start()].split()) < 2 and not s[:run[0].start()].rstrip().endswith(":")):
            return None  # (review 13: a one-word lead-in with its colon is one too: "Duties: 1) Analyze ...; 2) ...")
    separators = []
    for m in run:
        gap = re.search(r"[ \t]*$", s[:m.start()])
        a = m.start() - (len(gap.group()) if gap else 0)
        separators.append((base + a, base + m.start(), "\n"))
        if not s[m.end():m.end() + 1].isspace():
            separators.append((base + m.end(), base + m.end(), " "))
    count = len(run) + item
    return separators, f"inline numbered list of {count} items -> one item per line"


# meaning review 18: a lead-in that ends in "include(s), but (is) not limited to" with a semicolon where its colon
# should be ("... which may include, but not limited to; responses to the KSAs; completion of a work sample"): the
# semicolon ends the lead-in, so the lead-in is no list item and no sentence ends there
_LEAD_IN_SEMICOLON_RE = re.compile(r"\b(?:include[sd]?|including|such\s+as|following)[ \t]*,?[ \t]*(?:(?:but[ \t]+)?"
                                   r"(?:(?:is|are)[ \t]+)?not[ \t]+limited[ \t]+to[ \t]*)?$", re.IGNORECASE)


def _ing_fragment(left: str, right: str) -> bool:
    """Whether the part after a semicolon is an "-ing" phrase that goes on the phrase before it and would be a
    fragment alone ("... experience maintaining ...; participating in analyses of ..."): it opens with an "-ing"
    word (not "anything", "nothing"), has no verb of its own ("troubleshooting solutions include ..." has), and the
    part before is not itself an "-ing" item of a series ("Developing metrics; serving as ...": parallel items)."""
    if not re.match(r"(?![a-z]*thing\b)[a-z]{2,}ing\b", right):
        return False
    if re.search(r"\b(?:is|are|was|were|includes?|included|must|will|may|can|should|has|have|had|does|do)\b", right):
        return False
    first = re.search(r"[A-Za-z]+", left)
    return not (first and first.group().lower().endswith("ing"))


def _enumeration(s: str, base: int, ctx: _Context, text: str) -> tuple[list[tuple[int, int, str]], str] | None:
    semicolons = _top_level(s, ";")
    colons = [i for i in _top_level(s, ":") if s[i + 1:i + 2] == " "]
    minimum = ctx.options.min_list_items
    if semicolons and _LEAD_IN_SEMICOLON_RE.search(s, 0, semicolons[0]):
        if len(semicolons) < minimum:
            return None  # two items: the sentence stays as written
        gap = re.match(r"[ \t]*", s[semicolons[0] + 1:])
        separators = [(base + semicolons[0], base + semicolons[0] + 1 + gap.end(), ":\n- ")]
        for i in semicolons[1:]:
            gap = re.match(r"[ \t]*(?:(and|or|AND|OR)[ \t]+)?", s[i + 1:])
            conjunction = gap.group(1) or ""
            separators.append((base + i + 1, base + i + 1 + gap.end(), f" {conjunction}\n- " if conjunction else "\n- "))
        return separators, f"lead-in and a list of {len(semicolons)} items separated by semicolons -> bulleted list"
    if len(semicolons) >= minimum - 1:
        lead_colon = max((c for c in colons if c < semicolons[0]), default=None)
        first = lead_colon + 1 if lead_colon is not None else 0
        cuts = [first, *[i + 1 for i in semicolons], len(s)]
        parts = [s[a:b].strip() for a, b in zip(cuts, cuts[1:])]
        # after a lead-in colon ("must show the following: A; B; C") the items may be single terms ("synthesis");
        # without one, two words each, so that "A; B; C" fragments are not taken for a list
        shortest = 1 if lead_colon is not None and len(parts) > minimum else 2
        if any(len(p.split()) < shortest for p in parts) or sum(len(p.split()) for p in parts) / len(parts) < \
                (2 if shortest == 1 else 3):
            return None
        if any(_DATE_FIELD_RE.fullmatch(p.rstrip(".;, \t")) for p in parts):
            return None  # meaning review 22 (held-out): "Example: Experience in developing presentations; ABC Company;
            # 10/01/2016 - 05/15/2018." is one record whose fields a semicolon separates (what, where, when), not a
            # list of three things: a part that is only a date or a date range marks it
        if lead_colon is None and all(_CLAUSE_ITEM_RE.match(p) for p in parts[1:]) \
                and re.search(r"\bthat\b", parts[0], re.IGNORECASE):
            return None  # meaning review 22 (held-out): "I also certify that I have read the announcement; that I have
            # reviewed my answers ...; and that I understand ...": the first part holds the verb every "that" clause
            # hangs on, so it is no item like the others; the sentence stays as written
        if any(_SENTENCE_ADVERB_RE.match(p) for p in parts[1:]):
            return None  # round 25: "Official transcripts are not required at the time of application; however, if
            # ...; transcripts must be verified": semicolons that join sentences ("; however,") make no list
        separators = []
        # round 9: "One year of specialized experience which includes analyzing ...; reviewing ...;": the lead-in
        # ends its line and the first item is an item like the others, not part of the lead-in
        lead = _LEAD_WORD_RE.search(s, first, semicolons[0])
        if not (lead and len(s[first:lead.start()].split()) >= 4 and re.match(r"[a-z]+ing\b", s[lead.end():])
                and "(" not in s[first:lead.start()] and not _top_level(s[first:lead.start()], ",")):
            lead = None
        if lead is None and lead_colon is None:
            # round 11: "Specialized experience must show ability to lead teams; experience in developing plans; ...":
            # the lead-in ("<subject> must show / must demonstrate / must include") ends its line, the first item
            # (a noun such as "ability", "experience", or an -ing word) is an item like the others
            shown = _MUST_SHOW_RE.match(s, first)
            if shown and "(" not in shown.group() and not _top_level(shown.group(), ","):
                lead = shown
        if lead is None and lead_colon is None:
            lead = _inner_lead(s, first, semicolons[0], parts)
        if lead is None and lead_colon is None:
            lead = _subject_lead(s, first, semicolons[0], parts)
        if lead:
            end = lead.start() + len(lead.group().rstrip())
            separators.append((base + end, base + lead.end(), ":\n- "))
        if lead_colon is not None and not lead:
            if len(s[:lead_colon].split()) < 2:
                return None
            separators.append((base + lead_colon + 1, base + lead_colon + 2, "\n- "))
        else:
            window = text[max(0, base - 40):base]
            line_start = base == 0 or window.rstrip(" \t").endswith("\n") or not text[:base].strip()
            gap = len(window) - len(window.rstrip(" \t"))
            newline = s.rfind("\n", 0, semicolons[0])
            if newline >= 0:  # "OR\nMaster's degree ...; or 2 full years ...": the list starts on the item's own line
                separators.append((base + newline + 1, base + newline + 1, "- "))
            elif re.match(r"\(?\d{1,2}[.)][ \t]", s):  # "2. Customer Service - ...; knows ...": the item keeps its number
                if not line_start:
                    separators.append((base - gap, base, "\n"))
            elif lead:
                if not line_start:
                    separators.append((base - gap, base, "\n"))
            elif heading := _COMPETENCY_HEADING_RE.match(s):
                # "Problem Solving - Identifies problems; determines ...": the competency is the list's heading, not
                # its first item (round 8 bulleted it with its own items, so it read as nested in the list before)
                if not line_start:
                    separators.append((base - gap, base, "\n"))
                separators.append((base + heading.end("head"), base + heading.end(), ":\n- "))
            else:
                separators.append((base - (0 if line_start else gap), base, "- " if line_start else "\n- "))
        for i in semicolons:
            # a line break after ";" too; round 14: "AND"/"OR" in capitals ("...; AND Experience using ...") end
            # their line like "and"/"or", not open the next item
            gap = re.match(r"[ \t]*\n?[ \t]*(?:(and|or|AND|OR)[ \t]+)?", s[i + 1:])
            conjunction = gap.group(1) if gap and gap.group(1) else ""
            replacement = f" {conjunction}\n- " if conjunction else "\n- "  # "; and" stays on the line it ends
            joiner_line = re.match(r"[ \t]*\n[ \t]*(and|or|AND|OR)[ \t]*\n[ \t]*(?=\S)", s[i + 1:])
            if joiner_line:
                # round 14: "...format;\nOR\nProviding ...": the "OR" line between two items keeps its own line
                # and the bullet goes on the item after it, not on the "OR"
                gap, replacement = joiner_line, f"\n{joiner_line.group(1)}\n- "
            separators.append((base + i + 1, base + i + 1 + (gap.end() if gap else 0), replacement))
        # round 14: an item that opens with its own marker ("Duties: a) plan ...; b) ...", "... ; 3) ...") keeps it
        # and gets no bullet before it: one marker per item
        separators = [(a, b, new[:-2]) if new.endswith("- ") and _OWN_MARKER_RE.match(text, b) else (a, b, new)
                      for a, b, new in separators]
        return separators, f"list of {len(parts)} items separated by semicolons -> bulleted list"
    if colons and not semicolons:
        colon = colons[-1]
        body = s[colon + 2:]
        commas = _top_level(body, ",")
        if len(commas) < minimum - 1 or not re.search(r",\s+(?:and|or)\s+[^,]+$", body) or "(" in body:
            return None
        # only when the lead-in announces a list; "Experience supporting, managing, and ..." is not one
        if not re.search(r"\b(?:following|include[sd]?|including|such as|these|areas?|competenc(?:y|ies)|skills|"
                         r"knowledge of|experience (?:in|with))\s*$", s[:colon], re.I):
            return None
        cuts = [0, *[i + 1 for i in commas], len(body)]
        parts = [body[a:b].strip() for a, b in zip(cuts, cuts[1:])]
        if any(not 2 <= len(p.split()) <= 12 for p in parts) or sum(len(p.split()) for p in parts) < 8:
            return None  # one-word items ("policies, principles, concepts") are a noun series, not a list
        if re.match(r"\(?\d{1,2}[.)]", body):
            return None  # "1. Expert knowledge of A, B, and C": a numbered item, not the lead of a list
        if len(s[:colon].split()) < 2:
            return None
        offset = base + colon + 2
        separators = [(base + colon + 1, offset, "\n- ")]
        for i in commas:
            gap = re.match(r"[ \t]*(?:(and|or)[ \t]+)?", body[i + 1:])
            conjunction = gap.group(1) if gap and gap.group(1) else ""
            replacement = f" {conjunction}\n- " if conjunction else "\n- "
            separators.append((offset + i + 1, offset + i + 1 + (gap.end() if gap else 0), replacement))
        return separators, f"inline list of {len(parts)} items -> bulleted list"
    return None


_OWN_MARKER_RE = re.compile(r"[ \t]*\(?(?:\d{1,2}|[a-hA-H]|i{1,3}|iv|vi{0,3}|ix|x)(?:\)|\.(?=[ \t]))[ \t]*(?=\S)")


# a competency name in Title Case, a dash, then its description ("Customer Service - Works with clients ...")
_COMPETENCY_HEADING_RE = re.compile(
    r"(?P<head>[A-Z][\w'\u2019]*(?:[ \t]+(?:[A-Z][\w'\u2019]*|and|of|to|for|the|&)){0,4})[ \t]+[-\u2013\u2014][ \t]+(?=[A-Z][a-z])")


_MUST_SHOW_RE = re.compile(r"[ \t]*(?:-[ \t]+)?[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){1,5}?[ \t]+must[ \t]+(?:also[ \t]+)?"
                           r"(?:show|demonstrate|include)[ \t]+(?=(?:[a-z]+ing|ability|abilities|experience|knowledge|"
                           r"skill|skills|proficiency|expertise)\b)")
_DATE_FIELD_RE = re.compile(r"(?:(?:and|or)[ \t]+)?\d{1,2}/(?:\d{1,2}/)?\d{2,4}(?:[ \t]*(?:-|\u2013|to)[ \t]*"
                            r"(?:\d{1,2}/(?:\d{1,2}/)?\d{2,4}|[Pp]resent))?")
_CLAUSE_ITEM_RE = re.compile(r"(?:(?:and|or)[ \t]+)?that\b", re.IGNORECASE)
_LEAD_WORD_RE = re.compile(r"\b(?:such\s+(?:[a-z-]+\s+){0,2}?as|including|includes?|include)[ \t]+(?=\S)", re.IGNORECASE)


# meaning review 20: a word inside the first part of a semicolon series that leads in to the series' items ("complex
# issues involving participants ...; rapidly-changing policies ...; and a need to ...", "Specialized experience
# includes leading ...; training ...")
_INNER_LEAD_RE = re.compile(r"\b(?:includ(?:e|es|ed|ing)|involv(?:e|es|ed|ing)|such[ \t]+as|concerning|regarding|covering|"
                            # meaning review 21: "... experience equivalent to the GS-11 level analyzing ...; designing
                            # ...; and applying ...": the grade level ends the lead-in before work said in "-ing" items
                            r"(?<=[\dA-Z][ \t]level)(?=[ \t]+[a-z]{2,}ing\b))"
                            r"[ \t]+(?=\S)", re.IGNORECASE)
_COMPETENCY_NOUNS = frozenset({"ability", "abilities", "knowledge", "skill", "skills", "experience", "proficiency",
                               "understanding", "expertise", "familiarity", "demonstrated", "proven", "mastery"})


def _item_kind(item: str) -> str:
    """How a series item opens, to tell parallel items: an "-ing" verb, a competency noun ("Ability to", "knowledge
    of"), or a noun phrase (an article, an adjective, a noun; "rapidly-changing policies" is one too)."""
    first = re.match(r"(?:(?:and|or|AND|OR)[ \t]+)?(?P<word>[A-Za-z][\w'\u2019-]*)", item.strip())
    word = first.group("word").lower() if first else ""
    if word in _COMPETENCY_NOUNS:
        return "competency"
    if re.fullmatch(r"[a-z]{2,}ing", word) and not word.endswith("thing"):
        return "ing"
    return "noun"


def _inner_lead(s: str, first: int, semicolon: int, parts: list[str]) -> re.Match[str] | None:
    """Meaning review 20: the lead-in held inside the first part of a semicolon series, or None.

    "Ability to apply analysis ... to complex issues involving participants with competing interest; rapidly-changing
    policies and information; and a need to ..." was bulleted as three parallel items, the first holding the sentence's
    own lead-in: the items are what "involving" takes. The last "include(s)/including", "involve(s)/involving", "such
    as", "concerning", "regarding" or "covering" of the first part is the lead-in's end when the items after the first
    all open alike, the words after the lead word open like them, and the first part itself does not (so "Knowledge of
    A involving B; skill in C; ability to D", parallel competencies, stays one item per competency).
    """
    kinds = {_item_kind(p) for p in parts[1:]}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    leads = list(_INNER_LEAD_RE.finditer(s, first, semicolon))
    lead = leads[-1] if leads else None
    if lead is None or _item_kind(parts[0]) == kind or _item_kind(s[lead.end():semicolon]) != kind:
        return None
    head = s[first:lead.start()]
    if len(head.split()) < 2 or "(" in head or "\n" in head:
        return None
    return lead


# round 25: a conjunctive adverb that opens the part after a semicolon joins two sentences, not two list items
_SENTENCE_ADVERB_RE = re.compile(r"(?:however|therefore|thus|otherwise|instead|consequently|moreover|furthermore|"
                                 r"nevertheless|hence|accordingly)\b", re.IGNORECASE)
_MODAL_WORDS = frozenset({"will", "must", "may", "can", "should", "shall", "would", "could"})
_PERSON_SUBJECTS = frozenset({"you", "we", "they", "i"})


def _verb_opening(item: str) -> tuple[str, str] | None:
    """The verb an item of a semicolon series opens with and its form ("s" for "reviews", "base" for "review"), or
    None: the word must be a verb the rules know (the duty verbs, the known verbs) or one whose "-ing" form the
    dictionary has."""
    first = re.match(r"(?:(?:and|or|and/or)[ \t]+)?(?:also[ \t]+)?(?P<word>[a-z]+)\b", item.strip())
    if not first:
        return None
    word = first.group("word")
    if word in _DUTY_VERBS:
        return word, "s"
    base = _singular_verb_base(word)
    if base and (base in _known_verbs() or _has_ing_form(base)):
        return word, "s"
    if word in _known_verbs() or _has_ing_form(word):
        return word, "base"
    return None


def _has_ing_form(base: str) -> bool:
    """Whether the dictionary knows the "-ing" form of ``base`` ("brief" -> "briefing"; "data", "senior" have none),
    the test of a verb where no word list names it."""
    from skillhire.plain_language import verb_forms
    from skillhire.readability import _cmudict

    return len(base) > 3 and base not in _MODAL_WORDS and verb_forms(base)["ing"] in _cmudict()  # ("the" -> "thing")


def _subject_lead(s: str, first: int, semicolon: int, parts: list[str]) -> re.Match[str] | None:
    """Round 25: the subject (and modal) that the items of a semicolon series share, when the first part is a whole
    clause, or None.

    "The Chief of Staff's team provides analytical services ...; promotes and coordinates ...; and coordinates
    internal control programs ..." and "You will lead the team; review reports; and brief managers" were bulleted
    as if the parts were parallel, the first holding the sentence's subject: the subject ("The Chief of Staff's team",
    "You will") ends its line as the lead-in and every item opens with its verb. Only when every part after the first
    opens with a known verb in one form (the "-s" form, or the bare form after a modal or "you"/"we"), the first
    part has that form after a subject of one to eight words that opens with a capital and holds no comma, bracket or
    other verb of that form, and the first part's own first word is no verb (parallel items stay as they are).
    """
    openings = [_verb_opening(p) for p in parts[1:]]
    if not all(openings) or len({form for _, form in openings}) != 1:
        return None
    form = openings[0][1]
    head = s[first:semicolon]
    words = list(re.finditer(r"[A-Za-z][\w'\u2019-]*", head))
    if len(words) < 2 or not words[0].group()[:1].isupper() or _verb_opening(words[0].group().lower()):
        return None
    if _COMPETENCY_HEADING_RE.match(s, first) or re.search(r"[ \t][-\u2013\u2014][ \t]", head):
        return None  # "Problem Solving - Identifies and analyzes problems; weighs ...": a competency and its items
    for i, w in enumerate(words[1:9], start=1):
        word = w.group()
        if word.lower() in _MODAL_WORDS or word.lower() == "also":
            continue
        verb = _verb_opening(word.lower())
        if verb is not None and verb[1] == form and not word.islower():
            return None  # a capitalised verb of the same form before ("Identifies and analyzes"): parallel verbs
        if verb is None or verb[1] != form:
            if words[i - 1].group().lower() in _MODAL_WORDS:
                return None  # a modal before a verb of another form ("You must have ...")
            continue
        if words[i - 1].group().lower() in {"which", "that", "who", "and", "or"} or word in {"includes", "include"}:
            return None  # the verb of a relative clause ("experience which includes ...") or a second verb
        before = [x.group().lower() for x in words[:i]]
        if form == "base" and not (before[-1] in _MODAL_WORDS or before in (["you"], ["we"])):
            return None
        if form == "s" and any(x in _MODAL_WORDS for x in before):
            return None
        subject = head[:w.start()]
        if re.search(r"[,()\[\]:]", subject) or "\n" in subject:
            return None
        return re.compile(r"[ \t]*" + re.escape(subject.strip()) + r"[ \t]+").match(s, first)
    return None


_TIME_LIMIT_RE = re.compile(r"\b(?:by|before|within|until|no later than|prior to)\s+(?:the|this|that|\d)", re.IGNORECASE)


def _mask_brackets(s: str) -> str:
    """``s`` with the text inside brackets and double quotes replaced by "x" (same length, same offsets)."""
    out = list(s)
    for i, c, inside in _scan_brackets(s):
        if inside and c != "\n":
            out[i] = "x"
    return "".join(out)


def _lead_word_enumeration(s: str, base: int, ctx: _Context) -> tuple[list[tuple[int, int, str]], str] | None:
    """"... such as A, B, and C." at the end of a sentence -> "... such as:" and one item per line.

    "such duties as A, B, and C" (one or two words between "such" and "as") leads a list the same way.

    Only when the enumeration runs to the end of the sentence, has at least ``min_list_items`` items of two to
    twelve words each (commas inside brackets do not count), ends with "and"/"or", and the sentence has no
    semicolon or colon (those are handled by the other list forms).
    """
    masked = _mask_brackets(s)
    if ";" in masked or ":" in masked:
        return None
    minimum = ctx.options.min_list_items
    for lead in _LEAD_WORD_RE.finditer(masked):
        body = masked[lead.end():]
        commas = [i for i, c in enumerate(body) if c == ","]
        if len(commas) < minimum - 1 or not re.search(r",\s+(?:and|or)\s+[^,]+$", body):
            continue
        if len(masked[:lead.start()].split()) < 2:
            return None
        cuts = [0, *[i + 1 for i in commas], len(body)]
        parts = [re.sub(r"^(?:and|or)\s+", "", s[lead.end() + a:lead.end() + b].strip()) for a, b in zip(cuts, cuts[1:])]
        if any(not 2 <= len(p.split()) <= 12 for p in parts):
            return None
        if _TIME_LIMIT_RE.search(parts[-1]):
            return None  # "A, B, and C by the closing date": the time limit is for every item, not the last
        gap_start = base + lead.end() - len(lead.group()) + len(lead.group().rstrip(" \t"))
        separators = [(gap_start, base + lead.end(), ":\n- ")]
        offset = base + lead.end()
        for i in commas:
            gap = re.match(r"[ \t]*(?:(and|or)[ \t]+)?", body[i + 1:])
            conjunction = gap.group(1) if gap and gap.group(1) else ""
            replacement = f" {conjunction}\n- " if conjunction else "\n- "
            separators.append((offset + i + 1, offset + i + 1 + (gap.end() if gap else 0), replacement))
        word = re.sub(r"\s+", " ", lead.group().strip().lower())
        return separators, f'inline list of {len(parts)} items after "{word}" -> bulleted list'
    return None


# plainlists: a long sentence that ends in a series of three or more items of two words or more, each opening with the
# same kind of word as the first item after its anchor: "-ing" verbs after a preposition or "experience" ("... by
# applying technical knowledge, analyzing problems, and calculating risks."), base verbs after a single "to" or modal
# ("... works with clients to assess their needs, give information or help, resolve their problems, or satisfy their
# expectations."), or plain noun phrases after the last preposition ("... the principles and concepts of data
# analytics, information resource management, ..., and data transformation."). The lead-in ends with a colon and every
# item completes it (Federal Plain Language Guidelines, "Use vertical lists": each item completes the lead-in
# sentence, items are parallel).
_SERIES_ING_ANCHORS = frozenset({"experience", "in", "of", "for", "by", "on", "at", "with", "include", "includes",
                                 "included", "involves", "involving", "involve", "require", "requires"})
# base verbs of duty and qualification statements that the rules' data (``_known_verbs``) does not hold
_SERIES_BASE_VERBS = frozenset({"satisfy", "increase", "attract", "plan", "lead", "calculate", "report", "manage",
                                "write", "track", "train", "coordinate", "monitor", "maintain", "design", "test",
                                "collect", "communicate", "negotiate", "advise", "brief", "draft", "analyze", "evaluate",
                                "identify", "improve", "resolve", "assess", "present", "interpret", "apply", "build",
                                "create", "define", "deliver", "direct", "explain", "keep", "organize", "produce",
                                "recommend", "solve", "supervise", "conduct", "prepare", "review", "develop", "give",
                                # plainlists2: base verbs of the plain forms the boilerplate rule writes ("to find out
                                # what they need, give information or help, ...") and of everyday duty statements
                                "find", "take", "make", "share", "check", "handle"})
_SERIES_OPENER_RE = re.compile(r"[ \t]*(?P<conj>(?:and/or|and|or)[ \t]+)?(?:(?!only\b)[a-z]+ly[ \t]+)?"
                               r"(?P<word>[a-z]+)\b")
_SERIES_ING_RE = re.compile(r"(?<![\w'\u2019-])(?P<anchor>[a-z]+)[ \t]+(?:(?!only\b)[a-z]+ly[ \t]+)?"
                            r"(?P<word>[a-z]{4,}ing)\b")
_SERIES_TO_RE = re.compile(r"(?<![\w'\u2019-])(?P<anchor>to|will|must|may|can|should|would|could)[ \t]+"
                           r"(?:(?!only\b)[a-z]+ly[ \t]+)?(?P<word>[a-z]+)\b")
_SERIES_NOUN_OPENER_RE = re.compile(r"[ \t]*(?P<conj>(?:and/or|and|or)[ \t]+)?(?P<word>[A-Za-z][\w'\u2019-]*)")
_SERIES_INNER_AND_RE = re.compile(r"[ \t]+(?P<conj>and|or)[ \t]+(?=(?:(?!only\b)[a-z]+ly[ \t]+)?[a-z]{4,}ing\b)")

_SERIES_END_HINT_RE = re.compile(r",[ \t]*(?:and/or|and|or)[ \t]|[ \t](?:and|or)[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]{4,}ing\b")
_PATH_WORDS_RE = re.compile(r"\b(?:degree|education|semester|experience|transcripts?|(?:GS|GG|NH|CN)-?[ \t]?\d|"
                            r"grade)\b", re.IGNORECASE)


def _series_opener(kind: str, word: str) -> bool:
    """Does ``word`` open an item of a series of this kind ("ing": a gerund; "to": a base verb; "noun": a word of a
    plain noun phrase)?"""
    if kind == "ing":
        return len(word) > 5 and word.endswith("ing") and word not in _NOT_GERUNDS | _ING_NOUNS
    if kind == "noun":
        return word.lower() not in _SERIES_NOT_IN_NOUN and not re.search(r"(?:ing|ly)$", word.lower())
    return word in _SERIES_BASE_VERBS or word in _known_verbs()


# words that no item of a series of plain noun phrases holds: prepositions (which of them the series hangs on would be
# open, and one may carry a phrase that holds for every item), "to", relative words, pronouns, modals and verbs of being
_SERIES_PREPOSITIONS = frozenset({"in", "of", "with", "for", "on", "at", "from", "about", "by", "into", "through",
                                  "within", "across", "under", "over", "between", "among", "during", "via", "per",
                                  "toward", "towards", "without", "throughout", "including", "like", "as"})
_SERIES_NOT_IN_NOUN = _SERIES_PREPOSITIONS | frozenset({
    "to", "that", "which", "who", "whom", "whose", "where", "when", "if", "than", "such", "etc", "you", "we", "they",
    "it", "he", "she", "i", "is", "are", "was", "were", "be", "been", "will", "must", "may", "can", "should", "would",
    "could", "has", "have", "had", "do", "does", "not", "but", "nor", "so", "then", "there", "also"})


def _parallel_series(s: str, base: int, ctx: _Context, text: str, *, indent: str = ""
                     ) -> tuple[list[tuple[int, int, str]], str] | None:
    """A long sentence ending in a series of parallel phrases -> its lead-in with a colon and one item per line.

    The series is found from the end of the sentence: the items after its commas (the last after ", and" / ", or",
    or, for "-ing" items, after a bare "and"/"or" before an "-ing" word) must each open with the kind's word, have two
    to twelve words (noun phrases: at most six), and run to the end of the sentence; the first item starts at the one
    anchor in the text before the first comma of the series ("to" or a modal before a base verb; a preposition,
    "experience" or "include(s)" before an "-ing" word; the last preposition before noun phrases, none of which may
    hold a preposition, "to", a relative word or a verb of being). Where there are two anchors, or none, or another
    "-ing" word inside the first item that does not follow "and"/"or" (where the item starts is then open), a chain of
    prepositions or a partitive before noun phrases ("a threat to the mission of A, B, and C"; "all of the following
    systems, A, B"), a semicolon, colon or question mark in the sentence, a lead-in shorter than ``min_piece_words``,
    a time limit on the last item that holds for all of them, "or" between qualification paths, or a questionnaire's
    question or answer option, nothing changes. ``indent`` goes before each bullet (a list inside a list item, which
    may end with its list's semicolon: "(2) Customer Service - Works with clients to assess ...; and").
    """
    if not _SERIES_END_HINT_RE.search(s) or len(list(word_spans(s))) <= ctx.options.split_above_words:
        return None  # no ", and" / ", or" (nor a bare "and" before an -ing word): no series (a cheap test first)
    masked = _mask_brackets(s)
    # a list item may end with the semicolon of its list ("(2) Customer Service - Works with ...; and")
    tail = re.search(r"(?:\.|;(?:[ \t]+(?:and|or|AND|OR))?)?[ \t]*$" if indent else r"\.?[ \t]*$", masked)
    end = tail.start()
    if any(c in masked[:end] for c in ";:?!") or "?" in masked or "\n" in masked.strip():
        return None
    commas = [i for i, c in enumerate(masked[:end]) if c == "," and masked[i + 1:i + 2] in (" ", "\t")]  # not "$40,000"
    if not commas:
        return None
    line_start = text.rfind("\n", 0, base) + 1
    line_end = text.find("\n", base + len(s)) % (len(text) + 1)
    if _rated_statement(text, line_start, line_end) or _question_item(text, base + len(s)):
        return None  # a questionnaire's question or answer option keeps its shape (round 12)
    last = len(commas) - 1
    for kind in ("ing", "to", "noun"):
        items: list[tuple[int, int]] = []  # the items after the series' commas, from the end, in ``masked`` offsets
        inner: tuple[int, int] | None = None  # a bare "and"/"or" before the last "-ing" item (no serial comma)
        k = last
        while k >= 0:
            start, stop = commas[k] + 1, commas[k + 1] if k < last else end
            opener = (_SERIES_NOUN_OPENER_RE if kind == "noun" else _SERIES_OPENER_RE).match(masked, start, stop)
            if not opener or not _series_opener(kind, opener.group("word")):
                break
            if k == last and not opener.group("conj"):
                joins = list(_SERIES_INNER_AND_RE.finditer(masked, start, stop)) if kind == "ing" else []
                if not joins:
                    break
                inner = (joins[-1].start(), joins[-1].end())
                items.append((inner[1], stop))
                stop = inner[0]
            elif k < last and opener.group("conj"):
                break  # "and" inside the series: its items are not one flat list
            items.append((start, stop))
            k -= 1
        if k == last or len(items) < ctx.options.min_list_items - 1:
            continue
        first_comma = commas[k + 1]
        segment_start = commas[k] + 1 if k >= 0 else 0
        segment = masked[segment_start:first_comma]
        if kind == "ing":
            anchors = [m for m in _SERIES_ING_RE.finditer(segment)
                       if m.group("anchor").lower() in _SERIES_ING_ANCHORS and _series_opener("ing", m.group("word"))]
            others = [m.start() for m in re.finditer(r"\b[a-z]{4,}ing\b", segment) if _series_opener("ing", m.group())]
        elif kind == "noun":
            # the first item starts after the last preposition before the series' first comma; no item holds one
            anchors = [m for m in re.finditer(r"(?<![\w'\u2019-])(?P<anchor>[a-z]+)(?=[ \t]+\S)", segment)
                       if m.group("anchor") in _SERIES_PREPOSITIONS][-1:]
            others = []
            # a chain of prepositions before the series ("a threat to the mission of the Air Force, national security,
            # and public safety"; "through improvements or advances in A, B, and C"), a partitive ("all of the
            # following systems, A, B") or a lead phrase as the first item ("the following", "these"): which words the
            # series shares is open
            before = re.findall(r"[A-Za-z'\u2019]+", segment[:anchors[0].start()])[-4:] if anchors else []
            if anchors and (any(w.lower() in _SERIES_PREPOSITIONS | {"to"} for w in before)
                            or (before and before[-1].lower() in {"all", "both", "each", "any", "none", "most", "some"})
                            or re.search(r"\b(?:following|these|those|above|below)\b",
                                         masked[segment_start + anchors[0].end():first_comma], re.IGNORECASE)):
                continue
            if anchors and any(w.lower().strip("'\u2019") in _SERIES_NOT_IN_NOUN or w.lower().endswith("ly")
                               for a, b in [(segment_start + anchors[0].end(), first_comma), *items]
                               for w in re.findall(r"[A-Za-z'\u2019]+", masked[a:b])[1 if (a, b) in items else 0:]
                               if w.lower() not in {"and", "or"}):
                continue
        else:
            anchors = [m for m in _SERIES_TO_RE.finditer(segment) if _series_opener("to", m.group("word"))]
            if len(re.findall(r"(?<![\w'\u2019-])(?:to|will|must|may|can|should|would|could)\b", segment)) != 1:
                continue  # two of "to" and the modals: which one the series hangs on is open
            others = []
        if len(anchors) != 1:
            continue
        first_start = segment_start + anchors[0].end("anchor")
        first_start += len(masked[first_start:end]) - len(masked[first_start:end].lstrip(" \t"))
        if any(segment_start + at > first_start and not re.search(r"(?:\band|\bor|,)[ \t]+(?:[a-z]+ly[ \t]+)?$",
                                                                    masked[first_start:segment_start + at])
               for at in others):
            continue
        spans = [(first_start, first_comma), *reversed(items)]
        words = [len(re.sub(r"^(?:and/or|and|or)[ \t]+", "", s[a:b].strip()).split()) for a, b in spans]
        if any(not 2 <= n <= 12 for n in words[1:]) or not 2 <= words[0] <= 15 or (kind == "noun" and max(words) > 6):
            continue
        lead = re.sub(r"^[ \t]*(?:[-*\u2022\u25aa\u25cf\u2013\u2014]|\(?\w{1,3}[.)])[ \t]+", "",
                      s[:first_start]).strip()
        if len(lead.split()) < ctx.options.min_piece_words or _TIME_LIMIT_RE.search(s[spans[-1][0]:spans[-1][1]]):
            continue
        if re.match(r"[ \t]*or\b", s[spans[-1][0]:]) and _PATH_WORDS_RE.search(s[spans[0][0]:end]):
            continue  # "... by having a degree, completing 24 semester hours, or having one year of experience":
            # alternative qualification paths keep their sentence, so the "or" between them stays in view
        bullet = f"\n{indent}- "
        gap_start = len(s[:first_start].rstrip(" \t"))
        separators = [(base + gap_start, base + first_start, ":" + bullet)]
        for (a, _b), (c, _d) in zip(spans, spans[1:]):
            if inner and c == inner[1]:
                separators.append((base + inner[0], base + inner[1], f" {s[inner[0]:inner[1]].strip()}{bullet}"))
                continue
            comma = masked.rfind(",", a, c)
            gap = re.match(r"[ \t]*(?:(and/or|and|or)[ \t]+)?", s[comma + 1:])
            conj = gap.group(1) or ""
            separators.append((base + comma + 1, base + comma + 1 + gap.end(), f" {conj}{bullet}" if conj else bullet))
        what = {"ing": "-ing phrases", "noun": "noun phrases"}.get(
            kind, f'verb phrases after "{anchors[0].group("anchor")}"')
        return separators, (f"long sentence ending in a series of {len(spans)} {what} -> its lead-in with a colon "
                            "and one item per line, each completing it")
    return None


def _item_series(s: str, base: int, ctx: _Context, text: str) -> tuple[list[tuple[int, int, str]], str] | None:
    """A list item that is a long sentence ending in a series of parallel phrases: the series becomes a list inside
    the item, its bullets lined up with the item's text (under "2. Customer Service", three spaces in)."""
    return _parallel_series(s, base, ctx, text, indent=_item_indent(text, base))


def _item_indent(text: str, pos: int) -> str:
    """The indent of the text of the list item whose line holds ``pos``: its marker's width in spaces ("- ", "2. ",
    "\u2022 "), after the line's own indent, so a list or paragraph inside the item lines up with its text."""
    line_start = text.rfind("\n", 0, pos) + 1
    marker = _ITEM_LABEL_RE.match(text, line_start) or re.match(r"[ \t]*o[ \t]+", text[line_start:])
    width = marker.end() - (line_start if marker.re is _ITEM_LABEL_RE else 0) if marker else 2
    lead = re.match(r"[ \t]*", text[line_start:]).group()
    return lead + " " * (width - len(lead)) if width > len(lead) else lead + "  "


_SUBJECT_START = re.compile(
    r"(?:you|we|they|it|this|these|those|there|he|she|the\s+\w+|our|your|each|all|applicants|candidates)\s+"
    r"(?:\w+\s+)?(?:must|will|may|should|can|cannot|are|is|have|has|need|needs|do|does|were|was|\w+s|\w+ed)\b",
    re.IGNORECASE,
)


# a heading in capitals before a colon, at least two words of two capitals or more ("OR MEET TIME IN GRADE (TIG)
# REQUIREMENT:", "AND TIME AFTER COMPETITIVE APPOINTMENT:")
# round 11: a plural acronym in brackets counts as capitals ("KNOWLEDGE, SKILLS AND ABILITIES (KSAs):")
_CAPS_HEADING_RE = re.compile(r"(?=(?:[^:\n]*?[A-Z]{2,}){2})[A-Z](?:[A-Z0-9 ()'/&,\u2019-]|(?<=[A-Z]{2})s(?=\))){7,80}:"
                              r"(?=[ \t\n]|$)")
# round 11: one or more headings in capitals that fill the rest of a line after a lead-in's colon ("... by the closing
# date of this announcement: GS-14 SPECIALIZED EXPERIENCE:", "...: SPECIALIZED EXPERIENCE: GS-14 LEVEL:")
_CAPS_HEADING_RUN_RE = re.compile(rf"(?:{_CAPS_HEADING_RE.pattern}[ \t]*)+$")


def _is_caps_heading(label: str) -> bool:
    """A label in capitals: two runs of two capitals or more, no lower-case letter but the "s" of a plural acronym
    in brackets ("KNOWLEDGE, SKILLS AND ABILITIES (KSAs)")."""
    return (len(re.findall(r"[A-Z]{2,}", label)) >= 2
            and not re.search(r"[a-z]", re.sub(r"(?<=[A-Z]{2})s(?=\))", "", label)))
# round 11: a sentence end, then the number of a heading in capitals ("... environment. ECQ 2. " before "LEADING PEOPLE:",
# "... qualify.asp. A. " before "EXECUTIVE CORE QUALIFICATIONS:")
_NUMBERED_HEADING_AFTER_RE = re.compile(r"(?<=[.!?])[)\"'\u201d]?(?P<gap>[ \t]+)(?:[A-Z]{1,5}[ \t]+)?(?:\d{1,3}|[A-Z]|[IVX]{1,4})\."
                                        r"[ \t]+$")
_HEADING_NUMBER_START_RE = re.compile(r"(?:[A-Z]{1,5}[ \t]+)?(?:\d{1,3}|[A-Z]|[IVX]{1,4})\.[ \t]+")
# round 11: a short heading in Title Case or capitals with its colon ("Note:", "NOTE(s):", "Basic Requirement:", "Time
# After Competitive Appointment:", "AND Specialized Experience:", "For the GS-07:", "Minimum Qualifications for GS-12:"):
# at most seven words, each capitalised, a grade, or a short joiner; not a one-word instruction ("See: Administrative and
# Management Positions ...", "Visit:", "Call:")
_HEADING_JOINERS = r"(?:for|the|of|and|or|in|to|a|an|on|at|by|with|level|grade)"
_TITLE_HEADING_RE = re.compile(
    rf"(?!(?:See|Visit|Click|Call|Contact|Email|Refer|Go|Apply|Send|Submit):)(?:(?:AND|OR)[ \t]+)?[A-Z][\w'\u2019()/&-]*(?:[ \t]+(?:[A-Z0-9][\w'\u2019()/&-]*|{_HEADING_JOINERS})){{0,6}}:")
# what ends "before" is the heading's own number, not a sentence: "ECQ 1. LEADING CHANGE:", "A. EDUCATION:"
_HEADING_NUMBER_RE = re.compile(r"(?:^|[\s:;])(?:[A-Z]{1,5}[ \t]+)?(?:\d{1,3}|[A-Z]|[IVX]{1,4})\.[ \t]+$")


# plainlists: a "Note:" label run onto the text before it where a line break was lost ("... for broad and varied
# operations Note: Creditable experience may include ...", "... Database Management Systems Note: A full year of work
# is ..."): no full stop before it, a capitalised sentence after it
_GLUED_NOTE_RE = re.compile(r"(?<=[a-z0-9)])(?P<gap>[ \t]+)(?=(?:Note|NOTE|Notes|NOTES):[ \t]+[A-Z][a-z]*[ \t]+[a-z])")


# round 25: a heading in capitals with its colon run on after a web address on the same line ("... click on the
# following link: http://www.opm.gov/.../num-ndx.asp PART-TIME OR UNPAID EXPERIENCE: Credit will be given ..."):
# nothing but the address ends the sentence before it, and the address cannot take a full stop
_HEADING_AFTER_URL_RE = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+(?P<gap>[ \t]+)(?=" + _CAPS_HEADING_RE.pattern + ")")


def _rule_split(text: str, protected: list[tuple[int, int]], legal: list[tuple[int, int]], ctx: _Context) -> list[_Edit]:
    edits: list[_Edit] = []
    for m in _HEADING_AFTER_URL_RE.finditer(text):
        if _ITEM_LABEL_RE.match(text, text.rfind("\n", 0, m.start()) + 1):
            continue  # on a list item's line the lists rule first moves the text run onto the item to its own paragraph
        if not overlaps(legal, m.start(), m.end()):
            edits.append(_Edit(m.start("gap"), m.end("gap"), "\n", "split-sentences",
                               "a heading in capitals after a web address on the same line -> its own line",
                               _SPLIT_SOURCE))
    limit = ctx.options.split_above_words
    minimum = ctx.options.min_piece_words
    masked = _mask_brackets(text) if re.search(r"(?:Note|NOTE)S?:", text) else ""
    for m in _GLUED_NOTE_RE.finditer(masked):
        if not overlaps(legal, m.start(), m.end() + 5) and not overlaps(protected, m.start(), m.end()):
            edits.append(_Edit(m.start(), m.end(), "\n\n", "split-sentences", '"Note:" run onto the text before it '
                               "with no full stop (a line break lost in the copy) -> a paragraph of its own",
                               _SPLIT_SOURCE))
    for sentence in split_sentences(text):
        s = sentence.text
        if overlaps(legal, sentence.start, sentence.end):
            continue
        edits += _missing_spaces(s, sentence.start)
        if _vertical_list(s):
            continue
        before = text[text.rfind("\n", 0, sentence.start) + 1:sentence.start]
        # round 11: the sentence before may close with a bracket or quote ("(Send a copy of your transcript.) KNOWLEDGE,
        # SKILLS AND ABILITIES (KSAs):")
        gap = re.search(r"(?<=[.!?])[)\]\"'\u201d\u2019]?([ \t]+)$", before)
        if gap and _CAPS_HEADING_RE.match(s) and not _HEADING_NUMBER_RE.search(before):
            # round 9: "... software programs. OR MEET TIME IN GRADE (TIG) REQUIREMENT: For jobs ...": a heading in
            # capitals that ends a line (below) also starts one
            edits.append(_Edit(sentence.start - len(gap.group(1)), sentence.start, "\n", "split-sentences",
                               "a heading in capitals after a sentence on the same line -> its own line", _SPLIT_SOURCE))
        elif _CAPS_HEADING_RE.match(s) and _NUMBERED_HEADING_AFTER_RE.search(before):
            # round 11: "... changing environment. ECQ 2. LEADING PEOPLE:" -> the heading starts its own line with its
            # number ("ECQ 2."), which the round-9 rule above leaves where it is
            numbered = _NUMBERED_HEADING_AFTER_RE.search(before)
            cut = sentence.start - len(before) + numbered.start("gap")
            edits.append(_Edit(cut, cut + len(numbered.group("gap")), "\n", "split-sentences",
                               "a numbered heading in capitals after a sentence on the same line -> its own line",
                               _SPLIT_SOURCE))
        elif gap and _HEADING_NUMBER_START_RE.match(s) and _CAPS_HEADING_RE.match(s, _HEADING_NUMBER_START_RE.match(s).end()) \
                and not _HEADING_NUMBER_RE.search(before):
            # round 11: "... qualify.asp. A. EXECUTIVE CORE QUALIFICATIONS:" (the number in the same sentence)
            edits.append(_Edit(sentence.start - len(gap.group(1)), sentence.start, "\n", "split-sentences",
                               "a numbered heading in capitals after a sentence on the same line -> its own line",
                               _SPLIT_SOURCE))
        elif gap and _TITLE_HEADING_RE.fullmatch(s) and re.match(r"[ \t]*(?:\n|$)", text[sentence.end:]) \
                and not _HEADING_NUMBER_RE.search(before):
            # round 11: "... differential and integral calculus. Note:\nCourses ...", "... at the GS-05 level for 52
            # weeks. Time After Competitive Appointment:\nCandidates ...": a short heading in Title Case (or capitals)
            # that ends a line after a sentence on it starts its own line
            edits.append(_Edit(sentence.start - len(gap.group(1)), sentence.start, "\n", "split-sentences",
                               "a heading that ends a line after a sentence on it -> its own line", _SPLIT_SOURCE))
        for m in _CAPS_JOINER_RE.finditer(s):
            # round 11: "... from accredited institutions AND You must send a copy of your transcripts ...": "AND" / "OR" in
            # capitals between two full sentences -> the first ends, the joiner stands on its own line (as the
            # posting's "OR" lines between paths do), the second starts on the next
            if len(s[:m.start()].split()) >= minimum and _SUBJECT_START.match(s, m.end()):
                edits.append(_Edit(sentence.start + m.start(), sentence.start + m.end(),
                                   f".\n{m.group('joiner')}\n", "split-sentences", f'"{m.group("joiner")}" in capitals '
                                   "between two full sentences -> two sentences, the joiner on its own line",
                                   _SPLIT_SOURCE, in_names=True))  # "AND You" looks like a name; both words stay
        for m in _OR_PATH_RE.finditer(s):  # each qualification path in its own paragraph
            if len(s[:m.start()].split()) >= minimum and len(s[m.end():].split()) >= minimum:
                edits.append(_Edit(sentence.start + m.start(), sentence.start + m.end(), "\n\n", "split-sentences",
                                   '"OR" between two qualification paths -> each path in its own paragraph',
                                   _SPLIT_SOURCE))
        long_sentence = len(list(word_spans(s))) > limit
        if not long_sentence:
            edits += _label_lines(s, sentence.start, minimum, labels_only=True,
                                   item=sentence.list_item and not _question_item(text, sentence.end))
            continue
        # (a) semicolons between full clauses
        for i in _top_level(s, ";"):
            left, right = s[:i], s[i + 1:].lstrip()
            gap = len(s[i + 1:]) - len(right)
            right_clause = re.split(r";", right)[0]
            left_clause = re.split(r";", left)[-1]
            if len(left_clause.split()) < minimum or len(right_clause.split()) < minimum or not right:
                continue
            if re.match(r"(?:and|or|but|nor|then)\b", right, re.I) or _LEAD_IN_SEMICOLON_RE.search(
                    s[:_top_level(s, ";")[0]]):
                continue  # (meaning review 18: "... may include, but not limited to; responses ...; completion ..." is
                # one sentence: its parts are the items of its lead-in)
            if re.match(r"including\b", right, re.I):
                # meaning review 21: "... connected to a change effort; including those actively involved, ..." is
                # ", including" typed with a semicolon: "Including those ..." alone is a fragment; said as rule (d)
                # says ", including X."
                a = sentence.start + i
                edits.append(_Edit(a, a + 1 + gap + len("including"), ". This includes", "split-sentences",
                                   '"; including X" at the end of a long sentence -> ". This includes X."',
                                   _SPLIT_SOURCE))
                continue
            if re.match(r"(?:such[ \t]+as|especially|particularly|in[ \t]+particular|namely|e\.g\.|i\.e\.)(?![\w-])",
                        right, re.I):
                continue  # meaning review 21: examples that complete the sentence before, no sentence of their own
            if re.match(r"(?:that|whether|which|who|whom|whose)\b", right, re.I):
                continue  # meaning review 22 (held-out): "I certify that I have read the announcement; that I have
                # reviewed my answers ...; and that I understand ...": the parts after the first are clauses of the
                # same verb, and "That I have reviewed my answers." alone is a fragment
            # without a subject, only parallel parts of a sentence with no lead-in colon ("Identifies problems;
            # determines accuracy ...") can stand apart
            # meaning review 18: not an "-ing" part ("... through IT security activities; participating in analyses
            # of ...": it goes on the experience before it, and alone it is a fragment, "Taking part in analyses ...")
            parallel = not _top_level(left, ":") and right[:1].islower() and not _ing_fragment(left_clause, right_clause)
            if not (_SUBJECT_START.match(right) or parallel
                    or re.match(r"(?:however|therefore|otherwise|also)\b", right, re.I)):
                continue
            a = sentence.start + i
            edits.append(_Edit(a, a + 1 + gap + 1, ". " + right[:1].upper(), "split-sentences",
                               "semicolon between two full sentences -> two sentences", _SPLIT_SOURCE))
        # (b) ", and you ..." / ", but we ..." between full clauses
        for m in re.finditer(r",\s+(and|but|so)\s+(?=(?:you|we)\s+(?:must|will|may|should|can|cannot|are|have|need|do)\b)",
                             s, re.I):
            if len(s[:m.start()].split()) < minimum:
                continue
            joiner = m.group(1).lower()
            follow = s[m.end():m.end() + 1]
            new = ". " + follow.upper() if joiner == "and" else f". {joiner.capitalize()} {follow}"
            edits.append(_Edit(sentence.start + m.start(), sentence.start + m.end() + 1, new, "split-sentences",
                               f'", {joiner}" joins two full sentences -> two sentences', _SPLIT_SOURCE))
        # (d) ", including X." at the end of a long sentence -> ". This includes X." (text in brackets, such as
        # "(e.g., professional; religious)", is part of X)
        masked = _mask_brackets(s)
        m = re.search(r",\s+including\s+(?=[^,;:]*(?:,[^;:]*)?[.!?]?$)", masked)
        if m and len(s[:m.start()].split()) >= minimum and len(s[m.end():].split()) >= 2 and not \
                _FRAGMENT_START.match(s.lstrip("-*\u2022 \t")) and not _PARENTHETICAL_END_RE.search(masked, m.end()):
            edits.append(_Edit(sentence.start + m.start(), sentence.start + m.end(), ". This includes ",
                               "split-sentences", '", including ..." at the end of a long sentence -> its own '
                               "sentence", _SPLIT_SOURCE))
        # (d2) round 18: "... field including but not limited to A, B, C." (with or without commas) at the end of a long
        # sentence -> "... field. This includes, but is not limited to, A, B, C.": the open-ended "not limited to" is
        # said again, so the examples stay examples; not after an opening subordinate clause or a participle (the first
        # part would be a fragment), not before a semicolon or colon (a list goes on)
        m = re.search(r"(?P<cut>,?[ \t]+including,?[ \t]+but[ \t]+(?:are[ \t]+|is[ \t]+)?not[ \t]+limited[ \t]+to,?[ \t]+)"
                      r"(?=[^;:]*[.!?]?$)", masked, re.IGNORECASE)
        if m and len(s[:m.start()].split()) >= minimum and len(s[m.end():].split()) >= 2 and not \
                _FRAGMENT_START.match(s.lstrip("-*\u2022 \t")) and not _OWN_MARKER_RE.fullmatch(s[:m.start()]) \
                and not _PARENTHETICAL_END_RE.search(masked, m.end()):
            # (a list only where the sentence ends its line: text after it would be run onto the last item)
            breaks = _example_breaks(s[m.end():], masked[m.end():]) if not sentence.list_item and re.match(
                r"[ \t]*(?:\n|$)", text[sentence.end:]) else None
            if breaks:  # three or more examples of two words or more: one per line (Use vertical lists)
                reason = ('"... including but not limited to A, B, C" at the end of a long sentence -> its own sentence, '
                          "still open-ended, with one example per line")
                edits.append(_Edit(sentence.start + m.start(), sentence.start + m.end(),
                                   ". This includes, but is not limited to:\n- ", "lists", reason, _LIST_SOURCE))
                edits += [_Edit(sentence.start + m.end() + a, sentence.start + m.end() + b, "\n- ", "lists", reason,
                                _LIST_SOURCE) for a, b in breaks]
            else:
                edits.append(_Edit(sentence.start + m.start(), sentence.start + m.end(),
                                   ". This includes, but is not limited to, ", "split-sentences",
                                   '"... including but not limited to ..." at the end of a long sentence -> its own '
                                   "sentence, still open-ended", _SPLIT_SOURCE))
        # (e) ", which ..." ending a long sentence -> ". This ..." (". These ..." before a plural verb)
        # the clause may end in a series of nouns ("which have common structures, processes and techniques.")
        m = re.search(r",\s+which\s+(?!(?:when|if|while|once|after|before|as|in|of|for|with|to|by|at|on)\b)"
                      r"(?=([a-z]+)\b(?:[^,;:]*|(?:(?:(?!\s(?:and|or)\s)[^,;:]){1,40},){1,4}[^,;:]{0,40}\s(?:and|or)\s"
                      r"(?![^,;:]*\b(?:you|we|they|will|must|may|should|can|is|are)\b)[^,;:]{1,40})$)", masked)
        if m and len(s[:m.start()].split()) >= minimum and len(s[m.end():].split()) >= minimum and not \
                _FRAGMENT_START.match(s.lstrip("-*\u2022 \t")):
            pronoun = "These" if m.group(1) in _PLURAL_VERBS else "This"
            edits.append(_Edit(sentence.start + m.start(), sentence.start + m.end(), f". {pronoun} ",
                               "split-sentences", f'", which ..." at the end of a long sentence -> "{pronoun} ..." '
                               "in its own sentence", _SPLIT_SOURCE))
        # (f) one subject, two modal verbs: "X may be used ..., and may be computed ..." -> "... . It may be ..."
        edit = _second_predicate(s, masked, sentence.start, minimum) or _job_second_predicate(
            s, masked, sentence.start, minimum)
        if edit:
            edits.append(edit)
        # (g) "... equal to the GS-12 grade level in the Federal service which includes X" -> "... . This includes
        # X": the relative clause after a grade (the level of the experience asked for) describes that experience
        m = _GRADE_WHICH_RE.search(masked)
        if m and len(s[:m.start("cut")].split()) >= minimum and len(s[m.end():].split()) >= minimum:
            edits.append(_Edit(sentence.start + m.start("cut"), sentence.start + m.end(), ". This includes ",
                               "split-sentences", '"... grade level which includes X" -> "This includes X" in its '
                               "own sentence", _SPLIT_SOURCE))
        # (i) "... experience ... in the private or public sector as a computer scientist analyzing ..." -> "... sector.
        # This must be experience as a computer scientist analyzing ...": what the experience is, in its own sentence
        m = _WHERE_EXPERIENCE_RE.search(masked)
        if m and "experience" in s[:m.start()].lower() and len(s[m.end():].split()) >= minimum \
                and m.group("how").lower() not in _NOT_GERUNDS and not _FIRST_PERSON_START_RE.match(s):
            # (meaning review 22, held-out: not in an answer the applicant gives about themself, "I have one year of
            # IT related experience in the federal service ... demonstrating the four competencies": "This must be
            # experience ..." turns the applicant's claim into our requirement)
            edits.append(_Edit(sentence.start + m.start("cut"), sentence.start + m.end("cut"),
                               ". This must be experience ", "split-sentences",
                               'what the experience must be ("as a ...", "doing ...") after where it was gained -> its '
                               "own sentence", _SPLIT_SOURCE))
        # (j) "You must have one year of specialized experience equal to the GS-11 grade level ..." -> "You must have
        # one year of specialized experience. It must be equal to the GS-11 grade level ...": how much, then what level
        m = _EXPERIENCE_LEVEL_RE.search(masked)
        if m and _LEVEL_THEN_DOING_RE.match(masked, m.end()):
            m = None  # meaning review 21: "... specialized experience equivalent to the GS-11 level analyzing and
            # organizing raw data; designing ..." names the work right after the level: "It must be equal to the GS-11
            # level analyzing ..." reads as if the level did the analyzing
        if m and not s.rstrip().endswith(":") and len(s[m.end():].split()) >= minimum \
                and (_clause_start(s, m.start()) or s[:m.start()].rstrip(" \t").endswith(",")
                     or _FOR_GRADE_RE.search(s[:m.start()])):
            edits.append(_Edit(sentence.start + m.start("cut"), sentence.start + m.end("cut"), ". It must be ",
                               "split-sentences", '"one year of specialized experience" and the level it must be at '
                               '-> two sentences: "... specialized experience. It must be equal to ..."',
                               _SPLIT_SOURCE))
        # (k) "... directly related to the job and that gave you the knowledge ... to do this job well." -> "... related to
        # the job. It is experience that gave you the knowledge ...": the second thing the experience must be
        m = re.search(r"(?P<cut>,?[ \t]+and[ \t]+(?:which|that)[ \t]+gave[ \t]+you)[ \t]+the\b(?=[^;:]*$)", masked)
        if m and len(s[:m.start()].split()) >= minimum and len(s[m.end():].split()) >= minimum \
                and "experience" in s[:m.start()].lower() and not _SUBORDINATE_START.match(s):
            edits.append(_Edit(sentence.start + m.start("cut"), sentence.start + m.end("cut"),
                               ". It is experience that gave you", "split-sentences",
                               '"... and that gave you the ..." after what the experience must be -> its own sentence',
                               _SPLIT_SOURCE))
        # (h) a full sentence in brackets at the end of a long sentence -> a sentence of its own
        edit = _closing_bracket_sentence(s, sentence.start, minimum)
        if edit:
            edits.append(edit)
        # (l) examples in brackets closing a long sentence -> "Examples include ..." in a sentence of their own
        if not sentence.list_item:
            edits += _closing_examples(s, sentence.start, minimum)
        # (c) a colon before a capitalised full sentence: the lead-in gets its own line
        edits += _label_lines(s, sentence.start, minimum, labels_only=False,
                               item=sentence.list_item and not _question_item(text, sentence.end))
    return edits


def _example_breaks(tail: str, masked: str) -> list[tuple[int, int]] | None:
    """Where "A, B, and C." breaks into one example per line: the spaces after each comma (after the "and"/"or" that
    follows a comma), as offsets into ``tail``. Three or more examples of two words or more each, the separators kept
    at the end of their item (as the ``lists`` rule does); None where a part is shorter, holds a verb or a subject of
    its own, or the text goes on after a full stop."""
    body = masked.rstrip()
    if re.search(r"[.!?][ \t]*\S", body.rstrip(".!?")):
        return None
    cuts = [i for i, c in enumerate(body) if c == ","]
    if len(cuts) < 2:
        return None
    bounds = [0] + [i + 1 for i in cuts] + [len(body)]
    for a, b in zip(bounds, bounds[1:]):
        core = re.sub(r"^(?:and|or|and/or)[ \t]+", "", tail[a:b].strip().rstrip(",.!? \t"))
        if len(core.split()) < 2 or re.search(r"\b(?:is|are|was|were|will|must|may|can|should|you|we)\b", core):
            return None
    breaks = []
    for i in cuts:
        gap = re.match(r"[ \t]+(?:(?:and|or|and/or)(?P<gap>[ \t]+))?", tail[i + 1:])
        if not gap:
            return None
        if gap.group("gap"):
            breaks.append((i + 1 + gap.start("gap"), i + 1 + gap.end("gap")))
        else:
            breaks.append((i + 1, i + 1 + gap.end()))
    return breaks


_MODAL = r"(?:can|will|must|may|should|cannot)"
# a present-tense verb that can open a predicate after a short subject ("Volunteer work helps build ...")
_FINITE_VERB = (r"(?:helps|includes|requires|gives|shows|means|involves|applies|provides|allows|covers|"
                r"supports|needs|serves|uses)")
_SUBJECT_MODAL_RE = re.compile(
    rf"(?P<subject>[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){{0,10}}?)[ \t]+{_MODAL}\b"
    rf"|(?P<short>[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){{0,3}}?)[ \t]+{_FINITE_VERB}\b"
)
_SECOND_MODAL_RE = re.compile(rf"(?P<comma>,)?[ \t]+(?P<joiner>and|but)[ \t]+(?={_MODAL}\b)")
_DETERMINERS = {"the", "this", "that", "these", "those", "your", "our", "a", "an", "any", "all", "such", "each", "every"}


def _second_predicate(s: str, masked: str, offset: int, minimum: int) -> _Edit | None:
    """A sentence whose subject has two modal verbs splits before the second, the subject said again.

    "Qualifying experience may have been gained in any job, but must show ..." -> "... in any job. But it must
    show ...". The subject is the words before the sentence's first modal verb (no comma,
    starting with a capital, at most eleven words), or the one to four words before a common present-tense verb
    ("Volunteer work helps build ..., and can give ..."); it is said again as "you", "we", "it" or "they" (a plural
    head noun, or "A and B" before any preposition: "Knowledge of A and B" is "it").
    """
    head = _SUBJECT_MODAL_RE.match(masked)
    if not head or _SUBORDINATE_START.match(s):
        return None
    subject_text = head.group("subject") or head.group("short")
    if "," in subject_text or (head.group("subject") and re.search(rf"\b{_FINITE_VERB}\b", subject_text)):
        return None  # "The team includes A and B and will ...": the "subject" holds a verb
    subject = subject_text.split()
    if any(w.lower() in {"who", "which", "that", "if", "when"} for w in subject[1:]):
        return None
    for m in _SECOND_MODAL_RE.finditer(masked, head.end()):
        left, right = s[:m.start()], s[m.end():]
        if len(left.split()) < minimum or len(right.split()) < minimum:
            continue
        if any(c in masked[head.end():m.start()] for c in ";:") or re.search(rf"\b{_MODAL}\b", masked[m.end():].split(" ", 1)[-1]):
            return None  # a list or a third verb: leave it to a person
        if m.group("comma") and "," in masked[head.end():m.start()]:
            return None  # meaning review 22 (held-out): "All positions may require irregular work hours, work at other
            # locations, and may include duties ...": the first verb's objects are a comma series that reads as if
            # ", and" ended it; cut there, "may require irregular work hours, work at other locations." loses its "and"
        if re.search(r"\b(?:that|which|who|whom|whose)\b", masked[head.end():m.start()], re.IGNORECASE):
            return None  # meaning review 19: "... the KSAs that are relevant to the duties and must be supported by
            # your resume": the second verb may be the relative clause's ("We must be fully supported" was wrong)
        words = [w.lower() for w in subject]
        first = words[0]
        if first in {"you", "we"}:
            pronoun = first
        else:
            nouns = [w for w in words if w not in _DETERMINERS]
            noun = nouns[0] if nouns else first
            core = re.split(r"\b(?:of|in|for|with|from|at|on|to|by|under|about)\b", " ".join(words))[0].split()
            plural = "and" in core or (noun.endswith("s") and not noun.endswith(("ss", "us", "is")))
            pronoun = "they" if plural else "it"
        joiner = m.group("joiner").lower()
        new = f". {pronoun.capitalize()} " if joiner == "and" else f". But {pronoun} "
        return _Edit(offset + m.start(), offset + m.end(), new, "split-sentences",
                     f'one subject with two verbs: "{m.group().strip()} ..." starts a new sentence, the subject said '
                     f'again as "{pronoun}"', _SPLIT_SOURCE)
    return None


# round 26: a posting's summary says where the job sits, then what it does, with one subject: "This job is located in
# the Office of X and provides support ...", "You serve as a Branch Manager within X and are responsible for ...". The
# first verb places or names the job (is, is located in, is assigned to, reports to, serves as); the second, after a
# top-level "and", is one of a few verbs that are never nouns ("reports to" is left out: "the team lead for budgets and
# reports to the director" may be the documents)
_JOB_SUBJECT_RE = re.compile(
    r"(?P<subject>(?:This|The)[ \t]+(?:job|position|vacancy|announcement)|You)[ \t]+(?:will[ \t]+)?"
    r"(?:is|are|serves?[ \t]+as|reports?[ \t]+to)\b")
_JOB_SECOND_VERB_RE = re.compile(
    r"(?P<cut>,?[ \t]+and)[ \t]+(?P<verb>provides|gives|supports|helps|is|will|may|must|can|serves|works|oversees|manages|"
    r"advises|are)\b")


def _job_second_predicate(s: str, masked: str, offset: int, minimum: int) -> _Edit | None:
    """"This job is in X and provides Y" -> "This job is in X. This job provides Y" (``_JOB_SUBJECT_RE``).

    The second verb must agree with the subject ("are" after "you", the others after "this job"), no relative word
    ("that", "which", "who", "where") and no semicolon or colon may stand between the two verbs (the second could be
    the relative clause's), and both sentences keep at least ``min_piece_words`` words. Text in brackets is masked:
    an acronym ("(CIOO)") does not stop the split, and an aside's own verbs ("(which reports to ... and is ...)") are
    not seen.
    """
    head = _JOB_SUBJECT_RE.match(masked)
    if not head:
        return None
    you = head.group("subject") == "You"
    m = _JOB_SECOND_VERB_RE.search(masked, head.end())
    if not m or (you and m.group("verb") not in {"are", "will", "may", "must", "can"}) or (
            not you and m.group("verb") == "are"):
        return None
    between = masked[head.end():m.start()]
    if re.search(r"[;:]|\b(?:that|which|who|whom|whose|where|when|while|if)\b", between, re.IGNORECASE):
        return None
    if len(s[:m.start()].split()) < minimum or len(s[m.end("cut"):].split()) < minimum:
        return None
    # the subject itself, not "it": the first sentence ends in a place or an office ("... in the Office of the
    # Inspector General. It provides ..." reads as the office; review 26)
    subject = "You" if you else " ".join(head.group("subject").split())
    return _Edit(offset + m.start("cut"), offset + m.end("cut"), f". {subject}", "split-sentences",
                 f'one subject with two verbs: "and {m.group("verb")} ..." starts a new sentence, the subject said '
                 f'again ("{subject}")', _SPLIT_SOURCE)


# a sentence that starts with a subordinate clause or a participle ("Located at ...") has no main clause of its
# meaning review 19: ", including X, will be reviewed ...": the "including" phrase is set off inside the subject, and
# the sentence's own verb follows it; "Your application. This includes the online Assessment Questionnaire, will be
# reviewed" broke the sentence in two
_PARENTHETICAL_END_RE = re.compile(r",[ \t]+(?:will|would|must|may|might|can|could|should|shall|is|are|was|were|has|"
                                   r"have|had|does|do|cannot)\b", re.IGNORECASE)
# own before a ", which" / ", including": splitting there would leave a fragment
_FIRST_PERSON_START_RE = re.compile(r"[\W\d]*(?:[A-Za-z][.)][ \t]+)?(?:I|My)\b")
_SUBORDINATE_START = re.compile(r"(?:if|when|whenever|although|though|because|while|since|unless|once|after|before|"
                                r"where|as|until|whether)\b", re.IGNORECASE)
# a grade, the level after it and where it was held, then "which/that includes": the clause describes the experience
_GRADE_WHICH_RE = re.compile(
    r"\b(?:GS|GG|NH|CN|ZP|ZA|NF|Band)[ -]?\d{1,2}\)?(?:\s+(?:grade\s+level|grade|level))?(?:\s+or\s+(?:pay\s+band|"
    r"equivalent))?(?:\s+in\s+the\s+(?:Federal|federal)\s+(?:service|Service|government))?(?P<cut>,?\s+(?:which|that)\s+"
    r"includes\s+)(?!:)"
)
# where experience was gained, then what it must be: "as a ..." or a verb in -ing ("doing duties such as")
_WHERE_EXPERIENCE_RE = re.compile(
    r"(?:(?:private|public)\s+(?:or\s+(?:private|public)\s+)?sector|[Ff]ederal\s+[Ss]ervice|grade\s+level)"
    r"(?P<cut>[ \t]+)(?=(?P<how>as\s+an?|[a-z]{3,}ing)\b)"
)
# the amount of specialized experience asked for, then the level it must be at (OPM's standard sentence)
_EXPERIENCE_LEVEL_RE = re.compile(
    r"(?:(?:you|applicants?)[ \t]+must[ \t]+(?:also[ \t]+)?(?:have(?:[ \t]+completed)?|show)|your[ \t]+resume[ \t]+must[ \t]+"
    r"(?:also[ \t]+)?(?:show|demonstrate))[ \t]+(?:at[ \t]+least[ \t]+)?(?:(?:one|1)(?:[ \t]+\(\w\))?(?:[ \t]+full)?[ \t]+year|52[ \t]+weeks)"
    r"(?:[ \t]+\([^()]{1,12}\))?[ \t]+of[ \t]+(?:directly[ \t]+related[ \t]+)?specialized[ \t]+experience"
    r"(?P<cut>,?[ \t]+(?:(?:that|which)[ \t]+is[ \t]+)?)(?=(?:at[ \t]+least[ \t]+)?(?:at[ \t]+(?:a|an|the|or)|equal|equivalent|"
    r"comparable)\b|(?<=is[ \t])in[ \t]+or[ \t]+(?:directly[ \t]+)?related\b)",
    re.IGNORECASE,
)
_LEVEL_THEN_DOING_RE = re.compile(
    r"(?:at[ \t]+least[ \t]+)?(?:equal|equivalent|comparable)[ \t]+to[ \t]+(?:at[ \t]+least[ \t]+)?(?:the[ \t]+)?"
    r"[A-Z]{2}[\w/-]*(?:[ \t]+(?:grade|pay[ \t]+band|band))?(?:[ \t]+level)?[ \t]+"
    r"(?!(?:including|during|according|beginning|regarding|concerning|following)\b)[a-z]+ing\b")
# a short phrase before the subject that says which grade the sentence is about ("For the CN-53 you must have ...")
_FOR_GRADE_RE = re.compile(r"(?:^|\n)[ \t]*(?:-[ \t]+)?(?:For|At)[ \t]+(?:the[ \t]+)?[A-Z]{2}-?[ \t]?\d{1,2}(?:[ \t]+level)?,?[ \t]*$")
_NOT_GERUNDS = frozenset({"including", "during", "according", "regarding", "concerning", "following", "being",
                          "having", "bring", "ring", "thing", "nothing", "something", "anything", "everything",
                          "spring", "string", "king", "ceiling", "morning", "evening"})
_BRACKET_VERB_RE = re.compile(r"\b(?:is|are|was|were|may|must|will|can|cannot|should|has|have|does|do|counts?|applies|"
                              r"includes?)\b")


_NOT_A_SUBJECT_RE = re.compile(
    r"(?:have|has|had|be|is|are|was|were|must|may|will|can|should|do|does|did|which|that|who|where|when|if|as|or|"
    r"and|but|not|only|including|to|[a-z]+ed|[a-z]+ing)\b", re.IGNORECASE)


def _closing_bracket_sentence(s: str, offset: int, minimum: int) -> _Edit | None:
    """"... the CN-51 grade level (For qualification purposes, the CN-51 is broadly equal to the GS-11)." -> "...
    grade level. For qualification purposes, the CN-51 is broadly equal to the GS-11."

    Only a bracket that closes the sentence, holds at least ``min_piece_words`` words with a verb ("is", "may",
    "must", ...), does not start with "e.g."/"i.e." or a number, and holds no brackets of its own.
    """
    m = re.search(r"[ \t]+\(([^()]+)\)([.!?]?)$", s)
    if not m or _top_level(s[:m.start()], ")") or s[:m.start()].count("(") != s[:m.start()].count(")"):
        return None
    inner = m.group(1).strip()
    # plainlists: a bracket that opens with its own subordinate clause and then has a subject ("(when substituting,
    # you cannot use the first 60 semester hours that you earned)"), or with "note:" ("(note: freshman honor society
    # cannot be used to meet the requirements of this job)"), is a full sentence too
    opening = re.match(r"(?:when|if|once|unless|while|after|before)\b[^,;:()]{3,60},[ \t]+(?="
                       + _SUBJECT_START.pattern + ")", inner, re.IGNORECASE)
    note = re.match(r"note:[ \t]+(?=[a-z]+[ \t])", inner, re.IGNORECASE)
    rest = inner[note.end():] if note else inner
    if (len(inner.split()) < minimum or len(s[:m.start()].split()) < minimum or not _BRACKET_VERB_RE.search(rest)
            or re.match(r"(?:e\.g|i\.e|\d|[a-z]\)|see\b)", rest, re.I) or not rest[:1].isalpha()
            or (_NOT_A_SUBJECT_RE.match(rest) and not opening)
            # meaning review 22 (held-out): "(unless you are on a permanent VRA appointment then it will show a 2 in box
            # 34)" opens with its subordinate clause and has no main clause after a comma: alone it is a fragment
            or (_SUBORDINATE_START.match(rest) and not opening)
            or (note and not _SUBJECT_START.match(rest) and not re.match(r"[a-z]+(?:[ \t]+[a-z]+){0,3}[ \t]+" + _MODAL
                                                                        + r"\b", rest, re.IGNORECASE))):
        return None  # "(have served 52 weeks ...)" explains a word; it is not a sentence of its own
    if note:
        inner = f"Note: {rest[:1].upper()}{rest[1:]}"
    end = m.group(2) or "."
    new = f". {inner[:1].upper()}{inner[1:].rstrip('.!?')}{end}"
    if re.search(r"[.!?]$", s[:m.start()]):
        new = new[1:]  # "Java. (others will be considered)." -> "Java. Others will be considered.", not "Java.."
    return _Edit(offset + m.start(), offset + m.end(), new, "split-sentences",
                 "a full sentence in brackets at the end of a long sentence -> a sentence of its own", _SPLIT_SOURCE,
                 in_names=True)  # the words in the brackets are kept as they are


# examples in brackets that close a sentence: "(e.g., Peace Corps, AmeriCorps)." (no brackets inside them)
_CLOSING_EXAMPLES_RE = re.compile(
    r"[ \t]*\((?P<lead>(?:(?P<eg>e\.[ \t]?g\.|for[ \t]+example|for[ \t]+instance)|i\.[ \t]?e\.|that[ \t]+is),?[ \t]+)"
    r"(?P<inner>[^()]+?)[ \t]*\)(?P<end>[.!?]?)$",
    re.IGNORECASE,
)


def _closing_examples(s: str, offset: int, minimum: int) -> list[_Edit]:
    """"... through other groups (e.g., professional; religious; community)." -> "... through other groups. Examples
    include professional; religious; community."

    What "i.e." ("that is") explains becomes "This means ...": "... the time-in-grade requirement (i.e., at least 52
    weeks at the next lower grade)." -> "... the time-in-grade requirement. This means at least 52 weeks at the next
    lower grade."

    Only examples, not a clause ("(e.g., you must know SQL)": no subject pronoun, no verb such as "is" or "must"), and
    only when the brackets close the sentence, the sentence before them is a main clause (it does not open with
    "if", "when", ... or a participle) of at least ``min_piece_words`` words with its brackets balanced, and the
    examples hold at least two words. The examples are kept word for word: only the bracket and its "e.g." become
    the start of a new sentence, and the closing bracket its full stop.
    """
    m = _CLOSING_EXAMPLES_RE.search(s)
    if not m:
        return []
    before = s[:m.start()]
    inner = m.group("inner")
    if (before.count("(") != before.count(")") or len(before.split()) < minimum or len(inner.split()) < 2
            or _FRAGMENT_START.match(s.lstrip("-*\u2022 \t")) or not re.search(r"[A-Za-z0-9]$", before)
            or _BRACKET_VERB_RE.search(inner) or re.match(r"(?:you|we|they|it|he|she|i|there)\b", inner, re.I)):
        return []  # "(e.g., you must know SQL)" is a sentence in brackets, not a list of examples
    if not m.group("eg") and _SHORT_NOUN_LIST_RE.fullmatch(inner.strip()):
        return []  # meaning review 21 (round 20's leftover): "the type of appointment (i.e. Competitive or Excepted)"
        # names the choices; "This means Competitive or Excepted." is not a sentence, so the brackets stay
    start = "Examples include" if m.group("eg") else "This means"
    what = "examples" if m.group("eg") else 'what "i.e." explains'
    reason = f'{what} in brackets at the end of a long sentence -> a sentence of its own, "{start} ..."'

    tail = inner.rstrip(" \t")
    close_start = m.start("inner") + len(tail)
    end = m.group("end") or "."
    if tail.endswith((".", "!", "?")):  # "(e.g., telework, remote work, etc.)."
        end = ""
    return [
        _Edit(offset + m.start(), offset + m.end("lead"), f". {start} ", "split-sentences", reason,
              _SPLIT_SOURCE),
        _Edit(offset + close_start, offset + m.end(), end, "split-sentences", reason, _SPLIT_SOURCE),
    ]


# two to four items of one or two words each, joined by commas, "or" or "and" ("Competitive or Excepted", "GS-12,
# GS-13 or GS-14"): a short noun list, not a clause
_SHORT_NOUN_LIST_RE = re.compile(r"[\w'\u2019-]+(?:[ \t]+[\w'\u2019-]+)?(?:(?:,[ \t]*(?:(?:or|and)[ \t]+)?|[ \t]+(?:or|and)[ \t]+)"
                                 r"[\w'\u2019-]+(?:[ \t]+[\w'\u2019-]+)?){1,3}", re.IGNORECASE)
_FRAGMENT_START = re.compile(rf"{_SUBORDINATE_START.pattern}|[a-z]+(?:ed|ing)\b", re.IGNORECASE)
_PLURAL_VERBS = frozenset({"are", "were", "have", "include", "require", "apply", "do", "need", "allow", "provide"})
# a full stop or colon glued to the next sentence ("to be filled.This knowledge", "includes:Experience"); the
# word before it is lower case (not "ASP.NET"), the word after is a capitalised word, and neither is part of a
# web address, email address or file name
_MISSING_SPACE_RE = re.compile(
    r"(?<![\w./@-])([A-Za-z][a-z]{2,}|[A-Z]{3,})([.!?:])(?=(?:[A-Z][a-z]+|[A-Z]{4,})\b(?![./@]\w))"
)
# an upper-case "OR" between two qualification paths, run into one paragraph ("...degree; **OR B. A total ...")
_OR_PATH_RE = re.compile(r"(?<=[.;:)])[ \t]+(?=(?:\*\*|-)?OR(?:\*\*|-)?[ \t]+(?:[A-Z(\d]|an?[ \t]))")


_YEAR_GLUE_RE = re.compile(r"(?<![\w./@-])(?:19|20)\d{2}\.(?P<word>[A-Z][a-z]+)(?=[ \t])")


# round 11: "AND" / "OR" in capitals after a word in lower case and before a capitalised subject in the same sentence
_CAPS_JOINER_RE = re.compile(r"(?<=[a-z)])[ \t]+(?P<joiner>AND|OR)[ \t]+(?=(?:You|We|Applicants|Candidates|Your|All|The)\b)")


# words a sentence never ends on: a stray full stop after one is a typo inside a sentence or a name
_NO_SENTENCE_END = frozenset({"and", "the", "for", "with", "from", "into", "our", "your", "their", "its", "nor", "but",
                              "than", "that", "which", "who", "whose", "are", "was", "were", "has", "have", "had"})


def _missing_spaces(s: str, offset: int) -> list[_Edit]:
    """A space after a full stop or colon that lost it when the announcement was copied."""
    edits = []
    for m in _MISSING_SPACE_RE.finditer(s):
        if m.group(2) == "." and not m.group(1).islower():
            continue  # "Node.Js", "VA.Gov": a name, not two sentences
        if m.group(2) == "." and m.group(1) in _NO_SENTENCE_END:
            continue  # meaning review 18: "the Army Futures and.Concepts Center": no sentence ends on "and"
        a = offset + m.end()
        edits.append(_Edit(a, a, " ", "split-sentences",
                           f'missing space after "{m.group(2)}": two sentences (or a label and its text) were glued',
                           _SPLIT_SOURCE))
    for m in _YEAR_GLUE_RE.finditer(s):  # round 11: "... must be met by 31 Aug 2022.You may qualify ..."
        if m.group("word") in _SENTENCE_STARTERS:
            a = offset + m.start("word")
            edits.append(_Edit(a, a, " ", "split-sentences", 'missing space after the full stop that ends a sentence '
                               f'on a year ("{m.group()}"): two sentences were glued', _SPLIT_SOURCE))
    return edits


# a lead-in that announces what follows the colon ("... if you have the following:", "... as described below:")
_LEAD_IN_RE = re.compile(r"\b(?:the\s+following(?:\s+[a-z]+){0,2}|as\s+follows|(?:described|listed|shown)\s+below|"
                         r"must\s+(?:have|meet|support)|(?:would\s+|may\s+)?(?:typically\s+)?include[sd]?|"
                         r"not\s+limited\s+to|(?:requirements?|areas?)\s+below|examples?\s+(?:of\s+[\w\s]{3,40}\s+)?(?:are|is)|"
                         r"as\s+defined)$", re.IGNORECASE)


# round 11: a lead-in that names what the list after it holds ("... showing these competencies:", "... the following
# type of work and/or tasks:")
# ("these areas:" alone is left on its line, as round 7 decided for "... the work you did in these areas: Data analysis")
_LEAD_IN_AREAS_RE = re.compile(r"\b(?:the\s+following(?:\s+[\w/-]+){0,5}?\s+(?:areas|competencies|duties|tasks|skills|"
                               r"criteria|requirements|qualifications)|these\s+(?:competencies|duties|tasks|skills|"
                               r"criteria|requirements|qualifications))$", re.IGNORECASE)
# a lead-in that ends in a verb announcing what follows ("Specialized experience means:", "... for this job is:")
_LEAD_IN_VERB_RE = re.compile(r"(?<=\w)[ \t]+(?:means|is|are|as|including|following(?:[ \t]+[\w/-]+){1,6})$",
                              re.IGNORECASE)


# a list item's marker at the start of a sentence that is a list item's first (readability's line markers)
_ITEM_LABEL_RE = re.compile(r"[ \t]*(?:[-*\u2022\u25aa\u25cf\u2013\u2014\uf0b7]|\d{1,2}[.)]|[a-zA-Z][.)]|\(\w{1,3}\))[ \t]+")


def _question_item(text: str, end: int) -> bool:
    """Whether the numbered item whose first sentence ends at ``end`` is a questionnaire's question: lettered answer
    options (" A. Yes") follow before the next numbered item. Its label ("2. GS-09 Specialized Experience:") is the
    question's title and keeps its own line (round 14)."""
    for line in text[end:end + 3000].split("\n")[1:]:
        if re.match(r"[ \t]*\d{1,3}[.)][ \t]", line):
            return False
        if _ANSWER_LINE_RE.match(line):
            return True
    return False


def _label_lines(s: str, offset: int, minimum: int, *, labels_only: bool, item: bool = False) -> list[_Edit]:
    """A lead-in or short label before a colon and a capitalised full sentence goes on its own line."""
    edits = []
    for i in _top_level(s, ":"):
        right = s[i + 1:]
        stripped = right.lstrip(" \t")
        if re.match(r"(?:\(1\)|1[.)])[ \t]+[A-Z]", right) and len(s[:i].split()) >= 2 and s[i - 1:i].isalpha():
            # round 11: "Superior Academic Achievement is based on:(1) Class Standing - ...": a lead-in glued to the
            # first item of its numbered list -> the list starts on its own line
            edits.append(_Edit(offset + i + 1, offset + i + 1, "\n", "split-sentences", "a lead-in glued to the first "
                               "item of a numbered list -> the list starts on its own line", _SPLIT_SOURCE))
            continue
        if right[:1] not in " \t" or "\n" in right[:len(right) - len(stripped)]:
            continue
        line_rest = stripped.split("\n", 1)[0]
        if len(s[:i].split()) >= 2 and _CAPS_HEADING_RUN_RE.match(line_rest) and _CAPS_HEADING_RE.match(line_rest) \
                and not _HEADING_NUMBER_RE.search(s[:i + 1] + " "):
            # round 11: "... by the closing date of this announcement: GS-14 SPECIALIZED EXPERIENCE:" -> the heading in
            # capitals that fills the rest of the line starts a line of its own, under the lead-in
            a = offset + i + 1
            edits.append(_Edit(a, a + len(right) - len(stripped), "\n", "split-sentences",
                               "a heading in capitals run onto a lead-in's line after its colon -> its own line",
                               _SPLIT_SOURCE))
            continue
        if re.match(r"(?:\(1\)|1[.)])[ \t]+[A-Za-z]", stripped) and len(s[:i].split()) >= 2:
            # "... in these areas: 1. Expert knowledge of ...": the first item of a numbered list starts a line
            a = offset + i + 1
            edits.append(_Edit(a, a + len(right) - len(stripped), "\n", "split-sentences",
                               "a lead-in before a numbered list -> the list starts on its own line", _SPLIT_SOURCE))
            continue
        label = s[:i].strip()
        if (not labels_only and stripped[:1].islower() and len(stripped.split()) >= minimum
                and len(label.split()) >= 2 and not _top_level(label, ":")
                and (_LEAD_IN_RE.search(label) or _LEAD_IN_VERB_RE.search(label))
                and re.match(r"[a-z]+\b(?![.'\u2019-])", stripped) and not re.match(r"(?:e\.g|i\.e|etc)\b", stripped)):
            # "... would typically include: helping in planning ..." -> the lead-in on its own line, what it
            # announces on the next, its first letter a capital
            a = offset + i + 1
            gap = len(right) - len(stripped)
            edits.append(_Edit(a, a + gap + 1, "\n" + stripped[0].upper(), "split-sentences",
                               f'a lead-in ending "{label.split()[-1]}:" -> what it announces starts a new line',
                               _SPLIT_SOURCE))
            continue
        if not stripped[:1].isupper() or len(s[:i].split()) < 1 or len(stripped.split()) < minimum:
            continue
        # a heading in capitals ("FEDERAL TIME-IN-GRADE (TIG) REQUIREMENT FOR GENERAL SCHEDULE (GS) JOBS:") is a label
        # whatever its length
        heading = "\n" not in label and _is_caps_heading(label)
        short_label = len(s[:i].split()) <= 6 or heading
        if labels_only and not short_label:
            continue
        announcing = None if labels_only or "\n" in label else (_LEAD_IN_VERB_RE.search(label)
                                                                 or _LEAD_IN_AREAS_RE.search(label))
        marker = _ITEM_LABEL_RE.match(s) if item else None
        if marker and "\n" not in label and len(label[marker.end():].split()) <= 6 and not announcing and not heading \
                and not _LEAD_IN_RE.search(label) and not re.match(r"[\W_]*(?:OR|AND)\b", label[marker.end():]):
            # round 14: "- Budget Formulation: Prepares the annual budget ...": a short label that opens a list item
            # is the item's name and stays on the item's line (the text after it is the item, not a new paragraph);
            # not a path heading ("- OR, Education:") nor a question's title (see _question_item)
            continue
        if not (short_label or _LEAD_IN_RE.search(label) or _SUBJECT_START.match(stripped)
                or re.match(r"(?:To|For|If|When|In|At|Under|Once|After|Before)\b", stripped) or announcing):
            continue
        a = offset + i + 1
        if heading:
            reason = "a heading in capitals before a colon -> its own line"
        elif not short_label and _LEAD_IN_RE.search(label):
            reason = f'a lead-in ending "{_LEAD_IN_RE.search(label).group()}:" -> what it announces starts a new line'
        elif announcing and not _SUBJECT_START.match(stripped):
            # round 11: "The Selective Placement Factor for this job is: Experience supporting ...", "... in these areas:
            # Professional knowledge of ...": a lead-in that announces what follows ends its line, as before lower case
            reason = (f'a lead-in ending "{announcing.group().strip()}:" before what it announces in capitals -> what '
                      "it announces starts a new line")
        else:
            reason = "a lead-in before a full sentence -> its own line"
        edits.append(_Edit(a, a + len(right) - len(stripped), "\n", "split-sentences", reason, _SPLIT_SOURCE))
    return edits


# ------------------------------------------------------------------------------------------------------
# the engine
# ------------------------------------------------------------------------------------------------------


def _rewrite_section(text: str, section: str, ctx: _Context) -> tuple[str, list[Change]]:
    current = text
    offsets = _OffsetMap()
    changes: list[Change] = []
    # round 25b: the repair round of glued-words (below) has a pass of its own, so the other rules keep max_passes
    for _ in range(ctx.options.max_passes + ("glued-words" in ctx.rules)):
        edits: list[_Edit] = []
        # standard sentences first, in a round of their own (the word rules would otherwise break their patterns);
        # every round looks, since a split can leave a standard sentence behind. Their edits carry names over
        # verbatim (in_names), so only URLs, quotations and legal text protect against them.
        # round 25b: list items and words a copy ran together get their line break or space back first, in a
        # round of their own, also inside names and legal sentences (whitespace only; see _rule_glued_names)
        repairs = _rule_glued_names(current) if "glued-words" in ctx.rules else []
        chosen = _select(repairs, protected_spans(current, names=False, legal=False), current) if repairs else []
        standard = _rule_boilerplate(current) if "boilerplate" in ctx.rules and not chosen else []
        chosen = chosen or (_select(standard, protected_spans(current, names=False), current) if standard else [])
        protected = protected_spans(current) if not chosen else []
        if not chosen:
            if "skills-first-education" in ctx.rules:
                edits += _rule_education(current, protected, ctx, section)
            if "address-you" in ctx.rules:
                edits += _rule_address_you(current, ctx)
            if "duty-statements" in ctx.rules:
                edits += _rule_duty_statements(current, section, legal_spans(current))
            if "must-not-shall" in ctx.rules:
                edits += _rule_shall(current, ctx, section)
            if "glued-words" in ctx.rules:
                edits += _rule_glued_words(current)
            if "short-verbs" in ctx.rules:
                edits += _rule_short_verbs(current)
            if ctx.rules & {"simple-words", "words-to-avoid"}:
                words = _rule_words(current, ctx)
                edits += words
                for edit in words:  # "This activity is located in" -> "We are located in", not "We is"
                    if edit.replacement.lower() == "we":
                        agree = _agreement_edit(current, edit.end, edit.rule, 'verb agrees with "we"', edit.source)
                        if agree:
                            edits.append(agree)
            if ctx.rules & {"jargon", "acronyms"}:
                edits += _rule_glossary(current, protected, ctx)
            chosen = _select(edits, protected, current)
        if not chosen:
            legal = legal_spans(current)
            # a series of duties is split first, in a round of its own: the lists rule would otherwise bullet the
            # same semicolon series in the same round ("- You supervise 12 employees. You plan the work.")
            chosen = []
            if "duty-series" in ctx.rules:
                chosen = _select(_rule_duty_series(current, section, legal), protected, current)
            if not chosen and "lists" in ctx.rules:
                chosen = _select(_rule_lists(current, protected, legal, ctx), protected, current)
            if not chosen and "split-sentences" in ctx.rules:
                chosen = _select(_rule_split(current, protected, legal, ctx), protected, current)
            if not chosen:
                break
        for e in chosen:
            start = offsets.to_original(e.start)
            end = offsets.to_original(e.end, is_end=True) if e.end > e.start else start
            changes.append(Change(rule=e.rule, section=section, start=start, end=max(start, end),
                                  original=current[e.start:e.end], replacement=e.replacement, reason=e.reason,
                                  source=e.source))
        current = _apply(current, chosen)
        offsets.add(chosen)
        for e in chosen:
            if e.key:
                ctx.explained.update(e.key.split("|"))
    return current, changes


def _section_texts(posting: JobPosting) -> list[tuple[str, str]]:
    out = []
    for key, _heading, text in posting.sections():
        out.append((key, text))
    if posting.who_may_apply:
        out.insert(0, ("who_may_apply", posting.who_may_apply))
    return out


def _series_context(posting: JobPosting, title_series: str | None) -> tuple[str | None, str, bool | None]:
    from skillhire.errors import UnknownSeriesError
    from skillhire.series import series_info

    series = posting.series or title_series
    how = "series field" if posting.series else "series recognised in the title"
    if not series:
        return None, "unknown", None
    try:
        info = series_info(series)
    except UnknownSeriesError:
        return series, "not in skillhire's series data", None
    return series, f"OPM series data via skillhire.series, {how}", info.positive_education_requirement


def rewrite_posting(
    posting: JobPosting | str,
    *,
    rules: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    options: RewriteOptions | None = None,
) -> RewriteResult:
    """Rewrite a posting into plain language; every change explained, every fact kept.

    Args:
        posting: A :class:`JobPosting`, or announcement text (read with :func:`parse_posting`).
        rules: Rewrite rule ids to run (default: all; see ``list_rules(kind="rewrite")``).
        exclude: Rule ids not to run.
        options: Tunables; defaults when None.

    Returns:
        The rewritten posting and text, changes, findings, and readability before and after.

    Raises:
        UnknownRuleError: a rule id is not a rule (a ``LookupError``); the message lists them.
        EmptyTextError: ``posting`` is empty text (a ``ValueError`` too).

    Example:
        >>> result = rewrite_posting("Analyst\\n\\nDuties\\nThe incumbent shall utilize data to assist managers.\\n",
        ...                          rules=["address-you", "must-not-shall", "simple-words"])
        >>> result.posting.duties
        'You will use data to help managers.'
        >>> [c.rule for c in result.changes]
        ['address-you', 'must-not-shall', 'simple-words', 'simple-words']
    """
    options = options or RewriteOptions()
    if isinstance(posting, str):
        posting = parse_posting(posting)
    chosen = resolve_rules(rules, exclude=exclude)
    chosen = frozenset(r for r in chosen if get_rule(r).kind == "rewrite")
    notes: list[Finding] = []
    updates: dict[str, Any] = {}
    changes: list[Change] = []
    title_series = None
    if posting.title:
        title_series, title_update, title_changes, title_notes = _working_title(posting, chosen, options)
        updates.update(title_update)
        changes += title_changes
        notes += title_notes
    series, series_source, positive = _series_context(posting, title_series)
    ctx = _Context(rules=chosen, options=options, whole_text=posting.to_text().lower(), series=series,
                   series_source=series_source, positive_education=positive)
    new_extra = dict(posting.extra_sections)
    for key, text in _section_texts(posting):
        if key in _PROTECTED_SECTIONS:
            continue
        new_text, section_changes = _rewrite_section(text, key, ctx)
        changes += section_changes
        if key.startswith("extra:"):
            new_extra[key[len("extra:"):]] = new_text
        else:
            updates[key] = new_text
    updates["extra_sections"] = new_extra
    rewritten = posting.model_copy(update=updates)
    rewritten = JobPosting.model_validate(rewritten.model_dump())
    findings = ctx.notes + notes
    if options.findings:
        findings += lint_posting(rewritten, options=options.lint, series=series)
    findings.sort(key=lambda f: (_section_order(f.section), f.start, f.rule))
    before = _readability(posting)
    after = _readability(rewritten)
    return RewriteResult(
        original=posting, posting=rewritten, text=rewritten.to_text(), original_text=posting.to_text(),
        changes=changes, findings=findings, readability_before=before, readability_after=after,
        rules=sorted(chosen),
    )


def _working_title(posting: JobPosting, rules: frozenset[str], options: RewriteOptions):
    from skillhire.titles import translate_title

    updates: dict[str, Any] = {}
    changes: list[Change] = []
    notes: list[Finding] = []
    title = posting.title or ""
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        # the whole range: one that spans seniority levels (GS-13 to 14) adds none, as translate_title documents
        low, high = posting.grade_low, posting.grade_high
        grades = [f"{low}/{high}", high] if low and high and low != high else [high or low]
        match = None
        for grade in grades:
            try:
                match = translate_title(title, series=posting.series, grade=grade)
                break
            except (ValueError, TypeError):
                continue
        if match is None:
            return None, {}, [], []
    title_series = match.series
    if "working-title" not in rules:
        return title_series, {}, [], []
    if posting.official_title and posting.working_title and posting.title == posting.working_title:
        return title_series, {}, [], []  # already rewritten
    if match.score < options.min_title_score or match.low_confidence:
        notes.append(Finding(rule="working-title", severity=Severity.INFO,
                             message=f"No confident private-sector title for {title!r} (best: {match.title!r}, "
                             f"score {match.score:.0f}); title kept.",
                             suggestion=f"Consider {match.title!r} as the working title.", section="title",
                             start=0, end=len(title), text=title, source=get_rule("working-title").source))
        return title_series, {}, [], []
    if match.title.strip().lower() == title.strip().lower():
        return title_series, {}, [], []
    updates = {"title": match.title, "working_title": match.title, "official_title": posting.official_title or title}
    reasons = "; ".join(match.reasons[:3])
    changes.append(Change(rule="working-title", section="title", start=0, end=len(title), original=title,
                          replacement=match.title,
                          reason=f"private-sector working title (score {match.score:.0f}); official title kept in "
                          f"official_title. {reasons}", source=get_rule("working-title").source))
    return title_series, updates, changes, notes


def _section_order(section: str) -> int:
    names = ["title", "who_may_apply"] + [name for name, _ in SECTION_FIELDS]
    return names.index(section) if section in names else len(names)


def _readability(posting: JobPosting) -> dict[str, Readability]:
    out: dict[str, Readability] = {}
    total: Readability | None = None
    for key, text in _section_texts(posting):
        score = score_readability(text)
        out[key] = score
        total = score if total is None else total + score
    out["overall"] = total or score_readability("")
    return out


def _change_spans(result: RewriteResult) -> list[tuple[int, int] | None]:
    """Where each change lies in ``result.original_text`` (offsets of the whole announcement), or ``None`` where its
    section cannot be found there. A change's offsets are in its section's original text; the section is found
    after its heading, as :meth:`JobPosting.to_text` writes it."""
    text = result.original_text
    starts: dict[str, int] = {}
    title = result.original.title or ""
    if title and text.startswith(f"# {title}\n"):
        starts["title"] = 2
    position = 0
    for key, heading, body in result.original.sections():
        block = f"## {heading}\n{body}"
        found = text.find(block, position)
        if found >= 0:
            starts[key] = found + len(heading) + 4
            position = found + len(block)
    return [(starts[c.section] + c.start, starts[c.section] + c.end) if c.section in starts else None
            for c in result.changes]


def _touches(span: tuple[int, int] | None, start: int, end: int) -> bool:
    """Whether a change at ``span`` of the original text overlaps or borders the diff's mark over ``start:end``
    (a word diff takes "have" -> "have:\n-" for the change of the space after it)."""
    return span is not None and max(span[0], start) <= min(span[1], end)


def _marked_changes(changes: list[Change], spans: list[tuple[int, int] | None], start: int, end: int,
                    deleted: str, inserted: str) -> list[int]:
    """The numbers (from 1) of the changes a diff mark shows: those at its place, else the nearest that deleted or
    inserted its first word (the word diff may put an insertion a word away from where the change made it)."""
    numbers = [n for n, span in enumerate(spans, start=1) if _touches(span, start, end)]
    if numbers:
        return numbers
    near = [(abs(span[0] - start), n) for n, (span, change) in enumerate(zip(spans, changes, strict=True), start=1)
            if span is not None and abs(span[0] - start) <= 200
            and ((deleted.split() and deleted.split()[0] in change.original)
                 or (inserted.split() and inserted.split()[0] in change.replacement))]
    return [min(near)[1]] if near else []


def _change_line(number: int, change: Change) -> str:
    replacement = repr(change.replacement) if change.replacement else "(deleted)"
    original = repr(change.original) if change.original else "(inserted)"
    return (f"[{number}] {change.section}, {change.rule}: {original} -> {replacement}\n"
            f"    reason: {change.reason}\n    source: {change.source}")


def _text_changes(changes: list[Change]) -> str:
    """The numbered changes after a text diff, each with its rule, reason and source (lines of ``#``, which a
    patch tool reads as comments)."""
    if not changes:
        return ""
    lines = [f"# Changes ({len(changes)}), each with its rule, reason and source:"]
    for number, change in enumerate(changes, start=1):
        lines += ["# " + line for line in _change_line(number, change).splitlines()]
    return "\n".join(lines) + "\n"


def _html_diff(result: RewriteResult) -> str:
    import difflib
    import html

    before, after = result.original_text, result.text
    spans = _change_spans(result)
    a = re.findall(r"\s+|[^\s]+", before)
    b = re.findall(r"\s+|[^\s]+", after)
    offsets = [0]
    for token in a:
        offsets.append(offsets[-1] + len(token))
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(html.escape("".join(a[i1:i2])))
            continue
        numbers = _marked_changes(result.changes, spans, offsets[i1], offsets[i2], "".join(a[i1:i2]), "".join(b[j1:j2]))
        title = "&#10;".join(
            html.escape(f"[{n}] {result.changes[n - 1].rule}: {result.changes[n - 1].reason} "
                        f"(source: {result.changes[n - 1].source})") for n in numbers)
        attribute = f" title='{title}'" if numbers else ""
        if i2 > i1:
            out.append(f"<del style='background:#fdd'{attribute}>{html.escape(''.join(a[i1:i2]))}</del>")
        if j2 > j1:
            out.append(f"<ins style='background:#dfd'{attribute}>{html.escape(''.join(b[j1:j2]))}</ins>")
        if numbers:
            out.append("<sup>" + ",".join(f"<a href='#change-{n}'>{n}</a>" for n in numbers) + "</sup>")
    items = "".join(
        f"<li id='change-{n}'><b>{html.escape(c.rule)}</b> ({html.escape(c.section)}): "
        + (f"<del>{html.escape(c.original)}</del>" if c.original else "(inserted)") + " &rarr; "
        + (f"<ins>{html.escape(c.replacement)}</ins>" if c.replacement else "(deleted)") + "<br>"
        + f"{html.escape(c.reason)}<br><small>Source: {html.escape(c.source)}</small></li>\n"
        for n, c in enumerate(result.changes, start=1))
    listing = f"<ol class='skillhire-changes'>\n{items}</ol>" if items else ""
    return "<pre style='white-space:pre-wrap'>" + "".join(out) + "</pre>" + listing


# keep a reference for readers of this module: syllable counts come from skillhire.readability
_ = (count_syllables, LEGAL_MARKERS)
