"""period_for: which period expression a number in a sentence refers to."""

from __future__ import annotations

import pytest

from extractor.dates import find_time_expressions, period_for

from .helpers import d

PUBLISHED = d("2024-02-20")


def _period_text(sentence: str, number: str, occurrence: int = 0, **kw: object) -> str | None:
    """The text of the period expression chosen for the given occurrence of number in sentence."""
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(number, start + 1)
    exprs = find_time_expressions(sentence, PUBLISHED)
    found = period_for(start, start + len(number), 0, len(sentence), exprs, text=sentence, **kw)
    return found.text if found else None


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # nearest before the number in its clause
        ("Japan's car exports in January were 310,000 units.", "310,000", "January"),
        ("Steel output in 2023 fell 4.2%, while output in January rose 2.1%.", "2.1%", "January"),
        ("Steel output in 2023 fell 4.2%, while output in January rose 2.1%.", "4.2%", "2023"),
        # nearest after it when nothing comes before in the clause
        ("Retail sales rose 5.5% in January.", "5.5%", "January"),
        ("Revenue reached $4 billion in the fourth quarter of last year.", "$4 billion", "the fourth quarter of last year"),
        # never a baseline
        ("Retail sales in January rose 5.5% from a year earlier.", "5.5%", "January"),
        ("Output rose 3% year on year.", "3%", None),
        ("Sales rose 2% compared with last year.", "2%", None),
        # the sentence's leading period
        ("In the first half of 2023, Vietnam supplied 12% of the imports, and Thailand supplied 9%.", "9%", "the first half of 2023"),
        ("Last year, the deficit narrowed to $2 billion; the surplus widened to $3 billion.", "$3 billion", "Last year"),
        ("Exports to Chile in January were $5 billion, and imports exceeded $1 billion for three months.", "$1 billion", None),
        # other clauses keep their own period
        ("Sales fell 3% in January but rose 6% in the fourth quarter.", "6%", "the fourth quarter"),
        ("Sales fell 3% in January but rose 6% in the fourth quarter.", "3%", "January"),
        ("Inflation was 2.5% in January; core inflation was 2.2% last year.", "2.2%", "last year"),
        # "from X to Y" shares a period
        ("The jobless rate fell from 4.1% to 3.9% in January.", "4.1%", "January"),
        ("The jobless rate fell from 4.1% to 3.9% in January.", "3.9%", "January"),
        ("In 2023, the surplus grew from $12 billion to $15 billion.", "$15 billion", "2023"),
        # ... unless each part has its own
        ("The rate fell from 4.1% in December to 3.9% in January.", "4.1%", "December"),
        ("The rate fell from 4.1% in December to 3.9% in January.", "3.9%", "January"),
        ("The gap shrank from 4.1 in December to 3.9 trillion won.", "3.9", None),
        # points are not periods unless asked
        ("The index fell 2% on Monday.", "2%", None),
    ],
)
def test_period_for(sentence, number, expected) -> None:
    assert _period_text(sentence, number) == expected


def test_points_count_when_allowed() -> None:
    assert _period_text("The index fell 2% on Monday.", "2%", allow_points=True) == "Monday"


def test_without_text_the_sentence_is_one_clause() -> None:
    sentence = "Sales fell 3% in January but rose 6% in the fourth quarter."
    exprs = find_time_expressions(sentence, PUBLISHED)
    start = sentence.index("6%")
    found = period_for(start, start + 2, 0, len(sentence), exprs)
    assert found is not None and found.text == "January"


def test_only_expressions_inside_the_sentence_count() -> None:
    text = "Exports rose in January. Imports fell 4%."
    exprs = find_time_expressions(text, PUBLISHED)
    second = text.index("Imports")
    start = text.index("4%")
    assert period_for(start, start + 2, second, len(text), exprs, text=text) is None
    assert period_for(start, start + 2, 0, len(text), exprs, text=text).text == "January"
