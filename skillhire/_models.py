"""Building many objects at once: pydantic models from trusted values, fast and small; the cyclic GC paused.

A pool holds a model per rating, per competency decision and per hurdle decision: at a million rating rows
pydantic's ``model_construct`` costs more time than the decisions themselves (it walks every field's
aliases and defaults on every call) and gives each instance its own ``fields_set`` (a 7-name set takes
about 730 bytes, more than the values). :func:`trusted_factory` builds instances the way
``model_construct`` does, with every field given, and all instances of a model share one fields set: the
models it is used for are frozen, so no instance ever changes it (``model_copy`` copies it first).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from pydantic import BaseModel

__all__ = ["paused_gc", "trusted_factory"]

Model = TypeVar("Model", bound=BaseModel)
_set = object.__setattr__


def trusted_factory(cls: type[Model]) -> Callable[[dict[str, Any]], Model]:
    """A function that turns a dict holding every field of ``cls`` (trusted values) into an instance.

    The dict becomes the instance's ``__dict__`` (so the caller must not reuse it). Only for frozen models
    without aliases, private attributes or ``model_post_init``; the result equals
    ``cls.model_construct(**values)``.

    Example:
        >>> from skillhire.hurdles import HurdleResult
        >>> make = trusted_factory(HurdleResult)
        >>> fields = dict(hurdle="interview_1", status="passed", rating=2, competencies=[], reason="ok")
        >>> make(dict(fields)) == HurdleResult.model_construct(**fields)
        True
    """
    if not cls.model_config.get("frozen") or cls.__pydantic_post_init__ or cls.__private_attributes__:
        raise TypeError(f"{cls.__name__}: trusted construction needs a frozen model without post-init")
    names = set(cls.model_fields)
    new = cls.__new__

    def make(values: dict[str, Any]) -> Model:
        model = new(cls)
        _set(model, "__dict__", values)
        _set(model, "__pydantic_fields_set__", names)
        _set(model, "__pydantic_extra__", None)
        _set(model, "__pydantic_private__", None)
        return model

    return make


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk build, restoring its state afterwards.

    Scoring a pool allocates millions of objects that all stay alive (rows, ratings, decisions) and form
    no reference cycles, so every full collection walks an ever larger heap and frees nothing: at 20,000
    applicants the collector took about 40% of ``skillhire score``'s time (benchmarks/bench_score.py).
    Reference counting still frees everything as usual; only cycle detection waits until the block ends.
    Nested use is fine: the collector is re-enabled only by the block that disabled it.

    Example:
        >>> import gc
        >>> with paused_gc():
        ...     gc.isenabled()
        False
        >>> gc.isenabled()
        True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
