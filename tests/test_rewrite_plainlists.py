"""Long sentences into short ones and lists, safely (issue 6, plainlists round).

Each row has the exact expected output; every row also checks that no fact is lost, that rewriting the rewrite
changes nothing, and that every change carries its rule id, reason and source. Rows whose input and output are equal
are the negative cases: things that look like the positive ones and must not change.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillhire import JobPosting
from skillhire.rewrite import rewrite_posting
from tests.rewrite_fixtures import rewritten_section as _check

# 1. a long sentence that ends in a series of parallel verb phrases after its lead-in -> the lead-in with a colon and
# one item per line (the commas and the last "and"/"or" stay with the items, as the lists rule writes other lists)
SERIES_ROWS = [
    # corpus (ac-621639600, ECQ "Results Driven"): "-ing" phrases after a preposition
    ("Inherent to this ECQ is the ability to make decisions that produce high-quality results by applying technical "
     "knowledge, analyzing problems, and calculating risks.",
     "Inherent to this ECQ is the ability to make decisions that produce high-quality results by:\n- applying "
     "technical knowledge,\n- analyzing problems, and\n- calculating risks."),
    # corpus (ac-621789700, OPM's Customer Service competency in a numbered list): base verbs after one "to"; the list
    # is inside the item, lined up with its text, and the item's next sentence stays in the item on its own line
    ("2. Customer Service - Works with clients and customers to assess their needs, give information or help, resolve "
     "their problems, or satisfy their expectations. Knows about available products and services.",
     "2. Customer Service - Works with clients and customers to:\n   - assess their needs,\n   - give information or "
     "help,\n   - resolve their problems, or\n   - satisfy their expectations.\n   Knows what products and "
     "services are on offer."),  # the second sentence is OPM's standard text, put in plain words by `boilerplate`
    # the same under a bullet, with an item after it
    ("You must show these competencies:\n- Customer Service - Works with clients and customers to assess their needs, "
     "give information or help, resolve their problems, or satisfy their expectations.\n- Attention to Detail - Is "
     "thorough when doing work.",
     "You must show these competencies:\n- Customer Service - Works with clients and customers to:\n  - assess their "
     "needs,\n  - give information or help,\n  - resolve their problems, or\n  - satisfy their expectations.\n"
     "- Attention to Detail - Is thorough when doing work."),
    # corpus (ac-623791800): an item of a list numbered "(1)" that ends with its list's semicolon keeps it
    ("You must show these competencies:\n(1) Attention to Detail - Is thorough when doing work;\n(2) Customer "
     "Service - Work with clients and customers to assess their needs, give information or help, resolve their "
     "problems, or satisfy their expectations; and\n(3) Oral Communication - Express information to people.",
     "You must show these competencies:\n(1) Attention to Detail - Is thorough when doing work;\n(2) Customer "
     "Service - Work with clients and customers to:\n    - assess their needs,\n    - give information or help,\n"
     "    - resolve their problems, or\n    - satisfy their expectations; and\n(3) Oral Communication - Express "
     "information to people."),
    # written fresh: base verbs after a modal ("must"), the only "to" or modal before the series
    ("As a senior analyst you must review contracts for 12 field offices, write audit reports for the Inspector "
     "General, and train new staff.",
     "As a senior analyst you must:\n- review contracts for 12 field offices,\n- write audit reports for the Inspector "
     "General, and\n- train new staff."),
    # written fresh: no serial comma ("... senior leaders and presenting ..."): split at the "and" before an -ing word
    ("Specialized experience is experience in analyzing large data sets for trends, developing reports for senior "
     "leaders and presenting findings to agency stakeholders.",
     "Specialized experience is experience in:\n- analyzing large data sets for trends,\n- developing reports for "
     "senior leaders and\n- presenting findings to agency stakeholders."),
    # written fresh: "experience" as the anchor; facts (a number, money) in the items; text after the list -> new
    # paragraph
    ("You must have one year of experience planning audits of 12 field offices, writing audit reports for the "
     "Inspector General, and tracking corrective actions worth $2 million. We check it.",
     "You must have one year of experience:\n- planning audits of 12 field offices,\n- writing audit reports for the "
     "Inspector General, and\n- tracking corrective actions worth $2 million.\n\nWe check it."),
    # written fresh: a bullet item; an adverb before a verb ("effectively") and two verbs in the first item
    ("- One year of experience in developing and maintaining data pipelines in Python, writing complex SQL queries "
     "for dashboards, and effectively presenting results to program leaders.",
     "- One year of experience in:\n  - developing and maintaining data pipelines in Python,\n  - writing complex SQL queries for "
     "dashboards, and\n  - effectively presenting results to program leaders."),
    # corpus (ac-621789700 and 14 more, OPM's Customer Service competency with its bracket): the
    # boilerplate rule's plain form ("to find out what they need, give information or help, ...") is
    # listed too; the definition of clients and customers stays in the item ("find" is a base verb)
    ("2. Customer Service - Works with clients and customers (that is, any individuals who use or receive the services "
     "or products that your work unit produces, including the general public, individuals who work in the agency, "
     "other agencies, or organizations outside the Government) to assess their needs, provide information or "
     "assistance, resolve their problems, or satisfy their expectations.\n3. Oral Communication - Expresses "
     "information to people.",
     "2. Customer Service - Works with clients and customers to:\n   - find out what they need,\n   - give information "
     "or help,\n   - solve their problems, or\n   - meet what they expect.\n   Clients and customers are any people "
     "who use or get your work unit's services or products. They include the public, people in the agency, other "
     "agencies, and groups outside the Government.\n3. Oral Communication - Expresses information to people."),
    # written fresh (plainlists2): everyday base verbs after a modal
    ("In this job at the Denver office you will find records for 40 claims, take notes at panel meetings, and make "
     "copies of case files for the Board.",
     "In this job at the Denver office you will:\n- find records for 40 claims,\n- take notes at panel meetings, and\n"
     "- make copies of case files for the Board."),
]

# 1b. plain noun phrases (two to six words, no preposition, "to", relative word or verb of being in any item) after
# the last preposition before the series
NOUN_ROWS = [
    # corpus (ac-623544800)
    ("Skill in applying the principles and concepts of data analytics, information resource management, relational "
     "database structures, conceptual database design, and data transformation.",
     "Skill in applying the principles and concepts of:\n- data analytics,\n- information resource management,\n- "
     "relational database structures,\n- conceptual database design, and\n- data transformation."),
    # corpus (ac-617847400): an item of a semicolon list, after "including"
    ("Your experience must include:\n- Extracting complex queries from disparate database sources, including relational "
     "structures, structured files, unstructured data, and NoSQL data stores; and\n- Writing reports for 3 offices.",
     "Your experience must include:\n- Extracting complex queries from disparate database sources, including:\n  - "
     "relational structures,\n  - structured files,\n  - unstructured data, and\n  - NoSQL data stores; and\n- "
     "Writing reports for 3 offices."),
    # written fresh
    ("You may have gained this experience in the federal government, a state or local government, a non-profit "
     "organization, or the private sector.",
     "You may have gained this experience in:\n- the federal government,\n- a state or local government,\n- a "
     "non-profit organization, or\n- the private sector."),
]

NOUN_NEGATIVE = [
    # corpus (ac-622708900): a chain of prepositions before the series ("to the mission of"): "the mission of" may
    # hold for the first item only
    "Illegal drug use by employees in sensitive jobs presents a clear threat to the mission of the Air Force, national "
    "security, and public safety.",
    "Ability to recognize and clearly define program deficiencies that may be eliminated through improvements or "
    "advances in maintenance systems, automatic test equipment, and logistics support systems.",
    # corpus (ac-623512700): a partitive and a lead phrase as the first "item"
    "Designing and developing database systems using all of the following systems, Microsoft SQL (Structured Query "
    "Language), Microsoft Access, Microsoft Excel, and Statistical Analysis System (SAS).",
    # a phrase after the last item may hold for every item
    "You may have gained this experience in the federal government, a state or local government, a non-profit "
    "organization, or the private sector as a paid employee or volunteer.",
    # prepositions inside the items
    "Please visit the VA for Vets site for career-search tools for Veterans seeking employment at VA, career development "
    "services for our existing Veterans, and coaching and reintegration support for military service members.",
    # one-word items (a noun series, not a list)
    "Comprehensive knowledge of the range of administrative laws, policies, regulations, and precedents applicable to "
    "public programs in 12 states.",
    "It must be equal to the GS-07 level or equivalent under other pay systems in the Federal service, military, or "
    "private sector.",
]


@pytest.mark.parametrize("text, expected", NOUN_ROWS)
def test_noun_series_become_lists(text: str, expected: str) -> None:
    assert _check("qualifications", text) == expected


@pytest.mark.parametrize("text", NOUN_NEGATIVE)
def test_noun_series_left_alone(text: str) -> None:
    # the lists rule alone: with it, split-sentences parts "... sector as a paid employee" ("This must be experience as
    # a paid employee or volunteer."), after which the series ends its sentence and is listed
    assert _check("qualifications", text, rules=["lists"]) == text


# 1c. "Note:" run onto the text before it with no full stop (a lost line break) -> a paragraph of its own
NOTE_ROWS = [
    # corpus (ac-623458000): the note's sentence then reads on its own, and its "include" series becomes a list
    ("- giving technical guidance and help on an entire project for broad and varied operations Note: Creditable "
     "experience may include earlier military experience, experience gained in the private sector, or experience "
     "gained in another government agency.",
     "- giving technical guidance and help on an entire project for broad and varied operations\n\nNote:\nCreditable "
     "experience may include:\n- earlier military experience,\n- experience gained in the private sector, or\n- "
     "experience gained in another government agency."),
    # corpus (ac-623418000, summary)
    ("Salary: $43,683.00 (Step 01) to $56,790.00 (Step 10) Note: First time hires to the Federal Government are "
     "typically hired at the Step 01.",
     "Salary: $43,683.00 (Step 01) to $56,790.00 (Step 10)\n\nNote:\nFirst time hires to the Federal Government are "
     "typically hired at the Step 01."),
    # negatives: "Note" as a word of the sentence, a note in brackets
    ("Please read the Note: it explains the rules for the GS-12 level.",
     "Please read the Note: it explains the rules for the GS-12 level."),
    ("Pay differs by city (Note: Rates vary by city and by year) for this job.",
     "Pay differs by city (Note: Rates vary by city and by year) for this job."),
]


@pytest.mark.parametrize("text, expected", NOTE_ROWS)
def test_glued_note(text: str, expected: str) -> None:
    assert _check("qualifications", text, rules=["lists", "split-sentences"]) == expected


# 1d. a full sentence in brackets that closes a long sentence, opening with its own subordinate clause or "note:" ->
# a sentence of its own (round 7's rule took only brackets that open with their subject)
BRACKET_ROWS = [
    # corpus (ac-622816900)
    ("To calculate education, first identify the percentage of required education you have earned (when substituting, "
     "you cannot use the first 60 semester hours that you earned).",
     "To calculate education, first identify the percentage of required education you have earned. When substituting, "
     "you cannot use the first 60 semester hours that you earned."),
    # written fresh after a corpus item (ac-615452900)
    ("You may qualify through election to membership in a national scholastic honor society (note: freshman honor "
     "society cannot be used to meet the requirements of this job).",
     "You may qualify through election to membership in a national scholastic honor society.\nNote:\nFreshman honor "
     "society cannot be used to meet the requirements of this job."),  # "Note:" on its own line (round 11)
    # negatives: an instruction with no subject after the opening clause, a short aside
    ("You must have one year of specialized experience in the Federal service at the GS-11 level (when applicable, send "
     "your SF-50 with it).",
     "You must have one year of specialized experience in the Federal service at the GS-11 level (when applicable, send "
     "your SF-50 with it)."),
    ("You must have one year of specialized experience in the Federal service at the GS-11 level for this job (if any, "
     "see below).",
     "You must have one year of specialized experience in the Federal service at the GS-11 level for this job (if any, "
     "see below)."),
]


@pytest.mark.parametrize("text, expected", BRACKET_ROWS)
def test_closing_bracket_sentence(text: str, expected: str) -> None:
    assert _check("qualifications", text, rules=["split-sentences"]) == expected


# 2. looks similar, must not change
SERIES_NEGATIVE = [
    # noun phrases, the last one not parallel ("or as a volunteer"): no kind of item this rule knows
    "You may have gained this experience in the federal government, a state or local government, a non-profit "
    "organization, the private sector, or as a volunteer.",
    # one-word verbs sharing one object are not items
    "Specialized experience means experience identifying, developing and advising on technologies with knowledge of "
    "Microsoft Azure and Office 365 architecture for a large agency.",
    "Experience supporting, managing, and carrying out backup processes, and testing them.",
    # two "to"s: which one the series hangs on is open
    "You need the ability to lead teams to deliver results, manage budgets for 3 offices, and write reports for "
    "senior leaders.",
    # "will" and "to": the series may hang on either
    "You will work with program offices to prepare the annual budget, track spending each month, and brief the "
    "Director on risks.",
    # a lead-in of two words ("You will") stays with its first item
    "You will plan the work of 4 teams, track the budget of $2 million each year, and report results to the Director.",
    # another -ing word inside the first item: where it starts is open
    "Specialized experience is experience in leading teams in analyzing data sets, writing queries for reports, and "
    "presenting results to leaders.",
    # a time limit on the last item holds for all of them
    "You must complete the steps of this process by logging in to your account, uploading your resume and "
    "transcripts, and answering the questionnaire by the closing date.",
    # a lead-in shorter than four words stays with its first item
    "- Experience in developing and maintaining data pipelines in Python, writing complex SQL queries for dashboards, "
    "and effectively presenting results to program leaders.",
    # the series does not end the sentence
    "If you have experience in analyzing data, writing queries for reports, and presenting results to leaders, you "
    "may qualify for this job at the GS-11 level.",
    # alternative qualification paths joined by "or" keep their sentence
    "You can qualify for this job at the GS-09 level by having a master's degree in statistics, completing 2 full "
    "years of graduate education, or having one year of specialized experience.",
    # short sentences are left alone
    "We value skill in writing code, testing code, and fixing bugs.",
    # questions
    "Do you have experience in analyzing data sets for trends, writing queries for reports, and presenting results "
    "to senior leaders?",
    # legal text is never edited
    "To request a reasonable accommodation, contact the office by phone to describe your needs, give your name and "
    "phone number, and explain the help you need with the application.",
    # a semicolon or colon: the other list forms decide
    "Experience in analyzing large data sets for trends, developing reports for senior leaders, and presenting "
    "findings to agency stakeholders; we check it.",
    # plainlists2: one-word items after the new base verbs ("check, and report") are no list
    "In this job you will meet with staff to find out what the office needs from the new system, check, and report.",
    # verbs in capitals ("Planning" as a name of an office) are no items
    "You will work with the staff of the Office of Strategic Planning, Budgeting and Reporting Services, and Program "
    "Evaluation Services at headquarters.",
]


# 3. questionnaires (held-out shapes, written fresh): a question with its lettered answer options, and an answer option
# in the first person, keep their shape
QUESTIONNAIRE_NEGATIVE = [
    "18. Select the response that best describes your experience supporting production systems for 3 agencies, "
    "troubleshooting network issues, and diagnosing technical problems.\n A. I have not done this task.\n B. I have "
    "done this task with close supervision.",
    "19. Which statement best describes your experience?\n A. I have not done this task.\n C. I have used information "
    "from event monitoring tools to analyze anomalous activity on 12 networks, identify an incident, and start incident "
    "response.\n D. None of the above.",
    "6. Select all that apply. Describe your experience working with clients and customers to assess their needs, "
    "resolve their problems, and satisfy their expectations. I have:\n A. Answered questions.\n B. None of the above.",
]


@pytest.mark.parametrize("text", QUESTIONNAIRE_NEGATIVE)
def test_questionnaire_series_left_alone(text: str) -> None:
    assert _check("duties", text, rules=["lists", "split-sentences"]) == text


@pytest.mark.parametrize("text, expected", SERIES_ROWS)
def test_series_become_lists(text: str, expected: str) -> None:
    assert _check("qualifications", text) == expected


@pytest.mark.parametrize("text", SERIES_NEGATIVE)
def test_series_left_alone(text: str) -> None:
    assert _check("qualifications", text, rules=["lists", "split-sentences"]) == text


def test_series_change_has_rule_reason_source() -> None:
    text = SERIES_ROWS[0][0]
    result = rewrite_posting(JobPosting(title="Management Analyst", series="0343", qualifications=text),
                             rules=["lists"])
    assert {c.rule for c in result.changes} == {"lists"}
    assert all("series of 3 -ing phrases" in c.reason for c in result.changes)
    assert all(c.source == "Federal Plain Language Guidelines, Use lists (design/use-lists)" for c in result.changes)
    assert [c.original for c in result.changes] == [" ", " ", " and "]


def test_series_rule_can_be_switched_off() -> None:
    text = SERIES_ROWS[0][0]
    assert _check("qualifications", text, rules=["split-sentences"]) == text


# 4. property: every list made from a series keeps every word of the sentence, in order, and its facts; each item
# completes the lead-in (it opens with the kind's word)
_LEADS = ["Specialized experience is experience in", "You must have one year of experience",
          "This job needs a person with skill in", "Your resume must show your experience with"]
_VERBS = ["analyzing", "developing", "writing", "planning", "reviewing", "tracking", "presenting", "managing"]
_OBJECTS = ["data sets for 3 regions", "audit reports for the Director", "budgets of $40,000", "queries in SQL",
            "contracts for GS-13 staff", "results to senior leaders", "field offices in 12 states"]


def _words(text: str) -> list[str]:
    """The words of a text in order, with the list markers and the lead-in's colon that a list adds left out."""
    return re.findall(r"[\w$',.-]+", re.sub(r"(?m)^[ \t]*- |:\n", " ", text))


@settings(max_examples=40, deadline=None)
@given(lead=st.sampled_from(_LEADS), verbs=st.lists(st.sampled_from(_VERBS), min_size=3, max_size=5, unique=True),
       objects=st.lists(st.sampled_from(_OBJECTS), min_size=5, max_size=5), serial=st.booleans())
def test_series_property(lead: str, verbs: list[str], objects: list[str], serial: bool) -> None:
    items = [f"{v} {o}" for v, o in zip(verbs, objects)]
    text = f"{lead} {', '.join(items[:-1])}{',' if serial else ''} and {items[-1]}."
    out = _check("qualifications", text, rules=["lists"])
    assert _words(out) == _words(text)
    if len(re.findall(r"\w+", text)) > 15:
        lines = out.split("\n")
        assert lines[0] == f"{lead}:"
        assert [line[2:].split()[0] for line in lines[1:]] == verbs


_KINDS = {
    # lead-ins, openers, objects: every combination is a series this rule lists once the sentence is long enough
    "to": (["As a senior analyst at the agency you must", "In this job at the GS-13 level you will"],
           ["review", "write", "plan", "track", "brief", "train", "find", "make"],
           ["contracts for 12 field offices", "audit reports for the Director", "budgets of $40,000",
            "new staff in 3 regions", "senior leaders on risks"]),
    "noun": (["Your resume must show your skill in", "The panel will rate your knowledge of"],
             ["budget", "contract", "federal grants", "data analytics", "public health", "records"],
             ["formulation", "oversight work", "management", "tools and methods", "program reviews"]),
}


@settings(max_examples=40, deadline=None)
@given(kind=st.sampled_from(sorted(_KINDS)), data=st.data())
def test_verb_and_noun_series_property(kind: str, data: st.DataObject) -> None:
    leads, openers, objects = _KINDS[kind]
    lead = data.draw(st.sampled_from(leads))
    first = data.draw(st.lists(st.sampled_from(openers), min_size=3, max_size=5, unique=True))
    rest = data.draw(st.lists(st.sampled_from(objects), min_size=len(first), max_size=len(first)))
    conj = data.draw(st.sampled_from(["and", "or"]))
    items = [f"{a} {b}" for a, b in zip(first, rest)]
    text = f"{lead} {', '.join(items[:-1])}, {conj} {items[-1]}."
    out = _check("qualifications", text, rules=["lists"])
    assert _words(out) == _words(text)
    if len(re.findall(r"\w+", text)) > 15:
        lines = out.split("\n")
        assert lines[0] == f"{lead}:"
        assert [line[2:] for line in lines[1:]] == [f"{item}," for item in items[:-2]] + [
            f"{items[-2]}, {conj}", f"{items[-1]}."]


# 5. plainlists2: a numbered list item whose line holds the next items too (two sentences' worth or more in one item)
# -> each item on its own line, while the numbers go on in order in the line's own style; the "and"/"or" between the
# last two stays at the end of the item before, and a marker glued to its text gets its space back
RUN_ON_ROWS = [
    # corpus (ac-622466400): "(n)" style, "; and" and a marker glued to its item
    ("(1) Shows skill in applying data concepts.\n(2) Shows skill in writing code.\n(3) Shows skill in applying "
     "database management concepts, principles, and methods including database logical and physical design; and "
     "(4)Shows skill in applying data analytics processes and procedures. This includes data acquisition.",
     "(1) Shows skill in applying data concepts.\n(2) Shows skill in writing code.\n(3) Shows skill in applying "
     "database management concepts, principles, and methods including database logical and physical design; and\n"
     "(4) Shows skill in applying data analytics processes and procedures. This includes data acquisition."),
    # corpus (ac-622385200): after semicolons, "; and," kept at the end of the item before
    ("Specialized experience includes:\n1. Conducting LMS systems administration functions; 2. Giving technical "
     "support and troubleshooting issues of the LMS system; and, 3. Developing, carrying out and troubleshooting "
     "databases.",
     "Specialized experience includes:\n1. Conducting LMS systems administration functions;\n2. Giving technical "
     "support and troubleshooting issues of the LMS system; and,\n3. Developing, carrying out and troubleshooting "
     "databases."),
    # corpus (ac-622708900): an item that opens with "A" after a full stop and a space
    ("You must have:\n4. Must have a bachelor's degree in a related discipline such as computer or electronics "
     "engineering, computer science, or mathematics. 5. A master's degree in a technically-related field is highly "
     "desired.",
     "You must have:\n4. Must have a bachelor's degree in a related discipline such as computer or electronics "
     "engineering, computer science, or mathematics.\n5. A master's degree in a technically-related field is highly "
     "desired."),
    # corpus (ac-622074300): glued after an acronym's full stop ("IC.5."); "6." after a bracket is round 11's
    ("Skills:\n4. Familiarity with cloud services as applied in the DoD and IC.5. Demonstrated skill with "
     "visualization techniques and software tools (i.e. Tableau, matplotlib, etc.).6. Experience in applying "
     "analytic techniques.",
     "Skills:\n4. Familiarity with cloud services as applied in the DoD and IC.\n5. Demonstrated skill with "
     "visualization techniques and software tools (i.e. Tableau, matplotlib, etc.).\n6. Experience in applying "
     "analytic techniques."),
    # written fresh: "(n)" items after a full stop (round 11's run-in rule reads "n." and "n)" only)
    ("(1) Review 40 claims a week. (2) Write case notes for the Board. (3) Train 3 new staff members.",
     "(1) Review 40 claims a week.\n(2) Write case notes for the Board.\n(3) Train 3 new staff members."),
    # written fresh: "1)" style with "; or"; the inline-list rule already does this one, and the two do not add up
    # to a blank line
    ("You will:\n1) Review 40 claims a week; 2) Write case notes for the Board; or 3) Train 3 new staff members.",
     "You will:\n1) Review 40 claims a week;\n2) Write case notes for the Board; or\n3) Train 3 new staff members."),
]

RUN_ON_NEGATIVE = [
    # the numbers do not go on in order from the line's own
    "1. Knowledge of federal budgets; 3. Knowledge of contracts over $250,000.",
    # another marker style
    "You must have:\n1. Experience leading teams; (2) Experience writing reports.",
    "(1) Knowledge of budgets; 2. Knowledge of contracts.",
    # a number with no marker after it is a quantity
    "Grade levels:\n1. The GS-12 grade pays from $86,962; 2 weeks of leave accrue in the first year.",
    # the line does not open with a marker
    "We rate three things; 2. Knowledge of contracts comes second.",
]


@pytest.mark.parametrize("text, expected", RUN_ON_ROWS)
def test_items_run_on_get_own_lines(text: str, expected: str) -> None:
    assert _check("qualifications", text, rules=["lists"]) == expected


@pytest.mark.parametrize("text", RUN_ON_NEGATIVE)
def test_items_run_on_left_alone(text: str) -> None:
    assert _check("qualifications", text, rules=["lists"]) == text


def test_items_run_on_change_has_rule_reason_source() -> None:
    text = RUN_ON_ROWS[0][0]
    result = rewrite_posting(JobPosting(title="Management Analyst", series="0343", qualifications=text),
                             rules=["lists"])
    assert [(c.original, c.replacement, c.reason) for c in result.changes] == [
        (" and ", " and\n", 'item "(4)" run onto the line of the item before it -> its own line'),
        ("", " ", 'item "(4)" glued to its text -> a space after the marker'),
    ]
    assert all(c.source == "Federal Plain Language Guidelines, Use lists (design/use-lists)" for c in result.changes)


@settings(max_examples=40, deadline=None)
@given(start=st.integers(min_value=1, max_value=7), count=st.integers(min_value=2, max_value=4),
       style=st.sampled_from(["{n}.", "{n})", "({n})"]), joiner=st.sampled_from(["; ", "; and ", "; or ", ". "]),
       items=st.lists(st.sampled_from(["Review 40 claims a week", "Write case notes for the Board",
                                       "Train 3 new staff members", "Lead audits of $2 million in grants"]),
                      min_size=4, max_size=4))
def test_items_run_on_property(start: int, count: int, style: str, joiner: str, items: list[str]) -> None:
    # every run-on item gets its own line with its marker, no word or fact is lost, and the words stay in order
    markers = [style.format(n=start + i) for i in range(count)]
    text = "You will:\n" + joiner.join(f"{m} {item}" for m, item in zip(markers, items)) + "."
    out = _check("qualifications", text, rules=["lists"])
    lines = out.split("\n")[1:]
    assert [line.split(" ")[0] for line in lines] == markers
    assert out.split() == text.split()
