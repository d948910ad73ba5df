"""General pairing rules of the checks, each with failing cases and clean cases that must not flag.

Periods read by context, a share's bridge with a change rate and an attribution in it, totals
written "import and export turnover", parts of a whole stated in later sentences, direction
words against signs (one clause; two sentences), growth to a level, and cross-article keys.
"""

from __future__ import annotations

import pytest

from extractor.checks.change import check_changes
from extractor.checks.context import views
from extractor.checks.cross_article import check_across_articles
from extractor.checks.direction import check_direction_words
from extractor.checks.plausibility import check_plausibility
from extractor.checks.share import check_shares
from extractor.checks.sums import check_balance, check_segments, check_trade_total

from .conftest import claim, make_doc, result

OCT = {"period": "2023-10"}
SEP = {"period": "2023-09"}
JAN_OCT = {"period": "2023-01..2023-10"}
JAN_NOV = {"period": "2021-01..2021-11"}
Y2024 = {"period": "2024-01..2024-12"}
Y2023 = {"period": "2023-01..2023-12"}
SHARE = {"measure": "share"}


def up(**kw: object) -> dict:
    return {"measure": "change", "direction": "up", **kw}


def down(**kw: object) -> dict:
    return {"measure": "change", "direction": "down", **kw}


def _run(check, text: str, specs: list) -> list:
    flags = check(make_doc(text, specs))
    for f in flags:
        assert f.type == "inconsistency" and f.message and f.suggestion and f.claim_ids and f.evidence is not None
        assert text[f.evidence.start : f.evidence.end] == f.evidence.text
    return flags


# ----------------------------------------------------------------------------- periods by context

OCTOBER = (
    "In US dollar terms, exports in October were $274.8 billion, down 6.4%; imports were $218.3 billion, up 3%. "
    "The monthly surplus was {bal}, narrower than $77.7 billion in September."
)
PERIOD_CASES = [
    # the claim stage dated the imports and the surplus wrongly; neither clause names a time of its own
    ("undated_clauses_follow_october_wrong", OCTOBER.format(bal="$65.5 billion"),
     [("$274.8 billion", OCT), ("6.4%", down(**OCT)), ("$218.3 billion", JAN_OCT), ("3%", up(**JAN_OCT)),
      ("$65.5 billion", SEP), ("$77.7 billion", SEP)], 1),
    ("undated_clauses_follow_october_right", OCTOBER.format(bal="$56.5 billion"),
     [("$274.8 billion", OCT), ("6.4%", down(**OCT)), ("$218.3 billion", JAN_OCT), ("3%", up(**JAN_OCT)),
      ("$56.5 billion", SEP), ("$77.7 billion", SEP)], 0),
    # the surplus's own clause names another period: not comparable, whatever the values
    ("own_time_words_keep_periods_apart",
     "In October, exports were $274.8 billion and imports were $218.3 billion. In the first ten months, the surplus was $700.5 billion.",
     [("$274.8 billion", OCT), ("$218.3 billion", OCT), ("$700.5 billion", JAN_OCT)], 0),
    ("both_own_periods_differ",
     "Exports in October were $274.8 billion. Imports in September were $218.3 billion. The October surplus was $65.5 billion.",
     [("$274.8 billion", OCT), ("$218.3 billion", SEP), ("$65.5 billion", OCT)], 0),
    # an undated claim stays undated: "car exports" two paragraphs on are not of October
    ("undated_claim_not_given_a_period",
     "Exports in October were $274.8 billion and imports were $218.3 billion.\nCar exports were $5.2 billion. The surplus was $65.5 billion.",
     [("$274.8 billion", OCT), ("$218.3 billion", OCT), ("$5.2 billion", {}), ("$65.5 billion", {})], 0),
]


@pytest.mark.parametrize(("name", "text", "specs", "n"), PERIOD_CASES, ids=[c[0] for c in PERIOD_CASES])
def test_periods_read_by_context(name: str, text: str, specs: list, n: int) -> None:
    flags = _run(check_balance, text, specs)
    assert len(flags) == n, [f.message for f in flags]


# ----------------------------------------------------------------------------- levels

LEVEL_CASES = [
    ("profits_of_is_a_level", "Central enterprises achieved profits of 2.79 trillion yuan, up 31.5 percent.", "2.79 trillion yuan", True),
    ("increase_of_is_a_change", "Profits saw an increase of 2.79 trillion yuan from a year earlier.", "2.79 trillion yuan", False),
    ("rose_by_is_a_change", "Exports rose by $2.5 billion.", "$2.5 billion", False),
    ("more_after_is_a_change", "Exports were $2.5 billion more than a year earlier.", "$2.5 billion", False),
]


@pytest.mark.parametrize(("name", "text", "surface", "level"), LEVEL_CASES, ids=[c[0] for c in LEVEL_CASES])
def test_figure_with_a_direction_is_a_level_unless_its_words_make_it_a_change(name: str, text: str, surface: str, level: bool) -> None:
    (v,) = [v for v in views(make_doc(text, [(surface, {"direction": "up"})]))]
    assert v.is_level is level


# ----------------------------------------------------------------------------- shares

ASEAN = (
    "In the first half, China's total trade in goods was 14.24 trillion yuan. China's trade with ASEAN reached 2.09 trillion yuan, "
    "up 5.6%, according to the General Administration of Customs, accounting for {share} of China's total foreign trade."
)
H1 = {"period": "2020-01..2020-06"}
VIETNAM = (
    "China's trade with ASEAN rose 8.7% in 2025 to $1.07 trillion. Vietnam remained China's biggest trading partner within the bloc, "
    "with two-way trade of $292.6 billion, up 12.3%, or {share} of China's trade with ASEAN."
)
Y2025 = {"period": "2025-01..2025-12"}
SHARE_CASES = [
    ("change_rate_and_attribution_in_bridge_wrong", ASEAN.format(share="15.7%"),
     [("14.24 trillion yuan", H1), ("2.09 trillion yuan", H1), ("5.6%", up(**H1)), ("15.7%", {**SHARE, **H1})], 1),
    ("change_rate_and_attribution_in_bridge_right", ASEAN.format(share="14.7%"),
     [("14.24 trillion yuan", H1), ("2.09 trillion yuan", H1), ("5.6%", up(**H1)), ("14.7%", {**SHARE, **H1})], 0),
    # "of China's trade with ASEAN": the whole is the ASEAN trade, not China's total trade
    ("whole_named_with_partner_right", VIETNAM.format(share="27.4%"),
     [("8.7%", up(**Y2025)), ("$1.07 trillion", Y2025), ("$292.6 billion", Y2025), ("12.3%", up(**Y2025)), ("27.4%", SHARE)], 0),
    ("whole_named_with_partner_wrong", VIETNAM.format(share="37.4%"),
     [("8.7%", up(**Y2025)), ("$1.07 trillion", Y2025), ("$292.6 billion", Y2025), ("12.3%", up(**Y2025)), ("37.4%", SHARE)], 1),
    # another figure between the part and the share: the share may be of it
    ("figure_in_bridge_not_paired",
     "Total trade was 14.24 trillion yuan. Trade with ASEAN was 2.09 trillion yuan, against 1.9 trillion yuan, accounting for 15.7% of total trade.",
     [("14.24 trillion yuan", {}), ("2.09 trillion yuan", {}), ("1.9 trillion yuan", {}), ("15.7%", SHARE)], 0),
    # the part stated in another sentence: "This accounted for", "ASEAN accounted for"
    ("pronoun_part_in_sentence_before_wrong",
     "Total exports in 2023 were $3.38 trillion. Exports to the US in 2023 were $500.3 billion. This accounted for 17.8% of total exports.",
     [("$3.38 trillion", Y2023), ("$500.3 billion", Y2023), ("17.8%", {**SHARE, **Y2023})], 1),
    ("pronoun_part_in_sentence_before_right",
     "Total exports in 2023 were $3.38 trillion. Exports to the US in 2023 were $500.3 billion. This accounted for 14.8% of total exports.",
     [("$3.38 trillion", Y2023), ("$500.3 billion", Y2023), ("14.8%", {**SHARE, **Y2023})], 0),
    ("named_partner_part_elsewhere_wrong",
     "China's trade with ASEAN rose 8.7% in 2025 to $1.07 trillion.\nASEAN accounted for 18.6% of China's total trade of $6.35 trillion in 2025.",
     [("8.7%", up(**Y2025)), ("$1.07 trillion", Y2025), ("18.6%", {**SHARE, **Y2025}), ("$6.35 trillion", Y2025)], 1),
    ("named_partner_part_elsewhere_right",
     "China's trade with ASEAN rose 8.7% in 2025 to $1.07 trillion.\nASEAN accounted for 16.8% of China's total trade of $6.35 trillion in 2025.",
     [("8.7%", up(**Y2025)), ("$1.07 trillion", Y2025), ("16.8%", {**SHARE, **Y2025}), ("$6.35 trillion", Y2025)], 0),
    ("named_owner_without_its_figure_not_paired",
     "Total exports in 2023 were $3.38 trillion. Exports to the US in 2023 were $500.3 billion. Japan accounted for 17.8% of total exports.",
     [("$3.38 trillion", Y2023), ("$500.3 billion", Y2023), ("17.8%", {**SHARE, **Y2023})], 0),
    ("named_owner_with_two_values_not_paired",
     "Exports to Japan were $45.1 billion in 2023. Exports to Japan were $48.2 billion in 2023, a revised figure said. "
     "Total exports in 2023 were $338 billion. Japan accounted for 17.8% of total exports.",
     [("$45.1 billion", Y2023), ("$48.2 billion", Y2023), ("$338 billion", Y2023), ("17.8%", {**SHARE, **Y2023})], 0),
    ("new_subject_after_last_comma_not_paired",
     "Total trade was 14.24 trillion yuan. Trade with ASEAN was 2.09 trillion yuan, up 5.6%, and the EU accounted for 15.7% of total trade.",
     [("14.24 trillion yuan", {}), ("2.09 trillion yuan", {}), ("5.6%", up()), ("15.7%", SHARE)], 0),
]


@pytest.mark.parametrize(("name", "text", "specs", "n"), SHARE_CASES, ids=[c[0] for c in SHARE_CASES])
def test_share_bridges_and_wholes(name: str, text: str, specs: list, n: int) -> None:
    flags = _run(check_shares, text, specs)
    assert len(flags) == n, [f.message for f in flags]


# ----------------------------------------------------------------------------- totals and parts

TURNOVER = "Vietnam's exports in 2022 reached $371.85 billion and imports $360.65 billion, and total import and export turnover of {total}."
Y2022 = {"period": "2022-01..2022-12"}
TOTAL_CASES = [
    ("import_and_export_turnover_wrong", TURNOVER.format(total="$723.5 billion"),
     [("$371.85 billion", Y2022), ("$360.65 billion", Y2022), ("$723.5 billion", Y2022)], 1),
    ("import_and_export_turnover_right", TURNOVER.format(total="$732.5 billion"),
     [("$371.85 billion", Y2022), ("$360.65 billion", Y2022), ("$732.5 billion", Y2022)], 0),
]


@pytest.mark.parametrize(("name", "text", "specs", "n"), TOTAL_CASES, ids=[c[0] for c in TOTAL_CASES])
def test_total_trade_wordings(name: str, text: str, specs: list, n: int) -> None:
    flags = _run(check_trade_total, text, specs)
    assert len(flags) == n, [f.message for f in flags]


SOE = (
    "From January to November, total profits of state-owned enterprises were 4.23 trillion yuan, up 37.1%. "
    "Central enterprises achieved total profits of {a} trillion yuan, up 31.5 percent; local state-owned enterprises achieved "
    "total profits of 1.64 trillion yuan, up 50.2%."
)
AMONG = (
    "From January to November, operating revenue was 68.54 trillion yuan and profits were 4.23 trillion yuan. "
    "Among them, the operating revenue of central enterprises was {a} trillion yuan and that of local enterprises was 29.61 trillion yuan."
)
SEGMENT_CASES = [
    ("segments_in_later_sentence_exceed_whole", SOE.format(a="2.79"),
     [("4.23 trillion yuan", JAN_NOV), ("37.1%", up(**JAN_NOV)), ("2.79 trillion yuan", {**JAN_NOV, "direction": "up"}),
      ("31.5 percent", up(**JAN_NOV)), ("1.64 trillion yuan", {**JAN_NOV, "direction": "up"}), ("50.2%", up(**JAN_NOV))], 1),
    ("segments_within_whole", SOE.format(a="2.59"),
     [("4.23 trillion yuan", JAN_NOV), ("37.1%", up(**JAN_NOV)), ("2.59 trillion yuan", JAN_NOV), ("31.5 percent", up(**JAN_NOV)),
      ("1.64 trillion yuan", JAN_NOV), ("50.2%", up(**JAN_NOV))], 0),
    ("among_them_exceeds_whole_of_same_measure", AMONG.format(a="40.93"),
     [("68.54 trillion yuan", JAN_NOV), ("4.23 trillion yuan", JAN_NOV), ("40.93 trillion yuan", JAN_NOV), ("29.61 trillion yuan", JAN_NOV)], 1),
    ("among_them_adds_up", AMONG.format(a="38.93"),
     [("68.54 trillion yuan", JAN_NOV), ("4.23 trillion yuan", JAN_NOV), ("38.93 trillion yuan", JAN_NOV), ("29.61 trillion yuan", JAN_NOV)], 0),
    # parts of another measure ("revenue") are not parts of the profits
    ("other_measure_not_parts",
     "Total profits were 4.23 trillion yuan. Central enterprises achieved revenue of 2.79 trillion yuan and local enterprises revenue of 1.64 trillion yuan.",
     [("4.23 trillion yuan", JAN_NOV), ("2.79 trillion yuan", JAN_NOV), ("1.64 trillion yuan", JAN_NOV)], 0),
    # the earlier figure is itself a segment (its clause names an owner, no "total"): not the whole
    ("earlier_segment_is_not_the_whole",
     "Central enterprises' profits were 2.79 trillion yuan. Local enterprises made profits of 1.64 trillion yuan and private firms profits of 1.5 trillion yuan.",
     [("2.79 trillion yuan", JAN_NOV), ("1.64 trillion yuan", JAN_NOV), ("1.5 trillion yuan", JAN_NOV)], 0),
    # one owner twice (two periods of one flow) is not a breakdown
    ("same_owner_not_segments",
     "Total profits were 4.23 trillion yuan. Profits were 2.79 trillion yuan and profits were 1.64 trillion yuan.",
     [("4.23 trillion yuan", JAN_NOV), ("2.79 trillion yuan", JAN_NOV), ("1.64 trillion yuan", JAN_NOV)], 0),
    ("periods_differ_not_parts",
     "In November, total profits were 4.23 trillion yuan. In the first ten months, central enterprises made profits of 2.79 trillion yuan "
     "and local enterprises profits of 1.64 trillion yuan.",
     [("4.23 trillion yuan", {"period": "2021-11"}), ("2.79 trillion yuan", {"period": "2021-01..2021-10"}),
      ("1.64 trillion yuan", {"period": "2021-01..2021-10"})], 0),
]


@pytest.mark.parametrize(("name", "text", "specs", "n"), SEGMENT_CASES, ids=[c[0] for c in SEGMENT_CASES])
def test_parts_stated_after_their_whole(name: str, text: str, specs: list, n: int) -> None:
    flags = _run(check_segments, text, specs)
    assert len(flags) == n, [f.message for f in flags]
    for f in flags:
        assert len(f.claim_ids) == 3 and "more than" in f.message


# ----------------------------------------------------------------------------- direction words

CLAUSE_CASES = [
    ("verb_rose_rate_down", "Exports to the United States rose sharply last year, down 14.6% year-on-year.",
     [("14.6%", down(**Y2023))], 1),
    ("verb_fell_rate_up", "Imports from Japan fell in 2023, up 3.2% from a year earlier.", [("3.2%", up(**Y2023))], 1),
    ("verb_and_rate_agree", "Exports to the United States fell sharply last year, down 14.6% year-on-year.", [("14.6%", down(**Y2023))], 0),
    ("after_separates_two_changes", "Exports rose in October after falling 3% in September.", [("3%", down(period="2023-09"))], 0),
    ("while_separates_two_subjects", "Imports rose, while exports fell 3%.", [("3%", down())], 0),
    ("month_on_month_separates_baselines", "Exports rose month on month but were down 3% year on year.", [("3%", down())], 0),
    ("other_claim_between", "Exports rose 5% in October, and imports were $3 billion, down 2%.", [("5%", up()), ("$3 billion", {}), ("2%", down())], 0),
]


@pytest.mark.parametrize(("name", "text", "specs", "n"), CLAUSE_CASES, ids=[c[0] for c in CLAUSE_CASES])
def test_direction_word_against_the_rate_of_its_clause(name: str, text: str, specs: list, n: int) -> None:
    flags = _run(check_direction_words, text, specs)
    assert len(flags) == n, [f.message for f in flags]


CHINA = "exports to China"
TWO_SENTENCES = [
    ("level_reached_by_a_rise_against_a_fall",
     "By market, exports to China rose to $133 billion last year. Analysts said exports to China fell 6.6 percent last year.",
     [("$133 billion", {**Y2024, "metric": CHINA}), ("6.6 percent", down(**Y2024, metric=CHINA))], 1),
    ("two_rates_of_opposite_sign",
     "Exports to China rose 6.6 percent in 2024. Officials said exports to China fell 2.1 percent in 2024.",
     [("6.6 percent", up(**Y2024, metric=CHINA)), ("2.1 percent", down(**Y2024, metric=CHINA))], 1),
    ("same_sign_agrees",
     "By market, exports to China rose to $133 billion last year. Analysts said exports to China rose 6.6 percent last year.",
     [("$133 billion", {**Y2024, "metric": CHINA}), ("6.6 percent", up(**Y2024, metric=CHINA))], 0),
    # a month's "rose to" may be against the month before, the rate against a year earlier
    ("month_without_baseline_not_compared",
     "Exports rose to $274.8 billion in October. Exports fell 6.4% year on year in October.",
     [("$274.8 billion", {**OCT, "metric": "exports"}), ("6.4%", down(**OCT, metric="exports", baseline="year on year"))], 0),
    ("other_flow_not_compared",
     "By market, exports to China rose to $133 billion last year. Analysts said imports from China fell 6.6 percent last year.",
     [("$133 billion", {**Y2024, "metric": CHINA}), ("6.6 percent", down(**Y2024, metric="imports from China"))], 0),
    ("other_subject_not_compared",
     "Korea's exports to China rose to $133 billion last year. Japan's exports to China fell 6.6 percent last year.",
     [("$133 billion", {**Y2024, "metric": CHINA, "subject": "South Korea"}),
      ("6.6 percent", down(**Y2024, metric=CHINA, subject="Japan"))], 0),
    ("other_period_not_compared",
     "Exports to China rose to $133 billion last year. Exports to China fell 6.6 percent in 2023.",
     [("$133 billion", {**Y2024, "metric": CHINA}), ("6.6 percent", down(**Y2023, metric=CHINA))], 0),
]


@pytest.mark.parametrize(("name", "text", "specs", "n"), TWO_SENTENCES, ids=[c[0] for c in TWO_SENTENCES])
def test_opposite_directions_for_one_flow_and_period(name: str, text: str, specs: list, n: int) -> None:
    flags = _run(check_direction_words, text, specs)
    assert len(flags) == n, [f.message for f in flags]
    for f in flags:
        assert len(f.claim_ids) == 2


# ----------------------------------------------------------------------------- growth to a level

GROWTH = "China's exports climbed {rate} in 2024 to $3.58 trillion. In 2023, exports had been $3.38 trillion."
GROWTH_CASES = [
    ("rate_to_level_wrong", GROWTH.format(rate="9.1%"),
     [("9.1%", up(**Y2024, subject="China")), ("$3.58 trillion", {**Y2024, "subject": "China"}), ("$3.38 trillion", Y2023)], 1),
    ("rate_to_level_right", GROWTH.format(rate="5.9%"),
     [("5.9%", up(**Y2024, subject="China")), ("$3.58 trillion", {**Y2024, "subject": "China"}), ("$3.38 trillion", Y2023)], 0),
    # a level a year earlier of another subject is not the base
    ("other_subject_not_the_base",
     "Vietnam's exports climbed 9.1% in 2024 to $405.5 billion. In 2023, Korea's exports had been $632 billion.",
     [("9.1%", up(**Y2024, subject="Vietnam")), ("$405.5 billion", {**Y2024, "subject": "Vietnam"}),
      ("$632 billion", {**Y2023, "subject": "South Korea"})], 0),
]


@pytest.mark.parametrize(("name", "text", "specs", "n"), GROWTH_CASES, ids=[c[0] for c in GROWTH_CASES])
def test_growth_rate_to_a_level_against_the_year_before(name: str, text: str, specs: list, n: int) -> None:
    flags = _run(check_changes, text, specs)
    assert len(flags) == n, [f.message for f in flags]


# ----------------------------------------------------------------------------- across articles

NOV = "2023-11"


def _article(aid: str, text: str, specs: list[tuple[str, dict]]):
    return result(aid, [claim(text, s, article_id=aid, period=NOV, **kw) for s, kw in specs])


CROSS_CASES = [
    ("subject_from_article", ("Korea's exports were $55.8 billion and its imports $52.1 billion. Exports to China were $11.4 billion.",
                              [("$55.8 billion", {"subject": "South Korea", "metric": "exports"}),
                               ("$52.1 billion", {"subject": "Korea", "metric": "imports"}),
                               ("$11.4 billion", {"subject": None, "metric": "exports to China"})]),
     ("South Korea's exports to China were $12.4 billion. Korea's total exports were $55.8 billion.",
      [("$12.4 billion", {"subject": "South Korea", "metric": "exports to China"}),
       ("$55.8 billion", {"subject": "ROK", "metric": "total exports"})]), 2),
    ("subject_in_metric", ("China's exports were $274.8 billion.", [("$274.8 billion", {"subject": None, "metric": "China's exports"})]),
     ("Exports were $247.8 billion.", [("$247.8 billion", {"subject": "China", "metric": "its exports"})]), 2),
    ("opposite_signs_compared", ("Exports rose 5.2%.", [("5.2%", up(subject="China", metric="exports", baseline="year on year"))]),
     ("Exports fell 5.2%.", [("5.2%", down(subject="China", metric="exports", baseline="year-on-year"))]), 2),
    ("same_fact_agrees", ("China's exports were $274.8 billion.", [("$274.8 billion", {"subject": None, "metric": "China's exports"})]),
     ("Exports were $274.8 billion.", [("$274.8 billion", {"subject": "China", "metric": "exports"})]), 0),
    ("unknown_subject_without_dominant_one_not_compared",
     ("Exports were $274.8 billion.", [("$274.8 billion", {"subject": None, "metric": "exports"})]),
     ("Exports were $247.8 billion.", [("$247.8 billion", {"subject": "China", "metric": "exports"})]), 0),
    ("change_of_unknown_sign_not_compared", ("Exports changed 5.2%.", [("5.2%", {"measure": "change", "subject": "China", "metric": "exports"})]),
     ("Exports fell 2.5%.", [("2.5%", down(subject="China", metric="exports"))]), 0),
]


@pytest.mark.parametrize(("name", "a", "b", "n"), CROSS_CASES, ids=[c[0] for c in CROSS_CASES])
def test_cross_article_keys(name: str, a: tuple, b: tuple, n: int) -> None:
    flags = check_across_articles([_article("a1", *a), _article("a2", *b)])
    assert len(flags) == n, [f.message for f in flags]
    for f in flags:
        assert len(f.claim_ids) == 2 and f.suggestion and f.type == "inconsistency"


# ----------------------------------------------------------------------------- plausibility names the values involved

PLAUSIBLE_CASES = [
    ("growth_names_its_level", "Overseas sales reached 242,765 vehicles in 2023, up 3342%.",
     [("242,765 vehicles", Y2023), ("3342%", up(**Y2023))], ["242,765 vehicles", "3342%"]),
    ("share_names_part_and_whole",
     "Total exports in 2023 were $55.8 billion. Exports to China in 2023 were $11.4 billion, accounting for 204.3% of total exports.",
     [("$55.8 billion", Y2023), ("$11.4 billion", Y2023), ("204.3%", {**SHARE, **Y2023})], ["204.3%", "$11.4 billion", "$55.8 billion"]),
    ("plausible_growth_no_flag", "Overseas sales reached 242,765 vehicles in 2023, up 334.2%.",
     [("242,765 vehicles", Y2023), ("334.2%", up(**Y2023))], []),
]


@pytest.mark.parametrize(("name", "text", "specs", "named"), PLAUSIBLE_CASES, ids=[c[0] for c in PLAUSIBLE_CASES])
def test_plausibility_flag_names_the_values_involved(name: str, text: str, specs: list, named: list[str]) -> None:
    doc = make_doc(text, specs)
    flags = _run(check_plausibility, text, specs)
    by_id = {c.claim_id: c.evidence.text for c in doc.claims}
    assert len(flags) == (1 if named else 0), [f.message for f in flags]
    for f in flags:
        assert sorted(by_id[c] for c in f.claim_ids) == sorted(named)
