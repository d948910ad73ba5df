"""Comparison keys of names: accent stripping that keeps offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.normalize.text import strip_marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ömer Bolat", "Omer Bolat"),
        ("José Pérez and Łukasz Ørsted", "Jose Perez and Lukasz Orsted"),
        ("Đặng Phúc Nguyên", "Dang Phuc Nguyen"),
        ("Lü Jian", "Lu Jian"),
        ("plain ASCII stays", "plain ASCII stays"),
    ],
)
def test_strip_marks_table(text: str, expected: str) -> None:
    assert strip_marks(text) == expected


@given(st.text(max_size=200))
def test_strip_marks_keeps_every_offset(text: str) -> None:
    stripped = strip_marks(text)
    assert len(stripped) == len(text)
    assert all(a == b for a, b in zip(text, stripped, strict=True) if a.isascii())
    assert strip_marks(stripped) == stripped  # nothing left to strip
