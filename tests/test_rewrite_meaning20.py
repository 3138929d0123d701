"""Round 20 meaning review of the rules that edit posting-specific text (issue 6).

Each row is a sentence of the development corpus (odd half), of the held-out questionnaires, or a near miss of
one, with the exact expected output. Every row also checks that no fact is lost and that rewriting the rewrite
changes nothing. Rows whose output equals their input are the negative cases: the edit the review found wrong is no
longer made.
"""

from __future__ import annotations

import pytest

from tests.rewrite_fixtures import rewritten_section as _check

LISTS = ["lists"]
YOU = ["address-you"]
WORDS = ["address-you", "simple-words"]


# lists: the first part of a semicolon series that holds the lead-in of the items after it ("complex issues involving
# A; B; and C") is no item of its own: the lead-in ends its line and A is the first item
@pytest.mark.parametrize("section, text, expected", [
    ("qualifications", "Ability to apply analysis and creative problem-solving to complex issues involving participants "
     "with competing interest; rapidly-changing policies and information; and a need to provide the public with "
     "accurate and efficient information and guidance.",
     "Ability to apply analysis and creative problem-solving to complex issues involving:\n- participants with "
     "competing interest;\n- rapidly-changing policies and information; and\n- a need to provide the public with "
     "accurate and efficient information and guidance."),
    ("qualifications", "Specialized experience includes leading data projects; training staff on new tools; and "
     "briefing senior leaders.",
     "Specialized experience includes:\n- leading data projects;\n- training staff on new tools; and\n- briefing "
     "senior leaders."),
    ("qualifications", "Experience with grant programs involving state agencies; tribal governments; and nonprofit "
     "partners.",
     "Experience with grant programs involving:\n- state agencies;\n- tribal governments; and\n- nonprofit partners."),
    ("qualifications", "Knowledge of laws and regulations concerning federal grants; cooperative agreements; and "
     "contracts.",
     "Knowledge of laws and regulations concerning:\n- federal grants;\n- cooperative agreements; and\n- contracts."),
    # near misses: a lead-in that already ends with its colon, and a list said to the reader, as before
    ("qualifications", "Specialized experience includes: leading data projects; training staff on new tools; and "
     "briefing senior leaders.",
     "Specialized experience includes:\n- leading data projects;\n- training staff on new tools; and\n- briefing "
     "senior leaders."),
    ("duties", "You will: lead data projects; train staff on new tools; brief senior leaders.",
     "You will:\n- lead data projects;\n- train staff on new tools;\n- brief senior leaders."),
    # near misses: parallel items whose first holds "involving"/"including" inside it stay one item each
    ("qualifications", "Knowledge of budget processes involving appropriations from several accounts; skill in cost "
     "estimates and forecasts; and ability to report results monthly.",
     "- Knowledge of budget processes involving appropriations from several accounts;\n- skill in cost estimates and "
     "forecasts; and\n- ability to report results monthly."),
    ("qualifications", "Developing metrics for programs involving several offices; serving as a liaison to partners; "
     "and preparing reports for leaders.",
     "- Developing metrics for programs involving several offices;\n- serving as a liaison to partners; and\n- "
     "preparing reports for leaders."),
    # ... and words after the lead word that do not open like the items ("budget reviews" among "-ing" items)
    ("qualifications", "Experience leading projects including budget reviews; training staff on tools; and briefing "
     "senior leaders.",
     "- Experience leading projects including budget reviews;\n- training staff on tools; and\n- briefing senior "
     "leaders."),
])
def test_a_lead_in_inside_the_first_part_ends_its_line(section: str, text: str, expected: str) -> None:
    assert _check(section, text, LISTS) == expected


# address-you: what each applicant sends one of is one when the reader is "you" ("their resumes" -> "your resume")
@pytest.mark.parametrize("text, expected", [
    ("Applicants are encouraged to carefully review the Assignment Description, Additional Information Provided By "
     "the Selecting Official, and the Qualification Requirements; and then construct their resumes to highlight their "
     "most relevant and significant experience and education for this job opportunity.",
     "We encourage you to carefully review the Assignment Description, Additional Information Provided By the "
     "Selecting Official, and the Qualification Requirements; and then construct your resume to highlight your most "
     "relevant and significant experience and education for this job opportunity."),
    ("Applicants must submit their applications by 11:59 PM on 12/01/2021.",
     "You must submit your application by 11:59 PM on 12/01/2021."),
    ("Applicants should update their resumes and their transcripts.",
     "You should update your resume and your transcripts."),
    ("Applicants must list their responses in their resumes.", "You must list your responses in your resume."),
    # near misses: things a reader may send several of stay plural (round 21: where a verb agrees with the plural,
    # the one resume takes the verb too: "your resume is complete")
    ("Applicants must make sure their resumes are complete.", "You must make sure your resume is complete."),
    ("Applicants may upload their transcripts.", "You may upload your transcripts."),
    ("Applicants should review their application materials.", "You should review your application materials."),
])
def test_one_resume_per_reader(text: str, expected: str) -> None:
    assert _check("evaluations", text, YOU) == expected


# simple-words: "given" in a passive needs a person as its subject or a recipient after it; a thing "provided" stays
# and a thing "furnished" is "sent"
@pytest.mark.parametrize("text, expected", [
    ("Best qualified will be referred if all required supporting documentation has been provided.",
     "Best qualified will be referred if all required supporting documentation has been provided."),
    ("Proof of degree must be provided by the closing date.", "Proof of degree must be provided by the closing date."),
    ("Transcripts must be furnished by the closing date.", "Transcripts must be sent by the closing date."),
    # near misses: a person given something, a recipient, the active verb
    ("You will be provided with a tentative offer.", "You will be given a tentative offer."),
    ("Applicants will be provided an opportunity to respond.", "You will be given an opportunity to respond."),
    ("Information will be provided to applicants after the closing date.",
     "Information will be given to applicants after the closing date."),
    ("Training is provided to new employees.", "Training is given to new employees."),
    ("Documents that were furnished to the agency will be kept.",
     "Documents that were given to the agency will be kept."),
    ("You must provide transcripts with your application.", "You must give transcripts with your application."),
])
def test_a_thing_provided_is_not_given(text: str, expected: str) -> None:
    assert _check("evaluations", text, WORDS) == expected


# simple-words: "prior to"/"subsequent to" before a noun with its own "being"/"having" stays ("before an offer being
# extended" is not English)
@pytest.mark.parametrize("text, expected", [
    ("PLEASE NOTE: Based on the current hiring restrictions, selectees may be subject to additional approvals prior "
     "to an offer being extended.",
     "PLEASE NOTE: Based on the current hiring restrictions, you may be subject to more approvals prior to an offer "
     "being extended."),
    ("A background check will be completed subsequent to the offer being accepted.",
     "A background check will be completed subsequent to the offer being accepted."),
    # near misses: no noun before "being", or no "being" at all
    ("You must complete the training prior to being selected.", "You must complete the training before being selected."),
    ("Transcripts must be sent prior to the closing date.", "You must send transcripts before the closing date."),
    ("Subsequent to your selection, we will contact you.", "After your selection, we will contact you."),
])
def test_prior_to_a_noun_being_done_stays(text: str, expected: str) -> None:
    assert _check("evaluations", text, WORDS) == expected


# simple-words: a swap that would say a verb again in another form in the same sentence keeps its word
@pytest.mark.parametrize("text, expected", [
    ("If not, the OHR may amend your responses to more accurately reflect the level of competency indicated by the "
     "content of your resume.",
     "If not, the OHR may amend your responses to more accurately show the level of competency indicated by the "
     "content of your resume."),
    ("Your resume must demonstrate the skills indicated in the questionnaire.",
     "Your resume must show the skills indicated in the questionnaire."),
    ("Send the SF-50 showing your grade if not reflected on your most recent SF-50.",
     "Send the SF-50 showing your grade if not reflected on your most recent SF-50."),
    # near misses: the same form twice is parallel; other sentences do not count; "do" and "have" are also auxiliaries
    ("I do not have experience or demonstrated capability in performing this activity.",
     "I do not have experience or proven ability in doing this task."),
    ("If the most recent SF-50 has an effective date within the past year, it may not show you possess one year.",
     "If the most recent SF-50 has an effective date within the past year, it may not show you have one year."),
    ("Assists in managing data and helps in supporting the team.", "Helps manage data and helps support the team."),
    ("You must utilize data tools and utilize the results.", "You must use data tools and use the results."),
    ("Your resume must reflect the duties you performed and indicate your grade.",
     "Your resume must show the duties you did and show your grade."),
    ("Your resume must reflect your experience. Your transcript must indicate your degree.",
     "Your resume must show your experience. Your transcript must show your degree."),
])
def test_a_swap_does_not_repeat_a_verb(text: str, expected: str) -> None:
    assert _check("evaluations", text, WORDS) == expected


# address-you (held-out): a passive whose subject goes on to a second verb keeps its voice, so the second verb keeps
# its subject ("You may have gained qualifying experience ... But you will clearly show experience" was wrong)
@pytest.mark.parametrize("text, expected", [
    ("Qualifying experience may have been acquired in any public or private sector job but will clearly demonstrate "
     "experience in the application of the competencies necessary to successfully perform the duties of the position "
     "at the GG-13 level.",
     "Qualifying experience may have been acquired in any public or private sector job. But it will clearly show "
     "experience in applying the competencies necessary to successfully do the duties of the job at the GG-13 level."),
    ("Qualifying experience may have been acquired in any public or private sector job. It must be documented in "
     "your resume.",
     "Qualifying experience may have been acquired in any public or private sector job. It must be documented in "
     "your resume."),
    ("Credit will be given for unpaid experience and will be counted at the same rate.",
     "Credit will be given for unpaid experience and will be counted at the same rate."),
    # near misses: one verb, a second clause with its own subject, a second verb of a relative clause
    ("Your qualifications will be evaluated on the following skills that are relevant to the duties of this job and "
     "must be fully supported by your resume.",
     "We will evaluate your qualifications on the following skills that are relevant to the duties of this job and "
     "must be fully supported by your resume."),
    ("Qualifying experience may have been acquired in any public or private sector job.",
     "You may have gained qualifying experience in any public or private sector job."),
    ("Qualifying experience may have been acquired in any public or private sector job. You must show it in your "
     "resume.",
     "You may have gained qualifying experience in any public or private sector job. You must show it in your "
     "resume."),
])
def test_a_passive_with_a_second_verb_keeps_its_subject(text: str, expected: str) -> None:
    assert _check("qualifications", text, ["address-you", "simple-words", "short-verbs", "split-sentences"]) == expected


# simple-words (held-out questionnaires): words in their questionnaire sense
@pytest.mark.parametrize("text, expected", [
    # "indicate" an answer is to choose it
    ('NOTE 1: If you indicate "yes" to this question, you must submit a copy of the checklist.',
     'NOTE 1: If you indicate "yes" to this question, you must send a copy of the checklist.'),
    ("Please indicate the option that best describes your experience.",
     "Please indicate the option that best describes your experience."),
    ("If the answer to the question above is no, please indicate 'not applicable'.",
     "If the answer to the question above is no, please indicate 'not applicable'."),
    ("Please indicate the appropriate response below.", "Please indicate the appropriate response below."),
    ("Select the appropriate answer to each of the following questions.",
     "Select the appropriate answer to each of the following questions."),
    # "retained grade" is a term of grade retention
    ("8. I am currently on retained grade based on receiving a notice.",
     "8. I am now on retained grade based on receiving a notice."),
    # "performed" with no object in a series item whose subject is the applicant
    ("was originally hired to a time-limited position under a competitive appointment; and, performed at an "
     "acceptable level of performance throughout the service period.",
     "was originally hired to a time-limited job under a competitive appointment; and, performed at an acceptable "
     "level of performance throughout the service period."),
    # "provided" with its object after it is the past tense, not "given"
    ("The class provided training on numerous different topics.",
     "The class provided training on many different topics."),
    ("Provided directions and guidance to various groups throughout the Software Development Life Cycle (SDLC).",
     "Provided directions and guidance to various groups throughout the Software Development Life Cycle (SDLC)."),
    ("Conducted maintenance on applications and provided status reports.",
     "Conducted maintenance on applications and provided status reports."),
    # "attempts" after an adjective or a determiner is the noun
    ("Deliberate attempts to falsify your application information may be grounds for not hiring you.",
     "Deliberate attempts to falsify your application information may be grounds for not hiring you."),
    # near misses: the plain word in the table's sense
    ("You are also prohibited from attempting to access information on this system.",
     "You are also prohibited from trying to access information on this system."),
    ("If you attempt to access the system, you will be logged.", "If you try to access the system, you will be logged."),
    ("Please select from A through E to indicate the skill level that you possess for each task listed.",
     "Please select from A through E to tell us the skill level that you have for each task listed."),  # round 25
    ("Your answers will indicate your understanding of these requirements.",
     "Your answers will show your understanding of these requirements."),
    ("The employee retained records for 3 years.", "The employee kept records for 3 years."),
    ("You must provide appropriate medical documentation.", "You must give proper medical documentation."),
    ("Work performed at the GS-11 level counts.", "Work done at the GS-11 level counts."),
    ("The volume of information provided during the training was a bit overwhelming.",
     "The volume of information given during the training was a bit overwhelming."),
    ("You will be provided training.", "You will be given training."),
])
def test_questionnaire_senses(text: str, expected: str) -> None:
    assert _check("duties", text, WORDS) == expected


# glued-words (held-out): a capitalised token ending in a place-name part is a town
@pytest.mark.parametrize("text, expected", [
    ("I. Holtsville, NY", "I. Holtsville, NY"),
    ("Duty locations: Bakersfield, CA and Portsmouth, NH.", "Duty locations: Bakersfield, CA and Portsmouth, NH."),
    # near miss: two words run together in running text
    ("Experience in softwareengineering.", "Experience in software engineering."),
])
def test_a_town_is_not_two_words(text: str, expected: str) -> None:
    assert _check("qualifications", text, ["glued-words"]) == expected


_WORDING_ITEM = (
    "30. Read the following sentences and respond to the question below.\n"
    "While the Contact Representative was fielding a taxpayer phone call, he seen an error on her tax return. The "
    "Contact Representative notified the taxpayer that he will fix the error before the end of the day.\n\n"
    "Which of the underlined words or phrases in the sentences above should be changed?\n\n"
    " A. was fielding\n B. seen\n C. notified\n D. will fix\n E. None of the above\n"
)


# every rule (held-out): a test item about the wording of a passage is quoted material, its options too
@pytest.mark.parametrize("text, expected", [
    (_WORDING_ITEM + "31. You must notify the taxpayer of additional fees prior to the deadline.",
     _WORDING_ITEM + "31. You must notify the taxpayer of more fees before the deadline."),
    # near miss: the same passage with a question about its content is rewritten
    ("30. Read the following sentences and respond to the question below.\nThe Contact Representative notified the "
     "taxpayer of additional fees.\nWhat should you do next?\n A. Call back\n B. Wait",
     "30. Read the following sentences and respond to the question below.\nThe Contact Representative notified the "
     "taxpayer of more fees.\nWhat should you do next?\n A. Call back\n B. Wait"),
    ("30. Read the following sentences.\nThe Contact Representative notified the taxpayer that he will fix it.\n"
     "Which of the following is true?\n A. He will fix it\n B. He notified nobody",
     "30. Read the following sentences.\nThe Contact Representative told the taxpayer that he will fix it.\n"
     "Which of the following is true?\n A. He will fix it\n B. He told nobody"),
])
def test_a_wording_item_is_not_rewritten(text: str, expected: str) -> None:
    assert _check("duties", text) == expected
