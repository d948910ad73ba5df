"""Within-article entity resolution: strong evidence merges, likely evidence proposes, different people never merge."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalize import (
    EntityCluster,
    KnowledgeBase,
    Mention,
    entity_id_for,
    resolve_entities,
)

DAY = date(2023, 12, 4)


def _people(*names: str | tuple[str, dict[str, str]]) -> list[Mention]:
    """Person mentions in article order; a tuple adds role/organization/country."""
    out, position = [], 0
    for item in names:
        text, extra = (item, {}) if isinstance(item, str) else item
        out.append(Mention(text, position, position + len(text), "person", **extra))
        position += len(text) + 50
    return out


def _orgs(*names: str) -> list[Mention]:
    out, position = [], 10_000
    for text in names:
        out.append(Mention(text, position, position + len(text), "organization"))
        position += len(text) + 50
    return out


def _cluster_of(clusters: list[EntityCluster], text: str) -> EntityCluster:
    return next(c for c in clusters if any(m.text == text for m in c.mentions))


def test_seed_case_one_minister_one_ministry(kb: KnowledgeBase) -> None:
    mentions = _people(
        ("Guan Moon Gyu", {"role": "Minister of Industry, Trade and Energy", "country": "South Korea's"}),
        "Fang Wengui", "Fang Wengui",
        ("Cho Sang-hyun", {"role": "president",
                           "organization": "International Trade Research Institute of the Korean Association"}),
    ) + _orgs("Ministry of Trade, Industry and Energy", "Ministry of Industry, Trade and Energy", "Yonhap News Agency",
              "International Trade Research Institute of the Korean Association")
    clusters, proposals = resolve_entities(mentions, kb, DAY)
    minister = _cluster_of(clusters, "Guan Moon Gyu")
    assert minister is _cluster_of(clusters, "Fang Wengui")
    assert minister.kb_id == "kr-bang-moon-kyu" and minister.name == "Bang Moon-kyu"
    assert minister.entity_id == "kr-bang-moon-kyu"
    assert minister.organization == "Ministry of Trade, Industry and Energy" and minister.country == "KR"
    assert len(minister.mentions) == 3
    ministry = _cluster_of(clusters, "Ministry of Industry, Trade and Energy")
    assert ministry is _cluster_of(clusters, "Ministry of Trade, Industry and Energy")
    assert ministry.kb_id == "kr-motie"
    assert _cluster_of(clusters, "Cho Sang-hyun").kb_id == "kr-cho-sang-hyun"
    assert _cluster_of(clusters, "International Trade Research Institute of the Korean Association").kb_id == "kr-kita-iit"
    assert len([c for c in clusters if c.type == "person"]) == 2
    assert not proposals


def test_speaker_introduced_by_full_name_then_surname(kb: KnowledgeBase) -> None:
    clusters, proposals = resolve_entities(_people("Zhang Xiaoming", "Zhang", "Zhang"), kb, DAY)
    assert len(clusters) == 1
    assert clusters[0].name == "Zhang Xiaoming" and clusters[0].kb_id is None
    assert any("surname" in r for r in clusters[0].reasons)
    assert not proposals


def test_western_surname_quote(kb: KnowledgeBase) -> None:
    clusters, _ = resolve_entities(_people("Jennifer Hillman", "Hillman"), kb, DAY)
    assert len(clusters) == 1


def test_surname_of_kb_person_merges(kb: KnowledgeBase) -> None:
    clusters, _ = resolve_entities(_people("Janet Yellen", "Yellen"), kb, DAY)
    assert len(clusters) == 1 and clusters[0].kb_id == "us-janet-yellen"


def test_transliteration_variants_of_unknown_person_merge(kb: KnowledgeBase) -> None:
    clusters, _ = resolve_entities(_people("Kim Min-su", "Kim Minsoo", "Gim Min Soo"), kb, DAY)
    assert len(clusters) == 1


def test_umlaut_variants_of_unknown_person_merge(kb: KnowledgeBase) -> None:
    clusters, _ = resolve_entities(_people("Lü Xiaohong", "Lyu Xiaohong", "Lv Xiaohong"), kb, DAY)
    assert len(clusters) == 1


def test_same_office_and_given_name_merge(kb: KnowledgeBase) -> None:
    office = {"role": "chairman", "organization": "Korea International Trade Association"}
    clusters, _ = resolve_entities(_people(("Kwon Tae-sik", office), ("Gwan Tae-sik", office)), kb, date(2010, 1, 1))
    assert len(clusters) == 1
    assert any("same office" in r for r in clusters[0].reasons)


def test_similar_spelling_is_only_proposed(kb: KnowledgeBase) -> None:
    clusters, proposals = resolve_entities(_people("Zhang Xiaoming", "Zhang Xiaomin"), kb, DAY)
    assert len(clusters) == 2
    assert len(proposals) == 1
    assert set(proposals[0].cluster_ids) == {c.entity_id for c in clusters}
    assert proposals[0].reasons and 0 < proposals[0].score < 1


def test_given_name_match_alone_is_only_proposed(kb: KnowledgeBase) -> None:
    clusters, proposals = resolve_entities(_people("Guan Moon Gyu", "Park Moon-kyu"), kb, None)
    assert len(clusters) == 2
    assert any("given names" in r for p in proposals for r in p.reasons)


def test_surname_before_full_name_is_only_proposed(kb: KnowledgeBase) -> None:
    clusters, proposals = resolve_entities(_people("Zhang", "Zhang Xiaoming"), kb, DAY)
    assert len(clusters) == 2 and len(proposals) == 1


def test_two_kb_people_with_one_surname_never_merge(kb: KnowledgeBase) -> None:
    clusters, proposals = resolve_entities(_people("Wang Yi", "Wang Wentao", "Wang"), kb, DAY)
    ids = {c.kb_id for c in clusters}
    assert {"cn-wang-yi", "cn-wang-wentao"} <= ids
    assert _cluster_of(clusters, "Wang").kb_id is None  # ambiguous surname stays apart
    assert len(_cluster_of(clusters, "Wang").mentions) == 1
    assert all(
        {"cn-wang-yi", "cn-wang-wentao"} != {c.kb_id for c in clusters if c.entity_id in p.cluster_ids}
        for p in proposals
    )


def test_similar_kb_people_never_merge(kb: KnowledgeBase) -> None:
    clusters, proposals = resolve_entities(_people("Wang Wenbin", "Wang Wentao", "Li Qiang", "Li Keqiang"), kb, DAY)
    assert len(clusters) == 4
    assert not proposals


def test_different_unknown_people_stay_apart(kb: KnowledgeBase) -> None:
    clusters, proposals = resolve_entities(_people("Zhang Wei", "Liu Yang", "Park Ji-hoon"), kb, DAY)
    assert len(clusters) == 3 and not proposals


def test_entity_ids_are_stable_across_runs_and_articles(kb: KnowledgeBase) -> None:
    first, _ = resolve_entities(_people("Zhang Xiaoming", "Fang Wengui"), kb, DAY)
    second, _ = resolve_entities(_people("Li Hua", "Zhang  Xiaoming", "Zhang"), kb, date(2024, 1, 2))
    ids_first = {c.name: c.entity_id for c in first}
    ids_second = {c.name: c.entity_id for c in second}
    assert ids_first["Zhang Xiaoming"] == ids_second["Zhang  Xiaoming"] == entity_id_for("zhang xiaoming", "person")
    assert ids_first["Bang Moon-kyu"] == "kr-bang-moon-kyu"
    assert entity_id_for("Zhang Xiaoming", "person") != entity_id_for("Zhang Xiaoming", "organization")


def test_unknown_organizations_merge_by_word_order_and_abbreviation(kb: KnowledgeBase) -> None:
    clusters, _ = resolve_entities(
        _orgs("Hankook Institute of Trade Policy", "Institute of Trade Policy, Hankook", "HITP"), kb, DAY)
    assert len(clusters) == 1 and clusters[0].kb_id is None


def test_different_kb_organizations_never_merge(kb: KnowledgeBase) -> None:
    mentions = [Mention("Ministry of Commerce", 0, 20, "organization", country="China"),
                Mention("Ministry of Finance", 30, 49, "organization", country="China")]
    clusters, proposals = resolve_entities(mentions, kb, DAY)
    assert {c.kb_id for c in clusters} == {"cn-mofcom", "cn-mof"}
    assert not proposals


@pytest.mark.parametrize(
    ("a", "b", "proposed"),
    [
        # names alike beyond their shared words: proposed
        ("Lagos Chamber of Commerce", "Lagos Chamber of Commerce and Industry", True),
        ("Andean Mining Council", "Andean Mining Council Lima", True),
        # names sharing most words but not their own: neither merged nor proposed
        ("Zambia Revenue Authority", "Zambia Reserve Authority", False),
        ("Nigerian Ports Authority", "Nigerian Power Authority", False),
        ("Bangladesh Garment Manufacturers and Exporters Association",
         "Bangladesh Knitwear Manufacturers and Exporters Association", False),
        ("Peruvian National Fisheries Society", "Peruvian National Mining Society", False),
    ],
)
def test_unknown_organizations_are_proposed_only_when_their_own_words_are_alike(
    kb: KnowledgeBase, a: str, b: str, proposed: bool
) -> None:
    clusters, proposals = resolve_entities(_orgs(a, b), kb, DAY)
    assert len(clusters) == 2
    assert bool(proposals) is proposed


NAME_POOL = ["Wang Yi", "Wang Wentao", "Wang", "Fang Wengui", "Bang Moon-kyu", "Zhang Xiaoming", "Zhang Xiaomin",
             "Zhang", "Kim Min-su", "Kim", "Lü Daliang", "Lu Daliang", "Li Qiang", "Li", "Janet Yellen", "Yellen"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(NAME_POOL), min_size=1, max_size=8))
def test_every_mention_in_one_cluster_and_kb_people_kept_apart(kb: KnowledgeBase, names: list[str]) -> None:
    mentions = _people(*names)
    clusters, proposals = resolve_entities(mentions, kb, DAY)
    seen = [id(m) for c in clusters for m in c.mentions]
    assert sorted(seen) == sorted(id(m) for m in mentions)
    for cluster in clusters:
        linked = {match.person.id for m in cluster.mentions if (match := kb.find_person(m.text, on=DAY))}
        assert len(linked) <= 1, cluster
    cluster_ids = {c.entity_id for c in clusters}
    assert all(set(p.cluster_ids) <= cluster_ids and p.cluster_ids[0] != p.cluster_ids[1] for p in proposals)


def test_places_link_to_countries(kb: KnowledgeBase) -> None:
    mentions = [Mention("South Korea", 0, 11, "place"), Mention("Korean", 20, 26, "place"),
                Mention("China", 30, 35, "place"), Mention("Gyeonggi Province", 40, 57, "place")]
    clusters, _ = resolve_entities(mentions, kb, DAY)
    assert {c.entity_id for c in clusters if c.kb_id} == {"country-kr", "country-cn"}
    korea = _cluster_of(clusters, "Korean")
    assert korea.name == "South Korea" and korea.country == "KR" and len(korea.mentions) == 2
    assert _cluster_of(clusters, "Gyeonggi Province").kb_id is None


@pytest.mark.parametrize(
    "names",
    [
        ("Wei Che-chia", "Wei Zhejia"),  # Wade-Giles and pinyin of one name
        ("Hsu Ming-chun", "Xu Mingjun"),
        ("Chiang Wan-an", "Jiang Wan'an"),
        ("Wei Che-chia", "C.C. Wei"),  # initials of the given name and the surname
        ("Lin Hsin-i", "H.I. Lin"),
    ],
)
def test_romanization_and_initials_variants_merge(kb: KnowledgeBase, names: tuple[str, str]) -> None:
    clusters, _ = resolve_entities(_people(*names), kb, DAY)
    assert len(clusters) == 1


@pytest.mark.parametrize(
    "names",
    [
        ("Wei Che-chia", "C.K. Wei"),  # other initials
        ("Wei Che-chia", "C.C. Wang"),  # other surname
        ("Zhang Wei", "Wang Qi", "Wang Ji"),  # pinyin q and j are different sounds
    ],
)
def test_other_initials_or_names_stay_apart(kb: KnowledgeBase, names: tuple[str, ...]) -> None:
    clusters, proposals = resolve_entities(_people(*names), kb, DAY)
    assert len(clusters) == len(names)
    assert not any("initials" in r for p in proposals for r in p.reasons)


def test_initials_fitting_two_people_are_only_proposed(kb: KnowledgeBase) -> None:
    clusters, proposals = resolve_entities(_people("Wei Che-chia", "Wei Chun-cheng", "C.C. Wei"), kb, DAY)
    assert len(clusters) == 3
    assert any("initials" in r for p in proposals for r in p.reasons)


@pytest.mark.parametrize(("english", "chinese"), [("Peter Wong", "Wong Kwok-keung"), ("Agnes Lam", "Lam Cheng Mei-ling")])
def test_english_and_chinese_names_of_one_surname_are_proposed(kb: KnowledgeBase, english: str, chinese: str) -> None:
    clusters, proposals = resolve_entities(_people(english, chinese), kb, DAY)
    assert len(clusters) == 2  # only likely: relatives share surnames
    assert len(proposals) == 1 and "Western and Chinese order" in proposals[0].reasons[0]


@pytest.mark.parametrize(("english", "chinese"), [("Edward Yau", "Yau Tang-wah"), ("Carrie Lam", "Lam Cheng Yuet-ngor")])
def test_english_and_chinese_names_known_to_the_kb_merge(kb: KnowledgeBase, english: str, chinese: str) -> None:
    clusters, _ = resolve_entities(_people(english, chinese), kb, DAY)
    assert len(clusters) == 1 and clusters[0].kb_id


def test_same_surname_in_same_order_is_not_an_order_variant(kb: KnowledgeBase) -> None:
    _, proposals = resolve_entities(_people("Edward Yau", "Yau"), kb, DAY)
    assert not any("Western and Chinese order" in r for p in proposals for r in p.reasons)


@pytest.mark.parametrize("names", [("Taro Yamada", "Yamada Taro"), ("Yamada Taro", "Taro Yamada"), ("Ji-hoon Park", "Park Ji-hoon")])
def test_name_order_swap_of_unknown_person_merges(kb: KnowledgeBase, names: tuple[str, str]) -> None:
    clusters, _ = resolve_entities(_people(*names), kb, DAY)
    assert len(clusters) == 1


def test_different_given_names_in_swapped_order_stay_apart(kb: KnowledgeBase) -> None:
    clusters, _ = resolve_entities(_people("Taro Yamada", "Yamada Jiro"), kb, DAY)
    assert len(clusters) == 2
