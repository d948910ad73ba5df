"""Typed records of the repair stage: spans, repairs, suspects, masks and the result with its edit map."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """ORIGINAL-text offsets [start, end) replaced by `replacement`."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Repair:
    """One applied repair with its provenance (rule, original spans, confidence)."""

    rule: str
    kind: str  # "number" | "debris"
    spans: tuple[Span, ...]
    original: str
    repaired: str
    value: float | None
    confidence: float
    start: int
    end: int
    unit: str | None = None  # "%", an ISO 4217 code, a unit noun, or None
    message: str = ""


@dataclass(frozen=True)
class Suspect:
    """A repair candidate too uncertain to apply; reported for review instead."""

    rule: str
    start: int
    end: int
    original: str
    suggestion: str
    confidence: float
    message: str


@dataclass(frozen=True)
class Mask:
    """A masked word ('**', '[...]') at original offsets, with a suggestion when context makes one likely.

    For a masked day ("said in 3**") the span covers the day number and the stars ("3**"),
    `day` is the day of the publication month and `suggestion` its ordinal ("3rd").
    """

    start: int
    end: int
    surface: str
    suggestion: str | None
    reason: str | None
    day: int | None


@dataclass(frozen=True)
class Segment:
    """A piece of the edit map: original [o_start, o_end) became repaired [r_start, r_end)."""

    o_start: int
    o_end: int
    r_start: int
    r_end: int
    changed: bool


@dataclass
class RepairResult:
    """The repaired text, what was repaired, what is suspected, what is masked, and the edit map."""

    original: str
    text: str
    repairs: list[Repair]
    suspects: list[Suspect]
    masks: list[Mask]
    segments: list[Segment] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self.segments:
            self.segments = [Segment(0, len(self.original), 0, len(self.text), self.original != self.text)]
        self._r_starts = [s.r_start for s in self.segments]
        self._o_starts = [s.o_start for s in self.segments]

    def _seg_at_start(self, pos: int, starts: list[int]) -> Segment:
        """The segment a span starting at `pos` begins in (a start belongs to what follows it)."""
        i = bisect_right(starts, pos) - 1
        return self.segments[max(0, min(i, len(self.segments) - 1))]

    def _seg_at_end(self, pos: int, starts: list[int]) -> Segment:
        """The segment a span ending at `pos` ends in (an end belongs to what precedes it)."""
        i = bisect_left(starts, pos) - 1
        return self.segments[max(0, min(i, len(self.segments) - 1))]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the repaired text to the span of the original text it came from.

        A span overlapping a replaced region expands to that region's whole original span;
        outside replaced regions the mapping is the identity shifted by earlier edits.
        The result is always a valid slice of `original` with start <= end.
        """
        return self._map(start, end, self.text, self.original, self._r_starts, "r", "o")

    def to_repaired(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the original text to the repaired text (the inverse view of `to_original`)."""
        return self._map(start, end, self.original, self.text, self._o_starts, "o", "r")

    def _map(self, start: int, end: int, src: str, dst: str, starts: list[int], a: str, b: str) -> tuple[int, int]:
        """Map [start, end) of `src` to `dst` through the segments (a = source side, b = target side)."""
        start = max(0, min(start, len(src)))
        end = max(start, min(end, len(src)))
        s = self._seg_at_start(start, starts)
        s_a, s_b, s_b_end = getattr(s, a + "_start"), getattr(s, b + "_start"), getattr(s, b + "_end")
        lo = s_b if s.changed else min(s_b + (start - s_a), s_b_end)
        if end == start:
            return lo, lo
        e = self._seg_at_end(end, starts)
        e_a, e_b, e_b_end = getattr(e, a + "_start"), getattr(e, b + "_start"), getattr(e, b + "_end")
        hi = e_b_end if e.changed else min(e_b + (end - e_a), e_b_end)
        hi = max(lo, min(hi, len(dst)))
        return min(lo, len(dst)), hi

    def repairs_between(self, start: int, end: int) -> list[Repair]:
        """Repairs any of whose spans intersect the ORIGINAL span [start, end)."""
        out = []
        for rep in self.repairs:
            for sp in rep.spans:
                if sp.start < end and start < sp.end or (sp.start == sp.end and start <= sp.start < end):
                    out.append(rep)
                    break
        return out


def apply_spans(original: str, spans: list[Span]) -> tuple[str, list[Segment]]:
    """Apply sorted, non-overlapping replacement spans to `original`; return the text and its edit map."""
    parts: list[str] = []
    segments: list[Segment] = []
    o_pos = 0
    r_pos = 0
    for sp in sorted(spans, key=lambda s: (s.start, s.end)):
        if sp.start < o_pos:
            raise ValueError(f"overlapping repair spans at {sp.start}")
        if sp.start > o_pos:
            keep = original[o_pos:sp.start]
            parts.append(keep)
            segments.append(Segment(o_pos, sp.start, r_pos, r_pos + len(keep), False))
            r_pos += len(keep)
        parts.append(sp.replacement)
        segments.append(Segment(sp.start, sp.end, r_pos, r_pos + len(sp.replacement), True))
        r_pos += len(sp.replacement)
        o_pos = sp.end
    if o_pos < len(original) or not segments:
        keep = original[o_pos:]
        parts.append(keep)
        segments.append(Segment(o_pos, len(original), r_pos, r_pos + len(keep), False))
    return "".join(parts), segments
