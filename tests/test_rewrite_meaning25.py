"""Round 25 of the rewrite rules (issue 6): the three leftovers of rounds 21-22, fixed as classes.

Each row is a sentence of the development corpus or the held-out USA Staffing questionnaires, or a near miss of one,
with the exact expected output. Every row also checks that no fact is lost and that rewriting the rewrite changes
nothing (``tests/rewrite_fixtures.py``). Rows whose output keeps the word or the layout of the input are the negative
cases.
"""

from __future__ import annotations

import pytest

from tests.rewrite_fixtures import rewritten_section as _check

WORDS = ["address-you", "simple-words"]
LISTS = ["lists", "split-sentences"]


# simple-words: "indicate" as an instruction to the reader to report something is "tell us"; "show" reads as "prove"
# there. A thing that indicates, and what the reader writes on a document, are still "show"
@pytest.mark.parametrize("text, expected", [
    ("13. Indicate the extent of your experience combining and analyzing data sets.",
     "13. Tell us the extent of your experience combining and analyzing data sets."),
    ("Indicate your level of experience developing high impact presentations materials.",
     "Tell us your level of experience developing high impact presentations materials."),
    ("8. Indicate which of the following sources of information you have utilized to prepare reports.",
     "8. Tell us which of the following sources of information you have used to prepare reports."),
    ("Please indicate where and when you obtained each of the requirements listed in the Qualifications section.",
     "Please tell us where and when you got each of the requirements listed in the Qualifications section."),
    ("Please select from the following to indicate how you discovered the position you are currently applying for.",
     "Please select from the following to tell us how you discovered the job you are now applying for."),
    ("If you are, or ever were a Federal civilian employee, indicate the pay plan and grade level of the highest "
     "graded position you have ever held.",
     "If you are, or ever were a Federal civilian employee, tell us the pay plan and grade level of the highest "
     "graded job you have ever held."),
    ("You must clearly indicate the dates you served on active duty.",
     "You must clearly tell us the dates you served on active duty."),
    # near misses: a thing that indicates is "show"
    ("The documentation must indicate whether the employee performed the duties full time.",
     "The documentation must show whether the employee did the duties full time."),
    ("We recommend attaching a SF-50 which indicates your highest grade and step.",
     "We recommend attaching a SF-50 which shows your highest grade and step."),
    ("Please submit your most recent SF-50 to indicate your current federal status.",
     "Please send your most recent SF-50 to show your current federal status."),
    ("Your answers to the questions in this section will indicate your understanding of these requirements.",
     "Your answers to the questions in this section will show your understanding of these requirements."),
    # near misses: what the reader writes on a document is shown there
    ("To ensure full credit for your work experience, please indicate dates of employment by month/day/year, and "
     "indicate number of hours worked per week on your resume.",
     "To ensure full credit for your work experience, please show dates of employment by month/day/year, and "
     "show number of hours worked per week on your resume."),
    ("Please indicate your series and grade in block 3 of the form.",
     "Please show your series and grade in block 3 of the form."),
    # review 25b (review 25's question): the reader writes the hours on the resume, which then shows them: "show"
    ("Indicate on your resume the hours worked per week.", "Show on your resume the hours worked per week."),
    # near misses: choosing an answer keeps "indicate" (round 20), by the answers too
    ("Please indicate by your responses all categories of eligibilities for which you would like to be considered.",
     "Please indicate by your responses all categories of eligibilities for which you would like to be considered."),
    ("Please indicate the option that best describes your experience.",
     "Please indicate the option that best describes your experience."),
])
def test_indicate_as_an_instruction_is_tell_us(text: str, expected: str) -> None:
    assert _check("duties", text, WORDS) == expected


# simple-words: "help in/with doing", the gerund after "help" a swap leaves ("Assisting in developing" -> "Helping in
# developing"), is "help do": a capitalised "Helping" in the middle of a sentence is the verb, not a name; a series of
# bare "-ing" words takes the bare form as a whole; "help with doing" as "help in doing"
@pytest.mark.parametrize("text, expected", [
    ("Applying methods and tools for administering the databases systems; and Assisting in the development of a data "
     "management plan.",
     "Applying methods and tools for administering the databases systems; and Helping develop a data management "
     "plan."),
    ("Applying methods and tools for the databases systems; and Helping in developing a data management plan.",
     "Applying methods and tools for the databases systems; and Helping develop a data management plan."),
    ("Assisting in planning, conducting, coordinating, and/or monitoring projects and studies of OBA business "
     "operations.",
     "Helping plan, conduct, coordinate, and/or monitor projects and studies of OBA business operations."),
    ("Assisting in developing, implementing, and monitoring management information systems.",
     "Helping develop, carry out, and monitor management information systems."),
    ("Assists with designing, developing, upgrading, maintaining, and deploying software applications.",
     "Helps design, develop, upgrade, maintain, and deploy software applications."),
    ("I have assisted with writing a part of an RFI to distribute to vendors.",
     "I have helped write a part of an RFI to distribute to vendors."),
    ("Assisting with archiving information such as scientific data, metadata, and reports.",
     "Helping archive information such as scientific data, metadata, and reports."),
    # near misses: "with" after an object, an "-ing" item with its own object after it, a noun after "help", a
    # program's name, a trade after "with", a series with a word of no known base form
    ("You will assist the team with planning the budget.", "You will help the team with planning the budget."),
    ("Backup and recovery assisting with maintaining databases and managing systems.",
     "Backup and recovery helping with maintaining databases and managing systems."),
    ("Assists with conducting user interviews, integrating user feedback, or improving user interface.",
     "Helps with conducting user interviews, integrating user feedback, or improving user interface."),
    ("If you need help with creating a resume, please contact us.",
     "If you need help with creating a resume, please contact us."),
    ("The Help in Developing Nations Program funds projects.", "The Help in Developing Nations Program funds projects."),
    ("Assists with training new staff.", "Helps with training new staff."),
    # review 25b (review 25's question): "reporting" may go on "help" or be the reader's own duty; "help plan and
    # budget, and report to the board" would say the reader reports, so it stays
    ("You will help with planning and budgeting, and reporting to the board.",
     "You will help with planning and budgeting, and reporting to the board."),
    ("Assisting in setting up, testing, and fixing systems.", "Helping in setting up, testing, and fixing systems."),
])
def test_help_takes_a_bare_verb(text: str, expected: str) -> None:
    assert _check("duties", text, ["simple-words", "short-verbs"]) == expected


# lists: a semicolon series whose first part is a whole clause, its subject shared by the verbs that open the other
# parts, gets the subject as its lead-in; parts joined as sentences ("; however,") make no list
@pytest.mark.parametrize("text, expected", [
    ("This job reports to the Chief of Staff. The Chief of Staff's team provides analytical services to the Deputy "
     "Director and Director; promotes and coordinates agency-wide planning and management improvements; coordinates "
     "policy development and the publication of national judiciary and AO policy; and coordinates internal control "
     "programs.",
     "This job reports to the Chief of Staff.\nThe Chief of Staff's team:\n- provides analytical services to the "
     "Deputy Director and Director;\n- promotes and coordinates agency-wide planning and management improvements;\n"
     "- coordinates policy development and the publication of national judiciary and AO policy; and\n- coordinates "
     "internal control programs."),
    ("You will lead the project team; review weekly status reports; and brief senior managers on results.",
     "You will:\n- lead the project team;\n- review weekly status reports; and\n- brief senior managers on results."),
    ("The analyst also reviews weekly status reports; briefs senior managers on results; and plans work for the team.",
     "The analyst also:\n- reviews weekly status reports;\n- briefs senior managers on results; and\n- plans work "
     "for the team."),
    ("Official transcripts are not required at the time of application; however, transcripts must be verified before "
     "appointment; copies are accepted.",
     "Official transcripts are not required at the time of application. However, transcripts must be verified "
     "before appointment; copies are accepted."),
    # near misses: parallel items, a lead-in with its colon, a relative clause's verb, a competency and its items,
    # a part of another form, a first part that is a noun phrase
    ("Analyzes program data; reviews weekly status reports; and briefs senior managers on results.",
     "- Analyzes program data;\n- reviews weekly status reports; and\n- briefs senior managers on results."),
    ("Duties include: leading the project team; reviewing weekly status reports; and briefing senior managers.",
     "Duties include:\n- leading the project team;\n- reviewing weekly status reports; and\n- briefing senior "
     "managers."),
    ("One year of specialized experience which includes helps with designing software applications; manages user "
     "interviews; or manages design of cybersecurity programs.",
     "- One year of specialized experience which includes helps with designing software applications;\n- manages "
     "user interviews; or\n- manages design of cybersecurity programs."),
    ("Problem Solving - Identifies and analyzes problems; weighs relevance and accuracy of information; generates "
     "and evaluates alternative solutions.",
     "Problem Solving:\n- Identifies and analyzes problems;\n- weighs relevance and accuracy of information;\n- "
     "generates and evaluates alternative solutions."),
    ("The specialist must have experience with budgets; plans work for the team; and reviews reports.",
     "- The specialist must have experience with budgets;\n- plans work for the team; and\n- reviews reports."),
    ("Knowledge of data systems; statistical methods used in surveys; and program evaluation techniques.",
     "- Knowledge of data systems;\n- statistical methods used in surveys; and\n- program evaluation techniques."),
])
def test_a_clause_first_series_leads_with_its_subject(text: str, expected: str) -> None:
    assert _check("qualifications", text, LISTS) == expected


# lists: item lines under a lead-in that announces them, their bullets lost in the copy, get a bullet; a run with a
# line that goes on as a paragraph, a heading or no announcing lead-in is left as it is
@pytest.mark.parametrize("text, expected", [
    ("Specialized experience is experience in IT work. Examples include the following:\nDoing project management on "
     "information technology projects\nProgramming in the Oracle environment\nWorking collaboratively inside and "
     "outside of an organization on information technology projects",
     "Specialized experience is experience in IT work. Examples include the following:\n- Doing project management on "
     "information technology projects\n- Programming in the Oracle environment\n- Working collaboratively inside and "
     "outside of an organization on information technology projects"),
    ("Your resume must include the following:\nFull legal name\nPhone number\nComplete work history (which includes "
     "job titles)\n\nWe will review it.",
     "Your resume must include the following:\n- Full legal name\n- Phone number\n- Complete work history (which "
     "includes job titles)\n\nWe will review it."),
    ("Examples include:\nReduction in Force (RIF) separation notice, AND\nCopy of your latest SF-50, AND\n"
     "Documentation of a successful performance review",
     "Examples include:\n- Reduction in Force (RIF) separation notice, AND\n- Copy of your latest SF-50, AND\n"
     "- Documentation of a successful performance review"),
    # near misses: the last line goes on as a paragraph; a line with a sentence in it; a heading in the run; no
    # announcing lead-in; one line only
    ("We will assess you on the following competencies:\nData Management\nSoftware Development\nIT Innovation "
     "Management NASA considers paid and unpaid experience. This includes volunteer work.",
     "We will assess you on the following competencies:\nData Management\nSoftware Development\nIT Innovation "
     "Management NASA considers paid and unpaid experience. This includes volunteer work."),
    ("Examples include:\nTableau, SQL, or Python\nAbility to work with a diverse team. This includes peers.",
     "Examples include:\nTableau, SQL, or Python\nAbility to work with a diverse team. This includes peers."),
    ("Examples include:\nLeading studies of data\nEDUCATION:\nOne year of graduate study",
     "Examples include:\nLeading studies of data\nEDUCATION:\nOne year of graduate study"),
    ("You qualify at the GS-11 level:\nMaster's degree in a related field\nPh.D. in a related field",
     "You qualify at the GS-11 level:\nMaster's degree in a related field\nPh.D. in a related field"),
    ("Examples include the following:\nLeading studies of data", "Examples include the following:\nLeading studies of data"),
    # a semicolon series on lines is the semicolon lists rule's ("; OR" between two items, too few for a list)
    ("Examples of such experience could include:\nProviding customer service about data bases; OR\nUsing computer "
     "applications to research and communicate information.",
     "Examples of such experience could include:\nProviding customer service about data bases; OR\nUsing computer "
     "applications to research and communicate information."),
])
def test_unmarked_item_lines_get_bullets(text: str, expected: str) -> None:
    assert _check("qualifications", text, ["lists"]) == expected


# short-verbs: "through (the) performance of X" / "by performance of X" is "by doing X"; a person's performance stays
@pytest.mark.parametrize("text, expected", [
    ("This must be experience maintaining automated data processing operations through performance of IT security "
     "and information assurance activities.",
     "This must be experience maintaining automated data processing operations by doing IT security and information "
     "assurance activities."),
    ("Such experience is typically gained in the IT field or through the performance of work where the primary concern "
     "is IT.",
     "Such experience is typically gained in the IT field or by doing work where the primary concern is IT."),
    ("Experience in database management functions as demonstrated by performance of all of the following tasks.",
     "Experience in database management functions as demonstrated by doing all of the following tasks."),
    # near misses: a person's performance; "performance of" after another word
    ("Ratings are set through the performance of the employee over the year.",
     "Ratings are set through the performance of the employee over the year."),
    ("We review the performance of systems each year.", "We review the performance of systems each year."),
])
def test_by_performance_of_is_by_doing(text: str, expected: str) -> None:
    assert _check("qualifications", text, ["short-verbs"]) == expected


# split-sentences: a heading in capitals run on after a web address starts its own line (the address ends the
# sentence before it and cannot take a full stop); on a list item's line the lists rule moves the run-on text first
@pytest.mark.parametrize("text, expected", [
    ("To view qualifying educational requirements, click on the following link: "
     "http://www.opm.gov/qualifications/standards/indexes/num-ndx.asp PART-TIME OR UNPAID EXPERIENCE: Credit will be "
     "given for appropriate unpaid and or part-time work.",
     "To view qualifying educational requirements, click on the following link: "
     "http://www.opm.gov/qualifications/standards/indexes/num-ndx.asp\nPART-TIME OR UNPAID EXPERIENCE: Credit will be "
     "given for appropriate unpaid and or part-time work."),
    ("See https://www.opm.gov/qualifications/#url=GS-PROF FEDERAL TIME-IN-GRADE (TIG) REQUIREMENT FOR GENERAL SCHEDULE "
     "(GS) JOBS: You must have served 52 weeks.",
     "See https://www.opm.gov/qualifications/#url=GS-PROF\nFEDERAL TIME-IN-GRADE (TIG) REQUIREMENT FOR GENERAL SCHEDULE "
     "(GS) JOBS:\nYou must have served 52 weeks."),
    # near misses: capitals that are no heading with its colon; a sentence after the address
    ("Visit https://www.opm.gov/x/ AND apply online.", "Visit https://www.opm.gov/x/ AND apply online."),
    ("Read https://www.opm.gov/x/ for details.", "Read https://www.opm.gov/x/ for details."),
])
def test_a_heading_after_a_web_address_starts_its_line(text: str, expected: str) -> None:
    assert _check("qualifications", text, ["split-sentences"]) == expected
