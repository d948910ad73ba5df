"""Alias generation from native scripts: pinyin (with ü spellings), Korean RR/MR/press spellings, name order."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalize import (
    GeneratedAlias,
    KnowledgeBase,
    compact_key,
    korean_aliases,
    order_swaps,
    pinyin_aliases,
    skeleton,
)
from extractor.normalize.romanize import decompose, syllable_rr, word_mr


def _keys(aliases: list[GeneratedAlias]) -> set[str]:
    return {compact_key(a.text) for a in aliases}


@pytest.mark.parametrize(
    ("native", "expected"),
    [
        ("方文圭", ["Fang Wengui"]),  # hanja of Bang Moon-kyu read in Mandarin
        ("王文涛", ["Wang Wentao"]),
        ("吕大良", ["Lü Daliang", "Lv Daliang", "Lyu Daliang", "Lu Daliang"]),
        ("呂翰九", ["Lü Hanjiu", "Lv Hanjiu", "Lyu Hanjiu", "Lu Hanjiu"]),
        ("女娲", ["Nü Wa", "Nv Wa", "Nyu Wa", "Nu Wa"]),
        ("曾国藩", ["Zeng Guofan"]),  # surname reading, not the common 'ceng'
        ("欧阳修", ["Ouyang Xiu"]),  # compound surname
        ("岸田 文雄", ["Antian Wenxiong"]),  # kanji with family/given split
        ("蔡英文", ["Cai Yingwen"]),
    ],
)
def test_pinyin_aliases(kb: KnowledgeBase, native: str, expected: list[str]) -> None:
    keys = _keys(pinyin_aliases(native, kb.romanization.chinese))
    assert {compact_key(e) for e in expected} <= keys


def test_pinyin_methods_mark_generated_variants(kb: KnowledgeBase) -> None:
    aliases = pinyin_aliases("吕大良", kb.romanization.chinese)
    assert aliases[0].method == "pinyin"
    assert {a.method for a in aliases[1:]} == {"pinyin:u-umlaut-spelling"}


def test_pinyin_skips_kana(kb: KnowledgeBase) -> None:
    assert pinyin_aliases("片山 さつき", kb.romanization.chinese) == []


@pytest.mark.parametrize(
    ("syllable", "jamo", "rr"),
    [("방", (7, 0, 21), "bang"), ("문", (6, 13, 4), "mun"), ("규", (0, 17, 0), "gyu"), ("의", (11, 19, 0), "ui"),
     ("석", (9, 4, 1), "seok")],
)
def test_hangul_decomposition_and_rr(kb: KnowledgeBase, syllable: str, jamo: tuple[int, int, int], rr: str) -> None:
    assert decompose(syllable) == jamo
    assert syllable_rr(syllable, kb.romanization.korean) == rr


@pytest.mark.parametrize(
    ("word", "mr"),
    [("문규", ["mun", "gyu"]), ("대중", ["tae", "jung"]), ("정희", ["chŏng", "hŭi"]), ("신", ["shin"]),
     ("박", ["pak"])],
)
def test_mccune_reischauer_voicing(kb: KnowledgeBase, word: str, mr: list[str]) -> None:
    assert word_mr(word, kb.romanization.korean) == mr


@pytest.mark.parametrize(
    ("hangul", "expected"),
    [
        ("방문규", ["Bang Mun-gyu", "Pang Mun-gyu", "Bang Moon-kyu", "Bang Moon Gyu", "Bang Moongyu", "Moon-kyu Bang",
                    "Bang Mun Kyu"]),
        ("박진", ["Park Jin", "Pak Chin", "Bak Jin", "Jin Park"]),
        ("이창용", ["Rhee Chang-yong", "Lee Chang-yong", "Yi Chang-yong", "I Chang-yong", "Chang-yong Rhee"]),
        ("최상목", ["Choi Sang-mok", "Choe Sang-mok", "Ch'oe Sang-mok"]),
        ("정의용", ["Chung Eui-yong", "Jeong Ui-yong", "Chŏng Ŭi-yong", "Jung Eui-yong"]),
        ("윤석열", ["Yoon Suk-yeol", "Yoon Suk Yeol", "Yun Sŏk-yŏl", "Yun Seok-yeol"]),
        ("문재인", ["Moon Jae-in", "Mun Jae-in", "Mun Chae-in"]),
        ("남궁민", ["Namgung Min", "Min Namgung"]),  # compound surname
    ],
)
def test_korean_aliases(kb: KnowledgeBase, hangul: str, expected: list[str]) -> None:
    keys = _keys(korean_aliases(hangul, kb.romanization.korean))
    missing = [e for e in expected if compact_key(e) not in keys]
    assert not missing


def test_korean_alias_methods(kb: KnowledgeBase) -> None:
    methods = {a.method for a in korean_aliases("방문규", kb.romanization.korean)}
    assert {"hangul:rr", "hangul:mr", "hangul:press", "hangul:rr+given-first"} <= methods


def test_korean_aliases_do_not_invent_other_surnames(kb: KnowledgeBase) -> None:
    keys = _keys(korean_aliases("방문규", kb.romanization.korean))
    assert compact_key("Guan Moon Gyu") not in keys
    assert compact_key("Park Moon-kyu") not in keys


@pytest.mark.parametrize(("name", "swapped"), [("Fumio Kishida", "Kishida Fumio"), ("Kishida Fumio", "Fumio Kishida")])
def test_japanese_order_swap(name: str, swapped: str) -> None:
    assert [a.text for a in order_swaps(name)] == [swapped]


def test_kb_person_has_generated_aliases_with_methods(kb: KnowledgeBase) -> None:
    generated = kb.generated_aliases("kr-bang-moon-kyu")
    assert any(a.text == "Fang Wengui" and a.method == "hanja:pinyin" for a in generated)
    kishida = kb.generated_aliases("jp-kishida-fumio")
    assert any(a.text == "Kishida Fumio" and a.method == "japanese:order-swap" for a in kishida)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Moon", "Mun", True), ("Gyu", "Kyu", True), ("Lü", "Lyu", True), ("Lv", "Lu", True), ("Jung", "Chung", True),
     ("Jeong", "Chung", True), ("Bang", "Guan", False), ("Wang", "Wong", False), ("Hyun", "Yun", False)],
)
def test_transliteration_skeleton(kb: KnowledgeBase, a: str, b: str, same: bool) -> None:
    rules = kb.romanization.skeleton_rules
    assert (skeleton(a, rules) == skeleton(b, rules)) is same


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=2, max_size=4))
def test_korean_aliases_never_raise_and_are_bounded(kb: KnowledgeBase, hangul: str) -> None:
    aliases = korean_aliases(hangul, kb.romanization.korean)
    assert aliases and len(aliases) <= 6 * 400
    assert all(a.text.strip() == a.text and a.text for a in aliases)
