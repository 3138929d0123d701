"""Plain standard text (issue 6, "plainstock"): the ``boilerplate`` rule's plain forms and the glossary's explanations.

Every ``_BOILERPLATE`` entry has a sample of the standard text it rewrites (taken from the development corpus, or
from OPM's own wording where the corpus has none); its plain form must read at or below ``GRADE`` (Flesch-Kincaid,
``score_readability``), or below its own ceiling in ``ABOVE``, where names, terms of art, or the posting's own words
carried into the form keep the grade up; each exception says why. A plain form that is a semicolon series (an OPM
competency definition) is scored as the list the ``lists`` rule makes of it, one item per clause, since a list item
counts as its own sentence. The glossary's jargon explanations are held to the same grade (the acronyms' expansions
are names and are not scored).

Then exact outputs for the entries and wordings of this round (positive rows and near misses that must not change),
and for every sample: no fact lost and rewriting the rewrite changes nothing.
"""

from __future__ import annotations

import re

import pytest

from skillhire.plain_language import load_glossary
from skillhire.posting import JobPosting
from skillhire.readability import score_readability
from skillhire.rewrite import lost_facts, rewrite_posting
from skillhire.standard_text import _BOILERPLATE

GRADE = 8.0

# key -> (ceiling, why the plain form reads above GRADE)
ABOVE = {
    "accredited-institutions": (8.5, "'accredited or pre-accredited' is the requirement itself"),
    "category-documents": (9.0, "'category or categories' is the posting's own term, said twice"),
    "combining-education-and-experience": (11.5, "'qualification requirements', 'percentage', 'education' are the method"),
    "competency-accuracy-relevance": (9.5, "'information' and 'relevant' are the clause's content"),
    "competency-customer-service": (10.0, "'clients', 'customers', 'agencies', 'Government' are the kinds of customer"),
    "competency-interpersonal-skills": (12.0, "OPM's own list of qualities and differences is kept whole"),
    "competency-quality-products": (8.5, "'committed' is the competency itself ('cares about' was weaker)"),
    "competency-level-by-grade": (10.0, "'proficiency', 'competency', 'requirements' are the statement's terms"),
    "competency-oral-communication": (13.0, "OPM's examples ('technical, sensitive, controversial') are kept"),
    "eligibility-by-closing": (16.0, "each item names a requirement ('time-after-competitive appointment')"),
    "employment-authority-categories": (11.0, "'employment authority categories' is the announcement's term"),
    "equivalent-outside-federal-service": (12.0, "'equivalent experience', 'private or public sector' are the path"),
    "evaluated-on-areas": (11.0, "'knowledge, skills, abilities and/or competencies' are carried over from the posting"),
    "experience-outside-official-series": (12.0, "'official series and grade level', 'documentation' are the rule's terms"),
    "new-employee-step-1": (9.0, "'federal employee' and 'selected' are the condition"),
    "one-year-is-required": (12.5, "the level ('equivalent in level of difficulty ...') is the posting's own text"),
    "private-or-public-sector": (8.5, "'qualify', 'experience', 'private or public sector' are the statement"),
    "program-analysis-methods": (14.0, "'qualitative and/or quantitative methods', 'program effectiveness' are the work"),
    "resume-and-transcripts": (9.0, "'experience', 'education', 'transcripts', 'application' are the requirement"),
    "sf50-additional": (8.5, "'SF-50' and 'time-in-grade' are terms of the rule"),
    "sf50-effective-date": (9.5, "'SF-50' and 'time-in-grade' are terms of the rule"),
    "specialized-experience-definition": (9.5, "'specialized experience', 'competencies' are the defined terms"),
    "specialized-experience-directly-related": (10.0, "'knowledge, skills and abilities (KSAs)' is carried over"),
    "statistics-calculus": (9.5, "'statistics', 'mathematics', 'differential and integral calculus' are the courses"),
    "time-in-grade-current": (8.5, "'time-in-grade requirements', 'federal employee' are the rule's terms"),
    "time-in-grade-one-year": (8.5, "'time-in-grade' is the rule's term"),
    "time-in-grade-reinstatement-veoa": (14.5, "'Veterans Employment Opportunities Act of 1998 (VEOA)' is a law's name"),
    "substitute-education": (12.5, "'education', 'experience', 'required' and the grade are the rule"),
    "experience-and-or-education": (10.5, "'qualify', 'experience', 'education' are the lead-in's content"),
    "proof-of-eligibility-list": (12.0, "'Proof of Eligibility' is a heading's name, 'employment authority' a term"),
    "volunteer-definition": (10.5, "'National Service programs', 'AmeriCorps' and OPM's kinds of group are kept"),
    "progressively-higher-graduate-education": (10.5, "a 6-word clause (scored alone) whose 'graduate' is the term"),
    "typical-of-lower-grade": (14.0, "'definition of specialized experience' is the jargon rule's cue; 'federal service'"),
    "applicable-time-in-grade": (10.0, "'eligible', 'merit promotion', 'time-in-grade' are the rule's terms"),
    "it-experience-paid-unpaid-training": (15.5, "OPM's paths ('specific, intensive training', 'IT certification', "
                                           "'or both', 'as appropriate') are kept whole"),
    "qualification-standards-link": (9.5, "'qualification standards' is the pointer's subject"),
    "class-standing": (9.0, "'graduating class', 'university', 'subdivision' and the examples' names are the rule"),
    "honor-society": (12.0, "'approved national scholastic honor societies' is OPM's category, kept whole"),
    "superior-academic-achievement-curriculum": (12.0, "'Superior Academic Achievement' is OPM's name; the condition "
                                                 "stays in one sentence, not read as a need to have it"),
    "foreign-education-evaluated-or-credited": (13.0, "'foreign', 'accredited', 'education program', 'organization' "
                                                "and 'credentials' are the two paths' terms"),
    "qualification-information-from-website": (11.0, "'Office of Personnel Management' is a name"),
    "combination-computed-percentage": (8.5, "'computed percentage of the requirements' is the method's term"),
    "equivalent-under-other-pay-systems": (11.5, "'specialized experience', 'equal', 'Federal service', 'military' are "
                                          "the rule's terms and sectors"),
    "volunteered-national-service": (9.0, "'National Service program' is a name, 'experience' the subject"),
    "foreign-education-evaluated": (13.5, "'education credentials', 'private organization', 'interpreting foreign "
                                    "education' are the rule's terms"),
}

GLOSSARY_ABOVE = {
    "competitive-service": (9.0, "'Office of Personnel Management' is a name, 'civil service' the law's term"),
    "career-conditional": (10.0, "'appointment' is what becomes career (not the job); 'permanent' says it already is one"),
    "dd-214": (9.0, "the form's name"),
    "excepted-service": (10.0, "'Senior Executive Service' is a name; it is not in the excepted service (5 U.S.C. 2103)"),
    "sf-15": (12.5, "the form's name"),
    "status-candidates": (11.0, "'career or career-conditional appointment' and 'reinstated' are the rule's terms"),
}

SAMPLES = {
 'accredited-institutions': 'All academic degrees and course work must be from accredited or pre-accredited '
                            'institutions.',
 'category-documents': 'You will be asked to identify which category or categories you meet, and to provide '
                       'documents which prove you meet the category or categories you selected.',
 'combining-education-and-experience': 'Combinations of successfully completed post-high school education '
                                       'and experience may be used to meet total qualification requirements '
                                       'for grade levels GS-07 and GS-09, and may be computed by first '
                                       "determining the applicant's total qualifying experience as a "
                                       'percentage of the experience required for the grade level; then '
                                       "determining the applicant's education as a percentage of the "
                                       'education required for the grade level; and then adding the two '
                                       'percentages.',
 'competency-accuracy-relevance': 'Problem Solving - Determines accuracy and relevance of information.',
 'competency-alternatives': 'Problem Solving - Uses sound judgment to generate and evaluate alternatives, '
                            'and to make recommendations.',
 'competency-attention-to-detail': 'Attention to Detail - Is thorough when performing work and conscientious '
                                   'about attending to detail.',
 'competency-customer-service': 'Customer Service - Works with clients and customers (that is, any '
                                'individuals who use or receive the services or products that your work unit '
                                'produces, including the general public, individuals who work in the agency, '
                                'other agencies, or organizations outside the Government) to assess their '
                                'needs, provide information or assistance, resolve their problems, or '
                                'satisfy their expectations; knows about available products and services; in '
                                'committed to providing quality products and services.',
 'competency-interpersonal-skills': 'Interpersonal Skills - Shows understanding, friendliness, courtesy, '
                                    'tact, empathy, concern, and politeness to others; develops and '
                                    'maintains effective relationships with others; may include effectively '
                                    'dealing with individuals who are difficult, hostile, or distressed; '
                                    'relates well to people from varied backgrounds and different '
                                    'situations; is sensitive to cultural diversity, race, gender, '
                                    'disabilities, and other individual differences.',
 'competency-knows-products': 'Customer Service - Knows about available products and services.',
 'competency-level-by-grade': 'The employing agency is responsible for identifying the specific level of '
                              'proficiency required for each competency at each grade level based on the '
                              'requirements of the position being filled.',
 'competency-listening': 'Oral Communication - Listens to others, attends to nonverbal cues, and responds '
                         'appropriately.',
 'competency-oral-communication': 'Oral Communication - Expresses information (for example, ideas or facts) '
                                  'to individuals or groups effectively, taking into account the audience '
                                  'and nature of the information (for example, technical, sensitive, '
                                  'controversial); makes clear and convincing oral presentations; listens to '
                                  'others, attends to nonverbal cues, and responds appropriately.',
 'competency-oral-presentations': 'Oral Communication - Makes clear and convincing oral presentations.',
 'competency-quality-products': 'Customer Service - Is committed to providing quality products and services.',
 'competency-written-communication': 'Written Communication - Writes in a clear, concise, organized, and '
                                     'convincing manner for the intended audience.',
 'dates-and-part-time-hours': 'In addition to describing duties performed, applicants must provide the exact '
                              'dates of each period of employment (from MM/YY to MM/YY) and the number of '
                              'hours worked per week if part time.',
 'deployment-dates': 'To accurately credit your experience for these intermittent positions, make sure to '
                     'list the dates (from MM/YY to MM/YY) of each deployment, along with the job title and '
                     'specific duties you were responsible for during each deployment.',
 'duties-and-hours-each-job': 'You must clearly identify the duties and responsibilities in each position '
                              'held and the total number of hours per week.',
 'each-job-dates-hours': 'For each job on your resume, provide: the exact dates you held each job (from '
                         'month/year to month/year) number of hours per week you worked (if part time).',
 'eligibility-by-closing': 'Applicants must meet eligibility requirements including time-in-grade (General '
                           'Schedule (GS) positions only), time-after-competitive appointment, minimum '
                           'qualifications, and any other regulatory requirements by the cut-off/closing '
                           'date of the announcement.',
 'employment-authority-categories': 'Only applicants who meet one of the employment authority categories '
                                    'below are eligible to apply for this job.',
 'equipped-with': 'You must have experience that has equipped you with the knowledge, skills and abilities '
                  'to successfully perform the duties of the position.',
 'equivalent-outside-federal-service': 'Your resume must also demonstrate at least one year of specialized '
                                       'experience at or equivalent to the GS-12 grade level or pay band in '
                                       'the Federal service or equivalent experience in the private or '
                                       'public sector.',
 'evaluated-on-areas': 'Your qualifications will be evaluated on the basis of your level of knowledge, '
                       'skills, abilities and/or competencies in the following areas:',
 'experience-outside-official-series': 'To receive credit for experience in your resume that is not within '
                                       'the official series and grade level of your official position, you '
                                       'must provide a copy of the appropriate and official documentation of '
                                       'such experience as indicated above.',
 'full-credit-dates-hours': 'To ensure full credit for your work experience, please indicate dates of '
                            'employment by month/year, and indicate number of hours worked per week, on your '
                            'resume.',
 'full-year-hours': 'A full year of work is considered to be 35-40 hours of work per week.',
 'information-found-here': 'Additional qualifications information can be found here.',
 'mostly-at-a-desk': 'Regular and recurring work is mostly sedentary involving sitting at a desk, although '
                     'the position requires the ability to move from one geographic location of the facility '
                     'to another.',
 'must-have-equipped': 'This experience must have equipped the applicant with the particular knowledge, '
                       'skills, and abilities to successfully perform the duties of the position.',
 'new-employee-step-1': 'If you are a new federal employee, your starting salary will likely be set at the '
                        'Step 1 of the grade for which you are selected.',
 'normal-line-of-progression': 'You must have one year of specialized experience equivalent to at least the '
                               'next lower grade GS-7 in the normal line of progression for the occupation '
                               'in the organization.',
 'one-year-is-required': 'One year of specialized experience equivalent in level of difficulty and '
                         'responsibility to that of the next lower grade (GS-07) within the federal service, '
                         'which demonstrates the ability to perform the duties of the position, is required.',
 'part-time-credit': 'Part-time experience will be credited on the basis of time actually spent in '
                     'appropriate activities.',
 'part-time-show': 'Applicants wishing to receive credit for such experience must indicate clearly the '
                   'nature of their duties and responsibilities in each position and the number of hours a '
                   'week spent in such employment.',
 'private-or-public-sector': 'Qualifying experience may be obtained in the private or public sector.',
 'program-analysis-methods': 'Examples of specialized experience include knowledge in the application of a '
                             'wide range of qualitative and/or quantitative methods for the assessment and '
                             'improvement of program effectiveness or the improvement of complex management '
                             'processes and systems.',
 'resume-and-transcripts': 'Your resume must clearly describe your relevant experience; if qualifying based '
                           'on education, your transcripts will be required as part of your application.',
 'resume-information-missing': 'As qualification determinations cannot be made when resumes do not include '
                               'the required information, failure to provide this information may result in '
                               'disqualification.',
 'roster-120-days': 'Due to the use of 120-day rosters, this period of experience may be completed within '
                    '120 days of the closing date of this announcement.',
 'sf50-additional': 'In this instance, you must provide an additional SF-50 that clearly demonstrates one '
                    'year time-in-grade.',
 'sf50-effective-date': 'If the most recent SF-50 has an effective date within the past year, it may not '
                        'clearly demonstrate that you possess one-year time-in-grade.',
 'sf50-time-in-grade-eligibility': 'An SF-50 that shows your time-in-grade eligibility must be submitted '
                                   'with your application materials.',
 'specialized-experience-definition': 'Specialized experience is experience that is typically in or related '
                                      'to the work of the position to be filled and has equipped you with '
                                      'the particular competencies needed to successfully perform the duties '
                                      'of the position.',
 'specialized-experience-directly-related': 'Specialized experience is experience which is directly related '
                                            'to the position which has equipped the applicant with the '
                                            'particular knowledge, skills and abilities (KSAs) to '
                                            'successfully perform the duties of the position.',
 'statistics-calculus': 'At least 15 of the 30 semester hours must have included any combination of '
                        'statistics and mathematics that included differential and integral calculus.',
 'substitute-education': 'For GS-9 level: Applicants may substitute education for the required experience.',
 'experience-and-or-education': 'You may qualify based on your experience and/or education as described below:',
 'transcripts-document': 'Additional information about transcripts is in this document.',
 'proof-of-eligibility-list': 'See Proof of Eligibility for an extensive list of document requirements for all '
                              'employment authorities.',
 'time-in-grade-current': 'Applicants who are current Federal employees and have held a GS grade any time in '
                          'the past 52 weeks must also meet time-in-grade requirements by the closing date '
                          'of this announcement.',
 'time-in-grade-one-year': 'One year at the GS-11 level is required to meet the time-in-grade requirements '
                           'for the GS-12 level.',
 'time-in-grade-reinstatement-veoa': 'Time-In-Grade requirements also apply to former Federal employees '
                                     'applying for reinstatement as well as current employees applying for '
                                     'Veterans Employment Opportunities Act of 1998 (VEOA) appointment.',
 'volunteer-credit': 'You will receive credit for all qualifying experience, including volunteer experience.',
 'volunteer-definition': 'Experience refers to paid and unpaid experience, including volunteer work done '
                         'through National Service programs (e.g., Peace Corps, AmeriCorps) and other '
                         'organizations (e.g., professional; philanthropic; religious; spiritual; community, '
                         'student, social).',
 'volunteer-value': 'Volunteer work helps build critical competencies, knowledge, and skills and can provide '
                    'valuable training and experience that translates directly to paid employment.',
 # round 17: OPM qualification-standard text (from the development corpus)
 'progressively-higher-graduate-education': "OR Master's or equivalent graduate degree or 2 full years of "
                                            'progressively higher level graduate education leading to such a degree.',
 'difficulty-and-responsibility': 'You must have one year of specialized experience at a level of difficulty and '
                                  'responsibility equivalent to the GS-12 grade level in the Federal service.',
 'typical-of-lower-grade': 'This definition of specialized experience is typical of work performed at the next '
                           'lower grade/level position in the federal service (GS-11).',
 'applicable-time-in-grade': 'Merit promotion applicants must meet applicable time-in\u00ad-grade requirements to be '
                             'considered eligible.',
 'it-experience-paid-unpaid-training': 'Experience must be IT related; the experience may be demonstrated by paid '
                                       'or unpaid experience and/or completion of specific, intensive training (for '
                                       'example, IT certification), as appropriate.',
 'superior-academic-achievement-curriculum': 'In order to be creditable under this provision, Superior Academic '
                                             'Achievement must have been gained in a curriculum that is qualifying '
                                             'for the position to be filled.',
 'graduate-education-in-excess': 'Only graduate education in excess of the amount required for the next lower '
                                 'grade level may be used to qualify applicants for positions at grade GS-07 and '
                                 'GS-09.',
 'qualification-standards-link': "For more information on these qualification standards, please visit OPM's web site at "
                                 'http://www.opm.gov/qualifications/standards/indexes/alph-ndx.asp.',
 'time-in-grade-52-weeks': 'Applicants who have held a General Schedule (GS) position within the last 52 weeks must '
                           'have 52 weeks of Federal service at the next lower grade or equivalent (GS-12).',
 'class-standing': '(1) Class Standing - Applicants must be in the upper third of the graduating class in the '
                   'college, university, or major subdivision, such as the College of Liberal Arts or the School of '
                   'Business Administration, based on completed courses;',
 'honor-society': '(3) Honor Society Membership - Applicants may be considered eligible based on membership in one '
                  'of the approved national scholastic honor societies listed by the Association of College Honor '
                  'Societies (https://www.achsnatl.org/).',
 'field-shows-ksas': "OR Master's or equivalent graduate degree in a field which demonstrates the knowledge, skills, "
                     'and abilities necessary to do the work of the position.',
 'foreign-education-evaluated-or-credited':
     'If you are using education completed in foreign colleges or universities to meet the qualification '
     'requirements, you must show that the education credentials have been evaluated by a private organization that '
     'specializes in interpretation of foreign education programs and such education has been deemed equivalent to '
     'that gained in an accredited U.S. education program; or full credit has been given for the courses at a U.S. '
     'accredited college or university.',
 'foreign-education-evaluated':
     'If you are using education completed in foreign colleges or universities to meet the qualification '
     'requirements, you must show the education credentials have been evaluated by a private organization that '
     'specializes in interpretation of foreign education.',
 'qualification-information-from-website': 'Additional qualification information can be found from the following '
                                           'Office of Personnel Management website:',
 'combination-computed-percentage': 'OR A combination of education and experience may be used to qualify for this '
                                    'position as long as the computed percentage of the requirements is at least '
                                    '100%.',
 'veoa-time-in-grade': 'NOTE: Applicants applying as VEOA candidates who are current GS civil service employees or '
                       'are prior GS civil service employees within the past 52 weeks must also meet time-in-grade '
                       'requirements.',
 'volunteered-national-service': 'If you have volunteered your service through a National Service program (e.g., '
                                 'Peace Corps, Americorps), we encourage you to apply and include this experience on '
                                 'your resume.',
 'equivalent-under-other-pay-systems': 'Applicants must possess one year of specialized experience equivalent to the '
                                       'GS-05 level or equivalent under other pay systems in the Federal service, '
                                       'military, or private sector.'}


def _boilerplate_only(text: str):
    return rewrite_posting(f"Analyst\n\n## Qualifications\n{text}\n", rules=["boilerplate"])


def _qualifications(text: str, rules: list[str] | None = None) -> str:
    return rewrite_posting(f"Analyst\n\n## Qualifications\n{text}\n", rules=rules).posting.qualifications or ""


def test_every_entry_has_a_sample_and_a_grade():
    assert set(SAMPLES) == {entry.key for entry in _BOILERPLATE}
    assert set(ABOVE) <= set(SAMPLES)
    assert all(ceiling > GRADE for ceiling, _why in ABOVE.values())


@pytest.mark.parametrize("key", sorted(SAMPLES))
def test_plain_form_reads_at_or_below_its_grade(key):
    result = _boilerplate_only(SAMPLES[key])
    plain = " ".join(c.replacement for c in result.changes if c.rule == "boilerplate" and f"({key})" in c.reason)
    assert plain, f"{key}: its sample is not rewritten"
    as_items = re.sub(r";\s*", ";\n- ", plain)  # a semicolon series is a list once the lists rule has run
    grade = score_readability(as_items).flesch_kincaid_grade
    assert grade <= ABOVE.get(key, (GRADE, ""))[0], f"{key}: grade {grade:.2f}: {plain}"


@pytest.mark.parametrize("entry", [e for e in load_glossary() if e.kind == "jargon"], ids=lambda e: e.key)
def test_glossary_explanation_reads_at_or_below_the_grade(entry):
    grade = score_readability(entry.explanation + ".").flesch_kincaid_grade
    assert grade <= GLOSSARY_ABOVE.get(entry.key, (GRADE, ""))[0], f"{entry.key}: grade {grade:.2f}"


@pytest.mark.parametrize("key", sorted(SAMPLES))
def test_every_sample_keeps_its_facts_and_is_idempotent(key):
    text = f"Analyst\n\n## Qualifications\nYou need 1 year at GS-12. {SAMPLES[key]} Apply by 06/22/2026.\n"
    result = rewrite_posting(text)
    assert lost_facts(text, result.text) == []
    again = rewrite_posting(result.posting)
    assert again.posting == result.posting
    assert again.changes == []


ROWS = [
    # OPM's volunteer statement: every kind of group kept, in everyday words; National Service examples as "such as"
    ("Experience refers to paid and unpaid experience, including volunteer work done through National Service "
     "programs (e.g., Peace Corps, AmeriCorps) and other organizations (e.g., professional; philanthropic; religious; "
     "spiritual; community, student, social).",
     "Both paid and unpaid experience count. This includes volunteer work in National Service programs, such as Peace Corps "
     "and AmeriCorps. It also includes volunteer work for other groups. Examples are professional, charity, faith, "
     "spiritual, community, student and social groups."),
    ("Experience refers to paid and unpaid experience, including volunteer work done through National Service "
     "Programs (i.e., Peace Corps, AmeriCorps) and other organizations (e.g., professional; philanthropic, "
     "religious/spiritual; community; student, social).",
     "Both paid and unpaid experience count. This includes volunteer work in National Service programs, such as Peace Corps "
     "and AmeriCorps. It also includes volunteer work for other groups. Examples are professional, charity, faith, "
     "spiritual, community, student and social groups."),
    # the other groups' examples copied into the programs' brackets (a slip of some postings): still every kind
    ("Experience refers to paid and unpaid experience, including volunteer work done through National Service "
     "programs (e.g., professional, philanthropic, religious, spiritual, community, student, social).",
     "Both paid and unpaid experience count. This includes volunteer work in National Service programs, such as "
     "professional, charity, faith, spiritual, community, student and social groups."),
    # near miss: a kind of group the table does not know: the examples are carried over as written
    ("Experience refers to paid and unpaid experience, including volunteer work done through National Service "
     "programs (e.g., Peace Corps, AmeriCorps) and other organizations (e.g., professional; fraternal; social).",
     "Both paid and unpaid experience count. This includes volunteer work in National Service programs, such as Peace Corps "
     "and AmeriCorps. It also includes volunteer work for other groups (e.g., professional; fraternal; social)."),
    # OPM competency definitions, clause by clause (the label and the clause order stay)
    ("1. Attention to Detail - Is thorough when performing work and conscientious about attending to detail.",
     "1. Attention to Detail - Is thorough in work and careful about details."),
    ("Problem Solving - Identifies problems; determines accuracy and relevance of information; uses sound judgment to "
     "generate and evaluate alternatives, and to make recommendations.",
     "Problem Solving - Identifies problems; checks if information is correct and relevant; uses sound judgment to "
     "come up with choices and weigh them, and to recommend what to do."),
    ("Oral Communication - Makes clear and convincing oral presentations to individuals and groups.",
     "Oral Communication - Gives clear and convincing talks to individuals and groups."),
    ("Listens to others, attends to nonverbal cues, and responds appropriately.",
     "Listens to others, notices unspoken cues, and responds in the right way."),
    ("Customer Service - Knows about available products and services; in committed to providing quality products and "
     "services.",
     "Customer Service - Knows what products and services are on offer; is committed to giving good products "
     "and services."),
    ("Written Communication - Writes in a clear, concise, organized, and convincing manner for the intended audience.",
     "Written Communication - Writes in a clear, brief, organized and convincing way for the intended readers."),
    (SAMPLES["competency-interpersonal-skills"],
     "Interpersonal Skills - Shows understanding, friendliness, courtesy, tact, empathy, concern and politeness to "
     "others; builds and keeps up good relationships with others; may include dealing well with people who are "
     "difficult, hostile or upset; relates well to people from different backgrounds and in different situations; is "
     "sensitive to cultural diversity, race, gender, disabilities and other differences between people."),
    # near misses: the same words in another clause are not the competency definition
    ("Is thorough when performing audits of 12 regional offices.", "Is thorough when performing audits of 12 regional offices."),
    ("Knows about available funding for 3 programs.", "Knows about available funding for 3 programs."),
    ("The office is committed to providing quality training.", "The office is committed to providing quality training."),
    ("Makes clear and convincing written presentations.", "Makes clear and convincing written presentations."),
    ("Determines accuracy of information in 40 reports.", "Determines accuracy of information in 40 reports."),
    # recurring standard sentences
    ("Qualifying experience may be obtained in the private or public sector.",
     "The experience you use to qualify can be from the private or public sector."),
    # plainreview: leave to use either sector ("can be from"), not a guess ("You may have gained ...")
    ("Qualifying experience may be obtained in either the public or private sector.",
     "The experience you use to qualify can be from the public or private sector."),
    ("Qualifying experience may be obtained in the private sector.",
     "Qualifying experience may be obtained in the private sector."),
    ("Additional qualifications information can be found here.", "You can read more about the qualifications here."),
    ("Additional information can be found here: https://www.opm.gov/qualifications",
     "You can read more here: https://www.opm.gov/qualifications"),
    ("Additional information can be found at https://www.opm.gov/qualifications",
     "Additional information can be found at https://www.opm.gov/qualifications"),
    ("Note: A full year of work is considered to be 35-40 hours of work per week.",
     "Note: A full year of work means 35-40 hours of work a week."),
    ("A full year of work is considered to be 2,087 hours.", "A full year of work is considered to be 2,087 hours."),
    ("An SF-50 that shows your time-in-grade eligibility must be submitted with your application materials.",
     "With your application, send an SF-50 that shows you meet the time-in-grade rule."),
    ("An SF-50 that shows your grade must be submitted with your application materials.",
     "An SF-50 that shows your grade must be submitted with your application materials."),
    ("All academic degrees and course work must be from accredited or pre-accredited institutions.",
     "All degrees and course work must be from schools that are accredited or pre-accredited."),
    ("All degrees must be from accredited institutions.", "All degrees must be from accredited institutions."),
    ("OR Applicants may substitute education for the experience required for the GS-09 level.",
     "OR You may use education instead of the experience required for the GS-09 level."),
    ("Applicants may substitute education for up to 6 months of the required experience.",
     "Applicants may substitute education for up to 6 months of the required experience."),
    ("You may qualify based on your experience and/or education as described below:",
     "You may qualify by your experience, your education, or both, as described below:"),
    ("Additional information about transcripts is in this document.",
     "You can read more about transcripts in this document."),
    ("See Proof of Eligibility for an extensive list of document requirements for all employment authorities.",
     "See Proof of Eligibility for a long list of the documents each employment authority needs."),
    # round 17: OPM qualification-standard text; every degree, year, grade and "or" path stays
    ("OR master's or equivalent graduate degree, or 2 full years of progressively higher level graduate education "
     "leading to such a degree, or LL.B. or J.D., if related.",
     "OR master's or equivalent graduate degree, or 2 full years of graduate study at ever higher levels leading to "
     "such a degree, or LL.B. or J.D., if related."),
    ("Ph.D. or equivalent doctoral degree or Three full years of progressively higher-level graduate education "
     "leading to a Ph.D. or equivalent doctoral degree.",
     "Ph.D. or equivalent doctoral degree or Three full years of graduate study at ever higher levels leading to a "
     "Ph.D. or equivalent doctoral degree."),
    ("2 full years of graduate education leading to such a degree.",
     "2 full years of graduate education leading to such a degree."),
    ("GS-14 SPECIALIZED EXPERIENCE: You must have 1 year of specialized experience at a level of difficulty and "
     "responsibility equivalent to the GS-13 grade level in the Federal service.",
     "GS-14 SPECIALIZED EXPERIENCE: You must have 1 year of specialized experience. It must be as hard and as "
     "responsible as work at the GS-13 grade level in the Federal service."),
    ("For the GS-07: You must have one year of specialized experience at a level of difficulty and responsibility "
     "equivalent to the GS-05 grade level.",
     "For the GS-07: You must have one year of specialized experience. It must be as hard and as responsible as work "
     "at the GS-05 grade level."),
    # near miss: another path follows the grade; the sentence is not cut before it
    ("You must have one year of specialized experience at a level of difficulty and responsibility equivalent to "
     "the GS-13 grade level, or a master's degree.",
     "You must have one year of specialized experience at a level of difficulty and responsibility equivalent to "
     "the GS-13 grade level, or a master's degree."),
    ("This definition of specialized experience is typical of work performed at the second lower grade/level "
     "position in the federal service (GG/GS-09).",
     "This definition of specialized experience is typical of work at the second lower grade or level in the "
     "federal service (GG/GS-09)."),
    ("This definition of specialized experience is typical of work performed at the next lower grade/level "
     "position in the federal service GS-12.",
     "This definition of specialized experience is typical of work at the next lower grade or level in the federal "
     "service GS-12."),
    ("This definition of specialized experience is typical of work performed at the GS-11 level.",
     "This definition of specialized experience is typical of work performed at the GS-11 level."),
    ("FEDERAL TIME-IN-GRADE (TIG) REQUIREMENT FOR GENERAL SCHEDULE (GS) POSITIONS: Merit promotion applicants must "
     "meet applicable time-in\u00ad-grade requirements to be considered eligible.",
     "FEDERAL TIME-IN-GRADE (TIG) REQUIREMENT FOR GENERAL SCHEDULE (GS) POSITIONS: To be eligible under merit "
     "promotion, you must meet the time-in-grade rules that apply to you."),
    ("For positions above the GS-05, applicants must meet applicable time-in-grade requirements to be considered "
     "eligible.",
     "To be eligible for jobs above the GS-05, you must meet the time-in-grade rules that apply to you."),
    ("Merit promotion applicants must meet applicable time-in-grade requirements by the closing date.",
     "Merit promotion applicants must meet applicable time-in-grade requirements by the closing date."),
    ("Experience must be IT related; the experience may be demonstrated by paid or unpaid experience and/or "
     "completion of specific, intensive training (for example, IT certification), as appropriate.",
     "Experience must be IT related; as appropriate, you may show it by paid or unpaid experience, by specific, "
     "intensive training you completed (for example, IT certification), or both."),
    ("The experience may be demonstrated by paid experience.", "The experience may be demonstrated by paid experience."),
    ("In order to be creditable under this provision, Superior Academic Achievement must have been gained in a "
     "curriculum that is qualifying for the position to be filled.",
     "Your Superior Academic Achievement counts under this rule only if you earned it in a course of study that "
     "qualifies for this job."),
    ("To be creditable, Superior Academic Achievement must be documented.",
     "To be creditable, Superior Academic Achievement must be documented."),
    ("Note: Only graduate education in excess of the amount required for the GS-09 grade level may be used to "
     "qualify applicants for positions at the grade GS-11.",
     "Note: For jobs at grade GS-11, you may count only part of your graduate study to qualify. Only the part beyond "
     "what the GS-09 grade level needs counts."),
    # plainreview: "grades" as the posting wrote it, and "only" leads (not "You may count graduate study ... But")
    ("Only graduate education in excess of the amount required for the next lower grade level may be used to qualify "
     "applicants for positions at grades GS-9 and GS-11.",
     "For jobs at grades GS-9 and GS-11, you may count only part of your graduate study to qualify. Only the part "
     "beyond what the next lower grade level needs counts."),
    ("Only graduate education in excess of the amount required for the GS-09 grade level may be used.",
     "Only graduate education in excess of the amount required for the GS-09 grade level may be used."),
    ("For more information on these qualification standards, please visit the United States Office of Personnel "
     "Management's website at https://www.opm.gov/policy-data-oversight/.",
     "To read more about these qualification standards, visit the United States Office of Personnel Management's "
     "website at https://www.opm.gov/policy-data-oversight/."),
    ("For more information on these qualification standards, please call 202-606-1800.",
     "For more information on these qualification standards, please call 202-606-1800."),
    ("Time in Grade Requirement: Applicants who have held a General Schedule (GS) position within the last 52 weeks "
     "must have 52 weeks of Federal service at the next lower grade or equivalent (GS-09).",
     "Time in Grade Requirement: Have you held a General Schedule (GS) job in the last 52 weeks? If so, you must have "
     "52 weeks of federal service at the next lower grade or equivalent (GS-09)."),
    ("Applicants who have held a General Schedule (GS) position within the last 52 weeks must have 52 weeks of "
     "Federal service at the GS-11 level.",
     "Applicants who have held a General Schedule (GS) position within the last 52 weeks must have 52 weeks of "
     "Federal service at the GS-11 level."),
    ("Superior Academic Achievement is based on: (1) Class Standing - Applicants must be in the upper third of the "
     "graduating class in the college, university, or major subdivision, such as the College of Liberal Arts or the "
     "School of Business Administration, based on completed courses; OR (2) Grade-Point Average.",
     "Superior Academic Achievement is based on: (1) Class Standing - You must be in the top third of your graduating "
     "class, based on completed courses. The class may be that of the college, the university, or a major "
     "subdivision. Examples are the College of Liberal Arts and the School of Business Administration; OR (2) "
     "Grade-Point Average."),
    ("a) Class Standing - upper third of the graduating class based on completed courses in the college, university, "
     "or major subdivision;",
     "a) Class Standing - upper third of the graduating class based on completed courses in the college, university, "
     "or major subdivision;"),
    ("(3) Honor Society Membership - Applicants may be considered eligible based on membership in one of the approved "
     "national scholastic honor societies listed by the Association of College Honor Societies.",
     "(3) Honor Society Membership - You may be eligible if you are a member of one of the approved national "
     "scholastic honor societies listed by the Association of College Honor Societies."),
    ("c) Election to membership in a national scholastic honor society.",
     "c) Election to membership in a national scholastic honor society."),
    ("1 year of graduate education in a field which demonstrates the knowledge, skills, and abilities necessary to "
     "do the work of the position, such as: Accounting.",
     "1 year of graduate education in a field that shows the knowledge, skills, and abilities you need to do this "
     "job, such as: Accounting."),
    ("A degree in a field which demonstrates the knowledge, skills, and abilities necessary to do the work of the "
     "position to be filled.",
     "A degree in a field which demonstrates the knowledge, skills, and abilities necessary to do the work of the "
     "position to be filled."),
    (SAMPLES["foreign-education-evaluated-or-credited"] + " For further information, visit: https://www.ed.gov/",
     "Do you use education from foreign colleges or universities to qualify? Then you must show one of these:\n"
     "- A private organization that specializes in interpreting foreign education programs has evaluated your "
     "education credentials. It found your education equivalent to that gained in an accredited U.S. education "
     "program.\n- You got full credit for the courses at a U.S. accredited college or university.\n\nFor further "
     "information, visit: https://www.ed.gov/"),
    (SAMPLES["foreign-education-evaluated"],
     "Do you use education from foreign colleges or universities to qualify? Then you must show that your education "
     "credentials were evaluated. A private organization that specializes in interpreting foreign education must "
     "have done this."),
    ("Volunteer work helps build critical competencies, knowledge, and skills, and provides valuable training and "
     "experience that translates directly to paid employment.",
     "Volunteer work helps you build important competencies, knowledge and skills. It gives you good training and "
     "experience that you can use directly in a paid job."),
    ("Volunteer work helps build critical competencies, knowledge, and skills and can provide valuable training and "
     "experience that translates directly to gain employment.",
     "Volunteer work helps build critical competencies, knowledge, and skills and can provide valuable training and "
     "experience that translates directly to gain employment."),
    ("Additional qualifications information can be found from the following Department of Defense website: "
     "https://www.dodciv.mil/",
     "You can read more about the qualifications on this Department of Defense website: https://www.dodciv.mil/"),
    ("Additional qualification information can be found from the following Navy website: https://www.navy.mil/",
     "Additional qualification information can be found from the following Navy website: https://www.navy.mil/"),
    (SAMPLES["combination-computed-percentage"],
     "OR You may combine education and experience to qualify for this job. The computed percentage of the "
     "requirements must then be at least 100%."),
    # near miss: "OR" glued to "A" is left for the glued-words rule (a match inside it would read "ORYou")
    ("ORA combination of education and experience may be used to qualify for this position as long as the computed "
     "percentage of the requirements is at least 100%.",
     "ORA combination of education and experience may be used to qualify for this position as long as the computed "
     "percentage of the requirements is at least 100%."),
    (SAMPLES["veoa-time-in-grade"],
     "NOTE: Are you applying as a VEOA candidate? Then you must also meet time-in-grade requirements if you are a GS "
     "civil service employee now, or were one within the past 52 weeks."),
    ("Applicants applying as VEOA candidates must also meet time-in-grade requirements.",
     "Applicants applying as VEOA candidates must also meet time-in-grade requirements."),
    (SAMPLES["volunteered-national-service"],
     "Have you volunteered through a National Service program (e.g., Peace Corps, Americorps)? If so, we encourage "
     "you to apply and include this experience on your resume."),
    ("If you have volunteered your service through a National Service program, we encourage you to apply.",
     "If you have volunteered your service through a National Service program, we encourage you to apply."),
    (SAMPLES["equivalent-under-other-pay-systems"],
     "You must have one year of specialized experience equal to the GS-05 level, or to that level under other pay "
     "systems. The experience can be in the Federal service, the military, or the private sector."),
    ("Applicants must possess one year of specialized experience equivalent to the GS-05 level or equivalent under "
     "other pay systems.",
     "Applicants must possess one year of specialized experience equivalent to the GS-05 level or equivalent under "
     "other pay systems."),
    # near miss: only one of the two paths is stated; the sentence stays whole (neither path is dropped or added)
    ("If you are using education completed in foreign colleges or universities to meet the qualification "
     "requirements, you must show that the education credentials have been evaluated by a private organization that "
     "specializes in interpretation of foreign education programs and such education has been deemed equivalent to "
     "that gained in an accredited U.S. education program.",
     "If you are using education completed in foreign colleges or universities to meet the qualification "
     "requirements, you must show that the education credentials have been evaluated by a private organization that "
     "specializes in interpretation of foreign education programs and such education has been deemed equivalent to "
     "that gained in an accredited U.S. education program."),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_standard_text_in_plain_words(text, expected):
    assert _qualifications(text, rules=["boilerplate"]) == expected
    again = _boilerplate_only(expected)
    assert again.changes == []  # the plain form is not standard text again


@pytest.mark.parametrize("text, _expected", ROWS)
def test_rows_keep_their_facts_with_every_rule(text, _expected):
    full = f"Analyst\n\n## Qualifications\n{text}\n"
    result = rewrite_posting(full)
    assert lost_facts(full, result.text) == []
    assert rewrite_posting(result.posting).changes == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the glossary's explanations, as the jargon rule adds them
        ("You must be at GS-12.", "You must be at GS-12. GS means General Schedule. That is the main federal pay scale."),
        ("Send your SF-50.",
         "Send your SF-50. SF-50 means the form that shows your federal job, grade and tenure. Its name is Notification "
         "of Personnel Action."),
        # regcheck: time-in-grade is not always the next lower grade (5 CFR 300.604(b): two grades lower for
        # two-grade-interval work at GS-6 to GS-11), and it is a floor ("no lower than"): the explanation holds for any
        # posting (tests/test_rewrite_legal_accuracy.py pins the regulation's cases)
        ("You must meet time-in-grade.",
         "You must meet time-in-grade. Time-in-grade means the rule that limits how fast you can move up in grade. You "
         "often need 52 weeks at the next lower grade or higher. For some jobs, two grades lower is enough. It applies "
         "if you held a General Schedule job in the past 52 weeks."),
        # plainreview: CTAP covers surplus and displaced employees; ICTAP gives priority, not first place (the
        # agency's own CTAP eligibles come first); regcheck: both need "well-qualified" (not "qualified"), as the agency
        # defines it, for a job at or below their grade (5 CFR 330 subparts F and G); what becomes career is the
        # appointment, after 3 years of total service (5 CFR 315.201 as amended in 2016: no longer "substantially
        # continuous"), and the career-conditional appointment is already permanent
        ("You may be eligible under CTAP.",
         "You may be eligible under CTAP. CTAP means a program that gives this agency's surplus or displaced employees "
         "the first chance at jobs. They must be well qualified, and the job must not be above their grade. We set "
         "what well qualified means for each job."),
        ("ICTAP eligibles may apply.",
         "ICTAP eligibles may apply. ICTAP means a program that gives displaced federal employees from other agencies "
         "priority for jobs. They must be well qualified, and the job must not be above their grade. The hiring "
         "agency sets what well qualified means for each job."),
        ("This is a career-conditional appointment.",
         "This is a career-conditional appointment. Career-conditional means a permanent federal appointment. It "
         "becomes a career appointment after you serve 3 years in total."),
        ("This job is in the excepted service.",
         "This job is in the excepted service. Excepted service means federal jobs outside the competitive service and "
         "the Senior Executive Service. They are filled under other hiring rules. Competitive service means federal "
         "jobs that follow the civil service hiring laws and the rules of the Office of Personnel Management. Many "
         "are filled through open competition."),
        # review (session 3): status and merit promotion as the rules define them, not "have or had a federal job"
        ("Status candidates may apply.",
         "Status candidates may apply. Status candidates means current federal employees with status, or former ones "
         "who can still be reinstated. Status comes with a career or career-conditional appointment. Career-conditional "
         "means a permanent federal appointment. It becomes a career appointment after you serve 3 years in total."),
        ("This is a merit promotion announcement.",
         "This is a merit promotion announcement. Merit promotion means the way agencies fill jobs from inside the "
         "federal workforce. It is open to people with federal status and to other groups the posting names."),
    ],
)
def test_glossary_explanations_in_plain_words(text, expected):
    assert _qualifications(text, rules=["jargon"]) == expected


EDUCATION_SENTENCE = ("You must have a master's or equivalent graduate degree or 2 full years of progressively higher level "
                      "graduate education leading to such a degree.")


@pytest.mark.parametrize(
    "series, expected",
    [
        # a series with OPM's positive education requirement: the requirement stays a requirement, in plain words
        ("1550", "You must have a master's or equivalent graduate degree or 2 full years of graduate study at ever "
                 "higher levels leading to such a degree."),
        # a series without one: the skills-first rule still makes the degree optional, as before this round
        ("2210", "You must have a master's or equivalent graduate degree or 2 full years of graduate study at ever "
                 "higher levels leading to such a degree, or equivalent experience."),
    ],
)
def test_opm_education_text_keeps_the_skills_first_rule(series, expected):
    posting = JobPosting(title="Analyst", series=series, education=EDUCATION_SENTENCE)
    result = rewrite_posting(posting, rules=["boilerplate", "skills-first-education"])
    assert result.posting.education == expected
    edu_rules = [c.rule for c in result.changes if c.rule == "skills-first-education"]
    assert edu_rules == ([] if series == "1550" else ["skills-first-education"])
    assert rewrite_posting(result.posting, rules=["boilerplate", "skills-first-education"]).changes == []


def test_plain_graduate_study_still_makes_the_degree_alternatives_list():
    """The lists rule puts OPM's graduate-education alternatives one per line; it also knows their plain form."""
    text = ("To qualify based on education for this grade level you must have a Ph.D. or equivalent doctoral degree or "
            "3 full years of progressively higher level graduate education leading to such a degree or LL.M., if related.")
    assert _qualifications(text, rules=["boilerplate", "lists"]) == (
        "To qualify based on education for this grade level you must have:\n- a Ph.D. or equivalent doctoral degree "
        "or\n- 3 full years of graduate study at ever higher levels leading to such a degree or\n- LL.M., if related.")
