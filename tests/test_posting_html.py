"""parse_posting on HTML as HR specialists keep it: pages saved from USAJOBS, fragments of the USAJOBS API's HTML
fields, a malformed page. The fixtures in tests/data/html/ are written by hand in the shape of a saved USAJOBS page
(navigation, a header <dl> or table, <h2> sections, <ul> duties, an "Apply" link, script blocks), from announcements
of the development corpus (GSA 622704900, CFPB 441132200, FEMA 621691600), their text shortened."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from skillhire import load_posting, parse_posting
from skillhire.cli import main
from skillhire.errors import SkillhireError

PAGES = Path(__file__).parent / "data" / "html"

EXPECTED = [
    # a saved page: the header <dl> gives the fields; navigation, the agency link and the "Apply" button before the
    # <h1> are kept as the Introduction, with their addresses; the page footer is read as text of the last section
    (
        'gsa-data-analytics-specialist',
        {'title': 'Data Analytics Specialist',
         'series': '0301',
         'pay_plan': 'GS',
         'grade_low': '13',
         'grade_high': '13',
         'department': 'General Services Administration',
         'locations': ['Washington, DC'],
         'salary': {'min': 103609.0, 'max': 134697.0},
         'open_date': '2021-11-18',
         'close_date': '2021-12-02',
         'announcement_number': '22PBSC035DDDE',
         'control_number': '622704900',
         'summary': 'As a Data Analytics Specialist, you will perform a broad range of data management analysis, '
                    'program and business process assessments and improvements, solutions development, and data '
                    'integration.\n'
                    '\n'
                    'Location of position: General Services Administration (GSA), Public Buildings Service (PBS), '
                    'National Capital Region (NCR), Office of Facilities Management (OFM), Facilities Program '
                    'Support Division, Washington, DC.',
         'conditions_of_employment': 'If selected, you must meet the following conditions:\n'
                                     '\n'
                                     '- Serve a one year probationary period, if required.\n'
                                     '- Undergo and pass a background investigation (Tier 2 investigation level).\n'
                                     '- Have your identity and work status eligibility verified if you are not a GSA '
                                     'employee. We will use the Department of Homeland Security’s e-Verify system '
                                     'for this.',
         'qualifications': 'For each job on your resume, provide: the exact dates you held each job (from month/year '
                           'to month/year) and the number of hours per week you worked (if part time).\n'
                           '\n'
                           'For a brief video on creating a Federal resume, click here '
                           '(https://www.youtube.com/watch?v=ZAb2ns6Kk0E).',
         'evaluations': 'We will use a method called Category Rating to assess your application.\n'
                        '\n'
                        'USAJOBS is a program of the U.S. Office of Personnel Management (https://www.opm.gov).',
         'extra_sections': {'Introduction': 'Skip to main content\n'
                                            '\n'
                                            '- USAJOBS (/)\n'
                                            '- Search jobs (/search/results/)\n'
                                            '- Help (/help/)\n'
                                            '\n'
                                            'Public Buildings Service (/search/results/?a=GS03)\n'
                                            'Apply '
                                            '(https://apply.usastaffing.gov/Application/Apply?AnnouncementId=12345678)'}},
    ),
    # an older page with a header table ('Label:' cells); a label skillhire does not know stays text
    (
        'cfpb-web-developer',
        {'title': 'IT Specialist (INET) (Web Developer)',
         'series': '2210',
         'pay_plan': 'CN',
         'grade_low': '52',
         'grade_high': '53',
         'agency': 'Consumer Financial Protection Bureau',
         'locations': ['3 vacancies in the following location: Washington DC, DC'],
         'salary': {'min': 93806.0, 'max': 181264.0},
         'open_date': '2016-06-08',
         'close_date': '2016-06-15',
         'hiring_paths': ['The public U.S. Citizens, Nationals or those who owe allegiance to the U.S.'],
         'announcement_number': '16-CFPB-439-P',
         'summary': 'This position is located in the Consumer Financial Protection Bureau (CFPB), Office of Chief '
                    'Operations Officer, Division of Chief Information Officer. There are a total of three '
                    'vacancies.',
         'duties': '- Contribute to project planning, requirements management and interface design.\n'
                   '- Build, test, deploy and maintain web applications in HTML, CSS & JavaScript.',
         'qualifications': 'You must meet the following requirements within 30 days of the closing date of this '
                           'announcement.\n'
                           '\n'
                           'Specialized Experience: For the CN-53 you must have one year of specialized experience '
                           'equivalent to the CN-52 grade level (broadly equivalent to the GS-12).',
         'how_to_apply': '1. Read the announcement.\n'
                         '2. Apply online (https://www.usajobs.gov/GetJob/ViewDetails/441132200?apply=1) by 11:59 '
                         'p.m. Eastern Time on 06/15/2016.',
         'agency_contact': 'CFPB Human Capital\nEmail: jobs@cfpb.gov',
         'extra_sections': {'Introduction': 'Home (/) | Search (/Search) | Sign in (/Account/SignIn)\n'
                                            '\n'
                                            'Position Information: Full Time - Permanent'}},
    ),
    # a fragment of API fields: no title, sections by their <h2>
    (
        'fema-gis-fragment',
        {'summary': 'RESERVIST APPOINTMENTS: The Reservist Program is an appointment type granted under the Robert '
                    'T. Stafford Disaster Relief and Emergency Assistance Act, Section 306 (b).\n'
                    '\n'
                    'View common definitions of terms (https://www.fema.gov/careers/definitions) found in this '
                    'announcement.',
         'qualifications': 'To qualify for this position, you must possess:\n'
                           '\n'
                           '- Collaborating and/or fostering relationships between external stakeholders (i.e. '
                           'Federal, State, Tribal, local governments); and\n'
                           '- Utilizing geographic information systems (GIS) to collect, review and analyze data; '
                           'and\n'
                           '- Applying GIS technology to solve analytical problems.\n'
                           '\n'
                           'OR\n'
                           '\n'
                           "A master's or equivalent graduate degree",
         'education': 'NOTE: If you are qualifying based on education, you will be required to submit your official '
                      'college transcript(s) at time of selection.'},
    ),
    # malformed (see the test below)
    (
        'fema-gis-malformed',
        {'title': 'Emergency Management Specialist (GIS) (Geospatial and Data Analytics Cell Analyst) Intermittent',
         'agency': 'Federal Emergency Management Agency',
         'department': 'Department of Homeland Security',
         'open_date': '2021-11-10',
         'close_date': '2021-12-10',
         'summary': 'RESERVIST APPOINTMENTS: The Reservist Program is an appointment type granted under the Stafford '
                    'Act.\n'
                    '\n'
                    'View common definitions of terms found in this announcement.',
         'conditions_of_employment': '- Minimum age of eighteen years of age is required.\n'
                                     '- All candidates must be a high school graduate or possess a GED.',
         'evaluations': 'We will review your resume & supporting documentation.\n'
                        '\n'
                        'Interviews may be required for this position. Back to top'},
    ),
]


@pytest.mark.parametrize("name, expected", EXPECTED, ids=[name for name, _ in EXPECTED])
def test_a_saved_page_or_fragment_parses_into_these_fields_and_sections(name: str, expected: dict) -> None:
    parsed = parse_posting((PAGES / f"{name}.html").read_text(encoding="utf-8"))
    assert parsed.model_dump(mode="json", exclude_defaults=True) == expected


def test_a_malformed_page_loses_no_visible_text_and_shows_no_script() -> None:
    # unclosed <p>, <li>, <dt>/<dd> and <h2>, a stray </div></div> and </ul></span>, a <head> never closed, a
    # <script> holding "</p></div>" and "<h2>fake</h2>", a comment holding a tag
    text = parse_posting((PAGES / "fema-gis-malformed.html").read_text(encoding="utf-8")).to_text()
    for visible in ["Emergency Management Specialist (GIS) (Geospatial and Data Analytics Cell Analyst) Intermittent",
                    "Federal Emergency Management Agency", "Department of Homeland Security", "2021-11-10",
                    "2021-12-10", "The Reservist Program is an appointment type granted under the Stafford Act.",
                    "View common definitions of terms found in this announcement.",
                    "- Minimum age of eighteen years of age is required.",
                    "- All candidates must be a high school graduate or possess a GED.",
                    "We will review your resume & supporting documentation.",
                    "Interviews may be required for this position. Back to top"]:
        assert visible in text, visible
    for hidden in ["closing", "fake", "render", "tracking", "t.gif"]:
        assert hidden not in text, hidden


@pytest.mark.parametrize(
    "html, expected",
    [
        # the <h1> is the title; the navigation before it is text before the first heading (here the summary)
        ("<nav><a href='/'>Home</a></nav><h1>Analyst</h1><dl><dt>Series</dt><dd>0343</dd></dl>",
         {"title": "Analyst", "series": "0343", "summary": "Home (/)"}),
        # a <dl> item is a header line where header lines are read, and text in a section
        ("<h1>Analyst</h1><h2>Summary</h2><dl><dt>Series</dt><dd>0343</dd></dl>",
         {"title": "Analyst", "summary": "- Series: 0343"}),
        # "This job is open to": its opening list is the hiring paths, the rest who may apply; no list, no paths
        ("<h1>A</h1><h2>This job is open to</h2><ul><li>Veterans</li></ul><p>VA staff only.</p>",
         {"title": "A", "hiring_paths": ["Veterans"], "who_may_apply": "VA staff only."}),
        ("<h1>A</h1><h2>This job is open to</h2><p>VA staff only.</p><ul><li>Veterans</li></ul>",
         {"title": "A", "who_may_apply": "VA staff only.\n\n- Veterans"}),
        # an unknown heading with nothing under it ("Share" on a saved page) is text, not dropped
        ("<h1>A</h1><h2>Summary</h2><p>We count.</p><h2>Share</h2><h2>Print</h2><h2>Duties</h2><p>Plan.</p>",
         {"title": "A", "summary": "We count.\n\nShare\n\nPrint", "duties": "Plan."}),
        # entities decoded once: a typed '&lt;' stays '&lt;'; a '#' or '1.' starting a paragraph is text
        ("<h1>A</h1><h2>Duties</h2><p>Use &amp;lt;b&amp;gt; tags &amp; C#.</p><p># of tests</p>",
         {"title": "A", "duties": "Use &lt;b&gt; tags & C#.\n\n# of tests"}),
    ],
)
def test_html_reading_rules(html: str, expected: dict) -> None:
    parsed = parse_posting(html).model_dump(mode="json", exclude_defaults=True)
    assert parsed == expected


def test_a_dash_label_line_is_a_header_line_only_in_html() -> None:
    # Markdown's header reads '- **Series:** 0343' (skillhire's overview), not '- Series: 0343': unchanged
    assert parse_posting("# Analyst\n\n- Series: 0343\n").series is None
    assert parse_posting("<h1>Analyst</h1><ul><li>Series: 0343</li></ul>").series == "0343"


# --- files and the command line ------------------------------------------------------------------------------------

POSTING_HTML = ("<!DOCTYPE html><html><head><title>Data Analyst</title></head><body><h1>Data Analyst</h1>"
                "<dl><dt>Series</dt><dd>0343</dd></dl><h2>Duties</h2>"
                "<p>The incumbent shall utilize Excel to assist managers.</p></body></html>")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as caught:
        main(list(args))
    out, err = capsys.readouterr()
    return caught.value.code or 0, out, err


@pytest.mark.parametrize("name", ["saved.html", "saved.HTM"])
def test_load_posting_reads_an_html_file_as_html_whatever_it_starts_with(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    # text before the first tag (a page saved with a note on top): still HTML, as its name says
    path.write_text("Saved 2026-03-02\n" + POSTING_HTML, encoding="utf-8")
    posting = load_posting(path)
    assert (posting.title, posting.series, posting.summary, posting.duties) == (
        "Data Analyst", "0343", "Saved 2026-03-02", "The incumbent shall utilize Excel to assist managers."
    )
    assert parse_posting("Saved 2026-03-02\n" + POSTING_HTML).title == "Saved 2026-03-02"  # as text: not HTML


def test_an_html_file_in_the_encoding_its_meta_charset_declares_is_read(tmp_path: Path) -> None:
    # a page saved on Windows: 'Équité' and a curly apostrophe in windows-1252, not UTF-8
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>' \
           "<body><h1>Analyst</h1><h2>Summary</h2><p>Office of \u00c9quit\u00e9 \u2019s team.</p></body></html>"
    path = tmp_path / "saved.htm"
    path.write_bytes(page.encode("windows-1252"))
    assert load_posting(path).summary == "Office of \u00c9quit\u00e9 \u2019s team."
    # 'iso-8859-1', 'latin1', 'us-ascii' are windows-1252 in every browser (WHATWG Encoding Standard): the curly
    # quote and dash bytes are those characters, never C1 control characters (U+0092, U+0093)
    for label in ("iso-8859-1", "ISO-8859-1", "latin1", "us-ascii"):
        path.write_bytes(f'<meta charset="{label}"><h1>Analyst</h1><h2>Summary</h2><p>You\u2019ll lead \u201cdata\u201d '
                         "work \u2013 caf\u00e9.</p>".encode("windows-1252"))
        assert load_posting(path).summary == "You\u2019ll lead \u201cdata\u201d work \u2013 caf\u00e9.", label
    # no declaration, or a declaration the bytes do not follow: refused, naming the file
    path.write_bytes(page.replace("windows-1252", "utf-8").encode("windows-1252"))
    with pytest.raises(SkillhireError, match=r"saved.htm: is not UTF-8 text"):
        load_posting(path)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("announcement.pdf", b"%PDF-1.7\n", "announcement.pdf: is a PDF document, which skillhire does not read; save "
         "the announcement as HTML (.html), text (.txt) or Markdown (.md), or write its fields in .toml or .json"),
        ("announcement.docx", b"PK\x03\x04", "announcement.docx: is a Word document, which skillhire does not read"),
        ("renamed.txt", b"%PDF-1.4\n%\xe2\xe3", "renamed.txt: is a PDF document, not text, whatever its name; use "
         ".toml or .json (posting fields), or .txt, .md or .html (announcement text)"),
        ("posting.yaml", b"title: x", "posting.yaml: unknown posting file kind '.yaml'; use .toml or .json (posting "
         "fields), or .txt, .md or .html (announcement text)"),
        ("blank.html", b"<html><head><title>x</title></head><body><script>x()</script></body></html>",
         "blank.html: shows no text"),
    ],
)
def test_a_file_that_is_no_posting_is_refused_naming_the_file_and_the_kinds_read(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SkillhireError, match=re.escape(message)):
        load_posting(path)


def test_cli_rewrite_and_lint_read_an_html_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "saved.html"
    source.write_text(POSTING_HTML, encoding="utf-8")
    out = tmp_path / "plain.md"
    code, stdout, _ = _run(capsys, "rewrite", str(source), "-o", str(out))
    assert (code, stdout) == (0, "")
    assert out.read_text(encoding="utf-8") == (
        "# Data Analyst\nSeries: 0343\n\n## Duties\nYou will use Excel to help managers.\n"
    )
    # lint's exit codes as for text: 1 with a finding at the severity asked, 0 without
    code, stdout, _ = _run(capsys, "lint", str(source), "--severity", "warning")
    assert code == 1
    assert stdout.splitlines()[0] == (
        'duties:4-13: warning [reader-not-addressed] "incumbent" instead of "you". Speak to the reader: "you", "your".')
    assert _run(capsys, "lint", str(source), "--severity", "error")[:2] == (0, "")


def test_cli_reads_html_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(POSTING_HTML))
    code, stdout, _ = _run(capsys, "rewrite", "-", "--format", "json", "--rule", "must-not-shall")
    assert code == 0
    assert json.loads(stdout)["duties"] == "The incumbent will utilize Excel to assist managers."


def test_cli_refuses_a_pdf_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "announcement.pdf"
    source.write_bytes(b"%PDF-1.7\n")
    code, stdout, err = _run(capsys, "lint", str(source))
    assert (code, stdout) == (1, "")
    assert err == (f"Error: {source}: is a PDF document, which skillhire does not read; save the announcement as HTML "
                   "(.html), text (.txt) or Markdown (.md), or write its fields in .toml or .json\n")
