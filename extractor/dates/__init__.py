"""Date and period anchoring: find the time expressions of news text and tie numbers to periods.

Every relative expression is resolved against the article's published date; without one it is returned
unresolved (resolved=False, period=None) rather than guessed. Roles: "period" (what a number describes),
"baseline" (what it is compared with: "from the same month last year", "year on year") and "point"
(a single day, e.g. an effective date). Conventions (see rules.py and vocab.yaml for details):

- A yearless month, quarter or half belongs to the latest year in which it had begun by the published
  date ("in December" in a 2023-03-04 article is December 2022); cumulative periods and month ranges to
  the latest year in which they had ended or end in the publication month; after a future-tense cue in
  the sentence ("will", "expected to", "is set to") the next occurrence that has not ended instead.
- A yearless day is the last such day on or before the published date (the next one in future tense);
  "the 3rd" is day 3 of the publication month, or of the previous month when the 3rd is after the
  published day.
- Fiscal years run April-March by default, labelled by their starting year (Japan: fiscal 2023 =
  2023-04-01..2024-03-31); near a US-federal cue ("federal", "Congress", ...) October-September labelled
  by the ending year (FY2024 = 2023-10-01..2024-09-30); near an Indian cue April-March labelled by the
  ending year (FY24 = 2023-04-01..2024-03-31); two-year labels ("FY2023-24") always start in the first.
"""

from extractor.dates.attach import PeriodChoice, choose_period, period_for
from extractor.dates.dateline import find_dateline
from extractor.dates.find import find_time_expressions
from extractor.dates.model import GRANULARITIES, ROLES, TimeExpr
from extractor.dates.points import resolve_point
from extractor.dates.vocab import ClaimCues, load_claim_cues

__all__ = [
    "GRANULARITIES",
    "ROLES",
    "ClaimCues",
    "PeriodChoice",
    "TimeExpr",
    "choose_period",
    "find_dateline",
    "find_time_expressions",
    "load_claim_cues",
    "period_for",
    "resolve_point",
]
