"""Time the pooled-hiring scoring engine on synthetic pools (plain script: prints figures, asserts nothing).

Run: python benchmarks/bench_scoring.py [sizes...]   (default: 844 5000 20000 50000)
"""

from __future__ import annotations

import datetime as dt
import resource
import sys
import time

from skillhire import generate_pool, score_pool


def main(sizes: list[int]) -> None:
    print(f"{'applicants':>10} {'ratings':>9} {'generate s':>10} {'score s':>8} {'certs s':>8} {'impact s':>9} "
          f"{'agree s':>8} {'audit s':>8} {'RSS MB':>8}")
    for n in sizes:
        t0 = time.perf_counter()
        applicants, ratings = generate_pool(n_applicants=n, n_agencies=9, grades=(13, 14, 15), seed=0)
        t1 = time.perf_counter()
        result = score_pool(applicants, ratings, "smeqa-standard", issued_on=dt.date(2026, 1, 5))
        t2 = time.perf_counter()
        certificates = result.certificates()
        t3 = time.perf_counter()
        result.adverse_impact(by="race_ethnicity")
        t4 = time.perf_counter()
        result.rater_agreement()
        t5 = time.perf_counter()
        result.audit.to_json()
        t6 = time.perf_counter()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # process peak so far (Linux: KB)
        assert len(certificates) == 30
        print(f"{n:>10} {len(ratings):>9} {t1 - t0:>10.2f} {t2 - t1:>8.2f} {t3 - t2:>8.2f} {t4 - t3:>9.2f} "
              f"{t5 - t4:>8.2f} {t6 - t5:>8.2f} {peak:>8.0f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [844, 5000, 20000, 50000])
