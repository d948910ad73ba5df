"""What rules need to know about the text around a span: sentences, tense cues, role cues, fiscal cues."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from extractor.dates.scan import scan
from extractor.dates.vocab import DateVocab, FiscalConvention, load_vocab
from extractor.firstchars import quick_start

FUTURE_WINDOW = 150  # chars before a span searched for future-tense cues: about one clause of news prose
CUE_WINDOW = 40  # chars before a span searched for a role cue ("compared with the", "starting from")
#: ... and a level in apposition, which states what it was ("to bring inflation, at 5.1% in August, back to target")
_PAST_CLAUSE = re.compile(
    r"[,;]\s{0,3}(?:after|as|while|whereas|since|because|when|but|which|who)\b"
    r"|,\s{1,3}at\s{1,3}(?:(?:about|around|nearly|some|just)\s{1,3})?\d[\d.,]{0,12}\s?(?:%|percent\b|per\s?cent\b)\s{1,3}(?=in\s{1,3}(?:the\s{1,3})?$)",
    re.IGNORECASE,
)
FISCAL_WINDOW_BEFORE, FISCAL_WINDOW_AFTER = 300, 150  # chars around a fiscal year searched for country cues


def _alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so "compared with" beats "compared"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class CuePatterns:
    """Compiled cue patterns built once from the vocabulary."""

    future: re.Pattern[str]
    baseline_before: re.Pattern[str]
    point_before: re.Pattern[str]
    period_before: re.Pattern[str]
    sentence_break: re.Pattern[str]
    fiscal: re.Pattern[str]
    fiscal_by_cue: dict[str, FiscalConvention]
    currency_cues: frozenset[str]
    fiscal_stated: re.Pattern[str]
    abbreviations: frozenset[str]


@lru_cache(maxsize=1)
def cue_patterns() -> CuePatterns:
    """Compile the cue patterns (once per process)."""
    v = load_vocab()
    tail = r")\s+(?:(?:in|during|for|of|on|at)\s+)?(?:the\s+(?:level|figure|period)\s+(?:of|for|in)\s+)?$"
    by_cue = {cue.lower(): conv for conv in v.fiscal_conventions for cue in [*conv.cues, *conv.currency_cues]}
    currency = frozenset(cue.lower() for conv in v.fiscal_conventions for cue in conv.currency_cues)
    abbreviations = {w.lower() for w in [*v.month_abbreviations, *v.non_terminal_abbreviations]}
    return CuePatterns(
        future=quick_start(re.compile(rf"\b(?:{_alternation(v.future_cues)})\b", re.IGNORECASE)),
        baseline_before=re.compile(rf"(?:^|\W)(?P<cue>{_alternation(v.baseline_cues)}{tail}", re.IGNORECASE),
        point_before=re.compile(rf"(?:^|\W)(?P<cue>{_alternation(v.point_cues)}{tail}", re.IGNORECASE),
        period_before=re.compile(r"(?:^|\W)(?:in|during|for|throughout|over|by)\s+$", re.IGNORECASE),
        # one leading class (not an alternation) lets the regex engine skip to the candidates in C
        sentence_break=re.compile(r"[.!?。！？\n](?:(?<=[.!?])(?=[\"”’)]?\s)[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[。！？\n])\s*)"),
        fiscal=re.compile(rf"(?<!\w)(?:{_cue_alternation(list(by_cue))})", re.IGNORECASE),
        fiscal_by_cue=by_cue,
        currency_cues=currency,
        fiscal_stated=re.compile(
            rf"\b(?:fiscal|financial)\s{{1,3}}year\s{{1,3}}(?:that\s{{1,3}}|which\s{{1,3}})?"
            rf"(?:(?P<starts>starts|started|starting|begins|began|beginning|begun|runs\s{{1,3}}from)"
            rf"|(?P<ends>ends|ended|ending|runs\s{{1,3}}to|to))\s{{1,3}}(?:on\s{{1,3}}|in\s{{1,3}})?"
            rf"(?P<mon>(?-i:{_alternation([*v.months, *v.month_abbreviations])}))\b",
            re.IGNORECASE,
        ),
        abbreviations=frozenset(abbreviations),
    )


def _cue_alternation(words: list[str]) -> str:
    """Cue words as whole words; a cue that ends in a symbol ("A$", "Rs.") may be glued to a number ("A$16.9 billion")."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") + (r"(?!\w)" if w[-1:].isalnum() else "")
        for w in sorted(words, key=len, reverse=True)
    )


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start (0 first): after . ! ? + space + capital, CJK stops and newlines."""
    cues = cue_patterns()
    starts = [0]
    for m in cues.sentence_break.finditer(text):
        if text[m.start()] == ".":
            word = re.search(r"(\w{1,12})$", text[max(0, m.start() - 12) : m.start()])
            if word and (len(word.group(1)) == 1 or word.group(1).lower() in cues.abbreviations):
                continue
        starts.append(m.end())
    return starts


@dataclass
class Context:
    """The text being scanned, its published date, and lazily built sentence offsets."""

    text: str
    published: date | None
    vocab: DateVocab = field(default_factory=load_vocab)
    lo: int = 0  # the rules scan text[lo:hi] (look-behinds and cues still see the whole text)
    hi: int = -1
    lowered: str | None = None  # text.lower(), character for character (set by find.py when it is)
    anchors: tuple[str, ...] | None = None  # literals every match of the running rule contains (set by find.py)
    _found: dict[tuple[str, int, int], list[int]] = field(default_factory=dict)
    _starts: list[int] | None = None
    _stated_start: tuple[int | None] | None = None

    def __post_init__(self) -> None:
        if self.hi < 0:
            self.hi = len(self.text)

    def scan(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The matches of pattern in text[lo:hi], searched only around the running rule's anchors (scan.py)."""
        hits = None
        if self.lowered is not None and self.anchors:
            hits = sorted((i, i + len(a)) for a in self.anchors for i in self.occurrences(a))
        return scan(pattern, self.text, self.lo, self.hi, hits)

    def occurrences(self, literal: str) -> list[int]:
        """Where `literal` occurs in lowered[lo:hi] (found once per chunk)."""
        key = (literal, self.lo, self.hi)
        if key not in self._found:
            assert self.lowered is not None
            found, i = [], self.lowered.find(literal, self.lo, self.hi)
            while i >= 0:
                found.append(i)
                i = self.lowered.find(literal, i + 1, self.hi)
            self._found[key] = found
        return self._found[key]

    def sentence(self, pos: int) -> tuple[int, int]:
        """[start, end) of the sentence containing pos."""
        if self._starts is None:
            self._starts = sentence_starts(self.text)
        i = bisect_right(self._starts, pos) - 1
        end = self._starts[i + 1] if i + 1 < len(self._starts) else len(self.text)
        return self._starts[i], end

    def before(self, pos: int, width: int) -> str:
        """Up to width chars of the same sentence before pos."""
        return self.text[max(self.sentence(pos)[0], pos - width) : pos]

    def future(self, pos: int) -> bool:
        """True when the clause before pos speaks of the future ("will take effect on ..."); a clause opened by
        "after", "as", "while" ... reports its own event ("expects 1.9% for the year, after prices rose in April")."""
        before = self.before(pos, FUTURE_WINDOW)
        breaks = list(_PAST_CLAUSE.finditer(before))
        if breaks:
            before = before[breaks[-1].end() :]
        return cue_patterns().future.search(before) is not None

    def stated_fiscal_start(self) -> int | None:
        """The month the article says its fiscal year starts in ("the fiscal year starting July 1", "the fiscal year
        that ends in June": July), from its first such statement; None without one."""
        if self._stated_start is None:
            m = cue_patterns().fiscal_stated.search(self.text)
            month = None
            if m is not None:
                month = self.vocab.month_number(m["mon"])
                if m["ends"]:
                    month = month % 12 + 1
            self._stated_start = (month,)
        return self._stated_start[0]

    def fiscal_convention(self, start: int, end: int) -> FiscalConvention:
        """The fiscal convention of the fiscal year at [start, end): a currency cue in its sentence ("A$", "rupees":
        whose accounts), else the country cue nearest to it, else the default; a start month the article states
        ("the fiscal year starting July 1") beats a cue outside the sentence and the default."""
        lo = max(0, start - FISCAL_WINDOW_BEFORE)
        window = self.text[lo : end + FISCAL_WINDOW_AFTER]
        cues = cue_patterns()
        sent_lo, sent_hi = self.sentence(start)
        best: tuple[int, FiscalConvention] | None = None
        currency: tuple[int, FiscalConvention] | None = None
        for m in cues.fiscal.finditer(window):
            a, b = lo + m.start(), lo + m.end()
            distance = start - b if b <= start else max(0, a - end)
            key = " ".join(m.group(0).lower().split())
            conv = cues.fiscal_by_cue[key]
            if best is None or distance < best[0]:
                best = (distance, conv)
            if key in cues.currency_cues and sent_lo <= a < sent_hi and (currency is None or distance < currency[0]):
                currency = (distance, conv)
        if currency is not None:
            return currency[1]
        stated = self.stated_fiscal_start()
        if stated is not None and (best is None or not sent_lo <= start - best[0] < sent_hi and not sent_lo <= end + best[0] < sent_hi):
            return self.stated_convention(stated, best[1] if best else None)
        return best[1] if best else self.vocab.fiscal(self.vocab.default_fiscal)

    def stated_convention(self, month: int, near: FiscalConvention | None) -> FiscalConvention:
        """The convention for a stated start month: the cue one or the first of the vocabulary starting then, else
        one with the nearby (or default) convention's label."""
        if near is not None and near.start_month == month:
            return near
        same = [c for c in self.vocab.fiscal_conventions if c.start_month == month]
        if same:
            return same[0]
        label = (near or self.vocab.fiscal(self.vocab.default_fiscal)).label
        return FiscalConvention(name=f"stated_{month}", start_month=month, label=label, cues=[])
