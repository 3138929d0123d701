"""Render a :class:`~skillhire.posting.JobPosting` into a complete announcement with a jinja2 template.

Templates are files named ``<name>.<format>.j2`` (``usajobs-html.html.j2``): the name picks the template,
the format (``md``, ``html``, ``txt``) says what it produces and whether HTML autoescaping is on. Bundled
templates live in the package's ``templates/`` folder; folders passed as ``template_dirs`` are searched
first, so a team overrides a bundled template (or one of its ``_partials/``) by giving theirs the same file
name. Every template renders in :class:`~skillhire.template_sandbox.PostingSandbox` (sandboxed, strict,
size-capped).

:func:`render_posting` returns a :class:`RenderedPosting`: a ``str`` (print it, write it, paste it) that also
carries ``findings`` (:class:`skillhire.lint.Finding` objects, most severe first) from checking the rendered
text. ``strict=True`` turns findings at or above ``fail_on`` into a
:class:`~skillhire.errors.PostingCheckError`. The checks:

- the plain-language lint of the rewrite module (:func:`skillhire.lint.lint_posting`) on the rendered text
  (HTML is checked as its visible text);
- ``quality-categories-described`` (error): with a category-rating assessment, every quality category and its
  definition appear (5 CFR 337.303(c));
- ``shared-certificate-notice`` (error): a pooled or shared-list posting tells applicants that other agencies
  may hire from the list (5 U.S.C. 3318(b)(2));
- ``pay-plan-known`` (warning): a pay plan skillhire does not list (a written posting's two-letter code is
  accepted, as OPM's table is long and grows; its grades are then checked only for their form);
- ``education-requirement-stated`` (warning): a series with an OPM positive education requirement has an
  Education section (5 U.S.C. 3308);
- for HTML, ``html-lang``, ``html-one-h1``, ``html-heading-order``, ``html-no-layout-tables``,
  ``html-lists-as-lists`` and ``html-self-contained`` (errors; WCAG 2.1 SC 1.3.1, 2.4.6, 3.1.1).

The announcement rules are skipped for templates whose leading comment says ``Announcement: no`` (the
``one-page-summary`` flyer).

Templates receive ``posting`` (the :class:`JobPosting`), ``overview`` (its header facts in words, from
:func:`posting_overview`), ``evaluation`` (an :class:`EvaluationSection` built from the assessment, or
``None``), ``template_name`` and ``format``, and can use the filters of :mod:`skillhire.template_filters`.
"""

from __future__ import annotations

import functools
import json
import os
import re
import traceback
from collections.abc import Iterable, Iterator, Mapping, Sequence
from html.parser import HTMLParser
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer

from skillhire._resources import data_dir, list_data
from skillhire.errors import (
    InvalidFileError,
    InvalidRowError,
    PostingCheckError,
    SkillhireError,
    TemplateNotFoundError,
    TemplateRenderError,
    UnsafeTemplateError,
)
from skillhire.html_page import html_to_text  # the one HTML reader, also parse_posting's
from skillhire.template_filters import FILTERS, unescape_markdown

if TYPE_CHECKING:
    from skillhire.lint import Finding
    from skillhire.plain_language import Severity
    from skillhire.posting import JobPosting
    from skillhire.template_sandbox import PostingSandbox, SearchPathLoader

DEFAULT_MAX_OUTPUT_CHARS = 1_000_000
"""Default cap on a rendered posting and on any value a template builds; a long announcement is ~30,000."""

__all__ = [
    "BatchRenderResult",
    "EvaluationSection",
    "QualityCategoryText",
    "RenderedPosting",
    "TemplateInfo",
    "check_html_structure",
    "describe_templates",
    "evaluation_from_assessment",
    "list_sample_announcements",
    "list_sample_postings",
    "list_templates",
    "load_sample_announcement",
    "load_sample_posting",
    "new_posting_text",
    "posting_json_schema",
    "posting_overview",
    "render_posting",
    "render_postings",
    "write_rendered",
]

TemplateFormat = Literal["html", "md", "txt"]
_FORMATS: dict[str, TemplateFormat] = {
    "html": "html",
    "htm": "html",
    "md": "md",
    "markdown": "md",
    "txt": "txt",
}
_SUFFIX_BY_FORMAT = {"html": ".html", "md": ".md", "txt": ".txt"}
TemplateDirs = str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None


# --------------------------------------------------------------------------------------------------- models


class TemplateInfo(BaseModel):
    """One template that :func:`render_posting` can use."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="The name to pass as template=, e.g. 'usajobs-html'.")
    format: TemplateFormat = Field(description="What the template produces: html, md (Markdown) or txt.")
    file_name: str = Field(description="The template's file name, e.g. 'usajobs-html.html.j2'.")
    origin: str = Field(description="'bundled', or the user template folder the template was found in.")
    description: str = Field(description="The first line of the template's leading {# comment #}, or ''.")
    announcement: bool = Field(
        default=True,
        description="Whether the output is a job announcement, checked against the announcement rules "
        "(quality categories described, sharing notice). A template opts out with a line 'Announcement: no' "
        "in its leading comment (an outreach flyer that points to the full announcement).",
    )


class QualityCategoryText(BaseModel):
    """One quality category as the announcement describes it (5 CFR 337.303(c))."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="The category's name, e.g. 'Best Qualified'.")
    definition: str = Field(description="What places an applicant in this category, in plain words.")


class EvaluatedHurdle(BaseModel):
    """One step of the assessment, in the order applicants meet it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="The step's name, e.g. 'Resume review by subject matter experts'.")
    description: str = Field(description="What happens in this step and what it takes to pass it.")


class EvaluationSection(BaseModel):
    """What a template needs for "How you will be evaluated", built from an assessment definition.

    Build it with :func:`evaluation_from_assessment`, or directly when the assessment lives elsewhere.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    summary: str = Field(default="", description="An opening paragraph on how applicants are assessed.")
    hurdles: tuple[EvaluatedHurdle, ...] = Field(
        default=(), description="The assessment steps in order; an applicant must pass each to go on."
    )
    rating_method: Literal["category", "numerical"] = Field(
        default="category",
        description="Category rating (5 U.S.C. 3319) or numerical ranking (5 U.S.C. 3317).",
    )
    quality_categories: tuple[QualityCategoryText, ...] = Field(
        default=(),
        description="Quality categories, highest first, each with its definition (5 CFR 337.303(c)).",
    )
    veterans_preference: str = Field(
        default="", description="How veterans' preference is applied, in plain words (5 CFR 337.304)."
    )


class RenderedPosting(str):
    """A rendered posting: the text itself (a ``str``), plus the template, format and check findings.

    Attributes:
        template: The template's name.
        format: ``html``, ``md`` or ``txt``.
        findings: What the checks found, most severe first.
    """

    template: str
    format: str
    findings: tuple[Any, ...]

    def __new__(
        cls, text: str = "", template: str = "", format: str = "txt", findings: Iterable[Any] = ()
    ) -> RenderedPosting:
        rendered = super().__new__(cls, text)
        rendered.template = template
        rendered.format = format
        rendered.findings = tuple(findings)
        return rendered

    def __reduce__(self) -> tuple[Any, ...]:
        return (RenderedPosting, (str(self), self.template, self.format, self.findings))

    @property
    def text(self) -> str:
        """The rendered text as a plain ``str``."""
        return str(self)

    def _repr_html_(self) -> str | None:  # Jupyter shows an HTML posting rendered
        return str(self) if self.format == "html" else None

    def _repr_markdown_(self) -> str | None:  # and a Markdown one as Markdown
        return str(self) if self.format == "md" else None


def _rendered_to_json(item: tuple[int, RenderedPosting]) -> dict[str, Any]:
    row, posting = item
    return {"row": row, "text": str(posting), "template": posting.template, "format": posting.format,
            "findings": [finding.model_dump(mode="json") for finding in posting.findings]}


def _keys_present(value: Mapping[str, Any], keys: tuple[str, ...]) -> None:
    """A row read back from JSON names every key it needs (a ValueError, so pydantic reports it with its place)."""
    missing = [key for key in keys if key not in value]
    if missing:
        raise ValueError(f"missing {', '.join(map(repr, missing))} (an object needs {', '.join(keys)})")


def _rendered_from_json(value: Any) -> Any:
    if not isinstance(value, Mapping):
        return value
    from skillhire.lint import Finding

    _keys_present(value, ("row", "text", "template", "format"))
    findings = [Finding.model_validate(finding) for finding in value.get("findings", ())]
    return (value["row"], RenderedPosting(value["text"], value["template"], value["format"], findings))


def _row_error_to_json(error: InvalidRowError) -> dict[str, Any]:
    return {"sheet": error.sheet, "row": error.row, "column": error.column, "message": error.message}


def _row_error_from_json(value: Any) -> Any:
    if not isinstance(value, Mapping):
        return value
    _keys_present(value, ("row", "message"))
    return InvalidRowError(value["row"], value.get("column"), value["message"], value.get("sheet"))


_RenderedRow = Annotated[tuple[int, RenderedPosting], BeforeValidator(_rendered_from_json),
                        PlainSerializer(_rendered_to_json, when_used="json")]
_RowProblem = Annotated[InvalidRowError, BeforeValidator(_row_error_from_json),
                       PlainSerializer(_row_error_to_json, when_used="json")]


class BatchRenderResult(BaseModel):
    """The result of :func:`render_postings`: one rendered posting per good row, one error per bad row.

    ``rows_read == len(rendered) + len(errors)`` always holds (a row with several problems is one rejected
    row, and ``errors`` carries one :class:`InvalidRowError` per problem; ``rows_rejected`` counts rows).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    template: str = Field(description="The template every row was rendered with.")
    rows_read: int = Field(description="Data rows read (the header row not counted).")
    rendered: tuple[_RenderedRow, ...] = Field(
        description="(row number as in the spreadsheet, rendered posting) for every row that rendered; in JSON an "
        "object with row, text, template, format and findings."
    )
    errors: tuple[_RowProblem, ...] = Field(
        description="Every problem found, with its row and column; in JSON an object with sheet, row, column and "
        "message."
    )

    def __eq__(self, other: object) -> bool:
        """Same rows, texts, findings and row problems (a row problem is an exception, which Python compares by
        identity, so a result read back from JSON compares by what it says)."""
        if not isinstance(other, BatchRenderResult):
            return NotImplemented
        return self.model_dump_json() == other.model_dump_json()

    __hash__ = None  # type: ignore[assignment]  # equal by content, and mutable parts: not hashable

    @property
    def rows_rejected(self) -> int:
        """How many rows did not render."""
        return len({error.row for error in self.errors})


# ------------------------------------------------------------------------------------------ template lookup


def _user_dirs(template_dirs: TemplateDirs) -> tuple[Path, ...]:
    if template_dirs is None:
        return ()
    if isinstance(template_dirs, (str, os.PathLike)):
        template_dirs = [template_dirs]
    dirs = []
    for entry in template_dirs:
        folder = Path(entry)
        if not folder.is_dir():
            raise InvalidFileError(entry, "is not a folder of templates")
        dirs.append(folder)
    return tuple(dirs)


def _template_files(user_dirs: tuple[Path, ...]) -> dict[str, TemplateInfo]:
    """Every usable template by name; a user folder's template hides a bundled one of the same name."""
    found: dict[str, TemplateInfo] = {}
    sources: list[tuple[str, Iterable[Traversable | Path]]] = [
        (str(folder), sorted(folder.iterdir(), key=lambda p: p.name)) for folder in user_dirs
    ]
    for origin, entries in sources:
        for entry in entries:
            info = _template_info(entry, origin)
            if info is not None and info.name not in found:
                found[info.name] = info
    for info in _bundled_templates():
        found.setdefault(info.name, info)
    return found


@functools.cache
def _bundled_templates() -> tuple[TemplateInfo, ...]:
    """The bundled templates (they never change while skillhire runs, so they are read once)."""
    entries = sorted(data_dir("templates").iterdir(), key=lambda entry: entry.name)
    return tuple(info for info in (_template_info(entry, "bundled") for entry in entries) if info is not None)


def _template_info(entry: Traversable | Path, origin: str) -> TemplateInfo | None:
    file_name = entry.name
    if not file_name.endswith(".j2") or file_name.startswith(("_", ".")) or not entry.is_file():
        return None
    stem = file_name[: -len(".j2")]
    name, _, extension = stem.partition(".")
    fmt = _FORMATS.get(extension.lower() or "txt")
    if not name or fmt is None:
        return None
    comment = _leading_comment(entry)
    lines = [line.strip() for line in comment.splitlines() if line.strip()]
    opted_out = any(re.fullmatch(r"announcement:\s*no\b.*", line, re.IGNORECASE) for line in lines)
    return TemplateInfo(
        name=name,
        format=fmt,
        file_name=file_name,
        origin=origin,
        description=lines[0] if lines else "",
        announcement=not opted_out,
    )


def _leading_comment(entry: Traversable | Path) -> str:
    try:
        head = entry.read_text(encoding="utf-8")[:2000]
    except (OSError, UnicodeDecodeError):
        return ""
    match = re.match(r"\s*\{#-?\s*(.*?)\s*-?#\}", head, re.DOTALL)
    return match.group(1).strip() if match else ""


def list_templates(*, template_dirs: TemplateDirs = None) -> list[str]:
    """The names of the templates :func:`render_posting` can use, sorted.

    Args:
        template_dirs: Folders of your own templates, searched before the bundled ones.

    Returns:
        Template names, e.g. ``["one-page-summary", "plain-text", ...]``.

    Example:
        >>> "usajobs-html" in list_templates()
        True
    """
    return sorted(_template_files(_user_dirs(template_dirs)))


def describe_templates(*, template_dirs: TemplateDirs = None) -> list[TemplateInfo]:
    """Every usable template with its format, file, origin and description, sorted by name.

    Example:
        >>> [t.format for t in describe_templates() if t.name == "usajobs-html"]
        ['html']
    """
    found = _template_files(_user_dirs(template_dirs))
    return [found[name] for name in sorted(found)]


@functools.lru_cache(maxsize=32)
def _environment(
    user_dirs: tuple[Path, ...], max_output_chars: int
) -> tuple[PostingSandbox, SearchPathLoader]:
    from skillhire.template_sandbox import PostingSandbox, SearchPathLoader

    loader = SearchPathLoader(user_dirs)
    environment = PostingSandbox(loader, max_output_chars=max_output_chars)
    environment.add_filters(FILTERS)
    return environment, loader


# ---------------------------------------------------------------------------------------------- rendering


def render_posting(
    posting: JobPosting | Mapping[str, Any] | str | os.PathLike[str],
    *,
    template: str = "usajobs-markdown",
    template_dirs: TemplateDirs = None,
    assessment: Any = None,
    check: bool = True,
    strict: bool = False,
    fail_on: str | Severity = "warning",
    max_output_chars: int = DEFAULT_MAX_OUTPUT_CHARS,
) -> RenderedPosting:
    """Render one posting with a template, and check the result.

    Args:
        posting: A :class:`JobPosting`, a mapping of its fields, the path of a posting file (TOML, JSON, or
            announcement text), or announcement text itself (a ``str`` with line breaks, read by
            :func:`~skillhire.posting.parse_posting`).
        template: A template name from :func:`list_templates`.
        template_dirs: Folders of your own templates, searched before the bundled ones.
        assessment: The assessment that "How you will be evaluated" describes: an ``Assessment``, a bundled
            assessment name or file path (``load_assessment``), or an :class:`EvaluationSection`. ``None``
            uses the posting's own evaluation text.
        check: Run the checks (plain-language lint and announcement rules) and attach their findings.
        strict: Raise :class:`PostingCheckError` when any finding is at or above ``fail_on``.
        fail_on: The lowest severity that fails in strict mode: ``"info"``, ``"warning"`` or ``"error"``.
        max_output_chars: The largest rendered posting (and any value a template builds), in characters.

    Returns:
        The rendered text, a :class:`RenderedPosting` (a ``str`` with ``.findings``).

    Raises:
        TemplateNotFoundError: no template of that name; the message lists the available ones.
        TemplateRenderError: the template has a syntax error, uses a field the posting does not have, or
            prints an empty field; the message names the field and the template line.
        UnsafeTemplateError: the template reached for Python internals or built too much output.
        PostingCheckError: ``strict`` is on and a finding is at or above ``fail_on``.

    Example:
        >>> text = render_posting(load_sample_posting("cx-strategist"), template="plain-text")
        >>> text.splitlines()[0]
        'Customer Experience Strategist'
        >>> text.format, text.template
        ('txt', 'plain-text')
    """
    from skillhire.plain_language import Severity

    threshold = Severity.parse(fail_on)
    job = _coerce_posting(posting)
    user_dirs = _user_dirs(template_dirs)
    info = _resolve_template(template, user_dirs)
    evaluation = _coerce_evaluation(assessment)
    environment, loader = _environment(user_dirs, max_output_chars)
    context = {
        "posting": job,
        "evaluation": evaluation,
        "overview": posting_overview(job),
        "template_name": info.name,
        "format": info.format,
    }
    text = _render_file(environment, loader, info.file_name, context)
    if "\n" in text.rstrip("\n"):  # a document of several lines ends with exactly one newline
        text = text.rstrip("\n") + "\n"
    findings: tuple[Any, ...] = ()
    if check:
        findings = tuple(
            check_rendered(
                text,
                job,
                format=info.format,
                evaluation=evaluation,
                announcement=info.announcement,
                fixed=_fixed_passages(info, user_dirs) + _grade_words(job),
            )
        )
    if strict:
        failing = [finding for finding in findings if finding.severity >= threshold]
        if failing:
            raise PostingCheckError(info.name, failing)
    return RenderedPosting(text, info.name, info.format, findings)


def _unknown_name_hint(message: str | None, environment: PostingSandbox) -> str:
    """jinja2's "No filter named 'upperr'." with the closest filter and every filter (or test) a template may use."""
    import difflib

    # at parse time "No filter named 'x'."; inside an {% if %} jinja2 defers it to run time: "... named 'x' found."
    found = re.fullmatch(r"No (filter|test) named '([^']*)'(?: found)?\.?(.*)", message or "", re.DOTALL)
    if found is None:
        return message or ""
    kind, name, rest = found.groups()
    names = sorted(environment.filters if kind == "filter" else environment.tests)
    close = difflib.get_close_matches(name, names, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else "."
    return f"No {kind} named {name!r}{hint} {kind.capitalize()}s: {', '.join(names)}{rest}"


def _resolve_template(name: str, user_dirs: tuple[Path, ...]) -> TemplateInfo:
    found = _template_files(user_dirs)
    if name in found:
        return found[name]
    kind = "template" if user_dirs else "bundled template"
    raise TemplateNotFoundError(kind, name, found)


def _render_file(
    environment: PostingSandbox, loader: SearchPathLoader, file_name: str, context: dict[str, Any]
) -> str:
    import jinja2
    import jinja2.sandbox

    try:
        compiled = environment.get_template(file_name)
        return environment.render_capped(compiled, context)
    except SkillhireError:
        raise
    except jinja2.TemplateSyntaxError as error:
        where = loader.template_by_filename.get(error.filename or "", error.name or file_name)
        raise TemplateRenderError(where, error.lineno, f"syntax error: {_unknown_name_hint(error.message, environment)}") from None
    except jinja2.TemplateNotFound as error:
        name, line = _template_line(error, loader, file_name)
        raise TemplateRenderError(
            name,
            line,
            f"includes {error.name!r}, which is in no template folder (user folders, then bundled)",
        ) from None
    except jinja2.sandbox.SecurityError as error:
        name, line = _template_line(error, loader, file_name)
        raise UnsafeTemplateError(name, line, f"blocked by the template sandbox: {error}") from None
    except jinja2.UndefinedError as error:
        name, line = _template_line(error, loader, file_name)
        raise TemplateRenderError(name, line, str(error)) from None
    except RecursionError:
        raise UnsafeTemplateError(file_name, None, "the template recursed too deeply") from None
    except Exception as error:  # any other failure inside a template is the template's problem
        name, line = _template_line(error, loader, file_name)
        problem = (
            str(error) if isinstance(error, (ValueError, TypeError)) else f"{type(error).__name__}: {error}"
        )
        if isinstance(error, jinja2.TemplateRuntimeError) and _unknown_name_hint(str(error), environment) != str(
            error
        ):
            problem = _unknown_name_hint(str(error), environment)  # a filter or test unknown inside an {% if %}
        printed = _printed_on_line(error, loader)
        if printed and problem.startswith("the template printed a field that is empty"):
            problem = problem.replace("is empty (None)", f"is empty (None): {printed}", 1)
        raise TemplateRenderError(name, line, problem) from None


def _printed_on_line(error: BaseException, loader: SearchPathLoader) -> str:
    """The ``{{ ... }}`` expressions on the innermost template line of ``error``, to name an empty field."""
    text = ""
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename in loader.template_by_filename:
            text = frame.line or ""
    return ", ".join(match.strip() for match in re.findall(r"\{\{-?(.*?)-?\}\}", text))


def _template_line(error: BaseException, loader: SearchPathLoader, default: str) -> tuple[str, int | None]:
    """The innermost template file and line in ``error``'s traceback (jinja2 rewrites frames to them)."""
    name, line = default, None
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename in loader.template_by_filename:
            name, line = loader.template_by_filename[frame.filename], frame.lineno
    return name, line


def _coerce_posting(posting: Any) -> JobPosting:
    from skillhire.posting import JobPosting, load_posting

    if isinstance(posting, JobPosting):
        return posting
    if isinstance(posting, str) and "\n" in posting:
        from skillhire.posting import parse_posting

        return parse_posting(posting)
    if isinstance(posting, (str, os.PathLike)):
        return load_posting(posting)
    if isinstance(posting, Mapping):
        return _validate_posting(dict(posting), source="posting")
    raise TypeError(
        f"render_posting needs a JobPosting, a mapping or a posting file path, not {type(posting).__name__}"
    )


def _validate_posting(data: dict[str, Any], *, source: str) -> JobPosting:
    from pydantic import ValidationError

    from skillhire.posting import WRITTEN, JobPosting, validation_problem

    try:
        return JobPosting.model_validate(data, context=WRITTEN)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in item['loc']) or '(posting)'}: {validation_problem(item)}"
            for item in error.errors()
        )
        raise InvalidFileError(source, f"is not a valid posting: {problems}") from None


# ------------------------------------------------------------------------------------------- overview


def posting_overview(posting: JobPosting) -> list[dict[str, str]]:
    """The header facts of a posting, in USAJOBS "Overview" order, as ``{"label", "value"}`` pairs in words.

    Absent facts are left out, so a posting with only some header fields gives a shorter list. Templates
    receive this list as ``overview``.

    Example:
        >>> from skillhire import JobPosting
        >>> posting = JobPosting(title="Data Scientist", pay_plan="GS", grade_low="12", grade_high="14")
        >>> posting_overview(posting)
        [{'label': 'Pay scale and grade', 'value': 'GS-12 to GS-14'}]
    """
    from skillhire.template_filters import format_date, format_money_range, join_words

    facts: list[tuple[str, Any]] = []
    if posting.salary is not None and (posting.salary.min is not None or posting.salary.max is not None):
        per = posting.salary.per if posting.salary.per not in (None, "other") else None
        if per == "biweekly":
            per = "two weeks"
        facts.append(("Salary", format_money_range(posting.salary.min, posting.salary.max, per=per)))
    facts.append(("Pay scale and grade", posting.grade_range))
    if posting.promotion_potential and posting.promotion_potential not in (
        posting.grade_high,
        posting.grade_low,
    ):
        facts.append(
            (
                "Promotion potential",
                f"{posting.pay_plan + '-' if posting.pay_plan else ''}{posting.promotion_potential}",
            )
        )
    facts.append(("Occupational series", posting.series))
    facts.append(("Agency", posting.agency))
    if posting.department and posting.department != posting.agency:
        facts.append(("Department", posting.department))
    if posting.locations:
        facts.append(
            ("Location" if len(posting.locations) == 1 else "Locations", join_words(posting.locations))
        )
    facts.append(("Openings", posting.openings))
    if posting.open_date and posting.close_date:
        facts.append(("Open", f"{format_date(posting.open_date)} to {format_date(posting.close_date)}"))
    elif posting.close_date:
        facts.append(("Closes", format_date(posting.close_date)))
    elif posting.open_date:
        facts.append(("Opens", format_date(posting.open_date)))
    facts.append(("Appointment type", posting.appointment_type))
    facts.append(("Work schedule", posting.work_schedule))
    facts.append(("Service", posting.service_type))
    facts.append(("Remote job", _yes_no(posting.remote)))
    facts.append(("Telework eligible", _yes_no(posting.telework_eligible)))
    facts.append(("Travel", posting.travel_required))
    facts.append(("Relocation expenses paid", posting.relocation))
    facts.append(("Supervisory", _yes_no(posting.supervisory_status)))
    facts.append(("Security clearance", posting.security_clearance))
    facts.append(("Position sensitivity and risk", posting.position_sensitivity))
    facts.append(("Trust determination process", posting.trust_determination))
    facts.append(("Drug test", _yes_no(posting.drug_test)))
    facts.append(("Financial disclosure", _yes_no(posting.financial_disclosure)))
    facts.append(("Bargaining unit status", posting.bargaining_unit))
    facts.append(("Announcement number", posting.announcement_number))
    facts.append(("Control number", posting.control_number))
    facts.extend(posting.extra_fields.items())
    return [{"label": label, "value": str(value)} for label, value in facts if value not in (None, "")]


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("Yes" if value else "No")


# ------------------------------------------------------------------------------------------- evaluation


def evaluation_from_assessment(assessment: Any) -> EvaluationSection:
    """Describe an assessment for "How you will be evaluated": its steps, quality categories and preference.

    The quality categories come with their definitions, as 5 CFR 337.303(c) requires an announcement to
    describe them; veterans' preference is described as category rating applies it (5 U.S.C. 3319(b),
    5 CFR 337.304: no points; preference eligibles first in each category; CP and CPS at the top of the
    highest category except for scientific and professional jobs at GS-9 or higher), or as numerical
    ranking does (5 CFR 332.401: 5 or 10 points).

    Args:
        assessment: An :class:`~skillhire.assessment.Assessment`, or a bundled assessment name or a path.

    Returns:
        The section's content, in plain words.

    Example:
        >>> section = evaluation_from_assessment("smeqa-standard")
        >>> [category.name for category in section.quality_categories]
        ['Best Qualified', 'Well Qualified', 'Qualified']
    """
    from skillhire.assessment import Assessment, load_assessment
    from skillhire.template_filters import join_words

    if isinstance(assessment, (str, os.PathLike)):
        assessment = load_assessment(assessment)
    if not isinstance(assessment, Assessment):
        raise TypeError(
            f"expected an Assessment, a bundled assessment name or a path, not {type(assessment).__name__}"
        )
    steps = len(assessment.hurdles)
    summary = (
        f"We assess everyone who applies the same way, in {steps} step{'s' if steps != 1 else ''}. "
        "You must pass each step to go on to the next."
        if steps > 1
        else "We assess everyone who applies the same way."
    )
    hurdles = []
    for hurdle in assessment.hurdles:
        if hurdle.kind == "resume_review":
            competencies = assessment.hurdle_competencies(hurdle)
            must = [c.name for c in competencies if c.screen_out]
            skills = join_words([c.name for c in competencies])
            description = (
                "Subject matter experts, people who do this work today, read your resume. They check that it "
                f"shows each of these skills at the level the job needs: {skills}. Each decision takes "
                f"{hurdle.votes_required} experts who agree; when they disagree, another expert decides."
            )
            # the engine passes a resume when every screen-out skill and at least min_competencies_met skills
            # (default: all) are met (skillhire.hurdles); naming only the screen-out ones told applicants a
            # skill was optional that fails them when missing
            needed = hurdle.min_competencies_met or len(competencies)
            if needed >= len(competencies):
                description += " To move on, your resume must show " + (
                    "all of them." if len(competencies) > 1 else "it.")
            else:
                if must:
                    description += f" To move on, your resume must show {join_words(must)}."
                if needed > len(must):
                    description += f" It must show at least {needed} of the skills in all."
            hurdles.append(
                EvaluatedHurdle(name=f"{hurdle.name} by subject matter experts", description=description)
            )
        else:
            description = (
                "A panel of subject matter experts asks you the same questions it asks everyone. It "
                f"rates your answers from 0 to {hurdle.max_rating}. A rating of {hurdle.passing_rating} or "
                "higher passes."
            )
            hurdles.append(EvaluatedHurdle(name=hurdle.name, description=description))
    categories = []
    higher: float | None = None
    for category in assessment.categories:
        definition = category.description or (
            f"a final score of {category.min_score:g}"
            + (f" up to {higher:g}" if higher is not None else " or higher")
            + "."
        )
        categories.append(QualityCategoryText(name=category.name, definition=definition))
        higher = category.min_score
    return EvaluationSection(
        summary=summary,
        hurdles=tuple(hurdles),
        rating_method=assessment.rating_method,
        quality_categories=tuple(categories) if assessment.rating_method == "category" else (),
        veterans_preference=_preference_text(assessment.rating_method, assessment.scientific_professional),
    )


def _preference_text(rating_method: str, scientific_professional: bool) -> str:
    """Veterans' preference in plain words (5 U.S.C. 3319(b), 5 CFR 337.304; 5 CFR 332.401)."""
    if rating_method == "category":
        text = (
            "Veterans' preference: under category rating no points are added to scores. Instead, in each "
            "quality category, applicants with veterans' preference are listed ahead of applicants "
            "without it."
        )
        if scientific_professional:
            return text + (
                " This is a scientific or professional job. At GS-9 or higher, veterans with a "
                "service-connected disability of 10% or more stay in the category they earn, at the top of "
                "it. Below GS-9, we place them at the top of the highest quality category."
            )
        return text + (
            " We place qualified veterans with a service-connected disability of 10% or more at the top of "
            "the highest quality category."
        )
    text = (
        "Veterans' preference: we add 5 or 10 points to a passing score, depending on the preference you "
        "claim. We list people with preference ahead of others with the same score."
    )
    if scientific_professional:
        return text + (
            " Because this is a scientific or professional job, veterans with a service-connected disability "
            "of 10% or more keep their place by score at GS-9 or higher."
        )
    return text + (
        " We list qualified veterans with a service-connected disability of 10% or more at the top, "
        "ahead of all others."
    )


def _coerce_evaluation(assessment: Any) -> EvaluationSection | None:
    if assessment is None or isinstance(assessment, EvaluationSection):
        return assessment
    return evaluation_from_assessment(assessment)


# ------------------------------------------------------------------------------------------------ checks


def check_rendered(
    text: str,
    posting: JobPosting,
    *,
    format: str,
    evaluation: EvaluationSection | None = None,
    announcement: bool = True,
    fixed: Iterable[str] = (),
) -> list[Finding]:
    """Check a rendered posting: plain-language lint, announcement rules, and HTML structure.

    Args:
        text: The rendered posting.
        posting: The posting it was rendered from.
        format: ``html``, ``md`` or ``txt``.
        evaluation: The evaluation section it was rendered with, if any.
        announcement: Apply the announcement rules (off for outreach flyers).
        fixed: Passages of the template that are not the posting's words (skillhire's own wording, from
            :func:`render_posting`): not linted. The announcement rules still read them.

    Returns:
        Findings, most severe first (then in rule order).
    """
    plain = html_to_text(text) if format == "html" else unescape_markdown(text) if format == "md" else text
    findings: list[Finding] = _lint(plain, posting, fixed)
    findings.extend(_pay_plan_checks(posting))
    if announcement:
        findings.extend(_announcement_checks(plain, posting, evaluation))
    if format == "html":
        findings.extend(check_html_structure(text))
    return sorted(findings, key=lambda finding: -finding.severity)


def _lint(text: str, posting: JobPosting, fixed: Iterable[str] = ()) -> list[Finding]:
    from skillhire.lint import lint_posting

    # skillhire's own overview labels ("Appointment type", "Position sensitivity and risk") are in every
    # rendering and the author cannot change them: not the posting's words, so not flagged (see
    # lint_posting's ``labels``). Labels the posting brings (extra_fields) are its own words and stay checked.
    own = sorted({fact["label"] for fact in posting_overview(posting)} - set(posting.extra_fields))
    return list(lint_posting(text, series=posting.series, labels=own, fixed=fixed))


def _fixed_passages(info: TemplateInfo, user_dirs: Sequence[Path]) -> tuple[str, ...]:
    """The wording a rendering shares with skillhire's bundled template files, not the posting's words: a
    bundled template's own text, and the bundled partials' (the notices) unless a user folder overrides one.
    A user's own template text is theirs, so it stays checked."""
    names = [name for name in _bundled_partials() if not any((folder / name).is_file() for folder in user_dirs)]
    if info.origin == "bundled":
        names.append(info.file_name)
    return tuple(sorted({passage for name in names for passage in _bundled_passages(name)}))


def _grade_words(posting: JobPosting) -> tuple[str, ...]:
    """Grades as skillhire prints them from the posting's pay plan and grades ("GS-12"): its wording, so the
    plan's letters are not an acronym the author left unexplained (a template prints "GS" when no plan is
    given). The plan is still checked where the posting's own text uses it."""
    grades = {posting.grade_low, posting.grade_high, posting.promotion_potential}
    grades |= {grade for agency in posting.participating_agencies for grade in agency.grades}
    return tuple(f"{posting.pay_plan or 'GS'}-{grade}" for grade in sorted(g for g in grades if g))


@functools.cache
def _bundled_partials() -> tuple[str, ...]:
    folder = data_dir("templates") / "_partials"
    return tuple(sorted(f"_partials/{entry.name}" for entry in folder.iterdir() if entry.name.endswith(".j2")))


@functools.cache
def _bundled_passages(name: str) -> tuple[str, ...]:
    """The fixed wording of one bundled template file: its literal text and its string constants (the
    notices set in ``_partials/notices.j2``), as lines of three words or more, markup and tags taken out."""
    import html

    import jinja2
    from jinja2 import nodes

    entry = data_dir("templates")
    for part in name.split("/"):
        entry = entry / part
    tree = jinja2.Environment().parse(entry.read_text(encoding="utf-8"))
    pieces = [node.data for node in tree.find_all(nodes.TemplateData)]
    pieces += [node.value for node in tree.find_all(nodes.Const) if isinstance(node.value, str)]
    passages = set()
    for piece in pieces:
        for line in re.split(r"<[^>]*>|\n", html.unescape(piece)):
            line = re.sub(r"^\s*(?:[#>|-]+|\d+[.)])\s+", "", line)
            words = re.sub(r"[*_|]+", " ", line).split()
            if len(words) >= 3:
                passages.add(" ".join(words))
    return tuple(sorted(passages))


def _announcement_checks(
    text: str, posting: JobPosting, evaluation: EvaluationSection | None
) -> list[Finding]:
    findings: list[Finding] = []
    flat = " ".join(text.split())
    lowered = flat.lower()
    if evaluation is not None and evaluation.rating_method == "category":
        missing = [
            c.name
            for c in evaluation.quality_categories
            if not re.search(rf"\b{re.escape(c.name)}\b", flat) or " ".join(c.definition.split()) not in flat
        ]
        if missing or not evaluation.quality_categories:
            findings.append(
                _finding(
                    rule="quality-categories-described",
                    severity="error",
                    message="the announcement does not describe every quality category"
                    + (f" (missing: {', '.join(missing)})" if missing else ""),
                    suggestion="use a template that prints evaluation.quality_categories and their "
                    "definitions",
                    source="5 CFR 337.303(c)",
                )
            )
    if _is_pooled(posting) and "3318(b)" not in flat and not ("240 days" in lowered and "other" in lowered):
        findings.append(
            _finding(
                rule="shared-certificate-notice",
                severity="error",
                message="a pooled announcement must tell applicants that other agencies may hire from its "
                "list",
                suggestion="use the pooled-announcement template, or add the 5 U.S.C. 3318(b) notice",
                source="5 U.S.C. 3318(b)(2)",
            )
        )
    findings.extend(_education_checks(posting))
    findings.extend(_pooled_location_checks(posting))
    return findings


def _pooled_location_checks(posting: JobPosting) -> list[Finding]:
    """Each participating agency hires at a duty location the announcement names: a shared list serves a
    position at the same duty location (OPM CHCO memo of 11 Jan 2018 on 5 U.S.C. 3318(b)), and applicants choose
    among the locations they were shown. An announcement that names no duty location names none of its agencies'
    places either, so each of them is reported (this check was skipped then); with no place named anywhere there
    is nothing to compare."""
    announced = {" ".join(place.casefold().split()) for place in posting.locations}
    findings = []
    for agency in posting.participating_agencies:
        unnamed = [place for place in agency.locations if " ".join(place.casefold().split()) not in announced]
        if unnamed:
            where = (
                f"which the announcement's locations ({'; '.join(posting.locations)}) do not name"
                if posting.locations
                else "but the announcement names no duty location"
            )
            findings.append(
                _finding(
                    rule="pooled-agency-location",
                    severity="warning",
                    message=f"{agency.name} hires at {'; '.join(unnamed)}, {where}",  # '; ': places hold commas
                    suggestion="add the location to the posting's locations, or correct the agency's",
                    source="5 U.S.C. 3318(b)(1); OPM CHCO memo, 11 Jan 2018 (same duty location)",
                    section="participating_agencies",
                    text="; ".join(unnamed),
                )
            )
    return findings


def _pay_plan_checks(posting: JobPosting) -> list[Finding]:
    """A pay plan skillhire does not list is accepted (OPM's table is long and grows), but named for a check."""
    from skillhire.posting import _known_pay_plans

    if not posting.pay_plan or posting.pay_plan in _known_pay_plans():
        return []
    return [
        _finding(
            rule="pay-plan-known",
            severity="warning",
            message=f"pay plan {posting.pay_plan!r} is not one skillhire lists, so its grades were checked "
            "only for their form",
            suggestion="check the code against OPM's pay plan table",
            source="OPM, The Guide to Data Standards, Part A: Human Resources, 'Pay Plan'",
            section="pay_plan",
            text=posting.pay_plan,
        )
    ]


def _education_checks(posting: JobPosting) -> list[Finding]:
    """A series with an OPM positive education requirement needs an Education section (5 U.S.C. 3308).

    (A degree asked for in a series without one is the plain-language lint's ``degree-requirement`` rule.)
    """
    if not posting.series:
        return []
    from skillhire.errors import UnknownSeriesError
    from skillhire.series import series_info

    try:
        info = series_info(posting.series)
    except UnknownSeriesError:
        return []
    education = posting.education or ""
    if info.positive_education_requirement and not education.strip():
        return [
            _finding(
                rule="education-requirement-stated",
                severity="warning",
                message=f"series {info.series} ({info.official_title}) has an OPM education requirement, "
                "but the announcement has no Education section",
                suggestion=f"state it in plain words: {info.education_requirement}",
                source="OPM qualification standard for the series; 5 U.S.C. 3308",
            )
        ]
    return []


def _finding(
    *,
    rule: str,
    severity: str,
    message: str,
    suggestion: str,
    source: str,
    section: str = "text",
    text: str = "",
) -> Finding:
    """A finding of the rendering checks, in the shape of the lint's :class:`~skillhire.lint.Finding`."""
    from skillhire.lint import Finding

    return Finding(
        rule=rule,
        severity=severity,
        message=message,
        suggestion=suggestion,
        section=section,
        start=0,
        end=len(text),
        text=text,
        source=source,
    )


def _is_pooled(posting: JobPosting) -> bool:
    return bool(
        getattr(posting, "participating_agencies", None) or getattr(posting, "shared_certificate", False)
    )


class _StructureParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headings: list[tuple[int, int]] = []
        self.lang: str | None = None
        self.tables = 0
        self.stray_list_items = 0
        self.open_lists: list[str] = []
        self.links_without_text = 0
        self.scripts = 0
        self.external = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang")
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings.append((int(tag[1]), self.getpos()[0]))
        elif tag == "table":
            self.tables += 1
        elif tag in ("ul", "ol"):
            self.open_lists.append(tag)
        elif tag == "li" and not self.open_lists:
            self.stray_list_items += 1
        elif tag == "script":
            self.scripts += 1
        elif tag == "link" and (attributes.get("rel") or "").lower() == "stylesheet":
            self.external += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol") and self.open_lists:
            self.open_lists.pop()


def check_html_structure(html: str) -> list[Finding]:
    """Check that an HTML posting is accessible: WCAG 2.1 structure rules a posting can break.

    Checks: a ``lang`` on ``<html>`` (WCAG 3.1.1); exactly one ``h1`` and heading levels that never skip
    (WCAG 1.3.1, 2.4.6); list items inside lists; no tables (a posting has no tabular data, so a table is
    layout); no script and no external stylesheet (the page must work on its own).

    Example:
        >>> [f.rule for f in check_html_structure('<html lang="en"><h1>A</h1><h3>B</h3></html>')]
        ['html-heading-order']
    """
    parser = _StructureParser()
    parser.feed(html)
    parser.close()
    findings: list[Finding] = []

    def add(rule: str, message: str, suggestion: str, source: str = "WCAG 2.1 SC 1.3.1") -> None:
        findings.append(
            _finding(
                rule=rule,
                severity="error",
                message=message,
                suggestion=suggestion,
                source=source,
                section="html",
            )
        )

    if not parser.lang:
        add(
            "html-lang",
            "the <html> element has no lang attribute",
            'write <html lang="en">',
            "WCAG 2.1 SC 3.1.1",
        )
    h1_count = sum(1 for level, _ in parser.headings if level == 1)
    if h1_count != 1:
        add(
            "html-one-h1",
            f"the page has {h1_count} h1 headings; it needs exactly one",
            "use one h1 for the job title",
        )
    previous = 0
    for level, line in parser.headings:
        if level > previous + 1:
            add(
                "html-heading-order",
                f"line {line}: an h{level} follows an h{previous or 'none'}; heading levels must not skip",
                f"use an h{previous + 1} here",
            )
        previous = level
    if parser.tables:
        add(
            "html-no-layout-tables",
            f"the page has {parser.tables} table(s)",
            "use headings, lists and paragraphs",
        )
    if parser.stray_list_items:
        add(
            "html-lists-as-lists",
            "a list item is outside any <ul> or <ol>",
            "wrap list items in <ul> or <ol>",
        )
    if parser.scripts or parser.external:
        add(
            "html-self-contained",
            "the page loads a script or an external stylesheet",
            "inline the little CSS needed; use no script",
            "skillhire: postings work offline and in any system that accepts HTML",
        )
    return findings


# ------------------------------------------------------------------------------------------------- batch


def render_postings(
    source: str | os.PathLike[str] | Iterable[Mapping[str, Any]],
    *,
    template: str = "usajobs-markdown",
    template_dirs: TemplateDirs = None,
    assessment: Any = None,
    check: bool = True,
    max_output_chars: int = DEFAULT_MAX_OUTPUT_CHARS,
) -> BatchRenderResult:
    """Render one posting per spreadsheet row (xlsx or csv), or per mapping of an iterable.

    Columns are the posting's field names (case, spaces and hyphens do not matter: ``Announcement Number``
    is ``announcement_number``); a nested field is a dotted column (``salary.min``). A list field takes one
    item per line of the cell, or ``;``-separated items when the cell has one line. Empty cells leave the
    field out. A row that does not make a valid posting, or does not render, becomes row errors naming the
    row and column; the other rows still render.

    Returns:
        A :class:`BatchRenderResult`; ``rows_read == len(rendered) + rows_rejected``.

    Raises:
        InvalidFileError: the file is missing, empty, or not a workbook or CSV.
        TemplateNotFoundError: no template of that name.
    """
    from skillhire.posting_rows import posting_from_row, read_posting_rows

    user_dirs = _user_dirs(template_dirs)
    info = _resolve_template(template, user_dirs)
    evaluation = _coerce_evaluation(assessment)
    rendered: list[tuple[int, RenderedPosting]] = []
    errors: list[InvalidRowError] = []
    rows_read = 0
    sheet = None
    rows: Iterator[tuple[int, Mapping[str, Any]]]
    if isinstance(source, (str, os.PathLike)):
        sheet = Path(source).name
        rows = read_posting_rows(source)
    else:
        rows = ((index, row) for index, row in enumerate(source, start=2))
    for row_number, row in rows:
        rows_read += 1
        posting, row_errors = posting_from_row(row, row_number=row_number, sheet=sheet)
        if posting is None:
            errors.extend(row_errors)
            continue
        try:
            text = render_posting(
                posting,
                template=info.name,
                template_dirs=template_dirs,
                assessment=evaluation,
                check=check,
                max_output_chars=max_output_chars,
            )
        except TemplateRenderError as error:
            column = _column_of(error)
            errors.append(InvalidRowError(row_number, column, str(error), sheet=sheet))
            continue
        rendered.append((row_number, text))
    return BatchRenderResult(
        template=info.name, rows_read=rows_read, rendered=tuple(rendered), errors=tuple(errors)
    )


def _column_of(error: TemplateRenderError) -> str | None:
    match = re.search(r"has no (?:field )?'([^']+)'", error.problem)
    return match.group(1) if match else None


# ------------------------------------------------------------------------------------------------- write


def write_rendered(
    rendered: str,
    path: str | os.PathLike[str],
    *,
    overwrite: bool = False,
) -> Path:
    """Write a rendered posting to ``path`` atomically (a temporary file, then a rename).

    Args:
        rendered: The text to write (UTF-8, newlines as rendered).
        path: Where to write it; its folder is created if needed.
        overwrite: Replace an existing file. Without it an existing file is an error and is left untouched.

    Returns:
        The path written.

    Raises:
        InvalidFileError: the file exists and ``overwrite`` is off, or the path is a folder.
    """
    target = Path(path)
    if target.is_dir():
        raise InvalidFileError(path, "is a folder, not a file")
    if target.exists() and not overwrite:
        raise InvalidFileError(path, "already exists; pass overwrite=True (--overwrite) to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    from skillhire.workbook import atomic_output

    with atomic_output(target, overwrite=overwrite) as temporary, temporary.open(
        "w", encoding="utf-8", newline=""
    ) as stream:
        stream.write(str(rendered))
    return target


def posting_json_schema() -> dict[str, Any]:
    """The JSON Schema of a posting file (TOML or JSON), published as ``docs/schemas/posting.schema.json``.

    Example:
        >>> posting_json_schema()["title"]
        'JobPosting'
    """
    from skillhire.posting import JobPosting

    schema = JobPosting.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/skillhire/skillhire/blob/main/docs/schemas/posting.schema.json",
        **schema,
    }


# Example values for the starter file; fields marked True are written live, the rest commented out.
_STARTER_EXAMPLES: dict[str, tuple[Any, bool]] = {
    "title": ("Customer Experience Strategist", True),
    "official_title": ("Management and Program Analyst", False),
    "working_title": ("Customer Experience Strategist", False),
    "series": ("0301", True),
    "pay_plan": ("GS", True),
    "grade_low": ("13", True),
    "grade_high": ("14", True),
    "promotion_potential": ("14", False),
    "agency": ("General Services Administration", True),
    "department": ("General Services Administration", False),
    "locations": (["Washington, DC"], True),
    "openings": ("2", False),
    "open_date": ("2026-03-02", True),
    "close_date": ("2026-03-16", True),
    "appointment_type": ("Permanent", True),
    "work_schedule": ("Full-time", True),
    "service_type": ("Competitive", False),
    "hiring_paths": (["The public"], True),
    "who_may_apply": ("Current federal employees may also apply.", False),
    "announcement_number": ("GSA-CX-2026-001", False),
    "control_number": ("123456789", False),
    "url": ("https://www.usajobs.gov/job/123456789", False),
    "telework_eligible": (True, True),
    "remote": (False, False),
    "travel_required": ("Occasional travel", False),
    "relocation": ("No", False),
    "supervisory_status": (False, False),
    "security_clearance": ("Not required", False),
    "position_sensitivity": ("Non-sensitive, moderate risk (public trust)", False),
    "trust_determination": ("Suitability/Fitness", False),
    "drug_test": (False, False),
    "financial_disclosure": (False, False),
    "bargaining_unit": ("Not in a bargaining unit", False),
    "shared_certificate": (True, False),
    "summary": ("Help people get what they need from government on the first try.", True),
    "duties": (
        ["Plan and lead research with the public.", "Map customer journeys and show where people get stuck."],
        True,
    ),
    "conditions_of_employment": ("- You must be a U.S. citizen.", True),
    "qualifications": ("You qualify if you have one year of specialized experience equal to GS-12 ...", True),
    "education": ("You do not need a degree for this job.", False),
    "other_information": ("We may fill more jobs from this announcement.", False),
    "evaluations": (
        "We use category rating. You will be placed in one of these quality categories: ...",
        False,
    ),
    "required_documents": ("- A resume that shows your experience, with start and end dates.", True),
    "benefits": (
        "You can review our benefits at https://help.usajobs.gov/working-in-government/benefits.",
        False,
    ),
    "how_to_apply": ("Apply on USAJOBS before 11:59 p.m. Eastern Time on the closing date.", True),
    "agency_contact": ("Email: hiring@agency.gov", False),
    "next_steps": ("We will email you after each step.", False),
    "fair_and_transparent": ("(Leave this out to use skillhire's standard notices.)", False),
}


def new_posting_text() -> str:
    """A commented starter posting file (TOML) with every posting field, for hiring managers to fill in.

    Common fields are filled with examples; the others are commented out. Every field's comment is its
    description from :class:`~skillhire.posting.JobPosting`, so the starter always matches the model.

    Example:
        >>> new_posting_text().splitlines()[0]
        '# A job posting for skillhire. Fill in the fields, delete what you do not need, then run:'
    """
    from skillhire.posting import JobPosting

    lines = [
        "# A job posting for skillhire. Fill in the fields, delete what you do not need, then run:",
        "#   skillhire render posting.toml --template usajobs-html -o posting.html",
        "# Lines starting with # are comments. Text in triple quotes may run over several lines; a line",
        "# starting with '- ' is a list item. JSON Schema (every field, what it takes):",
        f"#   {posting_json_schema()['$id']}",
        "",
    ]
    tables: list[str] = []
    for name, field in JobPosting.model_fields.items():
        description = field.description or ""
        if name == "salary":
            tables += ["", f"# {description}", "[salary]", "min = 117962", "max = 153354", 'per = "year"']
            continue
        if name == "participating_agencies":
            tables += [
                "",
                f"# {description}",
                "# One [[participating_agencies]] block per agency (pooled announcements only):",
                "# [[participating_agencies]]",
                '# name = "Department of Veterans Affairs"',
                '# office = "Veterans Experience Office"',
                '# grades = ["13", "14"]',
                '# locations = ["Washington, DC"]',
                '# openings = "3"',
            ]
            continue
        if name in ("extra_fields", "extra_sections"):
            tables += ["", f"# {description}", f"# [{name}]", '# "Label" = "text"']
            continue
        example, live = _STARTER_EXAMPLES.get(name, ("", False))
        value = _toml_value(example)
        lines.append(f"# {description}")
        lines.append(f"{name} = {value}" if live else f"# {name} = {value}".replace("\n", "\n# "))
        lines.append("")
    return "\n".join([*lines, *tables]).rstrip("\n") + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(json.dumps(item) for item in value) + "]"
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    if isinstance(value, str) and (value.startswith("- ") or len(value) > 60):
        return '"""\n' + value + '\n"""'
    return json.dumps(value)


def list_sample_postings() -> list[str]:
    """The names of the sample postings that ship with skillhire, sorted.

    Example:
        >>> list_sample_postings()
        ['cx-strategist', 'data-scientist']
    """
    return [name[: -len(".toml")] for name, _ in list_data("samples", suffixes=(".toml",))]


def load_sample_posting(name: str) -> JobPosting:
    """Load a sample posting that ships with skillhire (see :func:`list_sample_postings`).

    Raises:
        UnknownNameError: no sample of that name; the message lists the samples.

    Example:
        >>> load_sample_posting("data-scientist").series
        '1560'
    """
    from skillhire.errors import UnknownNameError
    from skillhire.posting import JobPosting

    names = list_sample_postings()
    if name not in names:
        raise UnknownNameError("sample posting", name, names)
    entry = data_dir("samples") / f"{name}.toml"
    if isinstance(entry, Path):
        from skillhire.posting import load_posting

        return load_posting(entry)
    from skillhire.posting import tomllib  # the standard library's on 3.11+, tomli on 3.10

    return JobPosting.model_validate(tomllib.loads(entry.read_text(encoding="utf-8")))


def list_sample_announcements() -> list[str]:
    """The names of the sample announcements (published USAJOBS text, ``.md``) that ship with skillhire, sorted.

    Example:
        >>> list_sample_announcements()
        ['usajobs-599023000-it-specialist-datamgt']
    """
    return [name[: -len(".md")] for name, _ in list_data("samples", suffixes=(".md",)) if name != "README.md"]


def load_sample_announcement(name: str | None = None) -> str:
    """The text of a sample announcement that ships with skillhire: a real USAJOBS posting as published,
    for :func:`~skillhire.parse_posting` and :func:`~skillhire.rewrite_posting` to work on.

    Args:
        name: A name from :func:`list_sample_announcements` (``.md`` may be given); ``None`` for the
            first, the one ``skillhire demo`` uses.

    Raises:
        UnknownNameError: no sample announcement of that name; the message lists them.

    Example:
        >>> load_sample_announcement().startswith("<!-- Source: USAJOBS announcement")
        True
    """
    from skillhire.errors import UnknownNameError

    names = list_sample_announcements()
    chosen = names[0] if name is None else str(name).removesuffix(".md")
    if chosen not in names:
        raise UnknownNameError("sample announcement", name, names)
    return data_dir("samples").joinpath(f"{chosen}.md").read_text(encoding="utf-8")


def output_suffix(template_format: str) -> str:
    """The file suffix for a template format: ``.html``, ``.md`` or ``.txt``."""
    return _SUFFIX_BY_FORMAT[template_format]
