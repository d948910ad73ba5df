"""period_for: which period expression a number in a sentence refers to."""

from __future__ import annotations

import pytest

from extractor.dates import choose_period, find_time_expressions, period_for

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
        # a clause without a period takes the first period of an earlier clause (thresholds such as "exceeded
        # $1 billion" get none later, in extractor.claims.context.period_of)
        ("Exports to Chile in January were $5 billion, and imports reached $1 billion.", "$1 billion", "January"),
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


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # a comma before a subordinating word opens a clause about another event
        ("Russia took 909,000 vehicles, after Western brands left in February 2022.", "909,000", None),
        ("Sales rose 5%, following a 2% drop in March.", "5%", None),
        # a period right after the number is its own, even when another comes before it in the clause
        ("Inflation will average 2.0 percent this year and 1.6 percent in 2026.", "1.6 percent", "2026"),
        ("Growth is forecast at 0.9 percent this year and 1.1 percent next year.", "1.1 percent", "next year"),
        ("Capital spending will be $28 billion this year, compared with $30.45 billion last year.", "$30.45 billion", "last year"),
        ("Orders may reach $60.5 billion, up from $56.57 billion in January 2021.", "$56.57 billion", "January 2021"),
        # a period after a compared value is that value's
        ("The surplus was $65.5 billion, narrower than $77.7 billion in September.", "$65.5 billion", None),
        ("The surplus was $65.5 billion, narrower than $77.7 billion in September.", "$77.7 billion", "September"),
        ("The gross margin rose to 20.2% from 17.0% in 2022.", "20.2%", None),
        ("The gross margin rose to 20.2% from 17.0% in 2022.", "17.0%", "2022"),
        # a clause without its own period takes the first period of an earlier clause of the sentence
        ("Exports rose to $133 billion last year, while exports to the US hit $127.8 billion.", "$127.8 billion", "last year"),
        ("Exports in October were $274.8 billion, wider than the decline in September; imports were $218.3 billion.",
         "$218.3 billion", "October"),
        ("For the whole of 2023, revenue was $80 billion, and in dollar terms revenue fell 8.7 percent.", "8.7 percent", "2023"),
        # "to X from Y and for Z to W" is a list of two changes, not one "from Y ... to W"
        ("The bank raised its forecast for fiscal 2024 to 2.7 percent from 2.5 percent and for fiscal 2025 to 2.4% from 1.9%.",
         "2.5 percent", "fiscal 2024"),
        ("The bank raised its forecast for fiscal 2024 to 2.7 percent from 2.5 percent and for fiscal 2025 to 2.4% from 1.9%.",
         "2.4%", "fiscal 2025"),
        # the end of a month dates a stock
        ("At the end of April, M2 was 325.17 trillion yuan.", "325.17", "the end of April"),
    ],
)
def test_period_for_general_rules(sentence, number, expected) -> None:
    assert _period_text(sentence, number) == expected


def test_to_part_after_a_dated_from_part_has_no_period() -> None:
    sentence = "The deficit fell from $3.94 billion in January to $730 million."
    start = sentence.index("$730 million")
    choice = choose_period(start, start + 12, 0, len(sentence), find_time_expressions(sentence, PUBLISHED), text=sentence)
    assert choice.expr is None and choice.settled
