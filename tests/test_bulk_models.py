"""Bulk construction helpers (skillhire._models): trusted models equal validated ones; the GC pause restores."""

from __future__ import annotations

import gc

import pytest
from pydantic import BaseModel, ConfigDict

from skillhire._models import paused_gc, trusted_factory
from skillhire.applicants import RatingRow
from skillhire.certificates import CertificateEntry


@pytest.mark.parametrize(
    "model, fields",
    [
        (RatingRow, {"row": 7, "applicant_id": "A-1", "hurdle": "interview_1", "competency": "", "rater": "sme4",
                     "rating": 2, "justification": "clear examples"}),
        (CertificateEntry, {"applicant_id": "A-2", "position": 1, "category": "Best Qualified",
                            "earned_category": "Best Qualified", "preference": "CPS", "score": 100.0,
                            "augmented_score": None, "reason": "CPS: top of the highest category",
                            "selected_by": None, "passed_over": False}),
    ],
)
def test_trusted_models_equal_validated_models(model, fields):
    made = trusted_factory(model)(dict(fields))
    validated = model(**fields)
    assert made == validated
    assert made.model_dump() == validated.model_dump()
    assert made.model_fields_set == set(fields)
    with pytest.raises(Exception, match="frozen"):
        made.row = 3  # type: ignore[misc]
    assert made.model_copy(update={"applicant_id": "B-9"}).applicant_id == "B-9"
    assert made.applicant_id == fields["applicant_id"]


def test_trusted_factory_refuses_a_mutable_model():
    class Loose(BaseModel):
        model_config = ConfigDict(frozen=False)
        name: str

    with pytest.raises(TypeError, match="Loose: trusted construction needs a frozen model"):
        trusted_factory(Loose)


def test_paused_gc_restores_the_collector_after_an_error_and_when_nested():
    assert gc.isenabled()
    with pytest.raises(ValueError, match="boom"):
        with paused_gc():
            with paused_gc():
                assert not gc.isenabled()
            assert not gc.isenabled()  # the inner block leaves it to the outer one
            raise ValueError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # a collector the caller disabled stays disabled
    finally:
        gc.enable()
