"""Per-applicant decisions kept on disk while a large pool is scored and written (``skillhire score``).

Each applicant's hurdle decisions (every competency verdict with its votes and reasons) are most of what
a scored applicant holds, about 3 KB, and only three things read them again, each once and in outcome
order: the adverse-impact statuses, the rater-agreement units and the audit's decision records. Ordering
and certificates need none of it. :class:`DecisionSpill` writes the decisions to a file, one applicant
after another, as they are made, and reads them back in the same order; the outcomes keep an empty
``hurdles`` list. The file holds the decisions as plain tuples (:mod:`marshal`: fast, no code, nothing
but str, int, bool, None and tuples), lives in a private temporary folder (``tempfile.mkdtemp``: mode
0700) and is removed by :meth:`DecisionSpill.close`, which the caller runs even on error.
"""

from __future__ import annotations

import marshal
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from skillhire.hurdles import HurdleResult, Vote, _make_decision, _make_result

__all__ = ["DecisionSpill"]

_BUFFER = 1 << 20


class DecisionSpill:
    """An append-only file of per-applicant hurdle decisions, read back in the order written.

    Example:
        >>> from skillhire.hurdles import _result
        >>> spill = DecisionSpill()
        >>> spill.add([_result(hurdle="interview_1", status="passed", reason="ok", rating=2)])
        >>> [[h.rating for h in hurdles] for hurdles in spill.read()]
        [[2]]
        >>> spill.close()
    """

    def __init__(self) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="skillhire-"))
        self._path = self._folder / "decisions.marshal"
        self._writer: Any = open(self._path, "wb", buffering=_BUFFER)  # noqa: SIM115 - closed in close()
        self.count = 0

    def add(self, hurdles: list[HurdleResult]) -> None:
        """Append one applicant's decisions."""
        marshal.dump(
            tuple(
                (
                    h.hurdle, h.status, h.rating, h.reason,
                    tuple(
                        (d.competency, d.verdict, d.screen_out, tuple(map(tuple, d.votes)), d.tie_break, d.reason)
                        for d in h.competencies
                    ),
                )
                for h in hurdles
            ),
            self._writer,
        )  # fmt: skip
        self.count += 1

    def read(self) -> Iterator[list[HurdleResult]]:
        """Each applicant's decisions, in the order added (equal to what was added)."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        with open(self._path, "rb", buffering=_BUFFER) as handle:
            for _ in range(self.count):
                yield [
                    _make_result({
                        "hurdle": hurdle, "status": status, "rating": rating,
                        "reason": reason,
                        "competencies": [
                            _make_decision({
                                "competency": competency, "verdict": verdict, "screen_out": screen_out,
                                "votes": [Vote(*vote) for vote in votes], "tie_break": tie_break,
                                "reason": why,
                            })
                            for competency, verdict, screen_out, votes, tie_break, why in competencies
                        ],
                    })
                    for hurdle, status, rating, reason, competencies in marshal.load(handle)
                ]  # fmt: skip

    def close(self) -> None:
        """Remove the file and its folder (safe to call twice)."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> DecisionSpill:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
