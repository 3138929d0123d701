"""Duty statements in the reader's words (``duty-statements``) and duty series split (``duty-series``), round 13.

USAJOBS duties are mostly third-person verb phrases with no subject ("Serves as ...", "Plans, organizes and
coordinates ...; formulates ...; and facilitates ..."), in lists after a lead-in or run on in a paragraph. The
development corpus has no duties text, so these inputs were written for these tests in the style of real
announcements (agencies, series, list markers and lead-ins varied); they are not a held-out measure. Each row has
the exact expected output, and also checks that no fact is lost and that rewriting the rewrite changes nothing.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skillhire import JobPosting
from skillhire.rewrite import _duty_verb_base, lost_facts, rewrite_posting

DUTY_RULES = ["duty-statements", "duty-series"]

# (section, text, expected) with only the two duty rules, so that each row shows what they do
DUTY_ROWS = [
    # lead-in you will, bullets, series
    ('duties',
     'As a Data Scientist at the GS-13 level, you will:\n- Serves as the principal advisor to management officials on matters pertaining to data governance.\n- Plans, organizes and coordinates the utilization of statistical methodologies; formulates recommendations; and facilitates the dissemination of findings to stakeholders.\n- Performs other duties as assigned.',
     'As a Data Scientist at the GS-13 level, you will:\n- Serve as the principal advisor to management officials on matters pertaining to data governance.\n- Plan, organize and coordinate the utilization of statistical methodologies.\n- Formulate recommendations.\n- Facilitate the dissemination of findings to stakeholders.\n- Perform other duties as assigned.'),
    # major duties include, numbered
    ('duties',
     'Major duties include, but are not limited to:\n1. Analyzes large data sets from the Census Bureau to identify trends in 3 regions.\n2. Reports to the Division Chief on the status of 12 projects.\n3. Performs other duties as assigned.',
     'Major duties include, but are not limited to:\n1. You will analyze large data sets from the Census Bureau to identify trends in 3 regions.\n2. You will report to the Division Chief on the status of 12 projects.\n3. You will perform other duties as assigned.'),
    # incumbent sentence then subjectless sentences
    ('duties',
     "The incumbent serves as the agency's lead contracting officer. Negotiates contracts valued up to $5,000,000. Reviews proposals and advises program offices on acquisition strategy.",
     "The incumbent serves as the agency's lead contracting officer. You negotiate contracts valued up to $5,000,000. You review proposals and advise program offices on acquisition strategy."),
    # typical work assignments, round bullets
    ('duties',
     'Typical work assignments may include:\n• Develops and maintains data pipelines in Python and SQL.\n• Tests software releases before deployment.\n• Collaborates with product owners to define requirements.',
     'Typical work assignments may include:\n• You will develop and maintain data pipelines in Python and SQL.\n• You will test software releases before deployment.\n• You will collaborate with product owners to define requirements.'),
    # star bullets, series, is responsible
    ('duties',
     'In this role, you will:\n* Conducts security assessments of information systems; prepares reports for the Authorizing Official; and tracks remediation of findings.\n* Is responsible for the continuous monitoring program.',
     'In this role, you will:\n* Conduct security assessments of information systems.\n* Prepare reports for the Authorizing Official.\n* Track remediation of findings.\n* Be responsible for the continuous monitoring program.'),
    # lettered a) items, no lead-in
    ('duties',
     "a) Manages a caseload of 40 to 60 veterans' benefit claims.\nb) Interviews claimants by phone or in person.\nc) Explains eligibility rules to claimants and their families.",
     "a) You will manage a caseload of 40 to 60 veterans' benefit claims.\nb) You will interview claimants by phone or in person.\nc) You will explain eligibility rules to claimants and their families."),
    # reports to (verb) in bullets
    ('duties',
     '- Reports to the Deputy Director for Operations.\n- Supports the Chief Information Officer in budget formulation.\n- Leads a team of 6 IT specialists.',
     '- You will report to the Deputy Director for Operations.\n- You will support the Chief Information Officer in budget formulation.\n- You will lead a team of 6 IT specialists.'),
    # coordinated capitalised verb, quotation kept
    ('duties',
     'Serves as the point of contact for the "Know Your Benefits" campaign and Responds to inquiries from Congress.',
     'You will serve as the point of contact for the "Know Your Benefits" campaign and Respond to inquiries from Congress.'),
    # economist, summary section, reader lead-in
    ('summary',
     'As an Economist, you will:\n- Develops economic forecasts for 50 states.\n- Advises policy makers on labor market trends.',
     'As an Economist, you will:\n- Develop economic forecasts for 50 states.\n- Advise policy makers on labor market trends.'),
    # numbered series in one item -> sentences
    ('duties',
     'You will:\n1. Serves as a technical expert on cloud architecture.\n2. Designs, builds and tests applications in AWS; documents system configurations; and trains users.',
     'You will:\n1. Serve as a technical expert on cloud architecture.\n2. Design, build and test applications in AWS. Document system configurations. Train users.'),
    # expected to lead-in, heading line
    ('duties',
     'Duties\nAs a Budget Analyst, you will be expected to:\n- Formulates and executes the annual budget of $40 million.\n- Monitors obligations and expenditures; identifies variances; and recommends corrective actions.',
     'Duties\nAs a Budget Analyst, you will be expected to:\n- Formulate and execute the annual budget of $40 million.\n- Monitor obligations and expenditures.\n- Identify variances.\n- Recommend corrective actions.'),
    # sentence series -> sentences
    ('duties',
     'Coordinates the review of regulations with the Office of General Counsel; drafts responses to public comments; and maintains the docket.',
     'You will coordinate the review of regulations with the Office of General Counsel. You will draft responses to public comments. You will maintain the docket.'),
    # two sentences, and prepares
    ('duties',
     'Provides technical assistance to 15 grantees. Conducts site visits to program locations and prepares trip reports.',
     'You will provide technical assistance to 15 grantees. You will conduct site visits to program locations and prepare trip reports.'),
    # hidden verb kept by this rule
    ('duties',
     'Participates in the development of training materials for new employees.',
     'You will participate in the development of training materials for new employees.'),
    # semicolons between nouns: no split
    ('duties',
     'Develops budgets; statistics; and annual reports.',
     'You will develop budgets; statistics; and annual reports.'),
    # uses
    ('duties',
     'Uses GIS software to map wildfire risk across 3 national forests.',
     'You will use GIS software to map wildfire risk across 3 national forests.'),
    # writes and edits
    ('duties',
     'Writes and edits press releases, speeches and web content for the Administrator.',
     'You will write and edit press releases, speeches and web content for the Administrator.'),
    # base forms already: only the series split
    ('duties',
     'You will:\n- Serve as the team lead.\n- Plan sprints; review code; and deploy releases.',
     'You will:\n- Serve as the team lead.\n- Plan sprints.\n- Review code.\n- Deploy releases.'),
    # other duties as assigned
    ('duties',
     'Performs other duties as assigned.',
     'You will perform other duties as assigned.'),
    # functions as
    ('duties',
     'Functions as the liaison between the regional office and headquarters.',
     'You will function as the liaison between the regional office and headquarters.'),
    # has
    ('duties',
     'Has oversight of a $2.5 million grant portfolio.',
     'You will have oversight of a $2.5 million grant portfolio.'),
    # incumbent will lead-in, (1) items
    ('duties',
     'The incumbent will:\n(1) Audits payroll records for accuracy;\n(2) Reconciles discrepancies with the servicing finance office; and\n(3) Trains timekeepers on new procedures.',
     'The incumbent will:\n(1) Audit payroll records for accuracy;\n(2) Reconcile discrepancies with the servicing finance office; and\n(3) Train timekeepers on new procedures.'),
    # IRS series
    ('duties',
     'Serves as a Revenue Agent in the Large Business and International Division; examines complex tax returns of corporations; and determines tax liability under the Internal Revenue Code.',
     'You will serve as a Revenue Agent in the Large Business and International Division. You will examine complex tax returns of corporations. You will determine tax liability under the Internal Revenue Code.'),
    # responsibilities heading, series in a bullet
    ('duties',
     'Responsibilities:\n- Leads the development of agency cybersecurity policy.\n- Represents the agency at interagency working groups; briefs senior leaders; and drafts position papers.',
     'Responsibilities:\n- You will lead the development of agency cybersecurity policy.\n- You will represent the agency at interagency working groups.\n- You will brief senior leaders.\n- You will draft position papers.'),
    # FAA inspector
    ('duties',
     'Inspects aircraft maintenance facilities for compliance with FAA regulations.',
     'You will inspect aircraft maintenance facilities for compliance with FAA regulations.'),
    # how to apply, reader lead-in
    ('how_to_apply',
     'To apply, you will:\n- Submits a resume.\n- Answers the questionnaire.',
     'To apply, you will:\n- Submit a resume.\n- Answer the questionnaire.'),
    # list without full stops, comma-less verbs
    ('duties',
     'Analyzes program performance data, prepares and distributes reports within the agency\nCollects analyzes and distributes data on daily staffing trends\nIssues guidance and recommends changes to schedules',
     'You will analyze program performance data, prepare and distribute reports within the agency\nYou will collect analyze and distribute data on daily staffing trends\nYou will issue guidance and recommend changes to schedules'),
    # park ranger, indented bullets
    ('duties',
     'As a Park Ranger, you will:\n  - Presents interpretive programs to visitors at 4 sites.\n  - Develops exhibits; leads guided walks; and answers visitor questions.',
     'As a Park Ranger, you will:\n  - Present interpretive programs to visitors at 4 sites.\n  - Develop exhibits.\n  - Lead guided walks.\n  - Answer visitor questions.'),
    # USDA, you'll
    ('duties',
     "In this job you'll:\n- Inspects meat and poultry plants.\n- Collects samples for laboratory analysis.",
     "In this job you'll:\n- Inspect meat and poultry plants.\n- Collect samples for laboratory analysis."),
    # DHS, scans and documents
    ('duties',
     '- Conducts vulnerability scans of 200 servers each week.\n- Documents findings in the tracking system.',
     '- You will conduct vulnerability scans of 200 servers each week.\n- You will document findings in the tracking system.'),
    # VA nurse, paragraph
    ('duties',
     'Provides direct patient care to veterans in a 24-bed unit. Administers medications and treatments as prescribed by the provider.',
     'You will provide direct patient care to veterans in a 24-bed unit. You will administer medications and treatments as prescribed by the provider.'),
    # is the authority
    ('duties',
     'Major duties:\n- Is the technical authority on records management for 14 field offices.\n- Maintains the records schedule.',
     'Major duties:\n- You will be the technical authority on records management for 14 field offices.\n- You will maintain the records schedule.'),
    # NOAA, numbered with a closing parenthesis
    ('duties',
     '1) Collects and quality-controls ocean temperature data from 30 buoys.\n2) Writes Python code to automate data processing; maintains the data archive; and answers requests from researchers.',
     '1) You will collect and quality-control ocean temperature data from 30 buoys.\n2) You will write Python code to automate data processing. You will maintain the data archive. You will answer requests from researchers.'),
    # label before the statement
    ('duties',
     'Major Duties: Serves as the lead budget analyst for 3 bureaus.',
     'Major Duties: You will serve as the lead budget analyst for 3 bureaus.'),
    # responsible for, and is
    ('duties',
     'Responsible for the physical security program at 2 sites.\nServes as the COR and is responsible for 4 contracts.',
     'You will be responsible for the physical security program at 2 sites.\nYou will serve as the COR and be responsible for 4 contracts.'),
    # reader lead-in: no-verb and -ing items
    ('duties',
     'In this position, you will:\n- Responsible for the agency budget of $12 million.\n- Developing data models for 3 programs.',
     'In this position, you will:\n- Be responsible for the agency budget of $12 million.\n- Develop data models for 3 programs.'),
    # present tense kept in the paragraph, series
    ('duties',
     'The incumbent serves as a branch chief. Supervises 12 employees; plans the work; and evaluates performance.',
     'The incumbent serves as a branch chief. You supervise 12 employees. You plan the work. You evaluate performance.'),
    # letter o bullets from a copied document
    ('duties',
     'o Serves as the lead for 2 audits.\no Plans the fieldwork.',
     'o You will serve as the lead for 2 audits.\no You will plan the fieldwork.'),
    # series in a bullet after a base-form pair
    ('duties',
     'As a Human Resources Specialist, you will:\n- Reviews and approves position descriptions; conducts desk audits; and resolves classification appeals.',
     'As a Human Resources Specialist, you will:\n- Review and approve position descriptions.\n- Conduct desk audits.\n- Resolve classification appeals.'),
    # and + verb before its object
    ('duties',
     '* Monitors network performance and troubleshoots outages on 3 networks.',
     '* You will monitor network performance and troubleshoot outages on 3 networks.'),
    # participle after a noun
    ('duties',
     'Prepares solicitations, evaluates proposals, and awards contracts.\nContracts awarded by the office support 14 field stations.',
     'You will prepare solicitations, evaluate proposals, and award contracts.\nContracts awarded by the office support 14 field stations.'),
    # opening phrase, series with and, when needed,
    ('duties',
     'Coordinates with 60 recipients; reviews progress reports; and, when needed, conducts on-site monitoring visits.\nUnder general supervision, prepares correspondence for signature.',
     'You will coordinate with 60 recipients. You will review progress reports. When needed, you will conduct on-site monitoring visits.\nUnder general supervision, you will prepare correspondence for signature.'),
    # nouns after and keep their number
    ('duties',
     'Analyzes costs and benefits of 5 programs. Monitors trends and patterns affecting staffing.',
     'You will analyze costs and benefits of 5 programs. You will monitor trends and patterns affecting staffing.'),
    # title as the subject, then a series led by an -s word
    ('duties',
     'The Medical Support Assistant (MSA) serves as the first point of contact for veterans. Schedules appointments, verifies insurance, and updates patient records in VistA. Answers telephones and responds to inquiries from patients, families and staff.',
     'The Medical Support Assistant (MSA) serves as the first point of contact for veterans. You will schedule appointments, verify insurance, and update patient records in VistA. You will answer telephones and respond to inquiries from patients, families and staff.'),
    # parallel duties, a number as the object
    ('duties',
     'Reviews claims for accuracy. Requests missing evidence. Processes 15 to 20 claims per day.',
     'You will review claims for accuracy. You will request missing evidence. You will process 15 to 20 claims per day.'),
    # and gas wells: a noun kept
    ('duties',
     '- Conducts field inspections of 30 oil and gas wells each year.\n- Writes inspection reports and issues written orders.',
     '- You will conduct field inspections of 30 oil and gas wells each year.\n- You will write inspection reports and issue written orders.'),
    # quoted name and a capitalised object
    ('duties',
     'As a Data Scientist you will:\n- Builds predictive models in Python.\n- Uses "Project Atlas" data to forecast demand.\n- Applies statistical methods such as regression and clustering.',
     'As a Data Scientist you will:\n- Build predictive models in Python.\n- Use "Project Atlas" data to forecast demand.\n- Apply statistical methods such as regression and clustering.'),
    # noun items among duties; a noun pair before a preposition
    ('duties',
     "Work assignments include:\n- Geospatial analysis using ArcGIS Pro.\n- Field surveys of threatened and endangered species.\n- Reports and presentations for partners.\n- Maintains the office's GIS database.",
     "Work assignments include:\n- Geospatial analysis using ArcGIS Pro.\n- Field surveys of threatened and endangered species.\n- Reports and presentations for partners.\n- You will maintain the office's GIS database."),
    # lettered a. items the splitter reads as sentences, series
    ('duties',
     'The incumbent will:\na. Operates heavy equipment such as bulldozers, graders and loaders.\nb. Performs preventive maintenance on equipment; keeps maintenance logs; and reports defects to the supervisor.\nc. Hauls materials to 5 work sites.',
     'The incumbent will:\na. Operate heavy equipment such as bulldozers, graders and loaders.\nb. Perform preventive maintenance on equipment. Keep maintenance logs. Report defects to the supervisor.\nc. Haul materials to 5 work sites.'),
    # noun: reports are
    ('duties',
     'Reports are due on the 5th of each month. Plans for the new office are under review.',
     'Reports are due on the 5th of each month. Plans for the new office are under review.'),
    # nouns that look like verbs
    ('duties',
     'Operations research and statistics.\nSystems analysis and design.',
     'Operations research and statistics.\nSystems analysis and design.'),
    # subject already
    ('duties',
     'The team analyzes survey data. You will present results to leaders.',
     'The team analyzes survey data. You will present results to leaders.'),
    # job verbs: requires
    ('duties',
     'Requires occasional travel to field offices. Involves shift work on weekends.',
     'Requires occasional travel to field offices. Involves shift work on weekends.'),
    # rated task statement
    ('duties',
     '1. Interviews applicants by phone or in person to determine eligibility.\n A. I have not performed this task.\n B. I have performed this task under close supervision.',
     '1. Interviews applicants by phone or in person to determine eligibility.\n A. I have not performed this task.\n B. I have performed this task under close supervision.'),
    # questions
    ('duties',
     'Does the position require a security clearance? Is this position eligible for telework?',
     'Does the position require a security clearance? Is this position eligible for telework?'),
    # not the duties section
    ('qualifications',
     'Analyzes data to support decisions. Prepares reports for senior leaders.',
     'Analyzes data to support decisions. Prepares reports for senior leaders.'),
    # not a reader lead-in, summary
    ('summary',
     'The Office of Research Services provides support to 27 Institutes and Centers.\n- Supports 27 Institutes.',
     'The Office of Research Services provides support to 27 Institutes and Centers.\n- Supports 27 Institutes.'),
    # nouns in bullets
    ('duties',
     '- Tests are run every quarter.\n- Supports are installed by contractors.',
     '- Tests are run every quarter.\n- Supports are installed by contractors.'),
    # legal text kept
    ('duties',
     'Investigates complaints of discrimination filed under Title VII of the Civil Rights Act of 1964.',
     'Investigates complaints of discrimination filed under Title VII of the Civil Rights Act of 1964.'),
    # first person
    ('duties',
     'I have analyzed flight data for 3 years. We are seeking an analyst.',
     'I have analyzed flight data for 3 years. We are seeking an analyst.'),
    # quoted text
    ('duties',
     'The handbook says "Analyzes data weekly" for this job.',
     'The handbook says "Analyzes data weekly" for this job.'),
    # name
    ('duties',
     'Records Management Division staff review files every 90 days.',
     'Records Management Division staff review files every 90 days.'),
    # experience lead-in
    ('duties',
     'Specialized experience includes:\n- Analyzes data to support decisions.\n- Prepares reports for senior leaders.',
     'Specialized experience includes:\n- Analyzes data to support decisions.\n- Prepares reports for senior leaders.'),
    # competency definition
    ('duties',
     '1. Customer Service - Works with customers to assess their needs. Knows about available products and services.',
     '1. Customer Service - Works with customers to assess their needs. Knows about available products and services.'),
    # besides
    ('duties',
     'Besides the judgment items, there are 8 multiple choice items.',
     'Besides the judgment items, there are 8 multiple choice items.'),
    # noun subject with modal
    ('duties',
     'Candidates for this job must show specialized experience.',
     'Candidates for this job must show specialized experience.'),
    # nouns joined by and
    ('duties',
     'Reviews and audits.',
     'Reviews and audits.'),
]


@pytest.mark.parametrize("section, text, expected", DUTY_ROWS)
def test_duty_statements_table(section, text, expected):
    posting = JobPosting(title="Management Analyst", **{section: text})
    result = rewrite_posting(posting, rules=DUTY_RULES)
    assert getattr(result.posting, section) == expected
    assert lost_facts(posting.to_text(), result.posting.to_text()) == []
    again = rewrite_posting(result.posting, rules=DUTY_RULES)
    assert again.changes == []
    assert again.posting == result.posting
    assert all(c.rule in DUTY_RULES and c.reason and "Plain Language Guidelines" in c.source for c in result.changes)


def test_table_has_enough_rows():
    changed = [row for row in DUTY_ROWS if row[1] != row[2]]
    assert len(changed) >= 30 and len(DUTY_ROWS) - len(changed) >= 15


# with every rule: the duty rules work with the others (simple words, hidden verbs, "the incumbent will:" -> "You
# will:", jargon)
FULL_ROWS = [
    ("As a Data Scientist at the GS-13 level, you will:\n"
     "- Serves as the principal advisor to management officials on matters pertaining to data governance.\n"
     "- Plans, organizes and coordinates the utilization of statistical methodologies; formulates recommendations; "
     "and facilitates the dissemination of findings to stakeholders.\n"
     "- Performs other duties as assigned.",
     "GS means General Schedule. That is the main federal pay scale. As a Data Scientist at the GS-13 level, you will:\n"
     "- Serve as the principal advisor to management officials on matters about data governance.\n"
     "- Plan, organize and coordinate the use of statistical methods.\n"
     "- Formulate recommendations.\n"
     "- Facilitate the dissemination of findings to stakeholders.\n"
     "- Do other duties as assigned."),
    ("The incumbent will:\n(1) Audits payroll records for accuracy;\n(2) Reconciles discrepancies with the "
     "servicing finance office; and\n(3) Trains timekeepers on new procedures.",
     "You will:\n(1) Audit payroll records for accuracy;\n(2) Reconcile discrepancies with the servicing finance "
     "office; and\n(3) Train timekeepers on new procedures."),
    ("The incumbent serves as the agency's lead contracting officer. Negotiates contracts valued up to $5,000,000. "
     "Reviews proposals and advises program offices on acquisition strategy.",
     "You serve as our lead contracting officer. You negotiate contracts valued up to $5,000,000. You review "
     "proposals and advise program offices on acquisition strategy."),
    ("Participates in the development of training materials for new employees.",
     "You will take part in developing training materials for new employees."),
    ("Trains staff in the utilization of statistical software. Assists program managers in the implementation of "
     "new policies.",
     "You will train staff in using statistical software. You will help program managers in the rollout of new "
     "policies."),
    ("Provides guidance on the use of data with the use of tools.",
     "You will give guidance on using data with the use of tools."),
]


@pytest.mark.parametrize("text, expected", FULL_ROWS)
def test_duty_statements_with_every_rule(text, expected):
    posting = JobPosting(title="Management Analyst", series="0343", duties=text)
    result = rewrite_posting(posting)
    assert result.posting.duties == expected
    assert lost_facts(posting.to_text(), result.posting.to_text()) == []
    assert rewrite_posting(result.posting).posting == result.posting


def test_duty_rules_are_switchable():
    text = DUTY_ROWS[0][1]
    posting = JobPosting(title="Management Analyst", duties=text)
    assert rewrite_posting(posting, rules=["duty-statements"]).posting.duties == (
        "As a Data Scientist at the GS-13 level, you will:\n"
        "- Serve as the principal advisor to management officials on matters pertaining to data governance.\n"
        "- Plan, organize and coordinate the utilization of statistical methodologies; formulates recommendations; "
        "and facilitates the dissemination of findings to stakeholders.\n"
        "- Perform other duties as assigned.")
    assert rewrite_posting(posting, exclude=["duty-statements", "duty-series"]).changes == [] or all(
        c.rule not in DUTY_RULES for c in rewrite_posting(posting, exclude=["duty-statements", "duty-series"]).changes)
    assert rewrite_posting(posting, rules=["simple-words"]).posting.duties.count("Serves as") == 1


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Reports to the Director on program status.", "Reports", "report"),
        ("Reports are due monthly.", "Reports", None),
        ("Reports of findings go to the board.", "Reports", None),
        ("Plans, organizes and coordinates the work.", "Plans", "plan"),
        ("Plans for the new office are under review.", "Plans", None),
        ("Plans and programs.", "Plans", None),
        ("Tests software releases.", "Tests", None),  # no sign of a verb on its own: only among parallel duties
        ("Tests are run weekly.", "Tests", None),
        ("Is responsible for the budget.", "Is", "be"),
        ("Has oversight of the grants.", "Has", "have"),
        ("Operations in the field.", "Operations", None),
        ("Statistics on the program.", "Statistics", None),
        ("Functions as the liaison.", "Functions", "function"),
        ("Requires travel.", "Requires", None),
        ("Besides the items, there are 8.", "Besides", None),
        ("Candidates for this job must apply.", "Candidates", None),
        ("Writes and edits speeches.", "Writes", "write"),
        ("Reviews and audits.", "Reviews", None),
    ],
)
def test_verb_or_noun(text, word, expected):
    assert _duty_verb_base(word, text, len(word)) == expected


_ITEMS = st.sampled_from([
    "Serves as the lead for 3 regional offices",
    "Plans, organizes and coordinates audits of GS-12 positions; prepares reports; and briefs the Director",
    "Reports to the Chief Financial Officer",
    "Reports are due on 06/30/2025",
    "Analyzes $1,250,000 in grant spending",
    "Performs other duties as assigned",
    "Is responsible for the continuous monitoring program",
    "I have analyzed data for 5 years",
    "Email jobs@agency.gov with questions",
    "Develops budgets; statistics; and annual reports",
])
_LEAD_INS = st.sampled_from(["", "As an Auditor, you will:", "Major duties include, but are not limited to:",
                             "The incumbent will:", "Specialized experience includes:"])
_MARKERS = st.sampled_from(["- ", "* ", "\u2022 ", "1. ", "a) ", "(1) ", ""])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lead_in=_LEAD_INS, marker=_MARKERS, items=st.lists(_ITEMS, min_size=1, max_size=5),
       stop=st.sampled_from([".", ";", ""]), section=st.sampled_from(["duties", "summary"]))
def test_property_duties_keep_facts_and_are_idempotent(lead_in, marker, items, stop, section):
    body = "\n".join(f"{marker}{item}{stop}" for item in items)
    text = f"{lead_in}\n{body}" if lead_in else body
    posting = JobPosting(title="Auditor", series="0511", **{section: text})
    result = rewrite_posting(posting)
    assert lost_facts(posting.to_text(), result.posting.to_text()) == []
    again = rewrite_posting(result.posting)
    assert again.posting == result.posting
    assert again.changes == []


@pytest.mark.parametrize("heading", ["Duties", "Major Duties", "Key Responsibilities", "Job Duties", "Key Duties"])
def test_duties_headings_reach_the_duty_rules(heading):
    text = f"Hydrologist\n\n{heading}\nCollects stream flow data at 12 gauging stations.\n\nQualifications\nYou must have 1 year."
    result = rewrite_posting(text, rules=DUTY_RULES)
    assert result.posting.duties == "You will collect stream flow data at 12 gauging stations."
    assert result.posting.qualifications == "You must have 1 year."
