"""Round 22 held-out meaning review of the rewrite rules (issue 6).

Each row is a sentence of the held-out USA Staffing questionnaires that no earlier round had read (or of the
development corpus, for round 21's leftovers), or a near miss of one, with the exact expected output. Every row also
checks that no fact is lost and that rewriting the rewrite changes nothing (``tests/rewrite_fixtures.py``). Rows whose
output equals their input are the negative cases: the edit the review found wrong is no longer made.
"""

from __future__ import annotations

import pytest

from tests.rewrite_fixtures import rewritten_section as _check

WORDS = ["address-you", "simple-words"]


# simple-words: "before" as an adverb ends its clause; before the verb or participle "previously" stays
@pytest.mark.parametrize("text, expected", [
    ("You previously held a GS-13 position on a permanent basis.",
     "You previously held a GS-13 job on a permanent basis."),
    ("Are you applying for a Re-promotion to a grade previously held?",
     "Are you applying for a Re-promotion to a grade previously held?"),
    ("Your tax refund has not been processed within a previously quoted timeframe.",
     "Your tax refund has not been processed within a previously quoted timeframe."),
    ("As previously explained, your responses will be verified.",
     "As previously explained, your responses will be verified."),
    # near misses: at the end of its clause it is "before"
    ("I have reached out to my supervisor for assistance in handling this task previously.",
     "I have reached out to my supervisor for help in handling this task before."),
    ("I served in the Army previously, and I now work for the agency.",
     "I served in the Army before, and I now work for the agency."),
])
def test_previously_before_a_verb_stays(text: str, expected: str) -> None:
    assert _check("duties", text, WORDS) == expected


# simple-words: a person is terminated (fired), not "ended"
@pytest.mark.parametrize("text, expected", [
    ("Providing false information may be grounds for not hiring me or for terminating me after I begin work.",
     "Providing false information may be grounds for not hiring me or for terminating me after I begin work."),
    ("The agency may terminate employees who fail to meet the standard.",
     "We may terminate employees who fail to meet the standard."),
    # near miss: a thing is ended
    ("The agency may terminate the contract at any time.", "We may end the contract at any time."),
])
def test_terminating_a_person_stays(text: str, expected: str) -> None:
    assert _check("duties", text, WORDS) == expected


# simple-words: the "-ing" form as an adjective before its noun, after a determiner, stays
@pytest.mark.parametrize("text, expected", [
    ("Are you the spouse of a relocating Armed Forces member?",
     "Are you the spouse of a relocating Armed Forces member?"),
    ("You will work with each participating agency.", "You will work with each participating agency."),
    # near miss: the verb
    ("Spouses who do not initially relocate with their sponsor cannot use spouse preference.",
     "Spouses who do not initially move with their sponsor cannot use spouse preference."),
])
def test_an_ing_adjective_stays(text: str, expected: str) -> None:
    assert _check("duties", text, WORDS) == expected


# simple-words: an item that opens with its verb and a preposition is a past tense with its subject left out
@pytest.mark.parametrize("text, expected", [
    ("A. Participated in continuous integration and pipeline deployment activities.",
     "A. Took part in continuous integration and pipeline deployment activities."),
    ("Participated in the design of data pipelines.", "Took part in the design of data pipelines."),
    # near misses: before a bare noun the word may be an adjective, as before
    ("Demonstrated skill in applied programming with Python.", "Proven skill in applied programming with Python."),
    ("Provided directions and guidance to various groups.", "Provided directions and guidance to various groups."),
])
def test_an_item_opening_with_its_verb_is_past(text: str, expected: str) -> None:
    assert _check("duties", text, WORDS) == expected


# simple-words: a person who "performed at a level" did well at work; "did at" is not English
@pytest.mark.parametrize("text, expected", [
    ("You performed at an acceptable level throughout the service period(s).",
     "You performed at an acceptable level throughout the service period(s)."),
    ("You performed satisfactorily in your last job.", "You performed satisfactorily in your last job."),
    # near misses: with its object, and the participle after a noun
    ("Describe the duties you performed at the GS-11 level.", "Describe the duties you did at the GS-11 level."),
    ("Work performed at the GS-11 level counts.", "Work done at the GS-11 level counts."),
])
def test_performing_at_a_level_stays(text: str, expected: str) -> None:
    assert _check("duties", text, WORDS) == expected


# simple-words: "component" before another noun names an organisation's units
@pytest.mark.parametrize("text, expected", [
    ("Partner with managers to address issues related to long-term direction and component goals.",
     "Partner with managers to address issues related to long-term direction and component goals."),
    # near misses: a part of something
    ("Each component of the program is reviewed.", "Each part of the program is reviewed."),
    ("The engine is a key component in the system.", "The engine is a key part in the system."),
])
def test_component_before_a_noun_stays(text: str, expected: str) -> None:
    assert _check("duties", text, WORDS) == expected


# simple-words: "anticipated potential X" is foreseen, not expected; "previous" before a span is "past"
@pytest.mark.parametrize("text, expected", [
    ("Anticipated potential IT issues and suggested tactics to address said issues.",
     "Anticipated potential IT issues and suggested tactics to address said issues."),
    ("I have anticipated potential challenges and opportunities.",
     "I have anticipated potential challenges and opportunities."),
    ("A political appointee held a political appointment within the previous 5-year period.",
     "A political appointee held a political appointment within the past 5-year period."),
    # near misses
    ("You must have held the grade within the previous 52 weeks.",
     "You must have held the grade within the past 52 weeks."),
    ('Please share details if you selected "Other" in the previous question.',
     'Please share details if you selected "Other" in the earlier question.'),
])
def test_anticipated_and_previous(text: str, expected: str) -> None:
    assert _check("duties", text, WORDS) == expected


# simple-words: "help in" before a series of "-ing" words keeps the series together (round 21's leftover, in the
# held-out "Assisting in implementing, coordinating, and overseeing", where "Helping carry out, coordinating, and
# overseeing" broke it); "assistance" in a compound noun is said with its preposition
@pytest.mark.parametrize("text, expected", [
    # (round 25: the whole series takes the bare form after "help", so it stays together without "in")
    ("Assisting in implementing, coordinating, and overseeing a variety of management programs.",
     "Helping carry out, coordinate, and oversee a variety of management programs."),
    # (a word of the series without a known base form keeps the whole series and its "in")
    ("Assisting in setting up, testing, and fixing systems.", "Helping in setting up, testing, and fixing systems."),
    ("Works with clients and customers to assess their needs and provide information assistance.",
     "Works with clients and customers to assess their needs and give help with information."),
    ("Customer assistance is a priority for the team.", "Help to customers is a priority for the team."),
    # near misses: a term of art stays, a bare noun is "help"
    ("We provide technical assistance to the states.", "We provide technical assistance to the states."),
    ("Ask your supervisor for assistance when you need it.", "Ask your supervisor for help when you need it."),
])
def test_help_series_and_compound_assistance(text: str, expected: str) -> None:
    assert _check("duties", text, WORDS) == expected


def test_customer_assistance_with_every_rule() -> None:
    text = ("Working closely with other developers and analysts, providing customer assistance, troubleshooting "
            "complex problems, and testing software.")
    assert _check("qualifications", text) == (
        "Working closely with other developers and analysts, helping customers, troubleshooting complex problems, "
        "and testing software.")


# split-sentences and lists (all rules)
@pytest.mark.parametrize("text, expected", [
    # a series of "that" clauses of one verb: no fragment "That I have reviewed ...", no list
    ("I also certify that I have read the entire vacancy announcement; that I have reviewed my answers to the "
     "eligibility questions for accuracy; and that I understand what supporting documentation, if any, is required "
     "for submission.",
     "I also certify that I have read the entire vacancy announcement; that I have reviewed my answers to the "
     "eligibility questions for accuracy; and that I understand what supporting documentation, if any, is required "
     "for submission."),
    # a bracket that opens with its subordinate clause and has no main clause after a comma stays a bracket
    ("Your Standard Form 50 must reflect your status in the competitive service: Position Occupied is 1 in box 34 "
     "(unless you are on a permanent VRA appointment then it will show a 2 in box 34).",
     "Your Standard Form 50 must show your status in the competitive service: Position Occupied is 1 in box 34 "
     "(unless you are on a permanent VRA appointment then it will show a 2 in box 34). Competitive service means "
     "federal jobs that follow the civil service hiring laws and the rules of the Office of Personnel Management. "
     "Many are filled through open competition."),
    # near misses: a subordinate clause with its main clause, and a plain sentence in brackets
    ("You must submit your Standard Form 50 with your application for this job at the agency (when you submit it, "
     "you must also include your latest appraisal).",
     "You must send your Standard Form 50 with your application for this job at the agency. When you send it, you "
     "must also include your latest appraisal."),
    ("You must submit a copy of your most recent Standard Form 50 with your application (Position Occupied is 1).",
     "You must send a copy of your most recent Standard Form 50 with your application. Position Occupied is 1."),
    # a comma series before ", and <modal>": the cut would leave the series without its "and"
    ("All positions may require irregular work hours, work at locations other than the official duty station, and "
     "may include duties other than those specified in the official position description.",
     "All jobs may require irregular work hours, work at locations other than the official duty station, and may "
     "include duties other than those specified in the official position description."),
    # near miss: one object, then the second verb
    ("Qualifying experience may have been gained in any job held in the public sector, but must show the skills "
     "needed to do this job well.",
     "Qualifying experience may have been gained in any job held in the public sector. But it must show the skills "
     "needed to do this job well."),
    # the applicant's own statement is not turned into our requirement
    ("I have one year of information technology related experience in the federal service or private or public "
     "sector demonstrating the following four competencies, as defined: attention to detail and customer service.",
     "I have one year of information technology related experience in the federal service or private or public "
     "sector showing the following four competencies, as defined:\nAttention to detail and customer service."),
    ("You must have one year of experience in the federal service or private or public sector demonstrating the "
     "following four competencies, as defined: attention to detail and customer service.",
     "You must have one year of experience in the federal service or private or public sector. This must be "
     "experience showing the following four competencies, as defined:\nAttention to detail and customer service."),
    # one record whose fields a semicolon separates is no list
    ("Example: Experience in developing and delivering presentations and training; ABC Company; 10/01/2016 - "
     "05/15/2018.",
     "Example:\nExperience in developing and delivering presentations and training; ABC Company; 10/01/2016 - "
     "05/15/2018."),
    ("You must show the following: experience leading teams; experience writing reports; and experience in budgets.",
     "You must show the following:\n- experience leading teams;\n- experience writing reports; and\n- experience in "
     "budgets."),
    # an adverb after the semicolon still opens its own sentence
    ("Experience must be IT related; as appropriate, you may show it by paid or unpaid experience, by specific, "
     "intensive training you completed, or both.",
     "Experience must be information technology (IT) related. As appropriate, you may show it by paid or unpaid "
     "experience, by specific, intensive training you completed, or both."),
])
def test_splits_and_lists(text: str, expected: str) -> None:
    assert _check("qualifications", text) == expected


# address-you: "the agency" that points back to another agency named just before is not "we"
@pytest.mark.parametrize("text, expected", [
    ("You served in a covered position in an agency having an interchange agreement with OPM, which allows movement "
     "from the agency's system to the competitive civil service.",
     "You served in a covered job in an agency having an interchange agreement with the Office of Personnel "
     "Management (OPM). This allows movement from the agency's system to the competitive civil service."),
    ("You may be a displaced employee of another agency; the agency's notice must be attached.",
     "You may be a displaced employee of another agency; the agency's notice must be attached."),
    # near miss: the hiring agency
    ("The agency's decision is final.", "Our decision is final."),
])
def test_another_agency_is_not_we(text: str, expected: str) -> None:
    assert _check("qualifications", text) == expected
