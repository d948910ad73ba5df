"""A table of short contradiction scenarios and reconciling decoys for the consistency checks.

Written for the checks (not copied from the corpus): each kind of contradiction in several
wordings, clean wire style and garbled machine-translation style, and at least as many decoys that
must NOT be flagged (figures that reconcile within rounding, figures of other periods, other
scopes, other currencies, other bases). `values` are the claim values a flag must name (at least
two of them, or the one when only one is given); an empty `values` is a decoy.

`python -m tests.checks.scenarios` prints recall and false flags over the table.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Scenario:
    name: str
    kind: str  # share, difference, sum, change, growth, direction, plausibility, cross_article
    style: str  # clean or garbled
    text: str
    published: str
    values: list[float] = field(default_factory=list)  # empty: a decoy
    other: str | None = None  # cross_article: the second article's text (published the same day)


T, B, M = 1e12, 1e9, 1e6

CONTRADICTIONS = [
    # ------------------------------------------------------------------ shares
    Scenario("share_of_this_next_sentence", "share", "clean",
             "China's total trade reached 37.96 trillion yuan in the first eleven months of 2023. Of this, trade with the European "
             "Union was 5.02 trillion yuan, accounting for 14.2% of the total.",
             "2023-12-08", [5.02 * T, 37.96 * T, 14.2]),
    Scenario("share_or_of_total_after", "share", "clean",
             "Exports to the United States totaled $48.2 billion in the first quarter, or 21.6% of the country's total exports of "
             "$187.5 billion.",
             "2024-04-15", [48.2 * B, 187.5 * B, 21.6]),
    Scenario("share_stated_before_part", "share", "clean",
             "Semiconductors made up 19.1% of South Korea's exports in November. Chip exports were $9.8 billion in November, while "
             "total exports came to $55.8 billion.",
             "2023-12-04", [9.8 * B, 55.8 * B, 19.1]),
    Scenario("share_garbled_among_them", "share", "garbled",
             "In the first ten months, China's total exports were 19.5 trillion yuan。Among them, exports to ASEAN were 3.07 trillion "
             "yuan, accounting for 16 percent of total exports8%。",
             "2023-11-10", [3.07 * T, 19.5 * T, 16.8]),
    Scenario("share_representing_tons", "share", "clean",
             "Crude oil imports from Russia came to 107.02 million tons last year, representing 15.3% of China's total crude imports "
             "of 563.99 million tons.",
             "2024-01-20", [107.02 * M, 563.99 * M, 15.3]),
    Scenario("share_garbled_which_accounted", "share", "garbled",
             "In 2023， Vietnam's exports to the United States reached 97 billion US dollars， which accounted for 28 percent of its "
             "total exports of 355 billion US dollars5%。",
             "2024-01-10", [97 * B, 355 * B, 28.5]),
    # ------------------------------------------------------------------ differences
    Scenario("deficit_leaving", "difference", "clean",
             "Japan's exports fell 0.8% to 7.30 trillion yen in August, while imports dropped 17.8% to 8.23 trillion yen, leaving a "
             "trade deficit of 1.13 trillion yen.",
             "2023-09-20", [7.30 * T, 8.23 * T, 1.13 * T]),
    Scenario("surplus_outbound_inbound", "difference", "clean",
             "Outbound shipments came to $274.8 billion in October against inbound shipments of $218.3 billion, for a surplus of "
             "$65.6 billion.",
             "2023-11-08", [274.8 * B, 218.3 * B, 65.6 * B]),
    Scenario("surplus_stated_first", "difference", "clean",
             "Vietnam posted a trade surplus of $2.8 billion in March, with exports of $33.6 billion against imports of $31.2 billion.",
             "2024-04-01", [2.8 * B, 33.6 * B, 31.2 * B]),
    Scenario("deficit_with_partner", "difference", "clean",
             "The US goods deficit with China was $297.4 billion in 2023, as imports from China of $427.2 billion far outpaced "
             "exports to China of $147.8 billion.",
             "2024-02-08", [297.4 * B, 427.2 * B, 147.8 * B]),
    Scenario("surplus_garbled_masked", "difference", "garbled",
             "According to customs data， in November exports were 291.9 billion US dollars，imports were 223.5 billion US dollars，"
             "the monthly ** surplus was 78.4 billion US dollars。",
             "2023-12-08", [291.9 * B, 223.5 * B, 78.4 * B]),
    # ------------------------------------------------------------------ sums
    Scenario("two_way_trade_parts", "sum", "clean",
             "Two-way trade between China and Russia reached $240.1 billion in 2023, with China's exports to Russia at $111.0 billion "
             "and imports from Russia at $119.1 billion.",
             "2024-01-15", [240.1 * B, 111.0 * B, 119.1 * B]),
    Scenario("total_value_of_which_garbled", "sum", "garbled",
             "In July， China's total import and export value was 3.91 trillion yuan， of which exports were 2.2 trillion yuan， "
             "imports were 1.5 trillion yuan。",
             "2023-08-08", [3.91 * T, 2.2 * T, 1.5 * T]),
    Scenario("parts_of_this_next_sentence", "sum", "clean",
             "Total profits of state-owned enterprises were 3.95 trillion yuan in the first ten months. Of this, central enterprises "
             "earned 2.61 trillion yuan and local state firms 1.52 trillion yuan.",
             "2023-11-28", [3.95 * T, 2.61 * T, 1.52 * T]),
    Scenario("parts_including", "sum", "clean",
             "Foreign direct investment totalled $12.4 billion in the second quarter, including $7.9 billion in manufacturing and "
             "$5.3 billion in services.",
             "2024-07-20", [12.4 * B, 7.9 * B, 5.3 * B]),
    Scenario("segments_next_sentence_garbled", "sum", "garbled",
             "From January to September， total revenue of the industry was 812.5 billion yuan。Battery makers had revenue of 503.6 "
             "billion yuan， and component suppliers had revenue of 348.2 billion yuan。",
             "2023-10-20", [812.5 * B, 503.6 * B, 348.2 * B]),
    # ------------------------------------------------------------------ changes (from X to Y)
    Scenario("from_to_up_rate", "change", "clean",
             "Exports to Japan rose from $12.4 billion in 2022 to $14.1 billion in 2023, up 16.2%.",
             "2024-02-01", [12.4 * B, 14.1 * B, 16.2]),
    Scenario("rate_to_from", "change", "clean",
             "Iron ore imports climbed 8.5% to 1.18 billion tons last year from 1.11 billion tons in 2021.",
             "2023-01-14", [8.5, 1.18 * B, 1.11 * B]),
    Scenario("from_to_decline_of", "change", "clean",
             "Operating profit fell from 512 billion yen a year earlier to 463 billion yen, a decline of 12.6%.",
             "2024-05-10", [512 * B, 463 * B, 12.6]),
    Scenario("from_to_absolute", "change", "clean",
             "The deficit widened by $3.2 billion, from $18.6 billion in June to $20.9 billion in July.",
             "2024-08-10", [3.2 * B, 18.6 * B, 20.9 * B]),
    Scenario("from_to_points", "change", "clean",
             "The jobless rate rose 0.4 percentage points from 3.6% in March to 3.8% in April.",
             "2024-05-10", [0.4, 3.6, 3.8]),
    Scenario("from_to_garbled_rate", "change", "garbled",
             "Steel exports rose from 8.6 million tons in the first half of last year to 9.1 million tons， up 12 percent year on "
             "year3%，the association said。",
             "2024-07-15", [8.6 * M, 9.1 * M, 12.3]),
    # ------------------------------------------------------------------ growth against a level a year earlier
    Scenario("growth_two_sentences", "growth", "clean",
             "In November, exports reached $55.8 billion, up 17.8% from a year earlier. Exports in November 2022 had been $51.8 "
             "billion.",
             "2023-12-01", [55.8 * B, 17.8, 51.8 * B]),
    Scenario("growth_annual_previous_year", "growth", "clean",
             "South Korea's exports in 2023 were $632.2 billion, down 9.5% from the previous year. In 2022 the country's exports "
             "were $683.6 billion.",
             "2024-01-20", [632.2 * B, 683.6 * B, 9.5]),
    Scenario("growth_garbled_quarter", "growth", "garbled",
             "In the third quarter， the company's net profit was 8.5 billion yuan，a year-on-year increase of 21 percent3%。Net "
             "profit in the third quarter of last year was 7.4 billion yuan。",
             "2024-10-25", [8.5 * B, 21.3, 7.4 * B]),
    # ------------------------------------------------------------------ direction words
    Scenario("direction_increase_decrease_garbled", "direction", "garbled",
             "Exports to the European Union increased last year，a year-on-year decrease of 4 percent2%。",
             "2024-01-20", [4.2]),
    Scenario("direction_level_then_rate", "direction", "clean",
             "Imports from Australia climbed to $21.3 billion in the first quarter, customs data showed. Analysts noted that "
             "imports from Australia fell 3.7% year on year in the first quarter.",
             "2024-04-20", [21.3 * B, 3.7]),
    Scenario("direction_fell_up_garbled", "direction", "garbled",
             "Exports to the United States fell sharply in the third quarter， up 12 percent from a year earlier3%，",
             "2023-10-20", [12.3]),
    Scenario("direction_grew_down", "direction", "clean",
             "Car exports grew in October, down 2.6% on the year.",
             "2023-11-10", [2.6]),
    # ------------------------------------------------------------------ plausibility
    Scenario("share_over_100", "plausibility", "garbled",
             "Soybean imports from Brazil accounted for 112.4% of China's total soybean imports last year。",
             "2024-01-20", [112.4]),
    Scenario("gdp_hundreds_of_trillions", "plausibility", "clean",
             "India's GDP reached $370 trillion last year, the statistics office said.",
             "2024-03-01", [370 * T]),
    Scenario("growth_thousands_percent", "plausibility", "garbled",
             "Exports of solar cells grew 2876 percent year on year in the first half。",
             "2023-07-20", [2876]),
    Scenario("jobless_rate_over_100", "plausibility", "clean",
             "The youth unemployment rate rose to 146% in June, the bureau said.",
             "2023-07-17", [146]),
    # ------------------------------------------------------------------ across articles
    Scenario("cross_monthly_exports", "cross_article", "clean",
             "South Korea's exports rose 7.8% to $55.8 billion in November, the trade ministry said.",
             "2023-12-02", [55.8 * B, 58.5 * B],
             other="Korean exports totaled $58.5 billion in November, official data showed."),
    Scenario("cross_annual_deficit", "cross_article", "clean",
             "Japan posted a trade deficit of 9.29 trillion yen in 2023.",
             "2024-01-26", [9.29 * T, 6.29 * T],
             other="Japan's trade deficit for 2023 came to 6.29 trillion yen, the finance ministry said."),
    Scenario("cross_gdp_growth", "cross_article", "clean",
             "China's economy grew 5.2% in 2023, the statistics bureau said.",
             "2024-01-18", [5.2, 5.4],
             other="Chinese GDP expanded 5.4% last year, official data showed."),
    # ------------------------------------------------------------------ wordings paired by arithmetic (relations.py) and new cues
    Scenario("direction_to_before_from", "direction", "clean",
             "Core inflation eased to 3.1% in March from 2.9% a month earlier, the statistics office said.",
             "2024-04-05", [3.1, 2.9]),
    Scenario("change_sliding_to_from", "change", "clean",
             "Steel shipments abroad weakened in May, sliding 6.2% to $3.1 billion from $3.5 billion a year before.",
             "2024-06-03", [6.2, 3.1 * B, 3.5 * B]),
    Scenario("sum_hyphenated_partners", "sum", "clean",
             "Sino-Brazilian trade in the first five months stood at $71.3 billion. China's exports to Brazil were $25.2 billion, "
             "while imports from Brazil reached $49.8 billion.",
             "2024-06-20", [71.3 * B, 25.2 * B, 49.8 * B]),
    Scenario("period_sum_quarter_and_month", "sum", "clean",
             "In the first quarter, Thailand's exports were $71.4 billion. April exports came in at $23.3 billion, and exports for "
             "January-April reached $97.7 billion.",
             "2024-05-20", [71.4 * B, 23.3 * B, 97.7 * B]),
    Scenario("period_sum_two_months_digit", "sum", "garbled",
             "Shipbuilders' orders were 1.92 trillion won in October， and orders in November were 2.05 trillion won。Orders for "
             "October-November came to 4.97 trillion won.",
             "2023-12-10", [1.92 * T, 2.05 * T, 4.97 * T]),
    Scenario("share_of_category_in_total", "share", "clean",
             "Car exports came to $6.4 billion in the first quarter, while overall exports stood at $41.9 billion in the period, "
             "and the share of cars in the nation's exports climbed to 17.3%.",
             "2024-04-12", [6.4 * B, 41.9 * B, 17.3]),
    Scenario("unit_price_scale_slip", "plausibility", "clean",
             "Exports of rare earth magnets were 310 tons in May, valued at $21.5 billion.",
             "2024-06-10", [310, 21.5 * B]),
]

DECOYS = [
    # ------------------------------------------------------------------ shares
    Scenario("d_share_rounds", "share", "clean",
             "Exports to ASEAN were 1.21 trillion yuan in the first ten months, accounting for 19.1% of total exports of 6.34 "
             "trillion yuan.", "2023-11-10"),
    Scenario("d_share_whole_first", "share", "clean",
             "Of China's 37.96 trillion yuan of trade in the first eleven months, trade with the EU was 5.02 trillion yuan, or 13.2%.",
             "2023-12-08"),
    Scenario("d_share_other_period", "share", "clean",
             "In October, exports to the EU were $41.2 billion. Exports in the first ten months totalled $2.79 trillion, and the EU "
             "accounted for 14.8% of that.", "2023-11-08"),
    Scenario("d_share_other_base", "share", "clean",
             "Exports to China were $11.4 billion in November. Chip exports were $9.8 billion, or 17.6% of total exports of $55.8 "
             "billion and 38.2% of shipments to China.", "2023-12-04"),
    Scenario("d_share_sum_100_1", "share", "clean",
             "Exports made up 52.3% of total trade and imports 47.8%, the ministry said.", "2023-12-04"),
    Scenario("d_share_yuan_dollar", "share", "clean",
             "Trade with ASEAN was 6.41 trillion yuan ($911.7 billion) in 2023, 15.4% of China's total trade of 41.76 trillion yuan.",
             "2024-01-12"),
    Scenario("d_share_garbled_rounds", "share", "garbled",
             "In the first ten months， China's total exports were 19.5 trillion yuan。Among them， exports to ASEAN were 3.07 "
             "trillion yuan， accounting for 15 percent of total exports7%。", "2023-11-10"),
    # ------------------------------------------------------------------ differences
    Scenario("d_surplus_rounds", "difference", "clean",
             "China's exports were $3.38 trillion last year and imports $2.56 trillion, giving a surplus of $823 billion.",
             "2024-01-12"),
    Scenario("d_surplus_rounds_wire", "difference", "clean",
             "Exports totalled $4.71 trillion and imports $3.95 trillion, leaving a surplus of $764 billion for the year.",
             "2024-01-12"),
    Scenario("d_surplus_other_scope", "difference", "clean",
             "Exports to the US were $42.1 billion and imports from the US $18.5 billion in the quarter. Overall, the trade surplus "
             "was $75.3 billion.", "2024-04-12"),
    Scenario("d_surplus_cumulative", "difference", "clean",
             "In October, exports were $274.8 billion and imports $218.3 billion. In the first ten months, the surplus reached "
             "$680.9 billion.", "2023-11-08"),
    Scenario("d_surplus_yuan_dollar", "difference", "clean",
             "The surplus was 405.5 billion yuan ($56.5 billion) in October, as exports of $274.8 billion outpaced imports of $218.3 "
             "billion.", "2023-11-08"),
    Scenario("d_deficit_round_number", "difference", "clean",
             "Japan's exports were 7.30 trillion yen and imports 8.23 trillion yen in August, a deficit of 930 billion yen.",
             "2023-09-20"),
    Scenario("d_surplus_year_earlier", "difference", "clean",
             "The surplus narrowed to $56.5 billion in October from $77.7 billion a year earlier; exports were $274.8 billion and "
             "imports $218.3 billion.", "2023-11-08"),
    Scenario("d_surplus_garbled_rounds", "difference", "garbled",
             "According to customs data， in November exports were 291.9 billion US dollars，imports were 223.5 billion US dollars，"
             "the monthly ** surplus was 68.4 billion US dollars。", "2023-12-08"),
    # ------------------------------------------------------------------ sums
    Scenario("d_two_way_rounds", "sum", "clean",
             "Two-way trade between China and Russia reached $240.1 billion in 2023, with exports of $111.0 billion and imports of "
             "$129.1 billion.", "2024-01-15"),
    Scenario("d_total_month_parts_ytd", "sum", "clean",
             "Total trade was 3.91 trillion yuan in July. Year to date, exports were 13.6 trillion yuan and imports 10.5 trillion "
             "yuan.", "2023-08-08"),
    Scenario("d_parts_within", "sum", "clean",
             "Foreign direct investment totalled $12.4 billion in the second quarter, including $6.9 billion in manufacturing and "
             "$5.3 billion in services.", "2024-07-20"),
    Scenario("d_part_and_its_year_earlier", "sum", "clean",
             "Total profits were 3.95 trillion yuan in the first ten months. Central enterprises earned 2.61 trillion yuan in the "
             "period, up from 2.31 trillion yuan a year earlier.", "2023-11-28"),
    Scenario("d_segments_rates_only", "sum", "clean",
             "Profits rose 5.2% overall; central enterprises' profits rose 3.1% and local firms' profits rose 8.4%.", "2023-11-28"),
    Scenario("d_segments_within_garbled", "sum", "garbled",
             "From January to September， total revenue of the industry was 912.5 billion yuan。Battery makers had revenue of 503.6 "
             "billion yuan， and component suppliers had revenue of 348.2 billion yuan。", "2023-10-20"),
    # ------------------------------------------------------------------ changes
    Scenario("d_from_to_rounds", "change", "clean",
             "Exports to Japan rose from $12.4 billion in 2022 to $14.1 billion in 2023, up 13.7%.", "2024-02-01"),
    Scenario("d_rate_yoy_from_last_month", "change", "clean",
             "Exports rose 5.0% from a year earlier to $12.3 billion in October, from $11.8 billion in September.", "2023-11-10"),
    Scenario("d_points_round", "change", "clean",
             "The jobless rate rose 0.2 percentage points from 3.6% in March to 3.8% in April.", "2024-05-10"),
    Scenario("d_rate_to_from_rounds", "change", "clean",
             "Operating profit fell 9.6% to 463 billion yen from 512 billion yen a year earlier.", "2024-05-10"),
    Scenario("d_from_to_yuan_dollar", "change", "clean",
             "Exports rose 5.2% to 2.11 trillion yuan, or from $281.2 billion to $289.7 billion in dollar terms, up 3.0%.",
             "2023-11-08"),
    # ------------------------------------------------------------------ growth
    Scenario("d_growth_rounds", "growth", "clean",
             "South Korea's exports in 2023 were $632.2 billion, down 7.5% from the previous year. In 2022 the country's exports "
             "were $683.6 billion.", "2024-01-20"),
    Scenario("d_growth_cumulative_base", "growth", "clean",
             "In November, exports were $55.8 billion, up 7.8% from a year earlier. In the first eleven months of 2022, exports "
             "were $631.5 billion.", "2023-12-01"),
    Scenario("d_growth_other_metric", "growth", "clean",
             "Exports in November were $55.8 billion, up 7.8% year on year. A year earlier, imports were $51.8 billion.",
             "2023-12-01"),
    Scenario("d_growth_mom_rate", "growth", "clean",
             "Exports in November were $55.8 billion, up 2.1% from October. Exports in November 2022 had been $51.8 billion.",
             "2023-12-01"),
    # ------------------------------------------------------------------ direction
    Scenario("d_direction_reversing", "direction", "clean",
             "Car sales dropped 5.1% in September, reversing a 3.2% gain in August.", "2023-10-10"),
    Scenario("d_direction_after", "direction", "clean",
             "Exports rose in October after falling 3.1% in September.", "2023-11-10"),
    Scenario("d_direction_mom_yoy", "direction", "clean",
             "Imports fell 2.3% month on month in May but were up 4.1% from a year earlier.", "2024-06-10"),
    Scenario("d_direction_other_metric", "direction", "clean",
             "Exports rose 4.2% in March, while imports fell 3.1%.", "2024-04-01"),
    Scenario("d_direction_level_and_cumulative", "direction", "clean",
             "Exports climbed to $55.8 billion in November. In the first eleven months, exports fell 9.1% from a year earlier.",
             "2023-12-01"),
    Scenario("d_direction_decline_narrowed", "direction", "garbled",
             "Exports to Japan fell 3 percent， and the decline narrowed from the previous month，the ministry said5%。",
             "2023-12-01"),
    # ------------------------------------------------------------------ plausibility
    Scenario("d_battery_growth", "plausibility", "clean",
             "Exports of electric-vehicle batteries jumped 345.2% in the quarter.", "2023-10-10"),
    Scenario("d_gdp_yen", "plausibility", "clean", "Japan's nominal GDP was about 600 trillion yen in 2023.", "2024-02-15"),
    Scenario("d_gdp_dong", "plausibility", "clean", "Vietnam's GDP reached 10,221 trillion dong in 2023.", "2024-01-05"),
    Scenario("d_tariff_100", "plausibility", "clean",
             "Washington raised tariffs on Chinese electric vehicles to 100%.", "2024-05-15"),
    Scenario("d_inflation_85", "plausibility", "clean", "Turkey's annual inflation rate reached 85.5% in October 2022.", "2022-11-03"),
    Scenario("d_profit_swing", "plausibility", "clean",
             "Net profit fell 152% in the quarter as the company swung to a loss.", "2024-04-30"),
    # ------------------------------------------------------------------ across articles
    Scenario("d_cross_other_month", "cross_article", "clean",
             "South Korea's exports were $55.8 billion in November.", "2023-12-02",
             other="South Korea's exports were $55.1 billion in October."),
    Scenario("d_cross_about", "cross_article", "clean",
             "South Korea's exports were $55.8 billion in November.", "2023-12-02",
             other="South Korea's exports came to about $56 billion in November."),
    Scenario("d_cross_yuan_dollar", "cross_article", "clean",
             "China's exports were $274.8 billion in October.", "2023-11-08",
             other="China's exports were 2.01 trillion yuan in October."),
    Scenario("d_cross_other_scope", "cross_article", "clean",
             "South Korea's exports to China were $11.4 billion in November.", "2023-12-02",
             other="South Korea's exports were $55.8 billion in November."),
    Scenario("d_cross_other_baseline", "cross_article", "clean",
             "South Korea's exports rose 7.8% year on year in November.", "2023-12-02",
             other="South Korea's exports rose 2.1% from October in November."),
    Scenario("d_cross_cumulative", "cross_article", "clean",
             "China's exports rose 0.5% in November.", "2023-12-08",
             other="China's exports fell 5.2% in the first eleven months."),
]

# a second batch in other wordings (written after the first batch passed)
CONTRADICTIONS += [
    Scenario("share_out_of_total", "share", "clean",
             "The EU took 15.2% of China's exports in 2023, with shipments to the bloc of $501.1 billion out of total exports of "
             "$3.38 trillion.",
             "2024-01-15", [501.1 * B, 3.38 * T, 15.2]),
    Scenario("share_of_the_total_two_sentences", "share", "clean",
             "China's total foreign trade reached 41.76 trillion yuan in 2023. Trade with ASEAN was 6.41 trillion yuan, accounting "
             "for 16.4% of the total.",
             "2024-01-15", [6.41 * T, 41.76 * T, 16.4]),
    Scenario("share_parenthesis", "share", "clean",
             "Electric vehicles made up a record share of car exports in 2023: 1.2 million vehicles (31.4% of the 4.91 million "
             "vehicles exported).",
             "2024-01-15", [1.2 * M, 4.91 * M, 31.4]),
    Scenario("surplus_exceeded_by", "difference", "clean",
             "Exports of $33.6 billion exceeded imports of $31.2 billion by $2.8 billion in March.",
             "2024-04-01", [33.6 * B, 31.2 * B, 2.8 * B]),
    Scenario("trade_gap_garbled", "difference", "garbled",
             "In the first half， the trade gap with the United States was 1 trillion yen5 trillion yen， as exports reached 10.2 "
             "trillion yen and imports were 5.9 trillion yen。",
             "2024-07-18", [10.2 * T, 5.9 * T]),
    Scenario("combined_came_to", "sum", "clean",
             "Exports and imports combined came to $118.9 billion in May, with exports at $61.4 billion and imports at $55.5 "
             "billion.",
             "2024-06-05", [118.9 * B, 61.4 * B, 55.5 * B]),
    Scenario("total_comprised", "sum", "clean",
             "The first-half total of 21.17 trillion yuan comprised 12.13 trillion yuan of exports and 8.94 trillion yuan of "
             "imports.",
             "2024-07-15", [21.17 * T, 12.13 * T, 8.94 * T]),
    Scenario("up_from_level", "change", "clean",
             "Exports reached $14.1 billion in 2023, up 16.2% from $12.4 billion in 2022.",
             "2024-02-01", [14.1 * B, 12.4 * B, 16.2]),
    Scenario("compared_with_increase_of", "change", "clean",
             "Exports were $14.1 billion in 2023, compared with $12.4 billion in 2022, an increase of 16.2%.",
             "2024-02-01", [14.1 * B, 12.4 * B, 16.2]),
    Scenario("rate_cut_basis_points", "change", "clean",
             "The central bank cut its benchmark rate by 25 basis points to 3.45% from 3.65%.",
             "2024-02-20", [0.25, 3.45, 3.65]),
    Scenario("growth_versus_same_period", "growth", "clean",
             "Sales in the first half were 1.32 trillion won, up 12.1% on the year, versus 1.25 trillion won in the same period "
             "last year.",
             "2024-07-25", [1.32 * T, 1.25 * T, 12.1]),
    Scenario("direction_contraction_garbled", "direction", "garbled",
             "In October， imports surged，a contraction of 3 percent from a year earlier6%。",
             "2023-11-08", [3.6]),
    Scenario("gdp_yuan_implausible", "plausibility", "clean",
             "China's GDP reached 1,260 trillion yuan in 2023, the statistics bureau said.",
             "2024-01-18", [1260 * T]),
    Scenario("cross_last_month", "cross_article", "clean",
             "Exports from South Korea rose to $57.7 billion last month, the trade ministry said.",
             "2023-12-02", [57.7 * B, 55.8 * B],
             other="South Korean exports were $55.8 billion in November, customs data showed."),
]

DECOYS += [
    Scenario("d_share_out_of_total", "share", "clean",
             "The EU took 14.8% of China's exports in 2023, with shipments to the bloc of $501.1 billion out of total exports of "
             "$3.38 trillion.", "2024-01-15"),
    Scenario("d_share_of_other_total", "share", "clean",
             "China's total foreign trade reached 41.76 trillion yuan in 2023. Trade with ASEAN was 6.41 trillion yuan, accounting "
             "for 40.1% of the country's trade with Belt and Road partners.", "2024-01-15"),
    Scenario("d_surplus_exceeded_by", "difference", "clean",
             "Exports of $33.6 billion exceeded imports of $31.2 billion by $2.4 billion in March.", "2024-04-01"),
    Scenario("d_combined_rounds", "sum", "clean",
             "Exports and imports combined came to $116.9 billion in May, with exports at $61.4 billion and imports at $55.5 "
             "billion.", "2024-06-05"),
    Scenario("d_up_from_level", "change", "clean",
             "Exports reached $14.1 billion in 2023, up 13.7% from $12.4 billion in 2022.", "2024-02-01"),
    Scenario("d_rate_cut_basis_points", "change", "clean",
             "The central bank cut its benchmark rate by 25 basis points to 3.45% from 3.70%.", "2024-02-20"),
    Scenario("d_up_from_other_month", "change", "clean",
             "Exports reached $14.1 billion in May, up 16.2% from a year earlier and up from $13.5 billion in April.", "2024-06-01"),
    Scenario("d_growth_versus_rounds", "growth", "clean",
             "Sales in the first half were 1.32 trillion won, up 5.6% on the year, versus 1.25 trillion won in the same period last "
             "year.", "2024-07-25"),
    Scenario("d_cross_last_month_same", "cross_article", "clean",
             "Exports from South Korea rose to $55.8 billion last month, the trade ministry said.", "2023-12-02",
             other="South Korean exports were $55.8 billion in November, customs data showed."),
    Scenario("d_cross_company_vs_country", "cross_article", "clean",
             "Samsung's exports were $12.1 billion in November.", "2023-12-02",
             other="South Korea's exports were $55.8 billion in November."),
    # ------------------------------------------------------------------ decoys of the arithmetic pairings
    Scenario("d_period_sum_reconciles", "sum", "clean",
             "In the first quarter, Thailand's exports were $71.4 billion. April exports came in at $23.3 billion, and exports for "
             "January-April reached $94.7 billion.", "2024-05-20"),
    Scenario("d_period_sum_other_category", "sum", "clean",
             "Rice exports in the first quarter were $1.2 billion. April exports came in at $23.3 billion, and exports for "
             "January-April reached $97.7 billion.", "2024-05-20"),
    Scenario("d_period_sum_other_partner", "sum", "clean",
             "Exports to Asia were $80.0 billion in the first half and $12.0 billion in July; total exports in January-July were "
             "$140.5 billion.", "2024-08-09"),
    Scenario("d_share_of_category_reconciles", "share", "clean",
             "Car exports came to $6.4 billion in the first quarter, while overall exports stood at $41.9 billion in the period, "
             "and the share of cars in the nation's exports climbed to 15.3%.", "2024-04-12"),
    Scenario("d_share_of_category_other_period", "share", "clean",
             "Car exports came to $6.4 billion in the first quarter, while overall exports stood at $41.9 billion in the period. "
             "Last year the share of cars in the nation's exports was 17.3%.", "2024-04-12"),
    Scenario("d_unit_price_gold_and_chips", "plausibility", "clean",
             "Gold imports were 12 tons in March, valued at $780 million, while chip exports weighed 2.1 tons, worth $900 million.",
             "2024-04-10"),
    Scenario("d_unit_price_plain_goods", "plausibility", "clean",
             "Vietnam shipped 1,250 tons of cashew nuts to the EU in March, worth $8.6 million, the ministry said.", "2024-04-10"),
    Scenario("d_direction_to_before_from_agrees", "direction", "clean",
             "Inflation eased to 2.6% in July from 2.9% in June, the central bank said.", "2024-08-02"),
    Scenario("d_month_range_is_no_partner", "sum", "clean",
             "January-October trade with Brazil was $151.0 billion, with exports to Brazil of $59.2 billion and imports from Brazil "
             "of $91.8 billion.", "2024-11-07"),
]

# a third batch: difference and composition wordings, listed shares, glued wan amounts (issue #7)
CONTRADICTIONS += [
    Scenario("difference_outpacing_by", "difference", "clean",
             "Imports climbed to $45.2 billion in June, outpacing exports of $41.0 billion by $5.1 billion.",
             "2024-07-15", [45.2 * B, 41.0 * B, 5.1 * B]),
    Scenario("difference_roles_after_levels", "difference", "clean",
             "In the third quarter, outbound shipments were $88.7 billion and inbound shipments $80.3 billion, so exports "
             "exceeded imports by $9.4 billion.",
             "2024-10-20", [88.7 * B, 80.3 * B, 9.4 * B]),
    Scenario("difference_more_than", "difference", "clean",
             "Exports came to 6.44 trillion won in April, 0.87 trillion won more than imports of 5.67 trillion won.",
             "2024-05-02", [6.44 * T, 0.87 * T, 5.67 * T]),
    Scenario("difference_fell_short_garbled", "difference", "garbled",
             "In the first half， imports of 3.42 trillion yen fell short of exports of 4.18 trillion yen by 0.86 trillion yen，"
             "the ministry said。",
             "2024-07-18", [3.42 * T, 4.18 * T, 0.86 * T]),
    Scenario("composition_consisted_of", "sum", "clean",
             "The quarter's 318.6 billion yuan of foreign investment consisted of 204.1 billion yuan in manufacturing and 104.5 "
             "billion yuan in services.",
             "2024-04-18", [318.6 * B, 204.1 * B, 104.5 * B]),
    Scenario("composition_made_up_of_three", "sum", "clean",
             "Farm exports worth $9.62 billion were made up of $4.10 billion of grain, $3.35 billion of meat and $2.47 billion "
             "of fruit last year.",
             "2024-02-10", [9.62 * B, 4.10 * B, 3.35 * B]),
    Scenario("respectively_total", "sum", "clean",
             "Exports and imports were 2.31 trillion yuan and 1.64 trillion yuan respectively in May, bringing total trade to "
             "4.05 trillion yuan.",
             "2024-06-07", [2.31 * T, 1.64 * T, 4.05 * T]),
    Scenario("respectively_surplus_garbled", "difference", "garbled",
             "In 2023， exports， imports and the trade surplus were $355.5 billion， $327.5 billion and $38.0 billion， "
             "respectively。",
             "2024-01-08", [355.5 * B, 327.5 * B, 38.0 * B]),
    Scenario("shares_listed_over_100", "share", "clean",
             "Machinery made up 46.3% of the province's exports last year, textiles 31.8% and farm goods 27.4%.",
             "2024-02-01", [46.3, 31.8]),
    Scenario("shares_exports_imports_over_100", "share", "clean",
             "Exports accounted for 56.2% of the port's trade in 2023 and imports for 48.9%.",
             "2024-01-30", [56.2, 48.9]),
    Scenario("growth_glued_wan_level", "growth", "garbled",
             "Deliveries of the brand in Europe dropped from 61,000 units in the second quarter of last year to 4720,000 units "
             "in the same quarter this year, a fall of 12.6%.",
             "2024-07-20", [61_000, 47_200, 12.6]),
]

DECOYS += [
    Scenario("d_difference_outpacing_rounds", "difference", "clean",
             "Imports climbed to $45.2 billion in June, outpacing exports of $41.0 billion by $4.2 billion.", "2024-07-15"),
    Scenario("d_difference_roles_rounds", "difference", "clean",
             "In the third quarter, outbound shipments were $88.7 billion and inbound shipments $80.3 billion, so exports "
             "exceeded imports by $8.4 billion.", "2024-10-20"),
    Scenario("d_difference_more_than_year_earlier", "difference", "clean",
             "Exports came to 6.44 trillion won in April, 0.47 trillion won more than a year earlier, while imports were 5.67 "
             "trillion won.", "2024-05-02"),
    Scenario("d_difference_more_than_other_month", "difference", "clean",
             "Exports reached $61.4 billion in May, $3.2 billion more than the $58.2 billion shipped in April.", "2024-06-03"),
    Scenario("d_difference_more_than_qualifier", "difference", "clean",
             "Exports came to more than $61 billion in May and imports to $55.5 billion.", "2024-06-03"),
    Scenario("d_composition_rounds", "sum", "clean",
             "The quarter's 318.6 billion yuan of foreign investment consisted of 214.1 billion yuan in manufacturing and 104.5 "
             "billion yuan in services.", "2024-04-18"),
    Scenario("d_composition_other_unit", "sum", "clean",
             "The 2.4 million tons of exports comprised $1.9 billion of steel and 0.8 million tons of aluminium.", "2024-04-18"),
    Scenario("d_including_not_exhaustive", "sum", "clean",
             "Foreign investment totalled 318.6 billion yuan, including 204.1 billion yuan in manufacturing and 64.5 billion yuan "
             "in services.", "2024-04-18"),
    Scenario("d_respectively_rounds", "sum", "clean",
             "Exports and imports were 2.31 trillion yuan and 1.64 trillion yuan respectively in May, bringing total trade to "
             "3.95 trillion yuan.", "2024-06-07"),
    Scenario("d_respectively_rates", "sum", "clean",
             "Exports and imports rose 8.1% and 2.3%, respectively, to 2.31 trillion yuan and 1.64 trillion yuan in May, and "
             "total trade came to 3.95 trillion yuan.", "2024-06-07"),
    Scenario("d_shares_listed_rounds", "share", "clean",
             "Machinery made up 46.3% of the province's exports last year, textiles 31.8% and farm goods 22.0%.", "2024-02-01"),
    Scenario("d_shares_other_wholes", "share", "clean",
             "Chips made up 61.5% of exports to Taiwan and 58.3% of exports to Vietnam in March.", "2024-04-02"),
    Scenario("d_shares_two_years", "share", "clean",
             "The EU's share of the bloc's imports rose to 61.2% this year from 55.4% a year earlier.", "2024-06-02"),
    Scenario("d_growth_glued_wan_rounds", "growth", "garbled",
             "Deliveries of the brand in Europe dropped from 61,000 units in the second quarter of last year to 4720,000 units "
             "in the same quarter this year, a fall of 22.6%.", "2024-07-20"),
]

# ---------------------------------------------------------------------- wholes stated apart, directions against levels,
# point changes against two levels, basis points read as points, bilateral sums, "respectively" before the figures
CONTRADICTIONS += [
    Scenario("share_whole_earlier_sentence", "share", "clean",
             "Domestic sales of electric scooters came to 412,600 units in 2023. Yadea sold 151,200 units, a 41.8% share.",
             "2024-02-10", [151_200, 412_600, 41.8]),
    Scenario("share_whole_earlier_among_them_garbled", "share", "garbled",
             "Last year the country registered 58,240 new hybrid cars。Among them, the leading brand sold 21,905 cars, accounting "
             "for 44 percent of the hybrid car market1%, ranking first.",
             "2024-01-25", [21_905, 58_240, 44.1]),
    Scenario("share_whole_named_after_possessive", "share", "clean",
             "Mexico bought $3.6 billion of Chinese machinery last year, about 31% of its $14.2 billion in machinery imports.",
             "2024-03-05", [3.6 * B, 14.2 * B, 31]),
    Scenario("share_whole_named_after_garbled", "share", "garbled",
             "Japan supplied 4.2 billion US dollars of steel last year， roughly 15 percent of Vietnam's 21.6 billion US dollars of "
             "steel imports。",
             "2024-02-20", [4.2 * B, 21.6 * B, 15]),
    Scenario("direction_fell_to_level_increase", "direction", "clean",
             "Japan's crude steel output dropped last year to 87.0 million tons, an increase of 2.5% from the year before.",
             "2024-01-25", [87.0 * M, 2.5]),
    Scenario("direction_fell_to_level_garbled", "direction", "garbled",
             "New home sales in the province fell last year to 612,000 units， a year-on-year increase of 6 percent4%。",
             "2024-01-18", [612_000, 6.4]),
    Scenario("points_up_from_lower_level", "change", "clean",
             "The unemployment rate was 4.1% in May, up 0.3 percentage point from 4.4% in April.",
             "2024-06-05", [4.1, 0.3, 4.4]),
    Scenario("points_down_from_lower_level", "change", "clean",
             "Core inflation stood at 2.6% in June, down 0.2 percentage point from 2.3% in May.",
             "2024-07-10", [2.6, 0.2, 2.3]),
    Scenario("points_size_against_levels", "change", "clean",
             "The jobless rate was 5.2% in March, up 0.4 percentage point from 4.6% in February.",
             "2024-04-10", [5.2, 0.4, 4.6]),
    Scenario("rate_cut_points_for_basis_points", "plausibility", "garbled",
             "The central bank has lowered its policy rate by a cumulative 75 percentage points since March, bringing it to 4.25%.",
             "2024-10-10", [75, 4.25]),
    Scenario("rate_cut_points_level_earlier", "plausibility", "clean",
             "The central bank cut its benchmark lending rate by 0.25 percentage point to 3.5% on Thursday. Since January it has "
             "reduced the rate by a cumulative 150 percentage points.",
             "2024-09-12", [150, 3.5]),
    Scenario("surplus_total_exports_garbled", "difference", "garbled",
             "In the first half， Malaysia's total exports reached 1489$200 million，imports reached 1321$700 million。The trade "
             "surplus was 187$500 million。",
             "2024-07-20", [148.92 * B, 132.17 * B, 18.75 * B]),
    Scenario("surplus_total_exports_clean", "difference", "clean",
             "Thailand's total exports were $142.6 billion in the first half and imports $135.9 billion. The trade surplus came to "
             "$8.7 billion.",
             "2024-07-25", [142.6 * B, 135.9 * B, 8.7 * B]),
    Scenario("bilateral_trade_parts_of_which_garbled", "sum", "garbled",
             "In the first half， bilateral trade was 183$400 million， up 9 percent year-on-year2%， of which China's exports to "
             "Peru were 71$300 million， and imports from Peru were 10.21 billion US dollars。",
             "2024-07-20", [18.34 * B, 7.13 * B, 10.21 * B]),
    Scenario("bilateral_trade_parts_next_sentence", "sum", "clean",
             "Bilateral trade reached $42.7 billion last year. Exports to Chile were $17.9 billion and imports from Chile $23.8 "
             "billion.",
             "2024-02-01", [42.7 * B, 17.9 * B, 23.8 * B]),
    Scenario("respectively_rates_then_levels_surplus", "difference", "clean",
             "Exports and imports rose 4.2% and 1.9%, respectively, to $61.3 billion and $52.4 billion in May, leaving a surplus "
             "of $10.9 billion.",
             "2024-06-02", [61.3 * B, 52.4 * B, 10.9 * B]),
    Scenario("respectively_rates_then_levels_total", "sum", "clean",
             "Exports and imports grew 3.1% and 2.2%, respectively, to 2.31 trillion yuan and 1.64 trillion yuan in June, bringing "
             "total trade to 4.05 trillion yuan.",
             "2024-07-12", [2.31 * T, 1.64 * T, 4.05 * T]),
    Scenario("partner_after_figure_keeps_balance", "difference", "clean",
             "In the first half, Malaysia's exports reached $152.4 billion and imports $131.0 billion, a surplus of $23.4 "
             "billion. Malaysia imported $28.6 billion from China, up 9% from a year earlier.",
             "2024-07-20", [152.4 * B, 131.0 * B, 23.4 * B]),
]

DECOYS += [
    Scenario("d_share_whole_earlier_rounds", "share", "clean",
             "Sales of heavy trucks totalled 910,000 units in 2023. Sinotruk sold 245,600 units, a 27.0% share of the market.",
             "2024-01-20"),
    Scenario("d_share_whole_earlier_other_market", "share", "clean",
             "Exports totalled $50.2 billion in 2023. Chip exports were $12.1 billion, 18.5% of the global chip market.",
             "2024-01-20"),
    Scenario("d_share_whole_earlier_other_period", "share", "clean",
             "Sales totalled 76,000 units in 2022. In 2023, the leader sold 30,400 units, a 35.2% share.", "2024-01-20"),
    Scenario("d_share_whole_earlier_two_candidates", "share", "clean",
             "Car sales were 2.1 million units in 2023 and truck sales 0.6 million units. Geely sold 0.35 million units, a 14.8% "
             "share.", "2024-01-20"),
    Scenario("d_share_whole_earlier_other_unit", "share", "clean",
             "Exports of the province came to $8.4 billion in 2023. The port handled 2.1 million containers, a 35.0% share of the "
             "region's traffic.", "2024-01-20"),
    Scenario("d_share_whole_named_after_rounds", "share", "clean",
             "Brazil shipped $2.9 billion of soybeans to Egypt last year, about 23% of Egypt's $12.6 billion in food imports.",
             "2024-03-05"),
    Scenario("d_share_partner_after_whole", "share", "garbled",
             "China imported 1.04 million tons of refined copper from Chile in the first nine months, and the port of Shanghai "
             "handled 380,000 tons， accounting for 41 percent of China's refined copper imports2%。", "2024-10-20"),
    Scenario("d_direction_month_level_year_rate", "direction", "clean",
             "Exports fell to $48.2 billion in March, up 3.1% from a year earlier.", "2024-04-05"),
    Scenario("d_direction_fell_to_level_down", "direction", "clean",
             "Sales fell last year to 775,000 units, a decrease of 8.7%.", "2024-01-20"),
    Scenario("d_direction_fell_after_rise", "direction", "clean",
             "Output fell last year to 12.1 million tons, after an increase of 3% in 2022.", "2024-01-20"),
    Scenario("d_points_from_level_rounds", "change", "clean",
             "The savings rate was 31.8% in the second quarter, down 0.5 percentage point from 32.3% in the first quarter.",
             "2024-07-20"),
    Scenario("d_points_year_earlier_other_rate", "change", "clean",
             "The youth jobless rate was 14.9% in July, up 1.2 percentage points from a year earlier, while the overall rate stood "
             "at 5.3%.", "2024-08-15"),
    Scenario("d_rate_cut_points_small", "plausibility", "clean",
             "The central bank has cut its policy rate by a cumulative 1.5 percentage points since March, to 4.25%.", "2024-10-10"),
    Scenario("d_rate_hike_large", "plausibility", "clean",
             "The central bank raised its key rate by 16.5 percentage points over the year to 50%.", "2024-01-10"),
    Scenario("d_rate_cut_large_high_level", "plausibility", "clean",
             "The central bank has cut its policy rate by a cumulative 93 percentage points since December, to 40%.", "2024-10-10"),
    Scenario("d_tariff_cut_points", "plausibility", "clean",
             "Tariffs on the goods were cut by 115 percentage points to 30%, the two governments said.", "2025-05-14"),
    Scenario("d_surplus_total_exports_rounds", "difference", "clean",
             "Total exports were $142.6 billion in the first half and imports $135.9 billion, a surplus of $6.7 billion.",
             "2024-07-25"),
    Scenario("d_bilateral_trade_rounds", "sum", "clean",
             "Two-way trade reached $42.7 billion last year; exports to Chile were $17.9 billion and imports from Chile $24.8 "
             "billion.", "2024-02-01"),
    Scenario("d_bilateral_trade_other_partner", "sum", "clean",
             "Bilateral trade with Peru was $36.1 billion last year. Exports to Chile were $17.9 billion and imports from Chile $23.8 "
             "billion.", "2024-02-01"),
    Scenario("d_bilateral_trade_mixed_partners", "sum", "clean",
             "Bilateral trade was $36.1 billion last year. Exports to Chile were $17.9 billion and imports from Peru $14.2 billion.",
             "2024-02-01"),
    Scenario("d_share_whole_earlier_money_unnamed", "share", "clean",
             "Exports totalled $50.4 billion in 2023. The largest carmaker earned $12.2 billion, a 15% share.", "2024-02-01"),
    Scenario("d_share_whole_earlier_money_of_total", "share", "clean",
             "Exports totalled $50.4 billion in 2023. The largest carmaker earned $12.2 billion, 15% of the total.", "2024-02-01"),
    Scenario("d_points_levels_other_rate_after", "change", "clean",
             "Headline inflation was 3.2% in May, down from 3.5% in April, and core inflation rose 0.1 percentage point to 2.8%.",
             "2024-06-12"),
    Scenario("d_direction_cumulative_month_level", "direction", "clean",
             "Exports fell in August to $37.2 billion, up 14.5% from a year earlier.", "2024-09-06"),
    Scenario("d_respectively_rates_then_levels_rounds", "difference", "clean",
             "Exports and imports rose 4.2% and 1.9%, respectively, to $61.3 billion and $52.4 billion in May, leaving a surplus "
             "of $8.9 billion.", "2024-06-02"),
    # an exchange rate's change told as the home currency's: 1,300 / 1,450 - 1 = -10.3%
    Scenario("d_exchange_rate_change_of_the_currency", "change", "clean",
             "The won slid to 1,450 won per dollar on Friday from 1,300 won, a depreciation of 10.3% this year.", "2024-12-28"),
    Scenario("d_exchange_rate_change_of_the_rate", "change", "clean",
             "The dollar climbed to 1,450 won from 1,300 won, a rise of 11.5% this year.", "2024-12-28"),
]

CONTRADICTIONS += [
    # neither 32.4 / 30.1 - 1 = +7.6% nor 30.1 / 32.4 - 1 = -7.1% is the stated 12%
    Scenario("change_exchange_rate_neither_way", "change", "clean",
             "The lira weakened to 32.4 lira per dollar from 30.1 lira in the first quarter, a depreciation of 12%.",
             "2024-04-02", [32.4, 30.1, 12]),
]

# ---------------------------------------------------------------------------- phase 4: unseen wire and MT sentence shapes
# Parts in sentences of their own, totals stated before their parts, anaphora ("the rest", "the remainder",
# "the other"), bare counts that borrow the whole's unit, shares stated before their figures.
CONTRADICTIONS += [
    # 1.03 million + 0.97 million = 2.0 million, above the stated 1.9 million
    Scenario("remainder_next_sentence", "sum", "clean",
             "Retail sales of passenger cars reached 1.9 million units in August. New energy vehicles accounted for 1.03 million "
             "units. Petrol and diesel cars made up the remaining 970,000 units.",
             "2024-09-10", [1.9 * M, 1.03 * M, 970000]),
    # 210,000 + 180,000 + 150,000 = 540,000 > 512,000; "the rest" is a part
    Scenario("of_the_whole_the_rest", "sum", "clean",
             "Of the 512,000 tonnes of pork imported in the first half, 210,000 tonnes came from Spain, 180,000 tonnes from Brazil "
             "and the rest, 150,000 tonnes, from other suppliers.",
             "2024-07-18", [512000, 210000, 150000]),
    # bare counts after "of which" take the whole's unit: 1.46 + 0.71 = 2.17 million > 2.03 million
    Scenario("of_which_bare_counts", "sum", "garbled",
             "In the first four months， the port handled 2.03 million containers， of which 1.46 million were bound for Europe and "
             "710,000 were bound for Africa。",
             "2024-05-12", [2.03 * M, 1.46 * M, 710000]),
    # 1.43 + 1.12 = 2.55 million > 2.45 million; "the other" part in its own sentence
    Scenario("parts_own_sentences_the_other", "sum", "clean",
             "Passenger car output reached 2.45 million units in May. Domestic brands built 1.43 million units. Joint ventures "
             "produced the other 1.12 million units.",
             "2024-06-11", [2.45 * M, 1.43 * M, 1.12 * M]),
    # energy 2.1 + remainder 6.5 = 8.6 trillion yen > 8.23
    Scenario("the_remainder_comma", "sum", "clean",
             "Imports totalled 8.23 trillion yen in August. Energy imports were 2.1 trillion yen and the remainder, 6.5 trillion "
             "yen, was made up of other goods.",
             "2023-09-20", [8.23 * T, 2.1 * T, 6.5 * T]),
    # share stated before both figures: 74.6 / 99.4 = 75.1%, not 70%
    Scenario("share_first_then_part_and_whole", "share", "clean",
             "Brazil supplied 70% of China's soybean imports last year: 74.6 million tons out of 99.4 million tons.",
             "2024-01-20", [70, 74.6 * M, 99.4 * M]),
    # "Among the X, Y were ..., accounting for Z%": 1.1 / 3.2 = 34.4%, not 41.2%
    Scenario("among_the_whole_share_garbled", "share", "garbled",
             "Among the 3.2 million vehicles exported in the first half， new energy vehicles were 1.1 million， accounting for 41.2 "
             "percent。",
             "2024-07-11", [3.2 * M, 1.1 * M, 41.2]),
    # penetration rate is a share: 1.03 / 1.9 = 54.2%, not 58.9%
    Scenario("penetration_rate_share", "share", "clean",
             "Retail sales of passenger cars were 1.9 million units in August, and sales of new energy vehicles were 1.03 million "
             "units, lifting the penetration rate to 58.9%.",
             "2024-09-10", [1.9 * M, 1.03 * M, 58.9]),
    # balance stated before its flows, three sentences: 33.6 - 31.2 = 2.4, not 3.4
    Scenario("surplus_three_sentences", "difference", "clean",
             "Imports came to $31.2 billion in March. Exports were $33.6 billion in the month. That left a trade surplus of $3.4 "
             "billion.",
             "2024-04-02", [31.2 * B, 33.6 * B, 3.4 * B]),
    # MT: the deficit first, then exports and imports in a comma list: 19.9 - 18.3 = 1.6, not 2.1
    Scenario("deficit_first_comma_list_garbled", "difference", "garbled",
             "In May， the trade deficit was 2.1 billion US dollars，exports were 18.3 billion US dollars，imports were 19.9 billion "
             "US dollars。",
             "2024-06-05", [2.1 * B, 18.3 * B, 19.9 * B]),
    # points: 4.3 - 3.9 = 0.4, not 0.2
    Scenario("points_to_before_from", "change", "clean",
             "The unemployment rate dropped to 3.9% in June from 4.3% in May, a decline of 0.2 percentage point.",
             "2024-07-05", [3.9, 4.3, 0.2]),
    # "compared with X in the same period last year, this year Y, an increase of Z": 1.35 / 1.22 - 1 = 10.7%
    Scenario("compared_with_first_garbled", "growth", "garbled",
             "Compared with 1.22 million tons in the same period last year， this year's output in the first half was 1.35 million "
             "tons， an increase of 8.3 percent。",
             "2024-07-15", [1.22 * M, 1.35 * M, 8.3]),
    # "against X a year earlier": 48.3 / 41.0 - 1 = 17.8%, not 21%
    Scenario("against_year_earlier_gain", "change", "clean",
             "Revenue was 48.3 billion yuan in the quarter, against 41.0 billion yuan a year earlier, a gain of 21%.",
             "2024-04-28", [48.3 * B, 41.0 * B, 21]),
    # level a year earlier in its own sentence, stated afterwards: 3.38 / 3.59 - 1 = -5.8%, not -4.6%
    Scenario("growth_level_next_sentence_had_been", "growth", "clean",
             "Exports dropped 4.6% in 2023 to $3.38 trillion. A year before, the country had exported $3.59 trillion.",
             "2024-01-15", [3.38 * T, 3.59 * T, 4.6]),
    # the deficit narrowed by 12.4, not 10.4
    Scenario("deficit_narrowed_by_amount", "change", "clean",
             "The deficit narrowed to $62.2 billion in May from $74.6 billion in April, a reduction of $10.4 billion.",
             "2024-07-03", [62.2 * B, 74.6 * B, 10.4 * B]),
    # direction word against the sign of the levels: 45 > 42.8 but "decreased"
    Scenario("direction_decreased_levels_rise", "direction", "clean",
             "Exports decreased 5.2% year on year to $45.0 billion in April, compared with $42.8 billion a year earlier.",
             "2024-05-02", [45.0 * B, 42.8 * B]),
    Scenario("share_over_100_mt", "plausibility", "garbled",
             "Made-in-China cars accounted for 153 percent of the country's imported electric vehicles last year，the association "
             "said。",
             "2024-02-02", [153]),
    Scenario("gdp_hundreds_of_trillions_dollars_mt", "plausibility", "garbled",
             "Last year， Indonesia's gross domestic product was 420 trillion US dollars， the statistics agency said。",
             "2024-02-06", [420 * T]),
    Scenario("cross_quarter_profit", "cross_article", "clean",
             "Samsung Electronics posted an operating profit of 10.4 trillion won in the second quarter.",
             "2024-07-31", [10.4 * T, 14.0 * T],
             other="Samsung Electronics' second-quarter operating profit came to 14.0 trillion won, the company said."),
]

DECOYS += [
    # the same shapes, reconciling within rounding
    Scenario("d_remainder_next_sentence_rounds", "sum", "clean",
             "Retail sales of passenger cars reached 1.9 million units in August. New energy vehicles accounted for 1.03 million "
             "units. Petrol and diesel cars made up the remaining 870,000 units.", "2024-09-10"),
    Scenario("d_of_the_whole_the_rest_rounds", "sum", "clean",
             "Of the 512,000 tonnes of pork imported in the first half, 210,000 tonnes came from Spain, 180,000 tonnes from Brazil "
             "and the rest, 122,000 tonnes, from other suppliers.", "2024-07-18"),
    Scenario("d_of_which_bare_counts_within", "sum", "garbled",
             "In the first four months， the port handled 2.03 million containers， of which 1.26 million were bound for Europe and "
             "710,000 were bound for Africa。", "2024-05-12"),
    Scenario("d_parts_own_sentences_rounds", "sum", "clean",
             "Passenger car output reached 2.45 million units in May. Domestic brands built 1.43 million units. Joint ventures "
             "produced the other 1.02 million units.", "2024-06-11"),
    Scenario("d_share_first_then_part_and_whole_rounds", "share", "clean",
             "Brazil supplied 75% of China's soybean imports last year: 74.6 million tons out of 99.4 million tons.", "2024-01-20"),
    Scenario("d_penetration_rate_rounds", "share", "clean",
             "Retail sales of passenger cars were 1.9 million units in August, and sales of new energy vehicles were 1.03 million "
             "units, lifting the penetration rate to 54.2%.", "2024-09-10"),
    Scenario("d_surplus_three_sentences_rounds", "difference", "clean",
             "Imports came to $31.2 billion in March. Exports were $33.6 billion in the month. That left a trade surplus of $2.4 "
             "billion.", "2024-04-02"),
    Scenario("d_compared_with_first_rounds", "growth", "garbled",
             "Compared with 1.22 million tons in the same period last year， this year's output in the first half was 1.35 million "
             "tons， an increase of 10.7 percent。", "2024-07-15"),
    # other periods and scopes
    Scenario("d_parts_monthly_whole_cumulative", "sum", "clean",
             "Exports in the first eight months reached $420 billion. In August alone, shipments to the United States were $9.8 "
             "billion and those to the European Union $8.1 billion.", "2024-09-10"),
    Scenario("d_parts_whole_other_year", "sum", "clean",
             "Car sales were 2.2 million units in 2022. In 2023, SUVs sold 1.4 million units and sedans 0.95 million units.",
             "2024-01-20"),
    Scenario("d_the_rest_other_month", "sum", "clean",
             "Imports totalled 8.23 trillion yen in August. In July, energy imports were 2.8 trillion yen and the remainder, 6.1 "
             "trillion yen, was made up of other goods.", "2023-09-20"),
    Scenario("d_share_other_scope_region", "share", "clean",
             "Guangdong's exports were 5.3 trillion yuan last year, while exports of the Pearl River Delta cities reached 4.9 "
             "trillion yuan, or 20.7% of the national total.", "2024-01-25"),
    # gross vs net and operating vs net: segments of another measure may exceed a net figure
    Scenario("d_segment_operating_vs_net", "sum", "clean",
             "Net profit was 4.1 billion yuan last year. The chip unit's operating profit was 3.2 billion yuan, and the phone "
             "unit's operating profit was 2.4 billion yuan.", "2024-03-28"),
    Scenario("d_gross_vs_net_inflows", "sum", "clean",
             "Net foreign direct investment was $3.1 billion in the quarter. Gross inflows were $12.4 billion, including $7.9 billion "
             "in manufacturing.", "2024-07-20"),
    # overlapping categories are no partition
    Scenario("d_overlapping_categories", "sum", "clean",
             "Exports were $50.2 billion in March. Exports of electronics were $30.4 billion, and exports of high-tech products "
             "were $25.1 billion.", "2024-04-05"),
    # cumulative vs monthly
    Scenario("d_surplus_monthly_flows_cumulative_balance", "difference", "clean",
             "Exports were $33.6 billion in March and imports $31.2 billion. In the first quarter, the trade surplus was $8.1 billion.",
             "2024-04-02"),
    Scenario("d_growth_cumulative_vs_month_level", "growth", "clean",
             "Exports rose 8.3% in the first half to $1.68 trillion. In June alone, exports were $307.8 billion, compared with "
             "$285.3 billion a year earlier.", "2024-07-12"),
    # plausibility: real large figures
    Scenario("d_gdp_rupiah", "plausibility", "clean",
             "Indonesia's GDP reached 20,892 trillion rupiah in 2023, the statistics agency said.", "2024-02-06"),
    Scenario("d_share_over_100_compared", "plausibility", "clean",
             "Exports to India were equal to 112% of the level a year earlier.", "2024-02-06"),
    # cross article: one quarter vs the first half, or two companies
    Scenario("d_cross_quarter_vs_half", "cross_article", "clean",
             "Samsung Electronics posted an operating profit of 10.4 trillion won in the second quarter.", "2024-07-31",
             other="Samsung Electronics' operating profit for the first half came to 17.0 trillion won."),
    Scenario("d_cross_two_companies", "cross_article", "clean",
             "Samsung Electronics posted an operating profit of 10.4 trillion won in the second quarter.", "2024-07-31",
             other="SK Hynix posted an operating profit of 5.5 trillion won in the second quarter."),
    # direction words that agree
    Scenario("d_direction_decreased_levels_fall", "direction", "clean",
             "Exports decreased 5.2% year on year to $40.6 billion in April, compared with $42.8 billion a year earlier.",
             "2024-05-02"),
    Scenario("d_points_to_before_from_rounds", "change", "clean",
             "The unemployment rate dropped to 3.9% in June from 4.3% in May, a decline of 0.4 percentage point.", "2024-07-05"),
]

# budgets (revenue − spending = balance), flows per day, and "to Y from X" beside another rate
CONTRADICTIONS += [
    # 412.6 − 468.3 = −55.7, not −65.7
    Scenario("budget_deficit_revenue_expenditure", "difference", "clean",
             "The government projects revenue of 412.6 billion euros and expenditure of 468.3 billion euros in 2025, implying a "
             "deficit of 65.7 billion euros.", "2024-10-02", [412.6 * B, 468.3 * B, 65.7 * B]),
    # 14.04 − 11.59 = 2.45, not 2.65
    Scenario("budget_deficit_comma_list_garbled", "difference", "garbled",
             "In the first half， general public budget revenue was 11.59 trillion yuan， expenditure was 14.04 trillion yuan， and "
             "the deficit was 2.65 trillion yuan。", "2024-07-20", [11.59 * T, 14.04 * T, 2.65 * T]),
    Scenario("barrels_a_day_scale_slip", "plausibility", "clean",
             "Russia's seaborne crude shipments rose to 3.4 billion barrels a day in March, tanker-tracking data showed.",
             "2024-04-03", [3.4 * B]),
]

DECOYS += [
    Scenario("d_budget_deficit_rounds", "difference", "clean",
             "The government projects revenue of 412.6 billion euros and expenditure of 468.3 billion euros in 2025, implying a "
             "deficit of 55.7 billion euros.", "2024-10-02"),
    Scenario("d_budget_deficit_other_year", "difference", "clean",
             "Revenue is forecast at 412.6 billion euros and expenditure at 468.3 billion euros in 2025, after a deficit of 61.2 "
             "billion euros in 2024.", "2024-10-02"),
    Scenario("d_budget_surplus_rounds_garbled", "difference", "garbled",
             "In 2023， the city's fiscal revenue was 236.8 billion yuan，spending was 221.5 billion yuan，a surplus of 15.3 billion "
             "yuan。", "2024-01-30"),
    Scenario("d_barrels_a_day_real", "plausibility", "clean",
             "OPEC+ pumped 41.2 million barrels per day in June, and its members hold proven reserves of 1.2 trillion barrels.",
             "2024-07-10"),
    # "to 18% from 19.5%": 19.5% is the rate's base, not the start of "from 19.5% ... to 12.1%"
    Scenario("d_to_from_before_other_rate", "change", "clean",
             "The central bank lowered its benchmark rate by 1.5 percentage points to 18% from 19.5% in March, citing a fall in "
             "inflation to 12.1% in February.", "2024-03-28"),
]

# parts pointing back at a whole ("of that"), a far "of which", "imported and exported" as trade, stated prices per weight,
# shares given "respectively" to owners named elsewhere
CONTRADICTIONS += [
    # 3.1 + 1.4 = 4.5 > 4.2
    Scenario("parts_of_that_next_sentence", "sum", "clean",
             "Coal exports are forecast to earn $4.2 billion in 2025, down from $5.6 billion in 2024. Thermal coal should account "
             "for $3.1 billion of that and coking coal for $1.4 billion.", "2025-01-15", [4.2 * B, 3.1 * B, 1.4 * B]),
    # 22,400 + 19,800 + 9,300 = 51,500 > 48,700; "of which" ~55 characters after the whole
    Scenario("of_which_far_after_whole_garbled", "sum", "garbled",
             "In the first three quarters， the country imported 48,700 tons of lithium carbonate and related compounds， of which "
             "22,400 tons came from Chile， 19,800 tons from Argentina and 9,300 tons from Bolivia。", "2024-10-20",
             [48.7e3, 22.4e3, 19.8e3]),
    # 0.96 / 2.05 = 46.8%, not 48.6%; the province's total is the trade figure, not the city's neighbour after ";"
    Scenario("share_imported_and_exported_garbled", "share", "garbled",
             "The province's total import and export value was 2.05 trillion yuan in the first half。By city， Suzhou imported and "
             "exported 0.96 trillion yuan， accounting for 48.6% of the province's total; Wuxi's foreign trade was 0.41 trillion "
             "yuan.", "2024-07-25", [0.96 * T, 2.05 * T, 48.6]),
    # 520 million / 41.8 million kg = $12.44 per kilogram, not $1.24
    Scenario("stated_price_per_kilogram", "plausibility", "garbled",
             "Exports of frozen shrimp to Japan were 41,800 tons in the first half， worth 520 million US dollars， an average of 1.24 "
             "US dollars per kilogram。", "2024-07-20", [520 * M, 41800, 1.24]),
]

DECOYS += [
    Scenario("d_parts_of_that_rounds", "sum", "clean",
             "Coal exports are forecast to earn $4.2 billion in 2025, down from $5.6 billion in 2024. Thermal coal should account "
             "for $2.8 billion of that and coking coal for $1.4 billion.", "2025-01-15"),
    Scenario("d_of_which_far_after_whole_within", "sum", "garbled",
             "In the first three quarters， the country imported 48,700 tons of lithium carbonate and related compounds， of which "
             "22,400 tons came from Chile， 16,800 tons from Argentina and 9,300 tons from Bolivia。", "2024-10-20"),
    Scenario("d_share_imported_and_exported_rounds", "share", "garbled",
             "The province's total import and export value was 2.05 trillion yuan in the first half。By city， Suzhou imported and "
             "exported 0.96 trillion yuan， accounting for 46.8% of the province's total; Wuxi's foreign trade was 0.41 trillion "
             "yuan.", "2024-07-25"),
    Scenario("d_stated_price_per_kilogram_rounds", "plausibility", "clean",
             "Exports of frozen shrimp to Japan were 41,800 tons in the first half, worth $520 million, an average of $12.44 per "
             "kilogram.", "2024-07-20"),
    Scenario("d_stated_price_per_ton_rounds", "plausibility", "clean",
             "The mine shipped 1.2 million tons of iron ore in May, worth $126 million, or about $105 a ton.", "2024-06-10"),
    Scenario("d_shares_respectively_other_wholes", "share", "garbled",
             "In the first half， the country's shipbuilding completions were 23.1 million deadweight tons， new orders were 51.2 "
             "million deadweight tons and holding orders 198.6 million deadweight tons。The three indicators accounted for 55.7%， "
             "74.7% and 63.1% of the world total respectively。", "2024-07-15"),
]


# ---------------------------------------------------------------------------- round 8: rests, opened wholes, "out of",
# penetration rates, "Compared with X, Y", a year back in its own sentence, national wholes, capitals for their country
CONTRADICTIONS += [
    # "the remaining": 640 + 410 = 1,050 thousand, not the 980 thousand whole
    Scenario("rest_remaining_units_same_sentence", "sum", "clean",
             "Tractor makers sold 980,000 units in 2023: 640,000 units went to domestic farms and the remaining 410,000 units were "
             "shipped abroad.",
             "2024-02-10", [980000, 640000, 410000]),
    # "the balance of": 3.1 + 1.6 = 4.7, not 4.2
    Scenario("rest_balance_of_money_next_sentence", "sum", "clean",
             "The province raised 4.2 billion yuan in green bonds in the first half. Utilities issued 3.1 billion yuan. The balance "
             "of 1.6 billion yuan came from transport groups.",
             "2024-07-30", [4.2 * B, 3.1 * B, 1.6 * B]),
    # garbled: "the rest" after two listed parts, 6.2 + 2.9 + 1.8 = 10.9 != 9.9
    Scenario("rest_garbled_three_parts", "sum", "garbled",
             "In May，the port handled 9.9 million tons of coal。Australia supplied 6.2 million tons，Indonesia 2.9 million tons，"
             "and the rest， 1.8 million tons， came from Russia。",
             "2024-06-12", [9.9 * M, 6.2 * M, 1.8 * M]),
    # a rest far below what is left: 7.4 + 0.9 = 8.3, not 12.6
    Scenario("rest_too_small", "sum", "clean",
             "Tea exports were 12.6 million kilograms in April. Black tea made up 7.4 million kilograms and the other 0.9 million "
             "kilograms was green tea.",
             "2024-05-15", [12.6 * M, 7.4 * M, 0.9 * M]),
    # "Of the X, A ..., B ...": 1.9 + 1.4 = 3.3 > 2.8
    Scenario("of_the_whole_parts_exceed", "sum", "clean",
             "Of the $2.8 billion in venture funding raised in the quarter, $1.9 billion went to AI start-ups and $1.4 billion to "
             "biotech firms.",
             "2024-04-08", [2.8 * B, 1.9 * B, 1.4 * B]),
    # "Among the X, Y ..., accounting for Z": 0.62 / 2.4 = 25.8%, not 35.8%
    Scenario("among_the_whole_share_clean", "share", "clean",
             "Among the 2.4 million tons of grain the island imported in 2023, 620,000 tons came from Ukraine, accounting for 35.8%.",
             "2024-01-25", [2.4 * M, 620000, 35.8]),
    # "A out of B": 18.6 / 74.0 = 25.1%, not 21.5%
    Scenario("out_of_share_after", "share", "clean",
             "Hybrid cars took a 21.5% share of registrations in March, with 18,600 vehicles out of 74,000 new cars registered.",
             "2024-04-05", [18600, 74000, 21.5]),
    Scenario("out_of_share_garbled", "share", "garbled",
             "Wind and solar supplied 38 percent of the grid's power last year9%，generating 512 billion kilowatt-hours out of a "
             "total of 1,640 billion kilowatt-hours。",
             "2024-02-20", [38.9, 512 * B, 1640 * B]),
    # a penetration rate is a share: 412 / 1,130 = 36.5%, not 41.2%
    Scenario("penetration_rate_reached", "share", "clean",
             "Smartphone shipments totalled 1.13 million units in June, of which 5G models were 412,000 units, and the 5G "
             "penetration rate reached 41.2%.",
             "2024-07-08", [1.13 * M, 412000, 41.2]),
    # "Compared with X, Y": 96.1 / 88.4 - 1 = 8.7%, not 6.7%
    Scenario("compared_with_opener_clean", "change", "clean",
             "Compared with 88.4 billion yuan a year earlier, the group's revenue in 2023 was 96.1 billion yuan, up 6.7%.",
             "2024-03-20", [88.4 * B, 96.1 * B, 6.7]),
    # a year-earlier level in its own sentence, dated like the one before: 61.2 / 57.9 - 1 = 5.7%, not 3.2%
    Scenario("year_earlier_sentence_opener", "growth", "clean",
             "The airline's revenue was $61.2 billion in 2023, an increase of 3.2%. A year earlier, its revenue had been $57.9 "
             "billion.",
             "2024-02-02", [61.2 * B, 57.9 * B, 3.2]),
    Scenario("same_period_last_year_opener_garbled", "growth", "garbled",
             "In the first quarter， the mine's output of copper concentrate was 3.46 million tons， up 4 percent year on year5%。In "
             "the same period last year， its output of copper concentrate was 3.11 million tons。",
             "2024-04-18", [3.46 * M, 3.11 * M, 4.5]),
    # a capital acting for its government and the headline's country: the same fact in two articles, digits swapped
    Scenario("cross_capital_for_country", "cross_article", "clean",
             "MANILA, Aug 4 - Manila raised the tariff on imported pork to 25%, the agriculture department said. Manila also cut "
             "the duty on corn to 5%. The country bought 486,210 tonnes of rice from Vietnam in July.",
             "2024-08-04", [486210, 468210],
             other="Vietnam's rice exports rose in July as the Philippines bought 468,210 tonnes of rice from Vietnam, customs "
                   "data showed."),
]

DECOYS += [
    # rests that reconcile within rounding
    Scenario("d_rest_remaining_rounds", "sum", "clean",
             "Tractor makers sold 980,000 units in 2023: 640,000 units went to domestic farms and the remaining 340,000 units were "
             "shipped abroad.", "2024-02-10"),
    Scenario("d_rest_next_sentences_rounds", "sum", "clean",
             "Passenger car sales were 2.1 million units in July. Domestic brands sold 1.24 million units. Foreign brands sold the "
             "other 0.86 million units.", "2024-08-09"),
    Scenario("d_rest_garbled_rounds", "sum", "garbled",
             "In May，the port handled 9.9 million tons of coal。Australia supplied 6.2 million tons，Indonesia 2.9 million tons，"
             "and the rest， 0.8 million tons， came from Russia。", "2024-06-12"),
    # the rest of another period: a cumulative whole, monthly parts
    Scenario("d_rest_other_period", "sum", "clean",
             "Car sales reached 13.8 million units in the first eight months. In August, electric cars sold 1.0 million units and "
             "the remaining 0.9 million units were petrol cars.", "2024-09-10"),
    # "the other" naming something that is no rest of a whole stated before
    Scenario("d_rest_other_not_a_part", "sum", "clean",
             "One plant made 420,000 cars last year. The other 510,000 cars came from a plant opened in 2022, the company said.",
             "2024-01-30"),
    # a rest of a year-earlier whole: base words
    Scenario("d_rest_base_words", "sum", "clean",
             "Exports rose to 1.6 million tons in June from 1.2 million tons a year earlier. Steel made up 0.9 million tons and "
             "the remaining 0.7 million tons were aluminium.", "2024-07-14"),
    # opened wholes whose parts fit, or are of another period
    Scenario("d_of_the_whole_parts_within", "sum", "clean",
             "Of the $2.8 billion in venture funding raised in the quarter, $1.5 billion went to AI start-ups and $0.9 billion to "
             "biotech firms.", "2024-04-08"),
    Scenario("d_among_the_whole_share_rounds", "share", "clean",
             "Among the 2.4 million tons of grain the island imported in 2023, 620,000 tons came from Ukraine, accounting for 25.8%.",
             "2024-01-25"),
    Scenario("d_among_the_whole_other_period", "sum", "garbled",
             "Among the 3.2 million vehicles exported in the first half， 1.9 million were shipped in the second quarter and 2.1 "
             "million in the first seven months of last year。", "2024-07-11"),
    # "out of" that reconciles, and an "out of" whose share is of another whole
    Scenario("d_out_of_share_rounds", "share", "clean",
             "Hybrid cars took a 25.1% share of registrations in March, with 18,600 vehicles out of 74,000 new cars registered.",
             "2024-04-05"),
    Scenario("d_out_of_two_shares", "share", "clean",
             "Hybrids took 25% of registrations and electric cars 12%, with 18,600 hybrids out of 61,000 petrol-engined and hybrid "
             "cars.", "2024-04-05"),
    # a penetration rate that reconciles; one of another scope (wholesale penetration, retail figures): a month earlier
    Scenario("d_penetration_rounds", "share", "clean",
             "Smartphone shipments totalled 1.13 million units in June, of which 5G models were 412,000 units, and the 5G "
             "penetration rate reached 36.5%.", "2024-07-08"),
    Scenario("d_penetration_other_period", "share", "clean",
             "Retail sales were 1.9 million units in August and sales of new energy vehicles 1.03 million units. In July the "
             "penetration rate had been 51.1%.", "2024-09-10"),
    # "Compared with X, Y" that reconciles; a compared-with base of another measure (gross vs net)
    Scenario("d_compared_with_opener_rounds", "change", "clean",
             "Compared with 88.4 billion yuan a year earlier, the group's revenue in 2023 was 96.1 billion yuan, up 8.7%.",
             "2024-03-20"),
    Scenario("d_compared_with_far_rate", "change", "clean",
             "Compared with 1.22 million tons in the same period last year, output in the first half was 1.35 million tons. "
             "Exports rose 3% in the first half.", "2024-07-15"),
    # a year earlier in its own sentence that reconciles; one with its own different time
    Scenario("d_year_earlier_sentence_rounds", "growth", "clean",
             "The airline's revenue was $61.2 billion in 2023, an increase of 5.7%. A year earlier, its revenue had been $57.9 "
             "billion.", "2024-02-02"),
    Scenario("d_year_earlier_sentence_own_time", "growth", "clean",
             "The airline's revenue was $61.2 billion in 2023, an increase of 5.7%. A year earlier, in the first half, its revenue "
             "had been $28.3 billion.", "2024-02-02"),
    # a share of the national total against a city's figure
    Scenario("d_share_national_vs_city", "share", "clean",
             "Shenzhen's exports were 2.45 trillion yuan last year, while exports of its private firms were 1.6 trillion yuan, or "
             "6.7% of the national total.", "2024-01-25"),
    # capitals acting for two different countries: different facts
    Scenario("d_cross_capital_other_country", "cross_article", "clean",
             "MANILA, Aug 4 - Manila raised the tariff on imported pork to 25%. Manila also cut the duty on corn to 5%. The country "
             "bought 486,210 tonnes of rice from Vietnam in July.", "2024-08-04",
             other="Hanoi cut its rice export price floor. Vietnam shipped 468,210 tonnes of rice to Indonesia in July, customs "
                   "data showed."),
]

SCENARIOS = CONTRADICTIONS + DECOYS


def run_scenario(s: Scenario) -> tuple[list, list]:
    """(inconsistency flags, claims) of a scenario through the whole pipeline (both articles for cross_article)."""
    from datetime import date

    from extractor.ingest import ArticleInput
    from extractor.pipeline import context_for, process_batch, run_checks
    from extractor.settings import Settings

    ctx = context_for(Settings())
    texts = [s.text] + ([s.other] if s.other else [])
    inputs = [
        ArticleInput(article_id=f"{s.name}/{i}", path="<text>", format="txt", encoding="utf-8", text=t,
                     published=date.fromisoformat(s.published), published_from="sidecar")
        for i, t in enumerate(texts)
    ]
    results = process_batch(inputs, ctx)
    flags = [f for r in results for f in r.flags] + run_checks(ctx, results)
    claims = [c for r in results for c in r.claims]
    return [f for f in flags if f.type == "inconsistency"], claims


def matches(s: Scenario, flag, claims) -> bool:
    """Whether `flag` names the scenario's planted values (as the corpus scorer counts a hit)."""
    from extractor.evaluation import same_value

    by_id = {c.claim_id: c for c in claims}
    flagged = [by_id[c].value for c in flag.claim_ids if c in by_id]
    shared = sum(1 for v in s.values if any(same_value(v, fv) for fv in flagged))
    return bool(s.values) and shared >= min(2, len(s.values))


def score(scenarios: list[Scenario] = SCENARIOS, verbose: bool = True) -> tuple[int, int, int]:
    """(contradictions flagged, contradictions, false flags) over `scenarios`, printing each miss."""
    hit = total = false = 0
    for s in scenarios:
        flags, claims = run_scenario(s)
        good = [f for f in flags if matches(s, f, claims)]
        bad = [f for f in flags if f not in good]
        if s.values:
            total += 1
            hit += bool(good)
            if not good and verbose:
                print(f"MISS  {s.name}: {[ (c.kind, c.value, getattr(c, 'measure', None), c.direction, c.period and str(c.period.start)+'..'+str(c.period.end), c.subject, c.metric) for c in claims]}")
        false += len(bad)
        for f in bad:
            if verbose:
                print(f"FALSE {s.name}: {f.message}")
        if verbose and good:
            print(f"ok    {s.name}: {good[0].message} | {good[0].suggestion}")
    print(f"contradictions flagged {hit}/{total}; false flags {false} (decoys: {len(scenarios) - total})")
    return hit, total, false


if __name__ == "__main__":
    import sys

    names = set(sys.argv[1:])
    score([s for s in SCENARIOS if not names or any(n in s.name for n in names)])
