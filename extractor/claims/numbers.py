"""Find number mentions (money, quantities, percentages) in text and parse their values.

One compiled pattern finds every number with its optional currency prefix, scale word and unit;
`find_numbers` then links ranges ("$40,000 to $45,000", "5-6%") and attaches qualifiers
("about", "more than"). Bare numbers without any unit are returned only as range partners.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from ..firstchars import lower_agrees, quick_start
from ..repair.scan import matches_at
from .vocab import units

PERCENT_WORDS = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "percents": "percent",
    "percentage": "percent",  # machine translation's "grew 30 percentage"
    "pct": "percent",
    "percentage points": "points",
    "percentage point": "points",
    "percent points": "points",
    "pct points": "points",
    "basis points": "bps",
    "basis point": "bps",
    "basis-points": "bps",
    "basis-point": "bps",
    "percentage-points": "points",
    "percentage-point": "points",
    "bps": "bps",
    "bp": "bps",
}


@dataclass(frozen=True)
class NumberMention:
    """A number found in text, with what it measures."""

    start: int
    end: int
    text: str
    value: float  # in base units: scale applied; percentages as stated; basis points as percentage points
    kind: str  # "money" | "quantity" | "percent" | "bare"
    unit: str | None  # ISO code, quantity unit name, "%", or None
    measure: str | None = None  # percentages: "points" for percentage/basis points
    qualifier: str | None = None
    range_id: int | None = None  # mentions of one range share an id (the low end's start offset)
    decimals: int = 0  # digits printed after the point (for rounding-aware checks)


UNITS_WORDS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {w: i + 1 for i, w in enumerate(UNITS_WORDS)} | {w: 20 + 10 * i for i, w in enumerate(TENS_WORDS)}
#: a spelled-out number below a thousand: "five", "twenty-two", "one hundred", "three hundred and forty"
_SMALL = rf"(?:(?:{'|'.join(TENS_WORDS)})(?:[- ](?:{'|'.join(UNITS_WORDS[:9])}))?|(?:{'|'.join(sorted(UNITS_WORDS, key=len, reverse=True))}))"
WORD_NUMBER = rf"(?i:(?:{_SMALL}|a)\s(?:hundred)(?:\s(?:and\s)?{_SMALL})?|{_SMALL})"


#: currency words that name a hundredth of the unit ("60 cents a bushel")
SUBUNITS = {"cent": 0.01, "cents": 0.01}


def words_value(text: str) -> float:
    """Value of a spelled-out number below a thousand ("twenty-two" -> 22, "one hundred and five" -> 105)."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word in WORD_VALUES:
            current += WORD_VALUES[word]
        elif word == "a":
            current += 1
        elif word == "hundred":
            current = max(current, 1) * 100
    return float(total + current)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern[str], dict[str, str], dict[str, str], dict[str, str], dict[str, float]]:
    u = units()
    prefix_code = {p: c.code for c in u.currencies for p in c.prefixes}
    word_code = {w.lower(): c.code for c in u.currencies for w in c.words}
    unit_name = {w.lower(): name for name, ws in u.quantity_units.items() for w in ws}
    scales = {k.lower(): v for k, v in u.scales.items()}
    codes = sorted({c.code for c in u.currencies})
    pattern = quick_start(re.compile(
        r"(?<![\w.$€£¥₩])(?<![A-Za-z]-)"
        rf"(?P<pre>(?:{_alternation(list(prefix_code))})\s?)?"
        # Indian grouping first ("12,34,567" is 1,234,567): its two-digit groups never match Western numbers
        rf"(?P<num>\d{{1,2}},(?:\d{{2}},){{1,4}}\d{{3}}(?:\.\d{{1,8}})?"
        rf"|\d{{1,3}}(?:,\d{{3}}){{1,5}}(?:\.\d{{1,8}})?|\d{{1,16}}(?:\.\d{{1,8}})?|\b{WORD_NUMBER})"
        rf"(?:\s?(?P<scale>(?i:{_alternation(list(scales))}))(?![\w]))?"
        rf"(?:(?:\s|-(?=[A-Za-z]))?(?P<post>%|(?i:{_alternation([w for w in PERCENT_WORDS if w != '%'])})(?![\w-])"
        rf"|\s(?i:{_alternation(list(word_code) + list(unit_name))})(?![\w])"
        rf"|(?<=\d)(?:{'|'.join(codes)})(?![\w])))?"  # an ISO code glued to the number: "115USD"
        r"(?![\w])"
    ))
    return pattern, prefix_code, word_code, unit_name, scales


#: where a number's digits start
DIGIT_RUN = re.compile(r"\d+")


@lru_cache(maxsize=1)
def _anchors() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """(the starts of spelled numbers in lower-cased text, the first characters of currency prefixes, how many chars a
    match may start before its digits or spelled number: the longest prefix and a space)."""
    prefixes = list(_tables()[1])
    spelled = re.compile(rf"(?:{_alternation(UNITS_WORDS + TENS_WORDS)}|a\shundred)")
    return spelled, re.compile(f"[{''.join(re.escape(p[0]) for p in prefixes)}]"), max(map(len, prefixes)) + 1


def _number_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of the number pattern in `text`, the same as its finditer, tried only near a number.

    Every match has a digit run or a spelled number (one of WORD_NUMBER's words, or "a hundred") starting at its start
    or after its currency prefix, so at most `reach` chars later. The pattern is tried at each such anchor, after the
    prefix characters right before it, from the end of the last match on: the same leftmost non-overlapping matches as
    a scan that tries it at every char (which costs most of find_numbers). Spelled numbers are found in the lower-cased
    text, whose letters fold as the pattern's do (a text where they may not, see lower_agrees, is scanned in full); an
    anchor found inside a word only costs a failed try, and only "a hundred" crosses a word end, to a word no number
    starts with.
    """
    pattern = _tables()[0]
    if not lower_agrees(text):
        return pattern.finditer(text)
    return matches_at(pattern, text, _starts(text))


def _starts(text: str) -> Iterator[int]:
    """Where a number match may start, in order: each anchor (a digit run or a spelled number) after the currency
    prefix characters at most `reach` chars before it (each position once)."""
    spelled, prefix_char, reach = _anchors()
    anchors = sorted({m.start() for m in DIGIT_RUN.finditer(text)} | {m.start() for m in spelled.finditer(text.lower())})
    done = 0
    for a in anchors:
        yield from (c.start() for c in prefix_char.finditer(text, max(done, a - reach), a))
        yield a
        done = a + 1


@lru_cache(maxsize=1)
def _qualifier_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {w.lower(): q for q, ws in units().qualifiers.items() for w in ws}
    return re.compile(rf"(?i:\b(?:{_alternation(list(table))}))\s{{0,3}}$"), table


def parse_number(text: str) -> float:
    """`"1,234.5"` -> 1234.5."""
    return float(text.replace(",", ""))


def _from_match(m: re.Match[str]) -> NumberMention | None:
    _, prefix_code, word_code, unit_name, scales = _tables()
    num = m.group("num")
    spelled = not num[0].isdigit()
    value = words_value(num) if spelled else parse_number(num)
    decimals = len(num.split(".")[1]) if "." in num else 0
    pre = (m.group("pre") or "").strip()
    scale = (m.group("scale") or "").lower()
    post = (m.group("post") or "").strip()
    post_l = post.lower()
    end = m.end()
    if scale in units().short_scales and not pre:
        return None  # "5m" is five metres, "3k" a race: short scales only count after a currency
    factor = scales.get(scale, 1.0)
    kind, unit, measure = "bare", None, None
    if post_l in PERCENT_WORDS or post == "%":
        if pre or scale:
            return None
        kind, unit = "percent", "%"
        meaning = PERCENT_WORDS.get(post_l, "percent")
        if meaning == "points":
            measure = "points"
        elif meaning == "bps":
            measure, value, decimals = "points", value / 100, decimals + 2
    elif pre or post_l in word_code:
        code = prefix_code.get(pre) if pre else None
        word = word_code.get(post_l)
        if code and word and code != word and not (code == "USD" and word in {"HKD", "TWD", "SGD", "AUD", "CAD"}):
            code = word if pre == "$" else code
        kind, unit = "money", word if (pre == "$" and word) else (code or word)
        if not post_l or post_l not in word_code:
            end = m.start("post") if post else end
        value *= factor
        if post_l in SUBUNITS and not pre:  # "60 cents" = $0.60
            value, decimals = value * SUBUNITS[post_l], decimals + 2
    elif post_l in unit_name:
        kind, unit = "quantity", unit_name[post_l]
        value *= factor
    else:
        value *= factor
        if post:
            end = m.start("post")
    if kind != "money" and post and post_l not in PERCENT_WORDS and post_l not in unit_name and post != "%":
        end = m.start("post")
    text = m.string[m.start() : end].rstrip()
    if spelled and (kind == "bare" or pre):
        return None  # "one of the", "five said": spelled numbers count only with a scale or unit after them
    return NumberMention(
        start=m.start(),
        end=m.start() + len(text),
        text=text,
        value=value,
        kind=kind,
        unit=unit,
        measure=measure,
        decimals=decimals,
    )


#: what may stand between the two ends of a range
RANGE_JOIN = re.compile(r"\s?(?:-|–|—|~|to|and)\s?", re.IGNORECASE)
BETWEEN = re.compile(r"(?i:\b(?:between|from))\s{1,3}$")
#: a verb of extent right before "from X to Y": its two ends bound one range ("prices ranged from 60,000 to 90,000 dong")
RANGE_VERB = re.compile(r"(?i:\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|spann?(?:s|ed|ing)?))\s{1,3}from\s{1,3}$")


def _looks_like_year(n: NumberMention) -> bool:
    """A bare four-digit 1900-2100 integer: "to 2030" is a year, not the end of a range."""
    return n.kind == "bare" and n.text.isdigit() and len(n.text) == 4 and 1900 <= n.value <= 2100


def _scale_of(n: NumberMention) -> float:
    digits = _digits(n.text)
    return n.value / parse_number(digits) if digits and parse_number(digits) else 1.0


#: "by X to Y" is a range of the change ("would cut revenue by $300 million to $400 million") when its ends are
#: this close; a change followed by the level it reached is far from it ("rose by $2 billion to $9 billion")
RANGE_MAX_RATIO = 2.0


def _tight(low: NumberMention, high: NumberMention) -> bool:
    """Both ends in one unit (or a bare low end that takes the high end's: "by 6 to 7 pesos", "by 0.1 to 0.2
    percentage points"), the high end at most RANGE_MAX_RATIO times the low one."""
    low_value = low.value * _scale_of(high) if low.kind == "bare" and _scale_of(low) == 1.0 else low.value
    same_unit = low.unit == high.unit or (low.kind == "bare" and high.kind != "bare")
    return same_unit and 0 < low_value < high.value <= RANGE_MAX_RATIO * low_value


#: the word right before a number, past a qualifier: "fell $3 billion", "rose about 300,000 tons"
_WORD_BEFORE = re.compile(
    r"\b(?P<w>[A-Za-z]{2,15})\s{1,3}(?:(?:about|around|nearly|almost|some|roughly|just|over|more\s{1,3}than)\s{1,3})?$", re.I
)


@lru_cache(maxsize=1)
def _change_verbs() -> frozenset[str]:
    from .vocab import percent_cues

    cues = percent_cues()
    return frozenset(w.lower() for w in cues.up + cues.down) - {"up", "down", "higher", "lower"}


def _after_change_verb(text: str, start: int) -> bool:
    """Whether a change cue word (percent_cues.yaml up/down) stands right before the number at `start`."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m["w"].lower() in _change_verbs()


def _link_ranges(found: list[NumberMention], text: str) -> list[NumberMention]:
    """Mark "X to Y" / "X-Y" / "between X and Y" pairs as range_low/range_high.

    A bare end inherits the other end's unit ("5-6%", "$40,000-45,000"); a bare low end also
    inherits the high end's scale word ("40-45 billion yuan").
    """
    out = list(found)
    for i in range(len(out) - 1):
        low, high = out[i], out[i + 1]
        gap = text[low.end : high.start]
        if not RANGE_JOIN.fullmatch(gap) or low.range_id is not None:
            continue
        if low.kind == "bare" and high.kind == "bare":
            # "between 60 million and 70 million smartphones": the unit comes after the high end
            unit_after = _unit_context()[0].match(text, high.end)
            if unit_after is None:
                continue
            high = replace(high, kind="quantity", unit=_tables()[3][unit_after.group("unit").lower()])
        joiner = gap.strip().lower()
        before = text[max(0, low.start - 12) : low.start]
        if joiner == "and" and not BETWEEN.search(before):
            continue
        if joiner == "to" and before.lower().rstrip().endswith("from") and not RANGE_VERB.search(text, max(0, low.start - 40), low.start):
            continue  # "from X to Y" is a change between two levels, not a range (but "ranging from X to Y" is one)
        if joiner == "to" and re.search(r"\bby\s{1,3}$", before.lower()) and not _tight(low, high):
            continue  # "cut by 25 basis points to 3.45%", "rose by $2 billion to $9 billion": a change, then the level
        if joiner == "to" and _after_change_verb(text, low.start) and not _tight(low, high):
            continue  # "rose $4 billion to $400 billion", "fell 300,000 tons to 4 million tons": the move, then the level
        if _looks_like_year(low) or _looks_like_year(high):
            continue
        if low.kind == "bare":
            scale = _scale_of(high) if _scale_of(low) == 1.0 else 1.0
            low = replace(low, kind=high.kind, unit=high.unit, measure=high.measure, value=low.value * scale)
        elif high.kind == "bare":
            if low.kind == "percent":
                # "climbed 77.6% to 1.203 million", "gained 1.2% to 3,350 points", "weakened 0.3% to 7.12 per dollar": a
                # level after a change, not a range (a range of percentages writes the sign at its high end: "5 to 6%")
                continue
            high = replace(high, kind=low.kind, unit=low.unit, measure=low.measure)
        elif low.kind != high.kind or low.unit != high.unit or low.measure != high.measure:
            continue  # "fell 0.2 percentage point to 5.0%": a move in points, then the level it reached
        if low.value > high.value:
            continue
        rid = low.start
        out[i] = replace(low, qualifier="range_low", range_id=rid)
        out[i + 1] = replace(high, qualifier="range_high", range_id=rid)
    return out


#: what stands between a level and the bare level it was compared with ("to $45,000 from 42,500")
BASELINE_JOIN = re.compile(r"(?i:,?\s(?:(?:up|down)\s)?from\s)")
FROM_BEFORE = re.compile(r"(?i:\bfrom\s{1,3})$")


#: what opens the parts of a whole just named ("2.4 million vehicles, of which 132,000 were imported")
PARTS_JOIN = re.compile(r"(?i:,?\s(?:of\s(?:which|them|these)|including|among\s(?:them|which))[\s,]{1,3}"
                        r"(?:(?!\b(?:and|or)\b)[A-Za-z-]{1,20}\s){0,4})")
#: what may stand between two listed parts: a clause without a number or a sentence end
NEXT_PART = re.compile(r"[^\d.;!?。]{1,80}")
#: what follows a bare part: a verb, a preposition or punctuation, never a noun it counts ("of which 3 firms")
PART_END = re.compile(r"(?i:\s(?:were|was|are|is|came|went|from|in|to|for|and|or|each|respectively|worth|with|by|at|on)\b|[,.;:)!?]|\s*$)")


def _compared_levels(found: list[NumberMention], text: str) -> list[NumberMention]:
    """A bare level compared with an amount or quantity takes its unit: "from 605,000 to 1.06 million vehicles",
    "rose to $45,000 from 42,500"; so do the bare parts of a whole ("... vehicles, of which 132,000 were imported
    and 98,000 exported")."""
    out = list(found)
    whole: NumberMention | None = None  # the whole whose parts are being listed
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        gap = text[a.end : b.start]
        if PARTS_JOIN.fullmatch(gap):
            whole = a
        elif whole is None or a.unit != whole.unit or not NEXT_PART.fullmatch(gap):
            whole = None  # no list of parts goes on here
        if whole is not None:
            out[i + 1] = _part_of(b, whole, text)
        elif gap.strip().lower() == "to" and RANGE_JOIN.fullmatch(gap) and FROM_BEFORE.search(text, max(0, a.start - 8), a.start):
            out[i], out[i + 1] = _with_unit_of(a, b), _with_unit_of(b, a)
        elif BASELINE_JOIN.fullmatch(gap):
            out[i + 1] = _with_unit_of(b, a)
    return out


def _part_of(bare: NumberMention, whole: NumberMention, text: str) -> NumberMention:
    """A bare part of an amount or quantity takes its unit, read with the whole's scale word only when it would
    otherwise be less than a thousandth of the whole ("2.45 million vehicles, of which 132,000 were imported")."""
    if bare.kind != "bare" or whole.kind not in {"money", "quantity"} or _looks_like_year(bare) or not whole.value:
        return bare
    if not PART_END.match(text, bare.end):
        return bare  # "of which 3 firms": a count of something else
    for value in (bare.value, bare.value * _scale_of(whole) if _scale_of(bare) == 1.0 else bare.value):
        if 1e-3 <= value / whole.value <= 1:
            return replace(bare, kind=whole.kind, unit=whole.unit, value=value)
    return bare


def _with_unit_of(bare: NumberMention, other: NumberMention) -> NumberMention:
    """A bare level compared with an amount or quantity takes its unit, and its scale word when that brings the two
    within a factor of ten ("from 40 to 45 billion yuan"; not "from 605,000 to 1.06 million")."""
    if bare.kind != "bare" or other.kind not in {"money", "quantity"} or _looks_like_year(bare) or not bare.value:
        return bare
    value = bare.value
    if _scale_of(bare) == 1.0 and 0.1 <= value * _scale_of(other) / other.value <= 10:
        value *= _scale_of(other)
    if not 0.1 <= value / other.value <= 10:
        return bare
    return replace(bare, kind=other.kind, unit=other.unit, value=value)


def _digits(text: str) -> str:
    m = re.search(r"\d[\d,]{0,30}(?:\.\d{1,8})?", text)
    return m.group(0) if m else ""


@lru_cache(maxsize=1)
def _unit_context() -> tuple[re.Pattern[str], re.Pattern[str]]:
    unit_name = _tables()[3]
    words = _alternation(list(unit_name))
    # "3,024,417 new energy vehicles": up to three modifier words between the number and its unit (not a
    # preposition or conjunction: "Section 301 tariff on Chinese EVs" names no 301 vehicles)
    after = re.compile(
        rf"\s(?:(?!(?i:on|of|for|to|in|at|from|by|with|and|or|than|per|into|over|under|against)\s)[A-Za-z][A-Za-z-]{{0,20}}\s){{0,3}}"
        rf"(?P<unit>(?i:{words}))\b"
    )
    # "exports of new energy vehicles ... climbed 77.6% to 1.203 million": the unit named earlier in the clause
    before = re.compile(rf"\b(?P<unit>(?i:{words}))\b(?=(?:(?![.;!?]\s).){{0,120}}$)", re.S)
    return after, before


def _infer_units(found: list[NumberMention], text: str) -> list[NumberMention]:
    """Give bare numbers a quantity unit named right after them, or (for scaled numbers) earlier in the clause."""
    unit_name = _tables()[3]
    after, before = _unit_context()
    out = []
    for n in found:
        if n.kind == "bare" and not _looks_like_year(n):
            m = after.match(text, n.end)
            if m is None and _scale_of(n) >= 1e3 and n.range_id is None:
                for m in before.finditer(text, max(0, n.start - 120), n.start):
                    pass
            if m is not None:
                n = replace(n, kind="quantity", unit=unit_name[m.group("unit").lower()])
        out.append(n)
    return out


def _shared_currency_words(found: list[NumberMention]) -> list[NumberMention]:
    """A bare shared currency word ("francs") takes the code of the last currency named in full with it."""
    shared = frozenset(units().shared_currency_words)
    word_code = _tables()[2]
    named: dict[str, str] = {}
    out = []
    for n in found:
        if n.kind == "money":
            words = n.text.lower().split()
            last = words[-1] if words else ""
            if last in shared:
                if len(words) >= 2 and " ".join(words[-2:]) in word_code:
                    named[last] = n.unit or ""
                elif last in named and named[last] != n.unit:
                    n = replace(n, unit=named[last])
        out.append(n)
    return out


PER = re.compile(r"(?i:\bper\s|/\s?)$")


def find_numbers(text: str) -> list[NumberMention]:
    """Every money, quantity and percent mention in `text`, ranges linked, qualifiers attached."""
    found = [n for m in _number_matches(text) if (n := _from_match(m)) is not None]
    found = _compared_levels(_infer_units(_link_ranges(found, text), text), text)
    qualifier_re, table = _qualifier_pattern()
    found = _shared_currency_words(found)
    out = []
    for n in found:
        if n.kind == "bare" or PER.search(text, max(0, n.start - 5), n.start):
            continue  # "5,328 rupees per 100 kg": the denominator of a rate is no claim
        if n.qualifier is None:
            q = qualifier_re.search(text, max(0, n.start - 24), n.start)
            if q:
                phrase = " ".join(q.group(0).split()).lower()
                n = replace(n, qualifier=table.get(phrase))
        out.append(n)
    return out
