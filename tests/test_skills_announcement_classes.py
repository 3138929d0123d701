"""Kinds of mention that announcement text has and the questionnaire sets lacked, from the blind second
annotation of the dev set ("sample A", evaluation/skills/HELDOUT.md, "Second annotation of the dev set"),
fixed as general rules or as vocabulary from cited sources. Every sentence is written for this test (none is
copied from an announcement or a held-out set), with the exact matches expected; the negative rows must stay
as shown."""

from __future__ import annotations

import pytest

from skillhire import map_skills
from skillhire.skills import default_nlp

# ---- text shape: list numbers glued to a sentence end, ")" glued to the next word, a word ending in "-"
TOKENS = [
    ("built forecasting models.3. Led the team",
     ["built", "forecasting", "models", ".", "3", ".", "Led", "the", "team"]),
    ("as required).12. Provides", ["as", "required)", ".", "12", ".", "Provides"]),
    ("Writing (Technical)Information Security", ["Writing", "(", "Technical)", "Information", "Security"]),
    ("Data Analysis- Gathers facts", ["Data", "Analysis", "-", "Gathers", "facts"]),
    # not list numbers, not glued names: left as they were
    ("Python3.8 and No.1 and version 4.2.1", ["Python3.8", "and", "No.1", "and", "version", "4.2.1"]),
    ("an e-mail to pre- and post-award staff",
     ["an", "e", "-", "mail", "to", "pre", "-", "and", "post", "-", "award", "staff"]),
    ("the (GS-12) grade", ["the", "(", "GS-12", ")", "grade"]),
]


@pytest.mark.parametrize(("text", "tokens"), TOKENS)
def test_text_shape_tokens(text: str, tokens: list[str]) -> None:
    assert [t.text for t in default_nlp()(text)] == tokens


TEXT_SHAPE = [
    ("3. Experience building machine learning models.4. Experience with cloud services.",
     [("machine-learning", "machine learning models"), ("cloud-computing", "cloud services")]),
    ("Experience with dashboards and predictive models.2. Ability to brief leaders.",
     [("dashboards", "dashboards"), ("predictive-analytics", "predictive models")]),
    ("Competencies: Oral Communication (Clerical)Data ManagementTeamwork",
     [("data-management", "Data Management")]),
    ("Competencies: Writing (Technical)Information AssuranceProblem Solving",
     [("cybersecurity", "Information Assurance")]),
    ("Project Management- Plans, organizes and monitors work.",
     [("project-management", "Project Management")]),
]
TEXT_SHAPE_NEGATIVE = [
    # a general competency keeps no skill when its name is glued or followed by "-"
    ("Competencies: Oral Communication (Clerical)Attention to DetailTeamwork", []),
    ("Attention to Detail- Is thorough when performing work.", []),
    ("Apply by the closing date.3. Submit your transcripts.", []),
]


@pytest.mark.parametrize(("text", "expected"), TEXT_SHAPE + TEXT_SHAPE_NEGATIVE)
def test_text_shape(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == expected


# ---- spelling variants made at build time: "analytic" = "analytical", a doubled consonant left single
SPELLING = [
    ("Applies analytic techniques to claims data.", [("data-analysis", "analytic techniques")]),
    ("Uses analytic tools such as Tableau.", [("data-analysis", "analytic tools"), ("tableau", "Tableau")]),
    ("Writes code in a programing language such as Java.",
     [("software-development", "programing language"), ("java", "Java")]),
    ("Experience in computer programing and SQL programing.",
     [("software-development", "computer programing"), ("sql", "SQL programing")]),
    ("Built a product roadmaping process.", [("product-roadmapping", "product roadmaping")]),
]
SPELLING_NEGATIVE = [
    # "ss", "ll", "ff" are doubled in the stem, not at a suffix: no undoubled form
    ("Document procesing and instaling updates.", []),
    # "program" is no verb: the verb rule still reads "program performance" as the object's modifiers
    ("Analyzes program performance data for the office.",
     [("data-analysis", "Analyzes program performance data")]),
    ("Analytic thinking and an analytical mind.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPELLING + SPELLING_NEGATIVE)
def test_spelling_variants(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == expected


# ---- vocabulary from cited sources: the OPM IT competency "Computer Languages"; O*NET's "Hierarchical
# Linear and Non-Linear Modeling" (15-2041.00 Statisticians); "data manipulation" as a word-order head; the
# audience of technical communication (OPM Oral Communication: "Presenting technical information to
# non-technicians")
VOCABULARY = [
    ("Competencies: Computer LanguagesOperating Systems", [("software-development", "Computer Languages")]),
    ("Coursework in generalized and non-linear models and survey sampling.",
     [("regression-analysis", "non-linear models"), ("sampling", "survey sampling")]),
    ("Fits linear models to program cost data.", [("regression-analysis", "linear models")]),
    ("Performs manipulation of data with Python.", [("etl", "manipulation of data"), ("python", "Python")]),
    ("Skilled in data manipulation and cleaning.",
     [("etl", "data manipulation"), ("data-cleaning", "cleaning")]),
    ("Explains survey methods to nontechnical audiences.",
     [("technical-communication", "nontechnical audiences")]),
]
VOCABULARY_NEGATIVE = [
    # "linear" and "nonlinear" without "models" or "modeling" name no regression
    ("Builds linear scheduling plans and nonlinear timelines.", []),
    # another sense of "manipulation": no data
    ("Avoids manipulation of test results.", []),
    ("Languages: fluency in Spanish is desirable.", []),
]


@pytest.mark.parametrize(("text", "expected"), VOCABULARY + VOCABULARY_NEGATIVE)
def test_cited_vocabulary(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == expected


# ---- round 16, from sample B (HELDOUT.md, "Sample B"): vocabulary from cited sources. O*NET 15-1253.00 ("Design
# test plans"), "system engineering" (rule 6, singular), monitoring and evaluation (Evidence Act, OMB M-20-12),
# information governance, OMB A-11 section 280 customer surveys, SME-QA "work with stakeholders", and O*NET
# 15-1244.00 "configure, and maintain ... operating systems"
VOCABULARY_16 = [
    ("Leads test planning for the claims portal release.", [("software-testing", "test planning")]),
    ("Reviews system engineering plans for the radar upgrade.", [("systems-analysis", "system engineering")]),
    ("Designs monitoring and evaluation plans for grant programs.",
     [("experimental-design", "monitoring and evaluation")]),
    ("Supports M&E for field offices.", [("experimental-design", "M&E")]),
    ("Uses regression to evaluate program effectiveness for grantees.",
     [("regression-analysis", "regression"), ("experimental-design", "evaluate program effectiveness")]),
    ("Helps states assess program effectiveness each year.",
     [("experimental-design", "assess program effectiveness")]),
    ("Sets information governance policy for the bureau.", [("data-governance", "information governance")]),
    ("Administers customer surveys after each call.", [("customer-feedback", "customer surveys")]),
    ("Runs customer experience surveys on the benefits site.",
     [("customer-feedback", "customer experience surveys")]),
    ("Configures servers and maintains operating systems for the lab.",
     [("system-administration", "Configures servers"), ("system-administration", "maintains operating systems")]),
    ("Able to work with stakeholders across offices.", [("stakeholder-engagement", "work with stakeholders")]),
    # rule 6 variants and the OPM 2210 DATAMGT wording
    ("Knows physics, modeling/simulation and optics.", [("operations-research", "modeling/simulation")]),
    ("Applies database logical and physical design to new systems.",
     [("database-design", "database logical and physical design")]),
    ("Leads application systems development for payroll.",
     [("software-development", "application systems development")]),
]
VOCABULARY_16_NEGATIVE = [
    ("Maintains servers at the restaurant and the grounds.", []),  # servers of food: no form
    ("Monitoring and enforcement of lease terms.", []),
    ("Program effectiveness depends on staffing.", []),  # the words alone are no evaluation
    ("Builds physical and logical security barriers.", []),
    ("Model/simulation kits for the hobby shop.", []),
    ("Our M&E Division reviews awards.", []),  # an office's name
    ("Plans test dates for the training course.", []),
    ("Sets governance policy for information sharing agreements.", []),
    ("Land surveys of the customer's parcel.", []),
    # the customer-service practice stays itself beside a survey of something else; "customer service surveys" are
    # customer feedback surveys (sample B's call, HELDOUT.md "Precision by kind"; the dev gold labels "customer service")
    ("Surveys of land boundaries; customer service experience required.", [("customer-service", "customer service")]),
    ("Reviews customer service surveys monthly.", [("customer-feedback", "customer service surveys")]),
]


@pytest.mark.parametrize(("text", "expected"), VOCABULARY_16 + VOCABULARY_16_NEGATIVE)
def test_cited_vocabulary_round_16(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == expected


# ---- round 16: a one-letter language in lower case is an item of a list of skills (GUIDELINES rule 6,
# 'lower-case "r" in a list of statistics packages'), only with a list word right after it and a skill beyond
LOWER_CASE_LETTER = [
    ("Uses statistical packages such as r, Stata, SAS.",
     [("statistics", "statistical packages"), ("r-language", "r"), ("stata", "Stata"), ("sas", "SAS")]),
    ("Writes Python, r and SQL queries.", [("python", "Python"), ("r-language", "r"), ("sql", "SQL queries")]),
    ("Tools: r, Tableau", [("r-language", "r"), ("tableau", "Tableau")]),
]
LOWER_CASE_LETTER_NEGATIVE = [
    ("See section r, and the SQL tables.", [("sql", "SQL")]),  # no list word before the letter
    ("Complete items (r) and (s) of the SQL form.", [("sql", "SQL")]),
    ("Grades a, b, r, and c are posted.", []),  # a list, but of no skills
    ("The letter r, then Python.", [("python", "Python")]),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_CASE_LETTER + LOWER_CASE_LETTER_NEGATIVE)
def test_lower_case_letter_in_a_list(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == expected


# ---- round 16: a verb list's object followed by "set(s)" ("collect, process, and analyze large data sets"): the
# verbs act on the data, and the object's own noun phrase may be a mention too (GUIDELINES rule 1)
OBJECT_TAILS = [
    ("Experience to collect, check and analyze large data sets.",
     [("data-collection", "collect"), ("data-analysis", "analyze"), ("big-data", "large data sets")]),
    ("Collects and analyzes survey data sets for the office.",
     [("data-collection", "Collects"), ("data-analysis", "analyzes")]),
]
OBJECT_TAILS_NEGATIVE = [
    ("Sets up and reviews office supplies.", []),
    # the tail ends no object: "data set aside" is no data set, and the verbs share no object here
    ("Collects and reviews funds set aside for audits.", []),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_TAILS + OBJECT_TAILS_NEGATIVE)
def test_verb_list_object_with_a_tail(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == expected


# ---- round 16: right items of a list that shares the first item's modifier read past one activity noun of no
# form ("database management, design, normalization, development, installation"); an item of the match's own
# skill past other items is a mention of its own; "database installation" is in the skill's own definition (and, since
# skillsfix26, "database backup" a form of it)
RIGHT_ITEMS = [
    ("Skilled in database tuning, normalization, installation and backup.",
     [("database-administration", "database tuning"), ("data-modeling", "normalization"),
      ("database-administration", "installation"), ("database-administration", "backup")]),
    ("Oversees database design, normalization, development and migration.",
     [("database-design", "database design"), ("data-modeling", "normalization"),
      ("database-design", "development"), ("data-migration", "migration")]),
]
RIGHT_ITEMS_NEGATIVE = [
    # a word that names no activity, or two items in a row of no form, end the list
    ("Handles data collection, travel, and analysis.", [("data-collection", "data collection")]),
    ("Handles data collection, budgeting, training, and analysis.", [("data-collection", "data collection")]),
]


@pytest.mark.parametrize(("text", "expected"), RIGHT_ITEMS + RIGHT_ITEMS_NEGATIVE)
def test_right_items_past_an_item_of_no_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == expected


# ---- round 16: "and/or" (one token) joins list items like "and" and "or" (GUIDELINES rule 1's own example,
# "qualitative and/or quantitative methods"); a noun after "another", "other", "multiple" ... is a phrase of its
# own, no modifier a list shares ("with another system or database architecture")
AND_OR = [
    ("Applies qualitative and/or quantitative methods to program data.",
     [("qualitative-research", "qualitative"), ("quantitative-analysis", "quantitative methods")]),
    ("Handles data collection and/or analysis for the team.",
     [("data-collection", "data collection"), ("data-analysis", "analysis")]),
    ("Methods for collecting, cleaning and/or analyzing survey data.",
     [("data-collection", "collecting"), ("data-cleaning", "cleaning"), ("data-analysis", "analyzing")]),
    ("Uses other statistical and qualitative methods.",
     [("statistics", "statistical"), ("qualitative-research", "qualitative methods")]),
]
AND_OR_NEGATIVE = [
    ("Software must work with another system and/or database architecture.",
     [("database-design", "database architecture")]),
    ("Connects multiple systems or network architecture documents.", [("network-administration",
                                                                       "network architecture")]),
    ("Submit a resume and/or a cover letter.", []),
]


@pytest.mark.parametrize(("text", "expected"), AND_OR + AND_OR_NEGATIVE)
def test_and_or_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == expected


# ---- round 16: an organisation's name followed by an acronym with "&" ("Change Management & Strategic Planning
# (CM&SP)") is a name like "Security Intelligence and Information Management (SIIM)"; a practice that is the whole
# name before its acronym stays a mention
ACRONYM_NAMES = [
    ("Reports to the Change Management & Strategic Planning (CM&SP) office.", []),
    # a comma inside the name (precision by kind): was data-analysis 'Analytics' and statistics 'Statistics'
    ("Joins the Research, Applied Analytics, and Statistics (RAAS) division.", []),
    ("Works in the Science, Technology Assessment, & Analytics (STAA) team.", []),
    ("Research, applied analytics, and statistics for the program office.",
     [("data-analysis", "analytics"), ("statistics", "statistics")]),
    ("Experience in Monitoring & Evaluation (M&E) of grants.",
     [("experimental-design", "Monitoring & Evaluation"), ("experimental-design", "M&E")]),
    ("Leads change management & strategic planning for the agency.",
     [("change-management", "change management")]),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYM_NAMES)
def test_names_before_an_acronym_with_ampersand(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == expected
