"""Rendering speed: postings per second for every bundled template, with and without the checks.

Run:  python benchmarks/render_postings.py [N]      (N postings per template, default 300)
Prints one line per template. The checks include the plain-language lint when it is installed.
"""

from __future__ import annotations

import sys
import time

from skillhire import list_templates, load_sample_posting, render_posting


def main(count: int) -> None:
    postings = [load_sample_posting(name) for name in ("cx-strategist", "data-scientist")]
    print(f"{count} renders per template, alternating the two sample postings, assessment smeqa-standard")
    for template in list_templates():
        timings = {}
        for check in (False, True):
            render_posting(
                postings[0], template=template, assessment="smeqa-standard", check=check
            )  # warm-up
            start = time.perf_counter()
            for i in range(count):
                render_posting(postings[i % 2], template=template, assessment="smeqa-standard", check=check)
            timings[check] = time.perf_counter() - start
        share = (timings[True] - timings[False]) / timings[True]
        print(
            f"{template:<20} {count / timings[False]:8.0f} postings/s unchecked  "
            f"{count / timings[True]:8.0f} postings/s checked  ({share:.0%} of checked time in checks)"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
