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
