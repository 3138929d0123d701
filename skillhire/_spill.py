"""Per-applicant decisions kept on disk while a large pool is scored and written (``skillhire score``).

Each applicant's hurdle decisions (every competency verdict with its votes and reasons) are most of what
a scored applicant holds, about 3 KB, and only three things read them again, each once and in outcome
order: the adverse-impact statuses, the rater-agreement units and the audit's decision records. Ordering
and certificates need none of it. :class:`DecisionSpill` writes the decisions to a file, one applicant
after another, as they are made, and reads them back in the same order; the outcomes keep an empty
``hurdles`` list. The file holds the decisions as plain tuples (:mod:`marshal`, a thousand applicants a
record: fast, no code, nothing but str, int, bool, None and tuples), lives in a private temporary folder
(``tempfile.mkdtemp``: mode 0700) and is removed by :meth:`DecisionSpill.close`, which the caller runs even
on error. The reports read the tuples as they are (:meth:`DecisionSpill.read_plain`); only the audit's
decision records rebuild the models.
"""

from __future__ import annotations

import marshal
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from skillhire.hurdles import HurdleResult, Vote, _make_decision, _make_result

__all__ = ["DecisionSpill", "Plain", "plain"]

_BUFFER = 1 << 20
_BATCH = 1_000  # applicants per marshalled record: marshal.load from a file reads piece by piece (slow)

#: One applicant's decisions as plain tuples: per hurdle ``(hurdle, status, rating, reason, competencies)``,
#: per competency ``(competency, verdict, screen_out, votes, tie_break, reason)``, per vote
#: ``(rater, rating, justification, row)``. What the file holds, and what the reports read.
Plain = tuple[tuple[Any, ...], ...]


def plain(hurdles: list[HurdleResult]) -> Plain:
    """One applicant's decisions as :data:`Plain` tuples."""
    return tuple(
        (
            h.hurdle, h.status, h.rating, h.reason,
            tuple(
                (d.competency, d.verdict, d.screen_out, tuple(map(tuple, d.votes)), d.tie_break, d.reason)
                for d in h.competencies
            ),
        )
        for h in hurdles
    )  # fmt: skip


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
        self._batch: list[Plain] = []

    def add(self, hurdles: list[HurdleResult]) -> None:
        """Append one applicant's decisions."""
        self._batch.append(plain(hurdles))
        self.count += 1
        if len(self._batch) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        data = marshal.dumps(tuple(self._batch))
        self._writer.write(len(data).to_bytes(8, "little"))
        self._writer.write(data)
        self._batch.clear()

    def read_plain(self) -> Iterator[Plain]:
        """Each applicant's decisions as :data:`Plain` tuples, in the order added (no models built)."""
        if self._writer is not None:
            if self._batch:
                self._flush()
            self._writer.close()
            self._writer = None
        with open(self._path, "rb", buffering=_BUFFER) as handle:
            while size := handle.read(8):
                yield from marshal.loads(handle.read(int.from_bytes(size, "little")))

    def read(self) -> Iterator[list[HurdleResult]]:
        """Each applicant's decisions, in the order added (equal to what was added)."""
        for decided in self.read_plain():
            yield [
                _make_result({
                    "hurdle": hurdle, "status": status, "rating": rating, "reason": reason,
                    "competencies": [
                        _make_decision({
                            "competency": competency, "verdict": verdict, "screen_out": screen_out,
                            "votes": [Vote(*vote) for vote in votes], "tie_break": tie_break, "reason": why,
                        })
                        for competency, verdict, screen_out, votes, tie_break, why in competencies
                    ],
                })
                for hurdle, status, rating, reason, competencies in decided
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
