"""The split-decimal noise model: corrupt clean English text the way sentence-split MT does.

A Chinese sentence splitter that takes the decimal point for a full stop cuts "19.7%" into "19" and
"7%"; each piece is translated alone and the pieces are glued back without a space. The integer
part stays where English grammar puts it, sometimes with an invented unit ("19 percent"); the
fractional digits, with the unit, start the next piece and end up glued to the word before
("exports7%"). Money and quantities are cut in their Chinese form: "$3.94 billion" is 39.4亿 美元,
so "39" stays and "4亿美元" comes back converted as "$400 million"; "27.41 trillion yuan" (万亿)
may keep the unit on both pieces. Several fragments of one clause stack in order ("October5%8%").

`garble(text, seed, rate)` applies exactly this corruption and returns the ground truth of every
number it garbled. Scope: it garbles only where the cut leaves a trace a reader can see (a bare
integer before a preposition or punctuation, a fragment glued to a content word, a percent sign or
a currency symbol); cuts that merge digits ("up 78%" from "up 7" + "8%") are not produced.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from extractor.repair.data import split_decimal_vocab
from extractor.repair.numbers import parse_number, plain, scaled

# Words a translated piece does not end on (the next piece would read as their object); a fragment
# is never glued to them. Function words that take a number are a missing space, not a cut.
GLUE_STOP_WORDS = frozenset(
    ["a", "an", "the", "of", "to", "by", "at", "in", "on", "and", "or", "but", "from", "for", "with", "about", "than", "over", "up", "down", "top", "some", "only", "just", "nearly", "around", "almost", "roughly", "under", "above", "below", "is", "are", "was", "were", "be", "been", "no", "rose", "fell", "grew", "increased", "decreased", "declined", "dropped", "climbed", "jumped", "surged", "reached", "hit", "totaled", "stood"]
)
# Words after which a translator leaves an integer bare ("from 39 in January", "up 7 from").
BARE_NEXT_WORDS = frozenset(
    ["in", "from", "of", "to", "at", "for", "on", "by", "over", "during", "compared", "year-on-year", "last", "this", "according", "with", "and", "than", "as", "while", "after", "since"]
)
P_CLAUSE_END = 0.5  # share of fragments glued at the end of their clause, as in the seed examples
P_PERCENT_WORD = 0.5  # "19 percent" (invented unit word) vs "19%" / bare "19"
P_PERCENT_BARE = 0.25
P_REPEATED_UNIT = 0.5  # "27 trillion yuan ... 41 trillion yuan" for wanyi amounts and unit quantities

NUM = r"\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,4})?|\d{1,7}(?:\.\d{1,4})?"


@dataclass(frozen=True)
class GarbleTruth:
    """One garbled number: its true value and where it was (clean text) and went (garbled text)."""

    kind: str  # "percent" | "money" | "quantity"
    form: str  # "percent" | "yi" | "wan" | "wanyi" | "repeated_unit" | "literal"
    value_text: str  # the clean surface ("19.7%", "$3.94 billion")
    value: float  # in base units (19.7, 3940000000.0)
    unit: str | None  # "%", ISO code, unit noun, or None
    start: int  # clean-text offsets of value_text
    end: int
    int_text: str  # what stands for the number in the garbled text ("19 percent", "39")
    int_start: int  # garbled-text offsets of int_text
    int_end: int
    fragment_text: str  # the glued fragment ("7%", "$400 million")
    fragment_start: int  # garbled-text offsets of the fragment
    fragment_end: int


@dataclass(frozen=True)
class GarbleResult:
    """The garbled text and the truth of every number garbled in it."""

    text: str
    truths: list[GarbleTruth]


@dataclass
class _Cut:
    """A clean number and how it will be cut."""

    start: int
    end: int
    kind: str
    form: str
    value: Decimal
    unit: str | None
    int_text: str
    fragment: str
    bare: bool
    position: int = -1


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _number_re() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """One pattern for the clean numbers the model can cut, with currency lookups."""
    v = split_decimal_vocab()
    prefixes = _alt([p for c in v.currencies for p in c.prefixes])
    words = _alt([w for c in v.currencies for w in c.words])
    scales = _alt(list(v.scales))
    units = _alt(v.unit_nouns)
    pattern = re.compile(
        rf"(?<![\w$.,\-/])(?:"
        rf"(?P<pint>\d{{1,3}}(?:,\d{{3}}){{1,3}}|\d{{1,6}})\.(?P<pfrac>\d{{1,3}})(?P<punit> ?%| percent(?![^\W\d_])| per cent(?![^\W\d_]))"
        rf"|(?P<mpre>{prefixes}) ?(?P<mnum>{NUM})(?: (?P<mscale>{scales})(?![^\W\d_]))?(?: (?P<mword>{words})(?![^\W\d_]))?"
        rf"|(?P<snum>{NUM})(?: (?P<sscale>{scales}))? (?P<sword>{words})(?![^\W\d_])"
        rf"|(?P<qnum>{NUM})(?: (?P<qscale>{scales})(?![^\W\d_]))?(?: (?P<qunit>{units})(?![^\W\d_]))"
        rf"|(?P<xnum>{NUM}) (?P<xscale>million|billion|trillion)(?![^\W\d_])"
        rf")(?![\w\-/]|[.,]\d)",
        re.IGNORECASE,
    )
    prefix_code = {p.lower(): c.code for c in v.currencies for p in c.prefixes}
    word_code = {w.lower(): c.code for c in v.currencies for w in c.words}
    return pattern, prefix_code, word_code


def _next_word_ok(text: str, end: int) -> bool:
    """True when a bare integer at `end` would be followed by a preposition or punctuation."""
    m = re.match(r" ?([,;.:)])| ([A-Za-z][A-Za-z\-]{0,20})", text[end:end + 25])
    if not m:
        return end >= len(text.rstrip())
    return bool(m.group(1)) or m.group(2).lower() in BARE_NEXT_WORDS


def _prev_word_ok(text: str, start: int) -> bool:
    """True when the word before `start` is not capitalized (a capitalized one reads as a label)."""
    m = re.search(r"([A-Za-z]{1,20})[ ]{1,2}$", text[max(0, start - 25):start])
    return not m or not m.group(1)[0].isupper()


def _cut_for(m: re.Match[str], text: str, rng: random.Random) -> _Cut | None:
    """Decide how one clean number is cut, or None when it has no decimal cut in its Chinese form."""
    _, prefix_code, word_code = _number_re()
    g = m.groupdict()
    bare_ok = _next_word_ok(text, m.end()) and _prev_word_ok(text, m.start())
    if g["pint"] is not None:
        if int(g["pfrac"]) == 0:
            return None
        value = parse_number(f"{g['pint']}.{g['pfrac']}")
        r = rng.random()
        if bare_ok and r < P_PERCENT_BARE:
            int_text = g["pint"]
        elif r < P_PERCENT_BARE + P_PERCENT_WORD:
            int_text = f"{g['pint']} percent"
        else:
            int_text = f"{g['pint']}%"
        return _Cut(m.start(), m.end(), "percent", "percent", value, "%", int_text, f"{g['pfrac']}%", int_text == g["pint"])
    scales = {k.lower(): Decimal(val) for k, val in split_decimal_vocab().scales.items()}
    if g["mnum"] is not None or g["snum"] is not None:
        kind = "money"
        num = g["mnum"] or g["snum"]
        scale = (g["mscale"] or g["sscale"] or "").lower() or None
        prefix = m.group(0)[: m.start("mnum") - m.start()] if g["mnum"] is not None else ""
        word = g["mword"] or g["sword"]
        unit = prefix_code.get(g["mpre"].lower()) if g["mpre"] else word_code.get((word or "").lower())
        after = f" {word}" if word else ""
    else:
        kind = "quantity"
        num = g["qnum"] or g["xnum"]
        scale = (g["qscale"] or g["xscale"] or "").lower() or None
        prefix = ""
        unit = g["qunit"].lower() if g["qunit"] else None
        after = f" {g['qunit']}" if g["qunit"] else ""
    value = parse_number(num) * (scales[scale] if scale else 1)
    for name, factor in (("wanyi", 10**12), ("yi", 10**8), ("wan", 10**4)):
        if value >= factor and (scale or value >= 10**4):
            q = value / factor
            whole = int(q)
            frac = plain(q - whole)[2:] if q != whole else ""
            if not frac or len(frac) > 3 or frac.startswith("0"):
                return None  # no decimal in the Chinese form, or one a translator would mangle
            mantissa, sc = scaled(Decimal(frac) * factor)
            fragment = f"{prefix}{mantissa}{' ' + sc if sc else ''}{after}"
            if name == "wanyi" and rng.random() < P_REPEATED_UNIT:
                return _Cut(m.start(), m.end(), kind, "repeated_unit", value, unit,
                            f"{prefix}{whole} trillion{after}", fragment, False)
            if not bare_ok:
                return None
            return _Cut(m.start(), m.end(), kind, name, value, unit, str(whole), fragment, True)
    if scale or "." not in num:
        return None
    whole_text, frac = num.split(".")
    if frac.startswith("0") or (kind == "money" and len(frac) > 2):
        return None
    fragment = f"{prefix}{frac}{after}"
    if kind == "quantity" and unit and rng.random() < P_REPEATED_UNIT:
        return _Cut(m.start(), m.end(), kind, "repeated_unit", value, unit, f"{whole_text}{after}", fragment, False)
    if not bare_ok:
        return None
    return _Cut(m.start(), m.end(), kind, "literal", value, unit, whole_text, fragment, True)


def _clause_end(text: str, start: int) -> int:
    """End of the clause that starts before `start` (next , ; ! ? or a full stop not in a number)."""
    m = re.compile(r"[,;!?。，；\n]|[.:](?!\d)").search(text, start)
    return m.start() if m else len(text)


def _glue_word_ok(text: str, pos: int) -> bool:
    """True when the word ending at `pos` can end a translated piece."""
    i = pos
    while i > max(0, pos - 30) and text[i - 1].isalpha():
        i -= 1
    word = text[i:pos]
    if i > 0 and (text[i - 1].isalnum() or text[i - 1] in "$'-"):
        return False
    if re.match(r" {1,3}[$€£¥\d]", text[pos:pos + 4]):
        return False  # "fell5% 3 percent" reads as a missing space before a number, not as a cut
    return len(word) >= 3 and word[-1].islower() and word.lower() not in GLUE_STOP_WORDS


def garble(text: str, seed: int, rate: float = 1.0) -> GarbleResult:
    """Cut the decimal numbers of clean `text` as sentence-split machine translation does.

    Each eligible number is garbled with probability `rate`; the same seed gives the same output.
    Returns the garbled text and, for every garbled number, its true value and offsets.
    """
    rng = random.Random(seed)
    pattern, _, _ = _number_re()
    cuts: list[_Cut] = []
    for m in pattern.finditer(text):
        if rng.random() >= rate:
            continue
        cut = _cut_for(m, text, rng)
        if cut is not None:
            cuts.append(cut)
    while True:
        kept, at_position = _place_fragments(text, cuts, rng)
        if len(kept) == len(cuts):
            return _assemble(text, kept, at_position)
        cuts = kept  # a dropped cut leaves its clean text: place the rest again without it


def _place_fragments(text: str, cuts: list[_Cut], rng: random.Random) -> tuple[list[_Cut], dict[int, list[_Cut]]]:
    """Choose where each fragment is glued: a word end of its clause, in order, leaving a visible seam."""
    ends = {c.end: c for c in cuts}
    at_position: dict[int, list[_Cut]] = {}
    last = -1
    kept: list[_Cut] = []
    for cut in cuts:
        limit = _clause_end(text, cut.end)
        valid = []
        for p in range(max(cut.end, last), limit + 1):
            if any(c.start < p < c.end for c in cuts):
                continue
            word_end = text[p - 1].isalpha() and (p == len(text) or not (text[p].isalnum() or text[p] in "'’-"))
            if (p == cut.end or p in ends or word_end) and _left_ok(text, p, cut, ends, at_position):
                valid.append(p)
        if not valid:
            continue
        cut.position = valid[-1] if rng.random() < P_CLAUSE_END else rng.choice(valid)
        at_position.setdefault(cut.position, []).append(cut)
        last = cut.position
        kept.append(cut)
    return kept, at_position


def _left_ok(text: str, p: int, cut: _Cut, ends: dict[int, _Cut], at_position: dict[int, list[_Cut]]) -> bool:
    """True when the fragment of `cut` glued at clean offset `p` leaves a visible seam."""
    if p in at_position:
        left = at_position[p][-1].fragment  # stacked after the fragment glued there before
    elif p in ends:
        left = ends[p].int_text  # glued right after an integer part
    else:
        left = ""
    last = left[-1] if left else text[p - 1]
    if last.isalpha() and cut.fragment[0].isalpha():
        return False  # "millionRMB 3": letters would fuse into one word
    if not left:
        return _glue_word_ok(text, p)
    if last == "%":
        return True
    if last.isdigit():
        return not cut.fragment[0].isdigit()
    return _glue_word_ok(left, len(left))


def _assemble(text: str, cuts: list[_Cut], at_position: dict[int, list[_Cut]]) -> GarbleResult:
    """Write the garbled text and the truths with their garbled offsets."""
    out: list[str] = []
    pos = 0
    length = 0
    int_offsets: dict[int, tuple[int, int]] = {}
    frag_offsets: dict[int, tuple[int, int]] = {}
    cut_by_start = {c.start: c for c in cuts}
    boundaries = sorted({c.start for c in cuts} | set(at_position))
    for b in boundaries:
        if b < pos:
            continue
        # Fragments due at b come before a number starting at b: they belong to the piece before.
        if b in at_position:
            chunk = text[pos:b]
            out.append(chunk)
            length += len(chunk)
            pos = b
            for c in at_position[b]:
                frag_offsets[id(c)] = (length, length + len(c.fragment))
                out.append(c.fragment)
                length += len(c.fragment)
        if b in cut_by_start:
            c = cut_by_start[b]
            chunk = text[pos:c.start]
            out.append(chunk)
            length += len(chunk)
            int_offsets[id(c)] = (length, length + len(c.int_text))
            out.append(c.int_text)
            length += len(c.int_text)
            pos = c.end
    out.append(text[pos:])
    garbled = "".join(out)
    truths = []
    for c in cuts:
        i0, i1 = int_offsets[id(c)]
        f0, f1 = frag_offsets[id(c)]
        truths.append(GarbleTruth(c.kind, c.form, text[c.start:c.end], float(c.value), c.unit, c.start, c.end,
                                  c.int_text, i0, i1, c.fragment, f0, f1))
    return GarbleResult(garbled, truths)
