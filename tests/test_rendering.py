
"""Posting templates: bundled templates, golden files, HTML structure, strictness, sandbox, batch and checks."""

from __future__ import annotations

import csv
import datetime as dt
import json
import pickle
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skillhire import (
    JobPosting,
    PostingCheckError,
    SkillhireError,
    TemplateNotFoundError,
    TemplateRenderError,
    UnsafeTemplateError,
    check_html_structure,
    describe_templates,
    evaluation_from_assessment,
    list_templates,
    load_posting,
    parse_posting,
    posting_overview,
    render_posting,
    render_postings,
    write_rendered,
)
from skillhire._resources import data_dir, data_file
from skillhire.errors import InvalidFileError
from skillhire.plain_language import Severity
from skillhire.rendering import EvaluationSection, QualityCategoryText, RenderedPosting

GOLDEN = Path(__file__).parent / "golden" / "render"
BUNDLED = ["one-page-summary", "plain-text", "pooled-announcement", "usajobs-html", "usajobs-markdown"]
SAMPLES = ["cx-strategist", "data-scientist"]
SUFFIX = {"html": ".html", "md": ".md", "txt": ".txt"}


def sample(name: str) -> JobPosting:
    return load_posting(Path(str(data_file("samples", f"{name}.toml"))))


def check_golden(path: Path, text: str, update: bool) -> None:
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
        if not update:
            pytest.fail(f"golden file {path.name} was missing and has been written; review it and re-run")
    assert text == path.read_text(encoding="utf-8"), (
        f"{path.name} differs; re-run with --update-golden if intended"
    )


# ----------------------------------------------------------------------------------------------- discovery


def test_list_templates_names_every_bundled_template() -> None:
    assert list_templates() == BUNDLED


def test_describe_templates_gives_format_origin_and_description() -> None:
    described = {t.name: (t.format, t.file_name, t.origin) for t in describe_templates()}
    assert described == {
        "one-page-summary": ("md", "one-page-summary.md.j2", "bundled"),
        "plain-text": ("txt", "plain-text.txt.j2", "bundled"),
        "pooled-announcement": ("md", "pooled-announcement.md.j2", "bundled"),
        "usajobs-html": ("html", "usajobs-html.html.j2", "bundled"),
        "usajobs-markdown": ("md", "usajobs-markdown.md.j2", "bundled"),
    }
    assert all(t.description for t in describe_templates())
    assert [t.name for t in describe_templates() if not t.announcement] == ["one-page-summary"]


def test_unknown_template_lists_the_available_ones() -> None:
    with pytest.raises(TemplateNotFoundError) as caught:
        render_posting(sample("cx-strategist"), template="usajobs-htm")
    assert str(caught.value) == (
        "No bundled template 'usajobs-htm'. Did you mean 'usajobs-html'? Available: "
        "one-page-summary, plain-text, pooled-announcement, usajobs-html, usajobs-markdown"
    )
    assert isinstance(caught.value, LookupError)


def test_a_user_template_overrides_a_bundled_one_by_name(tmp_path: Path) -> None:
    (tmp_path / "plain-text.txt.j2").write_text("{# Ours #}OURS: {{ posting.title }}\n", encoding="utf-8")
    (tmp_path / "team-flyer.md.j2").write_text("# {{ posting.title }}\n", encoding="utf-8")
    assert list_templates(template_dirs=[tmp_path]) == sorted([*BUNDLED, "team-flyer"])
    origin = {t.name: t.origin for t in describe_templates(template_dirs=tmp_path)}
    assert (origin["plain-text"], origin["usajobs-html"]) == (str(tmp_path), "bundled")
    text = render_posting(
        sample("data-scientist"), template="plain-text", template_dirs=[tmp_path], check=False
    )
    assert str(text) == "OURS: Data Scientist\n"


def test_a_user_partial_overrides_the_bundled_partial_for_bundled_templates(tmp_path: Path) -> None:
    bundled = (data_dir("templates") / "_partials" / "notices.j2").read_text(encoding="utf-8")
    (tmp_path / "_partials").mkdir()
    (tmp_path / "_partials" / "notices.j2").write_text(
        bundled.replace("Federal agencies must provide reasonable accommodation", "WE PROVIDE ACCOMMODATION"),
        encoding="utf-8",
    )
    text = render_posting(
        sample("data-scientist"), template="usajobs-markdown", template_dirs=[tmp_path], check=False
    )
    assert "\n- Reasonable accommodation: WE PROVIDE ACCOMMODATION to applicants" in text


@pytest.mark.parametrize("template", ["plain-text", "pooled-announcement", "usajobs-html", "usajobs-markdown"])
def test_a_user_partial_written_before_the_notices_text_still_overrides(tmp_path: Path, template: str) -> None:
    # a team's notices.j2 holds the list alone (as the bundled one did before roundtrip25): the text form is made
    # from it (before: "does not export the requested name 'fair_and_transparent_text'" in three templates)
    bundled = (data_dir("templates") / "_partials" / "notices.j2").read_text(encoding="utf-8")
    assert "fair_and_transparent_text" not in bundled
    (tmp_path / "_partials").mkdir()
    (tmp_path / "_partials" / "notices.j2").write_text(
        bundled.replace("Federal agencies must provide reasonable accommodation", "WE PROVIDE ACCOMMODATION"),
        encoding="utf-8",
    )
    text = str(render_posting(sample("data-scientist"), template=template, template_dirs=[tmp_path], check=False))
    assert "WE PROVIDE ACCOMMODATION" in text


def test_a_template_folder_that_does_not_exist_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidFileError, match="is not a folder of templates"):
        list_templates(template_dirs=[tmp_path / "nope"])


# ------------------------------------------------------------------------------------------- golden files


@pytest.mark.parametrize("template", BUNDLED)
@pytest.mark.parametrize("name", SAMPLES)
def test_golden(name: str, template: str, update_golden: bool) -> None:
    rendered = render_posting(sample(name), template=template, check=False)
    check_golden(GOLDEN / f"{name}.{template}{SUFFIX[rendered.format]}", str(rendered), update_golden)


@pytest.mark.parametrize("template", ["usajobs-markdown", "usajobs-html", "plain-text"])
def test_golden_with_the_evaluation_generated_from_the_assessment(template: str, update_golden: bool) -> None:
    rendered = render_posting(
        sample("cx-strategist"), template=template, assessment="smeqa-standard", check=False
    )
    check_golden(
        GOLDEN / f"cx-strategist.smeqa-standard.{template}{SUFFIX[rendered.format]}",
        str(rendered),
        update_golden,
    )


# ------------------------------------------------------------------------------------------- HTML structure


class Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.headings: list[int] = []
        self.tags: list[str] = []
        self.lang: str | None = None
        self.li_parents: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "li":
            self.li_parents.add(self.stack[-1] if self.stack else "")
        if tag not in ("meta", "br", "link", "img", "hr", "input"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (
            f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        )
        self.stack.pop()


@pytest.mark.parametrize("assessment", [None, "smeqa-standard"])
@pytest.mark.parametrize("name", SAMPLES)
def test_html_is_well_formed_semantic_and_accessible(name: str, assessment: str | None) -> None:
    html = str(render_posting(sample(name), template="usajobs-html", assessment=assessment, check=False))
    outline = Outline()
    outline.feed(html)
    outline.close()
    assert outline.stack == []
    assert outline.lang == "en"
    assert outline.headings.count(1) == 1 and outline.headings[0] == 1
    assert all(b <= a + 1 for a, b in zip(outline.headings, outline.headings[1:], strict=False))
    assert outline.li_parents <= {"ul", "ol"}
    assert {"table", "script", "link", "iframe", "img"}.isdisjoint(outline.tags)
    assert {"main", "header", "section", "dl", "ul"} <= set(outline.tags)
    assert check_html_structure(html) == []


@pytest.mark.parametrize(
    "html, rules",
    [
        ('<html lang="en"><h1>A</h1><h2>B</h2><ul><li>x</li></ul></html>', []),
        ("<html><h1>A</h1></html>", ["html-lang"]),
        ('<html lang="en"><h2>A</h2></html>', ["html-one-h1", "html-heading-order"]),
        ('<html lang="en"><h1>A</h1><h1>B</h1></html>', ["html-one-h1"]),
        ('<html lang="en"><h1>A</h1><h3>B</h3></html>', ["html-heading-order"]),
        ('<html lang="en"><h1>A</h1><table><tr><td>x</td></tr></table></html>', ["html-no-layout-tables"]),
        ('<html lang="en"><h1>A</h1><li>x</li></html>', ["html-lists-as-lists"]),
        ('<html lang="en"><h1>A</h1><script src="x.js"></script></html>', ["html-self-contained"]),
        ('<html lang="en"><link rel="stylesheet" href="a.css"><h1>A</h1></html>', ["html-self-contained"]),
    ],
)
def test_check_html_structure(html: str, rules: list[str]) -> None:
    assert [finding.rule for finding in check_html_structure(html)] == rules


def test_html_escapes_posting_text_and_links_addresses() -> None:
    posting = JobPosting(
        title="Analyst <script>alert(1)</script>",
        summary="Pay & benefits: see https://www.opm.gov/pay. Questions: jobs@agency.gov",
    )
    html = str(render_posting(posting, template="usajobs-html", check=False))
    assert "<script>alert" not in html
    assert "<h1>Analyst &lt;script&gt;alert(1)&lt;/script&gt;</h1>" in html
    assert (
        '<p>Pay &amp; benefits: see <a href="https://www.opm.gov/pay">https://www.opm.gov/pay</a>. '
        'Questions: <a href="mailto:jobs@agency.gov">jobs@agency.gov</a></p>'
    ) in html


# ------------------------------------------------------------------------------- partial postings render


ANNOUNCEMENT = """IT Specialist (APPSW)
Agency: Department of Veterans Affairs
Series: 2210
Grade: GS-11 to GS-12
Salary: $86,962 - $135,987 per year

Duties
- Build and test web applications that veterans use to check their claims.
- Fix defects reported by users.

Qualifications
You must have one year of specialized experience at the GS-11 level.
"""


@pytest.mark.parametrize("template", BUNDLED)
def test_a_posting_parsed_from_a_real_announcement_renders_with_every_template(template: str) -> None:
    posting = parse_posting(ANNOUNCEMENT)
    if template == "pooled-announcement":
        assert posting.agency == "Department of Veterans Affairs"
    text = str(render_posting(posting, template=template, check=False))
    assert "IT Specialist (APPSW)" in text
    assert "None" not in text
    assert (
        "Fix defects reported by users." in text if template != "one-page-summary" else "Fix defects" in text
    )


OPTIONAL_FIELDS = sorted(set(JobPosting.model_fields) - {"title"})


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(SAMPLES),
    template=st.sampled_from([t for t in BUNDLED if t != "pooled-announcement"]),
    dropped=st.sets(st.sampled_from(OPTIONAL_FIELDS)),
)
def test_any_subset_of_fields_renders_without_blanks_or_none(
    name: str, template: str, dropped: set[str]
) -> None:
    data = sample(name).model_dump(exclude=dropped)
    posting = JobPosting.model_validate(data)
    text = str(render_posting(posting, template=template, check=False))
    assert "None" not in text
    assert posting.title in text
    for field in ("summary", "qualifications"):
        if field in dropped:
            assert (getattr(sample(name), field) or "").splitlines()[0][:60] not in text


# ------------------------------------------------------------------------------------------- clear errors


def test_a_missing_required_field_names_the_field_and_the_template_line() -> None:
    with pytest.raises(TemplateRenderError) as caught:
        render_posting(JobPosting(summary="We hire."), template="usajobs-markdown")
    error = caught.value
    assert (error.template, error.line) == ("usajobs-markdown.md.j2", 5)
    assert "the posting has no 'title', which this template needs" in str(error)


def test_the_pooled_template_needs_an_agency() -> None:
    with pytest.raises(TemplateRenderError, match="the posting has no 'agency'"):
        render_posting(JobPosting(title="Data Scientist"), template="pooled-announcement")


@pytest.mark.parametrize(
    "source, error_type, message",
    [
        (
            "Intro\n{{ posting.eduction }}",
            TemplateRenderError,
            "line 2: JobPosting has no field 'eduction'; did you mean 'education'?",
        ),
        (
            "{{ postng.title }}",
            TemplateRenderError,
            "line 1: 'postng' is not defined (templates receive: evaluation, format, overview, posting, template_name)",
        ),
        (
            "a\n\n{{ posting.url }}",
            TemplateRenderError,
            "line 3: the template printed a field that is empty (None)",
        ),
        ("a\n{% if %}", TemplateRenderError, "line 2: syntax error: Expected an expression"),
        (
            "{% include 'nope.j2' %}",
            TemplateRenderError,
            "line 1: includes 'nope.j2', which is in no template folder",
        ),
        (
            "{{ posting.salary.min | date }}",
            TemplateRenderError,
            "line 1: not a date: 117962.0 (use YYYY-MM-DD)",
        ),
        (
            "{{ ''.__class__.__mro__ }}",
            UnsafeTemplateError,
            "line 1: blocked by the template sandbox: access to attribute '__class__' of 'str' object is unsafe.",
        ),
        (
            "{{ posting.__class__ }}",
            UnsafeTemplateError,
            "access to attribute '__class__' of 'JobPosting' object is unsafe",
        ),
        (
            "{{ posting.model_dump.__globals__ }}",
            UnsafeTemplateError,
            "access to attribute 'model_dump' of 'JobPosting' object is unsafe",  # pydantic's own: closed
        ),
        (
            "{% set items = [] %}{{ items.append(1) }}",
            UnsafeTemplateError,
            "access to attribute 'append' of 'list' object is unsafe",
        ),
        ("{{ 'x' * 10**7 }}", UnsafeTemplateError, "a template tried to build a value of 10,000,000 items"),
        (
            "{% for i in range(100000) %}{{ 'x' * 100 }}{% endfor %}",
            UnsafeTemplateError,
            "the rendered posting passed the size cap of 1,000,000 characters",
        ),
        (
            "{{ range(100000) | join('y' * 1000) }}",
            UnsafeTemplateError,
            "the 'join' filter would build more than 1,000,000 characters",
        ),
        (
            "{% set ns = namespace(x='xxxxxxxx') %}{% for i in range(40) %}{% set ns.x = ns.x ~ ns.x %}{% endfor %}",
            UnsafeTemplateError,
            "a namespace value of 1,048,576 items passed the size cap",
        ),
        (
            "{{ 'a' | center(100000000) }}",
            UnsafeTemplateError,
            "the 'center' filter was given the number 100,000,000",
        ),
        (
            "{{ '%999999999s' | format('a') }}",
            UnsafeTemplateError,
            "a format width of 999,999,999 passed the size cap",
        ),
        ("{{ 'a'.rjust(999999999) }}", UnsafeTemplateError, "a template asked for a width of 999,999,999"),
        (
            "{{ ('a' * 1000) | replace('a', 'b' * 2000) }}",
            UnsafeTemplateError,
            "the 'replace' filter would build more than",
        ),
        (
            "{% macro d(s, n) %}{{ d(s ~ s, n - 1) if n else s }}{% endmacro %}{{ d('xxxxxxxxxxxxxxxx', 40) }}",
            UnsafeTemplateError,
            "an argument of 1,048,576 items passed the size cap",
        ),
        (
            "{% macro r() %}{{ r() }}{% endmacro %}{{ r() }}",
            UnsafeTemplateError,
            "the template recursed too deeply",
        ),
    ],
)
def test_user_template_errors_are_clear_skillhire_errors(
    tmp_path: Path, source: str, error_type: type[Exception], message: str
) -> None:
    (tmp_path / "mine.md.j2").write_text(source, encoding="utf-8")
    with pytest.raises(error_type) as caught:
        render_posting(sample("cx-strategist"), template="mine", template_dirs=[tmp_path], check=False)
    assert isinstance(caught.value, SkillhireError)
    assert message in str(caught.value)
    assert str(caught.value).startswith("template 'mine.md.j2'")


def blocked(folder: Path, name: str, source: str) -> str:
    """The message of the UnsafeTemplateError that rendering template ``name`` (``source``, in ``folder``) raises."""
    (folder / f"{name}.txt.j2").write_text(source, encoding="utf-8")
    with pytest.raises(UnsafeTemplateError) as caught:
        render_posting(sample("cx-strategist"), template=name, template_dirs=[folder], check=False)
    return str(caught.value)


@pytest.mark.parametrize(
    "source",
    [
        "{{ '%.999999999f' % 1.0 }}",  # a precision, not a width
        "{{ '%5.999999999f' % 1.0 }}",  # a width, then a precision
        "{{ '%(a)999999999s' % {'a': 'x'} }}",  # a mapping key before the width
        "{{ '%*d' % (999999999, 1) }}",  # the width from the arguments
        "{{ '%.*f' % (999999999, 1.0) }}",
        "{{ '%.999999999f' | format(1.0) }}",
        "{{ '%*s' | format(999999999, 'a') }}",
        "{{ '{:5.999999999f}'.format(1.0) }}",
        "{{ '{:{}}'.format('a', '>999999999') }}",  # a nested spec given as a string
        "{{ '{0:>{1}}'.format('a', 999999999) }}",
        "{{ '{a:>{b}}'.format_map({'a': 'x', 'b': 999999999}) }}",
    ],
)
def test_every_format_width_and_precision_is_capped_before_it_is_built(tmp_path: Path, source: str) -> None:
    # each of these built a 1 GB string (or failed with MemoryError) before the cap could look at it
    assert blocked(tmp_path, "wide", source) == (
        "template 'wide.txt.j2', line 1: blocked by the template sandbox: a format width of 999,999,999 passed "
        "the size cap of 1,000,000"
    )


@pytest.mark.parametrize(
    "source, message",
    [
        # each of these ran for minutes or failed with MemoryError before
        ("{{ lipsum(99999999) | length }}", "lipsum(99,999,999, max=100) could build more than 1,000,000 characters"),
        ("{{ (((10**1000)**1000)**1000) > 5 }}", "a template tried to build a number of about 1,000,021 digits"),
        (
            "{% set ns = namespace(x=10**1000) %}{% for i in range(40) %}{% set ns.x = ns.x * ns.x %}{% endfor %}",
            "a template tried to build a number of about 1,024,000 digits",
        ),
    ],
)
def test_numbers_and_lipsum_are_capped_before_they_are_built(tmp_path: Path, source: str, message: str) -> None:
    assert blocked(tmp_path, "big", source) == f"template 'big.txt.j2', line 1: blocked by the template sandbox: {message}"


@pytest.mark.parametrize(
    "source, message",
    [
        # each of these built a gigabyte or more (or failed with MemoryError) before the cap could look
        ("{{ ('y' * 999999).join(['a'] * 1000) }}",
         "str.join would build 999,000,001 characters, more than the cap of 1,000,000"),
        ("{{ ('a' * 999999).translate({97: 'y' * 999999}) }}",
         "str.translate would build 999,998,000,001 characters, more than the cap of 1,000,000"),
        ("{{ ('a' * 9999).replace('a', 'y' * 999999) }}",
         "str.replace would build 9,998,990,001 characters, more than the cap of 1,000,000"),
        ("{{ ['x' * 999999] * 1000 }}",
         "a template tried to build a list holding more than 1,000,000 characters of text"),
        ("{{ ('a\\n' * 499999) | indent(999999) }}", "the 'indent' filter would build more than 1,000,000 characters"),
        ("{{ ('a ' * 499999) | wordwrap(1, wrapstring='y' * 999) }}",
         "the 'wordwrap' filter would build more than 1,000,000 characters"),
        ("{{ range(100000) | map('center', 999999) | list }}",
         "the items of the 'map' filter passed the size cap of 1,000,000 characters"),
        ("{{ range(100000) | map('center', 999999) | join }}",
         "the items of the 'map' filter passed the size cap of 1,000,000 characters"),
        ("{{ dict.fromkeys(range(100000), 'x' * 999999) }}",
         "a value of more than 1,000,000 characters of text passed the size cap of 1,000,000"),
    ],
)
def test_text_multiplied_by_methods_filters_and_lists_is_capped(tmp_path: Path, source: str, message: str) -> None:
    assert blocked(tmp_path, "many", source) == f"template 'many.txt.j2', line 1: blocked by the template sandbox: {message}"


@pytest.mark.parametrize(
    "source, expected",
    [
        ("{{ '%%999999999s %s' % 'ok' }}", "%999999999s ok"),  # '%%' is a literal percent sign
        ("{{ '%5.2f %-4s|' % (3.14159, 'ab') }}", " 3.14 ab  |"),
        ("{{ '%*d|' % (4, 7) }}", "   7|"),
        ("{{ '{:>4}|{:.3f}|{:{}}|'.format('a', 1.5, 'b', 3) }}", "   a|1.500|b  |"),
        ("{{ '{0.title}'.format(posting) }}", "Customer Experience Strategist"),
        ("{{ 2 ** 10 }} {{ 150000 * 12 }} {{ (-3) ** 3 }} {{ (10 ** 300) > 1 }}", "1024 1800000 -27 True"),
        ("{{ lipsum(2, html=False) | wordcount > 10 }}", "True"),
        ("{{ '-'.join(['a', 'b']) }} {{ 'aXa'.replace('X', 'yy') }} {{ 'ab'.translate({97: 'c'}) }}", "a-b ayya cb"),
        ("{{ ('a\\nb' | indent(2, first=True)) ~ '|' ~ (['a', 'b'] | map('upper') | join(',')) }}", "  a\n  b|A,B\n"),
        ("{{ 'one two three' | wordwrap(7, wrapstring='<br>') }}|{{ ['x'] * 3 }}", "one two<br>three|['x', 'x', 'x']"),
    ],
)
def test_small_format_widths_still_work(tmp_path: Path, source: str, expected: str) -> None:
    (tmp_path / "narrow.txt.j2").write_text(source, encoding="utf-8")
    assert render_posting(sample("cx-strategist"), template="narrow", template_dirs=[tmp_path], check=False) == (
        expected
    )


def test_the_size_cap_is_a_tunable(tmp_path: Path) -> None:
    (tmp_path / "long.txt.j2").write_text("{{ 'x' * 2000 }}", encoding="utf-8")
    assert (
        len(render_posting(sample("cx-strategist"), template="long", template_dirs=[tmp_path], check=False))
        == 2000
    )
    with pytest.raises(UnsafeTemplateError, match="build a value of 2,000 items"):
        render_posting(
            sample("cx-strategist"),
            template="long",
            template_dirs=[tmp_path],
            check=False,
            max_output_chars=1000,
        )


def test_a_mapping_with_a_bad_field_is_a_clear_error() -> None:
    with pytest.raises(
        InvalidFileError, match=r"posting: is not a valid posting: salary\.min: Input should be"
    ):
        render_posting({"title": "Data Scientist", "salary": {"min": "lots"}})


def test_a_posting_file_path_is_loaded(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('title = "Data Scientist"\nagency = "U.S. Census Bureau"\n', encoding="utf-8")
    assert str(render_posting(path, template="one-page-summary", check=False)).startswith(
        "# Data Scientist at U.S. Census Bureau\n"
    )


# ----------------------------------------------------------------------------------------------- filters


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("{{ 117962 | money }}", "$117,962"),
        ("{{ '45.5' | money }}", "$45.50"),
        ("{{ '$1,234.567' | money }}", "$1,234.57"),
        ("{{ 99200 | money_range(153354) }}", "$99,200 to $153,354 per year"),
        ("{{ 32.5 | money_range(per='hour') }}", "$32.50 per hour"),
        ("{{ 100 | money_range(100) }}", "$100 per year"),
        ("{{ 1200 | money_range(1500, per='biweekly') }}", "$1,200 to $1,500 biweekly"),
        ("{{ '2026-03-02' | date }}", "March 2, 2026"),
        ("{{ '2026-09-02' | date('short') }}", "Sept. 2, 2026"),
        ("{{ '2026-03-02' | date('weekday') }}", "Monday, March 2, 2026"),
        ("{{ 12 | grade_range(14) }}", "GS-12 to GS-14"),
        ("{{ '13' | grade_range('13') }}", "GS-13"),
        ("{{ 'GS-09' | grade_range(pay_plan='GG') }}", "GG-9"),
        ("{{ [14, 12, 13] | grades }}", "GS-12 to GS-14"),
        ("{{ ['12', '14'] | grades }}", "GS-12 and GS-14"),
        ("{{ ['12', '13'] | grades }}", "GS-12 to GS-13"),
        ("{{ ['13, 14, or 15'] | grades }}", "GS-13 to GS-15"),
        ("{{ ['GS-12 - GS-14'] | grades }}", "GS-12 to GS-14"),
        ("{{ ['13 or 14', '15'] | grades }}", "GS-13 to GS-15"),
        ("{{ 343 | series }}", "0343"),
        ("{{ ['GSA', 'VA', 'IRS'] | join_words('or') }}", "GSA, VA, or IRS"),
        ("{{ ['Denver, CO', 'Remote'] | join_words }}", "Denver, CO and Remote"),
        (
            "{{ ['Washington, DC', 'Suitland, MD', 'Remote'] | join_words }}",
            "Washington, DC; Suitland, MD; and Remote",
        ),
        ("{{ ['a', '', 'b'] | join_words }}", "a and b"),
        ("{{ true | yes_no }}", "Yes"),
        ("{{ 'Intro\n* one\n* two' | markdown_text }}", "Intro\n\n- one\n- two\n"),
        ("{{ '1) first\n2) second' | markdown_text }}", "1. first\n2. second\n"),
        (
            "{{ '- Plan research with users and turn findings into changes.' | plain_text(30) }}",
            "- Plan research with users and\n  turn findings into changes.\n",
        ),
        ("{{ ['Lead interviews', 'Map journeys'] | bullets }}", "- Lead interviews\n- Map journeys\n"),
    ],
)
def test_filters(tmp_path: Path, expression: str, expected: str) -> None:
    (tmp_path / "f.txt.j2").write_text(expression, encoding="utf-8")
    assert (
        str(render_posting(sample("cx-strategist"), template="f", template_dirs=[tmp_path], check=False))
        == expected
    )


@pytest.mark.parametrize(
    "salary, expression, expected",
    [
        ({"min": 117962, "max": 153354, "per": "year"}, "{{ posting.salary | money_range }}",
         "$117,962 to $153,354 per year"),
        ({"min": 41.18, "max": 53.53, "per": "hour"}, "{{ posting.salary | money_range }}",
         "$41.18 to $53.53 per hour"),
        ({"min": 2300, "max": 2300, "per": "biweekly"}, "{{ posting.salary | money_range }}", "$2,300 biweekly"),
        ({"min": 99200, "per": None}, "{{ posting.salary | money_range }}", "$99,200"),
        ({"max": 153354, "per": "year"}, "{{ posting.salary | money_range }}", "$153,354 per year"),
        ({"min": 60000, "max": 80000, "per": "other"}, "{{ posting.salary | money_range }}", "$60,000 to $80,000"),
        ({"min": 117962, "max": 153354, "per": "year"}, "{{ posting.salary | money_range(per=none) }}",
         "$117,962 to $153,354"),
        ({"min": 117962, "max": 153354, "per": "year"}, "{{ posting.salary | money_range(per='annum') }}",
         "$117,962 to $153,354 per annum"),
    ],
)
def test_money_range_takes_the_postings_salary(tmp_path: Path, salary: dict, expression: str, expected: str) -> None:
    from skillhire import JobPosting

    (tmp_path / "f.txt.j2").write_text(expression, encoding="utf-8")
    posting = JobPosting(title="Data Engineer", salary=salary)
    assert str(render_posting(posting, template="f", template_dirs=[tmp_path], check=False)) == expected


@pytest.mark.parametrize(
    "salary, expression, message",
    [
        ({"per": "year"}, "{{ posting.salary | money_range }}", "a pay range needs at least one amount"),
        ({"min": 1, "max": 2}, "{{ posting.salary | money_range(3) }}",
         "money_range takes a salary or two amounts, not a salary and an amount"),
        ({"min": 1, "max": 2, "currency": "EUR"}, "{{ posting.salary | money_range }}",
         "money_range formats US dollars; the salary is in 'EUR'"),
    ],
)
def test_money_range_salary_errors(tmp_path: Path, salary: dict, expression: str, message: str) -> None:
    from skillhire import JobPosting

    (tmp_path / "f.txt.j2").write_text(expression, encoding="utf-8")
    with pytest.raises(TemplateRenderError) as caught:
        render_posting(JobPosting(title="Data Engineer", salary=salary), template="f", template_dirs=[tmp_path],
                       check=False)  # fmt: skip
    assert str(caught.value).startswith(f"template 'f.txt.j2', line 1: {message}")


@pytest.mark.parametrize(
    "expression, message",
    [
        ("{{ 'lots' | money }}", "not an amount of money: 'lots'"),
        ("{{ '03/02/2026' | date }}", "not a date: '03/02/2026' (use YYYY-MM-DD)"),
        ("{{ 'senior' | grade_range }}", "not a grade: 'senior'"),
        ("{{ none | required('url') }}", "the posting has no 'url', which this template needs"),
        ("{{ '2026-03-02' | date('roman') }}", "unknown date style 'roman'"),
    ],
)
def test_filter_errors_name_the_value(tmp_path: Path, expression: str, message: str) -> None:
    (tmp_path / "f.txt.j2").write_text(expression, encoding="utf-8")
    with pytest.raises(TemplateRenderError) as caught:
        render_posting(sample("cx-strategist"), template="f", template_dirs=[tmp_path], check=False)
    assert str(caught.value).startswith(f"template 'f.txt.j2', line 1: {message}")


@settings(max_examples=50, deadline=None)
@given(amount=st.decimals(min_value=0, max_value=10**9, places=2))
def test_money_round_trips(amount) -> None:
    from decimal import Decimal

    from skillhire.template_filters import format_money

    text = format_money(amount)
    assert Decimal(text.replace("$", "").replace(",", "")) == amount.quantize(Decimal("0.01"))
    assert re.fullmatch(r"\$\d{1,3}(,\d{3})*(\.\d\d)?", text)


@settings(max_examples=50, deadline=None)
@given(items=st.lists(st.text(alphabet="abc ,-", min_size=0, max_size=8), max_size=6))
def test_join_words_keeps_every_non_blank_item(items: list[str]) -> None:
    from skillhire.template_filters import join_words

    text = join_words(items)
    for item in items:
        assert item.strip() in text


# ---------------------------------------------------------------------------------------------- overview


def test_overview_lists_header_facts_in_words() -> None:
    assert posting_overview(sample("data-scientist"))[:8] == [
        {"label": "Salary", "value": "$99,200 to $153,354 per year"},
        {"label": "Pay scale and grade", "value": "GS-12 to GS-14"},
        {"label": "Occupational series", "value": "1560"},
        {"label": "Agency", "value": "U.S. Census Bureau"},
        {"label": "Department", "value": "Department of Commerce"},
        {"label": "Location", "value": "Suitland, MD"},
        {"label": "Openings", "value": "3"},
        {"label": "Open", "value": "April 6, 2026 to April 20, 2026"},
    ]
    assert posting_overview(JobPosting(title="X")) == []


# -------------------------------------------------------------------------------------------- evaluation


def test_evaluation_from_the_bundled_assessment() -> None:
    section = evaluation_from_assessment("smeqa-standard")
    assert [h.name for h in section.hurdles] == [
        "Resume review by subject matter experts",
        "Structured interview, round 1 (breadth)",
        "Structured interview, round 2 (depth)",
    ]
    assert [(c.name, c.definition) for c in section.quality_categories] == [
        ("Best Qualified", "Exceeded the required proficiency in both interview rounds (2 + 2)."),
        (
            "Well Qualified",
            "Met the required proficiency in one round and exceeded it in the other (1 + 2 or 2 + 1).",
        ),
        ("Qualified", "Met the required proficiency in both interview rounds (1 + 1)."),
    ]
    # min_competencies_met is unset: the engine needs all four skills met (walkthrough3), not only the screen-out three
    assert section.hurdles[0].description.endswith("To move on, your resume must show all of them.")
    assert section.veterans_preference.endswith(
        "We place qualified veterans with a service-connected disability of 10% or more at the top of the highest "
        "quality category."
    )


def test_evaluation_for_a_scientific_professional_numerical_assessment() -> None:
    from skillhire import load_assessment

    base = load_assessment("smeqa-standard")
    assessment = base.model_copy(
        update={"scientific_professional": True, "rating_method": "numerical", "categories": base.categories}
    )
    section = evaluation_from_assessment(assessment)
    assert section.rating_method == "numerical"
    assert section.quality_categories == ()
    assert section.veterans_preference.startswith(
        "Veterans' preference: we add 5 or 10 points to a passing score"
    )
    assert "keep their place by score at GS-9 or higher" in section.veterans_preference


def test_the_generated_evaluation_replaces_the_postings_own_text() -> None:
    text = str(
        render_posting(
            sample("cx-strategist"), template="usajobs-markdown", assessment="smeqa-standard", check=False
        )
    )
    section = text[text.index("## How you will be evaluated") : text.index("## Required documents")]
    assert (
        "- Best Qualified: Exceeded the required proficiency in both interview rounds (2 + 2)." in section
    )
    assert "We use category rating (5 U.S.C. 3319)." in section
    assert "journey mapping, service measurement" not in section  # the posting's own text is replaced


# ------------------------------------------------------------------------------------------------ checks


def test_bundled_templates_pass_the_announcement_checks() -> None:
    for name in SAMPLES:
        for template in BUNDLED:
            rendered = render_posting(sample(name), template=template, assessment="smeqa-standard")
            assert [f for f in rendered.findings if f.severity >= Severity.WARNING] == [], (name, template)


def test_a_template_that_drops_the_categories_or_the_sharing_notice_is_flagged(tmp_path: Path) -> None:
    (tmp_path / "thin.md.j2").write_text("# {{ posting.title }}\n\n{{ posting.summary }}\n", encoding="utf-8")
    rendered = render_posting(
        sample("cx-strategist"), template="thin", template_dirs=[tmp_path], assessment="smeqa-standard"
    )
    own = [
        f
        for f in rendered.findings
        if f.rule in ("quality-categories-described", "shared-certificate-notice")
    ]
    assert [(f.rule, str(f.severity), f.source) for f in own] == [
        ("quality-categories-described", "error", "5 CFR 337.303(c)"),
        ("shared-certificate-notice", "error", "5 U.S.C. 3318(b)(2)"),
    ]
    assert own[0].message == (
        "the announcement does not describe every quality category (missing: Best Qualified, Well Qualified, Qualified)"
    )
    with pytest.raises(PostingCheckError) as caught:
        render_posting(
            sample("cx-strategist"),
            template="thin",
            template_dirs=[tmp_path],
            assessment="smeqa-standard",
            strict=True,
            fail_on="error",
        )
    assert "quality-categories-described" in str(caught.value) and "failed" in str(caught.value)


def test_strict_mode_lets_a_clean_posting_through_and_fail_on_is_validated(tmp_path: Path) -> None:
    (tmp_path / "page.html.j2").write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><title>t</title></head><body><h1>{{ posting.title }}</h1></body></html>\n',
        encoding="utf-8",
    )
    rendered = render_posting(
        JobPosting(title="Data Scientist"),
        template="page",
        template_dirs=[tmp_path],
        strict=True,
        fail_on="error",
    )
    assert rendered.format == "html"
    (tmp_path / "bad.html.j2").write_text("<html><h2>{{ posting.title }}</h2></html>", encoding="utf-8")
    with pytest.raises(PostingCheckError, match="html-lang"):
        render_posting(
            JobPosting(title="Data Scientist"),
            template="bad",
            template_dirs=[tmp_path],
            strict=True,
            fail_on="error",
        )
    with pytest.raises(LookupError, match="No severity 'fatal'"):
        render_posting(JobPosting(title="X"), fail_on="fatal")


def test_the_result_is_a_str_carrying_template_format_and_findings() -> None:
    rendered = render_posting(sample("data-scientist"), template="usajobs-html")
    assert isinstance(rendered, str) and isinstance(rendered, RenderedPosting)
    assert (rendered.template, rendered.format) == ("usajobs-html", "html")
    assert rendered._repr_html_() == str(rendered) and rendered._repr_markdown_() is None
    assert isinstance(rendered.findings, tuple)
    copy = pickle.loads(pickle.dumps(rendered))
    assert (str(copy), copy.template, copy.format) == (str(rendered), "usajobs-html", "html")


def test_an_evaluation_section_can_be_given_directly() -> None:
    section = EvaluationSection(
        quality_categories=(
            QualityCategoryText(name="Superior", definition="Best."),
            QualityCategoryText(name="Eligible", definition="Fine."),
        ),
    )
    text = str(
        render_posting(
            JobPosting(title="Data Scientist"), template="plain-text", assessment=section, check=False
        )
    )
    assert "- Superior: Best.\n- Eligible: Fine.\n" in text


# ------------------------------------------------------------------------------------------------- batch


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows(rows)
    return path


def test_batch_from_csv_renders_good_rows_and_reports_bad_ones(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "postings.csv",
        [
            ["Title", "Agency", "Salary Min", "salary.max", "Close Date", "Duties", "Locations"],
            [
                "Data Scientist",
                "U.S. Census Bureau",
                "99,200",
                "153354",
                "2026-04-20",
                "Build models\nClean data",
                "Suitland, MD",
            ],
            ["CX Strategist", "GSA", "lots", "", "2026-03-16", "", "Washington, DC; Remote"],
            ["", "", "", "", "", "", ""],
            ["Statistician", "BLS", "", "", "20 April", "", ""],
            ["Program Analyst", "GSA", "", "", "", "", ""],
        ],
    )
    result = render_postings(path, template="plain-text")
    assert result.rows_read == 4
    assert [row for row, _ in result.rendered] == [2, 6]
    assert result.rows_rejected == 2
    assert [str(error) for error in result.errors] == [
        "postings.csv, row 3, column 'Salary Min': Input should be a valid number, unable to parse string as a number (got 'lots')",
        "postings.csv, row 5, column 'Close Date': Input should be a valid date or datetime, input is too short (got '20 April')",
    ]
    assert result.rows_read == len(result.rendered) + result.rows_rejected
    first = str(result.rendered[0][1])
    assert "- Build models\n- Clean data\n" in first
    assert "Salary: $99,200 to $153,354 per year" in first


def test_batch_from_xlsx(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(
        [
            "title",
            "series",
            "grade_low",
            "grade_high",
            "pay_plan",
            "open_date",
            "telework_eligible",
            "openings",
        ]
    )
    sheet.append(["Data Scientist", 1560, 12, 14, "GS", dt.datetime(2026, 4, 6), "Yes", 3])
    sheet.append(["IT Specialist", "2210", 11.0, 13.0, "GS", dt.datetime(2026, 4, 6), "maybe", 1])
    workbook.save(tmp_path / "postings.xlsx")
    result = render_postings(tmp_path / "postings.xlsx", template="usajobs-markdown", check=False)
    assert (result.rows_read, [row for row, _ in result.rendered]) == (2, [2])
    assert [str(e) for e in result.errors] == [
        "postings.xlsx, row 3, column 'telework_eligible': Input should be a valid boolean, unable to interpret input (got 'maybe')"
    ]
    text = str(result.rendered[0][1])
    assert (
        "- **Occupational series:** 1560\n" in text and "- **Pay scale and grade:** GS-12 to GS-14\n" in text
    )


@pytest.mark.parametrize(
    "rows, message",
    [
        (
            [["Title", "Sallary Min"], ["X", "1"]],
            "has columns that are not posting fields: 'Sallary Min' (did you mean 'salary.min'?)",
        ),
        ([["agency"], ["GSA"]], "has no 'title' column"),
        ([], "is empty"),
    ],
)
def test_batch_file_errors(tmp_path: Path, rows: list[list[str]], message: str) -> None:
    path = write_csv(tmp_path / "p.csv", rows)
    with pytest.raises(InvalidFileError) as caught:
        render_postings(path)
    assert message in str(caught.value)


def test_batch_from_rows_in_python() -> None:
    result = render_postings(
        [{"title": "Data Scientist", "agency": "Census"}, {"title": "CX Strategist", "bogus": 1}],
        template="one-page-summary",
    )
    assert [row for row, _ in result.rendered] == [2]
    assert [str(e) for e in result.errors] == ["row 3, column 'bogus': is not a posting field"]


# ------------------------------------------------------------------------------------------------- write


def test_write_rendered_is_atomic_and_never_overwrites_by_default(tmp_path: Path) -> None:
    target = tmp_path / "out" / "posting.md"
    write_rendered("first\n", target)
    assert target.read_text(encoding="utf-8") == "first\n"
    with pytest.raises(InvalidFileError, match="already exists; pass overwrite=True"):
        write_rendered("second\n", target)
    assert target.read_text(encoding="utf-8") == "first\n"
    write_rendered("second\n", target, overwrite=True)
    assert target.read_text(encoding="utf-8") == "second\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["posting.md"]


# ----------------------------------------------------------------------------------------- JSON Schema


def test_the_published_posting_schema_is_up_to_date() -> None:
    schema_path = Path(__file__).parents[1] / "docs" / "schemas" / "posting.schema.json"
    expected = json.loads(schema_path.read_text(encoding="utf-8"))
    from skillhire.rendering import posting_json_schema

    assert posting_json_schema() == expected, "run: python scripts/gen_schemas.py"


def test_every_sample_posting_validates_against_the_schema_fields() -> None:
    from skillhire.rendering import posting_json_schema

    properties = set(posting_json_schema()["properties"])
    for name in SAMPLES:
        assert set(sample(name).model_dump(exclude_defaults=True)) <= properties


# ------------------------------------------------------------------------------------------------ docs


@pytest.mark.parametrize(
    "module", ["skillhire.rendering", "skillhire.template_filters", "skillhire.posting_rows"]
)
def test_docstring_examples(module: str) -> None:
    import doctest
    import importlib

    failures, tried = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert (failures, tried > 0) == (0, True)


def test_sample_postings() -> None:
    from skillhire import list_sample_postings, load_sample_posting
    from skillhire.errors import UnknownNameError

    assert list_sample_postings() == SAMPLES
    assert load_sample_posting("cx-strategist") == sample("cx-strategist")
    with pytest.raises(
        UnknownNameError, match=r"No sample posting 'cx'\. Available: cx-strategist, data-scientist"
    ):
        load_sample_posting("cx")


@pytest.mark.parametrize(
    "series, education, rules",
    [
        ("1560", None, ["education-requirement-stated"]),
        ("1560", "A degree in statistics, or a mix of education and experience.", []),
        ("0301", "You must have a bachelor's degree in business.", ["degree-requirement"]),
        ("0301", "A bachelor's degree or equivalent experience.", []),
        ("0301", "You do not need a degree for this job.", []),
        ("0301", None, []),
        ("2210", "Degree: computer science. Or: 3 years of IT experience; a degree is not required.", []),
        ("9999", "You must have a degree.", ["degree-requirement"]),  # unknown series: the lint warns
    ],
)
def test_education_against_the_series_rule(series: str, education: str | None, rules: list[str]) -> None:
    posting = JobPosting(title="Analyst", series=series, education=education)
    rendered = render_posting(posting, template="usajobs-markdown")
    found = [
        f.rule for f in rendered.findings if f.rule in ("education-requirement-stated", "degree-requirement")
    ]
    assert found == rules


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {
                "title": st.sampled_from(["Data Scientist", "CX Strategist", "", "  "]),
                "close_date": st.sampled_from(["2026-04-20", "", "April 20", "2026-13-01"]),
                "salary.min": st.sampled_from(["99200", "", "lots", "-5"]),
                "telework_eligible": st.sampled_from(["Yes", "no", "", "maybe"]),
            }
        ),
        max_size=8,
    )
)
def test_batch_rows_in_equal_rows_rendered_plus_rows_rejected(rows: list[dict[str, str]]) -> None:
    result = render_postings(rows, template="plain-text", check=False)
    assert result.rows_read == len(rows)
    assert result.rows_read == len(result.rendered) + result.rows_rejected
    assert all(error.row in range(2, len(rows) + 2) for error in result.errors)
    rendered_rows = {row for row, _ in result.rendered}
    assert rendered_rows.isdisjoint({error.row for error in result.errors})


def test_a_json_posting_file_with_a_misspelled_field_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "posting.json"
    path.write_text(json.dumps({"title": "Data Scientist", "sumary": "We count people."}), encoding="utf-8")
    with pytest.raises(InvalidFileError) as caught:
        render_posting(path)
    assert "field 'sumary': unknown field. Did you mean 'summary'?" in str(caught.value)


def test_announcement_text_given_as_a_string_is_parsed() -> None:
    text = render_posting(ANNOUNCEMENT, template="one-page-summary", check=False)
    assert str(text).startswith("# IT Specialist (APPSW) at Department of Veterans Affairs\n")


@pytest.mark.parametrize("template", BUNDLED)
def test_posting_text_is_data_never_template_code(template: str) -> None:
    posting = sample("cx-strategist").model_copy(
        update={"summary": "{{ 7 * 7 }} {% if true %}x{% endif %} {{ ''.__class__ }} <b>bold</b>"}
    )
    text = str(render_posting(posting, template=template, check=False))
    markdown = SUFFIX[render_posting(posting, template=template, check=False).format] == ".md"
    assert ("{{ 7 \\* 7 }}" if markdown else "{{ 7 * 7 }}") in text and "49" not in text.replace("2049", "")
    if template == "usajobs-html" or markdown:  # Markdown is escaped too: see test_markdown_escapes_fields
        assert "&lt;b&gt;bold&lt;/b&gt;" in text and "<b>bold</b>" not in text


# ------------------------------------------------------------------------------ Markdown output is escaped

# A posting whose fields carry HTML and Markdown, as a spreadsheet or a pasted announcement can: in Markdown
# output every one must print as text (GitHub or a CMS would otherwise run the script or follow the link).
HOSTILE = {
    "title": "<script>alert(1)</script> Data *Engineer*",
    "agency": "R&D [Lab](javascript:alert(1)) | Ops",
    "summary": "You will build `pipelines` and __dashboards__.\n- item <img src=x onerror=alert(1)>\n- # not a heading",
    "duties": "1. Plan <b>work</b>\n2. Ship it",
    "who_may_apply": "# Everyone\n> quoted\n+ plus",
    "locations": ["Washington, DC", "<i>Remote</i>"],
}


@pytest.mark.parametrize("template", ["one-page-summary", "pooled-announcement", "usajobs-markdown"])
def test_markdown_templates_escape_html_and_markdown_in_fields(template: str, update_golden: bool) -> None:
    posting = sample("data-scientist").model_copy(update=HOSTILE)
    rendered = str(render_posting(posting, template=template, check=False))
    check_golden(GOLDEN / f"hostile.{template}.md", rendered, update_golden)
    for raw in ("<script>", "<img", "<b>", "<i>", "[Lab](javascript:", "*Engineer*", "`pipelines`", "\n# Everyone"):
        assert raw not in rendered, raw


def test_the_html_template_is_still_html_escaped_not_markdown_escaped() -> None:
    posting = sample("data-scientist").model_copy(update=HOSTILE)
    rendered = str(render_posting(posting, template="usajobs-html", check=False))
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Data *Engineer*" in rendered  # no Markdown backslashes


@pytest.mark.parametrize(
    "name, source, expected",
    [
        # a user's own Markdown template is escaped without asking
        ("mine.md.j2", "# {{ posting.title }}\n", "# &lt;script&gt;alert(1)&lt;/script&gt; Data \\*Engineer\\*\n"),
        ("mine.md.j2", "{{ posting.title | safe }}", "<script>alert(1)</script> Data *Engineer*"),  # on purpose
        ("mine.md.j2", "**{{ 'Grade' }}:** {{ posting.grade_low }}", "**Grade:** 12"),
        ("mine.md.j2", "{{ posting.summary | markdown_text }}",
         "You will build \\`pipelines\\` and \\_\\_dashboards\\_\\_.\n\n- item &lt;img src=x onerror=alert(1)&gt;\n"
         "- \\# not a heading\n"),
        ("mine.md.j2", "{{ posting.locations | bullets }}", "- Washington, DC\n- &lt;i&gt;Remote&lt;/i&gt;\n"),
        ("mine.md.j2", "{{ posting.locations | join_words }}", "Washington, DC and &lt;i&gt;Remote&lt;/i&gt;"),
        # every name rendering reads as Markdown or HTML is escaped so, whatever its case
        ("mine.markdown.j2", "{{ posting.title }}", "&lt;script&gt;alert(1)&lt;/script&gt; Data \\*Engineer\\*"),
        ("mine.MD.j2", "{{ posting.title }}", "&lt;script&gt;alert(1)&lt;/script&gt; Data \\*Engineer\\*"),
        ("mine.HTML.j2", "{{ posting.title }}", "&lt;script&gt;alert(1)&lt;/script&gt; Data *Engineer*"),
        # a plain-text template prints the text as it is
        ("mine.txt.j2", "{{ posting.title }} {{ posting.locations | bullets }}",
         "<script>alert(1)</script> Data *Engineer* - Washington, DC\n- <i>Remote</i>\n"),
    ],
)
def test_a_user_markdown_template_is_escaped_too(tmp_path: Path, name: str, source: str, expected: str) -> None:
    (tmp_path / name).write_text(source, encoding="utf-8")
    posting = sample("data-scientist").model_copy(update=HOSTILE)
    assert str(render_posting(posting, template="mine", template_dirs=[tmp_path], check=False)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Data Engineer", "Data Engineer"),
        ("snake_case and file_name.csv", "snake_case and file_name.csv"),  # inside a word: no emphasis
        ("_private_ *bold* `code` [a](b) a|b \\n", "\\_private\\_ \\*bold\\* \\`code\\` \\[a\\](b) a\\|b \\\\n"),
        ("<a href='x'>x</a> & 3 > 2", "&lt;a href='x'&gt;x&lt;/a&gt; & 3 &gt; 2"),
        # a line's indent is dropped (CommonMark drops it anyway, and 4 spaces would start a code block)
        ("# Title\n  - item\n+ more\n12. twelve\n2) two\n===", "\\# Title\n\\- item\n\\+ more\n12\\. twelve\n2\\) two\n\\==="),
        ("GS-13 to GS-14, $117,962 - $153,354", "GS-13 to GS-14, $117,962 - $153,354"),
        ("jane.doe@agency.gov, https://www.usajobs.gov/job/123", "jane.doe@agency.gov, https://www.usajobs.gov/job/123"),
        # an entity the user typed prints as typed, not as the character it names; a bare & stays
        ("&lt;script&gt; &amp; &#60; &#x3C; AT&T R&D", "\\&lt;script\\&gt; \\&amp; \\&#60; \\&#x3C; AT&T R&D"),
        ("~~~\ncode\n~~~ and ~~struck~~", "\\~\\~\\~\ncode\n\\~\\~\\~ and \\~\\~struck\\~\\~"),
        ("ok\r\r# head\r\n- item", "ok\n\n\\# head\n\\- item"),  # CR ends a line in CommonMark
        ("ok\n\n    code\n\tcode", "ok\n\ncode\ncode"),
        ("    code", " code"),  # the value may follow text on its line: one space kept, never a code block
        ("Analyst ## ", "Analyst \\## "),  # not eaten as a heading's closing sequence
        ("C# and F#", "C# and F#"),
    ],
)
def test_escape_markdown(text: str, expected: str) -> None:
    from skillhire.template_filters import escape_markdown

    assert escape_markdown(text) == expected
    assert escape_markdown(escape_markdown(text)) == expected  # escaped once, whatever prints it again


@pytest.mark.parametrize(
    "markdown, expected",
    [
        ("\\*now\\* \\$5 100\\% a\\\\b C:\\Users", "*now* $5 100% a\\b C:\\Users"),  # any ASCII punctuation
        ("&lt;b&gt; AT&amp;T &#8212; &#x41; &copy; &bogus; \\&lt;", "<b> AT&T \u2014 A \u00a9 &bogus; &lt;"),
        ("`C:\\*` and ``a ` &lt;`` \\*", "`C:\\*` and ``a ` &lt;`` *"),  # a code span is left as it is
        ("\\`x\\` `a\\`b` \\*", "`x` `a\\`b` *"),  # a backslashed backtick opens nothing, but closes
        # runs of backticks that never close: no code span (and one pass over them, not one search per run)
        (" ".join("`" * k + "&lt;" for k in range(1, 300)), " ".join("`" * k + "<" for k in range(1, 300))),
    ],
)
def test_unescape_markdown_reads_text_as_commonmark_does(markdown: str, expected: str) -> None:
    from skillhire.template_filters import unescape_markdown

    assert unescape_markdown(markdown) == expected


_MARKDOWN_PIECES = [*"ab1 \t\n\r#*_-+=.)>|<&;!`~[]():\\/", "http://", "&lt;", "&#60;", "www.", "    ", "1.", "---", "```"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MARKDOWN_PIECES), max_size=25).map("".join))
def test_an_escaped_value_renders_as_its_own_text_in_commonmark(text: str) -> None:
    # rendered by markdown-it-py (CommonMark, plus GFM tables and strikethrough), already installed with typer's
    # rich: a value prints as its own text, in a paragraph, a list item's value or a heading, and makes no tag
    import html

    markdown_it = pytest.importorskip("markdown_it")
    renderer = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    from skillhire.template_filters import escape_markdown

    escaped = str(escape_markdown(text))
    for context in ("{}", "- **Label:** {}", "# {}"):
        rendered = renderer.render(context.format(escaped))
        assert set(re.findall(r"</?([a-z0-9]+)", rendered)) <= {"p", "br", "ul", "li", "strong", "h1"}, rendered
        shown = re.sub(r"<[^>]+>", "", rendered.replace("<strong>Label:</strong>", ""))
        assert "".join(shown.split()) == "".join(html.escape(text, quote=False).split()), rendered


def test_the_checks_read_markdown_as_its_reader_does() -> None:
    # a category definition that needs escaping in Markdown is still found by the 5 CFR 337.303(c) check
    from skillhire.rendering import EvaluationSection, QualityCategoryText

    evaluation = EvaluationSection(
        rating_method="category",
        quality_categories=(
            QualityCategoryText(name="Best Qualified", definition="You meet *every* competency at the <expert> level."),
            QualityCategoryText(name="Qualified", definition="You meet the minimum [basic] requirements."),
        ),
    )
    rendered = render_posting(sample("data-scientist"), template="usajobs-markdown", assessment=evaluation)
    assert "You meet \\*every\\* competency at the &lt;expert&gt; level." in rendered
    assert "quality-categories-described" not in [finding.rule for finding in rendered.findings]


def _posting_words(posting: JobPosting) -> str:
    """Every word the posting itself holds (its fields, lists and extra sections), lower-cased, spaces collapsed."""

    def strings(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for key, item in value.items():
                yield str(key)
                yield from strings(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                yield from strings(item)

    values = [*strings(posting.model_dump()), *(fact["value"] for fact in posting_overview(posting))]
    return " ".join(" ".join(values).lower().split())


@pytest.mark.parametrize("template", list_templates())
@pytest.mark.parametrize("name", ["cx-strategist", "data-scientist"])
def test_no_finding_comes_from_a_bundled_templates_fixed_text(name: str, template: str) -> None:
    # the pooled announcement's own notices ('be considered', 'share', 'agree', 'agreement' in the 5 U.S.C.
    # 3318(b) notice, 'applicants') were flagged as if the posting had said them; every finding now quotes the
    # posting's own words
    posting = sample(name)
    words = _posting_words(posting)
    rendered = render_posting(posting, template=template)
    assert [(f.rule, f.text) for f in rendered.findings if " ".join(f.text.lower().split()) not in words] == []


QUIET_POSTING = {"title": "Data Scientist", "agency": "Census Bureau", "shared_certificate": True,
                 "participating_agencies": [{"name": "Bureau of Labor Statistics", "grades": ["12"]}],
                 "pay_plan": "GS", "grade_low": "12", "grade_high": "13"}  # fmt: skip


@pytest.mark.parametrize("template", list_templates())
def test_strict_info_passes_on_a_posting_with_no_findings_of_its_own(template: str) -> None:
    rendered = render_posting(QUIET_POSTING, template=template, strict=True, fail_on="info")
    assert rendered.findings == ()


@pytest.mark.parametrize("agencies, says, never", [
    # one agency (no participating agencies: the posting's own): no "1 agency", no "all of them"
    ([], ["This is a pooled announcement: you apply once, the agency below hires from one list of qualified "
          "applicants, and other agencies may also use that list if you agree",
          "When you apply, you choose whether other agencies may consider you"],
     ["1 agency", "all of them", "which of the agencies above"]),
    ([{"name": "Bureau of Labor Statistics"}, {"name": "Census Bureau"}],
     ["one application for 2 agencies. You apply once, and every agency below can hire from the same list of "
      "qualified applicants. Census Bureau runs the assessment for all of them.",
      "you choose which of the agencies above may consider you"],
     ["the agency below hires"]),
])
def test_pooled_announcement_reads_right_for_one_agency_or_many(agencies, says, never) -> None:
    posting = {**QUIET_POSTING, "participating_agencies": agencies}
    rendered = render_posting(posting, template="pooled-announcement", strict=True, fail_on="info")
    for text in says:
        assert text in rendered.text
    for text in never:
        assert text not in rendered.text


def test_the_postings_own_words_are_still_checked_in_a_bundled_template() -> None:
    own = {**QUIET_POSTING, "summary": "Applicants will be considered if they share our agreement. Give your GS grade."}
    rendered = render_posting(own, template="pooled-announcement")
    assert [(f.rule, f.text, f.section) for f in rendered.findings] == [
        ("reader-not-addressed", "Applicants", "summary"),
        ("passive-voice", "be considered", "summary"),
        ("gender-coded", "share", "summary"),
        ("gender-coded", "agreement", "summary"),
        ("unexplained-acronym", "GS", "summary"),  # the posting's own GS; skillhire's 'GS-12' is not flagged
    ]


def test_a_user_templates_own_wording_is_still_checked(tmp_path: Path) -> None:
    (tmp_path / "mine.md.j2").write_text("# {{ posting.title }}\n\nApplicants will be considered.\n", encoding="utf-8")
    rendered = render_posting({"title": "Data Scientist"}, template="mine", template_dirs=[tmp_path])
    assert [(f.rule, f.text) for f in rendered.findings] == [
        ("reader-not-addressed", "Applicants"), ("passive-voice", "be considered")
    ]


@pytest.mark.parametrize(
    "source",
    [
        "{{ posting.open_date.strftime('%c' * 499999) }}",  # 1 MB of format (under the cap) built 12 MB of date
        "{{ posting.close_date.strftime('%A' * 101) }}",  # 202 characters: one over the limit
        "{{ posting.open_date.strftime(format='%c' * 499999) }}",  # the format as a keyword argument
        "{{ ('{:' ~ '%c' * 499999 ~ '}').format(posting.open_date) }}",  # the same through str.format's date field
        "{{ ('{0:' ~ '%B' * 101 ~ '}').format(posting.close_date) }}",
    ],
)
def test_a_date_format_is_capped_before_strftime_builds_it(tmp_path: Path, source: str) -> None:
    import tracemalloc

    (tmp_path / "when.txt.j2").write_text(source, encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(UnsafeTemplateError) as caught:
            render_posting(sample("cx-strategist"), template="when", template_dirs=[tmp_path], check=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    directive, times = re.search(r"'(%\w)' \* (\d+)", source).groups()
    size = len(directive) * int(times)
    assert str(caught.value) == (  # the format's start named, so its author can find it
        f"template 'when.txt.j2', line 1: blocked by the template sandbox: a date format of {size:,} characters "
        f"('{directive * 10}'...) is longer than the limit of 200 (a format such as '%B %-d, %Y' needs a few)"
    )
    assert peak < 5_000_000  # the 1 MB format string itself and its copies, never the 12 MB result


@pytest.mark.parametrize(
    "source, expected",
    [
        ("{{ posting.open_date.strftime('%B %d, %Y') }}", "March 02, 2026"),
        ("{{ posting.open_date.strftime('%A, %B %-d, %Y') }}", "Monday, March 2, 2026"),
        ("{{ posting.close_date.strftime('%m/%d/%Y') }}", "03/16/2026"),
        ("{{ posting.close_date.strftime('%Y-%m-%d') }}", "2026-03-16"),
        ("{{ '{:%B %-d, %Y}'.format(posting.open_date) }}", "March 2, 2026"),
        ("{{ 'Closes {0:%b %d}'.format(posting.close_date) }}", "Closes Mar 16"),
        ("{{ posting.open_date.strftime('%d' * 100) }}", "02" * 100),  # 200 characters: at the limit
        ("{{ '{:>12}'.format('x') | length }}", "12"),  # a width on text is still the size cap's business
    ],
)
def test_ordinary_date_formats_still_work(tmp_path: Path, source: str, expected: str) -> None:
    (tmp_path / "when.txt.j2").write_text(source, encoding="utf-8")
    rendered = render_posting(sample("cx-strategist"), template="when", template_dirs=[tmp_path], check=False)
    assert str(rendered) == expected


_SAME_PLACE = "5 U.S.C. 3318(b)(1); OPM CHCO memo, 11 Jan 2018 (same duty location)"


@pytest.mark.parametrize(
    "locations, agency_locations, expected",
    [
        # the announcement names no duty location, its agencies do: every agency location is one it does not name
        (
            [],
            [["Washington, DC"], ["Baltimore, MD"], ["Charleston, SC"], ["Washington, DC"]],
            [
                ("General Services Administration hires at Washington, DC, but the announcement names no duty "
                 "location", "Washington, DC"),
                ("Department of Health and Human Services hires at Baltimore, MD, but the announcement names no duty "
                 "location", "Baltimore, MD"),
                ("Department of State hires at Charleston, SC, but the announcement names no duty location",
                 "Charleston, SC"),
                ("Department of Veterans Affairs hires at Washington, DC, but the announcement names no duty "
                 "location", "Washington, DC"),
            ],
        ),
        (
            [],
            [["Honolulu, HI", "Guam"], [], [], []],
            # one place or two? '; ' between places, as the announcement's own (before: 'Honolulu, HI, Guam')
            [("General Services Administration hires at Honolulu, HI; Guam, but the announcement names no duty "
              "location", "Honolulu, HI; Guam")],
        ),
        ([], [[], [], [], []], []),  # nobody names a place: nothing to compare (USAJOBS itself asks for one)
        # the announcement names its places: as before
        (["Washington, DC", "Baltimore, MD"], [["Washington, DC"], ["Baltimore, MD"], [], []], []),
        (
            ["Washington, DC"],
            [["Washington, DC"], ["Baltimore, MD"], [], []],
            [("Department of Health and Human Services hires at Baltimore, MD, which the announcement's locations "
              "(Washington, DC) do not name", "Baltimore, MD")],
        ),
    ],
)
def test_pooled_agency_locations_are_checked_against_the_announcement(
    locations: list[str], agency_locations: list[list[str]], expected: list[tuple[str, str]]
) -> None:
    posting = sample("cx-strategist")
    agencies = [agency.model_copy(update={"locations": places})
                for agency, places in zip(posting.participating_agencies, agency_locations, strict=True)]
    posting = posting.model_copy(update={"locations": locations, "participating_agencies": agencies})
    for template in ("pooled-announcement", "usajobs-markdown"):
        found = [f for f in render_posting(posting, template=template).findings if f.rule == "pooled-agency-location"]
        assert [(f.message, f.text) for f in found] == expected
        assert {(str(f.severity), f.source, f.section) for f in found} <= {
            ("warning", _SAME_PLACE, "participating_agencies")
        }
