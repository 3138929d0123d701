"""Render -> parse -> render: skillhire reads back what its own templates write.

A hiring manager renders a posting with a bundled template; ``parse_posting`` (and ``skillhire rewrite`` /
``skillhire lint``, which read a file through it) reads the rendering back. For the announcement templates whose
output ``parse_posting`` reads, ``usajobs-markdown`` (Markdown) and ``plain-text`` (text wrapped at 78 characters):

1. ``parse_posting(render(p))`` is *the same posting as printed*: every header field equals the field of
   :func:`printed` ``(p)`` and every text section has the same paragraphs and list items
   (:func:`~skillhire.template_filters.text_blocks`, the only reading of a section any template prints), where
   :func:`printed` is ``p`` with what the templates print differently from the field, and nothing else:

   - the title is the displayed title (the working title, else the title); the other one is printed as
     "Official title" when it differs (``official_title``, else the title under a working title);
   - a department equal to the agency, and a promotion potential equal to a grade, are printed once (not at all);
   - the address (``url``) and pooled facts (``participating_agencies``, ``shared_certificate``) are not printed by
     these two templates: a shared list is printed as the 5 U.S.C. 3318(b)(2) notice after the summary, and that
     paragraph is read back as the summary's text;
   - no ``fair_and_transparent`` text prints skillhire's standard notices, read back as the section's text.

2. ``render(parse_posting(render(p))) == render(p)``, byte for byte.

With an assessment, "How you will be evaluated" is written from the assessment and read back as the posting's
``evaluations`` text (:func:`evaluation_text`); rendering the parsed posting (with no assessment) gives the same
bytes.

``usajobs-html`` (HTML, read through :mod:`skillhire.html_page`) has the same two properties, with what it prints
differently from the other two stated in :func:`printed_html` and nothing else:

- 1. holds with ``printed`` as above, except that with no hiring paths, a clarification from the agency that opens
  with a list prints that list under "This job is open to" where the paths go (the template gives the
  clarification no heading of its own), so the list's items come back as the hiring paths and the rest as the
  clarification;
- 2. holds byte for byte for a posting with its own "Fair and transparent" text; with none, the template prints
  its standard notices as a ``<dl>``, read back as text (as from the other templates), which it prints as a
  ``<ul>``: rendering the parsed posting gives the bytes of ``printed_html(p)`` rendered, and the same bytes again
  from then on. With an assessment, its steps (``<strong>`` names) and categories (a ``<dl>``) come back as the
  text :func:`evaluation_text` states, and the rendering of that text is likewise the fixed point.

Not covered, on purpose: ``one-page-summary`` (an outreach flyer: five duties, the first summary paragraph);
``pooled-announcement`` (its agency list is printed as headed prose with the template's own explanation around
it, which ``parse_posting`` keeps as extra sections, not as ``participating_agencies``); ``extra_fields``
(printed, read back as summary text).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skillhire import (
    JobPosting,
    evaluation_from_assessment,
    load_sample_posting,
    parse_posting,
    render_posting,
)
from skillhire.posting import SECTION_FIELDS, Salary
from skillhire.rendering import EvaluationSection
from skillhire.template_filters import text_blocks
from tests.test_rendering import HOSTILE  # fields carrying HTML and Markdown, as a spreadsheet can

GOLDEN = Path(__file__).parent / "golden" / "render"
TEMPLATES = ("usajobs-markdown", "plain-text")
SECTIONS = [name for name, _ in SECTION_FIELDS]

SHARED_LIST_NOTICE = (
    "Other agencies may hire from this announcement. For 240 days after we issue the list of qualified applicants, "
    "other federal agencies may use it to fill jobs in the same occupational series and at a similar grade, without "
    "a new announcement (5 U.S.C. 3318(b)). We share your application only with the agencies you agree to."
)
STANDARD_NOTICES = [
    "Equal employment opportunity: The federal government does not discriminate in employment on the basis of "
    "race, color, religion, sex, national origin, political affiliation, marital status, disability, genetic "
    "information, age, membership in an employee organization, retaliation, parenthood, military service, or any "
    "other non-merit factor.",
    "Reasonable accommodation: Federal agencies must provide reasonable accommodation to applicants with "
    "disabilities where appropriate. If you need an accommodation for any part of the application process, "
    "contact the agency listed in this announcement.",
    "Financial suitability: We may check your credit and financial history if the job requires it, to make sure "
    "you can be trusted with public money or information.",
    "Selective Service: If you are a man born after December 31, 1959, you must be registered with the Selective "
    "Service System or have an exemption to be hired by a federal executive agency.",
    "New employee probationary period: If you are new to federal service, your first year may be a probationary "
    "period, during which we confirm you are a good fit for the job.",
    "Signature and false statements: When you apply, you confirm that what you tell us is true. A false statement "
    "can cost you the job, or lead to a fine or jail.",
    "Privacy Act: We use the information you give us only to decide whether to hire you, as the Privacy Act "
    "allows. Giving it is voluntary, but without it we may not be able to consider your application.",
    "Social Security number: We ask for your Social Security number to tell you apart from other applicants with "
    "similar names. Giving it is voluntary.",
]


CATEGORY_RATING_INTRO = (
    "We use category rating (5 U.S.C. 3319). You do not get a numerical score. Instead, we place you in one of the "
    "quality categories below. Your category depends on how well your experience and your answers show the skills "
    "this job needs:"
)


def evaluation_text(section: EvaluationSection) -> str:
    """The text "How you will be evaluated" holds when written from an assessment: its summary, its steps as a
    numbered list, the category-rating wording and the categories with their definitions, veterans' preference."""
    parts = [section.summary] if section.summary else []
    if section.hurdles:
        parts.append("\n".join(f"{n}. {h.name}. {h.description}" for n, h in enumerate(section.hurdles, start=1)))
    if section.rating_method == "category":
        parts.append(CATEGORY_RATING_INTRO)
        parts.append("\n".join(f"- {c.name}: {c.definition}" for c in section.quality_categories))
    if section.veterans_preference:
        parts.append(section.veterans_preference)
    return "\n\n".join(parts)


def printed(posting: JobPosting) -> JobPosting:
    """``posting`` as ``usajobs-markdown`` and ``plain-text`` print it (see the module docstring)."""
    shown = posting.display_title
    if posting.official_title and posting.official_title != shown:
        official = posting.official_title
    elif posting.working_title and posting.title and posting.title != posting.working_title:
        official = posting.title
    else:
        official = None
    summary = posting.summary
    if posting.shared_certificate or posting.participating_agencies:
        summary = f"{summary}\n\n{SHARED_LIST_NOTICE}" if summary else SHARED_LIST_NOTICE
    grades = (posting.grade_low, posting.grade_high)
    return posting.model_copy(
        update={
            "title": shown,
            "working_title": None,
            "official_title": official,
            "department": None if posting.department == posting.agency else posting.department,
            "promotion_potential": None if posting.promotion_potential in grades else posting.promotion_potential,
            "url": None,
            "participating_agencies": [],
            "shared_certificate": None,
            "summary": summary,
            "fair_and_transparent": posting.fair_and_transparent or "\n".join(f"- {n}" for n in STANDARD_NOTICES),
        }
    )


def printed_html(posting: JobPosting) -> JobPosting:
    """``posting`` as ``usajobs-html`` prints it: :func:`printed`, and with no hiring paths a clarification's opening
    list as the paths (see the module docstring)."""
    shown = printed(posting)
    blocks = text_blocks(posting.who_may_apply)
    if posting.hiring_paths or not blocks or blocks[0]["kind"] == "paragraph":
        return shown
    rest = [block["text"] if block["kind"] == "paragraph" else "\n".join(
        f"{'- ' if block['kind'] == 'ul' else f'{number}. '}{item}" for number, item in enumerate(block["items"], 1)
    ) for block in blocks[1:]]
    return shown.model_copy(update={"hiring_paths": blocks[0]["items"], "who_may_apply": "\n\n".join(rest) or None})


def same(parsed: JobPosting, expected: JobPosting) -> dict[str, tuple[object, object]]:
    """Where two postings differ: header fields by value, sections by their paragraphs and list items."""
    differ = {}
    for name in JobPosting.model_fields:
        a, b = getattr(parsed, name), getattr(expected, name)
        if name in SECTIONS or name == "who_may_apply":
            a, b = text_blocks(a), text_blocks(b)
        elif name == "extra_sections":
            a = {heading: text_blocks(text) for heading, text in a.items()}
            b = {heading: text_blocks(text) for heading, text in b.items()}
        if a != b:
            differ[name] = (a, b)
    return differ


def realistic() -> JobPosting:
    """A posting as a hiring manager fills one in: several locations, a duty list, promotion potential above the
    grades, hiring paths with a clarification, a working title, an hourly salary, and text with characters that
    Markdown escapes (``C++``, ``*``, ``_``, ``<``, ``#`` and ``1.`` at a line's start)."""
    return JobPosting.model_validate(
        {
            "title": "Management and Program Analyst",
            "working_title": "Customer Experience Designer",
            "series": "0343",
            "pay_plan": "GS",
            "grade_low": "11",
            "grade_high": "12",
            "promotion_potential": "13",
            "agency": "Office of Équité & Inclusion",
            "department": "Department of Veterans Affairs",
            "locations": ["Washington, DC", "Denver, CO", "Atlanta, GA", "Seattle, WA"],
            "openings": "4",
            "salary": {"min": 38.47, "max": 60.12, "per": "hour"},
            "open_date": "2026-05-04",
            "close_date": "2026-05-18",
            "appointment_type": "Term (13 months)",
            "work_schedule": "Full-time",
            "service_type": "Competitive",
            "hiring_paths": ["Current or former competitive service federal employees", "Veterans",
                             "Military spouses"],
            "who_may_apply": "Current VA employees in the Veterans Experience Office only.\nNo relocation is paid.",
            "telework_eligible": True,
            "remote": False,
            "travel_required": "25% or less",
            "supervisory_status": False,
            "drug_test": True,
            "announcement_number": "VA-CX-26-0417",
            "control_number": "812345600",
            "summary": "Make VA's online services easier to use for *every* veteran.\n\nYou will work with <engineers> "
            "and policy staff; snake_case names and C++ code are out of scope.",
            "duties": [
                "Plan and run usability tests with veterans, families and caregivers, including people who use "
                "screen readers or magnifiers.",
                "Map the journey from leaving the service to the first benefit payment, and find where it breaks.",
                "# of tests per quarter: report it to the program manager.",
                "Write plain-language content for VA.gov and review drafts written by others (see [style guide]).",
            ],
            "conditions_of_employment": "- You must be a U.S. citizen.\n- You must pass a background "
            "investigation.\n- 1. year of probation may apply.",
            "qualifications": "You need one year of specialized experience at the next lower grade (GS-10 for the "
            "GS-11 job, GS-11 for the GS-12 job), such as:\n- running usability tests;\n- writing plain-language "
            "content.\n\n1999 was a long time ago; experience from any year counts.",
            "how_to_apply": "1. Read this announcement.\n2. Apply on USAJOBS by 11:59 p.m. Eastern Time on "
            "May 18, 2026.\n3. Upload your resume and any documents listed above.",
            "agency_contact": "VA Hiring Team\nEmail: va.cx.jobs@va.gov\nPhone: 202-555-0148",
            "extra_sections": {"Telework and remote work": "You may telework up to three days a week after training."},
        },
        context={"check_grades": True},
    )




def cases() -> list[tuple[str, JobPosting]]:
    return [
        ("cx-strategist", load_sample_posting("cx-strategist")),
        ("data-scientist", load_sample_posting("data-scientist")),
        ("hostile", load_sample_posting("data-scientist").model_copy(update=HOSTILE)),
        ("realistic", realistic()),
    ]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("name, posting", cases(), ids=[name for name, _ in cases()])
def test_render_parse_render_gives_the_same_posting_and_the_same_bytes(
    name: str, posting: JobPosting, template: str
) -> None:
    first = str(render_posting(posting, template=template, check=False))
    parsed = parse_posting(first)
    assert same(parsed, printed(posting)) == {}
    assert str(render_posting(parsed, template=template, check=False)) == first


@pytest.mark.parametrize("name, posting", cases(), ids=[name for name, _ in cases()])
def test_html_render_parse_render_gives_the_same_posting_and_the_same_bytes(name: str, posting: JobPosting) -> None:
    first = str(render_posting(posting, template="usajobs-html", check=False))
    parsed = parse_posting(first)
    assert same(parsed, printed_html(posting)) == {}
    again = str(render_posting(parsed, template="usajobs-html", check=False))
    assert again == str(render_posting(printed_html(posting), template="usajobs-html", check=False))
    assert "<dt>Equal employment opportunity</dt>" in first and "<dl>" not in again.split('"fair-and-transparent"')[-1]
    # with the notices as the posting's own text, the same bytes at once
    own = posting.model_copy(update={"fair_and_transparent": printed(posting).fair_and_transparent})
    first = str(render_posting(own, template="usajobs-html", check=False))
    assert str(render_posting(parse_posting(first), template="usajobs-html", check=False)) == first


def test_html_hostile_fields_come_back_as_the_same_characters_never_as_markup() -> None:
    posting = load_sample_posting("data-scientist").model_copy(update=HOSTILE)
    parsed = parse_posting(str(render_posting(posting, template="usajobs-html", check=False)))
    assert (parsed.title, parsed.agency, parsed.locations) == (
        "<script>alert(1)</script> Data *Engineer*", "R&D [Lab](javascript:alert(1)) | Ops",
        ["Washington, DC", "<i>Remote</i>"],
    )
    assert (parsed.summary, parsed.duties, parsed.who_may_apply) == (
        "You will build `pipelines` and __dashboards__.\n\n- item <img src=x onerror=alert(1)>\n- # not a heading",
        "1. Plan <b>work</b>\n2. Ship it",
        "# Everyone\n\n> quoted\n\n+ plus",
    )


@pytest.mark.parametrize(
    "template, golden",
    [("usajobs-markdown", "realistic.usajobs-markdown.md"), ("plain-text", "realistic.plain-text.txt"),
     ("usajobs-html", "realistic.usajobs-html.html")],
)
def test_the_realistic_posting_renders_as_its_golden_file_and_again_from_the_file(
    template: str, golden: str, request: pytest.FixtureRequest
) -> None:
    text = str(render_posting(realistic(), template=template, check=False))
    path = GOLDEN / golden
    if request.config.getoption("--update-golden"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")
    # usajobs-html prints the standard notices it read back as text as a list, not its <dl> (module docstring)
    again = text if template != "usajobs-html" else str(render_posting(printed_html(realistic()), template=template,
                                                                      check=False))
    assert str(render_posting(parse_posting(path.read_text(encoding="utf-8")), template=template, check=False)) == again


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("name, posting", cases(), ids=[name for name, _ in cases()])
def test_with_an_assessment_the_evaluation_comes_back_as_text_that_renders_the_same(
    name: str, posting: JobPosting, template: str
) -> None:
    first = str(render_posting(posting, template=template, assessment="smeqa-standard", check=False))
    parsed = parse_posting(first)
    expected = printed(posting).model_copy(
        update={"evaluations": evaluation_text(evaluation_from_assessment("smeqa-standard"))}
    )
    assert same(parsed, expected) == {}
    assert str(render_posting(parsed, template=template, check=False)) == first
    if template == "usajobs-markdown":  # before: '1. **Resume review.** ...' came back as '\*\*Resume review.\*\*'
        section = first.split("## How you will be evaluated\n")[1].split("\n## ")[0]
        assert "*" not in section and section.startswith("\nWe assess everyone who applies the same way")


@pytest.mark.parametrize("name, posting", cases(), ids=[name for name, _ in cases()])
def test_html_with_an_assessment_the_evaluation_comes_back_as_text(name: str, posting: JobPosting) -> None:
    first = str(render_posting(posting, template="usajobs-html", assessment="smeqa-standard", check=False))
    parsed = parse_posting(first)
    expected = printed_html(posting).model_copy(
        update={"evaluations": evaluation_text(evaluation_from_assessment("smeqa-standard"))}
    )
    assert same(parsed, expected) == {}
    again = str(render_posting(parsed, template="usajobs-html", check=False))
    assert again == str(render_posting(expected, template="usajobs-html", check=False))
    assert str(render_posting(parse_posting(again), template="usajobs-html", check=False)) == again


# --- the three defects, each with its exact output ---------------------------------------------------------------


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_agency_line_under_the_title_is_not_read_as_an_introduction(template: str) -> None:
    parsed = parse_posting(str(render_posting(load_sample_posting("data-scientist"), template=template, check=False)))
    assert (parsed.extra_sections, parsed.agency, parsed.department) == (
        {}, "U.S. Census Bureau", "Department of Commerce"
    )  # before: {'Introduction': 'U.S. Census Bureau, Department of Commerce'}


@pytest.mark.parametrize(
    "text, summary, extra",
    [
        # the line only repeats the header's agency and department: the template's subtitle
        ("# Analyst\n\nGSA, Treasury\n\nAgency: GSA\nDepartment: Treasury\n\n## Summary\n\nWe help.\n", "We help.", {}),
        ("# Analyst\n\nGSA\n\nAgency: GSA\n\n## Summary\n\nWe help.\n", "We help.", {}),
        # anything else before the first heading is kept, as before
        ("# Analyst\n\nGSA, Treasury, Room 5\n\nAgency: GSA\nDepartment: Treasury\n\n## Summary\n\nWe help.\n",
         "We help.", {"Introduction": "GSA, Treasury, Room 5"}),
        ("# Analyst\n\nIRS\n\nAgency: GSA\n\n## Summary\n\nWe help.\n", "We help.", {"Introduction": "IRS"}),
        ("# Analyst\n\nGSA\n\n## Summary\n\nWe help.\n", "We help.", {"Introduction": "GSA"}),  # no agency given
    ],
)
def test_a_subtitle_is_dropped_only_when_it_repeats_the_header(text: str, summary: str, extra: dict) -> None:
    parsed = parse_posting(text)
    assert (parsed.summary, parsed.extra_sections) == (summary, extra)


def test_the_standard_notices_come_back_as_text_that_renders_the_same_not_escaped() -> None:
    first = str(render_posting(load_sample_posting("data-scientist"), template="usajobs-markdown", check=False))
    parsed = parse_posting(first)
    assert parsed.fair_and_transparent == "\n".join(f"- {notice}" for notice in STANDARD_NOTICES)
    again = str(render_posting(parsed, template="usajobs-markdown", check=False))
    assert "\\*\\*" not in again  # before: '- \*\*Equal employment opportunity:\*\* The federal ...'
    assert again.endswith(
        "- Social Security number: We ask for your Social Security number to tell you apart from other applicants "
        "with similar names. Giving it is voluntary.\n"
    )


def test_wrapped_plain_text_comes_back_one_paragraph_per_paragraph() -> None:
    first = str(render_posting(load_sample_posting("data-scientist"), template="plain-text", check=False))
    assert "Help the country understand itself. At the Census Bureau you will use\nstatistics" in first
    parsed = parse_posting(first)
    assert parsed.summary == (
        "Help the country understand itself. At the Census Bureau you will use statistics, machine learning and "
        "large data sets to improve how we count people and businesses, and to publish numbers the public can trust."
    )  # before: three paragraphs, one per wrapped line
    assert parsed.duties.splitlines()[:2] == [
        "- Build and test statistical and machine learning models that improve our",
        "  surveys and the 2030 Census.",
    ]  # a list item's wrapped line stays under its item, which text_blocks joins
    assert parsed.duty_items[0] == (
        "Build and test statistical and machine learning models that improve our surveys and the 2030 Census."
    )


# 74 characters: "people." (7) does not fit after it in 78, so the template wraps there
_LONG = "We help people and firms across the country, in every state and territory,"
_SHORT = "We help people and firms across the country, in every state and"  # 63: "people." fits


@pytest.mark.parametrize(
    "text, expected",
    [
        # no '='-underlined title: each line is its own paragraph, as USAJOBS text is read (unchanged)
        ("Analyst\n\nSummary\nWe help people.\nWe count people.\n", "We help people.\nWe count people."),
        ("Analyst\n-------\n\nSummary\n-------\nWe help people.\nWe count people.\n", "We help people.\nWe count people."),
        # an '='-underlined title: skillhire's wrapped plain text, the lines of a paragraph it wrapped at 78 joined
        ("Analyst\n=======\n\nSummary\n-------\n" + _LONG + "\npeople.\n", _LONG + " people."),
        # ... and only those: a line whose first word fits on the line above was never wrapped (a person's text
        # under an underlined title, one statement a line; before: joined into one paragraph)
        ("Analyst\n=======\n\nSummary\n-------\nWe help people.\nWe count people.\n", "We help people.\nWe count people."),
        ("Analyst\n=======\n\nSummary\n-------\n" + _SHORT + "\npeople.\n", _SHORT + "\npeople."),
        ("Analyst\n=======\n\nSummary\n-------\nWe help.\n\nWe count.\n", "We help.\n\nWe count."),
        ("Analyst\n=======\n\nSummary\n-------\nWe help:\n- people\n  and firms.\nThen we count.\n",
         "We help:\n- people\n  and firms.\nThen we count."),
        # Markdown that underlines its title and uses '#' headings below it: Markdown, read as before
        ("Analyst\n=======\n\n## Summary\nWe help people.\nWe count people.\n\n## Duties\n- Plan.\n",
         "We help people.\nWe count people."),
    ],
)
def test_lines_are_joined_only_in_wrapped_plain_text(text: str, expected: str) -> None:
    assert parse_posting(text).summary == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # the template wrapped these before a "2)" (a USAJOBS evaluation, ac-623172200) or a "1." of their own
        "Examples include: 1) mathematical techniques to understand and interpret data. 2) Computational techniques.",
        "You must meet one of these rules to qualify for this job, at the least, then: 1. A degree.",
    ],
)
def test_a_wrapped_paragraph_line_that_starts_like_a_list_item_stays_in_its_paragraph(paragraph: str) -> None:
    posting = JobPosting(title="Analyst", agency="U.S. Census Bureau", summary=paragraph, duties="- Plan.")
    first = str(render_posting(posting, template="plain-text", check=False))
    assert "\n2) Computational" not in first and "\n1. A degree." not in first  # text_to_plain no longer wraps there
    parsed = parse_posting(first)
    assert parsed.summary == paragraph  # before: the paragraph, then a list item '2) Computational techniques.'
    assert str(render_posting(parsed, template="plain-text", check=False)) == first


def test_a_hash_line_in_wrapped_plain_text_is_text_not_a_heading() -> None:
    text = "Analyst\n=======\n\nSummary\n-------\n# Everyone\nmay apply.\n\nDuties\n------\n- Plan.\n"
    parsed = parse_posting(text)
    assert (parsed.summary, parsed.duties, parsed.extra_sections) == ("# Everyone\nmay apply.", "- Plan.", {})


@pytest.mark.parametrize(
    "text, expected",
    [
        # Markdown with '#' headings: escapes read as the characters
        ("# Analyst\n\n## Summary\n\nUse \\*stars\\*, a\\_b\\_ and &lt;tags&gt;; 1\\. and \\- stay.\n",
         "Use *stars*, a_b_ and <tags>; 1. and - stay."),
        ("# Analyst\n\n## Summary\n\nA typed \\&lt; and C:\\Users stay.\n", "A typed &lt; and C:\\Users stay."),
        # every escape and entity CommonMark reads (before: only some; '\$', '&amp;' and '&#8212;' stayed as typed)
        ('# Analyst\n\n## Summary\n\nPay: \\$99,200 \\(GS\\-13\\); 100\\% \\"remote\\"\\? a\\\\b\n',
         'Pay: $99,200 (GS-13); 100% "remote"? a\\b'),
        ("# Analyst\n\n## Summary\n\nAT&amp;T &#8212; R&amp;D &copy; &#x41; &bogus; &ampx;\n",
         "AT&T \u2014 R&D \u00a9 A &bogus; &ampx;"),
        # a code span keeps its backslashes and entities, as Markdown shows them
        ("# Analyst\n\n## Summary\n\nRun `C:\\*` and ``a ` &lt; b``, not \\*this\\* or \\`x\\`.\n",
         "Run `C:\\*` and ``a ` &lt; b``, not *this* or `x`."),
        # no Markdown heading: text as it is
        ("Analyst\n\nSummary\nUse \\*stars\\* &lt;here&gt;.\n", "Use \\*stars\\* &lt;here&gt;."),
    ],
)
def test_markdown_escapes_are_read_only_in_markdown(text: str, expected: str) -> None:
    assert parse_posting(text).summary == expected


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_heading_typed_in_a_field_is_text_in_both_templates(template: str) -> None:
    # plain-text prints a field's '## Duties' line as it is; it made the whole rendering read as Markdown (its
    # underlined headings, its backslashes): the summary lost its line and the duties took it
    posting = JobPosting(title="Analyst", agency="U.S. Census Bureau", summary="We count.\n## Duties\nNot a heading.",
                         duties="- Plan.")
    first = str(render_posting(posting, template=template, check=False))
    parsed = parse_posting(first)
    assert (parsed.summary, parsed.duties) == ("We count.\n\n## Duties\n\nNot a heading.", "- Plan.")  # a paragraph a line
    assert str(render_posting(parsed, template=template, check=False)) == first


@pytest.mark.parametrize("line", ["QUALIFICATIONS", "CLARIFICATION FROM THE AGENCY", "EDUCATION"])
def test_a_section_name_in_capitals_in_a_field_is_text_in_plain_text(line: str) -> None:
    # plain-text prints its own subheadings in capitals only under "Requirements" and "This job is open to";
    # a summary's line in capitals was read as a heading there (the summary lost the lines after it)
    posting = JobPosting(title="Analyst", agency="U.S. Census Bureau", summary=f"We count.\n{line}\nNot a heading.",
                         duties="- Plan.", qualifications="One year.", hiring_paths=["The public"], who_may_apply="All.")
    first = str(render_posting(posting, template="plain-text", check=False))
    parsed = parse_posting(first)
    assert same(parsed, printed(posting)) == {}
    assert str(render_posting(parsed, template="plain-text", check=False)) == first


def test_capitals_headings_still_head_text_with_no_underlined_sections() -> None:
    # a person's text under an underlined title, with USAJOBS's headings in capitals: headings, as before
    parsed = parse_posting("Data Scientist\n==============\n\nDUTIES\nBuild models.\n\nQUALIFICATIONS\nOne year.\n")
    assert (parsed.summary, parsed.duties, parsed.qualifications) == (None, "Build models.", "One year.")


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_comment_line_in_a_field_comes_back(template: str) -> None:
    # plain-text prints a field's '<!-- ... -->' line as it is (Markdown escapes its '<'): it was dropped as an HTML
    # comment
    posting = JobPosting(title="Analyst", agency="U.S. Census Bureau", summary="<!-- a note -->", duties="- Plan.")
    first = str(render_posting(posting, template=template, check=False))
    assert parse_posting(first).summary == "<!-- a note -->"
    assert str(render_posting(parse_posting(first), template=template, check=False)) == first


def test_a_markdown_header_value_on_the_next_line_or_wrapped_is_read_with_its_escapes() -> None:
    # before: 'R\\&D \\[Lab\\]' and 'Washington \\[HQ\\] ...', the escapes kept
    text = "# Analyst\n\nAgency:\nR\\&D \\[Lab\\]\nLocation: Washington\n    \\[HQ\\] \\*main\\*\n\n## Duties\n\n- Plan.\n"
    parsed = parse_posting(text)
    assert (parsed.agency, parsed.locations, parsed.duties) == ("R&D [Lab]", ["Washington [HQ] *main*"], "- Plan.")


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize(
    "title", ["Emergency Management Specialist (GIS) (Geospatial and Data Analytics Cell Analyst) Intermittent", "IT", "X"]
)
def test_a_title_longer_than_80_characters_or_shorter_than_3_comes_back_alone(template: str, title: str) -> None:
    # a USAJOBS title of 95 characters, or a working title of 2: plain-text's '=' underline of it was read as text,
    # an "Introduction" of '=====...' (or '==') and the subtitle, which rendered again as a second summary
    posting = JobPosting(title=title, agency="Federal Emergency Management Agency", summary="We help.")
    first = str(render_posting(posting, template=template, check=False))
    parsed = parse_posting(first)
    assert (parsed.title, parsed.summary, parsed.extra_sections) == (title, "We help.", {})
    assert str(render_posting(parsed, template=template, check=False)) == first


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("title", ["Developer C#", "F# and C#", "C# Developer"])
def test_a_heading_ending_in_c_sharp_keeps_its_hash(template: str, title: str) -> None:
    # a heading's closing '#' run needs a space before it (CommonMark): 'Developer C#' came back as 'Developer C',
    # and so did an extra section 'Notes on C#', in both templates
    posting = JobPosting(title=title, agency="U.S. Census Bureau", summary="We count.", extra_sections={"Notes on C#": "x"})
    first = str(render_posting(posting, template=template, check=False))
    parsed = parse_posting(first)
    assert (parsed.title, list(parsed.extra_sections)) == (title, ["Notes on C#"])
    assert str(render_posting(parsed, template=template, check=False)) == first
    assert parse_posting("# Analyst ##\n\n## Duties ##\n\n- Plan.\n").duties == "- Plan."  # a closing run still closes


@pytest.mark.parametrize("template", TEMPLATES)
def test_an_extra_sections_heading_comes_back_as_it_was_written(template: str) -> None:
    # its heading was read with its Markdown escapes: '## Telework \[optional\] \*new\*' came back as the key
    # 'Telework \\[optional\\] \\*new\\*', which rendered again as '## Telework \\\[optional...'
    extra = {"Telework [optional] *new*": "Two days a week.", "Pay & <benefits> | 2026": "Leave_and_pay."}
    posting = JobPosting(title="Analyst", agency="U.S. Census Bureau", summary="We count.", extra_sections=extra)
    first = str(render_posting(posting, template=template, check=False))
    parsed = parse_posting(first)
    assert parsed.extra_sections == extra
    assert str(render_posting(parsed, template=template, check=False)) == first


@pytest.mark.parametrize(
    "printed_salary, expected",
    [
        ("$2,000 to $3,000 per two weeks", Salary(min=2000, max=3000, per="biweekly")),  # before: per week
        ("$2,000 to $3,000 per week", Salary(min=2000, max=3000, per="week")),
        ("$38.47 to $60.12 per hour", Salary(min=38.47, max=60.12, per="hour")),
        # the first period named, a whole word (before: biweekly, day, day, year)
        ("$99,200 to $128,956 per year; paid every two weeks", Salary(min=99200, max=128956, per="year")),
        ("$99,200 to $128,956 per year plus holiday pay", Salary(min=99200, max=128956, per="year")),
        ("$99,200 to $128,956 per year (Monday to Friday)", Salary(min=99200, max=128956, per="year")),
        ("$500 daily", Salary(min=500, max=500, per="day")),
        ("$3,000 to $4,000 bi-weekly", Salary(min=3000, max=4000, per="biweekly")),
    ],
)
def test_a_printed_salary_period_is_read_back(printed_salary: str, expected: Salary) -> None:
    assert parse_posting(f"Analyst\nSalary: {printed_salary}\n").salary == expected


# --- the same as a property over generated postings ---------------------------------------------------------------

_WORD = st.sampled_from(
    "data research veterans plan test build review team agency public service users design federal program "
    "analysis report money 2030 GS-13 U.S. C++ a_b *now* <b> & 50% $1,000 (PCS) i.e., e-mail 3.5 #1 x".split()
)


def _sentence(min_words: int = 3, max_words: int = 40) -> st.SearchStrategy[str]:
    return st.lists(_WORD, min_size=min_words, max_size=max_words).map(lambda words: " ".join(words).capitalize() + ".")


def _section() -> st.SearchStrategy[str]:
    paragraph = _sentence()
    bullets = st.lists(_sentence(), min_size=1, max_size=4).map(lambda items: "\n".join(f"- {i}" for i in items))
    numbered = st.lists(_sentence(), min_size=1, max_size=4).map(
        lambda items: "\n".join(f"{n}. {i}" for n, i in enumerate(items, start=1))
    )
    return st.lists(st.one_of(paragraph, bullets, numbered), min_size=1, max_size=3).map("\n\n".join)


_PLACES = ["Washington, DC", "Denver, CO", "Atlanta, GA", "Seattle, WA", "Remote", "Honolulu, HI", "Kansas City, MO"]
_PATHS = ["The public", "Veterans", "Military spouses", "Current federal employees", "Individuals with disabilities"]


@st.composite
def postings(draw: st.DrawFn) -> JobPosting:
    low = draw(st.integers(5, 14))
    high = draw(st.integers(low, 15))
    data: dict[str, object] = {
        "title": draw(st.sampled_from(["Data Scientist", "IT Specialist (APPSW)", "Management and Program Analyst",
                                       "IT", "Developer C#", "Emergency Management Specialist (GIS) (Geospatial and "
                                       "Data Analytics Cell Analyst) Intermittent"])),
        "pay_plan": "GS",
        "grade_low": str(low),
        "grade_high": str(high),
        "promotion_potential": str(draw(st.integers(high, 15))),
        "series": draw(st.sampled_from(["0301", "0343", "1560", "2210"])),
        "agency": draw(st.sampled_from(["U.S. Census Bureau", "General Services Administration", "Office of A & B"])),
        "department": draw(st.sampled_from([None, "Department of Commerce", "General Services Administration"])),
        "locations": draw(st.lists(st.sampled_from(_PLACES), unique=True, max_size=5)),
        "hiring_paths": draw(st.lists(st.sampled_from(_PATHS), unique=True, max_size=4)),
        "telework_eligible": draw(st.sampled_from([None, True, False])),
        "salary": draw(st.sampled_from([None, Salary(min=99200, max=153354), Salary(min=38.47, max=60.12, per="hour"),
                                        Salary(min=2000, max=3000, per="biweekly")])),
        "close_date": dt.date(2026, 4, 20),
        "open_date": draw(st.sampled_from([None, dt.date(2026, 4, 6)])),
        "working_title": draw(st.sampled_from([None, "Machine Learning Engineer"])),
        "shared_certificate": draw(st.sampled_from([None, True, False])),
    }
    if draw(st.booleans()):
        data["who_may_apply"] = draw(_section())
    for name in draw(st.lists(st.sampled_from(SECTIONS), unique=True, max_size=8)):
        data[name] = draw(_section())
    headings = st.sampled_from(["Telework [optional]", "Notes on C#", "Pay & <benefits>", "Q&A", "AI"])
    data["extra_sections"] = draw(st.dictionaries(headings, _section(), max_size=2))
    return JobPosting.model_validate(data, context={"check_grades": True})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posting=postings(), template=st.sampled_from(TEMPLATES))
def test_render_parse_render_property(posting: JobPosting, template: str) -> None:
    first = str(render_posting(posting, template=template, check=False))
    parsed = parse_posting(first)
    assert same(parsed, printed(posting)) == {}
    assert str(render_posting(parsed, template=template, check=False)) == first


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posting=postings(), own_notices=st.booleans())
def test_html_render_parse_render_property(posting: JobPosting, own_notices: bool) -> None:
    if own_notices:
        posting = posting.model_copy(update={"fair_and_transparent": printed(posting).fair_and_transparent})
    first = str(render_posting(posting, template="usajobs-html", check=False))
    parsed = parse_posting(first)
    assert same(parsed, printed_html(posting)) == {}
    again = str(render_posting(parsed, template="usajobs-html", check=False))
    assert again == str(render_posting(printed_html(posting), template="usajobs-html", check=False))
    if own_notices and printed_html(posting) == printed(posting):  # nothing printed differently: the same bytes
        assert again == first


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("title, heading", [("Analyst", "Notes #"), ("Programmer C #", "Tools ##"), ("C#", "F# and C#")])
def test_a_heading_ending_in_a_hash_keeps_it(template: str, title: str, heading: str) -> None:
    # plain-text underlines a heading as it is; read as a '#' heading, its ' #' was taken for a closing run and lost
    posting = JobPosting(title=title, agency="U.S. Census Bureau", summary="We count.", duties="- Plan.",
                         extra_sections={heading: "Some text."})
    first = str(render_posting(posting, template=template, check=False))
    parsed = parse_posting(first)
    assert (parsed.title, parsed.extra_sections) == (title, {heading: "Some text."})
    assert str(render_posting(parsed, template=template, check=False)) == first


@pytest.mark.parametrize(
    "text, expected",
    [
        # a line that starts like an item is an item, also at the column of the item's text above it: a person's
        # nested list flattens rather than merging into its parent item (text_to_plain never wraps an item before
        # such a word, so skillhire's own plain text needs no exception)
        ("1. as a GS-07 or GS-09:\n   1. Professional knowledge.\n2. Ability.",
         [{"kind": "ol", "items": ["as a GS-07 or GS-09:", "Professional knowledge.", "Ability."]}]),
        ("- Class Standing\n  - upper third.\n- GPA.", [{"kind": "ul", "items": ["Class Standing", "upper third.", "GPA."]}]),
        ("10. Ten items:\n    2) two.", [{"kind": "ol", "items": ["Ten items:", "two."]}]),
        # not at the item's text column, or after a blank line: an item, as before
        ("1. One.\n  - a.\n  - b.", [{"kind": "ol", "items": ["One."]}, {"kind": "ul", "items": ["a.", "b."]}]),
        ("- One.\n    - a.", [{"kind": "ul", "items": ["One.", "a."]}]),
        ("1. One.\n\n   2. Two.", [{"kind": "ol", "items": ["One.", "Two."]}]),
        ("We count.\n  1. One.", [{"kind": "paragraph", "text": "We count."}, {"kind": "ol", "items": ["One."]}]),
        # an indented line that is no item continues the item at any column, as before
        ("- One\n      more.", [{"kind": "ul", "items": ["One more."]}]),
    ],
)
def test_text_blocks_an_item_wrapped_before_a_number(text: str, expected: list) -> None:
    assert text_blocks(text) == expected


@pytest.mark.parametrize("template", TEMPLATES)
def test_an_item_wrapped_before_a_number_comes_back_as_one_item(template: str) -> None:
    # ac-615452900's qualifications: a numbered item whose wrapped line starts with '1.' read back as two items
    # (7 instead of 6); in Markdown the '1.' is escaped
    item = ("Your qualifications will be evaluated on the basis of your level of knowledge skills and abilities in the "
            "following areas as a GS-07 or GS-09: 1. Professional knowledge of computer science.")
    posting = JobPosting(title="Analyst", agency="U.S. Census Bureau", summary="We count.",
                         qualifications=f"1. One year of experience.\n2. {item}\n3. Ability to communicate.")
    first = str(render_posting(posting, template=template, check=False))
    if template == "plain-text":
        assert "\n   1. Professional" not in first  # it wrapped the item before its '1.' (lead: now it never does)
    parsed = parse_posting(first)
    assert text_blocks(parsed.qualifications) == [
        {"kind": "ol", "items": ["One year of experience.", item, "Ability to communicate."]}]
    assert str(render_posting(parsed, template=template, check=False)) == first


@pytest.mark.parametrize("line", ["QUALIFICATIONS", "CLARIFICATION FROM THE AGENCY", "EDUCATION", "DUTIES"])
def test_a_section_name_in_capitals_in_a_field_is_text_in_markdown(line: str) -> None:
    # usajobs-markdown heads every section with '#': a summary's 'QUALIFICATIONS' line was read as that section's
    # heading (the summary lost the lines after it)
    posting = JobPosting(title="Analyst", agency="U.S. Census Bureau", summary=f"We count.\n{line}\nNot a heading.",
                         duties="- Plan.", qualifications="One year.", hiring_paths=["The public"], who_may_apply="All.")
    first = str(render_posting(posting, template="usajobs-markdown", check=False))
    parsed = parse_posting(first)
    assert same(parsed, printed(posting)) == {}
    assert parsed.summary == f"We count.\n\n{line}\n\nNot a heading."
    assert str(render_posting(parsed, template="usajobs-markdown", check=False)) == first


@pytest.mark.parametrize(
    "text, expected",
    [
        # pasted USAJOBS text under '#' headings: its subheadings in capitals under "Requirements" and "This job is
        # open to" still head their sections
        ("# Analyst\n\n## Duties\n- Plan.\n\n## Requirements\n\nCONDITIONS OF EMPLOYMENT\n- US citizen.\n\n"
         "QUALIFICATIONS\nOne year.\n\nEDUCATION\nNone.\n\n## This job is open to\n- The public\n\n"
         "CLARIFICATION FROM THE AGENCY\nAll.\n",
         {"duties": "- Plan.", "conditions_of_employment": "- US citizen.", "qualifications": "One year.",
          "education": "None.", "who_may_apply": "All."}),
        # elsewhere, or for a section that has a '#' heading of its own, such a line is text
        ("# Analyst\n\n## Duties\n- Plan.\nEDUCATION\nNone.\n",
         {"duties": "- Plan.\nEDUCATION\nNone.", "education": None}),
        ("# Analyst\n\n## Requirements\nQUALIFICATIONS\nSee below.\n\n### Qualifications\nOne year.\n",
         {"conditions_of_employment": "QUALIFICATIONS\nSee below.", "qualifications": "One year."}),
        # with no '#' heading for a known section, every known heading alone on its line is one, as before
        ("# Analyst\n\nDUTIES\n- Plan.\nEDUCATION\nNone.\n", {"duties": "- Plan.", "education": "None."}),
    ],
)
def test_capitals_headings_in_markdown_where_usajobs_prints_them(text: str, expected: dict) -> None:
    parsed = parse_posting(text)
    assert {name: getattr(parsed, name) for name in expected} == expected
