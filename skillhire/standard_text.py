"""Standard OPM and USAJOBS passages of real announcements, each rewritten whole in plain words (the
``boilerplate`` rule of :mod:`skillhire.rewrite`): a pattern for the passage as agencies print it, its plain
form, the source it comes from, and the guard that skips an entry whose plain form would lose a fact."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from skillhire.plain_language import overlaps, protected_spans
from skillhire.rewrite_edits import _clause_start, _Edit, extract_facts

# ------------------------------------------------------------------------------------------------------
# rule: standard OPM / USAJOBS boilerplate in plain words
# ------------------------------------------------------------------------------------------------------

_BOILERPLATE_SOURCE = ("Federal Plain Language Guidelines: Write short sentences, Use simple words and phrases, "
                       "Address the user, Use active voice")


@dataclass(frozen=True)
class _Boilerplate:
    """A standard sentence of federal announcements whose meaning is fixed, and its plain equivalent.

    ``build`` gets the match and returns the plain text. Every variable part (grades, lists of examples,
    names) is carried over from the match, and the rule checks that no fact is lost (:func:`extract_facts`).
    """

    key: str
    pattern: re.Pattern[str]
    build: Any
    origin: str  # where the standard text comes from (its meaning is kept)


def _bp(pattern: str) -> re.Pattern[str]:
    """A boilerplate pattern: a space matches any run of spaces (announcements wrap lines anywhere)."""
    return re.compile(pattern.replace(" ?", r"\s*").replace(" ", r"\s+"), re.IGNORECASE)


_EG = r"(?:e\.g\.|i\.e\.),?"
_PERFORM = r"(?:perform|do)"
_POSITION = r"(?:position|job)"
_READER = (r"(?:the applicant|the candidate|an applicant|applicants|candidates|you|the individual|the employee|"
           r"the selectee|him or her|them)")


# the kinds of group in OPM's volunteer statement, in everyday words ("philanthropic" -> "charity"): every kind is
# kept, only its word changes; a list with a word not listed here is carried over as written
_VOLUNTEER_GROUP_WORDS = {
    "professional": "professional", "philanthropic": "charity", "religious": "faith", "religions": "faith",
    "spiritual": "spiritual", "community": "community", "student": "student", "social": "social",
}


def _join_and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _example_items(text: str) -> list[str]:
    """'professional; philanthropic; religious/spiritual; community, student and social' -> its items."""
    return [item.strip() for item in re.split(r"[;,/]|\band\b", text) if item.strip()]


def _plain_groups(text: str) -> str | None:
    """The group words of the volunteer statement in everyday words, or None if one of them is not known."""
    items = _example_items(text)
    if not items or any(item.lower() not in _VOLUNTEER_GROUP_WORDS for item in items):
        return None
    return _join_and([_VOLUNTEER_GROUP_WORDS[item.lower()] for item in items]) + " groups"


def _volunteer_definition(m: re.Match[str]) -> str:
    out = "Both paid and unpaid experience count. This includes volunteer work in National Service programs"
    if m.group("programs"):
        programs = _grade_text(m, "programs").strip()
        names = _example_items(programs)
        if all(re.fullmatch(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*", name) for name in names):
            out += f", such as {_join_and(names)}"  # "(e.g., Peace Corps, AmeriCorps)" ("i.e." there is a slip)
        elif _plain_groups(programs):  # the other groups' examples, copied into the programs' brackets
            out += f", such as {_plain_groups(programs)}"
        else:
            out += f" ({m.group('eg1')} {programs})"
    if m.group("orgs"):  # one sentence each: the two kinds of volunteer work, then the examples
        orgs = _grade_text(m, "orgs").strip()
        out += ". It also includes volunteer work for other groups"
        out += f". Examples are {_plain_groups(orgs)}" if _plain_groups(orgs) else f" ({m.group('eg2')} {orgs})"
    return out + "."


def _grade_text(m: re.Match[str], name: str) -> str:
    return re.sub(r"\s+", " ", m.group(name) or "")


_BOILERPLATE: tuple[_Boilerplate, ...] = (
    _Boilerplate(
        "volunteer-definition",
        _bp(r"(?:Experience )?refers to paid and unpaid experience, ?including volunteer work (?:done )?through "
            r"National ?Service programs ?(?:\((?P<eg1>" + _EG + r") (?P<programs>[^()]{3,80})\) ?)?"
            r"(?:and other organizations ?\((?P<eg2>" + _EG + r") (?P<orgs>[^()]{3,160})\))?\."),
        _volunteer_definition,
        "OPM's standard statement on credit for volunteer experience in USAJOBS announcements",
    ),
    _Boilerplate(
        "volunteer-value",
        _bp(r"Volunteer work helps build critical competencies, knowledge,? and skills,? (?:and|that) (?:can "
            r"(?:provide|give)|(?P<gives>provides|gives)) valuable training and experience that translates directly to "
            r"paid employments?\."),
        lambda m: ("Volunteer work helps you build important competencies, knowledge and skills. "
                   f"It {'gives' if m.group('gives') else 'can give'} you good training and experience that you can use "
                   "directly in a paid job."),
        "OPM's standard statement on credit for volunteer experience in USAJOBS announcements",
    ),
    _Boilerplate(
        "volunteer-credit",
        _bp(r"You will receive credit for all qualifying experience, including volunteer(?P<also> and part[- ]time)? "
            r"experience\."),
        lambda m: f"You get credit for all experience that qualifies. This includes volunteer"
                  f"{' and part-time' if m.group('also') else ''} work.",
        "OPM's standard statement on credit for volunteer experience in USAJOBS announcements",
    ),
    _Boilerplate(
        "part-time-credit",
        _bp(r"Part-time experience (?:will be|is) credited (?:on the basis of|based on) (?:the )?time actually "
            r"spent in appropriate activities\."),
        lambda m: "We credit part-time work by the time you actually spent on tasks that qualify.",
        "OPM General Schedule Qualification Policies (part-time experience)",
    ),
    _Boilerplate(
        "part-time-show",
        _bp(r"Applicants wishing to receive credit for such experience must (?:indicate|show) clearly the nature of "
            r"their duties and responsibilities in each " + _POSITION + r" and the number of hours a week spent in "
            r"such employment\."),
        lambda m: ("To get credit for this experience, you must clearly show your duties and responsibilities "
                   "in each job. You must also show the number of hours a week you worked in each job."),
        "OPM General Schedule Qualification Policies (part-time experience)",
    ),
    _Boilerplate(
        "equipped-with",
        _bp(r"(?P<rel>which|that) (?:has )?equipped " + _READER + r" with the (?:particular )?"
            r"(?P<what>knowledge, skills?,? and abilit(?:y|ies)(?: ?\(KSA['\u2019]?s\))?|competencies|"
            r"skills and knowledge) (?:(?:needed|necessary) )?to (?:successfully " + _PERFORM + r"|" + _PERFORM
            + r" successfully) the duties of (?:the|this) " + _POSITION + r"(?: to be filled)?"
            r"(?=[.,;:)]|\s+(?:and|or)\s|\s*$)"),  # the clause ends here ("... described above" is left alone)
        lambda m: f"{m.group('rel')} gave you the {_grade_text(m, 'what')} to do this job well",
        "OPM General Schedule Qualification Policies, definition of specialized experience",
    ),
    _Boilerplate(
        "evaluated-on-areas",
        _bp(r"(?:Your qualifications|You) will be evaluated (?:on the basis of|based on) your level of "
            r"(?P<what>knowledge, skills, abilities and/or competencies|competency|competencies) in the following "
            r"areas(?P<tail>(?: as an? [A-Z]{2}-\d{1,2}(?: or [A-Z]{2}-\d{1,2})?)?):"),
        lambda m: f"We will rate your level of {m.group('what')} in these areas{_grade_text(m, 'tail')}:",
        "standard assessment statement of USAJOBS announcements (5 CFR 337.303, category rating)",
    ),
    _Boilerplate(
        "sf50-effective-date",
        _bp(r"If (?:the|your) most recent (?P<kind>non-award )?SF-50 has an effective (?:date )?within the past year, "
            r"it may not clearly (?:demonstrate|show) (?:that )?you (?:possess|have) one[- ]year time-in-grade"
            r"(?P<required>, as required by the announcement)?\."),
        lambda m: (("The announcement requires one year of time-in-grade. " if m.group("required") else "")
                   + f"If your latest {m.group('kind') or ''}SF-50 took effect within the past year, it may not clearly "
                   "show that you have one year of time-in-grade."),
        "standard time-in-grade evidence statement of USAJOBS announcements (5 CFR 300.604)",
    ),
    _Boilerplate(
        "sf50-additional",
        _bp(r"In this instance, you must (?:provide|give) an? (?:additional|another) (?P<kind>non-award )?SF-50 that "
            r"clearly (?:demonstrates|shows) one[- ]year time-in-grade\.?"),
        lambda m: f"If so, you must also send another {m.group('kind') or ''}SF-50 that clearly shows one year of "
                  "time-in-grade.",
        "standard time-in-grade evidence statement of USAJOBS announcements (5 CFR 300.604)",
    ),
    _Boilerplate(
        "time-in-grade-current",
        _bp(r"Applicants who are current Federal employees and have held a GS grade any time in the past 52 weeks "
            r"must also meet time-in-grade requirements (?P<when>(?:by|within 45 days of) the closing date of this "
            r"announcement)\."),
        lambda m: (f"You must also meet time-in-grade requirements {_grade_text(m, 'when')}. This applies if you are a "
                   "current federal employee and have held a GS grade at any time in the past 52 weeks."),
        "standard time-in-grade statement of USAJOBS announcements (5 CFR 300.604)",
    ),
    _Boilerplate(
        "eligibility-by-closing",
        _bp(r"(?:Applicants|You) must meet eligibility requirements including time-in-grade \(General Schedule "
            r"\(GS\) " + _POSITION + r"s only\), time-after-competitive appointment, minimum qualifications, and any "
            r"other regulatory requirements by the cut-off/closing date of the announcement\."),
        lambda m: ("By the cut-off or closing date of the announcement, you must meet eligibility requirements, "
                   "including:\n- time-in-grade (General Schedule (GS) jobs only)\n- time-after-competitive "
                   "appointment\n- minimum qualifications\n- any other regulatory requirements"),
        "standard eligibility statement of USAJOBS announcements (5 CFR 300.604; 5 CFR 330.502)",
    ),
)


_PEOPLE = r"(?:individuals|people)"
_BOILERPLATE += (
    _Boilerplate(
        "normal-line-of-progression",
        _bp(r"(?P<head>next lower grade (?:level )?(?:\((?:GS|GG)-? ?\d{1,2}\)|(?:GS|GG)-? ?\d{1,2})) in the normal line of "
            r"progression for the occupation in the organization\."),
        lambda m: (f"{_grade_text(m, 'head')}. The next lower grade is the one in the normal line of progression "
                   "for the occupation in the organization."),
        "OPM General Schedule Qualification Policies (one year at the next lower grade)",
    ),
    _Boilerplate(
        "competency-customer-service",
        _bp(r"Customer Service ?(?P<dash>[-\u2013\u2014:]) ?Works with clients and customers \(that is, any " + _PEOPLE
            + r" who use or receive the services or products that your work unit produces, including the general "
            r"public, " + _PEOPLE + r" who work in the agency, other agencies, or organizations outside the "
            r"Government\) to assess their needs, (?:provide|give) information or (?:assistance|help), resolve their "
            r"problems, or satisfy their expectations(?P<tail>(?:; ?[a-z][^;.()]{3,100}){0,3})\."),
        lambda m: (f"Customer Service {m.group('dash')} Works with clients and customers to find out what they need, "
                   f"give information or help, solve their problems, or meet what they expect{_grade_text(m, 'tail')}"
                   ". Clients and customers are any people who use or get your work unit's services or products. They "
                   "include the public, people in the agency, other agencies, and groups outside the Government."),
        "OPM competency definition (Customer Service), as quoted in IT Specialist (2210) announcements",
    ),
    _Boilerplate(
        "competency-oral-communication",
        _bp(r"Oral Communication ?(?P<dash>[-\u2013\u2014:]) ?Expresses information \(for example, ideas or facts\) to "
            + _PEOPLE + r" or groups effectively, taking into account the audience and nature of the information "
            r"\(for example, technical, sensitive, controversial\)(?P<end>[;.])"),
        lambda m: (f"Oral Communication {m.group('dash')} Gets information (for example, ideas or facts) across well to "
                   "people or groups; keeps in mind who is listening and the kind of information (for example, "
                   f"technical, sensitive, controversial){m.group('end')}"),
        "OPM competency definition (Oral Communication), as quoted in IT Specialist (2210) announcements",
    ),
    _Boilerplate(
        "resume-information-missing",
        _bp(r"As qualification determinations cannot be made when resumes do not include the required information, "
            r"failure to (?:provide|give) this information may result in disqualification\."),
        lambda m: ("If your resume does not have the required information, we cannot decide if you qualify. If you "
                   "leave it out, you may be disqualified."),
        "standard resume statement of USAJOBS announcements",
    ),
)


_BOILERPLATE += (
    _Boilerplate(
        "equivalent-outside-federal-service",
        _bp(r"(?<=ederal\sservice) or equivalent experience in the (?P<sector>private or public|public or private) "
            r"sector\."),
        lambda m: f". Equivalent experience in the {_grade_text(m, 'sector')} sector also counts.",
        "standard specialized-experience statement of USAJOBS announcements (either path qualifies)",
    ),
    _Boilerplate(
        "combining-education-and-experience",
        _bp(r"(?:Combinations of (?:successfully )?completed (?P<what>post-high school|graduate(?: level)?) education "
            r"and experience|Education and experience) may be used to meet total qualification requirements for "
            r"(?P<grades>[^,;.]{3,80}), and may be computed by first determining (?:the applicant's |your |the )?total "
            r"qualifying experience as a percentage of the experience required for the grade level; then determining "
            r"(?:the applicant's |your |the )?education as a percentage of the education required for the grade "
            r"level[;,] and then adding the two percentages\."),
        lambda m: (f"You may combine {'completed ' + _grade_text(m, 'what') + ' ' if m.group('what') else ''}"
                   f"education and experience to meet the total qualification requirements for "
                   f"{_grade_text(m, 'grades')}. To work this out:\n- find your total qualifying experience as a "
                   "percentage of the experience required for the grade level\n- find your education as a percentage "
                   "of the education required for the grade level\n- add the two percentages"),
        "OPM General Schedule Qualification Policies (combining education and experience)",
    ),
)


_GRADE = r"(?:GS|GG|NH|CN)-? ?\d{1,2}"
_BOILERPLATE += (
    _Boilerplate(
        "specialized-experience-definition",
        _bp(r"Specialized experience is (?:defined as )?experience (?:which|that) is (?P<typically>typically )?in or "
            r"(?P<directly>directly )?related to the (?P<line>line of )?work of (?:the|this) " + _POSITION
            + r"(?: to be filled)?,? and (?:(?:which|that) )?(?:has )?equipped " + _READER + r" with the (?:particular )?"
            r"(?P<what>knowledge, skills?,? and abilit(?:y|ies)(?: ?\(KSA['\u2019]?s\))?|competencies) "
            r"(?:(?:needed|necessary) )?to (?:successfully " + _PERFORM + r"|" + _PERFORM + r" successfully) the "
            r"duties of (?:the|this) " + _POSITION + r"\."),
        lambda m: (f"Specialized experience is experience {'that is typically ' if m.group('typically') else ''}in or "
                   f"{m.group('directly') or ''}related to the {m.group('line') or ''}work of this job. It is "
                   f"experience that gave you the {_grade_text(m, 'what')} to do this job well."),
        "OPM General Schedule Qualification Policies, definition of specialized experience",
    ),
    _Boilerplate(
        "time-in-grade-one-year",
        _bp(r"One year (?P<weeks>\(52 weeks\) )?at the (?P<lower>" + _GRADE + r") (?:grade )?level is required to meet "
            r"the time-in-grade requirements? for the (?P<upper>" + _GRADE + r") (?:grade )?level\."),
        lambda m: (f"You need one year {m.group('weeks') or ''}at the {_grade_text(m, 'lower')} level to meet the "
                   f"time-in-grade rule for the {_grade_text(m, 'upper')} level."),
        "standard time-in-grade statement of USAJOBS announcements (5 CFR 300.604)",
    ),
    _Boilerplate(
        "time-in-grade-reinstatement-veoa",
        _bp(r"Time-In-Grade requirements also apply to former Federal employees applying for reinstatement as well as "
            r"current employees applying for (?P<veoa>Veterans Employment Opportunities Act of 1998 \(VEOA\)|VEOA) "
            r"appointments?\."),
        lambda m: ("Time-in-grade rules also apply to former federal employees who apply to be reinstated. "
                   f"They also apply to current employees who apply for a {_grade_text(m, 'veoa')} appointment."),
        "standard time-in-grade statement of USAJOBS announcements (5 CFR 300.604)",
    ),
)


_BOILERPLATE += (
    _Boilerplate(
        "one-year-is-required",
        _bp(r"One year of specialized experience (?P<level>[^,;:.]{10,160}?), which (?:demonstrates|shows) the ability "
            r"to " + _PERFORM + r" the duties of the " + _POSITION + r", is required\."),
        lambda m: (f"You must have one year of specialized experience {_grade_text(m, 'level')}. It must show the "
                   "ability to do the duties of the job."),
        "OPM General Schedule Qualification Policies (one year of specialized experience)",
    ),
)


_BOILERPLATE += (
    _Boilerplate(
        "specialized-experience-directly-related",
        _bp(r"Specialized experience is (?:defined as )?experience (?:which|that) is directly related to the "
            + _POSITION + r"(?: to be filled)?,? (?:which|that|and) (?:has )?equipped " + _READER + r" with the "
            r"(?:particular )?(?P<what>knowledge, skills?,? and abilit(?:y|ies)(?: ?\(KSA['\u2019]?s\))?|competencies) "
            r"(?:(?:needed|necessary) )?to (?:successfully " + _PERFORM + r"|" + _PERFORM + r" successfully) the "
            r"duties of (?:the|this) " + _POSITION + r"(?: to include (?P<include>[^.;:]{5,300}?))?\."),
        lambda m: ("Specialized experience is experience directly related to this job. It is experience that gave you "
                   f"the {_grade_text(m, 'what')} to do this job well."
                   + (f" It includes {_grade_text(m, 'include')}." if m.group("include") else "")),
        "OPM General Schedule Qualification Policies, definition of specialized experience",
    ),
    _Boilerplate(
        "duties-and-hours-each-job",
        _bp(r"(?:You|Applicants) must clearly identify the duties and responsibilities in each " + _POSITION
            + r" held and the total number of hours (?:worked )?per week\."),
        lambda m: ("For each job you held, you must clearly show your duties and responsibilities. You must also show "
                   "the total number of hours you worked per week."),
        "standard resume statement of USAJOBS announcements (OPM: part-time experience is credited by hours worked)",
    ),
    _Boilerplate(
        "new-employee-step-1",
        _bp(r"If you are a new federal employee, your starting salary will likely be set at (?:the )?Step 1 of the "
            r"grade for which you are selected\."),
        lambda m: "If you are a new federal employee, your pay will likely start at Step 1 of the grade you are "
                  "selected for.",
        "standard pay statement of USAJOBS announcements",
    ),
    _Boilerplate(
        "category-documents",
        _bp(r"You will be asked to identify which category or categories you meet, and to (?:provide|give|submit) "
            r"documents which prove you meet the category or categories you (?:selected|select)\."),
        lambda m: ("We will ask you which category or categories you meet. We will also ask for documents that prove "
                   "you meet the category or categories you selected."),
        "standard 'who may apply' statement of USAJOBS announcements",
    ),
    _Boilerplate(
        "statistics-calculus",
        _bp(r"At least (?P<part>\d+) of the (?P<total>\d+) semester hours must have included any combination of "
            r"statistics and mathematics that included differential and integral calculus\."),
        lambda m: (f"At least {m.group('part')} of the {m.group('total')} semester hours must be in any mix of "
                   "statistics and mathematics. This mix must include differential and integral calculus."),
        "OPM qualification standard for the Computer Science series (1550), basic requirement",
    ),
    _Boilerplate(
        "program-analysis-methods",
        _bp(r"(?P<head>Examples of specialized experience include|Specialized experience (?:is|includes)) knowledge "
            r"(?:in|of) the application of a wide range of qualitative and/or quantitative methods for the assessment "
            r"and improvement of program effectiveness or the improvement of complex management processes and "
            r"systems\."),
        lambda m: (f"{_grade_text(m, 'head')} knowing how to apply a wide range of qualitative and/or quantitative "
                   "methods. These are methods to assess and improve program effectiveness, or to improve complex "
                   "management processes and systems."),
        "standard specialized-experience example of Management and Program Analyst (0343) announcements",
    ),
)


_BOILERPLATE += (
    _Boilerplate(
        "must-have-equipped",
        _bp(r"must have equipped " + _READER + r" with the (?:particular )?(?P<what>knowledge, skills?,? and "
            r"abilit(?:y|ies)(?: ?\(KSA['\u2019]?s\))?|competencies|skills and knowledge) (?:(?:needed|necessary) )?to "
            r"(?:successfully " + _PERFORM + r"|" + _PERFORM + r" successfully) the duties of (?:the|this) " + _POSITION
            + r"(?: to be filled)?(?=[.,;:)]|\s+(?:and|or)\s|\s*$)"),
        lambda m: f"must have given you the {_grade_text(m, 'what')} to do this job well",
        "OPM General Schedule Qualification Policies, definition of specialized experience",
    ),
    _Boilerplate(
        "resume-and-transcripts",
        _bp(r"Your resume must clearly describe your relevant experience; if qualifying based on education, your "
            r"transcripts will be required as part of your application\."),
        lambda m: ("Your resume must clearly describe your experience that relates to this job. If you qualify based "
                   "on education, you must include your transcripts in your application."),
        "standard resume statement of USAJOBS announcements",
    ),
    _Boilerplate(
        "employment-authority-categories",
        _bp(r"Only applicants who meet one of the employment authority categories below are eligible to apply for "
            r"this " + _POSITION + r"\."),
        lambda m: "You may apply only if you meet one of the employment authority categories below.",
        "standard 'who may apply' statement of USAJOBS announcements",
    ),
    _Boilerplate(
        "each-job-dates-hours",
        _bp(r"For each job on your resume, (?:provide|give): ?the exact dates you held each job \(from month/year to "
            r"month/year\),? (?:and )?(?:the )?number of hours per week you worked \(if part time\)\.?"),
        lambda m: ("For each job on your resume, give:\n- the exact dates you held each job (from month/year to "
                   "month/year)\n- the number of hours per week you worked (if part time)"),
        "standard resume statement of USAJOBS announcements (two list items whose line breaks were lost)",
    ),
    _Boilerplate(
        "competency-level-by-grade",
        _bp(r"(?:The (?:employing |hiring )?agency is|We are) responsible for identifying the specific level of "
            r"(?P<what>proficiency|skill) required for each competency at each grade level based on the requirements "
            r"of the " + _POSITION + r" being filled\."),
        lambda m: (f"We identify the specific level of {m.group('what')} required for each competency at each grade "
                   "level. We base this on the requirements of the job being filled."),
        "standard competency statement of USAJOBS announcements",
    ),
    _Boilerplate(
        "dates-and-part-time-hours",
        _bp(r"(?:In addition to|Besides) describing duties (?:performed|done), (?:applicants|you) must (?:provide|give) "
            r"the exact dates of each period of employment \(from MM/YY to MM/YY\) and the number of hours worked per "
            r"week if part[- ]time\."),
        lambda m: ("Besides describing the duties you did, you must give the exact dates of each period of employment "
                   "(from MM/YY to MM/YY). If you worked part time, also give the number of hours you worked per week."),
        "standard resume statement of USAJOBS announcements",
    ),
    _Boilerplate(
        "full-credit-dates-hours",
        _bp(r"To ensure full credit for your work experience, please (?:indicate|show) dates of employment by "
            r"month/year, and (?:indicate|show) (?:the )?number of hours worked per week,? on your resume\."),
        lambda m: ("To get full credit for your work experience, show your dates of employment by month/year on your "
                   "resume. Also show the number of hours you worked per week."),
        "standard resume statement of USAJOBS announcements",
    ),
    _Boilerplate(
        "deployment-dates",
        _bp(r"To accurately credit your experience for these intermittent " + _POSITION + r"s, make sure to list the "
            r"dates \(from MM/YY to MM/YY\) of each deployment, along with the job title and specific duties you were "
            r"responsible for during each deployment\."),
        lambda m: ("So that we can credit your experience in these intermittent jobs accurately, list for each "
                   "deployment:\n"
                   "- the dates (from MM/YY to MM/YY)\n- the job title\n- the specific duties you were responsible for"),
        "standard statement of FEMA announcements for Reservists and DAE employees",
    ),
    _Boilerplate(
        "roster-120-days",
        _bp(r"Due to the use of (?P<days>\d+)-day rosters, this period of experience may be completed within "
            r"(?P<within>\d+) days of the closing date of this announcement\."),
        lambda m: (f"We use {m.group('days')}-day rosters. So you may complete this period of experience within "
                   f"{m.group('within')} days of the closing date of this announcement."),
        "standard roster statement of USAJOBS announcements",
    ),
    _Boilerplate(
        "experience-outside-official-series",
        _bp(r"(?:In order to|To) receive credit for experience in your resume that is not within the official series "
            r"and grade level of your official " + _POSITION + r", you must (?:provide|give) a copy of the appropriate "
            r"(?P<official>and official )?documentation of such experience as (?:indicated|shown) above\."),
        lambda m: ("Some experience on your resume may not be within the official series and grade level of your "
                   "official job. To get credit for it, you must give a copy of the appropriate "
                   f"{m.group('official') or ''}documentation of that experience, as shown above."),
        "standard statement of USAJOBS announcements on experience outside the official series and grade",
    ),
    _Boilerplate(
        "mostly-at-a-desk",
        _bp(r"Regular and recurring work is mostly sedentary involving sitting at a desk, although the " + _POSITION
            + r" requires the ability to move from one geographic location of the facility to another\."),
        lambda m: ("Your routine work is mostly done sitting at a desk. But you must be able to move from one place "
                   "in the facility to another."),
        "standard physical-demands statement of federal position descriptions",
    ),
)


# round 16 (plain standard text): OPM's competency definitions as USAJOBS announcements quote them, clause by clause
# (an announcement may quote a whole definition or part of it, with any label before it), and recurring standard
# sentences. Every clause keeps its meaning, each example and each category; only the words get shorter.
_OPM_2210_COMPETENCIES = ("OPM competency definition, as in OPM's GS-2210 (IT Management) qualification requirements: IT-related "
                          "experience demonstrating Attention to Detail, Customer Service, Oral Communication and Problem "
                          "Solving")
_OPM_COMPETENCIES = "OPM general competency definition (OPM competency models, MOSAIC), as quoted in USAJOBS announcements"
_BOILERPLATE += (
    _Boilerplate(
        "competency-attention-to-detail",
        _bp(r"Is thorough when (?:performing|doing) work and conscientious about attending to details?"),
        lambda m: "Is thorough in work and careful about details",
        _OPM_2210_COMPETENCIES + " (Attention to Detail)",
    ),
    _Boilerplate(
        "competency-knows-products",
        _bp(r"knows about available products and services"),
        lambda m: "knows what products and services are on offer",
        _OPM_2210_COMPETENCIES + " (Customer Service)",
    ),
    _Boilerplate(
        "competency-quality-products",
        _bp(r"(?<![\w-])(?:is|in) committed to (?:providing|giving) quality products and services"),
        lambda m: "is committed to giving good products and services",  # "cares about" was weaker
        _OPM_2210_COMPETENCIES + " (Customer Service)",
    ),
    _Boilerplate(
        "competency-oral-presentations",
        _bp(r"makes clear and convincing oral presentations"),
        lambda m: "gives clear and convincing talks",
        _OPM_2210_COMPETENCIES + " (Oral Communication)",
    ),
    _Boilerplate(
        "competency-listening",
        _bp(r"listens to others, attends to nonverbal cues, and responds (?:appropriately|properly)"),
        lambda m: "listens to others, notices unspoken cues, and responds in the right way",
        _OPM_2210_COMPETENCIES + " (Oral Communication)",
    ),
    _Boilerplate(
        "competency-accuracy-relevance",
        _bp(r"determines (?:the )?accuracy and relevance of information"),
        lambda m: "checks if information is correct and relevant",  # "checks that" presumed the answer
        _OPM_2210_COMPETENCIES + " (Problem Solving)",
    ),
    _Boilerplate(
        "competency-alternatives",
        _bp(r"uses sound judgment to generate and evaluate alternatives,? and to make recommendations"),
        lambda m: "uses sound judgment to come up with choices and weigh them, and to recommend what to do",
        _OPM_2210_COMPETENCIES + " (Problem Solving)",
    ),
    _Boilerplate(
        "competency-written-communication",
        _bp(r"Writes in a clear, concise, organized,? and convincing manner for the intended audience"),
        lambda m: "Writes in a clear, brief, organized and convincing way for the intended readers",
        _OPM_COMPETENCIES + " (Written Communication)",
    ),
    _Boilerplate(
        "competency-interpersonal-skills",
        _bp(r"Shows understanding, friendliness, courtesy, tact, empathy, concern, and politeness to others; ?develops "
            r"and maintains effective relationships with others; ?may include effectively dealing with " + _PEOPLE
            + r" who are difficult, hostile, or distressed; ?relates well to people from varied backgrounds and "
            r"different situations; ?is sensitive to cultural diversity, race, gender, disabilities, and other "
            r"individual differences"),
        lambda m: ("Shows understanding, friendliness, courtesy, tact, empathy, concern and politeness to others; builds "
                   "and keeps up good relationships with others; may include dealing well with people who are "
                   "difficult, hostile or upset; relates well to people from different backgrounds and in different "
                   "situations; is sensitive to cultural diversity, race, gender, disabilities and other differences "
                   "between people"),
        _OPM_COMPETENCIES + " (Interpersonal Skills)",
    ),
    _Boilerplate(
        "private-or-public-sector",
        _bp(r"Qualifying experience may be (?:obtained|gained) in (?:either )?the (?P<sector>private or public|public or "
            r"private) sector\."),
        lambda m: (f"The experience you use to qualify can be from the {_grade_text(m, 'sector')} sector."),
        # not "You may have gained ... to qualify in the ... sector": a guess where OPM gives leave, and "qualify in"
        "standard specialized-experience statement of USAJOBS announcements (either sector qualifies)",
    ),
    _Boilerplate(
        "information-found-here",
        _bp(r"(?:Additional|More) (?P<topic>qualifications? )?information can be found here(?P<end>[.:])"),
        lambda m: f"You can read more{' about the qualifications' if m.group('topic') else ''} here{m.group('end')}",
        "standard pointer of USAJOBS announcements to a linked page",
    ),
    _Boilerplate(
        "full-year-hours",
        _bp(r"A full year of work is considered to be (?P<hours>\d{2} ?[-\u2013] ?\d{2}) hours of work per week\."),
        lambda m: f"A full year of work means {_grade_text(m, 'hours')} hours of work a week.",
        "OPM General Schedule Qualification Policies (a full year of full-time work)",
    ),
    _Boilerplate(
        "sf50-time-in-grade-eligibility",
        _bp(r"An SF-50 that shows your time-in-grade eligibility must be (?:submitted|sent) with your application "
            r"materials\."),
        lambda m: "With your application, send an SF-50 that shows you meet the time-in-grade rule.",
        "standard time-in-grade evidence statement of USAJOBS announcements (5 CFR 300.604)",
    ),
    _Boilerplate(
        "accredited-institutions",
        _bp(r"All academic degrees and course ?work must be from accredited or pre-accredited institutions\."),
        lambda m: "All degrees and course work must be from schools that are accredited or pre-accredited.",
        "OPM General Schedule Qualification Policies (education from accredited institutions)",
    ),
    _Boilerplate(
        "substitute-education",
        _bp(r"(?:Applicants|You) may substitute education for the (?P<what>required experience|experience required "
            r"for the " + _GRADE + r" (?:grade )?level)\."),
        lambda m: f"You may use education instead of the {_grade_text(m, 'what')}.",
        "OPM General Schedule Qualification Policies (substituting education for experience)",
    ),
    _Boilerplate(
        "experience-and-or-education",
        _bp(r"You may qualify based on your experience and/or education as described below:"),
        lambda m: "You may qualify by your experience, your education, or both, as described below:",
        "standard qualification lead-in of USAJOBS announcements (Federal Plain Language Guidelines: avoid and/or)",
    ),
    _Boilerplate(
        "transcripts-document",
        _bp(r"(?:Additional|More) information about transcripts is in this document\."),
        lambda m: "You can read more about transcripts in this document.",
        "standard pointer of USAJOBS announcements to the transcript guidance",
    ),
    _Boilerplate(
        "proof-of-eligibility-list",
        _bp(r"See Proof of Eligibility for an extensive list of document requirements for all employment "
            r"authorities\."),
        lambda m: "See Proof of Eligibility for a long list of the documents each employment authority needs.",
        "standard 'who may apply' pointer of USAJOBS announcements",
    ),
)



# round 17 (OPM qualification-standard text): the education and experience text OPM's qualification standards and
# "General Schedule Qualification Policies" set and announcements quote per series, clause by clause where it sits
# inside a longer sentence. Every degree, number of years, grade, path ("or", "and/or") and condition is kept. Not
# rewritten: "semester hours in a combination of" (the skills-first education rule reads "combination of" as the
# other path to qualify, and a series without a positive education requirement would then get "or equivalent
# experience" where the posting quotes another series' degree requirement).
_OPM_GS_POLICIES = "OPM General Schedule Qualification Policies"


def _grades_word(m: re.Match[str]) -> str:
    """'grade' or 'grades' as the posting wrote it before the grades ('at the grade GS-11', 'at grades GS-9 and GS-11')."""
    return re.findall(r"grades?", m.group(0)[: m.start("grades") - m.start()], re.IGNORECASE)[-1].lower()
_TIG = r"time-? ?in[-\u00ad ]{1,3}grade"  # "time-in-\u00adgrade": a soft hyphen some postings carry
_BOILERPLATE += (
    _Boilerplate(
        "progressively-higher-graduate-education",
        _bp(r"progressively higher[- ]?(?:level )?graduate education"),
        lambda m: "graduate study at ever higher levels",
        "OPM qualification standards (group coverage and IT 2210, 1515, 1529, 1530, 1550): graduate education "
        "'progressively higher level', each full year above the one before",
    ),
    _Boilerplate(
        "difficulty-and-responsibility",
        _bp(r"(?P<lead>(?:you|applicants) must (?:have )?(?:at least )?(?:one|1) (?:full )?year of (?:specialized )?"
            r"experience) at a level of difficulty and responsibility equivalent to (?:that of )?the "
            r"(?P<grade>" + _GRADE + r"(?: grade level)?)(?P<where> in the Federal service)?\."),
        lambda m: (f"{_grade_text(m, 'lead')}. It must be as hard and as responsible as work at the "
                   f"{_grade_text(m, 'grade')}{_grade_text(m, 'where')}."),
        _OPM_GS_POLICIES + " (specialized experience equivalent to the next lower grade)",
    ),
    _Boilerplate(
        "typical-of-lower-grade",
        _bp(r"This definition of specialized experience is typical of work (?:performed|done) at the "
            r"(?P<which>next|second) lower grade/level " + _POSITION + r" in the federal service"
            r"(?P<grade> ?\(?(?:GG/)?" + _GRADE + r"\)?)\."),
        lambda m: (f"This definition of specialized experience is typical of work at the {m.group('which')} lower "
                   f"grade or level in the federal service{_grade_text(m, 'grade')}."),
        "standard specialized-experience statement of DoD announcements (" + _OPM_GS_POLICIES
        + ": experience at the next lower grade)",
    ),
    _Boilerplate(
        "applicable-time-in-grade",
        _bp(r"(?:Merit promotion applicants|(?P<for>For (?:positions|jobs) above the " + _GRADE + r"), applicants) "
            r"must meet applicable " + _TIG + r" requirements to be considered eligible\."),
        lambda m: (("To be eligible under merit promotion" if not m.group("for") else
                    "To be eligible for jobs above the " + _grade_text(m, "for").split("above the ", 1)[1])
                   + ", you must meet the time-in-grade rules that apply to you."),
        "standard time-in-grade statement of USAJOBS announcements (5 CFR 300.604)",
    ),
    _Boilerplate(
        "it-experience-paid-unpaid-training",
        _bp(r"the experience may be (?:demonstrated|shown) by paid or unpaid experience and/or completion of "
            r"specific, intensive training \(for example, IT certification\),? as appropriate\."),
        lambda m: ("as appropriate, you may show it by paid or unpaid experience, by specific, intensive training you "
                   "completed (for example, IT certification), or both."),
        "OPM qualification standard for the IT Management series (2210): how IT-related experience may be shown",
    ),
    _Boilerplate(
        "superior-academic-achievement-curriculum",
        _bp(r"(?:In order to|To) be creditable under this provision, Superior Academic Achievement must have been "
            r"(?:gained|earned) in a curriculum that is qualifying for the " + _POSITION + r" to be filled\."),
        # the condition first: "You must have earned your Superior Academic Achievement ..." read as a requirement to
        # have it (OPM's sentence only says when it counts)
        lambda m: ("Your Superior Academic Achievement counts under this rule only if you earned it in a course of "
                   "study that qualifies for this job."),
        _OPM_GS_POLICIES + " (Superior Academic Achievement)",
    ),
    _Boilerplate(
        "graduate-education-in-excess",
        _bp(r"Only graduate education in excess of the amount required for the (?P<lower>next lower grade level|"
            + _GRADE + r" grade level) may be used to qualify applicants for (?:positions|jobs) at (?:the )?grades? "
            r"(?P<grades>" + _GRADE + r"(?: (?:and|or) " + _GRADE + r")?)\."),
        # "only" leads, as in OPM's sentence (not "You may count graduate study ... But ... only the part beyond")
        lambda m: (f"For jobs at {_grades_word(m)} {_grade_text(m, 'grades')}, you may count only part of your "
                   f"graduate study to qualify. Only the part beyond what the {_grade_text(m, 'lower')} needs "
                   "counts."),
        "OPM qualification standards (group coverage, IT 2210, 1550): combining graduate education and experience",
    ),
)

_FOREIGN_SCHOOLS = r"If you are using education completed in foreign colleges or universities to meet the qualification requirements, "
_BOILERPLATE += (
    _Boilerplate(
        "qualification-standards-link",
        _bp(r"For more information on these qualification standards, please visit (?P<site>OPM's web ?site|the United "
            r"States Office of Personnel Management's website) at(?= )"),
        lambda m: ("To read more about these qualification standards, visit "
                   + ("OPM's website" if m.group("site").lower().startswith("opm") else _grade_text(m, "site")) + " at"),
        "standard pointer of USAJOBS announcements to OPM's qualification standards",
    ),
    _Boilerplate(
        "time-in-grade-52-weeks",
        _bp(r"Applicants who have held a General Schedule \(GS\) " + _POSITION + r" within the (?:last|past) 52 weeks "
            r"must have 52 weeks of Federal service at the next lower grade or equivalent(?P<grade> \((?:GG/)?"
            + _GRADE + r"\))?\."),
        lambda m: ("Have you held a General Schedule (GS) job in the last 52 weeks? If so, you must have 52 weeks of "
                   f"federal service at the next lower grade or equivalent{_grade_text(m, 'grade')}."),
        "standard time-in-grade statement of USAJOBS announcements (5 CFR 300.604)",
    ),
    _Boilerplate(
        "class-standing",
        _bp(r"Applicants must be in the upper third of the graduating class in the college, university, or major "
            r"subdivision, such as the College of Liberal Arts or the School of Business Administration, based on "
            r"completed courses(?P<end>[;.])"),
        lambda m: ("You must be in the top third of your graduating class, based on completed courses. The class may be "
                   "that of the college, the university, or a major subdivision. Examples are the College of Liberal "
                   f"Arts and the School of Business Administration{m.group('end')}"),
        _OPM_GS_POLICIES + " (Superior Academic Achievement: class standing)",
    ),
    _Boilerplate(
        "honor-society",
        _bp(r"Applicants may be considered eligible based on membership in one of the approved national scholastic "
            r"honor societies"),
        lambda m: "You may be eligible if you are a member of one of the approved national scholastic honor societies",
        _OPM_GS_POLICIES + " (Superior Academic Achievement: honor society membership)",
    ),
    _Boilerplate(
        "field-shows-ksas",
        _bp(r"in a field which (?:demonstrates|shows) the knowledge, skills,? and abilities (?:necessary|needed) to "
            r"(?:do|perform) the work of the " + _POSITION + r"(?=[.,;:]|\s+(?:and|or|OR)\s)"),
        lambda m: "in a field that shows the knowledge, skills, and abilities you need to do this job",
        "OPM qualification standards (group coverage, 0343 and 0301 lines): graduate education in a related field",
    ),
    _Boilerplate(
        "foreign-education-evaluated-or-credited",
        _bp(_FOREIGN_SCHOOLS + r"you must show (?:that )?the education credentials have been evaluated by a private "
            r"organization that specializes in interpretation of foreign education programs and such education has "
            r"been deemed equivalent to that gained in an accredited U\.S\. education program; ?or full credit has been "
            r"given for the courses at a U\.S\. accredited college or university\."),
        lambda m: ("Do you use education from foreign colleges or universities to qualify? Then you must show one of "
                   "these:\n"
                   "- A private organization that specializes in interpreting foreign education programs has evaluated "
                   "your education credentials. It found your education equivalent to that gained in an accredited U.S. "
                   "education program.\n"
                   "- You got full credit for the courses at a U.S. accredited college or university."),
        _OPM_GS_POLICIES + " (foreign education)",
    ),
    _Boilerplate(
        "foreign-education-evaluated",
        _bp(_FOREIGN_SCHOOLS + r"you must show (?:that )?the education credentials have been evaluated by a private "
            r"organization that specializes in interpretation of foreign education\."),
        lambda m: ("Do you use education from foreign colleges or universities to qualify? Then you must show that "
                   "your education credentials were evaluated. A private organization that specializes in interpreting "
                   "foreign education must have done this."),
        _OPM_GS_POLICIES + " (foreign education)",
    ),
)

_BOILERPLATE += (
    _Boilerplate(
        "qualification-information-from-website",
        _bp(r"(?:Additional|More) (?P<topic>qualifications? )?information can be found (?:from|at) the following "
            r"(?P<site>Office of Personnel Management|Department of Defense) website:"),
        lambda m: (f"You can read more{' about the qualifications' if m.group('topic') else ''} on this "
                   f"{_grade_text(m, 'site')} website:"),
        "standard pointer of USAJOBS announcements to OPM's (or DoD's) qualification pages",
    ),
    _Boilerplate(
        "combination-computed-percentage",
        _bp(r"(?<![A-Za-z])A combination of education and experience may be used to qualify for this " + _POSITION
            + r" as long as the computed percentage of the requirements is at least 100%\."),
        lambda m: ("You may combine education and experience to qualify for this job. The computed percentage of the "
                   "requirements must then be at least 100%."),
        _OPM_GS_POLICIES + " (combining education and experience: the percentages must total at least 100 percent)",
    ),
    _Boilerplate(
        "veoa-time-in-grade",
        _bp(r"Applicants applying as (?P<veoa>VEOA|Veterans Employment Opportunities Act \(VEOA\)) candidates who are "
            r"current GS civil service employees or are prior GS civil service employees within the past 52 weeks "
            r"must also meet time-in-grade requirements\."),
        lambda m: (f"Are you applying as a {_grade_text(m, 'veoa')} candidate? Then you must also meet time-in-grade "
                   "requirements if you are a GS civil service employee now, or were one within the past 52 weeks."),
        "standard time-in-grade statement of USAJOBS announcements (5 CFR 300.604; VEOA, 5 U.S.C. 3304(f))",
    ),
    _Boilerplate(
        "volunteered-national-service",
        _bp(r"If you have volunteered your service through a National Service program (?P<eg>\([^()]{3,60}\)), we "
            r"encourage you to (?P<apply>apply and )?include this experience on your resume\."),
        lambda m: (f"Have you volunteered through a National Service program {_grade_text(m, 'eg')}? If so, we "
                   f"encourage you to {m.group('apply') or ''}include this experience on your resume."),
        "OPM's standard statement on credit for volunteer experience in USAJOBS announcements",
    ),
    _Boilerplate(
        "equivalent-under-other-pay-systems",
        _bp(r"(?:Applicants|You) must (?:possess|have) one year of specialized experience equivalent to the "
            r"(?P<grade>" + _GRADE + r") level or equivalent under other pay systems in the Federal service, military, "
            r"or private sector\."),
        lambda m: (f"You must have one year of specialized experience equal to the {_grade_text(m, 'grade')} level, or to "
                   "that level under other pay systems. The experience can be in the Federal service, the military, or "
                   "the private sector."),
        _OPM_GS_POLICIES + " (specialized experience equivalent to the next lower grade, in any sector)",
    ),
)

# a phrase each entry's text must contain (lower case, single spaces): a cheap test before the pattern runs
_BOILERPLATE_NEEDLES = {
    "volunteer-definition": "paid and unpaid", "volunteer-value": "translates directly",
    "volunteer-credit": "credit for all qualifying", "part-time-credit": "actually spent",
    "part-time-show": "wishing to receive credit", "equipped-with": "equipped", "evaluated-on-areas": "evaluated",
    "sf50-effective-date": "has an effective", "sf50-additional": "in this instance",
    "time-in-grade-current": "held a gs grade", "eligibility-by-closing": "time-after-competitive",
    "normal-line-of-progression": "normal line of progression", "competency-customer-service": "(that is, any",
    "competency-oral-communication": "taking into account the audience",
    "resume-information-missing": "determinations cannot", "equivalent-outside-federal-service": "or equivalent",
    "combining-education-and-experience": "two percentages", "specialized-experience-definition": "equipped",
    "time-in-grade-one-year": "is required to meet", "time-in-grade-reinstatement-veoa": "reinstatement as well as",
    "one-year-is-required": "is required.", "duties-and-hours-each-job": "clearly identify the duties",
    "new-employee-step-1": "starting salary will likely", "must-have-equipped": "must have equipped", "resume-and-transcripts": "if qualifying based on education",
    "employment-authority-categories": "employment authority categories below are",
    "each-job-dates-hours": "exact dates you held each job", "competency-level-by-grade": "responsible for identifying",
    "dates-and-part-time-hours": "describing duties", "full-credit-dates-hours": "to ensure full credit",
    "mostly-at-a-desk": "mostly sedentary", "roster-120-days": "day rosters",
    "experience-outside-official-series": "not within the official series", "deployment-dates": "each deployment", "specialized-experience-directly-related": "directly related to the", "category-documents": "category or categories",
    "statistics-calculus": "integral calculus", "program-analysis-methods": "the application of a wide range",
    "competency-attention-to-detail": "conscientious about attending",
    "competency-knows-products": "knows about available", "competency-quality-products": "committed to",
    "competency-oral-presentations": "convincing oral presentations", "competency-listening": "nonverbal cues",
    "competency-accuracy-relevance": "accuracy and relevance", "competency-alternatives": "evaluate alternatives",
    "competency-written-communication": "convincing manner", "competency-interpersonal-skills": "tact, empathy",
    "private-or-public-sector": "may be", "information-found-here": "can be found here",
    "full-year-hours": "is considered to be", "sf50-time-in-grade-eligibility": "time-in-grade eligibility",
    "accredited-institutions": "pre-accredited institutions", "substitute-education": "may substitute education",
    "experience-and-or-education": "experience and/or education as", "transcripts-document": "this document",
    "proof-of-eligibility-list": "extensive list",
    "progressively-higher-graduate-education": "progressively higher",
    "difficulty-and-responsibility": "difficulty and responsibility", "typical-of-lower-grade": "typical of work",
    "applicable-time-in-grade": "must meet applicable", "it-experience-paid-unpaid-training": "intensive training",
    "superior-academic-achievement-curriculum": "creditable under this provision",
    "graduate-education-in-excess": "in excess of the amount",
    "qualification-standards-link": "on these qualification standards", "time-in-grade-52-weeks": "must have 52 weeks",
    "class-standing": "upper third", "honor-society": "honor societies", "field-shows-ksas": "in a field which",
    "foreign-education-evaluated-or-credited": "full credit has been given",
    "foreign-education-evaluated": "interpretation of foreign education.",
    "qualification-information-from-website": "can be found", "combination-computed-percentage": "computed percentage",
    "veoa-time-in-grade": "prior gs civil service", "volunteered-national-service": "volunteered your service",
    "equivalent-under-other-pay-systems": "under other pay systems",
}


def _rule_boilerplate(text: str) -> list[_Edit]:
    """Standard sentences rewritten whole, when every fact of the original is in the plain version."""
    edits: list[_Edit] = []
    flat = re.sub(r"\s+", " ", text.lower())
    entries = [e for e in _BOILERPLATE if _BOILERPLATE_NEEDLES[e.key] in flat]
    if not entries:
        return edits
    unnamed = protected_spans(text, names=False)  # names inside the boilerplate are carried over verbatim
    for entry in entries:
        for m in entry.pattern.finditer(text):
            if overlaps(unnamed, m.start(), m.end()):
                continue
            new = entry.build(m)
            if m.group()[:1].isupper() and new[:1].islower():
                new = new[:1].upper() + new[1:]
            elif m.group()[:1].islower() and new[:1].isupper() and not _clause_start(text, m.start()):
                new = new[:1].lower() + new[1:]
            if extract_facts(m.group()) - extract_facts(new):
                continue  # never lose a number, date, grade or legal statement
            end = m.end()
            if new.endswith(".") and text[end:end + 1].isalpha():  # "... worked in it.For more information"
                new += " "
            gap = re.match(r"[ \t]+(?=\S)", text[end:])
            if "\n- " in new and gap:  # the text goes on after a list: start it on a new paragraph
                new, end = new + "\n\n", end + gap.end()
            edits.append(_Edit(m.start(), end, new, "boilerplate",
                               f"standard text ({entry.key}) in plain words, same meaning: {entry.origin}",
                               _BOILERPLATE_SOURCE, in_names=True))
    return edits
