"""Share, sum, difference, change and plausibility checks on small hand-built articles: failing, and clean cases that must not flag."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.checks.change import check_changes
from extractor.checks.direction import check_direction_words
from extractor.checks.plausibility import check_plausibility
from extractor.checks.share import check_shares
from extractor.checks.sums import check_balance, check_parts, check_segments, check_trade_total
from extractor.claims.numbers import find_numbers

from .conftest import make_doc

JAN_NOV = {"period": "2023-01..2023-11"}
NOV = {"period": "2023-11"}
NOV_2022 = {"period": "2022-11"}
SHARE = {"measure": "share"}


def up(**kw: object) -> dict:
    return {"measure": "change", "direction": "up", **kw}


def down(**kw: object) -> dict:
    return {"measure": "change", "direction": "down", **kw}


SHARE_CASES = [
    # the example: 8.02 / 27.41 = 29.3%, not 28.3%
    ("of_which_wrong",
     "Total trade in the first 11 months was 27.41 trillion yuan, of which exports were 8.02 trillion yuan, accounting for 28.3%.",
     [("27.41 trillion yuan", JAN_NOV), ("8.02 trillion yuan", JAN_NOV), ("28.3%", SHARE)], 1),
    ("of_which_right",
     "Total trade in the first 11 months was 27.41 trillion yuan, of which exports were 8.02 trillion yuan, accounting for 29.3%.",
     [("27.41 trillion yuan", JAN_NOV), ("8.02 trillion yuan", JAN_NOV), ("29.3%", SHARE)], 0),
    ("total_elsewhere_right",
     "Exports in the first 11 months were $3.08 trillion. Exports to the US in the first 11 months were $455 billion, accounting for 14.8% of total exports.",
     [("$3.08 trillion", JAN_NOV), ("$455 billion", JAN_NOV), ("14.8%", SHARE)], 0),
    ("total_elsewhere_wrong",
     "Exports in the first 11 months were $3.08 trillion. Exports to the US in the first 11 months were $455 billion, accounting for 17.8% of total exports.",
     [("$3.08 trillion", JAN_NOV), ("$455 billion", JAN_NOV), ("17.8%", SHARE)], 1),
    ("total_after_share",
     "Exports reached $8.02 trillion, or 28.3% of the total $27.41 trillion.",
     [("$8.02 trillion", {}), ("28.3%", SHARE), ("$27.41 trillion", {})], 1),
    # the seed's shape: a January-September share against November figures is not comparable
    ("different_periods_not_compared",
     "Exports in November were $55.8 billion. Exports to China in November were $11.4 billion. "
     "In the first nine months, exports to China were $90 billion, accounting for 19.7% of total exports.",
     [("$55.8 billion", NOV), ("$11.4 billion", NOV), ("$90 billion", {"period": "2023-01..2023-09"}), ("19.7%", SHARE)], 0),
    ("explicit_total_wins",
     "Exports were $3.08 trillion in the first 11 months. Total exports were $3.38 trillion in the first 11 months, officials said. "
     "Exports to the US in the first 11 months were $455 billion, accounting for 10% of total exports.",
     [("$3.08 trillion", JAN_NOV), ("$3.38 trillion", JAN_NOV), ("$455 billion", JAN_NOV), ("10%", SHARE)], 1),
    ("category_part_of_total",
     "Exports in the first 10 months were 19.55 trillion yuan. Exports of electromechanical products stood at 11.4 trillion yuan, "
     "accounting for 58.3 percent of the total export value.",
     [("19.55 trillion yuan", JAN_NOV), ("11.4 trillion yuan", JAN_NOV), ("58.3 percent", SHARE)], 0),
    ("other_subject_in_bridge_not_paired",
     "Imports were $2.56 trillion, and the EU accounted for 15% of total trade.",
     [("$2.56 trillion", {}), ("15%", SHARE)], 0),
    ("two_different_wholes_unsure",
     "Exports were $3.08 trillion in the first 11 months. Exports were $3.38 trillion in the first 11 months, officials said. "
     "Exports to the US in the first 11 months were $455 billion, accounting for 10% of the country's exports.",
     [("$3.08 trillion", JAN_NOV), ("$3.38 trillion", JAN_NOV), ("$455 billion", JAN_NOV), ("10%", SHARE)], 0),
]


@pytest.mark.parametrize(("name", "text", "specs", "n"), SHARE_CASES, ids=[c[0] for c in SHARE_CASES])
def test_share(name: str, text: str, specs: list, n: int) -> None:
    flags = check_shares(make_doc(text, specs))
    assert len(flags) == n, [f.message for f in flags]
    for f in flags:
        assert f.type == "inconsistency" and f.suggestion and len(f.claim_ids) == 3 and f.evidence is not None


def test_share_message_reads_like_a_reviewer_note() -> None:
    text, specs = SHARE_CASES[0][1], SHARE_CASES[0][2]
    (flag,) = check_shares(make_doc(text, specs))
    assert "28.3%" in flag.message and "8.02 trillion" in flag.message and "27.41 trillion" in flag.message
    assert "= 29.3%" in flag.message and flag.suggestion.startswith("29.3%")
    assert text[flag.evidence.start : flag.evidence.end] == "28.3%"


BALANCE_CASES = [
    # the example: 4.71 − 3.95 = 0.76 trillion reconciles with $764 billion within rounding
    ("surplus_rounding_ok", "In 2022, exports were $4.71 trillion and imports were $3.95 trillion, for a trade surplus of $764 billion.",
     [("$4.71 trillion", {}), ("$3.95 trillion", {}), ("$764 billion", {})], 0),
    ("surplus_wrong", "In 2022, exports were $4.71 trillion and imports were $3.95 trillion, for a trade surplus of $864 billion.",
     [("$4.71 trillion", {}), ("$3.95 trillion", {}), ("$864 billion", {})], 1),
    ("deficit_ok", "Exports to Japan in October were $12.5 billion, while imports from Japan were $14.1 billion, a deficit of $1.6 billion.",
     [("$12.5 billion", {}), ("$14.1 billion", {}), ("$1.6 billion", {})], 0),
    ("deficit_wrong", "Exports to Japan in October were $12.5 billion, while imports from Japan were $14.1 billion, a deficit of $2.6 billion.",
     [("$12.5 billion", {}), ("$14.1 billion", {}), ("$2.6 billion", {})], 1),
    ("surplus_that_is_a_deficit", "Exports were $12.5 billion and imports were $14.1 billion, a surplus of $1.6 billion.",
     [("$12.5 billion", {}), ("$14.1 billion", {}), ("$1.6 billion", {})], 1),
    ("periods_differ", "Exports in November were $50.2 billion. Imports in October were $45.1 billion. The November trade surplus was $3.8 billion.",
     [("$50.2 billion", NOV), ("$45.1 billion", {"period": "2023-10"}), ("$3.8 billion", NOV)], 0),
    ("partners_differ", "Exports to China were $12.5 billion, imports from Japan were $9.1 billion and the surplus with China was $5 billion.",
     [("$12.5 billion", {}), ("$9.1 billion", {}), ("$5 billion", {})], 0),
]


@pytest.mark.parametrize(("name", "text", "specs", "n"), BALANCE_CASES, ids=[c[0] for c in BALANCE_CASES])
def test_balance(name: str, text: str, specs: list, n: int) -> None:
    flags = check_balance(make_doc(text, specs))
    assert len(flags) == n, [f.message for f in flags]


def test_surplus_that_is_a_deficit_says_so() -> None:
    (flag,) = check_balance(make_doc(*BALANCE_CASES[4][1:3]))
    assert "not a surplus" in flag.message and flag.suggestion.endswith("deficit")


TOTAL_CASES = [
    ("total_ok", "Bilateral trade with Vietnam reached $20.4 billion: exports to Vietnam were $11.2 billion and imports from Vietnam were $9.1 billion.",
     [("$20.4 billion", {}), ("$11.2 billion", {}), ("$9.1 billion", {})], 0),
    ("total_wrong", "Bilateral trade with Vietnam reached $20.4 billion: exports to Vietnam were $11.2 billion and imports from Vietnam were $8.1 billion.",
     [("$20.4 billion", {}), ("$11.2 billion", {}), ("$8.1 billion", {})], 1),
    ("total_rounding_ok", "Foreign trade was 5.41 trillion yuan. Exports were 3.076 trillion yuan and imports were 2.334 trillion yuan.",
     [("5.41 trillion yuan", JAN_NOV), ("3.076 trillion yuan", JAN_NOV), ("2.334 trillion yuan", JAN_NOV)], 0),
]


@pytest.mark.parametrize(("name", "text", "specs", "n"), TOTAL_CASES, ids=[c[0] for c in TOTAL_CASES])
def test_trade_total(name: str, text: str, specs: list, n: int) -> None:
    assert len(check_trade_total(make_doc(text, specs))) == n


PARTS_CASES = [
    ("parts_within", "Investment reached $12 billion, including $5.2 billion in chips and $3.1 billion in batteries.",
     [("$12 billion", {}), ("$5.2 billion", {}), ("$3.1 billion", {})], 0),
    ("parts_exceed", "Investment reached $7.2 billion, including $5.2 billion in chips and $3.1 billion in batteries.",
     [("$7.2 billion", {}), ("$5.2 billion", {}), ("$3.1 billion", {})], 1),
    ("no_cue_no_check", "Investment reached $7.2 billion. Chips took $5.2 billion and batteries $3.1 billion.",
     [("$7.2 billion", {}), ("$5.2 billion", {}), ("$3.1 billion", {})], 0),
]


@pytest.mark.parametrize(("name", "text", "specs", "n"), PARTS_CASES, ids=[c[0] for c in PARTS_CASES])
def test_parts(name: str, text: str, specs: list, n: int) -> None:
    assert len(check_parts(make_doc(text, specs))) == n


CHANGE_CASES = [
    ("pct_ok", "Car exports rose 10% from $4.0 billion to $4.4 billion.", [("10%", up()), ("$4.0 billion", {}), ("$4.4 billion", {})], 0),
    ("pct_rounding_ok", "Car exports rose 12.5% from $4.0 billion to $4.4 billion.", [("12.5%", up()), ("$4.0 billion", {}), ("$4.4 billion", {})], 0),
    ("pct_wrong", "Car exports rose 25% from $4.0 billion to $4.4 billion.", [("25%", up()), ("$4.0 billion", {}), ("$4.4 billion", {})], 1),
    # one contradiction, one flag: the stated change's flag already says the figures rose (no second 'wording says' flag)
    ("pct_sign_wrong", "Car exports fell 10% from $4.0 billion to $4.4 billion.", [("10%", down()), ("$4.0 billion", {}), ("$4.4 billion", {})], 1),
    ("direction_word_wrong", "Exports of chips fell from $8.2 billion in September to $9.1 billion in October.",
     [("$8.2 billion", {}), ("$9.1 billion", {})], 1),
    ("direction_word_ok", "The deficit narrowed from $3.94 billion in January to $730 million in November.",
     [("$3.94 billion", {}), ("$730 million", {})], 0),
    # garbled wording with cues both ways (the seed's "rising from ... decreased to"): nothing sure to say
    ("cues_disagree", "The deficit rising from $3.94 billion in January decreased to $730 million.",
     [("$3.94 billion", {}), ("$730 million", {})], 0),
    ("absolute_ok", "Exports increased by $1.2 billion, from $10.3 billion to $11.5 billion.",
     [("$1.2 billion", {"direction": "up"}), ("$10.3 billion", {}), ("$11.5 billion", {})], 0),
    ("absolute_wrong", "Exports increased by $2.2 billion, from $10.3 billion to $11.5 billion.",
     [("$2.2 billion", {"direction": "up"}), ("$10.3 billion", {}), ("$11.5 billion", {})], 1),
    ("points_ok", "Its share rose 1.5 percentage points, from 18.2% to 19.7%.",
     [("1.5 percentage points", {"measure": "points", "direction": "up"}), ("18.2%", up()), ("19.7%", {})], 0),
    ("points_wrong", "Its share rose 2.5 percentage points, from 18.2% to 19.7%.",
     [("2.5 percentage points", {"measure": "points", "direction": "up"}), ("18.2%", up()), ("19.7%", {})], 1),
    # a change about another flow, in another clause of the same sentence, is not the pair's change
    ("other_clause_change", "Exports to China fell 33% in March, and have improved since then, with the deficit narrowing from $3.94 billion to $730 million.",
     [("33%", down()), ("$3.94 billion", {}), ("$730 million", {})], 0),
    ("growth_two_levels_ok", "Exports in November 2022 were $51.8 billion. Exports in November were $55.8 billion, up 7.8% year on year.",
     [("$51.8 billion", NOV_2022), ("$55.8 billion", NOV), ("7.8%", up(baseline="year on year", **NOV))], 0),
    ("growth_two_levels_wrong", "Exports in November 2022 were $51.8 billion. Exports in November were $55.8 billion, up 9.8% year on year.",
     [("$51.8 billion", NOV_2022), ("$55.8 billion", NOV), ("9.8%", up(baseline="year on year", **NOV))], 1),
    ("growth_other_flow_not_compared", "Imports in November 2022 were $51.8 billion. Exports in November were $55.8 billion, up 9.8% year on year.",
     [("$51.8 billion", NOV_2022), ("$55.8 billion", NOV), ("9.8%", up(baseline="year on year", **NOV))], 0),
]


@pytest.mark.parametrize(("name", "text", "specs", "n"), CHANGE_CASES, ids=[c[0] for c in CHANGE_CASES])
def test_change(name: str, text: str, specs: list, n: int) -> None:
    flags = check_changes(make_doc(text, specs))
    assert len(flags) == n, [f.message for f in flags]
    assert all(f.suggestion for f in flags)


PLAUSIBILITY_CASES = [
    ("share_over_100", "China's share of world exports reached 283% last year.", [("283%", SHARE)], "28.3%", "error"),
    ("share_ok", "China's share of world exports reached 14.2% last year.", [("14.2%", SHARE)], None, None),
    ("gdp_hundreds_of_trillions", "The country's GDP reached $181 trillion last year.", [("$181 trillion", {})], "$18.1 trillion", "warning"),
    ("gdp_in_yuan_ok", "China's GDP reached 126 trillion yuan last year.", [("126 trillion yuan", {})], None, None),
    ("gdp_in_won_ok", "Korea's GDP was 2,400 trillion won.", [("2,400 trillion won", {})], None, None),
    ("growth_thousands", "Exports surged 5,120% year on year.", [("5,120%", up())], "512.0%", "warning"),
    ("fall_over_100", "Exports fell 130% in March.", [("130%", down())], "13.0%", "warning"),
    ("deficit_fall_over_100_ok", "The deficit fell 130% in March as the balance turned to a surplus.", [("130%", down())], None, None),
    ("unemployment_over_100", "The unemployment rate stood at 290%.", [("290%", {})], "29.0%", "error"),
    ("tariff_over_100_ok", "Washington raised the tariff to 145%.", [("145%", {})], None, None),
]


@pytest.mark.parametrize(("name", "text", "specs", "suggestion", "severity"), PLAUSIBILITY_CASES, ids=[c[0] for c in PLAUSIBILITY_CASES])
def test_plausibility(name: str, text: str, specs: list, suggestion: str | None, severity: str | None) -> None:
    flags = check_plausibility(make_doc(text, specs))
    if suggestion is None:
        assert flags == []
    else:
        (flag,) = flags
        assert flag.suggestion == suggestion and flag.severity == severity


CLEAN_ARTICLE = (
    "China's total foreign trade in the first 11 months of this year reached $5.41 trillion, according to customs data. "
    "Exports in the first 11 months were $3.08 trillion and imports were $2.33 trillion, leaving a trade surplus of $750 billion. "
    "Exports to the United States in the first 11 months were $455 billion, accounting for 14.8% of total exports. "
    "Car exports rose 10% from $4.0 billion to $4.4 billion."
)
CLEAN_SPECS = [
    ("$5.41 trillion", JAN_NOV), ("$3.08 trillion", JAN_NOV), ("$2.33 trillion", JAN_NOV), ("$750 billion", JAN_NOV),
    ("$455 billion", JAN_NOV), ("14.8%", SHARE), ("10%", up()), ("$4.0 billion", {}), ("$4.4 billion", {}),
]


@pytest.mark.parametrize(
    "check",
    [check_shares, check_balance, check_trade_total, check_parts, check_segments, check_changes, check_plausibility, check_direction_words],
)
def test_clean_article_gets_no_flag(check) -> None:
    assert check(make_doc(CLEAN_ARTICLE, CLEAN_SPECS)) == []


def test_clean_article_checks_actually_paired_claims() -> None:
    """Guard for the test above: a wrong surplus in the same article is caught, so silence means agreement."""
    text = CLEAN_ARTICLE.replace("$750 billion", "$950 billion")
    specs = [(s.replace("$750 billion", "$950 billion"), f) for s, f in CLEAN_SPECS]
    assert len(check_balance(make_doc(text, specs))) == 1
    text = CLEAN_ARTICLE.replace("14.8%", "18.4%")
    specs = [(s.replace("14.8%", "18.4%"), f) for s, f in CLEAN_SPECS]
    assert len(check_shares(make_doc(text, specs))) == 1


CATEGORY_CASES = [
    # car exports and imports against the overall surplus: not one flow
    ("category_differs", "In 2023, car exports were $10.2 billion and car imports were $2.1 billion, while the overall trade surplus was $50 billion.",
     [("$10.2 billion", {"metric": "car exports"}), ("$2.1 billion", {"metric": "car imports"}), ("$50 billion", {"metric": "trade surplus"})], 0),
    ("category_same", "In 2023, car exports were $10.2 billion and car imports were $2.1 billion, a car trade surplus of $5 billion.",
     [("$10.2 billion", {"metric": "car exports"}), ("$2.1 billion", {"metric": "car imports"}), ("$5 billion", {"metric": "car trade surplus"})], 1),
]


@pytest.mark.parametrize(("name", "text", "specs", "n"), CATEGORY_CASES, ids=[c[0] for c in CATEGORY_CASES])
def test_balance_pairs_only_one_category(name: str, text: str, specs: list, n: int) -> None:
    assert len(check_balance(make_doc(text, specs))) == n


SENTENCES = [
    "Exports were $4.71 trillion.", "Imports were $3.95 trillion.", "The trade surplus was $764 billion.",
    "Total trade was 27.41 trillion yuan, of which exports were 8.02 trillion yuan, accounting for 28.3%.",
    "Exports rose 10% from $4.0 billion to $4.4 billion.", "Its share was 283%.", "GDP reached $181 trillion.",
    "Exports fell from 0 tons to 5 tons.", "The deficit was $0 billion.",
    "Among them, central enterprises made profits of 2.79 trillion yuan and local ones profits of 1.64 trillion yuan.",
    "Total profits were 4.23 trillion yuan.", "Exports rose sharply last year, down 14.6%.", "Exports rose to $133 billion last year.",
]


@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6))
@settings(max_examples=60, deadline=None)
def test_checks_never_raise(picked: list[str]) -> None:
    text = " ".join(picked)
    specs = []
    for m in find_numbers(text):
        specs.append((m.text, {"measure": "share"} if m.kind == "percent" else {}))
    doc = make_doc(text, specs)
    for check in (check_shares, check_balance, check_trade_total, check_parts, check_segments, check_changes, check_plausibility,
                  check_direction_words):
        for flag in check(doc):
            assert flag.evidence is None or text[flag.evidence.start : flag.evidence.end] == flag.evidence.text
