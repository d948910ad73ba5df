"""Number mentions: money, quantities, percentages, ranges, qualifiers, and decoys that are not numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.claims.numbers import find_numbers


def found(text: str) -> list[tuple]:
    return [(n.text, n.value, n.kind, n.unit, n.qualifier) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports were $55.8 billion.", [("$55.8 billion", 55.8e9, "money", "USD", None)]),
        ("sales of US$1.25 trillion", [("US$1.25 trillion", 1.25e12, "money", "USD", None)]),
        ("profit of 27.41 trillion yuan", [("27.41 trillion yuan", 27.41e12, "money", "CNY", None)]),
        ("a loan of 3 billion won", [("3 billion won", 3e9, "money", "KRW", None)]),
        ("HK$3.5 billion in re-exports", [("HK$3.5 billion", 3.5e9, "money", "HKD", None)]),
        ("NT$12.3 billion", [("NT$12.3 billion", 12.3e9, "money", "TWD", None)]),
        ("S$800 million", [("S$800 million", 8e8, "money", "SGD", None)]),
        ("€45bn of imports", [("€45bn", 45e9, "money", "EUR", None)]),
        ("¥1.2 trillion", [("¥1.2 trillion", 1.2e12, "money", "JPY", None)]),
        ("RMB 500 million", [("RMB 500 million", 5e8, "money", "CNY", None)]),
        ("39.4 yi dollars", [("39.4 yi dollars", 39.4e8, "money", "USD", None)]),
        ("3 wan yuan", [("3 wan yuan", 3e4, "money", "CNY", None)]),
        ("100 million yuan", [("100 million yuan", 1e8, "money", "CNY", None)]),
        ("1.2 million tons of ore", [("1.2 million tons", 1.2e6, "quantity", "ton", None)]),
        ("about 500,000 barrels per day", [("500,000 barrels per day", 5e5, "quantity", "barrel", "about")]),
        ("sold 2.1 million vehicles", [("2.1 million vehicles", 2.1e6, "quantity", "vehicle", None)]),
        ("up 7.8% from", [("7.8%", 7.8, "percent", "%", None)]),
        ("down 33 percent", [("33 percent", 33.0, "percent", "%", None)]),
        ("a 4.5 per cent rise", [("4.5 per cent", 4.5, "percent", "%", None)]),
        ("more than $10 billion", [("$10 billion", 1e10, "money", "USD", "more_than")]),
        ("nearly 20%", [("20%", 20.0, "percent", "%", "about")]),
        ("at least 3 million tons", [("3 million tons", 3e6, "quantity", "ton", "at_least")]),
        ("up to 25%", [("25%", 25.0, "percent", "%", "at_most")]),
        ("less than 1%", [("1%", 1.0, "percent", "%", "less_than")]),
        ("five million yen", [("five million yen", 5e6, "money", "JPY", None)]),
        ("twenty-two percent", [("twenty-two percent", 22.0, "percent", "%", None)]),
        ("two million tons of coal", [("two million tons", 2e6, "quantity", "ton", None)]),
        ("one of the five said", []),
        # Indian digit grouping, an ISO code glued to the number, the euro sign after it, "percentage" as a unit
        ("a Rs 2,45,000 crore outlay", [("Rs 2,45,000 crore", 2.45e12, "money", "INR", None)]),
        ("fines of 3,75,500.50 rupees", [("3,75,500.50 rupees", 375500.5, "money", "INR", None)]),
        ("orders worth 4,200USD each", [("4,200USD", 4200.0, "money", "USD", None)]),
        ("a fee of 35 € per tonne", [("35 €", 35.0, "money", "EUR", None)]),
        ("Mex$ 2.5 billion in remittances", [("Mex$ 2.5 billion", 2.5e9, "money", "MXN", None)]),
        ("output grew 12 percentage in May", [("12 percentage", 12.0, "percent", "%", None)]),
        ("a gap of 1.5 percentage points", [("1.5 percentage points", 1.5, "percent", "%", None)]),
        ("lots numbered 10,20,30", []),
        # the denominator of a rate is no claim
        ("a support price of 5,328 rupees per 100 kg", [("5,328 rupees", 5328.0, "money", "INR", None)]),
        ("a levy of $12/1,000 litres", [("$12", 12.0, "money", "USD", None)]),
        # a bare shared currency word is the currency last named in full with it, else the listed default
        ("raised it to 1,800 CFA francs from 1,500 francs",
         [("1,800 CFA francs", 1800.0, "money", "XOF", None), ("1,500 francs", 1500.0, "money", "XOF", None)]),
        ("a 40 billion Egyptian pounds plan; 8 billion pounds came first",
         [("40 billion Egyptian pounds", 40e9, "money", "EGP", None), ("8 billion pounds", 8e9, "money", "EGP", None)]),
        ("a 3 million francs fine", [("3 million francs", 3e6, "money", "CHF", None)]),
        ("paid 2 billion pounds", [("2 billion pounds", 2e9, "money", "GBP", None)]),
    ],
)
def test_number_table(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "values", "qualifiers"),
    [
        ("guidance of $40 billion to $42 billion", [40e9, 42e9], ["range_low", "range_high"]),
        ("between 3.1% and 3.4%", [3.1, 3.4], ["range_low", "range_high"]),
        ("growth of 5%-6%", [5.0, 6.0], ["range_low", "range_high"]),
        ("growth of 5-6%", [5.0, 6.0], ["range_low", "range_high"]),
        ("$40,000-45,000 a car", [40000.0, 45000.0], ["range_low", "range_high"]),
        ("would reduce revenue by $300 million to $400 million", [300e6, 400e6], ["range_low", "range_high"]),
    ],
)
def test_ranges(text: str, values: list[float], qualifiers: list[str]) -> None:
    ns = find_numbers(text)
    assert [n.value for n in ns] == values
    assert [n.qualifier for n in ns] == qualifiers
    assert ns[0].range_id == ns[1].range_id is not None


@pytest.mark.parametrize(
    "text",
    ["cut its key rate by 25 basis points to 3.45%", "exports rose by $2 billion to $9 billion", "lowered by 0.5% to 4%"],
)
def test_a_change_by_x_then_the_level_is_not_a_range(text: str) -> None:
    assert all(n.range_id is None and n.qualifier is None for n in find_numbers(text))


def test_a_year_is_not_a_range_end() -> None:
    (n,) = find_numbers("investment of $5 billion to 2030")
    assert (n.value, n.qualifier) == (5e9, None)


def test_a_change_then_a_scaled_level_is_not_a_range() -> None:
    ns = find_numbers("exports climbed 77.6% to 1.203 million")
    assert [(n.value, n.unit, n.qualifier) for n in ns] == [(77.6, "%", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sold 3,024,417 new energy vehicles", [(3024417.0, "vehicle")]),
        ("shipments of crude vehicles rose 5% to 2.4 million", [(5.0, "%"), (2.4e6, "vehicle")]),
        ("imports of iron ore reached 1.1 billion tons; a further 3 million", [(1.1e9, "ton")]),
        ("sales of electric cars climbed 77.6% to 1.203 million, or 24.5% of the total", [(77.6, "%"), (1.203e6, "vehicle"), (24.5, "%")]),
        ("plans to ship between 60 million and 70 million smartphones", [(6e7, "unit"), (7e7, "unit")]),
        ("there were 35 companies and 2023 was a year", []),
    ],
)
def test_units_inferred_from_nearby_words(text: str, expected: list[tuple]) -> None:
    assert [(n.value, n.unit) for n in find_numbers(text)] == expected


def test_from_to_is_two_levels_not_a_range() -> None:
    ns = find_numbers("the deficit fell from $3.94 billion to $730 million")
    assert [n.qualifier for n in ns] == [None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare level compared with an amount or quantity takes its unit, and its scale word when that brings the two
        # within a factor of ten
        ("deliveries rose from 612,000 to 1.04 million trucks", [(612000.0, "vehicle"), (1.04e6, "vehicle")]),
        ("spending climbed from 70 to 82 billion rupees", [(70e9, "INR"), (82e9, "INR")]),
        ("the price rose to $61,500 from 58,250 in March", [(61500.0, "USD"), (58250.0, "USD")]),
        ("reserves fell to 1.9 million tons, down from 2.3 million", [(1.9e6, "ton"), (2.3e6, "ton")]),
        # not a level: a year, a far-off magnitude, a percentage's baseline
        ("output rose to 4 million tons from 2019 levels", [(4e6, "ton")]),
        ("the fund grew to $3 billion from 150 staff in 2015", [(3e9, "USD")]),
        ("inflation rose to 5% from 4 in May", [(5.0, "%")]),
    ],
)
def test_a_compared_bare_level_takes_the_unit(text: str, expected: list[tuple]) -> None:
    assert [(n.value, n.unit) for n in find_numbers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare parts of a whole just named take its unit
        ("Truck sales were 1.8 million vehicles, of which 240,000 were exported and 65,000 were leased.",
         [(1.8e6, "vehicle"), (240000.0, "vehicle"), (65000.0, "vehicle")]),
        ("Spending reached 60 billion rupees, including 14 for rural roads.", [(60e9, "INR"), (14e9, "INR")]),
        ("Imports were 5 million tons, among them 800,000 from Chile.", [(5e6, "ton"), (8e5, "ton")]),
        # not a part: a count of other things, a year, more than the whole
        ("Exports were $8 billion, of which 4 companies shipped most.", [(8e9, "USD")]),
        ("Sales were 2 million vehicles, of which 2022 models were the bulk.", [(2e6, "vehicle")]),
        ("Output was 3 million tons, including 5,000,000 from new mines.", [(3e6, "ton")]),
    ],
)
def test_bare_parts_of_a_whole_take_its_unit(text: str, expected: list[tuple]) -> None:
    assert [(n.value, n.unit) for n in find_numbers(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Huawei's Kirin 9000S chip", "Nvidia A100 and H20 chips", "the G20 summit", "SARS-CoV-2", "COVID-19",
        "a Boeing 737 MAX", "Windows 11", "Article 232", "Section 301", "a 4nm process", "in 2023", "the 3rd",
        "F-35 jets", "PM2.5 levels", "iPhone 15 Pro", "RCEP's 15 members", "for 5m", "3Q24", "No.1 partner",
        "its Section 232 levy on imported cars", "the Article 301 duties for Chinese trucks",
    ],
)
def test_decoys_are_not_claims(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(("text", "value"), [("a premium of 45 cents a bushel", 0.45), ("petrol rose 12.5 cents", 0.125)])
def test_cents_are_hundredths_of_a_dollar(text: str, value: float) -> None:
    (n,) = find_numbers(text)
    assert (n.unit, n.value) == ("USD", pytest.approx(value))


def test_basis_points_become_percentage_points() -> None:
    (n,) = find_numbers("cut rates by 25 basis points")
    assert (n.value, n.measure) == (0.25, "points")


@given(st.text(alphabet=st.sampled_from(list("0123456789.,$%€ -abkmnMBT\n*")), max_size=300))
def test_offsets_always_slice_the_text(text: str) -> None:
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text
        assert n.value >= 0


#: pieces of number-like text: currency prefixes sharing first chars, digits of every grouping, spelled numbers in any
#: case and inside words, scale and unit words, and the letters case-insensitive matching folds differently ("ı", "ſ", "İ")
SCAN_PIECES = ["$", "US$", "U.S.$", "RMB", "Rs.", "Rs", "HK$", "A$", "AU$", "R$", "RM", "USD", "115USD", " ", "  ", "-", ",",
               ".", "5", "12", "1,234", "3.5", "12,34,567", "٣", "one", "Twenty", "twenty-two", "a hundred", "A hundred",
               "hundred", "FIVE", "often", "tenk", "seventeen", "million", "bn", "m", "%", "percent", "basis points", "yuan",
               "dollars", "of", "to", "and", "G", "COVID-", "\n", "fıve", "ſix", "İ"]


@given(st.lists(st.sampled_from(SCAN_PIECES), max_size=16).map("".join))
def test_anchored_scan_finds_what_a_full_scan_finds(text: str) -> None:
    from extractor.claims.numbers import _number_matches, _tables

    def spans(matches):
        return [(m.start(), m.end(), m.groupdict()) for m in matches]

    assert spans(_number_matches(text)) == spans(_tables()[0].finditer(text))
