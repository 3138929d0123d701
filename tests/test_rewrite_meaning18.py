"""Round 18 meaning review of the rules that edit posting-specific text (issue 6).

Each row is a sentence of the development corpus (odd half) or a near miss of it, with the exact expected output.
Every row also checks that no fact is lost and that rewriting the rewrite changes nothing. Rows whose output
equals their input are the negative cases: the edit the review found wrong is no longer made.
"""

from __future__ import annotations

import pytest

from tests.rewrite_fixtures import rewritten_section as _check

WORDS = ["simple-words"]

# simple-words: one sense of a word, one grammar slot
WORD_ROWS = [
    # "implementation" -> "rollout" only for a system or something new
    ("You will resolve issues related to the implementation of new systems within the existing infrastructure.",
     "You will resolve issues related to the rollout of new systems within the existing infrastructure."),
    ("You will lead an automated system implementation or improvement project.",
     "You will lead an automated system rollout or improvement project."),
    ("Trains staff in the implementation of new policies.", "Trains staff in the rollout of new policies."),
    ("Assists with design, implementation, and maintenance of cybersecurity requirements and programs.",
     "Helps with design, implementation, and maintenance of cybersecurity requirements and programs."),
    ("You will assess the implementation of directives and guidance impacting operating policies.",
     "You will assess the implementation of directives and guidance impacting operating policies."),
    # "in accordance with" -> "under" for an authority; "in line with" for the thing's own measure
    ("One year of graduate education is creditable in accordance with its relationship to a year of full-time study.",
     "One year of graduate education is creditable in line with its relationship to a year of full-time study."),
    ("Your application will be evaluated in accordance with the Service's Merit Promotion Plan.",
     "Your application will be evaluated under the Service's Merit Promotion Plan."),
    # a participle used as an adjective after a determiner keeps its word
    ("Include examples that detail the level and complexity of the performed work.",
     "Include examples that detail the level and complexity of the performed work."),
    ("Bring any submitted forms to the interview.", "Bring any submitted forms to the interview."),
    ("You must describe the work you performed in the last year.",
     "You must describe the work you did in the last year."),
    ("The employee performed the additional duties.", "The employee did the additional duties."),
    # "previous" before a span of time is "past"
    ("TIG applies if you held a GS grade within the previous 52 weeks.",
     "TIG applies if you held a GS grade within the past 52 weeks."),
    ("Report your earnings for the previous year.", "Report your earnings for the past year."),
    ("Managers consider previous performance appraisals and awards.",
     "Managers consider earlier performance appraisals and awards."),
    # "capability" is a person's "ability" only before what the person does
    # (round 19: "provide" stays before a capability too: "give an unmatched capability" is not idiomatic)
    ("Enterprises provide an unmatched capability for the soldier.",
     "Enterprises provide an unmatched capability for the soldier."),
    ("Experience with principles as applied to the capability development process.",
     "Experience with principles as applied to the capability development process."),
    ("You must have the capability to analyze 3 data sources.", "You must have the ability to analyze 3 data sources."),
    ("Rate your level of experience and capability.", "Rate your level of experience and ability."),
]


@pytest.mark.parametrize("text, expected", WORD_ROWS)
def test_simple_words_keep_the_sense(text: str, expected: str) -> None:
    assert _check("duties", text, WORDS) == expected


# must-not-shall: "shall (not) be" before a consequence says what will happen
@pytest.mark.parametrize("text, expected", [
    ("They shall not be eligible for retirement contributions for the reemployment period.",
     "They will not be eligible for retirement contributions for the reemployment period."),
    ("Annuitants shall be paid from the date of reemployment.", "Annuitants will be paid from the date of reemployment."),
    ("Applicants shall submit a resume by 12/01/2021.", "Applicants must submit a resume by 12/01/2021."),
    ("The selectee shall be a U.S. citizen.", "The selectee must be a U.S. citizen."),
])
def test_shall_is_will_before_a_consequence(text: str, expected: str) -> None:
    assert _check("evaluations", text, ["must-not-shall"]) == expected


# address-you: a pronoun becomes "you" only where its subject does
@pytest.mark.parametrize("text, expected", [
    ("Candidates who apply under Competitive Merit Promotion procedures will undergo a quality review to determine "
     "if they are best qualified based on the content of their resume.",
     "If you apply under Competitive Merit Promotion procedures, you will undergo a quality review to determine "
     "if you are best qualified based on the content of your resume."),
    ("Candidates who apply under merit promotion procedures will undergo a quality review to determine if they are "
     "best qualified based on their resume.",
     "If you apply under merit promotion procedures, you will undergo a quality review to determine if you are "
     "best qualified based on your resume."),
])
def test_reader_pronouns_follow_their_subject(text: str, expected: str) -> None:
    assert _check("evaluations", text, ["address-you"]) == expected


# acronyms: not inside an official title; the article before the spelled-out form agrees with it
@pytest.mark.parametrize("text, expected", [
    ("This National Guard position is for a IT SPECIALIST (DATAMGT) (T32).",
     "This National Guard position is for a IT SPECIALIST (DATAMGT) (T32)."),
    ("This inventory is for IT Specialist (INFOSEC) positions. You need IT skills.",
     "This inventory is for IT Specialist (INFOSEC) positions. You need information technology (IT) skills."),
    ("You will lead an IT project.", "You will lead an information technology (IT) project."),
    ("You will lead a TIG review.", "You will lead a time-in-grade (TIG) review."),
    ("You will work with an SME on each project.", "You will work with a subject matter expert (SME) on each project."),
    ("You may be affected by an RIF this year.", "You may be affected by a reduction in force (RIF) this year."),
])
def test_acronyms_outside_titles_with_their_article(text: str, expected: str) -> None:
    assert _check("duties", text, ["acronyms"]) == expected


# split-sentences / lists: an "-ing" part after a semicolon is no sentence; a lead-in ending in "not limited to;"
@pytest.mark.parametrize("text, expected", [
    ("You must have one year of specialized experience maintaining the confidentiality, integrity, and availability "
     "of data processing operations through IT security activities; participating in analyses of information "
     "security policy issues, deficiencies, and problem areas.",
     "You must have one year of specialized experience maintaining the confidentiality, integrity, and availability "
     "of data processing operations through IT security activities; participating in analyses of information "
     "security policy issues, deficiencies, and problem areas."),
    ("Identifies problems in the data of the program office; determines accuracy and relevance of the information "
     "in each report.",
     "Identifies problems in the data of the program office. Determines accuracy and relevance of the information "
     "in each report."),
    ("If you are referred for consideration, you may be asked to submit more job related information, which may "
     "include, but not limited to; responses to the knowledge, skills and abilities; completion of a work sample, "
     "and/or contact for an interview.",
     "If you are referred for consideration, you may be asked to submit more job related information, which may "
     "include, but not limited to; responses to the knowledge, skills and abilities; completion of a work sample, "
     "and/or contact for an interview."),
    ("If you are referred, you may be asked to submit more job related information, which may include, but not "
     "limited to; responses to the knowledge, skills and abilities; completion of a work sample; and a structured "
     "interview with the panel.",
     "If you are referred, you may be asked to submit more job related information, which may include, but not "
     "limited to:\n- responses to the knowledge, skills and abilities;\n- completion of a work sample; and\n"
     "- a structured interview with the panel."),
])
def test_semicolons_keep_their_sentence(text: str, expected: str) -> None:
    assert _check("evaluations", text, ["lists", "split-sentences"]) == expected


# address-you: "selectees" after a preposition are those selected, not every reader
@pytest.mark.parametrize("text, expected", [
    ("COVID-19 vaccination is required for all selectees prior to entrance on duty.",
     "COVID-19 vaccination is required for all selectees prior to entrance on duty."),
    ("The selectee will be required to complete a background check.",
     "You will be required to complete a background check."),
    ("Duty location will be determined based on the location of the selectee(s).",
     "Duty location will be determined based on the location of the selectee(s)."),
    ("The selectee(s) will be notified by email.", "The selectee(s) will be notified by email."),
    ("The selectee's report date may be delayed.", "Your report date may be delayed."),
])
def test_selectees_after_a_preposition_stay(text: str, expected: str) -> None:
    assert _check("conditions_of_employment", text, ["address-you"]) == expected


# simple-words: "apparent" only as a predicate, "identical" only after "the"
@pytest.mark.parametrize("text, expected", [
    ("A review may be conducted to determine if they create any real or apparent conflict of interests.",
     "A review may be conducted to determine if they create any real or apparent conflict of interests."),
    ("It became apparent that the 2 systems were out of date.", "It became clear that the 2 systems were out of date."),
    ("More selections may be made to fill identical vacancies that occur later.",
     "More selections may be made to fill identical vacancies that occur later."),
    ("The data must be identical to the source.", "The data must be identical to the source."),
    ("Use the identical format for all 3 reports.", "Use the same format for all 3 reports."),
])
def test_apparent_and_identical_keep_their_grammar(text: str, expected: str) -> None:
    assert _check("summary", text, WORDS) == expected


# split-sentences: a full stop glued after a word no sentence ends on is a typo, not two sentences
@pytest.mark.parametrize("text, expected", [
    ("The job is in the Army Futures and.Concepts Center with duty location at Fort Huachuca, Arizona.",
     "The job is in the Army Futures and.Concepts Center with duty location at Fort Huachuca, Arizona."),
    ("The job supports the futures program.The duty location is Fort Huachuca, Arizona.",
     "The job supports the futures program. The duty location is Fort Huachuca, Arizona."),
])
def test_glued_full_stop_after_a_function_word(text: str, expected: str) -> None:
    assert _check("summary", text, ["split-sentences"]) == expected


# held-out questionnaires (read after the fixes above): what the fixes must keep doing, and two they had broken
@pytest.mark.parametrize("text, rules, expected", [
    # a participle after a possessive keeps its word ("your kept grade" changed the meaning; "her helped living")
    ("You certify that you have not accepted permanent Federal employment at your retained grade.", WORDS,
     "You certify that you have not accepted permanent Federal employment at your retained grade."),
    ("A customer needs the value for her assisted living facility intake form.", WORDS,
     "A customer needs the value for her assisted living facility intake form."),
    ("Your responses will be verified based on your submitted resume.", WORDS,
     "Your responses will be verified based on your submitted resume."),
    # "capability" of the reader after a possessive
    ("Select the response that describes your current level of experience and capability using the scale below.",
     WORDS, "Select the response that describes your current level of experience and ability using the scale below."),
    # a "who" clause whose second verb follows "and" is no "if you ..., you have"
    ("Applicants who are current or former Federal employees and have held a GS grade any time in the past 52 weeks "
     "must also meet time-in-grade requirements.", ["address-you"],
     "Those of you who are current or former Federal employees and have held a GS grade any time in the past 52 weeks "
     "must also meet time-in-grade requirements."),
    # "-ing" parts that still split: a pronoun, a part with its own verb, parallel "-ing" items
    ("Non-pay status (such as LWOP) is credited for up to six months in a calendar year; anything beyond six months "
     "is not credited.", ["split-sentences"],
     "Non-pay status (such as LWOP) is credited for up to six months in a calendar year. Anything beyond six months "
     "is not credited."),
    ("Select the statement that best describes your experience with continuous assessment requirements; "
     "troubleshooting solutions include the design and maintenance of the architecture.", ["split-sentences"],
     "Select the statement that best describes your experience with continuous assessment requirements. "
     "Troubleshooting solutions include the design and maintenance of the architecture."),
    ("Developing, maintaining and reporting on metrics related to areas of responsibility; serving as a primary "
     "point of contact for specific customer activities.", ["split-sentences"],
     "Developing, maintaining and reporting on metrics related to areas of responsibility. Serving as a primary "
     "point of contact for specific customer activities."),
])
def test_heldout_sentences(text: str, rules: list[str], expected: str) -> None:
    assert _check("evaluations", text, rules) == expected


# address-you: "is" / "has" joined by "and" to the verb that now agrees with "you" agree too
@pytest.mark.parametrize("text, expected", [
    ("The incumbent serves as a Branch Manager within the Office of Data Strategy or the Office of Data "
     "Transparency and is responsible for the direction of 12 subordinates.",
     "You serve as a Branch Manager within the Office of Data Strategy or the Office of Data "
     "Transparency and are responsible for the direction of 12 subordinates."),
    ("The incumbent manages the budget and has authority to approve 5 contracts.",
     "You manage the budget and have authority to approve 5 contracts."),
    ("The incumbent reviews data that is used by 3 teams.", "You review data that is used by 3 teams."),
])
def test_coordinated_be_and_have_agree_with_you(text: str, expected: str) -> None:
    assert _check("summary", text, ["address-you"]) == expected


# simple-words: "regarding" after a word of skill stays ("proficient about" is not English)
@pytest.mark.parametrize("text, expected", [
    ("Best-Qualified - highly proficient regarding the knowledge, skills and abilities (KSAs) related to this job.",
     "Best-Qualified - highly proficient regarding the knowledge, skills and abilities (KSAs) related to this job."),
    ("Qualified - competent regarding the knowledge, skills and abilities (KSAs) related to this job.",
     "Qualified - competent regarding the knowledge, skills and abilities (KSAs) related to this job."),
    ("See below for important information regarding this job.", "See below for important information about this job."),
])
def test_regarding_after_a_word_of_skill(text: str, expected: str) -> None:
    assert _check("evaluations", text, WORDS) == expected


# short-verbs: "provide training to" + a verb is training for a purpose, not training given to someone
@pytest.mark.parametrize("text, expected", [
    ("Works with the section chief to help develop and provide training to help increase patient experience scores.",
     "Works with the section chief to help develop and provide training to help increase patient experience scores."),
    ("Provides training to staff on 3 new systems.", "Trains staff on 3 new systems."),
    ("Provides assistance to managers on budget matters.", "Helps managers on budget matters."),
    ("Provides support to ensure the 2 systems stay secure.", "Provides support to ensure the 2 systems stay secure."),
])
def test_training_to_a_purpose_stays(text: str, expected: str) -> None:
    assert _check("duties", text, ["short-verbs"]) == expected
