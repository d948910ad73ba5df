"""Pairings that do not hang on one wording, through the whole pipeline: each contradiction beside a near-identical reconciling twin.

Cross-article facts written in other words (a verb and its goods against a metric noun; a demonym's
industry against its country) compared when they differ by a digit slip; shares whose whole is stated
after them; balances whose figures a garbled metric mislabels; "respectively" after interleaved
rates; one change rate stated with both signs; weights of farm goods beyond any harvest.
"""

from __future__ import annotations

import pytest

from extractor.checks.cross_article import flow_words, place_of, same_flow_words

from .scenarios import Scenario, matches, run_scenario

B, M = 1e9, 1e6


def _x(name: str, a: str, b: str, values: list[float] | None = None, published: str = "2024-03-01") -> Scenario:
    return Scenario(name, "cross_article", "clean", a, published, values or [], b)


CROSS_SLIPS = [
    # a verb with its goods ("exported ... of copper") against the metric noun ("copper exports")
    (_x("verb_goods_against_noun", "Chile exported 5.67 million tonnes of copper in 2023, the central bank said.",
        "Chile's copper exports fell to 5.76 million tons last year as ore grades declined.", [5.67 * M, 5.76 * M]),
     _x("verb_goods_against_noun_same", "Chile exported 5.67 million tonnes of copper in 2023, the central bank said.",
        "Chile's copper exports fell to about 5.7 million tons last year as ore grades declined.")),
    # the country's industry ("Japanese automakers") against the country
    (_x("demonym_industry_against_country", "Japanese machine-tool makers' new orders reached 1.53 trillion yen in 2023.",
        "Japan's new orders came to 1.35 trillion yen in 2023, the machine tool builders' association said.", [1.53e12, 1.35e12]),
     _x("demonym_industry_against_country_same", "Japanese machine-tool makers' new orders reached 1.53 trillion yen in 2023.",
        "Japan's new orders came to about 1.5 trillion yen in 2023, the machine tool builders' association said.")),
    # one digit off, money
    (_x("one_digit_off_money", "In 2023 Vietnam's rice exports earned $4.68 billion, the highest in a decade.",
        "Vietnam exported $4.98 billion of rice in 2023, according to customs.", [4.68 * B, 4.98 * B]),
     _x("one_digit_off_other_year", "In 2023 Vietnam's rice exports earned $4.68 billion, the highest in a decade.",
        "Vietnam exported $4.98 billion of rice in 2024, according to customs.")),
    # the goods traded the other way are another fact, whatever the digits (known limit: a metric that lost its flow word,
    # "exported 98.3 million tonnes of soybeans" read as "soybeans", is compared with either flow)
    (_x("imports_against_exports_not_compared", "Brazil's soybean exports were 98.3 million tonnes in 2023.",
        "Brazil's soybean imports were 89.3 million tons in 2023.", []),
     _x("other_country_not_compared", "Argentina exported 38.9 million tonnes of soybeans in 2023.",
        "Brazil's soybean exports reached 39.8 million tons in 2023.")),
]


@pytest.mark.parametrize(("bad", "good"), CROSS_SLIPS, ids=[c[0].name for c in CROSS_SLIPS])
def test_cross_article_digit_slip(bad: Scenario, good: Scenario) -> None:
    for s in (bad, good):
        flags, claims = run_scenario(s)
        if s.values:
            assert flags and all(matches(s, f, claims) for f in flags), [f.message for f in flags]
            assert all("swapped digits" in f.message for f in flags)
        else:
            assert flags == [], (s.name, [f.message for f in flags])


@pytest.mark.parametrize(
    ("subject", "place"),
    [("South Korean shipbuilders", "south korea"), ("Chinese steelmakers", "china"), ("Korea", "south korea"),
     ("Brazil", None), ("the ministry", None), (None, None)],
)
def test_place_a_subject_opens_with(subject: str | None, place: str | None) -> None:
    assert place_of(subject) == place


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("steel", "steel exports", True), ("China's steel imports", "steel", True), ("new orders", "new orders", True),
     ("steel exports", "steel imports", False), ("soybean exports", "soybean trade", False)],
)
def test_flow_words_of_one_fact(a: str, b: str, same: bool) -> None:
    assert same_flow_words(a, b) is same
    assert "steel" not in flow_words(a) | flow_words(b)


def _s(name: str, kind: str, text: str, values: list[float] | None = None, published: str = "2024-03-01") -> Scenario:
    return Scenario(name, kind, "clean", text, published, values or [])


def _assert_flagged_or_clean(s: Scenario) -> None:
    flags, claims = run_scenario(s)
    if s.values:
        assert flags and all(matches(s, f, claims) for f in flags), (s.name, [f.message for f in flags])
        for f in flags:
            assert f.message.endswith(".") and f.suggestion and f.evidence is not None
    else:
        assert flags == [], (s.name, [f.message for f in flags])


BALANCES = [
    # "respectively" after levels whose role words each carry their own change rate
    (_s("respectively_after_interleaved_rates", "difference",
        "In 2023 Malaysia's exports dropped 8.0% and imports fell 6.4%, to $312.3 billion and $274.9 billion respectively, "
        "leaving a trade surplus of $27.4 billion.", [312.3 * B, 274.9 * B, 27.4 * B]),
     _s("respectively_after_interleaved_rates_reconciles", "difference",
        "In 2023 Malaysia's exports dropped 8.0% and imports fell 6.4%, to $312.3 billion and $274.9 billion respectively, "
        "leaving a trade surplus of $37.4 billion.")),
    (_s("respectively_interleaved_deficit", "difference",
        "Last year Egypt's imports climbed by 3.1 percent while exports rose 12.5 percent, reaching $83.2 billion and "
        "$42.6 billion respectively; the trade deficit widened to $44.6 billion.", [83.2 * B, 42.6 * B, 44.6 * B], "2024-02-10"),
     _s("respectively_interleaved_deficit_reconciles", "difference",
        "Last year Egypt's imports climbed by 3.1 percent while exports rose 12.5 percent, reaching $83.2 billion and "
        "$42.6 billion respectively; the trade deficit widened to $40.6 billion.", published="2024-02-10")),
    # figures whose metric the claim stage took from their currency words ("US dollars") still pair by their role words
    (_s("balance_with_currency_metric", "difference",
        "According to US data, in 2023 the US imported goods from Kenya 12.4 billion US dollars, exported to Kenya 3.1 billion "
        "US dollars, and the US goods trade deficit with Kenya was 7.3 billion US dollars.", [12.4 * B, 3.1 * B, 7.3 * B]),
     _s("balance_with_currency_metric_reconciles", "difference",
        "According to US data, in 2023 the US imported goods from Kenya 12.4 billion US dollars, exported to Kenya 3.1 billion "
        "US dollars, and the US goods trade deficit with Kenya was 9.3 billion US dollars.")),
    # trade between two places goes with one of them's flows with the other, not a third place's
    (_s("pair_trade_against_its_own_flows", "sum",
        "In 2023 Japan's exports to Brazil were $5.1 billion and its imports from Brazil $7.9 billion. Trade between Japan and "
        "Brazil reached $14.0 billion in 2023.", [5.1 * B, 7.9 * B, 14.0 * B]),
     _s("pair_trade_of_another_place_not_paired", "sum",
        "In 2023 Japan's exports to Brazil were $5.1 billion and its imports from Brazil $7.9 billion. Trade between China and "
        "Brazil reached $157.5 billion in 2023.")),
]


@pytest.mark.parametrize(("bad", "good"), BALANCES, ids=[c[0].name for c in BALANCES])
def test_balance_and_total_pairing(bad: Scenario, good: Scenario) -> None:
    _assert_flagged_or_clean(bad)
    _assert_flagged_or_clean(good)


@pytest.mark.parametrize(
    ("metric", "goods"),
    [("US dollars", set()), ("yuan", set()), ("car exports in euros", {"car"}), ("real GDP", {"real"}), ("pounds of beef", {"pound", "beef"})],
)
def test_currency_words_name_no_category(metric: str, goods: set[str]) -> None:
    from extractor.checks.context import category

    assert category(metric) == goods


SHARES_NEARBY = [
    # the whole stated in the next sentence, in other words than the share's phrase ("exported ... thermal coal in all")
    (_s("share_whole_next_sentence_other_words", "share",
        "Indonesia shipped 41.2 million tons of coal to India in the first half, accounting for 16.5% of Indonesia's total coal "
        "exports. In the same period Indonesia exported 263.8 million tons of thermal coal in all.", [41.2 * M, 263.8 * M, 16.5]),
     _s("share_whole_next_sentence_other_words_reconciles", "share",
        "Indonesia shipped 41.2 million tons of coal to India in the first half, accounting for 15.6% of Indonesia's total coal "
        "exports. In the same period Indonesia exported 263.8 million tons of thermal coal in all.")),
    # the share's clause opens with a place; its part is that place's figure of the sentence before, the whole comes after
    (_s("owner_share_whole_after", "share",
        "Taiwanese foundries won orders worth $48.3 billion in 2023. Taiwan accounted for 51.7% of global foundry orders by value. "
        "Global foundry orders in 2023 were worth $84.6 billion.", [48.3 * B, 84.6 * B, 51.7]),
     _s("owner_share_whole_after_reconciles", "share",
        "Taiwanese foundries won orders worth $48.3 billion in 2023. Taiwan accounted for 57.1% of global foundry orders by value. "
        "Global foundry orders in 2023 were worth $84.6 billion.")),
    # a nearby figure of another measure or another period is no whole, whatever its digits
    (_s("nearby_output_is_no_whole", "share",
        "Indonesia shipped 41.2 million tons of coal to India in the first half, accounting for 16.5% of Indonesia's total coal "
        "exports. Indonesia's coal output in the same period was 263.8 million tons."),
     _s("nearby_other_year_is_no_whole", "share",
        "Taiwanese foundries won orders worth $48.3 billion in 2023. Taiwan accounted for 51.7% of global foundry orders by value. "
        "Global foundry orders in 2022 were worth $84.6 billion.")),
]


@pytest.mark.parametrize(("bad", "good"), SHARES_NEARBY, ids=[c[0].name for c in SHARES_NEARBY])
def test_share_with_whole_nearby(bad: Scenario, good: Scenario) -> None:
    _assert_flagged_or_clean(bad)
    _assert_flagged_or_clean(good)


RATE_SIGNS = [
    # a change told again by its noun ("the 8.3% fall in ..."), with the other sign
    (_s("same_rate_told_again_other_sign", "direction",
        "Foreign visitor arrivals to Japan climbed 8.3% in 2023 from a year earlier. Tourism officials said the 8.3% fall in "
        "foreign visitor arrivals last year was due to the weak yen.", [8.3, 8.3]),
     _s("same_rate_told_again_same_sign", "direction",
        "Foreign visitor arrivals to Japan climbed 8.3% in 2023 from a year earlier. Tourism officials said the 8.3% rise in "
        "foreign visitor arrivals last year was due to the weak yen.")),
    (_s("same_rate_garbled_noun_after", "direction",
        "In 2022 Malaysia's palm oil exports declined 6 percent year-on-year1%。Planters said the 6.1 percent growth in palm oil "
        "exports last year came mainly from higher prices.", [6.1, 6.1], "2023-02-01"),
     _s("same_rate_other_flow", "direction",
        "Visitor arrivals from Korea climbed 8.3% in 2023 from a year earlier. Tourism officials said the 8.3% fall in visitor "
        "arrivals from China last year was due to flight caps.")),
    (_s("same_rate_other_period_not_paired", "direction",
        "Visitor arrivals climbed 8.3% in 2023 from a year earlier. Tourism officials said the 8.3% fall in visitor arrivals in "
        "2022 was due to flight caps."),
     _s("same_rate_other_goods_not_paired", "direction",
        "Vietnam's garment exports fell 11.2% year on year in 2023, the textile association said. Buyers cut orders, and the "
        "11.2 percent increase in garment imports by the US last year came from Bangladesh.")),
]


@pytest.mark.parametrize(("bad", "good"), RATE_SIGNS, ids=[c[0].name for c in RATE_SIGNS])
def test_same_rate_stated_with_both_signs(bad: Scenario, good: Scenario) -> None:
    _assert_flagged_or_clean(bad)
    _assert_flagged_or_clean(good)


WEIGHTS = [
    (_s("fruit_tonnage_scale_slip", "plausibility", "Durian imports into China reached 1.42 billion tons in the first half, customs data "
        "showed.", [1.42e9]),
     _s("fruit_tonnage_plausible", "plausibility", "Durian imports into China reached 1.42 million tons in the first half, customs data "
        "showed.")),
    (_s("grain_tonnage_scale_slip", "plausibility", "The country's grain output hit a record 695.41 billion tonnes last year, the "
        "statistics bureau said.", [695.41e9]),
     _s("iron_ore_billion_tons_plausible", "plausibility", "China imported 1.18 billion tonnes of iron ore last year, the customs "
        "administration said.")),
    (_s("meat_tonnage_scale_slip", "plausibility", "Brazil exported 2.9 billion tons of chicken meat in 2023, a record.", [2.9e9]),
     _s("port_cargo_billions_plausible", "plausibility", "Cargo throughput at the port, a hub for grain and fruit shipments, reached "
        "1.35 billion tons in 2023.")),
]


@pytest.mark.parametrize(("bad", "good"), WEIGHTS, ids=[c[0].name for c in WEIGHTS])
def test_weight_of_farm_goods_beyond_any_harvest(bad: Scenario, good: Scenario) -> None:
    _assert_flagged_or_clean(bad)
    _assert_flagged_or_clean(good)
    flags, _ = run_scenario(bad)
    assert any("one step too high" in f.message for f in flags)
