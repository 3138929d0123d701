"""Round 21 meaning review of the rules that edit posting-specific text (issue 6).

Each row is a sentence of the development corpus (even half), of the held-out questionnaires (round 20's
leftovers), or a near miss of one, with the exact expected output. Every row also checks that no fact is lost and
that rewriting the rewrite changes nothing (``tests/rewrite_fixtures.py``). Rows whose output equals their input are
the negative cases: the edit the review found wrong is no longer made.
"""

from __future__ import annotations

import pytest

from tests.rewrite_fixtures import rewritten_section as _check

WORDS = ["address-you", "simple-words"]


# simple-words: a separable phrasal verb from the table ("implement" -> "carry out", "ascertain" -> "find out",
# "expedite" -> "speed up") puts a pronoun object between the verb and its particle
@pytest.mark.parametrize("text, expected", [
    ("Inherent to this ECQ is the ability to establish an organizational vision and to implement it in a "
     "continuously changing environment.",
     "Inherent to this ECQ is the ability to establish an organizational vision and to carry it out in a "
     "continuously changing environment."),
    ("Plan the tests and implement them.", "Plan the tests and carry them out."),
    ("Ability to ascertain it quickly and to expedite it.", "Ability to find it out quickly and to speed it up."),
    # near misses: a noun object, and "IT" (information technology), follow the particle as before
    ("Experience implementing IT security policies.", "Experience carrying out IT security policies."),
    ("Ability to implement policy across the organization.", "Ability to carry out policy across the organization."),
])
def test_a_pronoun_goes_inside_a_phrasal_verb(text: str, expected: str) -> None:
    assert _check("qualifications", text, WORDS) == expected


# simple-words: a workplace, an environment or a setting is provided (made), not given
@pytest.mark.parametrize("text, expected", [
    ("Inherent to this ECQ is the ability to provide an inclusive workplace that fosters the development of others.",
     "Inherent to this ECQ is the ability to provide an inclusive workplace that fosters the development of others."),
    ("RAAS provides an intellectually challenging and supportive environment for our employees.",
     "RAAS provides an intellectually challenging and supportive environment for our employees."),
    ("The office provides a safe work setting for staff.", "The office provides a safe work setting for staff."),
    # near misses: what is handed over or said is given, also where an environment follows later
    ("Ability to provide advice and recommendations to leadership.",
     "Ability to give advice and recommendations to leadership."),
    ("Provide guidance on the testing environment.", "Give guidance on the testing environment."),
])
def test_a_workplace_is_provided(text: str, expected: str) -> None:
    assert _check("qualifications", text, WORDS) == expected


# simple-words: "sufficient" after its noun stays ("the health care arena enough to qualify" misread); before a noun
# and as a predicate it is "enough"
@pytest.mark.parametrize("text, expected", [
    ("Applicants must possess extensive leadership experience in the health care arena sufficient to qualify for the "
     "equivalent of a senior executive position.",
     "You must have extensive leadership experience in the health care arena sufficient to qualify for the "
     "equivalent of a senior executive job."),
    ("You must have specialized experience sufficient to demonstrate that you have acquired all the competencies.",
     "You must have specialized experience sufficient to show that you have acquired all the competencies."),
    # near misses
    ("Your experience must be sufficient to demonstrate your ability to work difficult programs.",
     "Your experience must be enough to show your ability to work difficult programs."),
    ("Applicants should have sufficient knowledge to understand the concepts.",
     "You should have enough knowledge to understand the concepts."),
    ("Your resume must state sufficient experience to perform the duties.",
     "Your resume must state enough experience to do the duties."),
    ("One year of experience is not sufficient for the GS-12.", "One year of experience is not enough for the GS-12."),
])
def test_sufficient_after_its_noun_stays(text: str, expected: str) -> None:
    assert _check("qualifications", text, WORDS) == expected


# simple-words: a past form right after a modal is a slip in the source ("must provided"): "must gave" makes it worse
@pytest.mark.parametrize("text, expected", [
    ("This education must provided the applicant with the knowledge, skills, and abilities to successfully perform "
     "the duties of this position.",
     "This education must provided the applicant with the knowledge, skills, and abilities to successfully do the "
     "duties of this job."),
    # near misses: "must have provided", a subject's past tense, and a passive after "be"
    ("This education must have provided the applicant with the knowledge to perform the duties.",
     "This education must have given the applicant the knowledge to do the duties."),
    ("The agency provided the applicant with the knowledge to perform the duties.",
     "The agency gave the applicant the knowledge to do the duties."),
    ("You will be notified if you are selected.", "You will be told if you are selected."),
])
def test_a_past_form_after_a_modal_stays(text: str, expected: str) -> None:
    assert _check("qualifications", text, WORDS) == expected


# short-verbs: the noun of "provide training to" is also the object of a verb before "and"/"or" with none of its own
# ("developing and providing training to staff" -> "developing and training staff" made the staff what is developed)
@pytest.mark.parametrize("text, expected", [
    ("Experience independently developing and providing training to staff on the application of statutes.",
     "Experience independently developing and providing training to staff on applying statutes."),
    ("Trains, coordinates and provides training to all areas impacting profile management.",
     "Trains, coordinates and provides training to all areas impacting profile management."),
    ("Designs, develops and provides guidance to program offices.",
     "Designs, develops and provides guidance to program offices."),
    ("Develop and provide assistance to customers.", "Develop and provide assistance to customers."),
    # near misses: the verb before "and" has its own object, or there is no verb before
    ("Maintains databases and provides assistance to users.", "Maintains databases and helps users."),
    ("Reviews the data and provides guidance to managers.", "Reviews the data and guides managers."),
    ("Experience providing training to staff on new tools.", "Experience training staff on new tools."),
    ("Experience planning projects, and providing support to program offices.",
     "Experience planning projects, and supporting program offices."),
])
def test_a_shared_noun_keeps_its_weak_verb(text: str, expected: str) -> None:
    assert _check("qualifications", text, ["short-verbs"]) == expected


# jargon: "specialized experience ... as listed below:" is the posting's own definition; the generic one went between
# its items
@pytest.mark.parametrize("text, expected", [
    ("One year of specialized experience equivalent to the NH-02/GS-11 grade level in the Federal service as listed "
     "below:\nPlanning, designing, fielding, and managing operational information systems to meet customer "
     "requirements. Developing system requirements with customers.",
     "GS means General Schedule. That is the main federal pay scale. One year of specialized experience equivalent "
     "to the NH-02/GS-11 grade level in the Federal service as listed below:\nPlanning, designing, fielding, and "
     "managing operational information systems to meet customer requirements. Developing system requirements with "
     "customers."),
    ("You must have one year of specialized experience as described below: Experience leading data projects.",
     "You must have one year of specialized experience as described below: Experience leading data projects."),
    # near miss: "as described below" about another sentence's "experience"
    ("You must have one year of specialized experience at the GS-11 level. You may qualify based on your experience "
     "as described below: Experience leading data projects.",
     "You must have one year of specialized experience at the GS-11 level. Specialized experience means experience "
     "that gave you the skills to do this job. It's often in the same kind of work or in related work. GS means "
     "General Schedule. That is the main federal pay scale. You may qualify based on your experience as described "
     "below: Experience leading data projects."),
])
def test_as_listed_below_is_the_postings_own_definition(text: str, expected: str) -> None:
    assert _check("qualifications", text, ["jargon"]) == expected


# acronyms (round 20's leftover): an acronym before the noun it modifies ("PCS orders") is spelled out without the
# gloss in brackets, which went inside the noun phrase; the gloss follows the sentence as "<name> means <gloss>."
@pytest.mark.parametrize("text, expected", [
    ("You must include the documents identified on the checklist, such as PCS orders/verification of duty location "
     "assignment and a copy of marriage certificate or license.",
     "You must include the documents identified on the checklist, such as permanent change of station (PCS) "
     "orders/verification of duty location assignment and a copy of marriage certificate or license. Permanent "
     "change of station means a paid move to a new duty station."),
    ("Acceptable documentation includes at a minimum: A copy of the PCS orders, and your marriage certificate or "
     "license.",
     "Acceptable documentation includes at a minimum: A copy of the permanent change of station (PCS) orders, and "
     "your marriage certificate or license. Permanent change of station means a paid move to a new duty station."),
    ("Spouses with PCS orders\nmay apply.",
     "Spouses with permanent change of station (PCS) orders\nmay apply. Permanent change of station means a paid "
     "move to a new duty station."),
    # near miss: the acronym is the subject, with its verb after it: the gloss stays with the name
    ("Your PCS is paid by the agency.",
     "Your permanent change of station (a paid move to a new duty station) (PCS) is paid by the agency."),
])
def test_an_acronym_gloss_goes_after_its_noun_phrase(text: str, expected: str) -> None:
    assert _check("summary", text, ["acronyms"]) == expected


# split-sentences (round 20's leftover): an "i.e." bracket that only names a few choices is no sentence ("This means
# Competitive or Excepted."); one that explains in a phrase still is
@pytest.mark.parametrize("text, expected", [
    ("Your SF-50 must include your job title, pay plan/series/grade, tenure and the type of appointment (i.e. "
     "Competitive or Excepted).",
     "Your SF-50 must include your job title, pay plan/series/grade, tenure and the type of appointment (i.e. "
     "Competitive or Excepted)."),
    ("Your SF-50 must show the pay plan, the grade and the type of your current appointment (i.e., GS-12, GS-13, or "
     "GS-14).",
     "Your SF-50 must show the pay plan, the grade and the type of your current appointment (i.e., GS-12, GS-13, or "
     "GS-14)."),
    # near misses: a phrase after "i.e.", and examples after "e.g."
    ("Your SF-50 must include your job title, pay plan/series/grade, tenure and the type of appointment (i.e., at "
     "least 52 weeks at the next lower grade).",
     "Your SF-50 must include your job title, pay plan/series/grade, tenure and the type of appointment. This means "
     "at least 52 weeks at the next lower grade."),
    ("Your SF-50 must show your job title, pay plan, grade and tenure (e.g., GS-0343-12 or GS-0343-13).",
     "Your SF-50 must show your job title, pay plan, grade and tenure. Examples include GS-0343-12 or GS-0343-13."),
])
def test_an_ie_bracket_of_a_few_names_stays(text: str, expected: str) -> None:
    assert _check("summary", text, ["split-sentences"]) == expected


# simple-words (round 20's leftover): a person "reflected on" orders is named on them; a thing is still shown
@pytest.mark.parametrize("text, expected", [
    ("If yes, confirm that you are reflected on the PCS orders; and you have been married to the military member.",
     "If yes, confirm that you are named on the PCS orders; and you have been married to the military member."),
    ("Your spouse must be reflected on the orders.", "Your spouse must be named on the orders."),
    ("If yes, confirm that you are indicated on the PCS orders; and you have been married to the military member.",
     "If yes, confirm that you are named on the PCS orders; and you have been married to the military member."),
    # near misses
    ("Your time-in-grade must be reflected on your SF-50.", "Your time-in-grade must be shown on your SF-50."),
    ("Your experience should be reflected in your resume.", "Your experience should be shown in your resume."),
    ("The dates must be indicated on your resume.", "The dates must be shown on your resume."),
])
def test_a_person_is_named_on_orders(text: str, expected: str) -> None:
    assert _check("summary", text, ["simple-words"]) == expected


# address-you (round 20's leftover): "their resumes are complete" is one resume per reader too, and its verb agrees
@pytest.mark.parametrize("text, expected", [
    ("Applicants must make sure their resumes are complete.", "You must make sure your resume is complete."),
    ("Applicants must ensure their applications include all required documents.",
     "You must ensure your application includes all required documents."),
    ("Applicants must ensure their resumes clearly show their experience.",
     "You must ensure your resume clearly shows your experience."),
    ("Applicants must make sure their resumes have been updated.", "You must make sure your resume has been updated."),
    # near miss: what a reader may send several of stays plural
    ("Applicants must ensure their transcripts are complete.", "You must ensure your transcripts are complete."),
])
def test_one_resume_per_reader_with_its_verb(text: str, expected: str) -> None:
    assert _check("evaluations", text, ["address-you"]) == expected


# simple-words: "component" after a capitalised name is an organisation ("your Department of Justice component"), and
# after "software", "system" ... a technical term; "methodology" used as a mass noun is "methods", not a bare "method"
@pytest.mark.parametrize("section, text, expected", [
    ("summary", "If your Department of Justice component has told you in writing that you are a surplus employee, you "
     "may apply.",
     "If your Department of Justice component has told you in writing that you are a surplus employee, you may "
     "apply."),
    ("qualifications", "Experience reverse engineering software components and systems.",
     "Experience reverse engineering software components and systems."),
    ("qualifications", "Knowledge of automated computational processes and methodology to respond to requirements.",
     "Knowledge of automated computational processes and methods to respond to requirements."),
    # near misses: the parts of a thing, a capital that only starts the sentence, a counted methodology
    ("qualifications", "The components of the plan are listed below.", "The parts of the plan are listed below."),
    ("qualifications", "Components of the review include cost and schedule.",
     "Parts of the review include cost and schedule."),
    ("qualifications", "Knowledge of the methodology used in the study and of research methodologies.",
     "Knowledge of the method used in the study and of research methods."),
    ("qualifications", "Apply a methodology to the data.", "Apply a method to the data."),
])
def test_component_and_methodology_keep_their_sense(section: str, text: str, expected: str) -> None:
    assert _check(section, text, WORDS) == expected


# simple-words: staff, buildings and systems are supplied, not given ("provides the technical personnel, processes,
# and facilities"); the near miss gives information
@pytest.mark.parametrize("text, expected", [
    ("As such it provides the technical personnel, processes, and facilities to perform research and testing.",
     "As such it provides the technical personnel, processes, and facilities to do research and testing."),
    ("The branch provides the infrastructure for the network.", "The branch provides the infrastructure for the network."),
    ("The branch provides information to the personnel office.", "The branch gives information to the personnel office."),
])
def test_personnel_and_facilities_are_provided(text: str, expected: str) -> None:
    assert _check("qualifications", text, WORDS) == expected


# simple-words: "demonstrated" between a form of "be" and a word of skill is an adjective: "proven", not "shown"
@pytest.mark.parametrize("text, expected", [
    ("Specialized experience is demonstrated experience in ALL of the following: budgeting and planning.",
     "Specialized experience is proven experience in ALL of the following: budgeting and planning."),
    # near misses: a passive with its agent, and the participle before a preposition
    ("Knowledge is demonstrated by your resume.", "Knowledge is shown by your resume."),
    ("This competency is demonstrated in your work history.", "This competency is shown in your work history."),
])
def test_demonstrated_before_a_skill_is_proven(text: str, expected: str) -> None:
    assert _check("qualifications", text, WORDS) == expected


# address-you: "Candidates who are current Federal employees ... must" -> "If you are a current Federal employee ...,
# you must": the one reader is one of them
@pytest.mark.parametrize("text, expected", [
    ("Candidates who are current Federal employees serving on a non-temporary competitive appointment must have "
     "served at least three months in that appointment.",
     "If you are a current Federal employee serving on a non-temporary competitive appointment, you must have "
     "served at least three months in that appointment."),
    ("Applicants who are veterans must submit a DD-214.", "If you are a veteran, you must submit a DD-214."),
    ("Applicants who are not current employees must submit a resume.",
     "If you are not a current employee, you must submit a resume."),
    ("Applicants who are current or former Federal employees must submit an SF-50.",
     "If you are a current or former Federal employee, you must submit an SF-50."),
    # near misses: no plural noun of persons; "the spouses of service members" (one of several, said with "of")
    ("Applicants who are the spouses of service members must submit orders.",
     "If you are the spouses of service members, you must submit orders."),
    ("Applicants who are eligible for CTAP must submit proof.", "If you are eligible for CTAP, you must submit proof."),
])
def test_who_are_persons_is_one_reader(text: str, expected: str) -> None:
    assert _check("qualifications", text, ["address-you"]) == expected


# split-sentences: "; including X" is ", including X" typed with a semicolon ("Including those ..." alone was a
# fragment); "; such as X" stays with its sentence; two full clauses are still two sentences
@pytest.mark.parametrize("text, expected", [
    ("- Apply advanced management and organizational principles and practices to identify, engage, influence, and "
     "monitor relationships with individuals and groups connected to a change effort; including those actively "
     "involved, those who exert influence over the process and its results, and those who have a vested interest in "
     "the outcome.",
     "- Apply advanced management and organizational principles and practices to identify, engage, influence, and "
     "monitor relationships with individuals and groups connected to a change effort. This includes those actively "
     "involved, those who exert influence over the process and its results, and those who have a vested interest in "
     "the outcome."),
    ("Apply advanced management and organizational principles and practices to monitor relationships with groups "
     "connected to a change effort; such as those actively involved in the process and those who have a vested "
     "interest in the outcome.",
     "Apply advanced management and organizational principles and practices to monitor relationships with groups "
     "connected to a change effort; such as those actively involved in the process and those who have a vested "
     "interest in the outcome."),
    # near miss
    ("You will identify problems with the data systems used in the field offices; you will determine the accuracy "
     "and relevance of the information in each report.",
     "You will identify problems with the data systems used in the field offices. You will determine the accuracy "
     "and relevance of the information in each report."),
])
def test_semicolon_including_is_not_a_sentence(text: str, expected: str) -> None:
    assert _check("qualifications", text, ["split-sentences"]) == expected


# split-sentences and lists: "experience equivalent to the GS-11 level analyzing ...; designing ...; and applying ..."
# names the work right after the level: no "It must be equal to the GS-11 level analyzing ..." (the level did the
# analyzing), and the level ends the lead-in of the "-ing" items
@pytest.mark.parametrize("text, expected", [
    ("To qualify for GS-12, you must have one year of directly related specialized experience equivalent to the GS-11 "
     "level analyzing and organizing raw data; designing and building data systems and databases; and applying "
     "fundamental software engineering principals while evaluating system performance.",
     "To qualify for GS-12, you must have one year of directly related specialized experience equivalent to the GS-11 "
     "level:\n- analyzing and organizing raw data;\n- designing and building data systems and databases; and\n- "
     "applying fundamental software engineering principals while evaluating system performance."),
    # near misses: the level and then where, or "with": the split is made as before
    ("To qualify for GS-13, you must have one year of directly related specialized experience equivalent to the GS-12 "
     "level with full stack application development and experience building user interfaces.",
     "To qualify for GS-13, you must have one year of directly related specialized experience. It must be equivalent "
     "to the GS-12 level with full stack application development and experience building user interfaces."),
    ("You must have one year of specialized experience equivalent to the GS-11 grade level in the Federal service "
     "which includes experience leading data projects.",
     "You must have one year of specialized experience. It must be equivalent to the GS-11 grade level in the Federal "
     "service. This includes experience leading data projects."),
])
def test_a_level_followed_by_its_work_is_a_lead_in(text: str, expected: str) -> None:
    assert _check("qualifications", text, ["lists", "split-sentences"]) == expected


@pytest.mark.parametrize("text, expected", [
    # held-out: a determiner before an adjective still counts the methodology as one
    ("Please select the statement that best describes your experience in evaluating the appropriate methodology for "
     "survey operations.",
     "Please select the statement that best describes your experience in evaluating the proper method for survey "
     "operations."),
])
def test_methodology_after_a_determiner_and_adjective(text: str, expected: str) -> None:
    assert _check("summary", text, WORDS) == expected
