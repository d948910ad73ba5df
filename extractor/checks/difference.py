"""Stated differences and compositions: "exports exceeded imports by $X", "$X more than imports", "the total comprised A and B".

A difference is an amount stated against two sides: after "by" behind a comparing verb ("exports
of $33.6 billion exceeded imports of $31.2 billion by $2.8 billion", "imports outpaced exports by
$X") or before a comparative ("$4.9 billion more than imports of $55.5 billion"). Each side is the
figure stated with it in the clause, else the one figure of its role (exports, imports, ...) of the
same flow and period in the article. A composition is a whole followed by a verb saying its parts
make up all of it ("the total of X comprised A of exports and B of imports"): the parts must add
up to the whole. Both are rounding-aware (interval arithmetic over the printed precision).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from ..document import ArticleDoc
from ..models import FlagRecord
from ..registry import check
from .context import View, _alt, _patterns, views
from .feedback import guarded, settle
from .precision import Interval, format_interval, format_like, interval_sum, parts_meet_whole
from .sums import _levels, counterpart
from .change import directions_in
from .vocab import check_vocab

#: longest text between a comparing verb and the "by" before the amount ("exceeded imports of $31.2 billion in March by")
MAX_VERB_TO_BY = 90
#: longest text between a side's figure and the verb after it ("$45.2 billion in June, outpacing")
MAX_SIDE_TO_VERB = 60
#: longest text between "than" and the figure of the compared side ("more than imports, which came to")
MAX_THAN_TO_SIDE = 60
#: longest text between a whole and its composition verb ("21.17 trillion yuan in the first half comprised")
MAX_WHOLE_TO_VERB = 50
#: how many words between a role word and the verb may stand ("exports to China exceeded")
ROLE_BEFORE_VERB = 40
#: how far after "than" the compared side's role word must start ("than total imports")
ROLE_AFTER_THAN = 22


@lru_cache(maxsize=1)
def _difference_patterns() -> dict[str, re.Pattern[str]]:
    v = check_vocab()
    return {
        "by_end": re.compile(
            r"\bby\s{1,3}(?:(?:about|around|nearly|some|roughly|almost|just|only)\s{1,3})?$", re.IGNORECASE
        ),
        "larger": re.compile(rf"\b(?:{_alt(v.difference_verbs['larger'])})\b", re.IGNORECASE),
        "smaller": re.compile(rf"\b(?:{_alt(v.difference_verbs['smaller'])})\b", re.IGNORECASE),
        "comparative": re.compile(
            rf"\s{{0,3}}(?:(?P<larger>{_alt(v.difference_comparatives['larger'])})|(?P<smaller>{_alt(v.difference_comparatives['smaller'])}))"
            r"\s{1,3}(?:than|of)\b",
            re.IGNORECASE,
        ),
        "composition": re.compile(rf"\b(?:{_alt(v.composition_verbs)})\b", re.IGNORECASE),
    }


def _same_unit_level(v: View, unit: str | None) -> bool:
    return v.kind == "figure" and v.is_level and v.reading is not None and v.claim.unit == unit


def _role_side(text: str, lo: int, hi: int, amount: View, figures: list[View], *, last: bool) -> View | None:
    """The figure of the role word in text[lo:hi] (the last or the first one): that role's one figure of the amount's flow."""
    p = _patterns()
    hits = list(p["role"].finditer(text, lo, hi))
    if not hits:
        return None
    word = (hits[-1] if last else hits[0]).group(0)
    role = p["role_of"][word.lower()]
    if role not in {"exports", "imports"}:
        return None
    return counterpart(amount, figures, role)


def _figure_before(items: list[View], at: int, sent: int, unit: str | None, text: str, gap: int) -> View | None:
    """The nearest figure of `unit` ending before `at` in the sentence, with at most `gap` chars and no ';' between."""
    before = [v for v in items if v.sent == sent and v.end <= at and v.kind == "figure"]
    if not before:
        return None
    v = before[-1]
    between = text[v.end : at]
    return v if _same_unit_level(v, unit) and len(between) <= gap and ";" not in between else None


def _sides_of_by(text: str, items: list[View], figures: list[View], amount: View) -> tuple[View, View, str] | None:
    """(larger, smaller, verb) of "A <verb> B by <amount>", or None when the wording or a side is not found."""
    dp = _difference_patterns()
    window = text[max(amount.sent_start, amount.start - MAX_VERB_TO_BY - 30) : amount.start]
    by = dp["by_end"].search(window)
    if by is None:
        return None
    base = amount.start - len(window)
    head = window[: by.start()]
    verbs = [(m, "larger") for m in dp["larger"].finditer(head)] + [(m, "smaller") for m in dp["smaller"].finditer(head)]
    if not verbs:
        return None
    verb, kind = max(verbs, key=lambda t: (t[0].end(), len(t[0].group(0))))
    v_start, v_end, by_start = base + verb.start(), base + verb.end(), base + by.start()
    if by_start - v_end > MAX_VERB_TO_BY or ";" in text[v_end:by_start]:
        return None
    mid = [v for v in items if v.sent == amount.sent and v_end <= v.start and v.end <= by_start]
    if mid:
        obj = mid[0] if len(mid) == 1 and _same_unit_level(mid[0], amount.claim.unit) else None
    else:
        obj = _role_side(text, v_end, by_start, amount, figures, last=False)
    lo = max(amount.sent_start, v_start - ROLE_BEFORE_VERB)
    lo = max([lo, *(v.end for v in items if v.sent == amount.sent and v.end <= v_start)])  # after the claim before
    if _patterns()["role"].search(text, lo, v_start):  # "..., so exports exceeded": the role word is the subject
        subj = _role_side(text, lo, v_start, amount, figures, last=True)
    else:
        subj = _figure_before(items, v_start, amount.sent, amount.claim.unit, text, MAX_SIDE_TO_VERB)
    if subj is None or obj is None or subj is obj or amount in (subj, obj):
        return None
    return (subj, obj, verb.group(0)) if kind == "larger" else (obj, subj, verb.group(0))


def _sides_of_than(text: str, items: list[View], figures: list[View], amount: View) -> tuple[View, View, str] | None:
    """(larger, smaller, words) of "A ..., <amount> more/less than B", or None."""
    m = _difference_patterns()["comparative"].match(text, amount.end, min(amount.sent_end, amount.end + 20))
    if m is None:
        return None
    after = [v for v in items if v.sent == amount.sent and v.start >= m.end()]
    obj = None
    if after and len(text[m.end() : after[0].start]) <= MAX_THAN_TO_SIDE and not re.search(r"[;,，]", text[m.end() : after[0].start]):
        obj = after[0] if _same_unit_level(after[0], amount.claim.unit) else None
        if obj is None:
            return None
    if obj is None:  # "more than imports": the role word right after "than"
        obj = _role_side(text, m.end(), min(amount.sent_end, m.end() + ROLE_AFTER_THAN), amount, figures, last=False)
    subj = _figure_before(items, amount.start, amount.sent, amount.claim.unit, text, MAX_SIDE_TO_VERB)
    if subj is None or obj is None or subj is obj:
        return None
    return (subj, obj, m.group(0).strip()) if m.group("larger") else (obj, subj, m.group(0).strip())


def _label(v: View) -> str:
    return v.role or v.measure or "figure"


@check("check.difference.v1")
@guarded
def check_differences(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag an amount stated as the difference of two figures ("exceeded ... by", "more than") that they cannot give."""
    text = doc.text
    items = views(doc)
    figures = _levels(items)
    flags: list[FlagRecord] = []
    amounts = [v for v in items if v.kind == "figure" and v.reading is not None]  # "by $X" reads as a change amount
    for amount in amounts:
        sides = _sides_of_by(text, items, figures, amount) or _sides_of_than(text, items, figures, amount)
        if sides is None:
            continue
        big, small, words = sides
        parts = {"larger": big, "smaller": small, "difference": amount}

        def relation(iv: Mapping[str, Interval]) -> bool:
            return (iv["larger"] - iv["smaller"]).meets(iv["difference"])

        def describe(big=big, small=small, amount=amount, words=words) -> tuple[str, str | None]:
            diff = big.reading.value - small.reading.value
            iv = big.reading.interval - small.reading.interval
            note = f" ({_label(small)} is the larger, not {_label(big)})" if diff < 0 else ""
            return (
                f"Stated difference {amount.reading.text} ('{words}'); {_label(big)} {big.reading.text} − "
                f"{_label(small)} {small.reading.text} = {'-' if diff < 0 else ''}{format_like(abs(diff), amount.reading)} "
                f"({format_interval(iv, amount.reading)} within rounding){note}.",
                f"{format_like(abs(diff), amount.reading)}" + (" the other way round" if diff < 0 else ""),
            )

        flags += settle(doc, "check.difference.v1", parts, relation, anchor=amount, describe=describe)
    return flags


check_differences.scope = "article"  # type: ignore[attr-defined]


@check("check.composition.v1")
@guarded
def check_compositions(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag parts after "comprised" / "consisted of" / "was made up of" that do not add up to the whole before the verb."""
    text = doc.text
    items = views(doc)
    verb_re = _difference_patterns()["composition"]
    flags: list[FlagRecord] = []
    for whole in _levels(items):
        verb = verb_re.search(text, whole.end, min(whole.sent_end, whole.end + MAX_WHOLE_TO_VERB + 30))
        if verb is None or verb.start() - whole.end > MAX_WHOLE_TO_VERB:
            continue
        if any(v.sent == whole.sent and whole.end <= v.start < verb.start() for v in items):
            continue  # another claim between the whole and the verb: the verb is not the whole's
        clause_end = text.find(";", verb.end(), whole.sent_end)
        clause_end = whole.sent_end if clause_end < 0 else clause_end
        after = [v for v in items if v.sent == whole.sent and verb.end() <= v.start and v.end <= clause_end]
        parts_found = [v for v in after if _same_unit_level(v, whole.claim.unit)]
        if len(parts_found) < 2 or len(parts_found) != len([v for v in after if v.kind == "figure"]):
            continue  # one part says nothing of the rest; figures of another unit: not one breakdown
        parts = {"whole": whole, **{f"part{i}": v for i, v in enumerate(parts_found)}}

        def describe(whole=whole, parts_found=parts_found, verb=verb) -> tuple[str, str | None]:
            s = sum(v.reading.value for v in parts_found)
            iv = interval_sum(v.reading.interval for v in parts_found)
            listed = " + ".join(v.reading.text for v in parts_found)
            return (
                f"The whole {whole.reading.text} '{verb.group(0)}' its parts, but they add up to {listed} = "
                f"{format_like(s, whole.reading, 1)} ({format_interval(iv, whole.reading)} within rounding).",
                f"{format_like(s, whole.reading, 1)} (or a part is misread)",
            )

        flags += settle(doc, "check.composition.v1", parts, parts_meet_whole, anchor=whole, describe=describe)
    return flags


check_compositions.scope = "article"  # type: ignore[attr-defined]


#: words between two shares that make them not parts of one whole at one time ("rose to 60% from 55%", "30% a year earlier")
NOT_LISTED = re.compile(
    r"\b(?:from|to|than|versus|vs|compared|against|while|whereas|but|up|down|after|before|previous|earlier|ago|"
    r"since|rose|fell|increased|decreased|climbed|dropped|respectively)\b|[;%]",
    re.IGNORECASE,
)
#: "... and imports 47.8%": what joins two listed shares
LISTED = re.compile(r"[,，]|\band\b|\bwhile\b", re.IGNORECASE)
#: a share's own "of <whole>" right after it ("38.2% of shipments to China")
OWN_WHOLE = re.compile(r"\s{0,3}of\s{1,3}(?:the\s{1,3})?(?P<w>[A-Za-z][\w'’ -]{0,40})")


def _own_whole(text: str, v: View) -> str | None:
    m = OWN_WHOLE.match(text, v.end, min(v.sent_end, v.end + 50))
    if m is None:
        return None
    words = re.split(r"\s{1,3}(?:and|while|in|for|during|last|this)\b|,", m.group("w"), maxsplit=1)[0]
    return " ".join(words.lower().split()) or None


#: "... 67% and 65.2% of the world total respectively": the shares go with owners listed or named elsewhere, one each
RESPECTIVELY_AFTER = re.compile(r"[^.;。]{0,60}?\brespectively\b", re.IGNORECASE)


def _respective_wholes(text: str, run: list[View]) -> bool:
    """Listed shares that "respectively" gives to owners its clause does not list ("The three indicators accounted for
    53.3%, 67% and 65.2% of the world total respectively"): each owner is a figure of its own measure, so each share is
    of another whole (the world's completions, the world's orders). Owners listed before the shares ("Exports to the US,
    the EU and Japan accounted for ...") are parts of one whole, and stay checked.
    """
    if not RESPECTIVELY_AFTER.match(text, run[-1].end, run[-1].sent_end):
        return False
    owners = text[run[0].clause_start : run[0].start]
    return not re.search(r",|，|\band\b", owners)


@check("check.share_sum.v1")
@guarded
def check_share_sums(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag shares of one whole listed in one sentence ("A made up 55.3% of trade and B 47.8%") that add up to more than 100%."""
    text = doc.text
    items = views(doc)
    flags: list[FlagRecord] = []
    by_sentence: dict[int, list[View]] = {}
    for v in items:
        by_sentence.setdefault(v.sent, []).append(v)
    for members in by_sentence.values():
        run: list[View] = []
        for v in members:
            if v.kind != "percentage" or v.reading is None:
                continue
            listed = False
            if run:
                gap = text[run[-1].end : v.start]
                listed = (
                    bool(LISTED.search(gap))
                    and not NOT_LISTED.search(gap)
                    and not directions_in(gap)
                    and run[-1].claim.period == v.claim.period
                    and len({w for w in (_own_whole(text, x) for x in [*run, v]) if w is not None}) <= 1
                )
            if listed:  # "and imports 47.8%": a share of the same whole with its words left out
                run.append(v)
            elif len(run) < 2:
                run = [v] if v.claim.measure == "share" else []
        # judge the longest list of the sentence once (its last state)
        if len(run) < 2:
            continue
        if _respective_wholes(text, run):
            continue
        shares = list(run)
        parts = {f"share{i}": v for i, v in enumerate(shares)}

        def relation(iv: Mapping[str, Interval]) -> bool:
            return interval_sum(iv.values()).lo <= 100.0 + 1e-9

        def describe(shares=shares) -> tuple[str, str | None]:
            s = sum(x.reading.value for x in shares)
            listed = " + ".join(x.reading.text for x in shares)
            return (
                f"Shares of one whole listed together add up to more than 100%: {listed} = {s:.{max(x.reading.decimals for x in shares)}f}%.",
                "one of the shares is misread (their sum cannot exceed 100%)",
            )

        flags += settle(doc, "check.share_sum.v1", parts, relation, anchor=shares[0], describe=describe)
    return flags


check_share_sums.scope = "article"  # type: ignore[attr-defined]
