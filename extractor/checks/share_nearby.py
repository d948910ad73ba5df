"""Shares whose whole stands in a nearby sentence, before or after them, that no wording ties to the share.

"China imported 64.6 million tons of crude oil from Russia, accounting for 13.5% of China's total crude
imports. [...] China's total crude oil imports in the same period were 420.9 million tons": the wording
check (check.share.v1) looks for the whole in the share's own sentence or in the sentences before its
part, and wants the whole's metric to name exactly the share's category. Writers also state the whole
after the share, and name it in other words ("crude" and "crude oil", "global new ship orders").

Paired this loosely, a share can meet an unrelated figure by coincidence, so the check flags only when
no candidate whole (nor part) reconciles the share and exactly one candidate misses it by a digit slip
(one wrong digit, or two swapped neighbouring digits: "13.5%" for 15.3%), the way a mistyped share does
(the rule of extractor/checks/relations.py).
"""

from __future__ import annotations

from ..document import ArticleDoc
from ..models import FlagRecord
from ..registry import check
from .context import View, category, measure_in, normalize_name, partner_in, same_partner, same_period, views
from .feedback import guarded, settle
from .relations import check_share_by_category, one_slipped_pair, slipped_share_message
from .share import (
    MARKET_WORDS,
    PRONOUNS,
    SHARE_OWNER,
    _share_patterns,
    is_share,
    part_elsewhere,
    part_of,
    share_meets,
    total_for,
)

#: how many sentences before or after a share its whole may stand, in its paragraph (news states the whole of a
#: market before its players, or names a player's share first and the market's size next)
WHOLE_SENTENCES = 2
#: how many sentences before a share a part named by the share's owner may stand ("Korean yards won $26.57 billion
#: of orders. [...] South Korea accounted for 24.2% of global orders")
PART_SENTENCES_BACK = 2


def _figures(items: list[View]) -> list[View]:
    return [v for v in items if v.kind == "figure" and v.is_level and v.reading is not None and v.claim.value > 0]


def flow_of(part: View, phrase: str | None) -> str | None:
    """What the part measures: its role word or measure noun, else the measure the share's phrase names ("of total coal exports")."""
    return part.role or part.measure or (measure_in(phrase) if phrase else None)


def whole_phrase(text: str, share: View) -> str | None:
    """What a share says it is of: "of China's total crude imports" -> "China's total crude imports"."""
    m = _share_patterns()[2].match(text[share.end : share.sent_end])
    return m.group("phrase") if m else None


def owner_parts(text: str, items: list[View], share: View, phrase: str | None) -> list[View]:
    """Parts of a share whose clause opens with a place ("South Korea accounted for 24.2% of global new ship orders"): the
    level figures shortly before it of that place (or of no stated subject) that measure what the share's whole does.
    """
    m = SHARE_OWNER.search(text[share.clause_start : share.start])
    if m is None or m.group("o").lower() in PRONOUNS or phrase is None:
        return []
    owner = normalize_name(m.group("o"))
    measure = measure_in(phrase)
    if owner is None or measure is None:
        return []
    return [
        v
        for v in _figures(items)
        if v.paragraph == share.paragraph
        and share.sent - PART_SENTENCES_BACK <= v.sent <= share.sent
        and v.end <= share.start
        and not v.total
        and v.measure == measure
        and v.subject in {None, owner}
        and (share.claim.period is None or v.claim.period is None or same_period(v, share))
    ]


def nearby_wholes(text: str, items: list[View], share: View, part: View, phrase: str | None) -> list[View]:
    """Figures of the share's paragraph, up to WHOLE_SENTENCES away, that can be the whole of `part`.

    Same unit and period as the part, larger, measuring the same thing; no partner other than the one
    the share's phrase names; and, when the phrase names a category beyond market words, sharing a word of it.
    """
    partner = partner_in(phrase) if phrase else None
    wanted = (category(phrase) - MARKET_WORDS) if phrase else frozenset()
    flow = flow_of(part, phrase)
    if flow is None:
        return []
    out = []
    for v in _figures(items):
        if (
            v is part
            or v.paragraph != share.paragraph
            or abs(v.sent - share.sent) > WHOLE_SENTENCES
            or v.claim.unit != part.claim.unit
            or v.claim.value <= part.claim.value
            or not same_period(v, part)
            or flow not in {v.role, v.measure}
            or not (v.partner is None or same_partner(v.partner, partner))
        ):
            continue
        if wanted and not (wanted & (category(v.claim.metric) | {v.measure or ""})):
            continue
        out.append(v)
    return out


@check("check.share_nearby_whole.v1")
@guarded
def check_share_nearby_whole(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag a share that its part ÷ a whole stated nearby misses by a digit slip, when no other pairing reconciles it."""
    text = doc.text
    items = views(doc)
    flags: list[FlagRecord] = []
    done_elsewhere: set[str] | None = None
    for share in items:
        if share.kind != "percentage" or share.reading is None or not is_share(text, share):
            continue
        worded = part_of(text, items, share) or part_elsewhere(text, items, share)
        if worded is not None and total_for(text, items, share, worded) is not None:
            continue  # check.share.v1 judges it
        phrase = whole_phrase(text, share)
        parts = [worded] if worded is not None else owner_parts(text, items, share, phrase)
        pairs = [(p, w) for p in parts for w in nearby_wholes(text, items, share, p, phrase)]
        if not pairs:
            continue
        slipped = one_slipped_pair(share, pairs)
        if slipped is None:
            continue
        if done_elsewhere is None:  # a share the category check already flags is not flagged twice
            done_elsewhere = {f.evidence.start for f in check_share_by_category(doc) if f.evidence is not None}
        if share.claim.evidence.start in done_elsewhere:
            continue
        part, total = slipped

        def describe(share=share, part=part, total=total, phrase=phrase) -> tuple[str, str | None]:
            where = "a later sentence" if total.sent > share.sent else "an earlier sentence" if total.sent < share.sent else "its sentence"
            what = " ".join((phrase or "the total").split()).removeprefix("the ")
            return slipped_share_message(share, part, total, what, f" (stated in {where})")

        flags += settle(doc, "check.share_nearby_whole.v1", {"share": share, "part": part, "total": total}, share_meets, anchor=share,
                        describe=describe)
    return flags


check_share_nearby_whole.scope = "article"  # type: ignore[attr-defined]
