"""Stated shares against part ÷ total: "exports were $8.02 trillion, accounting for 28.3% of the total"."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from ..document import ArticleDoc
from ..models import FlagRecord
from ..registry import check
from .context import (
    View,
    _alt,
    _place_names,
    _patterns,
    category,
    country_of,
    is_month,
    normalize_name,
    partner_in,
    prefer_stated_period,
    same_partner,
    same_period,
    same_subject,
    views,
)
from .feedback import guarded, settle
from .precision import Interval, format_interval, format_like
from .remainder import opened_whole
from .vocab import check_vocab

#: longest text between a part and its share ("$8.02 trillion in the first 11 months, accounting for")
MAX_BRIDGE = 70
#: longest "of ..." phrase after a share naming its whole ("of South Korea's total exports to the world")
MAX_WHOLE_PHRASE = 60
#: longest text between a whole and "of which"
MAX_TO_PART_CUE = 30


@lru_cache(maxsize=1)
def _share_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    v = check_vocab()
    bridge = re.compile(rf"\b(?:{_alt(v.share_bridges)})\b|^\s{{0,3}}[(,]\s{{0,3}}$", re.IGNORECASE)
    part_cue = re.compile(rf"\b(?:{_alt(v.part_cues)})\b", re.IGNORECASE)
    whole = re.compile(rf"^\s{{0,3}}of\s{{1,3}}(?P<phrase>[^.;,%\d()$€£¥]{{1,{MAX_WHOLE_PHRASE}}})")
    return bridge, part_cue, whole


#: a share set beside its part after a comma ("$1.8 billion of steel last year, about 12% of ...", "151,200 units, a 41.8%
#: share"): a part only when the share then names what it is a share of (NAMED_AFTER)
APPOSITION = re.compile(
    r",\s{0,3}(?:or\s{1,3})?(?:(?:a|an)\s{1,3})?(?:(?:about|around|nearly|roughly|some|almost|approximately|over|under|"
    r"just\s{1,3}(?:over|under)|more\s{1,3}than|less\s{1,3}than)\s{1,3})?$",
    re.IGNORECASE,
)
#: what follows a share that names it one: "of <whole>", "share", "market share"
NAMED_AFTER = re.compile(r"\s{0,3}(?:of\s|(?:market\s{1,3})?share\b)", re.IGNORECASE)


#: attributions a translated sentence puts between a part and its share ("..., according to the
#: customs, accounting for"; "..., the ministry said, accounting for"): read past, not as a new subject
ATTRIBUTION = re.compile(r",\s{0,3}(?:according\s{1,3}to\s{1,3}[^,;.]{1,80}|[^,;.]{1,40}\s(?:said|says|reported|showed))(?=,)", re.IGNORECASE)


def _new_subject(bridge: str) -> bool:
    """The bridge's last clause names another subject ("..., and the EU accounted"): a capitalized word other than a month."""
    last = bridge.rsplit(",", 1)[-1]
    return any(w[0].isupper() and not is_month(w) for w in re.findall(r"[A-Za-z][\w'’.-]{0,30}", last))


def bridge_text(text: str, items: list[View], part: View, share: View) -> str | None:
    """The words between a part and its share, with the part's own change rates ("up 5.6%") and attributions taken out.

    None when another claim than a change rate stands between them (another figure, another share).
    """
    between = [v for v in items if v.sent == share.sent and part.end <= v.start and v.end <= share.start]
    pieces, at = [], part.end
    for v in between:
        if v.kind != "percentage" or v.claim.measure not in {"change", "points"} or not v.claim.direction:
            return None
        pieces.append(text[at : v.start])
        pieces.append("X")
        at = v.end
    pieces.append(text[at : share.start])
    return ATTRIBUTION.sub("", "".join(pieces))


def part_of(text: str, items: list[View], share: View) -> View | None:
    """The figure a share is a share of: the nearest level figure before it in its clause, joined by share words.

    The part's own change rate and an attribution may stand between them ("2.09 trillion yuan, up
    5.6%, according to the customs, accounting for 15.7%").
    """
    bridge_re, _, _ = _share_patterns()
    before = [v for v in items if v.kind == "figure" and v.sent == share.sent and v.end <= share.start]
    if not before:
        return None
    part = before[-1]
    bridge = bridge_text(text, items, part, share)
    if bridge is None or len(bridge) > MAX_BRIDGE or ";" in bridge or "%" in bridge:
        return None
    if not bridge_re.search(bridge) and not (APPOSITION.search(bridge) and NAMED_AFTER.match(text, share.end)):
        return None
    if _new_subject(bridge):
        return None
    if not part.is_level or part.reading is None or part.claim.value <= 0:
        return None
    return part


#: a share whose clause opens with what it is a share of: "This accounted for 14.8%", "ASEAN accounted for 16.8%"
SHARE_OWNER = re.compile(
    r"(?:^|,)\s{0,3}(?:the\s{1,3})?(?P<o>[A-Z][\w.’'-]{0,30}(?:\s{1,3}[A-Z][\w.’'-]{0,30}){0,3}|[Tt]his|[Tt]hat|[Ii]t|[Tt]hese|[Tt]hey)"
    r"\s{1,3}(?:alone\s{1,3})?(?:accounted|accounts|account|made|makes|make|represented|represents|comprised|constituted)"
    r"(?:\s{1,3}(?:for|up))?\s{1,3}(?:(?:about|around|nearly|some|almost|roughly)\s{1,3})?$"
)
PRONOUNS = frozenset({"this", "that", "it", "these", "they"})


def part_elsewhere(text: str, items: list[View], share: View) -> View | None:
    """The part of a share whose clause names it instead of stating it: "This accounted for" (the last figure of the
    sentence before) or "ASEAN accounted for 16.8% of China's total trade" (the one earlier figure of ASEAN's flow).
    """
    m = SHARE_OWNER.search(text[share.clause_start : share.start])
    if m is None:
        return None
    owner = m.group("o")
    earlier = [v for v in items if v.kind == "figure" and v.is_level and v.reading is not None and v.end <= share.clause_start]
    if owner.lower() in PRONOUNS:
        previous = [v for v in earlier if v.sent in {share.sent, share.sent - 1} and v.paragraph == share.paragraph]
        part = previous[-1] if previous else None
        return part if part is not None and part.claim.value > 0 else None
    if is_month(owner.split()[0]):
        return None
    by_category = _part_by_category(items, share, owner)
    if by_category is not None:
        return by_category
    name = normalize_name(owner)
    phrase = _share_patterns()[2].match(text[share.end : share.sent_end])
    roles = list(_patterns()["role"].finditer(phrase.group("phrase"))) if phrase else []
    role = _patterns()["role_of"][roles[-1].group(0).lower()] if roles else None
    found = [v for v in earlier if same_partner(v.partner, name) and (role is None or v.role == role) and v.claim.value > 0]
    found = prefer_stated_period(share, found)
    return found[-1] if len({v.claim.value for v in found}) == 1 else None


#: how many sentences after a share its part may be stated ("Chips made up 19.1% of exports. Chip exports were $9.8 billion.")
PART_AFTER_SENTENCES = 1


def _part_by_category(items: list[View], share: View, owner: str) -> View | None:
    """The one level figure, in the share's paragraph near it, whose metric names the owner's category ("Chips" -> "chip exports").

    Only for an owner that names a category of goods, not a place or a partner: its words left
    after metric normalization must be a non-empty category equal to the figure's.
    """
    wanted = category(owner)
    if not wanted or normalize_name(owner) in _place_names():
        return None
    found = [
        v
        for v in items
        if v.kind == "figure"
        and v.is_level
        and v.reading is not None
        and v.claim.value > 0
        and v.paragraph == share.paragraph
        and share.sent - 1 <= v.sent <= share.sent + PART_AFTER_SENTENCES
        and not v.total
        and category(v.claim.metric) == wanted
        and (share.claim.period is None or v.claim.period is None or same_period(v, share))
    ]
    return found[0] if len({v.claim.value for v in found}) == 1 else None


def total_for(text: str, items: list[View], share: View, part: View) -> View | None:
    """The whole a share of `part` is taken of, from the wording ("of which", "of the total $X", "of total exports")."""
    _, cue_re, whole_re = _share_patterns()
    same_sent = [v for v in items if v.kind == "figure" and v.sent == share.sent and v is not part]
    # "Among the 3.2 million vehicles exported, new energy vehicles were 1.1 million, accounting for 41.2%"
    opened = opened_whole(text, [v for v in items if v.kind == "figure" and v.is_level and v.reading is not None], part)
    if opened is not None and opened.sent == share.sent:
        return _usable_total(opened, part)
    # "Total trade was $27.41 trillion, of which exports were $8.02 trillion, accounting for 28.3%"
    cues = list(cue_re.finditer(text, share.sent_start, part.start))
    if cues:
        cue = cues[-1]
        before = [v for v in same_sent if v.end <= cue.start() and cue.start() - v.end <= MAX_TO_PART_CUE]
        if before:
            return _usable_total(before[-1], part)
    # "28.3% of the total $27.41 trillion"
    after = [v for v in same_sent if v.start >= share.end]
    if after:
        gap = text[share.end : after[0].start]
        if gap.lstrip().lower().startswith("of") and len(gap) <= MAX_WHOLE_PHRASE and not re.search(r"[\d;；]", gap):
            # the wording names the whole: "12% of Canada's C$18.9 billion" (China's steel in Canada's imports: two subjects)
            return _usable_total(after[0], part, explicit=True)
    # "accounting for 28.3% of total exports" with total exports stated elsewhere
    m = whole_re.match(text[share.end : share.sent_end])
    phrase = m.group("phrase") if m else None
    found = _whole_elsewhere(text, items, part, phrase) if phrase else None
    return found or whole_in_earlier_sentence(text, items, share, part, phrase)


#: how many sentences before a share's part the whole of its market may stand ("Sales totalled 76,314 units in 2023.
#: [...] BYD sold 30,467 units, a 45.4% share"): news states the whole first, then the players
WHOLE_SENTENCES_BACK = 2
#: words of a share's "of ..." phrase that name no narrower whole ("of the market", "of total sales")
MARKET_WORDS = frozenset({"market", "sector", "segment", "industry", "total", "sale", "whole", "country", "nation", "world"})


#: a money unit (ISO 4217 code): money figures of one article are many, counts of one thing (vehicles, tons) few
CURRENCY = re.compile(r"[A-Z]{3}")


def whole_in_earlier_sentence(text: str, items: list[View], share: View, part: View, phrase: str | None) -> View | None:
    """The whole of a share's market stated in an earlier sentence of its paragraph, when only one fits.

    It counts the same things (unit), over the same period, is larger than the part, measures the
    same thing when both say what, and names no partner the part does not. When the share names its
    whole ("of the pure electric vehicle market"), every word of that name beyond market words must be
    in the whole's metric ("new pure electric vehicles"); a world market or another product is not the
    whole of the article's figure. Money named by no such words must measure what the whole does.
    Among several, the one its words call a total; none when unsure.
    """
    wanted: frozenset[str] = frozenset()
    if phrase is not None:
        if partner_in(phrase) is not None:
            return None
        wanted = category(phrase) - MARKET_WORDS
        if any(w in {"global", "world", "worldwide"} for w in wanted):
            return None
    if not wanted and CURRENCY.fullmatch(part.claim.unit or "") and not (part.measure or part.role):
        return None  # "earned $12.2 billion, a 15% share" of a market it does not name: any money before is not its whole
    found = [
        v
        for v in items
        if v.kind == "figure"
        and v is not part
        and v.is_level
        and v.reading is not None
        and share.sent - WHOLE_SENTENCES_BACK <= v.sent < part.sent
        and v.paragraph == share.paragraph
        and v.claim.unit == part.claim.unit
        and v.claim.value > part.claim.value
        and same_period(v, part)
        and same_partner(v.partner or partner_after(text, v) or part.partner, part.partner)
        and (v.measure is None or part.measure is None or v.measure == part.measure)
        and (v.role is None or part.role is None or v.role == part.role)
        and (wanted or not CURRENCY.fullmatch(part.claim.unit or "") or v.measure == part.measure or v.role == part.role)
        and (phrase is None or wanted <= category(v.claim.metric) | {v.measure or ""})
    ]
    if any(v.total for v in found):
        found = [v for v in found if v.total]
    return found[0] if len({v.claim.value for v in found}) == 1 else None


def _whole_elsewhere(text: str, items: list[View], part: View, phrase: str) -> View | None:
    """The figure a whole named by `phrase` ("the total", "China's total exports") refers to, when only one fits.

    The whole has the phrase's role (else the part's), the phrase's partner (none if it names none), the phrase's category, the
    part's unit and period, and is larger than the part; among several, one its words call a
    total, else the largest when the phrase says "total".
    """
    p = _patterns()
    roles = list(p["role"].finditer(phrase))
    target = p["role_of"][roles[-1].group(0).lower()] if roles else part.role
    if target is None:
        return None
    owner = re.match(r"\s{0,3}(?:the\s{1,3})?(?P<o>[A-Z][\w.-]{0,30}(?:\s[A-Z][\w.-]{0,30}){0,2})['’]s?\s", phrase)
    owner_name = normalize_name(owner.group("o")) if owner else None
    partner = partner_in(phrase)  # "of China's trade with ASEAN"
    found = [
        v
        for v in items
        if v.kind == "figure"
        and v is not part
        and v.role == target
        and same_partner(v.partner or partner_after(text, v), partner)
        and v.claim.unit == part.claim.unit
        and v.is_level
        and v.reading is not None
        and same_period(v, part)
        and v.claim.value > part.claim.value
        and category(v.claim.metric) == category(phrase)
        and (owner_name is None or normalize_name(v.claim.subject) in {None, owner_name})
    ]
    found = prefer_stated_period(part, found)
    if any(v.total for v in found):
        found = [v for v in found if v.total]
    values = {v.claim.value for v in found}
    if len(values) == 1:
        return found[0]
    if values and p["total"].search(phrase):
        return max(found, key=lambda v: v.claim.value)
    return None


#: how far after a figure the partner of its flow may be named ("1.04 million tons of refined copper from Chile")
PARTNER_AFTER = 50


def partner_after(text: str, v: View) -> str | None:
    """The partner named right after a flow figure, in its clause ("104 ten thousand tons of refined copper from Chile")."""
    if v.role not in {"exports", "imports", "trade", "balance"}:
        return None
    after = re.split(r"[,;:(]|\d", text[v.end : min(v.sent_end, v.end + PARTNER_AFTER)], maxsplit=1)[0]
    return partner_in(after, v.role)


def _compatible(total: View, part: View) -> bool:
    return (
        total.claim.unit == part.claim.unit
        and total.is_level
        and total.reading is not None
        and same_period(total, part)
        and same_subject(total, part)
    )


def _usable_total(total: View, part: View, explicit: bool = False) -> View | None:
    """`total` when it can be the whole of `part`; `explicit`: the wording names it the whole, so subjects may differ."""
    compatible = _compatible(total, part) or (
        explicit and total.claim.unit == part.claim.unit and total.is_level and total.reading is not None and same_period(total, part)
    )
    if not compatible or total.claim.value <= part.claim.value:
        return None
    return total


#: "(31.4% of the 4.91 million vehicles exported)", "31.4% of total exports": a rate followed by what it is a part of
OF_WHOLE = re.compile(r"\s{0,3}of\s{1,3}(?:the\s{1,3}|all\s{1,3}|total\s{1,3}|its\s{1,3}|their\s{1,3}|[A-Z][\w.’'-]{0,30}['’]s?\s{1,3})")


def is_share(text: str, v: View) -> bool:
    """A share by the claim stage, or a level rate its words make a share of a whole ("31.4% of the 4.91 million")."""
    if v.claim.measure == "share":
        return True
    return v.claim.measure == "level" and bool(OF_WHOLE.match(text, v.end))


#: "$501.1 billion out of total exports of $3.38 trillion", "74.6 million tons out of 99.4 million tons": a part and its
#: whole in one phrase
OUT_OF = re.compile(
    r"\s{0,3}(?:[a-z]{1,20}\s{1,3}){0,3}?out\s{1,3}of\s{1,3}(?:(?:a|the|its|their)\s{1,3})?(?:(?:total|overall|all)\s{1,3})?"
    r"(?:[a-z][a-z-]{0,20}\s{1,3}){0,3}?(?:of\s{1,3})?(?:(?:about|around|nearly|some)\s{1,3})?(?:[A-Z]{0,3}[$€£¥])?",
)


def out_of_pair(text: str, items: list[View], share: View) -> tuple[View, View] | None:
    """The one "A out of B" pair of the share's sentence, when the share is the only share stated in it."""
    sent = [v for v in items if v.sent == share.sent]
    if sum(1 for v in sent if v.kind == "percentage" and is_share(text, v)) != 1:
        return None
    figures = [v for v in sent if v.kind == "figure"]
    pairs = [
        (a, b)
        for a, b in zip(figures, figures[1:])
        if OUT_OF.fullmatch(text, a.end, b.start) and a.claim.unit == b.claim.unit and a.is_level and b.is_level
        and a.reading is not None and b.reading is not None and 0 < a.claim.value < b.claim.value and same_period(a, b)
    ]
    return pairs[0] if len(pairs) == 1 else None


#: a rate its metric names a penetration rate: the share of one kind of product in all sales of its market
PENETRATION = re.compile(r"\bpenetration\b", re.IGNORECASE)


def penetration_pair(text: str, items: list[View], share: View) -> tuple[View, View] | None:
    """The part and the whole of a penetration rate: the two level figures of one unit and period just before it in its
    sentence (or the one before, in its paragraph), the later one the part and the earlier one, larger, the whole."""
    if share.claim.measure not in {"level", "share"} or not PENETRATION.search(share.claim.metric or text[share.clause_start : share.start]):
        return None
    before = [
        v
        for v in items
        if v.kind == "figure" and v.end <= share.start and share.sent - 1 <= v.sent and v.paragraph == share.paragraph
        and v.is_level and v.reading is not None and v.claim.value > 0
    ]
    if len(before) < 2:
        return None
    whole, part = before[-2], before[-1]
    if whole.claim.unit != part.claim.unit or whole.claim.value <= part.claim.value or not same_period(whole, part):
        return None
    if share.claim.period is not None and part.claim.period is not None and not same_period(share, part):
        return None
    return part, whole


#: a share's "of ..." phrase naming a country's whole: "of the national total", "of the country's exports", "nationwide"
NATIONAL = re.compile(r"\b(?:national|nationwide|country['’]s|nation['’]s|(?:whole|entire)\s{1,3}(?:country|nation))\b", re.IGNORECASE)
#: a possessive name opening a metric or a clause: "Guangdong's exports", "Jiangsu Province's trade"
OWNER = re.compile(r"(?P<o>[A-Z][\w.-]{1,30}(?:\s{1,3}[A-Z][\w.-]{1,30}){0,2})['’]s?\s")


def scope_fits(text: str, share: View, total: View) -> bool:
    """A share of a country's whole ("20.7% of the national total") is not taken of a figure of a province or a city: the
    whole's owner (its subject, else a possessive name before it in its clause) must be a country or unnamed."""
    phrase = text[share.end : min(share.sent_end, share.end + MAX_WHOLE_PHRASE)]
    if not NATIONAL.search(phrase.split(",", 1)[0]) and not NATIONAL.search(share.claim.metric or ""):
        return True
    owner = total.claim.subject
    if not owner:
        m = OWNER.search(text, max(total.clause_start, total.start - 60), total.start)
        owner = m.group("o") if m else None
    if not owner or normalize_name(owner) is None:
        return True
    return country_of(owner) is not None or normalize_name(owner) in _place_names()


def share_meets(iv: Mapping[str, Interval]) -> bool:
    """part ÷ total is the share, within rounding."""
    ratio = iv["part"] / iv["total"]
    return ratio is not None and (ratio * 100).meets(iv["share"])


def computed_share(share: View, part: View, total: View, extra_decimals: int = 0) -> tuple[str, str]:
    """part ÷ total as a percentage printed like the stated share (with `extra_decimals` more), and its span within
    rounding."""
    computed = format_like(part.reading.value / total.reading.value * 100, share.reading, extra_decimals)
    ratio = part.reading.interval / total.reading.interval
    return computed, format_interval(ratio * 100, share.reading) if ratio else computed


@check("check.share.v1")
@guarded
def check_shares(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag a stated share that no rounding of the part and the total it is taken of can give."""
    items = views(doc)
    flags: list[FlagRecord] = []
    for share in items:
        if share.kind != "percentage" or share.reading is None:
            continue
        if not is_share(doc.text, share):
            found = penetration_pair(doc.text, items, share)
            part, total = found if found else (None, None)
        else:
            part = part_of(doc.text, items, share) or part_elsewhere(doc.text, items, share)
            total = total_for(doc.text, items, share, part) if part else None
            if part is None or total is None:
                part, total = out_of_pair(doc.text, items, share) or (None, None)
        if part is None or total is None or not scope_fits(doc.text, share, total):
            continue
        if share.claim.period is not None and part.claim.period is not None and not same_period(share, part):
            continue
        parts = {"share": share, "part": part, "total": total}

        def describe(share=share, part=part, total=total) -> tuple[str, str | None]:
            # a whole-number share ("about 12%") gets one decimal: "= 10%" beside "9.2% to 9.8%" reads as a contradiction of its own
            computed, span = computed_share(share, part, total, 1 if share.reading.decimals == 0 else 0)
            whole = text_of_whole(doc.text, share, total)
            return (
                f"Stated share {share.reading.text} of {whole}; {part.reading.text} ÷ {total.reading.text} = {computed}"
                f" ({span} within rounding).",
                f"{computed} (or one of {part.reading.text}, {total.reading.text} is wrong)",
            )

        flags += settle(doc, "check.share.v1", parts, share_meets, anchor=share, describe=describe)
    return flags


def text_of_whole(text: str, share: View, total: View | None = None) -> str:
    """What the share is of, as written ("total trade", "Canada's C$18.9 billion"), or "the total"."""
    if total is not None and share.end < total.start <= share.end + MAX_WHOLE_PHRASE:
        m = re.match(r"\s{0,3}of\s{1,3}(?P<w>[^;%()]{1,80})$", text[share.end : total.end])
        if m:
            return " ".join(m.group("w").split()).removeprefix("the ")
    m = _share_patterns()[2].match(text[share.end : share.sent_end])
    if not m:
        return "the total"
    return " ".join(m.group("phrase").split()[:6]).removeprefix("the ").strip() or "the total"


check_shares.scope = "article"  # type: ignore[attr-defined]
