"""Glued wan amounts: a split decimal whose integer part is glued to its converted fragment ("4510,000 vehicles").

"4.51万辆" cut at the decimal point gives "4" and "51万辆"; the second piece comes back converted
("510,000 vehicles") and, when nothing stood between the pieces, glued to the integer part:
"4510,000 vehicles". The result is a number whose first digit group before the comma is four or
more digits long, which clean English never prints. Its leading digits are the integer part
followed by one or two fractional digits, so two readings usually fit ("4510,000" is 4.51 or 45.1
wan: 45,100 or 451,000). A reading is applied only when it is the only one, or when exactly one
lies within MAX_NEIGHBOUR_RATIO of another amount of the same unit in the sentence (news compares
like with like: "fell from 58,000 to 4510,000 vehicles"); otherwise the number is reported as a
suspect with its readings.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from decimal import Decimal
from functools import lru_cache

from extractor.repair.data import split_decimal_vocab
from extractor.repair.model import Repair, Span, Suspect
from extractor.repair.numbers import grouped, parse_number
from extractor.repair.registry import Candidate, Proposal, repair_rule

WAN = 10_000
#: a reading is taken from the sentence when another amount of its unit is within this factor of
#: it; the two readings of one glued number are a factor 10 apart, so at most one can be
MAX_NEIGHBOUR_RATIO = 3.0
#: confidence of the only reading the digits allow ("4050,000": 40.5 wan; "05" is no fraction)
CONF_ONLY_READING = 0.85
#: confidence of the reading an amount of the same unit in the sentence singles out
CONF_NEIGHBOUR = 0.75
#: a glued number with two readings and nothing to choose by is only a suspect
SUSPECT_CONFIDENCE = 0.3


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    v = split_decimal_vocab()
    words = [w for c in v.currencies for w in c.words]
    prefixes = [p for c in v.currencies for p in c.prefixes]
    unit_of = {w.lower(): c.code for c in v.currencies for w in [*c.words, *c.prefixes]}
    unit_of.update({u.lower(): u.lower() for u in v.unit_nouns})
    # the integer part and one or two fractional digits glued to "0,000": a first group of 4-7 digits
    glued = re.compile(r"(?<![\w.,])(?P<lead>[1-9]\d{2,5})0,000(?![\w,]|\.\d)")
    unit_after = re.compile(rf"\s?(?P<u>{_alt(words + v.unit_nouns)})(?![^\W\d_])", re.IGNORECASE)
    prefix_before = re.compile(rf"(?P<u>{_alt(prefixes)})\s?$", re.IGNORECASE)
    return glued, unit_after, prefix_before, unit_of


#: an amount as printed: digits with optional grouping and decimals, then an optional scale word
AMOUNT = re.compile(
    r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,4})?|\d{1,7}(?:\.\d{1,4})?)(?:\s(?P<scale>thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
#: where a sentence ends (a full stop before a space or the end, Chinese full stops, line breaks)
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？\n]")


def readings(lead: str) -> list[Decimal]:
    """The amounts a glued number's leading digits can stand for: integer part + 1 or 2 fractional digits, in wan.

    A fraction never starts with 0 ("05" is printed "050,000" and reads as a valid number) and a
    two-digit fraction never ends with 0 (a translator drops it).
    """
    out = []
    for n in (1, 2):
        whole, frac = lead[:-n], lead[-n:]
        if not whole or frac.startswith("0") or frac.endswith("0"):
            continue
        out.append(parse_number(f"{whole}.{frac}") * WAN)
    return out


def _unit(text: str, start: int, end: int) -> str | None:
    """The unit of the amount at [start, end): a currency or unit noun after it, else a currency prefix before it."""
    _, unit_after, prefix_before, unit_of = _patterns()
    m = unit_after.match(text, end)
    if m:
        return unit_of.get(m.group("u").lower())
    p = prefix_before.search(text[max(0, start - 4) : start])
    return unit_of.get(p.group("u").lower()) if p else None


def _sentence(text: str, pos: int) -> tuple[int, int]:
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    i = bisect_right(ends, pos)
    return (ends[i - 1] if i > 0 else 0), (ends[i] if i < len(ends) else len(text))


def _neighbours(text: str, lo: int, hi: int, skip: tuple[int, int], unit: str | None) -> list[float]:
    """Amounts of `unit` in text[lo:hi] other than the glued one, split decimals read as repaired."""
    if unit is None:
        return []
    from extractor.repair.split_decimal import pair_fragments  # only for sentences that need it

    repaired = {}
    for frag, part, reading in pair_fragments(text[lo:hi]):
        if part is not None and reading is not None:
            repaired[(lo + frag.start, lo + frag.end)] = float(reading.value)
    out = []
    scales = {k.lower(): v for k, v in split_decimal_vocab().scales.items()}
    for m in AMOUNT.finditer(text, lo, hi):
        if m.start() < skip[1] and skip[0] < m.end():
            continue
        if _unit(text, m.start(), m.end()) != unit:
            continue
        inside = [v for (a, b), v in repaired.items() if a <= m.start() < b]
        if inside:
            out.append(inside[0])
            continue
        value = float(parse_number(m.group("num"))) * scales.get((m.group("scale") or "").lower(), 1)
        if value > 0:
            out.append(value)
    return out


def _choose(options: list[Decimal], neighbours: list[float]) -> Decimal | None:
    """The one reading within MAX_NEIGHBOUR_RATIO of a neighbour amount, or None."""
    near = [
        r for r in options if any(abs(math.log10(float(r) / n)) <= math.log10(MAX_NEIGHBOUR_RATIO) for n in neighbours)
    ]
    return near[0] if len(near) == 1 else None


@repair_rule("glued_wan")
def propose_glued_wan(text: str) -> list[Proposal]:
    """Propose the reading of every glued wan amount ("4510,000 vehicles") that its digits or its sentence single out."""
    glued = _patterns()[0]
    proposals: list[Proposal] = []
    if "0,000" not in text:
        return proposals  # what every glued number contains
    for m in glued.finditer(text):
        options = readings(m.group("lead"))
        if not options:
            continue
        start, end = m.start(), m.end()
        original = text[start:end]
        unit = _unit(text, start, end)
        if len(options) == 1:
            value, conf, why = options[0], CONF_ONLY_READING, "the only integer/fraction split its digits allow"
        else:
            lo, hi = _sentence(text, start)
            value = _choose(options, _neighbours(text, lo, hi, (start, end), unit))
            conf, why = CONF_NEIGHBOUR, "the reading near the other amounts of its unit in the sentence"
        shown = " or ".join(grouped(o) for o in options)
        if value is None:
            proposals.append(Suspect(
                rule="split_decimal.glued_wan.v1", start=start, end=end, original=original, suggestion=shown,
                confidence=SUSPECT_CONFIDENCE,
                message=f"'{original}' is a split decimal in wan glued to its integer part; it reads as {shown}",
            ))
            continue
        repaired = grouped(value)
        message = (f"'{original}' is a split decimal in wan glued to its integer part ({shown}); "
                   f"read as {repaired}, {why}")
        rep = Repair(rule="split_decimal.glued_wan.v1", kind="number", spans=(Span(start, end, repaired),),
                     original=original, repaired=repaired, value=float(value), confidence=conf, start=start,
                     end=end, unit=unit, message=message)
        sus = Suspect(rule="split_decimal.glued_wan.v1", start=start, end=end, original=original,
                      suggestion=repaired, confidence=conf, message=message)
        proposals.append(Candidate(rep, sus))
    return proposals
