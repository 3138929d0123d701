"""Round 14 of the rewrite rules (issue 6): one marker per list item, a label stays on its list item's line, and the
simple-words swaps guarded by the sense of the word ("position" the job, not the stance or the place).

Each row has the exact expected output; every row also checks that no fact is lost and that rewriting the rewrite
changes nothing. Rows whose input and output are equal are the negative cases.
"""

from __future__ import annotations

import pytest

from skillhire.rewrite_words import _position_is_job
from tests.rewrite_fixtures import rewritten_section as _check

# 1. a run-in lettered or numbered list keeps its own markers, one per item, whatever their style; no bullet is added
LIST_ROWS = [
    ("The duties of this job include: a) plan the work of 4 teams; b) track the budget of $2,000,000; and c) report "
     "results to the Director.",
     "The duties of this job include:\na) plan the work of 4 teams;\nb) track the budget of $2,000,000; and\nc) report "
     "results to the Director."),
    ("The duties of this job include: (a) plan the work of 4 teams; (b) track the budget; (c) report results.",
     "The duties of this job include:\n(a) plan the work of 4 teams;\n(b) track the budget;\n(c) report results."),
    ("Your resume must show: a. your job title and series; b. your start and end dates; c. your hours per week.",
     "Your resume must show:\na. your job title and series;\nb. your start and end dates;\nc. your hours per week."),
    ("Your resume must show: 1) your job title and series; 2) your start and end dates; 3) your hours per week.",
     "Your resume must show:\n1) your job title and series;\n2) your start and end dates;\n3) your hours per week."),
    ("Your resume must show: (1) your job title and series; (2) your start and end dates; (3) your hours per week.",
     "Your resume must show:\n(1) your job title and series;\n(2) your start and end dates;\n(3) your hours per week."),
    ("The panel rates you on: i. your knowledge of GAAP; ii. your skill in writing audit reports; iii. your ability "
     "to lead a team.",
     "The panel rates you on:\ni. your knowledge of GAAP;\nii. your skill in writing audit reports;\niii. your ability "
     "to lead a team."),
    ("You must: (i) plan the work of 4 teams; (ii) track the budget; and (iii) report results to the Director.",
     "You must:\n(i) plan the work of 4 teams;\n(ii) track the budget; and\n(iii) report results to the Director."),
    # conditions of employment are legal text and stay as written
    ("You must: (i) pass a drug test; (ii) pass a background check; and (iii) hold a valid license.",
     "You must: (i) pass a drug test; (ii) pass a background check; and (iii) hold a valid license."),
    # items without markers are still bulleted
    ("The duties of this job include: plan the work of 4 teams; track the budget; and report results to the Director.",
     "The duties of this job include:\n- plan the work of 4 teams;\n- track the budget; and\n- report results to the "
     "Director."),
    # negatives: times, "i.e.", references to parts, a single letter
    ("The office is open from 8 a.m. to 4 p.m. on weekdays, i.e. Monday to Friday.",
     "The office is open from 8 a.m. to 4 p.m. on weekdays, i.e. Monday to Friday."),
    ("You qualify under paragraphs (a) and (b) of this section.",
     "You qualify under paragraphs (a) and (b) of this section."),
    ("Vitamin a. is not a list marker here.", "Vitamin a. is not a list marker here."),
]


@pytest.mark.parametrize("text, expected", LIST_ROWS)
def test_one_marker_per_item(text, expected):
    assert _check("qualifications", text, ["lists"]) == expected


def test_no_doubled_markers_with_every_rule():
    text = ("Major duties include: a) plan the work of 4 teams; b) track the budget of $2,000,000; and c) report "
            "results to the Division Director.")
    out = _check("duties", text, None)
    assert "- a)" not in out and "- b)" not in out and "\nb) " in out and "\nc) " in out


# 2. a short label that opens a list item stays on the item's line
LABEL_ROWS = [
    ("- Budget Formulation: Prepares the annual budget for the office of 40 staff. Reviews spending plans.\n"
     "- Policy Analysis: Writes briefing papers for the Assistant Secretary.",
     "- Budget Formulation: Prepares the annual budget for the office of 40 staff. Reviews spending plans.\n"
     "- Policy Analysis: Writes briefing papers for the Assistant Secretary."),
    ("1. Customer Service: Works with customers to assess their needs and knows about the products of 3 offices "
     "across the agency and its field sites.",
     "1. Customer Service: Works with customers to assess their needs and knows about the products of 3 offices "
     "across the agency and its field sites."),
    ("\u2022 Data Management: Maintains 12 databases for the regional offices.",
     "\u2022 Data Management: Maintains 12 databases for the regional offices."),
    # negatives: a question's title keeps its own line (answer options follow), and so does a path heading
    ("Answer each question.\n2. GS-09 Specialized Experience: Do you have at least 1 year of specialized experience?"
     "\n A. Yes\n B. No",
     "Answer each question.\n2. GS-09 Specialized Experience:\nDo you have at least 1 year of specialized experience?"
     "\n A. Yes\n B. No"),
    ("- Survey design.\n- OR, Education: You may substitute education for the required experience.",
     "- Survey design.\n- OR, Education:\nYou may substitute education for the required experience."),
    # outside a list item the label still gets its own line
    ("Budget Formulation: Prepares the annual budget for the office of 40 staff and reviews spending plans every "
     "quarter of the year for 3 divisions.",
     "Budget Formulation:\nPrepares the annual budget for the office of 40 staff and reviews spending plans every "
     "quarter of the year for 3 divisions."),
]


@pytest.mark.parametrize("text, expected", LABEL_ROWS)
def test_label_stays_on_item_line(text, expected):
    assert _check("qualifications", text, ["split-sentences"]) == expected


def test_label_in_duty_item_with_every_rule():
    text = ("- Budget Formulation: Prepares the annual budget for the office of 40 staff. Reviews spending plans.\n"
            "- Policy Analysis: Develops policy positions on trade.")
    assert _check("duties", text, None) == (
        "- Budget Formulation: You will prepare the annual budget for the office of 40 staff. You will review "
        "spending plans.\n- Policy Analysis: You will develop policy positions on trade.")


# 3. "position" -> "job" only where it means a job
POSITION_ROWS = [
    # the job
    ("This position is located in Denver, CO.", "This job is located in Denver, CO."),
    ("The position of Program Analyst is open to 2 applicants.", "The job of Program Analyst is open to 2 applicants."),
    ("We have 3 positions at the GS-13 level.", "We have 3 jobs at the GS-13 level."),
    ("You may apply for GS-13 positions in 4 locations.", "You may apply for GS-13 jobs in 4 locations."),
    ("Experience in a supervisory position counts.", "Experience in a supervisory job counts."),
    ("List your current position and grade.", "List your current job and grade."),
    ("Show the duties of positions held in the last 5 years.", "Show the duties of jobs held in the last 5 years."),
    ("You must be qualified for the position to be filled.", "You must be qualified for the job to be filled."),
    ("Position title: Budget Analyst.", "Job title: Budget Analyst."),
    ("We will fill a position on the team in 2026.", "We will fill a job on the team in 2026."),
    ("You held a GS-13 position on a permanent basis.", "You held a GS-13 job on a permanent basis."),
    # the stance
    ("You will draft policy positions on trade with 12 countries.",
     "You will draft policy positions on trade with 12 countries."),
    ("You will explain the agency's position on tariffs.", "You will explain the agency's position on tariffs."),
    ("You will write a position paper each quarter.", "You will write a position paper each quarter."),
    ("You will prepare position statements for 3 hearings.", "You will prepare position statements for 3 hearings."),
    ("You will defend the Department's legal position in 5 cases.",
     "You will defend the Department's legal position in 5 cases."),
    ("You may be asked to take a position on proposed rules.",
     "You may be asked to take a position on proposed rules."),
    # the place, posture or verb
    ("You must remain in a seated position for 8 hours.", "You must remain in a seated position for 8 hours."),
    ("You will position the camera and lights for each shoot.",
     "You will position the camera and lights for each shoot."),
    ("Positions patients for x-ray exams.", "Positions patients for x-ray exams."),
    ("You will record GPS positions for 40 survey points.", "You will record GPS positions for 40 survey points."),
    ("You are in a position to help 20 staff.", "You are in a position to help 20 staff."),
]


@pytest.mark.parametrize("text, expected", POSITION_ROWS)
def test_position_sense(text, expected):
    assert _check("qualifications", text, ["simple-words"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("this position", True), ("GS-13 positions", True), ("positions at the VA", True), ("the position of", True),
        ("policy positions", False), ("the agency's position on", False), ("a position paper", False),
        ("to position the camera", False), ("a standing position", False),
    ],
)
def test_position_is_job(text, expected):
    start = text.index("position")
    end = start + len("positions" if "positions" in text else "position")
    assert _position_is_job(text, start, end) is expected


# the other simple-words entries with two senses in job announcements
SENSE_ROWS = [
    ("You will use the government purchase card and process purchase orders.",
     "You will use the government purchase card and process purchase orders."),
    ("You will purchase supplies for 3 offices.", "You will buy supplies for 3 offices."),
    ("You will convene a panel of 5 experts.", "You will convene a panel of 5 experts."),
    ("The board will convene monthly in Room 210.", "The board will meet monthly in Room 210."),
    ("You will support research endeavors across 3 labs.", "You will support research endeavors across 3 labs."),
    ("You will endeavor to answer within 2 days.", "You will try to answer within 2 days."),
    ("You will reflect on lessons learned after each of 4 audits.",
     "You will reflect on lessons learned after each of 4 audits."),
    ("Your resume must reflect 52 weeks of experience.", "Your resume must show 52 weeks of experience."),
    ("Your duties must be reflected on your resume.", "Your duties must be shown on your resume."),
    # (meaning review 20: "showing ... shown" says the verb twice; the row above keeps the shown sense of "reflected on")
    ("Send the SF-50 showing your grade if not reflected on your most recent SF-50.",
     "Send the SF-50 showing your grade if not reflected on your most recent SF-50."),
    ("They reflected on the 3 audits.", "They reflected on the 3 audits."),
    ("The approximate cost is $5,000.", "The approximate cost is $5,000."),
    ("You will work approximate 40 hours a week.", "You will work about 40 hours a week."),
    ("You will coordinate with DHS components and the Reserve Component.",
     "You will coordinate with DHS components and the Reserve Component."),
    ("You will test each component of the system.", "You will test each part of the system."),
    ("Knowledge of the organization components of 3 commands.", "Knowledge of the organization components of 3 commands."),
]


@pytest.mark.parametrize("text, expected", SENSE_ROWS)
def test_two_sense_words(text, expected):
    assert _check("qualifications", text, ["simple-words"]) == expected


# 4. defects found reading 20 rewritten postings of the development corpus (seed 20261124): "OR"/"AND" between the
# items of a semicolon list stays with the item it ends, or on its own line, and never takes the next item's bullet
JOINER_ROWS = [
    ("Specialized experience for this job is: experience in assessing electronic databases for 3 agencies; AND "
     "Experience doing data aggregation for 5 years; AND Experience using software to do data analysis.",
     "Specialized experience for this job is:\n- experience in assessing electronic databases for 3 agencies; AND\n"
     "- Experience doing data aggregation for 5 years; AND\n- Experience using software to do data analysis."),
    ("Examples of such experience could include:\nExperience using computer applications to communicate information;\n"
     "OR\nGiving customer service to 40 clients a day;\nOR\nTracking customer issues in electronic data bases.",
     "Examples of such experience could include:\n- Experience using computer applications to communicate information;"
     "\nOR\n- Giving customer service to 40 clients a day;\nOR\n- Tracking customer issues in electronic data bases."),
    # negative: "and" in lower case still ends its line as before
    ("Specialized experience for this job is: assessing electronic databases for 3 agencies; doing data aggregation "
     "for 5 years; and using software to do data analysis.",
     "Specialized experience for this job is:\n- assessing electronic databases for 3 agencies;\n- doing data "
     "aggregation for 5 years; and\n- using software to do data analysis."),
]


@pytest.mark.parametrize("text, expected", JOINER_ROWS)
def test_joiners_between_items(text, expected):
    assert _check("qualifications", text, ["lists"]) == expected


# 5. defects found in duties-style texts written for this round: Roman "ii." items are duty items like "i."
@pytest.mark.parametrize(
    "text, expected",
    [
        ("i. Reports results to the Regional Hydrologist.\nii. Reviews water quality data from 20 sites.\n"
         "iii. Prepares 4 reports a year.",
         "i. You will report results to the Regional Hydrologist.\nii. You will review water quality data from 20 "
         "sites.\niii. You will prepare 4 reports a year."),
        ("Duties:\ni. Reports results to the Regional Hydrologist.\nii. Endeavors to complete all tests within 48 hours.",
         "Duties:\ni. You will report results to the Regional Hydrologist.\nii. You will try to complete all tests "
         "within 48 hours."),
        # negative: a Roman-numbered item with a subject
        ("i. The team reviews water quality data.\nii. The lab prepares 4 reports a year.",
         "i. The team reviews water quality data.\nii. The lab prepares 4 reports a year."),
    ],
)
def test_roman_duty_items(text, expected):
    assert _check("duties", text, ["duty-statements", "duty-series", "simple-words"]) == expected
