"""jinja2 filters for posting templates: money, dates, grade ranges and lists, in plain words.

Every filter is a plain function, so it can be tested and used outside jinja2. The rendering module
registers them all (see :data:`FILTERS`) in the environment every posting template renders in, bundled or
user-supplied. They follow the GPO Style Manual where a posting needs a choice of style: dollar amounts with
thousands separators (GPO 12.9), dates as "March 2, 2026" (GPO 12.9c), and a serial comma in lists (GPO 8.42).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

__all__ = [
    "FILTERS",
    "format_bullets",
    "format_date",
    "format_grade_range",
    "format_grades",
    "format_money",
    "format_money_range",
    "format_series",
    "join_words",
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


def format_money_range(low: Any, high: Any = None, *, per: str | None = "year") -> str:
    """Format a pay range in words: ``$99,200 to $153,354 per year``.

    Args:
        low: The lowest amount (or the only amount).
        high: The highest amount; ``None`` or equal to ``low`` gives one amount.
        per: The pay period ("year", "hour"); ``None`` or ``""`` leaves it out.

    Example:
        >>> format_money_range(99200, 153354)
        '$99,200 to $153,354 per year'
        >>> format_money_range(32.5, per="hour")
        '$32.50 per hour'
    """
    if low is None and high is None:
        raise ValueError("a pay range needs at least one amount")
    if low is None:
        low, high = high, None
    text = format_money(low)
    if high is not None and _to_decimal(high) != _to_decimal(low):
        text = f"{text} to {format_money(high)}"
    return f"{text} per {per}" if per else text


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
    """
    values = sorted({_grade_number(grade) for grade in grades})
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

    Empty items are left out.

    Example:
        >>> join_words(["Denver, CO", "Remote"])
        'Denver, CO and Remote'
        >>> join_words(["GSA", "VA", "IRS"], "or")
        'GSA, VA, or IRS'
    """
    words = [str(item).strip() for item in items if item is not None and str(item).strip()]
    if len(words) <= 2:
        return f" {conjunction} ".join(words)
    return f"{', '.join(words[:-1])}, {conjunction} {words[-1]}"


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


FILTERS: dict[str, Callable[..., Any]] = {
    "bullets": format_bullets,
    "date": format_date,
    "grade_range": format_grade_range,
    "grades": format_grades,
    "join_words": join_words,
    "money": format_money,
    "money_range": format_money_range,
    "series": format_series,
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


def _grade_text(value: Any, pay_plan: str) -> str:
    return f"{pay_plan}-{_grade_number(value)}" if pay_plan else str(_grade_number(value))
