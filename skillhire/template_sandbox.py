"""The jinja2 environment posting templates render in: sandboxed, strict, and bounded in size.

Every posting template, bundled or user-supplied, renders in :class:`PostingSandbox`, a subclass of jinja2's
``ImmutableSandboxedEnvironment``:

- the sandbox blocks attribute escapes (``''.__class__.__mro__``) and, being immutable, calls that change
  lists, dicts or sets (``items.append``), so a template cannot build up data;
- jinja2's sandbox does not bound output size, so this one does, at every place a template can amplify data:
  the ``*``, ``**`` and ``%`` operators (on text and on whole numbers), every call (its arguments and result),
  ``str.format`` (each field's width and precision), a date format (``strftime`` and a ``{:...}`` date field,
  by its length: :data:`MAX_DATE_FORMAT_CHARS`), ``str.join``/``replace``/``translate`` and ``lipsum()``
  before they run, every filter (its arguments, width and count arguments, ``join``, ``replace``, ``indent``
  and ``wordwrap`` before they run, its result, and the items of a generator it returns, such as ``map``'s),
  ``namespace`` attributes, and the rendered output as it streams; a list or dict is measured by the text it
  holds, not by its number of items (``['x' * 999999] * 1000`` prints as a gigabyte);
- :class:`FieldUndefined` (a ``StrictUndefined``) makes a misspelled or missing field an error that names
  the field and suggests the closest real one, and printing ``None`` is an error too, so an absent optional
  field can never leave a blank or the word "None" in a published posting.

What it does not bound is CPU time: a template that loops 100,000 x 100,000 times without output runs for a
long time. Render untrusted templates in a worker process with a timeout if that matters.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Callable, Iterator, Sized
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, Environment, StrictUndefined, TemplateNotFound, pass_eval_context
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEscapeFormatter,
    SandboxedFormatter,
    SecurityError,
)
from jinja2.utils import Namespace, missing
from markupsafe import Markup
from pydantic import BaseModel

from skillhire._resources import data_dir
from skillhire.errors import InvalidFileError, UnsafeTemplateError
from skillhire.template_filters import MARKDOWN_AUTOESCAPE, escape_markdown

__all__ = ["FieldUndefined", "PostingSandbox", "RenderLimitError", "SearchPathLoader", "autoescape_for"]

# a printf conversion ('%%' is a literal percent): its mapping key, flags, width and precision; '*' takes the
# number from the arguments
_PERCENT_SPEC = re.compile(r"%%|%(?:\([^)]*\))?[-+ #0]*(\*|\d+)?(?:\.(\*|\d+)?)?")


class RenderLimitError(SecurityError):
    """A template built a value or an output larger than the sandbox allows."""


class FieldUndefined(StrictUndefined):
    """``StrictUndefined`` whose message names the missing field and the closest real one."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        if self._undefined_hint:
            return self._undefined_hint
        name = self._undefined_name
        owner = self._undefined_obj
        if owner is _MISSING_OWNER:
            return f"{name!r} is not defined (templates receive: {', '.join(CONTEXT_NAMES)})"
        fields = _field_names(owner)
        label = type(owner).__name__
        message = f"{label} has no field {name!r}"
        if fields:
            close = difflib.get_close_matches(str(name), fields, n=1)
            message += f"; did you mean {close[0]!r}?" if close else "."
            message += f" Fields: {', '.join(fields)}"
        return message


CONTEXT_NAMES = ("evaluation", "format", "overview", "posting", "template_name")
"""The variables every posting template receives (see ``skillhire.rendering``)."""

_MISSING_OWNER = missing
_WIDTH_FILTERS = frozenset({"batch", "center", "indent", "slice", "truncate", "wordwrap"})
_WIDTH_METHODS = frozenset({"center", "expandtabs", "ljust", "rjust", "zfill"})

MAX_DATE_FORMAT_CHARS = 200
"""The longest date format a template may give ``strftime`` or a ``{:...}`` date field. A directive can print
much more than its two characters (``%c`` prints 24), so ``'%c' * 499999``, under the size cap itself, built
12 MB before the cap could look; a real format (``'%B %-d, %Y'``) is a few characters."""


def _field_names(owner: Any) -> list[str]:
    model_fields = getattr(type(owner), "model_fields", None)
    if isinstance(model_fields, dict):
        return sorted(model_fields)
    if isinstance(owner, dict):
        return sorted(str(key) for key in owner)
    return []


class _CappedNamespace(Namespace):
    """``namespace()`` whose attributes cannot grow past the sandbox's size cap."""

    cap = 1_000_000  # replaced per environment by PostingSandbox

    def __setitem__(self, name: str, value: Any) -> None:
        _check_size(value, type(self).cap, "a namespace value")
        super().__setitem__(name, value)


class PostingSandbox(ImmutableSandboxedEnvironment):
    """The environment every posting template renders in (see the module docstring).

    Args:
        loader: Where templates come from.
        max_output_chars: The largest rendered posting, and the largest value a template may build.
    """

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, loader: Any, *, max_output_chars: int) -> None:
        super().__init__(
            loader=loader,
            undefined=FieldUndefined,
            autoescape=autoescape_for,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=True,
            finalize=_finalize,
        )
        self.max_output_chars = max_output_chars
        namespace_class = type("namespace", (_CappedNamespace,), {"cap": max_output_chars})
        self.globals["namespace"] = namespace_class
        self.globals["lipsum"] = _lipsum(max_output_chars)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """jinja2's rule, and on a pydantic model (the posting, its salary, the evaluation) only its fields and
        its own properties and methods: what ``BaseModel`` itself defines is closed. ``posting.parse_file(path)``
        read any file on the machine and printed its JSON values in the error, ``model_dump_json(indent=10**7)``
        built gigabytes before the size cap could look, and ``model_validate``/``model_construct`` build objects."""
        if isinstance(obj, BaseModel) and hasattr(BaseModel, attr):
            return False
        return bool(super().is_safe_attribute(obj, attr, value))

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, BaseModel) and hasattr(BaseModel, attribute):  # refused before it is even read (reading
            return self.unsafe_undefined(obj, attribute)  # 'model_fields' on an instance warns)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(obj, BaseModel) and isinstance(argument, str) and hasattr(BaseModel, argument):
            return self.unsafe_undefined(obj, argument)
        return super().getitem(obj, argument)

    def add_filters(self, filters: dict[str, Callable[..., Any]]) -> None:
        """Register filters, then wrap every filter (jinja2's own too) in the size guard."""
        self.filters.update(filters)
        for name, func in list(self.filters.items()):
            if not getattr(func, "_skillhire_guarded", False):
                self.filters[name] = _guard_filter(name, func, self.max_output_chars)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        cap = self.max_output_chars
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int) and len(seq) * times > cap:
                    raise RenderLimitError(f"a template tried to build a value of {len(seq) * times:,} items")
                if isinstance(seq, (list, tuple)) and isinstance(times, int) and _content_size(seq, cap) * times > cap:
                    raise RenderLimitError(  # ['x' * 999999] * 1000: a thousand items that print as a gigabyte
                        f"a template tried to build a list holding more than {cap:,} characters of text"
                    )
            if isinstance(left, int) and isinstance(right, int):
                _check_int_bits(left.bit_length() + right.bit_length(), cap)
        elif operator == "**":
            if isinstance(left, (int, float)) and isinstance(right, (int, float)) and abs(right) > 1000:
                raise RenderLimitError(f"a template tried to raise a number to the power {right}")
            if isinstance(left, int) and isinstance(right, int) and right > 0:
                # the power itself is capped above, but not a power of a power: ((10**1000)**1000)**1000
                _check_int_bits(left.bit_length() * right, cap)
        elif operator == "%" and isinstance(left, str):
            _check_widths(left, cap, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        cap = __self.max_output_chars
        owner = getattr(__obj, "__self__", None)
        method = getattr(__obj, "__name__", "")
        for value in (*args, *kwargs.values()):
            _check_size(value, cap, "an argument")
            if isinstance(owner, str) and method in _WIDTH_METHODS and _is_big_int(value, cap):
                raise RenderLimitError(
                    f"a template asked for a width of {value:,}, more than the cap of {cap:,}"
                )
        if isinstance(owner, (dt.date, dt.time)) and method == "strftime":
            for value in (*args, *kwargs.values()):  # strftime(format=...) too
                _check_date_format(value)
        if isinstance(owner, str) and method in ("join", "replace", "translate"):
            if method == "join" and args and not isinstance(args[0], Sized):
                args = (list(_measured(iter(args[0]), cap, "the items of str.join")), *args[1:])
            size = _str_method_size(owner, method, args, kwargs, cap)
            if size > cap:
                raise RenderLimitError(f"str.{method} would build {size:,} characters, more than the cap of {cap:,}")
        result = super().call(__context, __obj, *args, **kwargs)
        _check_size(result, cap, "a value")
        return result

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """jinja2 hands a template ``str.format`` as its own wrapper (so :meth:`call` never sees the string), and
        that wrapper builds the whole value before :meth:`call` can measure it: ``'{:>999999999}'.format('a')``
        took 1 GB first. This one formats with :class:`_CappedFormatter`, which checks each field's width and
        precision as Python resolves it, before the field is built: one in the format string, or one given as
        an argument to a nested field (``'{:>{}}'.format('a', 999999999)``, ``'{:{}}'.format('a', '>999999999')``).
        """
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        text: str = value.__self__
        formatter = (
            _CappedEscapeFormatter(self, escape=text.escape)
            if isinstance(text, Markup)
            else _CappedFormatter(self)
        )
        is_format_map = value.__name__ == "format_map"

        def capped(*args: Any, **kwargs: Any) -> str:
            if is_format_map:  # as jinja2's wrapper
                if kwargs or len(args) != 1:
                    raise TypeError(
                        f"format_map() takes exactly one argument ({len(args) + len(kwargs)} given)"
                    )
                args, kwargs = (), args[0]
            return type(text)(formatter.vformat(text, args, kwargs))

        return functools.update_wrapper(capped, value)

    def render_capped(self, template: Any, context: dict[str, Any]) -> str:
        """Render ``template``, streaming, and stop as soon as the output passes the cap."""
        parts: list[str] = []
        size = 0
        stream: Iterator[str] = template.generate(context)
        for chunk in stream:
            size += len(chunk)
            if size > self.max_output_chars:
                raise RenderLimitError(
                    f"the rendered posting passed the size cap of {self.max_output_chars:,} characters"
                )
            parts.append(chunk)
        return "".join(parts)


def autoescape_for(name: str | None) -> bool | str:
    """How a template's output is escaped, by its file name: HTML for ``.html.j2`` / ``.htm.j2`` / ``.xml.j2``,
    Markdown (:data:`~skillhire.template_filters.MARKDOWN_AUTOESCAPE`) for ``.md.j2`` / ``.markdown.j2`` and for
    partials named ``markdown.j2`` (the Markdown macros they define print fields too), none for ``.txt.j2``;
    in any case of letters, as the template list reads a format (``Mine.MD.j2`` is Markdown).

    Markdown is escaped like HTML, automatically: a field's ``<script>`` or ``[link](javascript:...)`` would
    otherwise run or link wherever the Markdown is shown (GitHub, a CMS), and a template author cannot
    forget an escape filter nobody has to write. ``{{ value | safe }}`` prints a value as Markdown on purpose.
    """
    if name is None:
        return False
    name = name.lower()  # as rendering's template list reads the format: 'Mine.MD.j2' is Markdown too
    if name.endswith((".html.j2", ".htm.j2", ".xml.j2")):
        return True
    if name.endswith((".md.j2", ".markdown.j2")) or name.rsplit("/", 1)[-1] == "markdown.j2":
        return MARKDOWN_AUTOESCAPE
    return False


@pass_eval_context
def _finalize(eval_ctx: Any, value: Any) -> Any:
    """Every printed value: ``None`` refused; in a Markdown template, text escaped (see :func:`autoescape_for`)."""
    if isinstance(value, (list, tuple, dict, set, frozenset)):
        _check_size(value, eval_ctx.environment.max_output_chars, "a printed value")
    if value is None:
        raise ValueError(
            "the template printed a field that is empty (None); "
            "wrap optional fields in {% if ... %} so they are left out cleanly"
        )
    if eval_ctx.autoescape == MARKDOWN_AUTOESCAPE:
        return escape_markdown(value)  # a Markup (already Markdown) is kept as it is
    return value


def _check_int_bits(bits: int, cap: int) -> None:
    """A whole number is data too: one of ``cap`` digits is as big as the largest posting (and squaring it in a
    loop doubles it each time)."""
    digits = int(bits * 0.30103)  # log10(2)
    if digits > cap:
        raise RenderLimitError(f"a template tried to build a number of about {digits:,} digits")


def _lipsum(cap: int) -> Callable[..., Any]:
    """jinja2's ``lipsum()`` global, refusing more paragraphs than the cap can hold before it builds them."""
    from jinja2.utils import generate_lorem_ipsum

    @functools.wraps(generate_lorem_ipsum)
    def lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
        if _is_big_int(n, cap) or _is_big_int(max, cap) or n * max * 16 > cap:  # a word is at most 16 characters
            raise RenderLimitError(f"lipsum({n:,}, max={max:,}) could build more than {cap:,} characters")
        return generate_lorem_ipsum(n=n, html=html, min=min, max=max)

    return lipsum


def _check_size(value: Any, cap: int, what: str) -> None:
    if isinstance(value, str):
        if len(value) > cap:
            raise RenderLimitError(f"{what} of {len(value):,} items passed the size cap of {cap:,}")
    elif isinstance(value, (list, tuple, dict, set, frozenset)):
        size = _content_size(value, cap)
        if size > cap:
            shown = f"{len(value):,} items" if len(value) > cap else f"more than {cap:,} characters of text"
            raise RenderLimitError(f"{what} of {shown} passed the size cap of {cap:,}")


def _content_size(value: Any, limit: int) -> int:
    """What printing or joining ``value`` reads: its items, and the text of every string in it, at any depth
    (``['x' * 999999] * 1000`` is a list of 1,000 items that prints as a gigabyte). Counting stops past ``limit``."""
    size = 0
    stack = [value]
    while stack and size <= limit:
        item = stack.pop()
        if isinstance(item, str):
            size += len(item)
        elif isinstance(item, (list, tuple, set, frozenset)):
            size += len(item)
            stack.extend(item)
        elif isinstance(item, dict):
            size += len(item)
            stack.extend(item.keys())
            stack.extend(item.values())
    return size


def _measured(items: Iterator[Any], cap: int, what: str) -> Iterator[Any]:
    """``items`` as they come, refused once the text they hold passes ``cap`` (a filter's generator, such as
    ``map``, builds its items only when read: ``range(100000) | map('center', 999999) | list``)."""
    size = 0
    for item in items:
        size += _content_size(item, cap) + 1
        if size > cap:
            raise RenderLimitError(f"{what} passed the size cap of {cap:,} characters")
        yield item


def _str_method_size(text: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], cap: int) -> int:
    """The size of ``text.<method>(*args)`` for the str methods that multiply text, before it is built."""
    if method == "join" and args and isinstance(args[0], (list, tuple)):
        items = args[0]
        return len(text) * max(len(items) - 1, 0) + _content_size(list(items), cap + len(items)) - len(items)
    if method == "replace" and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        old, new = args[0], args[1]
        count = args[2] if len(args) > 2 else kwargs.get("count", -1)
        times = text.count(old) if old else len(text) + 1
        if isinstance(count, int) and count >= 0:
            times = min(times, count)
        return len(text) + times * max(len(new) - len(old), 0)
    if method == "translate" and args and isinstance(args[0], dict):
        longest = max((len(v) for v in args[0].values() if isinstance(v, str)), default=1)
        return len(text) * max(longest, 1)
    return 0


def _check_widths(format_string: str, cap: int, args: Any = ()) -> None:
    """Refuse a printf-style format string (``%`` and the ``format`` filter) whose width or precision
    (``%999999999s``, ``%.999999999f``, ``%(key)999999999s``) would build a value past ``cap``; a ``*`` width or
    precision is read from ``args`` (the right side of ``%``), so a number there past ``cap`` is refused too.
    ``str.format`` is checked field by field in :class:`_CappedFormatter`."""
    numbers: list[str] = []
    star = False
    for match in _PERCENT_SPEC.finditer(format_string):
        for group in match.groups():
            if group == "*":
                star = True
            elif group:
                numbers.append(group)
    _check_spec_numbers(numbers, cap)
    if star:
        values = args if isinstance(args, tuple) else (args,)
        big = [value for value in values if _is_big_int(value, cap)]
        if big:
            raise RenderLimitError(f"a format width of {big[0]:,} passed the size cap of {cap:,}")


def _check_date_format(format_string: Any) -> None:
    """Refuse a date format longer than :data:`MAX_DATE_FORMAT_CHARS` before ``strftime`` builds its result."""
    if isinstance(format_string, str) and len(format_string) > MAX_DATE_FORMAT_CHARS:
        raise RenderLimitError(
            f"a date format of {len(format_string):,} characters ({format_string[:20]!r}...) is longer than the "
            f"limit of {MAX_DATE_FORMAT_CHARS} (a format such as '%B %-d, %Y' needs a few)"
        )


def _check_spec_numbers(numbers: list[str], cap: int) -> None:
    for number in numbers:
        if len(number) > 18 or int(number) > cap:  # 18 digits: no int() of a 5,000-digit string
            shown = f"{int(number):,}" if len(number) <= 18 else f"{int(number[:18]):,}..."
            raise RenderLimitError(f"a format width of {shown} passed the size cap of {cap:,}")


class _CappedFormatter(SandboxedFormatter):
    """jinja2's sandboxed ``str.format``, refusing a field whose width or precision passes the cap."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        if isinstance(value, (dt.date, dt.time)):  # the spec is a strftime format ('{:%B %-d, %Y}')
            _check_date_format(format_spec)
        else:
            _check_spec_numbers(re.findall(r"\d+", format_spec), self._env.max_output_chars)
        return super().format_field(value, format_spec)


class _CappedEscapeFormatter(_CappedFormatter, SandboxedEscapeFormatter):
    """The same for ``Markup.format``, which escapes what it inserts."""


def _guard_filter(name: str, func: Callable[..., Any], cap: int) -> Callable[..., Any]:
    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        values = [arg for arg in (*args, *kwargs.values()) if not _is_jinja_internal(arg)]
        for value in values:
            _check_size(value, cap, f"an argument of the {name!r} filter")
            if name in _WIDTH_FILTERS and _is_big_int(value, cap):
                raise RenderLimitError(
                    f"the {name!r} filter was given the number {value:,}, more than {cap:,}"
                )
        if name == "format" and values and isinstance(values[0], str):
            _check_widths(values[0], cap, tuple(values[1:]))
        if name == "join" and values and not isinstance(values[0], (Sized, str)):
            items = list(_measured(iter(values[0]), cap, "the items of the 'join' filter"))
            args = tuple(items if arg is values[0] else arg for arg in args)
            values[0] = items
        if name == "join" and values and isinstance(values[0], Sized):
            separator = values[1] if len(values) > 1 and isinstance(values[1], str) else ""
            items = list(values[0]) if isinstance(values[0], (list, tuple)) else []
            if len(values[0]) * len(separator) + _content_size(items, cap) > cap:
                raise RenderLimitError(f"the 'join' filter would build more than {cap:,} characters")
        if name == "indent" and values and isinstance(values[0], str) and len(values) > 1:
            width = values[1] if isinstance(values[1], int) else len(values[1]) if isinstance(values[1], str) else 0
            if len(values[0]) + (values[0].count("\n") + 1) * width > cap:  # every line gets the indent
                raise RenderLimitError(f"the 'indent' filter would build more than {cap:,} characters")
        if name == "wordwrap" and values and isinstance(values[0], str):
            wrapstring = kwargs.get("wrapstring", values[3] if len(values) > 3 else None)
            if isinstance(wrapstring, str) and len(wrapstring) > 1 and len(values[0]) * len(wrapstring) > cap:
                raise RenderLimitError(f"the 'wordwrap' filter would build more than {cap:,} characters")
        if name == "replace" and len(values) >= 3 and all(isinstance(v, str) for v in values[:3]):
            text, old, new = values[:3]
            growth = (text.count(old) if old else len(text) + 1) * len(new)
            if len(text) + growth > cap:
                raise RenderLimitError(f"the 'replace' filter would build more than {cap:,} characters")
        result = func(*args, **kwargs)
        _check_size(result, cap, f"the result of the {name!r} filter")
        if isinstance(result, Iterator):  # map, select, reject, ...: measured as they are read
            return _measured(result, cap, f"the items of the {name!r} filter")
        return result

    guarded._skillhire_guarded = True  # type: ignore[attr-defined]
    return guarded


def _is_big_int(value: Any, cap: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) > cap


def _is_jinja_internal(value: Any) -> bool:
    from jinja2.environment import Environment
    from jinja2.nodes import EvalContext
    from jinja2.runtime import Context

    return isinstance(value, (Environment, EvalContext, Context))


def _safe_parts(name: str) -> list[str] | None:
    parts = name.replace("\\", "/").split("/")
    if not name or name.startswith("/") or any(part in ("", ".", "..") for part in parts):
        return None
    return parts


class SearchPathLoader(BaseLoader):
    """Finds templates by file name in the user folders first, then among the bundled templates."""

    def __init__(self, user_dirs: tuple[Path, ...]) -> None:
        self.user_dirs = user_dirs
        self.template_by_filename: dict[str, str] = {}

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Any]:
        parts = _safe_parts(template)
        if parts is None:
            raise TemplateNotFound(template)
        for folder in self.user_dirs:
            path = folder.joinpath(*parts)
            if path.is_file():
                if not path.resolve().is_relative_to(folder.resolve()):
                    # a link in a shared template folder (git keeps links) must not print a file from elsewhere on
                    # the machine into a posting, any more than an include of '../x' may
                    raise UnsafeTemplateError(template, None, "is a link to a file outside its template folder "
                                              f"{str(folder)!r}; copy the file into the folder instead")
                mtime = path.stat().st_mtime_ns
                self.template_by_filename[str(path)] = template

                def uptodate(path: Path = path, mtime: int = mtime) -> bool:
                    try:
                        return path.stat().st_mtime_ns == mtime
                    except OSError:
                        return False

                return read_template(path, template), str(path), uptodate
        bundled: Traversable = data_dir("templates")
        for part in parts:
            bundled = bundled / part
        if bundled.is_file():
            filename = f"<bundled>/{template}"
            self.template_by_filename[filename] = template
            return read_template(bundled, template), filename, lambda: True
        raise TemplateNotFound(template)


def read_template(entry: Traversable | Path, template: str) -> str:
    """A template's text; a file that is not UTF-8 is an :class:`InvalidFileError` naming the template."""
    try:
        return entry.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise InvalidFileError(template, f"is not UTF-8 text ({error.reason})") from None
