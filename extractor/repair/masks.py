"""Masked words: runs of '*' and bracketed ellipses, reported (never replaced) with suggestions.

Censored or unrecognized words come through translation as '**' ("the monthly ** deficit",
"said in 3**"). Each becomes a Mask at original offsets; a collocation from
extractor/data/repair/masks.yaml suggests the hidden word where it is nearly unambiguous, and a
number right before the stars after a cue like "in" / "on the" reads as a day of the month.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.repair.data import mask_vocab
from extractor.repair.model import Mask
from extractor.repair.registry import Proposal, repair_rule

# Runs of 2..200 stars; a single '*' is a footnote or list marker, not a mask. Bounded for linear time. Each
# alternative starts with a literal, so the regex engine skips to the candidates in C.
MASK_RE = re.compile(r"\*\*{1,199}|\[(?:\.{3}|…| ?… ?| \.{3} )\]")
# Markdown bold ("**Beijing**"): an opener glued to the next word and a closer glued to the previous
# one within a line. Such pairs are emphasis, not masks.
BOLD_RE = re.compile(r"\*\*(?<![*\w]\*\*)(?=[^\s*])[^*\n]{1,120}?(?<=[^\s*])\*\*(?![*\w])")  # "**" first: a fast scan
WORD_AFTER_RE = re.compile(r"[ \t]{1,3}([A-Za-z][A-Za-z\-]{0,30})")
WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z\-]{0,30})[ \t]{1,3}$")
DAY_BEFORE_RE = re.compile(r"(?<![\w.,])(\d{1,2})$")


def ordinal(n: int) -> str:
    """English ordinal of a day number (3 -> '3rd', 11 -> '11th', 22 -> '22nd')."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]], re.Pattern[str]]:
    """Lookup tables and the day-cue pattern built from the vocabulary (once)."""
    v = mask_vocab()
    nxt = {c.word.lower(): (c.suggestion, c.reason) for c in v.next_word}
    prv = {c.word.lower(): (c.suggestion, c.reason) for c in v.previous_word}
    cues = "|".join(re.escape(w) for w in sorted(v.day_cue_words, key=len, reverse=True))
    day_cue = re.compile(rf"(?i)(?:^|[^\w])(?:{cues}) $")
    return nxt, prv, day_cue


def find_masks(text: str) -> list[Mask]:
    """Every masked word in `text` with its suggestion, in text order."""
    if "**" not in text and "[" not in text:
        return []  # what every mask contains
    nxt, prv, day_cue = _tables()
    bold_starts = set()
    bold_ends = set()
    for b in BOLD_RE.finditer(text):
        bold_starts.add(b.start())
        bold_ends.add(b.end())
    masks: list[Mask] = []
    for m in MASK_RE.finditer(text):
        s, e = m.start(), m.end()
        if s in bold_starts or e in bold_ends:
            continue
        day = DAY_BEFORE_RE.search(text, max(0, s - 2), s)
        if day and day_cue.search(text, max(0, day.start() - 12), day.start()) and 1 <= int(day.group(1)) <= 31:
            n = int(day.group(1))
            masks.append(Mask(day.start(), e, text[day.start():e], ordinal(n),
                              f"'{text[day.start():e]}' after a date cue reads as the {ordinal(n)} of the publication month", n))
            continue
        suggestion = reason = None
        after = WORD_AFTER_RE.match(text, e)
        before = WORD_BEFORE_RE.search(text, max(0, s - 40), s)
        if after and after.group(1).lower() in nxt:
            suggestion, reason = nxt[after.group(1).lower()]
        elif before and before.group(1).lower() in prv:
            suggestion, reason = prv[before.group(1).lower()]
        masks.append(Mask(s, e, m.group(0), suggestion, reason, None))
    return masks


@repair_rule("masks")
def propose_masks(text: str) -> list[Proposal]:
    """Report every masked word (masks are never replaced in the text)."""
    return list(find_masks(text))
