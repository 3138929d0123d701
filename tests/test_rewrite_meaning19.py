"""Round 19 meaning review of the rules that edit posting-specific text (issue 6).

Each row is a sentence of the development corpus (odd half), of the three samples, or a near miss of it, with the
exact expected output. Every row also checks that no fact is lost and that rewriting the rewrite changes nothing.
Rows whose output equals their input are the negative cases: the edit the review found wrong is no longer made.
"""

from __future__ import annotations

import pytest

from tests.rewrite_fixtures import rewritten_section as _check

WORDS = ["simple-words"]
SHALL = ["address-you", "must-not-shall", "simple-words"]


# must-not-shall: "must" is for requirements; a duty (the duties section, or a sentence that describes the work) says
# "will" (Federal Plain Language Guidelines, "Use 'must' to indicate requirements": "shall" "can indicate either an
# obligation or a prediction")
@pytest.mark.parametrize("section, text, expected", [
    ("duties", "The incumbent shall utilize human-centered design methods to improve services.",
     "You will use human-centered design methods to improve services."),
    ("duties", "Reports shall be submitted monthly to the Director.",
     "Reports will be sent monthly to the Director."),
    ("duties", "The incumbent shall plan studies and shall brief senior leaders.",
     "You will plan studies and will brief senior leaders."),
    ("summary", "The incumbent shall serve as the team lead for data engineering.",
     "You will serve as the team lead for data engineering."),
    ("summary", "As a Data Scientist, the incumbent shall develop models and shall brief senior leaders.",
     "As a Data Scientist, you will develop models and will brief senior leaders."),
    ("summary", "In this position, you shall lead a team of 5 analysts.",
     "In this job, you will lead a team of 5 analysts."),
    ("summary", "The selectee shall be responsible for the data strategy of 3 offices.",
     "You will be responsible for the data strategy of 3 offices."),
    # requirements and conditions keep "must", in the duties section too
    ("duties", "The incumbent shall possess a valid driver's license.", "You must have a valid driver's license."),
    ("duties", "The incumbent shall obtain and maintain a Top Secret security clearance.",
     "You must get and maintain a Top Secret security clearance."),
    ("duties", "The incumbent shall plan studies and shall possess a valid license.",
     "You will plan studies and must have a valid license."),
    ("duties", "The incumbent shall be available to travel 25% of the time.",
     "You must be available to travel 25% of the time."),
    ("duties", "The incumbent shall complete supervisory training within 1 year.",
     "You must complete supervisory training within 1 year."),
    ("summary", "Applicants shall submit a resume by 12/01/2021.", "You must send a resume by 12/01/2021."),
    ("summary", "The employee shall not disclose information.", "The employee must not disclose information."),
    ("summary", "The incumbent shall develop models. Applicants shall submit transcripts.",
     "You will develop models. You must send transcripts."),
    ("conditions_of_employment", "The incumbent shall utilize a government travel card.",
     "You must use a government travel card."),
    ("qualifications", "You shall have one year of experience at the GS-11 level.",
     "You must have one year of experience at the GS-11 level."),
    ("evaluations", "The selectee shall meet all qualification requirements by the closing date.",
     "You must meet all qualification requirements by the closing date."),
])
def test_shall_is_will_in_a_duty_and_must_in_a_requirement(section: str, text: str, expected: str) -> None:
    assert _check(section, text, SHALL) == expected


# simple-words: "position description" (PD) is an official HR document; its terms keep "position"
@pytest.mark.parametrize("text, expected", [
    ("Experience must be typical of their official series as described in their position description.",
     "Experience must be typical of their official series as described in their position description."),
    ("Visit the IRS SPD Library to access the position descriptions.",
     "Visit the IRS SPD Library to access the position descriptions."),
    ("Experience in position classification and position management.",
     "Experience in position classification and position management."),
    ("The position sensitivity is Noncritical-Sensitive.", "The position sensitivity is Noncritical-Sensitive."),
    ("Your position of record must be at the GS-12 level.", "Your position of record must be at the GS-12 level."),
    # near misses: the job itself
    ("If you are in a telework eligible position, you may telework.",
     "If you are in a telework eligible job, you may telework."),
    ("This position description is not a duty list; the position is in Denver.",
     "This position description is not a duty list; the job is in Denver."),
    ("The position title is Data Scientist.", "The job title is Data Scientist."),
])
def test_position_description_keeps_its_name(text: str, expected: str) -> None:
    assert _check("duties", text, WORDS) == expected


# simple-words: a plain word that does not collocate with the words around it stays as it was
@pytest.mark.parametrize("text, expected", [
    # "provide" -> "give" with a service, a quality or a function as its object
    ("The mission of IRS Information Technology is to provide leadership in the delivery of solutions.",
     "The mission of IRS Information Technology is to provide leadership in the delivery of solutions."),
    ("The primary purpose is to provide review and analysis of performance measurements.",
     "The primary purpose is to provide review and analysis of performance measurements."),
    ("You will provide data science expertise to the Division.",
     "You will provide data science expertise to the Division."),
    ("The primary purpose is to provide staff level technical expertise in configuration.",
     "The primary purpose is to provide staff level technical expertise in configuration."),
    ("The section provides a high level of complex and highly skilled support related to clinics.",
     "The section provides a high level of complex and highly skilled support related to clinics."),
    ("The Office of Inspector General provides independent and objective oversight to detect fraud.",
     "The Office of Inspector General provides independent and objective oversight to detect fraud."),
    ("Experience providing technical assistance to program offices.",
     "Experience providing technical assistance to program offices."),
    ("Enterprises provide subject matter expert services to all RAFB agencies.",
     "Enterprises provide subject matter expert services to all RAFB agencies."),
    # near misses: what is handed over or said takes "give"
    ("You will provide reports to management and provide feedback to staff.",
     "You will give reports to management and give feedback to staff."),
    ("If selected, you may be required to provide supporting documentation.",
     "If selected, you may be required to give supporting documentation."),
    ("You must provide transcripts with your application.", "You must give transcripts with your application."),
    ("You will provide expert guidance to IT applications personnel.",
     "You will give expert guidance to IT applications personnel."),
    ("Analyze, evaluate and provide recommendations for process improvement.",
     "Analyze, evaluate and give recommendations for process improvement."),
    # "expertise" -> "skill": not after "a"/"an", a noun or a verb of giving
    ("You must have an expertise in statistics.", "You must have an expertise in statistics."),
    ("Specialized experience is data scientist expertise in leading teams.",
     "Specialized experience is data scientist expertise in leading teams."),
    ("You will establish expertise in digital content design.",
     "You will establish expertise in digital content design."),
    ("Experience using ATRRS or similar functional expertise to support 3 commands.",
     "Experience using ATRRS or similar functional expertise to support 3 commands."),
    # near misses: a person's skill
    ("Demonstrated expertise with visualization techniques.", "Proven skill with visualization techniques."),
    ("Knowledge of storage management and the expertise to develop technical procedures.",
     "Knowledge of storage management and the skill to develop technical procedures."),
    ("You use this expertise to identify and resolve problems.", "You use this skill to identify and resolve problems."),
    # "assistance" in a fixed phrase
    ("You will manage technical assistance to 12 states.", "You will manage technical assistance to 12 states."),
    ("You will review financial assistance awards and assistance agreements.",
     "You will review financial assistance awards and assistance agreements."),
    # near misses: plain "help"
    ("For assistance with creating a resume, please click here.",
     "For help with creating a resume, please click here."),
    ("You will develop, with assistance, software systems.", "You will develop, with help, software systems."),
])
def test_plain_words_that_do_not_collocate_stay(text: str, expected: str) -> None:
    assert _check("duties", text, WORDS) == expected


# review of the odd half's summary, conditions, education and evaluation sections: simple words in their sense
@pytest.mark.parametrize("text, expected", [
    # "perform" with no object is not "do"; with one it is
    ("Develops the ability of others to perform and contribute to the organization by providing ongoing feedback.",
     "Develops the ability of others to perform and contribute to the organization by giving ongoing feedback."),
    ("You must be able to perform independently at the GS-12 level.",
     "You must be able to perform independently at the GS-12 level."),
    ("Detailed knowledge is needed to perform extensive technical evaluations.",
     "Detailed knowledge is needed to do extensive technical evaluations."),
    ("Experience equal to work performed at the GS-11 grade level.",
     "Experience equal to work done at the GS-11 grade level."),
    # goals are reached, not carried out; a task is carried out
    ("Facilitates cooperation and motivates members to accomplish goals.",
     "Facilitates cooperation and motivates members to accomplish goals."),
    ("You will accomplish the objectives of 3 programs.", "You will accomplish the objectives of 3 programs."),
    ("Experience planning the sequence of actions necessary to accomplish the assignment.",
     "Experience planning the sequence of actions necessary to carry out the assignment."),
    # "appropriate" before what qualifies means relevant: "proper" would say genuine
    ("Courses as shown in A above, plus appropriate experience or additional education.",
     "Courses as shown in A above, plus appropriate experience or more education."),
    ("A bachelor's degree in an appropriate scientific field may be accepted.",
     "A bachelor's degree in an appropriate scientific field may be accepted."),
    ("Engaging appropriate stakeholders when developing solutions.",
     "Engaging appropriate stakeholders when developing solutions."),
    ("Submit the appropriate documentation to support your CTAP eligibility.",
     "Send the proper documentation to support your CTAP eligibility."),
    # "previously" between an auxiliary and its verb stays; after the verb it is "before"
    ("If you are currently (or have previously been) in the job series, send an SF-50.",
     "If you are now (or have previously been) in the job series, send an SF-50."),
    ("You held the grade previously.", "You held the grade before."),
    # "demonstrated" before a noun in a series is "proven"
    ("Promotion is based on time-in-grade requirements, demonstrated ability to perform the higher level duties, "
     "and approval.",
     "Promotion is based on time-in-grade requirements, proven ability to do the higher level duties, and approval."),
    # position designations keep "position"
    ("This position has been designated as an acquisition position.",
     "This job has been designated as an acquisition position."),
    ("This is a bargaining unit position covered by NTEU, Chapter 287.",
     "This is a bargaining unit position covered by NTEU, Chapter 287."),
    ("This is a Noncritical-Sensitive position.", "This is a Noncritical-Sensitive position."),
    ("This is a supervisory position at the GS-13 level.", "This is a supervisory job at the GS-13 level."),
    # "provide" with semester hours, an amount, and every "provide" of a sentence that keeps one
    ("A degree that provided a minimum of 24 semester hours in one or more of the fields.",
     "A degree that provided at least 24 semester hours in one or more of the fields."),
    ("The Center provides more than 90 percent of the Army's lethality to soldiers.",
     "The Center provides more than 90 percent of the Army's lethality to soldiers."),
    ("The purpose is to provide review and analysis of 5 programs, and provide reports to management on findings.",
     "The purpose is to provide review and analysis of 5 programs, and provide reports to management on findings."),
    ("You will provide at least 3 reports to management each year.",
     "You will give at least 3 reports to management each year."),
    ("Training that has provided a basic knowledge of data processing functions.",
     "Training that has given a basic knowledge of data processing functions."),
])
def test_review_words_keep_their_sense(text: str, expected: str) -> None:
    assert _check("evaluations", text, WORDS) == expected


# must-not-shall: "shall be" before what befalls pay or a person is what will happen
@pytest.mark.parametrize("text, expected", [
    ("The pay rate shall be increased to reflect pay increases received while temporarily promoted.",
     "The pay rate will be increased to reflect pay increases received while temporarily promoted."),
    ("Your salary shall be set at the rate received before the promotion.",
     "Your salary will be set at the rate received before the promotion."),
    ("Applications shall be received by 11:59 PM on 12/01/2021.",
     "Applications must be received by 11:59 PM on 12/01/2021."),
])
def test_shall_be_increased_is_will(text: str, expected: str) -> None:
    assert _check("conditions_of_employment", text, ["must-not-shall"]) == expected


# split-sentences: no split inside a subject, nor of a relative clause's second verb
@pytest.mark.parametrize("text, expected", [
    ("Your application, including the online Assessment Questionnaire, will be reviewed to determine if you meet the "
     "minimum qualification requirements for this job.",
     "Your application, including the online Assessment Questionnaire, will be reviewed to determine if you meet the "
     "minimum qualification requirements for this job."),
    ("Knowledge of the principles, methods, or tools for developing, scheduling, coordinating, and managing projects "
     "and resources, including monitoring and inspecting costs, work, and contractor performance.",
     "Knowledge of the principles, methods, or tools for developing, scheduling, coordinating, and managing projects "
     "and resources. This includes monitoring and inspecting costs, work, and contractor performance."),
    ("Your qualifications will be evaluated on the following knowledge, skills, abilities and other characteristics "
     "that are relevant to the duties of this job and must be fully supported by information in your resume:",
     "We will evaluate your qualifications on the following knowledge, skills, abilities and other characteristics "
     "that are relevant to the duties of this job and must be fully supported by information in your resume:"),
    ("The candidates in the highest category will be certified for referral to the selecting official and may be "
     "invited to an interview.",
     "The candidates in the highest category will be certified for referral to the selecting official. They may be "
     "invited to an interview."),
])
def test_splits_keep_the_subject(text: str, expected: str) -> None:
    assert _check("evaluations", text, ["address-you", "split-sentences"]) == expected


# acronyms: a spelled-out office, act, plan or system takes "the" where the bare acronym took none
@pytest.mark.parametrize("text, expected", [
    ("Receive authorization from OPM on any job offer you receive, if you were a Non-Career SES employee.",
     "Receive authorization from the Office of Personnel Management (OPM) on any job offer you receive, if you were a "
     "Non-Career Senior Executive Service (SES) employee."),
    ("You may apply under VEOA if you are a veteran.",
     "You may apply under the Veterans Employment Opportunities Act (VEOA) if you are a veteran."),
    ("You will be covered by FERS. OPM sets the rules.",
     "You will be covered by the Federal Employees Retirement System (FERS). The Office of Personnel Management (OPM) "
     "sets the rules."),
    # near misses: an article already there, a heading, a term that is no name
    ("Refer to the OPM instructions.", "Refer to the Office of Personnel Management (OPM) instructions."),
    ("OPM Guidance: apply online.", "OPM Guidance: apply online."),
    ("Experience with IT projects.", "Experience with information technology (IT) projects."),
])
def test_spelled_out_names_take_the(text: str, expected: str) -> None:
    assert _check("evaluations", text, ["acronyms"]) == expected


# held-out questionnaires, read after the round's rules: the guards above, at their edges
@pytest.mark.parametrize("text, expected", [
    ("I am consulted to help or train them because of my expertise.",
     "I am consulted to help or train them because of my skill."),
    ("You must provide work experience information such as hours per week.",
     "You must give work experience information such as hours per week."),
    ("Your resume must provide sufficient experience and/or education.",
     "Your resume must provide enough experience and/or education."),
    ("You will provide management of 3 programs.", "You will provide management of 3 programs."),
    ("Developed and provided technical solutions to 5 customers.",
     "Developed and provided technical solutions to 5 customers."),
    ("A copy of your transition assistance identification card must be uploaded.",
     "A copy of your transition assistance identification card must be uploaded."),
    ("This job requires shift work to provide coverage on evenings and weekends.",
     "This job requires shift work to provide coverage on evenings and weekends."),
])
def test_heldout_edges(text: str, expected: str) -> None:
    assert _check("evaluations", text, WORDS) == expected
