"""An HTML announcement as the text :func:`skillhire.parse_posting` reads: :func:`html_to_text` and :func:`is_html`.

HR specialists keep announcements as HTML: a page saved from USAJOBS, a fragment copied from one of the USAJOBS
API's HTML fields, or what skillhire's ``usajobs-html`` template writes. :func:`html_to_text` turns any of them
into headed text, as a browser shows it:

* ``<h1>`` .. ``<h6>`` become Markdown headings (``# Title``, ``## Duties``);
* ``<li>`` becomes a ``- `` item (``1. ``, ``2. `` in an ``<ol>``, from its ``start``), a nested list's items
  indented two spaces a level (ten levels at most), a second line of an item indented under its text;
* ``<p>``, ``<br>`` and other block elements (``<div>``, ``<section>``, ``<tr>``, ...) break lines; paragraphs
  and lists are separated by a blank line;
* a ``<dl>`` becomes list items ``- Term: definition`` (several definitions of a term joined by ``; ``);
  a table row of two cells becomes ``Label: value`` (a header table: "Salary | $99,200"), a wider row its cells
  joined by `` | ``;
* a link keeps its text, followed by its address in brackets when the address differs from the text ("Apply
  (https://www.usajobs.gov/job/123/apply)"); an address is no text when it only points inside the page
  (``#main``), runs a script (``javascript:``) or repeats the text (``mailto:`` / ``tel:`` of it);
* entities are decoded once (``&amp;lt;`` is the text ``&lt;``); runs of spaces, tabs and line breaks are one
  space, and a block's text is stripped, as a browser lays it out; ``<pre>`` keeps its lines and spaces;
* ``<head>`` (with its ``<title>``), ``<script>``, ``<style>``, ``<template>``, comments and an element a browser
  does not show (the ``hidden`` attribute, ``style="display: none"``: a saved page's closed dialogs) are dropped,
  and no other attribute becomes text (an image's ``alt`` is not printed on the page).

Nothing else is dropped: every piece of visible text comes out once, in document order. The reader keeps no
tree, only the lists and the link it is in, so a malformed page (an unclosed ``<p>``, a stray ``</div>``) reads
as a browser would show it, and a page of several megabytes reads in one pass.

With ``markdown=True`` each piece of text is escaped with :func:`~skillhire.template_filters.escape_markdown`, so
a value that looks like Markdown or HTML ("# Everyone", "<b>") reads back as those characters, never as a
heading or markup: :func:`skillhire.parse_posting` reads that form.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from skillhire.template_filters import escape_markdown

__all__ = ["html_to_text", "is_html"]

# Elements a page or fragment starts with; an inline element (<b>, <span>, <a>) at the start is not enough, as
# Markdown may open with one and then go on in Markdown lines.
# A title that starts with a tag ("<script>alert(1)</script> Data Engineer", a hostile spreadsheet value), printed
# by the plain-text template, is followed by its '=' underline: text, not HTML.
_OPENING_TAGS = frozenset(
    "html head body header main nav footer section article aside div p h1 h2 h3 h4 h5 h6 ul ol dl table "
    "blockquote pre hr form figure address center details".split()
)
_UNDERLINED_FIRST_LINE = re.compile(r"\A\s*[^\n]*\n[ \t]*(?:=+|-+)[ \t]*(?:\n|\Z)")
# Markdown that opens with an HTML block ('<p align="center"><img ...></p>', then '# Analyst' ...): in CommonMark the
# block ends at a blank line, and a '#' heading at the start of a line after one is Markdown again
_MARKDOWN_HEADING_AFTER_BLANK = re.compile(r"\n[ \t]*\n#{1,6}[ \t]+\S")
_OPENING_RE = re.compile(
    r"\A(?:\s|<!--.*?-->)*(?:<!doctype\s+html\b|<\?xml\b|<([a-z][a-z0-9]*)(?=[\s/>]))", re.IGNORECASE | re.DOTALL
)

#: Elements whose start and end break a line (block-level in a browser's default style sheet).
_BLOCKS = frozenset(
    "address article aside blockquote body caption center details dialog div dl dt dd fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table "
    "tbody td tfoot th thead tr ul".split()
)
_PARAGRAPHS = frozenset("p h1 h2 h3 h4 h5 h6 pre blockquote table dl ul ol hr".split())  # a blank line after
_DROPPED = frozenset({"script", "style", "template", "head", "title"})
_HEAD_ONLY = frozenset({"meta", "link", "base", "title", "style", "script", "noscript", "template"})
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())  # no end tag
_DISPLAY_NONE = re.compile(r"(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)", re.IGNORECASE)
_LIST_START = re.compile(r"-?[0-9]{1,9}")  # an <ol start>: ASCII digits, as browsers read them; no 5,000-digit int
#: Start tags that end an open <p> (HTML's tree construction), and end tags that, when no element of theirs is open
#: inside a hidden element, end an element open around it and so the hidden element (not </p>: a stray </p> is an
#: empty paragraph in a browser, not an end)
_CLOSES_P = frozenset(
    "address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hgroup hr main menu nav ol p pre section table ul".split()
)
_ENDS_HIDDEN = frozenset(
    "article aside blockquote body dd details div dl dt fieldset figure footer form header html li main nav ol "
    "section table tbody td tfoot th thead tr ul".split()
)
#: Lists nested deeper than this are indented as this deep: a page of nested lists (10,000 levels in 90 KB) wrote
#: each item two spaces a level, 100 MB of text; no announcement nests lists so deep.
_MAX_DEPTH = 10
_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML's ASCII whitespace; a no-break space is text


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element is not shown: the ``hidden`` attribute, or ``display: none`` in its own ``style`` (a
    style sheet's classes are not read)."""
    return any(name == "hidden" or (name == "style" and value and _DISPLAY_NONE.search(value))
               for name, value in attrs)


def is_html(text: str) -> bool:
    """Whether ``text`` is an HTML document or fragment rather than text or Markdown that holds a tag.

    It is HTML when, after any spaces and comments, it starts with ``<!DOCTYPE html>``, an XML declaration or the
    start tag of a document or block element (``<html>``, ``<body>``, ``<div>``, ``<p>``, ``<h2>``, ``<ul>``,
    ``<table>``, ...), its first line is not underlined with ``=`` or ``-`` (a title in plain text, as
    skillhire's ``plain-text`` template prints one, may itself start with a tag), and no ``#`` heading starts a
    line after a blank line (Markdown that opens with an HTML block, such as a centred logo). Text that starts
    otherwise, with an inline element (``<b>Note</b>`` and Markdown lines after it) or with a ``<script>``, is not:
    its tags are text.

    Example:
        >>> is_html("<p>We count people.</p>"), is_html("# Analyst\\n\\nWe use <b>data</b>."), is_html("<b>x</b>")
        (True, False, False)
    """
    text = text.removeprefix("\ufeff")
    match = _OPENING_RE.match(text)
    if not match or (match.group(1) is not None and match.group(1).lower() not in _OPENING_TAGS):
        return False
    return not _UNDERLINED_FIRST_LINE.match(text) and not _MARKDOWN_HEADING_AFTER_BLANK.search(text)


def html_to_text(html: str, *, markdown: bool = False) -> str:
    r"""The text of an HTML page or fragment, headed and listed as the module docstring describes.

    Args:
        html: The HTML.
        markdown: Escape the text with :func:`~skillhire.template_filters.escape_markdown`, so that it reads
            back as itself in Markdown (what :func:`skillhire.parse_posting` reads).

    Returns:
        The text, lines separated by ``\n``, ending with one; empty when the HTML shows no text.

    Example:
        >>> print(html_to_text('<h2>Duties</h2><ul><li>Plan &amp; test</li></ul><p><a href="/apply">Apply</a></p>'),
        ...       end="")
        ## Duties
        <BLANKLINE>
        - Plan & test
        <BLANKLINE>
        Apply (/apply)
    """
    reader = _Reader(markdown=markdown)
    reader.feed(_close_open_markup(html))
    reader.close()
    return reader.text()


def _close_open_markup(html: str) -> str:
    """``html`` with every ``<`` after its last ``>`` written as ``&lt;``.

    A ``<`` that no ``>`` follows cannot open a tag, comment or declaration, but Python's ``html.parser`` (before
    the fix of CVE-2025-6069 in the 3.9.23 / 3.13.5 security releases; this machine's 3.11.7 has it) looks for the
    end of each such construct to the end of the text, once per ``<``: 60 KB of ``"<a "`` took 34 s of CPU and
    ``"<!--"`` a few seconds, quadratic in the number of them. Written as text, they read in one pass and still
    show: a browser would drop an unclosed tag at the end of a page, and this reader keeps every character it
    cannot read as markup as text. So is a ``<!--`` that no ``-->`` follows: what comes after it is read as markup
    (html.parser printed it all as text, a script's code and every tag as characters).
    """
    closed = html.rfind("-->")
    opened = html.find("<!--", closed + 3 if closed >= 0 else 0)
    if opened >= 0:
        html = f"{html[:opened]}&lt;{html[opened + 1:]}"
    last = html.rfind(">")
    if html.find("<", last + 1) < 0:
        return html
    return html[: last + 1] + html[last + 1 :].replace("<", "&lt;")


class _Reader(HTMLParser):
    """One pass over the tags: text collects in ``_inline`` and is written out as a line at each block's edge."""

    def __init__(self, *, markdown: bool) -> None:
        super().__init__(convert_charrefs=True)
        self._escape = (lambda text: str(escape_markdown(text))) if markdown else str  # str: no Markup arithmetic
        self._lines: list[str] = []
        self._inline: list[str] = []  # text of the line being read: runs of spaces collapsed, "\n" for a <br>
        self._dropped: list[str] = []  # open elements whose content is not shown
        self._dropped_open: dict[str, int] = {}  # how many of each tag _dropped holds: an end tag is looked up in it
        self._in_head = False
        self._pre = 0
        self._heading = 0  # level of the open heading
        self._lists: list[list[int | str]] = []  # ["ul", 0] / ["ol", next number]
        self._marker: str | None = None  # an open item's marker, until its first line is written
        self._item_indent = ""  # indent of an open item's next lines
        self._links: list[tuple[str | None, int]] = []  # (address, where its text starts in _inline)
        self._term: str | None = None  # the open <dl>'s term awaiting its definition
        self._definitions: list[str] = []
        self._in_dt = self._in_dd = False
        self._cells: list[str] | None = None  # the open table row's cells

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """``<![CDATA[ ... ]]>``, ``<![if ...]>``: as html.parser reads them; a keyword it does not know ("<![x]>")
        is a bogus comment to the next ``>``, as in HTML, where html.parser raised an ``AssertionError``."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    # --- tags -----------------------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._in_head and tag not in _HEAD_ONLY:
            self._in_head = False  # a browser ends the head at the first element that cannot be in it
        if self._dropped and tag in _CLOSES_P and self._dropped_open.get("p"):
            self._close_dropped("p")  # a block start ends an open <p>, a hidden one too ("<p hidden>x<div>shown")
        if self._dropped:
            if tag not in _VOID:
                self._drop(tag)  # every element inside, so that the hidden one's end tag is found
            return
        if self._in_head:
            if tag in _DROPPED and tag != "head":
                self._drop(tag)
            return
        if tag == "head":
            self._in_head = True
            return
        if tag in _DROPPED or (tag not in _VOID and _hidden(attrs)):
            self._drop(tag)
            return
        if tag == "br":
            self._inline.append("\n")
            return
        if tag == "a":
            self._links.append((dict(attrs).get("href"), len(self._inline)))
            return
        if tag in ("dl", "dt", "dd") and self._cells is not None:
            self._end_row()  # a definition list in a table row, or the row left open: the row's text first
        elif tag in ("table", "tr", "td", "th") and (self._in_dt or self._in_dd or self._term or self._definitions):
            self._end_definition()  # and the other way round
        if tag in ("dt", "dd"):
            self._start_definition_part(tag)
            return
        if tag in ("td", "th"):
            if self._cells is None:
                self._write(self._take())
                self._cells = []  # a cell outside a row starts one
            elif "".join(self._inline).strip():
                self._cells.append(self._take())  # the cell before, left open
            else:
                self._take()
            return
        if tag == "dl":
            self._end_definition()  # a list inside a definition: the item so far first
        if tag in _BLOCKS:
            self._block_edge(tag, start=True)
        if tag in ("ul", "ol", "menu"):
            start = dict(attrs).get("start") or "1"
            self._lists.append([tag, int(start) if _LIST_START.fullmatch(start) else 1])
            self._marker = None
        elif tag == "li":
            kind, number = self._lists[-1] if self._lists else ("ul", 0)
            marker = f"{number}. " if kind == "ol" else "- "
            if self._lists and kind == "ol":
                self._lists[-1][1] = int(number) + 1
            self._open_item(marker)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = int(tag[1])
        elif tag == "pre":
            self._pre += 1
        elif tag == "tr":
            self._end_row()
            self._cells = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "hr"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._dropped:
            if self._dropped_open.get(tag):  # not 'tag in self._dropped': a scan of the stack for each stray end tag
                self._close_dropped(tag)
                return
            if tag not in _ENDS_HIDDEN:
                return
            # the end tag of an element open around the hidden one ("<section><div hidden>x</section>"): it closes
            # the hidden one too, as in a browser, and the text after it is shown
            self._dropped, self._dropped_open = [], {}
        if self._in_head:
            if tag == "head":
                self._in_head = False
            return
        if tag == "a":
            self._end_link()
            return
        if tag in ("td", "th") and self._cells is not None:
            self._cells.append(self._take())
            return
        if tag == "tr":
            self._end_row()
            return
        if tag in ("dt", "dd"):
            self._close_definition_part()
            return
        if tag == "dl":
            self._end_definition()
        if tag in _BLOCKS:
            self._block_edge(tag, start=False)
        if tag in ("ul", "ol", "menu") and self._lists:
            self._lists.pop()
            self._marker, self._item_indent = None, "  " * min(len(self._lists), _MAX_DEPTH) if self._lists else ""
            if not self._lists:
                self._blank()
        elif tag == "li":
            self._marker = None
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = 0
        elif tag == "pre" and self._pre:
            self._pre -= 1

    def _close_dropped(self, tag: str) -> None:
        """End the innermost open dropped ``tag`` and the dropped elements inside it."""
        while True:
            popped = self._dropped.pop()
            self._dropped_open[popped] -= 1
            if popped == tag:
                break

    def _drop(self, tag: str) -> None:
        self._dropped.append(tag)
        self._dropped_open[tag] = self._dropped_open.get(tag, 0) + 1

    def handle_data(self, data: str) -> None:
        if self._dropped or (self._in_head and not data.strip()):
            return
        self._in_head = False  # text ends the head, as in a browser ("<head><meta charset=utf-8>Analyst ...")
        if self._pre:
            self._inline.append("\x00" + data.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\x00"))
        else:
            self._inline.append(_SPACES.sub(" ", data))  # a line break in the source is a space; <br> is "\n"

    # --- lines ----------------------------------------------------------------------------------------------

    def _take(self) -> str:
        """The line being read, its spaces collapsed and stripped (a ``<br>`` and ``<pre>`` keep their breaks),
        escaped; the buffer emptied."""
        raw = "".join(self._inline)
        self._inline = []
        self._links = [(address, 0) for address, _ in self._links]
        lines = []
        for part in raw.split("\n"):
            if "\x00" in part:  # <pre> text: its lines and spaces as they are
                lines.extend(
                    line[: len(line) - len(line.lstrip())] + self._escape(line.strip()) if line.strip() else ""
                    for line in part.split("\x00")
                )
            else:
                text = _SPACES.sub(" ", part).strip(" ")
                lines.append(self._escape(text) if text else "")
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        return "\n".join(lines)

    def _write(self, text: str) -> None:
        """Write ``text``'s lines as a heading, an item's lines, or lines."""
        if not text.strip():
            return
        rows = text.split("\n")
        if self._heading:
            self._lines.append("#" * self._heading + " " + " ".join(row.strip() for row in rows if row.strip()))
            return
        for row in rows:
            if not row.strip():
                continue
            if self._marker is not None:
                self._lines.append(self._marker + row.lstrip(" "))
                self._marker = None
            elif self._lists:
                self._lines.append(self._item_indent + row.lstrip(" "))
            else:
                self._lines.append(row)

    def _open_item(self, marker: str) -> None:
        depth = min(max(len(self._lists) - 1, 0), _MAX_DEPTH - 1)
        self._marker = "  " * depth + marker
        self._item_indent = " " * len(self._marker)

    def _blank(self) -> None:
        if self._lines and self._lines[-1] != "":
            self._lines.append("")

    def _block_edge(self, tag: str, *, start: bool) -> None:
        if self._cells is not None:
            if tag not in ("tr", "table", "tbody", "thead", "tfoot", "caption"):
                self._inline.append(" ")  # a block inside a cell is part of the cell's text, apart from its words
                return
            self._end_row()  # the row ends where the table's structure goes on
        if (self._in_dt or self._in_dd) and tag != "dl":
            self._inline.append("\n")  # a paragraph inside a term or definition: part of its text
            return
        self._write(self._take())
        if start and self._heading:
            self._heading = 0  # a heading left open ends where a block starts ("<h2>Summary<p>We ...")
        if not start and tag in _PARAGRAPHS and not (self._lists and tag not in ("ul", "ol")):
            self._blank()
        if start and tag in _PARAGRAPHS and not self._lists:
            self._blank()

    def _end_link(self) -> None:
        if not self._links:
            return
        address, start = self._links.pop()
        text = " ".join("".join(self._inline[start:]).split())
        address = (address or "").strip()
        if (
            not address
            or address.startswith("#")
            or address.lower().startswith("javascript:")
            or address in (text, f"mailto:{text}", f"tel:{text}")
        ):
            return
        self._inline.append(f" ({address})" if text else address)

    def _end_row(self) -> None:
        if self._cells is None:
            return
        if self._inline:
            self._cells.append(self._take())
        cells = [" ".join(cell.split("\n")) for cell in self._cells if cell.strip()]
        self._cells = None
        if len(cells) == 2:
            self._write(f"{cells[0].rstrip(':')}: {cells[1]}")
        elif cells:
            self._write(" | ".join(cells))

    def _start_definition_part(self, tag: str) -> None:
        """A ``<dt>`` or ``<dd>`` starts (the one before may be left open): a term after a definition starts the
        next item."""
        self._close_definition_part()
        if tag == "dt" and (self._term is not None or self._definitions):
            self._end_definition()
        elif self._term is None and not self._definitions:
            self._write(self._take())  # text of the list outside any term
        self._in_dt, self._in_dd = tag == "dt", tag == "dd"

    def _close_definition_part(self) -> None:
        if self._in_dt:
            self._in_dt = False
            term = " ".join(self._take().split("\n"))
            if self._term is not None:  # two terms for one definition: each its own item
                self._end_definition()
            self._term = term
        elif self._in_dd:
            self._in_dd = False
            self._definitions.append(self._take())

    def _end_definition(self) -> None:
        """Write the pending term and its definitions as one item: ``- Term: definition``."""
        self._close_definition_part()
        definitions = [" ".join(d.split("\n")) for d in self._definitions if d.strip()]
        term, self._term, self._definitions = self._term, None, []
        if not term and not definitions:
            return
        parts = [term.rstrip(":")] if term else []
        item = ": ".join(parts + ["; ".join(definitions)]) if definitions else parts[0]
        saved = self._marker, self._item_indent
        self._open_item("- ")
        self._write(item)
        self._marker, self._item_indent = saved if self._lists else (None, "")

    def text(self) -> str:
        self._end_definition()
        self._end_row()
        self._heading = 0
        self._write(self._take())
        lines = [line.rstrip() for line in self._lines]
        out: list[str] = []
        for line in lines:
            if line or (out and out[-1]):
                out.append(line)
        while out and not out[-1]:
            out.pop()
        return "\n".join(out) + "\n" if out else ""
