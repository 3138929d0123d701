"""The dirty dozen's "this activity/command" (plainlanguage.gov: "us, we") in its two senses.

As the office, a subject becomes "we" with its verb agreeing ("This activity is located" -> "We are located", not
"We is"), a possessive "our", and "this command" counts as well as "this activity". As the task a rating scale
asks about ("experience in doing this activity", as the held-out USA Staffing answer scales say it), it becomes
"this task", the wording of OPM's standard task scale, never "we". Every row also checks that no fact is lost and
that rewriting the rewrite changes nothing; rows whose output equals their input are the negative cases.
"""

from __future__ import annotations

import pytest

from skillhire.plain_language import find_dirty_dozen
from tests.rewrite_fixtures import rewritten_section as _check

WORDS = ["simple-words"]


@pytest.mark.parametrize("text, expected", [
    # the office, as a subject: "we", the verb agreeing
    ("This activity is located in Denver, CO.", "We are located in Denver, CO."),
    ("This activity has 120 employees.", "We have 120 employees."),
    ("This activity was founded in 1990.", "We were founded in 1990."),
    ("This activity does not sponsor visas.", "We do not sponsor visas."),
    ("This activity processes 4,000 claims a month.", "We process 4,000 claims a month."),
    ("This activity also manages leave for 3 offices.", "We also manage leave for 3 offices."),
    ("This activity will pay relocation costs.", "We will pay relocation costs."),
    ("This command provides IT support to 12 bases.", "We provide IT support to 12 bases."),
    ("Our mission: this activity applies the rules.", "Our mission: we apply the rules."),
    # the office, as a possessive: "our"
    ("This activity's staff work in 3 buildings.", "Our staff work in 3 buildings."),
    ("You will join this command's data team.", "You will join our data team."),
    # the office, not a subject: unchanged ("we" would not read)
    ("Employees of this activity may telework.", "Employees of this activity may telework."),
    ("Throughout this command you will travel.", "Throughout this command you will travel."),
    ("The command's goals are set each year.", "The command's goals are set each year."),
    # the task a rating scale asks about: "this task"
    ("I have limited experience in doing this activity.", "I have limited experience in doing this task."),
    ("I have had exposure to this activity but would require more guidance.",
     "I have had exposure to this task but would require more guidance."),
    ("I can do this activity independently.", "I can do this task independently."),
    ("I have performed this activity under close supervision.",
     "I have done this task under close supervision."),
    ("I am carrying out this activity as a lead.", "I am carrying out this task as a lead."),
    # an activity the posting names, not the office and not the scale's task: unchanged
    ("You will lead this activity and report on it.", "You will lead this activity and report on it."),
])
def test_this_activity(text, expected):
    assert _check("duties", text, WORDS) == expected


def test_task_sense_leaves_no_dirty_dozen():
    scale = ("A. I have not had education, training or experience in performing this activity.\n"
             "B. I have had exposure to this activity but would need more guidance.\n"
             "C. I can do this activity independently.")
    assert [entry for _, _, entry in find_dirty_dozen(scale)] == ["this activity/command"] * 3
    assert find_dirty_dozen(_check("duties", scale, WORDS)) == []
