"""Round 26 of the rewrite rules (issue 6): long sentences left after rewriting, the kinds that recur.

Each row is a sentence written for this round after the shape of one seen in the rewritten development postings, or a
near miss of one, with the exact expected output. Every row also checks that no fact is lost and that rewriting the
rewrite changes nothing (``tests/rewrite_fixtures.py``). Rows whose output keeps the sentence whole are the negative
cases.
"""

from __future__ import annotations

import pytest

from tests.rewrite_fixtures import rewritten_section as _check

GLUED = ["glued-words"]
SPLIT = ["split-sentences"]


# glued-words: a sentence break lost before a pronoun with its verb ("You can", "There is") or before a noun subject
# with its modal ("A transcript must", "Applicant must") after a lower-case word or a date
@pytest.mark.parametrize("text, expected", [
    ("Credit is given for 9 semester hours of graduate study and 6 months of experience for the job A transcript "
     "must be sent with your application.",
     "Credit is given for 9 semester hours of graduate study and 6 months of experience for the job. A transcript "
     "must be sent with your application."),
    ("Your resume must list the courses you took and the hours you earned in each of them A transcript will be asked "
     "for later.",
     "Your resume must list the courses you took and the hours you earned in each of them. A transcript will be asked "
     "for later."),
    ("These responsibilities include systems design and data support for the regional field offices You can read "
     "more about the qualifications on the OPM website.",
     "These responsibilities include systems design and data support for the regional field offices. You can read "
     "more about the qualifications on the OPM website."),
    ("For the GS-11 level you need 3 full years of graduate study or an equivalent Doctoral Degree There is no "
     "substitution of education for the GS-12 level.",
     "For the GS-11 level you need 3 full years of graduate study or an equivalent Doctoral Degree. There is no "
     "substitution of education for the GS-12 level."),
    ("Send all the documents listed in this announcement by 03/15/2024 Applicants must show experience that "
     "applies directly to this job.",
     "Send all the documents listed in this announcement by 03/15/2024. Applicants must show experience that "
     "applies directly to this job."),
    ("Your application is reviewed against the competencies listed for the grade we will fill We will contact you "
     "if we need more papers.",
     "Your application is reviewed against the competencies listed for the grade we will fill. We will contact you "
     "if we need more papers."),
    # a list item run into the paragraph after it: the paragraph starts on its own (round 9's heading branch)
    ("Competencies:\n- Data Analysis\n- Written Communication You will receive a rating based on your answers to the "
     "questions.",
     "Competencies:\n- Data Analysis\n- Written Communication\n\nYou will receive a rating based on your answers to the "
     "questions."),
    # near misses: a name's next word ("Schedule A applicants"), a capitalised word before a noun subject, an article
    # before a plural, a web address, a number that is not a date, a joiner
    ("People hired under Schedule A Applicants must send proof of their disability with the form.",
     "People hired under Schedule A Applicants must send proof of their disability with the form."),
    ("Everyone hired through Schedule A applicants must send proof of their disability with the form.",
     "Everyone hired through Schedule A applicants must send proof of their disability with the form."),
    ("You must be a U.S. Citizen or U.S. National All new hires will be asked to follow the agency's rules.",
     "You must be a U.S. Citizen or U.S. National All new hires will be asked to follow the agency's rules."),
    ("Read the standard at https://www.opm.gov/qualifications#url=app All requirements must be met by the "
     "closing date of this announcement.",
     "Read the standard at https://www.opm.gov/qualifications#url=app All requirements must be met by the "
     "closing date of this announcement."),
    ("Your work must meet the rules of Section 508 You must list each tool you used to test it for access.",
     "Your work must meet the rules of Section 508 You must list each tool you used to test it for access."),
    ("You may send a resume, a cover letter and a list of courses or You may send the assessment form alone.",
     "You may send a resume, a cover letter and a list of courses or You may send the assessment form alone."),
])
def test_lost_sentence_break(text, expected):
    assert _check("qualifications", text, GLUED) == expected


# split-sentences: a summary sentence whose one subject ("This job", "You") places or names the job and then says
# what it does, after "and": two sentences, the subject said again
@pytest.mark.parametrize("text, expected", [
    ("This job is located in the Division of Information Technology, Operations Branch of the Bureau and provides "
     "support in the areas of security engineering and operations.",
     "This job is located in the Division of Information Technology, Operations Branch of the Bureau. This job provides "
     "support in the areas of security engineering and operations."),
    ("The job is located in Denver, Colorado and is responsible for supporting the program lead in carrying out "
     "new handbooks and directives.",
     "The job is located in Denver, Colorado. The job is responsible for supporting the program lead in carrying out "
     "new handbooks and directives."),
    ("This job is the Clinic Scheduler for the medical center and outlying clinics, and gives a high level of "
     "support with the clinic schedules.",
     "This job is the Clinic Scheduler for the medical center and outlying clinics. This job gives a high level of "
     "support with the clinic schedules."),
    ("This job reports to the Deputy Director, Office of Finance and oversees the budget analysts who prepare the "
     "annual spending plan.",
     "This job reports to the Deputy Director, Office of Finance. This job oversees the budget analysts who prepare the "
     "annual spending plan."),
    ("This job is in the Office of Change Management and will work with counterparts in the regional offices on "
     "process changes.",
     "This job is in the Office of Change Management. This job will work with counterparts in the regional offices on "
     "process changes."),
    ("You serve as a Section Chief within the Office of Data Policy and are responsible for the direction of "
     "technical and administrative staff.",
     "You serve as a Section Chief within the Office of Data Policy. You are responsible for the direction of "
     "technical and administrative staff."),
    ("This announcement is being used to create a list of qualified applicants for Budget Analyst jobs and will be "
     "used to fill vacancies this year.",
     "This announcement is being used to create a list of qualified applicants for Budget Analyst jobs. This announcement will be "
     "used to fill vacancies this year."),
    ("This job is located in the Chief Financial Officer Organization (CFOO) of the Department of Energy and provides "
     "support in the areas of budget and audit.",
     "This job is located in the Chief Financial Officer Organization (CFOO) of the Department of Energy. This job provides "
     "support in the areas of budget and audit."),
    # near misses: "and" in a noun list, a relative clause's verb, a verb that may be a noun ("reports", "plans"),
    # a verb that does not agree with "you", a subject that is not the job, a short sentence, an aside in brackets
    ("This job is located in the Office of Research and Development of the Federal Highway Administration in "
     "McLean, Virginia.",
     "This job is located in the Office of Research and Development of the Federal Highway Administration in "
     "McLean, Virginia."),
    ("This job is in the branch that plans budgets and provides financial services for the regional offices and "
     "the field sites.",
     "This job is in the branch that plans budgets and provides financial services for the regional offices and "
     "the field sites."),
    ("This job serves as the team lead for budgets and reports to the regional director on the results of each "
     "quarterly audit.",
     "This job serves as the team lead for budgets and reports to the regional director on the results of each "
     "quarterly audit."),
    ("You will serve as the lead analyst for research and work with partners across the agency on data sharing and "
     "privacy rules.",
     "You will serve as the lead analyst for research and work with partners across the agency on data sharing and "
     "privacy rules."),
    ("You will serve as a Data Analyst for the regional offices and serves as the contact for all data requests "
     "from the field.",
     "You will serve as a Data Analyst for the regional offices and serves as the contact for all data requests "
     "from the field."),
    ("The office is located in the Department of Health and provides support to the Chief Data Officer on data "
     "policy and privacy.",
     "The office is located in the Department of Health and provides support to the Chief Data Officer on data "
     "policy and privacy."),
    ("This job is in Dallas and is open to all.", "This job is in Dallas and is open to all."),
    ("This job is in the Office of Policy (which reports to the Secretary and is in Washington) and covers data "
     "policy for the whole department.",
     "This job is in the Office of Policy (which reports to the Secretary and is in Washington) and covers data "
     "policy for the whole department."),
    ("This job is in the Office of Policy, which reports to the Secretary and is in Washington, DC, near the "
     "White House.",
     "This job is in the Office of Policy, which reports to the Secretary and is in Washington, DC, near the "
     "White House."),
])
def test_job_second_predicate(text, expected):
    assert _check("summary", text, SPLIT) == expected
