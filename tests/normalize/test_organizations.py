"""Organization and country lookup: permuted names, abbreviations, country prefixes, near misses that must not match."""

from __future__ import annotations

import pytest

from extractor.normalize import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Ministry of Trade, Industry and Energy", None, "kr-motie"),
        ("Ministry of Industry, Trade and Energy", None, "kr-motie"),  # permuted (seed article)
        ("Ministry of Energy, Industry and Trade", None, "kr-motie"),  # permuted differently
        ("South Korea's Ministry of Trade, Industry and Energy", None, "kr-motie"),
        ("the Ministry of Trade Industry & Energy", None, "kr-motie"),
        ("MOTIE", None, "kr-motie"),
        ("MOFCOM", None, "cn-mofcom"),
        ("Ministry of Commerce", None, "cn-mofcom"),
        ("Chinese Ministry of Commerce", None, "cn-mofcom"),
        ("GACC", None, "cn-gacc"),
        ("General Administration of Customs", None, "cn-gacc"),
        ("China's General Administration of Customs", None, "cn-gacc"),
        ("METI", None, "jp-meti"),
        ("Japan's Ministry of Economy, Trade and Industry", None, "jp-meti"),
        ("Ministry of Economy, Industry and Trade", None, "jp-meti"),
        ("USTR", None, "us-ustr"),
        ("Office of the U.S. Trade Representative", None, "us-ustr"),
        ("KITA", None, "kr-kita"),
        ("Korea International Trade Association", None, "kr-kita"),
        ("Korean International Trade Association", None, "kr-kita"),
        ("International Trade Research Institute of the Korean Association", None, "kr-kita-iit"),  # seed article
        ("KITA's Institute for International Trade", None, "kr-kita-iit"),
        ("PBOC", None, "cn-pboc"),
        ("People's Bank of China", None, "cn-pboc"),
        ("BOK", None, "kr-bok"),
        ("The Bank of Korea", None, "kr-bok"),
        ("BOJ", None, "jp-boj"),
        ("ECB", None, "eu-ecb"),
        ("SASAC", None, "cn-sasac"),
        ("NDRC", None, "cn-ndrc"),
        ("National Development and Reform Commission", None, "cn-ndrc"),
        ("CCPIT", None, "cn-ccpit"),
        ("JETRO", None, "jp-jetro"),
        ("Xinhua", None, "cn-xinhua"),
        ("Xinhua News Agency", None, "cn-xinhua"),
        ("Yonhap News Agency", None, "kr-yonhap"),
        ("Kyodo News", None, "jp-kyodo"),
        ("Global Times", None, "cn-global-times"),
        ("Reuters", None, "us-reuters"),
        ("MOF", "CN", "cn-mof"),
        ("MOF", "Japan", "jp-mof"),
        ("Ministry of Finance", "China", "cn-mof"),
        ("Japanese Ministry of Finance", None, "jp-mof"),
        ("Ministry of Foreign Affairs", "South Korea", "kr-mofa"),
        ("Taiwan's Ministry of Economic Affairs", None, "tw-moea"),
        ("Commerce Department", None, "us-doc"),
        ("U.S. Department of Commerce", None, "us-doc"),
    ],
)
def test_find_organization(kb: KnowledgeBase, text: str, country: str | None, expected: str) -> None:
    match = kb.find_organization(text, country)
    assert match is not None, text
    assert match.organization.id == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ministry of Commerce", "Japan"),  # Japan has no such ministry; must not fall back to MOFCOM
        ("Ministry of Finance", None),  # CN, JP and TW all have one: ambiguous without a country
        ("MOF", None),
        ("Ministry of Foreign Affairs", None),
        ("Ministry of Agriculture", None),
        ("Ministry of Health", "China"),
        ("Ministry of Industry and Trade", None),  # Vietnam's; not MOTIE or METI
        ("Bank of China", None),  # a commercial bank, not the PBOC
        ("Korea Development Bank", None),
        ("Trade Association", None),
        ("World Bank Institute", None),
    ],
)
def test_near_misses_do_not_match(kb: KnowledgeBase, text: str, country: str | None) -> None:
    assert kb.find_organization(text, country) is None


def test_commerce_is_not_finance(kb: KnowledgeBase) -> None:
    commerce = kb.find_organization("Ministry of Commerce", "CN")
    finance = kb.find_organization("Ministry of Finance", "CN")
    assert commerce and finance and commerce.organization.id != finance.organization.id


@pytest.mark.parametrize(
    ("text", "code"),
    [("South Korea's", "KR"), ("Korean", "KR"), ("ROK", "KR"), ("Republic of Korea", "KR"), ("South Korea", "KR"),
     ("China", "CN"), ("Chinese", "CN"), ("the United States", "US"), ("U.S.", "US"), ("American", "US"),
     ("Japan's", "JP"), ("Japanese", "JP"), ("EU", "EU"), ("European Union", "EU"), ("Taiwanese", "TW"),
     ("Taiwan", "TW"), ("DPRK", "KP")],
)
def test_find_country(kb: KnowledgeBase, text: str, code: str) -> None:
    country = kb.find_country(text)
    assert country is not None and country.code == code


@pytest.mark.parametrize("text", ["us", "Trade", "Ministry", "", "Korea International"])
def test_find_country_negatives(kb: KnowledgeBase, text: str) -> None:
    assert kb.find_country(text) is None
