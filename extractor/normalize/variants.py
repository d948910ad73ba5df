"""Name-shape evidence for the name_variant FLAG tier: two person names that may be one person.

Nothing here merges mentions (extractor.normalize.resolve keeps the merge tier strict); it only explains why
two names of one article may be the same person, so resolution can raise a `name_variant` flag with reasons:

- surnames equivalent across romanization systems (`data/name_variants.yaml`: pinyin, Wade-Giles, Cantonese,
  Hokkien, Korean), by the transliteration skeleton, or one letter apart on a long surname (Dombrowskis /
  Dombrovskis);
- given names that are the same syllables in two systems: Sino-Korean and Cantonese readings keep the Middle
  Chinese syllable endings that Mandarin reduced (-ng stays -ng, -n/-m become -n, -p/-t/-k/-l drop), so
  "Jae-young" / "Zaiying" (open, -ng / open, -ng) can be one name, "Jong-ho" / "Jianguo" (-ng / -n) cannot;
- an English given name with the surname of a Chinese-order name ("Beatrice Tsai" / "Cai Meina"): a given
  name that no pinyin, Korean or Japanese syllables spell;
- a Vietnamese name and the pinyin of its Chinese characters ("Nguyen Hong Dien" / "Ruan Hongyan": Nguyễn 阮
  ruan, Hồng 紅 hong, Diên 延 yan), syllable by syllable in the same order (Sino-Vietnamese readings).
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict
from rapidfuzz.distance import Levenshtein

from ..claims.vocab import DATA
from ..datafiles import load_yaml
from .models import KoreanTables
from .text import fold, skeleton

#: system names as written in a flag's reason
SYSTEM_NAMES = {
    "pinyin": "pinyin", "wade_giles": "Wade-Giles", "cantonese": "Cantonese", "hokkien": "Hokkien",
    "hakka": "Hakka", "korean": "Korean", "vietnamese": "Vietnamese",
}
#: longest given-name word segmented into syllables (longer words are not syllabified: no flag)
MAX_SEGMENT_CHARS = 24


class SurnameGroup(BaseModel):
    """Spellings of one family-name character, by romanization system."""

    model_config = ConfigDict(extra="forbid")
    pinyin: list[str] = []
    wade_giles: list[str] = []
    cantonese: list[str] = []
    hokkien: list[str] = []
    hakka: list[str] = []
    korean: list[str] = []
    vietnamese: list[str] = []


class SinoVietnameseTable(BaseModel):
    """Vietnamese name syllables (quốc ngữ, with diacritics) -> the Chinese characters they stand for in names."""

    model_config = ConfigDict(extra="forbid")
    pinyin_overrides: dict[str, str] = {}
    surnames: dict[str, str]
    given: dict[str, str]


class NameVariantsVocab(BaseModel):
    """The vocabulary of `data/name_variants.yaml`."""

    model_config = ConfigDict(extra="forbid")
    surname_equivalents: dict[str, SurnameGroup]
    japanese_onsets: list[str]
    japanese_vowels: list[str]
    generation_suffixes: list[str]
    one_edit_min_length: int
    one_edit_min_length_polysyllabic: int
    sino_vietnamese: SinoVietnameseTable


@lru_cache(maxsize=1)
def vocab() -> NameVariantsVocab:
    """name_variants.yaml, loaded and validated once."""
    return load_yaml(DATA / "name_variants.yaml", NameVariantsVocab)


@lru_cache(maxsize=1)
def _spelling_index() -> dict[str, list[tuple[str, str]]]:
    """Folded spelling -> [(character, system)] of every group it belongs to."""
    index: dict[str, list[tuple[str, str]]] = {}
    for char, group in vocab().surname_equivalents.items():
        for system, spellings in group.model_dump().items():
            for s in spellings:
                index.setdefault(fold(s), []).append((char, system))
    return index


_LINKS: dict[tuple[str, str, int], str | None] = {}


def surname_link(x: str, y: str, rules: list[tuple[str, str]]) -> str | None:
    """Why two surname words may be one family name ("surname Tsai ~ Cai (Wade-Giles/pinyin)"), or None.

    Identical words give "same surname"; callers that need a *variant* check `fold(x) != fold(y)` themselves.
    """
    key = (x, y, id(rules))
    if key not in _LINKS:
        if len(_LINKS) > 100_000:
            _LINKS.clear()
        _LINKS[key] = _surname_link(x, y, rules)
    return _LINKS[key]


def _surname_link(x: str, y: str, rules: list[tuple[str, str]]) -> str | None:
    fx, fy = fold(x), fold(y)
    if not fx or not fy:
        return None
    x, y = x[:1].upper() + x[1:], y[:1].upper() + y[1:]
    if fx == fy:
        return f"same surname {x}"
    index = _spelling_index()
    for char, sx in index.get(fx, []):
        for char_y, sy in index.get(fy, []):
            if char == char_y:
                systems = SYSTEM_NAMES[sx] if sx == sy else f"{SYSTEM_NAMES[sx]}/{SYSTEM_NAMES[sy]}"
                return f"surname {x} ~ {y} ({systems} spellings of {char})"
    if skeleton(fx, rules) == skeleton(fy, rules):
        return f"surname {x} ~ {y} (transliteration variants)"
    if _one_letter_apart(fx, fy):
        return f"surname {x} ~ {y} (one letter apart)"
    return None


def _one_letter_apart(fx: str, fy: str) -> bool:
    """Two folded surnames one edit apart and long enough that this is a slip, not another family name."""
    v = vocab()
    shorter = min(len(fx), len(fy))
    if shorter < v.one_edit_min_length_polysyllabic or Levenshtein.distance(fx, fy) != 1:
        return False
    single = pinyin_syllables() | japanese_syllables()
    return shorter >= v.one_edit_min_length or not (fx in single or fy in single)


# ----------------------------------------------------------------------------- syllables


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (from pypinyin's character readings; ü written u and v)."""
    from pypinyin.pinyin_dict import pinyin_dict

    out: set[str] = set()
    for readings in pinyin_dict.values():
        for r in readings.split(","):
            f = fold(r)
            if f.isalpha():
                out.add(f)
            if "ü" in r:
                out.add(fold(r.replace("ü", "v")))
    return frozenset(out)


@lru_cache(maxsize=1)
def japanese_syllables() -> frozenset[str]:
    """Romanized kana (onset + vowel, long vowels) and the moraic n."""
    v = vocab()
    return frozenset({o + w for o in v.japanese_onsets for w in v.japanese_vowels} | {"n"})


_KOREAN: dict[int, frozenset[str]] = {}


def korean_syllables(tables: KoreanTables) -> frozenset[str]:
    """Romanized Korean syllables (RR, MR and press onsets x rimes, whole-syllable press spellings)."""
    key = id(tables)
    if key not in _KOREAN:
        onsets = set(tables.initials_rr) | {o.replace("'", "") for o in tables.initials_mr}
        onsets |= {v for vs in tables.onset_variants.values() for v in vs}
        medials = set(tables.medials_rr) | {m.replace("ŏ", "o").replace("ŭ", "u") for m in tables.medials_mr}
        rimes = {m + f for m in medials for f in set(tables.finals_rr)}
        rimes |= {v for vs in tables.rime_variants.values() for v in vs}
        out = {o + r for o in onsets for r in rimes}
        out |= {fold(s) for ss in tables.syllables.values() for s in ss}
        _KOREAN[key] = frozenset(out)
    return _KOREAN[key]


def segmentations(word: str, syllables: frozenset[str], limit: int = 32) -> list[tuple[str, ...]]:
    """Ways to write `word` as a sequence of `syllables` (at most `limit`, shortest syllable counts first)."""
    word = fold(word)
    if not word or len(word) > MAX_SEGMENT_CHARS:
        return []
    longest = 7
    ways: list[list[tuple[str, ...]]] = [[] for _ in range(len(word) + 1)]
    ways[0] = [()]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - longest), end):
            if ways[start] and word[start:end] in syllables:
                ways[end].extend(w + (word[start:end],) for w in ways[start][:limit])
        ways[end] = ways[end][:limit]
    return sorted(ways[len(word)], key=len)


def is_syllabic(word: str, tables: KoreanTables) -> bool:
    """The word is spelled by pinyin, Korean or Japanese syllables (an East Asian given-name word)."""
    return any(segmentations(word, s, 1) for s in (pinyin_syllables(), korean_syllables(tables), japanese_syllables()))


def english_given_name(word: str, tables: KoreanTables) -> bool:
    """A given-name word no pinyin, Korean or Japanese syllables spell ("Beatrice", "Edward", not "Taro")."""
    return len(word) >= 3 and word.isalpha() and word[:1].isupper() and not is_syllabic(word, tables)


def _coda(syllable: str) -> str:
    """Ending class of a romanized syllable: '-ng', '-n' (n, m) or '' (vowel, stop, liquid)."""
    if syllable.endswith("ng"):
        return "ng"
    return "n" if syllable[-1:] in {"n", "m"} else ""


def _syllabifications(words: tuple[str, ...], tables: KoreanTables) -> list[tuple[str, ...]]:
    """Syllables of a given name: its hyphen/space-separated words when there are several, else the pinyin or
    Korean segmentations of its one word."""
    if len(words) > 1:
        return [tuple(fold(w) for w in words)]
    if not words:
        return []
    return segmentations(words[0], pinyin_syllables()) or segmentations(words[0], korean_syllables(tables), 8)


def cognate_given(a: tuple[str, ...], b: tuple[str, ...], tables: KoreanTables) -> str | None:
    """Why two given names may be one name read in two systems ("Jae-young ~ Zaiying: 2 syllables with the
    same endings"), or None. The names must differ and have the same number of syllables, each pair ending
    alike (-ng / -n,-m / open)."""
    if [fold(w) for w in a] == [fold(w) for w in b]:
        return None
    for x in _syllabifications(a, tables):
        for y in _syllabifications(b, tables):
            if len(x) == len(y) and all(_coda(p) == _coda(q) for p, q in zip(x, y, strict=True)):
                return (f"given names {'-'.join(w.capitalize() for w in a)} ~ {'-'.join(w.capitalize() for w in b)}: "
                        f"{len(x)} syllables ending alike "
                        f"({'-'.join(x)} / {'-'.join(y)})")
    return None


# ----------------------------------------------------------------------------- Sino-Vietnamese readings

#: folded Vietnamese syllable -> {folded pinyin reading: the characters read so}
SinoVietnameseReadings = dict[str, dict[str, str]]


def _char_pinyin(char: str, overrides: dict[str, str]) -> list[str]:
    """Folded pinyin spellings of one character's name reading (ü written u, v and yu: 呂 lu, lv, lyu)."""
    from pypinyin import Style, lazy_pinyin

    reading = overrides.get(char) or lazy_pinyin(char, style=Style.NORMAL)[0]
    if "v" in reading or "ü" in reading:
        return list(dict.fromkeys(fold(reading.replace("ü", "v").replace("v", u)) for u in ("u", "v", "yu")))
    return [fold(reading)]


@lru_cache(maxsize=1)
def sino_vietnamese_readings() -> tuple[SinoVietnameseReadings, SinoVietnameseReadings]:
    """(surnames, given-name syllables): each folded Vietnamese syllable's Mandarin readings and their characters.

    Syllables that fold alike (Hùng 雄 xiong, Hưng 興 xing) share one entry, as names are mostly written without
    diacritics in English.
    """
    table = vocab().sino_vietnamese
    out: tuple[SinoVietnameseReadings, SinoVietnameseReadings] = ({}, {})
    for part, syllables in zip(out, (table.surnames, table.given), strict=True):
        for syllable, chars in syllables.items():
            readings = part.setdefault(fold(syllable), {})
            for char in chars:
                for reading in _char_pinyin(char, table.pinyin_overrides):
                    readings[reading] = readings.get(reading, "") + char
    return out


def _read_syllables(word: str, readings: list[dict[str, str]]) -> list[str] | None:
    """`word` spelled as one reading of each syllable in turn ("hongyan" by [hong, yan|dian]), or None."""
    if not readings:
        return [] if not word else None
    for reading in sorted(readings[0], key=len, reverse=True):
        if reading and word.startswith(reading):
            rest = _read_syllables(word[len(reading):], readings[1:])
            if rest is not None:
                return [reading, *rest]
    return None


def sino_vietnamese_reading(viet: tuple[str, ...], chinese: tuple[str, ...]) -> str | None:
    """Why a Vietnamese name (folded tokens, surname first) may be the pinyin of its Chinese characters, or None.

    The pinyin name keeps the order: its first word is a reading of the Vietnamese surname, and the rest,
    run together ("Hongyan", "Hong Yan"), is one reading of each Vietnamese given-name syllable in turn
    (Nguyen Hong Dien / Ruan Hongyan; Nguyen Thi Huong / Ruan Shixiang, Thị 氏 being read too). Every syllable
    must be in the table (`sino_vietnamese` in data/name_variants.yaml), so a name it does not spell gives None.
    """
    if len(viet) < 2 or len(chinese) < 2 or viet == chinese or len("".join(chinese)) > MAX_SEGMENT_CHARS:
        return None
    surnames, given = sino_vietnamese_readings()
    family = surnames.get(viet[0], {})
    if chinese[0] not in family:
        return None
    syllables = [given.get(s) for s in viet[1:]]
    if not all(syllables):
        return None
    read = _read_syllables("".join(chinese[1:]), syllables)  # type: ignore[arg-type]
    if read is None:
        return None
    pairs = [f"{viet[0].capitalize()}={chinese[0]} {family[chinese[0]]}"]
    for syllable, reading, chars in zip(viet[1:], read, syllables, strict=True):
        pairs.append(f"{syllable.capitalize()}={reading} {'/'.join(chars[reading])}")  # type: ignore[index]
    return (f"{' '.join(w.capitalize() for w in viet)} ~ {' '.join(w.capitalize() for w in chinese)}: "
            f"Sino-Vietnamese reading ({', '.join(pairs)})")


def sino_vietnamese_spelled(viet: tuple[str, ...], chinese: tuple[str, ...]) -> bool:
    """The table spells every syllable of `viet` and its surname reads as `chinese`'s first word: the table, not
    the syllable-ending heuristic of `cognate_given`, decides whether the given names are one reading."""
    surnames, given = sino_vietnamese_readings()
    return len(viet) >= 2 and len(chinese) >= 2 and chinese[0] in surnames.get(viet[0], {}) \
        and all(s in given for s in viet[1:])


def generation_mismatch(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name carries a generation suffix (Jr., III) and the other does not: relatives, not one person."""
    suffixes = set(vocab().generation_suffixes)
    return bool(suffixes & set(a)) != bool(suffixes & set(b)) or (suffixes & set(a)) != (suffixes & set(b))


def name_variant_reasons(
    a: tuple[str, ...], b: tuple[str, ...], rules: list[tuple[str, str]], tables: KoreanTables
) -> list[str]:
    """Name-shape reasons that two full names (folded tokens, >= 2 each) may be one person; [] when none.

    Needs the name itself to link them: a Vietnamese name and the pinyin of its Chinese characters, a surname
    equivalence with the same or cognate given name, or an English given name with the surname of a
    Chinese-order name. Same-system names with one surname and different given names (Wang Yi / Wang Wentao,
    Kim Min-su / Kim Min-jun) give nothing.
    """
    if generation_mismatch(a, b):
        return []
    reading = sino_vietnamese_reading(a, b) or sino_vietnamese_reading(b, a)
    if reading:
        return [reading]
    vietnamese = sino_vietnamese_spelled(a, b) or sino_vietnamese_spelled(b, a)
    reasons: list[str] = []
    # family name first (Chinese, Korean order) or last (Western order), in both names
    for fam_a, giv_a, fam_b, giv_b in ((a[0], a[1:], b[0], b[1:]), (a[-1], a[:-1], b[-1], b[:-1])):
        link = surname_link(fam_a, fam_b, rules)
        if not link:
            continue
        same_given = skeleton(" ".join(giv_a), rules) == skeleton(" ".join(giv_b), rules)
        if same_given and fold(fam_a) != fold(fam_b):
            reasons.append(f"{link}; same given name")
            break
        if fold(fam_a) != fold(fam_b) and not link.endswith("(one letter apart)") and not vietnamese:
            cognate = cognate_given(giv_a, giv_b, tables)
            if cognate:
                reasons.append(f"{link}; {cognate}")
                break
    if reasons:
        return reasons
    for west, east in ((a, b), (b, a)):
        if len(west) != 2 or len(east) < 2 or not english_given_name(west[0].capitalize(), tables):
            continue
        if west[0] in east or not all(is_syllabic(w, tables) for w in east[1:]):
            continue
        link = surname_link(west[1], east[0], rules)
        if link:
            reasons.append(f"{west[0].capitalize()} {west[1].capitalize()} may be the English-name form of "
                           f"{' '.join(w.capitalize() for w in east)} ({link})")
            break
    return reasons
