"""Generate romanized aliases of CJK names: Korean RR/MR/press spellings, Mandarin pinyin, name-order swaps.

Table-driven (corpus/kb/vocab/romanization.yaml): hangul syllables are decomposed into jamo indices
arithmetically (Unicode: syllable = 0xAC00 + (initial * 21 + medial) * 28 + final).
Machine translation from Chinese renders Korean and Japanese names by the Mandarin reading of their
hanja/kanji (方文圭 -> "Fang Wengui"), so pinyin readings are generated for those scripts too.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin

from .models import ChineseTables, KoreanTables
from .text import is_cjk_ideograph, is_hangul

# Most spellings kept for one name, so a long name cannot explode the alias index; 4 syllables x
# ~4 press spellings each stays below it (measured on corpus/kb/people/kr.yaml: max 3 syllables).
MAX_VARIANTS_PER_NAME = 400


@dataclass(frozen=True)
class GeneratedAlias:
    """An alias produced from a native-script name, with the method that produced it."""

    text: str
    method: str


def decompose(syllable: str) -> tuple[int, int, int]:
    """Jamo indices (initial 0-18, medial 0-20, final 0-27) of one precomposed hangul syllable."""
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        raise ValueError(f"{syllable!r} is not a precomposed hangul syllable")
    return code // 588, (code % 588) // 28, code % 28


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def syllable_rr(syllable: str, tables: KoreanTables) -> str:
    """Revised Romanization of one syllable, as in personal names (no sound change across syllables)."""
    initial, medial, final = decompose(syllable)
    return tables.initials_rr[initial] + tables.medials_rr[medial] + tables.finals_rr[final]


def word_mr(syllables: str, tables: KoreanTables) -> list[str]:
    """McCune-Reischauer spelling of each syllable of one word, voicing plain stops after voiced sounds."""
    out: list[str] = []
    voiced_before = False
    for syllable in syllables:
        initial, medial, final = decompose(syllable)
        onset = tables.initials_mr[initial]
        if voiced_before and onset in tables.mr_voiced:
            onset = tables.mr_voiced[onset]
        if onset == "s" and tables.medials_rr[medial] in ("i", "wi"):
            onset = "sh"
        coda = tables.finals_mr[final]
        out.append(onset + tables.medials_mr[medial] + coda)
        voiced_before = coda in ("", "n", "l", "m", "ng")
    return out


def _strip_mr(text: str) -> str:
    return text.replace("ŏ", "o").replace("ŭ", "u").replace("'", "")


def syllable_spellings(syllable: str, tables: KoreanTables) -> list[str]:
    """RR spelling first, then MR and press spellings of one syllable (lowercase, deduplicated)."""
    initial, medial, final = decompose(syllable)
    onset = tables.initials_rr[initial]
    rime = tables.medials_rr[medial] + tables.finals_rr[final]
    onsets = [onset, *tables.onset_variants.get(onset, [])]
    rimes = [rime, *tables.rime_variants.get(rime, [])]
    spellings = [o + r for o, r in itertools.product(onsets, rimes)]
    spellings += [s.lower() for s in tables.syllables.get(syllable, [])]
    spellings.append(_strip_mr(word_mr(syllable, tables)[0]))
    return list(dict.fromkeys(s for s in spellings if s))


def split_korean(hangul: str, tables: KoreanTables) -> tuple[str, str]:
    """Family and given parts of a hangul name (two-syllable family names from the table)."""
    if len(hangul) > 2 and hangul[:2] in tables.compound_surnames:
        return hangul[:2], hangul[2:]
    return hangul[:1], hangul[1:]


def _given_forms(parts: list[str]) -> list[str]:
    """Hyphenated, spaced and joined forms of a romanized given name ('Moon-kyu', 'Moon Kyu', 'Moonkyu')."""
    if len(parts) < 2:
        return [_cap(parts[0])] if parts else []
    return [_cap("-".join(parts)), " ".join(_cap(p) for p in parts), _cap("".join(parts))]


def korean_aliases(hangul: str, tables: KoreanTables) -> list[GeneratedAlias]:
    """Romanizations of a hangul name: RR, MR, press spellings; family-first and given-first orders."""
    if not is_hangul(hangul):
        return []
    family, given = split_korean(hangul, tables)
    out: list[GeneratedAlias] = []

    def add(fam: str, giv_parts: list[str], method: str, all_forms: bool) -> None:
        forms = _given_forms(giv_parts) if all_forms else _given_forms(giv_parts)[:1]
        for form in forms:
            out.append(GeneratedAlias(f"{_cap(fam)} {form}".strip(), method))
            if form:
                out.append(GeneratedAlias(f"{form} {_cap(fam)}", f"{method}+given-first"))

    add("".join(syllable_rr(s, tables) for s in family), [syllable_rr(s, tables) for s in given], "hangul:rr", True)
    mr_family = "".join(word_mr(family, tables))
    mr_given = word_mr(given, tables)
    add(mr_family, mr_given, "hangul:mr", True)
    add(_strip_mr(mr_family), [_strip_mr(p) for p in mr_given], "hangul:mr-plain", True)
    family_spellings = list(dict.fromkeys(
        [*(s.lower() for s in tables.syllables.get(family, [])), *(
            "".join(p) for p in itertools.product(*(syllable_spellings(s, tables) for s in family)))]
    ))
    given_spellings = itertools.product(*(syllable_spellings(s, tables) for s in given))
    for fam, giv in itertools.islice(itertools.product(family_spellings, given_spellings), MAX_VARIANTS_PER_NAME):
        add(fam, list(giv), "hangul:press", False)
    return _dedupe(out)


def _dedupe(aliases: list[GeneratedAlias]) -> list[GeneratedAlias]:
    seen: set[str] = set()
    kept = []
    for alias in aliases:
        if alias.text not in seen:
            seen.add(alias.text)
            kept.append(alias)
    return kept


def _umlaut_spellings(syllable: str, tables: ChineseTables) -> list[str]:
    """Spellings of a pinyin syllable written with 'v' for ü: lv -> lü, lv, lyu, lu."""
    if "v" not in syllable:
        return [syllable]
    return list(dict.fromkeys(syllable.replace("v", spelling) for spelling in tables.u_umlaut_spellings))


def split_cjk(name: str, tables: ChineseTables) -> tuple[str, str]:
    """Family and given parts of a hanzi/hanja/kanji name; a space, if present, separates them."""
    if " " in name.strip():
        family, given = name.split(None, 1)
        return family, given.replace(" ", "")
    if len(name) > 2 and name[:2] in tables.compound_surnames:
        return name[:2], name[2:]
    return name[:1], name[1:]


def pinyin_aliases(name: str, tables: ChineseTables) -> list[GeneratedAlias]:
    """Mandarin pinyin readings of a CJK name ('方文圭' -> 'Fang Wengui'), with the ü spellings Lü/Lv/Lyu/Lu."""
    family, given = split_cjk(name.strip(), tables)
    if not family or not all(is_cjk_ideograph(ch) for ch in family + given):
        return []
    syllables = lazy_pinyin(family + given, style=Style.NORMAL)
    family_reading = tables.surname_readings.get(family) or "".join(syllables[: len(family)])
    fam_options = _umlaut_spellings(family_reading, tables)
    giv_options = [_umlaut_spellings(s, tables) for s in syllables[len(family):]]
    out: list[GeneratedAlias] = []
    for f_index, fam in enumerate(fam_options):
        for g_index, giv in enumerate(itertools.product(*giv_options)):
            method = "pinyin" if f_index == 0 and g_index == 0 else "pinyin:u-umlaut-spelling"
            out.append(GeneratedAlias(f"{_cap(fam)} {_cap(''.join(giv))}".strip(), method))
    return _dedupe(out)


def order_swaps(name: str) -> list[GeneratedAlias]:
    """The other order of a two-part name ('Fumio Kishida' <-> 'Kishida Fumio')."""
    parts = name.split()
    if len(parts) != 2:
        return []
    return [GeneratedAlias(f"{parts[1]} {parts[0]}", "order-swap")]
