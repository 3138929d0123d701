"""jinja2 filters for posting templates: money, dates, grade ranges and lists, in plain words.

Every filter is a plain function, so it can be tested and used outside jinja2. The rendering module
registers them all (see :data:`FILTERS`) in the environment every posting template renders in, bundled or
user-supplied. They follow the GPO Style Manual where a posting needs a choice of style: dollar amounts with
thousands separators (GPO 12.9), dates as "March 2, 2026" (GPO 12.9c), and a serial comma in lists (GPO 8.42).
"""

from __future__ import annotations

import collections
import datetime as _dt
import html
import html.entities
import re
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from jinja2 import pass_eval_context
from markupsafe import Markup, escape

__all__ = [
    "FILTERS",
    "MARKDOWN_AUTOESCAPE",
    "MissingFieldError",
    "TextBlock",
    "escape_markdown",
    "format_bullets",
    "format_date",
    "format_grade_range",
    "format_grades",
    "format_money",
    "format_money_range",
    "format_series",
    "hang",
    "join_words",
    "require_field",
    "text_blocks",
    "text_to_html",
    "text_to_markdown",
    "text_to_plain",
    "unescape_markdown",
    "yes_no",
]


def format_money(value: Any, *, cents: bool | None = None) -> str:
    """Format an amount of US dollars: ``$117,962`` or ``$45.50``.

    Args:
        value: A number, a numeric string (``"117962"``, ``"$117,962.00"``) or ``Decimal``.
        cents: Show cents. ``None`` (the default) shows them only when the amount is not whole.

    Returns:
        The amount with a dollar sign and thousands separators.

    Raises:
        ValueError: ``value`` is not an amount of money.

    Example:
        >>> format_money(117962)
        '$117,962'
        >>> format_money("45.5")
        '$45.50'
    """
    amount = _to_decimal(value)
    whole = amount == amount.to_integral_value()
    if cents is None:
        cents = not whole
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    if cents:
        return f"{sign}${amount.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"
    return f"{sign}${amount.quantize(Decimal('1'), rounding=ROUND_HALF_UP):,.0f}"


_SALARY_PERIOD: Any = object()  # format_money_range's ``per`` when not given: "year", or a Salary's own period


def format_money_range(low: Any, high: Any = None, *, per: str | None = _SALARY_PERIOD) -> str:
    """Format a pay range in words: ``$99,200 to $153,354 per year``.

    Args:
        low: The lowest amount (or the only amount), or a posting's :class:`~skillhire.posting.Salary`
            (``{{ posting.salary | money_range }}``), whose min, max and pay period are used.
        high: The highest amount; ``None`` or equal to ``low`` gives one amount. Not with a Salary.
        per: The pay period ("year", "hour"); ``None`` or ``""`` leaves it out. Not given: "year" for
            amounts, the Salary's own period for a Salary. "biweekly" reads "biweekly" and "other" is
            left out, as :meth:`Salary.format <skillhire.posting.Salary.format>` has them.

    Raises:
        ValueError: no amount at all, an amount that is not money, a Salary with ``high`` too, or a
            Salary in a currency other than US dollars.

    Example:
        >>> format_money_range(99200, 153354)
        '$99,200 to $153,354 per year'
        >>> format_money_range(32.5, per="hour")
        '$32.50 per hour'
        >>> from skillhire.posting import Salary
        >>> format_money_range(Salary(min=117962, max=153354, per="year"))
        '$117,962 to $153,354 per year'
    """
    from skillhire.posting import Salary

    if isinstance(low, Salary):
        if high is not None:
            raise ValueError("money_range takes a salary or two amounts, not a salary and an amount")
        if low.currency != "USD":
            raise ValueError(f"money_range formats US dollars; the salary is in {low.currency!r}")
        low, high, per = low.min, low.max, (low.per if per is _SALARY_PERIOD else per)
    elif per is _SALARY_PERIOD:
        per = "year"
    if low is None and high is None:
        raise ValueError("a pay range needs at least one amount")
    if low is None:
        low, high = high, None
    text = format_money(low)
    if high is not None and _to_decimal(high) != _to_decimal(low):
        text = f"{text} to {format_money(high)}"
    if per == "biweekly":
        return f"{text} biweekly"
    return f"{text} per {per}" if per and per != "other" else text


def format_date(value: Any, style: str = "long") -> str:
    """Format a date the way US readers expect it.

    Args:
        value: A ``date``, ``datetime`` or ISO 8601 string (``"2026-03-02"``).
        style: ``"long"`` (``March 2, 2026``), ``"weekday"`` (``Monday, March 2, 2026``), ``"short"``
            (``Mar. 2, 2026``, GPO abbreviations) or ``"iso"`` (``2026-03-02``).

    Raises:
        ValueError: ``value`` is not a date, or ``style`` is unknown.

    Example:
        >>> format_date("2026-03-02")
        'March 2, 2026'
    """
    day = _to_date(value)
    if style == "long":
        return f"{day:%B} {day.day}, {day.year}"
    if style == "weekday":
        return f"{day:%A}, {day:%B} {day.day}, {day.year}"
    if style == "short":
        return f"{_GPO_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "iso":
        return day.isoformat()
    raise ValueError(f"unknown date style {style!r}; use one of: iso, long, short, weekday")


def format_grade_range(low: Any, high: Any = None, *, pay_plan: str = "GS") -> str:
    """Format a grade or a range of grades: ``GS-13`` or ``GS-12 to GS-14``.

    Args:
        low: The lowest grade (``12``, ``"12"``, ``"GS-12"``).
        high: The highest grade; ``None`` or equal to ``low`` gives one grade.
        pay_plan: The pay plan written before each grade.

    Example:
        >>> format_grade_range(12, 14)
        'GS-12 to GS-14'
        >>> format_grade_range("13", "13", pay_plan="GS")
        'GS-13'
    """
    first = _grade_text(low, pay_plan)
    if high is None or _grade_text(high, pay_plan) == first:
        return first
    return f"{first} to {_grade_text(high, pay_plan)}"


def format_grades(grades: Iterable[Any], *, pay_plan: str = "GS") -> str:
    """Format a set of grades: a range when they are consecutive, a list when they are not.

    Example:
        >>> format_grades([13, 12, 14])
        'GS-12 to GS-14'
        >>> format_grades([12, 14])
        'GS-12 and GS-14'
        >>> format_grades(["13, 14, or 15"])
        'GS-13 to GS-15'
    """
    values = sorted({number for grade in grades for number in _grade_numbers(grade)})
    if not values:
        raise ValueError("no grades to format")
    if len(values) > 2 and values == list(range(values[0], values[-1] + 1)):
        return format_grade_range(values[0], values[-1], pay_plan=pay_plan)
    if len(values) == 2 and values[1] == values[0] + 1:
        return format_grade_range(values[0], values[1], pay_plan=pay_plan)
    return join_words([_grade_text(value, pay_plan) for value in values])


def format_series(value: Any) -> str:
    """Format an occupational series as OPM writes it, four digits: ``0343``.

    Example:
        >>> format_series(343)
        '0343'
    """
    text = str(value).strip()
    return text.zfill(4) if text.isdigit() else text


def join_words(items: Iterable[Any], conjunction: str = "and") -> str:
    """Join items into a phrase with a serial comma (GPO Style Manual 8.42): ``A, B, and C``.

    When an item holds a comma ("Denver, CO"), items are separated by semicolons (GPO 8.139). Empty
    items are left out.

    Example:
        >>> join_words(["Denver, CO", "Remote"])
        'Denver, CO and Remote'
        >>> join_words(["GSA", "VA", "IRS"], "or")
        'GSA, VA, or IRS'
        >>> join_words(["Washington, DC", "Baltimore, MD", "Remote"])
        'Washington, DC; Baltimore, MD; and Remote'
    """
    words = [str(item).strip() for item in items if item is not None and str(item).strip()]
    if len(words) <= 2:
        return f" {conjunction} ".join(words)
    separator = "; " if any("," in word for word in words) else ", "
    return f"{separator.join(words[:-1])}{separator}{conjunction} {words[-1]}"


def format_bullets(items: Iterable[Any], marker: str = "- ", *, width: int | None = None) -> str:
    """One line per item, each starting with ``marker`` (a Markdown or plain-text list).

    Continuation lines of a multi-line item are indented under its first word, so the list stays a list.

    Args:
        items: The list items; empty ones are left out.
        marker: What starts each item (``"- "``, ``"* "``).
        width: Wrap each item at this many characters; ``None`` does not wrap.

    Example:
        >>> print(format_bullets(["Lead interviews", "Map journeys"]))
        - Lead interviews
        - Map journeys
    """
    import textwrap

    indent = " " * len(marker)
    lines = []
    for item in items:
        if item is None or not str(item).strip():
            continue
        text = " ".join(str(item).split())
        if width:
            wrapped = textwrap.wrap(text, width=width, initial_indent=marker, subsequent_indent=indent)
            lines.append("\n".join(wrapped))
        else:
            lines.append(marker + text)
    return "\n".join(lines)


class MissingFieldError(ValueError):
    """A template needs a field the posting leaves empty (raised by the ``required`` filter)."""


def require_field(value: Any, field: str) -> Any:
    """Return ``value``, or fail when it is empty: for fields a template cannot do without.

    In a template: ``{{ posting.title | required("title") }}``.

    Raises:
        MissingFieldError: ``value`` is ``None``, blank or an empty list; the message names ``field``.

    Example:
        >>> require_field("Data Scientist", "title")
        'Data Scientist'
    """
    if value is None or (
        isinstance(value, (str, list, tuple, dict))
        and not (value.strip() if isinstance(value, str) else value)
    ):
        raise MissingFieldError(
            f"the posting has no {field!r}, which this template needs; add it to the posting"
        )
    return value


def yes_no(value: Any) -> str:
    """``True`` -> ``Yes``, ``False`` -> ``No`` (for header facts such as telework).

    Example:
        >>> yes_no(False)
        'No'
    """
    if value is None:
        raise ValueError(
            "yes_no was given an empty value; guard optional fields with {% if ... is not none %}"
        )
    return "Yes" if value else "No"


class TextBlock(dict):
    """One block of a section: a paragraph (``kind``, ``text``) or a list (``kind`` "ul"/"ol", ``items``)."""


_BULLET = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013])\s+")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")


def text_blocks(text: Any) -> list[TextBlock]:
    r"""Split a section's text into paragraphs and lists, the way skillhire stores sections.

    A line starting with ``- ``, ``* `` or ``•`` is a bullet item, ``1.`` or ``1)`` a numbered item; an
    indented line right after an item continues it; every other non-blank line is a paragraph.

    Example:
        >>> [block["kind"] for block in text_blocks("You will:\n- plan\n- test\nThen ship.")]
        ['paragraph', 'ul', 'paragraph']
    """
    blocks: list[TextBlock] = []
    current: TextBlock | None = None
    previous_blank = True
    for raw in str(text or "").splitlines():
        line = raw.rstrip()
        if not line.strip():
            previous_blank = True
            current = None if current is not None and current["kind"] == "paragraph" else current
            continue
        kind = "ul" if _BULLET.match(line) else "ol" if _NUMBERED.match(line) else None
        if kind:
            item = " ".join((_BULLET if kind == "ul" else _NUMBERED).sub("", line, count=1).split())
            if current is None or current["kind"] != kind:
                current = TextBlock(kind=kind, items=[])
                blocks.append(current)
            current["items"].append(item)
        elif (
            current is not None
            and current["kind"] in ("ul", "ol")
            and line[:1].isspace()
            and not previous_blank
        ):
            current["items"][-1] += " " + " ".join(line.split())
        else:
            current = TextBlock(kind="paragraph", text=" ".join(line.split()))
            blocks.append(current)
            current = None
        previous_blank = False
    return blocks


MARKDOWN_AUTOESCAPE = "markdown"
"""The autoescape value of a Markdown template (``.md.j2``, and partials named ``markdown.j2``): what is
printed there goes through :func:`escape_markdown` (see :mod:`skillhire.template_sandbox`)."""

_MARKDOWN_PUNCTUATION = re.compile(
    r"([\\`*\[\]|~])|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|&(?=#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};|[A-Za-z][A-Za-z0-9]*;)"
)
_MARKDOWN_LINE_START = re.compile(r"(?m)^([ \t]*)(?:([#+=-])|(\d+)([.)]))?")
_MARKDOWN_CLOSING_HASHES = re.compile(r"(?m)(?<=[ \t])#(?=#*[ \t]*$)")


def escape_markdown(value: Any) -> Markup:
    r"""A field's text made inert in Markdown: it prints as itself, never as HTML, a link or formatting.

    ``<`` and ``>`` become ``&lt;`` / ``&gt;`` (so no HTML tag, script or autolink survives, whatever the
    Markdown renderer), ``\ ` * [ ] | ~``, a ``_`` at a word's edge and an ``&`` starting an entity
    (``&lt;`` as typed) get a backslash, and so does a ``#``, ``+``, ``=``, ``-`` or ``1.`` starting a line
    (a heading, a list, a rule) and a ``#`` that would close a heading; a line's indent is dropped (no code
    block) and CR line ends become LF (CommonMark ends a line at either). Text that is already
    Markdown (a :class:`~markupsafe.Markup`, as macros and this module's Markdown filters return) is kept.
    Markdown templates apply it to everything they print; templates need not call it.

    Example:
        >>> print(escape_markdown("<script>alert(1)</script> [click](javascript:x) *now* snake_case"))
        &lt;script&gt;alert(1)&lt;/script&gt; \[click\](javascript:x) \*now\* snake_case
    """
    if hasattr(value, "__html__"):
        return Markup(value)
    text = re.sub(r"\r\n?", "\n", str(value))  # CommonMark ends a line at CR too; re's ^ does not
    text = _MARKDOWN_PUNCTUATION.sub(lambda m: "\\" + m.group(0), text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKDOWN_LINE_START.sub(_inert_line_start, text)
    text = _MARKDOWN_CLOSING_HASHES.sub(r"\\#", text)
    return Markup(text)


def _inert_line_start(match: re.Match[str]) -> str:
    """A line's start in a field value: its indent dropped (4 spaces would start a code block; the value's first
    line keeps one space, as it may follow other text on its line), and a block marker there backslashed."""
    indent = " " if match.start() == 0 and match.group(1) else ""
    if match.group(2):
        return indent + "\\" + match.group(2)
    if match.group(3):
        return indent + match.group(3) + "\\" + match.group(4)
    return indent


# CommonMark: a backslash before any ASCII punctuation character, and an HTML entity (named, decimal or hex)
_MARKDOWN_UNESCAPE_RE = re.compile(
    r"\\([!-/:-@\[-`{-~])|&(#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};|[A-Za-z][A-Za-z0-9]*;)"
)


def unescape_markdown(text: Any) -> str:
    r"""Markdown text as its reader sees it: backslash escapes and HTML entities (``&lt;``, ``&amp;``,
    ``&#8212;``) as the characters they stand for, as CommonMark reads them, so :func:`escape_markdown`'s
    output reads back as the value; ``\&lt;`` is a typed ``&lt;``, and a code span (`` `C:\*` ``) is left as
    it is.

    Example:
        >>> unescape_markdown(escape_markdown("<b> *now* &lt; C++ 5\\6"))
        '<b> *now* &lt; C++ 5\\6'
    """

    def character(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return match.group(1)
        entity = match.group(2)
        if entity.startswith("#") or entity in html.entities.html5:  # '&bogus;' is text
            return html.unescape(match.group(0))
        return match.group(0)

    text = str(text)
    parts = []
    start = 0
    for opening, closing in _code_spans(text):
        parts.append(_MARKDOWN_UNESCAPE_RE.sub(character, text[start:opening]))
        parts.append(text[opening:closing])
        start = closing
    parts.append(_MARKDOWN_UNESCAPE_RE.sub(character, text[start:]))
    return "".join(parts)


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text``'s code spans are: a run of backticks (not backslashed) to the next run of the same length.
    One pass over the runs, so a line of runs that never close (`` `x ``x ```x ...``) costs no more than it is
    long (a regex searching on from each run took 12 s for 1 MB)."""
    runs = [(m.start(), m.end()) for m in re.finditer(r"`+", text)]
    same_length: dict[int, collections.deque[tuple[int, int]]] = collections.defaultdict(collections.deque)
    for run in runs:
        same_length[run[1] - run[0]].append(run)
    spans: list[tuple[int, int]] = []
    after = 0
    for opening, end in runs:
        if opening < after or (opening and text[opening - 1] == "\\"):
            continue
        closers = same_length[end - opening]
        while closers and closers[0][0] <= opening:
            closers.popleft()
        if closers:
            after = closers.popleft()[1]
            spans.append((opening, after))
    return spans


def text_to_markdown(text: Any, *, escape: bool = False) -> str:
    r"""A section's text as Markdown: paragraphs separated by blank lines, lists as ``-`` / ``1.`` items.

    Args:
        text: The section's text.
        escape: Make each paragraph and item inert with :func:`escape_markdown` (what a Markdown template's
            ``markdown_text`` does); the result is then a :class:`~markupsafe.Markup`.

    Example:
        >>> print(text_to_markdown("Intro\n* one\n* two"))
        Intro
        <BLANKLINE>
        - one
        - two
    """
    inert: Callable[[str], str] = escape_markdown if escape else str
    parts = []
    for block in text_blocks(text):
        if block["kind"] == "paragraph":
            parts.append(inert(block["text"]))
        elif block["kind"] == "ul":
            parts.append("\n".join(f"- {inert(item)}" for item in block["items"]))
        else:
            parts.append(
                "\n".join(f"{number}. {inert(item)}" for number, item in enumerate(block["items"], start=1))
            )
    joined = "\n\n".join(parts)
    return Markup(joined) if escape else joined


@pass_eval_context
def _markdown_text_filter(eval_ctx: Any, text: Any) -> str:
    """``markdown_text``: in a Markdown template the text is escaped (see :func:`escape_markdown`)."""
    return text_to_markdown(text, escape=eval_ctx.autoescape == MARKDOWN_AUTOESCAPE)


@pass_eval_context
def _bullets_filter(eval_ctx: Any, items: Iterable[Any], marker: str = "- ", *, width: int | None = None) -> str:
    """``bullets``: in a Markdown template each item is escaped (see :func:`escape_markdown`)."""
    if eval_ctx.autoescape != MARKDOWN_AUTOESCAPE:
        return format_bullets(items, marker, width=width)
    texts = [" ".join(str(item).split()) for item in items if item is not None and str(item).strip()]
    return Markup(format_bullets([escape_markdown(text) for text in texts], marker, width=width))


# a word that text_blocks reads as a list marker when it opens a line (its _BULLET and _NUMBERED), and the space
# before one
_MARKER_WORD = r"(?:[-*\u2022\u25aa\u25cf\u2013]|\d{1,2}[.)])(?=\s|$)"
_MARKER_AFTER_SPACE = re.compile(rf" (?={_MARKER_WORD})")
_FIRST_UNIT = re.compile(rf"\S+(?: {_MARKER_WORD})*")


def first_wrap_unit(line: str) -> str:
    """The start of ``line`` that :func:`text_to_plain` never breaks: its first word and any list-marker-like words
    glued to it ("data. 2)"), so a reader can tell whether it would have fitted on the line above.

    Example:
        >>> first_wrap_unit("data. 2) Computational techniques."), first_wrap_unit("We count.")
        ('data. 2)', 'We')
    """
    match = _FIRST_UNIT.match(line.strip())
    return match.group() if match else ""


def text_to_plain(text: Any, width: int = 78) -> str:
    r"""A section's text as wrapped plain text: paragraphs, and list items under a ``-`` or number.

    Example:
        >>> print(text_to_plain("- Plan research with users and turn findings into changes.", width=30))
        - Plan research with users and
          turn findings into changes.
    """
    import textwrap

    def fill(text: str, **indents: str) -> str:
        # never wrap before a word that would read back as a list marker ("as a GS-09: 1. Know ..." would start a
        # line with "1." and come back as an item of its own): glue it to the word before, then restore the space
        text = _MARKER_AFTER_SPACE.sub("\x00", text)
        return textwrap.fill(text, width=width, break_on_hyphens=False, break_long_words=False, **indents).replace(
            "\x00", " "
        )

    parts = []
    for block in text_blocks(text):
        if block["kind"] == "paragraph":
            parts.append(fill(block["text"]))
        else:
            lines = []
            for number, item in enumerate(block["items"], start=1):
                marker = "- " if block["kind"] == "ul" else f"{number}. "
                lines.append(fill(item, initial_indent=marker, subsequent_indent=" " * len(marker)))
            parts.append("\n".join(lines))
    return "\n\n".join(parts)


def hang(text: Any, width: int = 78, indent: int = 2) -> str:
    """Wrap one line of text at ``width`` characters, indenting the lines after the first (a hanging indent).

    Example:
        >>> print(hang("- Privacy Act: we use what you tell us only to decide whether to hire you.", 40))
        - Privacy Act: we use what you tell us
          only to decide whether to hire you.
    """
    import textwrap

    return textwrap.fill(
        " ".join(str(text).split()),
        width=width,
        subsequent_indent=" " * indent,
        break_on_hyphens=False,
        break_long_words=False,
    )


def text_to_html(text: Any, indent: int = 0) -> Markup:
    r"""A section's text as HTML: ``<p>`` paragraphs and ``<ul>``/``<ol>`` lists, every character escaped.

    Example:
        >>> str(text_to_html("Pay & benefits:\n- Leave"))
        '<p>Pay &amp; benefits:</p>\n<ul>\n  <li>Leave</li>\n</ul>'
    """
    pad = " " * indent
    lines: list[str] = []
    for block in text_blocks(text):
        if block["kind"] == "paragraph":
            lines.append(f"{pad}<p>{_linked(block['text'])}</p>")
        else:
            lines.append(f"{pad}<{block['kind']}>")
            lines.extend(f"{pad}  <li>{_linked(item)}</li>" for item in block["items"])
            lines.append(f"{pad}</{block['kind']}>")
    return Markup("\n".join(lines).lstrip(" ") if indent else "\n".join(lines))


_LINKABLE = re.compile(
    r"(https?://[^\s<>\"]+[^\s<>\".,;:!?)\]])|([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"
)


def _linked(text: str) -> str:
    escaped = str(escape(text))
    parts = []
    last = 0
    for match in _LINKABLE.finditer(escaped):
        parts.append(escaped[last : match.start()])
        address = match.group(0)
        href = address if match.group(1) else f"mailto:{address}"
        parts.append(f'<a href="{href}">{address}</a>')
        last = match.end()
    parts.append(escaped[last:])
    return "".join(parts)


FILTERS: dict[str, Callable[..., Any]] = {
    "bullets": _bullets_filter,
    "date": format_date,
    "grade_range": format_grade_range,
    "grades": format_grades,
    "hang": hang,
    "html_text": text_to_html,
    "join_words": join_words,
    "markdown_escape": escape_markdown,
    "markdown_text": _markdown_text_filter,
    "money": format_money,
    "money_range": format_money_range,
    "plain_text": text_to_plain,
    "required": require_field,
    "series": format_series,
    "text_blocks": text_blocks,
    "yes_no": yes_no,
}
"""The filters every posting template can use, by the name templates call them."""


_GPO_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def _to_decimal(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise ValueError(f"not an amount of money: {value!r}")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = str(value).strip().replace(",", "").replace("$", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"not an amount of money: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not an amount of money: {value!r}")
    return amount


def _to_date(value: Any) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def _grade_number(value: Any) -> int:
    text = str(value).strip().upper()
    digits = text.rsplit("-", 1)[-1].strip() if "-" in text else text.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ ")
    if not digits.isdigit():
        raise ValueError(f"not a grade: {value!r}")
    return int(digits)


_GRADE_SPAN = r"\s*(?:[A-Z]{2}-?)?(\d{1,2})\s*(?:to|through|-|\u2013)\s*(?:[A-Z]{2}-?)?(\d{1,2})\s*"
_GRADE_LIST = r"[\d\s,;/]*(?:(?:or|and|to|-)\s*[\d\s,]*)*"


def _grade_numbers(value: Any) -> list[int]:
    """Every grade in a value: ``13`` and ``"GS-13"`` give one; ``"13 or 14"`` and ``"13 to 15"`` several."""
    text = str(value)
    span = re.fullmatch(
        r"\s*(?:[A-Z]{2}-?)?(\d{1,2})\s*(?:to|through|-|\u2013)\s*(?:[A-Z]{2}-?)?(\d{1,2})\s*",
        text,
        re.IGNORECASE,
    )
    if span:
        low, high = sorted((int(span.group(1)), int(span.group(2))))
        return list(range(low, high + 1))
    numbers = re.findall(r"(?<!\d)\d{1,2}(?!\d)", text)
    if len(numbers) > 1 and re.fullmatch(
        r"[\d\s,;/]*(?:(?:or|and|to|-)\s*[\d\s,]*)*", re.sub(r"[A-Z]{2}-?", "", text)
    ):
        return [int(number) for number in numbers]
    return [_grade_number(value)]


def _grade_text(value: Any, pay_plan: str) -> str:
    return f"{pay_plan}-{_grade_number(value)}" if pay_plan else str(_grade_number(value))
