"""The edit map: original spans, to_original / to_repaired and repairs_between."""

from __future__ import annotations

import pytest

from extractor.repair import RepairResult, Span, repair
from extractor.repair.model import apply_spans

GARBLED = "Exports were 12 percent of output in June4%。Imports rose from 39 in May$400 million to 7$300 million."


def test_number_found_at_integer_position_maps_to_integer_part() -> None:
    result = repair(GARBLED)
    i = result.text.index("12.4%")
    s, e = result.to_original(i, i + len("12.4%"))
    assert GARBLED[s:e] == "12 percent"
    i = result.text.index("$3.94 billion")
    s, e = result.to_original(i, i + len("$3.94 billion"))
    assert GARBLED[s:e] == "39"
    (rep,) = result.repairs_between(s, e)
    assert rep.repaired == "$3.94 billion" and rep.rule == "split_decimal.yi.v1"


def test_text_outside_repairs_maps_identity_shifted() -> None:
    result = repair(GARBLED)
    for word in ("Imports rose from", "in May", "to"):
        i = result.text.index(word)
        s, e = result.to_original(i, i + len(word))
        assert GARBLED[s:e] == word


def test_fragment_span_found_by_repairs_between() -> None:
    result = repair(GARBLED)
    j = GARBLED.index("4%")
    (rep,) = result.repairs_between(j, j + 2)
    assert rep.repaired == "12.4%"


def test_to_repaired_inverse_view() -> None:
    result = repair(GARBLED)
    j = GARBLED.index("Imports")
    s, e = result.to_repaired(j, j + 7)
    assert result.text[s:e] == "Imports"


@pytest.mark.parametrize(("start", "end"), [(-5, 3), (0, 10_000), (7, 2), (0, 0)])
def test_to_original_bounds_are_always_valid(start: int, end: int) -> None:
    result = repair(GARBLED)
    s, e = result.to_original(start, end)
    assert 0 <= s <= e <= len(GARBLED)


def test_apply_spans_rejects_overlap() -> None:
    with pytest.raises(ValueError):
        apply_spans("abcdef", [Span(0, 3, "x"), Span(2, 4, "y")])


def test_clean_result_has_one_unchanged_segment() -> None:
    result = RepairResult(original="abc", text="abc", repairs=[], suspects=[], masks=[])
    assert result.to_original(1, 2) == (1, 2)
