"""Parts named against their whole: "the rest" / "the remaining X" complete a whole, "Of the X, ..." / "Among the X, ..." open one.

"Retail sales were 1.9 million units. New energy vehicles accounted for 1.03 million units. Petrol cars made up the
remaining 970,000 units": a figure its words call the rest of a whole says the parts stated before it and it add up
to that whole, so their sum must equal it within rounding (not merely stay below it). "Of the 512,000 tonnes imported,
210,000 tonnes came from Spain and 180,000 tonnes from Brazil": a sentence that opens with its whole lists parts of it,
which may not add up to more.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..document import ArticleDoc
from ..models import FlagRecord
from ..registry import check
from .context import View, same_period, same_subject, views
from .feedback import guarded, settle
from .precision import Interval, format_interval, format_like, parts_total

#: words right before a figure that make it the rest of a whole: "the remaining 970,000 units", "the rest, 150,000
#: tonnes", "the remainder, 6.5 trillion yen", "the other 1.12 million units", "the remaining US$2 billion"
REMAINDER_BEFORE = re.compile(
    r"\bthe\s{1,3}(?:remaining|rest|remainder|other|balance\s{1,3}of)\s{0,3}(?:[,:，]\s{0,3})?(?:(?:some|about|around|nearly)\s{1,3})?"
    r"(?:[A-Z]{0,3}[$€£¥])?$",
    re.IGNORECASE,
)
#: how many sentences before its rest a whole may stand ("Sales were X. NEVs were A. The remaining B were ...")
WHOLE_SENTENCES_BACK = 2
#: words right before a figure that make it the base or the record of another, not a part of a whole
BASE_BEFORE = re.compile(
    r"\b(?:from|compared\s{1,3}(?:with|to)|versus|vs\.?|against|than|of\s{1,3}(?:up\s{1,3}to|at\s{1,3}least)|peak|record|high|low|"
    r"target|goal|forecast|expected|estimated?)\s{1,3}(?:(?:the|a|an|some|about|around|nearly)\s{1,3})?(?:[A-Z]{0,3}[$€£¥])?$",
    re.IGNORECASE,
)
#: a sentence that opens with its whole: "Of the 512,000 tonnes ...", "Among the 3.2 million vehicles exported ..."
WHOLE_OPENER = re.compile(
    r"[\s\"“]{0,3}(?:(?:but|and|meanwhile)[,，]?\s{1,3})?(?:of|among|out\s{1,3}of)\s{1,3}(?:the|these|those|this|all|a\s{1,3}total\s{1,3}of)\s{1,3}"
    r"(?:(?:total|overall|combined)\s{1,3})?(?:[A-Z]{0,3}[$€£¥])?",
    re.IGNORECASE,
)


#: counts of manufactured goods (units.yaml): "2.45 million units" of car output and "1.43 million units" built by domestic
#: brands may be read as vehicles or as units, one count either way
DISCRETE_COUNTS = frozenset({"unit", "vehicle", "wafer"})


def same_unit(a: View, b: View) -> bool:
    """One unit, or two names of a count of manufactured goods ("units", "vehicles")."""
    ua, ub = a.claim.unit, b.claim.unit
    return ua == ub or (ua in DISCRETE_COUNTS and ub in DISCRETE_COUNTS)


def _levels(items: list[View]) -> list[View]:
    return [v for v in items if v.kind == "figure" and v.is_level and v.reading is not None and v.claim.value > 0]


def is_remainder(text: str, v: View) -> bool:
    """The figure's words call it the rest of a whole ("the remaining 970,000 units", "the rest, 150,000 tonnes")."""
    return bool(REMAINDER_BEFORE.search(text, max(v.clause_start, v.start - 40), v.start))


def _fits(whole: View, v: View) -> bool:
    """`v` can be a part of `whole`: same unit, period (or none stated) and subject, smaller."""
    return (
        same_unit(v, whole)
        and (v.claim.period is None or whole.claim.period is None or same_period(v, whole))
        and same_subject(v, whole)
        and v.claim.value < whole.claim.value
    )


def remainder_parts(text: str, figures: list[View], rest: View) -> tuple[View, list[View]] | None:
    """The whole a rest completes and the parts stated between them: the first figure of the rest's unit, in its paragraph
    up to WHOLE_SENTENCES_BACK sentences back (from the whole its sentence opens with, when it does), that is larger
    than the rest and each figure between (at least one). Every figure of the unit between them is a part, unless its words make it a base or a record
    ("up from 1.8 million"); none when one of them does not fit the whole.
    """
    earlier = [
        w
        for w in figures
        if w.end <= rest.start
        and w.paragraph == rest.paragraph
        and rest.sent - WHOLE_SENTENCES_BACK <= w.sent
        and same_unit(w, rest)
        and not BASE_BEFORE.search(text, max(w.sent_start, w.start - 30), w.start)
    ]
    opened = next((w for w in earlier if w.sent == rest.sent and opened_whole(text, figures, rest) is w), None)
    if opened is not None:  # "Of the 512,000 tonnes imported, ... and the rest, ...": the whole the sentence opens with
        earlier = earlier[earlier.index(opened) :]
    for k in range(len(earlier) - 1):  # the farthest that fits: the topic figure the later ones break down
        whole, between = earlier[k], earlier[k + 1 :]
        if all(_fits(whole, v) for v in [*between, rest]) and not any(is_remainder(text, v) for v in between):
            if whole.year_back or any(v.year_back != whole.year_back for v in [*between, rest]):
                return None
            return whole, between
    return None


@check("check.remainder.v1")
@guarded
def check_remainder(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag a whole that its parts and "the rest" stated after it do not add up to within rounding."""
    text = doc.text
    figures = _levels(views(doc))
    flags: list[FlagRecord] = []
    for rest in figures:
        if not is_remainder(text, rest):
            continue
        found = remainder_parts(text, figures, rest)
        if found is None:
            continue
        whole, between = found
        listed = [*between, rest]
        parts = {"whole": whole, **{f"part{i}": v for i, v in enumerate(listed)}}

        def relation(iv: Mapping[str, Interval]) -> bool:
            return parts_total(iv).meets(iv["whole"])

        def describe(whole=whole, listed=listed) -> tuple[str, str | None]:
            s = sum(v.reading.value for v in listed)
            iv = listed[0].reading.interval
            for v in listed[1:]:
                iv = iv + v.reading.interval
            shown = " + ".join(v.reading.text for v in listed)
            left = whole.reading.value - sum(v.reading.value for v in listed[:-1])
            return (
                f"The parts of {whole.reading.text} and the rest stated after it do not add up to it: {shown} = "
                f"{format_like(s, whole.reading, 1)} ({format_interval(iv, whole.reading)} within rounding).",
                f"the rest is {format_like(left, listed[-1].reading, 1)}, or the whole is {format_like(s, whole.reading, 1)}",
            )

        flags += settle(doc, "check.remainder.v1", parts, relation, anchor=rest, describe=describe)
    return flags


check_remainder.scope = "article"  # type: ignore[attr-defined]


def opened_whole(text: str, figures: list[View], v: View) -> View | None:
    """The figure a sentence opens with as the whole of what it lists ("Among the 3.2 million vehicles exported, ..."), when
    `v` stands after it in that sentence and can be a part of it."""
    first = next((w for w in figures if w.sent == v.sent), None)
    if first is None or first is v or first.start > v.start or first.start - first.sent_start > 60:
        return None
    if not WHOLE_OPENER.fullmatch(text, first.sent_start, first.start):
        return None
    return first if _fits(first, v) else None


@check("check.opened_parts.v1")
@guarded
def check_opened_parts(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag parts listed in a sentence that opens with their whole ("Of the 512,000 tonnes, A came from X and B from Y")
    adding up to more than it. A sentence with a rest ("and the rest, C") is left to check.remainder.v1."""
    text = doc.text
    figures = _levels(views(doc))
    flags: list[FlagRecord] = []
    seen: set[int] = set()
    for v in figures:
        whole = opened_whole(text, figures, v)
        if whole is None or id(whole) in seen:
            continue
        seen.add(id(whole))
        listed = [p for p in figures if p.sent == whole.sent and p.start > whole.end and opened_whole(text, figures, p) is whole]
        if len(listed) < 2 or any(is_remainder(text, p) for p in listed):
            continue
        parts = {"whole": whole, **{f"part{i}": p for i, p in enumerate(listed)}}

        def relation(iv: Mapping[str, Interval]) -> bool:
            return parts_total(iv).lo <= iv["whole"].hi + 1e-9 * abs(iv["whole"].hi)

        def describe(whole=whole, listed=listed) -> tuple[str, str | None]:
            s = sum(p.reading.value for p in listed)
            return (
                f"Parts of the {whole.reading.text} the sentence opens with add up to more than it: "
                f"{' + '.join(p.reading.text for p in listed)} = {format_like(s, whole.reading, 1)}.",
                f"the whole is at least {format_like(s, whole.reading, 1)}, or a part is misread",
            )

        flags += settle(doc, "check.opened_parts.v1", parts, relation, anchor=whole, describe=describe)
    return flags


check_opened_parts.scope = "article"  # type: ignore[attr-defined]
