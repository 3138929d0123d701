"""JobPosting.duty_items: a number that ends a sentence of the line above is no list marker."""

from __future__ import annotations

import pytest

from skillhire import JobPosting


@pytest.mark.parametrize(
    "duties, expected",
    [
        # a wrapped item whose second line starts with the number that ends its sentence: one item, the number kept
        # (before: two items, 'a team of' and 'It also plans the work.', and the 12 lost)
        ("- Lead a data team that supports the regional offices, a team of\n12. It also plans the work.\n"
         "- Report to the director.",
         ["Lead a data team that supports the regional offices, a team of 12. It also plans the work.",
          "Report to the director."]),
        # a paragraph wrapped so: paragraphs, as duties with no list are (before: 'about' / 'The analyst ...
        # Write reports.', the 12 lost)
        ("Serve as the senior analyst for the program, supervising a staff of about\n12. The analyst plans studies."
         "\n\nWrite reports.",
         ["Serve as the senior analyst for the program, supervising a staff of about\n12. The analyst plans studies.",
          "Write reports."]),
        ("You must have at least one year of specialized experience at grade\n1. Experience must be documented.",
         ["You must have at least one year of specialized experience at grade\n1. Experience must be documented."]),
        # numbered lists stay lists: numbering that goes on, a line above that ends a sentence or a colon, or is short
        ("1. Plan\n2. Ship", ["Plan", "Ship"]),
        ("You will carry out these tasks in every quarter of the year\n1. Plan\n2. Ship",
         ["You will carry out these tasks in every quarter of the year", "Plan", "Ship"]),
        ("5. Plan the studies of the program office with the regional staff\n6. Ship the reports",
         ["Plan the studies of the program office with the regional staff", "Ship the reports"]),
        ("Duties include the following tasks for the program office:\n1. Plan",
         ["Duties include the following tasks for the program office:", "Plan"]),
        ("Plan the work of the office for the whole year ahead.\n12. Ship",
         ["Plan the work of the office for the whole year ahead.", "Ship"]),
        ("You will:\n1. Plan", ["You will:", "Plan"]),
        # Markdown numbering: every item "1." (CommonMark renumbers them); long items that end with no full stop
        ("1. Develops and maintains enterprise data architecture standards\n"
         "1. Leads the data governance board and its working groups\n1. Reviews designs",
         ["Develops and maintains enterprise data architecture standards",
          "Leads the data governance board and its working groups", "Reviews designs"]),
        ("Duties\n1. Plan", ["Duties", "Plan"]),
    ],
)
def test_duty_items_a_number_ending_a_sentence_is_not_a_marker(duties: str, expected: list[str]) -> None:
    assert JobPosting(title="Analyst", duties=duties).duty_items == expected
