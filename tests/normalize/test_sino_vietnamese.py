"""Sino-Vietnamese readings: a Vietnamese name and the pinyin of its Chinese characters (normalize/variants.py, the
`sino_vietnamese` table of extractor/data/name_variants.yaml, `chu_han` names of corpus/kb/people)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pydantic import ValidationError

from extractor.normalize import KnowledgeBase, Mention, resolve_entities
from extractor.normalize.models import NativeNames
from extractor.normalize.text import fold, is_cjk_ideograph, name_tokens
from extractor.normalize.variants import (
    name_variant_reasons,
    sino_vietnamese_reading,
    sino_vietnamese_readings,
    vocab,
)


@pytest.mark.parametrize(
    ("syllable", "reading"),
    [("Nguyen", "ruan"), ("Tran", "chen"), ("Le", "li"), ("Pham", "fan"), ("Hoang", "huang"), ("Huynh", "huang"),
     ("Phan", "pan"), ("Vu", "wu"), ("Vo", "wu"), ("Dang", "deng"), ("Bui", "pei"), ("Do", "du"), ("Ho", "hu"),
     ("Ngo", "wu"), ("Duong", "yang"), ("Ly", "li"), ("To", "su"), ("Dinh", "ding"), ("Truong", "zhang"),
     ("Mai", "mei"), ("Trinh", "zheng"), ("Luong", "liang"), ("Lam", "lin"), ("Tang", "zeng"), ("La", "lu"),
     ("Đặng", "deng")],
)
def test_surname_readings(syllable: str, reading: str) -> None:
    surnames, _ = sino_vietnamese_readings()
    assert reading in surnames[fold(syllable)]


@pytest.mark.parametrize(
    ("syllable", "readings"),
    [("Thi", {"shi"}), ("Van", {"wen", "yun"}), ("Minh", {"ming"}), ("Quoc", {"guo"}), ("Duc", {"de"}),
     ("Hung", {"xiong", "xing"}), ("Chinh", {"zheng"}), ("Thanh", {"cheng", "qing"}), ("Hai", {"hai"}),
     ("Hong", {"hong"}), ("Dien", {"yan", "dian"}), ("Lam", {"lin", "lan"}), ("Truong", {"chang"})],
)
def test_given_syllable_readings(syllable: str, readings: set[str]) -> None:
    _, given = sino_vietnamese_readings()
    assert set(given[fold(syllable)]) == readings


def test_table_is_letters_and_ideographs() -> None:
    table = vocab().sino_vietnamese
    for part in (table.surnames, table.given):
        assert len(part) >= 60
        for syllable, chars in part.items():
            assert re.fullmatch(r"[a-z]{1,7}", fold(syllable)), syllable
            assert chars and all(is_cjk_ideograph(ch) for ch in chars), (syllable, chars)
    for readings in sino_vietnamese_readings():
        assert all(re.fullmatch(r"[a-z]{1,6}", r) for rs in readings.values() for r in rs)


@pytest.mark.parametrize(
    ("vietnamese", "pinyin", "same"),
    [
        ("Pham Van Dong", "Fan Wentong", False),  # Đồng 同 tong is not in the table: no guess
        ("Tran Quoc Vuong", "Chen Guowang", False),  # Vượng is not in the table either
        ("Vo Van Kiet", "Wu Wenjie", False),
        ("Le Kha Phieu", "Li Kepiao", False),
        ("Tran Dai Quang", "Chen Daguang", True),
        ("Nguyen Xuan Phuc", "Ruan Chunfu", True),
        ("Nguyen Tan Dung", "Ruan Jinyong", True),
        ("Nguyen Phu Trong", "Ruan Fuzhong", True),
        ("Vo Van Thuong", "Wu Wenshang", False),  # Thưởng: not in the table
        ("Luong Cuong", "Liang Qiang", True),
        ("Phan Van Giang", "Pan Wenjiang", True),
        ("Bui Thi Minh Hoai", "Pei Shiminghuai", True),  # Thị read as shi and kept
        ("Bui Thi Minh Hoai", "Pei Minghuai", False),  # ... not dropped
        ("Tran Cam Tu", "Chen Jinxiu", True),
        ("Tran Cam Tu", "Chen Jin Xiu", True),
        ("Tran Cam Tu", "Chen Jin-xiu", True),
        ("Trần Cẩm Tú", "Chen Jinxiu", True),
        ("Tran Cam Tu", "Jinxiu Chen", False),  # the reading keeps the surname first
        ("Tran Cam Tu", "Chen Jinxi", False),
        ("Tran Cam Tu", "Chen Jinxiuming", False),
        ("Tran Cam Tu", "Chen Xiujin", False),  # syllables in order
        ("Nguyen Hoa Binh", "Ruan Heping", True),
        ("Nguyen Hoa Binh", "Ruan Huaping", True),  # Hòa 和 he / Hoa 華 hua, both spelled Hoa without marks
        ("Nguyen Hoa Binh", "Yuan Heping", False),  # 阮 reads ruan
        ("Le Minh Hung", "Li Mingxing", True),
        ("Le Minh Hung", "Li Minghong", False),
        ("Ho Duc Phuoc", "Hu Defu", True),  # Phước, the southern spelling of Phúc 福
        ("Dang Thi Ngoc Thinh", "Deng Shiyusheng", True),
        ("Lu Van Hung", "Lv Wenxiong", True),  # Lữ 呂: ü written v, yu or u
        ("Lữ Văn Hùng", "Lyu Wenxiong", True),
        ("Lu Van Hung", "Lu Wenxiong", True),
        ("To Huy Rua", "Su Huirui", False),  # Rứa: not in the table
        ("Chen Mingde", "Tran Minh Duc", False),  # the Vietnamese name must be the Vietnamese one
        ("Tran Minh Duc", "Tran Minh Duc", False),
        ("Tran", "Chen", False),
    ],
)
def test_reading_pairs(vietnamese: str, pinyin: str, same: bool) -> None:
    assert (sino_vietnamese_reading(name_tokens(vietnamese), name_tokens(pinyin)) is not None) is same


def test_reason_names_each_syllable_and_character() -> None:
    reason = sino_vietnamese_reading(name_tokens("Nguyen Tan Dung"), name_tokens("Ruan Jinyong"))
    assert reason is not None and "Sino-Vietnamese reading" in reason
    assert "Nguyen=ruan 阮" in reason and "Tan=jin 晉" in reason and "Dung=yong 勇" in reason


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Nguyen Van An", "Ruan Wenan", "Sino-Vietnamese reading"),
        ("Ruan Wenan", "Nguyen Van An", "Sino-Vietnamese reading"),
        # the table spells both Vietnamese syllables and none reads "hong": the syllable-ending heuristic of the
        # Korean/Cantonese tier (van-hung / wen-hong end alike) does not apply
        ("Do Van Hung", "Du Wenhong", None),
        ("Hoang Van Minh", "Huang Wenmin", None),
        # a name outside the table keeps the other tiers: Korean hanja readings
        ("Hwang Sung-jin", "Huang Chengzhen", "syllables ending alike"),
    ],
)
def test_name_variant_reasons(kb: KnowledgeBase, a: str, b: str, expected: str | None) -> None:
    reasons = name_variant_reasons(name_tokens(a), name_tokens(b), kb.romanization.skeleton_rules,
                                   kb.romanization.korean)
    if expected is None:
        assert reasons == []
    else:
        assert reasons and expected in reasons[0]


def test_fold_reads_d_with_stroke() -> None:
    assert fold("Đặng Đức") == "dang duc"
    assert name_tokens("Đỗ Văn Đạt") == ("do", "van", "dat")


def _mentions(*texts: str) -> list[Mention]:
    out, position = [], 0
    for text in texts:
        out.append(Mention(text, position, position + len(text), "person"))
        position += len(text) + 60
    return out


def test_unknown_pair_is_proposed_not_merged(kb: KnowledgeBase) -> None:
    clusters, proposals = resolve_entities(_mentions("Vu Thi Thu", "Wu Shiqiu"), kb, date(2024, 6, 1))
    assert len(clusters) == 2 and len(proposals) == 1
    assert "Sino-Vietnamese reading" in proposals[0].reasons[0]


def test_kb_person_with_chu_han_is_merged(kb: KnowledgeBase) -> None:
    clusters, proposals = resolve_entities(_mentions("Fan Mingzheng", "Phạm Minh Chính"), kb, date(2024, 6, 1))
    assert [c.kb_id for c in clusters] == ["vn-pham-minh-chinh"] and not proposals


def test_every_chu_han_name_reads_as_its_person(kb: KnowledgeBase) -> None:
    """The KB's chu_han names and the table agree: each generated pinyin alias is a reading of the person's name."""
    people = [p for p in kb.people.values() if p.native.chu_han]
    assert len(people) >= 4
    for person in people:
        pinyin = [a.text for a in kb.generated_aliases(person.id) if a.method.startswith("chu_han:")]
        assert pinyin, person.id
        assert all(sino_vietnamese_reading(name_tokens(person.name), name_tokens(p)) for p in pinyin), person.id


@pytest.mark.parametrize("bad", ["To Lam", "蘇 林", "Tô Lâm", ""])
def test_chu_han_must_be_ideographs(bad: str) -> None:
    with pytest.raises(ValidationError, match="chu_han"):
        NativeNames(chu_han=bad)
