"""Sums and differences: exports − imports = balance, exports + imports = total trade, parts within their whole."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..document import ArticleDoc
from ..models import FlagRecord
from ..registry import check
from .context import (
    View,
    _patterns,
    same_qualifier,
    pair_owner_fits,
    prefer_stated_period,
    same_category,
    same_partner,
    same_period,
    same_subject,
    views,
)
from .feedback import guarded, settle
from .precision import Interval, format_interval, format_like, parts_total
from .share import _share_patterns
from .vocab import check_vocab

#: longest text between a whole and the cue introducing its parts ("68,500 tons of rare earth ores and compounds in the
#: first half, of which" is ~60 chars); no number may stand between them
MAX_TO_PART_CUE = 80


def _levels(items: list[View]) -> list[View]:
    return [v for v in items if v.kind == "figure" and v.is_level and v.reading is not None]


def _same_fact(a: View, b: View) -> bool:
    """Two figures about one flow: unit, period, subject and partner agree."""
    return (
        a.claim.unit == b.claim.unit
        and same_period(a, b)
        and same_subject(a, b)
        and same_partner(a.partner, b.partner)
        and pair_owner_fits(a, b)
        and same_category(a, b)
    )


def counterpart(anchor: View, figures: list[View], role: str) -> View | None:
    """The one figure of `role` that goes with `anchor` (None when none, or several with different values).

    Figures the claim stage dated like the anchor come first; figures of its period by context only
    when there are none. A figure its words call a total ("total exports") only when no other fits:
    the balance of a country's trade is its total exports − total imports.
    """
    found = [v for v in figures if v.role == role and v is not anchor and _same_fact(v, anchor)]
    found = [v for v in found if not v.total] or found
    found = prefer_stated_period(anchor, found)
    if len({v.claim.value for v in found}) != 1:
        return None
    return min(found, key=lambda v: abs(v.start - anchor.start))


def _balance_relation(sign: int):
    def relation(iv: Mapping[str, Interval]) -> bool:
        diff = iv["exports"] - iv["imports"]
        if sign > 0:
            return diff.meets(iv["balance"])
        if sign < 0:
            return (-diff).meets(iv["balance"])
        return diff.abs().meets(iv["balance"])

    return relation


@check("check.balance.v1")
@guarded
def check_balance(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag a surplus/deficit/balance that exports − imports of the same flow and period cannot give."""
    figures = _levels(views(doc))
    flags: list[FlagRecord] = []
    for bal in figures:
        if bal.role != "balance":
            continue
        ex, im = counterpart(bal, figures, "exports"), counterpart(bal, figures, "imports")
        if ex is None or im is None:
            continue
        parts = {"exports": ex, "imports": im, "balance": bal}
        word = {1: "surplus", -1: "deficit", 0: "balance"}[bal.sign]

        def describe(ex=ex, im=im, bal=bal, word=word) -> tuple[str, str | None]:
            return _balance_message(ex, im, bal, word, ("exports", "imports"))

        flags += settle(doc, "check.balance.v1", parts, _balance_relation(bal.sign), anchor=bal, describe=describe)
    return flags


check_balance.scope = "article"  # type: ignore[attr-defined]


def _balance_message(plus: View, minus: View, bal: View, word: str, names: tuple[str, str]) -> tuple[str, str | None]:
    """Message and suggestion of a stated balance against plus − minus (exports − imports, revenue − spending)."""
    diff = plus.reading.value - minus.reading.value
    iv = plus.reading.interval - minus.reading.interval
    shown = abs(diff) if bal.sign == 0 else diff * bal.sign
    what = "surplus" if diff > 0 else "deficit"
    sign_note = "" if bal.sign == 0 or (diff > 0) == (bal.sign > 0) else f" ({names[0]} − {names[1]} is a {what}, not a {word})"
    return (
        f"Stated {word} {bal.reading.text}; {names[0]} {plus.reading.text} − {names[1]} {minus.reading.text} = "
        f"{format_like(shown, bal.reading)} ({format_interval(iv if bal.sign >= 0 else -iv, bal.reading)} within rounding){sign_note}.",
        f"{format_like(abs(diff), bal.reading)} {what}",
    )


def budget_side(balance: View, figures: list[View], measure: str) -> View | None:
    """The one figure of the balance's sentence whose clause names `measure` ("revenue", "spending"), of its unit and period."""
    found = [
        v
        for v in figures
        if v.sent == balance.sent
        and v.measure == measure
        and v.role is None
        and v.claim.unit == balance.claim.unit
        and same_period(v, balance)
        and same_subject(v, balance)
    ]
    return found[0] if len({v.claim.value for v in found}) == 1 else None


@check("check.budget_balance.v1")
@guarded
def check_budget_balance(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag a deficit or surplus that revenue − spending stated in its sentence cannot give.

    "a budget with expenditure of 1.285 trillion riyals and revenue of 1.184 trillion riyals, leaving a
    deficit of 110 billion riyals": a balance, a revenue and a spending of one unit and period in one
    sentence are a budget's three figures (the way exports, imports and their balance are a trade's).
    """
    figures = _levels(views(doc))
    flags: list[FlagRecord] = []
    for bal in figures:
        if bal.role != "balance" or bal.sign == 0:
            continue
        rev, spend = budget_side(bal, figures, "revenue"), budget_side(bal, figures, "spending")
        if rev is None or spend is None:
            continue
        parts = {"exports": rev, "imports": spend, "balance": bal}
        word = "surplus" if bal.sign > 0 else "deficit"

        def describe(rev=rev, spend=spend, bal=bal, word=word) -> tuple[str, str | None]:
            return _balance_message(rev, spend, bal, word, ("revenue", "spending"))

        flags += settle(doc, "check.budget_balance.v1", parts, _balance_relation(bal.sign), anchor=bal, describe=describe)
    return flags


check_budget_balance.scope = "article"  # type: ignore[attr-defined]


#: how far before a trade figure the word that makes it bilateral may stand ("bilateral trade in the first nine months was")
BILATERAL_WINDOW = 60


def is_bilateral(text: str, total: View) -> bool:
    """The trade figure's words make it a flow between two parties ("bilateral trade", "two-way trade") without naming them."""
    words = check_vocab().bilateral_words
    window = f"{total.claim.metric or ''} {text[max(total.clause_start, total.start - BILATERAL_WINDOW) : total.start]}"
    return any(re.search(rf"\b{re.escape(w)}\b", window, re.IGNORECASE) for w in words)


def bilateral_parts(total: View, figures: list[View]) -> tuple[View | None, View | None]:
    """The exports and imports of bilateral trade whose partner it does not name: the one partner both name.

    "Bilateral trade was $26.47 billion, of which imports from Chile were $16.24 billion and exports
    to Chile $9.23 billion": each flow of the total's period, unit and category with a partner, when
    one partner has exactly one value of each.
    """
    def fits(v: View, role: str) -> bool:
        return (
            v.role == role
            and v.partner is not None
            and not v.total
            and v.claim.unit == total.claim.unit
            and same_period(v, total)
            and same_subject(v, total)
            and same_category(v, total)
        )

    exports = prefer_stated_period(total, [v for v in figures if fits(v, "exports")])
    imports = prefer_stated_period(total, [v for v in figures if fits(v, "imports")])
    partners = {v.partner for v in exports} & {v.partner for v in imports}
    if len(partners) != 1 or len({v.partner for v in exports + imports}) != 1:
        return None, None
    if len({v.claim.value for v in exports}) != 1 or len({v.claim.value for v in imports}) != 1:
        return None, None
    return exports[0], imports[0]


@check("check.trade_total.v1")
@guarded
def check_trade_total(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag total trade that exports + imports of the same flow and period cannot give."""
    figures = _levels(views(doc))
    flags: list[FlagRecord] = []
    for total in figures:
        if total.role != "trade":
            continue
        ex, im = counterpart(total, figures, "exports"), counterpart(total, figures, "imports")
        if (ex is None or im is None) and total.partner is None and is_bilateral(doc.text, total):
            ex, im = bilateral_parts(total, figures)
        if ex is None or im is None or ex.claim.value >= total.claim.value or im.claim.value >= total.claim.value:
            continue  # a total smaller than a part is not the total of these parts
        parts = {"exports": ex, "imports": im, "total": total}

        def relation(iv: Mapping[str, Interval]) -> bool:
            return (iv["exports"] + iv["imports"]).meets(iv["total"])

        def describe(ex=ex, im=im, total=total) -> tuple[str, str | None]:
            s = ex.reading.value + im.reading.value
            iv = ex.reading.interval + im.reading.interval
            return (
                f"Stated total trade {total.reading.text}; exports {ex.reading.text} + imports {im.reading.text} = "
                f"{format_like(s, total.reading)} ({format_interval(iv, total.reading)} within rounding).",
                format_like(s, total.reading),
            )

        flags += settle(doc, "check.trade_total.v1", parts, relation, anchor=total, describe=describe)
    return flags


check_trade_total.scope = "article"  # type: ignore[attr-defined]


@check("check.parts.v1")
@guarded
def check_parts(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag parts listed after "of which" / "including" whose sum exceeds their whole beyond rounding.

    Listed parts need not exhaust the whole ("including $A in chips"), so only a sum larger than
    the whole is a contradiction.
    """
    items = views(doc)
    figures = _levels(items)
    cue_re = _share_patterns()[1]
    flags: list[FlagRecord] = []
    for whole in figures:
        after = doc.text[whole.end : min(whole.sent_end, whole.end + MAX_TO_PART_CUE + 20)]
        cue = cue_re.search(after)
        if cue is None or cue.start() > MAX_TO_PART_CUE or re.search(r"[;\d]", after[: cue.start()]):
            continue
        cue_at = whole.end + cue.end()
        parts_found = [
            v
            for v in figures
            if v.sent == whole.sent
            and v.start >= cue_at
            and v.claim.unit == whole.claim.unit
            and (v.claim.period is None or whole.claim.period is None or same_period(v, whole))
        ]
        if not parts_found:
            continue
        if whole.role == "trade" and all(v.role in {"exports", "imports"} for v in parts_found):
            continue  # exports + imports = total: check.trade_total.v1 holds it to equality
        parts = {"whole": whole, **{f"part{i}": v for i, v in enumerate(parts_found)}}

        def describe(whole=whole, parts_found=parts_found, cue=cue) -> tuple[str, str | None]:
            s = sum(v.reading.value for v in parts_found)
            listed = " + ".join(v.reading.text for v in parts_found)
            return (
                f"Parts listed after '{cue.group(0)}' add up to more than their whole {whole.reading.text}: "
                f"{listed} = {format_like(s, whole.reading, 1)}.",
                f"the whole is at least {format_like(s, whole.reading, 1)}, or a part is misread",
            )

        flags += settle(doc, "check.parts.v1", parts, _parts_within_whole, anchor=whole, describe=describe)
    return flags


check_parts.scope = "article"  # type: ignore[attr-defined]


#: how many sentences before its parts a whole may stand ("Total profits were X. [...] Central
#: enterprises achieved profits of A; local ones, B"): news states the whole first, then breaks it down
MAX_SENTENCES_BACK = 3
def owner_of(text: str, v: View) -> frozenset[str]:
    """The words before a figure's measure noun, in its clause after the last comma, that name its segment.

    "Central enterprises achieved total profits of" -> {central, enterprises}; "From January to
    November, total profits were" -> {} (time words and fillers name no segment).
    """
    p = _patterns()
    clause = text[v.clause_start : v.start]
    hits = list(p["measure"].finditer(clause))
    if not hits:
        return frozenset()
    prefix = clause[: hits[-1].start()].rsplit(",", 1)[-1]
    prefix = p["time"].sub(" ", prefix)
    filler = {w.lower() for w in check_vocab().owner_filler}
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z][\w'’-]{0,30}", prefix) if w.lower() not in filler)


def _segments(text: str, parts: list[View]) -> bool:
    """Each part names a segment of its own ("central enterprises ...; local state-owned enterprises ...")."""
    owners = [owner_of(text, v) for v in parts]
    return all(owners) and len(set(owners)) == len(owners)


def whole_before(text: str, figures: list[View], parts: list[View], opener: bool) -> View | None:
    """The one figure stated before `parts` that they can be parts of: same measure, unit and period, larger than each.

    After a part opener ("Among them, ...") it stands in the sentence just before; otherwise within
    MAX_SENTENCES_BACK sentences. Its words call it a total, or name no segment of its own
    ("central enterprises' profits" is a segment, not the whole). Among several, those called a
    total; none when still unsure.
    """
    first = parts[0]
    back = 1 if opener else MAX_SENTENCES_BACK
    found = [
        w
        for w in figures
        if first.sent - back <= w.sent < first.sent
        and (w.total or not owner_of(text, w))
        and (w.measure == first.measure or (opener and first.measure is None and w.measure is not None))
        and all(same_qualifier(text, q, w) for q in parts)
        and w.claim.unit == first.claim.unit
        and (w.partner is None or all(same_partner(q.partner, w.partner) for q in parts))
        and all(same_period(w, q) and same_subject(w, q) and w.claim.value > q.claim.value for q in parts)
    ]
    if any(w.total for w in found):
        found = [w for w in found if w.total]
    return found[0] if len({w.claim.value for w in found}) == 1 else None


@check("check.segments.v1")
@guarded
def check_segments(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag parts stated in a sentence after their whole whose sum exceeds it beyond rounding.

    The parts are the figures of one sentence that measure the same thing as the whole ("profits")
    and either follow a part opener ("Among them, ...") or each name a segment of their own
    ("central enterprises ..., local state-owned enterprises ..."). Listed parts need not exhaust
    the whole, so only a sum larger than the whole is a contradiction.
    """
    text = doc.text
    figures = _levels(views(doc))
    opener_re = _patterns()["part_opener"]
    flags: list[FlagRecord] = []
    by_sentence: dict[int, list[View]] = {}
    for v in figures:
        by_sentence.setdefault(v.sent, []).append(v)
    for members in by_sentence.values():
        opener = bool(opener_re.match(text, members[0].sent_start))
        groups: dict[tuple[str, str | None], list[View]] = {}
        for v in members:
            if v.measure is not None or opener:  # "Of this, central firms earned X and local firms Y": parts of the whole before
                groups.setdefault((v.measure, v.claim.unit), []).append(v)
        for parts_found in groups.values():
            if len(parts_found) < 2 or not (opener or _segments(text, parts_found)):
                continue
            whole = whole_before(text, figures, parts_found, opener)
            if whole is None:
                continue
            parts = {"whole": whole, **{f"part{i}": v for i, v in enumerate(parts_found)}}

            def describe(whole=whole, parts_found=parts_found) -> tuple[str, str | None]:
                return _parts_above_whole(
                    f"Parts of {whole.measure or 'the whole'} stated after the whole", whole, parts_found,
                    f", above the stated {whole.reading.text}")

            flags += settle(doc, "check.segments.v1", parts, _parts_within_whole, anchor=whole, describe=describe)
    return flags


def _parts_above_whole(lead: str, whole: View, parts_found: list[View], tail: str = "") -> tuple[str, str | None]:
    """Message and suggestion of parts that add up to more than their whole."""
    total = format_like(sum(v.reading.value for v in parts_found), whole.reading, 1)
    listed = " + ".join(v.reading.text for v in parts_found)
    return (f"{lead} add up to more than it: {listed} = {total}{tail}.",
            f"the whole is at least {total}, or a part is misread")


def _parts_within_whole(iv: Mapping[str, Interval]) -> bool:
    """The parts' sum can be at most the whole."""
    return parts_total(iv).lo <= iv["whole"].hi + 1e-9 * abs(iv["whole"].hi)


check_segments.scope = "article"  # type: ignore[attr-defined]


#: a part that points back at its whole right after its number: "A$4.6 billion of that", "$2 billion of the total"
OF_THAT_AFTER = re.compile(r"\s{1,3}of\s{1,3}(?:that|this|it|those|these|the\s{1,3}(?:total|sum|whole|amount|figure))\b", re.IGNORECASE)
#: words that make a figure the base or the record of a change, not the topic a later "of that" points back at
NOT_TOPIC_BEFORE = re.compile(
    r"\b(?:from|compared\s{1,3}(?:with|to)|versus|against|than|of|peak|record|high|low)\s{1,3}(?:(?:the|a|an)\s{1,3})?[A-Za-z$€£¥]{0,3}$",
    re.IGNORECASE,
)


def topic_whole(text: str, figures: list[View], parts: list[View]) -> View | None:
    """The figure a later "of that" points back at: the first level figure of the sentence before (same paragraph) that
    counts the parts' unit, is larger than each, is of their period, and is not the base or record of a change."""
    first = parts[0]
    for w in figures:
        if w.sent != first.sent - 1 or w.paragraph != first.paragraph or w.claim.unit != first.claim.unit:
            continue
        if NOT_TOPIC_BEFORE.search(text[max(w.sent_start, w.start - 20) : w.start]):
            continue
        if all(w.claim.value > q.claim.value and (q.claim.period is None or same_period(w, q)) for q in parts):
            return w
        return None  # the topic figure does not fit: no other figure stands in for it
    return None


@check("check.parts_of_that.v1")
@guarded
def check_parts_of_that(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag parts that point back at a whole ("A$4.6 billion of that and lithium hydroxide A$0.9 billion") adding up to more.

    The parts are the level figures of the sentence in the part's unit, from the one followed by
    "of that" / "of the total" on; the whole is the topic figure of the sentence before.
    """
    text = doc.text
    figures = _levels(views(doc))
    flags: list[FlagRecord] = []
    for i, first in enumerate(figures):
        if not OF_THAT_AFTER.match(text, first.end):
            continue
        parts_found = [v for v in figures[i:] if v.sent == first.sent and v.claim.unit == first.claim.unit]
        if len(parts_found) < 2:
            continue
        whole = topic_whole(text, figures, parts_found)
        if whole is None:
            continue
        parts = {"whole": whole, **{f"part{k}": v for k, v in enumerate(parts_found)}}

        def describe(whole=whole, parts_found=parts_found) -> tuple[str, str | None]:
            return _parts_above_whole(f"Parts of the {whole.reading.text} stated in the sentence before", whole, parts_found)

        flags += settle(doc, "check.parts_of_that.v1", parts, _parts_within_whole, anchor=whole, describe=describe)
    return flags


check_parts_of_that.scope = "article"  # type: ignore[attr-defined]
