"""Person lookup by name variants and by title + country + date; officeholder resolution by date."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.normalize import KnowledgeBase


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bang Moon-kyu", "kr-bang-moon-kyu"),
        ("Fang Wengui", "kr-bang-moon-kyu"),  # Mandarin reading of 方文圭 (seed article)
        ("Bang Moon Gyu", "kr-bang-moon-kyu"),
        ("Moon-kyu Bang", "kr-bang-moon-kyu"),
        ("Pang Mun-gyu", "kr-bang-moon-kyu"),
        ("Lü Daliang", "cn-lyu-daliang"),
        ("Lv Daliang", "cn-lyu-daliang"),
        ("Lyu Daliang", "cn-lyu-daliang"),
        ("Lu Daliang", "cn-lyu-daliang"),
        ("Kishida Fumio", "jp-kishida-fumio"),
        ("Fumio Kishida", "jp-kishida-fumio"),
        ("Antian Wenxiong", "jp-kishida-fumio"),
        ("Yin Xiyue", "kr-yoon-suk-yeol"),  # pinyin of 尹錫悅
        ("Yoon Seok-youl", "kr-yoon-suk-yeol"),
        ("Rhee Chang-yong", "kr-rhee-chang-yong"),
        ("Lee Chang-yong", "kr-rhee-chang-yong"),
        ("Maros Sefcovic", "eu-maros-sefcovic"),
        ("Wang Wentau", "cn-wang-wentao"),  # one-letter typo, fuzzy
        ("Mr. Wang Wentao", "cn-wang-wentao"),
        ("Cai Yingwen", "tw-tsai-ing-wen"),
        ("Cho Sang-hyun", "kr-cho-sang-hyun"),
    ],
)
def test_find_person_by_name(kb: KnowledgeBase, name: str, expected: str) -> None:
    match = kb.find_person(name)
    assert match is not None, name
    assert match.person.id == expected


@pytest.mark.parametrize("name", ["Wang Wei", "Guan Moon Gyu", "Wang", "Zhang San", "John Smith", "Li"])
def test_unknown_or_garbled_names_without_title_do_not_link(kb: KnowledgeBase, name: str) -> None:
    assert kb.find_person(name) is None


def test_wang_wenbin_is_not_wang_wentao(kb: KnowledgeBase) -> None:
    match = kb.find_person("Wang Wenbin")
    assert match is not None and match.person.id == "cn-wang-wenbin"


@pytest.mark.parametrize(
    ("name", "role", "country", "organization", "on", "expected"),
    [
        # seed article: garbled name, right title
        ("Guan Moon Gyu", "South Korea's Minister of Industry, Trade and Energy", None, None, date(2023, 12, 4),
         "kr-bang-moon-kyu"),
        ("Guan Moon Gyu", "Minister", "South Korea", "Ministry of Industry, Trade and Energy", date(2023, 12, 4),
         "kr-bang-moon-kyu"),
        ("Wang", "Commerce Minister", "China", None, date(2023, 5, 1), "cn-wang-wentao"),
        ("Lagarde", "ECB President", None, None, date(2022, 1, 1), "eu-christine-lagarde"),
        ("Yi", "Central Bank Governor", "China", None, date(2020, 1, 1), "cn-yi-gang"),
        ("Ueda Kazuo", "BOJ governor", None, None, date(2024, 1, 1), "jp-ueda-kazuo"),
        ("Lu Daliang", "customs spokesperson", "China", "General Administration of Customs", date(2024, 1, 1),
         "cn-lyu-daliang"),
    ],
)
def test_find_person_by_title(kb: KnowledgeBase, name: str, role: str, country: str | None,
                              organization: str | None, on: date, expected: str) -> None:
    match = kb.find_person(name, role=role, country=country, organization=organization, on=on)
    assert match is not None, (name, role)
    assert match.person.id == expected
    assert match.reason


def test_title_of_another_date_does_not_link_garbled_name(kb: KnowledgeBase) -> None:
    # In 2021 the MOTIE minister was Moon Sung-wook: a garbled "Guan Moon Gyu" is not him.
    assert kb.find_person("Guan Moon Gyu", role="Minister of Trade, Industry and Energy", country="KR",
                          on=date(2021, 12, 1)) is None


def test_title_with_unrelated_name_does_not_link(kb: KnowledgeBase) -> None:
    assert kb.find_person("Zhang Xiaoming", role="Commerce Minister", country="China", on=date(2023, 5, 1)) is None


@pytest.mark.parametrize(
    ("role", "country", "organization", "on", "expected"),
    [
        ("minister", "KR", "kr-motie", date(2023, 12, 4), "kr-bang-moon-kyu"),
        ("minister", "KR", "kr-motie", date(2023, 3, 1), "kr-lee-chang-yang"),
        ("minister", "KR", "kr-motie", date(2024, 6, 1), "kr-ahn-duk-geun"),
        ("Minister of Trade, Industry and Energy", None, None, date(2019, 1, 1), "kr-sung-yun-mo"),
        ("Foreign Minister", "China", None, date(2023, 3, 1), "cn-qin-gang"),
        ("Foreign Minister", "China", None, date(2023, 9, 1), "cn-wang-yi"),
        ("Foreign Minister", "China", None, date(2020, 9, 1), "cn-wang-yi"),
        ("President", "United States", None, date(2022, 6, 1), "us-joe-biden"),
        ("President", "United States", None, date(2019, 6, 1), "us-donald-trump"),
        ("President", "US", None, date(2025, 6, 1), "us-donald-trump"),
        ("Premier", "China", None, date(2022, 6, 1), "cn-li-keqiang"),
        ("Premier", "China", None, date(2024, 6, 1), "cn-li-qiang"),
        ("Prime Minister", "Japan", None, date(2022, 6, 1), "jp-kishida-fumio"),
        ("USTR", None, None, date(2022, 6, 1), "us-katherine-tai"),
        ("Trade Representative", "US", None, date(2019, 6, 1), "us-robert-lighthizer"),
        ("governor", "KR", "Bank of Korea", date(2021, 6, 1), "kr-lee-ju-yeol"),
        ("governor", "KR", "Bank of Korea", date(2023, 6, 1), "kr-rhee-chang-yong"),
        ("PBOC governor", None, None, date(2024, 1, 1), "cn-pan-gongsheng"),
        ("Commerce Secretary", "US", None, date(2023, 1, 1), "us-gina-raimondo"),
        ("President of the European Commission", None, None, date(2018, 6, 1), "eu-jean-claude-juncker"),
        ("President", "Taiwan", None, date(2023, 1, 1), "tw-tsai-ing-wen"),
        ("president", "KR", "Institute for International Trade", date(2023, 12, 4), "kr-cho-sang-hyun"),
    ],
)
def test_officeholder_by_date(kb: KnowledgeBase, role: str, country: str | None, organization: str | None,
                              on: date, expected: str) -> None:
    person = kb.officeholder(role, country, organization, on)
    assert person is not None, (role, country, on)
    assert person.id == expected


def test_officeholder_is_none_when_several_may_hold_it(kb: KnowledgeBase) -> None:
    # MOFCOM has several spokespersons with unknown terms: no single answer.
    assert kb.officeholder("spokesperson", "CN", "Ministry of Commerce", date(2023, 6, 1)) is None


def test_officeholder_is_none_before_anyone_known(kb: KnowledgeBase) -> None:
    assert kb.officeholder("minister", "KR", "kr-motie", date(1990, 1, 1)) is None
