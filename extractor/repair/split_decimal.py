"""Split-decimal repair: rejoin numbers a sentence splitter cut at the decimal point.

Machine translation of Chinese news whose splitter took the decimal point for a full stop leaves
the integer part where English grammar puts it ("19 percent", a bare "39", "27 trillion yuan") and
glues the fractional digits, with the unit, to the word ending the piece before ("exports7%",
"January$400 million", "earlier41 trillion yuan", "7$300 million", "October5%8%"). Money and
quantities written with Chinese units come back converted (4亿 -> "$400 million"), so the lost
digits are the fragment's value in yi / wan / wanyi.

The rule finds glued fragments, finds integer-part candidates earlier in the same sentence, and
pairs them by unit and order (a stack of k fragments takes the k nearest compatible candidates,
in order).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from extractor.firstchars import quick_start
from extractor.repair.data import SplitDecimalVocab, split_decimal_vocab
from extractor.repair.model import Repair, Span, Suspect
from extractor.repair.numbers import (
    digits_of_fraction,
    grouped,
    parse_number,
    plain,
    scaled,
)
from extractor.repair.registry import Candidate, Proposal, repair_rule
from extractor.repair.scan import matches_at

# Longest distance (chars) between an integer part and its fragment. The seed article's longest
# gap is 88 chars; newswire sentences rarely exceed 300 chars, and the bound keeps the search linear.
MAX_PAIR_DISTANCE = 320
# Longest glued word looked at before a fragment (longest English words in news are ~20 letters).
MAX_GLUE_WORD = 40

# Confidence model. Starting points reasoned from how distinctive each cue is in clean English,
# then checked on bench/repair_bench.py's generated pairs (never on corpus/).
CONF_DIGIT_GLUE = 0.95  # "7$300 million": a digit glued to a currency symbol never occurs in clean text
CONF_PERCENT_STACK = 0.9  # "3%5%": a percent sign glued to a digit never occurs in clean text
CONF_WORD_GLUE = 0.85  # "exports7%": a lowercase word glued to digits and a unit; rare in clean text
CONF_STACK = 0.85  # a fragment glued to the fragment before it
BONUS_EXPLICIT_UNIT = 0.1  # the integer part carries the fragment's unit ("19 percent", "27 trillion yuan")
PENALTY_BARE_PERCENT = 0.15  # a bare integer read as a percentage: nothing but position ties them
PENALTY_PLAIN_UNIT = 0.2  # "output5 tons": unit nouns glue to model names more often than % or $
PENALTY_AMBIGUOUS = 0.4  # two integer parts fit equally well: suspect only (0.95 - 0.4 < min_confidence)
PENALTY_FAR = 0.1  # per 120 chars between the integer part and the fragment, beyond the first 120
FAR_STEP = 120
ORPHAN_CONFIDENCE = 0.3  # a fragment whose integer part was not found is only a suspect

# Longest fractional part read literally from an unconverted fragment: money has cents ("2" +
# "$75" = $2.75); a quantity may have three decimals ("3" + "125 tons").
MAX_LITERAL_DIGITS = {"money": 2, "quantity": 3}

NUM = r"\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,4})?|\d{1,6}(?:\.\d{1,4})?"
INT = r"\d{1,3}(?:,\d{3}){1,3}|\d{1,5}"


def _alt(words: list[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    """Compiled patterns and lookup tables built from the vocabulary."""

    fragment: re.Pattern[str]
    integer: re.Pattern[str]
    after_int: re.Pattern[str]
    prefix_before: re.Pattern[str]
    boundary: re.Pattern[str]
    prefix_code: dict[str, str]
    word_code: dict[str, str]
    scales: dict[str, int]
    units: frozenset[str]
    reach: int  # a fragment's first digit is at most this many characters after its start (prefix and space)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """Compile the rule's patterns from extractor/data/repair/split_decimal.yaml (once)."""
    v: SplitDecimalVocab = split_decimal_vocab()
    prefix_code = {p.lower(): c.code for c in v.currencies for p in c.prefixes}
    word_code = {w.lower(): c.code for c in v.currencies for w in c.words}
    prefixes = _alt([p for c in v.currencies for p in c.prefixes])
    words = _alt([w for c in v.currencies for w in c.words])
    scales = _alt(list(v.scales))
    units = _alt(v.unit_nouns)
    pct_words = _alt([w for w in v.percent_words if w not in ("%", "％")])
    fragment = quick_start(re.compile(
        rf"(?P<pnum>\d{{1,4}})(?P<punit>[%％]| (?:{pct_words})(?![^\W\d_]))"
        rf"|(?P<mpre>{prefixes}) ?(?P<mnum>{NUM})(?: (?P<mscale>{scales})(?![^\W\d_]))?(?: (?P<mword>{words})(?![^\W\d_]))?"
        rf"|(?P<snum>{NUM})(?: (?P<sscale>{scales}))? (?P<sword>{words})(?![^\W\d_])"
        rf"|(?P<qnum>{NUM})(?: (?P<qscale>{scales})(?![^\W\d_])(?: (?P<qunit>{units})(?![^\W\d_]))?| ?(?P<qunit2>{units})(?![^\W\d_]))",
        re.IGNORECASE,
    ))
    integer = quick_start(re.compile(rf"(?<![\w.,\-/#])(?P<int>{INT})(?![\d/]|[.,:]\d)"))
    after_int = re.compile(
        rf"(?P<pct> ?[%％]| (?:{pct_words})(?![^\W\d_]))"
        rf"|(?: (?P<scale>{scales})(?![^\W\d_]))?(?: (?P<word>{words})(?![^\W\d_])| (?P<unit>{units})(?![^\W\d_]))?",
        re.IGNORECASE,
    )
    prefix_before = re.compile(rf"(?:{prefixes}) ?$", re.IGNORECASE)
    # one leading class (not an alternation) lets the regex engine skip to the candidates in C
    boundary = re.compile(r"[.!?。！？\n](?:(?<=\n)|(?=[\s\"'”’]|$))")
    return _Patterns(
        fragment, integer, after_int, prefix_before, boundary, prefix_code, word_code,
        {k.lower(): val for k, val in v.scales.items()}, frozenset(u.lower() for u in v.unit_nouns),
        max(len(p) for c in v.currencies for p in c.prefixes) + 1,
    )


@dataclass(frozen=True)
class Fragment:
    """Fractional digits with their unit, glued to the text before them."""

    start: int
    end: int
    kind: str  # "percent" | "money" | "quantity"
    number: str  # the fragment's number as written ("400", "2.5", "7")
    scale: str | None  # English scale word ("million") or None
    currency: str | None  # ISO code for money
    unit: str | None  # unit noun for quantities
    prefix: str  # currency prefix as written ("$", "RMB "), "" if none
    suffix: str  # text after the number and scale as written (" yuan", " tons", "%")
    glue: str  # "digit" | "percent" | "word" | "stack"


@dataclass(frozen=True)
class IntegerPart:
    """An integer that may be the integer part of a split decimal."""

    start: int  # start of the whole surface (currency prefix included)
    end: int  # end of the whole surface (unit included)
    int_start: int
    int_end: int
    number: str
    kind: str  # "percent" | "scaled" | "unit" | "bare"
    scale: str | None
    currency: str | None
    unit: str | None
    prefix: str
    suffix: str


def _glue_kind(text: str, start: int, frag_starts_with_digit: bool, fragment_ends: set[int]) -> str | None:
    """How the fragment at `start` is glued to what precedes it, or None when it is not glued."""
    if start == 0:
        return None
    if start in fragment_ends:
        return "stack"
    prev = text[start - 1]
    if prev.isdigit():
        return None if frag_starts_with_digit else "digit"
    if prev in "%％":
        return "percent"
    if not prev.isalpha():
        return None
    i = start
    lo = max(0, start - MAX_GLUE_WORD)
    while i > lo and (text[i - 1].isalpha() or text[i - 1] == "'"):
        i -= 1
    if i > 0 and (text[i - 1].isalnum() or text[i - 1] in "$_"):
        return None  # part of a longer alphanumeric token ("3Q24", "RTX4090")
    word = text[i:start]
    vocab = split_decimal_vocab()
    if len(word) < 2 or not word[-1].islower() or word[-2:].isupper():
        return None
    if word.lower() in vocab.number_taking_words:
        return None
    if not any(ch.isascii() for ch in word):
        return None
    if text[start] == "$" and word.lower() in vocab.dollar_prefix_words:
        return None  # "usd$ 15", "Mex$ 10 million": a currency prefix, not a glued word
    return "word"


# URLs and e-mail addresses: percent-encoding ("%2020%") and ids are not numbers to repair.
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,200}")


#: a percent fragment glued to a year ("an increase of 9 percent over 20234%" = 9.4% over 2023): no
#: five-digit percentage is ever printed, so the year's four digits and the fraction's one or two part cleanly
YEAR_GLUED_PERCENT = re.compile(r"(?<![\w.,])(?:19[5-9]\d|20\d\d)(?P<num>\d{1,2})(?P<unit>[%％])")


DIGITS = re.compile(r"\d+")


def _run_starts(runs: list[re.Match[str]]) -> Iterator[int]:
    """Where runs of digits start: a number that nothing word-like precedes starts there."""
    return (run.start() for run in runs)


def _near_runs(runs: list[re.Match[str]], reach: int) -> Iterator[int]:
    """Every position inside a run of digits or at most `reach` characters before one, in order."""
    done = 0
    for run in runs:
        yield from range(max(done, run.start() - reach), run.end())
        done = run.end()


def _year_glued(text: str, runs: list[re.Match[str]]) -> list[Fragment]:
    return [Fragment(m.start("num"), m.end(), "percent", m.group("num"), None, None, None, "", m.group("unit"), "word")
            for m in matches_at(YEAR_GLUED_PERCENT, text, _run_starts(runs))]


def find_fragments(text: str, runs: list[re.Match[str]] | None = None) -> list[Fragment]:
    """Every fractional-digit fragment glued to the text before it, in text order (`runs`: DIGITS' matches)."""
    p = _patterns()
    runs = list(DIGITS.finditer(text)) if runs is None else runs
    found: list[Fragment] = _year_glued(text, runs) if "%" in text or "％" in text else []
    ends: set[int] = {f.end for f in found}
    maybe_url = "@" in text or "://" in text or "www." in text  # what every URL_RE match contains
    urls = [(u.start(), u.end()) for u in URL_RE.finditer(text)] if maybe_url else []
    url_starts = [a for a, _ in urls]
    # a fragment's first digit is at most p.reach characters after its start (a currency prefix and a space)
    for m in matches_at(p.fragment, text, _near_runs(runs, p.reach)):
        m = _without_word_tail(text, m, p)
        if m is None:
            continue
        k = bisect_right(url_starts, m.start()) - 1
        if k >= 0 and m.start() < urls[k][1]:
            continue
        first = text[m.start()]
        glue = _glue_kind(text, m.start(), first.isdigit(), ends)
        if glue is None:
            continue
        end = m.end()
        if end < len(text) and text[end].isalpha() and m.group("punit") is not None and m.group("punit") in "%％":
            continue  # "7%At" is not a fragment boundary we understand
        frag = _fragment_from_match(m, glue, p)
        if frag is None:
            continue
        found.append(frag)
        ends.add(end)
    return sorted(found, key=lambda f: f.start)


def _without_word_tail(text: str, m: re.Match[str], p: _Patterns) -> re.Match[str] | None:
    """The fragment match without a currency prefix's letters that end the word it is glued to.

    "from China$500 million": the case-insensitive prefix "A$" (Australian dollars) matches "a$",
    but the "a" ends "China" and the fragment is "$500 million". A prefix's letters glued to the
    end of a word belong to the word unless they are upper case after a lower-case letter
    ("visitorsRMB 700 million", "exportsUS$5 billion"). None when no fragment is left.
    """
    prefix = m.group("mpre")
    if prefix is None or m.start() == 0 or not text[m.start() - 1].isalpha():
        return m
    letters = len(prefix) - len(prefix.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
    if letters == 0 or (prefix[:letters].isupper() and text[m.start() - 1].islower()):
        return m
    return p.fragment.match(text, m.start() + letters) if letters < len(prefix) else None


def _fragment_from_match(m: re.Match[str], glue: str, p: _Patterns) -> Fragment | None:
    """Build a Fragment from a match of the fragment pattern."""
    g = m.groupdict()
    if g["pnum"] is not None:
        return Fragment(m.start(), m.end(), "percent", g["pnum"], None, None, None, "", g["punit"], glue)
    if g["mnum"] is not None:
        prefix = m.group(0)[: m.start("mnum") - m.start()]
        code = p.prefix_code.get(g["mpre"].lower())
        scale = g["mscale"].lower() if g["mscale"] else None
        suffix = m.group(0)[m.end("mnum") - m.start():]
        return Fragment(m.start(), m.end(), "money", g["mnum"], scale, code, None, prefix, suffix, glue)
    if g["snum"] is not None:
        scale = g["sscale"].lower() if g["sscale"] else None
        code = p.word_code.get(g["sword"].lower())
        suffix = m.group(0)[m.end("snum") - m.start():]
        return Fragment(m.start(), m.end(), "money", g["snum"], scale, code, None, "", suffix, glue)
    unit = g["qunit"] or g["qunit2"]
    scale = g["qscale"].lower() if g["qscale"] else None
    suffix = m.group(0)[m.end("qnum") - m.start():]
    return Fragment(m.start(), m.end(), "quantity", g["qnum"], scale, None, unit.lower() if unit else None, "", suffix, glue)


def _sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start (0 included); abbreviations like 'U.S.' do not end a sentence."""
    starts = [0]
    for m in _patterns().boundary.finditer(text):
        if m.group(0) == ".":
            j = m.start()
            i = j
            while i > max(0, j - 6) and text[i - 1].isalpha():
                i -= 1
            word = text[i:j]
            if len(word) <= 2 and (word[:1].isupper() or (i > 0 and text[i - 1] == ".")):
                continue  # "U.S.", "No.", "Mr."
            if j > 0 and text[j - 1].isdigit() and j + 1 < len(text) and text[j + 1].isdigit():
                continue
        starts.append(m.end())
    return starts


def find_integer_parts(text: str, fragments: list[Fragment], runs: list[re.Match[str]] | None = None,
                       sent_starts: list[int] | None = None) -> list[IntegerPart]:
    """Integers that may be the integer part of a split decimal, with the unit they carry (`runs`: DIGITS'
    matches, `sent_starts`: _sentence_starts(text), computed when not given)."""
    p = _patterns()
    vocab = split_decimal_vocab()
    frag_starts = {f.start for f in fragments}
    starts = [f.start for f in fragments]
    runs = list(DIGITS.finditer(text)) if runs is None else runs
    sent_starts = _sentence_starts(text) if sent_starts is None else sent_starts
    out: list[IntegerPart] = []
    for m in matches_at(p.integer, text, _run_starts(runs)):
        s, e = m.start("int"), m.end("int")
        k = bisect_right(starts, s) - 1
        if k >= 0 and fragments[k].start <= s < fragments[k].end:
            continue  # the number inside a fragment ("$400 million")
        if e < len(text) and text[e].isalpha() and e not in frag_starts:
            continue  # "4nm", "3Q24": a token, not a number
        pre = p.prefix_before.search(text, max(0, s - 6), s)
        prefix = pre.group(0) if pre else ""
        if prefix and pre is not None and pre.start() > 0 and text[pre.start() - 1].isalnum() and prefix[0].isalpha():
            prefix = ""  # "ORMB 3": not a currency prefix
        code = p.prefix_code.get(prefix.strip().lower()) if prefix else None
        start = s - len(prefix)
        if e in frag_starts:
            out.append(IntegerPart(start, e, s, e, m.group("int"), "bare", None, code, None, prefix, ""))
            continue
        a = p.after_int.match(text, e)
        if a is not None and a.group("pct"):
            out.append(IntegerPart(start, a.end(), s, e, m.group("int"), "percent", None, None, None, prefix, a.group(0)))
            continue
        if a is not None and a.group("scale"):
            word = a.group("word")
            unit = a.group("unit")
            wcode = p.word_code.get(word.lower()) if word else None
            out.append(IntegerPart(start, a.end(), s, e, m.group("int"), "scaled", a.group("scale").lower(),
                                   code or wcode, unit.lower() if unit else None, prefix, a.group(0)))
            continue
        if a is not None and a.group("unit"):
            out.append(IntegerPart(start, a.end(), s, e, m.group("int"), "unit", None, code,
                                   a.group("unit").lower(), prefix, a.group(0)))
            continue
        if a is not None and a.group("word"):
            wcode = p.word_code.get(a.group("word").lower())
            out.append(IntegerPart(start, a.end(), s, e, m.group("int"), "bare", None, code or wcode, None, prefix, a.group(0)))
            continue
        if _is_bare_integer_part(text, s, e, sent_starts, vocab):
            out.append(IntegerPart(start, e, s, e, m.group("int"), "bare", None, code, None, prefix, ""))
    return out


def _is_bare_integer_part(text: str, s: int, e: int, sent_starts: list[int], vocab: SplitDecimalVocab) -> bool:
    """True when a bare integer reads as a truncated decimal rather than a count, date, year or label."""
    number = text[s:e]
    digits = number.replace(",", "")
    if len(digits) == 4 and 1800 <= int(digits) <= 2100:
        return False  # a year
    after = text[e:e + 30]
    if after[:1] in (",", ";", ":", ".", ")", "!", "?", "。", "，", "；") or after == "":
        follow_ok = True
    elif after[:1] == " ":
        nxt = re.match(r" ([A-Za-z][A-Za-z\-]{0,20})", after)
        follow_ok = bool(nxt) and nxt.group(1).lower() in vocab.bare_followers  # type: ignore[union-attr]
        if nxt and nxt.group(1).lower() in vocab.month_names:
            return False  # "1 December"
    else:
        follow_ok = False
    if not follow_ok:
        return False
    before = text[max(0, s - 30):s]
    prev = re.search(r"([A-Za-z][A-Za-z.']{0,20}) ?$", before)
    if prev:
        word = prev.group(1)
        if word.lower().rstrip(".") in vocab.month_names:
            return False  # "December 1"
        if word[0].isupper():
            i = bisect_left(sent_starts, s) - 1
            sent_start = sent_starts[max(0, i)]
            if text[sent_start:s].strip() != word.strip():
                return False  # a label or a name ("Article 232", "Boeing 737")
        if word.endswith("."):
            return False  # "No. 3"
    return True


@dataclass(frozen=True)
class _Reading:
    """How one fragment completes one integer part."""

    repaired: str
    value: Decimal
    rule: str
    unit: str | None
    bonus: float
    ambiguous: bool = False


def _read(frag: Fragment, part: IntegerPart) -> _Reading | None:
    """The repaired number when `frag` is the fractional part of `part`, or None if incompatible."""
    if part.kind == "converted":
        return _read_converted(frag, part)
    int_value = parse_number(part.number)
    if frag.kind == "percent":
        if part.kind not in ("percent", "bare") or part.currency:
            return None
        value = parse_number(f"{part.number.replace(',', '')}.{frag.number}")
        unit_text = "%" if frag.suffix in ("%", "％") else frag.suffix
        bonus = BONUS_EXPLICIT_UNIT if part.kind == "percent" else -PENALTY_BARE_PERCENT
        return _Reading(f"{part.number}.{frag.number}{unit_text}", value, "split_decimal.percent.v1", "%", bonus)
    if frag.kind == "money" and frag.currency is None:
        return None
    if frag.kind == "money" and part.currency and part.currency != frag.currency:
        return None
    if frag.kind == "quantity" and (part.currency or (part.unit and part.unit != frag.unit)):
        return None
    unit = frag.currency if frag.kind == "money" else frag.unit
    frag_value = parse_number(frag.number)
    if part.kind == "scaled":
        # Repeated unit: "27 trillion yuan ... earlier41 trillion yuan" -> 27.41 trillion yuan.
        if frag.scale != part.scale or "." in frag.number or "," in frag.number:
            return None
        if frag.kind == "quantity" and part.unit is None and frag.unit is not None:
            return None
        factor = _patterns().scales[part.scale]
        value = parse_number(f"{part.number.replace(',', '')}.{frag.number}") * factor
        repaired = part.prefix + f"{part.number}.{frag.number}" + part.suffix
        return _Reading(repaired, value, "split_decimal.repeated_unit.v1", unit, BONUS_EXPLICIT_UNIT)
    if part.kind == "unit":
        if frag.kind != "quantity" or frag.scale or frag.unit != part.unit or not frag.number.isdigit():
            return None
        value = parse_number(f"{part.number.replace(',', '')}.{frag.number}")
        return _Reading(f"{part.number}.{frag.number}{part.suffix}", value, "split_decimal.quantity.v1", unit,
                        BONUS_EXPLICIT_UNIT)
    if part.kind != "bare":
        return None
    # A bare integer: the fragment is either a Chinese-unit conversion or literal digits.
    scale_factor = _patterns().scales.get(frag.scale or "", 1)
    full = frag_value * scale_factor
    if frag.scale or full >= 10_000:
        for cu in split_decimal_vocab().chinese_units:
            digits = digits_of_fraction(full, cu.factor, cu.max_digits)
            if digits is None:
                continue
            value = (int_value + Decimal(f"0.{digits}")) * cu.factor
            return _Reading(_render_amount(value, frag), value, f"split_decimal.{cu.name}.v1", unit, 0.0)
        return None
    if not frag.number.isdigit() or len(frag.number) > MAX_LITERAL_DIGITS[frag.kind]:
        return None
    value = parse_number(f"{part.number.replace(',', '')}.{frag.number}")
    rule = "split_decimal.money.v1" if frag.kind == "money" else "split_decimal.quantity.v1"
    return _Reading(f"{frag.prefix}{part.number}.{frag.number}{frag.suffix}", value, rule, unit, 0.0)


# Longest stretch between a converted integer part and its fragment ("731.5 billion yuan" +
# "600 million yuan", "$73 billion in imports$600 million"); like the bare yi form's "39 in
# January$400 million", a short phrase with no number or clause break in it.
MAX_CONVERTED_GAP = 60
_CONVERTED_GAP = re.compile(rf"[^\d,;:.!?。，；：\n]{{0,{MAX_CONVERTED_GAP}}}")


@lru_cache(maxsize=1)
def _converted_pattern() -> re.Pattern[str]:
    """An amount with a scale word: a whole number of yi or wan written in English ("731.5 billion yuan")."""
    v = split_decimal_vocab()
    words = _alt([w for c in v.currencies for w in c.words])
    return re.compile(
        rf"(?<![\w.,\-/#])(?P<num>\d{{1,3}}(?:,\d{{3}}){{1,3}}(?:\.\d{{1,4}})?|\d{{1,5}}(?:\.\d{{1,4}})?)"
        rf" (?P<scale>{_alt(list(v.scales))})(?![^\W\d_])"
        rf"(?: (?P<word>{words})(?![^\W\d_])| (?P<unit>{_alt(v.unit_nouns)})(?![^\W\d_]))?",
        re.IGNORECASE,
    )


def find_converted_parts(text: str, fragments: list[Fragment], runs: list[re.Match[str]] | None = None) -> list[IntegerPart]:
    """Amounts with a scale word right before a money or quantity fragment: integer parts already converted.

    "7315.6亿元" cut at its decimal point comes back as "7315亿元" converted ("731.5 billion
    yuan") and "6亿元" converted ("600 million yuan") glued after it. Only an amount followed by
    a fragment through a short stretch without numbers or clause breaks is a candidate; a
    fragment farther away keeps its bare or repeated-unit readings alone.
    """
    p = _patterns()
    out: list[IntegerPart] = []
    if not any(f.kind != "percent" for f in fragments):
        return out
    runs = list(DIGITS.finditer(text)) if runs is None else runs
    # one linear pass (an amount starts a run of digits); fragments look up the last before them
    amounts = list(matches_at(_converted_pattern(), text, _run_starts(runs)))
    ends = [m.end() for m in amounts]
    starts = [f.start for f in fragments]
    seen: set[int] = set()
    for frag in fragments:
        i = bisect_right(ends, frag.start) - 1
        if frag.kind == "percent" or i < 0 or not _CONVERTED_GAP.fullmatch(text, ends[i], frag.start):
            continue
        m = amounts[i]
        k = bisect_right(starts, m.start()) - 1
        if m.start() in seen or (k >= 0 and m.start() < fragments[k].end):
            continue  # already a candidate, or the amount is itself a fragment ("earlier$3 billion$400 million")
        seen.add(m.start())
        pre = p.prefix_before.search(text, max(0, m.start() - 6), m.start())
        prefix = pre.group(0) if pre and not (pre.start() > 0 and text[pre.start() - 1].isalnum()) else ""
        code = p.prefix_code.get(prefix.strip().lower()) if prefix else None
        word, unit = m.group("word"), m.group("unit")
        out.append(IntegerPart(
            m.start() - len(prefix), m.end(), m.start("num"), m.end("num"), m.group("num"), "converted",
            m.group("scale").lower(), code or (p.word_code.get(word.lower()) if word else None),
            unit.lower() if unit else None, prefix, m.group(0)[m.end("num") - m.start():],
        ))
    return sorted(out, key=lambda q: q.int_start)


def _read_converted(frag: Fragment, part: IntegerPart) -> _Reading | None:
    """The repaired amount when `frag` is the fraction of a whole number of yi/wan already written in English.

    "731.5 billion yuan" is 7315 yi and "600 million yuan" is 6 yi: 7315.6 yi = 731.56 billion yuan.
    The unit must agree on both sides, the whole must be a whole number of the Chinese unit and
    the fragment one to three digits of it.
    """
    if frag.kind == "percent" or part.scale is None or frag.scale == part.scale:
        return None  # one scale on both sides is the repeated-unit reading
    if frag.kind == "money" and (frag.currency is None or part.currency != frag.currency):
        return None
    if frag.kind == "quantity" and (part.currency or frag.unit is None or part.unit != frag.unit):
        return None
    scales = _patterns().scales
    whole = parse_number(part.number) * scales[part.scale]
    full = parse_number(frag.number) * scales.get(frag.scale or "", 1)
    for cu in split_decimal_vocab().chinese_units:
        if whole < cu.factor or whole % cu.factor:
            continue
        digits = digits_of_fraction(full, cu.factor, cu.max_digits)
        if digits is None or digits.endswith("0"):
            continue  # "$5 billion" is 50 yi: a fraction ".50" is never written
        value = whole + Decimal(f"0.{digits}") * cu.factor
        mantissa, scale = scaled(value)
        after = re.sub(rf"^ ?{re.escape(part.scale)}", "", part.suffix, count=1, flags=re.IGNORECASE)
        repaired = f"{part.prefix}{mantissa}{' ' + scale if scale else ''}{after}"
        unit = frag.currency if frag.kind == "money" else frag.unit
        return _Reading(repaired, value, f"split_decimal.converted_{cu.name}.v1", unit, BONUS_EXPLICIT_UNIT)
    return None


def _render_amount(value: Decimal, frag: Fragment) -> str:
    """Write a base-unit amount in the fragment's style ("$" prefix or "yuan" suffix, unit noun)."""
    mantissa, scale = scaled(value)
    after = frag.suffix
    if frag.scale:
        # Drop the fragment's own scale words from its suffix: " million yuan" -> " yuan",
        # " ten thousand tons" -> " tons".
        after = re.sub(rf"^ ?{re.escape(frag.scale)}", "", after, count=1, flags=re.IGNORECASE)
    number = f"{mantissa} {scale}" if scale else mantissa
    return f"{frag.prefix}{number}{after}"


def _confidence(frag: Fragment, part: IntegerPart, reading: _Reading) -> float:
    """Confidence of one pairing from the glue, the unit agreement and the distance."""
    base = {"digit": CONF_DIGIT_GLUE, "percent": CONF_PERCENT_STACK, "word": CONF_WORD_GLUE, "stack": CONF_STACK}[frag.glue]
    conf = base + reading.bonus
    if frag.kind == "quantity" and not frag.scale and reading.rule == "split_decimal.quantity.v1":
        conf -= PENALTY_PLAIN_UNIT
    gap = frag.start - part.end
    if gap > FAR_STEP:
        conf -= PENALTY_FAR * ((gap - 1) // FAR_STEP)
    return round(max(0.0, min(1.0, conf)), 3)


# Pairing by dynamic programming is exact but quadratic; sentences with more fragments or
# candidates than this (only pathological input) fall back to the nearest-first greedy pass.
MAX_DP_FRAGMENTS = 12
MAX_DP_PARTS = 40
# A bare integer read as a percentage counts as this many chars farther away than it is, so a
# nearby integer carrying "percent" wins over a bare one.
BARE_PERCENT_COST = 80

Pairing = tuple[Fragment, IntegerPart | None, _Reading | None]


def _pair_cost(frag: Fragment, part: IntegerPart, reading: _Reading) -> int:
    """How unlikely a pairing is: the gap between integer part and fragment, plus unit doubt."""
    cost = frag.start - part.end
    if frag.kind == "percent" and part.kind == "bare":
        cost += BARE_PERCENT_COST
    return cost


def _options(frags: list[Fragment], parts: list[IntegerPart], lo: int) -> list[list[tuple[int, _Reading]]]:
    """For each fragment, the candidate integer parts (index, reading) it could complete."""
    out = []
    for f in frags:
        opts = []
        for j, pt in enumerate(parts):
            if pt.start >= max(lo, f.start - MAX_PAIR_DISTANCE) and pt.end <= f.start:
                reading = _read(f, pt)
                if reading is not None:
                    opts.append((j, reading))
        out.append(opts)
    return out


def _pair_dp(frags: list[Fragment], parts: list[IntegerPart], lo: int) -> list[Pairing]:
    """Order-keeping pairing with the most pairs, then the least total cost (exact)."""
    options = _options(frags, parts, lo)
    n, m = len(frags), len(parts)
    # best[i][j]: (pairs, -cost, choice) for fragments i.. using integer parts j..
    best: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    choice: list[list[tuple[int, int, _Reading | None]]] = [[(-1, -1, None)] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m, -1, -1):
            cand = best[i + 1][j]
            pick: tuple[int, int, _Reading | None] = (i + 1, j, None)
            if j < m and best[i][j + 1] > cand:
                cand, pick = best[i][j + 1], (i, j + 1, None)
            for k, reading in options[i]:
                if k >= j:
                    sub = best[i + 1][k + 1]
                    val = (sub[0] + 1, sub[1] - _pair_cost(frags[i], parts[k], reading))
                    if val > cand:
                        cand, pick = val, (i + 1, k + 1, reading)
            best[i][j] = cand
            choice[i][j] = pick
    out: list[Pairing] = []
    i, j = 0, 0
    while i < n:
        ni, nj, reading = choice[i][j]
        if reading is not None:
            out.append((frags[i], parts[nj - 1], reading))
        elif ni == i + 1:
            out.append((frags[i], None, None))
        i, j = ni, nj
    return out


def _pair_greedy(frags: list[Fragment], parts: list[IntegerPart], lo: int) -> list[Pairing]:
    """Nearest-first pairing keeping order (linear; for pathological sentences)."""
    part_starts = [pt.int_start for pt in parts]
    out: list[Pairing] = []
    floor = lo
    for f in frags:
        i = bisect_left(part_starts, f.start) - 1
        hit: Pairing = (f, None, None)
        steps = 0
        while i >= 0 and parts[i].start >= max(floor, f.start - MAX_PAIR_DISTANCE) and steps < MAX_DP_PARTS:
            pt = parts[i]
            reading = _read(f, pt) if pt.end <= f.start else None
            if reading is not None:
                hit = (f, pt, reading)
                floor = pt.end
                break
            i -= 1
            steps += 1
        out.append(hit)
    return out


def pair_fragments(text: str) -> list[Pairing]:
    """Pair every fragment with its integer part (None when none fits), keeping order, sentence by sentence."""
    runs = list(DIGITS.finditer(text))
    fragments = find_fragments(text, runs)
    if not fragments:
        return []
    sent_starts = _sentence_starts(text)
    parts = find_integer_parts(text, fragments, runs, sent_starts)
    converted = find_converted_parts(text, fragments, runs)
    if converted:
        parts = sorted(parts + converted, key=lambda q: q.int_start)  # stable: a "scaled" part stays first
    by_sentence: dict[int, list[Fragment]] = {}
    for f in fragments:
        by_sentence.setdefault(sent_starts[bisect_left(sent_starts, f.start + 1) - 1], []).append(f)
    part_starts = [pt.int_start for pt in parts]
    out: list[Pairing] = []
    for sent_start, frags in by_sentence.items():
        lo = max(sent_start, frags[0].start - MAX_PAIR_DISTANCE)
        sub = parts[bisect_left(part_starts, lo):bisect_left(part_starts, frags[-1].start)]
        if len(frags) <= MAX_DP_FRAGMENTS and len(sub) <= MAX_DP_PARTS:
            pairs = _pair_dp(frags, sub, sent_start)
        else:
            pairs = _pair_greedy(frags, sub, sent_start)
        used = {id(pt) for _, pt, _ in pairs if pt is not None}
        sub_starts = [q.int_start for q in sub]
        for frag, pt, reading in pairs:
            between = sub[bisect_left(sub_starts, pt.end):bisect_left(sub_starts, frag.start)] if pt else []
            if pt is not None and reading is not None and _ambiguous(frag, pt, between, used):
                reading = _Reading(reading.repaired, reading.value, reading.rule, reading.unit,
                                   reading.bonus - PENALTY_AMBIGUOUS, ambiguous=True)
            out.append((frag, pt, reading))
    return out


def _ambiguous(frag: Fragment, part: IntegerPart, parts: list[IntegerPart], used: set[int]) -> bool:
    """True when a percent fragment paired with "N percent" has an unused bare integer between them.

    "fell 33% in May but rose 35 in June ... year76%": the clean 33% and a bare 35 are equally
    plausible integer parts, so the repair is only suspected.
    """
    if frag.kind != "percent" or part.kind != "percent":
        return False
    return any(q.kind == "bare" and id(q) not in used and part.end <= q.start and q.end <= frag.start
               and _read(frag, q) is not None for q in parts)


@repair_rule("split_decimal")
def propose_split_decimals(text: str) -> list[Proposal]:
    """Propose a repair for every glued fragment whose integer part is found; a suspect otherwise."""
    proposals: list[Proposal] = []
    for frag, part, reading in pair_fragments(text):
        if part is None or reading is None:
            if frag.kind == "quantity":
                continue  # an unpaired "Mate60 units" is no evidence of garbling
            proposals.append(Suspect(
                rule="split_decimal.orphan.v1", start=frag.start, end=frag.end, original=text[frag.start:frag.end],
                suggestion="", confidence=ORPHAN_CONFIDENCE,
                message=f"'{text[frag.start:frag.end]}' looks like the fractional part of a number cut at its "
                        "decimal point, but no integer part was found before it",
            ))
            continue
        conf = _confidence(frag, part, reading)
        spans = (Span(part.start, part.end, reading.repaired), Span(frag.start, frag.end, ""))
        original = text[part.start:frag.end]
        message = (f"'{text[part.start:part.end]}' and '{text[frag.start:frag.end]}' are one number cut at its "
                   f"decimal point: {reading.repaired}")
        if reading.ambiguous:
            message += " (another integer between them could be the integer part)"
        rep = Repair(rule=reading.rule, kind="number", spans=spans, original=original, repaired=reading.repaired,
                     value=float(reading.value), confidence=conf, start=part.start, end=frag.end,
                     unit=reading.unit, message=message)
        sus = Suspect(rule=reading.rule, start=part.start, end=frag.end, original=original,
                      suggestion=reading.repaired, confidence=conf, message=message)
        proposals.append(Candidate(rep, sus))
    return proposals


__all__ = [
    "Fragment",
    "IntegerPart",
    "find_fragments",
    "find_integer_parts",
    "grouped",
    "pair_fragments",
    "plain",
    "propose_split_decimals",
]
