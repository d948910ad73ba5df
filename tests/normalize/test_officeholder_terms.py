"""Role + country + article date resolve titles to the officeholder of that date, across successive terms."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.normalize import KnowledgeBase, Mention, resolve_entities

# (title, country, organization, article date, expected KB person); successive holders of one office
# appear side by side so that a wrong date logic fails at least one row.
TERMS = [
    ("Minister of Commerce", "China", None, date(2019, 6, 1), "cn-zhong-shan"),
    ("Commerce Minister", "China", None, date(2021, 6, 1), "cn-wang-wentao"),
    ("Premier", "China", None, date(2020, 5, 22), "cn-li-keqiang"),
    ("Premier", "China", None, date(2024, 3, 5), "cn-li-qiang"),
    ("Foreign Minister", "China", None, date(2023, 3, 1), "cn-qin-gang"),
    ("Foreign Minister", "China", None, date(2023, 9, 1), "cn-wang-yi"),
    ("governor", None, "People's Bank of China", date(2020, 1, 1), "cn-yi-gang"),
    ("governor", None, "People's Bank of China", date(2024, 1, 1), "cn-pan-gongsheng"),
    ("governor", None, "Bank of Korea", date(2021, 6, 1), "kr-lee-ju-yeol"),
    ("governor", None, "Bank of Korea", date(2023, 6, 1), "kr-rhee-chang-yong"),
    ("Minister of Trade, Industry and Energy", "South Korea", None, date(2023, 11, 1), "kr-bang-moon-kyu"),
    ("Minister of Trade, Industry and Energy", "South Korea", None, date(2024, 6, 1), "kr-ahn-duk-geun"),
    ("Finance Minister", "South Korea", None, date(2020, 6, 1), "kr-hong-nam-ki"),
    ("Finance Minister", "South Korea", None, date(2023, 6, 1), "kr-choo-kyung-ho"),
    ("governor", None, "Bank of Japan", date(2022, 12, 20), "jp-kuroda-haruhiko"),
    ("governor", None, "Bank of Japan", date(2024, 3, 19), "jp-ueda-kazuo"),
    ("Finance Minister", "Japan", None, date(2020, 6, 1), "jp-aso-taro"),
    ("Finance Minister", "Japan", None, date(2022, 6, 1), "jp-suzuki-shunichi"),
    ("Finance Minister", "Japan", None, date(2025, 1, 10), "jp-kato-katsunobu"),
    ("Secretary of State", "United States", None, date(2018, 2, 1), "us-rex-tillerson"),
    ("Secretary of State", "United States", None, date(2019, 2, 1), "us-mike-pompeo"),
    ("Secretary of State", "United States", None, date(2022, 2, 1), "us-antony-blinken"),
    ("Secretary of State", "United States", None, date(2025, 6, 1), "us-marco-rubio"),
    ("Commerce Secretary", "United States", None, date(2020, 6, 1), "us-wilbur-ross"),
    ("Commerce Secretary", "United States", None, date(2023, 6, 1), "us-gina-raimondo"),
    ("trade representative", "United States", None, date(2019, 6, 1), "us-robert-lighthizer"),
    ("trade representative", "United States", None, date(2023, 6, 1), "us-katherine-tai"),
    ("trade representative", "United States", None, date(2025, 6, 1), "us-jamieson-greer"),
    ("chair", None, "Federal Reserve", date(2017, 6, 1), "us-janet-yellen"),
    ("chair", None, "Federal Reserve", date(2019, 6, 1), "us-jerome-powell"),
    ("President", None, "European Central Bank", date(2019, 6, 1), "eu-mario-draghi"),
    ("President", None, "European Central Bank", date(2021, 6, 1), "eu-christine-lagarde"),
    ("Secretary for Commerce and Economic Development", "Hong Kong", None, date(2021, 6, 1), "hk-edward-yau"),
    ("Secretary for Commerce and Economic Development", "Hong Kong", None, date(2023, 6, 1), "hk-algernon-yau"),
    ("Premier", "Taiwan", None, date(2021, 6, 1), "tw-su-tseng-chang"),
    ("Premier", "Taiwan", None, date(2024, 9, 1), "tw-cho-jung-tai"),
]


@pytest.mark.parametrize(("title", "country", "organization", "on", "expected"), TERMS)
def test_officeholder_of_the_date(kb: KnowledgeBase, title: str, country: str | None, organization: str | None,
                                  on: date, expected: str) -> None:
    holder = kb.officeholder(title, country, organization, on)
    assert holder is not None and holder.id == expected


@pytest.mark.parametrize(("title", "country", "organization", "on", "expected"), TERMS)
def test_title_only_mention_resolves_to_the_officeholder(kb: KnowledgeBase, title: str, country: str | None,
                                                         organization: str | None, on: date, expected: str) -> None:
    """ "the minister" with its title context, and no name in the article, becomes that day's officeholder."""
    heads = {"minister", "premier", "governor", "secretary", "representative", "chair", "president"}
    text = "the " + next(w for w in reversed(title.lower().replace(",", "").split()) if w in heads)
    mention = Mention(text, 100, 100 + len(text), "person", role=title, organization=organization, country=country)
    clusters, _ = resolve_entities([mention], kb, on)
    assert [c.kb_id for c in clusters] == [expected]


@pytest.mark.parametrize(("name", "on", "expected"), [
    ("Guan Moon Gyu", date(2023, 11, 1), "kr-bang-moon-kyu"),  # garbled name, title decides
    ("An Deokgeun", date(2024, 6, 1), "kr-ahn-duk-geun"),
])
def test_garbled_name_with_title_resolves_within_the_term(kb: KnowledgeBase, name: str, on: date, expected: str) -> None:
    mention = Mention(name, 0, len(name), "person", role="Minister of Trade, Industry and Energy", country="South Korea")
    clusters, _ = resolve_entities([mention], kb, on)
    assert clusters[0].kb_id == expected


def test_title_only_mention_follows_the_named_minister_of_the_article(kb: KnowledgeBase) -> None:
    """A name the KB does not hold for that date still owns "the minister" when it is the article's only minister."""
    mentions = [Mention("Zhong Shan", 0, 10, "person", role="Commerce Minister", country="China"),
                Mention("the minister", 200, 212, "person", role="minister")]
    clusters, _ = resolve_entities(mentions, kb, date(2019, 6, 1))
    assert len(clusters) == 1 and clusters[0].kb_id == "cn-zhong-shan"


def test_former_minister_is_not_the_officeholder(kb: KnowledgeBase) -> None:
    mentions = [Mention("the former minister", 0, 19, "person", role="former minister", country="South Korea")]
    clusters, _ = resolve_entities(mentions, kb, date(2024, 6, 1))
    assert not clusters  # unresolved title-only mentions are not entities
