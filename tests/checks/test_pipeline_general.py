"""The general pairing rules end to end: short articles through `extract_text`, each planted contradiction flagged, its clean twin not."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_text

from .conftest import inconsistencies

CASES = [
    # periods by context: the imports and the surplus name no time of their own, so they are of October
    ("difference_across_sentences",
     "In US dollar terms, China's exports in October were $274.8 billion, down 6.4% from a year earlier; imports were $218.3 billion, "
     "up 3%. The monthly surplus was {x}, narrower than $77.7 billion in September.",
     "$65.5 billion", "$56.5 billion"),
    ("direction_word_against_rate",
     "Hong Kong's exports to the mainland fell 3.5 percent in 2019. Exports to the United States {x} sharply last year, down 14.6% "
     "year-on-year, the biggest drop among major markets.",
     "rose", "fell"),
    ("segments_after_their_whole",
     "From January to November this year, total profits of state-owned enterprises were 4.23 trillion yuan, up 37.1%. Central "
     "enterprises achieved total profits of {x} trillion yuan, up 31.5 percent; local state-owned enterprises achieved total profits "
     "of 1.64 trillion yuan, up 50.2%.",
     "2.79", "2.59"),
    ("import_and_export_turnover",
     "Vietnam's exports in 2022 reached $371.85 billion and imports $360.65 billion, with exports up 10.6% and imports up 8.4%, "
     "and total import and export turnover of {x}.",
     "$723.5 billion", "$732.5 billion"),
    ("rise_to_a_level_against_a_fall",
     "South Korea's total exports last year were $683.8 billion. By market, exports to China rose to $133 billion last year, while "
     "exports to the United States hit a record $127.8 billion. A researcher said exports to China {x} 6.6 percent last year.",
     "fell", "rose"),
    ("share_with_rate_and_attribution_in_between",
     "In the first half of this year, China's total trade in goods was 14.24 trillion yuan. China's trade with ASEAN reached 2.09 "
     "trillion yuan, up 5.6%, according to the General Administration of Customs, accounting for {x} percent of China's total "
     "foreign trade.",
     "15.7", "14.7"),
]


@pytest.mark.parametrize(("name", "template", "wrong", "right"), CASES, ids=[c[0] for c in CASES])
def test_planted_contradiction_flagged_and_clean_twin_not(name: str, template: str, wrong: str, right: str) -> None:
    text = template.format(x=wrong)
    out = extract_text(text, "2023-12-04")
    flags = inconsistencies(out.flags)
    assert len(flags) == 1, [f.message for f in flags]
    (flag,) = flags
    ids = {c.claim_id for c in out.claims}
    assert flag.claim_ids and set(flag.claim_ids) <= ids and flag.suggestion and flag.message.endswith(".")
    assert text[flag.evidence.start : flag.evidence.end] == flag.evidence.text
    clean = extract_text(template.format(x=right), "2023-12-04")
    assert inconsistencies(clean.flags) == [], [f.message for f in inconsistencies(clean.flags)]
