"""Round 25b of the rewrite rules (issue 6): text a copy of the announcement ran together, where its line breaks were
lost (``glued-words``, :func:`skillhire.rewrite_glued._rule_glued_names`).

Rows are sentences of the development corpus (the hiring-path lists of ac-622998800, ac-623791800, ac-623013500,
ac-621937700; the conditions of employment of ac-621349700, ac-622466400, ac-621708300; the summaries of
ac-622704900, ac-623172200) or near misses with real CamelCase names, product names and acronyms, each with the
exact expected output. Every row also checks that no fact is lost and that rewriting the rewrite changes nothing
(``tests/rewrite_fixtures.py``). Rows whose output is their input are the negative cases.
"""

from __future__ import annotations

import pytest

from tests.rewrite_fixtures import rewritten_section as _check

GLUED = ["glued-words"]


# a list of names run together: each name a "- " item of its own, the joins next to brackets and numbers too; line
# breaks only where the first name's start is unclear (a comma before it) or the last runs on into sentences
@pytest.mark.parametrize("text, expected", [
    ("Current Department of Army Civilian EmployeesInteragency Career Transition Assistance PlanMilitary Spouses, "
     "under Executive Order (E.O.) 13473Priority Placement Program, DoD Military Spouse Preference (MSP) Eligible",
     "- Current Department of Army Civilian Employees\n- Interagency Career Transition Assistance Plan\n- Military "
     "Spouses, under Executive Order (E.O.) 13473\n- Priority Placement Program, DoD Military Spouse Preference "
     "(MSP) Eligible"),
    ("See Proof of Eligibility for a long list. 10-Point Other Veterans Rating30 Percent or More Disabled Veterans"
     "5-Point Veterans' PreferenceCurrent Department of Army Civilian EmployeesNon-Department of Defense (DoD) "
     "TransferPrior Federal Service Employee",
     "See Proof of Eligibility for a long list.\n- 10-Point Other Veterans Rating\n- 30 Percent or More Disabled "
     "Veterans\n- 5-Point Veterans' Preference\n- Current Department of Army Civilian Employees\n- Non-Department of "
     "Defense (DoD) Transfer\n- Prior Federal Service Employee"),
    ("Current Permanent Department of Defense (DOD) Civilian Employee (non-Army)Defense Civilian Intelligence "
     "Personnel System (DCIPS) Interchange AgreementExecutive Order (E.O.) 12721Interagency Career Transition "
     "Assistance PlanLand Management Workforce Flexibility Act",
     "- Current Permanent Department of Defense (DOD) Civilian Employee (non-Army)\n- Defense Civilian Intelligence "
     "Personnel System (DCIPS) Interchange Agreement\n- Executive Order (E.O.) 12721\n- Interagency Career "
     "Transition Assistance Plan\n- Land Management Workforce Flexibility Act"),
    # the first name glued to the full stop of the lead-in sentence starts its own line too
    ("See Proof of Eligibility for all employment authorities.Current Department of Army Civilian Employees"
     "Current Permanent Department of Defense (DOD) Civilian Employee (non-Army)Defense Civilian Intelligence "
     "Personnel System (DCIPS) Interchange Agreement",
     "See Proof of Eligibility for all employment authorities.\n- Current Department of Army Civilian Employees\n"
     "- Current Permanent Department of Defense (DOD) Civilian Employee (non-Army)\n- Defense Civilian Intelligence "
     "Personnel System (DCIPS) Interchange Agreement"),
    # the last name runs on into sentences (ac-622998800): as a "- " item it would carry the paragraph, so line
    # breaks only; the veterans' preference sentence keeps every word
    ("Each employment authority needs documents. 10-Point Other Veterans Rating30 Percent or More Disabled "
     "Veterans5-Point Veterans' PreferencePrior Federal Service EmployeeUnited States Citizen Applying to a DCIPS "
     "Position Army DCIPS positions apply Veterans' Preference to preference eligible candidates. Your resume "
     "must describe your experience.",
     "Each employment authority needs documents. 10-Point Other Veterans Rating\n30 Percent or More Disabled "
     "Veterans\n5-Point Veterans' Preference\nPrior Federal Service Employee\nUnited States Citizen Applying to a "
     "DCIPS Position Army DCIPS positions apply Veterans' Preference to preference eligible candidates. Your resume "
     "must describe your experience."),
    # near miss: after a per cent sign no break (the fact check would count "30" as "30%"); the rest of the list is
    # cut, and the veterans' preference sentence after it keeps every word
    ("Disabled Veteran w/ a Service-Connected Disability, More than 10%, Less than 30%Non-Appropriated Fund "
     "Instrumentality (NAFI)Prior Federal Service EmployeeUnited States Citizen Applying to a DCIPS Position. Army "
     "DCIPS positions apply Veterans' Preference to preference eligible candidates.",
     "Disabled Veteran w/ a Service-Connected Disability, More than 10%, Less than 30%Non-Appropriated Fund "
     "Instrumentality (NAFI)\nPrior Federal Service Employee\nUnited States Citizen Applying to a DCIPS Position. "
     "Army DCIPS positions apply Veterans' Preference to preference eligible candidates."),
    # review 25b: no break after a section number ("315.806": a lost fact) nor between an acronym and the name it
    # stands for ("(SES)Senior Executive Service"); the other joins of the legal sentence are cut
    ("Veterans' preference applies under 5 CFR 315.806Current Federal EmployeesPrior Federal Service Employee"
     "Military Spouses",
     "Veterans' preference applies under 5 CFR 315.806Current Federal Employees\nPrior Federal Service Employee\n"
     "Military Spouses"),
    ("Veterans' preference applies to the (SES)Senior Executive Service EmployeesPrior Federal Service Employee"
     "Military Spouses",
     "- Veterans' preference applies to the (SES)Senior Executive Service Employees\n- Prior Federal Service "
     "Employee\n- Military Spouses"),
])
def test_a_glued_list_of_names_gets_one_name_per_line(text: str, expected: str) -> None:
    assert _check("qualifications", text, GLUED) == expected
    assert _check("qualifications", text) == expected  # no other rule changes these lines


# near misses: real CamelCase names, product names, acronyms, a web address, and one join alone
@pytest.mark.parametrize("text", [
    "You will use SharePoint, PowerShell and JavaScript to build tools for AmeriCorps (DoD) and the eOPF system.",
    "Experience with PowerPoint, SharePoint and PowerBI; (SES)Senior Executive Service applicants apply elsewhere.",
    "Serving as the Data Architect for the Division of Risk Management Supervision (RMS)Business Process "
    "Modernization (BPM) effort.",
    "Visit FedsHireVets for more information. Upload your SF-50 to eOPF and your resume to USAJobs on your iPhone.",
    "Learn more at https://www.chcoc.gov/files/Land%20Management%20Workforce%20Flexibility%20Act%20Implementing"
    "%20Policy.pdf",
    "Use McDonald's LinkedIn page, GitHub, ServiceNow and TensorFlow in the U.S.Army Civilian Personnel system.",
    "Executive Order (E.O.) 12721 and 13473 apply to this job.",
])
def test_real_camel_case_and_single_joins_stay(text: str) -> None:
    assert _check("qualifications", text, GLUED) == text


# a function word glued to the capitalised word after it gets its space, in legal sentences too; a sentence end run
# into the next sentence inside a legal sentence gets its space (split-sentences gives it back elsewhere)
@pytest.mark.parametrize("text, expected", [
    ("As aData Analytics Specialist, you will do a broad range of data management analysis.",
     "As a Data Analytics Specialist, you will do a broad range of data management analysis."),
    ("The National Science Foundation is seeking candidates for anInterdisciplinary (Data Analytics Officer) job.",
     "The National Science Foundation is seeking candidates for an Interdisciplinary (Data Analytics Officer) job."),
    ("COVID VACCINATION: As required byExecutive Order 14043, Federal employees are required to be fully vaccinated.",
     "COVID VACCINATION: As required by Executive Order 14043, Federal employees are required to be fully "
     "vaccinated."),
    ("You must certify that you have registered with theSelective Service System, or are exempt under theSelective "
     "Service Law.",
     "You must certify that you have registered with the Selective Service System, or are exempt under the "
     "Selective Service Law."),
    ("You must pass a background investigation forPublic Trust as a condition of placement into this position.",
     "You must pass a background investigation for Public Trust as a condition of placement into this position."),
    ("You are applying under Delegated Examining and, if selected, you will berequired to serve a 1-year "
     "probationary period.",
     "You are applying under Delegated Examining and, if selected, you will be required to serve a 1-year "
     "probationary period."),
    ("(See DoD Instruction 1400.25, at http://www.dtic.mil/whs/directives.)All candidates will be considered "
     "without regard to race, color, religion, sex, national origin, or age.",
     "(See DoD Instruction 1400.25, at http://www.dtic.mil/whs/directives.) All candidates will be considered "
     "without regard to race, color, religion, sex, national origin, or age."),
    ("We recommend that you preview the online questions before you start the application process.Veterans "
     "Employment Opportunities Act (VEOA): To be eligible for a VEOA appointment, the veteran must be a preference "
     "eligible.",
     "We recommend that you preview the online questions before you start the application process. Veterans "
     "Employment Opportunities Act (VEOA): To be eligible for a VEOA appointment, the veteran must be a preference "
     "eligible."),
    # near misses: an abbreviation's stop, "eOPF", "iPhone", "myPay", "theGS-09" (the grade rule's, a space too)
    ("The Army uses the U.S.Army Civilian Personnel system.", "The Army uses the U.S.Army Civilian Personnel system."),
    ("Check your eOPF on your iPhone or in myPay.", "Check your eOPF on your iPhone or in myPay."),
    ("Read the rules of theThe Office.", "Read the rules of theThe Office."),  # a doubled word, not a name
])
def test_function_word_and_sentence_glued_to_a_capital(text: str, expected: str) -> None:
    assert _check("qualifications", text, GLUED) == expected


# the lists rule's glued competency items (round 10) and a name of short parts: "FedsHireVets" is one name (OPM's
# site for veterans), not three glued items "Feds", "Hire", "Vets" (lead, after round 25b's report); a glued list
# of competency names is still one item per line
@pytest.mark.parametrize("text, expected", [
    ("Visit FedsHireVets for more information.", "Visit FedsHireVets for more information."),
    ("Our DevSecOpsTeam builds pipelines.", "Our DevSecOpsTeam builds pipelines."),
    ("Competencies: Data ManagementOral CommunicationPlanning and Evaluating",
     "Competencies:\n- Data Management\n- Oral Communication\n- Planning and Evaluating"),
    # review 25b: one short name ("Oral") among three glued items is still a list, not a name of short parts
    ("Competencies: Interpersonal SkillsLearningOral CommunicationProblem Solving",
     "Competencies:\n- Interpersonal Skills\n- Learning\n- Oral Communication\n- Problem Solving"),
    ("Competencies: AccountabilityFlexibilityOral CommunicationWriting",
     "Competencies:\n- Accountability\n- Flexibility\n- Oral Communication\n- Writing"),
])
def test_a_name_of_short_parts_is_not_a_glued_list(text: str, expected: str) -> None:
    assert _check("qualifications", text, ["lists"]) == expected
