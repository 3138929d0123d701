"""Per-applicant decisions kept on disk while a large pool is scored and written (``skillhire score``).

Each applicant's hurdle decisions (every competency verdict with its votes and reasons) are most of what
a scored applicant holds, about 3 KB, and only three things read them again, each once and in outcome
order: the adverse-impact statuses, the rater-agreement units and the audit's decision records. Ordering
and certificates need none of it. :class:`DecisionSpill` writes the decisions to a file, one applicant
after another, as they are made, and reads them back in the same order; the outcomes keep an empty
``hurdles`` list. The file holds the decisions as plain tuples (:mod:`marshal`, a thousand applicants a
record: fast, no code, nothing but str, int, bool, None and tuples), lives in a private temporary folder
(``tempfile.mkdtemp``: mode 0700; the file 0600) and is removed by :meth:`DecisionSpill.close`, which the
caller runs even on error. The reports read the tuples as they are (:meth:`DecisionSpill.read_plain`);
only the audit's decision records rebuild the models.

The applicant rows as read are the other big per-applicant payload (about 1.9 KB each with 150 words of
resume text). :class:`RowSpill` writes every applicant row (kept and rejected, in row order) to a second
file as the applicants are read (:meth:`RowSpill.add_row`), so that neither reading nor scoring holds
the rows: scoring holds only what it needs (ids, preference,
grades, agencies, locations, names, the adverse-impact columns); the Applicants sheet streams the rows back
as it writes them (see :mod:`skillhire.results_io`). Its records are :mod:`pickle` frames (cells may be
dates and times, which marshal cannot hold) written and read only by this process, in the same private
folder scheme. :func:`release_freed_memory` hands the freed text back to the operating system.
"""

from __future__ import annotations

import bisect
import marshal
import os
import shutil
import sys
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from skillhire.hurdles import HurdleResult, Vote, _make_decision, _make_result

__all__ = [
    "DecisionSpill", "Plain", "RatingBuckets", "RecordSpill", "RowSpill", "ScoredSpill", "plain", "release_freed_memory",
]  # fmt: skip

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


def _private_writer(path: Path) -> Any:
    """A new file only its owner may read or write (mode 0600, whatever the umask), open for writing."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return os.fdopen(descriptor, "wb", buffering=_BUFFER)  # closed in close()


_OWNER = "owner.pid"  #: in every spill folder: the process that made it, so a later run can tell a stale one


def private_folder() -> Path:
    """A new private temporary folder for spilled applicant data (``tempfile.mkdtemp``: mode 0700), marked with
    this process's id, after removing the stale folders an earlier run left.

    ``close()`` removes a spill's folder, on error and on SIGTERM or Ctrl-C too (the CLI turns both into a clean
    exit), but a process killed outright (SIGKILL, the out-of-memory killer, a power cut) cannot: its folder, with
    applicant rows in it, would stay in the temporary directory. So each new spill first removes every
    ``skillhire-*`` folder there that this user owns, that carries the marker, and whose process is gone."""
    remove_stale_folders()
    folder = Path(tempfile.mkdtemp(prefix="skillhire-"))
    (folder / _OWNER).write_text(str(os.getpid()), encoding="ascii")
    return folder


def remove_stale_folders(temp_dir: str | Path | None = None) -> list[Path]:
    """Remove the spill folders left by skillhire processes that no longer run; returns the folders removed.

    A folder is removed only when it is named ``skillhire-*``, belongs to this user, holds the ``owner.pid``
    marker, and no process has that id (a reused id keeps the folder: safe, not tidy). Folders of running
    processes, of other users, and anything unmarked are left alone."""
    removed = []
    root = Path(temp_dir or tempfile.gettempdir())
    try:
        candidates = list(root.glob("skillhire-*"))
    except OSError:
        return removed
    uid = os.getuid() if hasattr(os, "getuid") else None
    for folder in candidates:
        try:
            if not folder.is_dir() or folder.is_symlink() or (uid is not None and folder.stat().st_uid != uid):
                continue
            pid = int((folder / _OWNER).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            continue
        if pid == os.getpid() or _process_exists(pid):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _process_exists(pid: int) -> bool:
    if pid <= 0:
        return True  # not a process id skillhire wrote: leave the folder
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists (another user's), or cannot tell: leave the folder
    return True


_SpillT = TypeVar("_SpillT", bound="_SpillFile")


class _SpillFile:
    """A private temporary folder with one file (``self._path``) of records, appended in batches of
    ``_BATCH``, each batch one frame (an 8-byte length, then the batch as :meth:`_dumps` encodes it), and
    read back in the order added once writing is over (:meth:`_records`, as often as needed)."""

    _FILENAME = "spill"

    def __init__(self) -> None:
        self._folder = private_folder()
        self._path = self._folder / self._FILENAME
        self._writer: Any = _private_writer(self._path)
        self._batch: list[Any] = []

    def _dumps(self, batch: list[Any]) -> bytes:
        """One frame's bytes: :mod:`marshal` by default (records of str, int, float, bool, None, tuples, lists
        and dicts of those)."""
        return marshal.dumps(tuple(batch))

    def _loads(self, data: bytes) -> Iterable[Any]:
        return marshal.loads(data)

    def _append(self, record: Any) -> None:
        self._batch.append(record)
        if len(self._batch) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        data = self._dumps(self._batch)
        self._writer.write(len(data).to_bytes(8, "little"))
        self._writer.write(data)
        self._batch.clear()

    def _records(self) -> Iterator[Any]:
        """Every record, in the order added (the first call ends the writing)."""
        if self._writer is not None:
            if self._batch:
                self._flush()
            self._writer.close()
            self._writer = None
        with open(self._path, "rb", buffering=_BUFFER) as handle:
            while size := handle.read(8):
                yield from self._loads(handle.read(int.from_bytes(size, "little")))

    def close(self) -> None:
        """Remove the file and its folder (safe to call twice)."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self: _SpillT) -> _SpillT:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class DecisionSpill(_SpillFile):
    """An append-only file of per-applicant hurdle decisions, read back in the order written.

    Example:
        >>> from skillhire.hurdles import _result
        >>> spill = DecisionSpill()
        >>> spill.add([_result(hurdle="interview_1", status="passed", reason="ok", rating=2)])
        >>> [[h.rating for h in hurdles] for hurdles in spill.read()]
        [[2]]
        >>> spill.close()
    """

    _FILENAME = "decisions.marshal"

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def add(self, hurdles: list[HurdleResult]) -> None:
        """Append one applicant's decisions."""
        self._append(plain(hurdles))
        self.count += 1

    def read_plain(self) -> Iterator[Plain]:
        """Each applicant's decisions as :data:`Plain` tuples, in the order added (no models built)."""
        return self._records()

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


class RowSpill(_SpillFile):
    """Applicant rows as read (:class:`~skillhire.spreadsheets.SheetRow`), kept on disk in row order.

    Each record is ``(row number, layout index, cells)``; the layouts (a file's tuples of column keys,
    usually one) stay in memory, with each row's number, layout and whether the reader kept it (a few
    bytes a row), so the rows' columns are known without reading the file. Read back with :meth:`read`,
    in row order, as often as needed. The folder is private (``tempfile.mkdtemp``: mode 0700) and
    :meth:`close` removes it (the caller runs it even on error).

    Example:
        >>> from skillhire.spreadsheets import SheetRow
        >>> spill = RowSpill()
        >>> spill.add_rows([SheetRow("a.csv", 2, {"applicant_id": "A1", "resume": "text"})], [])
        >>> [(row, spill.layouts[layout], cells) for row, layout, cells in spill.read()]
        [(2, ('applicant_id', 'resume'), ('A1', 'text'))]
        >>> spill.close()
    """

    _FILENAME = "rows.pickle"

    def __init__(self) -> None:
        super().__init__()
        self.layouts: list[tuple[Any, ...]] = []
        self.numbers = array("q")  # each row's number, ascending
        self.layout_of = array("H")  # each row's layout index
        self.kept = bytearray()  # 1: the reader kept the row; 0: the reader rejected it
        self._layout_index: dict[tuple[Any, ...], int] = {}

    def add_rows(self, kept: Iterable[Any], rejected: Iterable[Any]) -> None:
        """Append the reader's kept and rejected rows (each list in row order), merged into row order."""
        for row, is_kept in _merge_by_row(iter(kept), iter(rejected)):
            self.add_row(row, is_kept)

    def add_row(self, row: Any, kept: bool) -> None:
        """Append one row as read (rows come in ascending row order), kept or rejected by the reader."""
        keys = row._keys
        index = self._layout_index.get(keys)
        if index is None:
            index = self._layout_index[keys] = len(self.layouts)
            self.layouts.append(keys)
        if self.numbers and row.row <= self.numbers[-1]:
            raise ValueError("rows must be added in ascending row order")
        self.numbers.append(row.row)
        self.layout_of.append(index)
        self.kept.append(1 if kept else 0)
        self._append((row.row, index, row._cells))

    def _dumps(self, batch: list[Any]) -> bytes:
        import pickle  # here, not at import time: `import skillhire` stays fast

        return pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL)

    def _loads(self, data: bytes) -> Iterable[Any]:
        import pickle

        return pickle.loads(data)  # our own file

    def __len__(self) -> int:
        return len(self.numbers)

    def layout_at(self, number: int) -> tuple[Any, ...] | None:
        """The column keys of row ``number``, or None when no such row was added."""
        at = bisect.bisect_left(self.numbers, number)
        if at < len(self.numbers) and self.numbers[at] == number:
            return self.layouts[self.layout_of[at]]
        return None

    def read(self) -> Iterator[tuple[int, int, tuple[Any, ...]]]:
        """Every row as ``(row number, layout index, cells)``, in row order."""
        return self._records()


class ScoredSpill(_SpillFile):
    """An append-only file of scored applicants, one tuple each (str, int, float, bool, None, tuples, lists
    and dicts of those: :mod:`marshal`), read back in the order added, as often as needed.

    What each tuple holds is the caller's (:meth:`skillhire.scoring.PoolResult._move_to_disk`). The
    folder is private (``tempfile.mkdtemp``: mode 0700; the file 0600) and :meth:`close` removes it (the
    caller runs it even on error).

    Example:
        >>> spill = ScoredSpill()
        >>> spill.add((2, "A1", ("13",), {"sex": "F"}))
        >>> list(spill.read()), len(spill)
        ([(2, 'A1', ('13',), {'sex': 'F'})], 1)
        >>> spill.close()
    """

    _FILENAME = "scored.marshal"

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def __len__(self) -> int:
        return self.count

    def add(self, record: tuple[Any, ...]) -> None:
        """Append one applicant's tuple."""
        self._append(record)
        self.count += 1

    def read(self) -> Iterator[tuple[Any, ...]]:
        """Every tuple, in the order added (the first call ends the writing)."""
        return self._records()


class RecordSpill(ScoredSpill):
    """The valid applicants' slim records of ``skillhire score``, one tuple of fields each, on disk in row
    order from the moment each is read (see :class:`skillhire.applicants._DiskRecords`).

    Deciding an applicant reads only its preference, grades and qualified grades; the rest of its
    record (names, agencies, locations, the adverse-impact columns) is read again only once the pool is
    scored (:meth:`skillhire.scoring.PoolResult._move_to_disk`), so it waits here rather than in memory
    (about 0.2 KB per applicant with its row number and list slot). The same private folder scheme as
    :class:`ScoredSpill`; :meth:`close` removes it (the caller runs it even on error).

    Example:
        >>> spill = RecordSpill()
        >>> spill.add((2, "A1", "Ann", "Lee", None, "NV", (13,), (), (), None, {}))
        >>> [fields[:2] for fields in spill.read()]
        [(2, 'A1')]
        >>> spill.close()
    """

    _FILENAME = "records.marshal"


def _merge_by_row(kept: Iterator[Any], rejected: Iterator[Any]) -> Iterator[tuple[Any, int]]:
    """Two row-ordered iterators of rows merged into row order, each row with 1 (kept) or 0 (rejected)."""
    a, b = next(kept, None), next(rejected, None)
    while a is not None or b is not None:
        if b is None or (a is not None and a.row <= b.row):
            yield a, 1
            a = next(kept, None)
        else:
            yield b, 0
            b = next(rejected, None)


def release_freed_memory() -> bool:
    """Hand memory the process has freed back to the operating system (glibc ``malloc_trim``).

    Text longer than 512 bytes (a resume) is allocated by the C library, not by Python's small-object
    allocator; once freed in the middle of the heap it stays resident until trimmed, and the small
    objects made next (rating rows) cannot reuse it. Returns whether a trim ran (Linux with glibc only;
    elsewhere nothing happens).
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # pragma: no cover - not glibc (musl has no malloc_trim)
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim(0)
    return True


class RatingBuckets:
    """The ratings of ``skillhire score`` on disk, grouped in buckets by applicant as they are read.

    The rating file need not be sorted by applicant, so without this every rating waits in memory until
    its applicant is decided (about 0.16 KB per applicant at 12 ratings each, in columns). Here the
    applicants are cut, in the order they are decided (by id), into buckets of :attr:`APPLICANTS`
    (:meth:`bucket_of`: a bisection of the id among the bucket boundaries); the ratings read are moved
    to one file :attr:`CHUNK` at a time (:meth:`add`: each column of each bucket's ratings one frame of
    plain bytes, :mod:`marshal`), so only one chunk is in memory while reading and one bucket while
    deciding (:meth:`read`, which gives a bucket's ratings in input order). The folder is private
    (``tempfile.mkdtemp``: mode 0700; the file 0600) and :meth:`close` removes it (the caller runs it
    even on error).

    Example:
        >>> buckets = RatingBuckets(["A1", "B2", "C3"], applicants=2)
        >>> [buckets.bucket_of(i) for i in ("A1", "B2", "C3", "Z9")]
        [0, 0, 1, 1]
        >>> from array import array
        >>> buckets.add([0, 1, 0], [array("I", [2, 3, 4]), array("B", [5, 6, 7])])
        >>> [list(column) for column in buckets.read(0)], buckets.count
        ([[2, 4], [5, 7]], 3)
        >>> buckets.close()
    """

    APPLICANTS = 4096  #: applicants per bucket (in decision order): what is in memory while deciding
    CHUNK = 1 << 18  #: ratings read before they are moved to disk: what is in memory while reading

    def __init__(self, applicant_ids: Iterable[str], *, applicants: int | None = None) -> None:
        ordered = sorted(applicant_ids)  # a list of references, freed on return
        size = max(applicants or self.APPLICANTS, -(-len(ordered) // 0xFFFF))  # a bucket number fits 2 bytes
        self._bounds = ordered[size::size]  # the first id of each bucket after the first
        self.buckets = len(self._bounds) + 1
        self._frames: list[list[tuple[int, int]]] = [[] for _ in range(self.buckets)]  # (offset, size) per chunk
        self._folder = private_folder()
        self._path = self._folder / "ratings.marshal"
        self._writer: Any = _private_writer(self._path)
        self._offset = 0
        self._reader: Any = None
        self.count = 0

    def bucket_of(self, applicant_id: str) -> int:
        """The bucket of an applicant id (any string: an id no applicant has goes where it would sort)."""
        return bisect.bisect_right(self._bounds, applicant_id)

    def add(self, buckets: Any, columns: list[array]) -> None:
        """Move ratings to disk: ``buckets[i]`` is the bucket of the ``i``-th rating, ``columns`` its
        values (arrays of equal length, in input order); each bucket's keep their order."""
        import numpy as np

        keys = np.asarray(buckets)
        if not len(keys):
            return
        by_bucket = np.argsort(keys, kind="stable")
        sorted_keys = keys[by_bucket]
        firsts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
        ends = np.r_[firsts[1:], len(sorted_keys)]
        views = [np.frombuffer(column, dtype=column.typecode) if len(column) else None for column in columns]
        for first, end in zip(firsts.tolist(), ends.tolist()):
            at = by_bucket[first:end]
            data = marshal.dumps(tuple((column.typecode, view[at].tobytes()) for column, view in zip(columns, views)))
            self._writer.write(data)
            self._frames[int(sorted_keys[first])].append((self._offset, len(data)))
            self._offset += len(data)
        self.count += len(keys)

    def read(self, bucket: int) -> list[array]:
        """One bucket's ratings, each column one array, in input order (the first call ends the writing)."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self._reader is None:
            self._reader = open(self._path, "rb", buffering=0)  # noqa: SIM115 - closed in close()
        out: list[array] | None = None
        for offset, size in self._frames[bucket]:
            self._reader.seek(offset)
            frame = marshal.loads(self._reader.read(size))
            if out is None:
                out = [array(typecode, data) for typecode, data in frame]
                continue
            for at, (typecode, data) in enumerate(frame):
                part = array(typecode, data)
                if part.typecode != out[at].typecode and part.itemsize > out[at].itemsize:  # a code widened
                    out[at] = array(typecode, out[at])
                out[at].extend(part if part.typecode == out[at].typecode else array(out[at].typecode, part))
        self._frames[bucket] = []
        return out or []

    def close(self) -> None:
        """Remove the file and its folder (safe to call twice)."""
        for handle in (self._writer, self._reader):
            if handle is not None:
                handle.close()
        self._writer = self._reader = None
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> RatingBuckets:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
